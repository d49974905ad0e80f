// Who is calling: the gateway verifies the caller's JWT and derives role, scopes, purpose and request id.
import type { ApolloServerPlugin } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { SUBJECT_TOKEN_HEADER, SubjectTokenVerifier, subjectTokenVerifier } from '../../shared/src/auth/delegation';
import { knownRoles, scopesForRole, scopesForService } from '../../shared/src/auth/roles';
import { claimsService, developmentServiceKeys, serviceAssertionVerifier, serviceRole } from '../../shared/src/auth/service-identity';
import { GatewayConfig } from '../../shared/src/config';
import { bearerToken, clientRequestIdOf, Identity, UserClaims, userTokenVerifier } from '../../shared/src/auth/tokens';
import { isPurpose, mayUsePurpose, PURPOSES, purposesForRole } from '../../shared/src/auth/purposes';
import { forbidden, purposeNotAllowed, purposeRequired, unauthenticated } from '../../shared/src/errors';
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
  /** Answers the caller a service acts for, from the identity the gateway forwarded to it (shared/src/auth/delegation.ts). */
  subject: SubjectTokenVerifier;
}

/**
 * The gateway's verifiers from its configuration: the identity provider's tokens, the registry agencies' service
 * keys, and its own keys for the identities services act under (in a rotation, those it still publishes too,
 * which another replica may have signed with).
 */
export async function callerVerifiers(config: GatewayConfig): Promise<CallerVerifiers> {
  const serviceKeys = config.serviceKeys === 'development' ? developmentServiceKeys(AGENCY_NAMES) : config.serviceKeys;
  return {
    user: await userTokenVerifier(config.jwt),
    service: serviceAssertionVerifier(serviceKeys),
    subject: subjectTokenVerifier(config.publishedKeys),
  };
}

interface Caller extends UserClaims {
  scopes?: string[];
  /** The service acting for the subject, when one is. */
  actor?: string;
}

async function callerOf(headers: IncomingHttpHeaders, verify: CallerVerifiers): Promise<Caller> {
  const token = bearerToken(header(headers, 'authorization'));
  const subjectToken = header(headers, SUBJECT_TOKEN_HEADER);
  if (!claimsService(token)) {
    if (subjectToken !== undefined)
      throw unauthenticated(
        `${SUBJECT_TOKEN_HEADER} is taken only from an agency's service, with its service assertion as the bearer token`,
      );
    return verify.user(token);
  }
  const agency = verify.service(token);
  if (!AGENCY_NAMES.includes(agency)) throw unauthenticated(`${serviceRole(agency)} is not an agency of the registry`);
  const purpose = header(headers, 'x-purpose');
  // A workflow's own scopes hold only while the service reads for the workflow's purpose (shared/src/auth/roles.ts).
  if (subjectToken === undefined)
    return {
      subject: serviceRole(agency),
      role: serviceRole(agency),
      scopes: scopesForService(agency, isPurpose(purpose) ? purpose : undefined),
    };
  const subject = verify.subject(subjectToken, agency);
  if (purpose !== subject.purpose) {
    throw forbidden(
      `${serviceRole(agency)} acts for ${subject.subject} only for the purpose they gave, ${subject.purpose ?? '(none)'}; x-purpose is ${JSON.stringify(purpose?.slice(0, 40) ?? null)}`,
      true,
    );
  }
  // The caller's scopes as the gateway signed them for this request, never the service's.
  return { subject: subject.subject, role: subject.role, scopes: subject.scopes, actor: serviceRole(agency) };
}

export async function identify(headers: IncomingHttpHeaders, verify: CallerVerifiers): Promise<Identity> {
  const claims = await callerOf(headers, verify);
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
    ...(claims.actor ? { actor: claims.actor } : {}),
  };
}

/**
 * A service acting for its caller reads for them and never writes: what the caller may change, they change in
 * their own request. Refuses a delegated request's mutation before any subgraph is called.
 */
export function delegatedRequestsRead<C extends { identity?: Identity }>(): ApolloServerPlugin<C> {
  return {
    // Only a delegated request gets a hook: no other request pays for this one.
    async requestDidStart({ contextValue }) {
      const { identity } = contextValue;
      if (!identity?.actor) return;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'query') return;
          throw forbidden(
            `${identity.actor} acting for ${identity.subject} may only read: a ${operation?.operation ?? 'request that is not a query'} is the caller's own to make, in their own request`,
            true,
          );
        },
      };
    },
  };
}
