// The civil-affairs subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Person as PersonRow, Household as HouseholdRow, AssistanceCase as AssistanceCaseRow, AssistanceStandard as AssistanceStandardRow, VerificationAuthorisation as VerificationAuthorisationRow, VerificationRequest as VerificationRequestRow, VerificationReport as VerificationReportRow, ReportItem, IncomeRule as IncomeRuleRow, DiscoveryRule as DiscoveryRuleRow, DiscoveryRun as DiscoveryRunRow, DiscoveryAlert as DiscoveryAlertRow, EvidenceItem, AlertCount } from '../entities';
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

/** 资金项目: what a budget line funds and a payment pays. */
export type BenefitProgramme =
  /** 困难残疾人生活补贴和重度残疾人护理补贴: the two disability subsidies (两项补贴) */
  | 'DISABILITY_SUBSIDIES'
  /** 特困人员救助供养: extreme-poverty support (特困) */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 最低生活保障: minimum living allowance (低保) */
  | 'MINIMUM_LIVING_ALLOWANCE'
  /** 价格临时补贴: temporary price subsidies, paid when price linkage is triggered */
  | 'PRICE_SUBSIDY'
  /** 临时救助: temporary assistance */
  | 'TEMPORARY_ASSISTANCE';

/** 护理等级: how much care a resident needs, as assessed on admission (a resident's staff ratio follows from it). */
export type CareLevel =
  /** 完全失能: needs help with every daily activity */
  | 'FULL_CARE'
  /** 部分失能: needs help with some daily activities */
  | 'PARTIAL_CARE'
  /** 生活自理: lives independently */
  | 'SELF_CARE';

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

/** A change of a rule: what is given changes, the rest stays. */
export type ChangeDiscoveryRuleInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  alertPer?: InputMaybe<DiscoveryAlertSubject>;
  condition?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** null takes the measure away. */
  measure?: InputMaybe<DiscoveryMeasure>;
  name?: InputMaybe<Scalars['String']['input']>;
  need?: InputMaybe<ReferralNeed>;
  parameters?: InputMaybe<Scalars['String']['input']>;
  responsibleUnit?: InputMaybe<Scalars['String']['input']>;
  /** The rule's version as you read it. */
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

/** One cell of a published table: a group of persons, or a margin totalling over some of the dimensions. */
export type CohortAggregateCell = {
  __typename?: 'CohortAggregateCell';
  /** The cell's value of each dimension grouped by; null for a dimension it totals over, and for every one not grouped by. */
  by: CohortGroup;
  /** Persons; null when suppressed. */
  count?: Maybe<Scalars['Int']['output']>;
  disclosure: CohortDisclosure;
  /**
   * The monthly benefit of the persons' households, shared per member, summed over the cell's persons; null when
   * suppressed. A household's amount is the sum of its ACTIVE cases' monthlyAmount (certification and temporary
   * assistance pay none monthly), shared among its members in the index to the fen: each gets floor(amount / members),
   * and the first (amount mod members) of them in person-key order one fen more, so a household's shares add up to its
   * amount exactly.
   */
  monthlyAmount?: Maybe<Scalars['Money']['output']>;
  /** Hidden: below the threshold, or hidden so that one that is cannot be recovered; the table does not say which. */
  suppressed: Scalars['Boolean']['output'];
  /** The rule's threshold (SUPPRESSION_THRESHOLD): a SUPPRESSED table hides the counts below it; an EXACT one hides none. */
  threshold: Scalars['Int']['output'];
};

/**
 * A condition on persons, for cohort(condition): set exactly one member. A list's member selects the persons that
 * list selects under that filter, as its own agency answers it (a household list, its households' members); and,
 * or and not combine conditions.
 */
export type CohortCondition = {
  /** Persons every one of these conditions selects. */
  and?: InputMaybe<Array<CohortCondition>>;
  /** trade-union: the persons difficultWorkers(filter) lists. */
  difficultWorkers?: InputMaybe<DifficultWorkerFilter>;
  /** disabled-persons: the persons disabledPersons(filter) lists. */
  disabledPersons?: InputMaybe<DisabledPersonFilter>;
  /** civil-affairs: the members of the households households(filter) lists. */
  households?: InputMaybe<HouseholdFilter>;
  /** housing: the persons housingAssistanceRecipients(filter) lists. */
  housingAssistanceRecipients?: InputMaybe<HousingAssistanceFilter>;
  /** human-resources: the persons insuredPersons(filter) lists. */
  insuredPersons?: InputMaybe<InsuredPersonFilter>;
  /** human-resources: the persons jobSeekers(filter) lists. */
  jobSeekers?: InputMaybe<JobSeekerFilter>;
  /** agriculture: the persons landHolders(filter) lists. */
  landHolders?: InputMaybe<LandHolderFilter>;
  /** justice: the persons legalAidRecipients(filter) lists. */
  legalAidRecipients?: InputMaybe<LegalAidRecipientFilter>;
  /** justice: the persons mediationParties(filter) lists. */
  mediationParties?: InputMaybe<MediationPartyFilter>;
  /** health: the persons medicalAssistanceRecipients(filter) lists. */
  medicalAssistanceRecipients?: InputMaybe<MedicalAssistanceRecipientFilter>;
  /** poverty-alleviation: the persons monitoredPersons(filter) lists. */
  monitoredPersons?: InputMaybe<MonitoredPersonFilter>;
  /** Persons of the index this condition does not select; inside an and, those of the other conditions it does not select. */
  not?: InputMaybe<CohortCondition>;
  /** Persons any of these conditions selects. */
  or?: InputMaybe<Array<CohortCondition>>;
  /** finance: the persons paymentRecipients(filter) lists. */
  paymentRecipients?: InputMaybe<PaymentRecipientFilter>;
  /** civil-affairs: the persons persons(filter) lists. */
  persons?: InputMaybe<PersonFilter>;
  /** development-reform: the persons placedPersons(filter) lists. */
  placedPersons?: InputMaybe<PlacedPersonFilter>;
  /** housing: the persons propertyHolders(filter) lists. */
  propertyHolders?: InputMaybe<PropertyHolderFilter>;
  /** education: the persons students(filter) lists. */
  students?: InputMaybe<StudentFilter>;
  /** prices: the persons surveyHouseholds(filter) lists. */
  surveyHouseholds?: InputMaybe<SurveyHouseholdFilter>;
};

/** What a published table groups persons by. */
export type CohortDimension =
  /** The person's age in 5-year bands, as Person.ageBand gives it: "0-4" to "95-99", then "100+". */
  | 'AGE_BAND'
  /** The person's county (Person.region). */
  | 'COUNTY'
  /** The person's gender. */
  | 'GENDER'
  /** The programme the person counts under (CohortProgramme). */
  | 'PROGRAMME';

/** How a published table's counts are shown. */
export type CohortDisclosure =
  /** Every count as counted: for admins. */
  | 'EXACT'
  /**
   * For everyone else: a cell of 1 to threshold - 1 persons is suppressed, and so are the cells around it that would let it
   * be recovered from the margins by subtraction. A zero is shown as 0.
   */
  | 'SUPPRESSED';

/** A cell's group: its value of each dimension. */
export type CohortGroup = {
  __typename?: 'CohortGroup';
  /** A 5-year band: "35-39", and "100+" from 100 on. */
  ageBand?: Maybe<Scalars['String']['output']>;
  county?: Maybe<Region>;
  gender?: Maybe<Gender>;
  programme?: Maybe<CohortProgramme>;
};

/** A page of the person keys one agency's list selects: one condition of a cohort. */
export type CohortKeyPage = {
  __typename?: 'CohortKeyPage';
  /** Whether keys after the last one remain. */
  hasMore: Scalars['Boolean']['output'];
  /** Person keys, ascending, each once. */
  keys: Array<Scalars['ID']['output']>;
};

/**
 * The programme a person counts under in a published table: that of the ACTIVE case of the person's household; of a
 * household with several, the first of this order (特困, 低保, 低收入, 临时), so that each person counts once.
 */
export type CohortProgramme =
  /** 特困供养: extreme-poverty support */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 低收入家庭认定: low-income household certification */
  | 'LOW_INCOME_CERTIFICATION'
  /** 低保: minimum living allowance */
  | 'MINIMUM_LIVING_ALLOWANCE'
  /** No ACTIVE case in the person's household, or no household. */
  | 'NONE'
  /** 临时救助: temporary assistance */
  | 'TEMPORARY_ASSISTANCE';

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

export type DefineDiscoveryRuleInput = {
  alertPer?: InputMaybe<DiscoveryAlertSubject>;
  /** A CohortCondition as JSON (see DiscoveryRule.condition); it is checked as the cohort field checks its argument. */
  condition: Scalars['String']['input'];
  /** 1-1000 characters. */
  description: Scalars['String']['input'];
  measure?: InputMaybe<DiscoveryMeasure>;
  /** 1-100 characters, unique among the rules. */
  name: Scalars['String']['input'];
  need: ReferralNeed;
  /** The measure's settings as JSON (SELF_PAID_MEDICAL_SHARE: shareOfIncome, a decimal from 0.01 to 10). */
  parameters?: InputMaybe<Scalars['String']['input']>;
  /** A unit with a referral inbox: civil-affairs, education, human-resources, health, housing, trade-union, disabled-persons, justice. */
  responsibleUnit: Scalars['String']['input'];
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

/** 补贴类别: the kinds of the two disability subsidies. */
export type DisabilitySubsidyKind =
  /** 困难残疾人生活补贴: living subsidy for disabled persons in 低保 or 特困 households */
  | 'LIVING'
  /** 重度残疾人护理补贴: care subsidy for grade 1 and 2 disabilities */
  | 'SEVERE_CARE';

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

/** 主动发现预警: a person a rule found (or a caseworker found on a visit), for the unit that should act. */
export type DiscoveryAlert = {
  __typename?: 'DiscoveryAlert';
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was resolved or dismissed: a caseworker's words (or a run's "evidence gone"), so it needs the detail scope. */
  closedReason?: Maybe<Scalars['String']['output']>;
  /** Which unit said what of the person, as of when. */
  evidence: Array<DiscoveryEvidence>;
  /** Its changes, oldest first; they carry the notes and reasons, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  /** The person's household when the alert opened. */
  household?: Maybe<Household>;
  id: Scalars['ID']['output'];
  /** When a run last found the person (the opening, for an alert opened by hand). */
  lastMatchedAt: Scalars['DateTime']['output'];
  need: ReferralNeed;
  /** What the caseworker found, for an alert opened by hand: free text about the person, so it needs the detail scope. */
  note?: Maybe<Scalars['String']['output']>;
  openedAt: Scalars['DateTime']['output'];
  /** Opened by a caseworker rather than a run: no run closes it. */
  openedByHand: Scalars['Boolean']['output'];
  person: Person;
  referredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The person's county when the alert opened. */
  region: Region;
  /** The unit that should act (a subgraph name). */
  responsibleUnit: Scalars['String']['output'];
  rule: DiscoveryRule;
  /** The rule's version that found the person. */
  ruleVersion: Scalars['Int']['output'];
  status: DiscoveryAlertStatus;
  /** Incremented by every change; send it back with the next step. */
  version: Scalars['Int']['output'];
};

export type DiscoveryAlertConnection = {
  __typename?: 'DiscoveryAlertConnection';
  nodes: Array<DiscoveryAlert>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How many alerts one county has for one unit in one status. */
export type DiscoveryAlertCount = {
  __typename?: 'DiscoveryAlertCount';
  alerts: Scalars['Int']['output'];
  region: Region;
  responsibleUnit: Scalars['String']['output'];
  status: DiscoveryAlertStatus;
};

export type DiscoveryAlertFilter = {
  /** The county, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<DiscoveryAlertStatus>;
  /** The responsible unit, a subgraph name (disabled-persons). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Where an alert stands. */
export type DiscoveryAlertStatus =
  /** Not a case for help, with the reason: the rule does not alert the person again at its version. */
  | 'DISMISSED'
  /** Found and not yet acted on. */
  | 'OPEN'
  /** Referred through one-window intake to the responsible unit. */
  | 'REFERRED'
  /** The need was met or decided, or a run no longer finds the person ("evidence gone"). */
  | 'RESOLVED';

export type DiscoveryAlertStepInput = {
  id: Scalars['ID']['input'];
  /** The alert's version as you read it. */
  version: Scalars['Int']['input'];
};

/** Whom a rule's alerts are for. */
export type DiscoveryAlertSubject =
  /** Each household a person the rule finds lives in: the alert is for its head. */
  | 'HOUSEHOLD'
  /** Each person the rule finds. */
  | 'PERSON';

/** What one unit said of the person when the rule ran: one item of an alert's evidence. */
export type DiscoveryEvidence = {
  __typename?: 'DiscoveryEvidence';
  /** The figure, for a measure. */
  amount?: Maybe<Scalars['Money']['output']>;
  /** When the unit answered. */
  asOf: Scalars['DateTime']['output'];
  /** The list's filter as the run asked it (JSON); null for a figure. */
  condition?: Maybe<Scalars['String']['output']>;
  /** true: the unit lists the person under the condition; false: it does not (under a not). Under an or, this branch or another held. */
  listed: Scalars['Boolean']['output'];
  /** Where in the rule: the condition's path (and.1.not), or measure.<figure> for a figure the rule weighed. */
  path: Scalars['String']['output'];
  /** The same, in words. */
  said: Scalars['String']['output'];
  /** The unit's list the condition is on (disabledPersons), or the figure (selfPaidMedicalCosts). */
  source: Scalars['String']['output'];
  /** The unit (a subgraph name). */
  unit: Scalars['String']['output'];
};

/** What a rule weighs that a key set cannot say. */
export type DiscoveryMeasure =
  /**
   * Self-paid medical costs settled in the last 12 months (health) above parameters.shareOfIncome of the household's
   * income for 12 months (civil affairs: its latest verification report, else its latest case's per-capita income).
   */
  | 'SELF_PAID_MEDICAL_SHARE';

/** 主动发现规则: a saved cohort whose matches become alerts for the unit that should act. */
export type DiscoveryRule = {
  __typename?: 'DiscoveryRule';
  /** An inactive rule no longer runs; its alerts stay. */
  active: Scalars['Boolean']['output'];
  /** Whom an alert is for: each person found, or each household a found person lives in (its head). */
  alertPer: DiscoveryAlertSubject;
  /**
   * The condition: a CohortCondition (the cohort field's argument) as JSON. The string values "$today", "$yearAgo" and
   * "$currentSchoolYear" are that day's values when the rule runs.
   */
  condition: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Every version as it was set, oldest first. */
  history: Array<ChangeRecord>;
  id: Scalars['ID']['output'];
  /** The latest run. */
  lastRun?: Maybe<DiscoveryRun>;
  /** What the rule weighs beyond its condition; null when the condition alone decides. */
  measure?: Maybe<DiscoveryMeasure>;
  name: Scalars['String']['output'];
  /** What an alert is referred as, in one-window intake. */
  need: ReferralNeed;
  /** The measure's settings as JSON, e.g. {"shareOfIncome": "0.25"}. */
  parameters: Scalars['String']['output'];
  /** The unit its alerts are for: a subgraph with a referral inbox (disabled-persons, education, …). */
  responsibleUnit: Scalars['String']['output'];
  /** The last runs, newest first (at most 20). */
  runs: Array<DiscoveryRun>;
  /** Incremented by every change; send it back when you change the rule. */
  version: Scalars['Int']['output'];
};

/** One run of one rule at one version. */
export type DiscoveryRun = {
  __typename?: 'DiscoveryRun';
  /** Alerts it resolved because it no longer found the person. */
  closed?: Maybe<Scalars['Int']['output']>;
  /** Why it failed: the unit that did not answer, or what went wrong. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The persons (households, for a rule per household) found; null until it completes. */
  matches?: Maybe<Scalars['Int']['output']>;
  /** Alerts it opened. */
  opened?: Maybe<Scalars['Int']['output']>;
  rule: DiscoveryRule;
  ruleVersion: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  /** Who started it: a caller's subject, or "schedule". */
  startedBy: Scalars['String']['output'];
  status: DiscoveryRunStatus;
};

/** Where a run stands. */
export type DiscoveryRunStatus =
  /** Every unit answered: alerts opened and closed. */
  | 'COMPLETED'
  /** A unit did not answer (or the run was interrupted): no alert was opened or closed; run it again. */
  | 'FAILED'
  /** Asking the units; nothing is changed until every answer is in. */
  | 'RUNNING';

export type DismissDiscoveryAlertInput = {
  id: Scalars['ID']['input'];
  /** Why it is not a case for help, 1-500 characters: required. */
  reason: Scalars['String']['input'];
  /** The alert's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 资助项目: the kinds of student aid. */
export type EducationAidKind =
  /** 学费减免: fee waiver (保教费 in preschool, 学费 in senior secondary and vocational schools) */
  | 'FEE_WAIVER'
  /** 国家助学金: national grant (senior secondary, vocational and higher education) */
  | 'GRANT'
  /** 生活补助: living allowance (寄宿生生活补助 in the compulsory stages) */
  | 'LIVING_ALLOWANCE';

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

export type Gender =
  | 'FEMALE'
  | 'MALE';

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

/** 住房保障状态: where a housing-assistance record stands. */
export type HousingAssistanceStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'APPROVED'
  | 'COMPLETED'
  | 'REJECTED'
  | 'TERMINATED';

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

export type InsuredPersonFilter = {
  /** The county of the enrolment, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  scheme?: InputMaybe<InsuranceScheme>;
  status?: InputMaybe<InsuranceStatus>;
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

export type LandHolderFilter = {
  /** The contract's area is at least this many mu, 0 to 100. */
  minAreaMu?: InputMaybe<Scalars['Float']['input']>;
  /** The county of the land, a county code of the city (GB/T 2260), e.g. 411328. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** An ACTIVE transfer of the contract's land was arranged for this group. */
  specialGroup?: InputMaybe<LandSpecialGroup>;
  /** true: some of the contract's land is in an ACTIVE transfer; false: none of it is. */
  transferred?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 特殊群体: the groups of persons who cannot farm their land, for whom the commission arranges transfers. */
export type LandSpecialGroup =
  /** 残疾人: disabled persons */
  | 'DISABLED'
  /** 老年人: elderly persons */
  | 'ELDERLY'
  /** 特困供养人员: persons on extreme-poverty support */
  | 'EXTREME_POVERTY';

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

export type MonitoredPersonFilter = {
  category?: InputMaybe<MonitoringCategory>;
  /** The household has this risk cause among its causes. */
  cause?: InputMaybe<RiskCause>;
  /** The household's county, a county code of the city (GB/T 2260), e.g. 411321. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MonitoringStatus>;
  /** true: the household has no ACTIVE support measure (none at all, or only completed or terminated ones); false: it has one. */
  withoutMeasure?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 监测对象类别: the category of a monitored household. */
export type MonitoringCategory =
  /** 边缘易致贫户: a household near the poverty line, easily fallen into poverty */
  | 'MARGINAL'
  /** 突发严重困难户: a household in sudden severe hardship (illness, accident, disaster) */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户: a household out of poverty whose income is not yet stable */
  | 'UNSTABLE_ESCAPED';

/** 监测状态: whether the household is still monitored. */
export type MonitoringStatus =
  /** 监测中: under monitoring */
  | 'MONITORED'
  /** 风险消除: the risk has been eliminated; monitoring is closed */
  | 'RISK_ELIMINATED';

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
  /**
   * Changes a rule (what is given; the rest stays): its next version. Alerts keep the version that found them; the next
   * run looks with the new one, and a dismissal holds only for the version it was made under.
   */
  changeDiscoveryRule?: Maybe<DiscoveryRule>;
  /** Adds a proactive-discovery rule (version 1, active): a saved cohort, the unit its alerts are for and the need they are referred as. */
  defineDiscoveryRule?: Maybe<DiscoveryRule>;
  /** Dismisses an open or referred alert with the reason (DISMISSED): the rule does not alert the person again at its version. */
  dismissDiscoveryAlert?: Maybe<DiscoveryAlert>;
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
  /**
   * Opens an alert by hand: a caseworker (or the township, on a home visit, 走访) found a person the rule describes. No
   * run closes it; one person has at most one open alert under a rule.
   */
  openDiscoveryAlert?: Maybe<DiscoveryAlert>;
  /** Counties' service delivers a referral into the inbox: idempotent by the referral's id (a second delivery changes nothing). */
  receiveCivilAffairsReferral?: Maybe<InboxReferral>;
  /**
   * Records a household's written authorisation of its economic-status verification (核对授权书): who signed (a
   * member), which members it covers, which units may be asked, until when.
   */
  recordVerificationAuthorisation?: Maybe<VerificationAuthorisation>;
  /**
   * Refers an open alert through one-window intake (REFERRED): counties take it in as an application from the discovery
   * channel and route it to the responsible unit's inbox, through civil affairs' outbox, whenever counties are reachable.
   */
  referDiscoveryAlert?: Maybe<DiscoveryAlert>;
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
  /** Resolves an open or referred alert (RESOLVED): the person got what the rule found missing, or the unit decided. */
  resolveDiscoveryAlert?: Maybe<DiscoveryAlert>;
  /** Revokes an authorisation: civil affairs gathers no more under it, and units refuse it within 10 minutes. */
  revokeVerificationAuthorisation?: Maybe<VerificationAuthorisation>;
  /**
   * Runs rules now (every active rule unless ruleIds names some) as civil affairs' service over the graph, for
   * PROACTIVE_DISCOVERY, and answers each run at once (RUNNING): a run finishes after the answer (at a million people a
   * rule takes longer than the gateway waits), so read discoveryRun(id) until it is COMPLETED or FAILED. A rule already
   * running answers the run under way. A run opens an alert for each person found without one, keeps the open ones of
   * those it finds again and resolves those it no longer finds ("evidence gone"); a unit that does not answer fails the
   * run, naming it, and changes no alert.
   */
  runDiscoveryRules?: Maybe<Array<DiscoveryRun>>;
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
export type MutationChangeDiscoveryRuleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeDiscoveryRuleInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationDefineDiscoveryRuleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DefineDiscoveryRuleInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationDismissDiscoveryAlertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DismissDiscoveryAlertInput;
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
export type MutationOpenDiscoveryAlertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenDiscoveryAlertInput;
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
export type MutationReferDiscoveryAlertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DiscoveryAlertStepInput;
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
export type MutationResolveDiscoveryAlertArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ResolveDiscoveryAlertInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRevokeVerificationAuthorisationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RevokeVerificationAuthorisationInput;
};


/**
 * Civil affairs' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRunDiscoveryRulesArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RunDiscoveryRulesInput;
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

export type OpenDiscoveryAlertInput = {
  /** What the visit found, 1-500 characters. */
  note: Scalars['String']['input'];
  personId: Scalars['ID']['input'];
  ruleId: Scalars['ID']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentRecipientFilter = {
  /** The benefit month paid, YYYY-MM. */
  month?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<BenefitProgramme>;
  /** The county that paid, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PaymentStatus>;
};

/** 发放状态: where a payment stands. */
export type PaymentStatus =
  /** 已发放: in the recipient's account */
  | 'PAID'
  /** 已补发: sent back, and paid again by another payment (reissuedBy) */
  | 'REISSUED'
  /** 已退回: sent back by the bank, waiting to be paid again */
  | 'RETURNED';

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
  /** Proactive-discovery alerts about the person, newest first (at most 50). */
  alerts?: Maybe<Array<DiscoveryAlert>>;
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

export type PlacedPersonFilter = {
  careLevel?: InputMaybe<CareLevel>;
  /** One institution's residents. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** The kind of institution the person lives in. */
  kind?: InputMaybe<SupportInstitutionKind>;
  /** The institution's county, a county code of the city (GB/T 2260), e.g. 411328. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
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
  /**
   * The persons of the index a condition selects, combining the person lists of every agency with and, or and not:
   * each agency answers its own list's filter with the keys of the persons it selects (each read on its own access log
   * as the caller's), and civil affairs merges their sorted keys, so the whole graph joins onto the nodes. In key
   * order, with an exact totalCount. A condition an agency could not answer fails the whole cohort with UNAVAILABLE
   * naming the agency and the condition's path (never read as no one); a filter an agency refuses is BAD_USER_INPUT
   * naming condition.<path>.<field>. At most 16 list conditions, nested at most 8 deep.
   */
  cohort?: Maybe<PersonConnection>;
  /**
   * A cohort counted for publication, as a table: its persons (everyone in the index when condition is omitted; a
   * condition on one list counts that agency's list) grouped by up to four dimensions, each once, with every margin.
   * A cell for each combination of the dimensions' values and totals (by.<dimension> null where a cell totals over it),
   * so every subtotal down to the grand total is published: laid out in groupBy's order, the last dimension varying
   * fastest, each dimension's total after its values (the grand total last). The condition is evaluated as
   * cohort(condition) evaluates it, with its errors (an agency that could not answer fails the table with UNAVAILABLE,
   * never as no one), and its persons are counted in civil affairs' own tables. Admins see exact figures; everyone else
   * a suppressed table (README, "Published counts"). The access log keeps the condition, the grouping and how many
   * persons were counted, not each person: every other agency's log names the persons it answered.
   */
  cohortAggregate?: Maybe<Array<CohortAggregateCell>>;
  /** The alerts matching the filter counted by county, responsible unit and status (open and referred unless a status is given). */
  discoveryAlertCounts?: Maybe<Array<DiscoveryAlertCount>>;
  /**
   * 主动发现预警: the alerts matching every condition of the filter, by county and then id, so that one query lists a
   * unit's open alerts county by county. Analysts see them pseudonymously (the person as Person shows them to analysts, no
   * free text); every alert read is on the access log with its person.
   */
  discoveryAlerts?: Maybe<DiscoveryAlertConnection>;
  /** One rule; null when none has the id. */
  discoveryRule?: Maybe<DiscoveryRule>;
  /** 主动发现规则: the proactive-discovery rules, the active ones first, by name. */
  discoveryRules?: Maybe<Array<DiscoveryRule>>;
  /** One run of a rule; null when none has the id. */
  discoveryRun?: Maybe<DiscoveryRun>;
  /** One assistance household. */
  household?: Maybe<Household>;
  /** Households that have an assistance case matching every given condition. */
  households?: Maybe<HouseholdConnection>;
  /**
   * The person keys households(filter) selects (its households' members), ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the civil-affairs access log.
   */
  householdsCohortKeys?: Maybe<CohortKeyPage>;
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
  /**
   * The person keys persons(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the civil-affairs access log.
   */
  personsCohortKeys?: Maybe<CohortKeyPage>;
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
export type QueryCohortArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  condition: CohortCondition;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryCohortAggregateArgs = {
  condition?: InputMaybe<CohortCondition>;
  groupBy: Array<CohortDimension>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryDiscoveryAlertCountsArgs = {
  filter?: InputMaybe<DiscoveryAlertFilter>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryDiscoveryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DiscoveryAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryDiscoveryRuleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 市民政局 (Civil Affairs Bureau): the person index, assistance households and their cases.
 * Every person known to any agency is in this index.
 */
export type QueryDiscoveryRunArgs = {
  id: Scalars['ID']['input'];
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
export type QueryHouseholdsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
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
export type QueryPersonsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
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

export type ResolveDiscoveryAlertInput = {
  id: Scalars['ID']['input'];
  /** How it was resolved, 1-500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The alert's version as you read it. */
  version: Scalars['Int']['input'];
};

export type RevokeVerificationAuthorisationInput = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** The authorisation's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 风险类型: why a household is at risk of falling (back) into poverty. */
export type RiskCause =
  /** 因意外事故: an accident */
  | 'ACCIDENT'
  /** 因残: a member's disability */
  | 'DISABILITY'
  /** 因灾: a natural disaster */
  | 'DISASTER'
  /** 因病: a member's chronic or severe illness */
  | 'ILLNESS'
  /** 其他: another cause (lack of labour, of skills) */
  | 'OTHER'
  /** 因学: the costs of a member's schooling */
  | 'SCHOOLING'
  /** 因失业: an able-bodied member out of work */
  | 'UNEMPLOYMENT';

export type RunDiscoveryRulesInput = {
  /** The rules to run (at most 20); every active rule when omitted. */
  ruleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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

export type StudentFilter = {
  /** Has a standing (GRANTED) grant of this kind in the school year of the matching enrolment. */
  aidKind?: InputMaybe<EducationAidKind>;
  /** Has no standing grant of this kind in the school year of the matching enrolment (a revoked one counts as none). */
  lacksAid?: InputMaybe<EducationAidKind>;
  /** A school year as YYYY-YYYY, e.g. "2026-2027"; omitted: any year the student was enrolled. */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<SchoolStage>;
};

/** 供养机构类型: the kinds of support institution. */
export type SupportInstitutionKind =
  /** 县级特困人员供养服务中心: a county care centre, for residents who need care above all */
  | 'COUNTY_CARE_CENTRE'
  /** 社会福利院: a public welfare home */
  | 'PUBLIC_WELFARE_HOME'
  /** 乡镇敬老院: a township nursing home */
  | 'TOWNSHIP_NURSING_HOME';

export type SurveyHouseholdFilter = {
  /** Households with a record of this month (YYYY-MM). */
  month?: InputMaybe<Scalars['String']['input']>;
  /** A county code of the city (GB/T 2260), e.g. 411302: the county surveyed in. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SurveyHouseholdStatus>;
  stratum?: InputMaybe<SurveyStratum>;
};

/** 调查户状态: whether a household still keeps accounts for the survey. */
export type SurveyHouseholdStatus =
  /** 在调查: keeps monthly accounts */
  | 'ACTIVE'
  /** 已退出: left the survey (final) */
  | 'WITHDRAWN';

/** 调查户类别: the assistance a survey household was sampled for, the survey's strata. */
export type SurveyStratum =
  /** 低收入户: certified low-income */
  | 'LOW_INCOME_CERTIFICATION'
  /** 低保户: on the minimum living allowance */
  | 'MINIMUM_LIVING_ALLOWANCE';

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
  BenefitProgramme: BenefitProgramme;
  CareLevel: CareLevel;
  CaseStatus: CaseStatus;
  ChangeAssistanceCaseInput: ChangeAssistanceCaseInput;
  ChangeDiscoveryRuleInput: ChangeDiscoveryRuleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortAggregateCell: ResolverTypeWrapper<CohortAggregateCell>;
  CohortCondition: CohortCondition;
  CohortDimension: CohortDimension;
  CohortDisclosure: CohortDisclosure;
  CohortGroup: ResolverTypeWrapper<CohortGroup>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  CohortProgramme: CohortProgramme;
  ContestedProgramme: ContestedProgramme;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecidingUnit: DecidingUnit;
  DefineDiscoveryRuleInput: DefineDiscoveryRuleInput;
  DifficultWorkerFilter: DifficultWorkerFilter;
  DifficultWorkerStatus: DifficultWorkerStatus;
  DifficultyLevel: DifficultyLevel;
  DifficultyReason: DifficultyReason;
  DisabilityCategory: DisabilityCategory;
  DisabilitySubsidyKind: DisabilitySubsidyKind;
  DisabledPersonFilter: DisabledPersonFilter;
  DiscoveryAlert: ResolverTypeWrapper<DiscoveryAlertRow>;
  DiscoveryAlertConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['DiscoveryAlert']>>;
  DiscoveryAlertCount: ResolverTypeWrapper<AlertCount>;
  DiscoveryAlertFilter: DiscoveryAlertFilter;
  DiscoveryAlertStatus: DiscoveryAlertStatus;
  DiscoveryAlertStepInput: DiscoveryAlertStepInput;
  DiscoveryAlertSubject: DiscoveryAlertSubject;
  DiscoveryEvidence: ResolverTypeWrapper<EvidenceItem>;
  DiscoveryMeasure: DiscoveryMeasure;
  DiscoveryRule: ResolverTypeWrapper<DiscoveryRuleRow>;
  DiscoveryRun: ResolverTypeWrapper<DiscoveryRunRow>;
  DiscoveryRunStatus: DiscoveryRunStatus;
  DismissDiscoveryAlertInput: DismissDiscoveryAlertInput;
  EducationAidKind: EducationAidKind;
  EmploymentStatus: EmploymentStatus;
  Gender: Gender;
  GrantInboxReferralInput: GrantInboxReferralInput;
  Household: ResolverTypeWrapper<HouseholdRow>;
  HouseholdConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Household']>>;
  HouseholdFilter: HouseholdFilter;
  HousingAssistanceFilter: HousingAssistanceFilter;
  HousingAssistanceKind: HousingAssistanceKind;
  HousingAssistanceStatus: HousingAssistanceStatus;
  InboxReferral: ResolverTypeWrapper<InboxReferralRow>;
  InboxReferralConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['InboxReferral']>>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  InsuranceScheme: InsuranceScheme;
  InsuranceStatus: InsuranceStatus;
  InsuredPersonFilter: InsuredPersonFilter;
  JobSeekerFilter: JobSeekerFilter;
  LandHolderFilter: LandHolderFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LandSpecialGroup: LandSpecialGroup;
  LegalAidCategory: LegalAidCategory;
  LegalAidRecipientFilter: LegalAidRecipientFilter;
  LegalAidStatus: LegalAidStatus;
  MediationPartyFilter: MediationPartyFilter;
  MediationResult: MediationResult;
  MediationStatus: MediationStatus;
  MedicalAssistanceRecipientFilter: MedicalAssistanceRecipientFilter;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  MonitoredPersonFilter: MonitoredPersonFilter;
  MonitoringCategory: MonitoringCategory;
  MonitoringStatus: MonitoringStatus;
  MovePersonInput: MovePersonInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenAssistanceCaseInput: OpenAssistanceCaseInput;
  OpenDiscoveryAlertInput: OpenDiscoveryAlertInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentRecipientFilter: PaymentRecipientFilter;
  PaymentStatus: PaymentStatus;
  Person: ResolverTypeWrapper<PersonRow>;
  PersonConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  PersonFilter: PersonFilter;
  PlacedPersonFilter: PlacedPersonFilter;
  PropertyHolderFilter: PropertyHolderFilter;
  PropertyKind: PropertyKind;
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
  ResolveDiscoveryAlertInput: ResolveDiscoveryAlertInput;
  RevokeVerificationAuthorisationInput: RevokeVerificationAuthorisationInput;
  RiskCause: RiskCause;
  RunDiscoveryRulesInput: RunDiscoveryRulesInput;
  SchoolStage: SchoolStage;
  StudentFilter: StudentFilter;
  SupportInstitutionKind: SupportInstitutionKind;
  SurveyHouseholdFilter: SurveyHouseholdFilter;
  SurveyHouseholdStatus: SurveyHouseholdStatus;
  SurveyStratum: SurveyStratum;
  Verification: ResolverTypeWrapper<VerificationRequestRow>;
  VerificationAuthorisation: ResolverTypeWrapper<VerificationAuthorisationRow>;
  VerificationConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Verification']>>;
  VerificationFilter: VerificationFilter;
  VerificationIncomeRule: ResolverTypeWrapper<IncomeRuleRow>;
  VerificationItem: ResolverTypeWrapper<ReportItem>;
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
  ChangeDiscoveryRuleInput: ChangeDiscoveryRuleInput;
  Boolean: Scalars['Boolean']['output'];
  ChangeRecord: ChangeRecord;
  CohortAggregateCell: CohortAggregateCell;
  CohortCondition: CohortCondition;
  CohortGroup: CohortGroup;
  CohortKeyPage: CohortKeyPage;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DefineDiscoveryRuleInput: DefineDiscoveryRuleInput;
  DifficultWorkerFilter: DifficultWorkerFilter;
  DisabledPersonFilter: DisabledPersonFilter;
  DiscoveryAlert: DiscoveryAlertRow;
  DiscoveryAlertConnection: Connection<ResolversParentTypes['DiscoveryAlert']>;
  DiscoveryAlertCount: AlertCount;
  DiscoveryAlertFilter: DiscoveryAlertFilter;
  DiscoveryAlertStepInput: DiscoveryAlertStepInput;
  DiscoveryEvidence: EvidenceItem;
  DiscoveryRule: DiscoveryRuleRow;
  DiscoveryRun: DiscoveryRunRow;
  DismissDiscoveryAlertInput: DismissDiscoveryAlertInput;
  GrantInboxReferralInput: GrantInboxReferralInput;
  Household: HouseholdRow;
  HouseholdConnection: Connection<ResolversParentTypes['Household']>;
  HouseholdFilter: HouseholdFilter;
  HousingAssistanceFilter: HousingAssistanceFilter;
  InboxReferral: InboxReferralRow;
  InboxReferralConnection: Connection<ResolversParentTypes['InboxReferral']>;
  InboxReferralFilter: InboxReferralFilter;
  InboxReferralStepInput: InboxReferralStepInput;
  InsuredPersonFilter: InsuredPersonFilter;
  JobSeekerFilter: JobSeekerFilter;
  LandHolderFilter: LandHolderFilter;
  Float: Scalars['Float']['output'];
  LegalAidRecipientFilter: LegalAidRecipientFilter;
  MediationPartyFilter: MediationPartyFilter;
  MedicalAssistanceRecipientFilter: MedicalAssistanceRecipientFilter;
  Money: Scalars['Money']['output'];
  MonitoredPersonFilter: MonitoredPersonFilter;
  MovePersonInput: MovePersonInput;
  Mutation: Record<PropertyKey, never>;
  OpenAssistanceCaseInput: OpenAssistanceCaseInput;
  OpenDiscoveryAlertInput: OpenDiscoveryAlertInput;
  PageInfo: PageInfo;
  PaymentRecipientFilter: PaymentRecipientFilter;
  Person: PersonRow;
  PersonConnection: Connection<ResolversParentTypes['Person']>;
  PersonFilter: PersonFilter;
  PlacedPersonFilter: PlacedPersonFilter;
  PropertyHolderFilter: PropertyHolderFilter;
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
  ResolveDiscoveryAlertInput: ResolveDiscoveryAlertInput;
  RevokeVerificationAuthorisationInput: RevokeVerificationAuthorisationInput;
  RunDiscoveryRulesInput: RunDiscoveryRulesInput;
  StudentFilter: StudentFilter;
  SurveyHouseholdFilter: SurveyHouseholdFilter;
  Verification: VerificationRequestRow;
  VerificationAuthorisation: VerificationAuthorisationRow;
  VerificationConnection: Connection<ResolversParentTypes['Verification']>;
  VerificationFilter: VerificationFilter;
  VerificationIncomeRule: IncomeRuleRow;
  VerificationItem: ReportItem;
  VerificationMissingUnit: VerificationMissingUnit;
  VerificationReport: VerificationReportRow;
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

export type CohortAggregateCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CohortAggregateCell'] = ResolversParentTypes['CohortAggregateCell']> = {
  by?: Resolver<ResolversTypes['CohortGroup'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  disclosure?: Resolver<ResolversTypes['CohortDisclosure'], ParentType, ContextType>;
  monthlyAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CohortGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CohortGroup'] = ResolversParentTypes['CohortGroup']> = {
  ageBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['CohortProgramme']>, ParentType, ContextType>;
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

export type DiscoveryAlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscoveryAlert'] = ResolversParentTypes['DiscoveryAlert']> = {
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['DiscoveryEvidence']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastMatchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ReferralNeed'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedByHand?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  referredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  responsibleUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['DiscoveryRule'], ParentType, ContextType>;
  ruleVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscoveryAlertStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiscoveryAlertConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscoveryAlertConnection'] = ResolversParentTypes['DiscoveryAlertConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['DiscoveryAlert']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiscoveryAlertCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscoveryAlertCount'] = ResolversParentTypes['DiscoveryAlertCount']> = {
  alerts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  responsibleUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscoveryAlertStatus'], ParentType, ContextType>;
};

export type DiscoveryEvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscoveryEvidence'] = ResolversParentTypes['DiscoveryEvidence']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  said?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DiscoveryRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscoveryRule'] = ResolversParentTypes['DiscoveryRule']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alertPer?: Resolver<ResolversTypes['DiscoveryAlertSubject'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ChangeRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastRun?: Resolver<Maybe<ResolversTypes['DiscoveryRun']>, ParentType, ContextType>;
  measure?: Resolver<Maybe<ResolversTypes['DiscoveryMeasure']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  need?: Resolver<ResolversTypes['ReferralNeed'], ParentType, ContextType>;
  parameters?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsibleUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['DiscoveryRun']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiscoveryRunResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DiscoveryRun'] = ResolversParentTypes['DiscoveryRun']> = {
  closed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  opened?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['DiscoveryRule'], ParentType, ContextType>;
  ruleVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DiscoveryRunStatus'], ParentType, ContextType>;
};

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
  changeDiscoveryRule?: Resolver<Maybe<ResolversTypes['DiscoveryRule']>, ParentType, ContextType, RequireFields<MutationChangeDiscoveryRuleArgs, 'input'>>;
  defineDiscoveryRule?: Resolver<Maybe<ResolversTypes['DiscoveryRule']>, ParentType, ContextType, RequireFields<MutationDefineDiscoveryRuleArgs, 'input'>>;
  dismissDiscoveryAlert?: Resolver<Maybe<ResolversTypes['DiscoveryAlert']>, ParentType, ContextType, RequireFields<MutationDismissDiscoveryAlertArgs, 'input'>>;
  grantCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationGrantCivilAffairsReferralArgs, 'input'>>;
  movePerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationMovePersonArgs, 'input'>>;
  noteRecordsHeld?: Resolver<Maybe<ResolversTypes['RecordsHeldNote']>, ParentType, ContextType, RequireFields<MutationNoteRecordsHeldArgs, 'personKeys'>>;
  openAssistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<MutationOpenAssistanceCaseArgs, 'input'>>;
  openDiscoveryAlert?: Resolver<Maybe<ResolversTypes['DiscoveryAlert']>, ParentType, ContextType, RequireFields<MutationOpenDiscoveryAlertArgs, 'input'>>;
  receiveCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationReceiveCivilAffairsReferralArgs, 'input'>>;
  recordVerificationAuthorisation?: Resolver<Maybe<ResolversTypes['VerificationAuthorisation']>, ParentType, ContextType, RequireFields<MutationRecordVerificationAuthorisationArgs, 'input'>>;
  referDiscoveryAlert?: Resolver<Maybe<ResolversTypes['DiscoveryAlert']>, ParentType, ContextType, RequireFields<MutationReferDiscoveryAlertArgs, 'input'>>;
  refuseCivilAffairsReferral?: Resolver<Maybe<ResolversTypes['InboxReferral']>, ParentType, ContextType, RequireFields<MutationRefuseCivilAffairsReferralArgs, 'input'>>;
  registerHousehold?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<MutationRegisterHouseholdArgs, 'input'>>;
  registerPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<MutationRegisterPersonArgs, 'input'>>;
  requestVerification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType, RequireFields<MutationRequestVerificationArgs, 'input'>>;
  rerunVerification?: Resolver<Maybe<ResolversTypes['Verification']>, ParentType, ContextType, RequireFields<MutationRerunVerificationArgs, 'input'>>;
  resolveDiscoveryAlert?: Resolver<Maybe<ResolversTypes['DiscoveryAlert']>, ParentType, ContextType, RequireFields<MutationResolveDiscoveryAlertArgs, 'input'>>;
  revokeVerificationAuthorisation?: Resolver<Maybe<ResolversTypes['VerificationAuthorisation']>, ParentType, ContextType, RequireFields<MutationRevokeVerificationAuthorisationArgs, 'input'>>;
  runDiscoveryRules?: Resolver<Maybe<Array<ResolversTypes['DiscoveryRun']>>, ParentType, ContextType, RequireFields<MutationRunDiscoveryRulesArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  age?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ageBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  alerts?: Resolver<Maybe<Array<ResolversTypes['DiscoveryAlert']>>, ParentType, ContextType>;
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
  cohort?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<QueryCohortArgs, 'condition' | 'first'>>;
  cohortAggregate?: Resolver<Maybe<Array<ResolversTypes['CohortAggregateCell']>>, ParentType, ContextType, RequireFields<QueryCohortAggregateArgs, 'groupBy'>>;
  discoveryAlertCounts?: Resolver<Maybe<Array<ResolversTypes['DiscoveryAlertCount']>>, ParentType, ContextType, Partial<QueryDiscoveryAlertCountsArgs>>;
  discoveryAlerts?: Resolver<Maybe<ResolversTypes['DiscoveryAlertConnection']>, ParentType, ContextType, RequireFields<QueryDiscoveryAlertsArgs, 'first'>>;
  discoveryRule?: Resolver<Maybe<ResolversTypes['DiscoveryRule']>, ParentType, ContextType, RequireFields<QueryDiscoveryRuleArgs, 'id'>>;
  discoveryRules?: Resolver<Maybe<Array<ResolversTypes['DiscoveryRule']>>, ParentType, ContextType>;
  discoveryRun?: Resolver<Maybe<ResolversTypes['DiscoveryRun']>, ParentType, ContextType, RequireFields<QueryDiscoveryRunArgs, 'id'>>;
  household?: Resolver<Maybe<ResolversTypes['Household']>, ParentType, ContextType, RequireFields<QueryHouseholdArgs, 'id'>>;
  households?: Resolver<Maybe<ResolversTypes['HouseholdConnection']>, ParentType, ContextType, RequireFields<QueryHouseholdsArgs, 'first'>>;
  householdsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryHouseholdsCohortKeysArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  personByIdNumber?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonByIdNumberArgs, 'idNumber'>>;
  persons?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first'>>;
  personsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryPersonsCohortKeysArgs, 'first'>>;
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
  CohortAggregateCell?: CohortAggregateCellResolvers<ContextType>;
  CohortGroup?: CohortGroupResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DiscoveryAlert?: DiscoveryAlertResolvers<ContextType>;
  DiscoveryAlertConnection?: DiscoveryAlertConnectionResolvers<ContextType>;
  DiscoveryAlertCount?: DiscoveryAlertCountResolvers<ContextType>;
  DiscoveryEvidence?: DiscoveryEvidenceResolvers<ContextType>;
  DiscoveryRule?: DiscoveryRuleResolvers<ContextType>;
  DiscoveryRun?: DiscoveryRunResolvers<ContextType>;
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

