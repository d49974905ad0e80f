// One person's enrolment in one social insurance scheme; the contribution base in integer fen.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InsuranceScheme, InsuranceStatus } from '../generated/graphql';

@Entity({ name: 'social_insurance_enrollment' })
export class SocialInsuranceEnrollment {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  /** Pseudonymous person key (HMAC of the ID number). */
  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  /** One enrolment per person and scheme that is not TERMINATED; terminated ones stay as history. */
  @Column({ name: 'scheme', type: 'text' })
  scheme: InsuranceScheme;

  @Column({ name: 'id_number', type: 'text' })
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

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
