// The one-window needs (一门受理、协同办理, Interim Measures Art 60) and the units that answer them: the agencies
// with a referral inbox, and how a need, a unit and its inbox's fields are named.
import { camelOf, pascalOf } from '../field-names';

/** What a resident applying at a township window may need: a fixed list, each routed to one unit by counties' rules. */
export const REFERRAL_NEEDS = [
  'MINIMUM_LIVING',
  'EXTREME_POVERTY',
  'TEMPORARY_ASSISTANCE',
  'EDUCATION_AID',
  'HOUSING',
  'MEDICAL_ASSISTANCE',
  'EMPLOYMENT_ASSISTANCE',
  'LEGAL_AID',
  'UNION_AID',
  'DISABILITY_CERTIFICATION',
  'DISABILITY_SUBSIDY',
] as const;
export type ReferralNeed = (typeof REFERRAL_NEEDS)[number];

/** Where a referral stands: routed by counties, received in the unit's inbox, then worked there. */
export const REFERRAL_STATUSES = ['ROUTED', 'RECEIVED', 'ACCEPTED', 'INFORMATION_REQUESTED', 'GRANTED', 'REFUSED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A decided referral does not change again. */
export const isDecided = (status: string) => status === 'GRANTED' || status === 'REFUSED';

/**
 * The agencies that keep a referral inbox: every unit a need can be routed to. Counties route and keep the
 * application; the other agencies (finance, prices, …) answer no need a resident applies for at a window.
 */
export const INBOX_UNITS = [
  'civil-affairs',
  'education',
  'human-resources',
  'health',
  'housing',
  'trade-union',
  'disabled-persons',
  'justice',
] as const;

export const hasInbox = (subgraph: string) => (INBOX_UNITS as readonly string[]).includes(subgraph);

/** The root fields of a unit's inbox: `education` -> `educationReferrals`, `acceptEducationReferral`, … */
export const inboxFieldNames = (subgraph: string) => ({
  list: `${camelOf(subgraph)}Referrals`,
  receive: `receive${pascalOf(subgraph)}Referral`,
  accept: `accept${pascalOf(subgraph)}Referral`,
  askForInformation: `ask${pascalOf(subgraph)}ReferralForInformation`,
  grant: `grant${pascalOf(subgraph)}Referral`,
  refuse: `refuse${pascalOf(subgraph)}Referral`,
});

/** counties' GovernmentUnit value of a subgraph (`civil-affairs` -> `CIVIL_AFFAIRS`), and back. */
export const governmentUnitOf = (subgraph: string) => subgraph.toUpperCase().replace(/-/g, '_');
export const subgraphOfUnit = (unit: string) => unit.toLowerCase().replace(/_/g, '-');

/** A household as counties refer to one: its id (civil affairs resolves the rest). */
export interface HouseholdReference {
  id: string;
}
