// The human-resources resolver map, one file per type.
import { EmploymentProfile } from './EmploymentProfile';
import { Person } from './Person';
import { Query } from './Query';
import { SocialInsuranceEnrollment } from './SocialInsuranceEnrollment';

export const resolvers = { Query, Person, EmploymentProfile, SocialInsuranceEnrollment };
