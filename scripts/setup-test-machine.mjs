#!/usr/bin/env node
// The first step of `npm test`: installs what the tests need beyond `npm ci`,
// so that the README's test command passes on a fresh Debian machine.
// - The Debian packages: Chromium for the webview layer and the end-to-end
//   suites, and what code-server's native modules need to build. As root they
//   are installed with apt-get; otherwise it says exactly what to run.
// - code-server (scripts/setup-code-server.mjs).
// Does nothing when everything is there. .ci/run calls the README's command
// and nothing of its own, so CI and a new user install the same way.
//
// Seams for the unit tests, which cannot uninstall packages from a shared
// machine: JOURNEY_LENS_PRETEND_MISSING="chromium g++" makes those packages
// count as missing, JOURNEY_LENS_PRETEND_USER=root or =user decides whether
// it runs as root, and --dry-run prints the apt-get commands instead of running them (and
// leaves code-server alone).
import { spawnSync } from 'child_process';
import { fileURLToPath } from 'url';

/** The one list of Debian packages the tests need (setup-code-server.mjs names it too). */
export const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config', 'ripgrep', 'g++', 'make', 'python3'];

/** The commands that install `packages`, as root would type them. */
export function aptCommands(packages) {
  return ['apt-get update', `apt-get install -y --no-install-recommends ${packages.join(' ')}`];
}

function say(message) {
  console.log(`setup-test-machine: ${message}`);
}

function fail(message) {
  console.error(`setup-test-machine: ${message}`);
  process.exit(1);
}

function installed(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function missingPackages() {
  const pretend = new Set((process.env.JOURNEY_LENS_PRETEND_MISSING ?? '').split(/[\s,]+/).filter(Boolean));
  return DEBIAN_PACKAGES.filter((p) => pretend.has(p) || !installed(p));
}

function run(command) {
  say(`$ ${command}`);
  const [file, ...args] = command.split(' ');
  const r = spawnSync(file, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) fail(`\`${command}\` failed (${r.error ? r.error.message : `exit ${r.status}`}); see the output above.`);
}

function setUpDebianPackages(dryRun) {
  if (spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status !== 0) {
    // Not Debian: setup-code-server.mjs checks the commands and libraries themselves and says what is missing.
    say(`not a Debian machine (no dpkg-query); the tests need these Debian packages or their equivalents: ${DEBIAN_PACKAGES.join(' ')}`);
    return;
  }
  const missing = missingPackages();
  if (missing.length === 0) return;
  const commands = aptCommands(missing);
  const pretend = process.env.JOURNEY_LENS_PRETEND_USER;
  const root = pretend ? pretend === 'root' : process.getuid?.() === 0;
  if (!root) {
    fail(`the tests need these Debian packages, which are not installed: ${missing.join(' ')}.\nInstall them as root, then run \`npm test\` again:\n  sudo sh -c '${commands.join(' && ')}'`);
  }
  say(`installing the Debian packages the tests need: ${missing.join(' ')}`);
  for (const command of commands) {
    if (dryRun) say(`would run: ${command}`);
    else run(command);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dryRun = process.argv.includes('--dry-run');
  setUpDebianPackages(dryRun);
  if (!dryRun) {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('setup-code-server.mjs', import.meta.url))], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
