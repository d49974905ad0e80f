// The health resolver map, one file per type.
import { EmergencyMedicalAid } from './EmergencyMedicalAid';
import { HealthProfile } from './HealthProfile';
import { MedicalAssistanceSettlement } from './MedicalAssistanceSettlement';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PublicHealthEnrollment } from './PublicHealthEnrollment';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Person, HealthProfile, MedicalAssistanceSettlement, EmergencyMedicalAid, PublicHealthEnrollment };
