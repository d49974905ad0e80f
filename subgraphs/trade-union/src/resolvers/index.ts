// The trade-union resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { DifficultWorkerFile } from './DifficultWorkerFile';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { TradeUnionProfile } from './TradeUnionProfile';
import { UnionAid } from './UnionAid';

export const resolvers: Resolvers = { Query, Mutation, Person, TradeUnionProfile, DifficultWorkerFile, UnionAid };
