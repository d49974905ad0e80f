// A service acting for the caller of a request (RFC 8693 token exchange, without its token endpoint): the
// service sends the gateway, beside its own assertion, the identity the gateway forwarded to its subgraph for
// that request, and the gateway answers as that caller, with the caller's scopes and purpose, the service named
// as the actor. Civil affairs' cohorts ask the other agencies for an analyst this way, and each agency logs the
// analyst's read as the analyst's.
import { forbidden, unauthenticated } from '../errors';
import { compactVerifier, JwsRefused } from './compact-jws';
import { serviceAgencyOf, serviceRole } from './service-identity';
import type { PublicKeySet } from './signing-keys';
import { checkIdentityClaims, Identity, identityOf } from './tokens';

/** The header that carries the caller's forwarded identity (RFC 8693's subject_token). */
export const SUBJECT_TOKEN_HEADER = 'x-subject-token';

/** Checks a subject token for `agency`'s service and answers the identity of the caller it names. */
export type SubjectTokenVerifier = (token: string, agency: string) => Identity;

/**
 * The gateway's verifier of subject tokens: an identity the gateway signed itself (under one of its own keys),
 * addressed to the acting agency's subgraph (a service acts for its own callers only, never with a token it
 * picked up elsewhere), signed within the last 60 s and not expired. Unlike a subgraph, the gateway takes one
 * token more than once in that window: the subgraph already used its jti, and one request of the caller (a
 * cohort) makes several of the service. The token must be a person's, and not itself delegated: no chains.
 */
export function subjectTokenVerifier(gatewayKeys: PublicKeySet): SubjectTokenVerifier {
  const verify = compactVerifier(gatewayKeys);
  return (token, agency) => {
    const acting = serviceRole(agency);
    let subject: Identity;
    try {
      subject = identityOf(checkIdentityClaims(verify(token), agency));
    } catch (err) {
      if (!(err instanceof JwsRefused)) throw err;
      throw unauthenticated(`${acting} acts for a caller only with the identity the gateway forwarded to it: ${err.message}`);
    }
    if (subject.actor !== undefined)
      throw forbidden(
        `${acting} may not act for a request ${subject.actor} made for its caller: a service acts for a person, never down a chain`,
        true,
      );
    if (serviceAgencyOf(subject.role) !== undefined)
      throw forbidden(`${acting} may not act for ${subject.role}: a service acts only for a person's request`, true);
    return subject;
  };
}
