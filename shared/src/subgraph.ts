// The one subgraph bootstrap: an agency declares its parts; this wires schema, auth, loaders, HTTP.
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DocumentNode, GraphQLError, GraphQLFormattedError, GraphQLScalarType, parse } from 'graphql';
import { DataSource, MixedList } from 'typeorm';
import { decodeJwt, JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { bearerToken, clientRequestIdOf, Identity, identityVerifier } from './auth/tokens';
import { enforcePolicies } from './auth/policy';
import { refuseDevelopmentSecretsBeyondLoopback, SubgraphConfig } from './config';
import { databaseIsUp, openDatabase, StatementCounter, TableClass } from './db';
import { grantRuntimeRole, runtimeRoleProblems } from './database-roles';
import { generateCity, DemoCity } from './demo/city';
import { isDatabaseUnavailable } from './errors';
import {
  AccessLogActor1765400000000,
  AccessLogChain1764600000000,
  AccessLogSubjectPages1764500000000,
  CreateAccessLog1764300000000,
} from './audit/migration';
import { CreateWriteSupport1764300000001, IdempotencyKeysPerCaller1764800000100 } from './writes/migration';
import { AccessLogUnavailable, AccessLogWriter, AccessRecord, entryOf } from './audit/recorder';
import { accessLogFieldName, accessLogResolver } from './audit/resolvers';
import { httpApp, listen, Listening } from './http';
import { graphClient, GraphClient, graphOnBehalfOf } from './graph-client';
import { CreateOutbox1765000000000 } from './outbox/migration';
import { registerFeeds } from './outbox/outbox';
import { requestHashKeys } from './writes/mutation';
import { OutboxRelay } from './outbox/relay';
import { logger, requestLogPlugin } from './log';
import { metricsPlugin, watchPool } from './metrics';
import { scalarResolvers } from './scalars';
import { subgraphSdl } from './schema';
import { CreateReferralInbox1765100000000 } from './referrals/migration';
import { InboxReferral } from './referrals/entity';
import { inboxResolversOf } from './referrals/hook';
import { authorisationChecker } from './verification/authorisation';
import { VerificationFacts, verificationFactsFieldName, verificationFactsResolver } from './verification/facts';
import { CohortKeySource, cohortKeysResolvers } from './cohorts/keys';
import type { PublicKeySet, SigningKey } from './auth/signing-keys';

/** What every request of an agency's subgraph carries. */
export interface SubgraphContext<L> {
  identity: Identity;
  /** Persons and fields this request read, for the access log. */
  access: AccessRecord;
  db: DataSource;
  loaders: L;
  personKeySecret: string;
  /** The graph as this agency's service reaches it (GATEWAY_URL), for the workflows it runs across agencies. */
  graph?: GraphClient;
  /**
   * The graph as this agency's service reaches it acting for this request's caller (shared/src/auth/delegation.ts):
   * the caller's scopes and purpose, read-only, the service named as the actor. None without a graph, or when the
   * caller is a service.
   */
  onBehalf?: GraphClient;
  /** The agency service's own key, for what the agency itself signs (civil affairs' verification authorisations). */
  serviceKey?: SigningKey;
  /** Published counts below it are suppressed for everyone but admins (SUPPRESSION_THRESHOLD; shared/src/disclosure). */
  suppressionThreshold: number;
  /**
   * Goes on with work after the answer is sent (a month's payment batch, longer than any caller waits). The work
   * gets `record`, which puts what it did so far on the access log as the caller's, durably, before it goes on;
   * a failure is logged, and the subgraph's stop waits for the work to end.
   */
  background: (operation: string, work: (record: (access: AccessRecord) => Promise<void>) => Promise<void>) => void;
}

// The kit checks only that a resolver map takes the agency's context; parents, arguments and results are checked
// by the `Resolvers` type the agency's map is declared with, which codegen derives from its SDL (codegen.ts).
// (A parameter typed `never` accepts a resolver whatever it declares there.)
type FieldResolver<C> = (parent: never, args: never, context: C, info: never) => unknown;
/** Federation's __resolveReference, called without arguments. */
type ReferenceResolver<C> = (reference: never, context: C, info: never) => unknown;

/** One GraphQL type's resolvers: per field a function, or an object with `resolve`. */
export type TypeResolvers<C> = {
  readonly [field: string]: FieldResolver<C> | ReferenceResolver<C> | { resolve: FieldResolver<C> } | undefined;
};

/** An agency's resolver map (src/resolvers/index.ts, typed `Resolvers` from src/generated/graphql.ts): per GraphQL type its resolvers, or a scalar. */
export type ResolverMap<C> = {
  readonly Query?: TypeResolvers<C>;
  readonly [typeName: string]: TypeResolvers<C> | GraphQLScalarType | undefined;
};

/** Everything an agency declares; the rest is the same for all of them. */
export interface SubgraphDefinition<L = unknown> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap<SubgraphContext<L>>;
  entities: MixedList<TableClass>;
  migrations: MixedList<TableClass>;
  /** New loaders for each request: caches never outlive the caller who filled them. */
  createLoaders: (db: DataSource) => L;
  /** Writes this agency's share of the demo city into an empty database. */
  seed: (db: DataSource, city: DemoCity, personKeySecret: string) => Promise<void>;
  /** What this unit gives a household's economic-status verification, from its own tables (shared/src/verification/facts.ts). */
  verificationFacts?: VerificationFacts;
  /**
   * Each person list's filter as the query of its matching persons, by list name (`disabledPersons`): the kit serves
   * its keys for cohorts (shared/src/cohorts/keys.ts). Every list of Person or Household nodes needs one.
   */
  cohortKeys?: Readonly<Record<string, CohortKeySource>>;
  /**
   * The agency's own work on the graph, outside any request (civil affairs runs its discovery rules on a schedule):
   * started once the service is connected to the graph, stopped before the subgraph stops.
   */
  service?: (kit: ServiceKit) => { stop: () => Promise<void> };
}

/** What an agency's own work gets (SubgraphDefinition.service): there is no caller, so it names whom it acts as. */
export interface ServiceKit {
  db: DataSource;
  /** The graph as the agency's service reaches it. */
  readonly graph: GraphClient;
  config: SubgraphConfig;
  /** As SubgraphContext.background, the work on the record as `identity`'s. */
  background: (identity: Identity, operation: string, work: (record: (access: AccessRecord) => Promise<void>) => Promise<void>) => void;
}

/** A definition whatever its loaders' type: what the registry, the runner and the seed hold and start. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each agency's loaders are its own type, and only its own resolvers use them
export type AgencyDefinition = SubgraphDefinition<any>;

/** An agency's type definitions: its schema.graphql (the contract) with the shared types (shared/src/schema.ts). */
export const loadTypeDefs = (subgraph: string): DocumentNode => parse(subgraphSdl(subgraph));

/** An agency's definition from its declarations: the type definitions are its schema.graphql, found by its name. */
export const defineAgency = <L>(parts: Omit<SubgraphDefinition<L>, 'typeDefs'>): SubgraphDefinition<L> => ({
  ...parts,
  typeDefs: loadTypeDefs(parts.name),
});

/**
 * A scalar (Money, Date) refusing a variable's value knows only its own name; graphql-js puts where the value
 * was in the message (`Variable "$input" got invalid value … at "input.amount"; …`). The error names that path.
 */
function namingTheVariablePath(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const at = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(formatted.message);
  if (!at || formatted.extensions?.code !== 'BAD_USER_INPUT') return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, field: at[2] ?? at[1] } };
}

function formatError(subgraph: string) {
  return (given: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = namingTheVariablePath(given);
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof GraphQLError && original.extensions?.code) return formatted;
    if (formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (isDatabaseUnavailable(original)) {
      return {
        ...formatted,
        message: `${subgraph}: its database is unavailable; try again shortly`,
        extensions: { code: 'UNAVAILABLE', subgraph },
      };
    }
    // requestLogPlugin has logged it with the request id; the caller gets no SQL and no stack.
    return { ...formatted, message: `${subgraph}: internal error`, extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph } };
  };
}

/**
 * Makes each request's log entry durable before its answer is sent: the answer leaves only once its
 * row is committed. When the log cannot be written, the answer is replaced by an UNAVAILABLE error that
 * names the access log, so no personal data leaves unrecorded; requests that read none (regions,
 * standards) leave no entry and are answered as usual.
 */
function accessLogPlugin<L>(subgraph: string, writer: AccessLogWriter): ApolloServerPlugin<SubgraphContext<L>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, response }) {
          if (!contextValue.identity || contextValue.access.empty) return;
          contextValue.access.operation = operationName ?? undefined;
          try {
            await writer.append(entryOf(contextValue.identity, contextValue.access));
          } catch (err) {
            if (!(err instanceof AccessLogUnavailable)) throw err;
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [
                  {
                    message: `${subgraph}: its access log cannot be written, so no personal data is released; try again shortly`,
                    extensions: { code: 'UNAVAILABLE', subgraph, reason: 'ACCESS_LOG' },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}

/** A request refused at authentication is on the record too, with what it claimed to be (unverified). */
async function recordRefusedAuthentication(writer: AccessLogWriter | undefined, headers: IncomingHttpHeaders, err: unknown) {
  if (!writer) return;
  let claimed: JWTPayload = {};
  try {
    claimed = decodeJwt(bearerToken(headers.authorization));
  } catch {
    // not even a JWT: nothing claimed
  }
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 100) : undefined);
  await writer
    .append({
      subject: `unverified:${text(claimed.sub) ?? '(none)'}`,
      role: `unverified:${text(claimed.role) ?? '(none)'}`,
      purpose: text(claimed.purpose),
      requestId: randomUUID(),
      clientRequestId: clientRequestIdOf(headers['x-request-id']),
      persons: [],
      households: [],
      fields: [],
      refusals: [{ path: '(request)', code: 'UNAUTHENTICATED', reason: (err as Error).message.slice(0, 200) }],
    })
    .catch(() => undefined);
}

export function buildSubgraphServer<L>(
  definition: SubgraphDefinition<L>,
  db: DataSource,
  writer: AccessLogWriter | undefined,
  authorisationKeys?: PublicKeySet,
) {
  const logField = accessLogFieldName(definition.name);
  const declaresLog = definition.typeDefs.definitions.some(
    (d) =>
      (d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') &&
      d.name.value === 'Query' &&
      d.fields?.some((f) => f.name.value === logField),
  );
  const query: TypeResolvers<SubgraphContext<L>> = {
    ...definition.resolvers.Query,
    ...(declaresLog ? { [logField]: accessLogResolver(db) } : {}),
    ...(definition.verificationFacts
      ? {
          [verificationFactsFieldName(definition.name)]: verificationFactsResolver(
            definition.name,
            definition.verificationFacts,
            authorisationKeys && authorisationChecker(authorisationKeys),
          ) as FieldResolver<SubgraphContext<L>>,
        }
      : {}),
    ...(cohortKeysResolvers(definition.name, definition.typeDefs, definition.cohortKeys) as TypeResolvers<SubgraphContext<L>>),
  };
  const inbox = inboxResolversOf(definition);
  const resolvers: ResolverMap<SubgraphContext<L>> = {
    ...scalarResolvers,
    ...definition.resolvers,
    ...inbox?.types,
    Query: { ...query, ...inbox?.Query },
    ...(inbox ? { Mutation: { ...(definition.resolvers.Mutation as TypeResolvers<SubgraphContext<L>>), ...inbox.Mutation } } : {}),
  };
  // The one conversion between the generated types and Apollo's: GraphQLResolverMap types every resolver as
  // (source, args, context, info), though buildSubgraphSchema calls __resolveReference as (reference, context, info).
  const schema = enforcePolicies(
    buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }]),
  );
  return new ApolloServer<SubgraphContext<L>>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(definition.name),
    // runSubgraph stops on SIGTERM itself, in order (HTTP, server, access-log flush, pool); Apollo's own handler
    // would re-raise the signal as soon as the server stopped and kill the process before the log was flushed.
    stopOnTerminationSignals: false,
    // Inline traces (ftv1) are for Apollo's cloud reporting, which this graph does not use.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(writer ? [accessLogPlugin<L>(definition.name, writer)] : []),
      metricsPlugin(definition.name),
      requestLogPlugin(definition.name) as ApolloServerPlugin<SubgraphContext<L>>,
    ],
  });
}

/** The work requests left running after their answers (SubgraphContext.background), each on the record as its caller's. */
class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly subgraph: string,
    private readonly writer: AccessLogWriter | undefined,
  ) {}

  run(identity: Identity, operation: string, work: (record: (access: AccessRecord) => Promise<void>) => Promise<void>): void {
    const record = async (access: AccessRecord) => {
      if (!this.writer || access.empty) return;
      access.operation = operation;
      await this.writer.append(entryOf(identity, access));
    };
    const done = work(record)
      .catch((err) => logger.error({ subgraph: this.subgraph, operation, requestId: identity.requestId, err }, 'background work failed'))
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  /** Resolves once every piece of work under way has ended. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

export interface RunningSubgraph extends Listening {
  db: DataSource;
  counter: StatementCounter;
  accessLog: AccessLogWriter;
  /** What this agency owes the others, delivered through the gateway as its service. */
  outbox: OutboxRelay;
  /** Starts acting on the graph at the gateway `url` (GATEWAY_URL does it at start): the outbox, the workflows. */
  connectGraph: (url: string) => void;
  stop: () => Promise<void>;
}

/** Opens the agency's database (migrating and seeding as configured), then serves it over HTTP. */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  config: SubgraphConfig,
  counter = new StatementCounter(),
): Promise<RunningSubgraph> {
  refuseDevelopmentSecretsBeyondLoopback(definition.name, config);
  const db = await openAgencyDatabase(definition, config, counter);

  const unwatchPool = watchPool(definition.name, db);
  const accessLog = new AccessLogWriter(db, definition.name);
  if (!config.accessLog)
    logger.warn({ subgraph: definition.name }, 'ACCESS_LOG=off: reads of personal data are not recorded (measurement only)');
  const server = buildSubgraphServer(definition, db, config.accessLog ? accessLog : undefined, config.authorisationKeys);
  await server.start();
  // Civil affairs keeps the register of record holders itself; every other agency's writes feed it through the outbox.
  if (definition.name !== 'civil-affairs') registerFeeds.set(db, definition.name);
  requestHashKeys.set(db, config.personKeySecret);
  const outbox = new OutboxRelay(db, definition.name);
  const background = new BackgroundWork(definition.name, config.accessLog ? accessLog : undefined);
  let graph: GraphClient | undefined;
  let service: { stop: () => Promise<void> } | undefined;
  const connectGraph = (url: string) => {
    if (!config.serviceKey) throw new Error(`${definition.name}: acting on the graph needs SERVICE_SIGNING_KEY`);
    graph = graphClient({ agency: definition.name, key: config.serviceKey, url });
    outbox.start(graph);
    service ??= definition.service?.({
      db,
      get graph() {
        return graph!;
      },
      config,
      background: (identity, operation, work) => background.run(identity, operation, work),
    });
  };
  if (config.gatewayUrl) connectGraph(config.gatewayUrl);
  const verifyIdentity = identityVerifier(definition.name, config.gatewayKeys);
  const apps = httpApp<SubgraphContext<L>>({
    server,
    context: async ({ req }) => {
      const token = bearerToken(req.headers.authorization);
      const identity = await verifyIdentity(token).catch(async (err) => {
        await recordRefusedAuthentication(config.accessLog ? accessLog : undefined, req.headers, err);
        throw err;
      });
      return {
        identity,
        access: new AccessRecord(),
        db,
        loaders: definition.createLoaders(db),
        personKeySecret: config.personKeySecret,
        graph,
        // Made when a resolver asks for it (a cohort's lists): no other request pays for it.
        get onBehalf() {
          return graphOnBehalfOf(graph, identity, token);
        },
        serviceKey: config.serviceKey,
        suppressionThreshold: config.suppressionThreshold,
        background: (operation, work) => background.run(identity, operation, work),
      };
    },
    health: async () => {
      const up = await databaseIsUp(db);
      return { status: up ? 'ok' : 'degraded', subgraph: definition.name, database: up ? 'up' : 'down' };
    },
    ready: async () => {
      const up = await databaseIsUp(db);
      return { status: up ? 'ok' : 'down', subgraph: definition.name, database: up ? 'up' : 'down' };
    },
  });
  const listening = await listen(apps, config);
  return {
    ...listening,
    db,
    counter,
    accessLog,
    outbox,
    connectGraph,
    stop: async () => {
      await listening.close();
      await service?.stop();
      await background.settled();
      await outbox.stop();
      await server.stop();
      await accessLog.stop();
      unwatchPool();
      await db.destroy();
    },
  };
}

/**
 * The agency's database as its service uses it. With MIGRATIONS_DATABASE_URL, migrations and the demo seed
 * run as the owner role, which then grants the runtime role what it needs and no more; the service
 * connects as the runtime role, which production refuses to be an owner or a superuser.
 */
async function openAgencyDatabase<L>(
  definition: SubgraphDefinition<L>,
  config: SubgraphConfig,
  counter: StatementCounter,
): Promise<DataSource> {
  const tables = { entities: [...(definition.entities as TableClass[]), InboxReferral], migrations: migrationsOf(definition) };
  const { migrationsUrl, ...database } = config.database;
  if (!migrationsUrl) {
    const db = await openDatabase(database, { ...tables, runMigrations: config.runMigrations, counter });
    if (config.seedPeople > 0) await seedOnce(definition, db, config);
    return refuseAnOwnerInProduction(definition.name, config, db);
  }
  const owner = await openDatabase({ ...database, url: migrationsUrl, poolSize: 2 }, { ...tables, runMigrations: config.runMigrations });
  try {
    if (config.seedPeople > 0) await seedOnce(definition, owner, config);
    const runtimeRole = decodeURIComponent(new URL(database.url).username);
    if (!runtimeRole)
      throw new Error(`${definition.name}: DATABASE_URL names no role; with MIGRATIONS_DATABASE_URL it must name the runtime role`);
    await grantRuntimeRole(owner, database.schema, runtimeRole);
  } finally {
    await owner.destroy();
  }
  return refuseAnOwnerInProduction(definition.name, config, await openDatabase(database, { ...tables, runMigrations: false, counter }));
}

async function refuseAnOwnerInProduction(subgraph: string, config: SubgraphConfig, db: DataSource): Promise<DataSource> {
  if (config.nodeEnv !== 'production') return db;
  const problems = await runtimeRoleProblems(db, config.database.schema);
  if (problems.length === 0) return db;
  await db.destroy();
  throw new Error(
    `${subgraph}: refusing to serve as a role that could rewrite its own access log (${problems.join('; ')}); connect as the runtime role (shared/src/database-roles.ts)`,
  );
}

/** Every migration a subgraph runs: the shared tables (access log, write support), then the agency's own. */
export const migrationsOf = (definition: Pick<SubgraphDefinition, 'migrations'>): TableClass[] => [
  CreateAccessLog1764300000000,
  CreateWriteSupport1764300000001,
  ...(definition.migrations as TableClass[]),
  AccessLogSubjectPages1764500000000,
  AccessLogChain1764600000000,
  IdempotencyKeysPerCaller1764800000100,
  CreateOutbox1765000000000,
  CreateReferralInbox1765100000000,
  AccessLogActor1765400000000,
];

const SEED_MARKER =
  'CREATE TABLE IF NOT EXISTS demo_seed (seed integer NOT NULL, people integer NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())';

/** Records that the demo city (seed, size) is in this database, so that a restart does not seed it again. */
export async function markSeeded(db: DataSource, seed: number, people: number): Promise<void> {
  await db.query(SEED_MARKER);
  await db.query('INSERT INTO demo_seed (seed, people) VALUES ($1, $2)', [seed, people]);
}

/** Seeds the demo city once per database: a marker table remembers that it was done. */
async function seedOnce<L>(definition: SubgraphDefinition<L>, db: DataSource, config: SubgraphConfig) {
  await db.query(SEED_MARKER);
  const done = await db.query('SELECT 1 FROM demo_seed LIMIT 1');
  if (done.length > 0) return;
  const started = Date.now();
  const city = generateCity({ people: config.seedPeople, seed: config.seed, personKeySecret: config.personKeySecret });
  await definition.seed(db, city, config.personKeySecret);
  await markSeeded(db, config.seed, config.seedPeople);
  logger.info({ subgraph: definition.name, people: config.seedPeople, ms: Date.now() - started }, 'seeded demo city');
}

/** The body of every subgraph's index.ts: start, report, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph<L>(definition: SubgraphDefinition<L>, config: SubgraphConfig): Promise<void> {
  try {
    const running = await startSubgraph(definition, config);
    logger.info({ subgraph: definition.name, url: running.url, admin: running.adminUrl }, 'subgraph ready');
    const shutdown = async (signal: string) => {
      logger.info({ subgraph: definition.name, signal }, 'stopping');
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  } catch (err) {
    logger.fatal({ subgraph: definition.name, err }, 'subgraph failed to start');
    process.exit(1);
  }
}
