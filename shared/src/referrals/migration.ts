// Every subgraph's referral inbox (一门受理、协同办理): the referrals counties delivered to the unit, as the unit
// works them. One row per referral, keyed by counties' referral id, so a delivery made twice keeps one.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferralInbox1765100000000 implements MigrationInterface {
  name = 'CreateReferralInbox1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral_inbox (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL,
        need text NOT NULL,
        applicant_key text NOT NULL,
        township_code text NOT NULL CHECK (township_code ~ '^[0-9]{9}$'),
        routed_on date NOT NULL,
        deadline date NOT NULL,
        documents text[] NOT NULL DEFAULT '{}',
        consent_to_verification boolean NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'RECEIVED'
          CHECK (status IN ('RECEIVED', 'ACCEPTED', 'INFORMATION_REQUESTED', 'GRANTED', 'REFUSED')),
        status_on date NOT NULL,
        note text CHECK (length(note) BETWEEN 1 AND 500),
        granted_entity text CHECK (granted_entity ~ '^[A-Z][A-Za-z]{1,49}$'),
        granted_record_id text CHECK (length(granted_record_id) BETWEEN 1 AND 100),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT referral_inbox_grant_names_record CHECK ((status = 'GRANTED') = (granted_entity IS NOT NULL AND granted_record_id IS NOT NULL)),
        CONSTRAINT referral_inbox_refusal_has_reason CHECK (status <> 'REFUSED' OR note IS NOT NULL)
      )`);
    // The inbox as a unit works it: its open referrals by deadline, and an applicant's.
    await q.query('CREATE INDEX referral_inbox_status ON referral_inbox (status, id)');
    await q.query('CREATE INDEX referral_inbox_applicant ON referral_inbox (applicant_key)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE referral_inbox');
  }
}
