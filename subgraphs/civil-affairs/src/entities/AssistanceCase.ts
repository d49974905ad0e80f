// One assistance case of one household; amounts in integer fen.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { AssistanceProgram, CaseStatus } from '../generated/graphql';

@Entity({ name: 'assistance_case' })
export class AssistanceCase {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  /** Copied from the household when the case opens, so region filters need no join. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  program: AssistanceProgram;

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ name: 'monthly_amount_fen', type: 'bigint', nullable: true })
  monthlyAmountFen: string | null;

  @Column({ name: 'one_off_amount_fen', type: 'bigint', nullable: true })
  oneOffAmountFen: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @RowVersionColumn()
  version: number;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'per_capita_income_fen', type: 'bigint', nullable: true })
  perCapitaIncomeFen: string | null;
}
