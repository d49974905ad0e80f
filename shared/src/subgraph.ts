// The one subgraph bootstrap: an agency declares its parts; this wires schema, auth, loaders, HTTP.
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DocumentNode, GraphQLError, GraphQLFormattedError, parse } from 'graphql';
import { DataSource, MixedList } from 'typeorm';
import { bearerToken, Identity, verifyIdentity } from './auth/tokens';
import { enforcePolicies } from './auth/policy';
import { SubgraphConfig } from './config';
import { databaseIsUp, openDatabase, StatementCounter } from './db';
import { generateCity, DemoCity } from './demo/city';
import { isDatabaseUnavailable } from './errors';
import { AccessLogSubjectPages1764500000000, CreateAccessLog1764300000000 } from './audit/migration';
import { CreateWriteSupport1764300000001 } from './writes/migration';
import { AccessLogWriter, AccessRecord } from './audit/recorder';
import { accessLogFieldName, accessLogResolver } from './audit/resolvers';
import { httpApp, listen, Listening } from './http';
import { logger, requestLogPlugin } from './log';
import { metricsPlugin, watchPool } from './metrics';
import { scalarResolvers } from './scalars';
import { subgraphSdl } from './schema';

/** What every request of an agency's subgraph carries. */
export interface SubgraphContext<L> {
  identity: Identity;
  /** Persons and fields this request read, for the access log. */
  access: AccessRecord;
  db: DataSource;
  loaders: L;
  personKeySecret: string;
}

/** Everything an agency declares; the rest is the same for all of them. */
export interface SubgraphDefinition<L = unknown> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<L>>;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** New loaders for each request: caches never outlive the caller who filled them. */
  createLoaders: (db: DataSource) => L;
  /** Writes this agency's share of the demo city into an empty database. */
  seed: (db: DataSource, city: DemoCity, personKeySecret: string) => Promise<void>;
}

/** An agency's type definitions: its schema.graphql (the contract) with the shared types (shared/src/schema.ts). */
export const loadTypeDefs = (subgraph: string): DocumentNode => parse(subgraphSdl(subgraph));

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
      return { ...formatted, message: `${subgraph}: its database is unavailable; try again shortly`, extensions: { code: 'UNAVAILABLE', subgraph } };
    }
    // requestLogPlugin has logged it with the request id; the caller gets no SQL and no stack.
    return { ...formatted, message: `${subgraph}: internal error`, extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph } };
  };
}

/** Appends each request's reads to the access log when the response is sent. */
function accessLogPlugin<L>(writer: AccessLogWriter): ApolloServerPlugin<SubgraphContext<L>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName }) {
          if (!contextValue.identity) return;
          contextValue.access.operation = operationName ?? undefined;
          writer.record(contextValue.identity, contextValue.access);
        },
      };
    },
  };
}

export function buildSubgraphServer<L>(definition: SubgraphDefinition<L>, db: DataSource, writer: AccessLogWriter | undefined) {
  const logField = accessLogFieldName(definition.name);
  const declaresLog = definition.typeDefs.definitions.some(
    (d) => (d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === 'Query' && d.fields?.some((f) => f.name.value === logField),
  );
  const query = { ...(definition.resolvers.Query as object), ...(declaresLog ? { [logField]: accessLogResolver(db) } : {}) };
  const schema = enforcePolicies(
    buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: { ...scalarResolvers, ...definition.resolvers, Query: query } as never }]),
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
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ...(writer ? [accessLogPlugin<L>(writer)] : []), metricsPlugin(definition.name), requestLogPlugin(definition.name) as ApolloServerPlugin<SubgraphContext<L>>],
  });
}

export interface RunningSubgraph extends Listening {
  db: DataSource;
  counter: StatementCounter;
  accessLog: AccessLogWriter;
  stop: () => Promise<void>;
}

/** Opens the agency's database (migrating and seeding as configured), then serves it over HTTP. */
export async function startSubgraph<L>(definition: SubgraphDefinition<L>, config: SubgraphConfig, counter = new StatementCounter()): Promise<RunningSubgraph> {
  const db = await openDatabase(config.database, {
    entities: definition.entities,
    migrations: migrationsOf(definition),
    runMigrations: config.runMigrations,
    counter,
  });
  if (config.seedPeople > 0) await seedOnce(definition, db, config);

  const unwatchPool = watchPool(definition.name, db);
  const accessLog = new AccessLogWriter(db, definition.name);
  if (config.accessLog) accessLog.start();
  else logger.warn({ subgraph: definition.name }, 'ACCESS_LOG=off: reads of personal data are not recorded (measurement only)');
  const server = buildSubgraphServer(definition, db, config.accessLog ? accessLog : undefined);
  await server.start();
  const app = httpApp<SubgraphContext<L>>({
    server,
    context: async ({ req }) => ({
      identity: await verifyIdentity(bearerToken(req.headers.authorization), config.internalTokenSecret),
      access: new AccessRecord(),
      db,
      loaders: definition.createLoaders(db),
      personKeySecret: config.personKeySecret,
    }),
    health: async () => {
      const up = await databaseIsUp(db);
      return { status: up ? 'ok' : 'degraded', subgraph: definition.name, database: up ? 'up' : 'down' };
    },
    ready: async () => {
      const up = await databaseIsUp(db);
      return { status: up ? 'ok' : 'down', subgraph: definition.name, database: up ? 'up' : 'down' };
    },
  });
  const listening = await listen(app, config.host, config.port);
  return {
    ...listening,
    db,
    counter,
    accessLog,
    stop: async () => {
      await listening.close();
      await server.stop();
      await accessLog.stop();
      unwatchPool();
      await db.destroy();
    },
  };
}

/** Every migration a subgraph runs: the shared tables (access log, write support), then the agency's own. */
export const migrationsOf = (definition: Pick<SubgraphDefinition, 'migrations'>): Function[] => [
  CreateAccessLog1764300000000,
  CreateWriteSupport1764300000001,
  ...(definition.migrations as Function[]),
  AccessLogSubjectPages1764500000000,
];

const SEED_MARKER = 'CREATE TABLE IF NOT EXISTS demo_seed (seed integer NOT NULL, people integer NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())';

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
    logger.info({ subgraph: definition.name, url: running.url }, 'subgraph ready');
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
