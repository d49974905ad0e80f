// Indexes for the students filters no index served: a stage in any year, and aid of a kind.
import { IndexMigration } from '../../../../shared/src/migrations/indexes';

export class EducationFilterIndexes1764400002200 extends IndexMigration {
  name = 'EducationFilterIndexes1764400002200';

  indexes = [
    // students(filter: { stage }) without a school year; enrollment_filter leads with the year.
    { name: 'enrollment_stage', table: 'enrollment', columns: ['stage', 'person_key'] },
    // students(filter: { aidKind } or { lacksAid }): the standing grants of one kind, without reading the others.
    {
      name: 'education_aid_granted_kind',
      table: 'education_aid',
      columns: ['kind', 'school_year', 'person_key'],
      where: "status = 'GRANTED'",
    },
  ];
}
