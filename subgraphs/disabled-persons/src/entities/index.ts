// The disabled-persons tables.
import { DisabilityCertificate } from './DisabilityCertificate';
import { DisabilitySubsidy } from './DisabilitySubsidy';

export { DisabilityCertificate, DisabilitySubsidy };
export const entities = [DisabilityCertificate, DisabilitySubsidy];
