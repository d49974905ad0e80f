// Person as health sees it: the key only, and the health profile when the commission holds a file.
import { Context } from '../context';
import { HealthFile } from '../entities';

export const Person = {
  // Civil affairs owns the person core; health answers for any key and finds its rows through loaders.
  __resolveReference: ({ id }: { id: string }) => ({ id }),
  health: ({ id }: { id: string }, _: unknown, { loaders }: Context): Promise<HealthFile | null> => loaders.healthFileByPersonKey.load(id),
};
