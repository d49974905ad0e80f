// Household as the finance bureau sees it: civil affairs' key, with the members the gateway read from civil affairs
// (@requires), and the benefits paid to them.
import type { HouseholdResolvers } from '../generated/graphql';
import { ledgerPage, newestFirst } from '../ledger';

/** A household as the gateway refers to one: its id, and its members' keys when the caller could read them. */
export interface HouseholdReference {
  id: string;
  members?: { id: string }[] | null;
}

export const Household: HouseholdResolvers = {
  __resolveReference: (household) => household,
  payments: async (household, args, { loaders, access }) => {
    // No members: the representation did not carry them (civil affairs refused them to the caller, or a caller
    // asked finance directly); finance cannot tell whose payments they are, and says nothing.
    if (!household.members) return null;
    // Whose ledgers are read: on the access log whether or not the answer names them (Payment.person).
    for (const m of household.members) access.persons.add(m.id);
    const ledgers = await loaders.paymentsByPersonKey.loadMany(household.members.map((m) => m.id));
    const failed = ledgers.find((l): l is Error => l instanceof Error);
    if (failed) throw failed;
    return ledgerPage((ledgers as Exclude<(typeof ledgers)[number], Error>[]).flat().sort(newestFirst), args);
  },
};
