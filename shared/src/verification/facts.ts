// The facts each unit gives a household's economic-status verification (核对, 社会救助暂行办法 Art 58): one Query field
// per unit, the same shareable value type everywhere, answered from the unit's own tables under the household's
// authorisation, which the unit checks itself (authorisation.ts). Only civil affairs' service (verification:gather)
// and the unit's own staff ask it, for ELIGIBILITY_VERIFICATION only; every person asked is on the unit's access log
// with the authorisation's id.
import type { DataSource } from 'typeorm';
import { serviceAgencyOf } from '../auth/service-identity';
import { SCOPES, writeScope } from '../auth/roles';
import type { Identity } from '../auth/tokens';
import type { AccessRecord } from '../audit/recorder';
import { badUserInput, forbidden } from '../errors';
import { camelOf } from '../field-names';
import { personKeyArg } from '../validate';
import type { AuthorisationCheck } from './authorisation';

/** The units civil affairs asks, with what each gives (the list of the division of duties). */
export const VERIFICATION_UNITS: Readonly<Record<string, string>> = {
  'human-resources': 'social-insurance contribution bases (wages) and employment',
  housing: 'property holdings (housing and real estate)',
  finance: 'assistance benefits already paid',
  agriculture: 'land contracts and their transfer rent',
  'trade-union': 'union aid received',
  'disabled-persons': 'the two disability subsidies',
  education: 'education aid received',
};

/** The one service that gathers verifications. */
export const GATHERING_AGENCY = 'civil-affairs';

/** The purpose of every verification read. */
export const VERIFICATION_PURPOSE = 'ELIGIBILITY_VERIFICATION';

/** How many persons one ask may name: a household's members. */
export const MAX_PERSONS_ASKED = 50;

/** `human-resources` → `humanResourcesVerificationFacts`. */
export const verificationFactsFieldName = (agency: string) => `${camelOf(agency)}VerificationFacts`;

/** One fact as a unit's facts function reads it from its own tables. */
export interface VerificationFactRow {
  personKey: string;
  /** e.g. CONTRIBUTION_BASE, PROPERTY_RESIDENTIAL, LAND_TRANSFER_RENT: civil affairs' income and asset rules are keyed by it. */
  kind: string;
  monthlyAmountFen?: bigint | null;
  assetValueFen?: bigint | null;
  /** Floor area in m², land in mu: what an asset rule may weigh. */
  quantity?: number | null;
  recordType: string;
  recordId: string;
  /** The date the record says this as of (city date). */
  asOf: string;
}

/** What a unit declares (SubgraphDefinition.verificationFacts): its facts on these persons, from its own tables only. */
export type VerificationFacts = (db: DataSource, personKeys: readonly string[]) => Promise<VerificationFactRow[]>;

/** The GraphQL shape of one fact, with the unit that gave it. */
export interface VerificationFactAnswer {
  personId: string;
  kind: string;
  monthlyAmount: bigint | null;
  assetValue: bigint | null;
  quantity: number | null;
  recordType: string;
  recordId: string;
  asOf: string;
  unit: string;
}

/** The SDL a unit serves beside its own (shared/src/schema.ts appends it); none for an agency that gives no facts. */
export function verificationFactsSdl(agency: string): string {
  if (!Object.hasOwn(VERIFICATION_UNITS, agency)) return '';
  return `"One fact a unit gives a household's economic-status verification (核对), with its provenance."
type VerificationFact @shareable {
  personId: ID!
  "What it is (CONTRIBUTION_BASE, PROPERTY_RESIDENTIAL, LAND_TRANSFER_RENT, DISABILITY_LIVING_SUBSIDY, …): civil affairs' rules say which count as income."
  kind: String!
  "Monthly amount, for income."
  monthlyAmount: Money
  "Value, for an asset whose record gives one."
  assetValue: Money
  "A quantity an asset rule weighs: floor area in m², land in mu."
  quantity: Float
  "The record it comes from, in the unit's own terms."
  recordType: String!
  recordId: String!
  "The date the record says this as of."
  asOf: Date!
  "The unit that gave it."
  unit: String!
}

extend type Query {
  """
  ${agency}: ${VERIFICATION_UNITS[agency]}, for a household's economic-status verification under its authorisation
  (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
  service and ${agency}'s own staff, purpose ELIGIBILITY_VERIFICATION only; at most ${MAX_PERSONS_ASKED} persons.
  """
  ${verificationFactsFieldName(agency)}(authorisation: String!, personIds: [ID!]!): [VerificationFact!] @requiresScopes(scopes: [["${SCOPES.verificationGather}"], ["${writeScope(agency)}"]])
}
`;
}

interface FactsContext {
  identity: Identity;
  access: AccessRecord;
  db: DataSource;
}

/**
 * The resolver of a unit's facts field: who may ask, for what, under which authorisation; then the unit's own facts.
 * `check` is undefined when the unit holds no key to verify authorisations with: it then answers no one.
 */
export function verificationFactsResolver(agency: string, facts: VerificationFacts, check: AuthorisationCheck | undefined) {
  const field = verificationFactsFieldName(agency);
  return async (
    _: unknown,
    args: { authorisation: string; personIds: readonly string[] },
    { identity, access, db }: FactsContext,
  ): Promise<VerificationFactAnswer[]> => {
    const service = serviceAgencyOf(identity.role);
    if (service !== undefined ? service !== GATHERING_AGENCY : identity.role !== agency)
      throw forbidden(`${field}: only civil affairs' service and ${agency}'s own staff ask for verification facts (role ${identity.role})`);
    if (identity.purpose !== VERIFICATION_PURPOSE)
      throw forbidden(`${field}: verification facts are read for ${VERIFICATION_PURPOSE} only, not ${identity.purpose}`);
    if (args.personIds.length === 0 || args.personIds.length > MAX_PERSONS_ASKED)
      throw badUserInput('personIds', `1 to ${MAX_PERSONS_ASKED} persons, the members of one household`);
    const keys = [...new Set(args.personIds.map((id, i) => personKeyArg(`personIds.${i}`, id)))];
    if (!check) throw forbidden(`${field}: ${agency} holds no key to verify authorisations with (AUTHORISATION_PUBLIC_KEYS)`);
    // On the record before the check: a refused ask names whom it was about, as every refusal does.
    for (const key of keys) access.persons.add(key);
    const claims = check(args.authorisation, agency, keys);
    access.households.add(claims.householdId);
    access.filters[field] = { authorisationId: claims.id, householdId: claims.householdId, personIds: keys };
    const rows = await facts(db, keys);
    return rows.map((row) => ({
      personId: row.personKey,
      kind: row.kind,
      monthlyAmount: row.monthlyAmountFen ?? null,
      assetValue: row.assetValueFen ?? null,
      quantity: row.quantity ?? null,
      recordType: row.recordType,
      recordId: row.recordId,
      asOf: row.asOf,
      unit: agency,
    }));
  };
}
