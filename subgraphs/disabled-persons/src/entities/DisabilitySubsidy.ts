// One of the two disability subsidies (两项补贴) of one person; the monthly amount in integer fen.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DisabilitySubsidyKind, DisabilitySubsidyStatus } from '../generated/graphql';

@Entity({ name: 'disability_subsidy' })
export class DisabilitySubsidy {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

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

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
