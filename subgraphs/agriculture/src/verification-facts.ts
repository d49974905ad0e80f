// What agriculture gives a household's verification (核对): each member's active land contracts (area in mu) and the
// rent of their land transferred out (土地流转租金, monthly: the annual rent over twelve); from its own tables only.
import type { VerificationFacts } from '../../../shared/src/verification/facts';
import { factsOf } from '../../../shared/src/verification/rows';

export const verificationFacts: VerificationFacts = (db, personKeys) =>
  factsOf(
    db,
    `SELECT person_key, 'LAND_TRANSFER_RENT' AS kind, (annual_rent_fen / 12)::text AS monthly_fen, area_mu::text AS quantity,
            'LandTransfer' AS record_type, id::text AS record_id, to_char(start_date, 'YYYY-MM-DD') AS as_of
       FROM land_transfer WHERE person_key = ANY($1) AND status = 'ACTIVE'
     UNION ALL
     SELECT person_key, 'LAND_CONTRACT', NULL, area_mu::text, 'LandContract', id::text, to_char(start_date, 'YYYY-MM-DD')
       FROM land_contract WHERE person_key = ANY($1) AND status = 'ACTIVE'
     ORDER BY 1, 2, 6`,
    personKeys,
  );
