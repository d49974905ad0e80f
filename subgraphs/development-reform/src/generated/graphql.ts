// The development-reform subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { CarePlacement as CarePlacementRow, SupportInstitution as SupportInstitutionRow, ConstructionProject as ConstructionProjectRow, PlanTarget as PlanTargetRow } from '../entities';
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

/** 护理等级: how much care a resident needs, as assessed on admission (a resident's staff ratio follows from it). */
export type CareLevel =
  /** 完全失能: needs help with every daily activity */
  | 'FULL_CARE'
  /** 部分失能: needs help with some daily activities */
  | 'PARTIAL_CARE'
  /** 生活自理: lives independently */
  | 'SELF_CARE';

/** 集中供养: a 特困 person's placement in a support institution, from the day they moved in to the day they left. */
export type CarePlacement = {
  __typename?: 'CarePlacement';
  careLevel: CareLevel;
  /** What the record says about the end: free text, so it needs the detail scope. */
  endNote?: Maybe<Scalars['String']['output']>;
  /** Why the placement ended. */
  endReason?: Maybe<CarePlacementEndReason>;
  /** The last day in the institution; set when the placement ended. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Changes to the placement, oldest first; the records carry the ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  institution: SupportInstitution;
  /** The resident. */
  person: Person;
  /** The day the person moved in. */
  since: Scalars['Date']['output'];
  status: CarePlacementStatus;
  /** Incremented by every change; send it back when you end the placement. */
  version: Scalars['Int']['output'];
};

/** 离院原因: why a placement ended. */
export type CarePlacementEndReason =
  /** 去世: died */
  | 'DECEASED'
  /** 离院: moved out, back to dispersed support (分散供养) or to family */
  | 'MOVED_OUT'
  /** 转院: moved to another institution, where a new placement begins */
  | 'TRANSFERRED';

/** 入住状态: whether a placement goes on. */
export type CarePlacementStatus =
  /** 离院: has left */
  | 'ENDED'
  /** 在院: lives in the institution */
  | 'PLACED';

export type ChangeConstructionProjectInput = {
  /** The institution's care staff once it opens: required, 1 to 1000, to complete a NEW_BUILD; not given otherwise. */
  careStaff?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters: required to suspend. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The day of the change (construction started, resumed, completed or suspended): not in the future, not before construction started. */
  on: Scalars['Date']['input'];
  /** The status the project moves to. */
  status: ConstructionStatus;
  /** The project's version as you read it. */
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

/** 建设类型: what a project builds. */
export type ConstructionKind =
  /** 扩建: more beds in an existing one */
  | 'EXPANSION'
  /** 新建: a new institution */
  | 'NEW_BUILD'
  /** 改造提升: renovation (care rooms, fire safety, barrier-free access) */
  | 'RENOVATION';

/** 供养服务设施建设项目: building, expanding or renovating a support institution, with the beds it adds and what it costs. */
export type ConstructionProject = {
  __typename?: 'ConstructionProject';
  /** Beds the project adds on completion (0 for a renovation that adds none). */
  bedsAdded: Scalars['Int']['output'];
  /** The day it was completed; set when COMPLETED. */
  completionDate?: Maybe<Scalars['Date']['output']>;
  /** Changes to the project, oldest first; they carry the notes, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  institution: SupportInstitution;
  /** The approved investment. */
  investment: Scalars['Money']['output'];
  kind: ConstructionKind;
  plannedCompletion: Scalars['Date']['output'];
  plannedStart: Scalars['Date']['output'];
  /** The day construction started; null while PLANNED (or suspended before it started). */
  startDate?: Maybe<Scalars['Date']['output']>;
  status: ConstructionStatus;
  /** The note given with the project's last change of status (required to suspend): free text, so it needs the detail scope. */
  statusNote?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the project. */
  version: Scalars['Int']['output'];
};

/** 项目状态: where a construction project stands. */
export type ConstructionStatus =
  /** 竣工: completed, its beds in use */
  | 'COMPLETED'
  /** 计划: planned, not started */
  | 'PLANNED'
  /** 停缓建: suspended */
  | 'SUSPENDED'
  /** 在建: under construction */
  | 'UNDER_CONSTRUCTION';

export type EndCarePlacementInput = {
  /** The last day in the institution: not before the day the person moved in, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** Anything the record should say, 1 to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: CarePlacementEndReason;
  /** The placement's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 五年规划: the national Five-Year plans. */
export type FiveYearPlan =
  /** 十五五: 2026-2030 */
  | 'FIFTEENTH'
  /** 十四五: 2021-2025 */
  | 'FOURTEENTH';

/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Moves a project along its lifecycle: PLANNED -> UNDER_CONSTRUCTION or SUSPENDED; UNDER_CONSTRUCTION -> COMPLETED
   * or SUSPENDED; SUSPENDED -> UNDER_CONSTRUCTION; COMPLETED is final. Completing adds the project's beds to its
   * institution, and completing a new build opens the institution.
   */
  changeConstructionProject?: Maybe<ConstructionProject>;
  /** Ends a placement (status ENDED, which is final): the person moved out, was transferred or died. */
  endCarePlacement?: Maybe<CarePlacement>;
  /**
   * Opens a construction project (status PLANNED): an expansion or renovation of an institution, or a new build, which
   * registers its institution (no beds, not open) with it. An institution has one open (PLANNED, UNDER_CONSTRUCTION or
   * SUSPENDED) project at a time: a second is a CONFLICT naming it.
   */
  openConstructionProject?: Maybe<ConstructionProject>;
  /**
   * Records that a 特困 person moves into a support institution (status PLACED). The institution must be open and have
   * a free bed; a person lives in one institution at a time, so a second open placement is a CONFLICT naming it (end
   * it first, with reason TRANSFERRED, to move the person). Whether the person is on 特困 support is civil affairs'
   * record and is not checked here.
   */
  recordCarePlacement?: Maybe<CarePlacement>;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationChangeConstructionProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ChangeConstructionProjectInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEndCarePlacementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndCarePlacementInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationOpenConstructionProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OpenConstructionProjectInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key returns
 * the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordCarePlacementArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordCarePlacementInput;
};

export type NewSupportInstitutionInput = {
  kind: SupportInstitutionKind;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Its county, a county code of the city (GB/T 2260), e.g. 411328. */
  regionCode: Scalars['String']['input'];
};

export type OpenConstructionProjectInput = {
  /** Beds the project adds: 1 to 2000 (0 to 2000 for a RENOVATION). */
  bedsAdded: Scalars['Int']['input'];
  /** The institution expanded or renovated; left out for a NEW_BUILD. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Above 0.00 and at most 1000000000.00. */
  investment: Scalars['Money']['input'];
  kind: ConstructionKind;
  /** The institution a NEW_BUILD builds, registered with the project; only for a NEW_BUILD. */
  newInstitution?: InputMaybe<NewSupportInstitutionInput>;
  /** After plannedStart, at most five years later. */
  plannedCompletion: Scalars['Date']['input'];
  /** Not before 2016 (the 13th Five-Year plan) and not more than five years ahead. */
  plannedStart: Scalars['Date']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person, keyed by the pseudonymous person key derived from the resident ID number. */
export type Person = {
  __typename?: 'Person';
  /**
   * Where the person lives in centralised care (集中供养): the current placement, or when it has ended the last one
   * (status ENDED); null when the commission has never placed the person.
   */
  careInstitution?: Maybe<CarePlacement>;
  id: Scalars['ID']['output'];
};

export type PlacedPersonConnection = {
  __typename?: 'PlacedPersonConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** 规划目标: what the Five-Year plan sets for a county's support institutions in one year. */
export type PlanTarget = {
  __typename?: 'PlanTarget';
  /** Beds the county's support institutions are to have. */
  bedsTarget: Scalars['Int']['output'];
  /** Share of the county's 特困 persons needing care (elderly or severely disabled) to be in centralised care, in percent. */
  careShareTarget: Scalars['Int']['output'];
  /** The plan the year belongs to. */
  plan: FiveYearPlan;
  region: Region;
  year: Scalars['Int']['output'];
};

/**
 * 市发改委 (Development and Reform Commission): the support institutions for 特困 persons (供养服务机构), their
 * construction projects and the plan's targets for them, and who lives in them (集中供养).
 */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the development-reform subgraph holds: newest first, for admins and auditors. */
  developmentReformAccessLog?: Maybe<AccessLogConnection>;
  /**
   * Persons living in a support institution now (a PLACED placement) that meet every condition of the filter, by
   * person key.
   */
  placedPersons?: Maybe<PlacedPersonConnection>;
  /**
   * The person keys placedPersons(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the development-reform access log.
   */
  placedPersonsCohortKeys?: Maybe<CohortKeyPage>;
  /** The plan's targets, county by county and year by year (oldest first); each argument narrows them. */
  planTargets?: Maybe<Array<PlanTarget>>;
  /**
   * Support institutions that meet every condition of the filter, in the order of their ids: beds, residents and
   * construction, for planning. Their names need the detail scope (through a placement a name says where a person lives).
   */
  supportInstitutions?: Maybe<SupportInstitutionConnection>;
};


/**
 * 市发改委 (Development and Reform Commission): the support institutions for 特困 persons (供养服务机构), their
 * construction projects and the plan's targets for them, and who lives in them (集中供养).
 */
export type QueryDevelopmentReformAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市发改委 (Development and Reform Commission): the support institutions for 特困 persons (供养服务机构), their
 * construction projects and the plan's targets for them, and who lives in them (集中供养).
 */
export type QueryPlacedPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlacedPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市发改委 (Development and Reform Commission): the support institutions for 特困 persons (供养服务机构), their
 * construction projects and the plan's targets for them, and who lives in them (集中供养).
 */
export type QueryPlacedPersonsCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<PlacedPersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市发改委 (Development and Reform Commission): the support institutions for 特困 persons (供养服务机构), their
 * construction projects and the plan's targets for them, and who lives in them (集中供养).
 */
export type QueryPlanTargetsArgs = {
  regionCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市发改委 (Development and Reform Commission): the support institutions for 特困 persons (供养服务机构), their
 * construction projects and the plan's targets for them, and who lives in them (集中供养).
 */
export type QuerySupportInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportInstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordCarePlacementInput = {
  careLevel: CareLevel;
  /** The person's resident ID number, 18 characters (GB 11643-1999); the check character is verified. At least 16 years old. */
  idNumber: Scalars['String']['input'];
  /** The institution, open and with a free bed. */
  institutionId: Scalars['ID']['input'];
  /** The day the person moved in: not in the future, not before the institution opened, not before a previous placement ended. */
  since: Scalars['Date']['input'];
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
};

/**
 * 特困人员供养服务机构: a support institution for 特困 persons (a county care centre, a township nursing home 敬老院, a
 * public welfare home).
 */
export type SupportInstitution = {
  __typename?: 'SupportInstitution';
  /** Beds in use or ready for use; 0 while a new build is not complete. */
  beds: Scalars['Int']['output'];
  /** Care workers (护理员) employed. */
  careStaff: Scalars['Int']['output'];
  /** Changes to the institution, oldest first; they carry its name, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  kind: SupportInstitutionKind;
  /** Its name: with a placement it says where a person lives, so it needs the detail scope. */
  name?: Maybe<Scalars['String']['output']>;
  /** The day it took its first resident; null while its new build is not complete. */
  openedOn?: Maybe<Scalars['Date']['output']>;
  /** Its construction projects, the most recently planned first. */
  projects: Array<ConstructionProject>;
  /** The county the institution serves; its residents come from that county. */
  region: Region;
  /** Persons living in it now (its PLACED placements). */
  residents: Scalars['Int']['output'];
  /** Incremented by every change (a completed project changes its beds); a project's writes send the project's version. */
  version: Scalars['Int']['output'];
};

export type SupportInstitutionConnection = {
  __typename?: 'SupportInstitutionConnection';
  nodes: Array<SupportInstitution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupportInstitutionFilter = {
  kind?: InputMaybe<SupportInstitutionKind>;
  /** Only institutions with beds whose residents fill more than this share of them, from 0 to 1 (0.8: over 80% full). */
  occupancyAbove?: InputMaybe<Scalars['Float']['input']>;
  /** A county code of the city (GB/T 2260), e.g. 411328. */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** 供养机构类型: the kinds of support institution. */
export type SupportInstitutionKind =
  /** 县级特困人员供养服务中心: a county care centre, for residents who need care above all */
  | 'COUNTY_CARE_CENTRE'
  /** 社会福利院: a public welfare home */
  | 'PUBLIC_WELFARE_HOME'
  /** 乡镇敬老院: a township nursing home */
  | 'TOWNSHIP_NURSING_HOME';



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
  CareLevel: CareLevel;
  CarePlacement: ResolverTypeWrapper<CarePlacementRow>;
  CarePlacementEndReason: CarePlacementEndReason;
  CarePlacementStatus: CarePlacementStatus;
  ChangeConstructionProjectInput: ChangeConstructionProjectInput;
  ChangeRecord: ResolverTypeWrapper<ChangeRecord>;
  CohortKeyPage: ResolverTypeWrapper<CohortKeyPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConstructionKind: ConstructionKind;
  ConstructionProject: ResolverTypeWrapper<ConstructionProjectRow>;
  ConstructionStatus: ConstructionStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndCarePlacementInput: EndCarePlacementInput;
  FiveYearPlan: FiveYearPlan;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewSupportInstitutionInput: NewSupportInstitutionInput;
  OpenConstructionProjectInput: OpenConstructionProjectInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  PlacedPersonConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  PlacedPersonFilter: PlacedPersonFilter;
  PlanTarget: ResolverTypeWrapper<PlanTargetRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordCarePlacementInput: RecordCarePlacementInput;
  Region: ResolverTypeWrapper<Region>;
  SupportInstitution: ResolverTypeWrapper<SupportInstitutionRow>;
  SupportInstitutionConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['SupportInstitution']>>;
  SupportInstitutionFilter: SupportInstitutionFilter;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SupportInstitutionKind: SupportInstitutionKind;
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
  CarePlacement: CarePlacementRow;
  ChangeConstructionProjectInput: ChangeConstructionProjectInput;
  ChangeRecord: ChangeRecord;
  CohortKeyPage: CohortKeyPage;
  Boolean: Scalars['Boolean']['output'];
  ConstructionProject: ConstructionProjectRow;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndCarePlacementInput: EndCarePlacementInput;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  NewSupportInstitutionInput: NewSupportInstitutionInput;
  OpenConstructionProjectInput: OpenConstructionProjectInput;
  PageInfo: PageInfo;
  Person: PersonReference;
  PlacedPersonConnection: Connection<ResolversParentTypes['Person']>;
  PlacedPersonFilter: PlacedPersonFilter;
  PlanTarget: PlanTargetRow;
  Query: Record<PropertyKey, never>;
  RecordCarePlacementInput: RecordCarePlacementInput;
  Region: Region;
  SupportInstitution: SupportInstitutionRow;
  SupportInstitutionConnection: Connection<ResolversParentTypes['SupportInstitution']>;
  SupportInstitutionFilter: SupportInstitutionFilter;
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

export type CarePlacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CarePlacement'] = ResolversParentTypes['CarePlacement']> = {
  careLevel?: Resolver<ResolversTypes['CareLevel'], ParentType, ContextType>;
  endNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['CarePlacementEndReason']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['SupportInstitution'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CarePlacementStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type ConstructionProjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConstructionProject'] = ResolversParentTypes['ConstructionProject']> = {
  bedsAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<ResolversTypes['SupportInstitution'], ParentType, ContextType>;
  investment?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConstructionKind'], ParentType, ContextType>;
  plannedCompletion?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plannedStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConstructionStatus'], ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  changeConstructionProject?: Resolver<Maybe<ResolversTypes['ConstructionProject']>, ParentType, ContextType, RequireFields<MutationChangeConstructionProjectArgs, 'input'>>;
  endCarePlacement?: Resolver<Maybe<ResolversTypes['CarePlacement']>, ParentType, ContextType, RequireFields<MutationEndCarePlacementArgs, 'input'>>;
  openConstructionProject?: Resolver<Maybe<ResolversTypes['ConstructionProject']>, ParentType, ContextType, RequireFields<MutationOpenConstructionProjectArgs, 'input'>>;
  recordCarePlacement?: Resolver<Maybe<ResolversTypes['CarePlacement']>, ParentType, ContextType, RequireFields<MutationRecordCarePlacementArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  careInstitution?: Resolver<Maybe<ResolversTypes['CarePlacement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PlacedPersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlacedPersonConnection'] = ResolversParentTypes['PlacedPersonConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanTarget'] = ResolversParentTypes['PlanTarget']> = {
  bedsTarget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  careShareTarget?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['FiveYearPlan'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  developmentReformAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryDevelopmentReformAccessLogArgs, 'first'>>;
  placedPersons?: Resolver<Maybe<ResolversTypes['PlacedPersonConnection']>, ParentType, ContextType, RequireFields<QueryPlacedPersonsArgs, 'first'>>;
  placedPersonsCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryPlacedPersonsCohortKeysArgs, 'first'>>;
  planTargets?: Resolver<Maybe<Array<ResolversTypes['PlanTarget']>>, ParentType, ContextType, Partial<QueryPlanTargetsArgs>>;
  supportInstitutions?: Resolver<Maybe<ResolversTypes['SupportInstitutionConnection']>, ParentType, ContextType, RequireFields<QuerySupportInstitutionsArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SupportInstitutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportInstitution'] = ResolversParentTypes['SupportInstitution']> = {
  beds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  careStaff?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportInstitutionKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['ConstructionProject']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  residents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportInstitutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportInstitutionConnection'] = ResolversParentTypes['SupportInstitutionConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['SupportInstitution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  CarePlacement?: CarePlacementResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  ConstructionProject?: ConstructionProjectResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PlacedPersonConnection?: PlacedPersonConnectionResolvers<ContextType>;
  PlanTarget?: PlanTargetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SupportInstitution?: SupportInstitutionResolvers<ContextType>;
  SupportInstitutionConnection?: SupportInstitutionConnectionResolvers<ContextType>;
};

