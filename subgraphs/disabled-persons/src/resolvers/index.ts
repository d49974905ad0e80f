// The disabled-persons resolver map, one file per type.
import { DisabilityCertificate } from './DisabilityCertificate';
import { DisabilityProfile } from './DisabilityProfile';
import { DisabilitySubsidy } from './DisabilitySubsidy';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Person, DisabilityProfile, DisabilityCertificate, DisabilitySubsidy };
