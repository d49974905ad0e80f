// A one-window referral as a table: what counties' routed referral and a unit's inbox row share (Referral), and the
// inbox row itself, as the unit works it (shared/src/referrals/migration.ts).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RowVersionColumn } from '../entities/columns';

/**
 * One need of a one-window application, referred to the unit that answers it: counties keep it as they routed it,
 * with the step the unit last reported (one_window_referral); the unit keeps it in its inbox as it works it.
 * `Need` and `Status` narrow the two text columns to a subgraph's generated enums.
 */
export abstract class Referral<Need extends string = string, Status extends string = string> {
  /** Counties' referral id: the delivery's idempotency key. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ type: 'text' })
  need: Need;

  /**
   * The applicant's person key. Not `personKey`: a referral is not a record of the unit's programme, so it does
   * not enter the unit in civil affairs' register of record holders (the grant it leads to does).
   */
  @Column({ name: 'applicant_key', type: 'text' })
  applicantKey: string;

  @Column({ name: 'township_code', type: 'text' })
  townshipCode: string;

  @Column({ name: 'routed_on', type: 'date' })
  routedOn: string;

  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'text' })
  status: Status;

  /** The day of the last step (routed, received, accepted, asked, decided). */
  @Column({ name: 'status_on', type: 'date' })
  statusOn: string;

  /** What the unit asked for, why it refused, or what it granted: the note of the last step. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'granted_entity', type: 'text', nullable: true })
  grantedEntity: string | null;

  @Column({ name: 'granted_record_id', type: 'text', nullable: true })
  grantedRecordId: string | null;

  @RowVersionColumn()
  version: number;
}

/** One referral in a unit's inbox, as the unit works it: what counties delivered with it, and when it came. */
@Entity({ name: 'referral_inbox' })
export class InboxReferral extends Referral {
  @Column({ type: 'text', array: true })
  documents: string[];

  @Column({ name: 'consent_to_verification', type: 'boolean' })
  consentToVerification: boolean;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;
}
