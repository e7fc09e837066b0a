#!/usr/bin/env node
// The whole test run, as CI and a new clone run it: prerequisites, build, lint, typecheck, vitest.
// Ends with one line "N passed, N failed" (vitest's tests plus the lint and typecheck steps).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureRedis } from './lib/prerequisites.mjs';

const extraArgs = process.argv.slice(2);
let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(ok ? `✔ ${name}` : `✘ ${name} (exit ${result.status ?? result.signal})`);
  return ok;
}

const chromium = ensureChromium();
if (chromium) process.env.PUPPETEER_EXECUTABLE_PATH ??= chromium;
const redis = await ensureRedis({ dataDir: '.data/test-redis' });

try {
  if (!step('build', 'pnpm', ['run', 'build'])) {
    failed += 1;
  } else {
    for (const [name, args] of [
      ['lint', ['exec', 'biome', 'check', '.']],
      ['typecheck', ['run', 'typecheck']],
    ]) {
      if (step(name, 'pnpm', args)) passed += 1;
      else failed += 1;
    }
    const report = '.data/test-results.json';
    mkdirSync('.data', { recursive: true });
    rmSync(report, { force: true });
    step('vitest', 'pnpm', ['exec', 'vitest', 'run', ...extraArgs]);
    if (existsSync(report)) {
      const results = JSON.parse(readFileSync(report, 'utf8'));
      passed += results.numPassedTests;
      failed += results.numFailedTests;
      // A file that fails to load has no tests to count; it still fails the run.
      const brokenFiles = results.testResults.filter(
        (file) => file.status === 'failed' && file.assertionResults.length === 0,
      ).length;
      failed += brokenFiles;
    } else {
      console.log('vitest wrote no report: counting the run as one failure');
      failed += 1;
    }
  }
} finally {
  await redis.stop();
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
