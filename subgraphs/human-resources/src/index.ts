// Starts the human-resources subgraph alone: reads its configuration, opens its database, listens.
import { loadSubgraphConfig } from '../../../shared/src/config';
import { runSubgraph } from '../../../shared/src/subgraph';
import { subgraphEntry } from '../../registry';
import { definition, name } from './server';

void runSubgraph(definition, loadSubgraphConfig(name, subgraphEntry(name).port));
