// What a compromised agency service can do with the identities the gateway forwards to it: nothing elsewhere.
import { once } from 'node:events';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { createPrivateKey } from 'node:crypto';
import { newKeyPair, signingKeyOf } from '../shared/src/auth/signing-keys';
import { identityVerifier, signIdentity } from '../shared/src/auth/tokens';
import { loadGatewayConfig, loadSubgraphConfig } from '../shared/src/config';
import { expectErrorCode, forgedIdentity, post } from '../shared/src/testing/graphql';
import { startGateway, RunningGateway } from '../gateway/src/server';
import { compose, registrySources } from '../gateway/src/supergraph';
import { Federation, startFederation } from './support/federation';

let graph: Federation;
let gateway: RunningGateway;
let recorder: Server;
/** Every Authorization header the gateway sent to education, as a compromised education service would keep them. */
const captured: string[] = [];
let personId: string;

const body = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

beforeAll(async () => {
  graph = await startFederation({ people: 300 });
  const education = graph.subgraphs.education.url;
  // Stands where education's service stands: keeps the identity, then answers through the real education subgraph.
  recorder = createServer(async (req, res) => {
    captured.push(String(req.headers.authorization));
    const answer = await fetch(education, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: String(req.headers.authorization) },
      body: await body(req),
    });
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
  });
  recorder.listen(0, '127.0.0.1');
  await once(recorder, 'listening');
  const urls = {
    ...Object.fromEntries(Object.entries(graph.subgraphs).map(([n, s]) => [n, s.url])),
    education: `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/graphql`,
  };
  gateway = await startGateway({ ...loadGatewayConfig({ NODE_ENV: 'test' }), port: 0 }, { sdl: compose(registrySources(urls)) });
  [{ key: personId }] = await graph.subgraphs.education.db.query('SELECT person_key AS key FROM student LIMIT 1');
  const res = await post(
    gateway.url,
    'query($id: ID!) { person(id: $id) { name education { enrollments { schoolName } } } }',
    { id: personId },
    await graph.as('admin'),
  );
  expect(res.errors).toBeUndefined();
  expect(captured.length).toBeGreaterThan(0);
});
afterAll(async () => {
  await gateway.stop();
  recorder.close();
  await graph.stop();
});

const personQuery = 'query($id: ID!) { person(id: $id) { name } }';

test('an identity forwarded to one agency is refused by every other agency', async () => {
  for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
    if (name === 'education') continue;
    const res = await post(subgraph.url, personQuery, { id: personId }, { authorization: captured[0] });
    expectErrorCode(res, 'UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/aud/);
  }
});

test('an identity forwarded to an agency is refused when it is sent there a second time', async () => {
  const res = await post(graph.subgraphs.education.url, '{ _service { sdl } }', {}, { authorization: captured[0] });
  expectErrorCode(res, 'UNAUTHENTICATED');
  expect(res.errors![0].message).toMatch(/already used/);
});

test('each call the gateway makes carries an identity of its own', () => {
  expect(new Set(captured).size).toBe(captured.length);
});

test('an identity signed with any secret a subgraph holds is refused', async () => {
  const { personKeySecret } = loadSubgraphConfig('civil-affairs', 0, { NODE_ENV: 'test' });
  const { signingKey } = loadGatewayConfig({ NODE_ENV: 'test' });
  for (const secret of [personKeySecret, JSON.stringify(signingKey.publicJwk), signingKey.publicJwk.x!]) {
    const forged = await forgedIdentity(secret, signingKey.kid, 'civil-affairs', {
      role: 'admin',
      scope: 'person:read person:identify audit:read',
      purpose: 'AUDIT',
      rid: 'forged',
    });
    const res = await post(graph.subgraphs['civil-affairs'].url, personQuery, { id: personId }, { authorization: `Bearer ${forged}` });
    expectErrorCode(res, 'UNAUTHENTICATED');
    expect(res.data?.person ?? null).toBeNull();
  }
});

test('an unsigned identity (alg none) is refused', async () => {
  const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'insider', role: 'admin', scope: 'person:identify', iss: 'social-assistance-gateway', aud: 'civil-affairs', iat: now, exp: now + 30, jti: 'none-1' })}.`;
  const res = await post(graph.subgraphs['civil-affairs'].url, personQuery, { id: personId }, { authorization: `Bearer ${unsigned}` });
  expectErrorCode(res, 'UNAUTHENTICATED');
});

test('the gateway publishes its public keys, and no private part, at /.well-known/jwks.json', async () => {
  const jwks = (await (await fetch(gateway.url.replace(/\/graphql$/, '/.well-known/jwks.json'))).json()) as {
    keys: Record<string, string>[];
  };
  expect(jwks.keys).toHaveLength(1);
  expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
  expect(jwks.keys[0].d).toBeUndefined();
});

test("a subgraph given the gateway's JWKS URL accepts the identities the gateway signs, and no other", async () => {
  const verify = identityVerifier('civil-affairs', new URL(gateway.url.replace(/\/graphql$/, '/.well-known/jwks.json')));
  const identity = { subject: 's', role: 'caseworker', scopes: [], requestId: 'r' };
  await expect(
    verify(await signIdentity(identity, 'civil-affairs', loadGatewayConfig({ NODE_ENV: 'test' }).signingKey)),
  ).resolves.toMatchObject({ subject: 's' });
  const other = signingKeyOf(createPrivateKey(newKeyPair().privateKeyPem));
  await expect(verify(await signIdentity(identity, 'civil-affairs', other))).rejects.toMatchObject({
    extensions: { code: 'UNAUTHENTICATED' },
  });
});
