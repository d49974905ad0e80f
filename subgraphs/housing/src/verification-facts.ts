// What housing and real estate give a household's verification (核对): each member's current property holdings, with
// their floor area (the member's share of it); from housing's own tables only.
import type { VerificationFacts } from '../../../shared/src/verification/facts';
import { factsOf } from '../../../shared/src/verification/rows';

export const verificationFacts: VerificationFacts = (db, personKeys) =>
  factsOf(
    db,
    `SELECT person_key, 'PROPERTY_' || kind AS kind, NULL AS monthly_fen, round(area_sqm * share, 2)::text AS quantity,
            'PropertyHolding' AS record_type, id::text AS record_id, to_char(registered_on, 'YYYY-MM-DD') AS as_of
       FROM property_holding
      WHERE person_key = ANY($1) AND ended_on IS NULL
      ORDER BY person_key, kind, id`,
    personKeys,
  );
