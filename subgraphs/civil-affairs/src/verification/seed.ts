// The demo city's applications awaiting verification: in each county one household in ten (the first of each ten) has
// signed its authorisation (every member, every unit, for 90 days), and its verification is REQUESTED, not yet
// gathered (rerunVerification gathers it).
import type { DataSource } from 'typeorm';
import { addDays, cityToday } from '../../../../shared/src/dates';
import { VERIFICATION_UNITS } from '../../../../shared/src/verification/facts';

export async function seedVerifications(db: DataSource): Promise<void> {
  await db.query(
    `WITH households AS (
       SELECT h.id, h.region_code, h.head_key, array_agg(p.key ORDER BY p.key) AS members, row_number() OVER (PARTITION BY h.region_code ORDER BY h.id) AS n
         FROM household h JOIN person p ON p.household_id = h.id GROUP BY h.id),
     awaiting AS (SELECT * FROM households WHERE n % 10 = 1 AND cardinality(members) <= 50),
     authorised AS (
       INSERT INTO verification_authorisation (id, household_id, signer_key, member_keys, agencies, valid_until)
       SELECT md5('authorisation:' || id)::uuid, id, head_key, members, $1, $2 FROM awaiting
       RETURNING id, household_id)
     INSERT INTO verification_request (id, household_id, authorisation_id, region_code)
     SELECT md5('verification:' || w.id)::uuid, w.id, a.id, w.region_code
       FROM awaiting w JOIN authorised a ON a.household_id = w.id`,
    [Object.keys(VERIFICATION_UNITS), addDays(cityToday(), 90)],
  );
}
