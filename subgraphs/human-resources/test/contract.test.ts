// Human resources keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite, Write } from '../../../test/support/contract-suite';
import { enrollInput, statusInput } from './inputs';

/** A new unemployed person's employment record. */
const unemployed = (write: Write) => write('recordEmploymentStatus', statusInput());

agencyContractSuite('human-resources', {
  held: { Person: 'SELECT person_key FROM employment_record UNION SELECT person_key FROM social_insurance_enrollment ORDER BY 1' },
  lists: {
    jobSeekers: {
      valid: [{ registeredUnemployed: true, withoutService: true }, { withoutService: false }, { status: 'UNEMPLOYED' }],
      invalid: [[{ regionCode: '110105' }, 'filter.regionCode']],
    },
    insuredPersons: {
      valid: [{ scheme: 'EMPLOYEE_PENSION', status: 'RECEIVING' }, { status: 'CONTRIBUTING' }],
      invalid: [[{ regionCode: '4113' }, 'filter.regionCode']],
    },
  },
  writes: [
    {
      mutation: 'recordEmploymentStatus',
      input: () => statusInput(),
      change: 'recordEmploymentStatus',
      changeInput: (_record, _write, made) => ({ ...made, status: 'FLEXIBLY_EMPLOYED', since: '2026-06-01' }),
    },
    {
      mutation: 'registerUnemployment',
      input: async (write) => {
        const record = await unemployed(write);
        return { personId: record.person.id, version: record.version, registeredOn: '2026-04-01' };
      },
      change: 'endUnemploymentRegistration',
      changeInput: (record) => ({ personId: record.person.id, endedOn: '2026-06-01', reason: 'WITHDRAWN' }),
    },
    {
      mutation: 'startEmploymentService',
      input: async (write) => ({
        personId: (await unemployed(write)).person.id,
        kind: 'JOB_REFERRAL',
        startDate: '2026-05-01',
        provider: '宛城区公共就业服务中心',
      }),
      change: 'endEmploymentService',
      changeInput: (service) => ({ id: service.id, endDate: '2026-06-30' }),
    },
    {
      mutation: 'enrollSocialInsurance',
      input: () => enrollInput(),
      change: 'changeSocialInsurance',
      changeInput: (enrolment) => ({ id: enrolment.id, status: 'SUSPENDED' }),
    },
  ],
});
