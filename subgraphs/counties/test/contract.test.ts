// The county governments keep the contract every agency keeps (test/support/contract-suite.ts); they hold no records on persons.
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { decisionInput, itemInput, meetingInput } from './inputs';

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
  writes: [
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
