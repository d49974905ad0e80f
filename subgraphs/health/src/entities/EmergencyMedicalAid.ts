// One grant of emergency medical aid for a patient who could not pay; the amount in integer fen.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'emergency_medical_aid' })
export class EmergencyMedicalAid {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'hospital_name', type: 'text' })
  hospitalName: string;
}
