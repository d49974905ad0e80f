// A 特困 person's placement in a support institution (集中供养): one row per stay, from moving in to leaving.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { CareLevel, CarePlacementEndReason, CarePlacementStatus } from '../generated/graphql';

@Entity({ name: 'care_placement' })
export class CarePlacement extends PersonRecord {
  /** The institution's resident register keeps the ID number. */
  @IdNumberColumn()
  idNumber: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @Column({ name: 'care_level', type: 'text' })
  careLevel: CareLevel;

  @Column({ name: 'since', type: 'date' })
  since: string;

  @Column({ name: 'status', type: 'text' })
  status: CarePlacementStatus;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: CarePlacementEndReason | null;

  @Column({ name: 'end_note', type: 'text', nullable: true })
  endNote: string | null;

  @RowVersionColumn()
  version: number;
}
