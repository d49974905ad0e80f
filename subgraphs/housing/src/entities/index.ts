// The housing tables.
import { HousingAssistance } from './HousingAssistance';
import { PropertyHolding } from './PropertyHolding';

export { HousingAssistance, PropertyHolding };
export const entities = [PropertyHolding, HousingAssistance];
