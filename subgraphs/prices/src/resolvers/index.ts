// The price-bureau resolver map, one file per type, typed by the resolver types generated from schema.graphql.
import type { Resolvers } from '../generated/graphql';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PriceIndex } from './PriceIndex';
import { PriceLinkageDecision } from './PriceLinkageDecision';
import { PriceLinkageRule } from './PriceLinkageRule';
import { PriceSurveyProfile } from './PriceSurveyProfile';
import { Query } from './Query';
import { StandardPriceBasis } from './StandardPriceBasis';
import { SurveyHousehold } from './SurveyHousehold';
import { SurveyMonth } from './SurveyMonth';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Person,
  PriceSurveyProfile,
  SurveyHousehold,
  SurveyMonth,
  PriceIndex,
  StandardPriceBasis,
  PriceLinkageRule,
  PriceLinkageDecision,
};
