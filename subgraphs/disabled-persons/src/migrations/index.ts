// The disabled-persons migrations, oldest first.
import { CreateDisabledPersons1764400007000 } from './1764400007000-CreateDisabledPersons';
import { DisabledPersonsWrites1764400007100 } from './1764400007100-DisabledPersonsWrites';
import { DisabledPersonsFilterIndexes1764400007200 } from './1764400007200-DisabledPersonsFilterIndexes';

export const migrations = [
  CreateDisabledPersons1764400007000,
  DisabledPersonsWrites1764400007100,
  DisabledPersonsFilterIndexes1764400007200,
];
