// A budget line: what the city budgets for one programme in one county and year, split by who funds it (integer fen).
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { BenefitProgramme } from '../generated/graphql';

@Entity({ name: 'budget' })
export class Budget {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'year', type: 'integer' })
  year: number;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'programme', type: 'text' })
  programme: BenefitProgramme;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'central_share_fen', type: 'bigint' })
  centralShareFen: string;

  @Column({ name: 'provincial_share_fen', type: 'bigint' })
  provincialShareFen: string;

  @Column({ name: 'city_share_fen', type: 'bigint' })
  cityShareFen: string;

  @Column({ name: 'county_share_fen', type: 'bigint' })
  countyShareFen: string;

  @RowVersionColumn()
  version: number;
}
