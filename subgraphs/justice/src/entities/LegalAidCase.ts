// One legal aid case (法律援助案件): an application at a county's legal aid centre and what became of it.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { LegalAidCategory, LegalAidOutcome, LegalAidStatus } from '../generated/graphql';

/** Its person is the applicant. */
@Entity({ name: 'legal_aid_case' })
export class LegalAidCase extends PersonRecord {
  /** The applicant's ID number, as the application records it. */
  @IdNumberColumn()
  idNumber: string;

  @Column({ name: 'category', type: 'text' })
  category: LegalAidCategory;

  /** The matter in the applicant's words (sensitive: detail scope). */
  @Column({ name: 'matter', type: 'text' })
  matter: string;

  /** The county whose legal aid centre took the application. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'lawyer_name', type: 'text', nullable: true })
  lawyerName: string | null;

  /** The economic-hardship test was waived: the applicant receives 低保 or 特困. */
  @Column({ name: 'means_test_waived', type: 'boolean' })
  meansTestWaived: boolean;

  @Column({ name: 'status', type: 'text' })
  status: LegalAidStatus;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  outcome: LegalAidOutcome | null;

  @Column({ name: 'applied_on', type: 'date' })
  appliedOn: string;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn: string | null;

  /** The day the case was closed, or rejected. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  /** Why the case was rejected, or how it closed. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @RowVersionColumn()
  version: number;
}
