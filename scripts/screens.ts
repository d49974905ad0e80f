// What `npm run latency` and `npm run load` ask a running graph: the contract's screens, as a caseworker, of households and persons it lists.
import { readFileSync } from 'node:fs';
import { projectPath } from '../shared/src/paths';
import { callerHeaders } from './graph';

/** A contract operation (PersonView, HouseholdView, …) as the consumers saved it. */
export const contractOperation = (name: string) =>
  readFileSync(projectPath('..', 'shared', 'contract', 'operations', `${name}.graphql`), 'utf8');

/** Request headers of a caseworker `subject` reviewing cases, signed with the development token key. */
export async function caseworkerHeaders(subject: string, purpose = 'CASE_REVIEW'): Promise<Record<string, string>> {
  return { 'content-type': 'application/json', ...(await callerHeaders(subject, 'caseworker', purpose)) };
}

/** The first 100 households the graph lists, and their members: the ids the screens are asked of. */
export async function screenTargets(url: string, headers: Record<string, string>): Promise<{ households: string[]; persons: string[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: '{ households(first: 100) { nodes { id members { id } } } }' }),
  });
  const list = (await res.json()) as { data: { households: { nodes: { id: string; members: { id: string }[] }[] } } };
  const nodes = list.data.households.nodes;
  return { households: nodes.map((h) => h.id), persons: nodes.flatMap((h) => h.members.map((m) => m.id)) };
}
