// The housing migrations, oldest first.
import { CreateHousing1764400005000 } from './1764400005000-CreateHousing';
import { HousingWrites1764400005100 } from './1764400005100-HousingWrites';
import { HousingFilterIndexes1764400005200 } from './1764400005200-HousingFilterIndexes';
import { HousingCohortKeyIndexes1765400005100 } from './1765400005100-HousingCohortKeyIndexes';

export const migrations = [
  CreateHousing1764400005000,
  HousingWrites1764400005100,
  HousingFilterIndexes1764400005200,
  HousingCohortKeyIndexes1765400005100,
];
