// The poverty-alleviation subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { MonitoredMember as MonitoredMemberRow, MonitoredHousehold as MonitoredHouseholdRow, SupportMeasure as SupportMeasureRow } from '../entities';
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

export type ChangeSupportMeasureInput = {
  /** The measure's actual last day: not before its start, not in the future. */
  endDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters: required to terminate. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** COMPLETED or TERMINATED. */
  status: SupportMeasureStatus;
  /** The measure's version as you read it. */
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

export type EliminateMonitoringRiskInput = {
  /** The day the risk was found eliminated: not before the household was registered, not in the future. */
  eliminatedOn: Scalars['Date']['input'];
  /** The monitored household's id. */
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters (e.g. stable income from work, 两不愁三保障 secured). */
  reason: Scalars['String']['input'];
  /** The household's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 防止返贫监测对象: a rural household monitored against falling back into poverty, kept against its members. */
export type MonitoredHousehold = {
  __typename?: 'MonitoredHousehold';
  category: MonitoringCategory;
  /** The head (户主). */
  head: Person;
  /** Registration and risk elimination, oldest first; they carry the reason, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The members, head first, in the order of the household register. */
  members: Array<Person>;
  /** The county the household lives in. */
  region?: Maybe<Region>;
  /** The day the household was identified for monitoring. */
  registeredOn: Scalars['Date']['output'];
  /** Why the household is at risk, in the order of the enumeration. */
  riskCauses: Array<RiskCause>;
  /** The day its risk was found eliminated; set when the status is RISK_ELIMINATED. */
  riskEliminatedOn?: Maybe<Scalars['Date']['output']>;
  /** Why its risk was found eliminated: free text, so it needs the detail scope. */
  riskEliminationReason?: Maybe<Scalars['String']['output']>;
  status: MonitoringStatus;
  /** Incremented by every change; send it back when you eliminate the household's risk. */
  version: Scalars['Int']['output'];
};

export type MonitoredPersonConnection = {
  __typename?: 'MonitoredPersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/**
 * The office's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns the
 * first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Closes a support measure: ACTIVE -> COMPLETED or TERMINATED, each final, with the measure's last day. */
  changeSupportMeasure?: Maybe<SupportMeasure>;
  /**
   * Eliminates a monitored household's risk (风险消除): monitoring closes with the date and the reason, and is final.
   * Only after support: a household with no support measure on record is refused.
   */
  eliminateMonitoringRisk?: Maybe<MonitoredHousehold>;
  /** Records a support measure (status ACTIVE) for a member of a household under monitoring (MONITORED). */
  recordSupportMeasure?: Maybe<SupportMeasure>;
  /**
   * Registers a household for monitoring (status MONITORED), its members by resident ID number, head first. A person
   * is a member of one monitored household: registering someone already monitored is a CONFLICT naming that household.
   */
  registerMonitoredHousehold?: Maybe<MonitoredHousehold>;
};


/**
 * The office's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns the
 * first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeSupportMeasureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeSupportMeasureInput;
};


/**
 * The office's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns the
 * first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEliminateMonitoringRiskArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EliminateMonitoringRiskInput;
};


/**
 * The office's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns the
 * first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordSupportMeasureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordSupportMeasureInput;
};


/**
 * The office's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns the
 * first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRegisterMonitoredHouseholdArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RegisterMonitoredHouseholdInput;
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
  /** The person's monitored household and its support measures; null when the person is not monitored. */
  povertyAlleviation?: Maybe<PovertyAlleviationProfile>;
};

/** 防止返贫监测档案: what the office holds on a member of a monitored household. */
export type PovertyAlleviationProfile = {
  __typename?: 'PovertyAlleviationProfile';
  /** The monitored household the person is a member of. */
  household: MonitoredHousehold;
  /** The household's support measures, newest first; each names the member it is for. */
  measures: Array<SupportMeasure>;
};

/**
 * 市扶贫办 (Poverty Alleviation Office; today 乡村振兴局, the Rural Revitalization Bureau): rural households monitored
 * against falling back into poverty (防止返贫监测), their risk causes and the support measures they get. It links
 * poverty alleviation with rural 低保 (两项制度衔接): whether a household is on 低保 is civil affairs' record.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Members of monitored households whose household meets every condition of the filter, by person key: for
   * proactive discovery (monitored households without a support measure, by cause and county).
   */
  monitoredPersons?: Maybe<MonitoredPersonConnection>;
  /**
   * The person keys monitoredPersons(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the poverty-alleviation access log.
   */
  monitoredPersonsCohortKeys?: Maybe<CohortKeyPage>;
  /** Who read the personal data the poverty-alleviation subgraph holds: newest first, for admins and auditors. */
  povertyAlleviationAccessLog?: Maybe<AccessLogConnection>;
};


/**
 * 市扶贫办 (Poverty Alleviation Office; today 乡村振兴局, the Rural Revitalization Bureau): rural households monitored
 * against falling back into poverty (防止返贫监测), their risk causes and the support measures they get. It links
 * poverty alleviation with rural 低保 (两项制度衔接): whether a household is on 低保 is civil affairs' record.
 */
export type QueryMonitoredPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MonitoredPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市扶贫办 (Poverty Alleviation Office; today 乡村振兴局, the Rural Revitalization Bureau): rural households monitored
 * against falling back into poverty (防止返贫监测), their risk causes and the support measures they get. It links
 * poverty alleviation with rural 低保 (两项制度衔接): whether a household is on 低保 is civil affairs' record.
 */
export type QueryMonitoredPersonsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<MonitoredPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市扶贫办 (Poverty Alleviation Office; today 乡村振兴局, the Rural Revitalization Bureau): rural households monitored
 * against falling back into poverty (防止返贫监测), their risk causes and the support measures they get. It links
 * poverty alleviation with rural 低保 (两项制度衔接): whether a household is on 低保 is civil affairs' record.
 */
export type QueryPovertyAlleviationAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordSupportMeasureInput = {
  /**
   * The money the measure gives or lends, above 0.00 and at most 50000.00: required for MICRO_CREDIT, none for
   * SOCIAL_ASSISTANCE_REFERRAL, optional for the others.
   */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /**
   * The planned last day: not before the start, at most 5 years after it; required for MICRO_CREDIT, whose term is
   * at most 3 years.
   */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  kind: SupportMeasureKind;
  /** The monitored household's id. */
  monitoredHouseholdId: Scalars['ID']['input'];
  /** The member the measure is for (the borrower, the worker, the student); the head when left out. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The first day: not before the household was registered, not more than a year ahead. */
  startDate: Scalars['Date']['input'];
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
};

export type RegisterMonitoredHouseholdInput = {
  category: MonitoringCategory;
  /** The head's (户主) resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** The other members' resident ID numbers, in the order of the household register: at most 9, none repeated. */
  memberIdNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The household's county, a county code of the city (GB/T 2260), e.g. 411321. */
  regionCode: Scalars['String']['input'];
  /** The day the household was identified: not before 2020-03-20 (the mechanism's start), not in the future, not before any member was born. */
  registeredOn: Scalars['Date']['input'];
  /** At least one cause, none repeated. */
  riskCauses: Array<RiskCause>;
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

/** 帮扶措施: one support measure for a monitored household, given to one of its members. */
export type SupportMeasure = {
  __typename?: 'SupportMeasure';
  /** What it gives or lends; null where no money flows (a referral, a job placement). */
  amount?: Maybe<Scalars['Money']['output']>;
  /** The planned last day while ACTIVE (null when open-ended), the actual one once COMPLETED or TERMINATED. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Changes to the measure, oldest first; they carry the reasons, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  /** The household it supports. */
  household: MonitoredHousehold;
  id: Scalars['ID']['output'];
  kind: SupportMeasureKind;
  /** The member it is for; the head for a measure for the whole household. */
  person: Person;
  startDate: Scalars['Date']['output'];
  status: SupportMeasureStatus;
  /** Why the measure was completed or terminated: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the measure. */
  version: Scalars['Int']['output'];
};

/** 帮扶措施类别: the kinds of support measure. */
export type SupportMeasureKind =
  /** 教育帮扶: schooling support (雨露计划 for vocational students) */
  | 'EDUCATION'
  /** 就业帮扶: job placement, training, a public-welfare post, a travel subsidy for migrant work */
  | 'EMPLOYMENT'
  /** 健康帮扶: health support (family doctor contract, 先诊疗后付费) */
  | 'HEALTH'
  /** 住房安全保障: housing safety (dilapidated-house renovation) */
  | 'HOUSING_SAFETY'
  /** 产业帮扶: an industry subsidy (livestock, crops, workshops) */
  | 'INDUSTRY'
  /** 小额信贷: a micro-credit loan (脱贫人口小额信贷): at most 50,000 yuan for at most 3 years, interest subsidised */
  | 'MICRO_CREDIT'
  /** 社会救助转介: a referral to civil affairs for 低保, 特困 or temporary assistance */
  | 'SOCIAL_ASSISTANCE_REFERRAL';

/** 帮扶措施状态: where a support measure stands. */
export type SupportMeasureStatus =
  /** 实施中: under way */
  | 'ACTIVE'
  /** 已完成: carried out */
  | 'COMPLETED'
  /** 已终止: stopped before it was carried out */
  | 'TERMINATED';



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
  ChangeSupportMeasureInput: ChangeSupportMeasureInput;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EliminateMonitoringRiskInput: EliminateMonitoringRiskInput;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  MonitoredHousehold: ResolverTypeWrapper<MonitoredHouseholdRow>;
  MonitoredPersonConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  MonitoredPersonFilter: MonitoredPersonFilter;
  MonitoringCategory: MonitoringCategory;
  MonitoringStatus: MonitoringStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PovertyAlleviationProfile: ResolverTypeWrapper<MonitoredMemberRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordSupportMeasureInput: RecordSupportMeasureInput;
  Region: ResolverTypeWrapper<Region>;
  RegisterMonitoredHouseholdInput: RegisterMonitoredHouseholdInput;
  RiskCause: RiskCause;
  SupportMeasure: ResolverTypeWrapper<SupportMeasureRow>;
  SupportMeasureKind: SupportMeasureKind;
  SupportMeasureStatus: SupportMeasureStatus;
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
  ChangeSupportMeasureInput: ChangeSupportMeasureInput;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EliminateMonitoringRiskInput: EliminateMonitoringRiskInput;
  Money: Scalars['Money']['output'];
  MonitoredHousehold: MonitoredHouseholdRow;
  MonitoredPersonConnection: Connection<ResolversParentTypes['Person']>;
  MonitoredPersonFilter: MonitoredPersonFilter;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  PovertyAlleviationProfile: MonitoredMemberRow;
  Query: Record<PropertyKey, never>;
  RecordSupportMeasureInput: RecordSupportMeasureInput;
  Region: Region;
  RegisterMonitoredHouseholdInput: RegisterMonitoredHouseholdInput;
  SupportMeasure: SupportMeasureRow;
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

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MonitoredHouseholdResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoredHousehold'] = ResolversParentTypes['MonitoredHousehold']> = {
  category?: Resolver<ResolversTypes['MonitoringCategory'], ParentType, ContextType>;
  head?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  riskCauses?: Resolver<Array<ResolversTypes['RiskCause']>, ParentType, ContextType>;
  riskEliminatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  riskEliminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MonitoringStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MonitoredPersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MonitoredPersonConnection'] = ResolversParentTypes['MonitoredPersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changeSupportMeasure?: Resolver<Maybe<ResolversTypes['SupportMeasure']>, ParentType, ContextType, RequireFields<MutationChangeSupportMeasureArgs, 'input'>>;
  eliminateMonitoringRisk?: Resolver<Maybe<ResolversTypes['MonitoredHousehold']>, ParentType, ContextType, RequireFields<MutationEliminateMonitoringRiskArgs, 'input'>>;
  recordSupportMeasure?: Resolver<Maybe<ResolversTypes['SupportMeasure']>, ParentType, ContextType, RequireFields<MutationRecordSupportMeasureArgs, 'input'>>;
  registerMonitoredHousehold?: Resolver<Maybe<ResolversTypes['MonitoredHousehold']>, ParentType, ContextType, RequireFields<MutationRegisterMonitoredHouseholdArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  povertyAlleviation?: Resolver<Maybe<ResolversTypes['PovertyAlleviationProfile']>, ParentType, ContextType>;
};

export type PovertyAlleviationProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PovertyAlleviationProfile'] = ResolversParentTypes['PovertyAlleviationProfile']> = {
  household?: Resolver<ResolversTypes['MonitoredHousehold'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['SupportMeasure']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  monitoredPersons?: Resolver<Maybe<ResolversTypes['MonitoredPersonConnection']>, ParentType, ContextType, RequireFields<QueryMonitoredPersonsArgs, 'first'>>;
  monitoredPersonsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryMonitoredPersonsCohortKeysArgs, 'first'>>;
  povertyAlleviationAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryPovertyAlleviationAccessLogArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportMeasure'] = ResolversParentTypes['SupportMeasure']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  household?: Resolver<ResolversTypes['MonitoredHousehold'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportMeasureKind'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupportMeasureStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  MonitoredHousehold?: MonitoredHouseholdResolvers<ContextType>;
  MonitoredPersonConnection?: MonitoredPersonConnectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PovertyAlleviationProfile?: PovertyAlleviationProfileResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SupportMeasure?: SupportMeasureResolvers<ContextType>;
};

