import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@lac/subgraph-kit';
import { definition } from './subgraph';

/** Prints the subgraph's SDL; the checked-in copy is what the gateway composes, and a test keeps them equal. */
buildFederatedSchema(definition)
  .then((schema) => process.stdout.write(`${printSubgraphSchema(schema)}\n`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
