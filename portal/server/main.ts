// The built portal's HTTP server: `node build/serve/main.js [build/server/index.js]` (pnpm start). It replaces
// react-router-serve, whose express stack (compression, a stat per request for static files, morgan) was about a
// tenth of the portal's CPU per page view (docs/benchmarks.md). Reads PORT (3000) and HOST (every interface).
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequestHandler, type ServerBuild } from 'react-router';
import { createListener } from './listener.js';
import { createRequestLog } from './request-log.js';
import { loadStaticFiles } from './static-files.js';

// As react-router-serve: production unless told otherwise (the demo stack says development).
process.env.NODE_ENV ??= 'production';

const buildPath = path.resolve(process.argv[2] ?? 'build/server/index.js');
const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
// build/client beside build/server, wherever the process was started from.
const statics = loadStaticFiles(path.resolve(path.dirname(buildPath), '..', 'client'));
const handle = createRequestHandler(build, process.env.NODE_ENV);
const log = createRequestLog((text) => process.stdout.write(text));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const server = createServer(createListener({ handle: (request) => handle(request), statics, log }));
server.listen(port, host, () => {
  console.log(`[portal] http://${host ?? 'localhost'}:${port} (${statics.size} static files)`);
});

// The app's services close the database pool on the same signals (app/services.server.ts).
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log.flush();
    server.close();
    server.closeIdleConnections();
  });
}
