// One employment service (referral, training, public welfare post...) given to one person.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EmploymentServiceKind } from '../generated/graphql';

@Entity({ name: 'employment_service' })
export class EmploymentService {
  @PrimaryColumn({ name: 'id', type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ name: 'person_key', type: 'text' })
  personKey: string;

  @Column({ name: 'kind', type: 'text' })
  kind: EmploymentServiceKind;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: string | null;

  @Column({ name: 'provider', type: 'text', nullable: true })
  provider: string | null;

  /** Incremented by every change; a writer must send the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;
}
