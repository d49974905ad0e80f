// POST /export.csv: one query of the graph as CSV, paged through the gateway's own execution and streamed as it arrives.
import type { ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import express, { Express, Request, Response } from 'express';
import {
  ArgumentNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  isListType,
  isObjectType,
  getNamedType,
  getNullableType,
  Kind,
  OperationDefinitionNode,
  parse,
  parseType,
  print,
  SelectionSetNode,
  visit,
} from 'graphql';
import { Identity } from '../../shared/src/auth/tokens';
import { badUserInput, unavailable } from '../../shared/src/errors';
import { logger } from '../../shared/src/log';
import type { GatewayContext } from './server';

export interface ExportOptions {
  server: ApolloServer<GatewayContext>;
  /** The API schema the gateway serves now (undefined until the supergraph has loaded). */
  schema: () => GraphQLSchema | undefined;
  /** Who calls, as /graphql verifies it: throws UNAUTHENTICATED, PURPOSE_REQUIRED and the like. */
  identify: (req: Request) => Promise<Identity>;
  /** Counts one page against the caller's limits, as /graphql counts one operation; throws RATE_LIMITED. */
  consume: (identity: Identity) => Promise<void>;
  contextOf: (identity: Identity) => GatewayContext;
  bodyLimitBytes: number;
}

/** One column of the file: its header (the leaf's path, `education.school.name`) and that path in a row's value. */
interface Column {
  header: string;
  path: string[];
}

/** The operation as each page runs it, and how its answers become rows. */
interface ExportPlan {
  document: DocumentNode;
  operationName: string;
  variables: Record<string, unknown>;
  root: string;
  columns: Column[];
  /** For a connection: the variable the next page's cursor goes in, and the response key of its nodes. A list is one page. */
  connection?: { after: string; rows: string };
}

/** Errors a page may carry and still be written: fields the caller may not see, which the file shows empty as /graphql shows them null. */
const CALLER_MAY_NOT_SEE = new Set(['FORBIDDEN', 'PURPOSE_NOT_ALLOWED']);

/** The alias the export's own pageInfo selection goes under, beside any the query has. */
const PAGE_INFO = 'exportPageInfo';

/**
 * Mounts POST /export.csv. Each page is an ordinary operation of the gateway (server.executeOperation with the
 * caller's context): the same identity, query limits, rate limits (one request a page) and subgraph access
 * logs as /graphql, under the operation name `Export_<name>`. Failures before the first byte are a JSON
 * GraphQL error; after it, a last line `# export failed: …` and a connection closed without the end of the
 * chunked body, so neither a CSV reader nor an HTTP client can take a cut file for a whole one.
 */
export function mountCsvExport(app: Express, options: ExportOptions): void {
  app.post('/export.csv', express.json({ limit: options.bodyLimitBytes }), async (req, res) => {
    let identity: Identity;
    let plan: ExportPlan;
    try {
      identity = await options.identify(req);
      await options.consume(identity);
      const schema = options.schema();
      if (!schema) throw unavailable('The gateway has not loaded its supergraph yet; try again shortly');
      plan = planExport(schema, req.body);
    } catch (err) {
      return refuseAsJson(res, err);
    }
    const context = options.contextOf(identity);
    const query = print(plan.document);
    const after = plan.connection?.after;
    const run = (cursor: unknown) =>
      options.server.executeOperation(
        { query, operationName: plan.operationName, variables: after ? { ...plan.variables, [after]: cursor } : plan.variables },
        { contextValue: context },
      );
    let page: Page;
    try {
      page = await readPage(await run(after ? plan.variables[after] : undefined), plan);
    } catch (err) {
      return refuseAsJson(res, err);
    }
    if ('errors' in page) {
      res.status(page.status);
      page.headers.forEach((value, name) => res.setHeader(name, value));
      return res.json({ errors: page.errors });
    }

    res.status(200).set({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${plan.root}.csv"`,
      'cache-control': 'no-store',
      'x-request-id': identity.requestId,
    });
    let gone = false;
    res.on('close', () => (gone = !res.writableFinished));
    const write = async (text: string) => {
      if (!res.write(text)) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
    };
    try {
      await write(csvOf([plan.columns.map((c) => c.header)]));
      for (;;) {
        await write(csvOf(page.rows.map((row) => plan.columns.map((c) => cellOf(row, c.path)))));
        if (gone || !page.next) break;
        const cursor = page.next;
        await options.consume(identity);
        page = await readPage(await run(cursor), plan);
        if ('errors' in page) throw new GraphQLError(page.errors.map(describe).join('; '));
        if (page.next === cursor) throw new GraphQLError('the list gave the same cursor twice; its pages do not advance');
      }
      res.end();
    } catch (err) {
      if (!(err instanceof GraphQLError)) logger.error({ err, requestId: identity.requestId }, 'export failed after it started');
      const message = err instanceof GraphQLError ? describe(err) : 'internal error';
      // Written before the connection is cut, so the file says itself that it is not whole.
      res.write(`# export failed: ${message.replace(/\s+/g, ' ')}\r\n`, () => res.destroy());
    }
  });
}

const describe = (error: GraphQLFormattedError | GraphQLError) =>
  `${error.message}${error.extensions?.code ? ` (${String(error.extensions.code)})` : ''}`;

/** RFC 4180: CRLF between records; a field with a comma, a quote or any line break quoted. */
const csvOf = (records: string[][]) => (records.length ? stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }) : '');

/** A leaf's value in a row: every value along the path, lists joined with `;`, null and a missing record empty. */
function cellOf(row: unknown, path: string[]): string {
  const values: unknown[] = [];
  const collect = (value: unknown, at: number) => {
    if (Array.isArray(value)) return value.forEach((item) => collect(item, at));
    if (at === path.length) return values.push(value);
    if (value !== null && typeof value === 'object') collect((value as Record<string, unknown>)[path[at]], at + 1);
    else values.push(null);
  };
  collect(row, 0);
  return values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))).join(';');
}

type Page = { rows: unknown[]; next?: string } | { errors: readonly GraphQLFormattedError[]; status: number; headers: Map<string, string> };

/** A page's rows and next cursor, or why it cannot be written: any error but a field the caller may not see. */
async function readPage(response: Awaited<ReturnType<ApolloServer<GatewayContext>['executeOperation']>>, plan: ExportPlan): Promise<Page> {
  if (response.body.kind !== 'single')
    return {
      errors: [{ message: 'query: an export cannot be deferred or streamed (@defer, @stream)', extensions: { code: 'BAD_USER_INPUT' } }],
      status: 400,
      headers: new Map(),
    };
  const { data, errors = [] } = response.body.singleResult as {
    data?: Record<string, unknown> | null;
    errors?: readonly GraphQLFormattedError[];
  };
  const value = data?.[plan.root] as Record<string, unknown> | unknown[] | null | undefined;
  const fatal = errors.filter((e) => !CALLER_MAY_NOT_SEE.has(String(e.extensions?.code)) || (e.path?.length ?? 0) <= 1);
  if (fatal.length || value === null || value === undefined) {
    const found = fatal.length
      ? fatal
      : errors.length
        ? errors
        : [{ message: `${plan.root} answered null`, extensions: { code: 'NOT_FOUND' } }];
    return { errors: found, status: response.http.status ?? statusOf(found), headers: new Map(response.http.headers) };
  }
  if (!plan.connection) return { rows: Array.isArray(value) ? value : [value] };
  const connection = value as Record<string, unknown> & { [PAGE_INFO]: { hasNextPage: boolean; endCursor: string | null } };
  const { hasNextPage, endCursor } = connection[PAGE_INFO];
  return { rows: (connection[plan.connection.rows] as unknown[] | null) ?? [], next: hasNextPage && endCursor ? endCursor : undefined };
}

/** The HTTP status of an export refused by its first page: GraphQL answers a field's error with 200, an export cannot. */
function statusOf(errors: readonly GraphQLFormattedError[]): number {
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.includes('BAD_USER_INPUT')) return 400;
  if (codes.includes('FORBIDDEN') || codes.includes('PURPOSE_NOT_ALLOWED')) return 403;
  if (codes.includes('NOT_FOUND')) return 404;
  return 502;
}

function refuseAsJson(res: Response, err: unknown) {
  if (!(err instanceof GraphQLError)) {
    logger.error({ err }, 'export failed');
    return res.status(500).json({ errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
  const { http, ...extensions } = err.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  http?.headers?.forEach((value, name) => res.setHeader(name, value));
  res.status(http?.status ?? (err.extensions.code === 'GRAPHQL_PARSE_FAILED' ? 400 : statusOf([err]))).json({
    errors: [{ message: err.message, extensions }],
  });
}

/**
 * Checks the request and rewrites its operation for paging: exactly one root field, a connection (paged by
 * `after`, with `pageInfo { hasNextPage endCursor }` added under its own alias, and only `nodes` kept as the
 * rows) or a list (each element a row). A field the schema lacks is left for the gateway's validation to name.
 */
export function planExport(schema: GraphQLSchema, body: unknown): ExportPlan {
  const { query, variables = {}, operationName } = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || !query.trim()) throw badUserInput('query', 'is required: the GraphQL query to export');
  if (variables !== null && typeof variables !== 'object') throw badUserInput('variables', 'must be an object of the query’s variables');
  if (operationName != null && typeof operationName !== 'string') throw badUserInput('operationName', 'must be a string');
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (err) {
    throw new GraphQLError((err as GraphQLError).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } } });
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) {
    throw badUserInput(
      'operationName',
      operationName ? `the query has no operation ${operationName}` : 'names which of the query’s operations to export',
    );
  }
  if (operation.operation !== 'query') throw badUserInput('query', `only a query can be exported, not a ${operation.operation}`);
  const [field, ...more] = operation.selectionSet.selections;
  if (!field || more.length || field.kind !== Kind.FIELD) {
    throw badUserInput('query', 'must select exactly one root field, directly (no fragment): the list or connection to export');
  }
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const root = field.alias?.value ?? field.name.value;
  // Named so that the gateway's log and each subgraph's access log show the page was an export's.
  const operationNameOfPages = `Export_${operation.name?.value ?? field.name.value}`;
  const documentOf = (rootField: FieldNode, variableDefinitions = operation.variableDefinitions): DocumentNode => {
    const paged: OperationDefinitionNode = {
      ...operation,
      name: { kind: Kind.NAME, value: operationNameOfPages },
      variableDefinitions,
      selectionSet: { kind: Kind.SELECTION_SET, selections: [rootField] },
    };
    return { kind: Kind.DOCUMENT, definitions: [paged, ...usedFragments(paged, fragments)] };
  };
  const plan = { operationName: operationNameOfPages, root, variables: (variables ?? {}) as Record<string, unknown> };
  const definition = schema.getQueryType()?.getFields()[field.name.value];
  // Unknown to the schema: the gateway's validation says so in its own words, as /graphql would.
  if (!definition) return { ...plan, document: documentOf(field), columns: [] };
  const type = getNamedType(definition.type);
  const connection = isObjectType(type) && 'nodes' in type.getFields() && 'pageInfo' in type.getFields();
  if (!connection) {
    if (!isListType(getNullableType(definition.type))) {
      throw badUserInput(
        'query',
        `${field.name.value} is neither a list nor a connection (nodes and pageInfo); only those can be exported`,
      );
    }
    return { ...plan, document: documentOf(field), columns: columnsOf(field.selectionSet, fragments, root) };
  }
  const nodes = field.selectionSet?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'nodes');
  if (!nodes) throw badUserInput('query', `select the rows of ${field.name.value} as nodes { … }`);
  const afterArgument = definition.args.find((a) => a.name === 'after');
  if (!afterArgument) throw badUserInput('query', `${field.name.value} takes no after argument, so it cannot be paged`);

  // The cursor goes in the query's own variable when it has one (an export may resume), else in a new one.
  const given = field.arguments?.find((a) => a.name.value === 'after');
  const taken = new Set(operation.variableDefinitions?.map((v) => v.variable.name.value));
  let after = given?.value.kind === Kind.VARIABLE ? given.value.name.value : 'exportAfter';
  const pagedVariables = { ...plan.variables };
  let variableDefinitions = operation.variableDefinitions ?? [];
  if (given?.value.kind !== Kind.VARIABLE) {
    for (let i = 2; taken.has(after); i++) after = `exportAfter${i}`;
    if (given?.value.kind === Kind.STRING) pagedVariables[after] = given.value.value;
    variableDefinitions = [
      ...variableDefinitions,
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: after } },
        type: parseType(String(afterArgument.type)),
      },
    ];
  }
  const argument: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'after' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: after } },
  };
  const pageInfo = parse(`{ ${PAGE_INFO}: pageInfo { hasNextPage endCursor } }`).definitions[0] as OperationDefinitionNode;
  const paged: FieldNode = {
    ...field,
    arguments: [...(field.arguments ?? []).filter((a) => a.name.value !== 'after'), argument],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [nodes, ...pageInfo.selectionSet.selections] },
  };
  const rows = nodes.alias?.value ?? 'nodes';
  return {
    ...plan,
    document: documentOf(paged, variableDefinitions),
    variables: pagedVariables,
    columns: columnsOf(nodes.selectionSet, fragments, rows),
    connection: { after, rows },
  };
}

/**
 * The leaf paths of a row's selection, by response key, fragments merged in, each once in the order first
 * selected; a row that is itself a leaf (a list of strings) is one column named `leaf`.
 */
function columnsOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, leaf: string): Column[] {
  if (!set) return [{ header: leaf, path: [] }];
  const columns = new Map<string, Column>();
  const walk = (set: SelectionSetNode | undefined, path: string[]) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, path);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) walk(fragments.get(selection.name.value)?.selectionSet, path);
      else {
        const at = [...path, selection.alias?.value ?? selection.name.value];
        if (selection.selectionSet) walk(selection.selectionSet, at);
        else if (!columns.has(at.join('.'))) columns.set(at.join('.'), { header: at.join('.'), path: at });
      }
    }
  };
  walk(set, []);
  return [...columns.values()];
}

/** The fragments an operation spreads, directly or through other fragments: another operation's would fail validation as unused. */
function usedFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Set<string>();
  const follow = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name) || !fragments.has(name)) return;
        used.add(name);
        follow(fragments.get(name)!);
      },
    });
  follow(operation);
  return [...used].map((name) => fragments.get(name)!);
}
