// The civil-affairs migrations, oldest first.
import { CreateCivilAffairs1764400000000 } from './1764400000000-CreateCivilAffairs';

export const migrations = [CreateCivilAffairs1764400000000];
