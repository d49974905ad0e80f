// The human-resources subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { EmploymentRecord as EmploymentRecordRow, EmploymentService as EmploymentServiceRow, SocialInsuranceEnrollment as SocialInsuranceEnrollmentRow } from '../entities';
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

/**
 * A change along the enrolment lifecycle: CONTRIBUTING <-> SUSPENDED; CONTRIBUTING -> RECEIVING (EMPLOYEE_PENSION,
 * RESIDENT_PENSION and EMPLOYEE_MEDICAL from retirement age, 50 for women and 60 for men; UNEMPLOYMENT for a
 * registered unemployed person); any status -> TERMINATED, which is final (enrol again instead). Send a status, a
 * contribution base, or both.
 */
export type ChangeSocialInsuranceInput = {
  /**
   * A new monthly base, only for an employee scheme that is (or becomes) CONTRIBUTING: from 3800.00 to 22000.00.
   * Resuming contributions keeps the last base if it is within those bounds. RECEIVING clears the base.
   */
  contributionBase?: InputMaybe<Scalars['Money']['input']>;
  id: Scalars['ID']['input'];
  /** Required to make an enrolment RECEIVING: the day benefits began (not before the enrolment, not in the future); refused otherwise. */
  since?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<InsuranceStatus>;
  /** The enrolment's version as you read it. */
  version: Scalars['Int']['input'];
};

/** A page of the person keys one agency's list selects: one condition of a cohort. */
export type CohortKeyPage = {
  __typename?: 'CohortKeyPage';
  /** Whether keys after the last one remain. */
  hasMore: Scalars['Boolean']['output'];
  /** Person keys, ascending, each once. */
  keys: Array<Scalars['ID']['output']>;
};

/** 就业登记: a person's employment status, unemployment registration and the employment assistance given. */
export type EmploymentProfile = {
  __typename?: 'EmploymentProfile';
  /** The employer of an EMPLOYED person, when known. */
  employerName?: Maybe<Scalars['String']['output']>;
  /** Changes to the record, oldest first; null, with FORBIDDEN, for callers who may not see what they carry (the ID number and employer). */
  history?: Maybe<Array<ChangeRecord>>;
  /** The person; its id names them in later writes. */
  person: Person;
  /** 失业登记: registered as unemployed with a public employment service. */
  registeredUnemployed: Scalars['Boolean']['output'];
  /** Employment services, newest first. */
  services: Array<EmploymentService>;
  status: EmploymentStatus;
  /** The day the current status began; null for records kept before it was recorded. */
  statusSince?: Maybe<Scalars['Date']['output']>;
  /** Why the last registration ended; null while registered or when never registered. */
  unemploymentEndReason?: Maybe<UnemploymentEndReason>;
  /** The day the last registration ended; null while registered or when never registered. */
  unemploymentEndedOn?: Maybe<Scalars['Date']['output']>;
  /** The day of the unemployment registration; null when not registered. */
  unemploymentRegisteredOn?: Maybe<Scalars['Date']['output']>;
  /** Incremented by every change; send it back when you change the record. */
  version: Scalars['Int']['output'];
};

/** 就业援助: one employment service given to one person. */
export type EmploymentService = {
  __typename?: 'EmploymentService';
  /** The last day; null while the service goes on. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Changes to the service, oldest first. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: EmploymentServiceKind;
  /** The person the service was given to. */
  person: Person;
  /** The office, centre or school that gave the service: free text, so it needs the detail scope. */
  provider?: Maybe<Scalars['String']['output']>;
  startDate: Scalars['Date']['output'];
  /** Incremented by every change; send it back when you end the service. */
  version: Scalars['Int']['output'];
};

/** 就业服务类别: the kinds of employment assistance. */
export type EmploymentServiceKind =
  /** 创业扶持: entrepreneurship support (guaranteed loans, incubation) */
  | 'ENTREPRENEURSHIP_SUPPORT'
  /** 职业介绍: job referral */
  | 'JOB_REFERRAL'
  /** 就业补贴: employment subsidy (social insurance or post subsidy) */
  | 'JOB_SUBSIDY'
  /** 公益性岗位: a publicly funded post for people hard to employ */
  | 'PUBLIC_WELFARE_POST'
  /** 职业技能培训: vocational training */
  | 'VOCATIONAL_TRAINING';

/** 就业状态: where a person stands in the labour market. */
export type EmploymentStatus =
  /** 单位就业: employed by an employer */
  | 'EMPLOYED'
  /** 灵活就业: self-employed, casual or platform work */
  | 'FLEXIBLY_EMPLOYED'
  /** 非劳动力: neither working nor looking (homemakers, carers, the severely disabled) */
  | 'NOT_IN_LABOUR_FORCE'
  /** 退休: retired */
  | 'RETIRED'
  /** 失业: without work and looking for it */
  | 'UNEMPLOYED';

export type EndEmploymentServiceInput = {
  /** The last day: not before the start date, not in the future. */
  endDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** The service's version as you read it. */
  version: Scalars['Int']['input'];
};

export type EndUnemploymentRegistrationInput = {
  /** Not before the registration, not in the future. */
  endedOn: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
  /** RETIRED needs retirement age (50 for women, 60 for men) on endedOn. */
  reason: UnemploymentEndReason;
  /** The employment record's version as you read it. */
  version: Scalars['Int']['input'];
};

export type EnrollSocialInsuranceInput = {
  /**
   * The monthly contribution base: required for employee schemes, from 3800.00 to 22000.00 (Henan 2026 floor and
   * ceiling); refused for RESIDENT_PENSION and RESIDENT_MEDICAL, which have flat contribution grades.
   */
  contributionBase?: InputMaybe<Scalars['Money']['input']>;
  /** The insured person's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** The county where the person is insured (GB/T 2260 code of the city, e.g. 411302). */
  regionCode: Scalars['String']['input'];
  scheme: InsuranceScheme;
  /**
   * The day the enrolment began: not in the future, not before 1980; not before the person was 16, except for
   * RESIDENT_MEDICAL (from birth).
   */
  since: Scalars['Date']['input'];
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

/** 险种: the social insurance schemes. */
export type InsuranceScheme =
  /** 职工基本医疗保险: employee basic medical insurance */
  | 'EMPLOYEE_MEDICAL'
  /** 职工基本养老保险: employee basic pension */
  | 'EMPLOYEE_PENSION'
  /** 生育保险: maternity insurance */
  | 'MATERNITY'
  /** 城乡居民基本医疗保险: urban and rural resident medical insurance */
  | 'RESIDENT_MEDICAL'
  /** 城乡居民基本养老保险: urban and rural resident pension */
  | 'RESIDENT_PENSION'
  /** 失业保险: unemployment insurance */
  | 'UNEMPLOYMENT'
  /** 工伤保险: work injury insurance */
  | 'WORK_INJURY';

/** 参保状态: where an enrolment stands. */
export type InsuranceStatus =
  /** 参保缴费: contributions being paid */
  | 'CONTRIBUTING'
  /** 享受待遇: drawing benefits (a pension, unemployment benefit, retirees' medical cover) */
  | 'RECEIVING'
  /** 中断缴费: contributions suspended, rights kept */
  | 'SUSPENDED'
  /** 终止参保: enrolment ended */
  | 'TERMINATED';

export type InsuredPersonConnection = {
  __typename?: 'InsuredPersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InsuredPersonFilter = {
  /** The county of the enrolment, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  scheme?: InputMaybe<InsuranceScheme>;
  status?: InputMaybe<InsuranceStatus>;
};

export type JobSeekerConnection = {
  __typename?: 'JobSeekerConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JobSeekerFilter = {
  /** The county of the record, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  registeredUnemployed?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<EmploymentStatus>;
  /**
   * true: no employment service started in the last 12 months (none at all, or only older ones);
   * false: at least one started in the last 12 months.
   */
  withoutService?: InputMaybe<Scalars['Boolean']['input']>;
};

/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptHumanResourcesReferral?: Maybe<InboxReferral>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askHumanResourcesReferralForInformation?: Maybe<InboxReferral>;
  /** Changes an enrolment: its status along the lifecycle and its contribution base. */
  changeSocialInsurance?: Maybe<SocialInsuranceEnrollment>;
  /** Ends a service on its last day. An ended service is final. */
  endEmploymentService?: Maybe<EmploymentService>;
  /**
   * 失业登记注销: ends a registration. The status follows the reason: EMPLOYED makes the person EMPLOYED (employer
   * not yet known), SELF_EMPLOYED makes them FLEXIBLY_EMPLOYED, RETIRED makes them RETIRED (retirement age needed);
   * MOVED_AWAY and WITHDRAWN leave them UNEMPLOYED.
   */
  endUnemploymentRegistration?: Maybe<EmploymentProfile>;
  /**
   * 参保登记: enrols a person in a scheme (status CONTRIBUTING). One enrolment per person and scheme that is not
   * TERMINATED, and one pension and one medical scheme at a time (an employee and a resident scheme of the same
   * risk is 重复参保): either is a CONFLICT naming the enrolment that stands in the way.
   */
  enrollSocialInsurance?: Maybe<SocialInsuranceEnrollment>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantHumanResourcesReferral?: Maybe<InboxReferral>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveHumanResourcesReferral?: Maybe<InboxReferral>;
  /**
   * Records a person's employment status: creates the employment record from the ID number, or changes the one the
   * bureau holds (send its version). A registered unemployed person given any status but UNEMPLOYED leaves the
   * registration on `since`, with the reason the status implies (EMPLOYED, SELF_EMPLOYED for FLEXIBLY_EMPLOYED,
   * RETIRED, WITHDRAWN for NOT_IN_LABOUR_FORCE).
   */
  recordEmploymentStatus?: Maybe<EmploymentProfile>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseHumanResourcesReferral?: Maybe<InboxReferral>;
  /**
   * 失业登记: registers an UNEMPLOYED person of working age (16 to 59 for women, 16 to 60 for men, on the
   * registration day) with the public employment service. A registered person is not registered twice (CONFLICT).
   */
  registerUnemployment?: Maybe<EmploymentProfile>;
  /**
   * Records an employment service given to a person the bureau holds an employment record on. A person has at most
   * one open (not ended) service of a kind; a second is a CONFLICT naming the open one.
   */
  startEmploymentService?: Maybe<EmploymentService>;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptHumanResourcesReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskHumanResourcesReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeSocialInsuranceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeSocialInsuranceInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEndEmploymentServiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndEmploymentServiceInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEndUnemploymentRegistrationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndUnemploymentRegistrationInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEnrollSocialInsuranceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EnrollSocialInsuranceInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantHumanResourcesReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveHumanResourcesReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordEmploymentStatusArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordEmploymentStatusInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseHumanResourcesReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRegisterUnemploymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterUnemploymentInput;
};


/**
 * The bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationStartEmploymentServiceArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: StartEmploymentServiceInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  /** The person's employment record; null when the bureau holds none (children, students). */
  employment?: Maybe<EmploymentProfile>;
  id: Scalars['ID']['output'];
  /**
   * Social insurance enrolments by scheme, terminated ones included (a scheme enrolled in again after a termination
   * lists its enrolments oldest first); null when the person is enrolled in none.
   */
  socialInsurance?: Maybe<Array<SocialInsuranceEnrollment>>;
};

/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the human-resources subgraph holds: newest first, for admins and auditors. */
  humanResourcesAccessLog?: Maybe<AccessLogConnection>;
  /** The human-resources unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  humanResourcesReferrals?: Maybe<InboxReferralConnection>;
  /**
   * human-resources: social-insurance contribution bases (wages) and employment, for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and human-resources's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  humanResourcesVerificationFacts?: Maybe<Array<VerificationFact>>;
  /** Persons with one social insurance enrolment matching every condition of the filter at once, by person key. */
  insuredPersons?: Maybe<InsuredPersonConnection>;
  /**
   * The person keys insuredPersons(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the human-resources access log.
   */
  insuredPersonsCohortKeys?: Maybe<CohortKeyPage>;
  /**
   * Persons with an employment record matching every condition of the filter, by person key: for finding
   * registered unemployed people nobody has offered a service to.
   */
  jobSeekers?: Maybe<JobSeekerConnection>;
  /**
   * The person keys jobSeekers(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the human-resources access log.
   */
  jobSeekersCohortKeys?: Maybe<CohortKeyPage>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryHumanResourcesAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryHumanResourcesReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryHumanResourcesVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryInsuredPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InsuredPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryInsuredPersonsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<InsuredPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryJobSeekersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobSeekerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市人社局 (Human Resources and Social Security Bureau): employment status, registered unemployment,
 * employment assistance and social insurance enrolments.
 */
export type QueryJobSeekersCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<JobSeekerFilter>;
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

export type RecordEmploymentStatusInput = {
  /** The employer, 1-100 characters: only for EMPLOYED (left out, the employer is unknown); refused with any other status. */
  employerName?: InputMaybe<Scalars['String']['input']>;
  /** The person's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /**
   * The county whose employment service keeps the record (GB/T 2260 code of the city, e.g. 411302): required to
   * create the record; when changing it, a new county moves the record and leaving it out keeps it where it is.
   */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * The day the status began: not in the future, not before 1980, not before the person was 16, and not before the
   * day the current status began.
   */
  since: Scalars['Date']['input'];
  /** RETIRED only from retirement age on `since`: 50 for women, 60 for men (by the ID number's birth date and gender). */
  status: EmploymentStatus;
  /** The record's version as you read it: required when the bureau holds a record on the person; left out to create one. */
  version?: InputMaybe<Scalars['Int']['input']>;
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

export type RegisterUnemploymentInput = {
  personId: Scalars['ID']['input'];
  /**
   * Not in the future; the person is 16 to 59 (women) or 16 to 60 (men) on this day; not before the person became
   * UNEMPLOYED (when the record knows that day), nor before the previous registration ended.
   */
  registeredOn: Scalars['Date']['input'];
  /** The employment record's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 社会保险参保: a person's enrolment in one social insurance scheme. */
export type SocialInsuranceEnrollment = {
  __typename?: 'SocialInsuranceEnrollment';
  /** The monthly contribution base of employee schemes; null for resident schemes and while benefits are drawn. */
  contributionBase?: Maybe<Scalars['Money']['output']>;
  /** Changes to the enrolment, oldest first; null, with FORBIDDEN, for callers who may not see what they carry (the ID number). */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The insured person. */
  person: Person;
  scheme: InsuranceScheme;
  /** The day the enrolment began, or the day benefits began for RECEIVING. */
  since: Scalars['Date']['output'];
  status: InsuranceStatus;
  /** Incremented by every change; send it back when you change the enrolment. */
  version: Scalars['Int']['output'];
};

export type StartEmploymentServiceInput = {
  kind: EmploymentServiceKind;
  /** A person the bureau holds an employment record on. */
  personId: Scalars['ID']['input'];
  /** The office, centre or school giving the service, 1-100 characters. */
  provider: Scalars['String']['input'];
  /** The day the service began: not in the future, not before 1980, not before the person was 16. */
  startDate: Scalars['Date']['input'];
};

/** 失业登记注销原因: why an unemployment registration ended. */
export type UnemploymentEndReason =
  /** 实现就业: employed by an employer */
  | 'EMPLOYED'
  /** 迁出: moved out of the city's employment services */
  | 'MOVED_AWAY'
  /** 退休: retired */
  | 'RETIRED'
  /** 自主创业或灵活就业: self-employed or in flexible work */
  | 'SELF_EMPLOYED'
  /** 本人申请注销或不再求职: withdrew (on request, or stopped looking for work) */
  | 'WITHDRAWN';

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
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  ChangeSocialInsuranceInput: ChangeSocialInsuranceInput;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EmploymentProfile: ResolverTypeWrapper<EmploymentRecordRow>;
  EmploymentService: ResolverTypeWrapper<EmploymentServiceRow>;
  EmploymentServiceKind: EmploymentServiceKind;
  EmploymentStatus: EmploymentStatus;
  EndEmploymentServiceInput: EndEmploymentServiceInput;
  EndUnemploymentRegistrationInput: EndUnemploymentRegistrationInput;
  EnrollSocialInsuranceInput: EnrollSocialInsuranceInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  InsuranceScheme: InsuranceScheme;
  InsuranceStatus: InsuranceStatus;
  InsuredPersonConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  InsuredPersonFilter: InsuredPersonFilter;
  JobSeekerConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  JobSeekerFilter: JobSeekerFilter;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordEmploymentStatusInput: RecordEmploymentStatusInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  RegisterUnemploymentInput: RegisterUnemploymentInput;
  SocialInsuranceEnrollment: ResolverTypeWrapper<SocialInsuranceEnrollmentRow>;
  StartEmploymentServiceInput: StartEmploymentServiceInput;
  UnemploymentEndReason: UnemploymentEndReason;
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
  ChangeRecord: ChangeRecord;
  ChangeSocialInsuranceInput: ChangeSocialInsuranceInput;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EmploymentProfile: EmploymentRecordRow;
  EmploymentService: EmploymentServiceRow;
  EndEmploymentServiceInput: EndEmploymentServiceInput;
  EndUnemploymentRegistrationInput: EndUnemploymentRegistrationInput;
  EnrollSocialInsuranceInput: EnrollSocialInsuranceInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  InsuredPersonConnection: Connection<ResolversParentTypes['Person']>;
  InsuredPersonFilter: InsuredPersonFilter;
  JobSeekerConnection: Connection<ResolversParentTypes['Person']>;
  JobSeekerFilter: JobSeekerFilter;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordEmploymentStatusInput: RecordEmploymentStatusInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  RegisterUnemploymentInput: RegisterUnemploymentInput;
  SocialInsuranceEnrollment: SocialInsuranceEnrollmentRow;
  StartEmploymentServiceInput: StartEmploymentServiceInput;
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

export type EmploymentProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentProfile'] = ResolversParentTypes['EmploymentProfile']> = {
  employerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  registeredUnemployed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['EmploymentService']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmploymentStatus'], ParentType, ContextType>;
  statusSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unemploymentEndReason?: Resolver<Maybe<ResolversTypes['UnemploymentEndReason']>, ParentType, ContextType>;
  unemploymentEndedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unemploymentRegisteredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmploymentServiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmploymentService'] = ResolversParentTypes['EmploymentService']> = {
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EmploymentServiceKind'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
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

export type InsuredPersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InsuredPersonConnection'] = ResolversParentTypes['InsuredPersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobSeekerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobSeekerConnection'] = ResolversParentTypes['JobSeekerConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptHumanResourcesReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptHumanResourcesReferralArgs, 'input'>>;
  askHumanResourcesReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskHumanResourcesReferralForInformationArgs, 'input'>>;
  changeSocialInsurance?: Resolver<Maybe<ResolversTypes['SocialInsuranceEnrollment']>, ParentType, ContextType, RequireFields<MutationChangeSocialInsuranceArgs, 'input'>>;
  endEmploymentService?: Resolver<Maybe<ResolversTypes['EmploymentService']>, ParentType, ContextType, RequireFields<MutationEndEmploymentServiceArgs, 'input'>>;
  endUnemploymentRegistration?: Resolver<Maybe<ResolversTypes['EmploymentProfile']>, ParentType, ContextType, RequireFields<MutationEndUnemploymentRegistrationArgs, 'input'>>;
  enrollSocialInsurance?: Resolver<Maybe<ResolversTypes['SocialInsuranceEnrollment']>, ParentType, ContextType, RequireFields<MutationEnrollSocialInsuranceArgs, 'input'>>;
  grantHumanResourcesReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantHumanResourcesReferralArgs, 'input'>>;
  receiveHumanResourcesReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveHumanResourcesReferralArgs, 'input'>>;
  recordEmploymentStatus?: Resolver<Maybe<ResolversTypes['EmploymentProfile']>, ParentType, ContextType, RequireFields<MutationRecordEmploymentStatusArgs, 'input'>>;
  refuseHumanResourcesReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseHumanResourcesReferralArgs, 'input'>>;
  registerUnemployment?: Resolver<Maybe<ResolversTypes['EmploymentProfile']>, ParentType, ContextType, RequireFields<MutationRegisterUnemploymentArgs, 'input'>>;
  startEmploymentService?: Resolver<Maybe<ResolversTypes['EmploymentService']>, ParentType, ContextType, RequireFields<MutationStartEmploymentServiceArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['EmploymentProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  socialInsurance?: Resolver<Maybe<Array<ResolversTypes['SocialInsuranceEnrollment']>>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  humanResourcesAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryHumanResourcesAccessLogArgs, 'first'>>;
  humanResourcesReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryHumanResourcesReferralsArgs, 'first'>>;
  humanResourcesVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryHumanResourcesVerificationFactsArgs, 'authorisation' | 'personIds'>>;
  insuredPersons?: Resolver<Maybe<ResolversTypes['InsuredPersonConnection']>, ParentType, ContextType, RequireFields<QueryInsuredPersonsArgs, 'first'>>;
  insuredPersonsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryInsuredPersonsCohortKeysArgs, 'first'>>;
  jobSeekers?: Resolver<Maybe<ResolversTypes['JobSeekerConnection']>, ParentType, ContextType, RequireFields<QueryJobSeekersArgs, 'first'>>;
  jobSeekersCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryJobSeekersCohortKeysArgs, 'first'>>;
};

export type SocialInsuranceEnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SocialInsuranceEnrollment'] = ResolversParentTypes['SocialInsuranceEnrollment']> = {
  contributionBase?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['InsuranceScheme'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InsuranceStatus'], ParentType, ContextType>;
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
  EmploymentProfile?: EmploymentProfileResolvers<ContextType>;
  EmploymentService?: EmploymentServiceResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  InsuredPersonConnection?: InsuredPersonConnectionResolvers<ContextType>;
  JobSeekerConnection?: JobSeekerConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SocialInsuranceEnrollment?: SocialInsuranceEnrollmentResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

