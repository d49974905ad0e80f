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

export const resolvers: Resolvers = {
  Query: { ...Query, ...verificationQuery },
  Mutation: { ...Mutation, ...verificationMutation },
  Person,
  Household,
  AssistanceCase,
  AssistanceStandard,
  Region,
  // Economic-status verification (核对): src/verification/resolvers.ts.
  Verification,
  VerificationAuthorisation,
  VerificationReport,
  VerificationItem,
};
