// The finance subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { HouseholdReference } from '../resolvers/Household';
import type { Payment as PaymentRow, Budget as BudgetRow, Allocation as AllocationRow, PerformanceEvaluation as PerformanceEvaluationRow, PriceSubsidyBatch as PriceSubsidyBatchRow, PriceSubsidyCounty as PriceSubsidyCountyRow } from '../entities';
import type { Connection } from '../../../../shared/src/pagination';
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

export type AllocateFundsInput = {
  /**
   * The day of the allocation: within the budget's year, or from 1 October of the year before (funds allocated in
   * advance, 提前下达); not in the future.
   */
  allocatedOn: Scalars['Date']['input'];
  /** Above 0.00, and at most what remains unallocated of the line. */
  amount: Scalars['Money']['input'];
  /** The budget line's programme. */
  programme: BenefitProgramme;
  /** The allocating document's number (文号), e.g. 宛财社〔2026〕12号: 1 to 50 characters. */
  reference: Scalars['String']['input'];
  /** The budget line's county, a county code of the city (GB/T 2260). */
  regionCode: Scalars['String']['input'];
  /** The budget line's year. */
  year: Scalars['Int']['input'];
};

/** 拨付: funds of a budget line allocated to its county. */
export type Allocation = {
  __typename?: 'Allocation';
  allocatedOn: Scalars['Date']['output'];
  amount: Scalars['Money']['output'];
  /** The budget line the funds come from. */
  budget: Budget;
  /** Changes to the allocation, oldest first. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The allocating document's number (文号). */
  reference: Scalars['String']['output'];
  /** Incremented by every change. */
  version: Scalars['Int']['output'];
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

/** 预算: what the city budgets for one programme in one county and year, and who funds it. */
export type Budget = {
  __typename?: 'Budget';
  /** What has been allocated to the county so far. */
  allocated: Scalars['Money']['output'];
  /** The allocations, oldest first. */
  allocations: Array<Allocation>;
  amount: Scalars['Money']['output'];
  /** 中央: the central government's share of the amount. */
  centralShare: Scalars['Money']['output'];
  /** 市级: the city's share. */
  cityShare: Scalars['Money']['output'];
  /** 县级: the county's share; the four shares add up to the amount. */
  countyShare: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  programme: BenefitProgramme;
  /** 省级: the province's share. */
  provincialShare: Scalars['Money']['output'];
  region: Region;
  /** What the year's payments of the programme in the county have used: paid, and returned but not yet paid again. */
  spent: Scalars['Money']['output'];
  /** What remains to be allocated: the amount less what has been allocated. */
  unallocated: Scalars['Money']['output'];
  /** Incremented by every change. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
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

/** 评价等级: the grade a score earns. */
export type EvaluationGrade =
  /** 优秀: 90 and above */
  | 'EXCELLENT'
  /** 不合格: below 60 */
  | 'FAIL'
  /** 良好: 80 to 89 */
  | 'GOOD'
  /** 合格: 60 to 79 */
  | 'PASS';

/**
 * An assistance household as civil affairs keeps it. The finance bureau knows persons, not households: the gateway
 * reads the members from civil affairs (as the caller) and finance answers with what it paid them.
 */
export type Household = {
  __typename?: 'Household';
  id: Scalars['ID']['output'];
  /** The household's members, read from civil affairs. */
  members?: Maybe<Array<Person>>;
  /**
   * The benefits paid to any current member of the household, newest month first; null when it paid them nothing.
   * The gateway reads the members from civil affairs with the caller's identity, so this needs what they need
   * (person:read) besides the finance records scope: composition holds a @requires field to its required fields' policies.
   */
  payments?: Maybe<PaymentConnection>;
};


/**
 * An assistance household as civil affairs keeps it. The finance bureau knows persons, not households: the gateway
 * reads the members from civil affairs (as the caller) and finance answers with what it paid them.
 */
export type HouseholdPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MarkPaymentReturnedInput = {
  id: Scalars['ID']['input'];
  reason: PaymentReturnReason;
  /** The day the bank sent it back: not before the day paid, not in the future. */
  returnedOn: Scalars['Date']['input'];
  /** The payment's version as you read it. */
  version: Scalars['Int']['input'];
};

/**
 * The finance bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Allocates funds of a budget line to its county (拨付). The allocations of a line never add up to more than its
   * amount: one that would is a CONFLICT saying what remains.
   */
  allocateFunds?: Maybe<Allocation>;
  /** Marks a PAID payment as sent back by the bank (RETURNED), with the day and the reason. */
  markPaymentReturned?: Maybe<Payment>;
  /**
   * Records one benefit paid into a recipient's bank account (status PAID): the account given, which goes on file, or
   * the one on file. It is charged to the budget line of its month's year, county and programme, which must exist and
   * must not be exceeded; a second standing payment of one programme and month to one person is a CONFLICT naming the
   * first.
   */
  recordPayment?: Maybe<Payment>;
  /**
   * Pays a RETURNED payment again: a new payment (PAID) of the same person, programme, month and amount, into the
   * account given or the same one; the returned payment becomes REISSUED. A payment returned because its account was
   * closed, not found or not the recipient's is reissued only into another account.
   */
  reissuePayment?: Maybe<Payment>;
  /**
   * Runs the month's batch of temporary price subsidies (价格临时补贴): reads over the graph, as the bureau's service,
   * prices' decision for the month, civil affairs' 低保 standards, and the covered persons (the members of households
   * with an ACTIVE 低保 or 特困 case, and the persons human resources lists as receiving unemployment insurance
   * benefits), and pays each covered person the month's subsidy once, into the account on file of the person or
   * their household's head. A month whose indices are unpublished is BAD_USER_INPUT; a month that did not trigger
   * is recorded as NOT_TRIGGERED and pays no one. Run it again after a failure (UNAVAILABLE naming the agency that
   * did not answer): it pays those not yet paid and completes; a completed batch is answered as it stands.
   */
  runPriceSubsidyBatch?: Maybe<PriceSubsidyBatch>;
};


/**
 * The finance bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAllocateFundsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AllocateFundsInput;
};


/**
 * The finance bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationMarkPaymentReturnedArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MarkPaymentReturnedInput;
};


/**
 * The finance bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordPaymentInput;
};


/**
 * The finance bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationReissuePaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ReissuePaymentInput;
};


/**
 * The finance bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRunPriceSubsidyBatchArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RunPriceSubsidyBatchInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** 社会化发放: one benefit paid into a recipient's bank account. */
export type Payment = {
  __typename?: 'Payment';
  /** The account paid into, masked: its first four and last four digits, e.g. 6217 **** **** 1234. */
  account: Scalars['String']['output'];
  /** The full account number: a financial account, sensitive personal information (PIPL Art 28). */
  accountNumber?: Maybe<Scalars['String']['output']>;
  amount: Scalars['Money']['output'];
  /** The recipient's bank. */
  bank: Scalars['String']['output'];
  /** Changes to the payment, oldest first; they carry the account number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The benefit month paid, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The day paid (for a reissue, the day paid again). */
  paidOn: Scalars['Date']['output'];
  /** The recipient (the household head, for a household's benefit). */
  person: Person;
  programme: BenefitProgramme;
  /** The county that pays. */
  region: Region;
  /** The returned payment this one pays again; null unless it is a reissue. */
  reissueOf?: Maybe<Payment>;
  /** The payment that paid this one again; null unless REISSUED. */
  reissuedBy?: Maybe<Payment>;
  /** Why the bank sent it back; null unless RETURNED or REISSUED. */
  returnReason?: Maybe<PaymentReturnReason>;
  /** The day the bank sent the payment back; null unless RETURNED or REISSUED. */
  returnedOn?: Maybe<Scalars['Date']['output']>;
  status: PaymentStatus;
  /** Incremented by every change; send it back when you change the payment. */
  version: Scalars['Int']['output'];
};

export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  nodes: Array<Payment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaymentRecipientConnection = {
  __typename?: 'PaymentRecipientConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PaymentRecipientFilter = {
  /** The benefit month paid, YYYY-MM. */
  month?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<BenefitProgramme>;
  /** The county that paid, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PaymentStatus>;
};

/** 退回原因: why a bank sent a payment back. */
export type PaymentReturnReason =
  /** 账户已销户: the account was closed */
  | 'ACCOUNT_CLOSED'
  /** 账户冻结: the account is frozen */
  | 'ACCOUNT_FROZEN'
  /** 账号不存在: no such account */
  | 'ACCOUNT_NOT_FOUND'
  /** 户名不符: the account is not in the recipient's name */
  | 'NAME_MISMATCH';

/** 发放状态: where a payment stands. */
export type PaymentStatus =
  /** 已发放: in the recipient's account */
  | 'PAID'
  /** 已补发: sent back, and paid again by another payment (reissuedBy) */
  | 'REISSUED'
  /** 已退回: sent back by the bank, waiting to be paid again */
  | 'RETURNED';

/**
 * 绩效评价: the evaluation of a county's use of the assistance funds in one year, and its award (以奖代补: funds
 * awarded instead of subsidies, for the counties that did best).
 */
export type PerformanceEvaluation = {
  __typename?: 'PerformanceEvaluation';
  /** 以奖代补: the award to the county; 0.00 when none. */
  award: Scalars['Money']['output'];
  /** The day the evaluation was concluded. */
  evaluatedOn: Scalars['Date']['output'];
  /** What the evaluation found. */
  findings: Scalars['String']['output'];
  grade: EvaluationGrade;
  id: Scalars['ID']['output'];
  region: Region;
  /** 0 to 100. */
  score: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /**
   * The benefits paid to the person, newest month first (a reissue after the payment it reissues); null when the
   * finance bureau has paid the person nothing.
   */
  payments?: Maybe<PaymentConnection>;
};


/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type PersonPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 联动启动条件: which index reached its trigger (as prices decides it). */
export type PriceLinkageTrigger =
  /** CPI 单月同比涨幅达到启动条件 */
  | 'CPI'
  /** 食品价格单月同比涨幅达到启动条件 */
  | 'FOOD_CPI';

/** 价格临时补贴发放批次: one month's batch of temporary price subsidies. */
export type PriceSubsidyBatch = {
  __typename?: 'PriceSubsidyBatch';
  /** The batch per county, by county code; only the county regionCode names when given. */
  counties: Array<PriceSubsidyCounty>;
  /** Persons covered, each once. */
  covered: Scalars['Int']['output'];
  /** The month's CPI as prices published it ("103.6"). */
  cpi?: Maybe<Scalars['String']['output']>;
  /** The rule's CPI trigger, percent ("3.5"). */
  cpiTrigger?: Maybe<Scalars['String']['output']>;
  /** Prices' decision in words: the indices, the triggers, why it fired or did not. */
  explanation: Scalars['String']['output'];
  /** When the last run finished; null while RUNNING. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The month's food CPI. */
  foodCpi?: Maybe<Scalars['String']['output']>;
  /** The rule's food CPI trigger, percent ("6.0"). */
  foodCpiTrigger?: Maybe<Scalars['String']['output']>;
  /** The persons each covered group listed (a person in two groups is in both counts, and is paid once). */
  groups: Array<PriceSubsidyGroupCount>;
  /** Why the last run stopped; null unless FAILED. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The rule's least subsidy per person. */
  minimum?: Maybe<Scalars['Money']['output']>;
  /** The benefit month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The rule's multiplier of the 低保 standard times the rise ("1.00"). */
  multiplier?: Maybe<Scalars['String']['output']>;
  /** Persons paid the month's subsidy. */
  paid: Scalars['Int']['output'];
  /** The CPI rise paid on, percent with one decimal place ("3.6"); null when not triggered. */
  rise?: Maybe<Scalars['String']['output']>;
  /** The rule in force for the month (prices' priceLinkageRules), as it stood when the batch ran. */
  ruleId?: Maybe<Scalars['ID']['output']>;
  /** How many times the batch was run: a run after a failure pays those the failed run did not reach. */
  runs: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: PriceSubsidyBatchStatus;
  /** What the batch paid in all. */
  total: Scalars['Money']['output'];
  /** The triggers that fired; empty when the month did not trigger. */
  triggers: Array<PriceLinkageTrigger>;
  /** Incremented by every run. */
  version: Scalars['Int']['output'];
  /** Covered persons with no account on file, theirs or their household's: not paid. */
  withoutAccount: Scalars['Int']['output'];
};


/** 价格临时补贴发放批次: one month's batch of temporary price subsidies. */
export type PriceSubsidyBatchCountiesArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** 价格临时补贴发放批次状态: where a month's batch stands. */
export type PriceSubsidyBatchStatus =
  /** 已完成: every covered person with an account was paid once */
  | 'COMPLETED'
  /** 中断: the last run stopped before paying everyone; run it again */
  | 'FAILED'
  /** 未启动: the month's indices did not reach the rule's triggers; no one is paid */
  | 'NOT_TRIGGERED'
  /** 发放中: a run is paying */
  | 'RUNNING';

/** One county's part of a month's price-subsidy batch. */
export type PriceSubsidyCounty = {
  __typename?: 'PriceSubsidyCounty';
  /** Persons covered, each once. */
  covered: Scalars['Int']['output'];
  /** Persons the ledger holds the month's subsidy for. */
  paid: Scalars['Int']['output'];
  /** The subsidy per person: the standard times the rise times the multiplier, at least the minimum. */
  perPerson: Scalars['Money']['output'];
  region: Region;
  /** The county's monthly 低保 standard the subsidy was computed from. */
  standard: Scalars['Money']['output'];
  /** What the county paid. */
  total: Scalars['Money']['output'];
  /** Covered persons with no account on file: not paid. */
  withoutAccount: Scalars['Int']['output'];
};

/** 补贴对象类别: a group the temporary price subsidy covers. */
export type PriceSubsidyGroup =
  /** 特困人员: members of households with an ACTIVE 特困 case */
  | 'EXTREME_POVERTY_SUPPORT'
  /** 低保对象: members of households with an ACTIVE 低保 case */
  | 'MINIMUM_LIVING_ALLOWANCE'
  /** 领取失业保险金人员: persons receiving unemployment insurance benefits */
  | 'UNEMPLOYMENT_INSURANCE';

/** How many persons one covered group listed for a batch. */
export type PriceSubsidyGroupCount = {
  __typename?: 'PriceSubsidyGroupCount';
  group: PriceSubsidyGroup;
  persons: Scalars['Int']['output'];
};

/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type Query = {
  __typename?: 'Query';
  /** The budget lines of one year, by county and then programme; the city's budgets are public (预算公开). */
  budgets?: Maybe<Array<Budget>>;
  /** Who read the personal data the finance subgraph holds: newest first, for admins and auditors. */
  financeAccessLog?: Maybe<AccessLogConnection>;
  /**
   * finance: assistance benefits already paid, for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and finance's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  financeVerificationFacts?: Maybe<Array<VerificationFact>>;
  /**
   * Persons paid a benefit matching every condition of the filter (at least one payment of theirs matches all of
   * them), by person key: who was paid what, where and when, for joining with the other agencies' records.
   */
  paymentRecipients?: Maybe<PaymentRecipientConnection>;
  /**
   * The person keys paymentRecipients(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the finance access log.
   */
  paymentRecipientsCohortKeys?: Maybe<CohortKeyPage>;
  /** The counties' performance evaluations, newest year first, then by county. */
  performanceEvaluations?: Maybe<Array<PerformanceEvaluation>>;
  /**
   * 价格临时补贴发放批次: the month's (YYYY-MM) batch of temporary price subsidies and why it paid what it paid: the
   * indices and the rule it was decided on, its runs, and per county the 低保 standard, the subsidy per person, the
   * persons covered and paid and the total. Counts and totals of no one in particular, so any caller may read them;
   * null while no batch has run for the month.
   */
  priceSubsidyBatch?: Maybe<PriceSubsidyBatch>;
  /**
   * Payments the bank sent back (退回), newest return first: those still waiting to be paid again (RETURNED) and
   * those already reissued (REISSUED), to follow up with the recipients.
   */
  returnedPayments?: Maybe<PaymentConnection>;
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryBudgetsArgs = {
  programme?: InputMaybe<BenefitProgramme>;
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryFinanceAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryFinanceVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryPaymentRecipientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentRecipientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryPaymentRecipientsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<PaymentRecipientFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryPerformanceEvaluationsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryPriceSubsidyBatchArgs = {
  month: Scalars['String']['input'];
};


/**
 * 市财政局 (Finance Bureau): the budgets of the basic living guarantees per county and programme, the funds
 * allocated to the counties (拨付), the ledger of benefits paid into recipients' bank accounts (社会化发放), and the
 * counties' performance evaluations with their awards (以奖代补).
 */
export type QueryReturnedPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReturnedPaymentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordPaymentInput = {
  /**
   * The account (bank card) number paid into: 16 to 19 digits whose last is the Luhn check digit. It becomes the
   * person's account on file; when left out, the payment goes into the account on file (the last one paid into),
   * which a person's first payment must therefore name.
   */
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  /** Above 0.00 and at most 50000.00. */
  amount: Scalars['Money']['input'];
  /** The bank of accountNumber, 1 to 50 characters: given with it, and only with it. */
  bank?: InputMaybe<Scalars['String']['input']>;
  /** The recipient's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** The benefit month paid, YYYY-MM: not before 2014-01, and not after the month it is paid in. */
  month: Scalars['String']['input'];
  /** The day paid: not in the future, and not before the first day of the benefit month. */
  paidOn: Scalars['Date']['input'];
  programme: BenefitProgramme;
  /** The county that pays, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode: Scalars['String']['input'];
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
};

export type ReissuePaymentInput = {
  /**
   * Another account (16 to 19 digits, Luhn-checked) to pay into, which goes on file; required when the payment was
   * returned as ACCOUNT_CLOSED, ACCOUNT_NOT_FOUND or NAME_MISMATCH, else the same account is paid again.
   */
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  /** The bank of the new account: given with accountNumber, and only with it. */
  bank?: InputMaybe<Scalars['String']['input']>;
  /** The day paid again: not before the day it was returned, not in the future. */
  paidOn: Scalars['Date']['input'];
  /** The RETURNED payment to pay again. */
  paymentId: Scalars['ID']['input'];
  /** Its version as you read it. */
  version: Scalars['Int']['input'];
};

export type ReturnedPaymentFilter = {
  /** true: only those still waiting to be paid again (RETURNED); false: only those already reissued. */
  outstanding?: InputMaybe<Scalars['Boolean']['input']>;
  programme?: InputMaybe<BenefitProgramme>;
  reason?: InputMaybe<PaymentReturnReason>;
  /** The county that paid, a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

export type RunPriceSubsidyBatchInput = {
  /** The benefit month, YYYY-MM: a month whose CPI and food CPI prices has published. */
  month: Scalars['String']['input'];
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
  Household: Household;
  Person: Person;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Household:
    ( { __typename: 'Household' }
    & GraphQLRecursivePick<FederationTypes['Household'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Household'], {"members":{"id":true}}> ) );
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
  AllocateFundsInput: AllocateFundsInput;
  Allocation: ResolverTypeWrapper<AllocationRow>;
  BenefitProgramme: BenefitProgramme;
  Budget: ResolverTypeWrapper<BudgetRow>;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EvaluationGrade: EvaluationGrade;
  Household: ResolverTypeWrapper<HouseholdReference>;
  MarkPaymentReturnedInput: MarkPaymentReturnedInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Payment']>>;
  PaymentRecipientConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  PaymentRecipientFilter: PaymentRecipientFilter;
  PaymentReturnReason: PaymentReturnReason;
  PaymentStatus: PaymentStatus;
  PerformanceEvaluation: ResolverTypeWrapper<PerformanceEvaluationRow>;
  Person: ResolverTypeWrapper<PersonReference>;
  PriceLinkageTrigger: PriceLinkageTrigger;
  PriceSubsidyBatch: ResolverTypeWrapper<PriceSubsidyBatchRow>;
  PriceSubsidyBatchStatus: PriceSubsidyBatchStatus;
  PriceSubsidyCounty: ResolverTypeWrapper<PriceSubsidyCountyRow>;
  PriceSubsidyGroup: PriceSubsidyGroup;
  PriceSubsidyGroupCount: ResolverTypeWrapper<PriceSubsidyGroupCount>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordPaymentInput: RecordPaymentInput;
  Region: ResolverTypeWrapper<Region>;
  ReissuePaymentInput: ReissuePaymentInput;
  ReturnedPaymentFilter: ReturnedPaymentFilter;
  RunPriceSubsidyBatchInput: RunPriceSubsidyBatchInput;
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
  AllocateFundsInput: AllocateFundsInput;
  Allocation: AllocationRow;
  Budget: BudgetRow;
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Household: HouseholdReference;
  MarkPaymentReturnedInput: MarkPaymentReturnedInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payment: PaymentRow;
  PaymentConnection: Connection<ResolversParentTypes['Payment']>;
  PaymentRecipientConnection: Connection<ResolversParentTypes['Person']>;
  PaymentRecipientFilter: PaymentRecipientFilter;
  PerformanceEvaluation: PerformanceEvaluationRow;
  Person: PersonReference;
  PriceSubsidyBatch: PriceSubsidyBatchRow;
  PriceSubsidyCounty: PriceSubsidyCountyRow;
  PriceSubsidyGroupCount: PriceSubsidyGroupCount;
  Query: Record<PropertyKey, never>;
  RecordPaymentInput: RecordPaymentInput;
  Region: Region;
  ReissuePaymentInput: ReissuePaymentInput;
  ReturnedPaymentFilter: ReturnedPaymentFilter;
  RunPriceSubsidyBatchInput: RunPriceSubsidyBatchInput;
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

export type AllocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Allocation'] = ResolversParentTypes['Allocation']> = {
  allocatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budget?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BudgetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget']> = {
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  centralShare?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cityShare?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  countyShare?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['BenefitProgramme'], ParentType, ContextType>;
  provincialShare?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unallocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type HouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Household'] = ResolversParentTypes['Household'], FederationReferenceType extends FederationReferenceTypes['Household'] = FederationReferenceTypes['Household']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Household']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, RequireFields<HouseholdPaymentsArgs, 'first'>>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  allocateFunds?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType, RequireFields<MutationAllocateFundsArgs, 'input'>>;
  markPaymentReturned?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<MutationMarkPaymentReturnedArgs, 'input'>>;
  recordPayment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  reissuePayment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<MutationReissuePaymentArgs, 'input'>>;
  runPriceSubsidyBatch?: Resolver<Maybe<ResolversTypes['PriceSubsidyBatch']>, ParentType, ContextType, RequireFields<MutationRunPriceSubsidyBatchArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accountNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['BenefitProgramme'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  reissueOf?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  reissuedBy?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  returnReason?: Resolver<Maybe<ResolversTypes['PaymentReturnReason']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentRecipientConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentRecipientConnection'] = ResolversParentTypes['PaymentRecipientConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PerformanceEvaluationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PerformanceEvaluation'] = ResolversParentTypes['PerformanceEvaluation']> = {
  award?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  evaluatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['EvaluationGrade'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, RequireFields<PersonPaymentsArgs, 'first'>>;
};

export type PriceSubsidyBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceSubsidyBatch'] = ResolversParentTypes['PriceSubsidyBatch']> = {
  counties?: Resolver<Array<ResolversTypes['PriceSubsidyCounty']>, ParentType, ContextType, Partial<PriceSubsidyBatchCountiesArgs>>;
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cpi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cpiTrigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  foodCpi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foodCpiTrigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['PriceSubsidyGroupCount']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  minimum?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  multiplier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rise?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  runs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PriceSubsidyBatchStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['PriceLinkageTrigger']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutAccount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceSubsidyCountyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceSubsidyCounty'] = ResolversParentTypes['PriceSubsidyCounty']> = {
  covered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  perPerson?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  withoutAccount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceSubsidyGroupCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceSubsidyGroupCount'] = ResolversParentTypes['PriceSubsidyGroupCount']> = {
  group?: Resolver<ResolversTypes['PriceSubsidyGroup'], ParentType, ContextType>;
  persons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  budgets?: Resolver<Maybe<Array<ResolversTypes['Budget']>>, ParentType, ContextType, RequireFields<QueryBudgetsArgs, 'year'>>;
  financeAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryFinanceAccessLogArgs, 'first'>>;
  financeVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryFinanceVerificationFactsArgs, 'authorisation' | 'personIds'>>;
  paymentRecipients?: Resolver<Maybe<ResolversTypes['PaymentRecipientConnection']>, ParentType, ContextType, RequireFields<QueryPaymentRecipientsArgs, 'first'>>;
  paymentRecipientsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryPaymentRecipientsCohortKeysArgs, 'first'>>;
  performanceEvaluations?: Resolver<Maybe<Array<ResolversTypes['PerformanceEvaluation']>>, ParentType, ContextType, Partial<QueryPerformanceEvaluationsArgs>>;
  priceSubsidyBatch?: Resolver<Maybe<ResolversTypes['PriceSubsidyBatch']>, ParentType, ContextType, RequireFields<QueryPriceSubsidyBatchArgs, 'month'>>;
  returnedPayments?: Resolver<Maybe<ResolversTypes['PaymentConnection']>, ParentType, ContextType, RequireFields<QueryReturnedPaymentsArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  Allocation?: AllocationResolvers<ContextType>;
  Budget?: BudgetResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Household?: HouseholdResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentRecipientConnection?: PaymentRecipientConnectionResolvers<ContextType>;
  PerformanceEvaluation?: PerformanceEvaluationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PriceSubsidyBatch?: PriceSubsidyBatchResolvers<ContextType>;
  PriceSubsidyCounty?: PriceSubsidyCountyResolvers<ContextType>;
  PriceSubsidyGroupCount?: PriceSubsidyGroupCountResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

