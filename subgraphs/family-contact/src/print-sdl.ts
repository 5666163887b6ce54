import { printSdlMain } from '@lac/subgraph-kit';
import { definition } from './subgraph';

printSdlMain(definition);
