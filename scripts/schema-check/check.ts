// The schema check: composition, breaking changes per subgraph and in the public API, saved operations.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { GraphQLSchema, parse, Source, TypeInfo, validate, visit, visitWithTypeInfo } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compose, CompositionFailed, parseSupergraph, SubgraphSource } from '../../gateway/src/supergraph';
import { projectPath } from '../../shared/src/paths';

export interface SavedOperation {
  name: string;
  /** Where it comes from (the consumers' contract, the project's own). */
  origin: string;
  document: string;
}

/** A breaking change a subgraph team has accepted on purpose, with the reason. */
export interface Acknowledgement {
  /** The change's path (`Person.education`) or the saved operation's name it breaks. */
  path?: string;
  operation?: string;
  reason: string;
}

export interface ChangeReport {
  scope: string;
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  path?: string;
  message: string;
  acknowledged?: string;
}

export interface CheckReport {
  compositionErrors: string[];
  changed: string[];
  changes: ChangeReport[];
  brokenOperations: { name: string; origin: string; errors: string[]; acknowledged?: string }[];
  deprecatedInUse: { operation: string; field: string; reason: string }[];
  ok: boolean;
}

function operationsIn(dir: string, origin: string): SavedOperation[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), origin, document: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/** The consumers' contract (../shared/contract/operations) and the project's own (test/operations). */
export const savedOperations = (): SavedOperation[] => [
  ...operationsIn(projectPath('..', 'shared', 'contract', 'operations'), 'consumer contract'),
  ...operationsIn(projectPath('test', 'operations'), 'project'),
];

const LEVEL: Record<CriticalityLevel, ChangeReport['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

function subgraphSchema(sdl: string): GraphQLSchema {
  return buildSubgraphSchema(parse(sdl));
}

/** The public API schema (what clients see) of a supergraph SDL. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return parseSupergraph(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

async function changesBetween(scope: string, before: GraphQLSchema, after: GraphQLSchema, acks: Acknowledgement[]): Promise<ChangeReport[]> {
  const changes: Change[] = await diff(before, after);
  return changes
    // Federation's own plumbing (_Entity, _Any, _service) moves with every entity change; not an API.
    .filter((c) => !/^_(Entity|Any|Service)|^Query\._(entities|service)/.test(c.path ?? ''))
    .map((c) => {
      const level = LEVEL[c.criticality.level];
      const ack = level === 'BREAKING' ? acks.find((a) => a.path && a.path === c.path) : undefined;
      return { scope, level, path: c.path, message: c.message, acknowledged: ack?.reason };
    });
}

/** Deprecated fields that saved operations still use: they keep working, and are reported. */
function deprecatedUses(schema: GraphQLSchema, operations: SavedOperation[]): CheckReport['deprecatedInUse'] {
  const found: CheckReport['deprecatedInUse'] = [];
  for (const op of operations) {
    const info = new TypeInfo(schema);
    visit(parse(op.document), visitWithTypeInfo(info, {
      Field() {
        const def = info.getFieldDef();
        const parent = info.getParentType();
        if (def?.deprecationReason && parent) found.push({ operation: op.name, field: `${parent.name}.${def.name}`, reason: def.deprecationReason });
      },
    }));
  }
  return found;
}

export interface CheckInput {
  base: SubgraphSource[];
  next: SubgraphSource[];
  operations: SavedOperation[];
  acknowledgements: Acknowledgement[];
}

export async function checkSchemas({ base, next, operations, acknowledgements }: CheckInput): Promise<CheckReport> {
  const report: CheckReport = { compositionErrors: [], changed: [], changes: [], brokenOperations: [], deprecatedInUse: [], ok: true };
  let nextSupergraph: string;
  try {
    nextSupergraph = compose(next);
  } catch (err) {
    if (!(err instanceof CompositionFailed)) throw err;
    report.compositionErrors = err.problems;
    report.ok = false;
    return report;
  }

  const baseByName = new Map(base.map((s) => [s.name, s]));
  for (const s of next) {
    const before = baseByName.get(s.name);
    if (before && before.sdl === s.sdl) continue;
    report.changed.push(s.name);
    if (before) report.changes.push(...(await changesBetween(s.name, subgraphSchema(before.sdl), subgraphSchema(s.sdl), acknowledgements)));
  }
  for (const s of base) if (!next.some((n) => n.name === s.name)) report.changed.push(`${s.name} (removed)`);

  const nextApi = apiSchema(nextSupergraph);
  if (report.changed.length > 0 && base.length > 0) {
    report.changes.push(...(await changesBetween('supergraph API', apiSchema(compose(base)), nextApi, acknowledgements)));
  }
  for (const op of operations) {
    const errors = validate(nextApi, parse(new Source(op.document, op.name))).map((e) => e.message);
    if (errors.length) report.brokenOperations.push({ name: op.name, origin: op.origin, errors, acknowledged: acknowledgements.find((a) => a.operation === op.name)?.reason });
  }
  report.deprecatedInUse = deprecatedUses(nextApi, operations);
  report.ok =
    report.changes.every((c) => c.level !== 'BREAKING' || c.acknowledged) && report.brokenOperations.every((o) => o.acknowledged);
  return report;
}

/** The report as a human reads it in a pull request (Markdown). */
export function formatReport(report: CheckReport): string {
  const lines: string[] = ['## Schema check', ''];
  if (report.compositionErrors.length) {
    lines.push('### Composition failed', '', ...report.compositionErrors.map((e) => `- ${e}`), '', '**Result: FAIL**');
    return lines.join('\n');
  }
  lines.push(`Changed subgraphs: ${report.changed.length ? report.changed.join(', ') : 'none'}`, '');
  for (const level of ['BREAKING', 'DANGEROUS', 'SAFE'] as const) {
    const changes = report.changes.filter((c) => c.level === level);
    if (!changes.length) continue;
    lines.push(`### ${level === 'BREAKING' ? 'Breaking' : level === 'DANGEROUS' ? 'Dangerous' : 'Safe'} changes`, '');
    for (const c of changes) lines.push(`- [${c.scope}] ${c.message}${c.acknowledged ? ` (acknowledged: ${c.acknowledged})` : ''}`);
    lines.push('');
  }
  if (report.brokenOperations.length) {
    lines.push('### Saved operations that no longer validate', '');
    for (const o of report.brokenOperations) lines.push(`- ${o.name} (${o.origin}): ${o.errors.join('; ')}${o.acknowledged ? ` (acknowledged: ${o.acknowledged})` : ''}`);
    lines.push('');
  }
  if (report.deprecatedInUse.length) {
    lines.push('### Deprecated fields still used by saved operations', '');
    for (const d of report.deprecatedInUse) lines.push(`- ${d.operation} uses ${d.field}: ${d.reason}`);
    lines.push('');
  }
  lines.push(report.ok ? '**Result: PASS**' : '**Result: FAIL** (acknowledge an intended breaking change in subgraphs/<name>/schema-changes.json)');
  return lines.join('\n');
}
