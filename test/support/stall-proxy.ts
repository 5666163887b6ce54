import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A subgraph behind a proxy that can be paused: while paused it accepts connections and never answers, as a
 * subgraph whose process is stopped (SIGSTOP) or stuck in a long GC would. Resumed, it forwards every request.
 */
export interface StallProxy {
  url: string;
  paused: boolean;
  /** While dead, each connection is dropped at once, as by a subgraph that crashed mid-request. */
  dead: boolean;
  stop(): Promise<void>;
}

export async function stallProxy(target: string): Promise<StallProxy> {
  const upstream = new URL(target);
  const sockets = new Set<Socket>();
  const proxy: StallProxy = { url: '', paused: false, dead: false, stop: async () => undefined };
  const server = http.createServer((req, res) => {
    if (proxy.dead) return void req.socket.destroy();
    if (proxy.paused) return; // the request hangs until the caller gives up
    const forward = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}${upstream.pathname}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}
