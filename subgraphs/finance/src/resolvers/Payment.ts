// Payment: amounts leave as Money from integer fen, the account masked (the full number is its own field, with the
// detail scope); the recipient, the county, the payment it reissues or that reissued it, and its history.
import type { PaymentResolvers } from '../generated/graphql';
import { maskAccount } from '../rules';

export const Payment: PaymentResolvers = {
  person: (p) => ({ id: p.personKey }),
  region: (p) => ({ code: p.regionCode }),
  amount: (p) => p.amountFen,
  account: (p) => maskAccount(p.accountNumber),
  reissueOf: (p, _, { loaders }) => (p.reissueOf ? loaders.paymentById.load(p.reissueOf) : null),
  reissuedBy: (p, _, { loaders }) => (p.status === 'REISSUED' ? loaders.reissueByPaymentId.load(p.id) : null),
  history: (p, _, { loaders }) => loaders.paymentHistory.load(p.id),
};
