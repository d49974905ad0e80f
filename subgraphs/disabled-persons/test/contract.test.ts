// The disabled persons' federation keeps the contract every agency keeps (test/support/contract-suite.ts).
import { addYears } from '../../../shared/src/dates';
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { certificateInput, subsidyInput, TODAY } from './inputs';

agencyContractSuite('disabled-persons', {
  held: { Person: 'SELECT person_key FROM disability_certificate ORDER BY person_key' },
  lists: {
    disabledPersons: {
      valid: [{ grades: [1, 2], lacksSubsidy: 'SEVERE_CARE' }, { lacksSubsidy: 'SEVERE_CARE' }, { categories: ['PHYSICAL', 'HEARING'] }],
      invalid: [
        [{ grades: [1, 0] }, 'filter.grades'],
        [{ grades: [5] }, 'filter.grades'],
        [{ grades: [] }, 'filter.grades'],
        [{ regionCode: '110105' }, 'filter.regionCode'],
      ],
    },
  },
  writes: [
    {
      mutation: 'issueDisabilityCertificate',
      input: () => certificateInput(),
      change: 'reassessDisabilityCertificate',
      changeInput: (certificate) => ({
        personId: certificate.person.id,
        category: 'MENTAL',
        grade: 1,
        issuedOn: TODAY,
        validUntil: addYears(TODAY, 5),
      }),
    },
    {
      mutation: 'grantDisabilitySubsidy',
      input: async (write) => subsidyInput((await write('issueDisabilityCertificate', certificateInput())).person.id),
      change: 'changeDisabilitySubsidy',
      changeInput: (subsidy) => ({ id: subsidy.id, status: 'SUSPENDED', reason: 'annual check not returned' }),
    },
  ],
});
