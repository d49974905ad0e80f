// Who is calling: the gateway verifies the caller's JWT and derives role, scopes, purpose and request id.
import { randomUUID } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { knownRoles, scopesForRole } from '../../shared/src/auth/roles';
import { bearerToken, clientRequestIdOf, Identity, UserClaims } from '../../shared/src/auth/tokens';
import { isPurpose, mayUsePurpose, PURPOSES, purposesForRole } from '../../shared/src/auth/purposes';
import { purposeNotAllowed, purposeRequired, unauthenticated } from '../../shared/src/errors';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../../subgraphs/registry';

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function identify(headers: IncomingHttpHeaders, verify: (token: string) => Promise<UserClaims>): Promise<Identity> {
  const claims = await verify(bearerToken(header(headers, 'authorization')));
  const scopes = scopesForRole(claims.role, AGENCY_NAMES, INTAKE_AGENCIES);
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
