// Health loaders, made per request: health files, settlements, emergency aid and enrolments by person key, and change histories.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { EmergencyMedicalAid, HealthFile, MedicalAssistanceSettlement, PublicHealthEnrollment } from './entities';

export function createLoaders(db: DataSource) {
  return {
    healthFileByPersonKey: oneByKey(db.getRepository(HealthFile), 'personKey'),
    settlementsByPersonKey: manyByKey(db.getRepository(MedicalAssistanceSettlement), 'personKey', [{ by: 'settledOn', desc: true }]),
    emergencyAidByPersonKey: manyByKey(db.getRepository(EmergencyMedicalAid), 'personKey', [{ by: 'grantedOn', desc: true }]),
    publicHealthByPersonKey: manyByKey(db.getRepository(PublicHealthEnrollment), 'personKey', ['enrolledOn', 'program']),
    settlementHistory: changeHistoryLoader(db, 'MedicalAssistanceSettlement'),
    emergencyAidHistory: changeHistoryLoader(db, 'EmergencyMedicalAid'),
    enrollmentHistory: changeHistoryLoader(db, 'PublicHealthEnrollment'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
