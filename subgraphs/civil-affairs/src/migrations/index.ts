// The civil-affairs migrations, oldest first.
import { CreateCivilAffairs1764400000000 } from './1764400000000-CreateCivilAffairs';
import { VersionsAndCaseDetails1764400000100 } from './1764400000100-VersionsAndCaseDetails';
import { CivilAffairsFilterIndexes1764400000200 } from './1764400000200-CivilAffairsFilterIndexes';
import { PersonRecordHolders1764600000000 } from './1764600000000-PersonRecordHolders';
import { HouseholdHasOneHead1764800000200 } from './1764800000200-HouseholdHasOneHead';
import { VerificationGathering1765300000000, VerificationTables1765200000000 } from '../verification/migration';
import { CivilAffairsCohortKeyIndexes1765400000100 } from './1765400000100-CivilAffairsCohortKeyIndexes';
import { DiscoveryTables1765500000000 } from '../discovery/migration';

export const migrations = [
  CreateCivilAffairs1764400000000,
  VersionsAndCaseDetails1764400000100,
  CivilAffairsFilterIndexes1764400000200,
  PersonRecordHolders1764600000000,
  HouseholdHasOneHead1764800000200,
  VerificationTables1765200000000,
  VerificationGathering1765300000000,
  CivilAffairsCohortKeyIndexes1765400000100,
  DiscoveryTables1765500000000,
];
