// Person as health sees it: the key only, and the health profile (its file) when the commission holds one.
import { personProfiles } from '../../../../shared/src/profiles';
import { Context } from '../context';

export const Person = personProfiles({
  health: (key, { loaders }: Context) => loaders.healthFileByPersonKey.load(key),
});
