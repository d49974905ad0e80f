// The civil-affairs resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { AssistanceCase, AssistanceStandard } from './AssistanceCase';
import { Household } from './Household';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { Region } from './Region';
import {
  Verification,
  VerificationAuthorisation_ as VerificationAuthorisation,
  VerificationItem,
  VerificationReport_ as VerificationReport,
  verificationMutation,
  verificationQuery,
} from '../verification/resolvers';
import {
  DiscoveryAlert_ as DiscoveryAlert,
  DiscoveryAlertCount,
  DiscoveryEvidence,
  discoveryMutation,
  discoveryPerson,
  discoveryQuery,
  DiscoveryRule_ as DiscoveryRule,
  DiscoveryRun_ as DiscoveryRun,
} from '../discovery/resolvers';
import { cohortQuery } from '../cohorts/resolver';
import { cohortAggregateQuery } from '../cohorts/aggregate-resolver';

export const resolvers: Resolvers = {
  // Query.cohort, persons across agencies: src/cohorts/resolver.ts; Query.cohortAggregate, their published counts: src/cohorts/aggregate-resolver.ts.
  Query: { ...Query, ...verificationQuery, ...discoveryQuery, ...cohortQuery, ...cohortAggregateQuery },
  Mutation: { ...Mutation, ...verificationMutation, ...discoveryMutation },
  Person: { ...Person, ...discoveryPerson },
  Household,
  AssistanceCase,
  AssistanceStandard,
  Region,
  // Economic-status verification (核对): src/verification/resolvers.ts.
  Verification,
  VerificationAuthorisation,
  VerificationReport,
  VerificationItem,
  // Proactive discovery (主动发现): src/discovery/resolvers.ts.
  DiscoveryRule,
  DiscoveryRun,
  DiscoveryAlert,
  DiscoveryEvidence,
  DiscoveryAlertCount,
};
