// The justice resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { DisputeMediation } from './DisputeMediation';
import { LegalAidCase } from './LegalAidCase';
import { LegalAidProfile } from './LegalAidProfile';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Person, LegalAidProfile, LegalAidCase, DisputeMediation };
