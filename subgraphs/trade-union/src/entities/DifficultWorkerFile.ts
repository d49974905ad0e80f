// A union member's difficult-worker file (困难职工档案): at most one per person.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DifficultWorkerStatus, DifficultyLevel, DifficultyReason } from '../generated/graphql';

@Entity({ name: 'difficult_worker_file' })
export class DifficultWorkerFile {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  /** Pseudonymous person key (HMAC of the ID number); unique. */
  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

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

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
