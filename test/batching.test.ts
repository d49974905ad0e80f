// Resolving a page of households with every member's seven profiles costs the same SQL at 10 or 100.
import { post } from '../shared/src/testing/graphql';
import { Federation, startFederation } from './support/federation';

let graph: Federation;

const PAGE = `query Page($first: Int!) {
  households(first: $first) {
    nodes {
      id size region { name } assistanceCases { program status monthlyAmount }
      members {
        id name age relationToHead
        education { enrollments { stage } aid { kind amount } }
        employment { status services { kind } }
        socialInsurance { scheme status }
        health { medicalAssistance { totalCost selfPaid } }
        housing { properties { kind } assistance { kind status } }
        tradeUnion { difficultWorker { level } aid { kind } }
        disability { certificate { grade } subsidies { kind status } }
      }
    }
  }
}`;

/** SQL statements each subgraph ran while the gateway answered one page. */
async function statementsFor(first: number) {
  for (const s of Object.values(graph.subgraphs)) s.counter.reset();
  const res = await post(graph.gatewayUrl, PAGE, { first }, await graph.as('caseworker'));
  expect(res.errors).toBeUndefined();
  expect(res.data!.households.nodes).toHaveLength(first);
  return Object.fromEntries(Object.entries(graph.subgraphs).map(([name, s]) => [name, s.counter.count]));
}

beforeAll(async () => {
  graph = await startFederation({ people: 3000 });
});
afterAll(() => graph.stop());

test('100 households cost no more SQL statements per subgraph than 10 do', async () => {
  const ten = await statementsFor(10);
  const hundred = await statementsFor(100);
  expect(hundred).toEqual(ten);
});

test('each subgraph answers a page with a handful of batched statements, never one per person', async () => {
  const hundred = await statementsFor(100);
  for (const [name, count] of Object.entries(hundred)) expect({ name, count: count <= 6 }).toEqual({ name, count: true });
});
