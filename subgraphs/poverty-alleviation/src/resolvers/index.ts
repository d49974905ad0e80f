// The poverty-alleviation resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { MonitoredHousehold } from './MonitoredHousehold';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PovertyAlleviationProfile } from './PovertyAlleviationProfile';
import { Query } from './Query';
import { SupportMeasure } from './SupportMeasure';

export const resolvers: Resolvers = { Query, Mutation, Person, PovertyAlleviationProfile, MonitoredHousehold, SupportMeasure };
