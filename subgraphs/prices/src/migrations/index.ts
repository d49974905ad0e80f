// The price bureau's migrations, oldest first.
import { CreatePrices1764900013000 } from './1764900013000-CreatePrices';
import { PriceLinkageRules1764900013100 } from './1764900013100-PriceLinkageRules';

export const migrations = [CreatePrices1764900013000, PriceLinkageRules1764900013100];
