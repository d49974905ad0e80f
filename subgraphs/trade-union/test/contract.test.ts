// The trade unions keep the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { fileInput, grantInput } from './inputs';

agencyContractSuite('trade-union', {
  held: { Person: 'SELECT person_key FROM difficult_worker_file UNION SELECT person_key FROM union_aid ORDER BY 1' },
  lists: {
    difficultWorkers: {
      valid: [{ level: 'GENERAL', status: 'ACTIVE' }, { withoutAidSince: '2026-01-01' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ withoutAidSince: '2026-02-30' }, 'filter.withoutAidSince', /must be a real calendar date/],
      ],
    },
  },
  writes: [
    {
      mutation: 'openDifficultWorkerFile',
      input: () => fileInput(),
      change: 'changeDifficultWorkerFile',
      changeInput: (file) => ({ id: file.id, level: 'DEEP' }),
    },
    {
      mutation: 'grantUnionAid',
      input: () => grantInput(),
      change: 'revokeUnionAid',
      changeInput: (aid) => ({ id: aid.id, reason: '发放错误' }),
    },
  ],
});
