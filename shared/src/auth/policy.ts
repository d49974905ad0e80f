// Enforces the SDL's @authenticated and @requiresScopes in the subgraph, on root fields and _entities alike.
import { defaultFieldResolver, DirectiveNode, GraphQLSchema, isObjectType, valueFromASTUntyped } from 'graphql';
import { forbidden, purposeNotAllowed, purposeRequired, unauthenticated } from '../errors';
import { isPurpose, mayUsePurpose, purposesForRole } from './purposes';
import { AccessRecord } from '../audit/recorder';
import { Identity } from './tokens';
import { looksLikeIdNumber } from '../id-number';
import { personKey } from '../person-key';
import { formatMoney } from '../money';

interface Policy {
  authenticated: boolean;
  /** Alternatives: the caller needs every scope of at least one inner list. */
  scopes: string[][];
}

function policyOf(directives: readonly DirectiveNode[] | undefined): Policy | undefined {
  let policy: Policy | undefined;
  for (const d of directives ?? []) {
    if (d.name.value === 'authenticated') policy = { authenticated: true, scopes: policy?.scopes ?? [] };
    if (d.name.value === 'requiresScopes') {
      const arg = d.arguments?.find((a) => a.name.value === 'scopes');
      const scopes = arg ? (valueFromASTUntyped(arg.value) as string[][]) : [];
      policy = { authenticated: true, scopes: [...(policy?.scopes ?? []), ...scopes] };
    }
  }
  return policy;
}

export function allows(policy: Policy, identity: Identity | undefined): boolean {
  if (!identity) return false;
  if (policy.scopes.length === 0) return true;
  return policy.scopes.some((all) => all.every((scope) => identity.scopes.includes(scope)));
}

/** Wraps every field whose definition or parent type carries a policy, so no path escapes it. */
export function enforcePolicies(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typePolicy = policyOf([
      ...(type.astNode?.directives ?? []),
      ...(type.extensionASTNodes ?? []).flatMap((n) => n.directives ?? []),
    ]);
    for (const field of Object.values(type.getFields())) {
      const fieldPolicy = policyOf(field.astNode?.directives);
      const policies = [typePolicy, fieldPolicy].filter((p): p is Policy => Boolean(p));
      const entity = ENTITY_KEYS[type.name];
      const root = type === schema.getQueryType() && !field.name.startsWith('_');
      if (policies.length === 0 && !entity && !root) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const path = `${type.name}.${field.name}`;
      const personalData = policies.some((p) => p.scopes.length > 0);
      field.resolve = (source, args, context: PolicyContext, info) => {
        const target = entity?.(source);
        try {
          check(context);
        } catch (err) {
          refused(context, path, err, type.name, target);
          throw err;
        }
        // Every Person and Household that leaves is on the record, whichever of its fields was asked.
        if (target) (type.name === 'Person' ? context.access?.persons : context.access?.households)?.add(target);
        if (personalData) context.access?.fields.add(path);
        if (root && context.access && Object.keys(args).length)
          context.access.filters[field.name] = loggedArguments(args, context.personKeySecret);
        const result = resolve(source, args, context, info);
        // A resolver's own refusal (e.g. an agency's rule on whose identity it shows) is on the record too.
        if (result instanceof Promise)
          return result.catch((err) => {
            refused(context, path, err, type.name, target);
            throw err;
          });
        return result;
      };
      const check = (context: PolicyContext) => {
        for (const policy of policies) {
          if (!context.identity) throw unauthenticated();
          if (policy.scopes.length > 0 && !isPurpose(context.identity.purpose)) {
            throw purposeRequired(`${path} is personal data and is read only for a stated purpose (x-purpose)`);
          }
          // The gateway refuses these already; a subgraph checks again rather than trust its choice.
          if (policy.scopes.length > 0 && !mayUsePurpose(context.identity.role, context.identity.purpose)) {
            throw purposeNotAllowed(
              `${path}: role ${context.identity.role} may not read for purpose ${context.identity.purpose}; it may give ${purposesForRole(context.identity.role).join(', ')}`,
            );
          }
          if (!allows(policy, context.identity)) {
            const need = policy.scopes.map((all) => all.join(' and ')).join(' or ');
            throw forbidden(`${path} needs scope ${need}; role ${context.identity.role} does not have it`);
          }
        }
      };
    }
  }
  return schema;
}

interface PolicyContext {
  identity?: Identity;
  access?: AccessRecord;
  personKeySecret?: string;
}

/** The key of an entity a field is resolved on: a person's pseudonymous key, a household's id. */
const ENTITY_KEYS: Record<string, (source: unknown) => string | undefined> = {
  Person: (source) => {
    const s = source as { key?: unknown; personKey?: unknown; id?: unknown } | null;
    const key = s?.key ?? s?.personKey ?? s?.id;
    return typeof key === 'string' ? key : undefined;
  },
  Household: (source) => {
    const id = (source as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : undefined;
  },
};

/** Refusals with a stable code go on the record with what they would have read. */
function refused(context: PolicyContext, path: string, err: unknown, typeName: string, target: string | undefined) {
  const code = (err as { extensions?: { code?: unknown } })?.extensions?.code;
  if (!context.access || (code !== 'FORBIDDEN' && code !== 'PURPOSE_REQUIRED' && code !== 'PURPOSE_NOT_ALLOWED')) return;
  context.access.refusals.push({ path, code, ...(target ? (typeName === 'Person' ? { personId: target } : { householdId: target }) : {}) });
}

/** A root field's arguments as the log keeps them: every resident ID number replaced by its person key. */
function loggedArguments(args: Record<string, unknown>, secret: string | undefined): Record<string, unknown> {
  const clean = (value: unknown): unknown => {
    // The shape, not the checked number: a padded or mistyped ID number is still one, and stays out of the log.
    if (typeof value === 'string')
      return looksLikeIdNumber(value) ? (secret ? personKey(value.trim(), secret) : '(an ID number)') : value.slice(0, 200);
    // Money arrives as integer fen; the log keeps it as the decimal string the caller sent.
    if (typeof value === 'bigint') return formatMoney(value);
    if (Array.isArray(value)) return value.slice(0, 100).map(clean);
    if (value && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
    return value;
  };
  return clean(args) as Record<string, unknown>;
}
