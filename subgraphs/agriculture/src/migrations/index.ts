// The agriculture migrations, oldest first.
import { CreateAgriculture1764900012000 } from './1764900012000-CreateAgriculture';
import { AgricultureTransfersWithinContract1764900012100 } from './1764900012100-AgricultureTransfersWithinContract';
import { AgricultureCohortKeyIndexes1765400012100 } from './1765400012100-AgricultureCohortKeyIndexes';

export const migrations = [
  CreateAgriculture1764900012000,
  AgricultureTransfersWithinContract1764900012100,
  AgricultureCohortKeyIndexes1765400012100,
];
