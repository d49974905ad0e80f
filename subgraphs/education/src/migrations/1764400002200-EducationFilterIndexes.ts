// Indexes for the students filters no index served: a stage in any year, and aid of a kind.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class EducationFilterIndexes1764400002200 implements MigrationInterface {
  name = 'EducationFilterIndexes1764400002200';

  async up(q: QueryRunner): Promise<void> {
    // students(filter: { stage }) without a school year; enrollment_filter leads with the year.
    await q.query('CREATE INDEX enrollment_stage ON enrollment (stage, person_key)');
    // students(filter: { aidKind } or { lacksAid }): the standing grants of one kind, without reading the others.
    await q.query(`CREATE INDEX education_aid_granted_kind ON education_aid (kind, school_year, person_key) WHERE status = 'GRANTED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX education_aid_granted_kind');
    await q.query('DROP INDEX enrollment_stage');
  }
}
