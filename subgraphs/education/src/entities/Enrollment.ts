// One student's enrolment at one school for one school year.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'enrollment' })
export class Enrollment {
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  /** "2026-2027": September to the following summer. */
  @PrimaryColumn({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ name: 'school_name', type: 'text' })
  schoolName: string;

  @Column({ name: 'stage', type: 'text' })
  stage: string;

  @Column({ name: 'grade', type: 'integer' })
  grade: number;

  @Column({ name: 'enrolled_on', type: 'date', nullable: true })
  enrolledOn: string | null;
}
