// The SDL every unit's inbox adds to its subgraph, and the enums counties shares with the units: one fragment,
// appended by shared/src/schema.ts as the access log's field is. Value types are @shareable and identical in
// every unit; the root fields carry the unit's name (inboxFieldNames), so no two subgraphs declare one field.
import { hasInbox, inboxFieldNames, REFERRAL_NEEDS, REFERRAL_STATUSES } from './units';

const NEED_DOCS: Record<(typeof REFERRAL_NEEDS)[number], string> = {
  MINIMUM_LIVING: '最低生活保障 (低保): civil affairs',
  EXTREME_POVERTY: '特困人员救助供养: civil affairs',
  TEMPORARY_ASSISTANCE: '临时救助: civil affairs',
  EDUCATION_AID: '教育救助: education',
  HOUSING: '住房救助: housing',
  MEDICAL_ASSISTANCE: '医疗救助: health',
  EMPLOYMENT_ASSISTANCE: '就业救助: human resources',
  LEGAL_AID: '法律援助: justice',
  UNION_AID: '工会帮扶: the trade unions',
  DISABILITY_CERTIFICATION: "残疾评定 (残疾人证): the disabled persons' federation",
  DISABILITY_SUBSIDY: "残疾人两项补贴: the disabled persons' federation",
};

const STATUS_DOCS: Record<(typeof REFERRAL_STATUSES)[number], string> = {
  ROUTED: '已转办: routed by the county, not yet in the unit’s inbox (it is delivered once the unit is reachable)',
  RECEIVED: '已接收: in the unit’s inbox',
  ACCEPTED: '已受理: accepted by the unit',
  INFORMATION_REQUESTED: '待补正: the unit asked the applicant for more information',
  GRANTED: '已办结(给予): granted, naming the record the unit made',
  REFUSED: '已办结(不予): refused, with the reason',
};

/** The enums of the one-window intake: identical wherever declared (counties and every unit with an inbox). */
export const REFERRAL_ENUMS_SDL = `"一门受理的救助需求: what a resident applying at a township window may need, each routed to one unit."
enum ReferralNeed {
${REFERRAL_NEEDS.map((n) => `  "${NEED_DOCS[n]}"\n  ${n}`).join('\n')}
}

"转办状态: where a referral of a one-window application stands."
enum ReferralStatus {
${REFERRAL_STATUSES.map((s) => `  "${STATUS_DOCS[s]}"\n  ${s}`).join('\n')}
}
`;

/** The value types of every inbox, declared once here. */
const INBOX_TYPES_SDL = `"A one-window referral in a unit's inbox (转办件), as the unit works it."
type InboxReferral @shareable {
  "The county's referral id."
  id: ID!
  "The one-window application it comes from (counties' OneWindowApplication)."
  applicationId: ID!
  need: ReferralNeed!
  "The applicant; null only where the unit's index has no such person (civil affairs), so one referral never breaks the inbox."
  person: Person
  "The township or street whose window received the application (9 digits)."
  townshipCode: String!
  routedOn: Date!
  "When the unit must have decided, by the working days the county's rule gives this need."
  deadline: Date!
  "Not decided and the deadline before the city's today."
  overdue: Boolean!
  "The documents the window received with the application."
  documents: [String!]!
  "Whether the applicant consented to the verification of the household's economic status."
  consentToVerification: Boolean!
  status: ReferralStatus!
  "The day of the last step."
  statusOn: Date!
  "What the unit asked for, why it refused, or what it granted."
  note: String
  "The record a grant made: its entity type (e.g. EducationAid) and id."
  grantedEntity: String
  grantedRecordId: String
  "Incremented by every step; send it back with the next."
  version: Int!
}

type InboxReferralConnection @shareable {
  nodes: [InboxReferral!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

input InboxReferralFilter {
  status: ReferralStatus
  need: ReferralNeed
  "The applicant's person key."
  personId: ID
  "true: not decided and past the deadline; false: decided or not yet due."
  overdue: Boolean
}

"A referral as counties deliver it."
input ReceiveReferralInput {
  id: ID!
  applicationId: ID!
  need: ReferralNeed!
  personId: ID!
  townshipCode: String!
  routedOn: Date!
  deadline: Date!
  documents: [String!]!
  consentToVerification: Boolean!
}

"A step on a referral: accepting it, or asking the applicant for information (the note says what, 1-500 characters)."
input InboxReferralStepInput {
  id: ID!
  "The referral's version as you read it."
  version: Int!
  note: String
}

input GrantInboxReferralInput {
  id: ID!
  version: Int!
  """
  The record the grant made in this unit: its GraphQL type (e.g. EducationAid) and its id. The unit must hold it
  (record the grant first): another type or an id it does not hold is BAD_USER_INPUT naming which.
  """
  grantedEntity: String!
  grantedRecordId: String!
  note: String
}

input RefuseInboxReferralInput {
  id: ID!
  version: Int!
  "Why, 1-500 characters: the applicant is told."
  reason: String!
}
`;

/** The inbox's root fields of one unit. */
const inboxFieldsSdl = (subgraph: string) => {
  const f = inboxFieldNames(subgraph);
  const work = `@requiresScopes(scopes: [["write:${subgraph}"]])`;
  return `extend type Query {
  "The ${subgraph} unit's inbox of one-window referrals, by id; only those matching every condition of the filter."
  ${f.list}(filter: InboxReferralFilter, first: Int = 20, after: String): InboxReferralConnection @requiresScopes(scopes: [["detail:${subgraph}"]])
}

extend type Mutation {
  "Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing)."
  ${f.receive}(input: ReceiveReferralInput!): InboxReferral @requiresScopes(scopes: [["referral:deliver"]])
  "Accepts a received referral (受理)."
  ${f.accept}(input: InboxReferralStepInput!, idempotencyKey: String): InboxReferral ${work}
  "Asks the applicant for information (补正), saying what in the note; the referral waits until decided."
  ${f.askForInformation}(input: InboxReferralStepInput!, idempotencyKey: String): InboxReferral ${work}
  "Decides: granted, naming the record the unit made. A decided referral does not change again."
  ${f.grant}(input: GrantInboxReferralInput!, idempotencyKey: String): InboxReferral ${work}
  "Decides: refused, with the reason. A decided referral does not change again."
  ${f.refuse}(input: RefuseInboxReferralInput!, idempotencyKey: String): InboxReferral ${work}
}
`;
};

/** What the one-window intake adds to a subgraph's SDL: the inbox of a unit, the enums of counties, nothing elsewhere. */
export function referralSdl(subgraph: string): string {
  if (subgraph === 'counties') return REFERRAL_ENUMS_SDL;
  if (!hasInbox(subgraph)) return '';
  return `${REFERRAL_ENUMS_SDL}\n${INBOX_TYPES_SDL}\n${inboxFieldsSdl(subgraph)}`;
}
