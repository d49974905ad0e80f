// One student's enrolment at one school for one school year.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { EnrollmentEndReason, SchoolStage } from '../generated/graphql';

@Entity({ name: 'enrollment' })
export class Enrollment {
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  /** "2026-2027": September to the following summer. */
  @PrimaryColumn({ name: 'school_year', type: 'text' })
  schoolYear: string;

  /** Names the enrolment to writers; the key above stays the rule (one per person and school year). */
  @Column({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'school_name', type: 'text' })
  schoolName: string;

  @Column({ name: 'stage', type: 'text' })
  stage: SchoolStage;

  @Column({ name: 'grade', type: 'integer' })
  grade: number;

  @Column({ name: 'enrolled_on', type: 'date', nullable: true })
  enrolledOn: string | null;

  /** Set, with the reason, when the enrolment ends; an ended enrolment is final. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: EnrollmentEndReason | null;

  @RowVersionColumn()
  version: number;
}
