// The register of which agencies hold records on each person: an agency identifies only the persons it holds records on.
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * person:identify:held lets an agency see a person's identity only when this register names the agency for
 * the person. In this step the register is filled by the demo seed and by civil affairs' own registerPerson;
 * an agency's write that opens a record on a new person will feed it through an outbox in a later step.
 * Until then such a person is simply missing here, and a missing row refuses (FORBIDDEN): the register
 * fails closed, never open.
 *
 * No foreign key to person: the outbox may deliver an agency's entry before the person is indexed here.
 */
export class PersonRecordHolders1764600000000 implements MigrationInterface {
  name = 'PersonRecordHolders1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_record_holder (
        person_key text NOT NULL,
        agency text NOT NULL CHECK (agency ~ '^[a-z][a-z-]{1,62}$'),
        since timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_key, agency)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE person_record_holder');
  }
}
