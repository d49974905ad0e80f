// The counties subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionParent } from '../resolvers/Region';
import type { Township as TownshipRow, CoordinationMechanism as CoordinationMechanismRow, CoordinationMember as CoordinationMemberRow, CoordinationMeeting as CoordinationMeetingRow, CoordinationDecision as CoordinationDecisionRow, SupervisionItem as SupervisionItemRow, SupervisionProgress as SupervisionProgressRow, RoutingRule as RoutingRuleRow, OneWindowApplication as OneWindowApplicationRow, OneWindowReferral as OneWindowReferralRow } from '../entities';
import type { Connection } from '../../../../shared/src/pagination';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { HouseholdReference } from '../../../../shared/src/referrals/units';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date | string; }
  /** An amount in yuan as a decimal string with two fraction digits, e.g. "798.10". */
  Money: { input: bigint; output: bigint | string; }
  _FieldSet: { input: string; output: string; }
};

export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  nodes: Array<AccessLogEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One request's reads of personal data in one subgraph (PIPL Art 56 processing record). */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** The service that read for the subject, when one did (service:civil-affairs asking the other agencies for an analyst's cohort). */
  actor?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The id the caller gave its request (x-request-id), as given: recorded, never relied on. */
  clientRequestId?: Maybe<Scalars['String']['output']>;
  /** The personal-data fields read, as Type.field. */
  fields: Array<Scalars['String']['output']>;
  /** The arguments of the root fields asked (JSON), resident ID numbers replaced by person keys. */
  filters?: Maybe<Scalars['String']['output']>;
  /** Ids of the households whose data was read. */
  householdIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  operation?: Maybe<Scalars['String']['output']>;
  /** Keys of the persons whose data was read. */
  personIds: Array<Scalars['ID']['output']>;
  /** The purpose the caller gave (x-purpose). */
  purpose?: Maybe<Scalars['String']['output']>;
  /** What was refused: each field with its code and the person or household it would have read. */
  refusals: Array<AccessRefusal>;
  /** The gateway's id of the request: every subgraph's entries of one request carry it. */
  requestId?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  /** The caller (token subject). */
  subject: Scalars['String']['output'];
};

export type AccessLogFilter = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  householdId?: InputMaybe<Scalars['ID']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One refused field of a request: FORBIDDEN, PURPOSE_REQUIRED, UNAUTHENTICATED, … */
export type AccessRefusal = {
  __typename?: 'AccessRefusal';
  code: Scalars['String']['output'];
  householdId?: Maybe<Scalars['ID']['output']>;
  path: Scalars['String']['output'];
  personId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

/** 受理渠道: how an application came to the county. */
export type ApplicationChannel =
  /** 主动发现: civil affairs' proactive discovery found the person and referred them */
  | 'DISCOVERY'
  /** 依申请: a resident applied at a township window */
  | 'WINDOW';

export type ChangeCoordinationDecisionInput = {
  id: Scalars['ID']['input'];
  /** What was done, 1-500 characters: required to mark a decision DONE. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** IN_PROGRESS or DONE (a decision does not go back to OPEN). */
  status: ImplementationStatus;
  /** The decision's version as you read it. */
  version: Scalars['Int']['input'];
};

/** One change to a record: who, when, and the record before and after (JSON). */
export type ChangeRecord = {
  __typename?: 'ChangeRecord';
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  role: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type CloseSupervisionItemInput = {
  id: Scalars['ID']['input'];
  /** What was done, 1-500 characters. */
  note: Scalars['String']['input'];
  /** The item's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 议定事项: one decision of a coordination meeting, and how far it is carried out. */
export type CoordinationDecision = {
  __typename?: 'CoordinationDecision';
  /** When it was marked DONE. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  dueDate: Scalars['Date']['output'];
  /** Changes to the decision, oldest first; they carry its text, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  meeting: CoordinationMeeting;
  /** Not DONE and due before the city's today. */
  overdue: Scalars['Boolean']['output'];
  region: Region;
  responsibleUnit: GovernmentUnit;
  status: ImplementationStatus;
  /** Why it last changed status (what was done): free text, so it needs the detail scope. */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** The supervision items that follow it up. */
  supervisionItems: Array<SupervisionItem>;
  /** What is to be done: free text, so it needs the detail scope. */
  text?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the decision. */
  version: Scalars['Int']['output'];
};

export type CoordinationDecisionConnection = {
  __typename?: 'CoordinationDecisionConnection';
  nodes: Array<CoordinationDecision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoordinationDecisionFilter = {
  /** true: not DONE and past the due date (before the city's today); false: DONE or not yet due. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ImplementationStatus>;
  /** The unit responsible for carrying the decisions out. */
  unit?: InputMaybe<GovernmentUnit>;
};

/**
 * 县级困难群众基本生活保障工作协调机制: a county's mechanism through which its units coordinate the basic living
 * guarantees of people in difficulty, convened by the county government.
 */
export type CoordinationMechanism = {
  __typename?: 'CoordinationMechanism';
  /** The decisions of its meetings, by due date (earliest first); only those matching each argument given. */
  decisions: Array<CoordinationDecision>;
  establishedOn: Scalars['Date']['output'];
  /** Its meetings, newest first; only those held from `from` to `to` when they are given. */
  meetings: Array<CoordinationMeeting>;
  /** Its member units: the convenor first, then the office, then the members. */
  members: Array<CoordinationMember>;
  region: Region;
};


/**
 * 县级困难群众基本生活保障工作协调机制: a county's mechanism through which its units coordinate the basic living
 * guarantees of people in difficulty, convened by the county government.
 */
export type CoordinationMechanismDecisionsArgs = {
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ImplementationStatus>;
  unit?: InputMaybe<GovernmentUnit>;
};


/**
 * 县级困难群众基本生活保障工作协调机制: a county's mechanism through which its units coordinate the basic living
 * guarantees of people in difficulty, convened by the county government.
 */
export type CoordinationMechanismMeetingsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One meeting of a county's coordination mechanism. */
export type CoordinationMeeting = {
  __typename?: 'CoordinationMeeting';
  /** The units that attended. */
  attendees: Array<GovernmentUnit>;
  /** What it decided, by due date (earliest first). */
  decisions: Array<CoordinationDecision>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: CoordinationMeetingKind;
  region: Region;
  /** The topic as minuted: free text, which may name a case, so it needs the detail scope. */
  topic?: Maybe<Scalars['String']['output']>;
};

/** 会议类别 */
export type CoordinationMeetingKind =
  /** 个案会商: a consultation on one household's difficulty that no single unit's programme meets (一事一议) */
  | 'CASE_CONSULTATION'
  /** 联席会议: the regular meeting of all member units (at least twice a year) */
  | 'PLENARY'
  /** 专题会议: a meeting on one matter (a standard's rise, funds, a rectification) */
  | 'SPECIAL';

/** A unit's place in a county's coordination mechanism. */
export type CoordinationMember = {
  __typename?: 'CoordinationMember';
  joinedOn: Scalars['Date']['output'];
  role: CoordinationRole;
  unit: GovernmentUnit;
};

/** 成员单位角色 */
export type CoordinationRole =
  /** 召集单位: convenes the mechanism (the county government) */
  | 'CONVENOR'
  /** 成员单位: a member unit */
  | 'MEMBER'
  /** 办公室: the unit its office sits in (usually civil affairs) */
  | 'OFFICE';

/**
 * A proactive-discovery alert as civil affairs refers it: whom it found, the need, and the unit that should act. The person
 * applied at no window: the application is taken in at the county's first service window (by code), which the unit's
 * visit starts from.
 */
export type DiscoveryReferralInput = {
  /** Civil affairs' alert: the application's id, so a repeated referral is the same application. */
  alertId: Scalars['ID']['input'];
  /** What the rule found, kept as the application's document (1-100 characters), e.g. 主动发现: 重度残疾人未享护理补贴 (v1). */
  finding: Scalars['String']['input'];
  householdId?: InputMaybe<Scalars['ID']['input']>;
  need: ReferralNeed;
  personId: Scalars['ID']['input'];
  /** The person's county, a county code of the city (GB/T 2260). */
  regionCode: Scalars['String']['input'];
  /** The unit the alert is for: one with a referral inbox. */
  unit: GovernmentUnit;
};

/**
 * A unit of the county's government, named as the city's unit it answers to is named in the graph: each value is a
 * subgraph's name (subgraphs/registry.ts) in upper case, COUNTIES for the county government itself.
 */
export type GovernmentUnit =
  /** 农业农村局: agriculture */
  | 'AGRICULTURE'
  /** 民政局: civil affairs */
  | 'CIVIL_AFFAIRS'
  /** 县(区)政府: the county or district government itself */
  | 'COUNTIES'
  /** 发改委: development and reform */
  | 'DEVELOPMENT_REFORM'
  /** 残联: the disabled persons' federation */
  | 'DISABLED_PERSONS'
  /** 教育局: education */
  | 'EDUCATION'
  /** 财政局: finance */
  | 'FINANCE'
  /** 卫健委: health */
  | 'HEALTH'
  /** 住建局、房产局: housing and real estate */
  | 'HOUSING'
  /** 人社局: human resources and social security */
  | 'HUMAN_RESOURCES'
  /** 司法局: justice */
  | 'JUSTICE'
  /** 扶贫办: poverty alleviation */
  | 'POVERTY_ALLEVIATION'
  /** 物价局: prices */
  | 'PRICES'
  /** 总工会: the trade unions */
  | 'TRADE_UNION';

/** A household of the graph, by id (civil affairs resolves the rest). */
export type Household = {
  __typename?: 'Household';
  id: Scalars['ID']['output'];
};

/** 落实状态: where a decision or a supervision item stands. */
export type ImplementationStatus =
  /** 已办结: done */
  | 'DONE'
  /** 推进中: under way */
  | 'IN_PROGRESS'
  /** 未启动: not started */
  | 'OPEN';

/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Moves a decision along: OPEN -> IN_PROGRESS -> DONE, or OPEN -> DONE; DONE is final and needs a note. */
  changeCoordinationDecision?: Maybe<CoordinationDecision>;
  /** Closes an item as done (办结, status DONE), with what was done: a closed item does not change again. */
  closeSupervisionItem?: Maybe<SupervisionItem>;
  /** Opens a supervision item (督办) addressed to one unit of the county, with a deadline (status OPEN). */
  openSupervisionItem?: Maybe<SupervisionItem>;
  /** Records a decision of a recorded meeting (议定事项), as its minutes state it: OPEN, assigned to a member unit, with a due date. */
  recordCoordinationDecision?: Maybe<CoordinationDecision>;
  /** Records a meeting of a county's coordination mechanism: when, what kind, its topic and who attended. */
  recordCoordinationMeeting?: Maybe<CoordinationMeeting>;
  /** A unit's service reports a step it took on a referral routed to it (only its own): repeated or older reports change nothing. */
  reportReferralStep?: Maybe<OneWindowReferral>;
  /**
   * Records the unit's report of progress on an open item (status IN_PROGRESS), and a new deadline when the county
   * extends it (延期).
   */
  reportSupervisionProgress?: Maybe<SupervisionItem>;
  /** Sets the rule in force for a need from now on: its unit (one with a referral inbox) and its deadline, 0-60 working days. */
  setRoutingRule?: Maybe<RoutingRule>;
  /**
   * 一门受理: a township window takes a resident's application once and refers each need to its unit by the routing
   * rules; each referral reaches the unit's inbox through the counties' outbox, once, whenever the unit is reachable.
   */
  submitApplication?: Maybe<OneWindowApplication>;
  /**
   * 主动发现: civil affairs' service refers a proactive-discovery alert, which the county takes in as an application from the
   * discovery channel (its id the alert's) and routes to the unit the alert names, with the deadline its rule gives the need.
   * Idempotent by the alert: a second referral of it answers the first application; a need the person already has an
   * undecided referral for answers that referral's application.
   */
  submitDiscoveryReferral?: Maybe<OneWindowApplication>;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeCoordinationDecisionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeCoordinationDecisionInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationCloseSupervisionItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CloseSupervisionItemInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationOpenSupervisionItemArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenSupervisionItemInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordCoordinationDecisionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordCoordinationDecisionInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordCoordinationMeetingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordCoordinationMeetingInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReportReferralStepArgs = {
  input: ReferralStepReport;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReportSupervisionProgressArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ReportSupervisionProgressInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationSetRoutingRuleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SetRoutingRuleInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationSubmitApplicationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitApplicationInput;
};


/**
 * The county governments' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationSubmitDiscoveryReferralArgs = {
  input: DiscoveryReferralInput;
};

/** 救助申请: what a resident applied for at a township window, once, and where each need stands across the units. */
export type OneWindowApplication = {
  __typename?: 'OneWindowApplication';
  /** How it came: a resident at a township window, or civil affairs' proactive discovery. */
  channel: ApplicationChannel;
  consentToVerification: Scalars['Boolean']['output'];
  /** Every referral decided (granted or refused). */
  decided: Scalars['Boolean']['output'];
  documents: Array<Scalars['String']['output']>;
  household?: Maybe<Household>;
  id: Scalars['ID']['output'];
  needs: Array<ReferralNeed>;
  person: Person;
  receivedOn: Scalars['Date']['output'];
  /** One referral per need, in the order of the needs. */
  referrals: Array<OneWindowReferral>;
  /** The township or street whose window took it. */
  township: Township;
  version: Scalars['Int']['output'];
};

/** 转办件: one need of an application referred to its unit, with the step the unit last reported. */
export type OneWindowReferral = {
  __typename?: 'OneWindowReferral';
  applicationId: Scalars['ID']['output'];
  /** routedOn plus the rule's working days. */
  deadline: Scalars['Date']['output'];
  /** The record a grant made in the unit: its type and id. */
  grantedEntity?: Maybe<Scalars['String']['output']>;
  grantedRecordId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  need: ReferralNeed;
  /** What the unit asked for or why it refused: free text about the applicant, so it needs the detail scope. */
  note?: Maybe<Scalars['String']['output']>;
  /** Not decided and the deadline before the city's today. */
  overdue: Scalars['Boolean']['output'];
  region: Region;
  routedOn: Scalars['Date']['output'];
  status: ReferralStatus;
  /** The day of the step last reported (the routing day while ROUTED). */
  statusOn: Scalars['Date']['output'];
  township: Township;
  unit: GovernmentUnit;
  version: Scalars['Int']['output'];
  /** Working days past the deadline; 0 when not overdue. */
  workingDaysOverdue: Scalars['Int']['output'];
};

export type OpenSupervisionItemInput = {
  category: SupervisionCategory;
  /** From today to at most two years ahead. */
  deadline: Scalars['Date']['input'];
  /**
   * The decision being supervised: required when the source is MEETING_DECISION (a decision of the same county
   * that is not DONE), and refused for any other source.
   */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** A county code of the city (GB/T 2260), e.g. 411302. */
  regionCode: Scalars['String']['input'];
  source: SupervisionSource;
  /** What the unit is to do, 1-500 characters. */
  task: Scalars['String']['input'];
  /** The unit the item is addressed to. */
  unit: GovernmentUnit;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person of the graph, by key (civil affairs resolves the rest). */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
};

/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type Query = {
  __typename?: 'Query';
  /** Decisions of the counties' coordination meetings matching every condition of the filter. */
  coordinationDecisions?: Maybe<CoordinationDecisionConnection>;
  /** Who read the personal data the counties subgraph holds: newest first, for admins and auditors. */
  countiesAccessLog?: Maybe<AccessLogConnection>;
  /** One one-window application with the status of each of its referrals, as each unit last reported it; null when none has the id. */
  oneWindowApplication?: Maybe<OneWindowApplication>;
  /** An applicant's one-window applications (newest first, at most 100), each with its referrals' status across every unit. */
  oneWindowApplications?: Maybe<Array<OneWindowApplication>>;
  /**
   * 逾期转办件: the referrals not decided by their deadline (working days after routing), by county, unit and deadline;
   * only those of the county and unit given. At most 1,000.
   */
  overdueReferrals?: Maybe<Array<OneWindowReferral>>;
  /** One county-level unit of the city by its GB/T 2260 code; a code the city does not have is refused. */
  region?: Maybe<Region>;
  /** The routing rules in force (转办规则): which unit each need is referred to, and its deadline in working days. */
  routingRules?: Maybe<Array<RoutingRule>>;
  /**
   * Supervision items matching every condition of the filter, across the city's counties: for analysts following
   * which units carry out what the counties ask of them, and which are late.
   */
  supervisionItems?: Maybe<SupervisionItemConnection>;
  /** One township or street by its 9-digit code; null when the city has none by that code. */
  township?: Maybe<Township>;
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryCoordinationDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CoordinationDecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryCountiesAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryOneWindowApplicationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryOneWindowApplicationsArgs = {
  personId: Scalars['ID']['input'];
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryOverdueReferralsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<GovernmentUnit>;
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryRegionArgs = {
  code: Scalars['String']['input'];
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QuerySupervisionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 各县区政府 (County and district governments): the city's 13 county-level units as entities (Region), their
 * townships and streets with the service windows of one-window intake, each county's coordination mechanism for
 * the basic living guarantees of people in difficulty (its member units, meetings and decisions), the items the
 * county supervises its units on (督办事项), and one-window intake (一门受理): the applications its windows take, the
 * routing rules and the referrals routed to the units. Of persons, counties keep only the applications.
 */
export type QueryTownshipArgs = {
  code: Scalars['String']['input'];
};

export type RecordCoordinationDecisionInput = {
  /** Not before the meeting, at most two years after it. */
  dueDate: Scalars['Date']['input'];
  /** The meeting that decided it; a meeting records at most 20 decisions. */
  meetingId: Scalars['ID']['input'];
  /** A member unit of the county's mechanism on the day of the meeting. */
  responsibleUnit: GovernmentUnit;
  /** What is to be done, 1-500 characters. */
  text: Scalars['String']['input'];
};

export type RecordCoordinationMeetingInput = {
  /** The units that attended, each once: at least one, every one a member of the county's mechanism on that day. */
  attendees: Array<GovernmentUnit>;
  /** Not in the future, nor before the mechanism was established. */
  heldOn: Scalars['Date']['input'];
  kind: CoordinationMeetingKind;
  /** The county whose mechanism met, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode: Scalars['String']['input'];
  /** 1-200 characters. */
  topic: Scalars['String']['input'];
};

/** 一门受理的救助需求: what a resident applying at a township window may need, each routed to one unit. */
export type ReferralNeed =
  /** 残疾评定 (残疾人证): the disabled persons' federation */
  | 'DISABILITY_CERTIFICATION'
  /** 残疾人两项补贴: the disabled persons' federation */
  | 'DISABILITY_SUBSIDY'
  /** 教育救助: education */
  | 'EDUCATION_AID'
  /** 就业救助: human resources */
  | 'EMPLOYMENT_ASSISTANCE'
  /** 特困人员救助供养: civil affairs */
  | 'EXTREME_POVERTY'
  /** 住房救助: housing */
  | 'HOUSING'
  /** 法律援助: justice */
  | 'LEGAL_AID'
  /** 医疗救助: health */
  | 'MEDICAL_ASSISTANCE'
  /** 最低生活保障 (低保): civil affairs */
  | 'MINIMUM_LIVING'
  /** 临时救助: civil affairs */
  | 'TEMPORARY_ASSISTANCE'
  /** 工会帮扶: the trade unions */
  | 'UNION_AID';

/** 转办状态: where a referral of a one-window application stands. */
export type ReferralStatus =
  /** 已受理: accepted by the unit */
  | 'ACCEPTED'
  /** 已办结(给予): granted, naming the record the unit made */
  | 'GRANTED'
  /** 待补正: the unit asked the applicant for more information */
  | 'INFORMATION_REQUESTED'
  /** 已接收: in the unit’s inbox */
  | 'RECEIVED'
  /** 已办结(不予): refused, with the reason */
  | 'REFUSED'
  /** 已转办: routed by the county, not yet in the unit’s inbox (it is delivered once the unit is reachable) */
  | 'ROUTED';

export type ReferralStepReport = {
  grantedEntity?: InputMaybe<Scalars['String']['input']>;
  grantedRecordId?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  on: Scalars['Date']['input'];
  referralId: Scalars['ID']['input'];
  status: ReferralStatus;
  /** The version of the referral in the unit's inbox after the step. */
  version: Scalars['Int']['input'];
};

/**
 * A GB/T 2260 county-level unit of the city (区, 县 or 县级市), an entity by its code: every agency returns regions
 * by key, and the county governments resolve them, with their townships, coordination and supervision.
 */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  /** The county's coordination mechanism for the basic living guarantees; null where it has none. */
  coordination?: Maybe<CoordinationMechanism>;
  /** Whether it is an urban district, a county or a county-level city; null for a code the city does not have. */
  kind?: Maybe<RegionKind>;
  /** The county's name, e.g. 宛城区; the code itself for a code the city does not have. */
  name: Scalars['String']['output'];
  /**
   * The items the county supervises its units on, by deadline (earliest first); only those matching each argument
   * given.
   */
  supervisionItems?: Maybe<Array<SupervisionItem>>;
  /** Its townships and streets (乡镇/街道) by code, streets first; only those of `kind` when it is given. */
  townships: Array<Township>;
};


/**
 * A GB/T 2260 county-level unit of the city (区, 县 or 县级市), an entity by its code: every agency returns regions
 * by key, and the county governments resolve them, with their townships, coordination and supervision.
 */
export type RegionSupervisionItemsArgs = {
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<ImplementationStatus>;
  unit?: InputMaybe<GovernmentUnit>;
};


/**
 * A GB/T 2260 county-level unit of the city (区, 县 or 县级市), an entity by its code: every agency returns regions
 * by key, and the county governments resolve them, with their townships, coordination and supervision.
 */
export type RegionTownshipsArgs = {
  kind?: InputMaybe<TownshipKind>;
};

/** 行政区类别: the kind of a county-level unit. */
export type RegionKind =
  /** 县: a county */
  | 'COUNTY'
  /** 县级市: a county-level city */
  | 'COUNTY_LEVEL_CITY'
  /** 市辖区: an urban district */
  | 'DISTRICT';

export type ReportSupervisionProgressInput = {
  id: Scalars['ID']['input'];
  /** An extension: after the current deadline, not before today, at most two years after the item was opened. */
  newDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** What the unit reports, 1-500 characters. */
  note: Scalars['String']['input'];
  /** The item's version as you read it. */
  version: Scalars['Int']['input'];
};

/**
 * 转办规则: a need is referred to one unit, which decides within so many working days (weekends do not count). A rule
 * is set anew, never changed: the latest set for a need is in force, and a referral keeps the deadline it was routed with.
 */
export type RoutingRule = {
  __typename?: 'RoutingRule';
  deadlineWorkingDays: Scalars['Int']['output'];
  /** How it was set (the seeded rule first), oldest first. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  need: ReferralNeed;
  setAt: Scalars['DateTime']['output'];
  unit: GovernmentUnit;
};

/** 便民服务窗口: where residents of a township apply for social assistance in person (一门受理, Interim Measures Art 60). */
export type ServiceWindow = {
  __typename?: 'ServiceWindow';
  address: Scalars['String']['output'];
  /** Opening hours, as posted. */
  hours: Scalars['String']['output'];
  /** e.g. 新华街道便民服务中心社会救助窗口 */
  name: Scalars['String']['output'];
  /** The window's public telephone. */
  phone: Scalars['String']['output'];
};

export type SetRoutingRuleInput = {
  /** 0-60 working days. */
  deadlineWorkingDays: Scalars['Int']['input'];
  need: ReferralNeed;
  /** A unit with a referral inbox: civil affairs, education, human resources, health, housing, the trade unions, the disabled persons' federation, justice. */
  unit: GovernmentUnit;
};

export type SubmitApplicationInput = {
  /** Whether the applicant consented to the verification of the household's economic status (授权核对). */
  consentToVerification: Scalars['Boolean']['input'];
  /** The documents received (申请书, 身份证复印件, …), each 1-100 characters, at most 20. */
  documents: Array<Scalars['String']['input']>;
  /** The applicant's household, when the application is for it (低保, 特困 are a household's). */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** What the applicant needs, each once: at least one. */
  needs: Array<ReferralNeed>;
  /** The applicant's person key, or the resident ID number as idNumber (or both, when they agree). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The day the window received it, when entered after that day: not in the future, at most 30 days back; today unless given. */
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The township or street whose window takes the application: 9 digits, a township with a window. */
  townshipCode: Scalars['String']['input'];
};

/** 督办类别 */
export type SupervisionCategory =
  /** 个案办理: one household's case handled in time */
  | 'CASE_HANDLING'
  /** 资金拨付发放: funds allocated and paid on time */
  | 'FUNDS'
  /** 信息共享: data exchanged between units */
  | 'INFORMATION_SHARING'
  /** 政策落实: a policy carried out (a standard's rise, a new programme) */
  | 'POLICY_IMPLEMENTATION'
  /** 问题整改: findings of an audit or inspection rectified */
  | 'RECTIFICATION'
  /** 核查复核: checks and reviews of recipients (动态管理) */
  | 'VERIFICATION';

/** 督办事项: a task the county supervises one of its units on, with a deadline. */
export type SupervisionItem = {
  __typename?: 'SupervisionItem';
  category: SupervisionCategory;
  /** When it was closed as done. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** What was done, as the item was closed: free text, so it needs the detail scope. */
  closingNote?: Maybe<Scalars['String']['output']>;
  /** The deadline as it stands (extensions included). */
  deadline: Scalars['Date']['output'];
  /** The decision it follows up, when its source is MEETING_DECISION. */
  decision?: Maybe<CoordinationDecision>;
  /** Changes to the item, oldest first; they carry its task and notes, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  openedOn: Scalars['Date']['output'];
  /** Not DONE and the deadline before the city's today. */
  overdue: Scalars['Boolean']['output'];
  /** The unit's progress reports, newest first. */
  progress: Array<SupervisionProgress>;
  region: Region;
  source: SupervisionSource;
  status: ImplementationStatus;
  /** What the unit is to do: free text, so it needs the detail scope. */
  task?: Maybe<Scalars['String']['output']>;
  /** The unit the item is addressed to. */
  unit: GovernmentUnit;
  /** Incremented by every change; send it back when you report progress or close the item. */
  version: Scalars['Int']['output'];
};

export type SupervisionItemConnection = {
  __typename?: 'SupervisionItemConnection';
  nodes: Array<SupervisionItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupervisionItemFilter = {
  category?: InputMaybe<SupervisionCategory>;
  /** true: not DONE and past the deadline (before the city's today); false: DONE or not yet due. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** A county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<SupervisionSource>;
  status?: InputMaybe<ImplementationStatus>;
  /** The unit the items are addressed to. */
  unit?: InputMaybe<GovernmentUnit>;
};

/** 进展反馈: one report of a unit on a supervision item. */
export type SupervisionProgress = {
  __typename?: 'SupervisionProgress';
  /** The deadline the county extended the item to with this report; null when it stood. */
  newDeadline?: Maybe<Scalars['Date']['output']>;
  /** What the unit reported: free text, so it needs the detail scope. */
  note?: Maybe<Scalars['String']['output']>;
  reportedOn: Scalars['Date']['output'];
};

/** 督办来源: why the county supervises the task. */
export type SupervisionSource =
  /** 上级交办: assigned by the city or the province */
  | 'CITY_ASSIGNMENT'
  /** 督查发现: found by the county's own inspection */
  | 'INSPECTION'
  /** 会议议定: a decision of the county's coordination mechanism */
  | 'MEETING_DECISION'
  /** 群众来信来访: raised by residents (petitions, the 12345 hotline) */
  | 'PETITION';

/**
 * 乡镇/街道: a township-level unit under a county, an entity by its 9-digit code (the county's 6 digits, then 001-099
 * for streets, 100-199 for towns, 200-299 for townships).
 */
export type Township = {
  __typename?: 'Township';
  code: Scalars['String']['output'];
  /** The county it belongs to. */
  county: Region;
  kind: TownshipKind;
  /** e.g. 新华街道, 石桥镇, 黄台岗乡 */
  name: Scalars['String']['output'];
  /** Its service window for one-window intake of social assistance; null where it has none yet. */
  window?: Maybe<ServiceWindow>;
};

/** 乡镇/街道类别 */
export type TownshipKind =
  /** 街道: a street (subdistrict) of an urban area */
  | 'STREET'
  /** 乡镇: a town (镇) or township (乡), in a county or on a district's edge */
  | 'TOWNSHIP';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Region: Region;
  Township: Township;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  Township:
    ( { __typename: 'Township' }
    & GraphQLRecursivePick<FederationTypes['Township'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessLogFilter: AccessLogFilter;
  AccessRefusal: ResolverTypeWrapper<AccessRefusal>;
  ApplicationChannel: ApplicationChannel;
  ChangeCoordinationDecisionInput: ChangeCoordinationDecisionInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CloseSupervisionItemInput: CloseSupervisionItemInput;
  CoordinationDecision: ResolverTypeWrapper<CoordinationDecisionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CoordinationDecisionConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['CoordinationDecision']>>;
  CoordinationDecisionFilter: CoordinationDecisionFilter;
  CoordinationMechanism: ResolverTypeWrapper<CoordinationMechanismRow>;
  CoordinationMeeting: ResolverTypeWrapper<CoordinationMeetingRow>;
  CoordinationMeetingKind: CoordinationMeetingKind;
  CoordinationMember: ResolverTypeWrapper<CoordinationMemberRow>;
  CoordinationRole: CoordinationRole;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DiscoveryReferralInput: DiscoveryReferralInput;
  GovernmentUnit: GovernmentUnit;
  Household: ResolverTypeWrapper<HouseholdReference>;
  ImplementationStatus: ImplementationStatus;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OneWindowApplication: ResolverTypeWrapper<OneWindowApplicationRow>;
  OneWindowReferral: ResolverTypeWrapper<OneWindowReferralRow>;
  OpenSupervisionItemInput: OpenSupervisionItemInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCoordinationDecisionInput: RecordCoordinationDecisionInput;
  RecordCoordinationMeetingInput: RecordCoordinationMeetingInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  ReferralStepReport: ReferralStepReport;
  Region: ResolverTypeWrapper<RegionParent>;
  RegionKind: RegionKind;
  ReportSupervisionProgressInput: ReportSupervisionProgressInput;
  RoutingRule: ResolverTypeWrapper<RoutingRuleRow>;
  ServiceWindow: ResolverTypeWrapper<ServiceWindow>;
  SetRoutingRuleInput: SetRoutingRuleInput;
  SubmitApplicationInput: SubmitApplicationInput;
  SupervisionCategory: SupervisionCategory;
  SupervisionItem: ResolverTypeWrapper<SupervisionItemRow>;
  SupervisionItemConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['SupervisionItem']>>;
  SupervisionItemFilter: SupervisionItemFilter;
  SupervisionProgress: ResolverTypeWrapper<SupervisionProgressRow>;
  SupervisionSource: SupervisionSource;
  Township: ResolverTypeWrapper<TownshipRow>;
  TownshipKind: TownshipKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessLogConnection: AccessLogConnection;
  Int: Scalars['Int']['output'];
  AccessLogEntry: AccessLogEntry;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AccessLogFilter: AccessLogFilter;
  AccessRefusal: AccessRefusal;
  ChangeCoordinationDecisionInput: ChangeCoordinationDecisionInput;
  ChangeRecord: ChangeRecord;
  CloseSupervisionItemInput: CloseSupervisionItemInput;
  CoordinationDecision: CoordinationDecisionRow;
  Boolean: Scalars['Boolean']['output'];
  CoordinationDecisionConnection: Connection<ResolversParentTypes['CoordinationDecision']>;
  CoordinationDecisionFilter: CoordinationDecisionFilter;
  CoordinationMechanism: CoordinationMechanismRow;
  CoordinationMeeting: CoordinationMeetingRow;
  CoordinationMember: CoordinationMemberRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DiscoveryReferralInput: DiscoveryReferralInput;
  Household: HouseholdReference;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  OneWindowApplication: OneWindowApplicationRow;
  OneWindowReferral: OneWindowReferralRow;
  OpenSupervisionItemInput: OpenSupervisionItemInput;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  RecordCoordinationDecisionInput: RecordCoordinationDecisionInput;
  RecordCoordinationMeetingInput: RecordCoordinationMeetingInput;
  ReferralStepReport: ReferralStepReport;
  Region: RegionParent;
  ReportSupervisionProgressInput: ReportSupervisionProgressInput;
  RoutingRule: RoutingRuleRow;
  ServiceWindow: ServiceWindow;
  SetRoutingRuleInput: SetRoutingRuleInput;
  SubmitApplicationInput: SubmitApplicationInput;
  SupervisionItem: SupervisionItemRow;
  SupervisionItemConnection: Connection<ResolversParentTypes['SupervisionItem']>;
  SupervisionItemFilter: SupervisionItemFilter;
  SupervisionProgress: SupervisionProgressRow;
  Township: TownshipRow;
};

export type AccessLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clientRequestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  filters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  householdIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['AccessRefusal']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessRefusalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessRefusal'] = ResolversParentTypes['AccessRefusal']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  householdId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecord'] = ResolversParentTypes['ChangeRecord']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CoordinationDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationDecision'] = ResolversParentTypes['CoordinationDecision']> = {
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['CoordinationMeeting'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  responsibleUnit?: Resolver<ResolversTypes['GovernmentUnit'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImplementationStatus'], ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supervisionItems?: Resolver<Array<ResolversTypes['SupervisionItem']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationDecisionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationDecisionConnection'] = ResolversParentTypes['CoordinationDecisionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['CoordinationDecision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CoordinationMechanismResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationMechanism'] = ResolversParentTypes['CoordinationMechanism']> = {
  decisions?: Resolver<Array<ResolversTypes['CoordinationDecision']>, ParentType, ContextType, Partial<CoordinationMechanismDecisionsArgs>>;
  establishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['CoordinationMeeting']>, ParentType, ContextType, Partial<CoordinationMechanismMeetingsArgs>>;
  members?: Resolver<Array<ResolversTypes['CoordinationMember']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type CoordinationMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationMeeting'] = ResolversParentTypes['CoordinationMeeting']> = {
  attendees?: Resolver<Array<ResolversTypes['GovernmentUnit']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['CoordinationDecision']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CoordinationMeetingKind'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CoordinationMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoordinationMember'] = ResolversParentTypes['CoordinationMember']> = {
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CoordinationRole'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['GovernmentUnit'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeCoordinationDecision?: Resolver<Maybe<ResolversTypes['CoordinationDecision']>, ParentType, ContextType, RequireFields<MutationChangeCoordinationDecisionArgs, 'input'>>;
  closeSupervisionItem?: Resolver<Maybe<ResolversTypes['SupervisionItem']>, ParentType, ContextType, RequireFields<MutationCloseSupervisionItemArgs, 'input'>>;
  openSupervisionItem?: Resolver<Maybe<ResolversTypes['SupervisionItem']>, ParentType, ContextType, RequireFields<MutationOpenSupervisionItemArgs, 'input'>>;
  recordCoordinationDecision?: Resolver<Maybe<ResolversTypes['CoordinationDecision']>, ParentType, ContextType, RequireFields<MutationRecordCoordinationDecisionArgs, 'input'>>;
  recordCoordinationMeeting?: Resolver<Maybe<ResolversTypes['CoordinationMeeting']>, ParentType, ContextType, RequireFields<MutationRecordCoordinationMeetingArgs, 'input'>>;
  reportReferralStep?: Resolver<Maybe<ResolversTypes['OneWindowReferral']>, ParentType, ContextType, RequireFields<MutationReportReferralStepArgs, 'input'>>;
  reportSupervisionProgress?: Resolver<Maybe<ResolversTypes['SupervisionItem']>, ParentType, ContextType, RequireFields<MutationReportSupervisionProgressArgs, 'input'>>;
  setRoutingRule?: Resolver<Maybe<ResolversTypes['RoutingRule']>, ParentType, ContextType, RequireFields<MutationSetRoutingRuleArgs, 'input'>>;
  submitApplication?: Resolver<Maybe<ResolversTypes['OneWindowApplication']>, ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  submitDiscoveryReferral?: Resolver<Maybe<ResolversTypes['OneWindowApplication']>, ParentType, ContextType, RequireFields<MutationSubmitDiscoveryReferralArgs, 'input'>>;
};

export type OneWindowApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OneWindowApplication'] = ResolversParentTypes['OneWindowApplication']> = {
  channel?: Resolver<ResolversTypes['ApplicationChannel'], ParentType, ContextType>;
  consentToVerification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['ReferralNeed']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['OneWindowReferral']>, ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OneWindowReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OneWindowReferral'] = ResolversParentTypes['OneWindowReferral']> = {
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  grantedEntity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grantedRecordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ReferralNeed'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  routedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  township?: Resolver<ResolversTypes['Township'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['GovernmentUnit'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingDaysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  coordinationDecisions?: Resolver<Maybe<ResolversTypes['CoordinationDecisionConnection']>, ParentType, ContextType, RequireFields<QueryCoordinationDecisionsArgs, 'first'>>;
  countiesAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryCountiesAccessLogArgs, 'first'>>;
  oneWindowApplication?: Resolver<Maybe<ResolversTypes['OneWindowApplication']>, ParentType, ContextType, RequireFields<QueryOneWindowApplicationArgs, 'id'>>;
  oneWindowApplications?: Resolver<Maybe<Array<ResolversTypes['OneWindowApplication']>>, ParentType, ContextType, RequireFields<QueryOneWindowApplicationsArgs, 'personId'>>;
  overdueReferrals?: Resolver<Maybe<Array<ResolversTypes['OneWindowReferral']>>, ParentType, ContextType, Partial<QueryOverdueReferralsArgs>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  routingRules?: Resolver<Maybe<Array<ResolversTypes['RoutingRule']>>, ParentType, ContextType>;
  supervisionItems?: Resolver<Maybe<ResolversTypes['SupervisionItemConnection']>, ParentType, ContextType, RequireFields<QuerySupervisionItemsArgs, 'first'>>;
  township?: Resolver<Maybe<ResolversTypes['Township']>, ParentType, ContextType, RequireFields<QueryTownshipArgs, 'code'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordination?: Resolver<Maybe<ResolversTypes['CoordinationMechanism']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['RegionKind']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supervisionItems?: Resolver<Maybe<Array<ResolversTypes['SupervisionItem']>>, ParentType, ContextType, Partial<RegionSupervisionItemsArgs>>;
  townships?: Resolver<Array<ResolversTypes['Township']>, ParentType, ContextType, Partial<RegionTownshipsArgs>>;
};

export type RoutingRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoutingRule'] = ResolversParentTypes['RoutingRule']> = {
  deadlineWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ReferralNeed'], ParentType, ContextType>;
  setAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['GovernmentUnit'], ParentType, ContextType>;
};

export type ServiceWindowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceWindow'] = ResolversParentTypes['ServiceWindow']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupervisionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionItem'] = ResolversParentTypes['SupervisionItem']> = {
  category?: Resolver<ResolversTypes['SupervisionCategory'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['CoordinationDecision']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['SupervisionProgress']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SupervisionSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImplementationStatus'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['GovernmentUnit'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionItemConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionItemConnection'] = ResolversParentTypes['SupervisionItemConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['SupervisionItem']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupervisionProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupervisionProgress'] = ResolversParentTypes['SupervisionProgress']> = {
  newDeadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type TownshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Township'] = ResolversParentTypes['Township'], FederationReferenceType extends FederationReferenceTypes['Township'] = FederationReferenceTypes['Township']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Township']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  county?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TownshipKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<Maybe<ResolversTypes['ServiceWindow']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CoordinationDecision?: CoordinationDecisionResolvers<ContextType>;
  CoordinationDecisionConnection?: CoordinationDecisionConnectionResolvers<ContextType>;
  CoordinationMechanism?: CoordinationMechanismResolvers<ContextType>;
  CoordinationMeeting?: CoordinationMeetingResolvers<ContextType>;
  CoordinationMember?: CoordinationMemberResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  OneWindowApplication?: OneWindowApplicationResolvers<ContextType>;
  OneWindowReferral?: OneWindowReferralResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RoutingRule?: RoutingRuleResolvers<ContextType>;
  ServiceWindow?: ServiceWindowResolvers<ContextType>;
  SupervisionItem?: SupervisionItemResolvers<ContextType>;
  SupervisionItemConnection?: SupervisionItemConnectionResolvers<ContextType>;
  SupervisionProgress?: SupervisionProgressResolvers<ContextType>;
  Township?: TownshipResolvers<ContextType>;
};

