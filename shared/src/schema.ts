// A subgraph's full SDL: the agency's schema.graphql, the types every subgraph shares, its access-log field.
import { readFileSync } from 'node:fs';
import { accessLogFieldName } from './audit/resolvers';
import { cohortKeysSdl } from './cohorts/keys';
import { projectPath } from './paths';
import { referralSdl } from './referrals/sdl';
import { verificationFactsSdl } from './verification/facts';

export const agencySdlPath = (subgraph: string) => projectPath('subgraphs', subgraph, 'schema.graphql');
export const COMMON_SDL_PATH = projectPath('shared', 'schema', 'common.graphql');

/** The Query field through which admins and auditors read this subgraph's access log. */
export const accessLogSdl = (subgraph: string) => `extend type Query {
  "Who read the personal data the ${subgraph} subgraph holds: newest first, for admins and auditors."
  ${accessLogFieldName(subgraph)}(filter: AccessLogFilter, first: Int = 20, after: String): AccessLogConnection @requiresScopes(scopes: [["audit:read"]])
}
`;

/**
 * The SDL a subgraph serves and composition reads. `agencySdl` and `commonSdl` default to the files in
 * the working tree; the schema check passes the versions of a git base instead.
 */
export function subgraphSdl(
  subgraph: string,
  agencySdl = readFileSync(agencySdlPath(subgraph), 'utf8'),
  commonSdl = readFileSync(COMMON_SDL_PATH, 'utf8'),
): string {
  // A unit the verification asks (shared/src/verification/facts.ts) serves its facts field too; a unit that
  // one-window referrals go to serves its inbox (shared/src/referrals/sdl.ts); each person list answers its keys
  // for cohorts (shared/src/cohorts/keys.ts).
  return `${agencySdl.trimEnd()}\n\n${commonSdl.trimEnd()}\n\n${accessLogSdl(subgraph)}${verificationFactsSdl(subgraph)}${referralSdl(subgraph)}${cohortKeysSdl(subgraph, agencySdl)}`;
}
