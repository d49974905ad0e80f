// `npm run compose`: composes the registry's subgraph SDL files into supergraph.graphql, or fails naming why.
import { writeFileSync } from 'node:fs';
import { compose, CompositionFailed, registrySources } from '../gateway/src/supergraph';
import { loadGatewayConfig } from '../shared/src/config';
import { projectPath } from '../shared/src/paths';

const out = process.argv[2] ?? projectPath('supergraph.graphql');
try {
  const sdl = compose(registrySources(loadGatewayConfig().subgraphUrls));
  writeFileSync(out, sdl);
  console.log(`supergraph written to ${out}`);
} catch (err) {
  if (err instanceof CompositionFailed) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
