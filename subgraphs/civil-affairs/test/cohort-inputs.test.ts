// Civil affairs' schema carries CohortCondition and a copy of every other agency's list filter (the gateway validates
// a cohort's condition against civil affairs' SDL alone): the copy is what the agencies' schemas say today.
import { readFileSync } from 'node:fs';
import { InputObjectTypeDefinitionNode, Kind, parse, print } from 'graphql';
import { compose, registrySources } from '../../../gateway/src/supergraph';
import { cohortKeyLists } from '../../../shared/src/cohorts/keys';
import { agencySdlPath } from '../../../shared/src/schema';
import { AGENCY_NAMES } from '../../registry';
import { schemaWithCohortInputs } from '../../../scripts/cohort-inputs';

const schema = readFileSync(agencySdlPath('civil-affairs'), 'utf8');

test("the cohort inputs in civil affairs' schema are current (run `npm run cohort:inputs` after a change)", () => {
  expect(schema).toBe(schemaWithCohortInputs(schema));
});

test("CohortCondition has and, or, not and one member per person list of the registry, taking that list's filter", () => {
  const condition = parse(schema).definitions.find(
    (d): d is InputObjectTypeDefinitionNode => d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === 'CohortCondition',
  );
  expect(condition?.fields?.map((f) => `${f.name.value}: ${print(f.type)}`)).toEqual([
    'and: [CohortCondition!]',
    'or: [CohortCondition!]',
    'not: CohortCondition',
    ...cohortKeyLists(AGENCY_NAMES).map((l) => `${l.list}: ${l.filterType}`),
  ]);
});

test('the supergraph composes with the copies and offers the cohort field with its condition', () => {
  const supergraph = compose(registrySources());
  expect(supergraph).toMatch(/cohort\(condition: CohortCondition!, first: Int = 20, after: String\): PersonConnection/);
  expect(supergraph).toMatch(/input DisabledPersonFilter[^}]*lacksSubsidy: DisabilitySubsidyKind/);
});
