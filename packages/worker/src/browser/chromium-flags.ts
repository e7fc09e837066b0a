/**
 * Flags for a server-side Chromium. The network ones matter on closed networks: without them
 * Chromium keeps dialling Google's services and floods the network with refused connections.
 */
export function chromiumArgs(options: { noSandbox: boolean }): string[] {
  return [
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    ...(options.noSandbox ? ['--no-sandbox', '--disable-setuid-sandbox'] : []),
  ];
}
