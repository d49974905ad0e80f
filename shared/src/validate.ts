// Argument checks shared by every agency; each failure is BAD_USER_INPUT naming the field and rule.
import { badUserInput } from './errors';
import { InvalidIdNumber, parseIdNumber } from './id-number';
import { isPersonKey, personKey } from './person-key';
import { isRegionCode, REGIONS } from './regions';

export function idNumberArg(field: string, raw: string): string {
  try {
    return parseIdNumber(raw);
  } catch (err) {
    if (err instanceof InvalidIdNumber) throw badUserInput(field, `is not a valid resident ID number: ${err.message}`);
    throw err;
  }
}

export function regionCodeArg(field: string, code: string | null | undefined): string | null {
  if (code == null) return null;
  if (!isRegionCode(code)) {
    throw badUserInput(
      field,
      `${JSON.stringify(code)} is not a county code of this city; use one of ${REGIONS.map((r) => r.code).join(', ')}`,
    );
  }
  return code;
}

export function personKeyArg(field: string, id: string): string {
  if (!isPersonKey(id)) throw badUserInput(field, 'is not a person id of this graph (a 23-character pseudonymous key)');
  return id;
}

/**
 * A person an input names by key (`input.personId`), by resident ID number (`input.idNumber`), or by both when
 * they agree: the key, and the ID number when one was given.
 */
export function personRefArg(
  ref: { personId?: string | null; idNumber?: string | null },
  secret: string,
): { key: string; idNumber: string | null } {
  const idNumber = ref.idNumber != null ? idNumberArg('input.idNumber', ref.idNumber) : null;
  const key = ref.personId != null ? personKeyArg('input.personId', ref.personId) : null;
  if (!key && !idNumber) throw badUserInput('input.personId', 'is required (or the resident ID number as input.idNumber)');
  const derived = idNumber ? personKey(idNumber, secret) : null;
  if (key && derived && key !== derived) throw badUserInput('input.idNumber', 'is not the ID number of the person input.personId names');
  return { key: key ?? derived!, idNumber };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidArg(field: string, id: string): string {
  if (!UUID.test(id)) throw badUserInput(field, `${JSON.stringify(id.slice(0, 40))} is not an id of this list (a UUID)`);
  return id.toLowerCase();
}

export function intRangeArg(field: string, value: number | null | undefined, min: number, max: number): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(field, `must be an integer from ${min} to ${max}, got ${value}`);
  return value;
}
