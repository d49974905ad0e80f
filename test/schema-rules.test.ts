// Rules every agency's SDL keeps, so that federation and the access model behave as DESIGN.md says.
import { Kind, parse } from 'graphql';
import { subgraphSdl } from '../shared/src/schema';
import { SUBGRAPHS } from '../subgraphs/registry';
import { accessLogFieldName } from '../shared/src/audit/resolvers';

const documents = SUBGRAPHS.map((s) => [s.name, parse(subgraphSdl(s.name))] as const);

test.each(documents)('%s: every field that carries a policy is nullable, so a refusal leaves the rest of the answer', (_name, doc) => {
  const offending: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? []) {
      const policy = field.directives?.some((d) => d.name.value === 'requiresScopes' || d.name.value === 'authenticated');
      if (policy && field.type.kind === Kind.NON_NULL_TYPE) offending.push(`${def.name.value}.${field.name.value}`);
    }
  }
  expect(offending).toEqual([]);
});

test.each(documents)('%s: every root field declares who may call it', (_name, doc) => {
  const open: string[] = [];
  for (const def of doc.definitions) {
    if (
      (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) ||
      !['Query', 'Mutation'].includes(def.name.value)
    )
      continue;
    for (const field of def.fields ?? []) {
      if (!field.directives?.some((d) => d.name.value === 'requiresScopes' || d.name.value === 'authenticated'))
        open.push(`${def.name.value}.${field.name.value}`);
    }
  }
  expect(open).toEqual([]);
});

test.each(documents)('%s: its access log can be read through the graph', (name, doc) => {
  const queryFields = doc.definitions.flatMap((d) =>
    (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) && d.name.value === 'Query'
      ? (d.fields ?? []).map((f) => f.name.value)
      : [],
  );
  expect(queryFields).toContain(accessLogFieldName(name));
});
