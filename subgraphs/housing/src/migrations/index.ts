// The housing migrations, oldest first.
import { CreateHousing1764400005000 } from './1764400005000-CreateHousing';

export const migrations = [CreateHousing1764400005000];
