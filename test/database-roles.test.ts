// The database roles on the real server: a service's role can append to its logs and read them, nothing more.
import { Client } from 'pg';
import { agencyRoles, APPEND_ONLY_TABLES, provisionAgencyRoles, runtimeRoleProblems } from '../shared/src/database-roles';
import { loadSubgraphConfig } from '../shared/src/config';
import { newKeyPair } from '../shared/src/auth/signing-keys';
import { RunningSubgraph, startSubgraph } from '../shared/src/subgraph';
import housing from '../subgraphs/housing/src/definition';
import { startTestSubgraph } from './support/federation';

let subgraph: RunningSubgraph;
let schema: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph('housing', { people: 50 });
  schema = (subgraph.db.options as { schema: string }).schema;
});
afterAll(() => subgraph.stop());

const asService = (sql: string) => subgraph.db.query(sql);

test.each(
  APPEND_ONLY_TABLES.flatMap((table) => [
    ['UPDATE', table, `UPDATE ${table} SET subject = 'someone else'`],
    ['DELETE FROM', table, `DELETE FROM ${table}`],
    ['TRUNCATE', table, `TRUNCATE ${table}`],
    ['ALTER', table, `ALTER TABLE ${table} ADD COLUMN note text`],
    ['DISABLE TRIGGER on', table, `ALTER TABLE ${table} DISABLE TRIGGER ALL`],
    ['DROP', table, `DROP TABLE ${table}`],
  ]),
)("the service's role cannot %s %s", async (_what, _table, sql) => {
  await expect(asService(sql)).rejects.toThrow(/permission denied|must be owner/);
});

test("the service's role appends to and reads its access log", async () => {
  await expect(asService('SELECT count(*) FROM access_log')).resolves.toBeDefined();
  await expect(asService("INSERT INTO access_log (subject, role) VALUES ('s', 'caseworker')")).resolves.toBeDefined();
});

test('the service runs as a role that owns nothing and is no superuser', async () => {
  const [{ user }] = await asService('SELECT current_user AS user');
  expect(user).toBe(agencyRoles(schema).runtime);
  await expect(runtimeRoleProblems(subgraph.db, schema)).resolves.toEqual([]);
});

test("the owner's own UPDATE is refused by the log's trigger", async () => {
  const owner = new Client({
    connectionString: new URL(
      `postgres://${agencyRoles(schema).owner}@${new URL(process.env.TEST_DATABASE_URL!).host}${new URL(process.env.TEST_DATABASE_URL!).pathname}`,
    ).toString(),
  });
  await owner.connect();
  try {
    await expect(owner.query(`UPDATE "${schema}".access_log SET subject = 'x'`)).rejects.toThrow(/append-only/);
  } finally {
    await owner.end();
  }
});

test("a subgraph in production refuses to serve as its schema's owner", async () => {
  const { migrationsUrl } = await provisionAgencyRoles(process.env.TEST_DATABASE_URL!, schema);
  const config = loadSubgraphConfig('housing', 0, {
    NODE_ENV: 'production',
    PERSON_KEY_SECRET: 'p'.repeat(32),
    GATEWAY_PUBLIC_KEYS: JSON.stringify(newKeyPair().publicKeys),
    DATABASE_URL: migrationsUrl,
    DATABASE_SCHEMA: schema,
  });
  await expect(startSubgraph(housing, config)).rejects.toThrow(
    /refusing to serve as a role that could rewrite its own access log \(.*owns/,
  );
});
