// The gateway's identity-signing key (Ed25519 or ES256) and the public keys subgraphs verify with.
import type { JWK } from 'jose';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';

/** What the gateway signs forwarded identities with. Only the gateway ever holds one. */
export interface SigningKey {
  privateKey: KeyObject;
  alg: 'EdDSA' | 'ES256';
  /** The JWK thumbprint of the public key (RFC 7638): subgraphs pick the key of a token by it. */
  kid: string;
  publicJwk: JWK;
}

/** A JSON Web Key Set of public keys: what subgraphs hold, and what the gateway publishes. */
export interface PublicKeySet {
  keys: JWK[];
}

const algOf = (key: KeyObject): SigningKey['alg'] => {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') return 'ES256';
  throw new Error(
    `The identity-signing key must be Ed25519 or ECDSA P-256, not ${key.asymmetricKeyType}${key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : ''}`,
  );
};

/** RFC 7638: SHA-256 over the key's required members in lexicographic order. */
function thumbprint(jwk: JWK): string {
  const members = jwk.kty === 'OKP' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x } : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

export function signingKeyOf(privateKey: KeyObject): SigningKey {
  if (privateKey.type !== 'private') throw new Error('The identity-signing key must be a private key (PKCS#8 PEM)');
  const alg = algOf(privateKey);
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  const kid = thumbprint(jwk);
  return { privateKey, alg, kid, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}

/** Reads a PKCS#8 PEM private key (GATEWAY_SIGNING_KEY, or an agency's SERVICE_SIGNING_KEY). */
export function parsePrivateKeyPem(pem: string, variable = 'GATEWAY_SIGNING_KEY'): KeyObject {
  try {
    return createPrivateKey({ key: pem.replace(/\\n/g, '\n'), format: 'pem' });
  } catch (err) {
    throw new Error(`${variable} is not a PEM private key: ${(err as Error).message}`, { cause: err });
  }
}

/** Reads a JWKS document (GATEWAY_PUBLIC_KEYS); every key must be a public Ed25519 or P-256 key with a kid. */
export function parsePublicKeySet(json: string): PublicKeySet {
  let set: PublicKeySet;
  try {
    set = JSON.parse(json);
  } catch (err) {
    throw new Error(`GATEWAY_PUBLIC_KEYS is not JSON: ${(err as Error).message}`, { cause: err });
  }
  if (!Array.isArray(set?.keys) || set.keys.length === 0)
    throw new Error('GATEWAY_PUBLIC_KEYS must be a JWKS: {"keys": [ … ]} with at least one key');
  for (const key of set.keys) {
    if (key.d) throw new Error('GATEWAY_PUBLIC_KEYS holds a private key; subgraphs must hold public keys only');
    if (!(key.kty === 'OKP' && key.crv === 'Ed25519') && !(key.kty === 'EC' && key.crv === 'P-256'))
      throw new Error(`GATEWAY_PUBLIC_KEYS: key ${key.kid ?? '(no kid)'} is not Ed25519 or P-256`);
    if (!key.kid) throw new Error('GATEWAY_PUBLIC_KEYS: every key needs a kid (its JWK thumbprint; `npm run keys` prints one)');
  }
  return set;
}

/**
 * The development key pair of a service (`gateway`, or `service:<agency>` for an agency's service identity):
 * an Ed25519 key from a fixed, published seed. Like the other development
 * secrets it is for loopback only; config refuses it anywhere else.
 */
export function developmentPrivateKey(label = 'gateway'): KeyObject {
  const seed = createHash('sha256').update(`development-only-${label}-signing-key-not-for-production`).digest();
  const pkcs8Ed25519Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');
  return createPrivateKey({ key: Buffer.concat([pkcs8Ed25519Prefix, seed]), format: 'der', type: 'pkcs8' });
}

/** A new Ed25519 key pair as the environment takes it (`npm run keys`). */
export function newKeyPair(): { privateKeyPem: string; publicKeys: PublicKeySet; kid: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const signing = signingKeyOf(privateKey);
  return {
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeys: { keys: [signing.publicJwk] },
    kid: signing.kid,
  };
}
