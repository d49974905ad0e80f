// Who is calling: the gateway verifies the caller's JWT and derives role, scopes, purpose and request id.
import { randomUUID } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { knownRoles, scopesForRole, scopesForService } from '../../shared/src/auth/roles';
import { claimsService, developmentServiceKeys, serviceAssertionVerifier, serviceRole } from '../../shared/src/auth/service-identity';
import { GatewayConfig } from '../../shared/src/config';
import { bearerToken, clientRequestIdOf, Identity, UserClaims, userTokenVerifier } from '../../shared/src/auth/tokens';
import { isPurpose, mayUsePurpose, PURPOSES, purposesForRole } from '../../shared/src/auth/purposes';
import { purposeNotAllowed, purposeRequired, unauthenticated } from '../../shared/src/errors';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../../subgraphs/registry';

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** How the gateway checks who calls: a person's token (the identity provider's), or an agency service's assertion. */
export interface CallerVerifiers {
  user: (token: string) => Promise<UserClaims>;
  /** Answers the agency whose service signed the assertion (shared/src/auth/service-identity.ts). */
  service: (token: string) => string;
}

/** The gateway's verifiers from its configuration: the identity provider's tokens, and the registry agencies' service keys. */
export async function callerVerifiers(config: GatewayConfig): Promise<CallerVerifiers> {
  const serviceKeys = config.serviceKeys === 'development' ? developmentServiceKeys(AGENCY_NAMES) : config.serviceKeys;
  return { user: await userTokenVerifier(config.jwt), service: serviceAssertionVerifier(serviceKeys) };
}

async function callerOf(token: string, verify: CallerVerifiers): Promise<UserClaims & { scopes?: string[] }> {
  if (!claimsService(token)) return verify.user(token);
  const agency = verify.service(token);
  if (!AGENCY_NAMES.includes(agency)) throw unauthenticated(`${serviceRole(agency)} is not an agency of the registry`);
  return { subject: serviceRole(agency), role: serviceRole(agency), scopes: scopesForService(agency) };
}

export async function identify(headers: IncomingHttpHeaders, verify: CallerVerifiers): Promise<Identity> {
  const claims = await callerOf(bearerToken(header(headers, 'authorization')), verify);
  const scopes = claims.scopes ?? scopesForRole(claims.role, AGENCY_NAMES, INTAKE_AGENCIES);
  if (!scopes)
    throw unauthenticated(`The token's role ${JSON.stringify(claims.role)} is not one of ${knownRoles(AGENCY_NAMES).join(', ')}`);
  const purpose = header(headers, 'x-purpose');
  if (!isPurpose(purpose)) {
    throw purposeRequired(
      `Say why you read personal data: send the header x-purpose with one of ${Object.keys(PURPOSES).join(', ')}${purpose ? ` (got ${JSON.stringify(purpose.slice(0, 40))})` : ''}`,
    );
  }
  if (!mayUsePurpose(claims.role, purpose)) {
    throw purposeNotAllowed(
      `Role ${claims.role} may not read for purpose ${purpose}; send x-purpose with one of ${purposesForRole(claims.role).join(', ')}`,
      true,
    );
  }
  return {
    subject: claims.subject,
    role: claims.role,
    scopes,
    purpose,
    // The gateway's own id keys the log entries of this request; a caller could repeat or forge its own.
    requestId: randomUUID(),
    clientRequestId: clientRequestIdOf(header(headers, 'x-request-id')),
  };
}
