// A household always has exactly one head who is a member of it, held by the database as well as the mutations.
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two rules, together exactly one head among the members:
 * - at most one member of a household is its HEAD (a partial unique index, checked at once);
 * - a household's head_key is a member of it whose relation is HEAD (a constraint trigger, deferred to the
 *   end of the transaction, so that registering a household and making its head a member can happen in
 *   either order). It checks every household a change touches: the household itself, or the households a
 *   person leaves and joins.
 * Bulk loads of the demo city switch the trigger off for the load and check every household after it
 * (`HOUSEHOLDS_WITHOUT_THEIR_HEAD`, civil affairs' seed).
 */
export class HouseholdHasOneHead1764800000200 implements MigrationInterface {
  name = 'HouseholdHasOneHead1764800000200';

  async up(q: QueryRunner): Promise<void> {
    const [headless] = await q.query(`${HOUSEHOLDS_WITHOUT_THEIR_HEAD} LIMIT 1`);
    if (headless) throw new Error(`household ${headless.id} has no head among its members; give it one before this migration`);
    await q.query('ALTER TABLE household ALTER COLUMN head_key SET NOT NULL');
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_head_belongs_to_a_household CHECK (relation_to_head IS DISTINCT FROM 'HEAD' OR household_id IS NOT NULL)`,
    );
    await q.query(`CREATE UNIQUE INDEX person_one_head_per_household ON person (household_id) WHERE relation_to_head = 'HEAD'`);
    // search_path pinned to this schema: the function names its tables unqualified, and runs as its caller.
    await q.query(`
      CREATE FUNCTION household_has_its_head() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      DECLARE
        touched uuid[];
        headless uuid;
      BEGIN
        IF TG_TABLE_NAME = 'household' THEN
          touched := ARRAY[NEW.id];
        ELSIF TG_OP = 'INSERT' THEN
          touched := ARRAY[NEW.household_id];
        ELSIF TG_OP = 'DELETE' THEN
          touched := ARRAY[OLD.household_id];
        ELSE
          touched := ARRAY[OLD.household_id, NEW.household_id];
        END IF;
        SELECT h.id INTO headless FROM household h
         WHERE h.id = ANY (touched)
           AND NOT EXISTS (SELECT 1 FROM person p WHERE p.key = h.head_key AND p.household_id = h.id AND p.relation_to_head = 'HEAD')
         LIMIT 1;
        IF headless IS NOT NULL THEN
          RAISE EXCEPTION 'household % would have no head among its members: a household always has exactly one head who is a member of it', headless
            USING ERRCODE = 'check_violation', CONSTRAINT = 'household_has_its_head';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE CONSTRAINT TRIGGER household_has_its_head AFTER INSERT OR UPDATE OF id, head_key ON household
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION household_has_its_head()`);
    await q.query(`CREATE CONSTRAINT TRIGGER person_keeps_household_head AFTER INSERT OR DELETE OR UPDATE OF key, household_id, relation_to_head ON person
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION household_has_its_head()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER person_keeps_household_head ON person');
    await q.query('DROP TRIGGER household_has_its_head ON household');
    await q.query('DROP FUNCTION household_has_its_head()');
    await q.query('DROP INDEX person_one_head_per_household');
    await q.query('ALTER TABLE person DROP CONSTRAINT person_head_belongs_to_a_household');
    await q.query('ALTER TABLE household ALTER COLUMN head_key DROP NOT NULL');
  }
}

/** Households whose head is not among their members as HEAD: none, always; the seed checks its bulk load with it. */
export const HOUSEHOLDS_WITHOUT_THEIR_HEAD = `
  SELECT h.id FROM household h
   WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.key = h.head_key AND p.household_id = h.id AND p.relation_to_head = 'HEAD')`;
