// The county governments' migrations, oldest first.
import { CreateCounties1764900008000 } from './1764900008000-CreateCounties';
import { CreateOneWindow1765100000100 } from './1765100000100-CreateOneWindow';
import { DiscoveryChannel1765500000100 } from './1765500000100-DiscoveryChannel';

export const migrations = [CreateCounties1764900008000, CreateOneWindow1765100000100, DiscoveryChannel1765500000100];
