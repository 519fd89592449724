import { hubClient } from '../demo/client';
import { loadDemoData, type DemoData } from '../demo/load';
import { PageAccreditationDocument, PageCatalogueEntryDocument } from '../web/src/generated/graphql';
import { ensurePagesBuilt } from './support/browser';
import { startTestHub, type TestHub } from './support/hub';

/**
 * The catalogue as a search engine's crawler reads it: plain HTTP, no browser, no JavaScript. Each entry's stable
 * address answers with the entry in the HTML (title, description, every Annex I element, the learning outcomes with
 * their ESCO skills, provider, accreditation), its title and description in <title> and <meta>, the canonical
 * address and the other language's; the search page links every entry it finds.
 */
jest.setTimeout(180_000);

let hub: TestHub;
let demo: DemoData;
let base: string;

beforeAll(async () => {
  ensurePagesBuilt();
  hub = await startTestHub({ EID_LOCAL_PROVIDER: 'true' });
  base = new URL(hub.gatewayUrl).origin;
  demo = await loadDemoData(hubClient(hub.gatewayUrl, (caller) => hub.token(caller)));
}, 180_000);
afterAll(async () => {
  await hub?.stop();
});

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** What a reader without JavaScript sees: the text of the body, tags dropped. */
const visibleText = (html: string) =>
  decode(/<body>([\s\S]*)<\/body>/.exec(html)![1].replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const attribute = (html: string, pattern: RegExp) => {
  const match = pattern.exec(html);
  return match ? decode(match[1]) : null;
};
/** A crawler's request: HTML only, no cookies, no script run. */
const crawl = async (address: string) => {
  const response = await fetch(new URL(address, base), { headers: { accept: 'text/html', 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), etag: response.headers.get('etag'), html: await response.text() };
};

describe('the catalogue for a search engine (plain HTTP, no JavaScript)', () => {
  it("an entry's page carries the entry itself: title, description, every Annex I element, outcomes and skills, provider and accreditation", async () => {
    const jeans = Object.values(demo.entries).find((entry) => entry.title === 'Reparationssömnad jeans')!;
    const { data } = await hub.request(PageCatalogueEntryDocument, { entryId: jeans.entryId, language: 'sv' });
    const entry = data!.microCredential!;
    const decision = (await hub.request(PageAccreditationDocument, { id: entry.accreditationId! })).data!.accreditation!;

    const page = await crawl(`/katalog/${jeans.entryId}`);
    expect([page.status, page.type, page.cache]).toEqual([200, 'text/html; charset=utf-8', 'no-cache']);
    expect(attribute(page.html, /<html lang="([^"]+)"/)).toBe('sv');
    expect(attribute(page.html, /<title>([^<]*)<\/title>/)).toBe('Reparationssömnad jeans – Mikromeriter');
    expect(attribute(page.html, /<meta name="description" content="([^"]*)"/)).toBe(entry.description!.sv);
    expect(attribute(page.html, /<h1>([^<]*)<\/h1>/)).toBe('Reparationssömnad jeans');
    expect(attribute(page.html, /<link rel="canonical" href="([^"]+)"/)).toMatch(new RegExp(`^https?://[^/]+/katalog/${jeans.entryId}$`));
    expect(attribute(page.html, /<link rel="alternate" hreflang="en" href="([^"]+)"/)).toMatch(new RegExp(`/catalogue/${jeans.entryId}$`));

    const text = visibleText(page.html);
    expect(text).toContain(entry.description!.sv!);
    for (const label of ['Anordnare (utfärdande organisation)', 'Nivå', 'Studieomfattning', 'Bedömning', 'Deltagandeform', 'Kvalitetssäkring', 'Förkunskapskrav', 'Läranderesultat', 'Ackreditering', 'Får utfärdas av']) {
      expect([label, text.includes(label)]).toEqual([label, true]);
    }
    expect(text).toContain(entry.provider!.legalName);
    expect(text).toContain(`SeQF ${entry.seqfLevel}, EQF ${entry.eqfLevel}`);
    expect(text).toContain(`${entry.workloadHours} timmar`);
    expect(text).toContain(entry.prerequisites!.sv!);
    expect(text).toContain(`Ackrediterad av ${decision.accreditingAuthority.legalName} (beslut ${decision.decisionReference})`);
    expect(entry.learningOutcomes.length).toBeGreaterThan(0);
    for (const outcome of entry.learningOutcomes) expect(text).toContain(outcome.text.sv!);
    // Each ESCO skill linked to ESCO by its URI, named in the page's language.
    const skills = entry.learningOutcomes.flatMap((outcome) => outcome.escoSkills);
    expect(skills.length).toBeGreaterThan(0);
    for (const skill of skills) expect(page.html).toContain(`<a href="${skill.uri}">${skill.preferredLabel ?? skill.uri}</a>`);
    // The page's script is there to take over for a browser.
    expect(page.html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);

    // Revalidated, as every page is: the same answer again is 304.
    const again = await fetch(`${base}/katalog/${jeans.entryId}`, { headers: { 'if-none-match': page.etag! } });
    expect(again.status).toBe(304);
  });

  it('the English address answers in English, with the Swedish one as its alternate', async () => {
    const jeans = Object.values(demo.entries).find((entry) => entry.title === 'Reparationssömnad jeans')!;
    const page = await crawl(`/catalogue/${jeans.entryId}`);
    expect(page.status).toBe(200);
    expect(attribute(page.html, /<html lang="([^"]+)"/)).toBe('en');
    expect(attribute(page.html, /<title>([^<]*)<\/title>/)).toBe('Repair sewing: jeans – Micro-credentials');
    expect(attribute(page.html, /<link rel="canonical" href="([^"]+)"/)).toMatch(new RegExp(`/catalogue/${jeans.entryId}$`));
    expect(attribute(page.html, /<link rel="alternate" hreflang="sv" href="([^"]+)"/)).toMatch(new RegExp(`/katalog/${jeans.entryId}$`));
    const text = visibleText(page.html);
    for (const label of ['Provider (awarding body)', 'Learning outcomes', 'Accreditation']) expect([label, text.includes(label)]).toEqual([label, true]);
  });

  it('the search page links each entry it finds, and a crawler following a link reaches the entry; an unknown entry is 404', async () => {
    const search = await crawl('/katalog?q=s%C3%B6mnad');
    expect(search.status).toBe(200);
    const links = [...search.html.matchAll(/<h3><a href="(\/katalog\/[^"]+)">([^<]+)<\/a><\/h3>/g)].map((match) => [match[1], decode(match[2])]);
    expect(links.map(([, title]) => title).sort()).toEqual(['Reparationssömnad', 'Reparationssömnad jeans']);
    expect(visibleText(search.html)).toContain('2 mikromeriter');

    // From the catalogue's first page, following "Visa fler", a crawler finds every entry the demo published.
    const listed = new Set<string>();
    for (let address: string | null = '/katalog'; address; ) {
      const next: { html: string } = await crawl(address);
      for (const match of next.html.matchAll(/<h3><a href="\/katalog\/([^"]+)">/g)) listed.add(decodeURIComponent(match[1]));
      const more = /<a href="(\/katalog\?[^"]+)">Visa fler<\/a>/.exec(next.html);
      address = more ? decode(more[1]) : null;
    }
    for (const entry of Object.values(demo.entries)) expect([entry.title, listed.has(entry.entryId)]).toEqual([entry.title, true]);

    for (const [address, title] of links) {
      const entry = await crawl(address);
      expect([address, entry.status, attribute(entry.html, /<h1>([^<]*)<\/h1>/)]).toEqual([address, 200, title]);
    }

    for (const address of ['/katalog/00000000-0000-4000-8000-000000000000', '/katalog/no-such-entry']) {
      const missing = await crawl(address);
      expect([address, missing.status]).toEqual([address, 404]);
      expect(visibleText(missing.html)).toContain('Det finns ingen sådan mikromerit i katalogen.');
      expect(missing.html).toContain('<meta name="robots" content="noindex" />');
    }
  });
});

describe('a crawler too fast for the hub', () => {
  it('is held to the rate limit per address on the catalogue pages: 429 with Retry-After, the other pages still answer', async () => {
    const limited = await startTestHub({ RATE_LIMIT_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '3600' });
    try {
      const origin = new URL(limited.gatewayUrl).origin;
      const statuses: number[] = [];
      for (let visit = 0; visit < 4; visit += 1) statuses.push((await fetch(`${origin}/katalog?q=visit-${visit}`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await fetch(`${origin}/catalogue/00000000-0000-4000-8000-000000000000`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(`${origin}/verify`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
