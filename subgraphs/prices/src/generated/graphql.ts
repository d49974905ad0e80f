// The prices subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { SurveyHousehold as SurveyHouseholdRow, SurveyMonth as SurveyMonthRow, PriceIndex as PriceIndexRow, StandardBasis as StandardBasisRow, PriceLinkageRule as PriceLinkageRuleRow } from '../entities';
import type { LinkageDecision } from '../linkage';
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

export type AdoptPriceLinkageRuleInput = {
  /** The document or decision the rule rests on, 1 to 500 characters. */
  basis: Scalars['String']['input'];
  /** The CPI rise year on year that fires, percent with one decimal place, 0.1 to 20.0: "3.5" fires at CPI 103.5. */
  cpiTrigger: Scalars['String']['input'];
  /** The food CPI rise that fires, percent with one decimal place, 0.1 to 30.0. */
  foodCpiTrigger: Scalars['String']['input'];
  /** The least subsidy per person of a triggered month: 0.00 to 1000.00. */
  minimum: Scalars['Money']['input'];
  /** The subsidy is the 低保 standard times the CPI rise times this: 0.01 to 10.00, two decimal places. */
  multiplier: Scalars['String']['input'];
  /** The first month covered, YYYY-MM (from 2000-01). */
  validFrom: Scalars['String']['input'];
  /** The last month covered, YYYY-MM, not before validFrom; open-ended when left out. */
  validTo?: InputMaybe<Scalars['String']['input']>;
};

/** What a survey household spent per person on one category in one month. */
export type CategorySpending = {
  __typename?: 'CategorySpending';
  category: ExpenditureCategory;
  perCapita: Scalars['Money']['output'];
};

export type CategorySpendingInput = {
  category: ExpenditureCategory;
  /** Spent per person that month: 0.00 to 20000.00. */
  perCapita: Scalars['Money']['input'];
};

export type ChangePriceLinkageRuleInput = {
  /** Unchanged when left out; as in AdoptPriceLinkageRuleInput. */
  cpiTrigger?: InputMaybe<Scalars['String']['input']>;
  foodCpiTrigger?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  minimum?: InputMaybe<Scalars['Money']['input']>;
  multiplier?: InputMaybe<Scalars['String']['input']>;
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
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

/** A page of the person keys one agency's list selects: one condition of a cohort. */
export type CohortKeyPage = {
  __typename?: 'CohortKeyPage';
  /** Whether keys after the last one remain. */
  hasMore: Scalars['Boolean']['output'];
  /** Person keys, ascending, each once. */
  keys: Array<Scalars['ID']['output']>;
};

export type CorrectPriceIndexInput = {
  /** The index's id, as priceIndices gives it (e.g. "2025-06:CPI"). */
  id: Scalars['ID']['input'];
  /** The day the correction was published: not before the index was, and not in the future. */
  publishedOn: Scalars['Date']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The corrected value, one decimal place, 50.0 to 150.0: not the value it has now. */
  value: Scalars['String']['input'];
  /** The index's version as you read it. */
  version: Scalars['Int']['input'];
};

export type CorrectSurveyMonthInput = {
  /** The corrected household size, 1 to 20; unchanged when left out. */
  householdSize?: InputMaybe<Scalars['Int']['input']>;
  /** The record's id. */
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The categories to correct, each at most once; the others are unchanged. */
  spending?: InputMaybe<Array<CategorySpendingInput>>;
  /** The record's version as you read it. */
  version: Scalars['Int']['input'];
};

export type EnrollSurveyHouseholdInput = {
  /** The head's resident ID number, 18 characters (GB 11643-1999), as the survey register has it; the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** The county the household is surveyed in: a county code of the city (GB/T 2260), e.g. 411302. */
  regionCode: Scalars['String']['input'];
  /** The day the household was sampled: not in the future, not before 2000, not before its head turned 16. */
  sampledOn: Scalars['Date']['input'];
  stratum: SurveyStratum;
};

/**
 * 消费支出类别: the survey's categories of basic living expenditure (the statistics bureau's eight, with housing split
 * into rent and utilities, and household goods counted as other).
 */
export type ExpenditureCategory =
  /** 衣着: clothing and shoes */
  | 'CLOTHING'
  /** 教育文化娱乐: schooling, culture and recreation */
  | 'EDUCATION'
  /** 食品烟酒: food, drink and tobacco */
  | 'FOOD'
  /** 居住: rent and upkeep of the home */
  | 'HOUSING'
  /** 医疗保健: medicines and medical services paid by the household */
  | 'MEDICAL'
  /** 生活用品及服务、其他: household goods and services, and everything else */
  | 'OTHER'
  /** 交通通信: transport and communication */
  | 'TRANSPORT'
  /** 水电燃料: water, electricity, gas and heating */
  | 'UTILITIES';

/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Adopts a linkage rule for a period of months (a notice lowering the trigger for a few months, or new defaults
   * from a month on): for its months it supersedes every rule adopted before it.
   */
  adoptPriceLinkageRule?: Maybe<PriceLinkageRule>;
  /** Corrects a rule's triggers or formula, with the reason; the history keeps the figures it replaced. */
  changePriceLinkageRule?: Maybe<PriceLinkageRule>;
  /** Corrects a published index (修正): its value and day of publication change, with the reason; the history keeps the figure it replaced. */
  correctPriceIndex?: Maybe<PriceIndex>;
  /** Corrects a recorded month: its household size or the spending of some categories, with the reason. */
  correctSurveyMonth?: Maybe<SurveyMonth>;
  /**
   * Enters a household in the survey, kept against its head (status ACTIVE). A head is in the survey once: a second
   * entry is CONFLICT, also after the household withdrew. Whether the household is on 低保 or certified low-income is
   * civil affairs' record and is not checked here.
   */
  enrollSurveyHousehold?: Maybe<SurveyHousehold>;
  /**
   * Publishes one index of one month (status as published, version 1). One index per kind and month: a second is
   * CONFLICT naming the first (correct that one instead).
   */
  publishPriceIndex?: Maybe<PriceIndex>;
  /**
   * Records a survey household's month: its size and what it spent per person in each category. One record per
   * household and month: a second is CONFLICT naming the first (correct that one instead).
   */
  recordSurveyMonth?: Maybe<SurveyMonth>;
  /** Records that a household left the survey (ACTIVE -> WITHDRAWN, which is final). */
  withdrawSurveyHousehold?: Maybe<SurveyHousehold>;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationAdoptPriceLinkageRuleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: AdoptPriceLinkageRuleInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangePriceLinkageRuleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangePriceLinkageRuleInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationCorrectPriceIndexArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CorrectPriceIndexInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationCorrectSurveyMonthArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CorrectSurveyMonthInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEnrollSurveyHouseholdArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EnrollSurveyHouseholdInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationPublishPriceIndexArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PublishPriceIndexInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordSurveyMonthArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordSurveyMonthInput;
};


/**
 * The price bureau's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationWithdrawSurveyHouseholdArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: WithdrawSurveyHouseholdInput;
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
  /** The price survey's records of the household the person heads; null when the person heads no survey household. */
  priceSurvey?: Maybe<PriceSurveyProfile>;
};

/** 价格指数: one published price index of the city for one month, year on year. */
export type PriceIndex = {
  __typename?: 'PriceIndex';
  /** Why the index was last corrected; null while it stands as first published. Free text, so it needs the detail scope. */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** Publication and corrections, oldest first, with the figures they replaced; who corrected it needs the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  /** The month and kind, e.g. "2025-06:CPI": one index per kind and month. */
  id: Scalars['ID']['output'];
  kind: PriceIndexKind;
  /** The month the index measures, YYYY-MM. */
  month: Scalars['String']['output'];
  /** The day the index (or its latest correction) was published. */
  publishedOn: Scalars['Date']['output'];
  /**
   * Year on year, with one decimal place as published: "102.3" means prices 2.3% above the same month a year before.
   * A decimal string, not a Float: the published figure is exact and the linkage compares it with thresholds such as
   * 103.5, which a binary float does not hold exactly.
   */
  value: Scalars['String']['output'];
  /** Incremented by every correction; send it back when you correct the index. */
  version: Scalars['Int']['output'];
};

export type PriceIndexConnection = {
  __typename?: 'PriceIndexConnection';
  nodes: Array<PriceIndex>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PriceIndexFilter = {
  /** The first month listed, YYYY-MM. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<PriceIndexKind>;
  /** The last month listed, YYYY-MM: not before from. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** 价格指数类别: the indices the linkage of assistance standards to prices watches. */
export type PriceIndexKind =
  /** 居民消费价格指数: consumer price index, all items */
  | 'CPI'
  /** 食品价格指数: the food part of the CPI */
  | 'FOOD_CPI';

/** 联动决定: what the month's indices decide under the rule in force for it. */
export type PriceLinkageDecision = {
  __typename?: 'PriceLinkageDecision';
  /** The month's CPI; null until published. */
  cpi?: Maybe<PriceIndex>;
  /** The decision in words: the indices, the triggers, and why it fired or did not. */
  explanation: Scalars['String']['output'];
  /** The month's food CPI; null until published. */
  foodCpi?: Maybe<PriceIndex>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** Whether both indices of the month are published: until they are, nothing is decided. */
  published: Scalars['Boolean']['output'];
  /** The CPI rise the subsidy is paid on, percent with one decimal place ("3.6"; "0.0" when only food fired and the CPI fell); null when not triggered. */
  rise?: Maybe<Scalars['String']['output']>;
  /** The rule in force for the month. */
  rule?: Maybe<PriceLinkageRule>;
  /** Whether a temporary price subsidy is due for the month. */
  triggered: Scalars['Boolean']['output'];
  /** The triggers that fired; empty when not triggered. */
  triggers: Array<PriceLinkageTrigger>;
};

/** 联动机制规则: the triggers of the linkage and the formula of the temporary price subsidy for a period of months. */
export type PriceLinkageRule = {
  __typename?: 'PriceLinkageRule';
  /** The day the rule was adopted. */
  adoptedOn: Scalars['Date']['output'];
  /** The document or decision the rule rests on. */
  basis: Scalars['String']['output'];
  /** Why the rule was last corrected; null as adopted. Free text, so it needs the detail scope. */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The CPI rise year on year that fires, percent with one decimal place ("3.5"). */
  cpiTrigger: Scalars['String']['output'];
  /** The food CPI rise that fires ("6.0"). */
  foodCpiTrigger: Scalars['String']['output'];
  /** Adoption and corrections, oldest first, with the figures they replaced; who changed it needs the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The least subsidy per person of a triggered month. */
  minimum: Scalars['Money']['output'];
  /** The subsidy per person is the county's 低保 standard times the CPI rise times this ("1.00"). */
  multiplier: Scalars['String']['output'];
  /** The first month covered, YYYY-MM. */
  validFrom: Scalars['String']['output'];
  /** The last month covered; null while open-ended. */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the rule. */
  version: Scalars['Int']['output'];
};

/** 联动启动条件: which index reached its trigger. */
export type PriceLinkageTrigger =
  /** CPI 单月同比涨幅达到启动条件 */
  | 'CPI'
  /** 食品价格单月同比涨幅达到启动条件 */
  | 'FOOD_CPI';

/** 调查户档案: a survey household, as the bureau keeps it against its head: its place in the sample and its monthly accounts. */
export type PriceSurveyProfile = {
  __typename?: 'PriceSurveyProfile';
  household: SurveyHousehold;
  /** The household's monthly records, newest month first. */
  months: Array<SurveyMonth>;
};

export type PublishPriceIndexInput = {
  kind: PriceIndexKind;
  /** The month the index measures, YYYY-MM (from 2000-01). */
  month: Scalars['String']['input'];
  /** The day it was published: after the month it measures, and not in the future. */
  publishedOn: Scalars['Date']['input'];
  /** Year on year, with one decimal place as published: "102.3" (prices 2.3% above the same month a year before), 50.0 to 150.0. */
  value: Scalars['String']['input'];
};

/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The city's published price indices, oldest month first (CPI before food CPI within a month). Public statistics:
   * any caller with a token may read them; corrections' reasons and histories need the detail scope.
   */
  priceIndices?: Maybe<PriceIndexConnection>;
  /**
   * 物价联动: the linkage decision of one month (YYYY-MM): its CPI and food CPI, the rule in force for it, which
   * trigger fired and the CPI rise a temporary price subsidy is paid on. Public, as the indices are.
   */
  priceLinkage?: Maybe<PriceLinkageDecision>;
  /** The linkage rules, in the order they were adopted: of those covering a month, the last adopted is in force. */
  priceLinkageRules?: Maybe<Array<PriceLinkageRule>>;
  /** Who read the personal data the prices subgraph holds: newest first, for admins and auditors. */
  pricesAccessLog?: Maybe<AccessLogConnection>;
  /** The price basis of each county's 低保 standard, by county code; every county when regionCode is left out. */
  standardPriceBases?: Maybe<Array<StandardPriceBasis>>;
  /**
   * Survey households matching every condition of the filter, as their heads (the bureau keeps a household's records
   * against its head): for analysts comparing what assisted households spend with the standards.
   */
  surveyHouseholds?: Maybe<SurveyHouseholdConnection>;
  /**
   * The person keys surveyHouseholds(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the prices access log.
   */
  surveyHouseholdsCohortKeys?: Maybe<CohortKeyPage>;
};


/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type QueryPriceIndicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceIndexFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type QueryPriceLinkageArgs = {
  month: Scalars['String']['input'];
};


/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type QueryPricesAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type QueryStandardPriceBasesArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
};


/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type QuerySurveyHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyHouseholdFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市物价局 (Price Bureau): the city's monthly price indices, the typical survey of low-income households' basic living
 * expenditure (低收入家庭基本生活消费支出典型调查), and the price basis of each county's 低保 standard: the data the
 * linkage of assistance standards to prices (社会救助和保障标准与物价上涨挂钩联动机制) is decided on.
 */
export type QuerySurveyHouseholdsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<SurveyHouseholdFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordSurveyMonthInput = {
  /** The people who lived in the household that month, 1 to 20. */
  householdSize: Scalars['Int']['input'];
  /** YYYY-MM: a month that is over, not before the month the household was sampled in. */
  month: Scalars['String']['input'];
  /** The head's person id: a household in the survey, ACTIVE (or WITHDRAWN after that month). */
  personId: Scalars['ID']['input'];
  /** What the household spent per person in each of the eight categories, each category once. */
  spending: Array<CategorySpendingInput>;
};

/** A county of the city by its GB/T 2260 code: civil affairs resolves its name (the counties' subgraph will). */
export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
};

/**
 * 低保标准的价格依据: the price basis of one county's 低保 standard: the food basket it was set from, priced at the CPI
 * month it was last adjusted to.
 */
export type StandardPriceBasis = {
  __typename?: 'StandardPriceBasis';
  /** The month (YYYY-MM) of the price indices the standard and its basket were last adjusted to. */
  cpiMonth: Scalars['String']['output'];
  /** The day that standard took effect. */
  effectiveFrom: Scalars['Date']['output'];
  /** What the basic food basket cost per person per month, priced at cpiMonth. */
  foodBasket: Scalars['Money']['output'];
  /** The standard divided by the food basket, two decimal places ("2.23"): the inverse of the Engel coefficient it assumes. */
  ratio: Scalars['String']['output'];
  region?: Maybe<Region>;
  /** The county's monthly 低保 standard per person this basis sets, as civil affairs publishes it. */
  standard: Scalars['Money']['output'];
};

/** 调查户: a household of the typical survey of low-income households' basic living expenditure, kept against its head. */
export type SurveyHousehold = {
  __typename?: 'SurveyHousehold';
  /** Entry and withdrawal, oldest first; the records carry the head's ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  /** The head. */
  person: Person;
  /** The county it is surveyed in. */
  region?: Maybe<Region>;
  /** The day it was sampled. */
  sampledOn: Scalars['Date']['output'];
  status: SurveyHouseholdStatus;
  stratum: SurveyStratum;
  /** Incremented by every change; send it back when you withdraw the household. */
  version: Scalars['Int']['output'];
  /** The day it left the survey; set when WITHDRAWN. */
  withdrawnOn?: Maybe<Scalars['Date']['output']>;
  /** Why it left: free text, so it needs the detail scope. */
  withdrawnReason?: Maybe<Scalars['String']['output']>;
};

export type SurveyHouseholdConnection = {
  __typename?: 'SurveyHouseholdConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

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

/** 调查户月度记账: one month of a survey household's accounts: its size and what it spent per person in each category. */
export type SurveyMonth = {
  __typename?: 'SurveyMonth';
  /** Why the record was last corrected: free text, so it needs the detail scope. */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The record and its corrections, oldest first; they carry the reasons, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  /** The people who lived in the household that month. */
  householdSize: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** The head of the household. */
  person: Person;
  /** The day the month was recorded (or last corrected). */
  recordedOn: Scalars['Date']['output'];
  /** Spending per person in each of the eight categories, in the order of ExpenditureCategory. */
  spending: Array<CategorySpending>;
  /** Spending per person in all categories. */
  totalPerCapita: Scalars['Money']['output'];
  /** Incremented by every change; send it back when you correct the record. */
  version: Scalars['Int']['output'];
};

/** 调查户类别: the assistance a survey household was sampled for, the survey's strata. */
export type SurveyStratum =
  /** 低收入户: certified low-income */
  | 'LOW_INCOME_CERTIFICATION'
  /** 低保户: on the minimum living allowance */
  | 'MINIMUM_LIVING_ALLOWANCE';

export type WithdrawSurveyHouseholdInput = {
  /** The head's person id. */
  personId: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The household's version as you read it. */
  version: Scalars['Int']['input'];
  /** The day it left: not before it was sampled, not in the future, not before the month of its last record. */
  withdrawnOn: Scalars['Date']['input'];
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
  AdoptPriceLinkageRuleInput: AdoptPriceLinkageRuleInput;
  CategorySpending: ResolverTypeWrapper<CategorySpending>;
  CategorySpendingInput: CategorySpendingInput;
  ChangePriceLinkageRuleInput: ChangePriceLinkageRuleInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CorrectPriceIndexInput: CorrectPriceIndexInput;
  CorrectSurveyMonthInput: CorrectSurveyMonthInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EnrollSurveyHouseholdInput: EnrollSurveyHouseholdInput;
  ExpenditureCategory: ExpenditureCategory;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PriceIndex: ResolverTypeWrapper<PriceIndexRow>;
  PriceIndexConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['PriceIndex']>>;
  PriceIndexFilter: PriceIndexFilter;
  PriceIndexKind: PriceIndexKind;
  PriceLinkageDecision: ResolverTypeWrapper<LinkageDecision>;
  PriceLinkageRule: ResolverTypeWrapper<PriceLinkageRuleRow>;
  PriceLinkageTrigger: PriceLinkageTrigger;
  PriceSurveyProfile: ResolverTypeWrapper<SurveyHouseholdRow>;
  PublishPriceIndexInput: PublishPriceIndexInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordSurveyMonthInput: RecordSurveyMonthInput;
  Region: ResolverTypeWrapper<Region>;
  StandardPriceBasis: ResolverTypeWrapper<StandardBasisRow>;
  SurveyHousehold: ResolverTypeWrapper<SurveyHouseholdRow>;
  SurveyHouseholdConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  SurveyHouseholdFilter: SurveyHouseholdFilter;
  SurveyHouseholdStatus: SurveyHouseholdStatus;
  SurveyMonth: ResolverTypeWrapper<SurveyMonthRow>;
  SurveyStratum: SurveyStratum;
  WithdrawSurveyHouseholdInput: WithdrawSurveyHouseholdInput;
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
  AdoptPriceLinkageRuleInput: AdoptPriceLinkageRuleInput;
  CategorySpending: CategorySpending;
  CategorySpendingInput: CategorySpendingInput;
  ChangePriceLinkageRuleInput: ChangePriceLinkageRuleInput;
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  CorrectPriceIndexInput: CorrectPriceIndexInput;
  CorrectSurveyMonthInput: CorrectSurveyMonthInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EnrollSurveyHouseholdInput: EnrollSurveyHouseholdInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  PriceIndex: PriceIndexRow;
  PriceIndexConnection: Connection<ResolversParentTypes['PriceIndex']>;
  PriceIndexFilter: PriceIndexFilter;
  PriceLinkageDecision: LinkageDecision;
  PriceLinkageRule: PriceLinkageRuleRow;
  PriceSurveyProfile: SurveyHouseholdRow;
  PublishPriceIndexInput: PublishPriceIndexInput;
  Query: Record<PropertyKey, never>;
  RecordSurveyMonthInput: RecordSurveyMonthInput;
  Region: Region;
  StandardPriceBasis: StandardBasisRow;
  SurveyHousehold: SurveyHouseholdRow;
  SurveyHouseholdConnection: Connection<ResolversParentTypes['Person']>;
  SurveyHouseholdFilter: SurveyHouseholdFilter;
  SurveyMonth: SurveyMonthRow;
  WithdrawSurveyHouseholdInput: WithdrawSurveyHouseholdInput;
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

export type CategorySpendingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CategorySpending'] = ResolversParentTypes['CategorySpending']> = {
  category?: Resolver<ResolversTypes['ExpenditureCategory'], ParentType, ContextType>;
  perCapita?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adoptPriceLinkageRule?: Resolver<Maybe<ResolversTypes['PriceLinkageRule']>, ParentType, ContextType, RequireFields<MutationAdoptPriceLinkageRuleArgs, 'input'>>;
  changePriceLinkageRule?: Resolver<Maybe<ResolversTypes['PriceLinkageRule']>, ParentType, ContextType, RequireFields<MutationChangePriceLinkageRuleArgs, 'input'>>;
  correctPriceIndex?: Resolver<Maybe<ResolversTypes['PriceIndex']>, ParentType, ContextType, RequireFields<MutationCorrectPriceIndexArgs, 'input'>>;
  correctSurveyMonth?: Resolver<Maybe<ResolversTypes['SurveyMonth']>, ParentType, ContextType, RequireFields<MutationCorrectSurveyMonthArgs, 'input'>>;
  enrollSurveyHousehold?: Resolver<Maybe<ResolversTypes['SurveyHousehold']>, ParentType, ContextType, RequireFields<MutationEnrollSurveyHouseholdArgs, 'input'>>;
  publishPriceIndex?: Resolver<Maybe<ResolversTypes['PriceIndex']>, ParentType, ContextType, RequireFields<MutationPublishPriceIndexArgs, 'input'>>;
  recordSurveyMonth?: Resolver<Maybe<ResolversTypes['SurveyMonth']>, ParentType, ContextType, RequireFields<MutationRecordSurveyMonthArgs, 'input'>>;
  withdrawSurveyHousehold?: Resolver<Maybe<ResolversTypes['SurveyHousehold']>, ParentType, ContextType, RequireFields<MutationWithdrawSurveyHouseholdArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priceSurvey?: Resolver<Maybe<ResolversTypes['PriceSurveyProfile']>, ParentType, ContextType>;
};

export type PriceIndexResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceIndex'] = ResolversParentTypes['PriceIndex']> = {
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PriceIndexKind'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceIndexConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceIndexConnection'] = ResolversParentTypes['PriceIndexConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['PriceIndex']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceLinkageDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceLinkageDecision'] = ResolversParentTypes['PriceLinkageDecision']> = {
  cpi?: Resolver<Maybe<ResolversTypes['PriceIndex']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foodCpi?: Resolver<Maybe<ResolversTypes['PriceIndex']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rise?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['PriceLinkageRule']>, ParentType, ContextType>;
  triggered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  triggers?: Resolver<Array<ResolversTypes['PriceLinkageTrigger']>, ParentType, ContextType>;
};

export type PriceLinkageRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceLinkageRule'] = ResolversParentTypes['PriceLinkageRule']> = {
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cpiTrigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foodCpiTrigger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minimum?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  multiplier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriceSurveyProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceSurveyProfile'] = ResolversParentTypes['PriceSurveyProfile']> = {
  household?: Resolver<ResolversTypes['SurveyHousehold'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['SurveyMonth']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  priceIndices?: Resolver<Maybe<ResolversTypes['PriceIndexConnection']>, ParentType, ContextType, RequireFields<QueryPriceIndicesArgs, 'first'>>;
  priceLinkage?: Resolver<Maybe<ResolversTypes['PriceLinkageDecision']>, ParentType, ContextType, RequireFields<QueryPriceLinkageArgs, 'month'>>;
  priceLinkageRules?: Resolver<Maybe<Array<ResolversTypes['PriceLinkageRule']>>, ParentType, ContextType>;
  pricesAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryPricesAccessLogArgs, 'first'>>;
  standardPriceBases?: Resolver<Maybe<Array<ResolversTypes['StandardPriceBasis']>>, ParentType, ContextType, Partial<QueryStandardPriceBasesArgs>>;
  surveyHouseholds?: Resolver<Maybe<ResolversTypes['SurveyHouseholdConnection']>, ParentType, ContextType, RequireFields<QuerySurveyHouseholdsArgs, 'first'>>;
  surveyHouseholdsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QuerySurveyHouseholdsCohortKeysArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StandardPriceBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StandardPriceBasis'] = ResolversParentTypes['StandardPriceBasis']> = {
  cpiMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  foodBasket?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  standard?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type SurveyHouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyHousehold'] = ResolversParentTypes['SurveyHousehold']> = {
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  sampledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SurveyHouseholdStatus'], ParentType, ContextType>;
  stratum?: Resolver<ResolversTypes['SurveyStratum'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  withdrawnReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SurveyHouseholdConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyHouseholdConnection'] = ResolversParentTypes['SurveyHouseholdConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SurveyMonthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SurveyMonth'] = ResolversParentTypes['SurveyMonth']> = {
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  householdSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  spending?: Resolver<Array<ResolversTypes['CategorySpending']>, ParentType, ContextType>;
  totalPerCapita?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  CategorySpending?: CategorySpendingResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PriceIndex?: PriceIndexResolvers<ContextType>;
  PriceIndexConnection?: PriceIndexConnectionResolvers<ContextType>;
  PriceLinkageDecision?: PriceLinkageDecisionResolvers<ContextType>;
  PriceLinkageRule?: PriceLinkageRuleResolvers<ContextType>;
  PriceSurveyProfile?: PriceSurveyProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  StandardPriceBasis?: StandardPriceBasisResolvers<ContextType>;
  SurveyHousehold?: SurveyHouseholdResolvers<ContextType>;
  SurveyHouseholdConnection?: SurveyHouseholdConnectionResolvers<ContextType>;
  SurveyMonth?: SurveyMonthResolvers<ContextType>;
};

