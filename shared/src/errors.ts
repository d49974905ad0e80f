// The one place GraphQL errors are made: stable extensions.code, messages a caseworker can act on.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'PURPOSE_REQUIRED'
  | 'PURPOSE_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * `status` is set only for errors that refuse a whole request (before execution). A field's error
 * must leave the response 200: a federated answer is partial, and a subgraph's non-200 would make the
 * gateway drop everything that subgraph returned.
 */
function error(code: ErrorCode, message: string, extra: Record<string, unknown> = {}, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(status ? { http: { status } } : {}), ...extra } });
}

/** The caller sent a value that breaks a rule; `field` names the argument or input path. */
export const badUserInput = (field: string, message: string) => error('BAD_USER_INPUT', `${field}: ${message}`, { field });
export const unauthenticated = (message = 'A valid bearer token is required') => error('UNAUTHENTICATED', message, {}, 401);
/** A field the caller may not see; `wholeRequest` when the gateway refuses the request before any field (403). */
export const forbidden = (message: string, wholeRequest = false) => error('FORBIDDEN', message, {}, wholeRequest ? 403 : undefined);
export const notFound = (what: string) => error('NOT_FOUND', `${what} was not found`);
export const conflict = (message: string) => error('CONFLICT', message);
export const unavailable = (message: string) => error('UNAVAILABLE', message);
/** Personal data is read only for a stated purpose (PIPL Art 6); the request gave none or an unknown one. */
export const purposeRequired = (message: string) => error('PURPOSE_REQUIRED', message, {}, 400);
/**
 * The purpose is on the list but not one the caller's role may give (an analyst reviewing a case). The
 * gateway refuses the whole request (403); a subgraph refuses each field, leaving the response 200.
 */
export const purposeNotAllowed = (message: string, wholeRequest = false) =>
  error('PURPOSE_NOT_ALLOWED', message, {}, wholeRequest ? 403 : undefined);

/** The caller used up a limit (`limit` names it); HTTP 429 with Retry-After, and the same wait in the extensions. */
export function rateLimited(message: string, limit: string, retryAfterSeconds: number): GraphQLError {
  // Apollo Server sends extensions.http's status and headers (a Map) as the HTTP response's, then drops it.
  const http: Record<string, unknown> = { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) };
  return error('RATE_LIMITED', message, { limit, retryAfterSeconds, http });
}

/** A thrown value that is not already a GraphQLError; tells whether it is a database outage. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001', '08003'].includes(code) ||
    // pg's own errors carry no code: a lost connection, and a pool or a server too busy to answer in time (every
    // connection held past the pool's wait, a query past its read timeout), which a retry shortly may find answering.
    /Connection terminated|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Query read timeout/i.test(
      String((err as Error)?.message),
    )
  );
}

/** Maps PostgreSQL errors that a caller can act on to GraphQL errors; undefined for the rest. */
export function fromDatabaseError(err: unknown): GraphQLError | undefined {
  const { code, constraint, detail } = (err ?? {}) as { code?: string; constraint?: string; detail?: string };
  if (code === '23505')
    return conflict(`That already exists (${constraint ?? 'unique rule'})${detail ? `: ${detail.replace(/\(.*?\)=/, '')}` : ''}`);
  if (code === '23503') return badUserInput(constraint ?? 'reference', 'refers to a record that does not exist');
  if (code === '23514') return badUserInput(constraint ?? 'value', 'breaks a rule of the stored record');
  if (code === '40001' || code === '40P01')
    return conflict('The record was being changed at the same time; retry with the same idempotency key');
  return undefined;
}
