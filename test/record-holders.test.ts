// Civil affairs' register of record holders against what every agency's seed wrote into its own tables.
import { RunningSubgraph } from '../shared/src/subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';
import { startTestSubgraph } from './support/federation';

const subgraphs: Record<string, RunningSubgraph> = {};

beforeAll(async () => {
  for (const { name } of SUBGRAPHS) subgraphs[name] = await startTestSubgraph(name, { people: 800 });
});
afterAll(() => Promise.all(Object.values(subgraphs).map((s) => s.stop())));

/**
 * Every person key in the agency's own tables (each entity with a person key), found from its table metadata; null
 * for an agency whose entities have no person key: it keeps no records on persons (counties).
 */
async function personsHeldBy(name: string): Promise<string[] | null> {
  const { db } = subgraphs[name];
  if (name === 'civil-affairs') return (await db.query('SELECT key FROM person ORDER BY key')).map((r: { key: string }) => r.key);
  const tables = db.entityMetadatas.flatMap((m) => {
    const column = m.columns.find((c) => c.propertyName === 'personKey');
    return column ? [`SELECT DISTINCT "${column.databaseName}" AS key FROM "${m.tableName}"`] : [];
  });
  if (tables.length === 0) return null;
  return (await db.query(`${tables.join(' UNION ')} ORDER BY key`)).map((r: { key: string }) => r.key);
}

test.each(SUBGRAPHS.map((s) => s.name))('the register names %s for exactly the persons its seed wrote records on', async (name) => {
  const registered = (
    await subgraphs['civil-affairs'].db.query('SELECT person_key FROM person_record_holder WHERE agency = $1 ORDER BY person_key', [name])
  ).map((r: { person_key: string }) => r.person_key);
  const held = await personsHeldBy(name);
  // An agency that keeps records on persons holds some; one that keeps none is in the register for no one.
  if (held !== null) expect(held.length).toBeGreaterThan(0);
  expect(registered).toEqual(held ?? []);
});
