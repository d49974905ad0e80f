// A construction project of a support institution (新建, 扩建, 改造提升): the beds it adds and its investment in integer fen.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { ConstructionKind, ConstructionStatus } from '../generated/graphql';

@Entity({ name: 'construction_project' })
export class ConstructionProject {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'institution_id', type: 'uuid' })
  institutionId: string;

  @Column({ name: 'kind', type: 'text' })
  kind: ConstructionKind;

  @Column({ name: 'beds_added', type: 'integer' })
  bedsAdded: number;

  @Column({ name: 'investment_fen', type: 'bigint' })
  investmentFen: string;

  @Column({ name: 'status', type: 'text' })
  status: ConstructionStatus;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart: string;

  @Column({ name: 'planned_completion', type: 'date' })
  plannedCompletion: string;

  /** Null until construction starts. */
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  /** Set when the project is completed. */
  @Column({ name: 'completion_date', type: 'date', nullable: true })
  completionDate: string | null;

  /** Why the project was last suspended or resumed. */
  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote: string | null;

  @RowVersionColumn()
  version: number;
}
