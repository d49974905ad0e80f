// One rule of the price linkage for a period of months: its triggers and the subsidy's formula (figures in integers).
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';

@Entity({ name: 'price_linkage_rule' })
export class PriceLinkageRule {
  @GeneratedIdColumn()
  id: string;

  /** The order rules were adopted in: of the rules covering a month, the last adopted is in force. */
  @Column({ name: 'seq', type: 'bigint', insert: false, update: false })
  seq: string;

  /** The first month covered, YYYY-MM. */
  @Column({ name: 'valid_from', type: 'text' })
  validFrom: string;

  /** The last month covered; null while open-ended. */
  @Column({ name: 'valid_to', type: 'text', nullable: true })
  validTo: string | null;

  /** The CPI rise that fires, in tenths of a percent (35 = 3.5%). */
  @Column({ name: 'cpi_trigger_tenths', type: 'integer' })
  cpiTriggerTenths: number;

  /** The food CPI rise that fires, in tenths of a percent. */
  @Column({ name: 'food_cpi_trigger_tenths', type: 'integer' })
  foodCpiTriggerTenths: number;

  /** The subsidy is the standard times the CPI rise times this / 100. */
  @Column({ name: 'multiplier_percent', type: 'integer' })
  multiplierPercent: number;

  /** The least subsidy per person, in fen. */
  @Column({ name: 'minimum_fen', type: 'bigint' })
  minimumFen: string;

  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn: string;

  /** The document or decision the rule rests on. */
  @Column({ name: 'basis', type: 'text' })
  basis: string;

  /** Why the rule was last corrected; null as adopted. */
  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  @RowVersionColumn()
  version: number;
}
