/**
 * Helpers of the browser tests: a real headless Chromium driven by Puppeteer, pages that record
 * every console error, page error and request, and screenshots written to one temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
/** Chromium used by the tests: `PUPPETEER_EXECUTABLE_PATH`, else the system one. */
export const CHROMIUM_PATH = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';
/** Starts headless Chromium (no sandbox: tests run in containers as root). */
export function launchBrowser() {
    return puppeteer.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: ['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
    });
}
/**
 * Opens a page that records console errors, page errors and requests. `ignoreError` lets a test
 * accept the errors it provokes on purpose (e.g. the browser's own log line for a failed
 * WebSocket while the gateway is down).
 */
export async function openPage(browser, options = {}) {
    const page = await browser.newPage();
    await page.setViewport(options.viewport ?? { width: 1280, height: 900 });
    const errors = [];
    const requests = [];
    const record = (message) => {
        if (!options.ignoreError?.(message))
            errors.push(message);
    };
    page.on('console', (message) => {
        if (message.type() === 'error')
            record(`console.error: ${message.text()} (${message.location().url ?? ''})`);
    });
    page.on('pageerror', (error) => record(`page error: ${error instanceof Error ? error.message : String(error)}`));
    page.on('request', (request) => {
        requests.push(request.url());
    });
    return {
        page,
        errors,
        requests,
        assertNoErrors: () => {
            if (errors.length)
                throw new Error(`The page reported errors:\n${errors.join('\n')}`);
        },
    };
}
let screenshotDir = null;
/** The folder of this run's screenshots (`PROSPECTLAB_SCREENSHOT_DIR`, else a new temp folder). */
export function screenshotFolder() {
    if (!screenshotDir) {
        screenshotDir = process.env.PROSPECTLAB_SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'prospectlab-screenshots-'));
        fs.mkdirSync(screenshotDir, { recursive: true });
    }
    return screenshotDir;
}
/** Saves a full-page screenshot as `<name>.png` in {@link screenshotFolder} and prints its path. */
export async function screenshot(page, name) {
    const file = path.join(screenshotFolder(), `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`      screenshot: ${file}`);
    return file;
}
/** Text content of the first element matching `selector` (empty when none). */
export function textOf(page, selector) {
    return page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? '', selector);
}
/** Waits until the text of `selector` matches `pattern`. */
export async function waitForText(page, selector, pattern, timeoutMs = 30_000) {
    await page.waitForFunction((s, source, flags) => new RegExp(source, flags).test(document.querySelector(s)?.textContent ?? ''), { timeout: timeoutMs, polling: 100 }, selector, pattern.source, pattern.flags);
}
/** Replaces the value of an input as a user would (focus, select all, type). */
export async function fillInput(page, selector, value) {
    await page.focus(selector);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.type(selector, value);
}
/** Requests that would leave the machine: anything but 127.0.0.1 and inline (data:, blob:) URLs. */
export function outsideRequests(urls) {
    return urls.filter((url) => {
        const { protocol, hostname } = new URL(url);
        return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
    });
}
/**
 * From the next page load on, records each distinct combination of the texts of `selectors`
 * (joined by spaces, `-` for a missing element) as the page changes; read it with
 * {@link shownStates}. Catches states that flash by too fast for a screenshot.
 */
export async function recordShownStates(page, selectors) {
    await page.evaluateOnNewDocument((list) => {
        const seen = [];
        window.__shownStates = seen;
        new window.MutationObserver(() => {
            const state = list.map((s) => document.querySelector(s)?.textContent ?? '-').join(' ');
            if (seen.at(-1) !== state)
                seen.push(state);
        }).observe(document, { subtree: true, childList: true, characterData: true });
    }, selectors);
}
/** The states recorded by {@link recordShownStates}. */
export function shownStates(page) {
    return page.evaluate(() => window.__shownStates ?? []);
}
//# sourceMappingURL=browser-harness.js.map