// Education loaders, made per request: students, enrolments and aid by person key; change histories by id.
import { DataSource } from 'typeorm';
import { manyByKey, oneByKey } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import { EducationAid, Enrollment, Student } from './entities';

export function createLoaders(db: DataSource) {
  return {
    studentByKey: oneByKey(db.getRepository(Student), 'personKey'),
    enrollmentsByPersonKey: manyByKey(db.getRepository(Enrollment), 'personKey', [{ by: 'schoolYear', desc: true }]),
    aidByPersonKey: manyByKey(db.getRepository(EducationAid), 'personKey', [{ by: 'grantedOn', desc: true }, 'kind']),
    enrollmentHistory: changeHistoryLoader(db, 'Enrollment'),
    aidHistory: changeHistoryLoader(db, 'EducationAid'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
