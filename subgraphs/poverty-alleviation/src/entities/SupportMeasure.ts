// A support measure (帮扶措施) for a monitored household, given to one member; the amount in integer fen.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SupportMeasureKind, SupportMeasureStatus } from '../generated/graphql';

@Entity({ name: 'support_measure' })
export class SupportMeasure {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'monitored_household_id', type: 'uuid' })
  monitoredHouseholdId: string;

  /** The member it is for, a member of the household. */
  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'kind', type: 'text' })
  kind: SupportMeasureKind;

  /** What it gives or lends; null where no money flows. */
  @Column({ name: 'amount_fen', type: 'bigint', nullable: true })
  amountFen: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  /** The planned last day while ACTIVE, the actual one once closed. */
  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'status', type: 'text' })
  status: SupportMeasureStatus;

  /** Why the measure was completed or terminated. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
