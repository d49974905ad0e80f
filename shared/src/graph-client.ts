// An agency's service calling the graph through the gateway, as itself (shared/src/auth/service-identity.ts):
// each request carries a fresh assertion signed with the service's own key and the purpose it acts for.
import { signServiceAssertion } from './auth/service-identity';
import type { Purpose } from './auth/purposes';
import type { SigningKey } from './auth/signing-keys';

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
}

export interface GraphClientOptions {
  agency: string;
  key: SigningKey;
  /** The gateway's GraphQL endpoint. */
  url: string;
  timeoutMs?: number;
}

export function graphClient({ agency, key, url, timeoutMs = 30_000 }: GraphClientOptions): GraphClient {
  const request = async <T>(document: string, variables: Record<string, unknown>, purpose: Purpose): Promise<GraphAnswer<T>> => {
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${signServiceAssertion(agency, key)}`,
          'x-purpose': purpose,
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
    async data<T>(document: string, variables: Record<string, unknown>, purpose: Purpose): Promise<T> {
      const answer = await request<T>(document, variables, purpose);
      if (answer.errors?.length || !answer.data) throw new GraphRefused(answer.errors ?? [{ message: 'the answer holds no data' }]);
      return answer.data;
    },
  };
}
