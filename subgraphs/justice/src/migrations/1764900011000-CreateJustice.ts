// The justice bureau's schema: legal aid cases and mediations of assistance decisions, with the rules of their lifecycles.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { ID_NUMBER_COLUMN, REGION_CODE_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

export class CreateJustice1764900011000 implements MigrationInterface {
  name = 'CreateJustice1764900011000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_aid_case (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL,
        ${ID_NUMBER_COLUMN},
        category text NOT NULL CHECK (category IN
          ('LABOUR_REMUNERATION', 'FAMILY_MAINTENANCE', 'WORK_INJURY', 'MEDICAL_DISPUTE', 'SOCIAL_ASSISTANCE_DECISION', 'OTHER')),
        matter text NOT NULL CHECK (length(matter) BETWEEN 1 AND 500),
        ${REGION_CODE_COLUMN},
        lawyer_name text CHECK (length(lawyer_name) BETWEEN 1 AND 50),
        means_test_waived boolean NOT NULL,
        status text NOT NULL CHECK (status IN ('APPLIED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'CLOSED')),
        outcome text CHECK (outcome IN ('WON', 'SETTLED', 'LOST', 'WITHDRAWN')),
        applied_on date NOT NULL,
        accepted_on date CHECK (accepted_on >= applied_on),
        closed_on date CHECK (closed_on >= coalesce(accepted_on, applied_on)),
        status_reason text CHECK (length(status_reason) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- The lifecycle (src/rules.ts): an outcome exactly when closed, a closing day when rejected or closed,
        -- a grant once accepted, a lawyer while in progress and for every outcome but a withdrawal.
        CONSTRAINT legal_aid_case_outcome_when_closed CHECK ((status = 'CLOSED') = (outcome IS NOT NULL)),
        CONSTRAINT legal_aid_case_closed_on CHECK ((status IN ('REJECTED', 'CLOSED')) = (closed_on IS NOT NULL)),
        CONSTRAINT legal_aid_case_accepted_on CHECK (
          CASE status WHEN 'APPLIED' THEN accepted_on IS NULL WHEN 'REJECTED' THEN accepted_on IS NULL
                      WHEN 'CLOSED' THEN true ELSE accepted_on IS NOT NULL END),
        CONSTRAINT legal_aid_case_lawyer CHECK (
          CASE status WHEN 'IN_PROGRESS' THEN lawyer_name IS NOT NULL WHEN 'CLOSED' THEN outcome = 'WITHDRAWN' OR lawyer_name IS NOT NULL
                      ELSE lawyer_name IS NULL END),
        CONSTRAINT legal_aid_case_rejected_with_reason CHECK (status <> 'REJECTED' OR status_reason IS NOT NULL)
      )`);
    // The profile's loader (a person's cases, newest first) and each filter of legalAidRecipients, in person-key order.
    await q.query('CREATE INDEX legal_aid_case_person ON legal_aid_case (person_key, applied_on)');
    await q.query('CREATE INDEX legal_aid_case_region ON legal_aid_case (region_code, person_key)');
    await q.query('CREATE INDEX legal_aid_case_category ON legal_aid_case (category, person_key)');
    await q.query('CREATE INDEX legal_aid_case_status ON legal_aid_case (status, person_key)');
    await q.query('CREATE INDEX legal_aid_case_waived ON legal_aid_case (means_test_waived, person_key)');

    await q.query(`
      CREATE TABLE dispute_mediation (
        ${UUID_ID_COLUMN},
        person_key text NOT NULL,
        ${ID_NUMBER_COLUMN},
        programme text NOT NULL CHECK (programme IN ('MINIMUM_LIVING_ALLOWANCE', 'EXTREME_POVERTY_SUPPORT', 'TEMPORARY_ASSISTANCE',
          'LOW_INCOME_CERTIFICATION', 'EDUCATION_AID', 'EMPLOYMENT_ASSISTANCE', 'MEDICAL_ASSISTANCE', 'HOUSING_ASSISTANCE', 'DISABILITY_SUBSIDY')),
        decided_on date NOT NULL,
        dispute text NOT NULL CHECK (length(dispute) BETWEEN 1 AND 500),
        mediator_name text NOT NULL CHECK (length(mediator_name) BETWEEN 1 AND 50),
        ${REGION_CODE_COLUMN},
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        result text CHECK (result IN ('AGREEMENT', 'NO_AGREEMENT', 'REFERRED_TO_REVIEW')),
        opened_on date NOT NULL CHECK (opened_on >= decided_on),
        closed_on date CHECK (closed_on >= opened_on),
        result_note text CHECK (length(result_note) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        CONSTRAINT dispute_mediation_closed_with_result CHECK (((status = 'CLOSED') = (result IS NOT NULL)) AND ((status = 'CLOSED') = (closed_on IS NOT NULL)))
      )`);
    // One open mediation of a programme per person: a second dispute over it joins the one going on.
    await q.query(`CREATE UNIQUE INDEX dispute_mediation_one_open ON dispute_mediation (person_key, programme) WHERE status = 'OPEN'`);
    await q.query('CREATE INDEX dispute_mediation_person ON dispute_mediation (person_key, opened_on)');
    await q.query('CREATE INDEX dispute_mediation_region ON dispute_mediation (region_code, person_key)');
    // The programme filter, and the unit filter (the unit's programmes).
    await q.query('CREATE INDEX dispute_mediation_programme ON dispute_mediation (programme, person_key)');
    await q.query('CREATE INDEX dispute_mediation_status ON dispute_mediation (status, person_key)');
    await q.query('CREATE INDEX dispute_mediation_result ON dispute_mediation (result, person_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, ['dispute_mediation', 'legal_aid_case']);
  }
}
