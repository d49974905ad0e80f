// The health migrations, oldest first.
import { CreateHealth1764400004000 } from './1764400004000-CreateHealth';
import { HealthWrites1764400004100 } from './1764400004100-HealthWrites';
import { HealthFilterIndexes1764400004200 } from './1764400004200-HealthFilterIndexes';

export const migrations = [CreateHealth1764400004000, HealthWrites1764400004100, HealthFilterIndexes1764400004200];
