// SupervisionItem: its county, the decision it follows up, whether it is overdue, its progress reports and history.
import type { SupervisionItemResolvers } from '../generated/graphql';
import { isOverdue } from '../rules';
import { regionOf } from './Region';

export const SupervisionItem: SupervisionItemResolvers = {
  region: (i) => regionOf(i.regionCode),
  decision: (i, _, { loaders }) => (i.decisionId === null ? null : loaders.decisionById.load(i.decisionId)),
  overdue: (i) => isOverdue(i.status, i.deadline),
  progress: (i, _, { loaders }) => loaders.progressByItem.load(i.id),
  history: (i, _, { loaders }) => loaders.itemHistory.load(i.id),
};
