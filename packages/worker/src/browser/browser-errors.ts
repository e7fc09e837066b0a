/** Errors that mean the browser (not the page or SUNAT) is broken: retire it and launch another. */
const BROWSER_BROKEN =
  /Target closed|Protocol error|Session closed|Connection closed|crash|Browser has been closed|browser has disconnected|WebSocket is not open/i;

export function isBrowserBroken(error: unknown): boolean {
  return error instanceof Error && BROWSER_BROKEN.test(error.message);
}
