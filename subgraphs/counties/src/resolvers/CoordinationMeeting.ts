// CoordinationMeeting: its county, who attended and what it decided, through loaders.
import type { CoordinationMeetingResolvers } from '../generated/graphql';
import { regionOf } from './Region';

export const CoordinationMeeting: CoordinationMeetingResolvers = {
  region: (m) => regionOf(m.regionCode),
  attendees: async (m, _, { loaders }) => (await loaders.attendeesByMeeting.load(m.id)).map((a) => a.unit),
  decisions: (m, _, { loaders }) => loaders.decisionsByMeeting.load(m.id),
};
