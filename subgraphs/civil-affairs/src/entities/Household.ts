// An assistance household: region, address and head; members point at it.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'household' })
export class Household {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'head_key', type: 'text', nullable: true })
  headKey: string | null;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
