// One grant of union aid to one person; the amount in integer fen (0 for legal aid given as a service).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'union_aid' })
export class UnionAid {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'kind', type: 'text' })
  kind: string;

  @Column({ name: 'amount_fen', type: 'bigint' })
  amountFen: string;

  @Column({ name: 'granted_on', type: 'date' })
  grantedOn: string;
}
