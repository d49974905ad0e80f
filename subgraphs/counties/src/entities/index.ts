// The county governments' tables.
import { CoordinationDecision } from './CoordinationDecision';
import { CoordinationMechanism } from './CoordinationMechanism';
import { CoordinationMeeting } from './CoordinationMeeting';
import { CoordinationMember } from './CoordinationMember';
import { MeetingAttendee } from './MeetingAttendee';
import { OneWindowApplication, OneWindowReferral, RoutingRule } from './OneWindow';
import { SupervisionItem } from './SupervisionItem';
import { SupervisionProgress } from './SupervisionProgress';
import { Township } from './Township';

export {
  CoordinationDecision,
  CoordinationMechanism,
  CoordinationMeeting,
  CoordinationMember,
  MeetingAttendee,
  OneWindowApplication,
  OneWindowReferral,
  RoutingRule,
  SupervisionItem,
  SupervisionProgress,
  Township,
};
export const entities = [
  Township,
  CoordinationMechanism,
  CoordinationMember,
  CoordinationMeeting,
  MeetingAttendee,
  CoordinationDecision,
  SupervisionItem,
  SupervisionProgress,
  RoutingRule,
  OneWindowApplication,
  OneWindowReferral,
];
