// Person as housing sees it: the key only, and the housing profile when either bureau holds a row on them.
import { personProfiles, Profile, profileOf } from '../../../../shared/src/profiles';
import { Context } from '../context';
import { HousingAssistance, PropertyHolding } from '../entities';
import type { PersonResolvers } from '../generated/graphql';

/** The parent of HousingProfile's fields: the person's rows, loaded in one batch per table. */
export type HousingProfileParent = Profile<{ properties: PropertyHolding[]; assistance: HousingAssistance[] }>;

export const Person: PersonResolvers = personProfiles({
  housing: async (key, { loaders }: Context) => {
    const [properties, assistance] = await Promise.all([loaders.propertiesByPersonKey.load(key), loaders.assistanceByPersonKey.load(key)]);
    return profileOf(key, { properties, assistance });
  },
});
