// Education keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { aidInput, enrollmentInput, TODAY } from './inputs';

agencyContractSuite('education', {
  held: { Person: 'SELECT person_key FROM student ORDER BY person_key' },
  lists: {
    students: {
      valid: [{ stage: 'PRIMARY', schoolYear: '2026-2027', lacksAid: 'LIVING_ALLOWANCE' }, { aidKind: 'GRANT' }],
      invalid: [
        [{ schoolYear: '2026-2028' }, 'filter.schoolYear'],
        [{ schoolYear: '2026/27' }, 'filter.schoolYear'],
      ],
    },
  },
  writes: [
    {
      mutation: 'recordEnrollment',
      input: () => enrollmentInput(),
      change: 'endEnrollment',
      changeInput: (enrollment) => ({ id: enrollment.id, endedOn: TODAY, reason: 'TRANSFERRED' }),
    },
    {
      mutation: 'grantEducationAid',
      input: async (write) => aidInput((await write('recordEnrollment', enrollmentInput())).person.id),
      change: 'revokeEducationAid',
      changeInput: (aid) => ({ id: aid.id, reason: 'granted twice by mistake' }),
    },
  ],
});
