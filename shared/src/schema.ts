// A subgraph's full SDL: the agency's schema.graphql, the types every subgraph shares, and what the kit serves for it.
import { readFileSync } from 'node:fs';
import { AGENCY_NAMES } from '../../subgraphs/registry';
import { accessLogFieldName } from './audit/resolvers';
import { cohortInputsSdl, usesCohortCondition } from './cohorts/inputs';
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

const readAgencySdl = (subgraph: string) => readFileSync(agencySdlPath(subgraph), 'utf8');

/**
 * The SDL a subgraph serves and composition reads. `agencySdl`, `commonSdl` and the other agencies' SDL (`sdlOf`) default
 * to the files in the working tree; the schema check passes the versions of a git base instead.
 */
export function subgraphSdl(
  subgraph: string,
  agencySdl = readAgencySdl(subgraph),
  commonSdl = readFileSync(COMMON_SDL_PATH, 'utf8'),
  sdlOf: (agency: string) => string | undefined = readAgencySdl,
): string {
  // A unit the verification asks (shared/src/verification/facts.ts) serves its facts field too; a unit that
  // one-window referrals go to serves its inbox (shared/src/referrals/sdl.ts); each person list answers its keys
  // for cohorts (shared/src/cohorts/keys.ts); the subgraph that serves cohorts gets the inputs their conditions are
  // written in, from every agency's person lists (shared/src/cohorts/inputs.ts).
  const cohortInputs = usesCohortCondition(agencySdl)
    ? `\n${cohortInputsSdl({ home: subgraph, homeSdl: agencySdl, commonSdl, agencies: AGENCY_NAMES, sdlOf })}`
    : '';
  return `${agencySdl.trimEnd()}\n\n${commonSdl.trimEnd()}\n\n${accessLogSdl(subgraph)}${verificationFactsSdl(subgraph)}${referralSdl(subgraph)}${cohortKeysSdl(subgraph, agencySdl)}${cohortInputs}`;
}
