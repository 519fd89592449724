import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { PDFDocument } from 'pdf-lib';
import { hubClient } from '../demo/client';
import { loadDemoData, type DemoData } from '../demo/load';
import { accessibilityViolations, downloaded, ensurePagesBuilt, launchBrowser, paste, textOf, type TestBrowser } from './support/browser';
import { DefineQualificationDocument, PagesLearnerAwardsDocument, PagesVerifyEuropassDocument } from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';
import { credentialInPdf, pdfAttachments } from '../web/src/pdf/attachment';
import { ENTRIES, ESCO, ESCO_OCCUPATIONS, demoLearner } from '../demo/data';
import { importEsco } from '../services/catalogue/esco/import';
import { accreditedWorld, awardTo, REPAIR_SEWING } from './support/world';
import { pdfImages, pdfText } from './support/pdf';
import jsQR from 'jsqr';
import { setGlobalConfig } from '@openid4vc/openid4vci';
import { holderKey, takeOffer } from './support/wallet';

// A browser on a loaded machine: each test may take its time (nothing here is timed).
jest.setTimeout(180_000);

let hub: TestHub;
let browser: TestBrowser;
let demo: DemoData;
let base: string;

beforeAll(async () => {
  ensurePagesBuilt();
  hub = await startTestHub({ VERIFICATION_CACHE_MAX_SECONDS: '0', EID_LOCAL_PROVIDER: 'true' });
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  demo = await loadDemoData(hubClient(hub.gatewayUrl, (caller) => hub.token(caller)));
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function open(address: string) {
  const { page, downloads } = await browser.context();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('dialog', (dialog) => void dialog.accept());
  const response = await page.goto(`${base}${address}`, { waitUntil: 'networkidle0' });
  expect(response?.status()).toBe(200);
  return { page, downloads, problems };
}

/** Signs in with a pasted token (on the wallet it is behind "sign in with a token instead"; e-ID sign-in: pages-sign-in.test.ts). */
async function signIn(page: Page, token: string) {
  await page.waitForSelector('#sign-in-title');
  const more = await page.$('#sign-in-title ~ details:not([open]) > summary');
  if (more) await more.click();
  await paste(page, '#sign-in-token', token);
  await page.locator('form:has(#sign-in-token) button[type=submit]').click();
}

const rowsOf = (page: Page, selector: string) =>
  page.$$eval(`${selector} tbody tr`, (rows) => rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText.trim())));

describe('the catalogue (/katalog, /catalogue), in a real browser', () => {
  it('searches in Swedish, finds compounds, filters by a facet, and opens an entry page with every element at a stable address', async () => {
    const { page, problems } = await open('/katalog');
    expect(await textOf(page, 'h1')).toBe('Katalogen över mikromeriter');
    expect(await accessibilityViolations(page)).toEqual([]);

    await paste(page, '#catalogue-search', 'sömnad');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('q') === 'sömnad');
    await page.waitForFunction(() => /^2 mikromeriter$/.test(document.querySelector('#result-count')?.textContent ?? ''));
    const titles = await page.$$eval('.cards .card h3', (headings) => headings.map((heading) => heading.textContent));
    expect(titles.sort()).toEqual(['Reparationssömnad', 'Reparationssömnad jeans']);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A facet narrows the result and the address says so.
    const levelBoxes = await page.$$('.facets input[id^=level-]');
    expect(levelBoxes.length).toBeGreaterThan(0);
    await levelBoxes[0].click();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.getAll('level').length === 1);
    await page.waitForSelector('#result-count');

    await page.locator('xpath///a[normalize-space(text())="Reparationssömnad jeans"]').click();
    await page.waitForFunction(() => /^\/katalog\/[^/]+$/.test(window.location.pathname));
    await page.waitForSelector('article h2');
    // The accreditation comes in a second query.
    await page.waitForFunction(() => document.querySelector('main')!.textContent!.includes('Ackrediterad av'));
    const address = new URL(page.url()).pathname;
    expect(await textOf(page, 'h1')).toBe('Reparationssömnad jeans');
    const entry = await textOf(page);
    for (const label of ['Anordnare (utfärdande organisation)', 'Nivå', 'Studieomfattning', 'Bedömning', 'Deltagandeform', 'Kvalitetssäkring', 'Läranderesultat', 'Ackreditering']) {
      expect([label, entry.includes(label)]).toEqual([label, true]);
    }
    expect(entry).toContain('Nordiska Textilakademin');
    expect(entry).toMatch(/Ackrediterad av Myndigheten för yrkeshögskolan \(beslut .+\)/);
    const skills = await page.$$eval('article a[href^="http://data.europa.eu/esco/skill/"]', (links) => links.map((link) => link.textContent));
    expect(skills.length).toBeGreaterThan(0);
    expect(await page.title()).toBe('Reparationssömnad jeans – Mikromeriter');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // The same entry at its English address, opened directly (as a search engine or a shared link would).
    const english = await open(address.replace('/katalog/', '/catalogue/'));
    await english.page.waitForSelector('article h2');
    expect(await textOf(english.page, 'h1')).toBe('Repair sewing: jeans');
    expect(await english.page.$eval('html', (element) => element.lang)).toBe('en');
    expect(await accessibilityViolations(english.page)).toEqual([]);
  });
});

describe('the statistics (/statistics), in a real browser', () => {
  it('asks an analyst to sign in, then shows a chart with skills named in Swedish, a time series, and each table as CSV', async () => {
    const { page, downloads, problems } = await open('/statistics');
    expect(await textOf(page)).toContain('Statistiken är för analytiker');
    expect(await accessibilityViolations(page)).toEqual([]);

    await signIn(page, await hub.token({ roles: ['analyst'] }));
    await page.waitForSelector('#statistics-skill table tbody tr');
    await page.waitForSelector('#statistics-skill .chart svg');
    const rows = await rowsOf(page, '#statistics-skill');
    expect(rows.length).toBeGreaterThan(3);
    // Skills by their names, never their URIs.
    expect(rows.filter((row) => row[0].startsWith('http'))).toEqual([]);
    for (const row of rows) {
      if (row[1].startsWith('Skyddad')) expect(row[1]).toMatch(/färre än 5 personer/);
      else expect(Number(row[1])).toBeGreaterThan(0);
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('#statistics-skill button.csv').click();
    const csv = fs.readFileSync(await downloaded(downloads, /\.csv$/), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('Färdighet (ESCO),value,Mikromeriter,Personer,Spärrade,Skyddad');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines[1]).toContain('http://data.europa.eu/esco/skill/');
    expect(lines[1].startsWith(rows[0][0]) || lines[1].startsWith(`"${rows[0][0]}`)).toBe(true);

    // One skill over time: a line chart and its table.
    await page.locator('#statistics-skill tbody tr:first-child button').click();
    await page.waitForSelector('#time-series .chart svg');
    const series = await rowsOf(page, '#time-series');
    expect(series.length).toBeGreaterThan(0);
    expect(series[0][0]).toMatch(/^\d{4}-Q[1-4]$/);

    // By county, in English.
    await page.locator('button.language').click();
    // The answer by county held back on its way: meanwhile the page must not show the skills' answer under the county heading.
    await page.setRequestInterception(true);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      page.on('request', (request) => {
        const body = request.postData() ?? '';
        if (request.method() === 'POST' && body.includes('PageStatistics') && body.includes('REGION')) {
          release = () => void request.continue();
          resolve();
        } else void request.continue();
      });
    });
    await page.select('#group-by', 'REGION');
    await page.locator('form.facets button[type=submit]').click();
    await held;
    expect(await page.$$eval('main table caption', (captions) => captions.map((caption) => caption.textContent))).not.toContain('County');
    release();
    await page.waitForSelector('#statistics-region table tbody tr');
    expect(await textOf(page, '#statistics-region caption')).toBe('County');
    const counties = (await rowsOf(page, '#statistics-region')).map((row) => row[0]);
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.filter((county) => !/ län$/.test(county))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the statistics in words: skills in both languages, protected groups', () => {
  it('names skills by their Swedish ESCO label, by the English one in English, and shows a group too small to count as protected, in the table and the CSV', async () => {
    // Swedish ESCO labels as an operator imports them (npm run esco:import); the built-in ESCO is English only.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'esco-sv-'));
    fs.writeFileSync(
      path.join(folder, 'skills_sv.csv'),
      'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\r\n' +
        `KnowledgeSkillCompetence,${ESCO.understandWrittenSwedish},skill/competence,transversal,förstå skriftlig svenska,,,released,,,,,\r\n`,
    );
    try {
      await importEsco(hub.hub.subgraphs.catalogue.db, [folder]);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
    // A provider with two learners: fewer than the statistics show.
    const myh = demo.organisations.myh.id;
    const small = await accreditedWorld(hub, {
      provider: 'Lilla Sömnadsskolan',
      authority: { id: myh, token: await hub.token({ roles: ['authority'], organisationId: myh }) },
      code: 'LSS-01',
      content: { ...REPAIR_SEWING, title: { sv: 'Lagning av arbetskläder', en: 'Mending workwear' } },
    });
    for (const serial of [9001, 9002]) {
      const { personalNumber, name } = demoLearner(serial);
      await awardTo(hub, small, { personalNumber, name }, `pages-statistics-small-${serial}`);
    }

    const { page, downloads, problems } = await open('/statistics');
    await signIn(page, await hub.token({ roles: ['analyst'] }));
    await page.waitForSelector('#statistics-skill table tbody tr');
    const names = (await rowsOf(page, '#statistics-skill')).map((row) => row[0]);
    expect(names).toContain('förstå skriftlig svenska');
    expect(names).not.toContain('understand written Swedish');
    await page.locator('button.language').click();
    await page.waitForFunction(() => [...document.querySelectorAll('#statistics-skill tbody th')].some((cell) => cell.textContent === 'understand written Swedish'));
    expect((await rowsOf(page, '#statistics-skill')).map((row) => row[0])).not.toContain('förstå skriftlig svenska');
    await page.locator('button.language').click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');

    await page.select('#group-by', 'ISSUER');
    await page.locator('form.facets button[type=submit]').click();
    await page.waitForSelector('#statistics-issuer table tbody tr');
    const rows = await rowsOf(page, '#statistics-issuer');
    const protectedRow = rows.find((row) => row[0] === 'Lilla Sömnadsskolan')!;
    expect(protectedRow).toEqual(['Lilla Sömnadsskolan', 'Skyddad: färre än 5 personer, så antalen visas inte.', expect.any(String)]);
    expect(rows.filter((row) => !row[1].startsWith('Skyddad')).length).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('#statistics-issuer button.csv').click();
    const lines = fs.readFileSync(await downloaded(downloads, /statistics-issuer\.csv$/), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('Utfärdare,value,Mikromeriter,Personer,Spärrade,Skyddad');
    expect(lines).toContain(`Lilla Sömnadsskolan,${small.provider.id},,,,true`);
    expect(problems).toEqual([]);
  });
});

describe("an occupation's coverage (/statistics), in a real browser", () => {
  it('finds an occupation from the Swedish page (ESCO in English only), charts who holds its essential skills, and gives the table as CSV', async () => {
    const { page, downloads, problems } = await open('/statistics');
    await signIn(page, await hub.token({ roles: ['analyst'] }));
    await page.waitForSelector('#statistics-skill table tbody tr');
    await paste(page, '#occupation-search', 'hydroelectric');
    await page.locator('form:has(#occupation-search) button[type=submit]').click();
    await page.waitForSelector('#occupation-pick option[value^="http://data.europa.eu/esco/occupation/"]');
    const options = await page.$$eval('#occupation-pick option', (list) => list.map((option) => [(option as HTMLOptionElement).value, option.textContent]));
    expect(options).toContainEqual([ESCO_OCCUPATIONS.hydroelectricPlantOperator, 'hydroelectric plant operator']);
    await page.select('#occupation-pick', ESCO_OCCUPATIONS.hydroelectricPlantOperator);
    await page.waitForSelector('#occupation-coverage .chart svg');
    expect(await textOf(page, '#occupation-coverage caption')).toBe('Personer med mikromeriter som täcker yrkets nödvändiga färdigheter: hydroelectric plant operator');
    const rows = await rowsOf(page, '#occupation-coverage');
    expect(rows.filter((row) => row[0].startsWith('http'))).toEqual([]);
    // The demo's Skellefteå Kraft teaches hydroelectricity: people hold it.
    expect(Number(rows.find((row) => row[0] === 'hydroelectricity')![2])).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.locator('#occupation-coverage button.csv').click();
    const lines = fs.readFileSync(await downloaded(downloads, /occupation-coverage\.csv$/), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines[0]).toBe('Nödvändig färdighet,value,Mikromeriter,Personer,Spärrade,Skyddad');
    expect(lines).toHaveLength(rows.length + 1);
    expect(lines.some((line) => line.startsWith(`hydroelectricity,${ESCO.hydroelectricity},`))).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('the wallet (/wallet), in a real browser', () => {
  it('a learner signs in, shares an award, sees the employer open it, and withdraws it', async () => {
    const learnerToken = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const learner = await open('/wallet');
    expect(await accessibilityViolations(learner.page)).toEqual([]);
    await signIn(learner.page, learnerToken);
    await learner.page.waitForSelector('li[aria-labelledby^="award-"] h3');
    const titles = await learner.page.$$eval('li[aria-labelledby^="award-"] h3', (headings) => headings.map((heading) => heading.textContent));
    expect(titles.length).toBe(demo.learner.awardIds.length);
    expect(await accessibilityViolations(learner.page)).toEqual([]);

    await learner.page.locator(`#select-${demo.learner.awardIds[0]}`).click();
    await paste(learner.page, '#share-recipient', 'Rekrytering, Testbolaget AB');
    await learner.page.locator('#share-title ~ form button[type=submit]').click();
    await learner.page.waitForSelector('a.share-link');
    const link = await learner.page.$eval('a.share-link', (anchor) => anchor.getAttribute('href')!);
    expect(link).toMatch(new RegExp(`^${base}/shares/[A-Za-z0-9_-]+$`));

    const employer = await open(new URL(link).pathname);
    await employer.page.waitForSelector('main .report');
    expect(await textOf(employer.page)).toContain('Rekrytering, Testbolaget AB');
    expect(await textOf(employer.page, 'main .report .verdict')).toContain('Giltig');

    await learner.page.locator('button.refresh').click();
    await learner.page.waitForFunction(() =>
      [...document.querySelectorAll('li.share')].some((card) => card.textContent!.includes('Rekrytering, Testbolaget AB') && card.textContent!.includes('Kontrollerades')),
    );
    const card = await learner.page.$$eval('li.share', (cards) => cards.map((one) => (one as HTMLElement).innerText).find((text) => text.includes('Rekrytering, Testbolaget AB')));
    expect(card).toContain('Öppnad 1 gång');

    const shareCards = await learner.page.$$('li.share');
    for (const shareCard of shareCards) {
      if ((await shareCard.evaluate((element) => element.textContent ?? '')).includes('Rekrytering, Testbolaget AB')) {
        await (await shareCard.$('button.danger'))!.click();
      }
    }
    await learner.page.waitForFunction(() =>
      [...document.querySelectorAll('li.share')].some((one) => one.textContent!.includes('Rekrytering, Testbolaget AB') && one.textContent!.includes('Tillbakadragen')),
    );
    await employer.page.reload({ waitUntil: 'networkidle0' });
    await employer.page.waitForSelector('main .notice');
    expect(await textOf(employer.page)).toContain('Delningen har dragits tillbaka');
    expect(await employer.page.$$('main .report')).toHaveLength(0);
    expect(await accessibilityViolations(learner.page)).toEqual([]);
    expect(learner.problems).toEqual([]);
  });

  it('downloads a PDF certificate that carries the credential, and the verify page verifies that PDF', async () => {
    const token = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const { me } = (await hub.request(PagesLearnerAwardsDocument, {}, { token })).data!;
    const award = me.awards.find((candidate) => candidate.status === 'ACTIVE')!;
    const learner = await open('/wallet');
    await signIn(learner.page, token);
    await learner.page.waitForSelector(`#select-${award.id}`);
    const card = (await learner.page.$(`li[aria-labelledby="award-${award.id}"]`))!;
    const linkedIn = await card.$eval('a[href^="https://www.linkedin.com/profile/add"]', (anchor) => anchor.getAttribute('href')!);
    const params = new URL(linkedIn).searchParams;
    expect([params.get('startTask'), params.get('name'), params.get('organizationName'), params.get('certId')]).toEqual(['CERTIFICATION_NAME', award.title, award.issuer!.legalName, award.id]);

    // Every form the hub offers, as files.
    const forms = await card.$$eval('button.secondary', (buttons) => buttons.map((button) => button.textContent));
    expect(forms).toEqual(expect.arrayContaining(['Ladda ner (vc+jwt)', 'Ladda ner (JSON)', 'Ladda ner (Open Badges 3.0)', 'Ladda ner (JSON-LD med Data Integrity-bevis)', 'Ladda ner PDF-intyg']));
    await (await card.$('xpath/.//button[text()="Ladda ner (vc+jwt)"]'))!.click();
    expect(fs.readFileSync(await downloaded(learner.downloads, /\.vc\.jwt$/), 'utf8')).toBe(award.credentialJwt);

    // The European Digital Credential, sealed on request, downloads as the file Europass takes and verifies as genuine.
    await (await card.$('button.europass'))!.click();
    const edc = fs.readFileSync(await downloaded(learner.downloads, /\.edc\.json$/), 'utf8');
    expect(JSON.parse(edc)).toMatchObject({ payload: expect.any(String), signatures: [expect.objectContaining({ protected: expect.any(String) })] });
    const edcReport = await hub.request(PagesVerifyEuropassDocument, { credential: edc });
    expect(edcReport.data!.verifyCredential.verdict).toBe('VALID');

    await (await card.$('button.pdf'))!.click();
    const file = await downloaded(learner.downloads, /\.pdf$/);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe(`Intyg om mikromerit: ${award.title}`);
    expect((await pdfAttachments(bytes)).map((attachment) => attachment.name)).toEqual(['credential.vc.jwt']);
    expect(await credentialInPdf(bytes)).toBe(award.credentialJwt);

    // Readable on paper: what it shows, label by label.
    const lines = await pdfText(bytes);
    const after = (label: string) => lines[lines.indexOf(label) + 1];
    const loaded = Object.values(demo.entries).find((entry) => entry.entryId === award.microCredential!.entryId)!;
    const entry = ENTRIES.find((candidate) => candidate.code === loaded.code)!;
    expect(lines).toContain(award.title);
    expect(after('Innehavare')).toBe(me.name);
    expect(after('Utfärdare')).toBe(award.issuer!.legalName);
    expect(after('Utfärdad')).toMatch(/^\d{1,2} [a-zåäö]+ \d{4}$/);
    expect(after('Nivå')).toBe(`SeQF ${entry.seqfLevel} / EQF ${entry.seqfLevel}`);
    expect(lines).toContain('Läranderesultat');
    expect(lines.join(' ')).toContain(entry.learningOutcomes[0].text.sv.split(' ').slice(0, 4).join(' '));
    expect(after('Färdigheter (ESCO)')).toMatch(/\p{L}/u);

    // Its QR code, read from the picture on the page, opens a share of this award alone, verified live.
    const codes = (await pdfImages(bytes)).map((image) => jsQR(image.rgba, image.width, image.height)?.data).filter(Boolean);
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatch(new RegExp(`^${base}/shares/[A-Za-z0-9_-]+$`));
    const scanned = await open(new URL(codes[0]!).pathname);
    await scanned.page.waitForSelector('main .report');
    expect(await scanned.page.$$('main .report')).toHaveLength(1);
    expect(await textOf(scanned.page, 'main .report .verdict')).toContain('Giltig');
    expect(await textOf(scanned.page, 'main .report')).toContain(award.title);

    // After the certificate, the LinkedIn link points at the certificate's share, verified live.
    await learner.page.waitForFunction((id, url) => {
      const anchor = document.querySelector(`li[aria-labelledby="award-${id}"] a[href^="https://www.linkedin.com/"]`);
      return anchor && new URL(anchor.getAttribute('href')!).searchParams.get('certUrl') === url;
    }, {}, award.id, codes[0]);

    const verify = await open('/verify');
    const input = await verify.page.$('#credential-file');
    await (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(file);
    await verify.page.waitForSelector('#result .report');
    expect(await textOf(verify.page, '#result .verdict')).toContain('Giltig');
    expect(await textOf(verify.page, '#result')).toContain(me.name!);
  });

  it('offers an award to a wallet: the QR code on the page carries the offer, which the wallet client takes with the code the page shows', async () => {
    setGlobalConfig({ allowInsecureUrls: true });
    const token = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const { me } = (await hub.request(PagesLearnerAwardsDocument, {}, { token })).data!;
    const award = me.awards.find((candidate) => candidate.status === 'ACTIVE')!;
    const learner = await open('/wallet');
    await signIn(learner.page, token);
    const cardSelector = `li[aria-labelledby="award-${award.id}"]`;
    await learner.page.waitForSelector(`#select-${award.id}`);
    const card = (await learner.page.$(cardSelector))!;
    await (await card.$('xpath/.//button[text()="Lägg i en digital plånbok"]'))!.click();
    await learner.page.waitForSelector(`${cardSelector} img.offer-qr`);
    // The QR code as a phone's camera would see it: drawn on white, read by jsQR.
    const size = 1024;
    const pixels = await learner.page.$eval(
      `${cardSelector} img.offer-qr`,
      async (image, side) => {
        await (image as HTMLImageElement).decode();
        const canvas = document.createElement('canvas');
        canvas.width = side;
        canvas.height = side;
        const context = canvas.getContext('2d')!;
        context.imageSmoothingEnabled = false;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, side, side);
        context.drawImage(image as HTMLImageElement, 0, 0, side, side);
        const data = context.getImageData(0, 0, side, side).data;
        let binary = '';
        for (let at = 0; at < data.length; at += 0x8000) binary += String.fromCharCode(...data.subarray(at, at + 0x8000));
        return btoa(binary);
      },
      size,
    );
    const scanned = jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size);
    // The offer by reference (credential_offer_uri): a short link, so a sparse QR code.
    expect(scanned?.data).toMatch(/^openid-credential-offer:\/\/\?credential_offer_uri=/);
    const code = (await textOf(learner.page, `${cardSelector} .offer-code`)).trim();
    expect(code).toMatch(/^\d{6}$/);
    expect(await learner.page.$eval(`${cardSelector} .wallet-offer a`, (anchor) => anchor.getAttribute('href'))).toBe(scanned!.data);
    const { credentials } = await takeOffer(scanned!.data, code, await holderKey());
    expect(Object.keys(credentials).sort()).toEqual(['micro_credential_dc_sd_jwt', 'micro_credential_jwt_vc_json']);
    expect(await accessibilityViolations(learner.page)).toEqual([]);
    expect(learner.problems).toEqual([]);
  });

  it("shows how far the learner's awards go towards a qualification they stack into, without the learner listing anything", async () => {
    const token = await hub.token({ roles: ['learner'], subject: demo.learner.id });
    const { me } = (await hub.request(PagesLearnerAwardsDocument, {}, { token })).data!;
    const held = me.awards.find((award) => award.status === 'ACTIVE')!;
    const heldEntry = Object.values(demo.entries).find((entry) => entry.entryId === held.microCredential!.entryId)!;
    const heldEntries = new Set(me.awards.filter((award) => award.status === 'ACTIVE').map((award) => award.microCredential!.entryId));
    const other = Object.values(demo.entries).find((entry) => entry.provider === heldEntry.provider && !heldEntries.has(entry.entryId))
      ?? Object.values(demo.entries).find((entry) => !heldEntries.has(entry.entryId))!;
    const owner = demo.organisations[heldEntry.provider].id;
    const defined = await hub.request(
      DefineQualificationDocument,
      {
        input: {
          ownerId: owner,
          code: `KVAL-${Date.now()}`,
          kind: 'PARTIAL',
          title: { sv: 'Delkvalifikation för sidan', en: 'Partial qualification for the page' },
          components: [{ entryId: heldEntry.entryId, mandatory: true }, { entryId: other.entryId, mandatory: true }],
          requiredCount: 2,
        },
      },
      { token: await hub.token({ roles: ['provider'], organisationId: owner }) },
    );
    expect(defined.errors).toBeUndefined();

    const learner = await open('/wallet');
    await signIn(learner.page, token);
    await learner.page.waitForSelector('#progress-title');
    const cards = await learner.page.$$eval('li.progress', (list) => list.map((card) => (card as HTMLElement).innerText));
    const card = cards.find((text) => text.includes('Delkvalifikation för sidan'))!;
    expect(card).toContain('1 av 2 delar klara');
    expect(card).toContain(other.title);
    // The demo's own: Skellefteå kommun's introduction, which the demo learner's two awards make up.
    expect(cards.find((text) => text.includes('Introduktion till vård och omsorg'))).toContain('Uppfylld');
    expect(await accessibilityViolations(learner.page)).toEqual([]);
  });

  it('exports my data, and erases my account after its confirmation', async () => {
    const other = demo.shares.find((share) => share.learnerId !== demo.learner.id)!;
    const token = await hub.token({ roles: ['learner'], subject: other.learnerId });
    const learner = await open('/wallet');
    await signIn(learner.page, token);
    await learner.page.waitForSelector('#my-data-title');
    await learner.page.locator('xpath///button[text()="Ladda ner mina uppgifter"]').click();
    const exported = JSON.parse(fs.readFileSync(await downloaded(learner.downloads, /mina-uppgifter\.json$/), 'utf8'));
    expect(JSON.stringify(exported)).toContain(other.learnerId);

    expect(await learner.page.$eval('#erase-confirmation ~ button.danger', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    await paste(learner.page, '#erase-confirmation', 'ERASE');
    await learner.page.locator('#erase-confirmation ~ button.danger').click();
    await learner.page.waitForSelector('#sign-in-token');
    const after = await hub.request(PagesLearnerAwardsDocument, {}, { token });
    expect(after.data?.me?.awards.filter((award) => award.credentialJwt) ?? []).toEqual([]);
  });
});
