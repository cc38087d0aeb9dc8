// The child processes a bench run starts (snapshot, gateway, static server): started, awaited, stopped.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts a child; if it exits before stop() was asked, the bench stops with it. */
export function startProcess(name, file, argv, cwd) {
  const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!child.stopping) {
      console.error(`${name} exited (${code ?? signal})`);
      process.exit(1);
    }
  });
  return child;
}

export async function stop(child) {
  child.stopping = true;
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve)));
}

/** Waits until the URL answers 2xx (a minute at most). */
export async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`${url} never answered`);
}
