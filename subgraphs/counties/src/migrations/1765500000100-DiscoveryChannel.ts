// One-window intake takes in proactive discovery too: an application's channel, a window (依申请) or civil affairs'
// discovery (主动发现), whose applications carry the alert's id as their own.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class DiscoveryChannel1765500000100 implements MigrationInterface {
  name = 'DiscoveryChannel1765500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      "ALTER TABLE one_window_application ADD COLUMN channel text NOT NULL DEFAULT 'WINDOW' CHECK (channel IN ('WINDOW', 'DISCOVERY'))",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE one_window_application DROP COLUMN channel');
  }
}
