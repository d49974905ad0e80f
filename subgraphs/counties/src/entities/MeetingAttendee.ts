// A member unit that attended a coordination meeting (the database holds that it is a member of that county's mechanism).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GovernmentUnit } from '../generated/graphql';

@Entity({ name: 'coordination_meeting_attendee' })
export class MeetingAttendee {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @PrimaryColumn({ type: 'text' })
  unit: GovernmentUnit;

  /** The meeting's county, so that the database can hold attendance to the county's members. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;
}
