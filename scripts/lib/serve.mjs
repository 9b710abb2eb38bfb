// Starts sirv on a free loopback port for a built folder and returns its URL and a stop function.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Serves `dir` with sirv on 127.0.0.1; resolves once it answers. */
export async function serve(dir) {
  const port = await freePort();
  // In its own process group: `npx` starts sirv as a child of its own, and killing only npx would leave sirv running.
  const child = spawn('npx', ['sirv', dir, '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore', detached: true });
  const stop = () => process.kill(-child.pid);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`sirv did not start serving ${dir} on port ${port}.`);
}
