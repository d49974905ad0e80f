// Serves one agency's subgraph, named on the command line: `node dist/subgraphs/serve.js education`.
import { Command } from 'commander';
import { loadSubgraphConfig } from '../shared/src/config';
import { runSubgraph } from '../shared/src/subgraph';
import { AGENCY_NAMES, agencyDefinition, subgraphEntry } from './registry';

const { args } = new Command('serve')
  .description('serve one agency of subgraphs/registry.ts')
  .argument('<agency>', `one of ${AGENCY_NAMES.join(', ')}`)
  .parse();
const [name] = args;
if (!AGENCY_NAMES.includes(name)) {
  console.error(`serve: ${name} is not in subgraphs/registry.ts (agencies: ${AGENCY_NAMES.join(', ')})`);
  process.exit(2);
}
void agencyDefinition(name).then((definition) => runSubgraph(definition, loadSubgraphConfig(name, subgraphEntry(name).port)));
