// A person of the index: the person core every other agency joins onto by key.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { Gender, RelationToHead } from '../generated/graphql';

@Entity({ name: 'person' })
export class Person {
  /** Pseudonymous person key (HMAC of the ID number). */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @IdNumberColumn()
  idNumber: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  gender: Gender;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @Column({ name: 'relation_to_head', type: 'text', nullable: true })
  relationToHead: RelationToHead | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @RowVersionColumn()
  version: number;
}
