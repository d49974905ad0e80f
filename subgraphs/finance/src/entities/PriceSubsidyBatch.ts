// A month's batch of temporary price subsidies (价格临时补贴发放批次): the decision it paid on, its runs and counts.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { PriceLinkageTrigger, PriceSubsidyBatchStatus } from '../generated/graphql';

@Entity({ name: 'price_subsidy_batch' })
export class PriceSubsidyBatch {
  /** The benefit month, YYYY-MM: one batch per month. */
  @PrimaryColumn({ name: 'month', type: 'text' })
  month: string;

  @Column({ name: 'status', type: 'text' })
  status: PriceSubsidyBatchStatus;

  /** The month's CPI and food CPI as prices published them ("103.6"). */
  @Column({ name: 'cpi', type: 'text', nullable: true })
  cpi: string | null;

  @Column({ name: 'food_cpi', type: 'text', nullable: true })
  foodCpi: string | null;

  @Column({ name: 'triggers', type: 'text', array: true, default: () => "'{}'" })
  triggers: PriceLinkageTrigger[];

  /** The CPI rise paid on, in tenths of a percent. */
  @Column({ name: 'rise_tenths', type: 'integer', nullable: true })
  riseTenths: number | null;

  /** The rule in force, as it stood when the batch ran. */
  @Column({ name: 'rule_id', type: 'text', nullable: true })
  ruleId: string | null;

  @Column({ name: 'cpi_trigger', type: 'text', nullable: true })
  cpiTrigger: string | null;

  @Column({ name: 'food_cpi_trigger', type: 'text', nullable: true })
  foodCpiTrigger: string | null;

  @Column({ name: 'multiplier', type: 'text', nullable: true })
  multiplier: string | null;

  @Column({ name: 'minimum_fen', type: 'bigint', nullable: true })
  minimumFen: string | null;

  /** Prices' words for the decision. */
  @Column({ name: 'explanation', type: 'text' })
  explanation: string;

  @Column({ name: 'runs', type: 'integer' })
  runs: number;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Why the last run stopped; set while FAILED. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Persons each covered group listed, before those in several groups are counted once. */
  @Column({ name: 'group_counts', type: 'jsonb', default: () => "'{}'" })
  groupCounts: Record<string, number>;

  @RowVersionColumn()
  version: number;
}
