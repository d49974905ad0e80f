// Township: a township or street by its 9-digit code, its county, and its service window.
import type { TownshipResolvers } from '../generated/graphql';
import { regionOf } from './Region';

export const Township: TownshipResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.townshipByCode.load(code),
  county: (t) => regionOf(t.countyCode),
  window: (t) =>
    t.windowName === null ? null : { name: t.windowName, address: t.windowAddress!, hours: t.windowHours!, phone: t.windowPhone! },
};
