// Roles and the scopes they carry; subgraph SDL names scopes in @requiresScopes, never roles.

/** Cross-agency roles. Each agency also has a role named after its subgraph (see agencyRoleScopes). */
export const GENERAL_ROLES = ['caseworker', 'analyst', 'admin', 'auditor'] as const;

export const SCOPES = {
  /** The person core without direct identifiers: key, age, gender, region, household link. */
  personRead: 'person:read',
  /** Direct identifiers: name, full ID number, birth date, address. */
  personIdentify: 'person:identify',
  /** Health details beyond amounts (diagnoses, hospitals). */
  healthDetail: 'health:detail',
  /** The access logs of every subgraph. */
  auditRead: 'audit:read',
} as const;

/** The scope that lets a caller read an agency's records about persons. */
export const recordsScope = (agency: string) => `records:${agency}`;

/** Scopes for a role, given the agencies of the registry; undefined for an unknown role. */
export function scopesForRole(role: string, agencies: readonly string[]): string[] | undefined {
  const allRecords = agencies.map(recordsScope);
  switch (role) {
    case 'caseworker':
      return [SCOPES.personRead, SCOPES.personIdentify, ...allRecords, SCOPES.healthDetail];
    case 'analyst':
      return [SCOPES.personRead, ...allRecords];
    case 'admin':
      return [SCOPES.personRead, SCOPES.personIdentify, ...allRecords, SCOPES.healthDetail, SCOPES.auditRead];
    case 'auditor':
      return [SCOPES.auditRead];
    default:
      if (!agencies.includes(role)) return undefined;
      return [SCOPES.personRead, SCOPES.personIdentify, recordsScope(role)];
  }
}

export const knownRoles = (agencies: readonly string[]) => [...GENERAL_ROLES, ...agencies];
