// npm start's embedded databases: a subgraph over PGlite, whose one session serves every connection of the pool.
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadSubgraphConfig } from '../shared/src/config';
import { projectPath } from '../shared/src/paths';
import { RunningSubgraph, startSubgraph } from '../shared/src/subgraph';
import { post, subgraphIdentity } from '../shared/src/testing/graphql';
import housing from '../subgraphs/housing/src/definition';
import { AGENCY_NAMES } from '../subgraphs/registry';

let host: ChildProcess;
let subgraph: RunningSubgraph;

beforeAll(async () => {
  host = spawn(process.execPath, [projectPath('dist', 'scripts', 'pglite-host.js'), mkdtempSync(join(tmpdir(), 'pglite-')), 'housing'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: host.stdout! }), 'line')) as string[];
  subgraph = await startSubgraph(
    housing,
    loadSubgraphConfig('housing', 0, {
      NODE_ENV: 'test',
      DATABASE_URL: JSON.parse(line).url,
      DATABASE_POOL_SIZE: '4',
      SEED_PEOPLE: '100',
      SEED: '7',
    }),
  );
}, 120_000);
afterAll(async () => {
  await subgraph?.stop();
  host?.kill('SIGTERM');
});

test('reads on every connection of the pool answer at once, each with its access-log entry', async () => {
  const keys: string[] = (await subgraph.db.query('SELECT DISTINCT person_key FROM property_holding LIMIT 12')).map(
    (r: { person_key: string }) => r.person_key,
  );
  const answers = await Promise.all(
    keys.map(async (id) =>
      post(
        subgraph.url,
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { housing { properties { kind } } } } }',
        { r: [{ __typename: 'Person', id }] },
        { authorization: `Bearer ${await subgraphIdentity('housing', 'caseworker', AGENCY_NAMES)}` },
      ),
    ),
  );
  expect(answers.map((a) => a.errors ?? [])).toEqual(keys.map(() => []));
  const [{ n }] = await subgraph.db.query('SELECT count(*)::int AS n FROM access_log WHERE person_keys && $1', [keys]);
  expect(n).toBe(keys.length);
});
