// The housing resolver map, one file per type.
import { HousingAssistance } from './HousingAssistance';
import { HousingProfile } from './HousingProfile';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { PropertyHolding } from './PropertyHolding';
import { Query } from './Query';

export const resolvers = { Query, Mutation, Person, HousingProfile, PropertyHolding, HousingAssistance };
