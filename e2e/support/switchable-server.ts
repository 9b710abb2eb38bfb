import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** A static server whose folder can be swapped while it runs: "publishing" a new build under the same URL. */
export interface SwitchableServer {
  url: string;
  publish(dir: string): void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1:`port` serving `dir`, with `Cache-Control: no-cache` as a real deployment would send. */
export async function startSwitchableServer(dir: string, port: number): Promise<SwitchableServer> {
  const serve = (d: string) => sirv(d, { dev: false, etag: true, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  let handler = serve(dir);
  const server: Server = createServer((req, res) => handler(req, res, () => {
    res.statusCode = 404;
    res.end('Not found');
  }));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    publish: (d) => (handler = serve(d)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
