// Per-caller rate limits and daily quotas at the gateway, counted in the real Redis at 127.0.0.1:6379 and shared by every gateway.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { issueUserToken } from '../shared/src/auth/tokens';
import { GatewayConfig, loadGatewayConfig } from '../shared/src/config';
import { RunningSubgraph } from '../shared/src/subgraph';
import { serviceHeaders } from '../shared/src/testing/graphql';
import { RunningGateway, startGateway } from '../gateway/src/server';
import { freePort } from './support/processes';
import { startTestSubgraph, supergraphOver } from './support/federation';

const REDIS_URL = 'redis://127.0.0.1:6379';
/** This run's counters, apart from any other run's or deployment's, and deleted after. */
const runPrefix = `sag-test:${randomUUID()}`;
let civilAffairs: RunningSubgraph;
let sdl: string;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  civilAffairs = await startTestSubgraph('civil-affairs', { people: 30 });
  sdl = supergraphOver({ 'civil-affairs': civilAffairs });
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await civilAffairs.stop();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${runPrefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

interface Limited {
  url: string;
  admin: string;
  config: GatewayConfig;
}

/** A gateway with these limits; gateways given the same `prefix` and Redis share their counts. */
async function gateway(env: Record<string, string>, prefix: string = randomUUID()): Promise<Limited> {
  const config = { ...loadGatewayConfig({ NODE_ENV: 'test', RATE_LIMIT_KEY_PREFIX: `${runPrefix}:${prefix}`, ...env }), port: 0 };
  const running = await startGateway(config, { sdl });
  gateways.push(running);
  return { url: running.url, admin: running.adminUrl, config };
}

const REGIONS = JSON.stringify({ query: '{ regions { code } }' });

async function ask(g: Limited, subject = 'caseworker-1', body = REGIONS) {
  const token = await issueUserToken(g.config.jwt, { subject, role: 'caseworker' });
  const res = await fetch(g.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'CASE_REVIEW' },
    body,
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

const answered = (res: { status: number; body: any }) =>
  res.status === 200 && !res.body.errors && (Array.isArray(res.body) || res.body.data.regions.length > 0);

test('over the per-minute limit a caller gets HTTP 429 RATE_LIMITED naming the limit, with Retry-After and the same wait in the error', async () => {
  const g = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '2' });
  expect([answered(await ask(g)), answered(await ask(g))]).toEqual([true, true]);
  const refused = await ask(g);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.retryAfter);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const [error] = refused.body.errors;
  expect(error.extensions).toEqual({ code: 'RATE_LIMITED', limit: 'PER_MINUTE', retryAfterSeconds: retryAfter });
  expect(error.message).toMatch(new RegExp(`rate limit of 2 requests a minute; retry in ${retryAfter} s`));
});

test("two gateways sharing one Redis share a caller's limit: the second refuses once the first used it up", async () => {
  const first = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '3' }, 'shared');
  const second = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '3' }, 'shared');
  for (let i = 0; i < 3; i++) expect(answered(await ask(first, 'caseworker-2'))).toBe(true);
  const refused = await ask(second, 'caseworker-2');
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  expect(((await (await fetch(`${second.admin}/health`)).json()) as any).rateLimits).toBe('redis');
});

test('the daily quota refuses on its own when the per-minute limit is far from reached, and says when it renews', async () => {
  const g = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '100', QUOTA_PER_DAY: '2' });
  expect([answered(await ask(g)), answered(await ask(g))]).toEqual([true, true]);
  const refused = await ask(g);
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'PER_DAY' });
  expect(Number(refused.retryAfter)).toBeGreaterThan(23 * 3600);
  expect(refused.body.errors[0].message).toMatch(/daily quota of 2 requests; retry in 24 h/);
});

test('one caller who used up their limit does not limit another caller', async () => {
  const g = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '1' });
  expect(answered(await ask(g, 'caseworker-3'))).toBe(true);
  expect((await ask(g, 'caseworker-3')).status).toBe(429);
  expect(answered(await ask(g, 'caseworker-4'))).toBe(true);
});

test("an agency's service counts against its own limits, not a person's: a workflow that pages through thousands is not stopped halfway", async () => {
  const g = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '1', SERVICE_RATE_LIMIT_PER_MINUTE: '3' });
  const asService = async () => {
    const res = await fetch(g.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...serviceHeaders('finance', 'PRICE_LINKAGE') },
      body: REGIONS,
    });
    return { status: res.status, body: (await res.json()) as any };
  };
  expect([answered(await asService()), answered(await asService()), answered(await asService())]).toEqual([true, true, true]);
  const refused = await asService();
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].message).toMatch(/rate limit of 3 requests a minute/);
});

test('a batch counts each of its operations against the limit', async () => {
  const g = await gateway({ REDIS_URL, RATE_LIMIT_PER_MINUTE: '3' });
  const batch = await ask(
    g,
    'caseworker-5',
    JSON.stringify([{ query: '{ regions { code } }' }, { query: '{ regions { name } }' }, { query: '{ regions { code } }' }]),
  );
  expect(batch.status).toBe(200);
  expect(batch.body).toHaveLength(3);
  expect((await ask(g, 'caseworker-5')).status).toBe(429);
});

test('with its Redis unreachable the gateway still answers, and limits each caller in its own memory', async () => {
  const g = await gateway({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, RATE_LIMIT_PER_MINUTE: '2' });
  expect([answered(await ask(g)), answered(await ask(g))]).toEqual([true, true]);
  expect((await ask(g)).status).toBe(429);
  expect(((await (await fetch(`${g.admin}/health`)).json()) as any).rateLimits).toBe('memory');
});

test('without REDIS_URL the gateway counts in its own memory, as npm start runs it', async () => {
  const g = await gateway({ RATE_LIMIT_PER_MINUTE: '1' });
  expect(answered(await ask(g))).toBe(true);
  expect((await ask(g)).status).toBe(429);
  expect(((await (await fetch(`${g.admin}/health`)).json()) as any).rateLimits).toBe('memory');
});
