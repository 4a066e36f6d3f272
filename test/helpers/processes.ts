/** Starts ProspectLab's own entry points as child processes, as a user would run them. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from '../../main/node-flags.js';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ProductProcess {
  readonly child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Base URL for gateway/embedded processes. */
  readonly url: string | null;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<number | null>;
  /** SIGKILL at once. */
  kill(): Promise<void>;
}

type Entry = 'embedded' | 'gateway' | 'actors';

const READY: Record<Entry, RegExp> = {
  embedded: /listening on (http:\/\/\S+?)\s/,
  gateway: /listening on (http:\/\/\S+?)\s/,
  actors: /actor service \d+ ready/,
};

/**
 * @param onSpawn called with the child as soon as it is spawned, before it is ready (a process
 *   may already take work before it says so)
 */
export async function startProcess(
  entry: Entry,
  env: Record<string, string>,
  timeoutMs = 60_000,
  onSpawn?: (child: ChildProcess) => void,
): Promise<ProductProcess> {
  const child = spawn(process.execPath, [...NODE_FLAGS, path.join(DIST, 'main', `${entry}.js`)], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onSpawn?.(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string | null>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = READY[entry].exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] ?? null);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with ${code} before it was ready:\n${output}`));
    });
  });
  const stop = async (graceMs = 15_000): Promise<number | null> => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return {
    child,
    url,
    output: () => output,
    stop,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
