// The forwarded identity's JWS (RFC 7515 compact form), signed and checked with node:crypto in one call each.
//
// Why not jose here, as for callers' tokens: the gateway signs a token for every subgraph call and every
// subgraph verifies one per request, nine of each for a PersonView. Measured on this machine in a loop of
// 3,000 tokens: jose took 164 µs to sign and 213 µs to verify an Ed25519 JWT, node:crypto alone 40 and 113 µs.
// The format is fixed (two algorithms, a key id that must be ours, claims checked in tokens.ts), which is
// the little of JOSE this needs; jose still verifies callers' tokens, and identities under a JWKS URL.
import { createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import type { JWK } from 'jose';
import type { PublicKeySet, SigningKey } from './signing-keys';

/** Why a token was refused, in words the caller's error carries. */
export class JwsRefused extends Error {}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const options = (alg: SigningKey['alg'], key: KeyObject) => (alg === 'EdDSA' ? key : { key, dsaEncoding: 'ieee-p1363' as const });
const digest = (alg: SigningKey['alg']) => (alg === 'EdDSA' ? null : 'sha256');

const headers = new WeakMap<SigningKey, string>();

export function signCompact(payload: Record<string, unknown>, key: SigningKey): string {
  let header = headers.get(key);
  if (!header) headers.set(key, (header = encode({ alg: key.alg, kid: key.kid, typ: 'JWT' })));
  const input = `${header}.${encode(payload)}`;
  return `${input}.${sign(digest(key.alg), Buffer.from(input), options(key.alg, key.privateKey)).toString('base64url')}`;
}

interface VerifyingKey {
  alg: SigningKey['alg'];
  key: KeyObject;
}

const algOfJwk = (jwk: JWK): SigningKey['alg'] => (jwk.kty === 'OKP' ? 'EdDSA' : 'ES256');

/** A verifier over a fixed set of public keys, picked by `kid`; returns the payload of a token whose signature holds. */
export function compactVerifier(keys: PublicKeySet): (token: string) => Record<string, unknown> {
  const byKid = new Map<string, VerifyingKey>(
    keys.keys.map((jwk) => [jwk.kid!, { alg: algOfJwk(jwk), key: createPublicKey({ key: jwk as never, format: 'jwk' }) }]),
  );
  return (token) => {
    const parts = token.split('.');
    if (parts.length !== 3) throw new JwsRefused('The bearer token is malformed');
    let header: { alg?: unknown; kid?: unknown; crit?: unknown };
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    } catch {
      throw new JwsRefused('The bearer token is malformed');
    }
    if (header.alg !== 'EdDSA' && header.alg !== 'ES256') throw new JwsRefused('The token is signed with an algorithm not accepted here');
    if (header.crit !== undefined) throw new JwsRefused('The token names critical header parameters not understood here');
    const key = typeof header.kid === 'string' ? byKid.get(header.kid) : undefined;
    if (!key || key.alg !== header.alg) throw new JwsRefused('The token is signed with a key not accepted here');
    const signature = Buffer.from(parts[2], 'base64url');
    if (!verify(digest(key.alg), Buffer.from(`${parts[0]}.${parts[1]}`), options(key.alg, key.key), signature)) {
      throw new JwsRefused('The token signature does not verify');
    }
    try {
      const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
      if (payload && typeof payload === 'object' && !Array.isArray(payload)) return payload;
    } catch {
      // falls through
    }
    throw new JwsRefused("The token's claims are not a JSON object");
  };
}
