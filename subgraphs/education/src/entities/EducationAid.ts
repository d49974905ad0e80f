// One grant of student aid for one school year; the amount in integer fen.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EducationAidKind, EducationAidStatus } from '../generated/graphql';

@Entity({ name: 'education_aid' })
export class EducationAid {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'kind', type: 'text' })
  kind: EducationAidKind;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'school_year', type: 'text' })
  schoolYear: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  /** GRANTED, or REVOKED (kept as history, no longer counted as aid). */
  @Column({ name: 'status', type: 'text', default: 'GRANTED' })
  status: EducationAidStatus;

  /** Why the grant was revoked. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
