// The disabled-persons migrations, oldest first.
import { CreateDisabledPersons1764400007000 } from './1764400007000-CreateDisabledPersons';

export const migrations = [CreateDisabledPersons1764400007000];
