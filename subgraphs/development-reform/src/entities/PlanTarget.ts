// A Five-Year plan's target for one county's support institutions in one year (规划目标).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'plan_target' })
export class PlanTarget {
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @PrimaryColumn({ name: 'year', type: 'integer' })
  year: number;

  /** Percent of the county's 特困 persons needing care to be in centralised care. */
  @Column({ name: 'care_share_target', type: 'integer' })
  careShareTarget: number;

  @Column({ name: 'beds_target', type: 'integer' })
  bedsTarget: number;
}
