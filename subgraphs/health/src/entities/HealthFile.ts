// A person the health commission holds records on (居民健康档案): the ID number the key comes from.
import { Column, Entity } from 'typeorm';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';

@Entity({ name: 'health_file' })
export class HealthFile extends RegisteredPerson {
  /** The county whose health authority keeps the file. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;
}
