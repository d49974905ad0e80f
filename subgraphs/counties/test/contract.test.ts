// The county governments keep the contract every agency keeps (test/support/contract-suite.ts); of persons they keep only
// the one-window applications their windows take.
import { randomUUID } from 'node:crypto';
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { applicationInput, decisionInput, itemInput, meetingInput, ruleInput } from './inputs';

const SUBMIT = 'mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id person { id } } }';

agencyContractSuite('counties', {
  held: {
    // A district, a county and a county-level city, each with its mechanism, meetings, decisions and supervision items.
    Region: "SELECT region_code FROM coordination_mechanism WHERE region_code IN ('411302', '411321', '411381') ORDER BY 1",
    // A street and a township.
    Township:
      "SELECT min(code) FROM township WHERE kind = 'STREET' UNION SELECT min(code) FROM township WHERE kind = 'TOWNSHIP' ORDER BY 1",
  },
  arguments: {
    region: () => ({ code: '411302' }),
    township: async (kit) => ({ code: (await kit.keys('SELECT code FROM township ORDER BY code LIMIT 1'))[0] }),
    // An application for two needs, so that its status reads two referrals.
    oneWindowApplication: async (kit) => ({
      id: (await kit.write(SUBMIT, applicationInput({ needs: ['EDUCATION_AID', 'HOUSING'], householdId: randomUUID() }))).id,
    }),
    oneWindowApplications: async (kit) => ({ personId: (await kit.write(SUBMIT, applicationInput())).person.id }),
  },
  lists: {
    supervisionItems: {
      valid: [{ regionCode: '411302', status: 'DONE' }, { overdue: true }, { unit: 'FINANCE', category: 'FUNDS' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ unit: 'MAYOR' }, 'filter.unit', /GovernmentUnit/],
        [{ overdue: 'yes' }, 'filter.overdue'],
      ],
    },
    coordinationDecisions: {
      valid: [
        { regionCode: '411381', status: 'DONE' },
        { unit: 'CIVIL_AFFAIRS', overdue: false },
      ],
      invalid: [
        [{ regionCode: '4113' }, 'filter.regionCode'],
        [{ status: 'CLOSED' }, 'filter.status'],
      ],
    },
  },
  concernNoOne: {
    recordCoordinationMeeting: 'a meeting of the mechanism is about no one person',
    recordCoordinationDecision: 'a decision of the mechanism is about no one person (a case consultation minutes none by name)',
    changeCoordinationDecision: 'a decision of the mechanism is about no one person',
    openSupervisionItem: 'a supervision item is addressed to a unit',
    reportSupervisionProgress: 'a supervision item is addressed to a unit',
    closeSupervisionItem: 'a supervision item is addressed to a unit',
    setRoutingRule: 'a routing rule is about a need, whoever has it',
  },
  serviceWrites: {
    reportReferralStep: "a unit's service reports a step on a referral routed to it (test/one-window.test.ts)",
    submitDiscoveryReferral: "civil affairs' service refers a proactive-discovery alert (test/discovery.test.ts)",
  },
  writes: [
    // One need: the suite expects one row in each table of a new record, and a referral is a row per need.
    { mutation: 'submitApplication', input: () => applicationInput() },
    { mutation: 'setRoutingRule', input: () => ruleInput() },
    // One attendee: the suite expects one row in each table of a new record, and attendance is a row per unit.
    { mutation: 'recordCoordinationMeeting', input: () => meetingInput({ attendees: ['CIVIL_AFFAIRS'] }) },
    {
      mutation: 'recordCoordinationDecision',
      input: async (write) => decisionInput((await write('recordCoordinationMeeting', meetingInput())).id),
      change: 'changeCoordinationDecision',
      changeInput: (decision) => ({ id: decision.id, status: 'IN_PROGRESS', note: '已部署各乡镇（街道）开展复核' }),
    },
    {
      mutation: 'openSupervisionItem',
      input: () => itemInput(),
      change: 'reportSupervisionProgress',
      changeInput: (item) => ({ id: item.id, note: '资金已拨付至乡镇（街道），正在发放' }),
    },
    {
      mutation: 'openSupervisionItem',
      input: () => itemInput({ unit: 'CIVIL_AFFAIRS', category: 'VERIFICATION' }),
      change: 'closeSupervisionItem',
      changeInput: (item) => ({ id: item.id, note: '已全部核查完毕，结果已报县政府' }),
    },
  ],
});
