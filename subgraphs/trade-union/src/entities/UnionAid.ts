// One grant of union aid to one person; the amount in integer fen (0 for legal aid given as a service).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UnionAidKind, UnionAidStatus } from '../generated/graphql';

@Entity({ name: 'union_aid' })
export class UnionAid {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

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

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
