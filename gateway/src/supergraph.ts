// Composes the supergraph from the registry's SDL files with @apollo/composition; errors name subgraph and rule.
import { composeServices } from '@apollo/composition';
import { ROUTER_SUPPORTED_SUPERGRAPH_FEATURES, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { subgraphSdl } from '../../shared/src/schema';
import { SUBGRAPHS } from '../../subgraphs/registry';

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

export class CompositionFailed extends Error {
  constructor(readonly problems: string[]) {
    super(`Composition failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/** The registry's subgraphs (or `only` those named) with their SDL files and URLs (overridden by name). */
export function registrySources(urls: Record<string, string> = {}, only?: readonly string[]): SubgraphSource[] {
  return SUBGRAPHS.filter((s) => !only || only.includes(s.name)).map((s) => ({
    name: s.name,
    url: urls[s.name] ?? defaultSubgraphUrl(s.port),
    sdl: subgraphSdl(s.name),
  }));
}

/** Returns the supergraph SDL or throws CompositionFailed listing each error with its subgraph and rule. */
export function compose(sources: SubgraphSource[]): string {
  const problems: string[] = [];
  const services = sources.flatMap((s) => {
    try {
      return [{ name: s.name, url: s.url, typeDefs: parse(s.sdl) }];
    } catch (err) {
      problems.push(`[${s.name}] SDL does not parse: ${(err as Error).message}`);
      return [];
    }
  });
  if (problems.length) throw new CompositionFailed(problems);
  const result = composeServices(services);
  if (result.errors?.length || !result.supergraphSdl) {
    throw new CompositionFailed(
      (result.errors ?? []).map((e) => {
        const code = (e.extensions?.code as string | undefined) ?? 'COMPOSITION_ERROR';
        const named = /^\[([a-z0-9-]+)\]/.exec(e.message)
          ? ''
          : `[${
              sources
                .map((s) => s.name)
                .filter((n) => e.message.includes(`"${n}"`))
                .join(', ') || 'supergraph'
            }] `;
        return `${named}${e.message} (rule ${code})`;
      }),
    );
  }
  return result.supergraphSdl;
}

/**
 * @apollo/gateway refuses to serve a supergraph whose SECURITY features it does not implement
 * (@authenticated, @requiresScopes). Our subgraphs enforce those policies themselves, on every path,
 * so the gateway is given the same supergraph with those links marked as plain metadata.
 */
export const forApolloGateway = (supergraphSdl: string) =>
  supergraphSdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes)\/v[\d.]+"), for: SECURITY\)/g, '$1)');

/** Reads a supergraph with the features our graph uses, security ones included, recognised. */
export const parseSupergraph = (supergraphSdl: string) =>
  Supergraph.build(supergraphSdl, { supportedFeatures: ROUTER_SUPPORTED_SUPERGRAPH_FEATURES });
