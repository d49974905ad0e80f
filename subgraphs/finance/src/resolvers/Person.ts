// Person as the finance bureau sees it: the key only, and the benefits paid to the person, a page at a time.
import { personProfiles } from '../../../../shared/src/profiles';
import type { PersonResolvers } from '../generated/graphql';
import { ledgerPage } from '../ledger';

// personProfiles hands a profile field the person's key and context, not its arguments: payments pages, so it is
// written out here, beside the __resolveReference personProfiles gives.
export const Person: PersonResolvers = {
  ...personProfiles({}),
  payments: async (person, args, { loaders }) => ledgerPage(await loaders.paymentsByPersonKey.load(person.id), args),
};
