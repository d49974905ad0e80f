// The disabled-persons resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { DisabilityCertificate } from './DisabilityCertificate';
import { DisabilityProfile } from './DisabilityProfile';
import { DisabilitySubsidy } from './DisabilitySubsidy';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Person, DisabilityProfile, DisabilityCertificate, DisabilitySubsidy };
