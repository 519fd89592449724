import { IssueAwardDocument } from './generated/graphql';
import { DEMO_LEARNER_SERIAL, demoLearner } from '../demo/data';
import { accessibilityViolations, ensurePagesBuilt, launchBrowser, paste, textOf, type TestBrowser } from './support/browser';
import { startTestHub, type TestHub } from './support/hub';
import { accreditedWorld, must } from './support/world';

// A browser on a loaded machine: each test may take its time (nothing here is timed).
jest.setTimeout(180_000);

/**
 * "Logga in med e-legitimation" on /wallet in a real browser (headless Chromium), through the local OpenID
 * Provider's login page and back: the awards issued to the demo learner's personnummer before, sign-out, a
 * refused sign-in explained, English one click away, and axe-core on every page on the way.
 */
let hub: TestHub;
let browser: TestBrowser;
let base: string;
const person = demoLearner(DEMO_LEARNER_SERIAL);
const titles: string[] = [];

beforeAll(async () => {
  ensurePagesBuilt();
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true' });
  base = new URL(hub.gatewayUrl).origin;
  const world = await accreditedWorld(hub);
  for (const key of ['pages-sign-in-1', 'pages-sign-in-2']) {
    const input = {
      issuerId: world.provider.id,
      microCredentialId: world.entryId,
      learner: { personalNumber: person.personalNumber, name: person.name, email: person.email },
      issuedOn: new Date().toISOString().slice(0, 10),
      idempotencyKey: key,
    };
    titles.push((await must(hub.request(IssueAwardDocument, { input }, { token: world.provider.token }))).issueAward.title);
  }
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

async function open(address: string) {
  const { page } = await browser.context();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  const response = await page.goto(`${base}${address}`, { waitUntil: 'networkidle0' });
  expect(response?.status()).toBe(200);
  return { page, problems };
}

describe('sign in with e-ID on /wallet, in a real browser', () => {
  it('signs the demo learner in through the local provider, shows their awards, and signs out', async () => {
    const { page, problems } = await open('/wallet');
    const button = 'xpath///button[normalize-space(text())="Logga in med e-legitimation"]';
    await page.waitForSelector(button);
    expect(await accessibilityViolations(page)).toEqual([]);

    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.locator(button).click()]);
    // The provider's login page: the test people, the demo learner first and chosen.
    expect(new URL(page.url()).pathname).toMatch(/^\/local-eid\/interaction\//);
    expect(await textOf(page, 'h1')).toContain('Logga in med e-legitimation');
    expect(await textOf(page)).toContain(person.personalNumber);
    expect(await page.$eval('input[name=person]:checked', (input) => (input as HTMLInputElement).value)).toBe(`demo-${DEMO_LEARNER_SERIAL}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.locator('form button[type=submit]').click()]);

    // Back on the wallet, signed in: the awards issued to the personnummer before this first sign-in.
    expect(new URL(page.url()).pathname).toBe('/wallet');
    await page.waitForSelector('li[aria-labelledby^="award-"] h3');
    const shown = await page.$$eval('li[aria-labelledby^="award-"] h3', (headings) => headings.map((heading) => heading.textContent));
    expect(shown).toEqual(titles);
    const text = await textOf(page);
    expect(text).toContain(`Inloggad som ${person.name}.`);
    expect(text).toContain('Inloggad med e-legitimation');
    // The session cookie is out of the page's reach.
    expect(await page.evaluate(() => document.cookie)).not.toContain('hub_session');
    expect(await accessibilityViolations(page)).toEqual([]);

    // English, one click away.
    await page.locator('button.language').click();
    await page.waitForSelector('xpath///button[normalize-space(text())="Sign out"]');
    expect(await textOf(page)).toContain(`Signed in as ${person.name}.`);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Sign out: the hub ends the session; a reload is signed out too.
    await page.locator('xpath///button[normalize-space(text())="Sign out"]').click();
    await page.waitForSelector('xpath///button[normalize-space(text())="Sign in with e-ID"]');
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForSelector('xpath///button[normalize-space(text())="Sign in with e-ID"]');
    const session = await page.evaluate(() => fetch('/sign-in/session').then((response) => response.json()));
    expect(session).toMatchObject({ signedIn: false });
    expect(problems).toEqual([]);
  });

  it('says in words why a sign-in was refused (a personnummer that fails validation), and creates nothing', async () => {
    const before = (await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from learner'))[0].n;
    const { page } = await open('/wallet');
    const button = 'xpath///button[normalize-space(text())="Logga in med e-legitimation"]';
    await page.waitForSelector(button);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.locator(button).click()]);
    await paste(page, '#personal-number', '19900101-0000');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.locator('form button[type=submit]').click()]);
    expect(new URL(page.url()).searchParams.get('sign-in-error')).toBe('PERSONAL_NUMBER_INVALID');
    await page.waitForSelector('[role=alert]');
    expect(await textOf(page, '[role=alert]')).toContain('Personnumret från e-legitimationen är inte giltigt');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect((await hub.hub.subgraphs.awards.db.query('select count(*)::int as n from learner'))[0].n).toBe(before);
  });
});
