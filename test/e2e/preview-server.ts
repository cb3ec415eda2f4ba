// `vite preview` of a build, on loopback: the e2e suite's site (dist/) and the bench's two pages
// (bench/page.measure.ts: the atlas and the bare maplibre page).
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {join} from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export interface Preview {
  /** The site's address, ending in '/'. */
  url: string;
  stop: () => void;
}

/** A loopback port no one listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
  });
}

/**
 * Throws if something already listens on `port`: vite (--strictPort) would exit, and the other server's
 * answers be taken for the build's (a helper's runs once tested its own copy of an older dist).
 */
function ensureFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => reject(new Error(`port ${port} is in use on 127.0.0.1: set E2E_PORT to a free one`)));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

/** Serves the build of `config` (default: vite.config.ts, dist/) on `port`, once it answers. */
export async function startPreview(port: number, config: string | null = null, timeoutMs = 20_000): Promise<Preview> {
  await ensureFree(port);
  const args = [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (config) args.push('--config', config);
  const server = spawn(process.execPath, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe']});
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 150))) {
    try {
      if ((await fetch(url)).ok) return {url, stop: () => server.kill()};
    } catch {
      // not up yet
    }
  }
  server.kill();
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms\n${output}`);
}
