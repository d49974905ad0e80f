// The gateway's query plan of every saved operation, from the supergraph the subgraphs' SDL composes to:
// a readable snapshot of each plan, and the number of subgraph fetches it makes as a number in review.
// Planning needs only SDL: no subgraph is started and no database is read.
import { Operation, operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { PlanNode, prettyFormatQueryPlan, QueryPlan, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import { parse, validate } from 'graphql';
import { compose, forApolloGateway, registrySources } from '../gateway/src/supergraph';
import { savedOperations } from '../scripts/schema-check/check';

/**
 * Subgraph fetches per operation: the requests the gateway sends to subgraphs to answer it once. An
 * entity fetch over a list is one request for the whole list (the subgraph batches its keys), so the
 * number does not grow with page sizes; it grows when a schema change makes the planner hop between
 * subgraphs more often. Change a number here only on purpose, and say why in review.
 */
const EXPECTED_FETCHES: Record<string, number> = {
  // The consumers' contract (../shared/contract/operations)
  // households from civil-affairs, then its members' profiles from disabled-persons, human-resources, education,
  // and the county's name from counties (which owns Region)
  DibaoHouseholdStudents: 4,
  // the list from disabled-persons, then age, region and household from civil-affairs
  DisabledWithoutCareSubsidy: 2,
  // the household from civil-affairs, then its members from each of the six other agencies and its county's name from counties at once
  HouseholdView: 7,
  // civil-affairs alone
  PersonByIdNumber: 1,
  // the person from civil-affairs, then one fetch from each of the six other agencies and the county's name from counties at once
  PersonAcrossAllUnits: 14,
  PersonView: 7,
  // The project's own (test/operations)
  // the page from civil-affairs, then health and disabled-persons
  AnalystPersons: 3,
  // the recipients and their payments from finance, then age band and household from civil-affairs, and disabled-persons
  AnalystPaymentRecipients: 3,
  // the list and its cases from justice, then age band and household cases from civil-affairs, and employment from human-resources
  AnalystLegalAidWages: 3,
  // the list and its land from agriculture, then age band and household cases from civil-affairs, and disabled-persons
  AnalystLandHolders: 3,
  // the list and its placements from development-reform, then age band and county from civil-affairs and certificates from disabled-persons
  FullCareInTownshipHomes: 3,
  // the survey households and their months from prices, then age band and household cases from civil-affairs
  SurveyHouseholdSpending: 2,
  // the list from poverty-alleviation, then age band, county code and household cases from civil-affairs
  MonitoredWithoutMeasure: 2,
  // counties alone: the items with their county and the decision each follows up
  OverdueSupervisionItems: 1,
  // the person from civil-affairs, the decision from prices and the batch from finance at once, then the person's payments from finance
  PriceLinkageCaseworker: 4,
  // the batch from finance, then the county's name from counties
  PriceLinkageCountyOffice: 2,
  // the applications and their referrals from counties, then the applicant's name from civil-affairs
  OneWindowCaseworker: 2,
  // counties alone: the overdue referrals with their county and township
  OneWindowOverdue: 1,
  // education alone: its inbox
  OneWindowInbox: 1,
  // civil-affairs alone: the verification, its household, authorisation and reports (Region.name is shareable)
  VerificationCaseworker: 1,
  // civil-affairs alone: the county's verifications and their latest reports
  VerificationCountyOffice: 1,
  // civil-affairs alone: it asks disabled-persons for its keys itself, over the gateway, as the analyst
  CohortDibaoSevereDisabledWithoutCare: 1,
  // civil-affairs alone: it asks disabled-persons for its keys as the analyst and counts them; Region.name is shareable
  CohortAggregateByCounty: 1,
  // civil-affairs alone: the counts and the alerts with their persons, households, rules and counties
  DiscoveryAlertsByUnit: 1,
};

/** The gateway's own way (gateway/src/server.ts, @apollo/gateway): the composed supergraph, as it is given it. */
const supergraph = Supergraph.build(forApolloGateway(compose(registrySources())));
const apiSchema = supergraph.apiSchema();
const planner = new QueryPlanner(supergraph);

const operations = savedOperations();

/** Each fetch of a plan, as `service at path` (path empty for a root fetch), in plan order. */
function fetchesOf(node: PlanNode | SubscriptionNode | undefined, path = ''): string[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch':
      return [`${node.serviceName}${path ? ` at ${path}` : ''}`];
    case 'Flatten':
      return fetchesOf(node.node, node.path.join('.'));
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap((n) => fetchesOf(n, path));
    case 'Condition':
      return [...fetchesOf(node.ifClause, path), ...fetchesOf(node.elseClause, path)];
    case 'Defer':
      return [...fetchesOf(node.primary.node, path), ...node.deferred.flatMap((d) => fetchesOf(d.node, path))];
    case 'Subscription':
      return [...fetchesOf(node.primary, path), ...fetchesOf(node.rest, path)];
  }
}

function planOf(document: string): QueryPlan {
  const parsed = parse(document);
  // What the gateway refuses before planning (an unknown field, a wrong argument) fails here by name.
  expect(validate(apiSchema.toGraphQLJSSchema(), parsed).map((e) => e.message)).toEqual([]);
  const operation: Operation = operationFromDocument(apiSchema, parsed);
  return planner.buildQueryPlan(operation);
}

test('every saved operation has an expected fetch count, and every count a saved operation', () => {
  expect(operations.map((o) => o.name).sort()).toEqual(Object.keys(EXPECTED_FETCHES).sort());
});

describe.each(operations.map((o) => [o.name, o] as const))('%s', (name, { document }) => {
  const plan = () => planOf(document);
  const expected = EXPECTED_FETCHES[name];

  test(`plans ${expected ?? '(no expected number)'} subgraph fetch${expected === 1 ? '' : 'es'}`, () => {
    if (expected === undefined) throw new Error(`${name} has no expected fetch count: add it to EXPECTED_FETCHES`);
    // On failure the received list names each fetch: which subgraph, at which path of the answer.
    expect(fetchesOf(plan().node)).toHaveLength(expected);
  });

  test('plan as the gateway builds it', () => {
    expect(prettyFormatQueryPlan(plan())).toMatchSnapshot();
  });
});
