// The agriculture subgraph's GraphQL types and resolver types, generated from its SDL by `npm run codegen` (codegen.ts): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonReference } from '../../../../shared/src/profiles';
import type { LandProfileParent } from '../resolvers/Person';
import type { LandContract as LandContractRow, LandTransfer as LandTransferRow } from '../entities';
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

/** A page of the person keys one agency's list selects: one condition of a cohort. */
export type CohortKeyPage = {
  __typename?: 'CohortKeyPage';
  /** Whether keys after the last one remain. */
  hasMore: Scalars['Boolean']['output'];
  /** Person keys, ascending, each once. */
  keys: Array<Scalars['ID']['output']>;
};

export type EndLandTransferInput = {
  /** The transfer's last day: not before its start, not after its end, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters: required to terminate. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** ENDED or TERMINATED. */
  status: LandTransferStatus;
  /** The transfer's version as you read it. */
  version: Scalars['Int']['input'];
};

export type ExtendLandContractInput = {
  id: Scalars['ID']['input'];
  /** The contract's version as you read it. */
  version: Scalars['Int']['input'];
};

/** 土地承包合同: a household's contract for collective land (家庭承包), kept against the head of the household. */
export type LandContract = {
  __typename?: 'LandContract';
  /** In mu (亩), to two decimals. */
  areaMu: Scalars['Float']['output'];
  /** The end of the term: 30 years after the start, 60 once extended. */
  endDate: Scalars['Date']['output'];
  /** The contract's last day; set when it is terminated. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** When the contract was extended by 30 years (二轮延包); null until then. */
  extendedOn?: Maybe<Scalars['Date']['output']>;
  /** Recording and changes, oldest first; the records carry the ID number, so they need the detail and identify scopes. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** Members of the household the land was contracted for (承包方家庭成员). */
  memberCount: Scalars['Int']['output'];
  /** The contract number: it names the household's village group and place in it, so it needs the detail scope. */
  number?: Maybe<Scalars['String']['output']>;
  /** The head of the contracting household (承包方代表). */
  person: Person;
  /** The county of the land. */
  region: Region;
  startDate: Scalars['Date']['output'];
  status: LandContractStatus;
  /** Why the contract was terminated: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you change the contract. */
  version: Scalars['Int']['output'];
  /** The village of the collective that let the land; part of the household's address. */
  villageName?: Maybe<Scalars['String']['output']>;
};

/** 承包合同状态: whether a contract is in force. */
export type LandContractStatus =
  /** 在册: in force */
  | 'ACTIVE'
  /** 终止: the land returned to or taken back by the collective, or expropriated */
  | 'TERMINATED';

export type LandHolderConnection = {
  __typename?: 'LandHolderConnection';
  nodes: Array<Person>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

/** 承包地档案: the land contracts a household head holds and the transfers of their land. */
export type LandProfile = {
  __typename?: 'LandProfile';
  /** The rent a year of the ACTIVE transfers together: the household's income from its land, as verification counts it. */
  annualRent: Scalars['Money']['output'];
  /** Contracts, newest first. */
  contracts: Array<LandContract>;
  /** Transfers of the contracts' land, newest first, ACTIVE or not. */
  transfers: Array<LandTransfer>;
};

/** 特殊群体: the groups of persons who cannot farm their land, for whom the commission arranges transfers. */
export type LandSpecialGroup =
  /** 残疾人: disabled persons */
  | 'DISABLED'
  /** 老年人: elderly persons */
  | 'ELDERLY'
  /** 特困供养人员: persons on extreme-poverty support */
  | 'EXTREME_POVERTY';

/**
 * 土地流转: a transfer of the right to farm part or all of a contract's land (土地经营权) to a cooperative, an
 * enterprise or a farmer, for a term and a rent.
 */
export type LandTransfer = {
  __typename?: 'LandTransfer';
  /** The rent a year (income of the household while the transfer is ACTIVE). */
  annualRent: Scalars['Money']['output'];
  /** In mu (亩), to two decimals. */
  areaMu: Scalars['Float']['output'];
  /** The contract the land is held under. */
  contract: LandContract;
  /** The end of the agreed term, never after the contract's. */
  endDate: Scalars['Date']['output'];
  /** The transfer's last day; set when it is ended or terminated. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** Recording and changes, oldest first; they carry the transferee's name and the reasons, so they need the detail scope. */
  history?: Maybe<Array<ChangeRecord>>;
  id: Scalars['ID']['output'];
  /** The head of the household whose land is transferred. */
  person: Person;
  /** The group the village arranged the transfer for; null for a transfer the household arranged itself. */
  specialGroup?: Maybe<LandSpecialGroup>;
  startDate: Scalars['Date']['output'];
  status: LandTransferStatus;
  /** Why the transfer was ended or terminated: free text, so it needs the detail scope. */
  statusReason?: Maybe<Scalars['String']['output']>;
  transfereeKind: LandTransfereeKind;
  /** The transferee's name; a farmer's is personal data, so it needs the detail scope. */
  transfereeName?: Maybe<Scalars['String']['output']>;
  /** Incremented by every change; send it back when you end the transfer. */
  version: Scalars['Int']['output'];
};

/** 流转状态: where a transfer stands. */
export type LandTransferStatus =
  /** 流转中: the transferee farms the land and pays the rent */
  | 'ACTIVE'
  /** 到期或协商终止: ended at its term or by agreement */
  | 'ENDED'
  /** 解除: rescinded before its term */
  | 'TERMINATED';

/** 流转受让方: who farms the transferred land. */
export type LandTransfereeKind =
  /** 农民专业合作社: a farmers' cooperative */
  | 'COOPERATIVE'
  /** 农业企业: an agricultural enterprise */
  | 'ENTERPRISE'
  /** 农户: a farmer, family farm or large grower (种粮大户) */
  | 'FARMER';

/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Ends an ACTIVE transfer: ENDED at or before its term by agreement, or TERMINATED (rescinded, with a reason); final. */
  endLandTransfer?: Maybe<LandTransfer>;
  /**
   * Extends an ACTIVE second-round contract by 30 years (第二轮土地承包到期后再延长三十年), once, from its current
   * end: within the last five years of its term.
   */
  extendLandContract?: Maybe<LandContract>;
  /**
   * Records a household's land contract (家庭承包), kept against the head. A person heads one ACTIVE contract at a
   * time: a second is CONFLICT naming it, and so is a contract number already on record.
   */
  recordLandContract?: Maybe<LandContract>;
  /**
   * Records a transfer (流转) of part or all of an ACTIVE contract's land (status ACTIVE). Its area is at most the
   * contract's area less that of the contract's other ACTIVE transfers, and its term lies within the contract's.
   */
  recordLandTransfer?: Maybe<LandTransfer>;
  /**
   * Terminates an ACTIVE contract (the land returned to or taken back by the collective, or expropriated); final.
   * Refused while any of its transfers is ACTIVE: end them first.
   */
  terminateLandContract?: Maybe<LandContract>;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationEndLandTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EndLandTransferInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationExtendLandContractArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ExtendLandContractInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordLandContractArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordLandContractInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationRecordLandTransferArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordLandTransferInput;
};


/**
 * The commission's writes. Each runs in one transaction, takes an idempotency key (a retry with the same key
 * returns the first answer and writes nothing again), and refuses a stale version with STALE_VERSION.
 */
export type MutationTerminateLandContractArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: TerminateLandContractInput;
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
  /** What the agriculture commission holds on the person, a household head; null when it holds nothing. */
  land?: Maybe<LandProfile>;
};

/**
 * 市农委 (Agriculture Commission): the contracted land of rural households (土地承包) and its transfers (土地流转),
 * above all the transfers arranged for 特困, disabled and elderly persons who cannot farm their land, and the
 * protection of their contracted land rights (土地承包经营权).
 */
export type Query = {
  __typename?: 'Query';
  /** Who read the personal data the agriculture subgraph holds: newest first, for admins and auditors. */
  agricultureAccessLog?: Maybe<AccessLogConnection>;
  /**
   * agriculture: land contracts and their transfer rent, for a household's economic-status verification under its authorisation
   * (signed by civil affairs): refused with FORBIDDEN naming what the authorisation does not cover. For civil affairs'
   * service and agriculture's own staff, purpose ELIGIBILITY_VERIFICATION only; at most 50 persons.
   */
  agricultureVerificationFacts?: Maybe<Array<VerificationFact>>;
  /**
   * Heads of rural households holding an ACTIVE land contract that meets every condition of the filter, by person
   * key: for proactive discovery of households that cannot farm their land and have not transferred it.
   */
  landHolders?: Maybe<LandHolderConnection>;
  /**
   * The person keys landHolders(filter) selects, ascending, each once: one condition
   * of a cohort. A page holds the first `first` keys (1 to 10000) after the key `after`; with `among` (at most
   * 10000 person keys, in any order) only those of them it selects. Each key answered is on the agriculture access log.
   */
  landHoldersCohortKeys?: Maybe<CohortKeyPage>;
};


/**
 * 市农委 (Agriculture Commission): the contracted land of rural households (土地承包) and its transfers (土地流转),
 * above all the transfers arranged for 特困, disabled and elderly persons who cannot farm their land, and the
 * protection of their contracted land rights (土地承包经营权).
 */
export type QueryAgricultureAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市农委 (Agriculture Commission): the contracted land of rural households (土地承包) and its transfers (土地流转),
 * above all the transfers arranged for 特困, disabled and elderly persons who cannot farm their land, and the
 * protection of their contracted land rights (土地承包经营权).
 */
export type QueryAgricultureVerificationFactsArgs = {
  authorisation: Scalars['String']['input'];
  personIds: Array<Scalars['ID']['input']>;
};


/**
 * 市农委 (Agriculture Commission): the contracted land of rural households (土地承包) and its transfers (土地流转),
 * above all the transfers arranged for 特困, disabled and elderly persons who cannot farm their land, and the
 * protection of their contracted land rights (土地承包经营权).
 */
export type QueryLandHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LandHolderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 市农委 (Agriculture Commission): the contracted land of rural households (土地承包) and its transfers (土地流转),
 * above all the transfers arranged for 特困, disabled and elderly persons who cannot farm their land, and the
 * protection of their contracted land rights (土地承包经营权).
 */
export type QueryLandHoldersCohortKeysArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  among?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<LandHolderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordLandContractInput = {
  /** In mu (亩), above 0 and at most 100, with at most two decimals. */
  areaMu: Scalars['Float']['input'];
  /** After startDate, at most 30 years after it (the term of cultivated land), and not already past. */
  endDate: Scalars['Date']['input'];
  /** The head's resident ID number, 18 characters (GB 11643-1999); the check character is verified. */
  idNumber: Scalars['String']['input'];
  /** Members of the household the land was contracted for (承包方家庭成员), 1 to 30. */
  memberCount: Scalars['Int']['input'];
  /**
   * 19 characters: the contracting party's 18-digit code (county, township, village and group codes, then the
   * household's 4-digit sequence) and J for household contracting, e.g. 411328105203040012J. Its first six digits
   * are the contract's county.
   */
  number: Scalars['String']['input'];
  /** Not before 1978-12-01 (the first household contracts) and not more than a year ahead. */
  startDate: Scalars['Date']['input'];
  /** The village of the collective that let the land, 1-50 characters. */
  villageName: Scalars['String']['input'];
};

export type RecordLandTransferInput = {
  /** The rent a year, 0.00 (a transfer without rent) to 5,000.00 a mu. */
  annualRent: Scalars['Money']['input'];
  /**
   * In mu (亩), above 0, with at most two decimals, and at most the contract's area less that of its other ACTIVE
   * transfers.
   */
  areaMu: Scalars['Float']['input'];
  /** The ACTIVE contract whose land is transferred. */
  contractId: Scalars['ID']['input'];
  /** After startDate, not already past, and not after the contract's end (a transfer never outlasts the contract). */
  endDate: Scalars['Date']['input'];
  /** The group the village arranged the transfer for, when it did; left out for a transfer the household arranged. */
  specialGroup?: InputMaybe<LandSpecialGroup>;
  /** Not before the contract's start, and not more than a year ahead. */
  startDate: Scalars['Date']['input'];
  transfereeKind: LandTransfereeKind;
  /** The cooperative's, enterprise's or farmer's name, 1-100 characters. */
  transfereeName: Scalars['String']['input'];
};

export type Region = {
  __typename?: 'Region';
  code: Scalars['String']['output'];
};

export type TerminateLandContractInput = {
  /** The contract's last day: not before its start, not in the future. */
  endedOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** The contract's version as you read it. */
  version: Scalars['Int']['input'];
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
  EndLandTransferInput: EndLandTransferInput;
  ExtendLandContractInput: ExtendLandContractInput;
  LandContract: ResolverTypeWrapper<LandContractRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LandContractStatus: LandContractStatus;
  LandHolderConnection: ResolverTypeWrapper<Connection<ResolversParentTypes['Person']>>;
  LandHolderFilter: LandHolderFilter;
  LandProfile: ResolverTypeWrapper<LandProfileParent>;
  LandSpecialGroup: LandSpecialGroup;
  LandTransfer: ResolverTypeWrapper<LandTransferRow>;
  LandTransferStatus: LandTransferStatus;
  LandTransfereeKind: LandTransfereeKind;
  Money: ResolverTypeWrapper<Scalars['Money']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordLandContractInput: RecordLandContractInput;
  RecordLandTransferInput: RecordLandTransferInput;
  Region: ResolverTypeWrapper<Region>;
  TerminateLandContractInput: TerminateLandContractInput;
  VerificationFact: ResolverTypeWrapper<VerificationFact>;
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
  EndLandTransferInput: EndLandTransferInput;
  ExtendLandContractInput: ExtendLandContractInput;
  LandContract: LandContractRow;
  Float: Scalars['Float']['output'];
  LandHolderConnection: Connection<ResolversParentTypes['Person']>;
  LandHolderFilter: LandHolderFilter;
  LandProfile: LandProfileParent;
  LandTransfer: LandTransferRow;
  Money: Scalars['Money']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Person: PersonReference;
  Query: Record<PropertyKey, never>;
  RecordLandContractInput: RecordLandContractInput;
  RecordLandTransferInput: RecordLandTransferInput;
  Region: Region;
  TerminateLandContractInput: TerminateLandContractInput;
  VerificationFact: VerificationFact;
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

export type LandContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandContract'] = ResolversParentTypes['LandContract']> = {
  areaMu?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  extendedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LandContractStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  villageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LandHolderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandHolderConnection'] = ResolversParentTypes['LandHolderConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LandProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandProfile'] = ResolversParentTypes['LandProfile']> = {
  annualRent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['LandContract']>, ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['LandTransfer']>, ParentType, ContextType>;
};

export type LandTransferResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LandTransfer'] = ResolversParentTypes['LandTransfer']> = {
  annualRent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  areaMu?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  contract?: Resolver<ResolversTypes['LandContract'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['ChangeRecord']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  specialGroup?: Resolver<Maybe<ResolversTypes['LandSpecialGroup']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LandTransferStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transfereeKind?: Resolver<ResolversTypes['LandTransfereeKind'], ParentType, ContextType>;
  transfereeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface MoneyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Money'], any> {
  name: 'Money';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  endLandTransfer?: Resolver<Maybe<ResolversTypes['LandTransfer']>, ParentType, ContextType, RequireFields<MutationEndLandTransferArgs, 'input'>>;
  extendLandContract?: Resolver<Maybe<ResolversTypes['LandContract']>, ParentType, ContextType, RequireFields<MutationExtendLandContractArgs, 'input'>>;
  recordLandContract?: Resolver<Maybe<ResolversTypes['LandContract']>, ParentType, ContextType, RequireFields<MutationRecordLandContractArgs, 'input'>>;
  recordLandTransfer?: Resolver<Maybe<ResolversTypes['LandTransfer']>, ParentType, ContextType, RequireFields<MutationRecordLandTransferArgs, 'input'>>;
  terminateLandContract?: Resolver<Maybe<ResolversTypes['LandContract']>, ParentType, ContextType, RequireFields<MutationTerminateLandContractArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  land?: Resolver<Maybe<ResolversTypes['LandProfile']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agricultureAccessLog?: Resolver<Maybe<ResolversTypes['AccessLogConnection']>, ParentType, ContextType, RequireFields<QueryAgricultureAccessLogArgs, 'first'>>;
  agricultureVerificationFacts?: Resolver<Maybe<Array<ResolversTypes['VerificationFact']>>, ParentType, ContextType, RequireFields<QueryAgricultureVerificationFactsArgs, 'authorisation' | 'personIds'>>;
  landHolders?: Resolver<Maybe<ResolversTypes['LandHolderConnection']>, ParentType, ContextType, RequireFields<QueryLandHoldersArgs, 'first'>>;
  landHoldersCohortKeys?: Resolver<Maybe<ResolversTypes['CohortKeyPage']>, ParentType, ContextType, RequireFields<QueryLandHoldersCohortKeysArgs, 'first'>>;
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
  ChangeRecord?: ChangeRecordResolvers<ContextType>;
  CohortKeyPage?: CohortKeyPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  LandContract?: LandContractResolvers<ContextType>;
  LandHolderConnection?: LandHolderConnectionResolvers<ContextType>;
  LandProfile?: LandProfileResolvers<ContextType>;
  LandTransfer?: LandTransferResolvers<ContextType>;
  Money?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  VerificationFact?: VerificationFactResolvers<ContextType>;
};

