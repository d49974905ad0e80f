// The county governments' migrations, oldest first.
import { CreateCounties1764900008000 } from './1764900008000-CreateCounties';
import { CreateOneWindow1765100000100 } from './1765100000100-CreateOneWindow';

export const migrations = [CreateCounties1764900008000, CreateOneWindow1765100000100];
