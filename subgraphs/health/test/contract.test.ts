// Health keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { aidInput, enrollInput, settlementInput } from './inputs';

agencyContractSuite('health', {
  held: { Person: 'SELECT person_key FROM health_file ORDER BY person_key' },
  lists: {
    medicalAssistanceRecipients: {
      valid: [
        { settledFrom: '2025-06-01', settledTo: '2026-06-30', oneStop: true },
        { settledFrom: '2026-01-01', minSelfPaid: '1000.00' },
      ],
      invalid: [
        [{ settledFrom: '2026-06-01', settledTo: '2026-05-31' }, 'filter.settledFrom'],
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ minSelfPaid: '-1.00' }, 'filter.minSelfPaid'],
        [{ minSelfPaid: '10.005' }, 'filter.minSelfPaid'],
        [{ settledFrom: '2026-02-30' }, 'filter.settledFrom', /real calendar date/],
      ],
    },
  },
  writes: [
    {
      mutation: 'recordMedicalAssistanceSettlement',
      input: () => settlementInput(),
      change: 'reverseMedicalAssistanceSettlement',
      changeInput: (settlement) => ({ id: settlement.id, reason: '金额录入错误' }),
    },
    { mutation: 'grantEmergencyMedicalAid', input: () => aidInput() },
    {
      mutation: 'enrollPublicHealthService',
      input: () => enrollInput(),
      change: 'endPublicHealthService',
      changeInput: (enrolment) => ({ id: enrolment.id, endedOn: '2026-01-01', reason: 'DECLINED' }),
    },
  ],
});
