// The justice bureau's migrations, oldest first.
import { CreateJustice1764900011000 } from './1764900011000-CreateJustice';

export const migrations = [CreateJustice1764900011000];
