// PerformanceEvaluation: its county by key, the award as Money from integer fen.
import type { PerformanceEvaluationResolvers } from '../generated/graphql';

export const PerformanceEvaluation: PerformanceEvaluationResolvers = {
  region: (e) => ({ code: e.regionCode }),
  award: (e) => e.awardFen,
};
