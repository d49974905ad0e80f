// The health subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { HealthFile as HealthFileRow, MedicalAssistanceSettlement as MedicalAssistanceSettlementRow, EmergencyMedicalAid as EmergencyMedicalAidRow, PublicHealthEnrollment as PublicHealthEnrollmentRow } from '../entities';
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

/** 疾病应急救助: emergency treatment paid for a patient who could not pay (unidentified or without means). */
export type EmergencyMedicalAid = {
  __typename?: 'EmergencyMedicalAid';
  amount: Scalars['Money']['output'];
  grantedOn: Scalars['Date']['output'];
  /** Changes to the grant, oldest first; they carry the hospital, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  hospitalName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The patient. */
  person: Person;
};

export type EndPublicHealthServiceInput = {
  /** Not before the enrolment, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** AGED_OUT ends only CHILD_HEALTH_MANAGEMENT, and only once the child is 7. */
  reason: PublicHealthEndReason;
  /** The enrolment's version as you read it. */
  version: Scalars['Int']['input'];
};

export type EnrollPublicHealthServiceInput = {
  /** Not in the future, not before 2009-10-01 (when the programs began), not before the person was born. */
  enrolledOn: Scalars['Date']['input'];
  /** The person's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /**
   * By age on enrolledOn (from the ID number's birth date): CHILD_HEALTH_MANAGEMENT only from 0 to 6,
   * ELDERLY_HEALTH_MANAGEMENT from 65, HYPERTENSION_MANAGEMENT and DIABETES_MANAGEMENT from 35.
   */
  program: PublicHealthProgram;
  /** As in RecordMedicalAssistanceSettlementInput: required only to open the person's health file. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type GrantEmergencyMedicalAidInput = {
  /** Above 0.00 and at most 200000.00. */
  amount: Scalars['Money']['input'];
  /** Not in the future, not before 2013 (when the fund was set up), not before the patient was born. */
  grantedOn: Scalars['Date']['input'];
  /** 1-100 characters. */
  hospitalName: Scalars['String']['input'];
  /** The patient's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** As in RecordMedicalAssistanceSettlementInput: required only to open the person's health file. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
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

/** 居民健康档案: what the health commission holds on one person. */
export type HealthProfile = {
  __typename?: 'HealthProfile';
  /** Emergency medical aid, newest first. */
  emergencyAid: Array<EmergencyMedicalAid>;
  /** Medical assistance settlements, newest first: settled ones only, unless includeReversed adds the reversed ones. */
  medicalAssistance: Array<MedicalAssistanceSettlement>;
  /** Public-health service enrolments, oldest first: open ones only, unless includeEnded adds the ended ones. */
  publicHealthServices: Array<PublicHealthEnrollment>;
};


/** 居民健康档案: what the health commission holds on one person. */
export type HealthProfileMedicalAssistanceArgs = {
  includeReversed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 居民健康档案: what the health commission holds on one person. */
export type HealthProfilePublicHealthServicesArgs = {
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 医院等级: the grade of the institution that treated the patient. */
export type HospitalLevel =
  /** 一级及基层医疗机构: township health centre */
  | 'PRIMARY'
  /** 二级医院: county hospital */
  | 'SECONDARY'
  /** 三级医院: city hospital */
  | 'TERTIARY';

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

export type MedicalAssistanceRecipientConnection = {
  __typename?: 'MedicalAssistanceRecipientConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MedicalAssistanceRecipientFilter = {
  /** The self-paid share is at least this amount. */
  minSelfPaid?: InputMaybe<Scalars['Money']['input']>;
  oneStop?: InputMaybe<Scalars['Boolean']['input']>;
  /** The county of the person's health file, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** Settled on or after this day. */
  settledFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Settled on or before this day; not before settledFrom. */
  settledTo?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * 医疗救助一站式结算: one hospital bill settled with basic medical insurance, medical assistance and the
 * patient's own share at once. totalCost = insurancePaid + assistancePaid + selfPaid.
 */
export type MedicalAssistanceSettlement = {
  __typename?: 'MedicalAssistanceSettlement';
  /** Paid by medical assistance. */
  assistancePaid: Scalars['Money']['output'];
  /** The kind of illness treated. */
  diagnosisCategory?: Maybe<Scalars['String']['output']>;
  /** Changes to the settlement, oldest first; they carry the diagnosis and hospital, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  hospitalLevel?: Maybe<HospitalLevel>;
  hospitalName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** An inpatient stay (住院) rather than outpatient care for a chronic or special illness (门诊慢特病). */
  inpatient: Scalars['Boolean']['output'];
  /** Paid by basic medical insurance (and critical illness insurance). */
  insurancePaid: Scalars['Money']['output'];
  /** Settled at the hospital's window at discharge, so the patient paid only the self-paid share. */
  oneStop: Scalars['Boolean']['output'];
  /** The patient. */
  person: Person;
  /** Left for the patient to pay. */
  selfPaid: Scalars['Money']['output'];
  settledOn: Scalars['Date']['output'];
  /** SETTLED, or REVERSED: found wrong, kept as history and no longer counted. */
  status: SettlementStatus;
  /** Why the settlement was reversed: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The bill within the policy scope. */
  totalCost: Scalars['Money']['output'];
  /** Incremented by every change; send it back when you reverse the settlement. */
  version: Scalars['Int']['output'];
};

/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptHealthReferral?: Maybe<InboxReferral>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askHealthReferralForInformation?: Maybe<InboxReferral>;
  /** Ends an enrolment: it stays on record with its end date and reason. An ended enrolment is final. */
  endPublicHealthService?: Maybe<PublicHealthEnrollment>;
  /**
   * Enrols a person in a public-health program. One open (not ended) enrolment per person and program: a second
   * is a CONFLICT naming the open one.
   */
  enrollPublicHealthService?: Maybe<PublicHealthEnrollment>;
  /** Records a grant of emergency medical aid. */
  grantEmergencyMedicalAid?: Maybe<EmergencyMedicalAid>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantHealthReferral?: Maybe<InboxReferral>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveHealthReferral?: Maybe<InboxReferral>;
  /**
   * Records a hospital bill settled with medical assistance (status SETTLED). The four amounts must add up:
   * totalCost = insurancePaid + assistancePaid + selfPaid.
   */
  recordMedicalAssistanceSettlement?: Maybe<MedicalAssistanceSettlement>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseHealthReferral?: Maybe<InboxReferral>;
  /**
   * Reverses a settlement found wrong: it becomes REVERSED (final) with the reason, and is never deleted. A reversed
   * settlement stays in the person's history, is left out of HealthProfile.medicalAssistance unless
   * includeReversed is set, and does not count in medicalAssistanceRecipients. Record the correct bill anew.
   */
  reverseMedicalAssistanceSettlement?: Maybe<MedicalAssistanceSettlement>;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationAcceptHealthReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationAskHealthReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationEndPublicHealthServiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndPublicHealthServiceInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationEnrollPublicHealthServiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EnrollPublicHealthServiceInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationGrantEmergencyMedicalAidArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantEmergencyMedicalAidInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationGrantHealthReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationReceiveHealthReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationRecordMedicalAssistanceSettlementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordMedicalAssistanceSettlementInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationRefuseHealthReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION. A write naming a person
 * by ID number opens the person's health file when the commission holds none (regionCode is then required).
 */
export type MutationReverseMedicalAssistanceSettlementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ReverseMedicalAssistanceSettlementInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  /** What the health commission holds on the person; null when it holds nothing. */
  health?: Maybe<HealthProfile>;
  id: Scalars['ID']['output'];
};

/** Why a public-health service ended. */
export type PublicHealthEndReason =
  /** 满7岁: the child turned 7 (CHILD_HEALTH_MANAGEMENT only) */
  | 'AGED_OUT'
  /** 死亡: died */
  | 'DECEASED'
  /** 本人拒绝: the person declined the service */
  | 'DECLINED'
  /** 诊断排除: the condition was ruled out */
  | 'DIAGNOSIS_REVISED'
  /** 迁出: moved out of the county */
  | 'MOVED_AWAY';

/** 基本公共卫生服务: a person's enrolment in one basic public-health management program. */
export type PublicHealthEnrollment = {
  __typename?: 'PublicHealthEnrollment';
  /** Why the service ended; null while it goes on. */
  endReason?: Maybe<PublicHealthEndReason>;
  /** The last day of the service; null while it goes on. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  enrolledOn: Scalars['Date']['output'];
  /** Changes to the enrolment, oldest first; they carry the program, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The person enrolled. */
  person: Person;
  /** The program; it reveals a condition, so it is health detail. */
  program?: Maybe<PublicHealthProgram>;
  /** Incremented by every change; send it back when you end the enrolment. */
  version: Scalars['Int']['output'];
};

/** 基本公共卫生服务项目: the management programs of basic public-health services. */
export type PublicHealthProgram =
  /** 0-6岁儿童健康管理: children up to 6 */
  | 'CHILD_HEALTH_MANAGEMENT'
  /** 2型糖尿病患者健康管理: patients with type 2 diabetes */
  | 'DIABETES_MANAGEMENT'
  /** 老年人健康管理: people 65 and over */
  | 'ELDERLY_HEALTH_MANAGEMENT'
  /** 高血压患者健康管理: patients with hypertension */
  | 'HYPERTENSION_MANAGEMENT'
  /** 严重精神障碍患者管理: patients with a severe mental disorder */
  | 'SEVERE_MENTAL_DISORDER_MANAGEMENT';

/**
 * 市卫计委 (Health Commission): medical assistance settled one-stop at the hospital, emergency medical aid
 * and basic public-health service enrolments.
 */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the health subgraph holds: newest first, for admins and auditors. */
  healthAccessLog?: Maybe<AccessLogConnection>;
  /** The health unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  healthReferrals?: Maybe<InboxReferralConnection>;
  /**
   * Persons with at least one medical assistance settlement matching every condition of the filter, by
   * person key. Reversed settlements never count.
   */
  medicalAssistanceRecipients?: Maybe<MedicalAssistanceRecipientConnection>;
  /**
   * The person keys medicalAssistanceRecipients(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the health access log.
   */
  medicalAssistanceRecipientsCohortKeys?: Maybe<CohortKeyPage>;
};


/**
 * 市卫计委 (Health Commission): medical assistance settled one-stop at the hospital, emergency medical aid
 * and basic public-health service enrolments.
 */
export type QueryHealthAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市卫计委 (Health Commission): medical assistance settled one-stop at the hospital, emergency medical aid
 * and basic public-health service enrolments.
 */
export type QueryHealthReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市卫计委 (Health Commission): medical assistance settled one-stop at the hospital, emergency medical aid
 * and basic public-health service enrolments.
 */
export type QueryMedicalAssistanceRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MedicalAssistanceRecipientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市卫计委 (Health Commission): medical assistance settled one-stop at the hospital, emergency medical aid
 * and basic public-health service enrolments.
 */
export type QueryMedicalAssistanceRecipientsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<MedicalAssistanceRecipientFilter>;
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

export type RecordMedicalAssistanceSettlementInput = {
  assistancePaid: Scalars['Money']['input'];
  /** 1-50 characters. */
  diagnosisCategory: Scalars['String']['input'];
  hospitalLevel: HospitalLevel;
  /** 1-100 characters. */
  hospitalName: Scalars['String']['input'];
  /** The patient's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  inpatient: Scalars['Boolean']['input'];
  insurancePaid: Scalars['Money']['input'];
  oneStop: Scalars['Boolean']['input'];
  /**
   * The county that keeps the person's health file (GB/T 2260 code of the city, e.g. 411302): required when the
   * commission holds no file on the person yet; otherwise leave it out or send the file's county.
   */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  selfPaid: Scalars['Money']['input'];
  /** Not in the future, not before 2003 (when medical assistance began), not before the patient was born. */
  settledOn: Scalars['Date']['input'];
  /** Above 0.00 and at most 2000000.00; must equal insurancePaid + assistancePaid + selfPaid (the error names the difference). */
  totalCost: Scalars['Money']['input'];
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

export type ReverseMedicalAssistanceSettlementInput = {
  id: Scalars['ID']['input'];
  /** Why it was wrong, 1-500 characters. */
  reason: Scalars['String']['input'];
  /** The settlement's version as you read it. */
  version: Scalars['Int']['input'];
};

/** Where a medical assistance settlement stands. */
export type SettlementStatus =
  /** 冲销: reversed, found wrong */
  | 'REVERSED'
  /** 结算: settled */
  | 'SETTLED';



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
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmergencyMedicalAid: ResolverTypeWrapper<EmergencyMedicalAidRow>;
  EndPublicHealthServiceInput: EndPublicHealthServiceInput;
  EnrollPublicHealthServiceInput: EnrollPublicHealthServiceInput;
  GrantEmergencyMedicalAidInput: GrantEmergencyMedicalAidInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  HealthProfile: ResolverTypeWrapper<HealthFileRow>;
  HospitalLevel: HospitalLevel;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  MedicalAssistanceRecipientConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  MedicalAssistanceRecipientFilter: MedicalAssistanceRecipientFilter;
  MedicalAssistanceSettlement: ResolverTypeWrapper<MedicalAssistanceSettlementRow>;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PublicHealthEndReason: PublicHealthEndReason;
  PublicHealthEnrollment: ResolverTypeWrapper<PublicHealthEnrollmentRow>;
  PublicHealthProgram: PublicHealthProgram;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordMedicalAssistanceSettlementInput: RecordMedicalAssistanceSettlementInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  ReverseMedicalAssistanceSettlementInput: ReverseMedicalAssistanceSettlementInput;
  SettlementStatus: SettlementStatus;
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
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmergencyMedicalAid: EmergencyMedicalAidRow;
  EndPublicHealthServiceInput: EndPublicHealthServiceInput;
  EnrollPublicHealthServiceInput: EnrollPublicHealthServiceInput;
  GrantEmergencyMedicalAidInput: GrantEmergencyMedicalAidInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  HealthProfile: HealthFileRow;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  MedicalAssistanceRecipientConnection: Connection<ResolversParentTypes['Person']>;
  MedicalAssistanceRecipientFilter: MedicalAssistanceRecipientFilter;
  MedicalAssistanceSettlement: MedicalAssistanceSettlementRow;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  PublicHealthEnrollment: PublicHealthEnrollmentRow;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordMedicalAssistanceSettlementInput: RecordMedicalAssistanceSettlementInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  ReverseMedicalAssistanceSettlementInput: ReverseMedicalAssistanceSettlementInput;
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

export type EmergencyMedicalAidResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmergencyMedicalAid'] = ResolversParentTypes['EmergencyMedicalAid']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  hospitalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type HealthProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HealthProfile'] = ResolversParentTypes['HealthProfile']> = {
  emergencyAid?: Resolver<Array<ResolversTypes['EmergencyMedicalAid']>, ParentType, ContextType>;
  medicalAssistance?: Resolver<Array<ResolversTypes['MedicalAssistanceSettlement']>, ParentType, ContextType, RequireFields<HealthProfileMedicalAssistanceArgs, 'includeReversed'>>;
  publicHealthServices?: Resolver<Array<ResolversTypes['PublicHealthEnrollment']>, ParentType, ContextType, RequireFields<HealthProfilePublicHealthServicesArgs, 'includeEnded'>>;
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

export type MedicalAssistanceRecipientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MedicalAssistanceRecipientConnection'] = ResolversParentTypes['MedicalAssistanceRecipientConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MedicalAssistanceSettlementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MedicalAssistanceSettlement'] = ResolversParentTypes['MedicalAssistanceSettlement']> = {
  assistancePaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  diagnosisCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  hospitalLevel?: Resolver<Maybe<ResolversTypes['HospitalLevel']>, ParentType, ContextType>;
  hospitalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inpatient?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  insurancePaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  oneStop?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  selfPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  settledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SettlementStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptHealthReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptHealthReferralArgs, 'input'>>;
  askHealthReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskHealthReferralForInformationArgs, 'input'>>;
  endPublicHealthService?: Resolver<Maybe<ResolversTypes['PublicHealthEnrollment']>, ParentType, ContextType, RequireFields<MutationEndPublicHealthServiceArgs, 'input'>>;
  enrollPublicHealthService?: Resolver<Maybe<ResolversTypes['PublicHealthEnrollment']>, ParentType, ContextType, RequireFields<MutationEnrollPublicHealthServiceArgs, 'input'>>;
  grantEmergencyMedicalAid?: Resolver<Maybe<ResolversTypes['EmergencyMedicalAid']>, ParentType, ContextType, RequireFields<MutationGrantEmergencyMedicalAidArgs, 'input'>>;
  grantHealthReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantHealthReferralArgs, 'input'>>;
  receiveHealthReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveHealthReferralArgs, 'input'>>;
  recordMedicalAssistanceSettlement?: Resolver<Maybe<ResolversTypes['MedicalAssistanceSettlement']>, ParentType, ContextType, RequireFields<MutationRecordMedicalAssistanceSettlementArgs, 'input'>>;
  refuseHealthReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseHealthReferralArgs, 'input'>>;
  reverseMedicalAssistanceSettlement?: Resolver<Maybe<ResolversTypes['MedicalAssistanceSettlement']>, ParentType, ContextType, RequireFields<MutationReverseMedicalAssistanceSettlementArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  health?: Resolver<Maybe<ResolversTypes['HealthProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PublicHealthEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicHealthEnrollment'] = ResolversParentTypes['PublicHealthEnrollment']> = {
  endReason?: Resolver<Maybe<ResolversTypes['PublicHealthEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['PublicHealthProgram']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  healthAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryHealthAccessLogArgs, 'first'>>;
  healthReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryHealthReferralsArgs, 'first'>>;
  medicalAssistanceRecipients?: Resolver<Maybe<ResolversTypes['MedicalAssistanceRecipientConnection']>, ParentType, ContextType, RequireFields<QueryMedicalAssistanceRecipientsArgs, 'first'>>;
  medicalAssistanceRecipientsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryMedicalAssistanceRecipientsCohortKeysArgs, 'first'>>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EmergencyMedicalAid?: EmergencyMedicalAidResolvers<ContextType>;
  HealthProfile?: HealthProfileResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  MedicalAssistanceRecipientConnection?: MedicalAssistanceRecipientConnectionResolvers<ContextType>;
  MedicalAssistanceSettlement?: MedicalAssistanceSettlementResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PublicHealthEnrollment?: PublicHealthEnrollmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

