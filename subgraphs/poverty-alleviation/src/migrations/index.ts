// The poverty-alleviation migrations, oldest first.
import { PovertyAlleviationSchema1764900014000 } from './1764900014000-PovertyAlleviationSchema';

export const migrations = [PovertyAlleviationSchema1764900014000];
