// Roles and the scopes they carry; subgraph SDL names scopes in @requiresScopes, never roles.

/** Cross-agency roles. Each agency also has a role named after its subgraph. */
export const GENERAL_ROLES = ['caseworker', 'analyst', 'admin', 'auditor'] as const;

export const SCOPES = {
  /** The person core without direct identifiers: key, age, gender, region, household link. */
  personRead: 'person:read',
  /** Direct identifiers: name, full ID number, birth date, address. */
  personIdentify: 'person:identify',
  /** The access logs of every subgraph. */
  auditRead: 'audit:read',
} as const;

/** Lets a caller read an agency's records about persons (amounts, statuses, dates). */
export const recordsScope = (agency: string) => `records:${agency}`;
/** Lets a caller read an agency's sensitive details beyond its records (diagnoses, hospitals). */
export const detailScope = (agency: string) => `detail:${agency}`;
/** Lets a caller record and change an agency's records. */
export const writeScope = (agency: string) => `write:${agency}`;

/**
 * Scopes for a role, given the agencies of the registry and those that run the one-window intake
 * (whose records caseworkers write); undefined for an unknown role.
 */
export function scopesForRole(role: string, agencies: readonly string[], intake: readonly string[] = []): string[] | undefined {
  const records = agencies.map(recordsScope);
  const details = agencies.map(detailScope);
  switch (role) {
    case 'caseworker':
      return [SCOPES.personRead, SCOPES.personIdentify, ...records, ...details, ...intake.map(writeScope)];
    case 'analyst':
      return [SCOPES.personRead, ...records];
    case 'admin':
      return [SCOPES.personRead, SCOPES.personIdentify, ...records, ...details, SCOPES.auditRead];
    case 'auditor':
      return [SCOPES.auditRead];
    default:
      return agencies.includes(role) ? [SCOPES.personRead, SCOPES.personIdentify, recordsScope(role), detailScope(role), writeScope(role)] : undefined;
  }
}

export const knownRoles = (agencies: readonly string[]) => [...GENERAL_ROLES, ...agencies];
