// Callers' tokens (HS256 in development, RS256 by public key in production) and the identities the gateway forwards.
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { developmentPrivateKey, newKeyPair, signingKeyOf } from '../src/auth/signing-keys';
import { identityVerifier, issueUserToken, signIdentity, userTokenVerifier } from '../src/auth/tokens';
import { loadGatewayConfig, loadSubgraphConfig } from '../src/config';
import { forgedIdentity } from '../src/testing/graphql';

const jwt = { issuer: 'https://idp.example/nanyang', audience: 'social-assistance-graph' };

test('an RS256 token from the identity provider verifies against its public key', async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const verify = await userTokenVerifier({ ...jwt, publicKeyPem: await exportSPKI(publicKey) });
  const token = await new SignJWT({ role: 'analyst' })
    .setProtectedHeader({ alg: 'RS256' })
    .setSubject('u1')
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setExpirationTime('5m')
    .sign(privateKey);
  await expect(verify(token)).resolves.toEqual({ subject: 'u1', role: 'analyst' });
});

test('with a public key configured, an HS256 token is refused even with a known secret', async () => {
  const { publicKey } = await generateKeyPair('RS256');
  const verify = await userTokenVerifier({ ...jwt, publicKeyPem: await exportSPKI(publicKey) });
  const token = await issueUserToken({ ...jwt, secret: 'a-development-secret-of-32-characters!' }, { subject: 'u1', role: 'admin' });
  await expect(verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
});

test('a token without a role claim is refused', async () => {
  const secret = 'a-development-secret-of-32-characters!';
  const verify = await userTokenVerifier({ ...jwt, secret });
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('u1')
    .setIssuer(jwt.issuer)
    .setAudience(jwt.audience)
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));
  await expect(verify(token)).rejects.toThrow(/no role claim/);
});

describe('the identity the gateway forwards', () => {
  const identity = { subject: 's', role: 'caseworker', scopes: ['person:read'], purpose: 'CASE_REVIEW', requestId: 'r1' };
  const gatewayKey = signingKeyOf(developmentPrivateKey());
  const publicKeys = { keys: [gatewayKey.publicJwk] };

  test("verifies at the subgraph it is addressed to, under the gateway's public key", async () => {
    const verify = identityVerifier('education', publicKeys);
    await expect(verify(await signIdentity(identity, 'education', gatewayKey))).resolves.toEqual(identity);
  });

  test('is refused by every other subgraph', async () => {
    const token = await signIdentity(identity, 'education', gatewayKey);
    await expect(identityVerifier('health', publicKeys)(token)).rejects.toThrow(/aud/);
  });

  test('is accepted once: the same token a second time is refused', async () => {
    const verify = identityVerifier('education', publicKeys);
    const token = await signIdentity(identity, 'education', gatewayKey);
    await verify(token);
    await expect(verify(token)).rejects.toThrow(/already used/);
  });

  test("signed with another key is refused, even under the gateway's key id", async () => {
    const other = signingKeyOf(generateKeyPairSync('ed25519').privateKey);
    const token = await signIdentity(identity, 'education', { ...other, kid: gatewayKey.kid });
    await expect(identityVerifier('education', publicKeys)(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  test('older than 60 seconds is refused whatever its exp says', async () => {
    const token = await new SignJWT({ role: 'admin', scope: 'audit:read', rid: 'r' })
      .setProtectedHeader({ alg: 'EdDSA', kid: gatewayKey.kid })
      .setSubject('s')
      .setIssuer('social-assistance-gateway')
      .setAudience('education')
      .setJti('j-old')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime('1y')
      .sign(gatewayKey.privateKey);
    await expect(identityVerifier('education', publicKeys)(token)).rejects.toThrow(/more than 60 s ago/);
  });

  test('without iat or jti is refused', async () => {
    const base = () =>
      new SignJWT({ role: 'admin' })
        .setProtectedHeader({ alg: 'EdDSA', kid: gatewayKey.kid })
        .setSubject('s')
        .setIssuer('social-assistance-gateway')
        .setAudience('education')
        .setExpirationTime('30s');
    await expect(identityVerifier('education', publicKeys)(await base().setJti('j1').sign(gatewayKey.privateKey))).rejects.toThrow(/iat/);
    await expect(identityVerifier('education', publicKeys)(await base().setIssuedAt().sign(gatewayKey.privateKey))).rejects.toThrow(/jti/);
  });

  test('an HS256 token keyed with the public key or the person-key secret is refused', async () => {
    const verify = identityVerifier('education', publicKeys);
    for (const secret of [JSON.stringify(gatewayKey.publicJwk), loadSubgraphConfig('education', 0, { NODE_ENV: 'test' }).personKeySecret]) {
      const token = await forgedIdentity(secret, gatewayKey.kid, 'education', { role: 'admin', scope: 'audit:read' });
      await expect(verify(token)).rejects.toThrow(/algorithm not accepted|key not accepted/);
    }
  });
});

test('a subgraph refuses a private key among its public keys', () => {
  const { privateKeyPem } = newKeyPair();
  const jwk = createPrivateKey(privateKeyPem).export({ format: 'jwk' });
  expect(() =>
    loadSubgraphConfig('education', 0, { NODE_ENV: 'test', GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [{ ...jwk, kid: 'k' }] }) }),
  ).toThrow(/private key/);
});

test('during a key rotation a subgraph accepts both keys it is given, and no other', async () => {
  const [oldPair, newPair] = [newKeyPair(), newKeyPair()];
  const config = loadSubgraphConfig('education', 0, {
    NODE_ENV: 'test',
    GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [...oldPair.publicKeys.keys, ...newPair.publicKeys.keys] }),
  });
  const verify = identityVerifier('education', config.gatewayKeys);
  const identity = { subject: 's', role: 'caseworker', scopes: [], requestId: 'r' };
  for (const pair of [oldPair, newPair]) {
    await expect(
      verify(await signIdentity(identity, 'education', signingKeyOf(createPrivateKey(pair.privateKeyPem)))),
    ).resolves.toMatchObject({ subject: 's' });
  }
  await expect(verify(await signIdentity(identity, 'education', signingKeyOf(developmentPrivateKey())))).rejects.toThrow(
    /key not accepted/,
  );
});

test('production refuses to start without its secrets, naming the missing one', () => {
  const keys = newKeyPair();
  const subgraph = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@db/e', GATEWAY_PUBLIC_KEYS: JSON.stringify(keys.publicKeys) };
  expect(() =>
    loadSubgraphConfig('education', 4002, {
      ...subgraph,
      DATABASE_URL: 'postgres://x@db/education',
      GATEWAY_PUBLIC_KEYS: undefined,
      PERSON_KEY_SECRET: 'p'.repeat(32),
    }),
  ).toThrow(/GATEWAY_PUBLIC_KEYS or GATEWAY_JWKS_URL is required/);
  expect(() => loadSubgraphConfig('education', 4002, subgraph)).toThrow(/PERSON_KEY_SECRET is required when NODE_ENV=production/);
  expect(() => loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32) })).toThrow(/GATEWAY_SIGNING_KEY is required/);
  expect(() => loadGatewayConfig({ NODE_ENV: 'production', GATEWAY_SIGNING_KEY: keys.privateKeyPem })).toThrow(/JWT_SECRET is required/);
  expect(() => loadSubgraphConfig('education', 4002, { ...subgraph, PERSON_KEY_SECRET: 'short' })).toThrow(/at least 32 characters/);
  expect(() => loadSubgraphConfig('education', 4002, { ...subgraph, PERSON_KEY_SECRET: 'p'.repeat(32), ACCESS_LOG: 'off' })).toThrow(
    /ACCESS_LOG=off is refused/,
  );
});

test("production with an identity provider's JWKS holds no shared secret that could mint user tokens", () => {
  const config = loadGatewayConfig({
    NODE_ENV: 'production',
    GATEWAY_SIGNING_KEY: newKeyPair().privateKeyPem,
    JWKS_URL: 'https://idp.example/jwks',
  });
  expect(config.jwt.secret).toBeUndefined();
});
