// A rule's condition: a cohort condition kept as JSON, with the day's values a run fills in ($today, $yearAgo,
// $currentSchoolYear), checked against civil affairs' own CohortCondition input type, and its leaves (which unit's
// list under which filter), which are an alert's evidence.
import { coerceInputValue, GraphQLError, GraphQLSchema, isInputType } from 'graphql';
import { cohortKeyLists } from '../../../../shared/src/cohorts/keys';
import { addYears, cityToday } from '../../../../shared/src/dates';
import { badUserInput } from '../../../../shared/src/errors';
import { AGENCY_NAMES } from '../../../registry';

export type Condition = Record<string, unknown>;

/** The school year a day falls in, as education counts them: from September 1 on, the year that starts then. */
export function schoolYearOn(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 9 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** The values a rule may leave to the day it runs, by name. */
export function dayValues(today = cityToday()): Record<string, string> {
  return { $today: today, $yearAgo: addYears(today, -1), $currentSchoolYear: schoolYearOn(today) };
}

/**
 * The condition with every `$name` string replaced by that day's value. An unknown name is refused, naming where
 * it is, so that a rule never runs with a value no unit understands.
 */
export function fillIn(condition: unknown, values: Record<string, string>, field: string, path: string[] = []): unknown {
  if (typeof condition === 'string' && condition.startsWith('$')) {
    if (!Object.hasOwn(values, condition))
      throw badUserInput(
        [field, ...path].join('.'),
        `${JSON.stringify(condition.slice(0, 40))} is not a value a run fills in: ${Object.keys(values).join(', ')}`,
      );
    return values[condition];
  }
  if (Array.isArray(condition)) return condition.map((c, i) => fillIn(c, values, field, [...path, String(i)]));
  if (condition && typeof condition === 'object')
    return Object.fromEntries(Object.entries(condition).map(([k, v]) => [k, fillIn(v, values, field, [...path, k])]));
  return condition;
}

/** One condition on one unit's list: where it is in the rule, the list, its filter, and whether it is under a `not`. */
export interface Leaf {
  path: string;
  unit: string;
  list: string;
  filter: Record<string, unknown>;
  negated: boolean;
}

/** Which unit's list each cohort member is: the registry's person lists (shared/src/cohorts/keys.ts). */
let unitsOfLists: Map<string, string> | undefined;
const unitOfList = (list: string) =>
  (unitsOfLists ??= new Map(cohortKeyLists(AGENCY_NAMES).map((l) => [l.list, l.agency] as const))).get(list);

/** The leaves of a condition, in the order it gives them. */
export function leavesOf(condition: Condition, path: string[] = [], negated = false): Leaf[] {
  return Object.entries(condition).flatMap(([member, value]): Leaf[] => {
    const at = [...path, member];
    if (member === 'not') return leavesOf(value as Condition, at, !negated);
    if (member === 'and' || member === 'or') return (value as Condition[]).flatMap((c, i) => leavesOf(c, [...at, String(i)], negated));
    return [
      { path: at.join('.'), unit: unitOfList(member) ?? 'civil-affairs', list: member, filter: value as Record<string, unknown>, negated },
    ];
  });
}

/**
 * A condition given as JSON (`field` names it), as a run would ask it today: parsed, its day values filled in, and
 * checked against the schema's CohortCondition input type as the gateway checks the cohort field's argument (each
 * problem BAD_USER_INPUT naming where it is). Answers the condition as given, to be kept with its `$` names.
 */
export function checkCondition(field: string, json: string, schema: GraphQLSchema): Condition {
  let condition: unknown;
  try {
    condition = JSON.parse(json);
  } catch {
    throw badUserInput(field, 'is not JSON: give a CohortCondition as a JSON object, e.g. {"disabledPersons": {"grades": [1, 2]}}');
  }
  if (!condition || typeof condition !== 'object' || Array.isArray(condition))
    throw badUserInput(field, 'must be a JSON object: a CohortCondition');
  const type = schema.getType('CohortCondition');
  if (!type || !isInputType(type)) throw new Error('civil affairs serves no CohortCondition input type: the cohort field is missing');
  coerceInputValue(fillIn(condition, dayValues(), field), type, (path, _value, error: GraphQLError) => {
    throw badUserInput([field, ...path].join('.'), error.message);
  });
  oneMemberEach(condition as Condition, field);
  return condition as Condition;
}

/** Each condition sets exactly one member (an `and`, an `or`, a `not` or one list's filter), as the cohort field asks. */
function oneMemberEach(condition: Condition, field: string): void {
  const members = Object.keys(condition);
  if (members.length !== 1)
    throw badUserInput(
      field,
      `sets ${members.length ? members.join(', ') : 'nothing'}: a condition sets exactly one of and, or, not or a list`,
    );
  const [member] = members;
  const value = condition[member];
  if (member === 'not') oneMemberEach(value as Condition, `${field}.not`);
  if (member === 'and' || member === 'or') {
    if (!Array.isArray(value) || value.length === 0) throw badUserInput(`${field}.${member}`, 'must list at least one condition');
    value.forEach((c, i) => oneMemberEach(c as Condition, `${field}.${member}.${i}`));
  }
}
