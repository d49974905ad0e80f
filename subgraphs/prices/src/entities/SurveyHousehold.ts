// A household of the typical spending survey, kept against its head: one row per head, with the ID number of the survey register.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { RegisteredPerson } from '../../../../shared/src/entities/persons';
import type { SurveyHouseholdStatus, SurveyStratum } from '../generated/graphql';

/** Its person is the head of the household. */
@Entity({ name: 'survey_household' })
export class SurveyHousehold extends RegisteredPerson {
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

  @RowVersionColumn()
  version: number;
}
