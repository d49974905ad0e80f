// A union member's difficult-worker file (困难职工档案): at most one per person.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { DifficultWorkerStatus, DifficultyLevel, DifficultyReason } from '../generated/graphql';

/** Its person key is unique: one file per person. */
@Entity({ name: 'difficult_worker_file' })
export class DifficultWorkerFile extends PersonRecord {
  @IdNumberColumn()
  idNumber: string;

  /** The county of the union that keeps the file. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'level', type: 'text' })
  level: DifficultyLevel;

  @Column({ name: 'since', type: 'date' })
  since: string;

  @Column({ name: 'reason', type: 'text' })
  reason: DifficultyReason;

  @Column({ name: 'employer_name', type: 'text', nullable: true })
  employerName: string | null;

  @Column({ name: 'status', type: 'text' })
  status: DifficultWorkerStatus;

  /** Why the file last changed status (required to leave difficulty). */
  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote: string | null;

  @RowVersionColumn()
  version: number;
}
