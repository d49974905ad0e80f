// One meeting of a county's coordination mechanism; who attended is in coordination_meeting_attendee.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn } from '../../../../shared/src/entities/columns';
import type { CoordinationMeetingKind } from '../generated/graphql';

@Entity({ name: 'coordination_meeting' })
export class CoordinationMeeting {
  @GeneratedIdColumn()
  id: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  kind: CoordinationMeetingKind;

  @Column({ type: 'text' })
  topic: string;
}
