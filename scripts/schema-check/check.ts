// The schema check: composition, breaking changes per subgraph and in the public API, saved operations.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Change, ChangeType, CriticalityLevel, diff } from '@graphql-inspector/core';
import { GraphQLSchema, parse, Source, TypeInfo, validate, visit, visitWithTypeInfo } from 'graphql';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { compose, CompositionFailed, parseSupergraph, SubgraphSource } from '../../gateway/src/supergraph';
import { addDays, addYears, cityToday } from '../../shared/src/dates';
import { projectPath } from '../../shared/src/paths';

export interface SavedOperation {
  name: string;
  /** Where it comes from (the consumers' contract, the project's own). */
  origin: string;
  document: string;
}

/** A change type as @graphql-inspector/core names it: `FIELD_TYPE_CHANGED`, `FIELD_REMOVED`, … */
export type ChangeKind = (typeof ChangeType)[keyof typeof ChangeType];
const CHANGE_KINDS = Object.values(ChangeType) as [ChangeKind, ...ChangeKind[]];

/** The scope of the public API's changes (the others are named after their subgraph). */
export const API_SCOPE = 'supergraph API';

/** Where an acknowledgement comes from: its file, the subgraph that owns the file, its place in the list. */
interface AcknowledgementSource {
  file: string;
  subgraph: string;
  index: number;
  reason: string;
  /** The last day (YYYY-MM-DD, in the city) on which it approves anything. */
  expires: string;
}

/**
 * One breaking change a subgraph team has accepted on purpose: exactly that change (its path, its kind
 * and graphql-inspector's `meta` of it, which holds the before and after), until a date, with the reason.
 */
export interface ChangeAcknowledgement extends AcknowledgementSource {
  path: string;
  kind: ChangeKind;
  meta: Record<string, unknown>;
}

/** A saved operation the team breaks on purpose: exactly these validation errors, until a date. */
export interface OperationAcknowledgement extends AcknowledgementSource {
  operation: string;
  errors: string[];
}

export type Acknowledgement = ChangeAcknowledgement | OperationAcknowledgement;

const isChangeAck = (a: Acknowledgement): a is ChangeAcknowledgement => 'kind' in a;

/** How failures and warnings name an acknowledgement: file, index and what it acknowledges. */
export const describeAcknowledgement = (a: Acknowledgement) =>
  `${a.file} acknowledged[${a.index}] (${isChangeAck(a) ? `${a.kind} at ${a.path}` : `operation ${a.operation}`})`;

// --- The file: subgraphs/<name>/schema-changes.json -------------------------------------------------

const missingOr = (missing: string, otherwise: (input: unknown) => string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `missing: ${missing}` : otherwise(issue.input);
const text = (missing: string) =>
  z
    .string({ error: missingOr(missing, () => 'expected a string') })
    .trim()
    .min(1, { error: `empty: ${missing}` });

const common = {
  reason: text('why the break is intended (who was told, what they use instead)'),
  expires: z.iso.date({
    error: missingOr(
      'the last day it approves the change (YYYY-MM-DD, at most a year ahead)',
      (input) => `${JSON.stringify(input)} is not a date (YYYY-MM-DD)`,
    ),
  }),
};

const ChangeEntry = z.strictObject({
  path: text("the change's path, as the check reports it (Type.field)"),
  kind: z.enum(CHANGE_KINDS, {
    error: missingOr(
      'the change type, as the check reports it (e.g. FIELD_TYPE_CHANGED)',
      (input) =>
        `unknown change type ${JSON.stringify(input)}: use a ChangeType name of @graphql-inspector/core, as the check reports it (e.g. FIELD_TYPE_CHANGED, FIELD_REMOVED)`,
    ),
  }),
  meta: z
    .record(z.string(), z.json(), {
      error: missingOr(
        "the change's meta (before and after), as the check prints it",
        () => "expected an object: the change's meta, as the check prints it",
      ),
    })
    .refine((m) => Object.keys(m).length > 0, { error: "empty: the change's meta (before and after), as the check prints it" }),
  ...common,
});

const OperationEntry = z.strictObject({
  operation: text("the saved operation's name"),
  errors: z
    .array(z.string(), {
      error: missingOr('the validation errors it acknowledges, as the check prints them', () => 'expected a list of strings'),
    })
    .min(1, { error: 'empty: the validation errors it acknowledges' }),
  ...common,
});

const AcknowledgementsFile = z.strictObject({
  acknowledged: z.array(z.unknown(), {
    error: missingOr('"acknowledged", the list of acknowledgements', () => '"acknowledged" must be a list'),
  }),
});

export class AcknowledgementFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid acknowledgements file (README, "Evolving a schema"):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const issuesOf = (error: z.ZodError) => error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);

/** What a malformed entry seems to acknowledge, to name it in the error. */
function entryLabel(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return '';
  const e = entry as Record<string, unknown>;
  const named =
    typeof e.operation === 'string' ? `operation ${e.operation}` : [e.kind, e.path].filter((x) => typeof x === 'string').join(' at ');
  return named ? ` (${named})` : '';
}

/**
 * Parses and validates one subgraph's schema-changes.json; throws AcknowledgementFileError naming the file
 * and every malformed entry. An entry with `operation` acknowledges a broken saved operation; every other
 * entry acknowledges one breaking change.
 */
export function parseAcknowledgements(
  subgraph: string,
  json: string,
  file = `subgraphs/${subgraph}/schema-changes.json`,
): Acknowledgement[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new AcknowledgementFileError(file, [`not JSON: ${(err as Error).message}`]);
  }
  const parsed = AcknowledgementsFile.safeParse(data);
  if (!parsed.success) throw new AcknowledgementFileError(file, issuesOf(parsed.error));
  const problems: string[] = [];
  const acks: Acknowledgement[] = [];
  parsed.data.acknowledged.forEach((entry, index) => {
    const where = `acknowledged[${index}]${entryLabel(entry)}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${where}: expected an object`);
      return;
    }
    const result = 'operation' in entry ? OperationEntry.safeParse(entry) : ChangeEntry.safeParse(entry);
    if (!result.success) problems.push(...issuesOf(result.error).map((p) => `${where}: ${p}`));
    else acks.push({ ...result.data, file, subgraph, index } as Acknowledgement);
  });
  if (problems.length) throw new AcknowledgementFileError(file, problems);
  return acks;
}

// --- The report ------------------------------------------------------------------------------------

export interface ChangeReport {
  scope: string;
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  kind: string;
  path?: string;
  message: string;
  /** graphql-inspector's description of the change: what an acknowledgement must record as its `meta`. */
  meta: Record<string, unknown>;
  /** The reason of the acknowledgement that approves it. */
  acknowledged?: string;
  /** For a breaking change nothing approves: why the acknowledgements at its path do not. */
  notApproved?: string;
}

export interface AcknowledgementNote {
  acknowledgement: string;
  message: string;
}

export interface CheckReport {
  /** The city's date the acknowledgements' expiry was judged on. */
  today: string;
  compositionErrors: string[];
  changed: string[];
  changes: ChangeReport[];
  brokenOperations: { name: string; origin: string; errors: string[]; acknowledged?: string; notApproved?: string }[];
  deprecatedInUse: { operation: string; field: string; reason: string }[];
  /** Expired acknowledgements, and those dated more than a year ahead: each fails the check. */
  acknowledgementErrors: AcknowledgementNote[];
  /** Acknowledgements that approve nothing against this base: a warning, the check still passes. */
  staleAcknowledgements: AcknowledgementNote[];
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

/** JSON as it would be written to the file (undefined members dropped), keys sorted: compared as text. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(JSON.parse(JSON.stringify(value ?? null))));
}

async function changesBetween(scope: string, before: GraphQLSchema, after: GraphQLSchema): Promise<ChangeReport[]> {
  const changes: Change[] = await diff(before, after);
  return (
    changes
      // Federation's own plumbing (_Entity, _Any, _service) moves with every entity change; not an API.
      .filter((c) => !/^_(Entity|Any|Service)|^Query\._(entities|service)/.test(c.path ?? ''))
      .map((c) => ({
        scope,
        level: LEVEL[c.criticality.level],
        kind: c.type as string,
        path: c.path,
        message: c.message,
        meta: JSON.parse(JSON.stringify(c.meta ?? {})) as Record<string, unknown>,
      }))
  );
}

/**
 * An acknowledgement in subgraph X's file approves X's changes, and the public API's while X is among the
 * changed subgraphs: never another agency's change.
 */
const inScope = (a: Acknowledgement, scope: string, changed: string[]) =>
  scope === API_SCOPE ? changed.includes(a.subgraph) : a.subgraph === scope;

const approves = (a: ChangeAcknowledgement, c: ChangeReport, changed: string[]) =>
  inScope(a, c.scope, changed) && a.path === c.path && a.kind === c.kind && canonical(a.meta) === canonical(c.meta);

/** Why the acknowledgements at a change's path do not approve it (empty when there are none). */
function whyNotApproved(c: ChangeReport, acks: ChangeAcknowledgement[], today: string, changed: string[]): string | undefined {
  const reasons = acks
    .filter((a) => a.path === c.path)
    .map((a) => {
      const name = describeAcknowledgement(a);
      if (a.expires < today) return `${name} expired on ${a.expires}`;
      if (!inScope(a, c.scope, changed))
        return `${name} is ${a.subgraph}'s: it approves only ${a.subgraph}'s changes (and the public API's when ${a.subgraph} changes)`;
      if (a.kind !== c.kind) return `${name} acknowledges ${a.kind}, this change is ${c.kind}`;
      const keys = [...new Set([...Object.keys(a.meta), ...Object.keys(c.meta)])].filter(
        (k) => canonical(a.meta[k]) !== canonical(c.meta[k]),
      );
      return `${name} acknowledges a different ${a.kind} (${keys.map((k) => `${k}: ${canonical(a.meta[k] ?? null)} acknowledged, ${canonical(c.meta[k] ?? null)} now`).join('; ')})`;
    });
  return reasons.length ? reasons.join('; ') : undefined;
}

/** Validation errors as compared with an acknowledgement's: graphql's "Did you mean …?" hints aside, in order. */
const errorSet = (errors: string[]) => canonical([...new Set(errors.map((e) => e.replace(/ Did you mean .*$/, '').trim()))].sort());

/** Deprecated fields that saved operations still use: they keep working, and are reported. */
function deprecatedUses(schema: GraphQLSchema, operations: SavedOperation[]): CheckReport['deprecatedInUse'] {
  const found: CheckReport['deprecatedInUse'] = [];
  for (const op of operations) {
    const info = new TypeInfo(schema);
    visit(
      parse(op.document),
      visitWithTypeInfo(info, {
        Field() {
          const def = info.getFieldDef();
          const parent = info.getParentType();
          if (def?.deprecationReason && parent)
            found.push({ operation: op.name, field: `${parent.name}.${def.name}`, reason: def.deprecationReason });
        },
      }),
    );
  }
  return found;
}

export interface CheckInput {
  base: SubgraphSource[];
  next: SubgraphSource[];
  operations: SavedOperation[];
  acknowledgements: Acknowledgement[];
  /** When the check runs (default: now); acknowledgements expire by the city's date of it. */
  now?: Date;
}

/** Expired acknowledgements and those dated more than a year ahead: the failures that need no diff. */
function datingErrors(acknowledgements: Acknowledgement[], today: string): AcknowledgementNote[] {
  const latest = addYears(today, 1);
  return acknowledgements.flatMap((a) => {
    const acknowledgement = describeAcknowledgement(a);
    if (a.expires < today) {
      return [
        {
          acknowledgement,
          message: `${acknowledgement} expired on ${a.expires} (today is ${today} in the city): remove it if the release that carries the change has shipped, or renew it with a later "expires" and a reason why the change still waits`,
        },
      ];
    }
    if (a.expires > latest) {
      return [
        {
          acknowledgement,
          message: `${acknowledgement} expires on ${a.expires}, more than a year after today (${today}): an acknowledgement covers one change until the release that carries it has shipped; give it a date by ${latest}`,
        },
      ];
    }
    return [];
  });
}

export async function checkSchemas({ base, next, operations, acknowledgements, now = new Date() }: CheckInput): Promise<CheckReport> {
  const today = cityToday(now);
  const report: CheckReport = {
    today,
    compositionErrors: [],
    changed: [],
    changes: [],
    brokenOperations: [],
    deprecatedInUse: [],
    acknowledgementErrors: datingErrors(acknowledgements, today),
    staleAcknowledgements: [],
    ok: true,
  };
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
    if (before) report.changes.push(...(await changesBetween(s.name, subgraphSchema(before.sdl), subgraphSchema(s.sdl))));
  }
  for (const s of base) if (!next.some((n) => n.name === s.name)) report.changed.push(`${s.name} (removed)`);

  const nextApi = apiSchema(nextSupergraph);
  if (report.changed.length > 0 && base.length > 0) {
    report.changes.push(...(await changesBetween(API_SCOPE, apiSchema(compose(base)), nextApi)));
  }

  // An expired acknowledgement approves nothing (and fails the check above).
  const live = acknowledgements.filter((a) => a.expires >= today);
  const used = new Set<Acknowledgement>();
  const changeAcks = acknowledgements.filter(isChangeAck);
  for (const c of report.changes) {
    if (c.level !== 'BREAKING') continue;
    const ack = live.filter(isChangeAck).find((a) => approves(a, c, report.changed));
    if (ack) {
      used.add(ack);
      c.acknowledged = ack.reason;
    } else {
      c.notApproved = whyNotApproved(c, changeAcks, today, report.changed);
    }
  }

  for (const op of operations) {
    const errors = validate(nextApi, parse(new Source(op.document, op.name))).map((e) => e.message);
    if (!errors.length) continue;
    const named = acknowledgements.filter((a): a is OperationAcknowledgement => !isChangeAck(a) && a.operation === op.name);
    const ack = named.find((a) => a.expires >= today && errorSet(a.errors) === errorSet(errors));
    if (ack) used.add(ack);
    const notApproved = ack
      ? undefined
      : named
          .map((a) => `${describeAcknowledgement(a)} ${a.expires < today ? `expired on ${a.expires}` : 'acknowledges other errors'}`)
          .join('; ') || undefined;
    report.brokenOperations.push({ name: op.name, origin: op.origin, errors, acknowledged: ack?.reason, notApproved });
  }
  report.deprecatedInUse = deprecatedUses(nextApi, operations);

  report.staleAcknowledgements = live
    .filter((a) => !used.has(a))
    .map((a) => {
      const acknowledgement = describeAcknowledgement(a);
      return {
        acknowledgement,
        message: `${acknowledgement} is stale: it matches no ${isChangeAck(a) ? 'breaking change' : 'broken operation'} against this base. Remove it once the release that carries the change has shipped; it fails the check after ${a.expires}`,
      };
    });

  report.ok =
    report.acknowledgementErrors.length === 0 &&
    report.changes.every((c) => c.level !== 'BREAKING' || c.acknowledged) &&
    report.brokenOperations.every((o) => o.acknowledged);
  return report;
}

/** The entries that would acknowledge the unapproved breaking changes, by the file they belong in. */
function suggestions(report: CheckReport): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  const expires = addDays(report.today, 90);
  const add = (subgraph: string, entry: object) => {
    const file = `subgraphs/${subgraph}/schema-changes.json`;
    const line = JSON.stringify(entry);
    const entries = byFile.get(file) ?? [];
    if (!entries.includes(line)) entries.push(line);
    byFile.set(file, entries);
  };
  const changedSubgraphs = report.changed.filter((s) => !s.endsWith('(removed)'));
  for (const c of report.changes) {
    if (c.level !== 'BREAKING' || c.acknowledged) continue;
    const entry = { path: c.path, kind: c.kind, meta: c.meta, reason: '', expires };
    if (c.scope !== API_SCOPE) add(c.scope, entry);
    else {
      // The public API's change is approved by the same entry in a changed subgraph's file.
      const line = JSON.stringify(entry);
      if (![...byFile.values()].some((entries) => entries.includes(line)))
        add(changedSubgraphs.length === 1 ? changedSubgraphs[0] : '<agency>', entry);
    }
  }
  for (const o of report.brokenOperations) {
    if (!o.acknowledged)
      add(changedSubgraphs.length === 1 ? changedSubgraphs[0] : '<agency>', { operation: o.name, errors: o.errors, reason: '', expires });
  }
  return byFile;
}

function acknowledgementLines(report: CheckReport): string[] {
  const lines: string[] = [];
  if (report.acknowledgementErrors.length) {
    lines.push('### Acknowledgements that fail the check', '', ...report.acknowledgementErrors.map((e) => `- ${e.message}`), '');
  }
  if (report.staleAcknowledgements.length) {
    lines.push(
      '### Stale acknowledgements (a warning: the check still passes)',
      '',
      ...report.staleAcknowledgements.map((e) => `- ${e.message}`),
      '',
    );
  }
  return lines;
}

/** The report as a human reads it in a pull request (Markdown). */
export function formatReport(report: CheckReport): string {
  const lines: string[] = ['## Schema check', ''];
  if (report.compositionErrors.length) {
    lines.push(
      '### Composition failed',
      '',
      ...report.compositionErrors.map((e) => `- ${e}`),
      '',
      ...acknowledgementLines(report),
      '**Result: FAIL**',
    );
    return lines.join('\n');
  }
  lines.push(`Changed subgraphs: ${report.changed.length ? report.changed.join(', ') : 'none'}`, '');
  for (const level of ['BREAKING', 'DANGEROUS', 'SAFE'] as const) {
    const changes = report.changes.filter((c) => c.level === level);
    if (!changes.length) continue;
    lines.push(`### ${level === 'BREAKING' ? 'Breaking' : level === 'DANGEROUS' ? 'Dangerous' : 'Safe'} changes`, '');
    for (const c of changes) {
      const status =
        level !== 'BREAKING'
          ? ''
          : c.acknowledged
            ? ` (acknowledged: ${c.acknowledged})`
            : ` (NOT ACKNOWLEDGED: ${c.kind} at ${c.path}${c.notApproved ? `; ${c.notApproved}` : ''})`;
      lines.push(`- [${c.scope}] ${c.message}${status}`);
    }
    lines.push('');
  }
  if (report.brokenOperations.length) {
    lines.push('### Saved operations that no longer validate', '');
    for (const o of report.brokenOperations) {
      const status = o.acknowledged ? ` (acknowledged: ${o.acknowledged})` : o.notApproved ? ` (NOT ACKNOWLEDGED: ${o.notApproved})` : '';
      lines.push(`- ${o.name} (${o.origin}): ${o.errors.join('; ')}${status}`);
    }
    lines.push('');
  }
  if (report.deprecatedInUse.length) {
    lines.push('### Deprecated fields still used by saved operations', '');
    for (const d of report.deprecatedInUse) lines.push(`- ${d.operation} uses ${d.field}: ${d.reason}`);
    lines.push('');
  }
  lines.push(...acknowledgementLines(report));
  const toAdd = suggestions(report);
  if (toAdd.size) {
    lines.push(
      '### To acknowledge an intended break',
      '',
      'Add the entry to the file\'s "acknowledged" list, write its reason, and keep or shorten its "expires" (at most a year ahead;',
      'remove the entry once the release that carries the change has shipped). It approves exactly this change and no later one.',
      '',
    );
    for (const [file, entries] of toAdd) lines.push(`${file}:`, '', ...entries.map((e) => `    ${e}`), '');
  }
  lines.push(
    report.ok
      ? '**Result: PASS**'
      : '**Result: FAIL** (each failure is named above; an intended break is acknowledged in subgraphs/<name>/schema-changes.json)',
  );
  return lines.join('\n');
}
