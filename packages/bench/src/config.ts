/** The only place the bench reads its environment: what it passes on to the processes it starts. */
export const benchEnvironment = {
  /** PATH for child processes (they find redis-cli, chromium, ...). */
  path: process.env.PATH ?? '',
  /** Chromium for the browser scenarios; else the worker's own search. */
  chromium: process.env.PUPPETEER_EXECUTABLE_PATH,
};
