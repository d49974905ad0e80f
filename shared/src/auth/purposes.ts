// Why personal data is read (PIPL purpose limitation): the fixed list callers choose from in x-purpose,
// and which of them each role may give.
import { hasInbox } from '../referrals/units';
import { serviceAgencyOf } from './service-identity';

export const PURPOSES = {
  CASE_REVIEW: '个案审核: handling an application or a case',
  ELIGIBILITY_VERIFICATION: '家庭经济状况核对: verifying a household with its authorization',
  PROACTIVE_DISCOVERY: '主动发现: finding people who may need assistance',
  STATISTICS: '统计分析: aggregate analysis',
  AUDIT: '审计: reviewing access to personal data',
  CONTRACT_CHECK: "automated check of the consumers' saved operations",
  RECORDS_REGISTER: '登记: telling civil affairs which persons an agency holds records on',
  REFERRAL: '转办: delivering and working a one-window referral',
  PRICE_LINKAGE: '物价联动: paying the temporary price subsidy of a triggered month',
} as const;

export type Purpose = keyof typeof PURPOSES;

/** Exactly one of the list: `constructor`, `toString` and other names every object has are not purposes. */
export const isPurpose = (value: string | undefined): value is Purpose => value !== undefined && Object.hasOwn(PURPOSES, value);

/** What an agency's own staff read for: their cases, verifications and proactive discovery in their field. */
const AGENCY_PURPOSES: readonly Purpose[] = ['CASE_REVIEW', 'ELIGIBILITY_VERIFICATION', 'PROACTIVE_DISCOVERY'];

/**
 * The purposes each cross-agency role may give, the first being the one it most often gives. Caseworkers
 * handle cases, verify households and follow up discoveries; the consumers' contract runs with a
 * caseworker's token (../shared/contract/run.mjs sends CONTRACT_CHECK). Analysts count and discover, and
 * never handle a case. Auditors read the access logs; admins audit and, on an escalated case, review it.
 */
const ROLE_PURPOSES: Readonly<Record<string, readonly Purpose[]>> = {
  caseworker: ['CASE_REVIEW', 'ELIGIBILITY_VERIFICATION', 'PROACTIVE_DISCOVERY', 'CONTRACT_CHECK'],
  analyst: ['STATISTICS', 'PROACTIVE_DISCOVERY'],
  admin: ['AUDIT', 'CASE_REVIEW'],
  auditor: ['AUDIT'],
};

/** What an agency's service acts for: the register always; each workflow its own (civil affairs' discovery rules run as it). */
const SERVICE_PURPOSES: Readonly<Record<string, readonly Purpose[]>> = {
  'civil-affairs': ['ELIGIBILITY_VERIFICATION', 'PROACTIVE_DISCOVERY'],
  counties: ['REFERRAL'],
  finance: ['PRICE_LINKAGE'],
};

/** The purposes `role` may give: its own list, a service's, or an agency role's (every other known role is an agency's). */
export function purposesForRole(role: string): readonly Purpose[] {
  if (Object.hasOwn(ROLE_PURPOSES, role)) return ROLE_PURPOSES[role];
  const agency = serviceAgencyOf(role);
  if (agency !== undefined) {
    // A unit with a referral inbox reports each step on a one-window referral back to counties.
    return ['RECORDS_REGISTER', ...(SERVICE_PURPOSES[agency] ?? []), ...(hasInbox(agency) ? (['REFERRAL'] as const) : [])];
  }
  return AGENCY_PURPOSES;
}

export const mayUsePurpose = (role: string, purpose: string | undefined): boolean =>
  isPurpose(purpose) && purposesForRole(role).includes(purpose);
