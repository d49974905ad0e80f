// TradeUnionProfile: the rows its parent already carries; nothing is loaded here.
import type { TradeUnionProfileResolvers } from '../generated/graphql';

export const TradeUnionProfile: TradeUnionProfileResolvers = {
  difficultWorker: (p) => p.file,
  // A revoked grant stays on record but was not given in the end: shown only when asked for.
  aid: (p, { includeRevoked }) => (includeRevoked ? p.aid : p.aid.filter((a) => a.status !== 'REVOKED')),
};
