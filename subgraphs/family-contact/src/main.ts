import { runSubgraphMain } from '@lac/subgraph-kit';
import { definition } from './subgraph';

runSubgraphMain(definition);
