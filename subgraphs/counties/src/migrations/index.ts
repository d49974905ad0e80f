// The county governments' migrations, oldest first.
import { CreateCounties1764900008000 } from './1764900008000-CreateCounties';

export const migrations = [CreateCounties1764900008000];
