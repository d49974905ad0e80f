// Civil affairs' tables of proactive discovery (主动发现): the rules (saved cohorts, versioned), each run of a rule,
// the persons a run found (staged until the run ends), and the alerts with their lifecycle.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { PersonKeyColumn, RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { DiscoveryAlertStatus, DiscoveryRunStatus, ReferralNeed } from '../generated/graphql';

/** Whom a rule's alert is for: each person it finds, or each household a found person lives in (its head). */
export type AlertSubject = 'PERSON' | 'HOUSEHOLD';

/** What a rule weighs beyond its condition, where a key set cannot say it (shared with discovery/measures.ts). */
export type DiscoveryMeasure = 'SELF_PAID_MEDICAL_SHARE';

/** 主动发现规则: a saved cohort whose matches become alerts for the unit responsible. */
@Entity({ name: 'discovery_rule' })
export class DiscoveryRule {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  description: string;

  /** The unit that acts on an alert (a subgraph with a referral inbox). */
  @Column({ name: 'responsible_unit', type: 'text' })
  responsibleUnit: string;

  /** What the unit is asked to consider, as one-window intake names it. */
  @Column({ type: 'text' })
  need: ReferralNeed;

  @Column({ name: 'alert_per', type: 'text' })
  alertPer: AlertSubject;

  /**
   * The cohort condition: civil affairs' CohortCondition as JSON text (the text the rule's history keeps and the graph
   * shows), with `$today`-style values filled in at each run.
   */
  @Column({ type: 'text' })
  condition: string;

  @Column({ type: 'text', nullable: true })
  measure: DiscoveryMeasure | null;

  /** The measure's settings as JSON text (a share): changed with the rule, so an alert's version says which held. */
  @Column({ type: 'text' })
  parameters: string;

  /** An inactive rule is kept with its alerts and no longer runs. */
  @Column({ type: 'boolean' })
  active: boolean;

  @RowVersionColumn()
  version: number;
}

/** What a run and an alert have alike: an id of its own, and the rule at the version it ran (or was opened) under. */
abstract class RuleVersionRecord {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'rule_id', type: 'uuid' })
  ruleId: string;

  @Column({ name: 'rule_version', type: 'integer' })
  ruleVersion: number;
}

/** One run of one rule at one of its versions: when, how it ended, and what it changed. */
@Entity({ name: 'discovery_run' })
export class DiscoveryRun extends RuleVersionRecord {
  @Column({ type: 'text' })
  status: DiscoveryRunStatus;

  /** Who started it: a caller's subject, or the schedule. */
  @Column({ name: 'started_by', type: 'text' })
  startedBy: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Persons (or households) the rule found; null until it finished. */
  @Column({ type: 'integer', nullable: true })
  matches: number | null;

  @Column({ type: 'integer', nullable: true })
  opened: number | null;

  @Column({ type: 'integer', nullable: true })
  closed: number | null;

  /** Why it failed: the unit that did not answer, or what went wrong. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @RowVersionColumn()
  version: number;
}

/** What one unit said of a person when a rule ran (or what a caseworker found on a visit): an alert's evidence. */
export interface EvidenceItem {
  unit: string;
  /** Where in the rule's condition (`and.1.not`), or the figure a measure weighed (`measure.selfPaid`). */
  path: string;
  /** The unit's list (`disabledPersons`), or the figure (`selfPaidMedicalCosts`). */
  source: string;
  /** The list's filter as the run asked it; null for a figure. */
  condition: Record<string, unknown> | null;
  /** The person is listed under the condition (false: under a `not`, not listed). */
  listed: boolean;
  amountFen: string | null;
  asOf: string;
  said: string;
}

/** 主动发现预警: one person a rule found, for the responsible unit, from open to referred, resolved or dismissed. */
@Entity({ name: 'discovery_alert' })
export class DiscoveryAlert extends RuleVersionRecord {
  /** The person it is for (a household's head, for a rule that alerts per household). */
  @PersonKeyColumn()
  personKey: string;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  householdId: string | null;

  /** The person's county when the alert opened. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'responsible_unit', type: 'text' })
  responsibleUnit: string;

  @Column({ type: 'text' })
  need: ReferralNeed;

  @Column({ type: 'text' })
  status: DiscoveryAlertStatus;

  @Column({ type: 'jsonb' })
  evidence: EvidenceItem[];

  /** The run that opened it; null for one a caseworker opened by hand, which no run closes. */
  @Column({ name: 'opened_by_run', type: 'uuid', nullable: true })
  openedByRun: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  /** The last run that still found the person. */
  @Column({ name: 'last_matched_at', type: 'timestamptz' })
  lastMatchedAt: Date;

  @Column({ name: 'referred_at', type: 'timestamptz', nullable: true })
  referredAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The run that resolved it because it no longer found the person; null while open, or closed by hand. */
  @Column({ name: 'closed_by_run', type: 'uuid', nullable: true })
  closedByRun: string | null;

  /** What the caseworker found, for an alert opened by hand. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Why it was resolved or dismissed: a caseworker's words, or a run's "evidence gone". */
  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason: string | null;

  @RowVersionColumn()
  version: number;

  /** County, then id: the order the lists page in (the database computes it). */
  @Column({ name: 'list_key', type: 'text', insert: false, update: false })
  listKey: string;
}

/** How many alerts one county has for one unit in one status. */
export interface AlertCount {
  regionCode: string;
  responsibleUnit: string;
  status: DiscoveryAlertStatus;
  alerts: number;
}
