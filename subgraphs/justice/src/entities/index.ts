// The justice bureau's tables.
import { DisputeMediation } from './DisputeMediation';
import { LegalAidCase } from './LegalAidCase';

export { DisputeMediation, LegalAidCase };
export const entities = [LegalAidCase, DisputeMediation];
