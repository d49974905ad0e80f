// A support measure (帮扶措施) for a monitored household, given to one member; the amount in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { SupportMeasureKind, SupportMeasureStatus } from '../generated/graphql';

/** Its person is the member it is for, a member of the household. */
@Entity({ name: 'support_measure' })
export class SupportMeasure extends PersonRecord {
  @Column({ name: 'monitored_household_id', type: 'uuid' })
  monitoredHouseholdId: string;

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

  @RowVersionColumn()
  version: number;
}
