// County loaders, made per request: townships by county and code, each county's mechanism, members, meetings and
// decisions, supervision items by county and decision, progress by item, and change histories.
import { DataSource } from 'typeorm';
import { manyByKey, newestFirst, oneByKey, rankOf } from '../../../shared/src/loaders';
import { changeHistoryLoader } from '../../../shared/src/writes/mutation';
import {
  CoordinationDecision,
  CoordinationMechanism,
  CoordinationMeeting,
  CoordinationMember,
  MeetingAttendee,
  OneWindowReferral,
  SupervisionItem,
  SupervisionProgress,
  Township,
} from './entities';
import type { CoordinationRole } from './generated/graphql';

/** Members as the mechanism lists them: who convenes it, where its office is, then the members. */
const ROLE_ORDER = rankOf<CoordinationRole>()(['CONVENOR', 'OFFICE', 'MEMBER'] as const);

export function createLoaders(db: DataSource) {
  const decisions = db.getRepository(CoordinationDecision);
  const items = db.getRepository(SupervisionItem);
  return {
    townshipByCode: oneByKey(db.getRepository(Township), 'code'),
    // Codes number streets (001-099) before towns and townships (100-299).
    townshipsByCounty: manyByKey(db.getRepository(Township), 'countyCode', ['code']),
    mechanismByRegion: oneByKey(db.getRepository(CoordinationMechanism), 'regionCode'),
    membersByRegion: manyByKey(db.getRepository(CoordinationMember), 'regionCode', [{ by: 'role', rank: ROLE_ORDER }, 'unit']),
    meetingById: oneByKey(db.getRepository(CoordinationMeeting), 'id'),
    meetingsByRegion: manyByKey(db.getRepository(CoordinationMeeting), 'regionCode', newestFirst('heldOn')),
    attendeesByMeeting: manyByKey(db.getRepository(MeetingAttendee), 'meetingId', ['unit']),
    decisionById: oneByKey(decisions, 'id'),
    decisionsByMeeting: manyByKey(decisions, 'meetingId', ['dueDate']),
    decisionsByRegion: manyByKey(decisions, 'regionCode', ['dueDate']),
    itemsByRegion: manyByKey(items, 'regionCode', ['deadline']),
    itemsByDecision: manyByKey(items, 'decisionId', ['deadline']),
    progressByItem: manyByKey(db.getRepository(SupervisionProgress), 'itemId', newestFirst('reportedOn')),
    decisionHistory: changeHistoryLoader(db, 'CoordinationDecision'),
    itemHistory: changeHistoryLoader(db, 'SupervisionItem'),
    ruleHistory: changeHistoryLoader(db, 'RoutingRule'),
    referralsByApplication: manyByKey(db.getRepository(OneWindowReferral), 'applicationId', ['id']),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
