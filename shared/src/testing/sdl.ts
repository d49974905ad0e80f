// What a test can read off a subgraph's schema: each field's policy, who may read it, selections, inputs that type-check.
import {
  DirectiveNode,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  valueFromASTUntyped,
} from 'graphql';

/** One directive's policy: alternatives, each a set of scopes all needed; [] for @authenticated alone. */
export type Policy = string[][];

function policyOf(directives: readonly DirectiveNode[] | undefined): Policy | undefined {
  let policy: Policy | undefined;
  for (const d of directives ?? []) {
    if (d.name.value === 'authenticated') policy ??= [];
    if (d.name.value === 'requiresScopes') {
      const arg = d.arguments?.find((a) => a.name.value === 'scopes');
      policy = [...(policy ?? []), ...(arg ? (valueFromASTUntyped(arg.value) as string[][]) : [])];
    }
  }
  return policy;
}

/** The policies a field must pass, as the SDL states them: its type's and its own (shared/src/auth/policy.ts enforces them). */
export function policiesOf(type: GraphQLObjectType, field: string): Policy[] {
  const typeDirectives = [...(type.astNode?.directives ?? []), ...type.extensionASTNodes.flatMap((n) => n.directives ?? [])];
  return [policyOf(typeDirectives), policyOf(type.getFields()[field]?.astNode?.directives)].filter((p): p is Policy => p !== undefined);
}

/** The first policy a caller holding `scopes` fails, if any: the one its refusal names. */
export const unmetPolicy = (policies: Policy[], scopes: readonly string[]): Policy | undefined =>
  policies.find((p) => p.length > 0 && !p.some((all) => all.every((s) => scopes.includes(s))));

/** How a refusal names a policy's scopes: `a and b or c`. */
export const describePolicy = (policy: Policy) => policy.map((all) => all.join(' and ')).join(' or ');

/** The field is personal data: some policy names scopes (the access log records such fields as read). */
export const isPersonalData = (policies: Policy[]) => policies.some((p) => p.length > 0);

/** The field an entity is keyed by (`@key(fields: "code")` -> code): entities here have one key field. */
export function keyFieldOf(type: GraphQLObjectType): string {
  const key = type.astNode?.directives?.find((d) => d.name.value === 'key');
  const fields = key?.arguments?.find((a) => a.name.value === 'fields')?.value;
  if (fields?.kind !== 'StringValue' || !/^\w+$/.test(fields.value)) throw new Error(`${type.name} has no single-field @key`);
  return fields.value;
}

/** Whether a @key directive leaves the entity to other subgraphs (`resolvable: false`: a reference, not resolved here). */
const isReferenceOnly = (key: DirectiveNode) =>
  key.arguments?.some((a) => a.name.value === 'resolvable' && a.value.kind === 'BooleanValue' && !a.value.value) ?? false;

/** Object types with a resolvable @key: the entities a subgraph resolves through _entities (not its references to others'). */
export const entityTypes = (schema: GraphQLSchema): GraphQLObjectType[] =>
  Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType =>
      isObjectType(t) && Boolean(t.astNode?.directives?.some((d) => d.name.value === 'key' && !isReferenceOnly(d))),
  );

/** The root fields a caller can ask for: every Query and Mutation field but federation's own. */
export function rootFields(schema: GraphQLSchema): { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  return [schema.getQueryType(), schema.getMutationType()]
    .filter((t): t is GraphQLObjectType => Boolean(t))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => !f.name.startsWith('_'))
        .map((field) => ({ type, field })),
    );
}

/** Query fields that return a connection (`…Connection` with nodes, pageInfo and totalCount). */
export const listFields = (schema: GraphQLSchema) =>
  Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) => getNamedType(f.type).name.endsWith('Connection'));

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);

/** The smallest selection a field of this type needs: a connection's totalCount, or an object's first scalar. */
export function minimalSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields());
  if (named.getFields().totalCount) return '{ totalCount }';
  const leaf = fields.find((f) => isLeafType(getNamedType(f.type)) && requiredArgs(f).length === 0);
  return leaf ? `{ ${leaf.name} }` : `{ ${fields[0].name} ${minimalSelection(fields[0].type)} }`;
}

export interface SelectionOptions {
  /** Leave out fields of these types wherever they are (a write's answer without the person it names). */
  without?: string[];
}

/**
 * Every field of the type, and of the types under it, with arguments at their defaults except `include…`
 * flags, which are set: a type already on the path is read by its id alone, so no selection loops.
 */
export function fullSelection(type: GraphQLOutputType, options: SelectionOptions = {}, path: string[] = []): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  if (path.includes(named.name)) return named.getFields().id ? '{ id }' : '';
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    const fieldType = getNamedType(field.type);
    if (field.name.startsWith('_') || requiredArgs(field).length > 0 || options.without?.includes(fieldType.name)) continue;
    const flags = field.args
      .filter((a) => a.name.startsWith('include') && getNamedType(a.type).name === 'Boolean')
      .map((a) => `${a.name}: true`);
    const sub = fullSelection(field.type, options, [...path, named.name]);
    if (!isLeafType(fieldType) && !sub) continue;
    parts.push(`${field.name}${flags.length ? `(${flags.join(', ')})` : ''} ${sub}`.trim());
  }
  return `{ ${parts.join(' ')} }`;
}

const SAMPLE_SCALARS: Record<string, unknown> = {
  ID: 'x',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Money: '1.00',
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00+08:00',
};

/** A value of the input type that GraphQL accepts (every required field, the first enum value): it reaches the resolver, its policy first. */
export function sampleInput(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType);
  if (isListType(type)) return [sampleInput(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isScalarType(type)) return SAMPLE_SCALARS[type.name] ?? 'x';
  if (!isInputObjectType(type)) throw new Error(`no sample for ${String(type)}`);
  return Object.fromEntries(
    Object.values(type.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => [f.name, sampleInput(f.type)]),
  );
}

/** An object of an answer, with its type and where it is in the answer. */
export interface AnswerObject {
  type: GraphQLObjectType;
  value: Record<string, unknown>;
  path: (string | number)[];
}

/** Every non-null object of an answer under `value` (of `type`, at `path`), parents before children; keys are field names (no aliases). */
export function answerObjects(value: unknown, type: GraphQLOutputType, path: (string | number)[] = []): AnswerObject[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => answerObjects(v, type, [...path, i]));
  const named = getNamedType(type);
  if (!isObjectType(named)) return [];
  const object = value as Record<string, unknown>;
  const fields = named.getFields();
  return [
    { type: named, value: object, path },
    ...Object.keys(object).flatMap((k) => (fields[k] ? answerObjects(object[k], fields[k].type, [...path, k]) : [])),
  ];
}
