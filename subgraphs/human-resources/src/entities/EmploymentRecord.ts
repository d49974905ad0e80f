// One person's employment record: status, unemployment registration and employer.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'employment_record' })
export class EmploymentRecord {
  /** Pseudonymous person key (HMAC of the ID number). */
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  /** The county whose employment service keeps the record. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'status', type: 'text' })
  status: string;

  @Column({ name: 'registered_unemployed', type: 'boolean' })
  registeredUnemployed: boolean;

  @Column({ name: 'unemployment_registered_on', type: 'date', nullable: true })
  unemploymentRegisteredOn: string | null;

  @Column({ name: 'employer_name', type: 'text', nullable: true })
  employerName: string | null;
}
