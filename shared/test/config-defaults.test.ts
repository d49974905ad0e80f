// The configuration's defaults: production unless told, development tools in development, admin listener and limits.
import { adminPortFor, isLoopbackHost, loadGatewayConfig, loadSubgraphConfig, loadTokenConfig } from '../src/config';

test('without NODE_ENV a service is in production mode and refuses to start without its secrets', () => {
  expect(() => loadSubgraphConfig('education', 4002, { DATABASE_URL: 'postgres://x@db/education' })).toThrow(
    /PERSON_KEY_SECRET is required when NODE_ENV=production/,
  );
  expect(() => loadGatewayConfig({})).toThrow(/is required when NODE_ENV=production/);
});

test('the token tools are in development mode unless NODE_ENV says otherwise, as npm start runs the services', () => {
  const config = loadTokenConfig({});
  expect(config.nodeEnv).toBe('development');
  expect(config.jwt.secret).toBe(loadGatewayConfig({ NODE_ENV: 'development' }).jwt.secret);
});

test('the token tools issue no development tokens when NODE_ENV=production', () => {
  expect(() => loadTokenConfig({ NODE_ENV: 'production' })).toThrow(
    'Development tokens are not issued when NODE_ENV=production; use your identity provider.',
  );
});

test.each([
  ['127.0.0.1', true],
  ['127.10.0.3', true],
  ['localhost', true],
  ['::1', true],
  ['[::1]', true],
  ['::ffff:127.0.0.1', true],
  ['0.0.0.0', false],
  ['::', false],
  ['10.0.0.5', false],
  ['128.0.0.1', false],
  ['gateway', false],
  ['127.0.0.1.example.org', false],
])('%s is loopback: %s', (host, loopback) => {
  expect(isLoopbackHost(host)).toBe(loopback);
});

test('a service lists the secrets that took their development value, and only those', () => {
  expect(loadGatewayConfig({ NODE_ENV: 'development' }).developmentSecrets).toEqual(expect.arrayContaining(['JWT_SECRET']));
  expect(loadGatewayConfig({ NODE_ENV: 'development', JWT_SECRET: 'j'.repeat(32) }).developmentSecrets).not.toContain('JWT_SECRET');
});

test('the admin listener is on loopback at the public port + 1000 unless told otherwise, and on a free port when the public one is', () => {
  const gateway = loadGatewayConfig({ NODE_ENV: 'test' });
  const subgraph = loadSubgraphConfig('civil-affairs', 4001, { NODE_ENV: 'test' });
  expect([gateway.adminHost, adminPortFor(gateway.port, gateway.adminPort)]).toEqual(['127.0.0.1', 5000]);
  expect([subgraph.adminHost, adminPortFor(subgraph.port, subgraph.adminPort)]).toEqual(['127.0.0.1', 5001]);
  const told = loadSubgraphConfig('civil-affairs', 4001, { NODE_ENV: 'test', ADMIN_HOST: '10.0.0.2', ADMIN_PORT: '9101' });
  expect([told.adminHost, adminPortFor(told.port, told.adminPort)]).toEqual(['10.0.0.2', 9101]);
  expect(adminPortFor(0)).toBe(0);
});

test("each caller may send 600 requests a minute and 20,000 a day unless told otherwise (an agency's service 12,000 and 2,000,000), counted in memory without REDIS_URL", () => {
  expect(loadGatewayConfig({ NODE_ENV: 'test' }).rateLimits).toEqual({
    perMinute: 600,
    perDay: 20_000,
    servicePerMinute: 12_000,
    servicePerDay: 2_000_000,
    redisUrl: undefined,
    keyPrefix: 'sag:limits',
  });
});

test('a limit of 0 is refused naming the variable: no setting turns the limits off', () => {
  expect(() => loadGatewayConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE: Too small/);
  expect(() => loadGatewayConfig({ NODE_ENV: 'test', QUOTA_PER_DAY: '0' })).toThrow(/QUOTA_PER_DAY: Too small/);
});
