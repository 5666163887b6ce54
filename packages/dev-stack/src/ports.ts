import net from 'node:net';

/** The ports `pnpm start` uses when nothing says otherwise; each subgraph's comes from its declaration. */
export const DEFAULT_PORTS = { portal: 3000, gateway: 4000, postgres: 54320 } as const;

/** Asks the kernel for a port nobody listens on (there is a small window before the caller binds it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Rejects, naming the variable that moves it, when something already listens on `port`. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${what}) is already in use: is another stack running? Stop it or set ${variable}.`
            : `Cannot listen on port ${port} (${what}): ${error.message}`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** The requested port, or the fallback; 0 means any free port. */
export async function resolvePort(
  requested: number | undefined,
  fallback: number,
  what: string,
  variable: string,
): Promise<number> {
  const port = requested ?? fallback;
  if (port === 0) return freePort();
  await assertPortFree(port, what, variable);
  return port;
}
