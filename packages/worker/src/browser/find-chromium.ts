import { existsSync } from 'node:fs';

/** Where distributions put Chromium or Chrome. */
const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export type ChromiumSource = 'configured' | 'puppeteer' | 'system';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

/**
 * The Chromium to launch: PUPPETEER_EXECUTABLE_PATH when set, else the browser puppeteer
 * downloaded, else a system one. Null when there is none: the worker then runs without browser mode.
 */
export async function findChromium(
  configuredPath: string | undefined,
): Promise<FoundChromium | null> {
  if (configuredPath) {
    return existsSync(configuredPath) ? { path: configuredPath, source: 'configured' } : null;
  }
  try {
    const { executablePath } = await import('puppeteer');
    const downloaded = await executablePath();
    if (downloaded && existsSync(downloaded)) return { path: downloaded, source: 'puppeteer' };
  } catch {
    // No download in puppeteer's cache (PUPPETEER_SKIP_DOWNLOAD, offline install): look further.
  }
  const system = SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
  return system ? { path: system, source: 'system' } : null;
}
