import { printSdl } from '@lac/subgraph-kit';
import { definition } from './subgraph';

printSdl(definition)
  .then((sdl) => process.stdout.write(sdl))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
