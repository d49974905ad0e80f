// The human-resources resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { EmploymentProfile } from './EmploymentProfile';
import { EmploymentService } from './EmploymentService';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { SocialInsuranceEnrollment } from './SocialInsuranceEnrollment';

export const resolvers: Resolvers = { Query, Mutation, Person, EmploymentProfile, EmploymentService, SocialInsuranceEnrollment };
