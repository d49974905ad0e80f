// The human-resources resolver map, one file per type.
import { EmploymentProfile } from './EmploymentProfile';
import { EmploymentService } from './EmploymentService';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { SocialInsuranceEnrollment } from './SocialInsuranceEnrollment';

export const resolvers = { Query, Mutation, Person, EmploymentProfile, EmploymentService, SocialInsuranceEnrollment };
