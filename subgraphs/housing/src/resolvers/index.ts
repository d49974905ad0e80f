// The housing resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { HousingAssistance } from './HousingAssistance';
import { HousingProfile } from './HousingProfile';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PropertyHolding } from './PropertyHolding';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Person, HousingProfile, PropertyHolding, HousingAssistance };
