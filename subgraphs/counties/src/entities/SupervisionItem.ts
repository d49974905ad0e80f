// A supervision item (督办事项): a task the county supervises one of its units on, with a deadline.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { GovernmentUnit, ImplementationStatus, SupervisionCategory, SupervisionSource } from '../generated/graphql';

@Entity({ name: 'supervision_item' })
export class SupervisionItem {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  unit: GovernmentUnit;

  @Column({ type: 'text' })
  category: SupervisionCategory;

  @Column({ type: 'text' })
  source: SupervisionSource;

  /** The decision followed up: set when, and only when, the source is MEETING_DECISION. */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @Column({ type: 'text' })
  task: string;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  /** As it stands: a progress report may extend it. */
  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: ImplementationStatus;

  /** Set when, and only when, the item is DONE, with the closing note. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote: string | null;

  @RowVersionColumn()
  version: number;
}
