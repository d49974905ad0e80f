// The agriculture commission keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { contractInput, TODAY, transferInput } from './inputs';

agencyContractSuite('agriculture', {
  held: {
    Person: 'SELECT person_key FROM land_contract UNION SELECT person_key FROM land_transfer ORDER BY 1',
  },
  lists: {
    landHolders: {
      valid: [{ transferred: true }, { transferred: false, minAreaMu: 3 }, { specialGroup: 'ELDERLY' }, { regionCode: '411328' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ minAreaMu: -1 }, 'filter.minAreaMu'],
        [{ minAreaMu: 1.234 }, 'filter.minAreaMu', /two decimals/],
      ],
    },
  },
  writes: [
    {
      mutation: 'recordLandContract',
      input: () => contractInput(),
      change: 'extendLandContract',
      changeInput: (contract) => ({ id: contract.id }),
    },
    {
      mutation: 'recordLandContract',
      input: () => contractInput(),
      change: 'terminateLandContract',
      changeInput: (contract) => ({ id: contract.id, endedOn: TODAY, reason: '承包方全家迁入城镇，自愿交回承包地' }),
    },
    {
      mutation: 'recordLandTransfer',
      input: async (write) => transferInput((await write('recordLandContract', contractInput())).id),
      change: 'endLandTransfer',
      changeInput: (transfer) => ({ id: transfer.id, status: 'ENDED', endedOn: TODAY }),
    },
  ],
});
