// The agriculture resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { LandContract } from './LandContract';
import { LandProfile } from './LandProfile';
import { LandTransfer } from './LandTransfer';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Person, LandProfile, LandContract, LandTransfer };
