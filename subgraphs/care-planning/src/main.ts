import { runSubgraphMain } from '@lac/subgraph-kit';
import { DEFAULT_PORT, definition } from './subgraph';

runSubgraphMain(definition, DEFAULT_PORT);
