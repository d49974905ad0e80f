// A household's written authorisation of its economic-status verification (核对授权书), as the agencies asked see it:
// civil affairs records it and signs it with its service key; each agency asked verifies the signature itself and
// answers only for the persons and the agency it covers, while it is current.
//
// Revocation is civil affairs' to know: it stops gathering under a revoked authorisation at once, and the token it
// sends an agency is good for at most AUTHORISATION_TOKEN_MINUTES, so no agency answers under a revoked
// authorisation for longer than that, without having to ask civil affairs anything.
import { forbidden } from '../errors';
import { compactVerifier, JwsRefused, signCompact } from '../auth/compact-jws';
import type { PublicKeySet, SigningKey } from '../auth/signing-keys';

/** What an authorisation lets civil affairs ask: which members, of which agencies, until when. */
export interface AuthorisationClaims {
  /** The authorisation's id in civil affairs' records: every log row of a verification read names it. */
  id: string;
  householdId: string;
  /** Person keys of the members who authorised the verification of their income and assets. */
  persons: readonly string[];
  /** The agencies (subgraph names) that may be asked. */
  agencies: readonly string[];
  /** The last day the household's authorisation holds (city date, inclusive). */
  validUntil: string;
}

/** How long one signed authorisation token is accepted: a gathering takes seconds; a revocation reaches agencies within this. */
export const AUTHORISATION_TOKEN_MINUTES = 10;

const ISSUER = 'civil-affairs:verification-authorisation';

/** The token civil affairs sends with a gathering: the authorisation's claims, good for a few minutes (never past validUntil). */
export function signAuthorisation(claims: AuthorisationClaims, key: SigningKey, now = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  // validUntil is a city day: it ends at midnight Beijing time (UTC+8) after it.
  const endOfValidity = Math.floor(Date.parse(`${claims.validUntil}T24:00:00+08:00`) / 1000);
  const exp = Math.min(iat + AUTHORISATION_TOKEN_MINUTES * 60, endOfValidity);
  return signCompact({ iss: ISSUER, iat, exp, auth: claims }, key);
}

/** Checks an authorisation token for one agency's answer about `personKeys`; FORBIDDEN naming what is missing. */
export type AuthorisationCheck = (token: string, agency: string, personKeys: readonly string[]) => AuthorisationClaims;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The verifier an agency holds: civil affairs' public keys only (AUTHORISATION_PUBLIC_KEYS). */
export function authorisationChecker(keys: PublicKeySet): AuthorisationCheck {
  const verify = compactVerifier(keys);
  return (token, agency, personKeys) => {
    let payload: Record<string, unknown>;
    try {
      payload = verify(token);
    } catch (err) {
      throw forbidden(
        `authorisation: ${err instanceof JwsRefused ? err.message : 'does not verify'}; only civil affairs signs authorisations`,
      );
    }
    const claims = payload.auth as Partial<AuthorisationClaims> | undefined;
    if (payload.iss !== ISSUER || !claims || typeof claims.id !== 'string' || !isStrings(claims.persons) || !isStrings(claims.agencies))
      throw forbidden('authorisation: the token is not a verification authorisation');
    const now = Math.floor(Date.now() / 1000);
    if (typeof payload.exp !== 'number' || payload.exp <= now)
      throw forbidden(
        `authorisation ${claims.id}: expired (valid until ${claims.validUntil}, each token for ${AUTHORISATION_TOKEN_MINUTES} minutes)`,
      );
    if (!claims.agencies.includes(agency))
      throw forbidden(`authorisation ${claims.id}: does not cover ${agency} (it covers ${claims.agencies.join(', ')})`);
    const uncovered = personKeys.filter((key) => !claims.persons!.includes(key));
    if (uncovered.length > 0) throw forbidden(`authorisation ${claims.id}: does not cover person ${uncovered.join(', ')}`);
    return claims as AuthorisationClaims;
  };
}
