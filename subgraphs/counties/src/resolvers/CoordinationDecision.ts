// CoordinationDecision: its meeting and county, whether it is overdue, the items that follow it up, its history.
import type { CoordinationDecisionResolvers } from '../generated/graphql';
import { isOverdue } from '../rules';
import { regionOf } from './Region';

export const CoordinationDecision: CoordinationDecisionResolvers = {
  // A decision is written with its meeting, in one transaction, and the database keeps the reference.
  meeting: async (d, _, { loaders }) => (await loaders.meetingById.load(d.meetingId))!,
  region: (d) => regionOf(d.regionCode),
  overdue: (d) => isOverdue(d.status, d.dueDate),
  supervisionItems: (d, _, { loaders }) => loaders.itemsByDecision.load(d.id),
  history: (d, _, { loaders }) => loaders.decisionHistory.load(d.id),
};
