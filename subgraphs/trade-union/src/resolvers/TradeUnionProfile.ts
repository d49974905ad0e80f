// TradeUnionProfile: the rows its parent already carries; nothing is loaded here.
import { TradeUnionProfileParent } from './Person';

export const TradeUnionProfile = {
  difficultWorker: (p: TradeUnionProfileParent) => p.file,
  // A revoked grant stays on record but was not given in the end: shown only when asked for.
  aid: (p: TradeUnionProfileParent, { includeRevoked }: { includeRevoked?: boolean | null }) =>
    includeRevoked ? p.aid : p.aid.filter((a) => a.status !== 'REVOKED'),
};
