// Human-resources loaders, made per request: employment records, services and insurance enrolments by person key, and change histories.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from './entities';

export function createLoaders(db: DataSource) {
  return {
    employmentByPersonKey: oneByKey(db.getRepository(EmploymentRecord), 'personKey'),
    servicesByPersonKey: manyByKey(db.getRepository(EmploymentService), 'personKey', 'startDate'),
    insuranceByPersonKey: manyByKey(db.getRepository(SocialInsuranceEnrollment), 'personKey', 'since'),
    recordHistory: changeHistoryLoader(db, 'EmploymentRecord'),
    serviceHistory: changeHistoryLoader(db, 'EmploymentService'),
    enrollmentHistory: changeHistoryLoader(db, 'SocialInsuranceEnrollment'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
