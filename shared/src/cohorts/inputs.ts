// The inputs a cohort's condition is written in: CohortCondition, one member per person list of the registry, and a
// copy of each of those lists' filter input types (and the enums they use). The gateway validates a cohort's condition
// against the SDL of the subgraph that serves `cohort` alone, so the filters of the lists it combines must be in that
// subgraph's SDL; shared/src/schema.ts adds them to any subgraph whose schema names CohortCondition without defining
// it. Identical input and enum definitions compose in Federation 2.
import { DefinitionNode, DocumentNode, Kind, parse, print, TypeDefinitionNode, TypeNode } from 'graphql';
import { CohortKeyList, cohortKeyListsOf } from './keys';

export const COHORT_CONDITION = 'CohortCondition';

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

const isTypeDefinition = (d: DefinitionNode): d is TypeDefinitionNode =>
  d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_DEFINITION || d.kind === Kind.SCALAR_TYPE_DEFINITION;

const typesOf = (doc: DocumentNode) => new Map(doc.definitions.filter(isTypeDefinition).map((d) => [d.name.value, d] as const));

/** Whether a subgraph's own SDL asks for the cohort inputs: it names CohortCondition and does not define it itself. */
export function usesCohortCondition(agencySdl: string): boolean {
  if (!agencySdl.includes(COHORT_CONDITION)) return false;
  return !typesOf(parse(agencySdl)).has(COHORT_CONDITION);
}

/** A filter input type and every input and enum type it uses, from the agency's own SDL, in the order they are reached. */
function closureOf(root: string, types: Map<string, TypeDefinitionNode>, agency: string): TypeDefinitionNode[] {
  const found = new Map<string, TypeDefinitionNode>();
  const visit = (name: string) => {
    if (found.has(name) || BUILT_IN_SCALARS.has(name)) return;
    const type = types.get(name);
    if (!type) throw new Error(`${agency}'s schema.graphql does not define ${name}, which its list filter ${root} uses`);
    found.set(name, type);
    if (type.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) for (const field of type.fields ?? []) visit(namedType(field.type));
  };
  visit(root);
  return [...found.values()];
}

const condition = (lists: readonly CohortKeyList[]) => `"""
A condition on persons, for cohort(condition): set exactly one member. A list's member selects the persons that
list selects under that filter, as its own agency answers it (a household list, its households' members); and,
or and not combine conditions.
"""
input ${COHORT_CONDITION} {
  "Persons every one of these conditions selects."
  and: [${COHORT_CONDITION}!]
  "Persons any of these conditions selects."
  or: [${COHORT_CONDITION}!]
  "Persons of the index this condition does not select; inside an and, those of the other conditions it does not select."
  not: ${COHORT_CONDITION}
${lists
  .map(
    (l) =>
      `  "${l.agency}: ${l.node === 'Household' ? `the members of the households ${l.list}(filter) lists` : `the persons ${l.list}(filter) lists`}."\n  ${l.list}: ${l.filterType}`,
  )
  .join('\n')}
}`;

export interface CohortInputSources {
  /** The subgraph that serves `cohort`, and its own SDL. */
  home: string;
  homeSdl: string;
  /** The types every subgraph shares (shared/schema/common.graphql). */
  commonSdl: string;
  /**
   * The agencies whose person lists a condition may name, in the registry's order, and each one's own SDL; an agency
   * without SDL (one a git base does not have yet) has no lists.
   */
  agencies: readonly string[];
  sdlOf: (agency: string) => string | undefined;
}

/**
 * CohortCondition with a member per person list of the agencies, and the other agencies' filter types it names, each
 * type once. A type the home subgraph or the shared SDL already defines is not copied when it is the same there, and
 * stops the build when it differs (composition would merge the two): rename one of them.
 */
export function cohortInputsSdl({ home, homeSdl, commonSdl, agencies, sdlOf }: CohortInputSources): string {
  // Each agency's SDL parsed once: its person lists, and the types its filters may use, as its subgraph serves them
  // (its schema.graphql with the shared types, shared/src/schema.ts).
  const common = typesOf(parse(commonSdl));
  const docs = agencies.flatMap((agency) => {
    const sdl = agency === home ? homeSdl : sdlOf(agency);
    return sdl === undefined ? [] : [{ agency, doc: parse(sdl) }];
  });
  const lists = docs.flatMap(({ agency, doc }) => cohortKeyListsOf(agency, doc));
  const typesByAgency = new Map(docs.map(({ agency, doc }) => [agency, new Map([...common, ...typesOf(doc)])] as const));
  const defined = typesByAgency.get(home) ?? new Map([...common, ...typesOf(parse(homeSdl))]);
  const copies = new Map<string, { agency: string; text: string }>();
  const sections: string[] = [];
  for (const list of lists.filter((l) => l.agency !== home)) {
    const types = typesByAgency.get(list.agency)!;
    const texts: string[] = [];
    for (const type of closureOf(list.filterType, types, list.agency)) {
      const name = type.name.value;
      const text = print(type);
      const there = defined.get(name);
      const copied = copies.get(name);
      if (there && print(there) !== text)
        throw new Error(`${list.agency}'s ${name} differs from the ${name} ${home} or the shared SDL defines: rename one of them`);
      if (copied && copied.text !== text)
        throw new Error(`${list.agency}'s ${name} differs from ${copied.agency}'s ${name}: rename one of them`);
      if (there || copied) continue;
      copies.set(name, { agency: list.agency, text });
      texts.push(text);
    }
    if (texts.length) sections.push(`# ${list.agency}: ${list.list}(filter: ${list.filterType})\n\n${texts.join('\n\n')}`);
  }
  return `${[condition(lists), ...sections].join('\n\n')}\n`;
}
