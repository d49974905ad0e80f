// The civil-affairs subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Person as PersonRow, Household as HouseholdRow, AssistanceCase as AssistanceCaseRow, AssistanceStandard as AssistanceStandardRow, VerificationAuthorisation as VerificationAuthorisationRow, VerificationRequest as VerificationRequestRow, VerificationReport as VerificationReportRow, ReportItem, IncomeRule as IncomeRuleRow } from '../entities';
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

/** A case of one assistance program for one household. */
export type AssistanceCase = {
  __typename?: 'AssistanceCase';
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Changes to the case, oldest first; they carry the reasons, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** Monthly benefit; null for certification and one-off assistance. */
  monthlyAmount?: Maybe<Scalars['Money']['output']>;
  /** One-off amount of temporary assistance. */
  oneOffAmount?: Maybe<Scalars['Money']['output']>;
  perCapitaIncome?: Maybe<Scalars['Money']['output']>;
  program: AssistanceProgram;
  startDate: Scalars['Date']['output'];
  status: CaseStatus;
  /** Why the case was last rejected, suspended or terminated: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the case. */
  version: Scalars['Int']['output'];
};

export type AssistanceProgram =
  /** 特困供养: extreme-poverty support */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 低收入家庭认定: low-income household certification */
  | 'LOW_INCOME_CERTIFICATION'
  /** 低保: minimum living allowance */
  | 'MINIMUM_LIVING_ALLOWANCE'
  /** 临时救助: temporary assistance */
  | 'TEMPORARY_ASSISTANCE';

/** A monthly standard of one program in one county. */
export type AssistanceStandard = {
  __typename?: 'AssistanceStandard';
  effectiveFrom: Scalars['Date']['output'];
  monthlyAmount: Scalars['Money']['output'];
  program: AssistanceProgram;
  region: Region;
};

export type CaseStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'REJECTED'
  | 'SUSPENDED'
  | 'TERMINATED'
  | 'UNDER_REVIEW';

/**
 * A change along the case lifecycle: APPLIED -> UNDER_REVIEW -> ACTIVE or REJECTED; ACTIVE <-> SUSPENDED;
 * ACTIVE or SUSPENDED -> TERMINATED. REJECTED and TERMINATED are final.
 */
export type ChangeAssistanceCaseInput = {
  /** Required when rejecting or terminating; not before the start date. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  monthlyAmount?: InputMaybe<Scalars['Money']['input']>;
  oneOffAmount?: InputMaybe<Scalars['Money']['input']>;
  /** Why: required to reject, suspend or terminate. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  /** The case's version as you read it. */
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

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GrantInboxReferralInput = {
  /** The record the grant made in this unit: its GraphQL type (e.g. EducationAid) and its id. */
  grantedEntity: Scalars['String']['input'];
  grantedRecordId: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** 共同生活的家庭成员: an assistance household, the unit that applies for and receives assistance. */
export type Household = {
  __typename?: 'Household';
  /** The address; with person:identify:held, only of a household one of whose members the caller's agency holds records on. */
  address?: Maybe<Scalars['String']['output']>;
  /** Assistance cases of the household, newest first. */
  assistanceCases?: Maybe<Array<AssistanceCase>>;
  head?: Maybe<Person>;
  /** Changes to the household record, oldest first; they carry the address, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  members?: Maybe<Array<Person>>;
  region?: Maybe<Region>;
  registeredOn?: Maybe<Scalars['Date']['output']>;
  size?: Maybe<Scalars['Int']['output']>;
  version?: Maybe<Scalars['Int']['output']>;
};

export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  nodes: Array<Household>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type HouseholdFilter = {
  program?: InputMaybe<AssistanceProgram>;
  /** A county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
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

export type MovePersonInput = {
  personId: Scalars['ID']['input'];
  relationToHead: RelationToHead;
  toHouseholdId: Scalars['ID']['input'];
  /** The person's version as you read it. */
  version: Scalars['Int']['input'];
};

/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptCivilAffairsReferral?: Maybe<InboxReferral>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askCivilAffairsReferralForInformation?: Maybe<InboxReferral>;
  /** Changes a case: its status along the lifecycle, its amount, its end date. */
  changeAssistanceCase?: Maybe<AssistanceCase>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantCivilAffairsReferral?: Maybe<InboxReferral>;
  /** Moves a person into another household. */
  movePerson?: Maybe<Person>;
  /**
   * Enters the calling agency's service in the register as a holder of records on these persons (at most 1,000),
   * so that its staff may see their identity. Every agency's outbox sends it after a write that records a person;
   * a repeat changes nothing. The agency is the caller's own service: none can enter another.
   */
  noteRecordsHeld?: Maybe<RecordsHeldNote>;
  /** Opens an assistance case (status APPLIED). */
  openAssistanceCase?: Maybe<AssistanceCase>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveCivilAffairsReferral?: Maybe<InboxReferral>;
  /**
   * Records a household's written authorisation of its economic-status verification (核对授权书): who signed (a
   * member), which members it covers, which units may be asked, until when.
   */
  recordVerificationAuthorisation?: Maybe<VerificationAuthorisation>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseCivilAffairsReferral?: Maybe<InboxReferral>;
  /** Registers a household with an existing person as its head. */
  registerHousehold?: Maybe<Household>;
  /** Registers a person in the index by resident ID number. */
  registerPerson?: Maybe<Person>;
  /**
   * Verifies a household under a current authorisation: records the request, gathers every authorised unit's facts
   * over the graph and keeps report version 1. A unit that does not answer makes the report INCOMPLETE, naming it. When
   * the units take longer than 5 s it answers GATHERING and keeps the report once they answer: read verification(id).
   */
  requestVerification?: Maybe<Verification>;
  /**
   * Gathers again (a unit came back, facts changed, a run was interrupted) and keeps the next report version; earlier
   * versions stay. A run still GATHERING is superseded: its report is not kept.
   */
  rerunVerification?: Maybe<Verification>;
  /** Revokes an authorisation: civil affairs gathers no more under it, and units refuse it within 10 minutes. */
  revokeVerificationAuthorisation?: Maybe<VerificationAuthorisation>;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptCivilAffairsReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskCivilAffairsReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeAssistanceCaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeAssistanceCaseInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantCivilAffairsReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationMovePersonArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MovePersonInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationNoteRecordsHeldArgs = {
  personKeys: Array<Scalars['ID']['input']>;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationOpenAssistanceCaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenAssistanceCaseInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveCivilAffairsReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordVerificationAuthorisationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordVerificationAuthorisationInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseCivilAffairsReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRegisterHouseholdArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterHouseholdInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRegisterPersonArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterPersonInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRequestVerificationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RequestVerificationInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRerunVerificationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RerunVerificationInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRevokeVerificationAuthorisationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RevokeVerificationAuthorisationInput;
};

export type OpenAssistanceCaseInput = {
  householdId: Scalars['ID']['input'];
  monthlyAmount?: InputMaybe<Scalars['Money']['input']>;
  oneOffAmount?: InputMaybe<Scalars['Money']['input']>;
  /** Monthly per-capita income found by verification (核对). */
  perCapitaIncome?: InputMaybe<Scalars['Money']['input']>;
  program: AssistanceProgram;
  startDate: Scalars['Date']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A person, keyed by the pseudonymous person key derived from the resident ID number.
 *
 * Identity (name, full ID number, birth date, exact age) is for callers with person:identify, and for an
 * agency with person:identify:held only when civil affairs' register says the agency holds records on the
 * person; otherwise such a field is null with FORBIDDEN naming the agency.
 */
export type Person = {
  __typename?: 'Person';
  /** The exact age in years; it narrows the birth date, so it is identity. ageBand is for everyone else. */
  age?: Maybe<Scalars['Int']['output']>;
  /** The age in a 5-year band: "35-39", and "100+" from 100 on. */
  ageBand?: Maybe<Scalars['String']['output']>;
  birthDate?: Maybe<Scalars['Date']['output']>;
  gender?: Maybe<Gender>;
  /** Changes to the person's index record, oldest first; they carry the name and ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  household?: Maybe<Household>;
  id: Scalars['ID']['output'];
  /**
   * The resident ID number; to callers who may not identify the person, only its 6-digit region code followed
   * by 12 asterisks (e.g. 411302************).
   */
  idNumber?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Region>;
  relationToHead?: Maybe<RelationToHead>;
  /** Incremented by every change; send it back when you change the person. */
  version?: Maybe<Scalars['Int']['output']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonFilter = {
  gender?: InputMaybe<Gender>;
  /** Without person:identify, one less than a multiple of 5 (4, 9, … 99). */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** Without person:identify, a multiple of 5. */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type Query = {
  __typename?: 'Query';
  /** Monthly assistance standards per county and program. */
  assistanceStandards?: Maybe<Array<AssistanceStandard>>;
  /** Who read the personal data the civil-affairs subgraph holds: newest first, for admins and auditors. */
  civilAffairsAccessLog?: Maybe<AccessLogConnection>;
  /** The civil-affairs unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  civilAffairsReferrals?: Maybe<InboxReferralConnection>;
  /** One assistance household. */
  household?: Maybe<Household>;
  /** Households that have an assistance case matching every given condition. */
  households?: Maybe<HouseholdConnection>;
  /** One person by pseudonymous key. */
  person?: Maybe<Person>;
  /**
   * The person holding a resident ID number (18 characters, GB 11643-1999). An agency that identifies only the
   * persons it holds records on (person:identify:held) gets null with FORBIDDEN for anyone else, whether or
   * not the number is in the index.
   */
  personByIdNumber?: Maybe<Person>;
  /**
   * People of the index, by region, age and gender. Without person:identify the age range must fall on the edges
   * of 5-year bands (minAge a multiple of 5, maxAge one less than a multiple of 5), else it is refused with
   * BAD_USER_INPUT.
   */
  persons?: Maybe<PersonConnection>;
  /** The county-level units of the city (GB/T 2260). */
  regions?: Maybe<Array<Region>>;
  /** One economic-status verification (核对) with its reports: the caseworker's view of a household's verification. */
  verification?: Maybe<Verification>;
  /** A household's authorisation of its economic-status verification (核对授权书). */
  verificationAuthorisation?: Maybe<VerificationAuthorisation>;
  /** Which kinds of fact count as income in a verification (the income rule table). */
  verificationIncomeRules?: Maybe<Array<VerificationIncomeRule>>;
  /** Verifications matching every given condition, in id order: a county office's list of its own. */
  verifications?: Maybe<VerificationConnection>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryAssistanceStandardsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryCivilAffairsAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryCivilAffairsReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HouseholdFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryPersonByIdNumberArgs = {
  idNumber: Scalars['String']['input'];
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryVerificationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryVerificationAuthorisationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryVerificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VerificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type RecordVerificationAuthorisationInput = {
  /** Units that may be asked: human-resources, housing, finance, agriculture, trade-union, disabled-persons, education. */
  agencies: Array<Scalars['String']['input']>;
  householdId: Scalars['ID']['input'];
  /** Members of the household (at most 50). */
  memberIds: Array<Scalars['ID']['input']>;
  /** The member who signed: one of memberIds. */
  signerId: Scalars['ID']['input'];
  /** Today or later, at most a year ahead. */
  validUntil: Scalars['Date']['input'];
};

/** What the register now holds of a note: the agency it names and how many persons it was about. */
export type RecordsHeldNote = {
  __typename?: 'RecordsHeldNote';
  agency: Scalars['String']['output'];
  persons: Scalars['Int']['output'];
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

/**
 * A GB/T 2260 county-level unit of the city (区, 县 or 县级市), an entity by its code: every agency returns regions
 * by key, and the county governments resolve them, with their townships, coordination and supervision.
 */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
  /** The county's name, e.g. 宛城区; the code itself for a code the city does not have. Resolved here too, so that the persons, households and standards civil affairs returns need no second fetch for it. */
  name: Scalars['String']['output'];
};

export type RegisterHouseholdInput = {
  address: Scalars['String']['input'];
  /** An indexed person who becomes the head and moves into the household. */
  headId: Scalars['ID']['input'];
  regionCode: Scalars['String']['input'];
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
};

export type RegisterPersonInput = {
  /** The household the person joins; without it the person is registered alone. */
  householdId?: InputMaybe<Scalars['ID']['input']>;
  /** 18 characters, GB 11643-1999; the check character is verified. */
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The county of residence; defaults to the household's, else is required. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  relationToHead?: InputMaybe<RelationToHead>;
};

export type RelationToHead =
  | 'CHILD'
  | 'GRANDCHILD'
  | 'HEAD'
  | 'OTHER'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

export type RequestVerificationInput = {
  authorisationId: Scalars['ID']['input'];
  householdId: Scalars['ID']['input'];
};

export type RerunVerificationInput = {
  id: Scalars['ID']['input'];
  /** The verification's version as you read it. */
  version: Scalars['Int']['input'];
};

export type RevokeVerificationAuthorisationInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The authorisation's version as you read it. */
  version: Scalars['Int']['input'];
};

/** A household's economic-status verification (核对) under one authorisation, and every report it made. */
export type Verification = {
  __typename?: 'Verification';
  authorisation: VerificationAuthorisation;
  household: Household;
  id: Scalars['ID']['output'];
  /** The household's county when it was requested. */
  region: Region;
  /** The latest report kept; null until the first run keeps one (while GATHERING, the previous run's). */
  report?: Maybe<VerificationReport>;
  /** Every report, oldest first: each re-run adds a version. */
  reports: Array<VerificationReport>;
  requestedAt: Scalars['DateTime']['output'];
  status: VerificationStatus;
  /** Incremented by every change; send it back to re-run. */
  version: Scalars['Int']['output'];
};

/** 核对授权书: a household's written authorisation of its economic-status verification. */
export type VerificationAuthorisation = {
  __typename?: 'VerificationAuthorisation';
  /** The units that may be asked (subgraph names). */
  agencies: Array<Scalars['String']['output']>;
  household: Household;
  id: Scalars['ID']['output'];
  /** The members it covers: whose income and assets may be verified. */
  members: Array<Person>;
  revokedOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was revoked: free text, so it needs the detail scope. */
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** The member who signed it. */
  signer: Person;
  /** The last day it holds. */
  validUntil: Scalars['Date']['output'];
  /** Incremented by every change; send it back when you revoke it. */
  version: Scalars['Int']['output'];
};

export type VerificationConnection = {
  __typename?: 'VerificationConnection';
  nodes: Array<Verification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VerificationFilter = {
  /** A county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<VerificationStatus>;
};

/** Whether a kind of fact counts as income, and why. */
export type VerificationIncomeRule = {
  __typename?: 'VerificationIncomeRule';
  basis: Scalars['String']['output'];
  countsAsIncome: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
};

/** One fact of a report with its provenance. */
export type VerificationItem = {
  __typename?: 'VerificationItem';
  asOf: Scalars['Date']['output'];
  assetValue?: Maybe<Scalars['Money']['output']>;
  countsAsIncome: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  monthlyAmount?: Maybe<Scalars['Money']['output']>;
  personId: Scalars['ID']['output'];
  quantity?: Maybe<Scalars['Float']['output']>;
  recordId: Scalars['String']['output'];
  recordType: Scalars['String']['output'];
  /** The rule it was weighed by. */
  rule: Scalars['String']['output'];
  /** The unit that gave it. */
  unit: Scalars['String']['output'];
};

/** A unit that did not answer a gathering. */
export type VerificationMissingUnit = {
  __typename?: 'VerificationMissingUnit';
  /** SUBGRAPH_UNAVAILABLE, UNAVAILABLE, FORBIDDEN, … */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

/** One version of a verification's report, as it was made. */
export type VerificationReport = {
  __typename?: 'VerificationReport';
  answeredUnits: Array<Scalars['String']['output']>;
  gatheredAt: Scalars['DateTime']['output'];
  /** The members the income is divided among. */
  householdSize: Scalars['Int']['output'];
  /** Every fact with its provenance (unit, record, as of when) and whether it counts as income. */
  items?: Maybe<Array<VerificationItem>>;
  /** Each unit that did not answer, with why: its facts are unknown, never "nothing found". */
  missingUnits: Array<VerificationMissingUnit>;
  /** The household's monthly income: the items that count as income. */
  monthlyIncome: Scalars['Money']['output'];
  perCapitaMonthlyIncome: Scalars['Money']['output'];
  /** Why: every finding and every reason the report decides nothing. */
  reasons?: Maybe<Array<Scalars['String']['output']>>;
  /** The county's 低保 standard it was weighed against; null when the county has none. */
  standard?: Maybe<Scalars['Money']['output']>;
  /** COMPLETED when every authorised unit answered, else INCOMPLETE. */
  status: VerificationStatus;
  verdict: VerificationVerdict;
  version: Scalars['Int']['output'];
};

/**
 * Where a verification stands: REQUESTED, GATHERING while the units are asked, then as the report its latest run kept.
 * requestVerification and rerunVerification write the request first and keep each run's report in a write of its own,
 * so a verification is never stored half-gathered.
 */
export type VerificationStatus =
  /** Every authorised unit answered. */
  | 'COMPLETED'
  /** The units are being asked (at most a minute); the request answers this when they take longer than 5 s: read it again. */
  | 'GATHERING'
  /** A unit did not answer: its facts are unknown, never "nothing found"; re-run it when the unit is back. */
  | 'INCOMPLETE'
  /** Recorded, and no run under way: none has run yet, or the last was interrupted before it kept a report (re-run it). */
  | 'REQUESTED';

export type VerificationVerdict =
  /** Per-capita income below the county's 低保 standard and assets within the rules. */
  | 'ELIGIBLE'
  | 'NOT_ELIGIBLE'
  /** The report decides nothing: a unit did not answer, a member is not covered, or a fact has no rule. */
  | 'UNDETERMINED';



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
  Household: Household;
  Person: Person;
  Region: Region;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
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
  AssistanceCase: ResolverTypeWrapper<AssistanceCaseRow>;
  AssistanceProgram: AssistanceProgram;
  AssistanceStandard: ResolverTypeWrapper<AssistanceStandardRow>;
  CaseStatus: CaseStatus;
  ChangeAssistanceCaseInput: ChangeAssistanceCaseInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Gender: Gender;
  GrantInboxReferralInput: GrantInboxReferralInput;
  Household: ResolverTypeWrapper<HouseholdRow>;
  HouseholdConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Household']>>;
  HouseholdFilter: HouseholdFilter;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  MovePersonInput: MovePersonInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAssistanceCaseInput: OpenAssistanceCaseInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  PersonFilter: PersonFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordVerificationAuthorisationInput: RecordVerificationAuthorisationInput;
  RecordsHeldNote: ResolverTypeWrapper<RecordsHeldNote>;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  Region: ResolverTypeWrapper<Region>;
  RegisterHouseholdInput: RegisterHouseholdInput;
  RegisterPersonInput: RegisterPersonInput;
  RelationToHead: RelationToHead;
  RequestVerificationInput: RequestVerificationInput;
  RerunVerificationInput: RerunVerificationInput;
  RevokeVerificationAuthorisationInput: RevokeVerificationAuthorisationInput;
  Verification: ResolverTypeWrapper<VerificationRequestRow>;
  VerificationAuthorisation: ResolverTypeWrapper<VerificationAuthorisationRow>;
  VerificationConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Verification']>>;
  VerificationFilter: VerificationFilter;
  VerificationIncomeRule: ResolverTypeWrapper<IncomeRuleRow>;
  VerificationItem: ResolverTypeWrapper<ReportItem>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  VerificationMissingUnit: ResolverTypeWrapper<VerificationMissingUnit>;
  VerificationReport: ResolverTypeWrapper<VerificationReportRow>;
  VerificationStatus: VerificationStatus;
  VerificationVerdict: VerificationVerdict;
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
  AssistanceCase: AssistanceCaseRow;
  AssistanceStandard: AssistanceStandardRow;
  ChangeAssistanceCaseInput: ChangeAssistanceCaseInput;
  ChangeRecord: ChangeRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  GrantInboxReferralInput: GrantInboxReferralInput;
  Household: HouseholdRow;
  HouseholdConnection: Connection<ResolversParentTypes['Household']>;
  HouseholdFilter: HouseholdFilter;
  InboxReferral: InboxReferralRow;
  Boolean: Scalars['Boolean']['output'];
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: Scalars['Money']['output'];
  MovePersonInput: MovePersonInput;
  Mutation: Record<PropertyKey, never>;
  OpenAssistanceCaseInput: OpenAssistanceCaseInput;
  PageInfo: PageInfo;
  Person: PersonRow;
  PersonConnection: Connection<ResolversParentTypes['Person']>;
  PersonFilter: PersonFilter;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordVerificationAuthorisationInput: RecordVerificationAuthorisationInput;
  RecordsHeldNote: RecordsHeldNote;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  Region: Region | FederationReferenceTypes['Region'];
  RegisterHouseholdInput: RegisterHouseholdInput;
  RegisterPersonInput: RegisterPersonInput;
  RequestVerificationInput: RequestVerificationInput;
  RerunVerificationInput: RerunVerificationInput;
  RevokeVerificationAuthorisationInput: RevokeVerificationAuthorisationInput;
  Verification: VerificationRequestRow;
  VerificationAuthorisation: VerificationAuthorisationRow;
  VerificationConnection: Connection<ResolversParentTypes['Verification']>;
  VerificationFilter: VerificationFilter;
  VerificationIncomeRule: IncomeRuleRow;
  VerificationItem: ReportItem;
  Float: Scalars['Float']['output'];
  VerificationMissingUnit: VerificationMissingUnit;
  VerificationReport: VerificationReportRow;
};

export type AccessLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
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

export type AssistanceCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceCase'] = ResolversParentTypes['AssistanceCase']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  oneOffAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  perCapitaIncome?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['AssistanceProgram'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssistanceStandardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceStandard'] = ResolversParentTypes['AssistanceStandard']> = {
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  monthlyAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['AssistanceProgram'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type ChangeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeRecord'] = ResolversParentTypes['ChangeRecord']> = {
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assistanceCases?: Resolver<Maybe<Array<ResolversTypes['AssistanceCase']>>, ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Maybe<Array<ResolversTypes['Person']>>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  registeredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type HouseholdConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HouseholdConnection'] = ResolversParentTypes['HouseholdConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Household']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  acceptCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptCivilAffairsReferralArgs, 'input'>>;
  askCivilAffairsReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskCivilAffairsReferralForInformationArgs, 'input'>>;
  changeAssistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<MutationChangeAssistanceCaseArgs, 'input'>>;
  grantCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantCivilAffairsReferralArgs, 'input'>>;
  movePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationMovePersonArgs, 'input'>>;
  noteRecordsHeld?: Resolver<Maybe<ResolversTypes['RecordsHeldNote']>, ParentType, ContextType, RequireFields<MutationNoteRecordsHeldArgs, 'personKeys'>>;
  openAssistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<MutationOpenAssistanceCaseArgs, 'input'>>;
  receiveCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveCivilAffairsReferralArgs, 'input'>>;
  recordVerificationAuthorisation?: Resolver<Maybe<ResolversTypes['VerificationAuthorisation']>, ParentType, ContextType, RequireFields<MutationRecordVerificationAuthorisationArgs, 'input'>>;
  refuseCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseCivilAffairsReferralArgs, 'input'>>;
  registerHousehold?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<MutationRegisterHouseholdArgs, 'input'>>;
  registerPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  requestVerification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType, RequireFields<MutationRequestVerificationArgs, 'input'>>;
  rerunVerification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType, RequireFields<MutationRerunVerificationArgs, 'input'>>;
  revokeVerificationAuthorisation?: Resolver<Maybe<ResolversTypes['VerificationAuthorisation']>, ParentType, ContextType, RequireFields<MutationRevokeVerificationAuthorisationArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ageBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  relationToHead?: Resolver<Maybe<ResolversTypes['RelationToHead']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  assistanceStandards?: Resolver<Maybe<Array<ResolversTypes['AssistanceStandard']>>, ParentType, ContextType, Partial<QueryAssistanceStandardsArgs>>;
  civilAffairsAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryCivilAffairsAccessLogArgs, 'first'>>;
  civilAffairsReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryCivilAffairsReferralsArgs, 'first'>>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'id'>>;
  households?: Resolver<Maybe<ResolversTypes['HouseholdConnection']>, ParentType, ContextType, RequireFields<QueryHouseholdsArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  personByIdNumber?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonByIdNumberArgs, 'idNumber'>>;
  persons?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first'>>;
  regions?: Resolver<Maybe<Array<ResolversTypes['Region']>>, ParentType, ContextType>;
  verification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType, RequireFields<QueryVerificationArgs, 'id'>>;
  verificationAuthorisation?: Resolver<Maybe<ResolversTypes['VerificationAuthorisation']>, ParentType, ContextType, RequireFields<QueryVerificationAuthorisationArgs, 'id'>>;
  verificationIncomeRules?: Resolver<Maybe<Array<ResolversTypes['VerificationIncomeRule']>>, ParentType, ContextType>;
  verifications?: Resolver<Maybe<ResolversTypes['VerificationConnection']>, ParentType, ContextType, RequireFields<QueryVerificationsArgs, 'first'>>;
};

export type RecordsHeldNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordsHeldNote'] = ResolversParentTypes['RecordsHeldNote']> = {
  agency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Verification'] = ResolversParentTypes['Verification']> = {
  authorisation?: Resolver<ResolversTypes['VerificationAuthorisation'], ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['VerificationReport']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['VerificationReport']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VerificationAuthorisationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationAuthorisation'] = ResolversParentTypes['VerificationAuthorisation']> = {
  agencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['Household'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  revokedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  signer?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VerificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationConnection'] = ResolversParentTypes['VerificationConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Verification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VerificationIncomeRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationIncomeRule'] = ResolversParentTypes['VerificationIncomeRule']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countsAsIncome?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationItem'] = ResolversParentTypes['VerificationItem']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assetValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  countsAsIncome?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationMissingUnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationMissingUnit'] = ResolversParentTypes['VerificationMissingUnit']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VerificationReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerificationReport'] = ResolversParentTypes['VerificationReport']> = {
  answeredUnits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  gatheredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  householdSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Maybe<Array<ResolversTypes['VerificationItem']>>, ParentType, ContextType>;
  missingUnits?: Resolver<Array<ResolversTypes['VerificationMissingUnit']>, ParentType, ContextType>;
  monthlyIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  perCapitaMonthlyIncome?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reasons?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  standard?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['VerificationVerdict'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  AssistanceCase?: AssistanceCaseResolvers<ContextType>;
  AssistanceStandard?: AssistanceStandardResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  HouseholdConnection?: HouseholdConnectionResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordsHeldNote?: RecordsHeldNoteResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Verification?: VerificationResolvers<ContextType>;
  VerificationAuthorisation?: VerificationAuthorisationResolvers<ContextType>;
  VerificationConnection?: VerificationConnectionResolvers<ContextType>;
  VerificationIncomeRule?: VerificationIncomeRuleResolvers<ContextType>;
  VerificationItem?: VerificationItemResolvers<ContextType>;
  VerificationMissingUnit?: VerificationMissingUnitResolvers<ContextType>;
  VerificationReport?: VerificationReportResolvers<ContextType>;
};

