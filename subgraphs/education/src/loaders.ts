// Education loaders, made per request: students, enrolments and aid by person key.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { EducationAid, Enrollment, Student } from './entities';

export function createLoaders(db: DataSource) {
  return {
    studentByKey: oneByKey(db.getRepository(Student), 'personKey'),
    enrollmentsByPersonKey: manyByKey(db.getRepository(Enrollment), 'personKey', 'schoolYear'),
    aidByPersonKey: manyByKey(db.getRepository(EducationAid), 'personKey', 'grantedOn'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
