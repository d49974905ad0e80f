// CoordinationMechanism: a county's mechanism, its members, meetings and decisions through loaders.
import type { CoordinationMechanismResolvers } from '../generated/graphql';
import { isOverdue } from '../rules';
import { regionOf } from './Region';

export const CoordinationMechanism: CoordinationMechanismResolvers = {
  region: (m) => regionOf(m.regionCode),
  members: (m, _, { loaders }) => loaders.membersByRegion.load(m.regionCode),
  meetings: async (m, { from, to }, { loaders }) =>
    (await loaders.meetingsByRegion.load(m.regionCode)).filter(
      (meeting) => (!from || meeting.heldOn >= from) && (!to || meeting.heldOn <= to),
    ),
  decisions: async (m, { unit, status, overdue }, { loaders }) =>
    (await loaders.decisionsByRegion.load(m.regionCode)).filter(
      (d) =>
        (!unit || d.responsibleUnit === unit) &&
        (!status || d.status === status) &&
        (overdue == null || isOverdue(d.status, d.dueDate) === overdue),
    ),
};
