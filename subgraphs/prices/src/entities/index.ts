// The price bureau's tables.
import { PriceIndex } from './PriceIndex';
import { PriceLinkageRule } from './PriceLinkageRule';
import { StandardBasis } from './StandardBasis';
import { SurveyHousehold } from './SurveyHousehold';
import { SurveyMonth } from './SurveyMonth';

export { PriceIndex, PriceLinkageRule, StandardBasis, SurveyHousehold, SurveyMonth };
export const entities = [PriceIndex, SurveyHousehold, SurveyMonth, StandardBasis, PriceLinkageRule];
