// One grant of emergency medical aid for a patient who could not pay; the amount in integer fen.
import { Column, Entity } from 'typeorm';
import { PersonRecord } from '../../../../shared/src/entities/persons';

@Entity({ name: 'emergency_medical_aid' })
export class EmergencyMedicalAid extends PersonRecord {
  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'hospital_name', type: 'text' })
  hospitalName: string;
}
