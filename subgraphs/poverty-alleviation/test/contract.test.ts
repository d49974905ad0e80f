// The poverty alleviation office keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { householdInput, measureInput, TODAY } from './inputs';

agencyContractSuite('poverty-alleviation', {
  // About 25 monitored households: enough that each filter below selects several members.
  people: 3000,
  held: {
    Person: 'SELECT person_key FROM monitored_member ORDER BY person_key',
  },
  lists: {
    monitoredPersons: {
      valid: [
        { status: 'MONITORED' },
        { cause: 'ILLNESS' },
        { withoutMeasure: false },
        { category: 'SUDDEN_HARDSHIP', status: 'RISK_ELIMINATED' },
      ],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ category: 'POOR' }, 'filter.category'],
        [{ cause: 'BAD_LUCK' }, 'filter.cause'],
      ],
    },
  },
  writes: [
    {
      mutation: 'registerMonitoredHousehold',
      input: () => householdInput(),
      change: 'eliminateMonitoringRisk',
      changeInput: async (household, write) => {
        // A risk is eliminated only after support.
        await write('recordSupportMeasure', measureInput(household.id));
        return { id: household.id, eliminatedOn: TODAY, reason: '务工收入稳定，人均纯收入高于监测标准' };
      },
    },
    {
      mutation: 'recordSupportMeasure',
      input: async (write) => measureInput((await write('registerMonitoredHousehold', householdInput())).id),
      change: 'changeSupportMeasure',
      changeInput: (measure) => ({ id: measure.id, status: 'TERMINATED', endDate: TODAY, reason: '本人外出务工，自愿放弃' }),
    },
  ],
});
