#!/usr/bin/env node
'use strict';
/**
 * The one build step, and the runner of every command in package.json.
 *
 *   node scripts/run.js                  build now: dist/ (tsc) and the pages, web/dist (Vite); this is
 *                                        `npm run build`, and `npm ci` runs it through `prepare`
 *   node scripts/run.js <module> [args]  run dist/<module>.js, building first only when the sources differ
 *                                        from those of the last successful build (so `npm start` after an
 *                                        edit runs the edit, and a fresh clone needs nothing but `npm ci`)
 *
 * Plain JavaScript because it runs before anything is compiled. type-graphql needs decorator metadata, so
 * the hub is built with tsc (tsconfig.build.json), never a loader that strips types.
 */
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
/** Written after a build that succeeded: the fingerprint of the sources it was built from. */
const stamp = path.join(dist, '.built');
const lock = path.join(dist, '.building');
/** What tsconfig.build.json compiles and Vite bundles (web/), and the configuration that shapes them. */
const SOURCES = ['platform', 'services', 'hub', 'gateway', 'bin', 'demo', 'bench', 'web', 'tsconfig.json', 'tsconfig.build.json'];
/** Build output inside the source folders (the pages' bundle), never a source. */
const OUTPUTS = new Set([path.join(root, 'web', 'dist'), path.join(root, 'web', 'node_modules')]);
/** Vite's bundled config, written beside web/vite.config.mts for a moment during a build. */
const TRANSIENT = /\.timestamp-[^/]*\.mjs$/;

/**
 * The sources' contents, paths included, as one hash: a file edited, added, removed or renamed changes it; a
 * file only touched (a checkout, codegen writing the same text) does not.
 */
function fingerprint() {
  const hash = createHash('sha256');
  const visit = (entry) => {
    if (OUTPUTS.has(entry) || TRANSIENT.test(entry)) return;
    let stat;
    try {
      stat = fs.statSync(entry);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry).sort()) visit(path.join(entry, child));
    } else {
      hash.update(path.relative(root, entry)).update('\0').update(fs.readFileSync(entry)).update('\0');
    }
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return hash.digest('hex');
}

function upToDate() {
  try {
    return fs.readFileSync(stamp, 'utf8') === fingerprint();
  } catch {
    return false;
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function build() {
  fs.mkdirSync(dist, { recursive: true });
  // Commands started side by side (a test run) must not compile into the same folder at once.
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - started > 300_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
      sleep(200);
    }
  }
  try {
    if (process.argv.length > 2 && upToDate()) return; // another command built it meanwhile
    // Taken before building: a source saved during the build makes the next command build again.
    const sources = fingerprint();
    const steps = [
      // The hub: tsc, for the decorator metadata type-graphql and typeorm need.
      [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json')],
      // The pages for people (web/ into web/dist), served by the gateway.
      [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(root, 'web', 'vite.config.mts'), '--logLevel', 'warn'],
    ];
    for (const step of steps) {
      const result = spawnSync(process.execPath, step, { cwd: root, stdio: 'inherit' });
      if (result.status !== 0) process.exit(result.status ?? 1);
    }
    fs.writeFileSync(stamp, sources);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const [, , command, ...args] = process.argv;
if (!command) {
  build();
} else {
  if (!upToDate()) build();
  const module = path.join(dist, `${command}.js`);
  // Run it as the main module, as `node dist/<module>.js [args]` would: same process (signals reach it),
  // same argv, `require.main === module`.
  process.argv = [process.argv[0], module, ...args];
  require('node:module').runMain();
}
