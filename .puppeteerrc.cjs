// Puppeteer cannot download its own browser in our environments: use a system Chromium.
const fs = require('node:fs');

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));

/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: true,
  ...(process.env.PUPPETEER_EXECUTABLE_PATH || systemChromium ? { executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || systemChromium } : {}),
};
