import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import chromium from '@sparticuz/chromium';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import QRCode from 'qrcode';

const root = path.resolve(__dirname, '..', '..');
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
const STAMP = path.join(dist, '.sources');

function sourcesDigest(): string {
  const hash = createHash('sha256');
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(path.relative(web, file)).update(fs.readFileSync(file));
    }
  };
  walk(path.join(web, 'src'));
  for (const file of ['index.html', 'vite.config.mts', 'routes.ts']) hash.update(file).update(fs.readFileSync(path.join(web, file)));
  hash.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex');
}

/**
 * The pages as `npm run build` makes them (Vite, into web/dist), built here when missing or older than their
 * sources, so `npm test` on a fresh clone tests what `npm start` serves. Test files building at once take turns.
 */
export function ensurePagesBuilt() {
  const digest = sourcesDigest();
  if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === digest) return;
  const lock = path.join(web, '.build-lock');
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes was left by a run that died.
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 180_000) throw new Error('waited three minutes for another build of the pages');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === digest) return;
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    });
    if (run.status !== 0) throw new Error(`building the pages failed (npm run build):\n${run.stdout}${run.stderr}`);
    fs.writeFileSync(STAMP, digest);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface TestBrowser {
  browser: Browser;
  /** A fresh browser profile whose downloads land in `downloads`. */
  context(): Promise<{ context: BrowserContext; page: Page; downloads: string }>;
  close(): Promise<void>;
}

/**
 * Headless Chromium from npm (@sparticuz/chromium, driven by puppeteer-core): nothing to install by hand. When
 * no browser can start, this throws saying why: the browser tests fail, they never skip.
 */
export async function launchBrowser(options: { camera?: string; executablePath?: string } = {}): Promise<TestBrowser> {
  let browser: Browser;
  try {
    const executablePath = options.executablePath ?? (await chromium.executablePath());
    // The package's defaults are made for serverless use: they turn off web security (the tests keep the browser's
    // protections) and run in one process (which closes the browser when a second profile opens a page).
    const args = chromium.args.filter((arg) => !/^--(disable-web-security|allow-running-insecure-content|single-process)/.test(arg));
    // A camera that films the given video (Chromium's fake capture device), with the permission granted.
    if (options.camera) args.push('--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${options.camera}`);
    browser = await puppeteer.launch({ executablePath, args, headless: 'shell', defaultViewport: { width: 1280, height: 900 } });
  } catch (error) {
    throw new Error(
      `No browser could start for the page tests: ${(error as Error).message}\n` +
        'They use headless Chromium from the npm package @sparticuz/chromium (installed by `npm ci`, unpacked into the temp folder) driven by puppeteer-core.',
    );
  }
  const folders: string[] = [];
  return {
    browser,
    async context() {
      const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'page-downloads-'));
      folders.push(downloads);
      const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
      const page = await context.newPage();
      // Generous: CI machines are often loaded; nothing here is a timed assertion.
      page.setDefaultTimeout(60_000);
      return { context, page, downloads };
    },
    async close() {
      await browser.close();
      for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: the violations, in words (none expected). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's own Content-Security-Policy stays in force.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** A file the page let the visitor download, once it has fully arrived. */
export async function downloaded(folder: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const file = fs.readdirSync(folder).find((name) => pattern.test(name) && !name.endsWith('.crdownload'));
    if (file) return path.join(folder, file);
    if (Date.now() > deadline) throw new Error(`no download matching ${pattern} in ${timeout} ms (found: ${fs.readdirSync(folder).join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The page's visible text. */
export const textOf = (page: Page, selector = 'main') => page.$eval(selector, (element) => (element as HTMLElement).innerText);

/** Types text into a field as one input event, as pasting does (React sees the change). */
export async function paste(page: Page, selector: string, text: string) {
  await page.$eval(
    selector,
    (element, value) => {
      const field = element as HTMLInputElement | HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!;
      field.focus();
      setter.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

/**
 * A camera picture for Chromium's fake capture device: a Y4M video whose frames show `text` as a QR code (made by
 * the qrcode package), as a phone held over a printed code would see it.
 */
export function qrCodeVideo(text: string, file: string) {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const width = 640;
  const height = 480;
  const quiet = 4;
  const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * quiet));
  const left = Math.floor((width - (modules.size + 2 * quiet) * scale) / 2) + quiet * scale;
  const top = Math.floor((height - (modules.size + 2 * quiet) * scale) / 2) + quiet * scale;
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.data[row * modules.size + column]) continue;
      for (let y = 0; y < scale; y += 1) luma.fill(16, (top + row * scale + y) * width + left + column * scale, (top + row * scale + y) * width + left + (column + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]));
}
