// A household's land contract (土地承包合同), kept against the head; the area in mu as PostgreSQL's exact numeric.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { LandContractStatus } from '../generated/graphql';

/** Its person is the head of the contracting household. */
@Entity({ name: 'land_contract' })
export class LandContract extends PersonRecord {
  @IdNumberColumn()
  idNumber: string;

  /** The contracting party's 18-digit code and J (household contracting): 19 characters. */
  @Column({ name: 'number', type: 'text' })
  number: string;

  /** The county of the land: the number's first six digits. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'village_name', type: 'text' })
  villageName: string;

  @Column({ name: 'member_count', type: 'integer' })
  memberCount: number;

  /** Mu to two decimals, as the driver gives a numeric: a decimal string ("4.35"). */
  @Column({ name: 'area_mu', type: 'numeric', precision: 9, scale: 2 })
  areaMu: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'extended_on', type: 'date', nullable: true })
  extendedOn: string | null;

  @Column({ name: 'status', type: 'text' })
  status: LandContractStatus;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  /** Why the contract was terminated. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @RowVersionColumn()
  version: number;
}
