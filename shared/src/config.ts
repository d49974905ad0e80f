// The only reader of process.env: validated once with zod; development defaults only where optional.
import { z } from 'zod';

type Env = Record<string, string | undefined>;

const nodeEnv = z.enum(['development', 'test', 'production']).default('development');
const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A secret that production must be given; development and tests get a fixed, clearly fake one. */
function secret(env: Env, name: string, mode: string): string {
  const value = env[name];
  if (value) {
    if (value.length < 32) throw new Error(`${name} must be at least 32 characters`);
    return value;
  }
  if (mode === 'production') throw new Error(`${name} is required when NODE_ENV=production`);
  return `development-only-${name.toLowerCase()}-not-for-production`;
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
  /** Keys the pseudonymous person key; every agency must share it. */
  personKeySecret: string;
  /** Signs the caller identity that the gateway forwards and subgraphs verify. */
  internalTokenSecret: string;
}

function secrets(env: Env, service: string): SecretsConfig {
  const mode = parse(z.object({ NODE_ENV: nodeEnv }), env, service).NODE_ENV;
  return {
    nodeEnv: mode,
    personKeySecret: secret(env, 'PERSON_KEY_SECRET', mode),
    internalTokenSecret: secret(env, 'INTERNAL_TOKEN_SECRET', mode),
  };
}

export interface DatabaseConfig {
  url: string;
  schema: string;
  poolSize: number;
  /** A statement that has not answered by then fails (default 30 s); 0 waits as long as it takes (bulk loads). */
  queryTimeoutMs?: number;
  /** Server settings for every connection of the pool, e.g. { maintenance_work_mem: '512MB' } for a bulk load. */
  sessionSettings?: Record<string, string>;
}

export interface SubgraphConfig extends SecretsConfig {
  name: string;
  host: string;
  port: number;
  database: DatabaseConfig;
  runMigrations: boolean;
  /** People in the demo city to seed into an empty database; 0 seeds nothing. */
  seedPeople: number;
  seed: number;
  /** Off only to measure its cost (npm run bench); production always keeps the access log. */
  accessLog: boolean;
}

export const schemaNameOf = (subgraph: string) => subgraph.replace(/-/g, '_');

export function loadSubgraphConfig(name: string, defaultPort: number, env: Env = process.env): SubgraphConfig {
  const base = secrets(env, name);
  const production = base.nodeEnv === 'production';
  const values = parse(
    z.object({
      HOST: z.string().default('127.0.0.1'),
      PORT: port.default(defaultPort),
      DATABASE_URL: production ? z.string().url() : z.string().url().default('postgres://postgres@127.0.0.1:5432/postgres'),
      DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).default(schemaNameOf(name)),
      DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
      MIGRATIONS_RUN: flag.default(!production),
      SEED_PEOPLE: z.coerce.number().int().min(0).max(2_000_000).default(0),
      SEED: z.coerce.number().int().default(2026),
      ACCESS_LOG: z.enum(['on', 'off']).default('on'),
    }),
    env,
    name,
  );
  if (production && values.ACCESS_LOG === 'off') throw new Error(`${name}: ACCESS_LOG=off is refused when NODE_ENV=production (PIPL Art 56)`);
  return {
    ...base,
    name,
    host: values.HOST,
    port: values.PORT,
    database: { url: values.DATABASE_URL, schema: values.DATABASE_SCHEMA, poolSize: values.DATABASE_POOL_SIZE },
    runMigrations: values.MIGRATIONS_RUN,
    seedPeople: values.SEED_PEOPLE,
    seed: values.SEED,
    accessLog: values.ACCESS_LOG === 'on',
  };
}

export interface JwtConfig {
  issuer: string;
  audience: string;
  /** HS256 secret (development); production may use a public key or a JWKS instead. */
  secret?: string;
  publicKeyPem?: string;
  jwksUrl?: string;
}

export interface GatewayConfig extends SecretsConfig {
  host: string;
  port: number;
  jwt: JwtConfig;
  /** A composed supergraph to serve; without it the gateway composes the registry's SDL files. */
  supergraphFile?: string;
  /** Overrides of subgraph URLs by subgraph name (SUBGRAPH_<NAME>_URL). */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
  devTokens: boolean;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const base = secrets(env, 'gateway');
  const production = base.nodeEnv === 'production';
  const values = parse(
    z.object({
      HOST: z.string().default('127.0.0.1'),
      PORT: port.default(4000),
      JWT_ISSUER: z.string().default('social-assistance-dev'),
      JWT_AUDIENCE: z.string().default('social-assistance-graph'),
      JWT_PUBLIC_KEY: z.string().optional(),
      JWKS_URL: z.string().url().optional(),
      SUPERGRAPH_FILE: z.string().optional(),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    }),
    env,
    'gateway',
  );
  const asymmetric = Boolean(values.JWT_PUBLIC_KEY || values.JWKS_URL);
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (m && value) subgraphUrls[m[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  return {
    ...base,
    host: values.HOST,
    port: values.PORT,
    jwt: {
      issuer: values.JWT_ISSUER,
      audience: values.JWT_AUDIENCE,
      secret: asymmetric && !env.JWT_SECRET ? undefined : secret(env, 'JWT_SECRET', base.nodeEnv),
      publicKeyPem: values.JWT_PUBLIC_KEY,
      jwksUrl: values.JWKS_URL,
    },
    supergraphFile: values.SUPERGRAPH_FILE,
    subgraphUrls,
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    devTokens: !production,
  };
}

/** What the token CLI needs: the same issuer, audience and secret as the gateway. */
export const loadTokenConfig = (env: Env = process.env) => loadGatewayConfig(env);

export interface LauncherConfig {
  databaseUrl?: string;
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
    }),
    env,
    'launcher',
  );
  return { databaseUrl: values.DATABASE_URL, dataDir: values.DATA_DIR, seedPeople: values.SEED_PEOPLE, seed: values.SEED };
}
