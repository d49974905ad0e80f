// The price basis of one county's 低保 standard: the food basket it was set from and the CPI month it was adjusted to.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'standard_basis' })
export class StandardBasis {
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  /** The monthly 低保 standard per person, as civil affairs publishes it. */
  @Column({ name: 'standard_fen', type: 'bigint' })
  standardFen: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom: string;

  /** The basic food basket's cost per person per month, priced at cpiMonth. */
  @Column({ name: 'food_basket_fen', type: 'bigint' })
  foodBasketFen: string;

  /** YYYY-MM. */
  @Column({ name: 'cpi_month', type: 'text' })
  cpiMonth: string;
}
