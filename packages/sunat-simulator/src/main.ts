#!/usr/bin/env node
import { parseCliConfig, USAGE } from './config.js';
import { startSimulator } from './simulator.js';
import { SettingError } from './validate-settings.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof parseCliConfig>;
  try {
    config = parseCliConfig(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    process.stderr.write(`sunat-simulator: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (config.help) {
    process.stdout.write(USAGE);
    return;
  }
  const simulator = await startSimulator(config.options);
  process.stdout.write(`SUNAT simulator listening on ${simulator.url}\n`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: closing\n`);
    simulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`sunat-simulator: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sunat-simulator: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
