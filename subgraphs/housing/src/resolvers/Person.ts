// Person as housing sees it: an entity it does not own, with the housing profile hung on its key.
import { Context } from '../context';
import { HousingAssistance, PropertyHolding } from '../entities';

/** The parent of HousingProfile's fields: the person's rows, loaded in one batch per table. */
export interface HousingProfileParent {
  personKey: string;
  properties: PropertyHolding[];
  assistance: HousingAssistance[];
}

export const Person = {
  // The person core lives in civil-affairs; here a reference is just its key.
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  housing: async ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<HousingProfileParent | null> => {
    const [properties, assistance] = await Promise.all([loaders.propertiesByPersonKey.load(id), loaders.assistanceByPersonKey.load(id)]);
    if (properties.length === 0 && assistance.length === 0) return null;
    return { personKey: id, properties, assistance: [...assistance].reverse() };
  },
};
