// docker-compose.yml describes the production topology and is exactly what the registry generates.
import { readFileSync } from 'node:fs';
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
  expect(service.command).toEqual(['node', `dist/subgraphs/${name}/src/index.js`]);
});

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
  for (const s of [...SUBGRAPHS.map((x) => x.name), 'gateway']) {
    const env = file.services[s].environment;
    expect(env.NODE_ENV).toBe('production');
    expect(env.PERSON_KEY_SECRET).toMatch(/^\$\{PERSON_KEY_SECRET:\?/);
    expect(env.INTERNAL_TOKEN_SECRET).toMatch(/^\$\{INTERNAL_TOKEN_SECRET:\?/);
  }
});
