import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  PageAccreditationDocument,
  PageCatalogueEntryDocument,
  PageCatalogueSearchDocument,
  type MicroCredentialFilter,
  type PageCatalogueEntryQuery,
} from '../web/src/generated/graphql';
import { en, sv, type Messages } from '../web/src/messages';

/**
 * The catalogue's pages as HTML a search engine (or any reader without JavaScript) can read: the entry's title,
 * description, every Annex I element, its learning outcomes with their ESCO skills, provider and accreditation, and
 * the search result's links to each entry. Made from the same public operations the page itself sends
 * (web/operations/catalogue.graphql), run by the gateway as the anonymous caller; the page's script then takes over.
 */

/** Runs one operation of the public graph as the anonymous caller. */
export type RunOperation = <Result, Variables>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
) => Promise<{ data?: Result | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

export interface Prerendered {
  status: number;
  language: 'sv' | 'en';
  title: string;
  description: string;
  /** Extra elements for <head> (canonical address, the other language's address). */
  head: string;
  /** What goes inside <div id="root">, replaced by the page's script when it starts. */
  body: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
/** Only web addresses become links (never javascript: or data:). */
const safeHref = (address: string | null | undefined) => (address && /^https?:\/\//i.test(address) ? escapeHtml(address) : null);

type Language = 'sv' | 'en';
type Text = { sv?: string | null; en?: string | null } | null | undefined;
const pickIn = (language: Language) => (text: Text) => (language === 'en' ? text?.en || text?.sv : text?.sv || text?.en) ?? '';

/** The page's language: ?lang= when given, else the address's (English under /catalogue). */
export function languageOf(path: string, lang: unknown): Language {
  if (lang === 'en' || lang === 'sv') return lang;
  return path.startsWith('/catalogue') ? 'en' : 'sv';
}

const formatDate = (value: string | null | undefined, language: Language) => {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' }).format(date);
};

/** The header as the page shows it, so a reader without the script can still move between the pages. */
function siteHeader(t: Messages, language: Language) {
  const catalogue = language === 'en' ? '/catalogue' : '/katalog';
  return (
    `<header class="site-header"><a href="/verify" class="site-name">${escapeHtml(t.siteName)}</a>` +
    `<nav aria-label="${escapeHtml(t.nav.label)}"><ul>` +
    `<li><a href="/verify">${escapeHtml(t.nav.verify)}</a></li>` +
    `<li><a href="${catalogue}" aria-current="page">${escapeHtml(t.nav.catalogue)}</a></li>` +
    `<li><a href="/wallet">${escapeHtml(t.nav.wallet)}</a></li>` +
    `<li><a href="/statistics">${escapeHtml(t.nav.statistics)}</a></li>` +
    `</ul></nav></header>`
  );
}
const page = (t: Messages, language: Language, main: string) =>
  `${siteHeader(t, language)}<main id="main" tabindex="-1">${main}</main><footer class="site-footer"><p>${escapeHtml(t.footer)}</p></footer>`;

type Entry = NonNullable<PageCatalogueEntryQuery['microCredential']>;

function entryArticle(entry: Entry, accreditation: { authority: string; reference: string } | null, base: string, language: Language): string {
  const t = language === 'en' ? en : sv;
  const pick = pickIn(language);
  const rows: string[] = [];
  const row = (label: string, value: string | null | undefined) => {
    if (value) rows.push(`<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`);
  };
  const text = (value: string | null | undefined) => (value ? escapeHtml(value) : null);
  const provider = entry.provider;
  const website = safeHref(provider?.website);
  row(t.catalogue.provider, !provider ? text(t.catalogue.providerUnknown) : website ? `<a href="${website}">${escapeHtml(provider.legalName)}</a>` : escapeHtml(provider.legalName));
  row(t.catalogue.country, !provider ? null : provider.country === 'SE' ? (language === 'en' ? 'Sweden' : 'Sverige') : text(provider.country));
  const eqf = safeHref(entry.eqfLevelUri);
  row(t.catalogue.level, `SeQF ${entry.seqfLevel}, ${eqf ? `<a href="${eqf}">EQF ${entry.eqfLevel}</a>` : `EQF ${entry.eqfLevel}`}`);
  row(t.catalogue.type, entry.credentialType ? text(t.credentialType[entry.credentialType]) : null);
  row(t.catalogue.workload, entry.workloadHours ? text(t.catalogue.hours(entry.workloadHours)) : null);
  row(t.catalogue.ects, entry.ectsCredits ? String(entry.ectsCredits) : null);
  row(t.catalogue.field, entry.fieldName ? text(`${entry.fieldName} (${entry.field})`) : text(entry.field));
  row(t.catalogue.language, text(entry.language));
  row(
    t.catalogue.assessment,
    entry.assessmentType ? text(`${t.assessmentType[entry.assessmentType]}${entry.assessmentDescription ? `: ${pick(entry.assessmentDescription)}` : ''}`) : null,
  );
  row(t.catalogue.participation, entry.participationForm ? text(t.participationForm[entry.participationForm]) : null);
  row(t.catalogue.supervision, entry.supervision ? text(t.supervisionKind[entry.supervision]) : null);
  row(
    t.catalogue.qualityAssurance,
    entry.qualityAssurance
      ? text(`${t.qualityAssuranceType[entry.qualityAssurance.type]}${entry.qualityAssurance.description ? `: ${pick(entry.qualityAssurance.description)}` : ''}`)
      : null,
  );
  row(t.catalogue.prerequisites, entry.prerequisites ? text(pick(entry.prerequisites)) : null);
  if (entry.stackability) {
    const qualifications = entry.stackability.qualifications.map((qualification) => pick(qualification.title)).join(', ');
    row(
      t.catalogue.stackability,
      text(
        `${t.stackabilityKind[entry.stackability.kind]}${entry.stackability.description ? `: ${pick(entry.stackability.description)}` : ''}` +
          (qualifications ? ` ${t.catalogue.qualifications}: ${qualifications}` : ''),
      ),
    );
  }
  row(t.catalogue.accreditation, accreditation ? text(t.catalogue.accreditedBy(accreditation.authority, accreditation.reference)) : null);
  row(
    t.catalogue.issuers,
    text(
      entry.issuers
        .filter((right) => !right.withdrawnAt)
        .map((right) => `${right.organisation?.legalName ?? t.catalogue.providerUnknown} (${t.issuingBasis[right.basis]})`)
        .join(', '),
    ),
  );
  row(t.catalogue.published, text(formatDate(entry.publishedAt, language)));
  row(t.catalogue.version, String(entry.version));
  row(t.catalogue.code, text(entry.code));
  const further = safeHref(entry.furtherInformationUrl);
  row(
    t.catalogue.furtherInformation,
    further ? `<a href="${further}">${escapeHtml(pick(entry.furtherInformation) || entry.furtherInformationUrl!)}</a>` : entry.furtherInformation ? text(pick(entry.furtherInformation)) : null,
  );
  const outcomes = entry.learningOutcomes
    .map((outcome) => {
      const skills = outcome.escoSkills
        .map((skill) => {
          const href = safeHref(skill.uri);
          const label = escapeHtml(skill.preferredLabel ?? skill.uri);
          return `<li>${href ? `<a href="${href}">${label}</a>` : label} <span class="hint">(ESCO)</span></li>`;
        })
        .join('');
      return `<li>${escapeHtml(pick(outcome.text))}${skills ? `<ul aria-label="${escapeHtml(t.catalogue.skillsLinked)}">${skills}</ul>` : ''}</li>`;
    })
    .join('');
  return (
    `<article><p><a href="${base}">${escapeHtml(t.catalogue.backToSearch)}</a></p>` +
    `<h1>${escapeHtml(pick(entry.title))}</h1>` +
    (entry.description ? `<p>${escapeHtml(pick(entry.description))}</p>` : '') +
    `<dl class="facts">${rows.join('')}</dl>` +
    `<h2>${escapeHtml(t.catalogue.outcomes)}</h2><ul>${outcomes}</ul></article>`
  );
}

/**
 * An entry's page (/katalog/<entryId>, /catalogue/<entryId>): null when the graph cannot answer now (the page's
 * script then shows why), 404 with a page saying so when there is no such entry.
 */
export async function prerenderEntry(run: RunOperation, options: { path: string; entryId: string; lang?: unknown; publicUrl: string }): Promise<Prerendered | null> {
  const language = languageOf(options.path, options.lang);
  const t = language === 'en' ? en : sv;
  const base = options.path.startsWith('/catalogue') ? '/catalogue' : '/katalog';
  const answer = await run(PageCatalogueEntryDocument, { entryId: options.entryId, language });
  const entry = answer.data?.microCredential;
  if (!entry) {
    // No such entry, or an address that cannot name one (not an entry id): 404, and not to be indexed.
    if (answer.errors?.some((error) => error.extensions?.code === 'NOT_FOUND' || error.extensions?.code === 'BAD_USER_INPUT') || (answer.data && !answer.errors?.length)) {
      const main = `<h1>${escapeHtml(t.notFoundTitle)}</h1><p>${escapeHtml(t.catalogue.notFound)}</p><p><a href="${base}">${escapeHtml(t.catalogue.backToSearch)}</a></p>`;
      return { status: 404, language, title: `${t.notFoundTitle} – ${t.siteName}`, description: t.catalogue.notFound, head: '<meta name="robots" content="noindex" />', body: page(t, language, main) };
    }
    return null;
  }
  let accreditation: { authority: string; reference: string } | null = null;
  if (entry.accreditationId) {
    const decision = (await run(PageAccreditationDocument, { id: entry.accreditationId })).data?.accreditation;
    if (decision) accreditation = { authority: decision.accreditingAuthority.legalName, reference: decision.decisionReference };
  }
  const pick = pickIn(language);
  const id = encodeURIComponent(entry.entryId);
  const swedish = `${options.publicUrl}/katalog/${id}`;
  const english = `${options.publicUrl}/catalogue/${id}`;
  const head =
    `<link rel="canonical" href="${escapeHtml(language === 'en' ? english : swedish)}" />` +
    `<link rel="alternate" hreflang="sv" href="${escapeHtml(swedish)}" />` +
    `<link rel="alternate" hreflang="en" href="${escapeHtml(english)}" />`;
  return {
    status: 200,
    language,
    title: `${pick(entry.title)} – ${t.siteName}`,
    description: pick(entry.description) || pick(entry.title),
    head,
    body: page(t, language, entryArticle(entry, accreditation, base, language)),
  };
}

const PAGE = 20;

/** The search the address holds (as web/src/pages/Catalogue.tsx reads it). */
function searchOf(query: Record<string, unknown>) {
  const all = (name: string) => ([] as unknown[]).concat(query[name] ?? []).filter((value): value is string => typeof value === 'string');
  return {
    q: typeof query.q === 'string' ? query.q : '',
    levels: all('level').map(Number).filter((level) => Number.isInteger(level) && level >= 1 && level <= 8),
    fields: all('field').filter((field) => /^\d{2,4}$/.test(field)),
    providers: all('provider').filter((id) => /^[\w-]{1,64}$/.test(id)),
    pages: Math.min(5, Math.max(1, Number(query.pages) || 1)),
  };
}

/** The catalogue's search page (/katalog, /catalogue): the result of the address's search, each entry a link to its page. */
export async function prerenderSearch(run: RunOperation, options: { path: string; query: Record<string, unknown> }): Promise<Prerendered | null> {
  const language = languageOf(options.path, options.query.lang);
  const t = language === 'en' ? en : sv;
  const pick = pickIn(language);
  const base = options.path.startsWith('/catalogue') ? '/catalogue' : '/katalog';
  const search = searchOf(options.query);
  const filter: MicroCredentialFilter = {
    ...(search.levels.length ? { seqfLevels: search.levels } : {}),
    ...(search.fields.length ? { fields: search.fields } : {}),
    ...(search.providers.length ? { providerIds: search.providers } : {}),
  };
  const answer = await run(PageCatalogueSearchDocument, { search: search.q || null, filter, first: PAGE * search.pages, after: null });
  const result = answer.data?.microCredentials;
  if (!result) return null;
  const count = !result.totalCount ? t.catalogue.none : result.totalCountIsEstimate ? t.catalogue.resultsAbout(result.totalCount) : t.catalogue.results(result.totalCount);
  const cards = result.nodes
    .map((entry) => {
      const facts = [entry.provider?.legalName ?? t.catalogue.providerUnknown, `SeQF ${entry.seqfLevel}`, entry.workloadHours ? t.catalogue.hours(entry.workloadHours) : null, entry.fieldName]
        .filter(Boolean)
        .join(' · ');
      return (
        `<li class="card"><h3><a href="${base}/${encodeURIComponent(entry.entryId)}">${escapeHtml(pick(entry.title))}</a></h3>` +
        `<p>${escapeHtml(facts)}</p>${entry.description ? `<p>${escapeHtml(pick(entry.description))}</p>` : ''}</li>`
      );
    })
    .join('');
  const more = result.pageInfo.hasNextPage && search.pages < 5;
  const next = new URLSearchParams();
  if (search.q) next.set('q', search.q);
  search.levels.forEach((level) => next.append('level', String(level)));
  search.fields.forEach((field) => next.append('field', field));
  search.providers.forEach((provider) => next.append('provider', provider));
  next.set('pages', String(search.pages + 1));
  const main =
    `<h1>${escapeHtml(t.catalogue.title)}</h1><p>${escapeHtml(t.catalogue.intro)}</p>` +
    `<form role="search" action="${base}" method="get"><label for="catalogue-search">${escapeHtml(t.catalogue.searchLabel)}</label>` +
    `<input id="catalogue-search" type="search" name="q" value="${escapeHtml(search.q)}" /><button type="submit">${escapeHtml(t.catalogue.search)}</button></form>` +
    `<section aria-label="${escapeHtml(t.verify.result)}"><h2 id="result-count">${escapeHtml(count)}</h2>` +
    `<ul class="cards" aria-labelledby="result-count">${cards}</ul>` +
    (more ? `<p><a href="${base}?${escapeHtml(next.toString())}">${escapeHtml(t.catalogue.more)}</a></p>` : '') +
    `</section>`;
  return { status: 200, language, title: `${t.catalogue.title} – ${t.siteName}`, description: t.catalogue.intro, head: '', body: page(t, language, main) };
}

/** The shell (web/dist/index.html) with a pre-rendered page in it. */
export function fillShell(shell: string, page: Prerendered): string {
  return shell
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*(")/, (_match, before: string, after: string) => `${before}${escapeHtml(page.description)}${after}`)
    .replace('</head>', () => `${page.head}</head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${page.body}</div>`);
}
