// Civil affairs keeps the contract every agency keeps (test/support/contract-suite.ts).
import { randomUUID } from 'node:crypto';
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { addDays, cityToday } from '../../../shared/src/dates';
import { AgencyKit } from '../../../test/support/agency';
import { SEVERE_DISABILITY_WITHOUT_CARE } from '../src/discovery/rules';
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

/** A new rule, named anew each call (src/discovery). */
const ruleInput = () => ({
  name: `一级残疾人未享护理补贴 ${randomUUID().slice(0, 8)}`,
  description: 'Holds a grade 1 disability certificate and gets no severe-care subsidy.',
  responsibleUnit: 'disabled-persons',
  need: 'DISABILITY_SUBSIDY',
  condition: JSON.stringify({ disabledPersons: { grades: [1], lacksSubsidy: 'SEVERE_CARE' } }),
});
/** An alert opened by hand for a new person under a seeded rule, as a township's visit would. */
const alertInput = async (write: (mutation: string, input: Record<string, unknown>) => Promise<Record<string, any>>) => ({
  ruleId: SEVERE_DISABILITY_WITHOUT_CARE,
  personId: (await write('registerPerson', personInput())).id,
  note: '入户走访: 家属反映未领取重度残疾人护理补贴',
});

agencyContractSuite('civil-affairs', {
  held: {
    // Members of households with cases, so that every record under a person is read, and persons with alerts.
    Person: `(SELECT key FROM person WHERE household_id IN (SELECT household_id FROM assistance_case) ORDER BY key LIMIT 98)
      UNION (SELECT person_key FROM discovery_alert ORDER BY person_key LIMIT 2) ORDER BY 1`,
    Household: `(SELECT DISTINCT household_id FROM assistance_case ORDER BY 1 LIMIT 98)
      UNION (SELECT household_id FROM discovery_alert WHERE household_id IS NOT NULL ORDER BY 1 LIMIT 2) ORDER BY 1`,
    // Every county a household lives in, by its GB/T 2260 code.
    Region: 'SELECT DISTINCT region_code FROM household ORDER BY 1',
  },
  arguments: {
    personByIdNumber: async (kit) => ({ idNumber: (await kit.keys('SELECT id_number FROM person ORDER BY key LIMIT 1'))[0] }),
    noteRecordsHeld: async (kit) => ({ personKeys: await kit.keys('SELECT key FROM person ORDER BY key LIMIT 1') }),
    verification: async (kit) => ({ id: (await seededVerification(kit))[0] }),
    // Civil affairs' own list alone: the suite runs it without the graph the other agencies' lists are asked through.
    cohort: async () => ({ condition: { persons: { regionCode: '411302' } } }),
    // One county's persons by county: no cell small enough to suppress, so every role sees the same table (which roles
    // see it suppressed is test/cohort-aggregate.test.ts's).
    cohortAggregate: async () => ({ condition: { persons: { regionCode: '411302' } }, groupBy: ['COUNTY'] }),
    discoveryRule: () => ({ id: SEVERE_DISABILITY_WITHOUT_CARE }),
    // No run is made without the graph: the run asked for is none.
    discoveryRun: () => ({ id: randomUUID() }),
    verificationAuthorisation: async (kit) => ({
      id: (await kit.keys('SELECT authorisation_id FROM verification_request ORDER BY id LIMIT 1'))[0],
    }),
  },
  serviceWrites: { noteRecordsHeld: "every agency's outbox notes the persons it holds records on (test/register-feed.test.ts)" },
  workflows: {
    runDiscoveryRules:
      'asks every unit a rule names over the gateway as civil affairs’ service, then opens and closes alerts in one transaction (test/discovery.test.ts)',
  },
  concernNoOne: {
    defineDiscoveryRule: 'a rule is a condition, about no one person',
    changeDiscoveryRule: 'a rule is a condition, about no one person',
  },
  // An agency role's view of a person follows the register of record holders (record-holders.test.ts), and an
  // analyst's ID number is its region code alone (civil-affairs.test.ts): the SDL does not say either.
  viewers: ['analyst', 'admin', 'auditor'],
  // A published table is exact for admins and suppressed for everyone else (test/cohort-aggregate.test.ts).
  shapedByResolvers: ['Person.idNumber', 'CohortAggregateCell.disclosure', 'CohortAggregateCell.threshold'],
  readsBeyondAnswer: {
    cohortAggregate: {
      why: 'it reads every person it counts and names none: its row keeps the question, the fields counted and how many (test/cohort-aggregate.test.ts)',
      fields: ['Person.region', 'AssistanceCase.monthlyAmount'],
      filters: async (kit) => ({
        personsCounted: await kit.count("SELECT count(*)::int AS count FROM person WHERE region_code = '411302'"),
      }),
    },
  },
  lists: {
    // The alerts the demo city's townships opened on home visits (src/discovery/seed.ts).
    discoveryAlerts: {
      valid: [{ unit: 'disabled-persons', status: 'OPEN' }, { ruleId: SEVERE_DISABILITY_WITHOUT_CARE }],
      invalid: [
        [{ unit: 'finance' }, 'filter.unit', /keeps no referral inbox/],
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ ruleId: 'not-a-rule' }, 'filter.ruleId'],
      ],
    },
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
      mutation: 'defineDiscoveryRule',
      input: ruleInput,
      change: 'changeDiscoveryRule',
      changeInput: (rule) => ({ id: rule.id, active: false }),
    },
    {
      mutation: 'openDiscoveryAlert',
      input: alertInput,
      change: 'dismissDiscoveryAlert',
      changeInput: (alert) => ({ id: alert.id, reason: '已享受护理补贴, 家属记错' }),
    },
    { mutation: 'openDiscoveryAlert', input: alertInput, change: 'resolveDiscoveryAlert', changeInput: (alert) => ({ id: alert.id }) },
    // Referring owes counties the application through the outbox; delivering it is test/discovery.test.ts's.
    { mutation: 'openDiscoveryAlert', input: alertInput, change: 'referDiscoveryAlert', changeInput: (alert) => ({ id: alert.id }) },
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
