// An assistance household: region, address and head; members point at it.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';

@Entity({ name: 'household' })
export class Household {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'head_key', type: 'text', nullable: true })
  headKey: string | null;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  @RowVersionColumn()
  version: number;
}
