// One grant of student aid for one school year; the amount in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { EducationAidKind, EducationAidStatus } from '../generated/graphql';

@Entity({ name: 'education_aid' })
export class EducationAid extends PersonRecord {
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

  @RowVersionColumn()
  version: number;
}
