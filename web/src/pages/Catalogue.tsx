import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { ErrorMessage } from '../components';
import { PageAccreditationDocument, PageCatalogueEntryDocument, PageCatalogueSearchDocument, type MicroCredentialFilter } from '../generated/graphql';
import { formatDate, useLanguage } from '../i18n';
import { Link, navigate } from '../router';

const PAGE = 20;

/** The search as the address holds it, so every search and filter has a stable URL. */
function searchOf(url: URL) {
  const params = url.searchParams;
  return {
    q: params.get('q') ?? '',
    levels: params.getAll('level').map(Number).filter((level) => Number.isInteger(level) && level >= 1 && level <= 8),
    fields: params.getAll('field').filter((field) => /^\d{2,4}$/.test(field)),
    providers: params.getAll('provider').filter((id) => /^[\w-]{1,64}$/.test(id)),
    pages: Math.min(5, Math.max(1, Number(params.get('pages')) || 1)),
  };
}

function addressOf(base: string, search: ReturnType<typeof searchOf>, language: string) {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  search.levels.forEach((level) => params.append('level', String(level)));
  search.fields.forEach((field) => params.append('field', field));
  search.providers.forEach((provider) => params.append('provider', provider));
  if (search.pages > 1) params.set('pages', String(search.pages));
  if (new URLSearchParams(window.location.search).get('lang')) params.set('lang', language);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]);

export function CataloguePage({ base, url }: { base: string; url: URL }) {
  const { t, pick, language } = useLanguage();
  const search = searchOf(url);
  const [words, setWords] = useState(search.q);
  useEffect(() => setWords(search.q), [search.q]);
  const filter: MicroCredentialFilter = {
    ...(search.levels.length ? { seqfLevels: search.levels } : {}),
    ...(search.fields.length ? { fields: search.fields } : {}),
    ...(search.providers.length ? { providerIds: search.providers } : {}),
  };
  const [{ data, error, fetching }] = useQuery({
    query: PageCatalogueSearchDocument,
    variables: { search: search.q || null, filter, first: PAGE * search.pages, after: null },
  });
  const go = (next: Partial<ReturnType<typeof searchOf>>) => navigate(addressOf(base, { ...search, pages: 1, ...next }, language));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go({ q: words.trim() });
  };
  const result = data?.microCredentials;
  // Above the catalogue's exact-count limit the counts are estimates: shown as such.
  const shown = (n: number) => (result?.facets.countsAreEstimates ? t.catalogue.countAbout(n) : String(n));
  const entryHref = (entryId: string) => `${base}/${entryId}`;
  return (
    <>
      <h1>{t.catalogue.title}</h1>
      <p>{t.catalogue.intro}</p>
      <form role="search" onSubmit={onSubmit}>
        <label htmlFor="catalogue-search">{t.catalogue.searchLabel}</label>
        <input id="catalogue-search" type="search" name="q" value={words} onChange={(event) => setWords(event.target.value)} />
        <button type="submit">{t.catalogue.search}</button>
      </form>
      {result ? (
        <div className="facets">
          <fieldset>
            <legend>{t.catalogue.facetLevel}</legend>
            {result.facets.seqfLevels.map((facet) => (
              <div key={facet.seqfLevel}>
                <input
                  type="checkbox"
                  id={`level-${facet.seqfLevel}`}
                  checked={search.levels.includes(facet.seqfLevel)}
                  onChange={() => go({ levels: toggle(search.levels, facet.seqfLevel) })}
                />
                <label htmlFor={`level-${facet.seqfLevel}`}>SeQF {facet.seqfLevel} ({shown(facet.count)})</label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.catalogue.facetField}</legend>
            {result.facets.fields.map((facet) => (
              <div key={facet.code}>
                <input type="checkbox" id={`field-${facet.code}`} checked={search.fields.includes(facet.code)} onChange={() => go({ fields: toggle(search.fields, facet.code) })} />
                <label htmlFor={`field-${facet.code}`}>{facet.name} ({shown(facet.count)})</label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t.catalogue.facetProvider}</legend>
            {result.facets.providers.map(({ provider, count }) => provider ? (
              <div key={provider.id}>
                <input
                  type="checkbox"
                  id={`provider-${provider.id}`}
                  checked={search.providers.includes(provider.id)}
                  onChange={() => go({ providers: toggle(search.providers, provider.id) })}
                />
                <label htmlFor={`provider-${provider.id}`}>{provider.legalName} ({shown(count)})</label>
              </div>
            ) : null)}
          </fieldset>
          {search.levels.length || search.fields.length || search.providers.length ? (
            <p><button type="button" className="secondary" onClick={() => go({ levels: [], fields: [], providers: [] })}>{t.catalogue.clear}</button></p>
          ) : null}
        </div>
      ) : null}
      <section aria-live="polite" aria-busy={fetching} aria-label={t.verify.result}>
        {error ? <ErrorMessage error={error} /> : null}
        {result ? <h2 id="result-count">{!result.totalCount ? t.catalogue.none : result.totalCountIsEstimate ? t.catalogue.resultsAbout(result.totalCount) : t.catalogue.results(result.totalCount)}</h2> : fetching ? <p>{t.loading}</p> : null}
        {result ? (
          <ul className="cards" aria-labelledby="result-count">
            {result.nodes.map((entry) => (
              <li key={entry.id} className="card">
                <h3><Link href={entryHref(entry.entryId)}>{pick(entry.title)}</Link></h3>
                <p>{entry.provider?.legalName ?? t.catalogue.providerUnknown} · SeQF {entry.seqfLevel} · {entry.workloadHours ? t.catalogue.hours(entry.workloadHours) : null}
                  {entry.fieldName ? ` · ${entry.fieldName}` : null}</p>
                {entry.description ? <p>{pick(entry.description)}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {result?.pageInfo.hasNextPage && search.pages < 5 ? (
          <button type="button" className="secondary" onClick={() => navigate(addressOf(base, { ...search, pages: search.pages + 1 }, language))}>{t.catalogue.more}</button>
        ) : null}
      </section>
    </>
  );
}

export function CatalogueEntryPage({ base, entryId }: { base: string; entryId: string }) {
  const { t, pick, language } = useLanguage();
  const [{ data, error, fetching }] = useQuery({ query: PageCatalogueEntryDocument, variables: { entryId, language } });
  const entry = data?.microCredential;
  const [{ data: accreditation }] = useQuery({
    query: PageAccreditationDocument,
    variables: { id: entry?.accreditationId ?? '' },
    pause: !entry?.accreditationId,
  });
  useEffect(() => {
    if (!entry) return;
    document.title = `${pick(entry.title)} – ${t.siteName}`;
    document.querySelector('meta[name="description"]')?.setAttribute('content', pick(entry.description) || pick(entry.title));
  }, [entry, pick, t]);
  if (error?.graphQLErrors?.[0]?.extensions?.code === 'NOT_FOUND') {
    return (
      <>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.catalogue.notFound}</p>
        <p><Link href={base}>{t.catalogue.backToSearch}</Link></p>
      </>
    );
  }
  if (error) return <ErrorMessage error={error} />;
  if (!entry) return <p aria-busy={fetching}>{t.loading}</p>;
  const row = (label: string, value: React.ReactNode) => (value ? <><dt>{label}</dt><dd>{value}</dd></> : null);
  const decision = accreditation?.accreditation;
  return (
    <article lang={undefined}>
      <p><Link href={base}>{t.catalogue.backToSearch}</Link></p>
      <h1>{pick(entry.title)}</h1>
      {entry.description ? <p>{pick(entry.description)}</p> : null}
      <dl className="facts">
        {row(t.catalogue.provider, !entry.provider ? t.catalogue.providerUnknown : entry.provider.website ? <a href={entry.provider.website}>{entry.provider.legalName}</a> : entry.provider.legalName)}
        {row(t.catalogue.country, !entry.provider ? null : entry.provider.country === 'SE' ? (language === 'en' ? 'Sweden' : 'Sverige') : entry.provider.country)}
        {row(t.catalogue.level, <>SeQF {entry.seqfLevel}, <a href={entry.eqfLevelUri}>EQF {entry.eqfLevel}</a></>)}
        {row(t.catalogue.type, entry.credentialType ? t.credentialType[entry.credentialType] : null)}
        {row(t.catalogue.workload, entry.workloadHours ? t.catalogue.hours(entry.workloadHours) : null)}
        {row(t.catalogue.ects, entry.ectsCredits ? String(entry.ectsCredits) : null)}
        {row(t.catalogue.field, entry.fieldName ? `${entry.fieldName} (${entry.field})` : entry.field)}
        {row(t.catalogue.language, entry.language)}
        {row(t.catalogue.assessment, entry.assessmentType ? <>{t.assessmentType[entry.assessmentType]}{entry.assessmentDescription ? `: ${pick(entry.assessmentDescription)}` : ''}</> : null)}
        {row(t.catalogue.participation, entry.participationForm ? t.participationForm[entry.participationForm] : null)}
        {row(t.catalogue.supervision, entry.supervision ? t.supervisionKind[entry.supervision] : null)}
        {row(t.catalogue.qualityAssurance, entry.qualityAssurance ? <>{t.qualityAssuranceType[entry.qualityAssurance.type]}{entry.qualityAssurance.description ? `: ${pick(entry.qualityAssurance.description)}` : ''}</> : null)}
        {row(t.catalogue.prerequisites, entry.prerequisites ? pick(entry.prerequisites) : null)}
        {row(t.catalogue.stackability, entry.stackability ? (
          <>
            {t.stackabilityKind[entry.stackability.kind]}
            {entry.stackability.description ? `: ${pick(entry.stackability.description)}` : ''}
            {entry.stackability.qualifications.length ? <> {t.catalogue.qualifications}: {entry.stackability.qualifications.map((qualification) => pick(qualification.title)).join(', ')}</> : null}
          </>
        ) : null)}
        {row(t.catalogue.accreditation, decision ? t.catalogue.accreditedBy(decision.accreditingAuthority.legalName, decision.decisionReference) : null)}
        {row(t.catalogue.issuers, entry.issuers.filter((right) => !right.withdrawnAt).map((right) => `${right.organisation?.legalName ?? t.catalogue.providerUnknown} (${t.issuingBasis[right.basis]})`).join(', '))}
        {row(t.catalogue.published, formatDate(entry.publishedAt, language))}
        {row(t.catalogue.version, String(entry.version))}
        {row(t.catalogue.code, entry.code)}
        {row(t.catalogue.furtherInformation, entry.furtherInformationUrl ? <a href={entry.furtherInformationUrl}>{pick(entry.furtherInformation) || entry.furtherInformationUrl}</a> : entry.furtherInformation ? pick(entry.furtherInformation) : null)}
      </dl>
      <h2>{t.catalogue.outcomes}</h2>
      <ul>
        {entry.learningOutcomes.map((outcome, index) => (
          <li key={index}>
            {pick(outcome.text)}
            {outcome.escoSkills.length ? (
              <ul aria-label={t.catalogue.skillsLinked}>
                {outcome.escoSkills.map((skill) => (
                  <li key={skill.uri}><a href={skill.uri}>{skill.preferredLabel ?? skill.uri}</a> <span className="hint">(ESCO)</span></li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </article>
  );
}
