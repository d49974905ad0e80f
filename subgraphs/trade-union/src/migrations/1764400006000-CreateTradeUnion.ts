// The first trade-union schema: difficult-worker files and union aid, keyed by person.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ID_NUMBER_COLUMN, REGION_CODE_COLUMN, UNIQUE_ID_NUMBER_COLUMN, UUID_ID_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateTradeUnion1764400006000 implements MigrationInterface {
  name = 'CreateTradeUnion1764400006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE difficult_worker_file (
        ${UUID_ID_COLUMN},
        ${UNIQUE_ID_NUMBER_COLUMN},
        person_key text NOT NULL UNIQUE,
        ${REGION_CODE_COLUMN},
        level text NOT NULL CHECK (level IN ('DEEP', 'GENERAL', 'RELATIVE')),
        since date NOT NULL,
        reason text NOT NULL CHECK (reason IN ('ILLNESS', 'DISABILITY', 'CHILD_EDUCATION', 'UNEMPLOYMENT', 'LOW_INCOME', 'DISASTER')),
        employer_name text CHECK (employer_name IS NULL OR length(employer_name) BETWEEN 1 AND 100),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'LEFT_DIFFICULTY'))
      )`);
    await q.query(`CREATE INDEX difficult_worker_file_filter ON difficult_worker_file (status, level, person_key)`);
    await q.query(`CREATE INDEX difficult_worker_file_level ON difficult_worker_file (level, person_key)`);
    await q.query(`CREATE INDEX difficult_worker_file_reason ON difficult_worker_file (reason, person_key)`);
    await q.query(`CREATE INDEX difficult_worker_file_region ON difficult_worker_file (region_code, person_key)`);
    await q.query(`
      CREATE TABLE union_aid (
        ${UUID_ID_COLUMN},
        ${ID_NUMBER_COLUMN},
        person_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('WARMTH_DELIVERY', 'MUTUAL_AID', 'SCHOOLING', 'MEDICAL', 'LEGAL')),
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        granted_on date NOT NULL
      )`);
    // Serves the loader and the withoutAidSince filter (latest grant per person).
    await q.query(`CREATE INDEX union_aid_person_granted ON union_aid (person_key, granted_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['union_aid', 'difficult_worker_file']);
  }
}
