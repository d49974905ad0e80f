// The civil-affairs resolver map, one file per type.
import { AssistanceCase, AssistanceStandard } from './AssistanceCase';
import { Household } from './Household';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Person, Household, AssistanceCase, AssistanceStandard };
