// The human-resources migrations, oldest first.
import { CreateHumanResources1764400003000 } from './1764400003000-CreateHumanResources';

export const migrations = [CreateHumanResources1764400003000];
