// The first development-reform schema: support institutions, their construction projects, placements and plan targets.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ID_NUMBER_COLUMN, REGION_CODE_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateDevelopmentReform1764900009000 implements MigrationInterface {
  name = 'CreateDevelopmentReform1764900009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_institution (
        ${UUID_ID_COLUMN},
        kind text NOT NULL CHECK (kind IN ('COUNTY_CARE_CENTRE', 'TOWNSHIP_NURSING_HOME', 'PUBLIC_WELFARE_HOME')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        ${REGION_CODE_COLUMN},
        beds integer NOT NULL CHECK (beds BETWEEN 0 AND 100000),
        care_staff integer NOT NULL CHECK (care_staff BETWEEN 0 AND 1000),
        opened_on date,
        ${VERSION_COLUMN},
        -- A new build has no beds until it is completed, which opens it.
        CHECK (opened_on IS NOT NULL OR beds = 0)
      )`);
    await q.query('CREATE INDEX support_institution_region ON support_institution (region_code, id)');
    await q.query('CREATE INDEX support_institution_kind ON support_institution (kind, id)');
    // supportInstitutions(filter: { occupancyAbove }) weighs only institutions with beds, counting each one's residents
    // (care_placement_residents); there are a few dozen per million people.
    await q.query('CREATE INDEX support_institution_with_beds ON support_institution (id) WHERE beds > 0');

    await q.query(`
      CREATE TABLE construction_project (
        ${UUID_ID_COLUMN},
        institution_id uuid NOT NULL REFERENCES support_institution (id),
        kind text NOT NULL CHECK (kind IN ('NEW_BUILD', 'EXPANSION', 'RENOVATION')),
        beds_added integer NOT NULL CHECK (beds_added BETWEEN 0 AND 2000),
        investment_fen bigint NOT NULL CHECK (investment_fen > 0 AND investment_fen <= 100000000000),
        status text NOT NULL CHECK (status IN ('PLANNED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'SUSPENDED')),
        planned_start date NOT NULL CHECK (planned_start >= '2016-01-01'),
        planned_completion date NOT NULL,
        start_date date CHECK (start_date >= '2016-01-01'),
        completion_date date CHECK (completion_date >= start_date),
        status_note text CHECK (length(status_note) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        CHECK (planned_completion > planned_start AND planned_completion <= planned_start + interval '5 years'),
        -- Only a renovation may add no beds.
        CHECK (kind = 'RENOVATION' OR beds_added > 0),
        CHECK ((status = 'COMPLETED') = (completion_date IS NOT NULL)),
        CHECK (status NOT IN ('UNDER_CONSTRUCTION', 'COMPLETED') OR start_date IS NOT NULL),
        CHECK (status <> 'PLANNED' OR start_date IS NULL)
      )`);
    await q.query('CREATE INDEX construction_project_institution ON construction_project (institution_id, planned_start)');
    // One works contract at a time: a second open project of an institution waits for the first to complete.
    await q.query(`CREATE UNIQUE INDEX construction_project_one_open ON construction_project (institution_id)
      WHERE status IN ('PLANNED', 'UNDER_CONSTRUCTION', 'SUSPENDED')`);

    await q.query(`
      CREATE TABLE care_placement (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL,
        ${ID_NUMBER_COLUMN},
        institution_id uuid NOT NULL REFERENCES support_institution (id),
        care_level text NOT NULL CHECK (care_level IN ('SELF_CARE', 'PARTIAL_CARE', 'FULL_CARE')),
        since date NOT NULL CHECK (since >= '2006-01-01'),
        status text NOT NULL CHECK (status IN ('PLACED', 'ENDED')),
        ended_on date CHECK (ended_on >= since),
        end_reason text CHECK (end_reason IN ('MOVED_OUT', 'TRANSFERRED', 'DECEASED')),
        end_note text CHECK (length(end_note) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        CHECK ((status = 'ENDED') = (ended_on IS NOT NULL) AND (status = 'ENDED') = (end_reason IS NOT NULL)),
        CHECK (status = 'ENDED' OR end_note IS NULL)
      )`);
    await q.query('CREATE INDEX care_placement_person ON care_placement (person_key, since)');
    // A person lives in one institution at a time; the index also gives placedPersons its order and pages.
    await q.query(`CREATE UNIQUE INDEX care_placement_one_current ON care_placement (person_key) WHERE status = 'PLACED'`);
    // Residents of an institution: its count, and placedPersons by institution (its kind and county are institutions').
    await q.query(`CREATE INDEX care_placement_residents ON care_placement (institution_id, person_key) WHERE status = 'PLACED'`);
    await q.query(`CREATE INDEX care_placement_care_level ON care_placement (care_level, person_key) WHERE status = 'PLACED'`);

    await q.query(`
      CREATE TABLE plan_target (
        ${REGION_CODE_COLUMN},
        year integer NOT NULL CHECK (year BETWEEN 2021 AND 2030),
        care_share_target integer NOT NULL CHECK (care_share_target BETWEEN 0 AND 100),
        beds_target integer NOT NULL CHECK (beds_target >= 0),
        PRIMARY KEY (region_code, year)
      )`);
    await q.query('CREATE INDEX plan_target_year ON plan_target (year, region_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['plan_target', 'care_placement', 'construction_project', 'support_institution']);
  }
}
