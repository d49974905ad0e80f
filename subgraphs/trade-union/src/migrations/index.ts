// The trade-union migrations, oldest first.
import { CreateTradeUnion1764400006000 } from './1764400006000-CreateTradeUnion';
import { TradeUnionWrites1764400006100 } from './1764400006100-TradeUnionWrites';

export const migrations = [CreateTradeUnion1764400006000, TradeUnionWrites1764400006100];
