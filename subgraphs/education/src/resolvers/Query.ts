// Education entry points: the analysts' list of students by stage, school year and aid.
import type { DataSource } from 'typeorm';
import type { CohortKeySource } from '../../../../shared/src/cohorts/keys';
import { entityPage } from '../../../../shared/src/pagination';
import { EducationAid, Enrollment, Student } from '../entities';
import type { QueryResolvers, StudentFilter } from '../generated/graphql';
import { schoolYearArg } from '../school-year';

/** The students students(filter) lists, each once: the list and its cohort keys. */
function studentsMatching(db: DataSource, filter?: StudentFilter | null) {
  const { stage, aidKind, lacksAid } = filter ?? {};
  const schoolYear = schoolYearArg('filter.schoolYear', filter?.schoolYear);

  // A student qualifies when one enrolment meets every condition, aid counted in that enrolment's year.
  const enrolled = db.getRepository(Enrollment).createQueryBuilder('e').select('1').where('e.person_key = s.person_key');
  if (stage) enrolled.andWhere('e.stage = :stage', { stage });
  if (schoolYear) enrolled.andWhere('e.schoolYear = :schoolYear', { schoolYear });
  const aidInYear = (kindParam: string) =>
    db
      .getRepository(EducationAid)
      .createQueryBuilder('a')
      .select('1')
      .where('a.person_key = e.person_key')
      .andWhere('a.school_year = e.school_year')
      .andWhere(`a.kind = :${kindParam}`)
      // A revoked grant is history, not aid: the student counts as lacking it.
      .andWhere("a.status = 'GRANTED'")
      .getQuery();
  if (aidKind) enrolled.andWhere(`EXISTS (${aidInYear('aidKind')})`, { aidKind });
  if (lacksAid) enrolled.andWhere(`NOT EXISTS (${aidInYear('lacksAid')})`, { lacksAid });

  return db.getRepository(Student).createQueryBuilder('s').where(`EXISTS (${enrolled.getQuery()})`).setParameters(enrolled.getParameters());
}

/** The person keys of each list, for cohorts (shared/src/cohorts/keys.ts). */
export const cohortKeys = {
  students: (db, filter: StudentFilter | null | undefined) => ({ query: studentsMatching(db, filter), column: 's.person_key' }),
} satisfies Record<string, CohortKeySource>;

export const Query: QueryResolvers = {
  students: async (_, args, { db, loaders }) =>
    entityPage(studentsMatching(db, args.filter), args, {
      key: 'personKey',
      toNode: (row) => ({ id: row.personKey }),
      prime: (row) => loaders.studentByKey.prime(row.personKey, row),
    }),
};
