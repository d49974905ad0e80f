// The civil-affairs resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { AssistanceCase, AssistanceStandard } from './AssistanceCase';
import { Household } from './Household';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { Region } from './Region';

export const resolvers: Resolvers = { Query, Mutation, Person, Household, AssistanceCase, AssistanceStandard, Region };
