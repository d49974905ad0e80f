// A household of the typical spending survey, kept against its head: one row per head, with the ID number of the survey register.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyHouseholdStatus, SurveyStratum } from '../generated/graphql';

@Entity({ name: 'survey_household' })
export class SurveyHousehold {
  /** The head's pseudonymous person key. */
  @PrimaryColumn({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'id_number', type: 'text' })
  idNumber: string;

  /** The county the household is surveyed in. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'stratum', type: 'text' })
  stratum: SurveyStratum;

  @Column({ name: 'sampled_on', type: 'date' })
  sampledOn: string;

  @Column({ name: 'status', type: 'text' })
  status: SurveyHouseholdStatus;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn: string | null;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason: string | null;

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
