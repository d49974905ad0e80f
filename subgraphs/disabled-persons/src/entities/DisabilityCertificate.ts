// A person's disability certificate (残疾人证): the person-level row, one per certified person.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';
import type { DisabilityCategory } from '../generated/graphql';

@Entity({ name: 'disability_certificate' })
export class DisabilityCertificate extends RegisteredPerson {
  /** The ID number, the category digit and the grade digit: 20 characters. */
  @Column({ name: 'number', type: 'text' })
  number: string;

  @Column({ name: 'category', type: 'text' })
  category: DisabilityCategory;

  @Column({ name: 'grade', type: 'integer' })
  grade: number;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  /** The issuing county, the holder's county of household registration. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @RowVersionColumn()
  version: number;
}
