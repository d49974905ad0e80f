// A student the education bureau registers (学籍): the person-level row every other row hangs on.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'student' })
export class Student {
  /** Pseudonymous person key (HMAC of the ID number). */
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;
}
