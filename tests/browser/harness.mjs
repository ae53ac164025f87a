// What the browser tests share: `vitext serve` on a free loopback port and Debian's chromium
// (headless, through playwright-core) with a fresh profile.
//
// Environment: VITEXT_BIN (the vitext binary; default build/default/vitext),
// VITEXT_SHARED_DIR (default ../shared beside the repository), CHROMIUM (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '..', '..');
export const bin = process.env.VITEXT_BIN || path.join(repo, 'build', 'default', 'vitext');
export const shared = process.env.VITEXT_SHARED_DIR || path.resolve(repo, '..', 'shared');
export const artifacts = path.join(repo, 'build', 'artifacts');

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// Starts `vitext serve` with `args` added; resolves to { base, stop } once /health answers.
export async function startServer(args = []) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(bin, ['serve', '--host', '127.0.0.1', '--port', String(port), '--threads', '2', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => { log += d; });
  server.stderr.on('data', (d) => { log += d; });
  const until = Date.now() + 60000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vitext serve exited early:\n${log}`);
    if (Date.now() > until) throw new Error(`vitext serve did not answer /health in 60 s:\n${log}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (server.exitCode !== null) return;
    const stopped = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await stopped;
  };
  return { base, stop };
}

export function launchBrowser() {
  // A fresh profile each run (playwright passes it as --user-data-dir).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vitext-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 1000 },
    timeout: 60000,
  });
}
