// One risk cause of a monitored household: a household has one or more, each once.
import { Entity, PrimaryColumn } from 'typeorm';
import type { RiskCause } from '../generated/graphql';

@Entity({ name: 'monitored_risk_cause' })
export class MonitoredRiskCause {
  @PrimaryColumn({ name: 'monitored_household_id', type: 'uuid' })
  monitoredHouseholdId: string;

  @PrimaryColumn({ name: 'cause', type: 'text' })
  cause: RiskCause;
}
