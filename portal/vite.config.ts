import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const govukRoot = path.dirname(require.resolve('govuk-frontend/package.json'));
const govukVersion = (JSON.parse(readFileSync(path.join(govukRoot, 'package.json'), 'utf8')) as { version: string })
  .version;
const govukAssets = path.join(govukRoot, 'dist/govuk/assets');
const served = ['fonts', 'images'];
/** GOV.UK Frontend's precompiled bundle, served unprocessed (Vite's CSS minifier rejects its old-IE hacks). */
const bundles: Record<string, string> = {
  [`govuk-frontend-${govukVersion}.min.css`]: path.join(govukRoot, 'dist/govuk/govuk-frontend.min.css'),
  [`govuk-frontend-${govukVersion}.min.js`]: path.join(govukRoot, 'dist/govuk/govuk-frontend.min.js'),
};
const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * GOV.UK Frontend's compiled CSS asks for /assets/fonts/* and /assets/images/*. Serve them from the package in dev
 * and emit them into build/client/assets on build, so the app serves them itself (no CDN, CSP 'self').
 */
function govukFrontendAssets(): Plugin {
  return {
    name: 'govuk-frontend-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const match = /^\/assets\/(fonts|images)\/([\w.-]+)$/.exec(url);
        const bundle = bundles[url.replace(/^\/assets\//, '')];
        const file = bundle ?? (match ? path.join(govukAssets, match[1], match[2]) : undefined);
        if (!file) return next();
        try {
          if (!statSync(file).isFile()) return next();
        } catch {
          return next();
        }
        res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      if (this.environment?.name !== 'client') return;
      for (const [name, file] of Object.entries(bundles)) {
        this.emitFile({ type: 'asset', fileName: `assets/${name}`, source: readFileSync(file) });
      }
      for (const dir of served) {
        for (const name of readdirSync(path.join(govukAssets, dir))) {
          this.emitFile({
            type: 'asset',
            fileName: `assets/${dir}/${name}`,
            source: readFileSync(path.join(govukAssets, dir, name)),
          });
        }
      }
    },
  };
}

/**
 * The packages that render pages on the server, bundled into the built server so that it always renders with
 * React's production build. React picks its build from NODE_ENV when first required, and a built portal started with
 * NODE_ENV=development (for the portal's development settings: dev CSP, dev session secret; the demo stack did so
 * until it ran the portal in production mode) rendered every page through React's development build: element
 * validation, `console.createTask` per element and key warnings were over half the portal's CPU on the caseload
 * (docs/benchmarks.md). react-router goes with them: it must share the one React its components' hooks run against.
 * `react-router dev` (Vite's dev server) is unaffected.
 */
const RENDERING = ['react', 'react-dom', 'scheduler', 'react-router'];
const renderingModule = new RegExp(`/node_modules/(?:${RENDERING.join('|')})/`);

function productionReactOnServer(): Plugin {
  return {
    name: 'production-react-on-server',
    apply: 'build',
    config: () => ({ ssr: { noExternal: RENDERING } }),
    transform(code, id) {
      if (this.environment.name !== 'ssr' || !renderingModule.test(id) || !code.includes('process.env.NODE_ENV')) {
        return null;
      }
      // Only these packages' own NODE_ENV checks; the app's (config.server.ts, entry.server.tsx) still read the
      // real environment at run time.
      return { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null };
    },
  };
}

export default defineConfig({
  define: { __GOVUK_FRONTEND_VERSION__: JSON.stringify(govukVersion) },
  plugins: [govukFrontendAssets(), productionReactOnServer(), reactRouter()],
});
