// The education resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { EducationAid } from './EducationAid';
import { EducationProfile } from './EducationProfile';
import { Enrollment } from './Enrollment';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Person, EducationProfile, Enrollment, EducationAid };
