// One person's enrolment in one social insurance scheme; the contribution base in integer fen.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { InsuranceScheme, InsuranceStatus } from '../generated/graphql';

@Entity({ name: 'social_insurance_enrollment' })
export class SocialInsuranceEnrollment extends PersonRecord {
  /** One enrolment per person and scheme that is not TERMINATED; terminated ones stay as history. */
  @Column({ name: 'scheme', type: 'text' })
  scheme: InsuranceScheme;

  @IdNumberColumn()
  idNumber: string;

  /** The county where the person is insured. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'status', type: 'text' })
  status: InsuranceStatus;

  @Column({ name: 'contribution_base_fen', type: 'bigint', nullable: true })
  contributionBaseFen: string | null;

  @Column({ name: 'since', type: 'date' })
  since: string;

  @RowVersionColumn()
  version: number;
}
