// Civil affairs' tables of economic-status verification (核对): households' authorisations, the requests, their
// versioned reports, and the two rule tables the reports apply (which facts count as income, which assets disqualify).
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RowVersionColumn } from '../../../../shared/src/entities/columns';
import type { VerificationStatus, VerificationVerdict } from '../generated/graphql';

/** 核对授权书: a household's written authorisation, signed by one member, for some members and some units, until a day. */
@Entity({ name: 'verification_authorisation' })
export class VerificationAuthorisation {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  /** The member who signed it. */
  @Column({ name: 'signer_key', type: 'text' })
  signerKey: string;

  /** The members it covers: whose income and assets may be verified. */
  @Column({ name: 'member_keys', type: 'text', array: true })
  memberKeys: string[];

  /** The units that may be asked (subgraph names). */
  @Column({ type: 'text', array: true })
  agencies: string[];

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;

  @Column({ name: 'revoked_on', type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ name: 'revoked_reason', type: 'text', nullable: true })
  revokedReason: string | null;

  @RowVersionColumn()
  version: number;
}

/** One household's verification under one authorisation: its lifecycle, and the reports each gathering made. */
@Entity({ name: 'verification_request' })
export class VerificationRequest {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'household_id', type: 'uuid' })
  householdId: string;

  @Column({ name: 'authorisation_id', type: 'uuid' })
  authorisationId: string;

  /** The household's county when requested: a county office lists its own. */
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  /** The run its latest gathering keeps its report as: the request reads as that report once it is kept. */
  @Column({ name: 'report_version', type: 'integer', default: 0 })
  reportVersion: number;

  /** Until when the latest run is GATHERING; one that kept no report by then was interrupted (REQUESTED: re-run it). */
  @Column({ name: 'gathering_until', type: 'timestamptz', nullable: true })
  gatheringUntil: Date | null;

  @RowVersionColumn()
  version: number;
}

/** One item of a report: a unit's fact with its provenance, and whether the income rules count it. */
export interface ReportItem {
  personId: string;
  unit: string;
  kind: string;
  monthlyAmountFen: string | null;
  assetValueFen: string | null;
  quantity: number | null;
  recordType: string;
  recordId: string;
  asOf: string;
  countsAsIncome: boolean;
  rule: string;
}

/** A unit that did not answer a gathering, and why: the report is then INCOMPLETE, never "nothing found". */
export interface MissingUnitRow {
  unit: string;
  code: string;
  message: string;
}

/** One version of a verification's report, kept as it was made: a re-run adds a version, never rewrites one. */
@Entity({ name: 'verification_report' })
export class VerificationReport {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  status: VerificationStatus;

  @Column({ name: 'gathered_at', type: 'timestamptz', default: () => 'now()' })
  gatheredAt: Date;

  @Column({ name: 'answered_units', type: 'text', array: true })
  answeredUnits: string[];

  @Column({ name: 'missing_units', type: 'jsonb' })
  missingUnits: MissingUnitRow[];

  @Column({ type: 'jsonb' })
  items: ReportItem[];

  @Column({ name: 'household_size', type: 'integer' })
  householdSize: number;

  @Column({ name: 'monthly_income_fen', type: 'bigint' })
  monthlyIncomeFen: string;

  @Column({ name: 'per_capita_income_fen', type: 'bigint' })
  perCapitaIncomeFen: string;

  /** The county's 低保 standard the report weighed the income against; null when the county has none. */
  @Column({ name: 'standard_fen', type: 'bigint', nullable: true })
  standardFen: string | null;

  @Column({ type: 'text' })
  verdict: VerificationVerdict;

  @Column({ type: 'jsonb' })
  reasons: string[];
}

/** Whether a kind of fact counts as income (e.g. the two disability subsidies and education aid do not). */
@Entity({ name: 'verification_income_rule' })
export class IncomeRule {
  @PrimaryColumn({ type: 'text' })
  kind: string;

  @Column({ name: 'counts_as_income', type: 'boolean' })
  countsAsIncome: boolean;

  /** Why, in the policy's words. */
  @Column({ type: 'text' })
  basis: string;
}

/** How many holdings of a kind of asset a household may have and still qualify. */
@Entity({ name: 'verification_asset_rule' })
export class AssetRule {
  @PrimaryColumn({ type: 'text' })
  kind: string;

  @Column({ name: 'max_count', type: 'integer' })
  maxCount: number;

  @Column({ type: 'text' })
  basis: string;
}
