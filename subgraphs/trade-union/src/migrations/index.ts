// The trade-union migrations, oldest first.
import { CreateTradeUnion1764400006000 } from './1764400006000-CreateTradeUnion';

export const migrations = [CreateTradeUnion1764400006000];
