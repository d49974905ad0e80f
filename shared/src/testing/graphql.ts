// Test helpers: identities, tokens and GraphQL over real HTTP, and the one error assertion.
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { purposesForRole } from '../auth/purposes';
import { scopesForRole } from '../auth/roles';
import { developmentServiceKey, signServiceAssertion } from '../auth/service-identity';
import { INTERNAL_ISSUER, signIdentity } from '../auth/tokens';
import { loadGatewayConfig } from '../config';

export interface GraphQLResponse<D = Record<string, any>> {
  status: number;
  data?: D | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function post<D = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<D>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<D>, 'status'>;
  return { status: res.status, ...body };
}

/**
 * A token `audience` accepts once, as the gateway would sign it for `role` (with the development key that
 * tests share with the subgraphs they start), for the purpose the role most often gives unless one is named.
 * `also` names another subject, or a service acting for it (`actor`, as the gateway forwards a delegated request).
 */
export async function subgraphIdentity(
  audience: string,
  role: string,
  agencies: readonly string[],
  purpose: string = purposesForRole(role)[0],
  intake: readonly string[] = [],
  also: { subject?: string; actor?: string } = {},
): Promise<string> {
  const scopes = scopesForRole(role, agencies, intake);
  if (!scopes) throw new Error(`unknown role ${role}`);
  return signIdentity(
    { subject: also.subject ?? `test-${role}`, role, scopes, purpose, requestId: randomUUID(), actor: also.actor },
    audience,
    loadGatewayConfig({ NODE_ENV: 'test' }).signingKey,
  );
}

/**
 * An identity for `audience` with the gateway's issuer and the id `kid` of its key, but signed HS256 with `secret`:
 * an insider's forgery with a secret a subgraph holds (a key's public half, the person-key secret), to be refused.
 */
export const forgedIdentity = (secret: string, kid: string, audience: string, claims: Record<string, unknown>): Promise<string> =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', kid })
    .setSubject('insider')
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setJti(`forged-${randomUUID()}`)
    .setExpirationTime('30s')
    .sign(new TextEncoder().encode(secret));

/** Headers of an agency's service calling the gateway as its graph client sends them: a new one-use assertion each call. */
export const serviceHeaders = (agency: string, purpose: string): Record<string, string> => ({
  authorization: `Bearer ${signServiceAssertion(agency, developmentServiceKey(agency))}`,
  'x-purpose': purpose,
});

/** Asserts that the response carries an error with `code` (at `path` when given) and returns it. */
export function expectErrorCode(res: GraphQLResponse, code: string, path?: string) {
  const found = res.errors?.find((e) => e.extensions?.code === code && (!path || e.path?.join('.') === path));
  if (!found) throw new Error(`expected a ${code} error${path ? ` at ${path}` : ''}, got ${JSON.stringify(res.errors ?? [])}`);
  return found;
}

/** `_entities` representations of persons by key, as the gateway sends them. */
export const personRefs = (keys: string[]) => ({ r: keys.map((id) => ({ __typename: 'Person', id })) });

/**
 * Walks the connection `field` to its end, `ask(after)` asking for the page after the cursor (the first page for null);
 * fails on any error. Every node id in order, and the totalCount each page gave.
 */
export async function walkConnection(
  field: string,
  ask: (after: string | null) => Promise<GraphQLResponse>,
): Promise<{ ids: string[]; totalCounts: number[] }> {
  const ids: string[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const res = await ask(after);
    if (res.errors) throw new Error(`${field} answered with errors: ${JSON.stringify(res.errors)}`);
    const conn = res.data![field];
    ids.push(...conn.nodes.map((n: { id: string }) => n.id));
    totalCounts.push(conn.totalCount);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { ids, totalCounts };
}

/**
 * Walks a list to its end with pages of `first` (`field(filter: …, first: …, after: …)`), returning every
 * node id in order and the last totalCount; fails on any error. The filter is GraphQL text, or a value
 * sent as the variable $filter of the input type `filterType`. Headers are asked for anew for each page
 * where a subgraph is walked directly: it accepts each forwarded identity once.
 */
type Headers = Record<string, string>;
export async function walkList(
  url: string,
  field: string,
  filter: string | Record<string, unknown>,
  first: number,
  headers: Headers | (() => Promise<Headers>),
  filterType?: string,
) {
  const inline = typeof filter === 'string';
  const query = `query($after: String${inline ? '' : `, $filter: ${filterType}`}) {
    ${field}(filter: ${inline ? filter : '$filter'}, first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } }
  }`;
  const { ids, totalCounts } = await walkConnection(field, async (after) =>
    post(url, query, inline ? { after } : { after, filter }, typeof headers === 'function' ? await headers() : headers),
  );
  return { ids, totalCount: totalCounts[totalCounts.length - 1] };
}
