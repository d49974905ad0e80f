// One decision of a coordination meeting (议定事项), assigned to a member unit, and how far it is carried out.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { GovernmentUnit, ImplementationStatus } from '../generated/graphql';

@Entity({ name: 'coordination_decision' })
export class CoordinationDecision {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'responsible_unit', type: 'text' })
  responsibleUnit: GovernmentUnit;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: ImplementationStatus;

  /** Set when, and only when, the decision is DONE. */
  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote: string | null;

  @RowVersionColumn()
  version: number;
}
