// Safe by default: development secrets never beyond loopback, the explorer's token only in development on loopback, /ready and /metrics off the public port.
import { newKeyPair } from '../shared/src/auth/signing-keys';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { loadGatewayConfig, loadSubgraphConfig } from '../shared/src/config';
import { RunningSubgraph, startSubgraph } from '../shared/src/subgraph';
import { RunningGateway, startGateway } from '../gateway/src/server';
import { agencyDefinition } from '../subgraphs/registry';
import { startTestSubgraph, supergraphOver } from './support/federation';

let civilAffairs: RunningSubgraph;
let sdl: string;

beforeAll(async () => {
  civilAffairs = await startTestSubgraph('civil-affairs', { people: 30 });
  sdl = supergraphOver({ 'civil-affairs': civilAffairs });
});
afterAll(() => civilAffairs.stop());

/** A gateway started for one test and stopped after it. */
async function withGateway(env: Record<string, string>, check: (gateway: RunningGateway) => Promise<void>) {
  const gateway = await startGateway({ ...loadGatewayConfig(env), port: 0 }, { sdl });
  try {
    await check(gateway);
  } finally {
    await gateway.stop();
  }
}

const explorerPage = async (gateway: RunningGateway) => (await fetch(gateway.url.replace(/\/graphql$/, '/'))).text();
const ownSecrets = () => ({
  JWT_SECRET: randomUUID() + randomUUID(),
  GATEWAY_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  SERVICE_PUBLIC_KEYS: JSON.stringify({ 'trade-union': newKeyPair().publicKeys }),
});

test('a gateway refuses to listen beyond loopback with development secrets, naming each secret and the address', async () => {
  const config = { ...loadGatewayConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }), port: 0 };
  const refusal = startGateway(config, { sdl });
  await expect(refusal).rejects.toThrow(/^gateway: refusing to listen on 0\.0\.0\.0 with the development value of .*GATEWAY_SIGNING_KEY/);
  await expect(refusal).rejects.toThrow(/JWT_SECRET/);
  await expect(refusal).rejects.toThrow(/SERVICE_PUBLIC_KEYS/);
});

test('a subgraph refuses to listen beyond loopback with development secrets, naming each secret and the address, before it touches its database', async () => {
  const schema = `education_t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const config = loadSubgraphConfig('education', 0, {
    NODE_ENV: 'test',
    HOST: '10.1.2.3',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
  });
  const refusal = startSubgraph(await agencyDefinition('education'), config);
  await expect(refusal).rejects.toThrow(
    /^education: refusing to listen on 10\.1\.2\.3 with the development value of PERSON_KEY_SECRET, GATEWAY_PUBLIC_KEYS/,
  );
  expect(await civilAffairs.db.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).toEqual([]);
});

test('a development gateway on loopback pre-fills its explorer with a caseworker token', async () => {
  await withGateway({ NODE_ENV: 'development' }, async (gateway) => {
    expect(await explorerPage(gateway)).toMatch(/Bearer [\w-]+\.[\w-]+\.[\w-]+/);
  });
});

test('a development gateway given its own secrets may listen beyond loopback, and its explorer then carries no token', async () => {
  await withGateway({ NODE_ENV: 'development', HOST: '0.0.0.0', ...ownSecrets() }, async (gateway) => {
    const html = await (await fetch(`http://127.0.0.1:${gateway.port}/`)).text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/Bearer/);
  });
});

test('a gateway in test mode carries no token in its explorer either', async () => {
  await withGateway({ NODE_ENV: 'test' }, async (gateway) => {
    expect(await explorerPage(gateway)).not.toMatch(/Bearer/);
  });
});

test('a gateway serves /ready and /metrics on its admin listener only, and /health on both', async () => {
  await withGateway({ NODE_ENV: 'test' }, async (gateway) => {
    const base = gateway.url.replace(/\/graphql$/, '');
    expect(gateway.adminUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway.adminPort).not.toBe(gateway.port);
    expect([(await fetch(`${base}/ready`)).status, (await fetch(`${base}/metrics`)).status]).toEqual([404, 404]);
    const ready = await fetch(`${gateway.adminUrl}/ready`);
    expect((await ready.json()) as object).toMatchObject({ service: 'gateway', subgraphs: { 'civil-affairs': 'up' } });
    expect(await (await fetch(`${gateway.adminUrl}/metrics`)).text()).toMatch(/^# HELP /m);
    expect([(await fetch(`${base}/health`)).status, (await fetch(`${gateway.adminUrl}/health`)).status]).toEqual([200, 200]);
  });
});

test('a subgraph serves /ready and /metrics on its admin listener only, and /health on both', async () => {
  const base = civilAffairs.url.replace(/\/graphql$/, '');
  expect([(await fetch(`${base}/ready`)).status, (await fetch(`${base}/metrics`)).status]).toEqual([404, 404]);
  const ready = await fetch(`${civilAffairs.adminUrl}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toMatchObject({ status: 'ok', subgraph: 'civil-affairs', database: 'up' });
  expect(await (await fetch(`${civilAffairs.adminUrl}/metrics`)).text()).toMatch(/db_pool_connections\{service="civil-affairs"/);
  expect((await fetch(`${base}/health`)).status).toBe(200);
});
