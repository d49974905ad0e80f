// The education migrations, oldest first.
import { CreateEducation1764400002000 } from './1764400002000-CreateEducation';

export const migrations = [CreateEducation1764400002000];
