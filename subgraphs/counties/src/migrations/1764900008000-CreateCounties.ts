// The county governments' schema: townships and their windows, the coordination mechanisms with their members,
// meetings, attendance and decisions, and supervision items with their progress reports. The database holds the
// rules the writes check: lifecycles and their dates, attendance and responsibility only of member units, a
// followed-up decision of the same county.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { REGION_CODE_COLUMN, UUID_ID_COLUMN, VERSION_COLUMN } from '../../../../shared/src/migrations/columns';
import { dropTables } from '../../../../shared/src/migrations/tables';

const UNITS = `'COUNTIES', 'CIVIL_AFFAIRS', 'EDUCATION', 'HUMAN_RESOURCES', 'HEALTH', 'HOUSING', 'TRADE_UNION', 'DISABLED_PERSONS',
  'DEVELOPMENT_REFORM', 'FINANCE', 'JUSTICE', 'AGRICULTURE', 'PRICES', 'POVERTY_ALLEVIATION'`;
const STATUSES = `'OPEN', 'IN_PROGRESS', 'DONE'`;

export class CreateCounties1764900008000 implements MigrationInterface {
  name = 'CreateCounties1764900008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE township (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{9}$'),
        county_code text NOT NULL CHECK (county_code ~ '^[0-9]{6}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 30),
        kind text NOT NULL CHECK (kind IN ('TOWNSHIP', 'STREET')),
        window_name text CHECK (length(window_name) BETWEEN 1 AND 100),
        window_address text CHECK (length(window_address) BETWEEN 1 AND 200),
        window_hours text CHECK (length(window_hours) BETWEEN 1 AND 200),
        window_phone text CHECK (window_phone ~ '^[0-9-]{7,20}$'),
        CONSTRAINT township_in_its_county CHECK (left(code, 6) = county_code),
        CONSTRAINT township_numbered_by_kind CHECK (
          CASE kind WHEN 'STREET' THEN substr(code, 7) BETWEEN '001' AND '099' ELSE substr(code, 7) BETWEEN '100' AND '299' END),
        CONSTRAINT township_window_whole CHECK (num_nulls(window_name, window_address, window_hours, window_phone) IN (0, 4))
      )`);
    await q.query('CREATE INDEX township_county ON township (county_code, code)');

    await q.query(`
      CREATE TABLE coordination_mechanism (
        region_code text PRIMARY KEY CHECK (region_code ~ '^[0-9]{6}$'),
        -- The Interim Measures for Social Assistance, which call for it, took effect on 2014-05-01.
        established_on date NOT NULL CHECK (established_on >= '2014-05-01')
      )`);
    await q.query(`
      CREATE TABLE coordination_member (
        region_code text NOT NULL REFERENCES coordination_mechanism,
        unit text NOT NULL CHECK (unit IN (${UNITS})),
        role text NOT NULL CHECK (role IN ('CONVENOR', 'OFFICE', 'MEMBER')),
        joined_on date NOT NULL,
        PRIMARY KEY (region_code, unit),
        CONSTRAINT coordination_member_convened_by_the_county CHECK (role <> 'CONVENOR' OR unit = 'COUNTIES')
      )`);
    await q.query(`CREATE UNIQUE INDEX coordination_member_one_convenor ON coordination_member (region_code) WHERE role = 'CONVENOR'`);
    await q.query(`CREATE UNIQUE INDEX coordination_member_one_office ON coordination_member (region_code) WHERE role = 'OFFICE'`);

    await q.query(`
      CREATE TABLE coordination_meeting (
        ${UUID_ID_COLUMN},
        region_code text NOT NULL REFERENCES coordination_mechanism,
        held_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PLENARY', 'SPECIAL', 'CASE_CONSULTATION')),
        topic text NOT NULL CHECK (length(topic) BETWEEN 1 AND 200),
        UNIQUE (id, region_code)
      )`);
    await q.query('CREATE INDEX coordination_meeting_region ON coordination_meeting (region_code, held_on)');
    await q.query(`
      CREATE TABLE coordination_meeting_attendee (
        meeting_id uuid NOT NULL,
        unit text NOT NULL,
        region_code text NOT NULL,
        PRIMARY KEY (meeting_id, unit),
        FOREIGN KEY (meeting_id, region_code) REFERENCES coordination_meeting (id, region_code),
        FOREIGN KEY (region_code, unit) REFERENCES coordination_member (region_code, unit)
      )`);

    await q.query(`
      CREATE TABLE coordination_decision (
        ${UUID_ID_COLUMN},
        meeting_id uuid NOT NULL,
        region_code text NOT NULL,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        responsible_unit text NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${STATUSES})),
        done_on date,
        status_note text CHECK (length(status_note) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        UNIQUE (id, region_code),
        FOREIGN KEY (meeting_id, region_code) REFERENCES coordination_meeting (id, region_code),
        FOREIGN KEY (region_code, responsible_unit) REFERENCES coordination_member (region_code, unit),
        CONSTRAINT coordination_decision_done_with_date_and_note
          CHECK ((status = 'DONE') = (done_on IS NOT NULL) AND (status <> 'DONE' OR status_note IS NOT NULL))
      )`);
    await q.query('CREATE INDEX coordination_decision_meeting ON coordination_decision (meeting_id)');
    await q.query('CREATE INDEX coordination_decision_region ON coordination_decision (region_code, due_date)');
    await q.query('CREATE INDEX coordination_decision_unit ON coordination_decision (responsible_unit, id)');
    await q.query('CREATE INDEX coordination_decision_status ON coordination_decision (status, id)');
    // Serves the overdue filter: the decisions not yet done, by due date.
    await q.query(`CREATE INDEX coordination_decision_pending ON coordination_decision (due_date) WHERE status <> 'DONE'`);

    await q.query(`
      CREATE TABLE supervision_item (
        ${UUID_ID_COLUMN},
        ${REGION_CODE_COLUMN},
        -- Addressed to a unit of the county, never to the county government that supervises it.
        unit text NOT NULL CHECK (unit IN (${UNITS}) AND unit <> 'COUNTIES'),
        category text NOT NULL CHECK (category IN
          ('POLICY_IMPLEMENTATION', 'FUNDS', 'CASE_HANDLING', 'VERIFICATION', 'RECTIFICATION', 'INFORMATION_SHARING')),
        source text NOT NULL CHECK (source IN ('MEETING_DECISION', 'CITY_ASSIGNMENT', 'INSPECTION', 'PETITION')),
        decision_id uuid,
        task text NOT NULL CHECK (length(task) BETWEEN 1 AND 500),
        opened_on date NOT NULL,
        deadline date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${STATUSES})),
        closed_on date,
        closing_note text CHECK (length(closing_note) BETWEEN 1 AND 500),
        ${VERSION_COLUMN},
        -- A followed-up decision is one of the same county's.
        FOREIGN KEY (decision_id, region_code) REFERENCES coordination_decision (id, region_code),
        CONSTRAINT supervision_item_decision_by_source CHECK ((source = 'MEETING_DECISION') = (decision_id IS NOT NULL)),
        CONSTRAINT supervision_item_deadline_in_range CHECK (deadline >= opened_on AND deadline <= opened_on + interval '2 years'),
        CONSTRAINT supervision_item_closed_with_date_and_note
          CHECK ((status = 'DONE') = (closed_on IS NOT NULL) AND (status = 'DONE') = (closing_note IS NOT NULL)),
        CONSTRAINT supervision_item_closed_after_opened CHECK (closed_on >= opened_on)
      )`);
    await q.query('CREATE INDEX supervision_item_region ON supervision_item (region_code, deadline)');
    await q.query('CREATE INDEX supervision_item_unit ON supervision_item (unit, id)');
    await q.query('CREATE INDEX supervision_item_status ON supervision_item (status, id)');
    await q.query('CREATE INDEX supervision_item_category ON supervision_item (category, id)');
    await q.query('CREATE INDEX supervision_item_source ON supervision_item (source, id)');
    await q.query('CREATE INDEX supervision_item_decision ON supervision_item (decision_id)');
    // Serves the overdue filter: the items not yet done, by deadline.
    await q.query(`CREATE INDEX supervision_item_pending ON supervision_item (deadline) WHERE status <> 'DONE'`);

    await q.query(`
      CREATE TABLE supervision_progress (
        id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        item_id uuid NOT NULL REFERENCES supervision_item,
        reported_on date NOT NULL,
        note text NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
        new_deadline date
      )`);
    await q.query('CREATE INDEX supervision_progress_item ON supervision_progress (item_id, reported_on)');
  }

  async down(q: QueryRunner): Promise<void> {
    await dropTables(q, [
      'supervision_progress',
      'supervision_item',
      'coordination_decision',
      'coordination_meeting_attendee',
      'coordination_meeting',
      'coordination_member',
      'coordination_mechanism',
      'township',
    ]);
  }
}
