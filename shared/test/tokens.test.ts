// Callers' tokens: HS256 in development, RS256 by public key in production; the forwarded identity.
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { issueUserToken, signIdentity, userTokenVerifier, verifyIdentity } from '../src/auth/tokens';
import { loadGatewayConfig, loadSubgraphConfig } from '../src/config';

const jwt = { issuer: 'https://idp.example/nanyang', audience: 'social-assistance-graph' };

test('an RS256 token from the identity provider verifies against its public key', async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const verify = await userTokenVerifier({ ...jwt, publicKeyPem: await exportSPKI(publicKey) });
  const token = await new SignJWT({ role: 'analyst' }).setProtectedHeader({ alg: 'RS256' }).setSubject('u1')
    .setIssuer(jwt.issuer).setAudience(jwt.audience).setExpirationTime('5m').sign(privateKey);
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
  const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setIssuer(jwt.issuer)
    .setAudience(jwt.audience).setExpirationTime('5m').sign(new TextEncoder().encode(secret));
  await expect(verify(token)).rejects.toThrow(/no role claim/);
});

test('the identity a subgraph receives must be signed with the internal secret and is short-lived', async () => {
  const identity = { subject: 's', role: 'caseworker', scopes: ['person:read'], purpose: 'CASE_REVIEW', requestId: 'r1' };
  const secret = 'an-internal-secret-of-32-characters-x';
  await expect(verifyIdentity(await signIdentity(identity, secret), secret)).resolves.toEqual(identity);
  await expect(verifyIdentity(await signIdentity(identity, `${secret}y`), secret)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  await expect(verifyIdentity(await signIdentity(identity, secret, -10), secret)).rejects.toThrow(/expired/);
});

test('production refuses to start without its secrets, naming the missing one', () => {
  expect(() => loadSubgraphConfig('education', 4002, { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@db/education' })).toThrow(/PERSON_KEY_SECRET is required when NODE_ENV=production/);
  expect(() => loadGatewayConfig({ NODE_ENV: 'production', PERSON_KEY_SECRET: 'p'.repeat(32), INTERNAL_TOKEN_SECRET: 'i'.repeat(32) })).toThrow(/JWT_SECRET is required/);
  expect(() => loadSubgraphConfig('education', 4002, { NODE_ENV: 'production', PERSON_KEY_SECRET: 'short', INTERNAL_TOKEN_SECRET: 'i'.repeat(32), DATABASE_URL: 'postgres://x@db/e' })).toThrow(/at least 32 characters/);
  expect(() => loadSubgraphConfig('education', 4002, { NODE_ENV: 'production', PERSON_KEY_SECRET: 'p'.repeat(32), INTERNAL_TOKEN_SECRET: 'i'.repeat(32), DATABASE_URL: 'postgres://x@db/e', ACCESS_LOG: 'off' })).toThrow(/ACCESS_LOG=off is refused/);
});

test('production issues no development tokens', () => {
  const config = loadGatewayConfig({ NODE_ENV: 'production', PERSON_KEY_SECRET: 'p'.repeat(32), INTERNAL_TOKEN_SECRET: 'i'.repeat(32), JWKS_URL: 'https://idp.example/jwks' });
  expect(config.devTokens).toBe(false);
  expect(config.jwt.secret).toBeUndefined();
});
