// The price bureau's migrations, oldest first.
import { CreatePrices1764900013000 } from './1764900013000-CreatePrices';

export const migrations = [CreatePrices1764900013000];
