// One hospital bill settled with insurance, medical assistance and the patient's share; amounts in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { HospitalLevel, SettlementStatus } from '../generated/graphql';

@Entity({ name: 'medical_assistance_settlement' })
export class MedicalAssistanceSettlement extends PersonRecord {
  @Column({ name: 'settled_on', type: 'date' })
  settledOn: string;

  @Column({ name: 'hospital_name', type: 'text' })
  hospitalName: string;

  @Column({ name: 'hospital_level', type: 'text' })
  hospitalLevel: HospitalLevel;

  @Column({ name: 'diagnosis_category', type: 'text' })
  diagnosisCategory: string;

  @Column({ name: 'inpatient', type: 'boolean' })
  inpatient: boolean;

  @Column({ name: 'total_cost_fen', type: 'bigint' })
  totalCostFen: string;

  @Column({ name: 'insurance_paid_fen', type: 'bigint' })
  insurancePaidFen: string;

  @Column({ name: 'assistance_paid_fen', type: 'bigint' })
  assistancePaidFen: string;

  @Column({ name: 'self_paid_fen', type: 'bigint' })
  selfPaidFen: string;

  @Column({ name: 'one_stop', type: 'boolean' })
  oneStop: boolean;

  /** SETTLED, or REVERSED when found wrong: kept as history, never deleted, and no longer counted. */
  @Column({ name: 'status', type: 'text', default: 'SETTLED' })
  status: SettlementStatus;

  /** Why the settlement was reversed. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @RowVersionColumn()
  version: number;
}
