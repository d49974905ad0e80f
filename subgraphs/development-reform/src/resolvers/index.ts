// The development-reform resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { CarePlacement } from './CarePlacement';
import { ConstructionProject } from './ConstructionProject';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PlanTarget } from './PlanTarget';
import { Query } from './Query';
import { SupportInstitution } from './SupportInstitution';

export const resolvers: Resolvers = { Query, Mutation, Person, CarePlacement, SupportInstitution, ConstructionProject, PlanTarget };
