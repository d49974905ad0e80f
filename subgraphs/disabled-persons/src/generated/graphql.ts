// The disabled-persons subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { DisabilityCertificate as DisabilityCertificateRow, DisabilitySubsidy as DisabilitySubsidyRow } from '../entities';
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

export type ChangeDisabilitySubsidyInput = {
  /**
   * The last day paid: required to terminate (not before the start date, at most a year ahead), and set
   * only then.
   */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters: required to suspend or terminate. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The status the subsidy moves to. */
  status: DisabilitySubsidyStatus;
  /** The subsidy's version as you read it. */
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

/** 残疾类别: the category of disability (GB/T 26341-2010), with the digit it has in the certificate number. */
export type DisabilityCategory =
  /** 听力残疾 (2) */
  | 'HEARING'
  /** 智力残疾 (5) */
  | 'INTELLECTUAL'
  /** 精神残疾 (6) */
  | 'MENTAL'
  /** 多重残疾 (7) */
  | 'MULTIPLE'
  /** 肢体残疾 (4) */
  | 'PHYSICAL'
  /** 言语残疾 (3) */
  | 'SPEECH'
  /** 视力残疾 (1) */
  | 'VISUAL';

/** 残疾人证: the certificate (third generation) that certifies a disability's category and grade. */
export type DisabilityCertificate = {
  __typename?: 'DisabilityCertificate';
  category: DisabilityCategory;
  /** 1 (most severe) to 4. */
  grade: Scalars['Int']['output'];
  /** Issue and reassessments, oldest first; the records carry the ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  issuedOn: Scalars['Date']['output'];
  /** The certificate number: the 18-character resident ID number, the category digit and the grade digit. */
  number?: Maybe<Scalars['String']['output']>;
  /** The holder. */
  person: Person;
  validUntil: Scalars['Date']['output'];
  /** Incremented by every change; send it back when you reassess the holder. */
  version: Scalars['Int']['output'];
};

/** 残疾人档案: a disabled person's certificate and subsidies. */
export type DisabilityProfile = {
  __typename?: 'DisabilityProfile';
  certificate?: Maybe<DisabilityCertificate>;
  /** Subsidies, newest first. */
  subsidies: Array<DisabilitySubsidy>;
};

/** 两项补贴: one of the two disability subsidies granted to one person. */
export type DisabilitySubsidy = {
  __typename?: 'DisabilitySubsidy';
  /** The last day paid; set when the subsidy is terminated. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Changes to the subsidy, oldest first; they carry the reasons, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: DisabilitySubsidyKind;
  monthlyAmount: Scalars['Money']['output'];
  /** The holder. */
  person: Person;
  startDate: Scalars['Date']['output'];
  status: DisabilitySubsidyStatus;
  /** Why the subsidy last changed status (required to suspend or terminate): free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the subsidy. */
  version: Scalars['Int']['output'];
};

/** 补贴类别: the kinds of the two disability subsidies. */
export type DisabilitySubsidyKind =
  /** 困难残疾人生活补贴: living subsidy for disabled persons in 低保 or 特困 households */
  | 'LIVING'
  /** 重度残疾人护理补贴: care subsidy for grade 1 and 2 disabilities */
  | 'SEVERE_CARE';

/** 补贴状态: where a subsidy stands. */
export type DisabilitySubsidyStatus =
  /** 发放中: paid every month */
  | 'ACTIVE'
  /** 申请中: applied for, not yet approved */
  | 'APPLIED'
  /** 暂停: payment suspended pending review */
  | 'SUSPENDED'
  /** 终止: ended */
  | 'TERMINATED';

export type DisabledPersonConnection = {
  __typename?: 'DisabledPersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DisabledPersonFilter = {
  /** Certificate categories; a person matches one of them. */
  categories?: InputMaybe<Array<DisabilityCategory>>;
  /** Certificate grades, each 1 to 4; a person matches one of them. */
  grades?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Has no ACTIVE subsidy of this kind (none at all, or only applied, suspended or terminated ones). */
  lacksSubsidy?: InputMaybe<DisabilitySubsidyKind>;
  /** The county that issued the certificate, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type GrantDisabilitySubsidyInput = {
  /** SEVERE_CARE only for grades 1 and 2. */
  kind: DisabilitySubsidyKind;
  /** Above 0.00 and at most 1000.00. */
  monthlyAmount: Scalars['Money']['input'];
  /** The holder's person id. */
  personId: Scalars['ID']['input'];
  /** The first day paid: within the certificate's validity and not more than a year ahead. */
  startDate: Scalars['Date']['input'];
};

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

export type IssueDisabilityCertificateInput = {
  category: DisabilityCategory;
  /** 1 (most severe) to 4. */
  grade: Scalars['Int']['input'];
  /** The holder's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** Not in the future and not before the holder was born. */
  issuedOn: Scalars['Date']['input'];
  /** The issuing county, the holder's county of household registration: a county code of the city (GB/T 2260). */
  regionCode: Scalars['String']['input'];
  /** After issuedOn, at most 10 years later, and not already past. */
  validUntil: Scalars['Date']['input'];
};

/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptDisabledPersonsReferral?: Maybe<InboxReferral>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askDisabledPersonsReferralForInformation?: Maybe<InboxReferral>;
  /**
   * Moves a subsidy along its lifecycle: APPLIED -> ACTIVE or TERMINATED; ACTIVE <-> SUSPENDED; ACTIVE or
   * SUSPENDED -> TERMINATED, which is final. Becoming ACTIVE needs a certificate valid today (grade 1-2 for
   * SEVERE_CARE).
   */
  changeDisabilitySubsidy?: Maybe<DisabilitySubsidy>;
  /**
   * Grants a subsidy to a holder of a certificate valid today; it is ACTIVE from the start date. One open
   * (APPLIED, ACTIVE or SUSPENDED) subsidy of a kind per person: a second is CONFLICT. Whether the holder's
   * household is on 低保 or 特困 (for LIVING) is civil affairs' record and is not checked here.
   */
  grantDisabilitySubsidy?: Maybe<DisabilitySubsidy>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantDisabledPersonsReferral?: Maybe<InboxReferral>;
  /**
   * Issues a person's disability certificate; its number is derived from the ID number, category and grade.
   * One certificate per person: a second is CONFLICT (reassess the holder instead).
   */
  issueDisabilityCertificate?: Maybe<DisabilityCertificate>;
  /**
   * Records a reassessment (重新评定) of a holder: the certificate takes the new category, grade, dates and
   * number. Subsidies are not changed: a grade of 3 or 4 is refused while the holder has an APPLIED, ACTIVE
   * or SUSPENDED SEVERE_CARE subsidy, which must be terminated first.
   */
  reassessDisabilityCertificate?: Maybe<DisabilityCertificate>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveDisabledPersonsReferral?: Maybe<InboxReferral>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseDisabledPersonsReferral?: Maybe<InboxReferral>;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptDisabledPersonsReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskDisabledPersonsReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeDisabilitySubsidyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeDisabilitySubsidyInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantDisabilitySubsidyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantDisabilitySubsidyInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantDisabledPersonsReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationIssueDisabilityCertificateArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: IssueDisabilityCertificateInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReassessDisabilityCertificateArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ReassessDisabilityCertificateInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveDisabledPersonsReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * The federation's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseDisabledPersonsReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  /** What the disabled persons' federation holds on the person; null when it holds nothing. */
  disability?: Maybe<DisabilityProfile>;
  id: Scalars['ID']['output'];
};

/** 市残联 (Disabled Persons' Federation): disability certificates and the two disability subsidies. */
export type Query = {
  __typename?: 'Query';
  /**
   * Certified disabled persons matching every condition of the filter, by person key: for proactive
   * discovery of people who qualify for a subsidy they do not get.
   */
  disabledPersons?: Maybe<DisabledPersonConnection>;
  /** Who read the personal data the disabled-persons subgraph holds: newest first, for admins and auditors. */
  disabledPersonsAccessLog?: Maybe<AccessLogConnection>;
  /**
   * The person keys disabledPersons(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the disabled-persons access log.
   */
  disabledPersonsCohortKeys?: Maybe<CohortKeyPage>;
  /** The disabled-persons unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  disabledPersonsReferrals?: Maybe<InboxReferralConnection>;
  /**
   * disabled-persons: the two disability subsidies, for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and disabled-persons's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  disabledPersonsVerificationFacts?: Maybe<Array<VerificationFact>>;
};


/** 市残联 (Disabled Persons' Federation): disability certificates and the two disability subsidies. */
export type QueryDisabledPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisabledPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市残联 (Disabled Persons' Federation): disability certificates and the two disability subsidies. */
export type QueryDisabledPersonsAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市残联 (Disabled Persons' Federation): disability certificates and the two disability subsidies. */
export type QueryDisabledPersonsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<DisabledPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市残联 (Disabled Persons' Federation): disability certificates and the two disability subsidies. */
export type QueryDisabledPersonsReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市残联 (Disabled Persons' Federation): disability certificates and the two disability subsidies. */
export type QueryDisabledPersonsVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};

export type ReassessDisabilityCertificateInput = {
  category: DisabilityCategory;
  /** 1 (most severe) to 4. */
  grade: Scalars['Int']['input'];
  /** The day of the reassessment: not before the current certificate's, not in the future. */
  issuedOn: Scalars['Date']['input'];
  /** The holder's person id. */
  personId: Scalars['ID']['input'];
  /** The issuing county when the holder has moved; unchanged when left out. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** After issuedOn, at most 10 years later, and not already past. */
  validUntil: Scalars['Date']['input'];
  /** The certificate's version as you read it. */
  version: Scalars['Int']['input'];
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
  ChangeDisabilitySubsidyInput: ChangeDisabilitySubsidyInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisabilityCategory: DisabilityCategory;
  DisabilityCertificate: ResolverTypeWrapper<DisabilityCertificateRow>;
  DisabilityProfile: ResolverTypeWrapper<DisabilityCertificateRow>;
  DisabilitySubsidy: ResolverTypeWrapper<DisabilitySubsidyRow>;
  DisabilitySubsidyKind: DisabilitySubsidyKind;
  DisabilitySubsidyStatus: DisabilitySubsidyStatus;
  DisabledPersonConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  DisabledPersonFilter: DisabledPersonFilter;
  GrantDisabilitySubsidyInput: GrantDisabilitySubsidyInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  IssueDisabilityCertificateInput: IssueDisabilityCertificateInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReassessDisabilityCertificateInput: ReassessDisabilityCertificateInput;
  ReceiveReferralInput: ReceiveReferralInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
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
  ChangeDisabilitySubsidyInput: ChangeDisabilitySubsidyInput;
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisabilityCertificate: DisabilityCertificateRow;
  DisabilityProfile: DisabilityCertificateRow;
  DisabilitySubsidy: DisabilitySubsidyRow;
  DisabledPersonConnection: Connection<ResolversParentTypes['Person']>;
  DisabledPersonFilter: DisabledPersonFilter;
  GrantDisabilitySubsidyInput: GrantDisabilitySubsidyInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  IssueDisabilityCertificateInput: IssueDisabilityCertificateInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  ReassessDisabilityCertificateInput: ReassessDisabilityCertificateInput;
  ReceiveReferralInput: ReceiveReferralInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
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

export type DisabilityCertificateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisabilityCertificate'] = ResolversParentTypes['DisabilityCertificate']> = {
  category?: Resolver<ResolversTypes['DisabilityCategory'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisabilityProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisabilityProfile'] = ResolversParentTypes['DisabilityProfile']> = {
  certificate?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType>;
  subsidies?: Resolver<Array<ResolversTypes['DisabilitySubsidy']>, ParentType, ContextType>;
};

export type DisabilitySubsidyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisabilitySubsidy'] = ResolversParentTypes['DisabilitySubsidy']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DisabilitySubsidyKind'], ParentType, ContextType>;
  monthlyAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisabilitySubsidyStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisabledPersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisabledPersonConnection'] = ResolversParentTypes['DisabledPersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
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
  acceptDisabledPersonsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptDisabledPersonsReferralArgs, 'input'>>;
  askDisabledPersonsReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskDisabledPersonsReferralForInformationArgs, 'input'>>;
  changeDisabilitySubsidy?: Resolver<Maybe<ResolversTypes['DisabilitySubsidy']>, ParentType, ContextType, RequireFields<MutationChangeDisabilitySubsidyArgs, 'input'>>;
  grantDisabilitySubsidy?: Resolver<Maybe<ResolversTypes['DisabilitySubsidy']>, ParentType, ContextType, RequireFields<MutationGrantDisabilitySubsidyArgs, 'input'>>;
  grantDisabledPersonsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantDisabledPersonsReferralArgs, 'input'>>;
  issueDisabilityCertificate?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType, RequireFields<MutationIssueDisabilityCertificateArgs, 'input'>>;
  reassessDisabilityCertificate?: Resolver<Maybe<ResolversTypes['DisabilityCertificate']>, ParentType, ContextType, RequireFields<MutationReassessDisabilityCertificateArgs, 'input'>>;
  receiveDisabledPersonsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveDisabledPersonsReferralArgs, 'input'>>;
  refuseDisabledPersonsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseDisabledPersonsReferralArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disability?: Resolver<Maybe<ResolversTypes['DisabilityProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  disabledPersons?: Resolver<Maybe<ResolversTypes['DisabledPersonConnection']>, ParentType, ContextType, RequireFields<QueryDisabledPersonsArgs, 'first'>>;
  disabledPersonsAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryDisabledPersonsAccessLogArgs, 'first'>>;
  disabledPersonsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryDisabledPersonsCohortKeysArgs, 'first'>>;
  disabledPersonsReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryDisabledPersonsReferralsArgs, 'first'>>;
  disabledPersonsVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryDisabledPersonsVerificationFactsArgs, 'authorisation' | 'personIds'>>;
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
  DisabilityCertificate?: DisabilityCertificateResolvers<ContextType>;
  DisabilityProfile?: DisabilityProfileResolvers<ContextType>;
  DisabilitySubsidy?: DisabilitySubsidyResolvers<ContextType>;
  DisabledPersonConnection?: DisabledPersonConnectionResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

