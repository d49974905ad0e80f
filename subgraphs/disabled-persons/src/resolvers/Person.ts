// Person as the disabled persons' federation sees it: the key only, and the profile when it holds one.
import { Context } from '../context';
import { DisabilityCertificate } from '../entities';

/** The parent of DisabilityProfile's fields. */
export interface DisabilityProfileParent {
  personKey: string;
  certificate: DisabilityCertificate;
}

export const Person = {
  // Civil affairs owns the person core; the federation answers for any key and finds its rows through loaders.
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  disability: async ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<DisabilityProfileParent | null> => {
    const certificate = await loaders.certificateByPersonKey.load(id);
    return certificate ? { personKey: id, certificate } : null;
  },
};
