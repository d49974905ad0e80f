// The finance bureau keeps the contract every agency keeps (test/support/contract-suite.ts).
import { agencyContractSuite } from '../../../test/support/contract-suite';
import { allocationInput, newAccount, paymentInput, REISSUED_ON, RETURNED_ON } from './inputs';

agencyContractSuite('finance', {
  // Enough payees (about 150) for a handful of returned payments in the ledger.
  people: 5000,
  held: {
    Person: 'SELECT person_key FROM payee ORDER BY 1',
    // The bureau holds no household ids (the gateway brings a household's members from civil affairs): any id will do.
    Household: "SELECT '6f1c2a9e-0d4b-4c3a-a000-000000000001'",
  },
  arguments: { budgets: () => ({ year: 2026 }), priceSubsidyBatch: () => ({ month: '2026-01' }) },
  lists: {
    paymentRecipients: {
      valid: [
        { programme: 'MINIMUM_LIVING_ALLOWANCE', month: '2026-10' },
        { regionCode: '411302', status: 'PAID' },
      ],
      invalid: [
        [{ regionCode: '110105' }, 'filter.regionCode'],
        [{ month: '2026-13' }, 'filter.month'],
        [{ month: '202610' }, 'filter.month'],
      ],
    },
    returnedPayments: {
      valid: [{ outstanding: false }],
      invalid: [[{ regionCode: '4113' }, 'filter.regionCode']],
    },
  },
  writes: [
    {
      mutation: 'recordPayment',
      input: () => paymentInput(),
      change: 'markPaymentReturned',
      changeInput: (payment) => ({ id: payment.id, returnedOn: RETURNED_ON, reason: 'ACCOUNT_FROZEN' }),
    },
    {
      mutation: 'reissuePayment',
      input: async (write) => {
        const paid = await write('recordPayment', paymentInput());
        const returned = await write('markPaymentReturned', {
          id: paid.id,
          version: paid.version,
          returnedOn: RETURNED_ON,
          reason: 'ACCOUNT_CLOSED',
        });
        return {
          paymentId: returned.id,
          version: returned.version,
          paidOn: REISSUED_ON,
          bank: '中国邮政储蓄银行',
          accountNumber: newAccount(),
        };
      },
    },
    { mutation: 'allocateFunds', input: () => allocationInput() },
  ],
  workflows: {
    runPriceSubsidyBatch:
      "reads prices, civil affairs and human resources over the gateway as finance's service, and pays page by page, each page its own transaction (test/price-linkage.test.ts)",
  },
  concernNoOne: { allocateFunds: 'an allocation concerns a county’s budget line, no person or household' },
  knownGaps: {
    'the held Households reach every type under them that carries a policy, so each view below reads every field':
      'the suite sends a Household by its id alone; Household.payments @requires its members, which only the gateway adds (finance.test.ts reads it through the gateway)',
  },
});
