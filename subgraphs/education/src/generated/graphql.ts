// The education subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { Student as StudentRow, Enrollment as EnrollmentRow, EducationAid as EducationAidRow } from '../entities';
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

/** 学生资助: one grant of aid to a student for one school year. */
export type EducationAid = {
  __typename?: 'EducationAid';
  /** The amount for the school year. */
  amount: Scalars['Money']['output'];
  grantedOn: Scalars['Date']['output'];
  /** Changes to the grant, oldest first; they carry the revocation reason, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: EducationAidKind;
  /** The student. */
  person: Person;
  /** The school year, e.g. "2026-2027". */
  schoolYear: Scalars['String']['output'];
  /** GRANTED, or REVOKED: kept as history and no longer counted as aid. */
  status: EducationAidStatus;
  /** Why the grant was revoked: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the grant. */
  version: Scalars['Int']['output'];
};

/** 资助项目: the kinds of student aid. */
export type EducationAidKind =
  /** 学费减免: fee waiver (保教费 in preschool, 学费 in senior secondary and vocational schools) */
  | 'FEE_WAIVER'
  /** 国家助学金: national grant (senior secondary, vocational and higher education) */
  | 'GRANT'
  /** 生活补助: living allowance (寄宿生生活补助 in the compulsory stages) */
  | 'LIVING_ALLOWANCE';

/** Where a grant of aid stands. */
export type EducationAidStatus =
  /** 已发放: granted and standing */
  | 'GRANTED'
  /** 已撤销: revoked; kept as history */
  | 'REVOKED';

/** 学籍与资助: a student's school registration, enrolments and the aid granted to them. */
export type EducationProfile = {
  __typename?: 'EducationProfile';
  /** Aid granted, newest first: standing grants only, unless includeRevoked asks for the revoked ones too. */
  aid: Array<EducationAid>;
  /** Enrolments, newest school year first. */
  enrollments: Array<Enrollment>;
  /** 全国学籍号: the national student registration number (G followed by the resident ID number). */
  studentNumber?: Maybe<Scalars['String']['output']>;
};


/** 学籍与资助: a student's school registration, enrolments and the aid granted to them. */
export type EducationProfileAidArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};

export type EndEnrollmentInput = {
  /** The last day at the school: within the enrolment's school year, not before it began, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** GRADUATED only from the stage's final grade (from grade 4 in UNDERGRADUATE). */
  reason: EnrollmentEndReason;
  /** The enrolment's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 在籍: the student's enrolment at one school for one school year. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** Why the enrolment ended; null while it runs. */
  endReason?: Maybe<EnrollmentEndReason>;
  /** The last day at the school; null while the enrolment runs. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The day the student entered this school. */
  enrolledOn?: Maybe<Scalars['Date']['output']>;
  /** Grade within the stage, from 1. */
  grade: Scalars['Int']['output'];
  /** Changes to the enrolment, oldest first. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The student. */
  person: Person;
  /** The school: with the stage, grade and year it narrows a student to a class, so it needs the detail scope. */
  schoolName?: Maybe<Scalars['String']['output']>;
  /** The school year, e.g. "2026-2027" (September to the following summer). */
  schoolYear: Scalars['String']['output'];
  stage: SchoolStage;
  /** Incremented by every change; send it back when you change the enrolment. */
  version: Scalars['Int']['output'];
};

/** Why an enrolment ended. */
export type EnrollmentEndReason =
  /** 死亡: died */
  | 'DECEASED'
  /** 辍学: left school before completing the stage */
  | 'DROPPED_OUT'
  /** 毕业: completed the stage */
  | 'GRADUATED'
  /** 转学: moved to another school */
  | 'TRANSFERRED';

export type GrantEducationAidInput = {
  /** Above 0.00 and at most 20000.00. */
  amount: Scalars['Money']['input'];
  /** From June 1 before the school year to its last day (August 31), and not in the future. */
  grantedOn: Scalars['Date']['input'];
  /**
   * FEE_WAIVER is not granted in compulsory education (PRIMARY, JUNIOR_SECONDARY), GRANT not before
   * SENIOR_SECONDARY.
   */
  kind: EducationAidKind;
  /** The student's person id; the student must be enrolled in the school year. */
  personId: Scalars['ID']['input'];
  /** The school year as YYYY-YYYY; the student's enrolment of that year must not have ended before grantedOn. */
  schoolYear: Scalars['String']['input'];
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

/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptEducationReferral?: Maybe<InboxReferral>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askEducationReferralForInformation?: Maybe<InboxReferral>;
  /** Ends an enrolment: graduation, transfer, dropping out or death. An ended enrolment is final. */
  endEnrollment?: Maybe<Enrollment>;
  /**
   * Grants aid to a student enrolled in that school year. One standing grant of a kind per student and
   * school year: a second is CONFLICT (revoke the first to correct it).
   */
  grantEducationAid?: Maybe<EducationAid>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantEducationReferral?: Maybe<InboxReferral>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveEducationReferral?: Maybe<InboxReferral>;
  /**
   * Enrols a student at a school for a school year, registering the student (学籍) from the ID number when
   * education does not hold them yet. One enrolment per person and school year: a second is CONFLICT.
   */
  recordEnrollment?: Maybe<Enrollment>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseEducationReferral?: Maybe<InboxReferral>;
  /**
   * Revokes a grant (status REVOKED; final). A revoked grant stays in the student's history: it is left out
   * of EducationProfile.aid unless includeRevoked is set, and does not count as aid in the students filters.
   */
  revokeEducationAid?: Maybe<EducationAid>;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptEducationReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskEducationReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEndEnrollmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndEnrollmentInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantEducationAidArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantEducationAidInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantEducationReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveEducationReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordEnrollmentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordEnrollmentInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseEducationReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};


/**
 * Education's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRevokeEducationAidArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RevokeEducationAidInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  /** What the education bureau holds on the person; null when it holds nothing. */
  education?: Maybe<EducationProfile>;
  id: Scalars['ID']['output'];
};

/** 市教育局 (Education Bureau): school enrolments and the aid granted to students from households in difficulty. */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the education subgraph holds: newest first, for admins and auditors. */
  educationAccessLog?: Maybe<AccessLogConnection>;
  /** The education unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  educationReferrals?: Maybe<InboxReferralConnection>;
  /**
   * education: education aid received, for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and education's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  educationVerificationFacts?: Maybe<Array<VerificationFact>>;
  /**
   * Students with an enrolment matching the filter, by person key. Aid conditions are checked in the
   * school year of that enrolment.
   */
  students?: Maybe<StudentConnection>;
  /**
   * The person keys students(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the education access log.
   */
  studentsCohortKeys?: Maybe<CohortKeyPage>;
};


/** 市教育局 (Education Bureau): school enrolments and the aid granted to students from households in difficulty. */
export type QueryEducationAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市教育局 (Education Bureau): school enrolments and the aid granted to students from households in difficulty. */
export type QueryEducationReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市教育局 (Education Bureau): school enrolments and the aid granted to students from households in difficulty. */
export type QueryEducationVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};


/** 市教育局 (Education Bureau): school enrolments and the aid granted to students from households in difficulty. */
export type QueryStudentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StudentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 市教育局 (Education Bureau): school enrolments and the aid granted to students from households in difficulty. */
export type QueryStudentsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<StudentFilter>;
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

export type RecordEnrollmentInput = {
  /**
   * The day the student entered this school: not after the school year's last day (August 31), not more
   * than ten years before it begins, and not before the student was two.
   */
  enrolledOn: Scalars['Date']['input'];
  /** Grade within the stage, from 1 to its last: 6 in PRIMARY, 5 in UNDERGRADUATE, 3 in every other stage. */
  grade: Scalars['Int']['input'];
  /** The student's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** 1 to 100 characters. */
  schoolName: Scalars['String']['input'];
  /**
   * The school year as YYYY-YYYY, e.g. "2026-2027": not later than next school year, and not one that ends
   * before the student is two years old.
   */
  schoolYear: Scalars['String']['input'];
  stage: SchoolStage;
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

export type RevokeEducationAidInput = {
  id: Scalars['ID']['input'];
  /** Why the grant is revoked, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The grant's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 学段: the stage of education. */
export type SchoolStage =
  /** 高职: higher vocational college */
  | 'HIGHER_VOCATIONAL'
  /** 初中: junior secondary school */
  | 'JUNIOR_SECONDARY'
  /** 学前教育: preschool (kindergarten) */
  | 'PRESCHOOL'
  /** 小学: primary school */
  | 'PRIMARY'
  /** 中职: secondary vocational school */
  | 'SECONDARY_VOCATIONAL'
  /** 普通高中: senior secondary school */
  | 'SENIOR_SECONDARY'
  /** 本科: undergraduate */
  | 'UNDERGRADUATE';

export type StudentConnection = {
  __typename?: 'StudentConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StudentFilter = {
  /** Has a standing (GRANTED) grant of this kind in the school year of the matching enrolment. */
  aidKind?: InputMaybe<EducationAidKind>;
  /** Has no standing grant of this kind in the school year of the matching enrolment (a revoked one counts as none). */
  lacksAid?: InputMaybe<EducationAidKind>;
  /** A school year as YYYY-YYYY, e.g. "2026-2027"; omitted: any year the student was enrolled. */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<SchoolStage>;
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
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EducationAid: ResolverTypeWrapper<EducationAidRow>;
  EducationAidKind: EducationAidKind;
  EducationAidStatus: EducationAidStatus;
  EducationProfile: ResolverTypeWrapper<StudentRow>;
  EndEnrollmentInput: EndEnrollmentInput;
  Enrollment: ResolverTypeWrapper<EnrollmentRow>;
  EnrollmentEndReason: EnrollmentEndReason;
  GrantEducationAidInput: GrantEducationAidInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordEnrollmentInput: RecordEnrollmentInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  RevokeEducationAidInput: RevokeEducationAidInput;
  SchoolStage: SchoolStage;
  StudentConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  StudentFilter: StudentFilter;
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
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EducationAid: EducationAidRow;
  EducationProfile: StudentRow;
  EndEnrollmentInput: EndEnrollmentInput;
  Enrollment: EnrollmentRow;
  GrantEducationAidInput: GrantEducationAidInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RecordEnrollmentInput: RecordEnrollmentInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  RevokeEducationAidInput: RevokeEducationAidInput;
  StudentConnection: Connection<ResolversParentTypes['Person']>;
  StudentFilter: StudentFilter;
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

export type EducationAidResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationAid'] = ResolversParentTypes['EducationAid']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EducationAidKind'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EducationAidStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EducationProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EducationProfile'] = ResolversParentTypes['EducationProfile']> = {
  aid?: Resolver<Array<ResolversTypes['EducationAid']>, ParentType, ContextType, RequireFields<EducationProfileAidArgs, 'includeRevoked'>>;
  enrollments?: Resolver<Array<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  studentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EnrollmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = {
  endReason?: Resolver<Maybe<ResolversTypes['EnrollmentEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enrolledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  schoolName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['SchoolStage'], ParentType, ContextType>;
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
  acceptEducationReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptEducationReferralArgs, 'input'>>;
  askEducationReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskEducationReferralForInformationArgs, 'input'>>;
  endEnrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationEndEnrollmentArgs, 'input'>>;
  grantEducationAid?: Resolver<Maybe<ResolversTypes['EducationAid']>, ParentType, ContextType, RequireFields<MutationGrantEducationAidArgs, 'input'>>;
  grantEducationReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantEducationReferralArgs, 'input'>>;
  receiveEducationReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveEducationReferralArgs, 'input'>>;
  recordEnrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationRecordEnrollmentArgs, 'input'>>;
  refuseEducationReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseEducationReferralArgs, 'input'>>;
  revokeEducationAid?: Resolver<Maybe<ResolversTypes['EducationAid']>, ParentType, ContextType, RequireFields<MutationRevokeEducationAidArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['EducationProfile']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  educationAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryEducationAccessLogArgs, 'first'>>;
  educationReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryEducationReferralsArgs, 'first'>>;
  educationVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryEducationVerificationFactsArgs, 'authorisation' | 'personIds'>>;
  students?: Resolver<Maybe<ResolversTypes['StudentConnection']>, ParentType, ContextType, RequireFields<QueryStudentsArgs, 'first'>>;
  studentsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryStudentsCohortKeysArgs, 'first'>>;
};

export type StudentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StudentConnection'] = ResolversParentTypes['StudentConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  EducationAid?: EducationAidResolvers<ContextType>;
  EducationProfile?: EducationProfileResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StudentConnection?: StudentConnectionResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

