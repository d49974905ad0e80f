// A 特困 person's placement in a support institution (集中供养): one row per stay, from moving in to leaving.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CareLevel, CarePlacementEndReason, CarePlacementStatus } from '../generated/graphql';

@Entity({ name: 'care_placement' })
export class CarePlacement {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** Pseudonymous person key (HMAC of the ID number). */
  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  /** The institution's resident register keeps the ID number. */
  @Column({ name: 'id_number', type: 'text' })
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

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
