// Serves the built site and the API with `wrangler dev` on loopback, with a fresh local D1 state.
// Started in its own process group so that stopping it also stops workerd.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SiteServer {
  baseUrl: string;
  /** The local D1, R2 and Durable Object state of this server, as wrangler keeps it. */
  statePath: string;
  stop(): void;
}

/** Runs wrangler with the offline variables that every npm script uses (no telemetry, no local traces). */
const OFFLINE = fileURLToPath(new URL('../../scripts/offline-env.sh', import.meta.url));
const ENV = { ...process.env, NO_COLOR: '1' };

async function waitUntilReady(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer ${url} within ${timeoutMs} ms`);
}

function killGroup(server: ChildProcess): void {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Refuses a port that something already listens on, so that tests never run against another server. */
function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is already in use`) : error),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * `vars` override wrangler.toml vars, e.g. a higher rate limit for a load benchmark; `seedSql` is a
 * file of SQL run against the fresh local database before the server starts.
 */
export async function startSite(port: number, vars: Record<string, string> = {}, seedSql?: string): Promise<SiteServer> {
  await ensurePortFree(port);
  const state = mkdtempSync(join(tmpdir(), 'hrd-portal-state-'));
  execFileSync(OFFLINE, ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state], { env: ENV, stdio: 'ignore' });
  if (seedSql)
    execFileSync(OFFLINE, ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', state, '--file', seedSql], {
      env: ENV,
      stdio: 'ignore',
    });
  const varArgs = Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]);
  const server = spawn(
    OFFLINE,
    ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', state, '--log-level', 'warn', ...varArgs],
    {
      detached: true,
      env: ENV,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const stop = () => {
    killGroup(server);
    rmSync(state, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/api/health`, server, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, statePath: state, stop };
}
