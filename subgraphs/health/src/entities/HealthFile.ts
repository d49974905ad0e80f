// A person the health commission holds records on (居民健康档案): the ID number the key comes from.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'health_file' })
export class HealthFile {
  /** Pseudonymous person key (HMAC of the ID number). */
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  /** The county whose health authority keeps the file. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;
}
