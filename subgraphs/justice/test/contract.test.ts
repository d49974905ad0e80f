// The justice bureau keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { applyInput, mediationInput, TODAY } from './inputs';

/** An application accepted today, so that a lawyer can be assigned to it. */
const acceptedInput = async (write: (mutation: string, input: Record<string, unknown>) => Promise<Record<string, any>>) => {
  const applied = await write('applyForLegalAid', applyInput());
  return { id: applied.id, version: applied.version, acceptedOn: TODAY };
};

agencyContractSuite('justice', {
  // Legal aid and mediation are rare: a city of this size has enough of both for every list to page.
  people: 12000,
  held: {
    Person: 'SELECT person_key FROM legal_aid_case UNION SELECT person_key FROM dispute_mediation ORDER BY 1',
  },
  lists: {
    legalAidRecipients: {
      valid: [{ meansTestWaived: true }, { status: 'CLOSED', meansTestWaived: false }, { category: 'FAMILY_MAINTENANCE' }],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ category: 'DIVORCE' }, 'filter.category'],
      ],
    },
    mediationParties: {
      valid: [{ unit: 'CIVIL_AFFAIRS' }, { programme: 'MINIMUM_LIVING_ALLOWANCE', status: 'CLOSED' }],
      invalid: [
        [{ regionCode: '4113' }, 'filter.regionCode'],
        [{ unit: 'FINANCE' }, 'filter.unit'],
      ],
    },
  },
  writes: [
    {
      mutation: 'applyForLegalAid',
      input: () => applyInput(),
      change: 'acceptLegalAidCase',
      changeInput: (c) => ({ id: c.id, acceptedOn: TODAY }),
    },
    {
      mutation: 'applyForLegalAid',
      input: () => applyInput({ meansTestWaived: false }),
      change: 'rejectLegalAidCase',
      changeInput: (c) => ({ id: c.id, rejectedOn: TODAY, reason: '经审查，申请人家庭经济状况不符合法律援助条件' }),
    },
    {
      mutation: 'applyForLegalAid',
      input: () => applyInput({ category: 'FAMILY_MAINTENANCE', matter: '要求子女每月给付赡养费500元' }),
      change: 'closeLegalAidCase',
      changeInput: (c) => ({ id: c.id, outcome: 'WITHDRAWN', closedOn: TODAY, note: '申请人撤回申请' }),
    },
    {
      mutation: 'acceptLegalAidCase',
      input: acceptedInput,
      change: 'assignLegalAidLawyer',
      changeInput: (c) => ({ id: c.id, lawyerName: '李明' }),
    },
    {
      mutation: 'openDisputeMediation',
      input: () => mediationInput(),
      change: 'closeDisputeMediation',
      changeInput: (m) => ({ id: m.id, result: 'REFERRED_TO_REVIEW', closedOn: TODAY, note: '告知当事人可依法申请行政复议' }),
    },
  ],
});
