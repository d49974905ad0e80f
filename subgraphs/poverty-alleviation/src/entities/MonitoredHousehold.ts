// A household monitored against falling back into poverty (防止返贫监测对象): its category, status and county.
import { Column, Entity } from 'typeorm';
import { GeneratedIdColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { MonitoringCategory, MonitoringStatus } from '../generated/graphql';

@Entity({ name: 'monitored_household' })
export class MonitoredHousehold {
  @GeneratedIdColumn()
  id: string;

  /** The head's person key: the member the household's record is kept against (every write of it is on the head's record). */
  @Column({ name: 'head_person_key', type: 'text' })
  personKey: string;

  /** The household's county (GB/T 2260). */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'category', type: 'text' })
  category: MonitoringCategory;

  @Column({ name: 'status', type: 'text' })
  status: MonitoringStatus;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn: string;

  @Column({ name: 'risk_eliminated_on', type: 'date', nullable: true })
  riskEliminatedOn: string | null;

  @Column({ name: 'risk_elimination_reason', type: 'text', nullable: true })
  riskEliminationReason: string | null;

  @RowVersionColumn()
  version: number;
}
