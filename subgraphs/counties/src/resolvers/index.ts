// The counties resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { CoordinationDecision } from './CoordinationDecision';
import { CoordinationMechanism } from './CoordinationMechanism';
import { CoordinationMeeting } from './CoordinationMeeting';
import { Mutation } from './Mutation';
import { OneWindowApplication, OneWindowReferral, RoutingRule_ as RoutingRule } from './OneWindow';
import { Query } from './Query';
import { Region } from './Region';
import { SupervisionItem } from './SupervisionItem';
import { Township } from './Township';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Region,
  Township,
  CoordinationMechanism,
  CoordinationMeeting,
  CoordinationDecision,
  SupervisionItem,
  OneWindowApplication,
  OneWindowReferral,
  RoutingRule,
};
