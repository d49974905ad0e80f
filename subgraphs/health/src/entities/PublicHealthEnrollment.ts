// One person's enrolment in one basic public-health management program; an ended one stays as history.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { PublicHealthEndReason, PublicHealthProgram } from '../generated/graphql';

@Entity({ name: 'public_health_enrollment' })
export class PublicHealthEnrollment extends PersonRecord {
  /** One open (not ended) enrolment per person and program. */
  @Column({ name: 'program', type: 'text' })
  program: PublicHealthProgram;

  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: string;

  /** The last day of the service; null while it goes on. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: PublicHealthEndReason | null;

  @RowVersionColumn()
  version: number;
}
