// The housing subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { HousingProfileParent } from '../resolvers/Person';
import type { PropertyHolding as PropertyHoldingRow, HousingAssistance as HousingAssistanceRow } from '../entities';
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

export type EndPropertyHoldingInput = {
  /** Not before the registration, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  reason: PropertyEndReason;
  /** The holding's version as you read it. */
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

/**
 * The housing bureaus' writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records an application for housing assistance (status APPLIED). A person has at most one open (APPLIED,
   * APPROVED or ACTIVE) record of a kind; a second is a CONFLICT naming the open one.
   */
  applyForHousingAssistance?: Maybe<HousingAssistance>;
  /** Changes a housing-assistance record: its status along the lifecycle, its amount, unit and end date. */
  changeHousingAssistance?: Maybe<HousingAssistance>;
  /** Ends a holding: it stays on record with its end date and reason, and no longer counts as held. */
  endPropertyHolding?: Maybe<PropertyHolding>;
  /**
   * Records one person's registered holding of a property. The current holders' shares of one certificate add up
   * to at most 1 (CONFLICT naming the certificate otherwise), and they agree on its kind and area.
   */
  recordPropertyHolding?: Maybe<PropertyHolding>;
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
export type MutationRecordPropertyHoldingArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordPropertyHoldingInput;
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
   * Persons whose registered holdings meet every given condition (household economic-status verification).
   * Only current holdings count (an ended one does not), and only those of `kind` and in `regionCode`, when given.
   */
  propertyHolders?: Maybe<PropertyHolderConnection>;
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
export type QueryPropertyHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PropertyHolderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EndPropertyHoldingInput: EndPropertyHoldingInput;
  HousingAssistance: ResolverTypeWrapper<HousingAssistanceRow>;
  HousingAssistanceFilter: HousingAssistanceFilter;
  HousingAssistanceKind: HousingAssistanceKind;
  HousingAssistanceRecipientConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  HousingAssistanceStatus: HousingAssistanceStatus;
  HousingProfile: ResolverTypeWrapper<HousingProfileParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  RecordPropertyHoldingInput: RecordPropertyHoldingInput;
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
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EndPropertyHoldingInput: EndPropertyHoldingInput;
  HousingAssistance: HousingAssistanceRow;
  HousingAssistanceFilter: HousingAssistanceFilter;
  HousingAssistanceRecipientConnection: Connection<ResolversParentTypes['Person']>;
  HousingProfile: HousingProfileParent;
  Boolean: Scalars['Boolean']['output'];
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  PropertyHolderConnection: Connection<ResolversParentTypes['Person']>;
  PropertyHolderFilter: PropertyHolderFilter;
  Float: Scalars['Float']['output'];
  PropertyHolding: PropertyHoldingRow;
  Query: Record<PropertyKey, never>;
  RecordPropertyHoldingInput: RecordPropertyHoldingInput;
};

export type AccessLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogConnection'] = ResolversParentTypes['AccessLogConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['AccessLogEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AccessLogEntry'] = ResolversParentTypes['AccessLogEntry']> = {
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

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  applyForHousingAssistance?: Resolver<Maybe<ResolversTypes['HousingAssistance']>, ParentType, ContextType, RequireFields<MutationApplyForHousingAssistanceArgs, 'input'>>;
  changeHousingAssistance?: Resolver<Maybe<ResolversTypes['HousingAssistance']>, ParentType, ContextType, RequireFields<MutationChangeHousingAssistanceArgs, 'input'>>;
  endPropertyHolding?: Resolver<Maybe<ResolversTypes['PropertyHolding']>, ParentType, ContextType, RequireFields<MutationEndPropertyHoldingArgs, 'input'>>;
  recordPropertyHolding?: Resolver<Maybe<ResolversTypes['PropertyHolding']>, ParentType, ContextType, RequireFields<MutationRecordPropertyHoldingArgs, 'input'>>;
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
  propertyHolders?: Resolver<Maybe<ResolversTypes['PropertyHolderConnection']>, ParentType, ContextType, RequireFields<QueryPropertyHoldersArgs, 'first'>>;
};

export type Resolvers<ContextType = Context> = {
  AccessLogConnection?: AccessLogConnectionResolvers<ContextType>;
  AccessLogEntry?: AccessLogEntryResolvers<ContextType>;
  AccessRefusal?: AccessRefusalResolvers<ContextType>;
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HousingAssistance?: HousingAssistanceResolvers<ContextType>;
  HousingAssistanceRecipientConnection?: HousingAssistanceRecipientConnectionResolvers<ContextType>;
  HousingProfile?: HousingProfileResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PropertyHolderConnection?: PropertyHolderConnectionResolvers<ContextType>;
  PropertyHolding?: PropertyHoldingResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

