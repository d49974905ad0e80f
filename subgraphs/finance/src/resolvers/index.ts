// The finance resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { Allocation } from './Allocation';
import { Budget } from './Budget';
import { Household } from './Household';
import { Mutation } from './Mutation';
import { Payment } from './Payment';
import { PerformanceEvaluation } from './PerformanceEvaluation';
import { Person } from './Person';
import { PriceSubsidyBatch } from './PriceSubsidyBatch';
import { PriceSubsidyCounty } from './PriceSubsidyCounty';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  Household,
  Payment,
  Budget,
  Allocation,
  PerformanceEvaluation,
  PriceSubsidyBatch,
  PriceSubsidyCounty,
};
