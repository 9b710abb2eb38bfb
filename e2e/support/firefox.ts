import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Which Firefox drives the portable-copy test: `FIREFOX_EXECUTABLE` if set, else Debian's `firefox-esr` or a
 * `firefox` on the usual path. Playwright's own Firefox is a patched build that cannot be downloaded here, and
 * its WebDriver BiDi mode sends commands this Firefox does not know, so the test speaks BiDi itself.
 */
export function firefoxExecutable(): string {
  const fromEnv = process.env['FIREFOX_EXECUTABLE'];
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`FIREFOX_EXECUTABLE is \`${fromEnv}\`, which does not exist. Hint: point it at a Firefox binary or unset it.`);
  const candidates = fromEnv ? [fromEnv] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`No Firefox found (looked for \`${candidates.join('`, `')}\`). Hint: \`apt-get install firefox-esr\` (bash .ci/run does), or set FIREFOX_EXECUTABLE.`);
  return found;
}

// A quiet profile: no update checks, telemetry or safe-browsing lists, so the only requests are the page's own.
const PREFS = {
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

type Message = { id?: number; type?: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };

/** A headless Firefox with one tab, driven over WebDriver BiDi. */
export interface Firefox {
  /** BiDi events received so far: `log.entryAdded` (console messages and script errors). */
  events: Message[];
  /** Loads `url` in the tab and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Runs `expression` in the page (promises awaited) and returns its value, which must be JSON-like. */
  evaluate<T>(expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; fails with `what` after `timeoutMs`. */
  waitFor(expression: string, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts Firefox headless with a fresh profile and opens a BiDi session on its only tab. */
export async function launchFirefox(): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'lync-firefox-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const proc = spawn(firefoxExecutable(), ['--headless', '--no-remote', '--remote-debugging-port', '0', '--profile', profile], { stdio: ['ignore', 'pipe', 'pipe'] });
  // The profile goes once Firefox has exited, so it is not removed under a browser still writing to it.
  const stop = () => new Promise<void>((resolve) => {
    const removeProfile = () => {
      rmSync(profile, { recursive: true, force: true });
      resolve();
    };
    if (proc.exitCode !== null || proc.signalCode !== null) return removeProfile();
    proc.once('exit', removeProfile);
    proc.kill();
  });
  try {
    const ws = new WebSocket(`${await bidiAddress(proc)}/session`);
    await new Promise<void>((resolve, reject) => {
      ws.addEventListener('open', () => resolve(), { once: true });
      ws.addEventListener('error', () => reject(new Error('Firefox\'s WebDriver BiDi server refused the session connection.')), { once: true });
    });
    const events: Message[] = [];
    const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      const msg = JSON.parse(event.data) as Message;
      const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!waiter) return void events.push(msg);
      pending.delete(msg.id!);
      if (msg.type === 'error') waiter.reject(new Error(`Firefox refused a command: ${msg.error}: ${msg.message}`));
      else waiter.resolve(msg.result);
    });
    let lastId = 0;
    const send = <T>(method: string, params: object = {}) => new Promise<T>((resolve, reject) => {
      pending.set(++lastId, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id: lastId, method, params }));
    });
    await send('session.new', { capabilities: {} });
    await send('session.subscribe', { events: ['log.entryAdded'] });
    const context = (await send<{ contexts: { context: string }[] }>('browsingContext.getTree')).contexts[0]!.context;
    // Before any page script: collect Content-Security-Policy violations, which Firefox reports only as events.
    await send('script.addPreloadScript', { functionDeclaration: `() => { window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI)); }` });
    const evaluate = async <T>(expression: string): Promise<T> => {
      const result = await send<{ type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `(async () => JSON.stringify(await (${expression})))()`, target: { context }, awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`In Firefox, \`${expression}\` threw: ${result.exceptionDetails?.text}`);
      const json = result.result?.value;
      return (typeof json === 'string' ? JSON.parse(json) : undefined) as T;
    };
    return {
      events,
      goto: async (url) => void (await send('browsingContext.navigate', { context, url, wait: 'complete' })),
      evaluate,
      waitFor: async (expression, what, timeoutMs = 10_000) => {
        for (const end = Date.now() + timeoutMs; !(await evaluate<boolean>(`!!(${expression})`)); ) {
          if (Date.now() > end) throw new Error(`In Firefox, waited ${timeoutMs} ms for ${what} (\`${expression}\`).`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      close: () => {
        ws.close();
        return stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Firefox prints the BiDi server's address on start-up; resolves with it (`ws://127.0.0.1:port`). */
function bidiAddress(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its WebDriver BiDi server within 60 s. Output:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    proc.stdout!.on('data', read);
    proc.stderr!.on('data', read);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (code ${code}) before its BiDi server started. Output:\n${output}`));
    });
  });
}
