// One housing-assistance record of a household, kept against its head; amounts in integer fen.
import { Column, Entity } from 'typeorm';
import { IdNumberColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { HousingAssistanceKind, HousingAssistanceStatus } from '../generated/graphql';

@Entity({ name: 'housing_assistance' })
export class HousingAssistance extends PersonRecord {
  @IdNumberColumn()
  idNumber: string;

  /** The county giving the assistance, so region filters need no other source. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'kind', type: 'text' })
  kind: HousingAssistanceKind;

  @Column({ name: 'status', type: 'text' })
  status: HousingAssistanceStatus;

  /** One-off grant (renovation) or monthly amount (rent subsidy, public-rental rent); null until decided. */
  @Column({ name: 'amount_fen', type: 'bigint', nullable: true })
  amountFen: string | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'unit_address', type: 'text', nullable: true })
  unitAddress: string | null;

  /** Why the record was last rejected or terminated. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @RowVersionColumn()
  version: number;
}
