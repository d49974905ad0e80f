// One month of a survey household's accounts: its size and the spending per person of each category, in integer fen.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';

/** Its person is the head of the household (survey_household). */
@Entity({ name: 'survey_month' })
export class SurveyMonth extends PersonRecord {
  /** YYYY-MM. */
  @Column({ name: 'month', type: 'text' })
  month: string;

  @Column({ name: 'household_size', type: 'integer' })
  householdSize: number;

  @Column({ name: 'food_fen', type: 'bigint' })
  foodFen: string;

  @Column({ name: 'clothing_fen', type: 'bigint' })
  clothingFen: string;

  @Column({ name: 'housing_fen', type: 'bigint' })
  housingFen: string;

  @Column({ name: 'utilities_fen', type: 'bigint' })
  utilitiesFen: string;

  @Column({ name: 'transport_fen', type: 'bigint' })
  transportFen: string;

  @Column({ name: 'education_fen', type: 'bigint' })
  educationFen: string;

  @Column({ name: 'medical_fen', type: 'bigint' })
  medicalFen: string;

  @Column({ name: 'other_fen', type: 'bigint' })
  otherFen: string;

  /** The day the month was recorded, or last corrected. */
  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ name: 'correction_reason', type: 'text', nullable: true })
  correctionReason: string | null;

  /** Incremented by every correction; a writer must send the version it read. */
  @RowVersionColumn()
  version: number;
}
