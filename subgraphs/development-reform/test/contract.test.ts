// The development and reform commission keeps the contract every agency keeps (test/support/contract-suite.ts).
import { addDays } from '../../../shared/src/testing/dates';
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { newBuildInput, openInstitution, placementInput, TODAY, Write } from './inputs';

/** One institution with room for every placement the suite records, opened through the writes the first time one is needed. */
let institution: Promise<string> | undefined;
const roomy = (write: Write) => (institution ??= openInstitution(write));

/** The suite asks every write to name whom it concerns; a construction project concerns no person or household. */

agencyContractSuite('development-reform', {
  // Enough 特困 persons (0.4% of the city, a third of them placed) for every filter below to select two or more.
  people: 12000,
  held: {
    Person: 'SELECT DISTINCT person_key FROM care_placement ORDER BY 1',
  },
  lists: {
    placedPersons: {
      valid: [{ careLevel: 'SELF_CARE' }, { kind: 'COUNTY_CARE_CENTRE' }, { regionCode: '411381', kind: 'TOWNSHIP_NURSING_HOME' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ institutionId: 'not-an-institution' }, 'filter.institutionId'],
      ],
    },
    supportInstitutions: {
      valid: [{ kind: 'TOWNSHIP_NURSING_HOME' }, { occupancyAbove: 0.6 }, { regionCode: '411381' }],
      invalid: [
        [{ occupancyAbove: 1.5 }, 'filter.occupancyAbove'],
        [{ occupancyAbove: -0.1 }, 'filter.occupancyAbove'],
        [{ regionCode: '110105' }, 'filter.regionCode'],
      ],
    },
  },
  writes: [
    {
      mutation: 'recordCarePlacement',
      input: async (write) => placementInput(await roomy(write)),
      change: 'endCarePlacement',
      changeInput: (placement) => ({ id: placement.id, endedOn: TODAY, reason: 'MOVED_OUT', note: '亲属接回照料' }),
    },
    {
      mutation: 'openConstructionProject',
      input: () => newBuildInput(),
      change: 'changeConstructionProject',
      changeInput: (project) => ({ id: project.id, status: 'UNDER_CONSTRUCTION', on: addDays(TODAY, -5) }),
    },
  ],
  concernNoOne: {
    openConstructionProject: 'a construction project concerns an institution, no person or household',
    changeConstructionProject: 'a construction project concerns an institution, no person or household',
  },
});
