// Region: a county of the city by its GB/T 2260 code, with its name; a code the city does not have keeps the code as its name.
import { findRegion } from '../../../../shared/src/regions';
import type { RegionResolvers } from '../generated/graphql';

export const regionOf = (code: string) => {
  const region = findRegion(code);
  return region ? { code: region.code, name: region.name } : { code, name: code };
};

export const Region: RegionResolvers = {
  __resolveReference: ({ code }) => regionOf(code),
};
