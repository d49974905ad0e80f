// The human-resources migrations, oldest first.
import { CreateHumanResources1764400003000 } from './1764400003000-CreateHumanResources';
import { HumanResourcesWrites1764400003100 } from './1764400003100-HumanResourcesWrites';
import { HumanResourcesFilterIndexes1764400003200 } from './1764400003200-HumanResourcesFilterIndexes';
import { HumanResourcesCohortKeyIndexes1765400003100 } from './1765400003100-HumanResourcesCohortKeyIndexes';

export const migrations = [
  CreateHumanResources1764400003000,
  HumanResourcesWrites1764400003100,
  HumanResourcesFilterIndexes1764400003200,
  HumanResourcesCohortKeyIndexes1765400003100,
];
