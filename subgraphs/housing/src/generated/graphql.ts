// The housing subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { HousingProfileParent } from '../resolvers/Person';
import type { PropertyHolding as PropertyHoldingRow, HousingAssistance as HousingAssistanceRow } from '../entities';
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

/**
 * Names the applicant by `personId`, or by `idNumber` when the bureaus hold no record of the person yet
 * (the record keeps the ID number); when both are given they must agree.
 */
export type ApplyForHousingAssistanceInput = {
  /**
   * The amount applied for, optional until approval: a renovation grant of at most 100,000.00; a monthly rent
   * subsidy or public-rental rent of at most 5,000.00. Only public-rental rent may be 0.00 (waived).
   */
  amount?: InputMaybe<Scalars['Money']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  kind: HousingAssistanceKind;
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The county giving the assistance (GB/T 2260 code of the city). */
  regionCode: Scalars['String']['input'];
  /** Not before 1990, at most a year ahead. */
  startDate: Scalars['Date']['input'];
  /** The house to renovate or the home rented; the public-rental unit once allocated. 1-200 characters. */
  unitAddress?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A change along the lifecycle: APPLIED -> APPROVED or REJECTED; APPROVED -> ACTIVE or REJECTED; ACTIVE ->
 * COMPLETED or TERMINATED. REJECTED, COMPLETED and TERMINATED are final. APPROVED and ACTIVE need an amount,
 * ACTIVE needs the unit address; the ending states need an end date (not before the start date), and
 * REJECTED and TERMINATED a reason.
 */
export type ChangeHousingAssistanceInput = {
  /** Bounded per kind as when applying. */
  amount?: InputMaybe<Scalars['Money']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Why, 1-500 characters: required to reject or terminate. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<HousingAssistanceStatus>;
  unitAddress?: InputMaybe<Scalars['String']['input']>;
  /** The record's version as you read it. */
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

export type EndPropertyHoldingInput = {
  /** Not before the registration, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: PropertyEndReason;
  /** The holding's version as you read it. */
  version: Scalars['Int']['input'];
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

/** 住房保障: one housing-assistance record of a household, recorded against its head. */
export type HousingAssistance = {
  __typename?: 'HousingAssistance';
  /**
   * DILAPIDATED_RENOVATION: the one-off grant; RENT_SUBSIDY: the monthly subsidy; PUBLIC_RENTAL: the
   * monthly rent the household pays. While APPLIED the amount applied for, if any; set once APPROVED.
   */
  amount?: Maybe<Scalars['Money']['output']>;
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Changes to the record, oldest first; null, with FORBIDDEN, for callers who may not see what they carry (the ID number and address). */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: HousingAssistanceKind;
  startDate: Scalars['Date']['output'];
  status: HousingAssistanceStatus;
  /** Why the record was last rejected or terminated. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The renovated house, the allocated public-rental unit or the rented home. */
  unitAddress?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the record. */
  version: Scalars['Int']['output'];
};

export type HousingAssistanceFilter = {
  kind?: InputMaybe<HousingAssistanceKind>;
  /** A county code of the city (GB/T 2260), e.g. 411302: where the assistance is given. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<HousingAssistanceStatus>;
};

/** 住房保障类型: the kind of housing assistance. */
export type HousingAssistanceKind =
  /** 农村危房改造: dilapidated rural house renovation */
  | 'DILAPIDATED_RENOVATION'
  /** 公租房实物配租: public rental housing allocated in kind */
  | 'PUBLIC_RENTAL'
  /** 租赁补贴: rent subsidy */
  | 'RENT_SUBSIDY';

export type HousingAssistanceRecipientConnection = {
  __typename?: 'HousingAssistanceRecipientConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** 住房保障状态: where a housing-assistance record stands. */
export type HousingAssistanceStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'TERMINATED';

/** 住房档案: a person's registered property and housing assistance. */
export type HousingProfile = {
  __typename?: 'HousingProfile';
  /** Housing assistance recorded against the person (as household head), newest first. */
  assistance: Array<HousingAssistance>;
  /**
   * Registered holdings, oldest registration first: those the person holds now, unless `includeEnded` adds the
   * ended ones (with `endedOn` and `endReason` set).
   */
  properties: Array<PropertyHolding>;
};


/** 住房档案: a person's registered property and housing assistance. */
export type HousingProfilePropertiesArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
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
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptHousingReferral?: Maybe<InboxReferral>;
  /**
   * Records an application for housing assistance (status APPLIED). A person has at most one open (APPLIED,
   * APPROVED or ACTIVE) record of a kind; a second is a CONFLICT naming the open one.
   */
  applyForHousingAssistance?: Maybe<HousingAssistance>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askHousingReferralForInformation?: Maybe<InboxReferral>;
  /** Changes a housing-assistance record: its status along the lifecycle, its amount, unit and end date. */
  changeHousingAssistance?: Maybe<HousingAssistance>;
  /** Ends a holding: it stays on record with its end date and reason, and no longer counts as held. */
  endPropertyHolding?: Maybe<PropertyHolding>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantHousingReferral?: Maybe<InboxReferral>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveHousingReferral?: Maybe<InboxReferral>;
  /**
   * Records one person's registered holding of a property. The current holders' shares of one certificate add up
   * to at most 1 (CONFLICT naming the certificate otherwise), and they agree on its kind and area.
   */
  recordPropertyHolding?: Maybe<PropertyHolding>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseHousingReferral?: Maybe<InboxReferral>;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptHousingReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationApplyForHousingAssistanceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ApplyForHousingAssistanceInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskHousingReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeHousingAssistanceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeHousingAssistanceInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEndPropertyHoldingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndPropertyHoldingInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantHousingReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveHousingReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordPropertyHoldingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordPropertyHoldingInput;
};


/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseHousingReferralArgs = {
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
  /** What the housing bureaus hold on the person; null when they hold nothing (not even an ended holding). */
  housing?: Maybe<HousingProfile>;
  id: Scalars['ID']['output'];
};

/** Why a person no longer holds a property. */
export type PropertyEndReason =
  /** 拆除或征收: demolished or expropriated */
  | 'DEMOLISHED'
  /** 继承转出: passed on by inheritance */
  | 'INHERITED_OUT'
  /** 出售: sold */
  | 'SOLD'
  /** 赠与或其他转移: transferred (gift, division, court order) */
  | 'TRANSFERRED';

export type PropertyHolderConnection = {
  __typename?: 'PropertyHolderConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PropertyHolderFilter = {
  /** Count only holdings of this kind. */
  kind?: InputMaybe<PropertyKind>;
  /** At least this many holdings (1 to 50). */
  minHoldings?: InputMaybe<Scalars['Int']['input']>;
  /** Holdings adding up to at least this area in square metres (0 or more). */
  minTotalAreaSqm?: InputMaybe<Scalars['Float']['input']>;
  /** Count only holdings in this county (GB/T 2260 code, e.g. 411302). */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** 不动产登记: one registered holding of a property by this person (a co-held property is one holding per co-owner). */
export type PropertyHolding = {
  __typename?: 'PropertyHolding';
  address?: Maybe<Scalars['String']['output']>;
  /** Registered floor (or land) area of the whole property in square metres. */
  areaSqm: Scalars['Float']['output'];
  /** 不动产权证书 number, e.g. 豫(2019)宛城区不动产权第0012345号. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<PropertyEndReason>;
  /** When the person stopped holding it (sold, transferred...); null while held. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Changes to the holding, oldest first; null, with FORBIDDEN, for callers who may not see what they carry (the ID number and address). */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: PropertyKind;
  registeredOn: Scalars['Date']['output'];
  /** This person's co-ownership share, from 0 to 1 (1 for sole ownership). */
  share?: Maybe<Scalars['Float']['output']>;
  /** Incremented by every change; send it back when you end the holding. */
  version: Scalars['Int']['output'];
};

/** 不动产类型: the kind of a registered property. */
export type PropertyKind =
  /** 商业用房: commercial premises */
  | 'COMMERCIAL'
  /** 车位: parking space */
  | 'PARKING'
  /** 住宅: residential */
  | 'RESIDENTIAL'
  /** 农村宅基地及房屋: rural homestead and house */
  | 'RURAL_HOMESTEAD';

/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the housing subgraph holds: newest first, for admins and auditors. */
  housingAccessLog?: Maybe<AccessLogConnection>;
  /** Persons with a housing-assistance record that meets every given condition. */
  housingAssistanceRecipients?: Maybe<HousingAssistanceRecipientConnection>;
  /**
   * The person keys housingAssistanceRecipients(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the housing access log.
   */
  housingAssistanceRecipientsCohortKeys?: Maybe<CohortKeyPage>;
  /** The housing unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  housingReferrals?: Maybe<InboxReferralConnection>;
  /**
   * housing: property holdings (housing and real estate), for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and housing's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  housingVerificationFacts?: Maybe<Array<VerificationFact>>;
  /**
   * Persons whose registered holdings meet every given condition (household economic-status verification).
   * Only current holdings count (an ended one does not), and only those of `kind` and in `regionCode`, when given.
   */
  propertyHolders?: Maybe<PropertyHolderConnection>;
  /**
   * The person keys propertyHolders(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the housing access log.
   */
  propertyHoldersCohortKeys?: Maybe<CohortKeyPage>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryHousingAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryHousingAssistanceRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<HousingAssistanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryHousingAssistanceRecipientsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<HousingAssistanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryHousingReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryHousingVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryPropertyHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PropertyHolderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市住建局 + 市房产局 (Housing and Real Estate Bureaus): registered property holdings, read for
 * household economic-status verification, and housing assistance: dilapidated rural house renovation,
 * public rental housing and rent subsidies.
 */
export type QueryPropertyHoldersCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<PropertyHolderFilter>;
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

export type RecordPropertyHoldingInput = {
  /** 1-200 characters. */
  address: Scalars['String']['input'];
  /** Registered area of the whole property in square metres: above 0, at most 10,000, two decimals at most. */
  areaSqm: Scalars['Float']['input'];
  /** 不动产权证书 number, e.g. 豫(2019)宛城区不动产权第0012345号 (full-width brackets are accepted). */
  certificateNumber: Scalars['String']['input'];
  /** The holder's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  kind: PropertyKind;
  /** The county the property lies in (GB/T 2260 code of the city, e.g. 411302). */
  regionCode: Scalars['String']['input'];
  /** Not in the future, not before 1980. */
  registeredOn: Scalars['Date']['input'];
  /** This person's share: above 0, at most 1, three decimals at most (1 for sole ownership). */
  share: Scalars['Float']['input'];
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
  ApplyForHousingAssistanceInput: ApplyForHousingAssistanceInput;
  ChangeHousingAssistanceInput: ChangeHousingAssistanceInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndPropertyHoldingInput: EndPropertyHoldingInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  HousingAssistance: ResolverTypeWrapper<HousingAssistanceRow>;
  HousingAssistanceFilter: HousingAssistanceFilter;
  HousingAssistanceKind: HousingAssistanceKind;
  HousingAssistanceRecipientConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  HousingAssistanceStatus: HousingAssistanceStatus;
  HousingProfile: ResolverTypeWrapper<HousingProfileParent>;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PropertyEndReason: PropertyEndReason;
  PropertyHolderConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  PropertyHolderFilter: PropertyHolderFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PropertyHolding: ResolverTypeWrapper<PropertyHoldingRow>;
  PropertyKind: PropertyKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordPropertyHoldingInput: RecordPropertyHoldingInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  VerificationFact: ResolverTypeWrapper<VerificationFact>;
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
  ApplyForHousingAssistanceInput: ApplyForHousingAssistanceInput;
  ChangeHousingAssistanceInput: ChangeHousingAssistanceInput;
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndPropertyHoldingInput: EndPropertyHoldingInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  HousingAssistance: HousingAssistanceRow;
  HousingAssistanceFilter: HousingAssistanceFilter;
  HousingAssistanceRecipientConnection: Connection<ResolversParentTypes['Person']>;
  HousingProfile: HousingProfileParent;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  PropertyHolderConnection: Connection<ResolversParentTypes['Person']>;
  PropertyHolderFilter: PropertyHolderFilter;
  Float: Scalars['Float']['output'];
  PropertyHolding: PropertyHoldingRow;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordPropertyHoldingInput: RecordPropertyHoldingInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  VerificationFact: VerificationFact;
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

export type HousingAssistanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HousingAssistance'] = ResolversParentTypes['HousingAssistance']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['HousingAssistanceKind'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['HousingAssistanceStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HousingAssistanceRecipientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HousingAssistanceRecipientConnection'] = ResolversParentTypes['HousingAssistanceRecipientConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HousingProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HousingProfile'] = ResolversParentTypes['HousingProfile']> = {
  assistance?: Resolver<Array<ResolversTypes['HousingAssistance']>, ParentType, ContextType>;
  properties?: Resolver<Array<ResolversTypes['PropertyHolding']>, ParentType, ContextType, RequireFields<HousingProfilePropertiesArgs, 'includeEnded'>>;
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
  acceptHousingReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptHousingReferralArgs, 'input'>>;
  applyForHousingAssistance?: Resolver<Maybe<ResolversTypes['HousingAssistance']>, ParentType, ContextType, RequireFields<MutationApplyForHousingAssistanceArgs, 'input'>>;
  askHousingReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskHousingReferralForInformationArgs, 'input'>>;
  changeHousingAssistance?: Resolver<Maybe<ResolversTypes['HousingAssistance']>, ParentType, ContextType, RequireFields<MutationChangeHousingAssistanceArgs, 'input'>>;
  endPropertyHolding?: Resolver<Maybe<ResolversTypes['PropertyHolding']>, ParentType, ContextType, RequireFields<MutationEndPropertyHoldingArgs, 'input'>>;
  grantHousingReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantHousingReferralArgs, 'input'>>;
  receiveHousingReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveHousingReferralArgs, 'input'>>;
  recordPropertyHolding?: Resolver<Maybe<ResolversTypes['PropertyHolding']>, ParentType, ContextType, RequireFields<MutationRecordPropertyHoldingArgs, 'input'>>;
  refuseHousingReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseHousingReferralArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  housing?: Resolver<Maybe<ResolversTypes['HousingProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PropertyHolderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyHolderConnection'] = ResolversParentTypes['PropertyHolderConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PropertyHoldingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PropertyHolding'] = ResolversParentTypes['PropertyHolding']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  areaSqm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['PropertyEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PropertyKind'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  housingAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryHousingAccessLogArgs, 'first'>>;
  housingAssistanceRecipients?: Resolver<Maybe<ResolversTypes['HousingAssistanceRecipientConnection']>, ParentType, ContextType, RequireFields<QueryHousingAssistanceRecipientsArgs, 'first'>>;
  housingAssistanceRecipientsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryHousingAssistanceRecipientsCohortKeysArgs, 'first'>>;
  housingReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryHousingReferralsArgs, 'first'>>;
  housingVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryHousingVerificationFactsArgs, 'authorisation' | 'personIds'>>;
  propertyHolders?: Resolver<Maybe<ResolversTypes['PropertyHolderConnection']>, ParentType, ContextType, RequireFields<QueryPropertyHoldersArgs, 'first'>>;
  propertyHoldersCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryPropertyHoldersCohortKeysArgs, 'first'>>;
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
  HousingAssistance?: HousingAssistanceResolvers<ContextType>;
  HousingAssistanceRecipientConnection?: HousingAssistanceRecipientConnectionResolvers<ContextType>;
  HousingProfile?: HousingProfileResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PropertyHolderConnection?: PropertyHolderConnectionResolvers<ContextType>;
  PropertyHolding?: PropertyHoldingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

