// One county's part of a month's price-subsidy batch: its 低保 standard, the subsidy per person, whom it covered and paid.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'price_subsidy_county' })
export class PriceSubsidyCounty {
  @PrimaryColumn({ name: 'month', type: 'text' })
  month: string;

  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  /** The county's monthly urban-and-rural 低保 standard the subsidy was computed from. */
  @Column({ name: 'standard_fen', type: 'bigint' })
  standardFen: string;

  @Column({ name: 'per_person_fen', type: 'bigint' })
  perPersonFen: string;

  /** Persons of the covered groups, each once. */
  @Column({ name: 'covered', type: 'integer' })
  covered: number;

  /** Persons the ledger holds the month's subsidy for. */
  @Column({ name: 'paid', type: 'integer' })
  paid: number;

  /** Covered persons with no account on file, theirs or their household's: not paid. */
  @Column({ name: 'without_account', type: 'integer' })
  withoutAccount: number;

  @Column({ name: 'total_fen', type: 'bigint' })
  totalFen: string;
}
