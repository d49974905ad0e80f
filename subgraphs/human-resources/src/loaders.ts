// Human-resources loaders, made per request: employment records, services and insurance enrolments by person key, and change histories.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from './entities';
import { SCHEMES } from './rules';

export function createLoaders(db: DataSource) {
  return {
    employmentByPersonKey: oneByKey(db.getRepository(EmploymentRecord), 'personKey'),
    servicesByPersonKey: manyByKey(db.getRepository(EmploymentService), 'personKey', [{ by: 'startDate', desc: true }, 'kind']),
    // A scheme enrolled in again after a termination lists its enrolments oldest first.
    insuranceByPersonKey: manyByKey(db.getRepository(SocialInsuranceEnrollment), 'personKey', [{ by: 'scheme', rank: SCHEMES }, 'since']),
    recordHistory: changeHistoryLoader(db, 'EmploymentRecord'),
    serviceHistory: changeHistoryLoader(db, 'EmploymentService'),
    enrollmentHistory: changeHistoryLoader(db, 'SocialInsuranceEnrollment'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
