// The per-request context of prices: the caller's identity, its database and fresh loaders.
import { SubgraphContext } from '../../../shared/src/subgraph';
import { Loaders } from './loaders';

export type Context = SubgraphContext<Loaders>;
