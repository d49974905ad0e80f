// One person's employment record: status, unemployment registration and employer.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';
import type { EmploymentStatus, UnemploymentEndReason } from '../generated/graphql';

@Entity({ name: 'employment_record' })
export class EmploymentRecord extends RegisteredPerson {
  /** The county whose employment service keeps the record. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'status', type: 'text' })
  status: EmploymentStatus;

  /** The day the current status began; null for records kept before writes recorded it. */
  @Column({ name: 'status_since', type: 'date', nullable: true })
  statusSince: string | null;

  @Column({ name: 'registered_unemployed', type: 'boolean' })
  registeredUnemployed: boolean;

  @Column({ name: 'unemployment_registered_on', type: 'date', nullable: true })
  unemploymentRegisteredOn: string | null;

  /** How the last registration ended; null while registered or never registered. */
  @Column({ name: 'unemployment_ended_on', type: 'date', nullable: true })
  unemploymentEndedOn: string | null;

  @Column({ name: 'unemployment_end_reason', type: 'text', nullable: true })
  unemploymentEndReason: UnemploymentEndReason | null;

  @Column({ name: 'employer_name', type: 'text', nullable: true })
  employerName: string | null;

  @RowVersionColumn()
  version: number;
}
