// A contract's ACTIVE transfers stay within it: held by the database as well as by recordLandTransfer.
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ACTIVE transfers of a contract never transfer more land than it has, never outlast it and never outlive it
 * (a terminated contract has none): a constraint trigger, deferred to the end of the transaction, checks every
 * contract a change touches. It backs the write's own check, made with the contract locked, against anything
 * else that writes the tables. Bulk loads of the demo city switch it off for the load and check every contract
 * after it (the seed, with `contractsBeyondTheirLand`).
 */
export class AgricultureTransfersWithinContract1764900012100 implements MigrationInterface {
  name = 'AgricultureTransfersWithinContract1764900012100';

  async up(q: QueryRunner): Promise<void> {
    const [beyond] = await q.query(`${contractsBeyondTheirLand()} LIMIT 1`);
    if (beyond) throw new Error(`land contract ${beyond.number} has ACTIVE transfers beyond it; end them before this migration`);
    // search_path pinned to this schema: the function names its tables unqualified, and runs as its caller.
    await q.query(`
      CREATE FUNCTION land_transfer_within_contract() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        touched uuid;
        beyond text;
      BEGIN
        IF TG_TABLE_NAME = 'land_contract' THEN
          touched := NEW.id;
        ELSE
          touched := NEW.contract_id;
        END IF;
        ${contractsBeyondTheirLand('c.id = touched').replace('SELECT c.number', 'SELECT c.number INTO beyond')};
        IF beyond IS NOT NULL THEN
          RAISE EXCEPTION 'land contract %: its ACTIVE transfers exceed its area or its term, or it is no longer ACTIVE', beyond
            USING ERRCODE = 'check_violation', CONSTRAINT = 'land_transfer_within_contract';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER land_transfer_within_contract AFTER INSERT OR UPDATE ON land_transfer
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION land_transfer_within_contract()`);
    await q.query(`CREATE CONSTRAINT TRIGGER land_contract_keeps_its_transfers AFTER UPDATE OF area_mu, start_date, end_date, status ON land_contract
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION land_transfer_within_contract()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER land_contract_keeps_its_transfers ON land_contract');
    await q.query('DROP TRIGGER land_transfer_within_contract ON land_transfer');
    await q.query('DROP FUNCTION land_transfer_within_contract()');
  }
}

/** Contracts (their numbers) whose ACTIVE transfers exceed their area or term, or that are not ACTIVE: none, always. */
export const contractsBeyondTheirLand = (where = 'true') => `
  SELECT c.number FROM land_contract c JOIN land_transfer t ON t.contract_id = c.id AND t.status = 'ACTIVE'
   WHERE ${where}
   GROUP BY c.id
  HAVING c.status <> 'ACTIVE' OR sum(t.area_mu) > c.area_mu OR bool_or(t.start_date < c.start_date OR t.end_date > c.end_date)`;
