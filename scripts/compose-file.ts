// Generates docker-compose.yml from the registry: a PostgreSQL per agency, a service per subgraph, the gateway.
import { stringify } from 'yaml';
import { schemaNameOf } from '../shared/src/config';
import { SUBGRAPHS } from '../subgraphs/registry';

const secrets = {
  NODE_ENV: 'production',
  PERSON_KEY_SECRET: '${PERSON_KEY_SECRET:?set a shared 32+ character secret}',
  INTERNAL_TOKEN_SECRET: '${INTERNAL_TOKEN_SECRET:?set a shared 32+ character secret}',
};

const healthcheck = (port: number) => ({
  test: ['CMD', 'node', '-e', `fetch('http://127.0.0.1:${port}/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`],
  interval: '10s',
  timeout: '3s',
  retries: 6,
});

export function composeFile(): Record<string, unknown> {
  const services: Record<string, unknown> = {};
  for (const s of SUBGRAPHS) {
    const db = schemaNameOf(s.name);
    services[`${s.name}-db`] = {
      image: 'postgres:15',
      environment: { POSTGRES_DB: db, POSTGRES_USER: db, POSTGRES_PASSWORD: `\${${db.toUpperCase()}_DB_PASSWORD:?set a password}` },
      volumes: [`${s.name}-data:/var/lib/postgresql/data`],
      healthcheck: { test: ['CMD-SHELL', `pg_isready -U ${db} -d ${db}`], interval: '5s', timeout: '3s', retries: 10 },
      restart: 'unless-stopped',
    };
    services[s.name] = {
      build: '.',
      command: ['node', `dist/subgraphs/${s.name}/src/index.js`],
      environment: {
        ...secrets,
        HOST: '0.0.0.0',
        PORT: String(s.port),
        DATABASE_URL: `postgres://${db}:\${${db.toUpperCase()}_DB_PASSWORD}@${s.name}-db:5432/${db}`,
        MIGRATIONS_RUN: 'true',
      },
      depends_on: { [`${s.name}-db`]: { condition: 'service_healthy' } },
      healthcheck: healthcheck(s.port),
      restart: 'unless-stopped',
    };
  }
  services.gateway = {
    build: '.',
    command: ['node', 'dist/gateway/src/index.js'],
    ports: ['4000:4000'],
    environment: {
      ...secrets,
      HOST: '0.0.0.0',
      PORT: '4000',
      JWT_ISSUER: '${JWT_ISSUER:?the issuer of callers\' tokens}',
      JWT_AUDIENCE: '${JWT_AUDIENCE:-social-assistance-graph}',
      JWKS_URL: '${JWKS_URL:?the identity provider\'s JWKS URL}',
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${schemaNameOf(s.name).toUpperCase()}_URL`, `http://${s.name}:${s.port}/graphql`])),
    },
    depends_on: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, { condition: 'service_healthy' }])),
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
  require('node:fs').writeFileSync(require('../shared/src/paths').projectPath('docker-compose.yml'), composeFileText());
  console.log('docker-compose.yml written');
}
