// `npm run compose [-- FILE]`: composes the registry's SDL files into supergraph.graphql (or FILE), or fails naming why.
import { renameSync, writeFileSync } from 'node:fs';
import { compose, CompositionFailed, registrySources } from '../gateway/src/supergraph';
import { subgraphUrlsOf } from '../shared/src/config';
import { projectPath } from '../shared/src/paths';

const out = process.argv[2] ?? projectPath('supergraph.graphql');
try {
  const sdl = compose(registrySources(subgraphUrlsOf()));
  // Write then rename: a gateway following this file never reads half of it.
  writeFileSync(`${out}.tmp`, sdl);
  renameSync(`${out}.tmp`, out);
  console.log(`supergraph written to ${out}`);
} catch (err) {
  if (err instanceof CompositionFailed) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
