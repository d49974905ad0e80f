// The agriculture tables.
import { LandContract } from './LandContract';
import { LandTransfer } from './LandTransfer';

export { LandContract, LandTransfer };
export const entities = [LandContract, LandTransfer];
