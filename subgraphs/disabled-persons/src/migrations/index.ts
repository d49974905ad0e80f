// The disabled-persons migrations, oldest first.
import { CreateDisabledPersons1764400007000 } from './1764400007000-CreateDisabledPersons';
import { DisabledPersonsWrites1764400007100 } from './1764400007100-DisabledPersonsWrites';

export const migrations = [CreateDisabledPersons1764400007000, DisabledPersonsWrites1764400007100];
