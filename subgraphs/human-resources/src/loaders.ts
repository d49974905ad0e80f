// Human-resources loaders, made per request: employment records, services and insurance enrolments by person key.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { EmploymentRecord, EmploymentService, SocialInsuranceEnrollment } from './entities';

export function createLoaders(db: DataSource) {
  return {
    employmentByPersonKey: oneByKey(db.getRepository(EmploymentRecord), 'personKey'),
    servicesByPersonKey: manyByKey(db.getRepository(EmploymentService), 'personKey', 'startDate'),
    insuranceByPersonKey: manyByKey(db.getRepository(SocialInsuranceEnrollment), 'personKey', 'since'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
