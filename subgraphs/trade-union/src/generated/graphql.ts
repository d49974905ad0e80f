// The trade-union subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { TradeUnionProfileParent } from '../resolvers/Person';
import type { DifficultWorkerFile as DifficultWorkerFileRow, UnionAid as UnionAidRow } from '../entities';
import type { Connection } from '../../../../shared/src/pagination';
import type { InboxReferral as InboxReferralRow } from '../../../../shared/src/referrals/entity';
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

/** Names the file by `id` or by `personId` (a person has one file); when both are given they must agree. */
export type ChangeDifficultWorkerFileInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Changes only while the file is ACTIVE (or is being re-opened). */
  level?: InputMaybe<DifficultyLevel>;
  /** Why the status changes, 1-500 characters: required to mark a worker LEFT_DIFFICULTY. */
  note?: InputMaybe<Scalars['String']['input']>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The cause of the difficulty; changes only while the file is ACTIVE (or is being re-opened). */
  reason?: InputMaybe<DifficultyReason>;
  /** ACTIVE <-> LEFT_DIFFICULTY. */
  status?: InputMaybe<DifficultWorkerStatus>;
  /** The file's version as you read it. */
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

/** A page of the person keys one agency's list selects: one condition of a cohort. */
export type CohortKeyPage = {
  __typename?: 'CohortKeyPage';
  /** Whether keys after the last one remain. */
  hasMore: Scalars['Boolean']['output'];
  /** Person keys, ascending, each once. */
  keys: Array<Scalars['ID']['output']>;
};

export type DifficultWorkerConnection = {
  __typename?: 'DifficultWorkerConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 困难职工档案: the file of a union member registered as a worker in difficulty. */
export type DifficultWorkerFile = {
  __typename?: 'DifficultWorkerFile';
  /** The member's employer; null for flexibly employed members. */
  employerName?: Maybe<Scalars['String']['output']>;
  /** Changes to the file, oldest first; null, with FORBIDDEN, for callers who may not see what they carry (the ID number). */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  level: DifficultyLevel;
  /** The main cause of the difficulty. */
  reason?: Maybe<DifficultyReason>;
  /** When the file was opened. */
  since: Scalars['Date']['output'];
  status: DifficultWorkerStatus;
  /** Why the file last changed status (why the worker left difficulty, or was re-opened). */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the file. */
  version: Scalars['Int']['output'];
};

export type DifficultWorkerFilter = {
  level?: InputMaybe<DifficultyLevel>;
  /** Needs the detail scope (detail:trade-union). */
  reason?: InputMaybe<DifficultyReason>;
  /** A county code of the city (GB/T 2260), e.g. 411302: the county of the file. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DifficultWorkerStatus>;
  /** Only workers granted no aid on or after this date (revoked grants do not count). */
  withoutAidSince?: InputMaybe<Scalars['Date']['input']>;
};

/** 困难职工档案状态: whether the worker is still in difficulty. */
export type DifficultWorkerStatus =
  | 'ACTIVE'
  /** 已解困: no longer in difficulty */
  | 'LEFT_DIFFICULTY';

/** 困难程度: how deep a worker's difficulty is. */
export type DifficultyLevel =
  /** 深度困难: deep difficulty (the household is on 低保 or 特困) */
  | 'DEEP'
  /** 一般困难: general difficulty */
  | 'GENERAL'
  /** 相对困难: relative difficulty (income just above the assistance line) */
  | 'RELATIVE';

/** 致困原因: the main cause of a worker's difficulty. */
export type DifficultyReason =
  | 'CHILD_EDUCATION'
  | 'DISABILITY'
  | 'DISASTER'
  | 'ILLNESS'
  | 'LOW_INCOME'
  | 'UNEMPLOYMENT';

export type GrantInboxReferralInput = {
  /**
   * The record the grant made in this unit: its GraphQL type (e.g. EducationAid) and its id. The unit must hold it
   * (record the grant first): another type or an id it does not hold is BAD_USER_INPUT naming which.
   */
  grantedEntity: Scalars['String']['input'];
  grantedRecordId: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/**
 * Names the person by `personId`, or by `idNumber` when the unions hold no record of the person yet (the
 * grant keeps the ID number); when both are given they must agree.
 */
export type GrantUnionAidInput = {
  /** At most 50,000.00; above 0.00, except LEGAL aid given as a service (0.00). */
  amount: Scalars['Money']['input'];
  /** Not in the future, not before 1990 (nor, for SCHOOLING and MEDICAL, before the file was opened). */
  grantedOn: Scalars['Date']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** SCHOOLING and MEDICAL aid go only to a worker whose difficult-worker file is ACTIVE. */
  kind: UnionAidKind;
  personId?: InputMaybe<Scalars['ID']['input']>;
};

/** A one-window referral in a unit's inbox (转办件), as the unit works it. */
export type InboxReferral = {
  __typename?: 'InboxReferral';
  /** The one-window application it comes from (counties' OneWindowApplication). */
  applicationId: Scalars['ID']['output'];
  /** Whether the applicant consented to the verification of the household's economic status. */
  consentToVerification: Scalars['Boolean']['output'];
  /** When the unit must have decided, by the working days the county's rule gives this need. */
  deadline: Scalars['Date']['output'];
  /** The documents the window received with the application. */
  documents: Array<Scalars['String']['output']>;
  /** The record a grant made: its entity type (e.g. EducationAid) and id. */
  grantedEntity?: Maybe<Scalars['String']['output']>;
  grantedRecordId?: Maybe<Scalars['String']['output']>;
  /** The county's referral id. */
  id: Scalars['ID']['output'];
  need: ReferralNeed;
  /** What the unit asked for, why it refused, or what it granted. */
  note?: Maybe<Scalars['String']['output']>;
  /** Not decided and the deadline before the city's today. */
  overdue: Scalars['Boolean']['output'];
  /** The applicant; null only where the unit's index has no such person (civil affairs), so one referral never breaks the inbox. */
  person?: Maybe<Person>;
  routedOn: Scalars['Date']['output'];
  status: ReferralStatus;
  /** The day of the last step. */
  statusOn: Scalars['Date']['output'];
  /** The township or street whose window received the application (9 digits). */
  townshipCode: Scalars['String']['output'];
  /** Incremented by every step; send it back with the next. */
  version: Scalars['Int']['output'];
};

export type InboxReferralConnection = {
  __typename?: 'InboxReferralConnection';
  nodes: Array<InboxReferral>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InboxReferralFilter = {
  need?: InputMaybe<ReferralNeed>;
  /** true: not decided and past the deadline; false: decided or not yet due. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** The applicant's person key. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReferralStatus>;
};

/** A step on a referral: accepting it, or asking the applicant for information (the note says what, 1-500 characters). */
export type InboxReferralStepInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The referral's version as you read it. */
  version: Scalars['Int']['input'];
};

/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptTradeUnionReferral?: Maybe<InboxReferral>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askTradeUnionReferralForInformation?: Maybe<InboxReferral>;
  /** Changes a file: its level and cause, and its status ACTIVE <-> LEFT_DIFFICULTY (leaving needs a note saying why). */
  changeDifficultWorkerFile?: Maybe<DifficultWorkerFile>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantTradeUnionReferral?: Maybe<InboxReferral>;
  /** Records a grant of union aid (status GRANTED). */
  grantUnionAid?: Maybe<UnionAid>;
  /**
   * Opens the difficult-worker file of a person (status ACTIVE). A person has one file: opening a second is a
   * CONFLICT naming it; a file that LEFT_DIFFICULTY is re-opened with changeDifficultWorkerFile (status ACTIVE).
   */
  openDifficultWorkerFile?: Maybe<DifficultWorkerFile>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveTradeUnionReferral?: Maybe<InboxReferral>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseTradeUnionReferral?: Maybe<InboxReferral>;
  /** Revokes a grant: it stays on record as REVOKED, with when and why, and no longer counts as aid given. */
  revokeUnionAid?: Maybe<UnionAid>;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptTradeUnionReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskTradeUnionReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeDifficultWorkerFileArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeDifficultWorkerFileInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantTradeUnionReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantUnionAidArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantUnionAidInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationOpenDifficultWorkerFileArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenDifficultWorkerFileInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveTradeUnionReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseTradeUnionReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};


/**
 * The trade unions' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRevokeUnionAidArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RevokeUnionAidInput;
};

export type OpenDifficultWorkerFileInput = {
  /** 1-100 characters; leave out for flexibly employed members. */
  employerName?: InputMaybe<Scalars['String']['input']>;
  /** 18 characters, GB 11643-1999; the check character is verified. */
  idNumber: Scalars['String']['input'];
  level: DifficultyLevel;
  reason: DifficultyReason;
  /** The county of the union that keeps the file (GB/T 2260 code of the city, e.g. 411302). */
  regionCode: Scalars['String']['input'];
  /** When the file is opened: not in the future, not before 1990, not before the worker turned 16. */
  since: Scalars['Date']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /** What the trade unions hold on the person; null when they hold nothing (a revoked grant is still on record). */
  tradeUnion?: Maybe<TradeUnionProfile>;
};

/**
 * 市总工会 (Federation of Trade Unions): files on workers in difficulty and the aid the unions give
 * (Spring Festival deliveries, mutual-aid claims, schooling, medical and legal aid).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Persons with a difficult-worker file that meets every given condition. Filtering by `reason`
   * needs the detail scope, as reading the reason does.
   */
  difficultWorkers?: Maybe<DifficultWorkerConnection>;
  /**
   * The person keys difficultWorkers(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the trade-union access log.
   */
  difficultWorkersCohortKeys?: Maybe<CohortKeyPage>;
  /** Who read the personal data the trade-union subgraph holds: newest first, for admins and auditors. */
  tradeUnionAccessLog?: Maybe<AccessLogConnection>;
  /** The trade-union unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  tradeUnionReferrals?: Maybe<InboxReferralConnection>;
  /**
   * trade-union: union aid received, for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and trade-union's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  tradeUnionVerificationFacts?: Maybe<Array<VerificationFact>>;
};


/**
 * 市总工会 (Federation of Trade Unions): files on workers in difficulty and the aid the unions give
 * (Spring Festival deliveries, mutual-aid claims, schooling, medical and legal aid).
 */
export type QueryDifficultWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DifficultWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市总工会 (Federation of Trade Unions): files on workers in difficulty and the aid the unions give
 * (Spring Festival deliveries, mutual-aid claims, schooling, medical and legal aid).
 */
export type QueryDifficultWorkersCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<DifficultWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市总工会 (Federation of Trade Unions): files on workers in difficulty and the aid the unions give
 * (Spring Festival deliveries, mutual-aid claims, schooling, medical and legal aid).
 */
export type QueryTradeUnionAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市总工会 (Federation of Trade Unions): files on workers in difficulty and the aid the unions give
 * (Spring Festival deliveries, mutual-aid claims, schooling, medical and legal aid).
 */
export type QueryTradeUnionReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市总工会 (Federation of Trade Unions): files on workers in difficulty and the aid the unions give
 * (Spring Festival deliveries, mutual-aid claims, schooling, medical and legal aid).
 */
export type QueryTradeUnionVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};

/** A referral as counties deliver it. */
export type ReceiveReferralInput = {
  applicationId: Scalars['ID']['input'];
  consentToVerification: Scalars['Boolean']['input'];
  deadline: Scalars['Date']['input'];
  documents: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  need: ReferralNeed;
  personId: Scalars['ID']['input'];
  routedOn: Scalars['Date']['input'];
  townshipCode: Scalars['String']['input'];
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

export type RefuseInboxReferralInput = {
  id: Scalars['ID']['input'];
  /** Why, 1-500 characters: the applicant is told. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type RevokeUnionAidInput = {
  id: Scalars['ID']['input'];
  /** Why, 1-500 characters. */
  reason: Scalars['String']['input'];
  /** The grant's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 工会档案: a union member's difficult-worker file and the aid granted. */
export type TradeUnionProfile = {
  __typename?: 'TradeUnionProfile';
  /**
   * Aid granted to the person, newest first. Revoked grants are left out unless `includeRevoked` adds them
   * (status REVOKED, with revokedOn and revokedReason).
   */
  aid: Array<UnionAid>;
  /** The difficult-worker file; null when the person is not on file. */
  difficultWorker?: Maybe<DifficultWorkerFile>;
};


/** 工会档案: a union member's difficult-worker file and the aid granted. */
export type TradeUnionProfileAidArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 工会帮扶: one grant of union aid to a person. */
export type UnionAid = {
  __typename?: 'UnionAid';
  /** The amount granted; 0.00 for legal aid given as a service. */
  amount: Scalars['Money']['output'];
  grantedOn: Scalars['Date']['output'];
  /** Changes to the grant, oldest first; null, with FORBIDDEN, for callers who may not see what they carry (the ID number). */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: UnionAidKind;
  /** When the grant was revoked; null while it stands. */
  revokedOn?: Maybe<Scalars['Date']['output']>;
  /** Why the grant was revoked. */
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** GRANTED, or REVOKED: taken back, and no longer counted as aid given. */
  status: UnionAidStatus;
  /** Incremented by every change; send it back when you revoke the grant. */
  version: Scalars['Int']['output'];
};

/** 工会帮扶类型: the kind of union aid. */
export type UnionAidKind =
  /** 法律援助: legal aid */
  | 'LEGAL'
  /** 医疗救助: medical aid */
  | 'MEDICAL'
  /** 职工互助保障: mutual-aid insurance claim */
  | 'MUTUAL_AID'
  /** 金秋助学: schooling aid for a child entering or in higher education */
  | 'SCHOOLING'
  /** 送温暖: Spring Festival delivery */
  | 'WARMTH_DELIVERY';

/** 工会帮扶状态: whether a grant stands. */
export type UnionAidStatus =
  | 'GRANTED'
  /** 撤销: revoked (granted in error, refused, or paid back) */
  | 'REVOKED';

/** One fact a unit gives a household's economic-status verification (核对), with its provenance. */
export type VerificationFact = {
  __typename?: 'VerificationFact';
  /** The date the record says this as of. */
  asOf: Scalars['Date']['output'];
  /** Value, for an asset whose record gives one. */
  assetValue?: Maybe<Scalars['Money']['output']>;
  /** What it is (CONTRIBUTION_BASE, PROPERTY_RESIDENTIAL, LAND_TRANSFER_RENT, DISABILITY_LIVING_SUBSIDY, …): civil affairs' rules say which count as income. */
  kind: Scalars['String']['output'];
  /** Monthly amount, for income. */
  monthlyAmount?: Maybe<Scalars['Money']['output']>;
  personId: Scalars['ID']['output'];
  /** A quantity an asset rule weighs: floor area in m², land in mu. */
  quantity?: Maybe<Scalars['Float']['output']>;
  recordId: Scalars['String']['output'];
  /** The record it comes from, in the unit's own terms. */
  recordType: Scalars['String']['output'];
  /** The unit that gave it. */
  unit: Scalars['String']['output'];
};



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
  Person: Person;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
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
  ChangeDifficultWorkerFileInput: ChangeDifficultWorkerFileInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DifficultWorkerConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  DifficultWorkerFile: ResolverTypeWrapper<DifficultWorkerFileRow>;
  DifficultWorkerFilter: DifficultWorkerFilter;
  DifficultWorkerStatus: DifficultWorkerStatus;
  DifficultyLevel: DifficultyLevel;
  DifficultyReason: DifficultyReason;
  GrantInboxReferralInput: GrantInboxReferralInput;
  GrantUnionAidInput: GrantUnionAidInput;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenDifficultWorkerFileInput: OpenDifficultWorkerFileInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  RevokeUnionAidInput: RevokeUnionAidInput;
  TradeUnionProfile: ResolverTypeWrapper<TradeUnionProfileParent>;
  UnionAid: ResolverTypeWrapper<UnionAidRow>;
  UnionAidKind: UnionAidKind;
  UnionAidStatus: UnionAidStatus;
  VerificationFact: ResolverTypeWrapper<VerificationFact>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
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
  ChangeDifficultWorkerFileInput: ChangeDifficultWorkerFileInput;
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DifficultWorkerConnection: Connection<ResolversParentTypes['Person']>;
  DifficultWorkerFile: DifficultWorkerFileRow;
  DifficultWorkerFilter: DifficultWorkerFilter;
  GrantInboxReferralInput: GrantInboxReferralInput;
  GrantUnionAidInput: GrantUnionAidInput;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenDifficultWorkerFileInput: OpenDifficultWorkerFileInput;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  RevokeUnionAidInput: RevokeUnionAidInput;
  TradeUnionProfile: TradeUnionProfileParent;
  UnionAid: UnionAidRow;
  VerificationFact: VerificationFact;
  Float: Scalars['Float']['output'];
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

export type CohortKeyPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CohortKeyPage'] = ResolversParentTypes['CohortKeyPage']> = {
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DifficultWorkerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DifficultWorkerConnection'] = ResolversParentTypes['DifficultWorkerConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DifficultWorkerFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DifficultWorkerFile'] = ResolversParentTypes['DifficultWorkerFile']> = {
  employerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['DifficultyLevel'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['DifficultyReason']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DifficultWorkerStatus'], ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InboxReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxReferral'] = ResolversParentTypes['InboxReferral']> = {
  applicationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  consentToVerification?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  grantedEntity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grantedRecordId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ReferralNeed'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  routedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  townshipCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InboxReferralConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InboxReferralConnection'] = ResolversParentTypes['InboxReferralConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['InboxReferral']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptTradeUnionReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptTradeUnionReferralArgs, 'input'>>;
  askTradeUnionReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskTradeUnionReferralForInformationArgs, 'input'>>;
  changeDifficultWorkerFile?: Resolver<Maybe<ResolversTypes['DifficultWorkerFile']>, ParentType, ContextType, RequireFields<MutationChangeDifficultWorkerFileArgs, 'input'>>;
  grantTradeUnionReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantTradeUnionReferralArgs, 'input'>>;
  grantUnionAid?: Resolver<Maybe<ResolversTypes['UnionAid']>, ParentType, ContextType, RequireFields<MutationGrantUnionAidArgs, 'input'>>;
  openDifficultWorkerFile?: Resolver<Maybe<ResolversTypes['DifficultWorkerFile']>, ParentType, ContextType, RequireFields<MutationOpenDifficultWorkerFileArgs, 'input'>>;
  receiveTradeUnionReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveTradeUnionReferralArgs, 'input'>>;
  refuseTradeUnionReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseTradeUnionReferralArgs, 'input'>>;
  revokeUnionAid?: Resolver<Maybe<ResolversTypes['UnionAid']>, ParentType, ContextType, RequireFields<MutationRevokeUnionAidArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tradeUnion?: Resolver<Maybe<ResolversTypes['TradeUnionProfile']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  difficultWorkers?: Resolver<Maybe<ResolversTypes['DifficultWorkerConnection']>, ParentType, ContextType, RequireFields<QueryDifficultWorkersArgs, 'first'>>;
  difficultWorkersCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryDifficultWorkersCohortKeysArgs, 'first'>>;
  tradeUnionAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryTradeUnionAccessLogArgs, 'first'>>;
  tradeUnionReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryTradeUnionReferralsArgs, 'first'>>;
  tradeUnionVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryTradeUnionVerificationFactsArgs, 'authorisation' | 'personIds'>>;
};

export type TradeUnionProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TradeUnionProfile'] = ResolversParentTypes['TradeUnionProfile']> = {
  aid?: Resolver<Array<ResolversTypes['UnionAid']>, ParentType, ContextType, RequireFields<TradeUnionProfileAidArgs, 'includeRevoked'>>;
  difficultWorker?: Resolver<Maybe<ResolversTypes['DifficultWorkerFile']>, ParentType, ContextType>;
};

export type UnionAidResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnionAid'] = ResolversParentTypes['UnionAid']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnionAidKind'], ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  revokedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['UnionAidStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VerificationFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationFact'] = ResolversParentTypes['VerificationFact']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assetValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DifficultWorkerConnection?: DifficultWorkerConnectionResolvers<ContextType>;
  DifficultWorkerFile?: DifficultWorkerFileResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TradeUnionProfile?: TradeUnionProfileResolvers<ContextType>;
  UnionAid?: UnionAidResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

