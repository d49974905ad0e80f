// JWTs: the caller's token the gateway verifies, and the short-lived identity it forwards to subgraphs.
import { createRemoteJWKSet, importSPKI, jwtVerify, SignJWT, errors, JWTVerifyGetKey, KeyLike } from 'jose';
import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
import { JwtConfig } from '../config';
import { unauthenticated } from '../errors';

/** Who is asking, as every subgraph sees it. */
export interface Identity {
  subject: string;
  role: string;
  scopes: string[];
  /** Why personal data is read (x-purpose); required for roles that read personal data. */
  purpose?: string;
  requestId: string;
}

const INTERNAL_ISSUER = 'social-assistance-gateway';
const INTERNAL_AUDIENCE = 'social-assistance-subgraphs';
const encoder = new TextEncoder();

const secretKeys = new Map<string, KeyObject>();

/** The HMAC key of a shared secret, made once: every subgraph request verifies a token with it. */
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) secretKeys.set(secret, (key = createSecretKey(encoder.encode(secret))));
  return key;
}

function explain(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'The token has expired; ask for a new one';
  if (err instanceof errors.JWTClaimValidationFailed) return `The token's ${err.claim} claim is not accepted here`;
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify';
  if (err instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm not accepted here';
  return 'The bearer token is malformed';
}

/** Extracts the token of an `Authorization: Bearer …` header or throws UNAUTHENTICATED. */
export function bearerToken(header: string | undefined | null): string {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!m) throw unauthenticated('Send Authorization: Bearer <token>; get a development token with `npm run token -- ROLE`');
  return m[1];
}

export interface UserClaims {
  subject: string;
  role: string;
}

/** Builds the verifier of callers' tokens once: HS256 secret, a PEM public key (RS256) or a JWKS URL. */
export async function userTokenVerifier(config: JwtConfig): Promise<(token: string) => Promise<UserClaims>> {
  let key: Uint8Array | KeyLike | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwksUrl));
    algorithms = ['RS256', 'ES256'];
  } else if (config.publicKeyPem) {
    key = await importSPKI(config.publicKeyPem, 'RS256');
    algorithms = ['RS256'];
  } else if (config.secret) {
    key = encoder.encode(config.secret);
    algorithms = ['HS256'];
  } else {
    throw new Error('No way to verify tokens: set JWT_SECRET, JWT_PUBLIC_KEY or JWKS_URL');
  }
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
        requiredClaims: ['sub', 'exp'],
      });
      if (typeof payload.role !== 'string') throw unauthenticated('The token carries no role claim');
      return { subject: payload.sub as string, role: payload.role };
    } catch (err) {
      if ((err as { extensions?: unknown }).extensions) throw err;
      throw unauthenticated(explain(err));
    }
  };
}

/** Signs a development token for a role (the `npm run token` CLI and tests). */
export function issueUserToken(config: JwtConfig, claims: UserClaims, ttlSeconds = 8 * 3600): Promise<string> {
  if (!config.secret) throw new Error('Development tokens need JWT_SECRET');
  return new SignJWT({ role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setJti(randomUUID())
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(encoder.encode(config.secret));
}

/** The identity the gateway forwards: signed, short-lived, for subgraphs only. */
export function signIdentity(identity: Identity, secret: string, ttlSeconds = 60): Promise<string> {
  return new SignJWT({ role: identity.role, scope: identity.scopes.join(' '), purpose: identity.purpose, rid: identity.requestId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secretKey(secret));
}

export async function verifyIdentity(token: string, secret: string): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'exp'],
    });
    return {
      subject: payload.sub as string,
      role: String(payload.role),
      scopes: String(payload.scope ?? '').split(' ').filter(Boolean),
      purpose: typeof payload.purpose === 'string' ? payload.purpose : undefined,
      requestId: typeof payload.rid === 'string' ? payload.rid : randomUUID(),
    };
  } catch (err) {
    throw unauthenticated(`Subgraphs accept only the identity the gateway signs: ${explain(err)}`);
  }
}

