// One employment service (referral, training, public welfare post...) given to one person.
import { Column, Entity } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import { PersonRecord } from '../../../../shared/src/entities/persons';
import type { EmploymentServiceKind } from '../generated/graphql';

@Entity({ name: 'employment_service' })
export class EmploymentService extends PersonRecord {
  @Column({ name: 'kind', type: 'text' })
  kind: EmploymentServiceKind;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'provider', type: 'text', nullable: true })
  provider: string | null;

  @RowVersionColumn()
  version: number;
}
