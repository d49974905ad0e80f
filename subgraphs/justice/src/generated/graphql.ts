// The justice subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { LegalAidProfileParent } from '../resolvers/Person';
import type { LegalAidCase as LegalAidCaseRow, DisputeMediation as DisputeMediationRow } from '../entities';
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

export type AcceptLegalAidCaseInput = {
  /** The day of the decision: not before the application, not in the future. */
  acceptedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** The case's version as you read it. */
  version: Scalars['Int']['input'];
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

export type ApplyForLegalAidInput = {
  /** Not in the future, not before 2003-09-01 (the Legal Aid Regulations) and not before the applicant was born. */
  appliedOn: Scalars['Date']['input'];
  category: LegalAidCategory;
  /** The applicant's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** The matter the applicant needs help with, 1-500 characters. */
  matter: Scalars['String']['input'];
  /** Whether the economic-hardship test is waived because the applicant shows a 低保 or 特困 certificate. */
  meansTestWaived: Scalars['Boolean']['input'];
  /** The county whose legal aid centre takes the application: a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode: Scalars['String']['input'];
};

export type AssignLegalAidLawyerInput = {
  id: Scalars['ID']['input'];
  /** The lawyer's name, 1-50 characters; a replacement must differ from the lawyer assigned. */
  lawyerName: Scalars['String']['input'];
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

export type CloseDisputeMediationInput = {
  /** Not before the mediation was opened, not in the future. */
  closedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** What was agreed or where the party was referred, 1-500 characters; optional. */
  note?: InputMaybe<Scalars['String']['input']>;
  result: MediationResult;
  /** The mediation's version as you read it. */
  version: Scalars['Int']['input'];
};

export type CloseLegalAidCaseInput = {
  /** Not before the case was accepted (or applied for), not in the future. */
  closedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** How the case ended, 1-500 characters; optional. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** WON, SETTLED or LOST only for a case a lawyer handled (IN_PROGRESS); WITHDRAWN for any open case. */
  outcome: LegalAidOutcome;
  /** The case's version as you read it. */
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

/** 被申请调解的救助项目: an assistance programme whose decision is contested. */
export type ContestedProgramme =
  /** 残疾人两项补贴 (disabled persons' federation) */
  | 'DISABILITY_SUBSIDY'
  /** 教育救助 (education) */
  | 'EDUCATION_AID'
  /** 就业救助 (human resources) */
  | 'EMPLOYMENT_ASSISTANCE'
  /** 特困人员救助供养 (civil affairs) */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 住房救助 (housing) */
  | 'HOUSING_ASSISTANCE'
  /** 低收入家庭认定 (civil affairs) */
  | 'LOW_INCOME_CERTIFICATION'
  /** 医疗救助 (health) */
  | 'MEDICAL_ASSISTANCE'
  /** 最低生活保障 (civil affairs) */
  | 'MINIMUM_LIVING_ALLOWANCE'
  /** 临时救助 (civil affairs) */
  | 'TEMPORARY_ASSISTANCE';

/** 作出决定的单位: the unit whose decision is contested. */
export type DecidingUnit =
  /** 市民政局 */
  | 'CIVIL_AFFAIRS'
  /** 市残联 */
  | 'DISABLED_PERSONS'
  /** 市教育局 */
  | 'EDUCATION'
  /** 市卫计委 */
  | 'HEALTH'
  /** 市住建局 */
  | 'HOUSING'
  /** 市人社局 */
  | 'HUMAN_RESOURCES';

/** 救助争议调解: the mediation of a dispute between a household and the unit that decided on its assistance. */
export type DisputeMediation = {
  __typename?: 'DisputeMediation';
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** The day of the contested decision. */
  decidedOn: Scalars['Date']['output'];
  /** What the party contests: free text, so it needs the detail scope. */
  dispute?: Maybe<Scalars['String']['output']>;
  /** Changes to the mediation, oldest first; the records carry the ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The people's mediator. */
  mediatorName?: Maybe<Scalars['String']['output']>;
  openedOn: Scalars['Date']['output'];
  /** The party who contests the decision, the household's applicant. */
  person: Person;
  /** The programme whose decision is contested. */
  programme: ContestedProgramme;
  /** The county of the mediation committee. */
  region?: Maybe<Region>;
  /** Set when the mediation is CLOSED. */
  result?: Maybe<MediationResult>;
  /** What was agreed or where the party was referred: free text, so it needs the detail scope. */
  resultNote?: Maybe<Scalars['String']['output']>;
  status: MediationStatus;
  /** The unit that made the decision. */
  unit: DecidingUnit;
  /** Incremented by every change; send it back when you change the mediation. */
  version: Scalars['Int']['output'];
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

/** 法律援助案件: one application for legal aid and what became of it. */
export type LegalAidCase = {
  __typename?: 'LegalAidCase';
  /** The day legal aid was granted; null unless it was. */
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  appliedOn: Scalars['Date']['output'];
  category: LegalAidCategory;
  /** The legal aid centre (法律援助中心) of that county. */
  centre: Scalars['String']['output'];
  /** The day the case was closed or rejected. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Changes to the case, oldest first; the records carry the ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The lawyer handling the case; null until one is assigned. */
  lawyerName?: Maybe<Scalars['String']['output']>;
  /** The matter in the applicant's words: free text on a person's affairs, so it needs the detail scope. */
  matter?: Maybe<Scalars['String']['output']>;
  /** Whether the economic-hardship test was waived because the applicant receives 低保 or 特困. */
  meansTestWaived: Scalars['Boolean']['output'];
  /** Set when the case is CLOSED. */
  outcome?: Maybe<LegalAidOutcome>;
  /** The applicant (受援人). */
  person: Person;
  /** The county of the legal aid centre that took the application. */
  region?: Maybe<Region>;
  status: LegalAidStatus;
  /** Why the case was rejected, or how it closed: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the case. */
  version: Scalars['Int']['output'];
};

/** 法律援助事项: what a legal aid case is about. */
export type LegalAidCategory =
  /** 赡养、抚养、扶养: maintenance of parents, children or a spouse */
  | 'FAMILY_MAINTENANCE'
  /** 追索劳动报酬: unpaid wages */
  | 'LABOUR_REMUNERATION'
  /** 医疗纠纷: a dispute over medical treatment */
  | 'MEDICAL_DISPUTE'
  | 'OTHER'
  /** 请求给予社会救助: a social assistance decision */
  | 'SOCIAL_ASSISTANCE_DECISION'
  /** 工伤: work injury and its insurance benefits */
  | 'WORK_INJURY';

/** 办结结果: how a closed case ended. */
export type LegalAidOutcome =
  /** 败诉: lost */
  | 'LOST'
  /** 调解、和解: settled */
  | 'SETTLED'
  /** 撤回、终止: withdrawn by the applicant, or ended without a decision */
  | 'WITHDRAWN'
  /** 胜诉: won, or the claim upheld */
  | 'WON';

/** 法律援助档案: a person's legal aid cases and the mediations of assistance decisions they are a party to. */
export type LegalAidProfile = {
  __typename?: 'LegalAidProfile';
  /** Legal aid cases, newest application first. */
  cases: Array<LegalAidCase>;
  /** Mediations, newest first. */
  mediations: Array<DisputeMediation>;
};

export type LegalAidRecipientConnection = {
  __typename?: 'LegalAidRecipientConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LegalAidRecipientFilter = {
  category?: InputMaybe<LegalAidCategory>;
  /** Only cases whose means test was waived (true), or applied (false). */
  meansTestWaived?: InputMaybe<Scalars['Boolean']['input']>;
  /** The county of the legal aid centre, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LegalAidStatus>;
};

/** 法律援助案件状态: where a case stands. */
export type LegalAidStatus =
  /** 给予法律援助: granted, awaiting a lawyer */
  | 'ACCEPTED'
  /** 申请: applied for, awaiting the centre's decision */
  | 'APPLIED'
  /** 结案: closed */
  | 'CLOSED'
  /** 指派承办: a lawyer is handling it */
  | 'IN_PROGRESS'
  /** 不予法律援助: refused */
  | 'REJECTED';

export type MediationPartyConnection = {
  __typename?: 'MediationPartyConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MediationPartyFilter = {
  programme?: InputMaybe<ContestedProgramme>;
  /** The county of the mediation committee, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  result?: InputMaybe<MediationResult>;
  status?: InputMaybe<MediationStatus>;
  /** Mediations of any programme of this unit. */
  unit?: InputMaybe<DecidingUnit>;
};

/** 调解结果: how a mediation ended. */
export type MediationResult =
  /** 达成调解协议: the parties agreed */
  | 'AGREEMENT'
  /** 未达成协议: no agreement */
  | 'NO_AGREEMENT'
  /** 引导申请行政复议: the party was referred to administrative review */
  | 'REFERRED_TO_REVIEW';

/** 调解状态: whether a mediation is still going on. */
export type MediationStatus =
  | 'CLOSED'
  | 'OPEN';

/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a received referral (受理). */
  acceptJusticeReferral?: Maybe<InboxReferral>;
  /** Decides to give legal aid (给予法律援助): an APPLIED case becomes ACCEPTED, awaiting a lawyer. */
  acceptLegalAidCase?: Maybe<LegalAidCase>;
  /** Records an application for legal aid at a county's legal aid centre (status APPLIED). */
  applyForLegalAid?: Maybe<LegalAidCase>;
  /** Asks the applicant for information (补正), saying what in the note; the referral waits until decided. */
  askJusticeReferralForInformation?: Maybe<InboxReferral>;
  /**
   * Assigns the lawyer who handles the case (指派): an ACCEPTED case becomes IN_PROGRESS; a case IN_PROGRESS takes
   * another lawyer (a replacement).
   */
  assignLegalAidLawyer?: Maybe<LegalAidCase>;
  /** Closes an OPEN mediation with its result; CLOSED is final. */
  closeDisputeMediation?: Maybe<DisputeMediation>;
  /**
   * Closes a case (结案) with its outcome. A case IN_PROGRESS closes with any outcome; an APPLIED or ACCEPTED case, which
   * no lawyer has handled, only as WITHDRAWN. CLOSED is final.
   */
  closeLegalAidCase?: Maybe<LegalAidCase>;
  /** Decides: granted, naming the record the unit made. A decided referral does not change again. */
  grantJusticeReferral?: Maybe<InboxReferral>;
  /**
   * Opens the mediation of a dispute over an assistance decision (status OPEN). A person has one OPEN mediation of a
   * programme at a time: a second is CONFLICT naming it.
   */
  openDisputeMediation?: Maybe<DisputeMediation>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveJusticeReferral?: Maybe<InboxReferral>;
  /** Decides: refused, with the reason. A decided referral does not change again. */
  refuseJusticeReferral?: Maybe<InboxReferral>;
  /** Decides not to give legal aid (不予法律援助), saying why: an APPLIED case becomes REJECTED, which is final. */
  rejectLegalAidCase?: Maybe<LegalAidCase>;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptJusticeReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAcceptLegalAidCaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AcceptLegalAidCaseInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationApplyForLegalAidArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ApplyForLegalAidInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAskJusticeReferralForInformationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InboxReferralStepInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAssignLegalAidLawyerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AssignLegalAidLawyerInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationCloseDisputeMediationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CloseDisputeMediationInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationCloseLegalAidCaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CloseLegalAidCaseInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationGrantJusticeReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GrantInboxReferralInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationOpenDisputeMediationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenDisputeMediationInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReceiveJusticeReferralArgs = {
  input: ReceiveReferralInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRefuseJusticeReferralArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RefuseInboxReferralInput;
};


/**
 * The justice bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRejectLegalAidCaseArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RejectLegalAidCaseInput;
};

export type OpenDisputeMediationInput = {
  /** The day of the contested decision: not in the future, not before 2014-05-01 (the Interim Measures). */
  decidedOn: Scalars['Date']['input'];
  /** What the party contests, 1-500 characters. */
  dispute: Scalars['String']['input'];
  /** The party's resident ID number: the household's applicant who contests the decision. */
  idNumber: Scalars['String']['input'];
  /** The people's mediator, 1-50 characters. */
  mediatorName: Scalars['String']['input'];
  /** Not before the decision, not in the future. */
  openedOn: Scalars['Date']['input'];
  /** The programme whose decision is contested; the deciding unit follows from it. */
  programme: ContestedProgramme;
  /** The county of the mediation committee: a county code of the city (GB/T 2260). */
  regionCode: Scalars['String']['input'];
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
  /** What the justice bureau holds on the person; null when it holds nothing. */
  legalAid?: Maybe<LegalAidProfile>;
};

/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the justice subgraph holds: newest first, for admins and auditors. */
  justiceAccessLog?: Maybe<AccessLogConnection>;
  /** The justice unit's inbox of one-window referrals, by id; only those matching every condition of the filter. */
  justiceReferrals?: Maybe<InboxReferralConnection>;
  /**
   * Persons with a legal aid case that meets every given condition (one case meeting them all), by person key: how
   * much legal aid reaches the people on assistance, and for what.
   */
  legalAidRecipients?: Maybe<LegalAidRecipientConnection>;
  /**
   * The person keys legalAidRecipients(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the justice access log.
   */
  legalAidRecipientsCohortKeys?: Maybe<CohortKeyPage>;
  /**
   * Persons who are a party to a mediation of an assistance decision that meets every given condition (one mediation
   * meeting them all), by person key.
   */
  mediationParties?: Maybe<MediationPartyConnection>;
  /**
   * The person keys mediationParties(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the justice access log.
   */
  mediationPartiesCohortKeys?: Maybe<CohortKeyPage>;
};


/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type QueryJusticeAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type QueryJusticeReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InboxReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type QueryLegalAidRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LegalAidRecipientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type QueryLegalAidRecipientsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<LegalAidRecipientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type QueryMediationPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MediationPartyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市司法局 (Justice Bureau): legal aid for people in difficulty (困难群众法律援助) and the mediation of disputes arising
 * in assistance work (救助工作中的矛盾纠纷化解).
 */
export type QueryMediationPartiesCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<MediationPartyFilter>;
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

export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
};

export type RejectLegalAidCaseInput = {
  id: Scalars['ID']['input'];
  /** Why legal aid is not given, 1-500 characters. */
  reason: Scalars['String']['input'];
  /** The day of the decision: not before the application, not in the future. */
  rejectedOn: Scalars['Date']['input'];
  /** The case's version as you read it. */
  version: Scalars['Int']['input'];
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
  AcceptLegalAidCaseInput: AcceptLegalAidCaseInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessLogConnection: ResolverTypeWrapper<AccessLogConnection>;
  AccessLogEntry: ResolverTypeWrapper<AccessLogEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessLogFilter: AccessLogFilter;
  AccessRefusal: ResolverTypeWrapper<AccessRefusal>;
  ApplyForLegalAidInput: ApplyForLegalAidInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssignLegalAidLawyerInput: AssignLegalAidLawyerInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CloseDisputeMediationInput: CloseDisputeMediationInput;
  CloseLegalAidCaseInput: CloseLegalAidCaseInput;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  ContestedProgramme: ContestedProgramme;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecidingUnit: DecidingUnit;
  DisputeMediation: ResolverTypeWrapper<DisputeMediationRow>;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  LegalAidCase: ResolverTypeWrapper<LegalAidCaseRow>;
  LegalAidCategory: LegalAidCategory;
  LegalAidOutcome: LegalAidOutcome;
  LegalAidProfile: ResolverTypeWrapper<LegalAidProfileParent>;
  LegalAidRecipientConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  LegalAidRecipientFilter: LegalAidRecipientFilter;
  LegalAidStatus: LegalAidStatus;
  MediationPartyConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  MediationPartyFilter: MediationPartyFilter;
  MediationResult: MediationResult;
  MediationStatus: MediationStatus;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenDisputeMediationInput: OpenDisputeMediationInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReferralInput: ReceiveReferralInput;
  ReferralNeed: ReferralNeed;
  ReferralStatus: ReferralStatus;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  Region: ResolverTypeWrapper<Region>;
  RejectLegalAidCaseInput: RejectLegalAidCaseInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptLegalAidCaseInput: AcceptLegalAidCaseInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AccessLogConnection: AccessLogConnection;
  AccessLogEntry: AccessLogEntry;
  String: Scalars['String']['output'];
  AccessLogFilter: AccessLogFilter;
  AccessRefusal: AccessRefusal;
  ApplyForLegalAidInput: ApplyForLegalAidInput;
  Boolean: Scalars['Boolean']['output'];
  AssignLegalAidLawyerInput: AssignLegalAidLawyerInput;
  ChangeRecord: ChangeRecord;
  CloseDisputeMediationInput: CloseDisputeMediationInput;
  CloseLegalAidCaseInput: CloseLegalAidCaseInput;
  CohortKeyPage: CohortKeyPage;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisputeMediation: DisputeMediationRow;
  GrantInboxReferralInput: GrantInboxReferralInput;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  LegalAidCase: LegalAidCaseRow;
  LegalAidProfile: LegalAidProfileParent;
  LegalAidRecipientConnection: Connection<ResolversParentTypes['Person']>;
  LegalAidRecipientFilter: LegalAidRecipientFilter;
  MediationPartyConnection: Connection<ResolversParentTypes['Person']>;
  MediationPartyFilter: MediationPartyFilter;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenDisputeMediationInput: OpenDisputeMediationInput;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  ReceiveReferralInput: ReceiveReferralInput;
  RefuseInboxReferralInput: RefuseInboxReferralInput;
  Region: Region;
  RejectLegalAidCaseInput: RejectLegalAidCaseInput;
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

export type DisputeMediationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisputeMediation'] = ResolversParentTypes['DisputeMediation']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mediatorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['ContestedProgramme'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['MediationResult']>, ParentType, ContextType>;
  resultNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MediationStatus'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['DecidingUnit'], ParentType, ContextType>;
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

export type LegalAidCaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalAidCase'] = ResolversParentTypes['LegalAidCase']> = {
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  appliedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['LegalAidCategory'], ParentType, ContextType>;
  centre?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lawyerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meansTestWaived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['LegalAidOutcome']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LegalAidStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LegalAidProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalAidProfile'] = ResolversParentTypes['LegalAidProfile']> = {
  cases?: Resolver<Array<ResolversTypes['LegalAidCase']>, ParentType, ContextType>;
  mediations?: Resolver<Array<ResolversTypes['DisputeMediation']>, ParentType, ContextType>;
};

export type LegalAidRecipientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalAidRecipientConnection'] = ResolversParentTypes['LegalAidRecipientConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MediationPartyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MediationPartyConnection'] = ResolversParentTypes['MediationPartyConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptJusticeReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAcceptJusticeReferralArgs, 'input'>>;
  acceptLegalAidCase?: Resolver<Maybe<ResolversTypes['LegalAidCase']>, ParentType, ContextType, RequireFields<MutationAcceptLegalAidCaseArgs, 'input'>>;
  applyForLegalAid?: Resolver<Maybe<ResolversTypes['LegalAidCase']>, ParentType, ContextType, RequireFields<MutationApplyForLegalAidArgs, 'input'>>;
  askJusticeReferralForInformation?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationAskJusticeReferralForInformationArgs, 'input'>>;
  assignLegalAidLawyer?: Resolver<Maybe<ResolversTypes['LegalAidCase']>, ParentType, ContextType, RequireFields<MutationAssignLegalAidLawyerArgs, 'input'>>;
  closeDisputeMediation?: Resolver<Maybe<ResolversTypes['DisputeMediation']>, ParentType, ContextType, RequireFields<MutationCloseDisputeMediationArgs, 'input'>>;
  closeLegalAidCase?: Resolver<Maybe<ResolversTypes['LegalAidCase']>, ParentType, ContextType, RequireFields<MutationCloseLegalAidCaseArgs, 'input'>>;
  grantJusticeReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantJusticeReferralArgs, 'input'>>;
  openDisputeMediation?: Resolver<Maybe<ResolversTypes['DisputeMediation']>, ParentType, ContextType, RequireFields<MutationOpenDisputeMediationArgs, 'input'>>;
  receiveJusticeReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveJusticeReferralArgs, 'input'>>;
  refuseJusticeReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseJusticeReferralArgs, 'input'>>;
  rejectLegalAidCase?: Resolver<Maybe<ResolversTypes['LegalAidCase']>, ParentType, ContextType, RequireFields<MutationRejectLegalAidCaseArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalAid?: Resolver<Maybe<ResolversTypes['LegalAidProfile']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  justiceAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryJusticeAccessLogArgs, 'first'>>;
  justiceReferrals?: Resolver<Maybe<ResolversTypes['InboxReferralConnection']>, ParentType, ContextType, RequireFields<QueryJusticeReferralsArgs, 'first'>>;
  legalAidRecipients?: Resolver<Maybe<ResolversTypes['LegalAidRecipientConnection']>, ParentType, ContextType, RequireFields<QueryLegalAidRecipientsArgs, 'first'>>;
  legalAidRecipientsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryLegalAidRecipientsCohortKeysArgs, 'first'>>;
  mediationParties?: Resolver<Maybe<ResolversTypes['MediationPartyConnection']>, ParentType, ContextType, RequireFields<QueryMediationPartiesArgs, 'first'>>;
  mediationPartiesCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryMediationPartiesCohortKeysArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisputeMediation?: DisputeMediationResolvers<ContextType>;
  InboxReferral?: InboxReferralResolvers<ContextType>;
  InboxReferralConnection?: InboxReferralConnectionResolvers<ContextType>;
  LegalAidCase?: LegalAidCaseResolvers<ContextType>;
  LegalAidProfile?: LegalAidProfileResolvers<ContextType>;
  LegalAidRecipientConnection?: LegalAidRecipientConnectionResolvers<ContextType>;
  MediationPartyConnection?: MediationPartyConnectionResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
};

