// An agency's service acting on the graph (verification, referrals, the register of record holders, price
// linkage): it proves to the gateway that it is that agency's service by a short assertion signed with its
// own key, and the gateway turns it into the service's identity, which it forwards as it does a caller's.
//
// Each agency's service holds its own private key (SERVICE_SIGNING_KEY) and the gateway holds every agency's
// public keys (SERVICE_PUBLIC_KEYS). A service can therefore speak only as itself: its key yields its own
// role and the scopes the table below gives it, never a caseworker's or another agency's, and it holds
// nothing that signs an identity a subgraph would accept (only the gateway's key does).
import { decodeJwt } from 'jose';
import { randomUUID } from 'node:crypto';
import { unauthenticated } from '../errors';
import { compactVerifier, JwsRefused, signCompact } from './compact-jws';
import { ReplayCache } from './tokens';
import { developmentPrivateKey, parsePublicKeySet, PublicKeySet, SigningKey, signingKeyOf } from './signing-keys';

/** The role (and subject) of an agency's service on the graph. */
export const serviceRole = (agency: string) => `service:${agency}`;

/** The agency a service role speaks for; undefined for a person's role. */
export const serviceAgencyOf = (role: string): string | undefined =>
  role.startsWith('service:') ? role.slice('service:'.length) : undefined;

/** The audience of every service assertion: the gateway, and only it. */
export const SERVICE_AUDIENCE = 'social-assistance-gateway';

/** How long an assertion may be used after it was signed: each request signs its own. */
export const SERVICE_ASSERTION_MAX_AGE_SECONDS = 60;
const CLOCK_TOLERANCE_SECONDS = 5;

/** The development key of an agency's service, from a published seed: loopback only, as every development secret. */
export const developmentServiceKey = (agency: string): SigningKey => signingKeyOf(developmentPrivateKey(serviceRole(agency)));

/** A fresh assertion that the caller is `agency`'s service, for one request to the gateway. */
export function signServiceAssertion(agency: string, key: SigningKey): string {
  const now = Math.floor(Date.now() / 1000);
  return signCompact(
    {
      iss: serviceRole(agency),
      sub: serviceRole(agency),
      aud: SERVICE_AUDIENCE,
      iat: now,
      exp: now + SERVICE_ASSERTION_MAX_AGE_SECONDS,
      jti: randomUUID(),
    },
    key,
  );
}

/** Every agency's public service keys, by agency: what the gateway verifies assertions with. */
export type ServiceKeys = Readonly<Record<string, PublicKeySet>>;

/** Reads SERVICE_PUBLIC_KEYS: `{"<agency>": {"keys": [ … ]}, … }`, each a JWKS as GATEWAY_PUBLIC_KEYS is. */
export function parseServiceKeys(json: string): ServiceKeys {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new Error(`SERVICE_PUBLIC_KEYS is not JSON: ${(err as Error).message}`, { cause: err });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error('SERVICE_PUBLIC_KEYS must be an object of JWKS by agency: {"civil-affairs": {"keys": [ … ]}}');
  return Object.fromEntries(
    Object.entries(value).map(([agency, set]) => {
      try {
        return [agency, parsePublicKeySet(JSON.stringify(set))];
      } catch (err) {
        throw new Error(`SERVICE_PUBLIC_KEYS, ${agency}: ${(err as Error).message.replace(/^GATEWAY_PUBLIC_KEYS:? ?/, '')}`, {
          cause: err,
        });
      }
    }),
  );
}

/** The development service keys of every agency: what a development gateway accepts. */
export const developmentServiceKeys = (agencies: readonly string[]): ServiceKeys =>
  Object.fromEntries(agencies.map((agency) => [agency, { keys: [developmentServiceKey(agency).publicJwk] }]));

/** Whether a bearer token claims to be a service assertion (its issuer is a service role); the signature decides the rest. */
export function claimsService(token: string): string | undefined {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' ? serviceAgencyOf(iss) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The gateway's verifier of service assertions: the claimed agency's own keys only, the gateway as audience,
 * at most 60 s old, each `jti` once. Answers the agency the assertion proves.
 */
export function serviceAssertionVerifier(keys: ServiceKeys, replays = new ReplayCache()): (token: string) => string {
  const verifiers = new Map(Object.entries(keys).map(([agency, set]) => [agency, compactVerifier(set)]));
  return (token) => {
    const agency = claimsService(token);
    const verify = agency === undefined ? undefined : verifiers.get(agency);
    if (!agency || !verify) throw unauthenticated(`The token claims to be the service of an agency whose keys the gateway does not hold`);
    let payload: Record<string, unknown>;
    try {
      payload = verify(token);
    } catch (err) {
      throw unauthenticated(`${serviceRole(agency)}: ${err instanceof JwsRefused ? err.message : 'the assertion does not verify'}`);
    }
    const now = Math.floor(Date.now() / 1000);
    const { iat, exp, jti, sub, aud } = payload;
    if (sub !== serviceRole(agency)) throw unauthenticated(`${serviceRole(agency)}: an assertion's subject must be its issuer`);
    if (aud !== SERVICE_AUDIENCE) throw unauthenticated(`${serviceRole(agency)}: the assertion is not addressed to the gateway`);
    if (typeof iat !== 'number' || typeof exp !== 'number' || typeof jti !== 'string')
      throw unauthenticated(`${serviceRole(agency)}: the assertion needs iat, exp and jti`);
    if (iat > now + CLOCK_TOLERANCE_SECONDS || now - iat > SERVICE_ASSERTION_MAX_AGE_SECONDS + CLOCK_TOLERANCE_SECONDS)
      throw unauthenticated(`${serviceRole(agency)}: the assertion was not signed within the last ${SERVICE_ASSERTION_MAX_AGE_SECONDS} s`);
    if (exp <= now - CLOCK_TOLERANCE_SECONDS) throw unauthenticated(`${serviceRole(agency)}: the assertion has expired`);
    if (!replays.firstUse(`${agency}:${jti}`))
      throw unauthenticated(`${serviceRole(agency)}: each assertion is accepted once; this one was already used`);
    return agency;
  };
}
