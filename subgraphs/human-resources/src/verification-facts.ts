// What human resources gives a household's verification (核对): each member's contribution base (缴费基数, the wage it
// implies) while contributing to an employee scheme, and employment status (as of today when the record gives no
// date); from its own tables only.
import type { VerificationFacts } from '../../../shared/src/verification/facts';
import { factsOf } from '../../../shared/src/verification/rows';

export const verificationFacts: VerificationFacts = (db, personKeys) =>
  factsOf(
    db,
    `SELECT * FROM (
       SELECT DISTINCT ON (person_key) person_key, 'CONTRIBUTION_BASE' AS kind, contribution_base_fen::text AS monthly_fen,
              'SocialInsuranceEnrollment' AS record_type, id::text AS record_id, to_char(since, 'YYYY-MM-DD') AS as_of
         FROM social_insurance_enrollment
        WHERE person_key = ANY($1) AND status = 'CONTRIBUTING' AND scheme LIKE 'EMPLOYEE_%' AND contribution_base_fen IS NOT NULL
        ORDER BY person_key, contribution_base_fen DESC, id) bases
     UNION ALL
     SELECT person_key, 'EMPLOYMENT_' || status, NULL, 'EmploymentRecord', person_key, to_char(coalesce(status_since, (now() AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM-DD')
       FROM employment_record WHERE person_key = ANY($1)
     ORDER BY 1, 2, 5`,
    personKeys,
  );
