// The gateway's front door: who may call, the offline explorer, health.
import { developmentPrivateKey } from '../shared/src/auth/signing-keys';
import { SignJWT } from 'jose';
import { loadGatewayConfig } from '../shared/src/config';
import { expectErrorCode, post } from '../shared/src/testing/graphql';
import { Federation, startFederation } from './support/federation';
import { startGateway } from '../gateway/src/server';
import { compose, registrySources } from '../gateway/src/supergraph';
import { issueUserToken } from '../shared/src/auth/tokens';

let graph: Federation;
const config = loadGatewayConfig({ NODE_ENV: 'test' });
const query = '{ regions { code name } }';

function token(claims: { role?: string; aud?: string; iss?: string; exp?: number; secret?: string }) {
  return new SignJWT({ role: claims.role ?? 'caseworker' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(claims.iss ?? config.jwt.issuer)
    .setAudience(claims.aud ?? config.jwt.audience)
    .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 600)
    .sign(new TextEncoder().encode(claims.secret ?? config.jwt.secret));
}

beforeAll(async () => {
  graph = await startFederation({ people: 200 });
});
afterAll(() => graph.stop());

test('a valid caseworker token gets an answer', async () => {
  const res = await post(graph.gatewayUrl, query, {}, await graph.as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data?.regions).toHaveLength(13);
});

test('a request without a token is refused with 401 UNAUTHENTICATED', async () => {
  const res = await post(graph.gatewayUrl, query);
  expect(res.status).toBe(401);
  expect(expectErrorCode(res, 'UNAUTHENTICATED').message).toMatch(/Authorization: Bearer/);
});

test.each([
  ['a bad signature', { secret: 'another-secret-of-at-least-thirty-two-chars' }, /signature/],
  ['an expired token', { exp: Math.floor(Date.now() / 1000) - 60 }, /expired/],
  ['a wrong audience', { aud: 'someone-else' }, /aud/],
  ['a wrong issuer', { iss: 'someone-else' }, /iss/],
  ['an unknown role', { role: 'mayor' }, /role "mayor" is not one of/],
])('%s is refused with 401 UNAUTHENTICATED saying why', async (_name, claims, reason) => {
  const res = await post(graph.gatewayUrl, query, {}, { authorization: `Bearer ${await token(claims)}` });
  expect(res.status).toBe(401);
  expect(expectErrorCode(res, 'UNAUTHENTICATED').message).toMatch(reason);
});

test('GET / serves an explorer whose scripts come from the gateway itself, not the internet', async () => {
  const base = graph.gatewayUrl.replace(/\/graphql$/, '');
  const html = await (await fetch(`${base}/`)).text();
  const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(assets.length).toBeGreaterThanOrEqual(4);
  for (const asset of assets) {
    expect(asset.startsWith('/explorer/')).toBe(true);
    expect((await fetch(`${base}${asset}`)).status).toBe(200);
  }
});

test('GET /health answers ok', async () => {
  const res = await fetch(graph.gatewayUrl.replace(/\/graphql$/, '/health'));
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok' });
});

describe('in production mode', () => {
  let production: Awaited<ReturnType<typeof startGateway>>;
  let headers: Record<string, string>;
  beforeAll(async () => {
    // The test's subgraphs accept the development key pair; production must be given its key explicitly.
    const signingKey = developmentPrivateKey().export({ format: 'pem', type: 'pkcs8' }).toString();
    const env = { NODE_ENV: 'production', GATEWAY_SIGNING_KEY: signingKey, JWT_SECRET: 'j'.repeat(32) };
    const prodConfig = { ...loadGatewayConfig(env), port: 0 };
    const urls = Object.fromEntries(Object.entries(graph.subgraphs).map(([n, s]) => [n, s.url]));
    production = await startGateway(prodConfig, { sdl: compose(registrySources(urls)) });
    headers = {
      authorization: `Bearer ${await issueUserToken(prodConfig.jwt, { subject: 'p', role: 'caseworker' })}`,
      'x-purpose': 'CASE_REVIEW',
    };
  });
  afterAll(() => production.stop());

  test('introspection is refused', async () => {
    const res = await post(production.url, '{ __schema { types { name } } }', {}, headers);
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].message).toMatch(/introspection/i);
  });

  test('a misspelt field gets no "Did you mean" suggestion', async () => {
    const res = await post(production.url, '{ regons { code } }', {}, headers);
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });

  test('the explorer page carries no token', async () => {
    const html = await (await fetch(production.url.replace(/\/graphql$/, '/'))).text();
    expect(html).not.toMatch(/Bearer/);
  });
});

test('GET /metrics on the admin listener reports operations and subgraph calls on the gateway, and pool usage on a subgraph', async () => {
  await post(graph.gatewayUrl, 'query RegionsForMetrics { regions { code } }', {}, await graph.as('caseworker'));
  const gateway = await (await fetch(`${graph.gateway.adminUrl}/metrics`)).text();
  expect(gateway).toMatch(/graphql_requests_total\{service="gateway",operation="RegionsForMetrics",outcome="ok"\} [1-9]/);
  expect(gateway).toMatch(/gateway_subgraph_request_duration_seconds_count\{subgraph="civil-affairs",outcome="ok"\} [1-9]/);
  const subgraph = await (await fetch(`${graph.subgraphs['civil-affairs'].adminUrl}/metrics`)).text();
  expect(subgraph).toMatch(/db_pool_connections\{service="civil-affairs",state="total"\} \d+/);
});
