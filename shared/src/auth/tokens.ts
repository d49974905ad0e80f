// JWTs: the caller's token the gateway verifies, and the short-lived identity it forwards to subgraphs.
import { createRemoteJWKSet, importSPKI, jwtVerify, SignJWT, errors, JWTPayload, JWTVerifyGetKey, KeyLike } from 'jose';
import { randomUUID } from 'node:crypto';
import { JwtConfig } from '../config';
import { unauthenticated } from '../errors';
import { PublicKeySet, SigningKey } from './signing-keys';
import { compactVerifier, JwsRefused, signCompact } from './compact-jws';

/** Who is asking, as every subgraph sees it. */
export interface Identity {
  subject: string;
  role: string;
  scopes: string[];
  /** Why personal data is read (x-purpose); required for roles that read personal data. */
  purpose?: string;
  /** The gateway's own id of the caller's request: the key of its log entries in every subgraph. */
  requestId: string;
  /** The caller's `x-request-id`, recorded beside the gateway's, never used as a key. */
  clientRequestId?: string;
  /**
   * The agency's service that made this request for the subject (`service:civil-affairs`), when one did: the
   * subject asked that service, which asked the graph for them (shared/src/auth/delegation.ts).
   */
  actor?: string;
}

/** A caller's `x-request-id` as the log keeps it: up to 64 letters, digits and . _ : -, else none. */
export const clientRequestIdOf = (header: unknown): string | undefined =>
  typeof header === 'string' && /^[\w.:-]{1,64}$/.test(header) ? header : undefined;

/** The issuer of every identity the gateway signs for a subgraph. */
export const INTERNAL_ISSUER = 'social-assistance-gateway';
/** How long a forwarded identity may be used after the gateway signed it, whatever its `exp` says. */
export const IDENTITY_MAX_AGE_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;
const encoder = new TextEncoder();

function explain(err: unknown): string {
  if (err instanceof errors.JWTExpired)
    return err.claim === 'iat'
      ? `The token was signed more than ${IDENTITY_MAX_AGE_SECONDS} s ago`
      : 'The token has expired; ask for a new one';
  if (err instanceof errors.JWTClaimValidationFailed) return `The token's ${err.claim} claim is not accepted here (${err.reason})`;
  if (err instanceof errors.JWKSNoMatchingKey) return 'The token is signed with a key not accepted here';
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

/** The identity the gateway forwards: signed with its private key, for one subgraph, once, for 60 s at most. */
export async function signIdentity(
  identity: Identity,
  audience: string,
  key: SigningKey,
  ttlSeconds = IDENTITY_MAX_AGE_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return signCompact(
    {
      sub: identity.subject,
      role: identity.role,
      scope: identity.scopes.join(' '),
      purpose: identity.purpose,
      rid: identity.requestId,
      ...(identity.clientRequestId ? { crid: identity.clientRequestId } : {}),
      // RFC 8693's actor claim: who acts for the subject.
      ...(identity.actor ? { act: { sub: identity.actor } } : {}),
      iss: INTERNAL_ISSUER,
      aud: audience,
      iat: now,
      exp: now + ttlSeconds,
      jti: randomUUID(),
    },
    key,
  );
}

/**
 * The claims checks of a forwarded identity, as jwtVerify would make them with the options below: the
 * gateway's issuer, addressed to `subgraph`, signed within the last 60 s, not expired.
 */
export function checkIdentityClaims(payload: Record<string, unknown>, subgraph: string, now = Math.floor(Date.now() / 1000)): JWTPayload {
  for (const claim of ['sub', 'exp', 'iat', 'jti', 'aud']) {
    if (payload[claim] === undefined) throw new JwsRefused(`The token's ${claim} claim is not accepted here (missing)`);
  }
  if (payload.iss !== INTERNAL_ISSUER) throw new JwsRefused("The token's iss claim is not accepted here (unexpected issuer)");
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(subgraph)) throw new JwsRefused("The token's aud claim is not accepted here (addressed to another subgraph)");
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || typeof exp !== 'number' || typeof payload.jti !== 'string' || typeof payload.sub !== 'string') {
    throw new JwsRefused("The token's claims are not of the accepted types");
  }
  if (iat > now + CLOCK_TOLERANCE_SECONDS) throw new JwsRefused("The token's iat claim is not accepted here (signed in the future)");
  if (now - iat > IDENTITY_MAX_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS)
    throw new JwsRefused(`The token was signed more than ${IDENTITY_MAX_AGE_SECONDS} s ago`);
  if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw new JwsRefused('The token has expired; ask for a new one');
  return payload as JWTPayload;
}

/**
 * The jtis of the identities a subgraph has accepted, kept until they could no longer verify (their
 * maximum age and the clock tolerance): a token seen once is refused the second time.
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();
  private sweptAt = Date.now();

  constructor(
    private readonly keepMs = (IDENTITY_MAX_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS) * 1000,
    private readonly maxEntries = 2_000_000,
  ) {}

  /** True the first time a jti is offered; false for a replay (or when too many are in flight to remember). */
  firstUse(jti: string, now = Date.now()): boolean {
    if (now - this.sweptAt > 5_000) this.sweep(now);
    const until = this.seen.get(jti);
    if (until !== undefined && until > now) return false;
    if (this.seen.size >= this.maxEntries) return false;
    this.seen.set(jti, now + this.keepMs);
    return true;
  }

  private sweep(now: number) {
    this.sweptAt = now;
    // A Map iterates in insertion order, and every entry is kept equally long: stop at the first live one.
    for (const [jti, until] of this.seen) {
      if (until > now) break;
      this.seen.delete(jti);
    }
  }
}

export type IdentityVerifier = (token: string) => Promise<Identity>;

/**
 * A subgraph's verifier of forwarded identities: the gateway's public keys only (EdDSA, ES256), this
 * subgraph as audience, `iat` no older than 60 s whatever `exp` says, each `jti` once.
 */
export function identityVerifier(subgraph: string, keys: PublicKeySet | URL, replays = new ReplayCache()): IdentityVerifier {
  const remote = keys instanceof URL ? createRemoteJWKSet(keys) : undefined;
  const local = keys instanceof URL ? undefined : compactVerifier(keys);
  const verified = async (token: string): Promise<JWTPayload> => {
    if (local) return checkIdentityClaims(local(token), subgraph);
    const { payload } = await jwtVerify(token, remote!, {
      issuer: INTERNAL_ISSUER,
      audience: subgraph,
      algorithms: ['EdDSA', 'ES256'],
      requiredClaims: ['sub', 'exp', 'iat', 'jti', 'aud'],
      maxTokenAge: `${IDENTITY_MAX_AGE_SECONDS}s`,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    return payload;
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      payload = await verified(token);
    } catch (err) {
      throw unauthenticated(
        `Subgraphs accept only the identity the gateway signs for them: ${err instanceof JwsRefused ? err.message : explain(err)}`,
      );
    }
    if (!replays.firstUse(String(payload.jti)))
      throw unauthenticated('Subgraphs accept each forwarded identity once: this one was already used');
    return identityOf(payload);
  };
}

/** The identity a verified token's claims carry. */
export function identityOf(payload: JWTPayload): Identity {
  const actor = (payload.act as { sub?: unknown } | undefined)?.sub;
  return {
    subject: payload.sub as string,
    role: String(payload.role),
    scopes: String(payload.scope ?? '')
      .split(' ')
      .filter(Boolean),
    purpose: typeof payload.purpose === 'string' ? payload.purpose : undefined,
    requestId: typeof payload.rid === 'string' ? payload.rid : String(payload.jti),
    clientRequestId: typeof payload.crid === 'string' ? payload.crid : undefined,
    ...(payload.act !== undefined ? { actor: typeof actor === 'string' ? actor : '(unnamed)' } : {}),
  };
}
