// The agriculture migrations, oldest first.
import { CreateAgriculture1764900012000 } from './1764900012000-CreateAgriculture';
import { AgricultureTransfersWithinContract1764900012100 } from './1764900012100-AgricultureTransfersWithinContract';

export const migrations = [CreateAgriculture1764900012000, AgricultureTransfersWithinContract1764900012100];
