// The trade-union resolver map, one file per type.
import { Person } from './Person';
import { Query } from './Query';
import { TradeUnionProfile } from './TradeUnionProfile';
import { UnionAid } from './UnionAid';

export const resolvers = { Query, Person, TradeUnionProfile, UnionAid };
