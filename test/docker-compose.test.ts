// docker-compose.yml describes the production topology and is exactly what the registry generates.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runtimeRoleProblems } from '../shared/src/database-roles';
import { loadSubgraphConfig } from '../shared/src/config';
import { startSubgraph } from '../shared/src/subgraph';
import housing from '../subgraphs/housing/src/definition';
import { parse } from 'yaml';
import { projectPath } from '../shared/src/paths';
import { composeFileText } from '../scripts/compose-file';
import { SUBGRAPHS } from '../subgraphs/registry';

const text = readFileSync(projectPath('docker-compose.yml'), 'utf8');
const file = parse(text);

test('the committed file is what `npm run compose:docker` generates from the registry', () => {
  expect(text).toBe(composeFileText());
});

test.each(SUBGRAPHS.map((s) => [s.name, s.port] as const))('%s has its own PostgreSQL and serves on port %i', (name, port) => {
  const service = file.services[name];
  expect(file.services[`${name}-db`].image).toMatch(/^postgres:15/);
  expect(service.environment.PORT).toBe(String(port));
  expect(service.environment.DATABASE_URL).toContain(`@${name}-db:5432/`);
  expect(service.depends_on[`${name}-db`].condition).toBe('service_healthy');
  expect(service.command).toEqual(['node', 'dist/subgraphs/serve.js', name]);
});

test.each(SUBGRAPHS.map((s) => [s.name]))(
  '%s migrates as its owner role and serves as a runtime role the database makes at first start',
  (name) => {
    const schema = name.replace(/-/g, '_');
    const env = file.services[name].environment;
    expect(new URL(env.MIGRATIONS_DATABASE_URL.replace(/\$\{[^}]+\}/g, 'pw')).username).toBe(`${schema}_owner`);
    expect(new URL(env.DATABASE_URL.replace(/\$\{[^}]+\}/g, 'pw')).username).toBe(`${schema}_app`);
    expect(env.DATABASE_SCHEMA).toBe(schema);
    const db = file.services[`${name}-db`];
    expect(db.environment).toMatchObject({ AGENCY_SCHEMA: schema, POSTGRES_USER: 'postgres' });
    expect(db.volumes).toContain('./scripts/docker/init-agency-roles.sh:/docker-entrypoint-initdb.d/10-agency-roles.sh:ro');
  },
);

test('no two agencies share a database', () => {
  const urls = SUBGRAPHS.map((s) => file.services[s.name].environment.DATABASE_URL);
  expect(new Set(urls).size).toBe(SUBGRAPHS.length);
});

test('the gateway reaches every subgraph by service name and waits for them to be healthy', () => {
  const gateway = file.services.gateway;
  for (const s of SUBGRAPHS) {
    const key = `SUBGRAPH_${s.name.replace(/-/g, '_').toUpperCase()}_URL`;
    expect(gateway.environment[key]).toBe(`http://${s.name}:${s.port}/graphql`);
    expect(gateway.depends_on[s.name].condition).toBe('service_healthy');
  }
  expect(gateway.ports).toEqual(['4000:4000']);
});

test('production secrets must be supplied: none has a default', () => {
  for (const s of SUBGRAPHS.map((x) => x.name)) {
    const env = file.services[s].environment;
    expect(env.NODE_ENV).toBe('production');
    expect(env.PERSON_KEY_SECRET).toMatch(/^\$\{PERSON_KEY_SECRET:\?/);
    expect(env.GATEWAY_PUBLIC_KEYS).toMatch(/^\$\{GATEWAY_PUBLIC_KEYS:\?/);
  }
  expect(file.services.gateway.environment.NODE_ENV).toBe('production');
  expect(file.services.gateway.environment.GATEWAY_SIGNING_KEY).toMatch(/^\$\{GATEWAY_SIGNING_KEY:\?/);
});

test('only the gateway holds the identity-signing key, and the gateway holds no person-key secret', () => {
  for (const s of SUBGRAPHS.map((x) => x.name)) expect(Object.keys(file.services[s].environment)).not.toContain('GATEWAY_SIGNING_KEY');
  expect(Object.keys(file.services.gateway.environment)).not.toContain('PERSON_KEY_SECRET');
});

test('the database init script makes the roles a subgraph migrates and serves with', async () => {
  const schema = `housing_t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const database = new URL(process.env.TEST_DATABASE_URL!);
  execFileSync('sh', [projectPath('scripts', 'docker', 'init-agency-roles.sh')], {
    env: {
      ...process.env,
      PGHOST: database.hostname,
      PGPORT: database.port || '5432',
      POSTGRES_USER: 'postgres',
      POSTGRES_DB: database.pathname.slice(1),
      AGENCY_SCHEMA: schema,
      OWNER_PASSWORD: 'o',
      APP_PASSWORD: 'a',
    },
  });
  const url = (role: string) => Object.assign(new URL(database.toString()), { username: role }).toString();
  const subgraph = await startSubgraph(
    housing,
    loadSubgraphConfig('housing', 0, {
      NODE_ENV: 'test',
      DATABASE_URL: url(`${schema}_app`),
      MIGRATIONS_DATABASE_URL: url(`${schema}_owner`),
      DATABASE_SCHEMA: schema,
      SEED_PEOPLE: '20',
    }),
  );
  try {
    const [{ user }] = await subgraph.db.query('SELECT current_user AS user');
    expect(user).toBe(`${schema}_app`);
    await expect(runtimeRoleProblems(subgraph.db, schema)).resolves.toEqual([]);
  } finally {
    await subgraph.stop();
  }
});

test('each service is healthy when ready, checked on its admin listener inside its container and published nowhere', () => {
  for (const [name, port] of [...SUBGRAPHS.map((s) => [s.name, s.port] as const), ['gateway', 4000] as const]) {
    const service = file.services[name];
    expect(service.healthcheck.test.join(' ')).toContain(`fetch('http://127.0.0.1:${port + 1000}/ready')`);
    expect(service.environment.ADMIN_HOST).toBeUndefined();
    expect((service.ports ?? []).some((p: string) => p.includes(String(port + 1000)))).toBe(false);
  }
});

test('the gateway counts rate limits in a Redis of its own that asks for a password', () => {
  expect(file.services.gateway.environment.REDIS_URL).toBe('redis://:${REDIS_PASSWORD:?set a password}@redis:6379');
  expect(file.services.gateway.depends_on.redis.condition).toBe('service_healthy');
  expect(file.services.redis.command).toContain('--requirepass');
  expect(file.services.redis.ports).toBeUndefined();
});
