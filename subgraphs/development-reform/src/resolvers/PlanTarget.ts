// PlanTarget: its county by key and the plan its year belongs to.
import type { PlanTargetResolvers } from '../generated/graphql';
import { planOf } from '../rules';

export const PlanTarget: PlanTargetResolvers = {
  region: (t) => ({ code: t.regionCode }),
  plan: (t) => planOf(t.year),
};
