// The health tables.
import { EmergencyMedicalAid } from './EmergencyMedicalAid';
import { HealthFile } from './HealthFile';
import { MedicalAssistanceSettlement } from './MedicalAssistanceSettlement';
import { PublicHealthEnrollment } from './PublicHealthEnrollment';

export { EmergencyMedicalAid, HealthFile, MedicalAssistanceSettlement, PublicHealthEnrollment };
export const entities = [HealthFile, MedicalAssistanceSettlement, EmergencyMedicalAid, PublicHealthEnrollment];
