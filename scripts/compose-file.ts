// Generates docker-compose.yml from the registry: a PostgreSQL per agency, a service per subgraph, the gateway.
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { adminPortFor, schemaNameOf } from '../shared/src/config';
import { agencyRoles } from '../shared/src/database-roles';
import { projectPath } from '../shared/src/paths';
import { SUBGRAPHS } from '../subgraphs/registry';

// Subgraphs share the person-key secret and hold the gateway's public keys; only the gateway holds its
// signing key (`npm run keys` makes the pair), and the gateway holds no person-key secret.
const subgraphSecrets = {
  NODE_ENV: 'production',
  PERSON_KEY_SECRET: '${PERSON_KEY_SECRET:?set a shared 32+ character secret}',
  GATEWAY_PUBLIC_KEYS: "${GATEWAY_PUBLIC_KEYS:?the JWKS of the gateway's public keys (npm run keys)}",
  // Every unit checks a household's verification authorisation against civil affairs' service keys.
  AUTHORISATION_PUBLIC_KEYS:
    "${AUTHORISATION_PUBLIC_KEYS:?civil affairs' service public keys, which sign verification authorisations (npm run keys)}",
};
const gatewaySecrets = {
  NODE_ENV: 'production',
  GATEWAY_SIGNING_KEY: "${GATEWAY_SIGNING_KEY:?the gateway's PKCS#8 private key (npm run keys)}",
  // Each agency's service proves itself with its own key; the gateway holds their public halves only.
  SERVICE_PUBLIC_KEYS: "${SERVICE_PUBLIC_KEYS:?every agency service's public keys (npm run keys)}",
};

// Readiness (a subgraph's database, the gateway's subgraphs) on the admin listener, which stays on the
// container's loopback: the check runs inside the container, and nothing outside it sees /ready or /metrics.
const healthcheck = (port: number) => ({
  test: ['CMD', 'node', '-e', `fetch('http://127.0.0.1:${adminPortFor(port)}/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`],
  interval: '10s',
  timeout: '3s',
  retries: 6,
});

export function composeFile(): Record<string, unknown> {
  const services: Record<string, unknown> = {};
  for (const s of SUBGRAPHS) {
    const db = schemaNameOf(s.name);
    const password = (role: string) => `\${${db.toUpperCase()}_${role}_PASSWORD:?set a password}`;
    const { owner, runtime } = agencyRoles(db);
    services[`${s.name}-db`] = {
      image: 'postgres:15',
      // The superuser administers the server only; scripts/docker/init-agency-roles.sh makes the owner and runtime roles.
      environment: {
        POSTGRES_DB: db,
        POSTGRES_USER: 'postgres',
        POSTGRES_PASSWORD: password('ADMIN'),
        AGENCY_SCHEMA: db,
        OWNER_PASSWORD: password('OWNER'),
        APP_PASSWORD: password('APP'),
      },
      volumes: [
        `${s.name}-data:/var/lib/postgresql/data`,
        './scripts/docker/init-agency-roles.sh:/docker-entrypoint-initdb.d/10-agency-roles.sh:ro',
      ],
      healthcheck: { test: ['CMD-SHELL', `pg_isready -U postgres -d ${db}`], interval: '5s', timeout: '3s', retries: 10 },
      restart: 'unless-stopped',
    };
    services[s.name] = {
      build: '.',
      command: ['node', 'dist/subgraphs/serve.js', s.name],
      environment: {
        ...subgraphSecrets,
        HOST: '0.0.0.0',
        PORT: String(s.port),
        DATABASE_URL: `postgres://${runtime}:${password('APP')}@${s.name}-db:5432/${db}`,
        MIGRATIONS_DATABASE_URL: `postgres://${owner}:${password('OWNER')}@${s.name}-db:5432/${db}`,
        DATABASE_SCHEMA: db,
        MIGRATIONS_RUN: 'true',
        // The agency's service acts on the graph through the gateway (its outbox, its workflows), as itself alone.
        GATEWAY_URL: 'http://gateway:4000/graphql',
        SERVICE_SIGNING_KEY: `\${${db.toUpperCase()}_SERVICE_SIGNING_KEY:?the agency service's PKCS#8 private key (npm run keys)}`,
      },
      depends_on: { [`${s.name}-db`]: { condition: 'service_healthy' } },
      healthcheck: healthcheck(s.port),
      restart: 'unless-stopped',
    };
  }
  services.redis = {
    image: 'redis:7',
    // The rate-limit counters only: nothing to keep across a restart, and a password so no other container resets them.
    command: ['redis-server', '--save', '', '--appendonly', 'no', '--requirepass', '${REDIS_PASSWORD:?set a password}'],
    healthcheck: {
      test: ['CMD-SHELL', 'redis-cli -a "$$REDIS_PASSWORD" --no-auth-warning ping | grep -q PONG'],
      interval: '5s',
      timeout: '3s',
      retries: 10,
    },
    environment: { REDIS_PASSWORD: '${REDIS_PASSWORD:?set a password}' },
    restart: 'unless-stopped',
  };
  services.gateway = {
    build: '.',
    command: ['node', 'dist/gateway/src/index.js'],
    ports: ['4000:4000'],
    environment: {
      ...gatewaySecrets,
      HOST: '0.0.0.0',
      PORT: '4000',
      JWT_ISSUER: "${JWT_ISSUER:?the issuer of callers' tokens}",
      JWT_AUDIENCE: '${JWT_AUDIENCE:-social-assistance-graph}',
      JWKS_URL: "${JWKS_URL:?the identity provider's JWKS URL}",
      // Every gateway replica counts each caller's requests in this one Redis.
      REDIS_URL: 'redis://:${REDIS_PASSWORD:?set a password}@redis:6379',
      ...Object.fromEntries(
        SUBGRAPHS.map((s) => [`SUBGRAPH_${schemaNameOf(s.name).toUpperCase()}_URL`, `http://${s.name}:${s.port}/graphql`]),
      ),
    },
    depends_on: {
      ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, { condition: 'service_healthy' }])),
      redis: { condition: 'service_healthy' },
    },
    healthcheck: healthcheck(4000),
    restart: 'unless-stopped',
  };
  return {
    name: 'social-assistance-graph',
    services,
    volumes: Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name}-data`, {}])),
  };
}

export const composeFileText = () =>
  `# Generated from subgraphs/registry.ts by \`npm run compose:docker\`; do not edit by hand.\n${stringify(composeFile(), { lineWidth: 0 })}`;

if (require.main === module) {
  writeFileSync(projectPath('docker-compose.yml'), composeFileText());
  console.log('docker-compose.yml written');
}
