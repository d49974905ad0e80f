// Civil affairs keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { addDays, cityToday } from '../../../shared/src/dates';
import { AgencyKit } from '../../../test/support/agency';
import { newHousehold, personInput } from './inputs';

/** An authorisation of a new household's verification, by its head, of every unit (test/verification.test.ts gathers one). */
async function authorisationInput(write: (mutation: string, input: Record<string, unknown>) => Promise<Record<string, any>>) {
  const household = await newHousehold(write);
  const head = household.head.id;
  return {
    householdId: household.id,
    signerId: head,
    memberIds: [head],
    agencies: ['human-resources', 'housing'],
    validUntil: addDays(cityToday(), 30),
  };
}
const seededVerification = (kit: AgencyKit) => kit.keys('SELECT id FROM verification_request ORDER BY id LIMIT 1');

agencyContractSuite('civil-affairs', {
  held: {
    // Members of households with cases, so that every record under a person is read.
    Person: 'SELECT key FROM person WHERE household_id IN (SELECT household_id FROM assistance_case) ORDER BY key LIMIT 100',
    Household: 'SELECT DISTINCT household_id FROM assistance_case ORDER BY 1 LIMIT 100',
    // Every county a household lives in, by its GB/T 2260 code.
    Region: 'SELECT DISTINCT region_code FROM household ORDER BY 1',
  },
  arguments: {
    personByIdNumber: async (kit) => ({ idNumber: (await kit.keys('SELECT id_number FROM person ORDER BY key LIMIT 1'))[0] }),
    noteRecordsHeld: async (kit) => ({ personKeys: await kit.keys('SELECT key FROM person ORDER BY key LIMIT 1') }),
    verification: async (kit) => ({ id: (await seededVerification(kit))[0] }),
    verificationAuthorisation: async (kit) => ({
      id: (await kit.keys('SELECT authorisation_id FROM verification_request ORDER BY id LIMIT 1'))[0],
    }),
  },
  serviceWrites: { noteRecordsHeld: "every agency's outbox notes the persons it holds records on (test/register-feed.test.ts)" },
  // An agency role's view of a person follows the register of record holders (record-holders.test.ts), and an
  // analyst's ID number is its region code alone (civil-affairs.test.ts): the SDL does not say either.
  viewers: ['analyst', 'admin', 'auditor'],
  shapedByResolvers: ['Person.idNumber'],
  lists: {
    // The demo city's applications awaiting verification (src/verification/seed.ts).
    verifications: {
      valid: [{ regionCode: '411302' }, { status: 'REQUESTED' }],
      invalid: [[{ regionCode: '110105' }, 'filter.regionCode']],
    },
    households: {
      valid: [{ program: 'MINIMUM_LIVING_ALLOWANCE', status: 'ACTIVE', regionCode: '411302' }, { status: 'ACTIVE' }],
      invalid: [[{ regionCode: '110105' }, 'filter.regionCode']],
    },
    persons: {
      valid: [{ minAge: 60 }, { regionCode: '411302', gender: 'FEMALE' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ minAge: 61 }, 'filter.minAge', /multiple of 5/],
        [{ minAge: 70, maxAge: 64 }, 'filter.minAge'],
      ],
    },
  },
  writes: [
    {
      mutation: 'recordVerificationAuthorisation',
      input: authorisationInput,
      change: 'revokeVerificationAuthorisation',
      changeInput: (authorisation) => ({ id: authorisation.id, reason: '申请人撤回授权' }),
    },
    {
      // Without the graph (this suite runs civil affairs alone) every unit is missing: the report is INCOMPLETE.
      mutation: 'requestVerification',
      input: async (write) => {
        const authorisation = await write('recordVerificationAuthorisation', await authorisationInput(write));
        return { householdId: authorisation.household.id, authorisationId: authorisation.id };
      },
      change: 'rerunVerification',
      changeInput: (verification) => ({ id: verification.id }),
    },
    {
      mutation: 'registerPerson',
      input: () => personInput(),
      change: 'movePerson',
      changeInput: async (person, write) => ({
        personId: person.id,
        toHouseholdId: (await newHousehold(write)).id,
        relationToHead: 'CHILD',
      }),
    },
    {
      mutation: 'registerHousehold',
      input: async (write) => ({
        regionCode: '411302',
        address: '宛城区新华路3号',
        headId: (await write('registerPerson', personInput())).id,
      }),
    },
    {
      mutation: 'openAssistanceCase',
      input: async (write) => ({
        householdId: (await newHousehold(write)).id,
        program: 'TEMPORARY_ASSISTANCE',
        startDate: '2026-10-01',
        oneOffAmount: '1500.00',
      }),
      change: 'changeAssistanceCase',
      changeInput: (assistanceCase) => ({ id: assistanceCase.id, status: 'UNDER_REVIEW' }),
    },
  ],
});
