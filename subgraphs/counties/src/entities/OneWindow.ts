// One-window intake (一门受理): a routing rule, an application taken at a township window, a referral routed from it.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { Referral } from '../../../../shared/src/referrals/entity';
import type { ApplicationChannel, GovernmentUnit, ReferralNeed, ReferralStatus } from '../generated/graphql';

/** 转办规则: which unit a need is referred to, and in how many working days it must decide; set anew, never changed. */
@Entity({ name: 'routing_rule' })
export class RoutingRule {
  @GeneratedIdColumn()
  id: string;

  @Column({ type: 'text' })
  need: ReferralNeed;

  @Column({ type: 'text' })
  unit: GovernmentUnit;

  @Column({ name: 'deadline_working_days', type: 'integer' })
  deadlineWorkingDays: number;

  /** When it was set: the latest set for a need is the rule in force. */
  @Column({ name: 'set_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  setAt: Date;

  @RowVersionColumn()
  version: number;
}

/** 救助申请: what a resident applied for at a township window, once, whichever units answer it. */
@Entity({ name: 'one_window_application' })
export class OneWindowApplication {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The applicant's person key (not `personKey`: the window keeps no programme's record on the person). */
  @Column({ name: 'applicant_key', type: 'text' })
  applicantKey: string;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  @Column({ name: 'township_code', type: 'text' })
  townshipCode: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text', array: true })
  needs: ReferralNeed[];

  @Column({ type: 'text', array: true })
  documents: string[];

  @Column({ name: 'consent_to_verification', type: 'boolean' })
  consentToVerification: boolean;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** A window's application, or a proactive-discovery alert civil affairs referred (its id the alert's). */
  @Column({ type: 'text', default: 'WINDOW' })
  channel: ApplicationChannel;

  @RowVersionColumn()
  version: number;
}

/** 转办件: one need of an application, referred to its unit, with the step the unit last reported. */
@Entity({ name: 'one_window_referral' })
export class OneWindowReferral extends Referral<ReferralNeed, ReferralStatus> {
  @Column({ type: 'text' })
  unit: GovernmentUnit;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  /** The unit's inbox version last reported: an older or repeated report changes nothing. */
  @Column({ name: 'reported_version', type: 'integer', default: 0 })
  reportedVersion: number;
}
