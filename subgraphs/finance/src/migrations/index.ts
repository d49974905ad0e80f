// The finance migrations, oldest first.
import { FinanceCreate1764900010000 } from './1764900010000-CreateFinance';
import { PriceSubsidyBatch1764900010100 } from './1764900010100-PriceSubsidyBatch';

export const migrations = [FinanceCreate1764900010000, PriceSubsidyBatch1764900010100];
