import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A static server for a built site on a free local port. */
export interface SiteServer {
  /** Base URL ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a port the system picks, so parallel runs never collide. */
export async function serveSite(dir: string): Promise<SiteServer> {
  const handler = sirv(dir, { dev: false, etag: false });
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
