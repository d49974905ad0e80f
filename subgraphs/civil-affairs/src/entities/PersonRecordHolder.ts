// One row of the register: an agency that holds records on a person, since when.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'person_record_holder' })
export class PersonRecordHolder {
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  /** The agency's subgraph name, which is also its role name. */
  @PrimaryColumn({ type: 'text' })
  agency: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  since: Date;
}
