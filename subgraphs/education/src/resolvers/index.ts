// The education resolver map, one file per type.
import { EducationAid } from './EducationAid';
import { EducationProfile } from './EducationProfile';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = { Query, Person, EducationProfile, EducationAid };
