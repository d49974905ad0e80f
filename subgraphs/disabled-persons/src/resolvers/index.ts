// The disabled-persons resolver map, one file per type.
import { DisabilityProfile } from './DisabilityProfile';
import { DisabilitySubsidy } from './DisabilitySubsidy';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = { Query, Person, DisabilityProfile, DisabilitySubsidy };
