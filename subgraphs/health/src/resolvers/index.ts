// The health resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { EmergencyMedicalAid } from './EmergencyMedicalAid';
import { HealthProfile } from './HealthProfile';
import { MedicalAssistanceSettlement } from './MedicalAssistanceSettlement';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PublicHealthEnrollment } from './PublicHealthEnrollment';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  HealthProfile,
  MedicalAssistanceSettlement,
  EmergencyMedicalAid,
  PublicHealthEnrollment,
};
