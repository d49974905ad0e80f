// The access log as the graph shows it to admins and auditors: filtered by person, actor and time.
import { DataSource } from 'typeorm';
import { badUserInput } from '../errors';
import { camelOf } from '../field-names';
import { pageWindow, PageArgs, toConnection } from '../pagination';
import { personKeyArg, uuidArg } from '../validate';
import { textArg } from '../writes/rows';

/** The Query field each subgraph declares for its own log: `civil-affairs` -> `civilAffairsAccessLog`. */
export const accessLogFieldName = (subgraph: string) => `${camelOf(subgraph)}AccessLog`;

interface AccessLogFilter {
  personId?: string | null;
  householdId?: string | null;
  subject?: string | null;
  from?: Date | null;
  to?: Date | null;
}

interface AccessLogRow {
  id: string;
  at: Date;
  subject: string;
  role: string;
  purpose: string | null;
  operation: string | null;
  request_id: string | null;
  client_request_id: string | null;
  person_keys: string[];
  household_keys: string[];
  fields: string[];
  filters: unknown;
  refusals: unknown[] | null;
  actor: string | null;
}

export function accessLogResolver(db: DataSource) {
  return async (_: unknown, args: PageArgs & { filter?: AccessLogFilter | null }) => {
    const window = pageWindow(args);
    const f = args.filter ?? {};
    if (f.from && f.to && f.from > f.to) throw badUserInput('filter.from', 'must not be after filter.to');
    if (window.afterKey !== null && !/^\d+$/.test(window.afterKey)) throw badUserInput('after', 'is not a cursor of this log');
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    // A filter given is a filter applied: an empty or malformed value is refused, never read as "any".
    if (f.personId != null) add('person_keys @> ARRAY[?]::text[]', personKeyArg('filter.personId', f.personId));
    if (f.householdId != null) add('household_keys @> ARRAY[?]::text[]', uuidArg('filter.householdId', f.householdId));
    if (f.subject != null) add('subject = ?', textArg('filter.subject', f.subject, 200));
    if (f.from) add('at >= ?', f.from);
    if (f.to) add('at <= ?', f.to);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const page = [...conditions];
    const pageParams = [...params];
    if (window.afterKey !== null) {
      pageParams.push(window.afterKey);
      page.push(`id < $${pageParams.length}`);
    }
    pageParams.push(window.limit + 1);
    const rows: AccessLogRow[] = await db.query(
      `SELECT id, at, subject, role, purpose, operation, request_id, client_request_id, person_keys, household_keys, fields, filters, refusals, actor FROM access_log ${page.length ? `WHERE ${page.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${pageParams.length}`,
      pageParams,
    );
    return toConnection(
      rows,
      window,
      (r) => String(r.id),
      (r) => ({
        id: String(r.id),
        at: r.at,
        subject: r.subject,
        role: r.role,
        purpose: r.purpose,
        operation: r.operation,
        requestId: r.request_id,
        clientRequestId: r.client_request_id,
        personIds: r.person_keys,
        householdIds: r.household_keys,
        fields: r.fields,
        filters: r.filters == null ? null : JSON.stringify(r.filters),
        refusals: r.refusals ?? [],
        actor: r.actor,
      }),
      async () => (await db.query(`SELECT count(*)::int AS count FROM access_log ${where}`, params))[0].count,
    );
  };
}
