// The only reader of process.env: validated once with zod; development defaults only where optional.
import { z } from 'zod';
import { developmentServiceKey, parseServiceKeys, ServiceKeys } from './auth/service-identity';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './disclosure/suppression';
import { developmentPrivateKey, parsePrivateKeyPem, parsePublicKeySet, PublicKeySet, SigningKey, signingKeyOf } from './auth/signing-keys';

type Env = Record<string, string | undefined>;

// Production unless told otherwise: `npm start` and the development tools say development themselves.
const nodeEnv = z.enum(['development', 'test', 'production']).default('production');
const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The admin listener's variables: /ready and /metrics are served there, loopback unless told otherwise. */
const adminListener = { ADMIN_HOST: z.string().default('127.0.0.1'), ADMIN_PORT: port.optional() };

/** Where a service serves /ready and /metrics: never its public port. */
export interface AdminListenerConfig {
  adminHost: string;
  /** Unset: the public port + 1000 (`adminPortFor`), so the gateway's is 5000 and civil affairs' 5001. */
  adminPort?: number;
}

/** The admin port of a service on `port`: ADMIN_PORT when given, else port + 1000; 0 (a free port) when port is 0. */
export const adminPortFor = (port: number, adminPort?: number): number => adminPort ?? (port === 0 ? 0 : port + 1000);

/**
 * A secret that production must be given; development and tests get a fixed, clearly fake one, and
 * `defaulted` learns its name (a service refuses to listen beyond loopback with any of them).
 */
function secret(env: Env, name: string, mode: string, defaulted: string[]): string {
  const value = env[name];
  if (value) {
    if (value.length < 32) throw new Error(`${name} must be at least 32 characters`);
    return value;
  }
  if (mode === 'production') throw new Error(`${name} is required when NODE_ENV=production`);
  defaulted.push(name);
  return `development-only-${name.toLowerCase()}-not-for-production`;
}

/** The gateway's identity-signing key: GATEWAY_SIGNING_KEY (PKCS#8 PEM), or the development key pair. */
function gatewaySigningKey(env: Env, mode: string, defaulted: string[]): SigningKey {
  if (env.GATEWAY_SIGNING_KEY) return signingKeyOf(parsePrivateKeyPem(env.GATEWAY_SIGNING_KEY));
  if (mode === 'production') throw new Error('GATEWAY_SIGNING_KEY is required when NODE_ENV=production (`npm run keys` makes a key pair)');
  defaulted.push('GATEWAY_SIGNING_KEY');
  return signingKeyOf(developmentPrivateKey());
}

/**
 * The public keys a subgraph accepts forwarded identities under: GATEWAY_PUBLIC_KEYS (a JWKS; two keys
 * while the gateway's key rotates), GATEWAY_JWKS_URL (the gateway's /.well-known/jwks.json), or the
 * development key pair's public half.
 */
function gatewayPublicKeys(env: Env, mode: string, defaulted: string[]): PublicKeySet | URL {
  if (env.GATEWAY_PUBLIC_KEYS) return parsePublicKeySet(env.GATEWAY_PUBLIC_KEYS);
  if (env.GATEWAY_JWKS_URL) return new URL(env.GATEWAY_JWKS_URL);
  if (mode === 'production') throw new Error('GATEWAY_PUBLIC_KEYS or GATEWAY_JWKS_URL is required when NODE_ENV=production');
  defaulted.push('GATEWAY_PUBLIC_KEYS');
  return { keys: [signingKeyOf(developmentPrivateKey()).publicJwk] };
}

function parse<T extends z.ZodType>(schema: T, env: Env, service: string): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${service}: invalid configuration: ${problems}`);
  }
  return result.data;
}

export interface SecretsConfig {
  nodeEnv: 'development' | 'test' | 'production';
  /** The secrets (by variable name) that took their published development value. */
  developmentSecrets: string[];
}

const modeOf = (env: Env, service: string) => parse(z.object({ NODE_ENV: nodeEnv }), env, service).NODE_ENV;

export interface DatabaseConfig {
  /** The service's connection: in production a role that owns nothing (shared/src/database-roles.ts). */
  url: string;
  /** The owner role's connection, for migrations and the demo seed; without it `url` does both. */
  migrationsUrl?: string;
  schema: string;
  poolSize: number;
  /** A statement that has not answered by then fails (default 30 s); 0 waits as long as it takes (bulk loads). */
  queryTimeoutMs?: number;
  /** Server settings for every connection of the pool, e.g. { maintenance_work_mem: '512MB' } for a bulk load. */
  sessionSettings?: Record<string, string>;
}

export interface SubgraphConfig extends SecretsConfig, AdminListenerConfig {
  name: string;
  /** Keys the pseudonymous person key; every agency must share it. The gateway never holds it. */
  personKeySecret: string;
  /** The gateway's public keys: a subgraph verifies forwarded identities and can sign none. */
  gatewayKeys: PublicKeySet | URL;
  host: string;
  port: number;
  database: DatabaseConfig;
  runMigrations: boolean;
  /** People in the demo city to seed into an empty database; 0 seeds nothing. */
  seedPeople: number;
  seed: number;
  /** Off only to measure its cost (npm run bench); production always keeps the access log. */
  accessLog: boolean;
  /** The gateway's GraphQL URL, where the agency's service acts on the graph (its outbox, its workflows). */
  gatewayUrl?: string;
  /** The agency service's own key: it proves to the gateway that it is this agency's service, and nothing more. */
  serviceKey?: SigningKey;
  /** Civil affairs' public keys, which households' verification authorisations are signed with (shared/src/verification). */
  authorisationKeys?: PublicKeySet;
  /**
   * How often civil affairs runs each proactive-discovery rule on its own (DISCOVERY_INTERVAL_MINUTES; 0: only on
   * demand). A day by default; tests run the rules themselves, so off unless a test turns it on.
   */
  discoveryIntervalMinutes: number;
  /** Published counts below it are suppressed for everyone but admins (shared/src/disclosure/suppression.ts). */
  suppressionThreshold: number;
}

export const schemaNameOf = (subgraph: string) => subgraph.replace(/-/g, '_');

export function loadSubgraphConfig(name: string, defaultPort: number, env: Env = process.env): SubgraphConfig {
  const mode = modeOf(env, name);
  const developmentSecrets: string[] = [];
  const personKeySecret = secret(env, 'PERSON_KEY_SECRET', mode, developmentSecrets);
  const gatewayKeys = gatewayPublicKeys(env, mode, developmentSecrets);
  const production = mode === 'production';
  const values = parse(
    z.object({
      HOST: z.string().default('127.0.0.1'),
      PORT: port.default(defaultPort),
      ...adminListener,
      DATABASE_URL: production ? z.string().url() : z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
      MIGRATIONS_DATABASE_URL: z.string().url().optional(),
      DATABASE_SCHEMA: z
        .string()
        .regex(/^[a-z_][a-z0-9_]*$/)
        .default(schemaNameOf(name)),
      DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
      MIGRATIONS_RUN: flag.default(!production),
      SEED_PEOPLE: z.coerce.number().int().min(0).max(2_000_000).default(0),
      SEED: z.coerce.number().int().default(2026),
      ACCESS_LOG: z.enum(['on', 'off']).default('on'),
      GATEWAY_URL: z.string().url().optional(),
      DISCOVERY_INTERVAL_MINUTES: z.coerce
        .number()
        .int()
        .min(0)
        .max(7 * 24 * 60)
        .default(mode === 'test' ? 0 : 24 * 60),
      SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).default(DEFAULT_SUPPRESSION_THRESHOLD),
    }),
    env,
    name,
  );
  const serviceKey = agencyServiceKey(name, env, mode, developmentSecrets, values.GATEWAY_URL);
  if (production && values.ACCESS_LOG === 'off')
    throw new Error(`${name}: ACCESS_LOG=off is refused when NODE_ENV=production (PIPL Art 56)`);
  return {
    nodeEnv: mode,
    developmentSecrets,
    personKeySecret,
    gatewayKeys,
    name,
    host: values.HOST,
    port: values.PORT,
    adminHost: values.ADMIN_HOST,
    adminPort: values.ADMIN_PORT,
    database: {
      url: values.DATABASE_URL,
      migrationsUrl: values.MIGRATIONS_DATABASE_URL,
      schema: values.DATABASE_SCHEMA,
      poolSize: values.DATABASE_POOL_SIZE,
    },
    runMigrations: values.MIGRATIONS_RUN,
    seedPeople: values.SEED_PEOPLE,
    seed: values.SEED,
    accessLog: values.ACCESS_LOG === 'on',
    gatewayUrl: values.GATEWAY_URL,
    serviceKey,
    authorisationKeys: authorisationPublicKeys(env, mode, developmentSecrets),
    discoveryIntervalMinutes: values.DISCOVERY_INTERVAL_MINUTES,
    suppressionThreshold: values.SUPPRESSION_THRESHOLD,
  };
}

/**
 * AUTHORISATION_PUBLIC_KEYS (a JWKS of civil affairs' service keys), or in development civil affairs' development
 * key. Production without it verifies no authorisation: the unit answers no verification.
 */
function authorisationPublicKeys(env: Env, mode: string, defaulted: string[]): PublicKeySet | undefined {
  if (env.AUTHORISATION_PUBLIC_KEYS) return parsePublicKeySet(env.AUTHORISATION_PUBLIC_KEYS);
  if (mode === 'production') return undefined;
  defaulted.push('AUTHORISATION_PUBLIC_KEYS');
  return { keys: [developmentServiceKey('civil-affairs').publicJwk] };
}

/**
 * The agency service's key (SERVICE_SIGNING_KEY, PKCS#8 PEM), or in development its published development key.
 * Production needs it only to act on the graph: GATEWAY_URL without it is refused.
 */
function agencyServiceKey(name: string, env: Env, mode: string, defaulted: string[], gatewayUrl?: string): SigningKey | undefined {
  if (env.SERVICE_SIGNING_KEY) return signingKeyOf(parsePrivateKeyPem(env.SERVICE_SIGNING_KEY, 'SERVICE_SIGNING_KEY'));
  if (mode === 'production') {
    if (gatewayUrl)
      throw new Error(
        `${name}: GATEWAY_URL is set but SERVICE_SIGNING_KEY is not: the service cannot prove who it is (\`npm run keys\` makes one)`,
      );
    return undefined;
  }
  defaulted.push('SERVICE_SIGNING_KEY');
  return developmentServiceKey(name);
}

export interface JwtConfig {
  issuer: string;
  audience: string;
  /** HS256 secret (development); production may use a public key or a JWKS instead. */
  secret?: string;
  publicKeyPem?: string;
  jwksUrl?: string;
}

export interface GatewayConfig extends SecretsConfig, AdminListenerConfig {
  /** Signs the identity forwarded to each subgraph; subgraphs hold only its public half. */
  signingKey: SigningKey;
  /** Public keys the gateway publishes at /.well-known/jwks.json beside its own (the next key of a rotation). */
  publishedKeys: PublicKeySet;
  host: string;
  port: number;
  jwt: JwtConfig;
  /** A composed supergraph to serve; without it the gateway composes the registry's SDL files. */
  supergraphFile?: string;
  /** Overrides of subgraph URLs by subgraph name (SUBGRAPH_<NAME>_URL). */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  rateLimits: RateLimitConfig;
  /**
   * Every agency's service public keys: the agencies whose services may act on the graph, each only as itself;
   * `development`: each registry agency's development key (the gateway knows the registry, config does not).
   */
  serviceKeys: ServiceKeys | 'development';
}

/** Per caller (subject and role), at the gateway: requests a minute and a day, counted in Redis or in memory. */
export interface RateLimitConfig {
  perMinute: number;
  perDay: number;
  /**
   * An agency service's own limits (role service:<agency>): a workflow pages through lists of thousands (a month's
   * price-subsidy batch reads every covered person), so a person's limits would stop it halfway.
   */
  servicePerMinute: number;
  servicePerDay: number;
  /** Shared by every gateway replica; without it each gateway counts in its own memory (npm start). */
  redisUrl?: string;
  /** Namespaces the counters in Redis (one deployment, or one test run, per prefix). */
  keyPrefix: string;
}

/** Overrides of subgraph URLs by subgraph name (SUBGRAPH_<NAME>_URL): all `npm run compose` needs. */
export function subgraphUrlsOf(env: Env = process.env): Record<string, string> {
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (m && value) subgraphUrls[m[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return subgraphUrls;
}

/**
 * The public keys of the agencies' services: SERVICE_PUBLIC_KEYS (a JWKS per agency), or in development
 * every registry agency's development key. Production without it accepts no service (and says so at start).
 */
function serviceKeysOf(env: Env, mode: string, defaulted: string[]): ServiceKeys | 'development' {
  if (env.SERVICE_PUBLIC_KEYS) return parseServiceKeys(env.SERVICE_PUBLIC_KEYS);
  if (mode === 'production') return {};
  defaulted.push('SERVICE_PUBLIC_KEYS');
  return 'development';
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const mode = modeOf(env, 'gateway');
  const developmentSecrets: string[] = [];
  const signingKey = gatewaySigningKey(env, mode, developmentSecrets);
  const serviceKeys = serviceKeysOf(env, mode, developmentSecrets);
  const values = parse(
    z.object({
      HOST: z.string().default('127.0.0.1'),
      PORT: port.default(4000),
      ...adminListener,
      JWT_ISSUER: z.string().default('social-assistance-dev'),
      JWT_AUDIENCE: z.string().default('social-assistance-graph'),
      JWT_PUBLIC_KEY: z.string().optional(),
      JWKS_URL: z.string().url().optional(),
      SUPERGRAPH_FILE: z.string().optional(),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
      RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
      SERVICE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(12_000),
      SERVICE_QUOTA_PER_DAY: z.coerce.number().int().min(1).default(2_000_000),
      QUOTA_PER_DAY: z.coerce.number().int().min(1).default(20_000),
      REDIS_URL: z.string().url().optional(),
      RATE_LIMIT_KEY_PREFIX: z.string().min(1).default('sag:limits'),
    }),
    env,
    'gateway',
  );
  const asymmetric = Boolean(values.JWT_PUBLIC_KEY || values.JWKS_URL);
  const subgraphUrls = subgraphUrlsOf(env);
  const published = env.GATEWAY_PUBLISHED_KEYS
    ? parsePublicKeySet(env.GATEWAY_PUBLISHED_KEYS).keys.filter((k) => k.kid !== signingKey.kid)
    : [];
  return {
    nodeEnv: mode,
    developmentSecrets,
    signingKey,
    publishedKeys: { keys: [signingKey.publicJwk, ...published] },
    host: values.HOST,
    port: values.PORT,
    adminHost: values.ADMIN_HOST,
    adminPort: values.ADMIN_PORT,
    jwt: {
      issuer: values.JWT_ISSUER,
      audience: values.JWT_AUDIENCE,
      secret: asymmetric && !env.JWT_SECRET ? undefined : secret(env, 'JWT_SECRET', mode, developmentSecrets),
      publicKeyPem: values.JWT_PUBLIC_KEY,
      jwksUrl: values.JWKS_URL,
    },
    supergraphFile: values.SUPERGRAPH_FILE,
    subgraphUrls,
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    serviceKeys,
    rateLimits: {
      perMinute: values.RATE_LIMIT_PER_MINUTE,
      perDay: values.QUOTA_PER_DAY,
      servicePerMinute: values.SERVICE_RATE_LIMIT_PER_MINUTE,
      servicePerDay: values.SERVICE_QUOTA_PER_DAY,
      redisUrl: values.REDIS_URL,
      keyPrefix: values.RATE_LIMIT_KEY_PREFIX,
    },
  };
}

/**
 * The environment of a development tool (`npm run token`, seed, load, latency, bench, compose): development
 * unless NODE_ENV says otherwise, as `npm start` runs the services, so that it derives the same development
 * keys and secrets; NODE_ENV=production still means production.
 */
export const developmentEnv = (env: Env = process.env): Env => ({ ...env, NODE_ENV: env.NODE_ENV || 'development' });

/**
 * What the token CLI (and the load tools that sign their own tokens) needs: the same issuer, audience and
 * secret as the gateway, `npm start`'s by default. Production issues no development tokens.
 */
export function loadTokenConfig(env: Env = process.env): GatewayConfig {
  const development = developmentEnv(env);
  if (development.NODE_ENV === 'production')
    throw new Error('Development tokens are not issued when NODE_ENV=production; use your identity provider.');
  return loadGatewayConfig(development);
}

/** 127.0.0.0/8, ::1 and localhost: addresses no other machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(h);
}

/**
 * A service never runs with a development secret where another machine can reach it: the published
 * development values would let anyone forge tokens or person keys. Throws naming the secrets and the address.
 */
export function refuseDevelopmentSecretsBeyondLoopback(service: string, config: SecretsConfig & { host: string }): void {
  if (config.developmentSecrets.length === 0 || isLoopbackHost(config.host)) return;
  const names = config.developmentSecrets.join(', ');
  throw new Error(
    `${service}: refusing to listen on ${config.host} with the development value of ${names}: it is published, so anyone who reaches ` +
      `this address could use it. Set ${names}, or listen on loopback only (HOST=127.0.0.1).`,
  );
}

export interface LauncherConfig {
  databaseUrl?: string;
  /** Added to every port of the registry and the gateway: a second graph beside the first (npm run bench). */
  portOffset: number;
  dataDir: string;
  seedPeople: number;
  seed: number;
}

export function loadLauncherConfig(env: Env = process.env): LauncherConfig {
  const values = parse(
    z.object({
      DATABASE_URL: z.string().url().optional(),
      DATA_DIR: z.string().default('.data'),
      SEED_PEOPLE: z.coerce.number().int().min(0).max(2_000_000).default(3000),
      SEED: z.coerce.number().int().default(2026),
      PORT_OFFSET: z.coerce.number().int().min(0).max(1000).default(0),
    }),
    env,
    'launcher',
  );
  return {
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    seedPeople: values.SEED_PEOPLE,
    seed: values.SEED,
    portOffset: values.PORT_OFFSET,
  };
}
