// The health resolver map, one file per type.
import { EmergencyMedicalAid } from './EmergencyMedicalAid';
import { HealthProfile } from './HealthProfile';
import { MedicalAssistanceSettlement } from './MedicalAssistanceSettlement';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = { Query, Person, HealthProfile, MedicalAssistanceSettlement, EmergencyMedicalAid };
