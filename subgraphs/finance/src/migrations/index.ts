// The finance migrations, oldest first.
import { FinanceCreate1764900010000 } from './1764900010000-CreateFinance';

export const migrations = [FinanceCreate1764900010000];
