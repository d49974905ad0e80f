// One agency's test subgraph for a test file: started before its tests and stopped after, with the helpers every agency test uses.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { decodeJwt } from 'jose';
import { getNamedType, GraphQLSchema, isInputObjectType, Kind, parse } from 'graphql';
import { DataSource } from 'typeorm';
import { loadSubgraphConfig } from '../../shared/src/config';
import { StatementCounter } from '../../shared/src/db';
import { subgraphSdl } from '../../shared/src/schema';
import { DemoCity, generateCity } from '../../shared/src/demo/city';
import { RunningSubgraph } from '../../shared/src/subgraph';
import { expectErrorCode, GraphQLResponse, post, subgraphIdentity, walkList } from '../../shared/src/testing/graphql';
import { AGENCY_NAMES, INTAKE_AGENCIES } from '../../subgraphs/registry';
import { startTestSubgraph } from './federation';

/** The agency's SDL (its schema.graphql with the shared types) as the schema its subgraph serves, without resolvers. */
export const agencySchema = (name: string): GraphQLSchema => buildSubgraphSchema({ typeDefs: parse(subgraphSdl(name)) });

/** startTestSubgraph seeds every test city with this seed. */
const SEED = 7;
const DEFAULT_PEOPLE = 400;

type Headers = Record<string, string>;

/** A subgraph's answer, with the request id its identity carried: the access log keys its row by it. */
export type KitResponse = GraphQLResponse & { requestId: string };

type Input = Record<string, unknown>;
/** What a write answered with: its root field's value. */
export type WriteAnswer = Record<string, any>;
/** One error of an answer. */
export type AnswerError = NonNullable<GraphQLResponse['errors']>[number];

/** How a write must be refused: with `code` (BAD_USER_INPUT unless named), naming `field`, its message matching `message`. */
export interface Refusal {
  field: string;
  message?: RegExp;
  code?: string;
}

/** One row of the access log, as the table holds it. */
export interface AccessLogRow {
  subject: string;
  role: string;
  purpose: string | null;
  operation: string | null;
  person_keys: string[];
  household_keys: string[];
  fields: string[];
  filters: Record<string, unknown> | null;
  refusals: { path: string; code: string; personId?: string; householdId?: string }[] | null;
}

export interface AgencyKitOptions {
  /** People in the demo city the subgraph is seeded with. */
  people?: number;
  /** The role `post` and `entities` call as when none is named; the agency's own role unless set. */
  role?: string;
}

export interface AgencyKit {
  readonly name: string;
  /** The running subgraph (after beforeAll). */
  readonly subgraph: RunningSubgraph;
  readonly url: string;
  readonly db: DataSource;
  /** Counts the SQL statements the subgraph sends. */
  readonly counter: StatementCounter;
  /** The demo city the subgraph was seeded from. */
  readonly city: DemoCity;
  readonly personKeySecret: string;
  /** The agency's SDL as a schema: its root fields, lists and policies. */
  readonly schema: GraphQLSchema;
  /** Headers of a caller with `role`, as the gateway would sign them: a new identity each call (each is accepted once). */
  as(role: string, purpose?: string): Promise<Headers>;
  post(query: string, variables?: Record<string, unknown>, role?: string, purpose?: string): Promise<KitResponse>;
  /** Resolves entities by key through `_entities`, `selection` inside `... on <type>`. */
  entities(keys: string[], selection: string, role?: string, type?: string): Promise<KitResponse>;
  /** Resolves entities by key as `entities` does and returns them, in the order of the keys; fails on any error. */
  resolve(keys: string[], selection: string, role?: string, type?: string): Promise<WriteAnswer[]>;
  /**
   * Resolves entities by key as `entities` does, and counts the SQL statements the subgraph sent for it (batching
   * shows as a count that does not grow with the keys); fails on any error. The entities in the order of the keys.
   */
  resolveCounted(keys: string[], selection: string, role?: string, type?: string): Promise<{ entities: WriteAnswer[]; statements: number }>;
  /**
   * The SQL statements the subgraph sends to resolve the first 100 of `keys`, then the first 10, as a caseworker:
   * batching shows as the same count for both.
   */
  statementsFor(keys: string[], selection: string): Promise<number[]>;
  /** The first column of every row a query returns (a person key, mostly), in the query's order. */
  keys(sql: string, params?: unknown[]): Promise<string[]>;
  /** The `count` column of the first row a query returns. */
  count(sql: string, params?: unknown[]): Promise<number>;
  /** Every node id of a list, walked page by page with pages of `first`; fails if an id repeats. */
  walk(
    list: string,
    filter: string | Record<string, unknown>,
    first: number,
    role?: string,
  ): Promise<{ ids: string[]; totalCount: number }>;
  /**
   * Walks a list as `walk` does and expects it to list exactly `expected`, in that order (or in any order, where
   * `anyOrder`), with a totalCount of as many.
   */
  expectListed(
    list: string,
    filter: string | Record<string, unknown>,
    first: number,
    expected: string[],
    options?: { anyOrder?: boolean; role?: string },
  ): Promise<void>;
  /** The access-log rows a request left, oldest first. */
  accessLog(res: { requestId: string }): Promise<AccessLogRow[]>;
  /** The text of the write `field` with its one argument `input`, of the type the agency's schema gives it, answering `selection`. */
  mutation(field: string, selection: string): string;
  /** Posts `mutation` with `{ input }` and returns its root field's answer; fails on any error. */
  write<T = WriteAnswer>(mutation: string, input: Input, role?: string): Promise<T>;
  /**
   * Changes record `id` with `mutation` once for each step (its input without id and version), from `version`
   * (1 unless named); fails on any error. Returns the version the record has reached.
   */
  changeThrough(mutation: string, id: string, steps: Input[], version?: number): Promise<number>;
  /**
   * Posts a write that must be refused: no answer, and the refusal's code at the mutation's field, naming its field
   * (the message starting with it) and matching its message. `unchanged` reads what the write must leave as it was
   * (row counts, a version): it is read before and after, and must be the same. Returns the error.
   */
  refused(mutation: string, input: Input, refusal: Refusal, unchanged?: () => Promise<unknown>): Promise<AnswerError>;
  /** The rows of each table, by table. */
  rowCounts(...tables: string[]): Promise<Record<string, number>>;
  /** The version of the row of `table` whose `column` (id unless named) is `id`. */
  versionOf(table: string, id: string, column?: string): Promise<number>;
}

/** The response key of a mutation's first root field: where its answer is in `data`. */
function rootFieldOf(mutation: string): string {
  const operation = parse(mutation).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections[0];
  if (field?.kind !== Kind.FIELD) throw new Error(`not an operation with a root field: ${mutation.slice(0, 80)}`);
  return (field.alias ?? field.name).value;
}

/**
 * Starts the agency's test subgraph before the file's tests (migrated, runtime role, a demo city of
 * `people` with seed 7) and stops it after them. Call it at the top of a test file.
 */
export function agencyTestKit(name: string, options: AgencyKitOptions = {}): AgencyKit {
  const people = options.people ?? DEFAULT_PEOPLE;
  const defaultRole = options.role ?? name;
  const personKeySecret = loadSubgraphConfig(name, 0, { NODE_ENV: 'test' }).personKeySecret;
  let running: RunningSubgraph | undefined;
  let city: DemoCity | undefined;
  let schema: GraphQLSchema | undefined;

  beforeAll(async () => {
    running = await startTestSubgraph(name, { people });
  });
  afterAll(() => running?.stop());

  const subgraph = () => {
    if (!running) throw new Error(`the ${name} test subgraph is not running: use the kit inside tests or hooks`);
    return running;
  };
  const identify = async (role: string, purpose?: string) => {
    const token = await subgraphIdentity(name, role, AGENCY_NAMES, purpose, INTAKE_AGENCIES);
    return { headers: { authorization: `Bearer ${token}` }, requestId: String(decodeJwt(token).rid) };
  };
  const post_ = async (
    query: string,
    variables: Record<string, unknown> = {},
    role = defaultRole,
    purpose?: string,
  ): Promise<KitResponse> => {
    const { headers, requestId } = await identify(role, purpose);
    return { ...(await post(subgraph().url, query, variables, headers)), requestId };
  };
  const filterTypeOf = (list: string) => {
    const arg = kit.schema
      .getQueryType()
      ?.getFields()
      [list]?.args.find((a) => a.name === 'filter');
    const type = arg && getNamedType(arg.type);
    if (!type || !isInputObjectType(type)) throw new Error(`${name}: Query.${list} takes no filter input`);
    return type.name;
  };

  const kit: AgencyKit = {
    name,
    get subgraph() {
      return subgraph();
    },
    get url() {
      return subgraph().url;
    },
    get db() {
      return subgraph().db;
    },
    get counter() {
      return subgraph().counter;
    },
    get city() {
      return (city ??= generateCity({ people, seed: SEED, personKeySecret }));
    },
    personKeySecret,
    get schema() {
      return (schema ??= agencySchema(name));
    },
    as: async (role, purpose) => (await identify(role, purpose)).headers,
    post: post_,
    entities: (keys, selection, role = defaultRole, type = 'Person') =>
      post_(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`,
        { r: keys.map((id) => ({ __typename: type, id })) },
        role,
      ),
    resolve: async (keys, selection, role, type) => {
      const res = await kit.entities(keys, selection, role, type);
      if (res.errors) throw new Error(`_entities answered with errors: ${JSON.stringify(res.errors)}`);
      expect(res.data!._entities).toHaveLength(keys.length);
      return res.data!._entities;
    },
    resolveCounted: async (keys, selection, role, type) => {
      subgraph().counter.reset();
      const entities = await kit.resolve(keys, selection, role, type);
      return { entities, statements: subgraph().counter.count };
    },
    statementsFor: async (keys, selection) => {
      const counts: number[] = [];
      for (const n of [100, 10]) counts.push((await kit.resolveCounted(keys.slice(0, n), selection, 'caseworker')).statements);
      return counts;
    },
    keys: async (sql, params = []) => (await subgraph().db.query(sql, params)).map((row: Record<string, string>) => Object.values(row)[0]),
    count: async (sql, params = []) => (await subgraph().db.query(sql, params))[0].count as number,
    walk: async (list, filter, first, role = 'analyst') => {
      const walked = await walkList(
        subgraph().url,
        list,
        filter,
        first,
        () => kit.as(role),
        typeof filter === 'string' ? undefined : filterTypeOf(list),
      );
      const repeated = walked.ids.filter((id, i) => walked.ids.indexOf(id) !== i);
      if (repeated.length) throw new Error(`${list} listed ${repeated.join(', ')} more than once`);
      return walked;
    },
    expectListed: async (list, filter, first, expected, { anyOrder = false, role } = {}) => {
      const { ids, totalCount } = await kit.walk(list, filter, first, role);
      const order = (keys: string[]) => (anyOrder ? [...keys].sort() : keys);
      expect(order(ids)).toEqual(order(expected));
      expect(totalCount).toBe(expected.length);
    },
    accessLog: async ({ requestId }) =>
      subgraph().db.query(
        'SELECT subject, role, purpose, operation, person_keys, household_keys, fields, filters, refusals FROM access_log WHERE request_id = $1 ORDER BY id',
        [requestId],
      ),
    mutation: (field, selection) => {
      const input = kit.schema
        .getMutationType()
        ?.getFields()
        [field]?.args.find((a) => a.name === 'input');
      if (!input) throw new Error(`${name}: Mutation.${field} takes no input`);
      return `mutation($input: ${String(input.type)}) { ${field}(input: $input) { ${selection} } }`;
    },
    write: async (mutation, input, role) => {
      const field = rootFieldOf(mutation);
      const res = await post_(mutation, { input }, role);
      if (res.errors) throw new Error(`${field} answered with errors: ${JSON.stringify(res.errors)}`);
      return res.data![field];
    },
    changeThrough: async (mutation, id, steps, version = 1) => {
      for (const step of steps) {
        await kit.write(mutation, { id, version, ...step });
        version++;
      }
      return version;
    },
    refused: async (mutation, input, { field, message, code = 'BAD_USER_INPUT' }, unchanged) => {
      const before = await unchanged?.();
      const root = rootFieldOf(mutation);
      const res = await post_(mutation, { input });
      const error = expectErrorCode(res, code, root);
      expect(res.data?.[root] ?? null).toBeNull();
      expect(error.extensions?.field).toBe(field);
      expect(error.message.slice(0, field.length + 2)).toBe(`${field}: `);
      if (message) expect(error.message).toMatch(message);
      if (unchanged) expect(await unchanged()).toEqual(before);
      return error;
    },
    rowCounts: async (...tables) => {
      const counts: Record<string, number> = {};
      for (const table of tables) counts[table] = await kit.count(`SELECT count(*)::int AS count FROM "${table}"`);
      return counts;
    },
    versionOf: (table, id, column = 'id') => kit.count(`SELECT version AS count FROM "${table}" WHERE "${column}" = $1`, [id]),
  };
  return kit;
}
