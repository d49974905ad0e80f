// One grant of union aid to one person; the amount in integer fen (0 for legal aid given as a service).
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { UnionAidKind, UnionAidStatus } from '../generated/graphql';

@Entity({ name: 'union_aid' })
export class UnionAid extends PersonRecord {
  @IdNumberColumn()
  idNumber: string;

  @Column({ name: 'kind', type: 'text' })
  kind: UnionAidKind;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;

  /** GRANTED, or REVOKED (kept on record with when and why). */
  @Column({ name: 'status', type: 'text', default: 'GRANTED' })
  status: UnionAidStatus;

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @RowVersionColumn()
  version: number;
}
