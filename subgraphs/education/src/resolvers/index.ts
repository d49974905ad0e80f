// The education resolver map, one file per type.
import { EducationAid } from './EducationAid';
import { EducationProfile } from './EducationProfile';
import { Enrollment } from './Enrollment';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Person, EducationProfile, Enrollment, EducationAid };
