// A transfer of a contract's land (土地流转); kept against the contract's head too, its rent a year in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { LandSpecialGroup, LandTransfereeKind, LandTransferStatus } from '../generated/graphql';

/** Its person is the contract's head (the database holds it equal to the contract's). */
@Entity({ name: 'land_transfer' })
export class LandTransfer extends PersonRecord {
  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'transferee_kind', type: 'text' })
  transfereeKind: LandTransfereeKind;

  @Column({ name: 'transferee_name', type: 'text' })
  transfereeName: string;

  /** Mu to two decimals, as the driver gives a numeric: a decimal string ("1.20"). */
  @Column({ name: 'area_mu', type: 'numeric', precision: 9, scale: 2 })
  areaMu: string;

  @Column({ name: 'annual_rent_fen', type: 'bigint' })
  annualRentFen: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'status', type: 'text' })
  status: LandTransferStatus;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'special_group', type: 'text', nullable: true })
  specialGroup: LandSpecialGroup | null;

  /** Why the transfer was ended or terminated. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @RowVersionColumn()
  version: number;
}
