import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  ssr: true,
  future: {
    // Loaders and actions get the request itself, not two fresh copies each (React Router otherwise rebuilds it to
    // strip `?index`, `_routes` and `.data`): fewer allocations per page, and the layout and the page share one
    // Request, so the session is read once per page view (auth.server.ts). Every navigation here is a document
    // request (links and forms are plain HTML), and no loader reads those parameters or the `.data` suffix.
    v8_passThroughRequests: true,
  },
} satisfies Config;
