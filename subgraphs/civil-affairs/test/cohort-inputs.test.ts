// Civil affairs serves CohortCondition and a copy of every other agency's list filter (the gateway validates a
// cohort's condition against civil affairs' SDL alone): the kit builds them from what the agencies' schemas say.
import { readFileSync } from 'node:fs';
import { InputObjectTypeDefinitionNode, Kind, parse, print } from 'graphql';
import { compose, registrySources } from '../../../gateway/src/supergraph';
import { cohortKeyLists } from '../../../shared/src/cohorts/keys';
import { cohortInputsSdl } from '../../../shared/src/cohorts/inputs';
import { agencySdlPath, subgraphSdl } from '../../../shared/src/schema';
import { AGENCY_NAMES } from '../../registry';

const served = parse(subgraphSdl('civil-affairs'));

const inputNamed = (name: string) =>
  served.definitions.find((d): d is InputObjectTypeDefinitionNode => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === name);

test("CohortCondition has and, or, not and one member per person list of the registry, taking that list's filter", () => {
  expect(inputNamed('CohortCondition')?.fields?.map((f) => `${f.name.value}: ${print(f.type)}`)).toEqual([
    'and: [CohortCondition!]',
    'or: [CohortCondition!]',
    'not: CohortCondition',
    ...cohortKeyLists(AGENCY_NAMES).map((l) => `${l.list}: ${l.filterType}`),
  ]);
});

test("a list filter civil affairs serves is the agency's own filter as its schema writes it", () => {
  const disabled = parse(subgraphSdl('disabled-persons')).definitions.find(
    (d) => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === 'DisabledPersonFilter',
  );
  expect(print(inputNamed('DisabledPersonFilter')!)).toBe(print(disabled!));
});

test('only the subgraph whose schema names CohortCondition gets the cohort inputs', () => {
  const others = AGENCY_NAMES.filter((a) => a !== 'civil-affairs');
  for (const agency of others) expect(subgraphSdl(agency)).not.toMatch(/input CohortCondition\b/);
});

test('a filter type an agency defines differently from another fails the build, naming both', () => {
  const sdlOf = (agency: string) =>
    agency === 'housing'
      ? 'type Query { housingAssistances(filter: DisabledPersonFilter): AConnection }\ntype AConnection { nodes: [Person!]! }\ntype Person { key: ID! }\ninput DisabledPersonFilter { other: Int }'
      : readFileSync(agencySdlPath(agency), 'utf8');
  const home = { home: 'civil-affairs', homeSdl: 'type Query { cohort: Int }', commonSdl: 'scalar Date' };
  expect(() => cohortInputsSdl({ ...home, agencies: ['civil-affairs', 'disabled-persons', 'housing'], sdlOf })).toThrow(
    "housing's DisabledPersonFilter differs from disabled-persons's DisabledPersonFilter: rename one of them",
  );
});

test('the supergraph composes with the copies and offers the cohort field with its condition', () => {
  const supergraph = compose(registrySources());
  expect(supergraph).toMatch(/cohort\(condition: CohortCondition!, first: Int = 20, after: String\): PersonConnection/);
  expect(supergraph).toMatch(/input DisabledPersonFilter[^}]*lacksSubsidy: DisabilitySubsidyKind/);
});
