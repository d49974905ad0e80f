// An agency's service calling the graph through the gateway, as itself (shared/src/auth/service-identity.ts):
// each request carries a fresh assertion signed with the service's own key and the purpose it acts for; or
// as the same service acting for the caller of a request it serves (shared/src/auth/delegation.ts).
import { SUBJECT_TOKEN_HEADER } from './auth/delegation';
import { isPurpose, Purpose } from './auth/purposes';
import { serviceAgencyOf, signServiceAssertion } from './auth/service-identity';
import type { SigningKey } from './auth/signing-keys';
import type { Identity } from './auth/tokens';
import { forbidden } from './errors';

/** One GraphQL error as the gateway answers it: its code and, when an agency caused it, which. */
export interface GraphError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; subgraph?: string; [key: string]: unknown };
}

export interface GraphAnswer<T> {
  data?: T | null;
  errors?: GraphError[];
}

/** A request the graph did not answer at all (the gateway unreachable, refused, or an HTTP error). */
export class GraphUnreachable extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A request the graph answered with errors, where the caller needs every part of the answer. */
export class GraphRefused extends Error {
  constructor(readonly errors: GraphError[]) {
    super(
      errors
        .map((e) => `${e.extensions?.code ?? 'ERROR'}${e.extensions?.subgraph ? ` (${e.extensions.subgraph})` : ''}: ${e.message}`)
        .join('; '),
    );
  }
}

export interface GraphClient {
  /** The agency this client speaks as. */
  readonly agency: string;
  /** The whole answer, data and errors: for a workflow that reports which agency did not answer. */
  request<T>(document: string, variables: Record<string, unknown>, purpose: Purpose): Promise<GraphAnswer<T>>;
  /** The data of an answer without errors; GraphRefused naming each error otherwise. */
  data<T>(document: string, variables: Record<string, unknown>, purpose: Purpose): Promise<T>;
  /**
   * The same service acting for the caller of a request it serves: each request also carries the identity the
   * gateway forwarded to this subgraph for it, so the graph answers with the caller's scopes, for the caller's
   * purpose (no other is sent), read-only, and every agency logs the read as the caller's with this service as
   * the actor. Acting for a caller's caller is not done: the gateway refuses chains.
   */
  onBehalfOf(caller: CallerOfRequest): GraphClient;
}

/** The caller a service acts for: the forwarded identity its subgraph verified for the request, and what it says. */
export interface CallerOfRequest {
  /** The bearer token the subgraph verified (the gateway's forwarded identity, addressed to this agency). */
  token: string;
  /** The caller's purpose (identity.purpose): the only one the client sends for them. */
  purpose: Purpose;
  /** The gateway's id of the caller's request: sent as x-request-id, so the other agencies' entries name it. */
  requestId: string;
}

export interface GraphClientOptions {
  agency: string;
  key: SigningKey;
  /** The gateway's GraphQL endpoint. */
  url: string;
  timeoutMs?: number;
}

export function graphClient(options: GraphClientOptions): GraphClient {
  return clientOf(options);
}

/**
 * The client of the request a subgraph serves for `identity`, acting for its caller; undefined where there is
 * none to act for: the subgraph has no graph, or its caller is a service, or already a service acting for one.
 */
export function graphOnBehalfOf(graph: GraphClient | undefined, identity: Identity, token: string): GraphClient | undefined {
  if (!graph || identity.actor !== undefined || serviceAgencyOf(identity.role) !== undefined || !isPurpose(identity.purpose))
    return undefined;
  return graph.onBehalfOf({ token, purpose: identity.purpose, requestId: identity.requestId });
}

function clientOf({ agency, key, url, timeoutMs = 30_000 }: GraphClientOptions, caller?: CallerOfRequest): GraphClient {
  const request = async <T>(document: string, variables: Record<string, unknown>, purpose: Purpose): Promise<GraphAnswer<T>> => {
    if (caller && purpose !== caller.purpose)
      throw forbidden(`${agency} acts for its caller only for the purpose they gave, ${caller.purpose}, not ${purpose}`);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${signServiceAssertion(agency, key)}`,
          'x-purpose': purpose,
          ...(caller ? { [SUBJECT_TOKEN_HEADER]: caller.token, 'x-request-id': caller.requestId } : {}),
        },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new GraphUnreachable(`the graph at ${url} is unreachable (${(err as Error).message})`);
    }
    const text = await res.text();
    let answer: GraphAnswer<T>;
    try {
      answer = JSON.parse(text);
    } catch {
      throw new GraphUnreachable(`the graph answered HTTP ${res.status} without a GraphQL answer: ${text.slice(0, 200)}`, res.status);
    }
    if (!res.ok && !answer.data) throw new GraphRefused(answer.errors ?? [{ message: `HTTP ${res.status}` }]);
    return answer;
  };
  return {
    agency,
    request,
    onBehalfOf(next) {
      if (caller) throw new Error(`${agency} already acts for a caller here; it acts for no one else down a chain`);
      return clientOf({ agency, key, url, timeoutMs }, next);
    },
    async data<T>(document: string, variables: Record<string, unknown>, purpose: Purpose): Promise<T> {
      const answer = await request<T>(document, variables, purpose);
      if (answer.errors?.length || !answer.data) throw new GraphRefused(answer.errors ?? [{ message: 'the answer holds no data' }]);
      return answer.data;
    },
  };
}
