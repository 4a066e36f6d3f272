/**
 * Starts one of the product's entry points (dist/main/<entry>.js) as a child process without
 * waiting for it to be ready, for tests of start-up itself (waiting, refusing to start).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export function spawnEntry(entry, env) {
    const child = spawn(process.execPath, [path.join(DIST, 'main', `${entry}.js`)], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let exitCode;
    const exited = new Promise((resolve) => child.once('exit', (code) => {
        exitCode = code;
        resolve(code);
    }));
    child.stdout.on('data', (chunk) => (output += chunk.toString()));
    child.stderr.on('data', (chunk) => {
        output += chunk.toString();
        errors += chunk.toString();
    });
    const running = () => child.exitCode === null && child.signalCode === null;
    return {
        child,
        pid: child.pid,
        output: () => output,
        errors: () => errors,
        exited,
        async waitForOutput(pattern, timeoutMs) {
            const deadline = Date.now() + timeoutMs;
            for (;;) {
                const match = pattern.exec(output);
                if (match)
                    return match;
                if (exitCode !== undefined)
                    throw new Error(`${entry} exited (${exitCode}) before printing ${pattern}:\n${output}`);
                if (Date.now() > deadline)
                    throw new Error(`${entry} did not print ${pattern} within ${timeoutMs} ms:\n${output}`);
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
        },
        async stop(graceMs = 15_000) {
            if (!running())
                return exited;
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            const code = await exited;
            clearTimeout(timer);
            return code;
        },
        async kill() {
            if (running())
                child.kill('SIGKILL');
            await exited;
        },
    };
}
//# sourceMappingURL=spawn-entry.js.map