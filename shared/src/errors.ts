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
export const forbidden = (message: string) => error('FORBIDDEN', message);
export const notFound = (what: string) => error('NOT_FOUND', `${what} was not found`);
export const conflict = (message: string) => error('CONFLICT', message);
export const unavailable = (message: string) => error('UNAVAILABLE', message);
/** Personal data is read only for a stated purpose (PIPL Art 6); the request gave none or an unknown one. */
export const purposeRequired = (message: string) => error('PURPOSE_REQUIRED', message, {}, 400);

/** A thrown value that is not already a GraphQLError; tells whether it is a database outage. */
export function isDatabaseUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001', '08003'].includes(code)
    || /Connection terminated|connection timeout|Client has encountered a connection error/i.test(String((err as Error)?.message));
}
