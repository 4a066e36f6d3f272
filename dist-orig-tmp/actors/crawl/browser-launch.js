/**
 * Starting and stopping one headless Chromium process with its own throw-away profile.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Time `browser.close()` gets before the process is killed. */
export const CLOSE_TIMEOUT_MS = 5000;
const CHROMIUM_ARGS = [
    '--no-sandbox', // actor services run as root in containers
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--mute-audio',
    // Images are never needed; not even creating their requests spares an interception round trip each.
    '--blink-settings=imagesEnabled=false',
    // WebRTC traffic bypasses request interception: no UDP (STUN/TURN probes could reach private networks).
    '--webrtc-ip-handling-policy=disable_non_proxied_udp',
    // Prerendered pages would load outside the tab's own request interception (see PROFILE_PREFERENCES).
    '--disable-features=Prerender2',
];
/**
 * Puppeteer defaults left out: popups stay blocked unless a user gesture opens them (those
 * that still open are closed at birth by the target guard, see target-guard.ts).
 */
const IGNORED_DEFAULT_ARGS = ['--disable-popup-blocking'];
/**
 * Profile preferences. "Preload pages: never" (network_prediction_options 2) turns speculation
 * rules prefetch and prerender off: Chromium makes those requests outside every DevTools request
 * interception, tab-level and browser-level alike.
 */
const PROFILE_PREFERENCES = { net: { network_prediction_options: 2 } };
/** PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium when present, else undefined (Puppeteer's own). */
export function defaultExecutablePath() {
    const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
    if (fromEnv)
        return fromEnv;
    return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}
/** Starts Chromium in a fresh temporary profile (removed again if the launch fails). */
export async function startChromium(options) {
    const userDataDir = await mkdtemp(join(tmpdir(), 'prospectlab-chromium-'));
    try {
        await mkdir(join(userDataDir, 'Default'));
        await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(PROFILE_PREFERENCES));
        const browser = await puppeteer.launch({
            ...(options.executablePath ? { executablePath: options.executablePath } : {}),
            headless: options.headless,
            userDataDir,
            args: [...CHROMIUM_ARGS],
            ignoreDefaultArgs: [...IGNORED_DEFAULT_ARGS],
            // DevTools over a pipe: Chromium exits by itself when this process dies (even by kill -9).
            pipe: true,
            handleSIGINT: false,
            handleSIGTERM: false,
            handleSIGHUP: false,
        });
        return { browser, userDataDir, pid: browser.process()?.pid };
    }
    catch (error) {
        await removeDir(userDataDir);
        throw error;
    }
}
/** Closes Chromium, killing it if it does not exit in time, and removes its profile. Never throws. */
export async function stopChromium({ browser, userDataDir }) {
    const child = browser.process();
    let timer;
    try {
        await Promise.race([
            browser.close(),
            new Promise((resolve) => {
                timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
            }),
        ]);
    }
    catch {
        // Closing a crashed browser fails; the kill below still applies.
    }
    finally {
        clearTimeout(timer);
    }
    if (child?.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGKILL');
        await exited;
    }
    await removeDir(userDataDir);
}
/** Removes a profile folder. Never throws. */
export async function removeDir(dir) {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}
//# sourceMappingURL=browser-launch.js.map