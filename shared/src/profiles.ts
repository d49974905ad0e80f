// Person in an agency that does not own it: a reference is its key, and the agency's profiles hang on it.

/** A person as the gateway refers to one: civil affairs owns the person core, every other agency only the key. */
export interface PersonReference {
  id: string;
}

/** What a profile's fields resolve from: the person's key and the rows the agency holds on them. */
export type Profile<R> = { personKey: string } & R;

/** A profile field's loader: the rows of one person, through the request's loaders (context), or null. */
type ProfileLoader = (personKey: string, context: never) => Promise<unknown>;

/**
 * A person's profile from the rows an agency holds on them, or null when it holds none (every row absent,
 * every list empty): the graph shows "this agency has nothing on the person" as a null profile.
 */
export function profileOf<R extends Record<string, unknown>>(personKey: string, rows: R): Profile<R> | null {
  const holds = Object.values(rows).some((row) => (Array.isArray(row) ? row.length > 0 : row !== null && row !== undefined));
  return holds ? { personKey, ...rows } : null;
}

/**
 * Person's resolvers in an agency that does not own Person: `__resolveReference` answers for any key without
 * a lookup (the agency's rows are found by the profile fields, batched through loaders), and each profile
 * field loads its rows by the person's key.
 *
 *   export const Person = personProfiles({
 *     education: async (key, { loaders }: Context) => profileOf(key, { student: await loaders.studentByKey.load(key) }),
 *   });
 */
export function personProfiles<P extends Record<string, ProfileLoader>>(profiles: P) {
  const fields = Object.fromEntries(
    Object.entries(profiles).map(([field, load]) => [
      field,
      (person: PersonReference, _: unknown, context: never) => load(person.id, context),
    ]),
  );
  return { __resolveReference: (person: PersonReference): PersonReference => ({ id: person.id }), ...fields } as {
    __resolveReference: (person: PersonReference) => PersonReference;
  } & { [F in keyof P]: (person: PersonReference, args: unknown, context: Parameters<P[F]>[1]) => ReturnType<P[F]> };
}
