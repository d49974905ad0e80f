// Roles and the scopes they carry; subgraph SDL names scopes in @requiresScopes, never roles.
import type { Purpose } from './purposes';

/** Cross-agency roles. Each agency also has a role named after its subgraph. */
export const GENERAL_ROLES = ['caseworker', 'analyst', 'admin', 'auditor'] as const;

export const SCOPES = {
  /** The person core without direct identifiers: key, age, gender, region, household link. */
  personRead: 'person:read',
  /** Direct identifiers of anyone in the index: name, full ID number, birth date, exact age, address. */
  personIdentify: 'person:identify',
  /**
   * The same identifiers, only of persons the caller's agency (its role name) holds records on, as civil
   * affairs' register of record holders says; refused (FORBIDDEN) for anyone else.
   */
  personIdentifyHeld: 'person:identify:held',
  /** The access logs of every subgraph. */
  auditRead: 'audit:read',
  /** Tell civil affairs' register which persons the calling agency's service holds records on (never another's). */
  registerNotify: 'register:notify',
  /** Read the facts a household's economic-status verification asks of an agency, under the household's authorisation. */
  verificationGather: 'verification:gather',
  /** Deliver a one-window referral into a unit's inbox. */
  referralDeliver: 'referral:deliver',
  /** Report a step a unit took on a one-window referral back to the county that routed it (each unit's service, for its own referrals). */
  referralReport: 'referral:report',
  /** Define, change and run the proactive-discovery rules civil affairs keeps (主动发现): admins and civil affairs' own staff. */
  discoveryRules: 'discovery:rules',
  /** Refer a proactive-discovery alert into the one-window intake: civil affairs' service, to counties. */
  discoveryRefer: 'discovery:refer',
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
 *
 * Minimum necessary (PIPL Art 6): an analyst gets no identifiers at all (the ID number's region code, age
 * bands, no free text: no detail scope); an agency identifies only the persons it holds records on, except
 * an intake agency, whose window serves any resident who walks in and keeps the person index.
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
      return [SCOPES.personRead, SCOPES.personIdentify, ...records, ...details, SCOPES.auditRead, SCOPES.discoveryRules];
    case 'auditor':
      return [SCOPES.auditRead];
    default:
      if (!agencies.includes(role)) return undefined;
      return [
        SCOPES.personRead,
        intake.includes(role) ? SCOPES.personIdentify : SCOPES.personIdentifyHeld,
        recordsScope(role),
        detailScope(role),
        writeScope(role),
        ...(AGENCY_SCOPES[role] ?? []),
      ];
  }
}

/** What one agency's own staff may do beyond their records: civil affairs keeps the proactive-discovery rules. */
const AGENCY_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'civil-affairs': [SCOPES.discoveryRules],
};

/**
 * What each agency's service may do on the graph (shared/src/auth/service-identity.ts), beyond telling the
 * register whom it holds records on: civil affairs gathers verifications (each agency checks the household's
 * authorisation itself), counties deliver the one-window intake's referrals, finance reads who the month's
 * price subsidy is for. No service reads identities: a workflow needs person keys, never names.
 */
const SERVICE_SCOPES: Readonly<Record<string, readonly string[]>> = {
  'civil-affairs': [SCOPES.verificationGather],
  counties: [SCOPES.referralDeliver],
  finance: [recordsScope('civil-affairs'), recordsScope('human-resources'), recordsScope('prices')],
};

/**
 * What a service may read only while it reads for one purpose, by agency and purpose: civil affairs' proactive-discovery
 * rules read the records of the units they ask about (disabilities and their subsidies, schooling and its aid,
 * unemployment and employment services, medical costs, poverty monitoring) for PROACTIVE_DISCOVERY alone, and refer what
 * they find to counties' one-window intake (REFERRAL); under any other purpose (a verification) it holds none of them.
 */
const SERVICE_PURPOSE_SCOPES: Readonly<Record<string, Partial<Record<Purpose, readonly string[]>>>> = {
  'civil-affairs': {
    PROACTIVE_DISCOVERY: ['disabled-persons', 'education', 'human-resources', 'health', 'poverty-alleviation'].map(recordsScope),
    REFERRAL: [SCOPES.discoveryRefer],
  },
};

/** The scopes of `agency`'s service identity reading for `purpose` (the gateway names it; without one, no purpose's own). */
export function scopesForService(agency: string, purpose?: Purpose): string[] {
  const forPurpose = purpose === undefined ? [] : (SERVICE_PURPOSE_SCOPES[agency]?.[purpose] ?? []);
  return [
    SCOPES.personRead,
    SCOPES.registerNotify,
    SCOPES.referralReport,
    recordsScope(agency),
    writeScope(agency),
    ...(SERVICE_SCOPES[agency] ?? []),
    ...forPurpose,
  ];
}

export const knownRoles = (agencies: readonly string[]) => [...GENERAL_ROLES, ...agencies];
