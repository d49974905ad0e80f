// What the trade union gives a household's verification (核对): union aid each member received in the last twelve
// months, spread over them (monthly: the amount over twelve); from the union's own tables only.
import type { VerificationFacts } from '../../../shared/src/verification/facts';
import { factsOf } from '../../../shared/src/verification/rows';

export const verificationFacts: VerificationFacts = (db, personKeys) =>
  factsOf(
    db,
    `SELECT person_key, 'UNION_AID_' || kind AS kind, (amount_fen / 12)::text AS monthly_fen,
            'UnionAid' AS record_type, id::text AS record_id, to_char(granted_on, 'YYYY-MM-DD') AS as_of
       FROM union_aid
      WHERE person_key = ANY($1) AND status = 'GRANTED' AND granted_on > (now() AT TIME ZONE 'Asia/Shanghai')::date - 365
      ORDER BY person_key, kind, id`,
    personKeys,
  );
