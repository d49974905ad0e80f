// A unit's membership of a county's coordination mechanism: the convenor, the office, or a member.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CoordinationRole, GovernmentUnit } from '../generated/graphql';

@Entity({ name: 'coordination_member' })
export class CoordinationMember {
  @PrimaryColumn({ name: 'region_code', type: 'text' })
  regionCode: string;

  @PrimaryColumn({ type: 'text' })
  unit: GovernmentUnit;

  @Column({ type: 'text' })
  role: CoordinationRole;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;
}
