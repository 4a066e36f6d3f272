/**
 * Starting and stopping one headless Chromium process with its own throw-away profile.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Time `browser.close()` gets before the process is killed. */
export const CLOSE_TIMEOUT_MS = 5000;

/**
 * Chromium's command line (Puppeteer's defaults are added to it; its `--disable-features` lists
 * are merged into one). Site isolation is left as it is: pages of different sites never share a
 * renderer process, and each tab gets its own, so a page whose scripts never yield blocks its
 * own tab only and leaves with it (see crawler-hostile-pages.test.ts). Flags that put tabs or
 * sites together in fewer renderers (`--process-per-site`, `--renderer-process-limit`,
 * `--disable-site-isolation-trials`, `--single-process`) are not used for that reason.
 */
export const CHROMIUM_ARGS: readonly string[] = [
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
  // Prerendered pages would load outside the browser-wide request interception (see PROFILE_PREFERENCES).
  // The back/forward cache would keep every page a tab left alive in memory (sometimes in a
  // renderer of its own), and the crawler never goes back.
  // RenderDocument makes every navigation, same-site ones included, build a new frame host in
  // the browser and a new frame in the renderer: without it a tab's next page on the same site
  // reuses them, which took a fifth of the renderers' CPU off a scrape (see README, Performance).
  '--disable-features=Prerender2,BackForwardCache,RenderDocument',
  // The network service as a thread of the browser process rather than a process of its own
  // (about 30 MiB less): it is not sandboxed here anyway (--no-sandbox), and if it crashes the
  // browser goes with it, which the page pool already handles (relaunch).
  '--enable-features=NetworkServiceInProcess2',
];

/**
 * Puppeteer defaults left out: popups stay blocked unless a user gesture opens them (those
 * that still open are closed at birth by the target guard, see target-guard.ts).
 */
const IGNORED_DEFAULT_ARGS: readonly string[] = ['--disable-popup-blocking'];

/**
 * Profile preferences. "Preload pages: never" (network_prediction_options 2) turns speculation
 * rules prefetch and prerender off: Chromium makes those requests outside every DevTools request
 * interception, the browser-level one included.
 */
const PROFILE_PREFERENCES = { net: { network_prediction_options: 2 } };

/** A running Chromium and the profile folder it owns. */
export interface RunningChromium {
  readonly browser: Browser;
  readonly userDataDir: string;
  /** Process id of the browser process (its renderers are its descendants). */
  readonly pid: number | undefined;
}

/** How to start Chromium. */
export interface ChromiumLaunchOptions {
  /** Chromium binary; Puppeteer's own when undefined. */
  readonly executablePath: string | undefined;
  readonly headless: boolean;
}

/** PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium when present, else undefined (Puppeteer's own). */
export function defaultExecutablePath(): string | undefined {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/**
 * Starts Chromium in a fresh temporary profile (removed again if the launch fails), with no tab
 * open: the blank tab Chromium opens at start would keep a renderer process (about 50 MiB) for
 * nothing, since the page pool opens its tabs in a browser context of its own.
 */
export async function startChromium(options: ChromiumLaunchOptions): Promise<RunningChromium> {
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
    const running = { browser, userDataDir, pid: browser.process()?.pid };
    try {
      await Promise.all((await browser.pages()).map((page) => page.close()));
    } catch (error) {
      await stopChromium(running);
      throw new Error('Chromium started but its first tab could not be closed', { cause: error });
    }
    return running;
  } catch (error) {
    await removeDir(userDataDir);
    throw error;
  }
}

/** Closes Chromium, killing it if it does not exit in time, and removes its profile. Never throws. */
export async function stopChromium({ browser, userDataDir }: RunningChromium): Promise<void> {
  const child = browser.process();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      browser.close(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
      }),
    ]);
  } catch {
    // Closing a crashed browser fails; the kill below still applies.
  } finally {
    clearTimeout(timer);
  }
  if (child?.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
  await removeDir(userDataDir);
}

/** Removes a profile folder. Never throws. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}
