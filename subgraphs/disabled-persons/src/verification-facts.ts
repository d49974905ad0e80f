// What the disabled persons' federation gives a household's verification (核对): the two subsidies (两项补贴) each member
// receives, monthly; from the federation's own tables only.
import type { VerificationFacts } from '../../../shared/src/verification/facts';
import { factsOf } from '../../../shared/src/verification/rows';

export const verificationFacts: VerificationFacts = (db, personKeys) =>
  factsOf(
    db,
    `SELECT person_key, 'DISABILITY_' || kind || '_SUBSIDY' AS kind, monthly_amount_fen::text AS monthly_fen,
            'DisabilitySubsidy' AS record_type, id::text AS record_id, to_char(start_date, 'YYYY-MM-DD') AS as_of
       FROM disability_subsidy
      WHERE person_key = ANY($1) AND status = 'ACTIVE'
      ORDER BY person_key, kind, id`,
    personKeys,
  );
