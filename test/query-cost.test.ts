// The gateway's cost estimate: the worst case whatever @include/@skip say, totalCount costed as a count, no cache entry reused for other variables.
import { loadGatewayConfig } from '../shared/src/config';
import { RunningSubgraph } from '../shared/src/subgraph';
import { expectErrorCode, post } from '../shared/src/testing/graphql';
import { RunningGateway, startGateway } from '../gateway/src/server';
import { TOTAL_COUNT_COST } from '../gateway/src/limits';
import { issueUserToken } from '../shared/src/auth/tokens';
import { startTestSubgraph, supergraphOver, UNTHROTTLED } from './support/federation';

let civilAffairs: RunningSubgraph;
let gateway: RunningGateway;
let headers: Record<string, string>;

beforeAll(async () => {
  civilAffairs = await startTestSubgraph('civil-affairs', { people: 60 });
  const config = { ...loadGatewayConfig({ NODE_ENV: 'test', ...UNTHROTTLED }), port: 0 };
  gateway = await startGateway(config, { sdl: supergraphOver({ 'civil-affairs': civilAffairs }) });
  headers = {
    authorization: `Bearer ${await issueUserToken(config.jwt, { subject: 'cost', role: 'caseworker' })}`,
    'x-purpose': 'CASE_REVIEW',
  };
});
afterAll(async () => {
  await gateway.stop();
  await civilAffairs.stop();
});

/** Three pages of households whose members (and their households' members' records) a condition turns on or off. */
const threePages = (directive: string) => {
  const page = `households(first: 100) { nodes { id members ${directive} { household { members { education { aid { kind } enrollments { stage } } } } } } }`;
  return `a: ${page} b: ${page} c: ${page}`;
};
const conditional = (directive: string) => `query ($x: Boolean!) { ${threePages(directive)} }`;

test('a query over the cost limit only when its @include condition is true is refused whatever the condition, first asked with it false', async () => {
  civilAffairs.counter.reset();
  const off = await post(gateway.url, conditional('@include(if: $x)'), { x: false }, headers);
  const on = await post(gateway.url, conditional('@include(if: $x)'), { x: true }, headers);
  expect(expectErrorCode(off, 'QUERY_TOO_COSTLY').extensions!.cost).toBeGreaterThan(250_000);
  expect(expectErrorCode(on, 'QUERY_TOO_COSTLY').extensions!.cost).toBe(off.errors![0].extensions!.cost);
  expect(civilAffairs.counter.count).toBe(0);
});

test('a query over the cost limit unless its @skip condition is true is refused when it is true', async () => {
  const skipped = await post(gateway.url, conditional('@skip(if: $x)'), { x: true }, headers);
  expectErrorCode(skipped, 'QUERY_TOO_COSTLY');
});

test('one document asked with a large page size and then a small one is costed for each: the refusal of the first is not reused', async () => {
  const page = 'households(first: $n) { nodes { id members { household { members { household { members { id } } } } } } }';
  const query = `query ($n: Int) { a: ${page} b: ${page} c: ${page} }`;
  expectErrorCode(await post(gateway.url, query, { n: 100 }, headers), 'QUERY_TOO_COSTLY');
  const small = await post(gateway.url, query, { n: 2 }, headers);
  expect(small.errors).toBeUndefined();
  expect(small.data!.a.nodes).toHaveLength(2);
});

test('a totalCount costs as a count over the whole list, the same whatever page size is asked', async () => {
  const costOf = async (extra: string) =>
    expectErrorCode(await post(gateway.url, `{ ${extra} ${threePages('')} }`, {}, headers), 'QUERY_TOO_COSTLY').extensions!.cost as number;
  const base = await costOf('');
  expect(await costOf('t: households(first: 1) { totalCount }')).toBe(base + 1 + TOTAL_COUNT_COST);
  expect(await costOf('t: households(first: 100) { totalCount }')).toBe(base + 1 + TOTAL_COUNT_COST);
});
