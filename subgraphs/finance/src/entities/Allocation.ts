// Funds of a budget line allocated to its county (拨付); the amount in integer fen.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';

@Entity({ name: 'allocation' })
export class Allocation {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId: string;

  @Column({ name: 'allocated_on', type: 'date' })
  allocatedOn: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  /** The allocating document's number (文号). */
  @Column({ name: 'reference', type: 'text' })
  reference: string;

  @RowVersionColumn()
  version: number;
}
