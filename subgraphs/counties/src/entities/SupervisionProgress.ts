// One progress report of a unit on a supervision item, with the extended deadline when the county granted one.
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'supervision_progress' })
export class SupervisionProgress {
  /** In the order the reports were made: the newest of one day is the last made. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'reported_on', type: 'date' })
  reportedOn: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ name: 'new_deadline', type: 'date', nullable: true })
  newDeadline: string | null;
}
