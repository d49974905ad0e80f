// Whose identity a caller may see: anyone's with person:identify, with person:identify:held only the persons
// the register (person_record_holder) says the caller's agency holds records on.
import { GraphQLResolveInfo } from 'graphql';
import { EntityManager } from 'typeorm';
import { SCOPES } from '../../../shared/src/auth/roles';
import { forbidden } from '../../../shared/src/errors';
import { Context } from './context';

/** Civil affairs' own name in the register: it holds the index record of every person it registers. */
export const CIVIL_AFFAIRS = 'civil-affairs';

/**
 * Whether the caller may identify the persons `personKeys` gives (one person, or a household's members of whom
 * one suffices). The keys are asked for only when the register decides. An agency's role name is its name in the
 * register. A person the register does not name the agency for is refused: a missing entry fails closed.
 */
export async function mayIdentify({ identity, loaders }: Context, personKeys: () => Promise<readonly string[]>): Promise<boolean> {
  if (identity.scopes.includes(SCOPES.personIdentify)) return true;
  if (!identity.scopes.includes(SCOPES.personIdentifyHeld)) return false;
  const holders = await Promise.all((await personKeys()).map((key) => loaders.recordHoldersByPersonKey.load(key)));
  return holders.some((rows) => rows.some((row) => row.agency === identity.role));
}

/** `value` when the caller may identify the persons, else FORBIDDEN at the field naming the agency that holds nothing on them. */
export async function identifying<T>(
  context: Context,
  info: GraphQLResolveInfo,
  personKeys: () => Promise<readonly string[]>,
  value: () => T,
  whom = 'this person',
): Promise<T> {
  if (await mayIdentify(context, personKeys)) return value();
  const { role } = context.identity;
  throw forbidden(
    `${info.parentType.name}.${info.fieldName}: ${role} holds no records on ${whom}; role ${role} sees names, ID numbers, birth dates, ages and addresses only of persons its agency holds records on`,
  );
}

/** Enters `agency` as a holder of records on the person, in the caller's transaction; a repeat changes nothing. */
export async function registerHolder(manager: EntityManager, personKey: string, agency: string): Promise<void> {
  await manager.query('INSERT INTO person_record_holder (person_key, agency) VALUES ($1, $2) ON CONFLICT DO NOTHING', [personKey, agency]);
}
