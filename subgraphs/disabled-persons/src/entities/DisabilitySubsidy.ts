// One of the two disability subsidies (两项补贴) of one person; the monthly amount in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { DisabilitySubsidyKind, DisabilitySubsidyStatus } from '../generated/graphql';

@Entity({ name: 'disability_subsidy' })
export class DisabilitySubsidy extends PersonRecord {
  @Column({ name: 'kind', type: 'text' })
  kind: DisabilitySubsidyKind;

  @Column({ name: 'monthly_amount_fen', type: 'bigint' })
  monthlyAmountFen: string;

  @Column({ name: 'status', type: 'text' })
  status: DisabilitySubsidyStatus;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  /** Why the subsidy was last suspended, resumed or terminated. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @RowVersionColumn()
  version: number;
}
