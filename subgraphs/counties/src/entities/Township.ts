// A township or street (乡镇/街道) of a county, with its service window for one-window intake.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TownshipKind } from '../generated/graphql';

@Entity({ name: 'township' })
export class Township {
  /** Nine digits: the county's code, then 001-099 (streets), 100-199 (towns), 200-299 (townships). */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'county_code', type: 'text' })
  countyCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: TownshipKind;

  /** The service window: its four columns are all set or all null (none yet). */
  @Column({ name: 'window_name', type: 'text', nullable: true })
  windowName: string | null;

  @Column({ name: 'window_address', type: 'text', nullable: true })
  windowAddress: string | null;

  @Column({ name: 'window_hours', type: 'text', nullable: true })
  windowHours: string | null;

  @Column({ name: 'window_phone', type: 'text', nullable: true })
  windowPhone: string | null;
}
