import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from '@consulta-ruc/shared';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { isBrowserBroken } from './browser-errors.js';
import { chromiumArgs } from './chromium-flags.js';
import { withTimeout } from './with-timeout.js';

export type RetireReason = 'max-pages' | 'disconnected' | 'crashed' | 'close-timeout' | 'shutdown';

export interface BrowserManagerOptions {
  executablePath: string;
  logger: Logger;
  /** Add --no-sandbox (root in a container). Default false. */
  noSandbox?: boolean;
  /** Pages served before the browser is retired and relaunched. Default 200. */
  maxPages?: number;
  /** Launch timeout. Default 15000. */
  launchTimeoutMs?: number;
  /** Deadline for closing a page or a browser before its process is killed. Default 5000. */
  closeTimeoutMs?: number;
  /** Folder for the profiles; each browser gets its own subfolder, removed when it goes. Default the OS temp dir. */
  profileRoot?: string;
  /** Resource types never fetched. Default images, fonts, stylesheets and media. */
  blockedResourceTypes?: string[];
  onLaunch?: (durationMs: number) => void;
  onRetire?: (reason: RetireReason) => void;
}

interface PreparedPage {
  context: BrowserContext;
  page: Page;
}

interface BrowserEntry {
  browser: Browser;
  /** A page made ready after the last job, so the next job does not wait for one. */
  spare: Promise<PreparedPage | null> | undefined;
  profileDir: string;
  pid: number | undefined;
  pagesServed: number;
  active: number;
  retired: boolean;
  userAgent: string;
  killOnExit?: () => void;
}

/**
 * One Chromium per worker process, launched on first need and replaced when it has served
 * `maxPages`, crashed or disconnected. Every job gets its own incognito context, closed in
 * finally under a deadline; a browser that will not close is killed with its process group.
 */
export class BrowserManager {
  private current: BrowserEntry | undefined;
  private launching: Promise<BrowserEntry> | undefined;
  /** Page releases and browser shutdowns under way. */
  private readonly pending = new Set<Promise<void>>();
  private closed = false;
  private readonly maxPages: number;
  private readonly closeTimeoutMs: number;
  private readonly blocked: Set<string>;

  constructor(private readonly options: BrowserManagerOptions) {
    this.maxPages = options.maxPages ?? 200;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 5000;
    this.blocked = new Set(
      options.blockedResourceTypes ?? ['image', 'font', 'stylesheet', 'media'],
    );
  }

  /** The pid of the running browser, if any (tests kill it to simulate a crash). */
  get browserPid(): number | undefined {
    return this.current?.pid;
  }

  /**
   * Runs `fn` with a fresh page in its own incognito context. Aborting `signal` closes the page,
   * which makes whatever `fn` awaits reject at once.
   */
  async withPage<T>(fn: (page: Page) => Promise<T>, signal: AbortSignal): Promise<T> {
    signal.throwIfAborted();
    const entry = await this.acquire();
    entry.active += 1;
    entry.pagesServed += 1;
    if (entry.pagesServed >= this.maxPages) this.retire(entry, 'max-pages');
    let prepared: PreparedPage | undefined;
    const onAbort = () => void prepared?.page.close().catch(() => {});
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      prepared = await this.takePage(entry);
      signal.throwIfAborted();
      return await fn(prepared.page);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (isBrowserBroken(error) || !entry.browser.connected) this.retire(entry, 'crashed');
      throw error;
    } finally {
      signal.removeEventListener('abort', onAbort);
      // Closed here, under its own deadline, but the job does not wait for it: its answer is in
      // hand. close() waits for every release.
      this.track(this.release(entry, prepared));
    }
  }

  /** Closes the browser (killing it if it hangs) and waits for retired ones to go. */
  async close(): Promise<void> {
    this.closed = true;
    const launching = this.launching;
    if (launching) await launching.catch(() => undefined);
    if (this.current) this.retire(this.current, 'shutdown');
    // Releases still running may start a browser's shutdown: wait until nothing is left.
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async release(entry: BrowserEntry, prepared: PreparedPage | undefined): Promise<void> {
    if (prepared) {
      await withTimeout(prepared.context.close(), this.closeTimeoutMs, 'closing the page').catch(
        () => this.retire(entry, 'close-timeout'),
      );
    }
    entry.active -= 1;
    if (entry.retired && entry.active === 0) this.shutdown(entry);
    // Ready the next job's page now, off the next job's critical path.
    else if (!entry.retired && !entry.spare) {
      entry.spare = this.preparePage(entry).catch(() => null);
    }
  }

  private track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  private async acquire(): Promise<BrowserEntry> {
    if (this.closed) throw new Error('Browser manager is closed');
    if (this.current && !this.current.retired && this.current.browser.connected)
      return this.current;
    this.launching ??= this.launch().finally(() => {
      this.launching = undefined;
    });
    return this.launching;
  }

  private async launch(): Promise<BrowserEntry> {
    const started = Date.now();
    const root = this.options.profileRoot ?? tmpdir();
    const profileDir = await mkdtemp(path.join(root, 'consulta-ruc-chromium-'));
    const { launch } = await import('puppeteer');
    let browser: Browser;
    try {
      browser = await launch({
        executablePath: this.options.executablePath,
        headless: true,
        userDataDir: profileDir,
        args: chromiumArgs({ noSandbox: this.options.noSandbox ?? false }),
        timeout: this.options.launchTimeoutMs ?? 15_000,
        protocolTimeout: 30_000,
        // The worker owns shutdown; puppeteer must not kill the browser behind its back.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      await rm(profileDir, { recursive: true, force: true });
      throw error;
    }
    const userAgent = (await browser.userAgent()).replace('HeadlessChrome', 'Chrome');
    const entry: BrowserEntry = {
      browser,
      spare: undefined,
      profileDir,
      pid: browser.process()?.pid,
      pagesServed: 0,
      active: 0,
      retired: false,
      userAgent,
    };
    browser.once('disconnected', () => {
      if (!entry.retired) this.retire(entry, 'disconnected');
    });
    // Whatever ends this process (a crash, process.exit), its Chromium must not outlive it.
    entry.killOnExit = () => killProcessGroup(entry.pid);
    process.once('exit', entry.killOnExit);
    this.current = entry;
    const durationMs = Date.now() - started;
    this.options.onLaunch?.(durationMs);
    this.options.logger.info('Chromium launched', { pid: entry.pid, durationMs });
    return entry;
  }

  /** The spare page when there is a good one, else a new one. */
  private async takePage(entry: BrowserEntry): Promise<PreparedPage> {
    const spare = entry.spare;
    entry.spare = undefined;
    const ready = spare ? await spare : null;
    if (ready && !ready.page.isClosed()) return ready;
    return this.preparePage(entry);
  }

  /** A fresh page in its own incognito context, with our User-Agent and resource blocking. */
  private async preparePage(entry: BrowserEntry): Promise<PreparedPage> {
    const context = await withTimeout(
      entry.browser.createBrowserContext(),
      this.closeTimeoutMs,
      'createBrowserContext',
    );
    try {
      const page = await withTimeout(context.newPage(), this.closeTimeoutMs, 'newPage');
      // A headless User-Agent is reported to be held on a browser-check page.
      await page.setUserAgent({ userAgent: entry.userAgent });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (this.blocked.has(request.resourceType())) {
          void request.abort('blockedbyclient').catch(() => {});
        } else {
          void request.continue().catch(() => {});
        }
      });
      return { context, page };
    } catch (error) {
      await context.close().catch(() => {});
      throw error;
    }
  }

  /** Takes the browser out of service; it is closed once its last page is done. */
  private retire(entry: BrowserEntry, reason: RetireReason): void {
    if (entry.retired) return;
    entry.retired = true;
    if (this.current === entry) this.current = undefined;
    this.options.onRetire?.(reason);
    this.options.logger.info('Chromium retired', {
      pid: entry.pid,
      reason,
      pages: entry.pagesServed,
    });
    if (
      entry.active === 0 ||
      reason === 'crashed' ||
      reason === 'disconnected' ||
      reason === 'shutdown'
    ) {
      this.shutdown(entry);
    }
  }

  private shutdown(entry: BrowserEntry): void {
    const done = (async () => {
      try {
        if (entry.browser.connected) {
          await withTimeout(entry.browser.close(), this.closeTimeoutMs, 'closing Chromium');
        }
      } catch {
        this.options.logger.warn('Chromium did not close in time; killing it', { pid: entry.pid });
      } finally {
        killProcessGroup(entry.pid);
        if (entry.killOnExit) process.off('exit', entry.killOnExit);
        await rm(entry.profileDir, { recursive: true, force: true }).catch(() => {});
      }
    })();
    this.track(done);
  }
}

/**
 * Puppeteer starts Chromium as a process-group leader; killing the group takes the renderers and
 * zygotes with it, so no chromium outlives its browser.
 */
function killProcessGroup(pid: number | undefined): void {
  if (!pid) return;
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}
