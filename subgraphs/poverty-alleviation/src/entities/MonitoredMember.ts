// A member of a monitored household, by person key and ID number: the office knows ID numbers, not civil affairs' households.
import { Column, Entity } from 'typeorm';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';

/** A person is a member of one monitored household. */
@Entity({ name: 'monitored_member' })
export class MonitoredMember extends RegisteredPerson {
  /** Not `householdId`: that names civil affairs' households, on the access log among others. */
  @Column({ name: 'monitored_household_id', type: 'uuid' })
  monitoredHouseholdId: string;

  /** The member's place in the household register: 0 is the head. */
  @Column({ name: 'position', type: 'integer' })
  position: number;
}
