// The civil-affairs tables.
import { AssistanceCase } from './AssistanceCase';
import { AssistanceStandard } from './AssistanceStandard';
import { Household } from './Household';
import { Person } from './Person';
import { PersonRecordHolder } from './PersonRecordHolder';
import { AssetRule, IncomeRule, VerificationAuthorisation, VerificationReport, VerificationRequest } from '../verification/entities';
import { DiscoveryAlert, DiscoveryRule, DiscoveryRun } from '../discovery/entities';

export { AssistanceCase, AssistanceStandard, Household, Person, PersonRecordHolder };
export { AssetRule, IncomeRule, VerificationAuthorisation, VerificationReport, VerificationRequest };
export type { ReportItem } from '../verification/entities';
export { DiscoveryAlert, DiscoveryRule, DiscoveryRun };
export type { AlertCount, EvidenceItem } from '../discovery/entities';
export const entities = [
  Person,
  Household,
  AssistanceCase,
  AssistanceStandard,
  PersonRecordHolder,
  // Economic-status verification (核对): src/verification/entities.ts.
  VerificationAuthorisation,
  VerificationRequest,
  VerificationReport,
  IncomeRule,
  AssetRule,
  // Proactive discovery (主动发现): src/discovery/entities.ts.
  DiscoveryRule,
  DiscoveryRun,
  DiscoveryAlert,
];
