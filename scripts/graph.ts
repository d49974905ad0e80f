// The timing scripts' calls to a running graph: who asks (a caller's headers), one GraphQL request over HTTP
// (shared/src/testing/graphql.ts's post), and its data, or a failure naming every error.
import { issueUserToken } from '../shared/src/auth/tokens';
import { loadTokenConfig } from '../shared/src/config';
import { GraphQLResponse, post } from '../shared/src/testing/graphql';

/** The headers of a caller `subject` of `role` asking for `purpose`, its token signed with the configured (development) key. */
export async function callerHeaders(subject: string, role: string, purpose: string): Promise<Record<string, string>> {
  const token = await issueUserToken(loadTokenConfig().jwt, { subject, role });
  return { authorization: `Bearer ${token}`, 'x-purpose': purpose };
}

/** The whole answer of one request, errors included. */
export const send = (
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse> => post(url, query, variables, headers);

/** The data of an answer without errors; throws naming them otherwise. */
export async function data(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>) {
  const answer = await send(url, headers, query, variables);
  if (answer.errors?.length) throw new Error(answer.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '));
  return answer.data!;
}
