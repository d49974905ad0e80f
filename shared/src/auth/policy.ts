// Enforces the SDL's @authenticated and @requiresScopes in the subgraph, on root fields and _entities alike.
import { defaultFieldResolver, DirectiveNode, GraphQLSchema, isObjectType, valueFromASTUntyped } from 'graphql';
import { forbidden, purposeRequired, unauthenticated } from '../errors';
import { isPurpose } from './purposes';
import { AccessRecord } from '../audit/recorder';
import { Identity } from './tokens';

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
    const typePolicy = policyOf([...(type.astNode?.directives ?? []), ...(type.extensionASTNodes ?? []).flatMap((n) => n.directives ?? [])]);
    for (const field of Object.values(type.getFields())) {
      const fieldPolicy = policyOf(field.astNode?.directives);
      const policies = [typePolicy, fieldPolicy].filter((p): p is Policy => Boolean(p));
      if (policies.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const path = `${type.name}.${field.name}`;
      field.resolve = (source, args, context: { identity?: Identity; access?: AccessRecord }, info) => {
        for (const policy of policies) {
          if (!context.identity) throw unauthenticated();
          if (policy.scopes.length > 0 && !isPurpose(context.identity.purpose)) {
            throw purposeRequired(`${path} is personal data and is read only for a stated purpose (x-purpose)`);
          }
          if (!allows(policy, context.identity)) {
            const need = policy.scopes.map((all) => all.join(' and ')).join(' or ');
            throw forbidden(`${path} needs scope ${need}; role ${context.identity.role} does not have it`);
          }
        }
        context.access?.fields.add(path);
        if (type.name === 'Person') {
          const key = (source as { key?: string; id?: string } | null)?.key ?? (source as { id?: string } | null)?.id;
          if (key) context.access?.persons.add(key);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
