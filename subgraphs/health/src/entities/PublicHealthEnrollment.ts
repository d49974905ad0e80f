// One person's enrolment in one basic public-health management program.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'public_health_enrollment' })
export class PublicHealthEnrollment {
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @PrimaryColumn({ name: 'program', type: 'text' })
  program: string;

  @Column({ name: 'enrolled_on', type: 'date' })
  enrolledOn: string;
}
