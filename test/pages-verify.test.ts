import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { hubClient } from '../demo/client';
import { loadDemoData, type DemoData } from '../demo/load';
import { accessibilityViolations, ensurePagesBuilt, launchBrowser, paste, qrCodeVideo, textOf, type TestBrowser } from './support/browser';
import { EuropassMyAwardsDocument, PagesLearnerAwardsDocument, RevokeAwardDocument, WithdrawShareDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';

// A browser on a loaded machine: each test may take its time (nothing here is timed).
jest.setTimeout(180_000);

let hub: TestHub;
let browser: TestBrowser;
let demo: DemoData;
let base: string;
let files: string;

beforeAll(async () => {
  ensurePagesBuilt();
  // Revocations show at once (no status list reused), as the verify page must tell them.
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0', EID_LOCAL_PROVIDER: 'true' });
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  demo = await loadDemoData(hubClient(hub.gatewayUrl, (caller) => hub.token(caller)));
  browser = await launchBrowser();
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-files-'));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  if (files) fs.rmSync(files, { recursive: true, force: true });
});

const learnerAwards = async (learnerId: string) => {
  const token = await hub.token({ roles: ['learner'], subject: learnerId });
  const response = await hub.request(PagesLearnerAwardsDocument, {}, { token });
  return { token, me: response.data!.me };
};

async function openPage(address: string): Promise<Page> {
  const { page } = await browser.context();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  (page as Page & { problems?: string[] }).problems = problems;
  const response = await page.goto(`${base}${address}`, { waitUntil: 'networkidle0' });
  expect(response?.status()).toBe(200);
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems?: string[] }).problems ?? [];

async function verifyByPaste(page: Page, text: string) {
  await paste(page, '#credential', text);
  await page.locator('form.verify-form button[type=submit]').click();
  await page.waitForSelector('#result .report, #result .error');
}

describe('the verify page (/verify), in a real browser', () => {
  it('verifies a genuine credential pasted as vc+jwt: valid, what it says, each check with its reason, in Swedish', async () => {
    const { me } = await learnerAwards(demo.learner.id);
    const award = me.awards.find((candidate) => candidate.status === 'ACTIVE')!;
    const page = await openPage('/verify');
    expect(await page.$eval('html', (element) => element.lang)).toBe('sv');
    expect(await textOf(page, 'h1')).toBe('Verifiera en mikromerit');
    await verifyByPaste(page, award.credentialJwt!);
    const report = await textOf(page, '#result');
    expect(report).toContain('Giltig');
    expect(report).toContain(me.name!);
    expect(report).toContain(award.title);
    expect(report).toContain(award.issuer!.legalName);
    expect(report).toMatch(/SeQF \d \(EQF \d\)/);
    const checks = await page.$$eval('table.checks tbody tr', (rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)));
    expect(checks.map((row) => row[0])).toEqual(['Format', 'Signatur', 'Ackreditering', 'Status (återkallad eller spärrad)', 'Giltighetstid', 'Katalogen']);
    expect(checks.map((row) => row[1])).toEqual(Array(6).fill('Godkänd'));
    expect(checks.every((row) => row[2].length > 0)).toBe(true);
    expect(await page.$eval('.verified-at time', (element) => element.getAttribute('datetime'))).toMatch(/^\d{4}-\d\d-\d\dT/);
    // As of when: each source the checks relied on, with the time it was read (at or before the verification).
    const sources = await page.$$eval('table.sources tbody tr', (rows) =>
      rows.map((row) => [(row.querySelector('th') as HTMLElement).innerText, row.querySelector('time')!.getAttribute('datetime')!]),
    );
    const names = sources.map(([name]) => name.split('\n')[0]);
    expect(names).toEqual(expect.arrayContaining(['Utfärdarens nycklar', 'Statuslistan', 'Katalogen']));
    const verifiedAt = Date.parse((await page.$eval('.verified-at time', (element) => element.getAttribute('datetime')))!);
    // A reading is never later than the answer that relied on it (it may be earlier: a cached copy).
    for (const [, readAt] of sources) expect(Date.parse(readAt)).toBeLessThanOrEqual(Date.now());
    expect(verifiedAt).toBeLessThanOrEqual(Date.now());
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
  });

  it('English is one click away, and the report follows', async () => {
    const { me } = await learnerAwards(demo.learner.id);
    const page = await openPage('/verify');
    await page.locator('button.language').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await textOf(page, 'h1')).toBe('Verify a micro-credential');
    await verifyByPaste(page, me.awards[0].credentialJwt!);
    expect(await textOf(page, '#result')).toContain('Every check passed.');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says a revoked credential, given as the JSON file the hub exports, is not valid, and why', async () => {
    const learner = demo.shares.find((share) => share.learnerId !== demo.learner.id)!;
    const { me } = await learnerAwards(learner.learnerId);
    const award = me.awards.find((candidate) => candidate.status === 'ACTIVE')!;
    const provider = await hub.token({ roles: ['provider'], organisationId: award.issuer!.id });
    const revoked = await hub.request(RevokeAwardDocument, { id: award.id, reason: 'Utfärdad av misstag' }, { token: provider });
    expect(revoked.data?.revokeAward.status).toBe('REVOKED');
    const file = path.join(files, 'mikromerit.json');
    fs.writeFileSync(file, JSON.stringify({ id: award.id, title: award.title, credentialJwt: award.credentialJwt }));

    const page = await openPage('/verify');
    const input = await page.$('#credential-file');
    await (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(file);
    await page.waitForSelector('#result .report');
    const report = await textOf(page, '#result');
    expect(report).toContain('Inte giltig');
    expect(report).toContain(me.name!);
    const status = await page.$eval('table.checks tbody tr:nth-child(4)', (row) => (row as HTMLElement).innerText);
    expect(status).toMatch(/Underkänd/);
    expect(status).toMatch(/återkall/i);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('says a tampered credential is not valid: the signature does not hold, and it tells nothing from it', async () => {
    const { me } = await learnerAwards(demo.learner.id);
    const [header, payload, signature] = me.awards[0].credentialJwt!.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.credentialSubject.name = 'Någon Annan';
    const tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');

    const page = await openPage('/verify');
    await verifyByPaste(page, tampered);
    const report = await textOf(page, '#result');
    expect(report).toContain('Inte giltig');
    expect(report).not.toContain('Någon Annan');
    expect(await page.$eval('table.checks tbody tr:nth-child(2)', (row) => (row as HTMLElement).innerText)).toMatch(/Underkänd/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('verifies a European Digital Credential downloaded for Europass, dropped on the page or pasted: valid, each check; tampered, not valid', async () => {
    const { token, me } = await learnerAwards(demo.learner.id);
    const active = me.awards.find((candidate) => candidate.status === 'ACTIVE')!;
    const europass = (await hub.request(EuropassMyAwardsDocument, {}, { token })).data!.me.awards.find((award) => award.id === active.id)!.europass!;
    // The file the learner downloads for the Europass wallet.
    const download = await fetch(europass.downloadUrl);
    expect(download.headers.get('content-type')).toMatch(/^application\/jose\+json/);
    const sealed = await download.text();

    const page = await openPage('/verify');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'edc.jsonld', { type: 'application/jose+json' }));
      document.querySelector('form.verify-form')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, sealed);
    await page.waitForSelector('#result .report');
    const report = await textOf(page, '#result');
    expect(report).toContain('Giltig');
    expect(report).toContain(me.name!);
    expect(report).toContain(active.title);
    const checks = await page.$$eval('table.checks tbody tr', (rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)));
    expect(checks.map((row) => row[1])).toEqual(Array(6).fill('Godkänd'));
    expect(checks[0][2]).toMatch(/europeiskt digitalt merit .*JAdES/i);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Pasted with the learner's name changed after sealing: the seal does not hold.
    const edc = JSON.parse(sealed) as { payload: string };
    const tampered = JSON.stringify({ ...edc, payload: edc.payload.split(JSON.stringify(me.name)).join(JSON.stringify('Någon Annan')) });
    const again = await openPage('/verify');
    await verifyByPaste(again, tampered);
    const refused = await textOf(again, '#result');
    expect(refused).toContain('Inte giltig');
    expect(refused).not.toContain('Någon Annan');
    expect(await again.$eval('table.checks tbody tr:nth-child(2)', (row) => (row as HTMLElement).innerText)).toMatch(/Underkänd/);
    expect(problemsOf(page)).toEqual([]);
  });

  it('a share link pasted into the verify page opens the share', async () => {
    const page = await openPage('/verify');
    await paste(page, '#credential', demo.learner.share.url);
    await page.locator('form.verify-form button[type=submit]').click();
    await page.waitForFunction(() => window.location.pathname.startsWith('/shares/'));
    await page.waitForSelector('main .report');
    expect(await textOf(page, 'h1')).toBe('Delade mikromeriter');
  });
});

describe('genuine, revoked and tampered, each pasted and each as a file, in a real browser', () => {
  type Kind = 'genuine' | 'revoked' | 'tampered';
  const credentials = {} as Record<Kind, string>;
  let holder: string;
  beforeAll(async () => {
    const { me } = await learnerAwards(demo.learner.id);
    holder = me.name!;
    credentials.genuine = me.awards.find((candidate) => candidate.status === 'ACTIVE')!.credentialJwt!;
    const [header, payload, signature] = credentials.genuine.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    claims.credentialSubject.name = 'Någon Annan';
    credentials.tampered = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    // Another learner's award, revoked by its issuer now.
    const other = demo.shares[demo.shares.length - 1].learnerId === demo.learner.id ? demo.shares[0] : demo.shares[demo.shares.length - 1];
    const awards = (await learnerAwards(other.learnerId)).me.awards;
    const award = awards.find((candidate) => candidate.status === 'ACTIVE')!;
    const provider = await hub.token({ roles: ['provider'], organisationId: award.issuer!.id });
    expect((await hub.request(RevokeAwardDocument, { id: award.id, reason: 'Utfärdad av misstag' }, { token: provider })).data?.revokeAward.status).toBe('REVOKED');
    credentials.revoked = award.credentialJwt!;
  });

  const expectations: Record<Kind, (page: Page, report: string) => Promise<void>> = {
    async genuine(page, report) {
      expect(await textOf(page, '#result .verdict')).toContain('Giltig');
      expect(report).toContain(holder);
      const results = await page.$$eval('table.checks tbody tr td:nth-child(2)', (cells) => cells.map((cell) => (cell as HTMLElement).innerText));
      expect(results).toEqual(Array(6).fill('Godkänd'));
    },
    async revoked(page, report) {
      expect(report).toContain('Inte giltig');
      const status = await page.$eval('table.checks tbody tr:nth-child(4)', (row) => (row as HTMLElement).innerText);
      expect(status).toMatch(/Underkänd/);
      expect(status).toMatch(/återkall/i);
    },
    async tampered(page, report) {
      expect(report).toContain('Inte giltig');
      expect(report).not.toContain('Någon Annan');
      expect(await page.$eval('table.checks tbody tr:nth-child(2)', (row) => (row as HTMLElement).innerText)).toMatch(/Underkänd/);
    },
  };

  for (const kind of ['genuine', 'revoked', 'tampered'] as const) {
    it(`${kind}: pasted, then chosen as a file (the .vc.jwt the wallet downloads), the same verdict and reasons`, async () => {
      const pasted = await openPage('/verify');
      await verifyByPaste(pasted, credentials[kind]);
      await expectations[kind](pasted, await textOf(pasted, '#result'));
      expect(await accessibilityViolations(pasted)).toEqual([]);

      const file = path.join(files, `${kind}.vc.jwt`);
      fs.writeFileSync(file, credentials[kind]);
      const chosen = await openPage('/verify');
      const input = await chosen.$('#credential-file');
      await (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(file);
      await chosen.waitForSelector('#result .report');
      await expectations[kind](chosen, await textOf(chosen, '#result'));
      expect(await accessibilityViolations(chosen)).toEqual([]);
      expect([...problemsOf(pasted), ...problemsOf(chosen)]).toEqual([]);
    });
  }
});

describe('on a phone (375 × 740, touch), in a real browser', () => {
  async function onPhone(address: string) {
    const page = await openPage('/verify');
    await page.setViewport({ width: 375, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await page.goto(`${base}${address}`, { waitUntil: 'networkidle0' });
    return page;
  }
  /** Nothing wider than the screen (no sideways scrolling), and every button and field big enough to tap. */
  async function expectUsable(page: Page) {
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      small: [...document.querySelectorAll('button, select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=file])')]
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => ({ element: element.outerHTML.slice(0, 80), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24 || box.right > window.innerWidth + 1)
        .map(({ element }) => element),
    }));
    expect(layout.scroll).toBeLessThanOrEqual(layout.width);
    expect(layout.small).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  it('every page fits the screen, with controls big enough to tap, and axe-core finds nothing', async () => {
    const entry = demo.entries[Object.keys(demo.entries)[0]];
    for (const address of ['/verify', '/katalog', `/katalog/${entry.entryId}`, '/wallet', '/statistics', new URL(demo.learner.share.url).pathname]) {
      const page = await onPhone(address);
      await page.waitForSelector('main h1');
      await expectUsable(page);
    }
  });

  it('verifies a credential by tapping, and the report fits the screen', async () => {
    const { me } = await learnerAwards(demo.learner.id);
    const page = await onPhone('/verify');
    await paste(page, '#credential', me.awards.find((award) => award.status === 'ACTIVE')!.credentialJwt!);
    await page.tap('form.verify-form button[type=submit]');
    await page.waitForSelector('#result .report');
    expect(await textOf(page, '#result .verdict')).toContain('Giltig');
    await expectUsable(page);
  });

  it('signs in to the wallet and the statistics with a token, tapping, and both fit the screen', async () => {
    for (const [address, token, ready] of [
      ['/wallet', await hub.token({ roles: ['learner'], subject: demo.learner.id }), 'li[aria-labelledby^="award-"] h3'],
      ['/statistics', await hub.token({ roles: ['analyst'] }), '#statistics-skill .chart svg'],
    ] as const) {
      const page = await onPhone(address);
      await page.waitForSelector('#sign-in-title');
      const more = await page.$('#sign-in-title ~ details:not([open]) > summary');
      if (more) await more.tap();
      await paste(page, '#sign-in-token', token);
      await page.tap('form:has(#sign-in-token) button[type=submit]');
      await page.waitForSelector(ready);
      await expectUsable(page);
    }
  });
});

describe('scanning a QR code with the camera, in a real browser', () => {
  it('reads a share link from the camera and opens the share', async () => {
    const video = path.join(files, 'qr.y4m');
    qrCodeVideo(demo.learner.share.url, video);
    const withCamera = await launchBrowser({ camera: video });
    try {
      const { page } = await withCamera.context();
      await page.goto(`${base}/verify`, { waitUntil: 'networkidle0' });
      await page.locator('xpath///button[text()="Skanna QR-kod med kameran"]').click();
      await page.waitForFunction(() => window.location.pathname.startsWith('/shares/'));
      expect(new URL(page.url()).pathname).toBe(new URL(demo.learner.share.url).pathname);
      await page.waitForSelector('main .report');
      expect(await textOf(page, 'h1')).toBe('Delade mikromeriter');
    } finally {
      await withCamera.close();
    }
  });
});

describe('a share link (/shares/<token>), in a real browser', () => {
  it('shows what the learner shared, each credential verified now, and the learner sees the visit; after withdrawal only that', async () => {
    const share = demo.shares.find((candidate) => candidate.learnerId !== demo.learner.id && candidate.learnerSerial !== demo.shares[0].learnerSerial) ?? demo.shares[demo.shares.length - 1];
    const before = await learnerAwards(share.learnerId);
    const own = before.me.shares.find((candidate) => candidate.token === share.token)!;
    const visitsBefore = own.openings.filter((opening) => opening.kind === 'VERIFIED').length;

    expect(new URL(share.url).pathname).toBe(`/shares/${share.token}`);
    const page = await openPage(new URL(share.url).pathname);
    await page.waitForSelector('main .report');
    const text = await textOf(page);
    expect(text).toContain(share.recipientLabel);
    expect(text).toContain('Delningen gäller till');
    expect(await page.$$eval('main .report', (reports) => reports.length)).toBeGreaterThanOrEqual(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    const after = await learnerAwards(share.learnerId);
    const logged = after.me.shares.find((candidate) => candidate.token === share.token)!;
    expect(logged.openings.filter((opening) => opening.kind === 'VERIFIED').length).toBe(visitsBefore + 1);

    const withdrawn = await hub.request(WithdrawShareDocument, { id: own.id }, { token: after.token });
    expect(withdrawn.data?.withdrawShare.state).toBe('WITHDRAWN');
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('main .notice');
    const gone = await textOf(page);
    expect(gone).toContain('Delningen har dragits tillbaka');
    expect(gone).not.toContain(share.recipientLabel);
    expect(await page.$$('main .report')).toHaveLength(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('an unknown share says so', async () => {
    const page = await openPage('/shares/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.waitForSelector('main .error');
    expect(await textOf(page, 'main .error')).toMatch(/ingen delning|inte en giltig/i);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('the gateway serves the pages', () => {
  it('answers each page address with the page, revalidated on each visit, its scripts cached for a year, from its own origin only', async () => {
    for (const address of ['/verify', '/shares/abc', '/wallet', '/katalog', '/catalogue', '/statistics']) {
      const response = await fetch(`${base}${address}`);
      expect([address, response.status, response.headers.get('content-type')]).toEqual([address, 200, 'text/html; charset=utf-8']);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await response.text();
      expect(html).not.toMatch(/https?:\/\//);
      const again = await fetch(`${base}${address}`, { headers: { 'if-none-match': response.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
    const html = await (await fetch(`${base}/verify`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${base}/assets/nothing-here.js`)).status).toBe(404);
  });
});

describe('when no browser can start', () => {
  it('the page tests fail, saying why and where the browser comes from (they never skip)', async () => {
    await expect(launchBrowser({ executablePath: path.join(files, 'no-chromium-here') })).rejects.toThrow(
      /^No browser could start for the page tests: [\s\S]+@sparticuz\/chromium[\s\S]+puppeteer-core/,
    );
  });
});

describe('the pages are typed from the supergraph', () => {
  it('type-check against the documents graphql-codegen makes from web/operations (npm run typecheck)', () => {
    const root = path.resolve(__dirname, '..');
    const run = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'web/tsconfig.json'], { cwd: root, encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);
});
