// TradeUnionProfile: the rows its parent already carries; nothing is loaded here.
import { TradeUnionProfileParent } from './Person';

export const TradeUnionProfile = {
  difficultWorker: (p: TradeUnionProfileParent) => p.file,
  aid: (p: TradeUnionProfileParent) => p.aid,
};
