// The health migrations, oldest first.
import { CreateHealth1764400004000 } from './1764400004000-CreateHealth';

export const migrations = [CreateHealth1764400004000];
