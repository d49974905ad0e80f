// The development-reform migrations, oldest first.
import { CreateDevelopmentReform1764900009000 } from './1764900009000-CreateDevelopmentReform';

export const migrations = [CreateDevelopmentReform1764900009000];
