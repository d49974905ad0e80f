// The trade-union resolver map, one file per type.
import { DifficultWorkerFile } from './DifficultWorkerFile';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { TradeUnionProfile } from './TradeUnionProfile';
import { UnionAid } from './UnionAid';

export const resolvers = { Query, Mutation, Person, TradeUnionProfile, DifficultWorkerFile, UnionAid };
