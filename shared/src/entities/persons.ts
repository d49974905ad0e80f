// The two kinds of row an agency keeps on a person: a record under an id of its own, and the person's row in its register.
import { PrimaryColumn } from 'typeorm';
import { GeneratedIdColumn, IdNumberColumn, PersonKeyColumn } from './columns';

/**
 * A record an agency keeps on a person (a grant, a case, an enrolment, a holding) under an id of its own. Its
 * `personKey` is what the access log names for every write of it, and what puts the agency in civil affairs'
 * register of record holders. An entity extends it and declares its other columns.
 */
export abstract class PersonRecord {
  @GeneratedIdColumn()
  id: string;

  /** Pseudonymous person key (HMAC of the ID number). */
  @PersonKeyColumn()
  personKey: string;
}

/** A person as an agency's register holds them, one row each: keyed by the person key, with the ID number it comes from. */
export abstract class RegisteredPerson {
  /** Pseudonymous person key (HMAC of the ID number). */
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @IdNumberColumn()
  idNumber: string;
}
