#!/usr/bin/env node
// Installs code-server (a real VS Code, server plus web workbench) into
// .cache/code-server/ for the integration and end-to-end tests, the way
// @vscode/test-electron keeps VS Code in .vscode-test/. No desktop VS Code can
// be downloaded on the test machines; see docs/testing.md.
// Does nothing when that version is already installed. Exits non-zero, saying
// what is missing, when it cannot install.
import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { aptCommands, DEBIAN_PACKAGES } from './setup-test-machine.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
// The ripgrep build that @vscode/ripgrep (as pinned by code-server 4.100.3) fetches
// from GitHub in its post-install; it looks in this cache first.
const RIPGREP_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
const INSTALL_HINT = `Install them with: ${aptCommands(DEBIAN_PACKAGES).join(' && ')} (as root; \`npm test\` does it when run as root).`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, '.cache', 'code-server');
// Written last, so a half-finished install is not mistaken for a finished one.
const marker = path.join(dir, 'installed-version');

function fail(message) {
  console.error(`setup-code-server: ${message}`);
  process.exit(1);
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** What the install (native modules) and the tests (the browser) need from the system. */
function missingPrerequisites() {
  const missing = [];
  for (const c of ['rg', 'pkg-config', 'g++', 'make', 'python3']) if (!has(c)) missing.push(c);
  if (has('pkg-config')) {
    for (const lib of ['krb5-gssapi', 'x11', 'xkbfile', 'libsecret-1']) {
      if (spawnSync('pkg-config', ['--exists', lib]).status !== 0) missing.push(`${lib} (headers)`);
    }
  }
  if (!existsSync('/usr/bin/chromium')) missing.push('/usr/bin/chromium');
  return missing;
}

function ensureRipgrepCache() {
  if (existsSync(RIPGREP_CACHE)) return;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  copyFileSync(execFileSync('sh', ['-c', 'command -v rg']).toString().trim(), path.join(tmp, 'rg'));
  mkdirSync(path.dirname(RIPGREP_CACHE), { recursive: true });
  execFileSync('tar', ['-czf', RIPGREP_CACHE, '-C', tmp, 'rg']);
  rmSync(tmp, { recursive: true, force: true });
}

function install() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) fail(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}.`);
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    fail(`missing: ${missing.join(', ')}.\n${INSTALL_HINT}`);
  }
  ensureRipgrepCache();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Its own package.json, so npm installs here and not into the project.
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'journey-lens-code-server', private: true }) + '\n');
  const env = { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' };
  // node-gyp would download Node's headers; use the ones installed next to node when there are some.
  const nodeDir = path.resolve(path.dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(path.join(nodeDir, 'include', 'node', 'common.gypi'))) env.npm_config_nodedir = nodeDir;
  console.log(`setup-code-server: installing code-server ${CODE_SERVER_VERSION} into ${path.relative(root, dir)} (about a minute)`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], { cwd: dir, env, stdio: 'inherit' });
  if (npm.status !== 0) fail(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${npm.status}); see the output above.`);
  if (!existsSync(codeServerBin())) fail(`npm install finished but ${codeServerBin()} is missing.`);
  writeFileSync(marker, CODE_SERVER_VERSION + '\n');
}

export function codeServerBin() {
  return path.join(dir, 'node_modules', '.bin', 'code-server');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const installed = existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION && existsSync(codeServerBin());
  if (installed) {
    const missing = missingPrerequisites();
    if (missing.length > 0) fail(`code-server is installed, but missing: ${missing.join(', ')}.\n${INSTALL_HINT}`);
  } else {
    install();
    console.log(`setup-code-server: code-server ${CODE_SERVER_VERSION} installed`);
  }
}
