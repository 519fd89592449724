import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { download, ErrorMessage } from '../components';
import { toCsv } from '../csv';
import {
  PageOccupationCoverageDocument,
  PageOccupationsDocument,
  PageStatisticsDocument,
  PageThematicFieldsDocument,
  PageTimeSeriesDocument,
  type FiguresFragment,
  type PeriodGrain,
  type StatisticsDimension,
  type StatisticsFilter,
} from '../generated/graphql';
import { useLanguage } from '../i18n';
import { SignedInBar, SignInForm, useSignedIn } from '../SignIn';

// ECharts loads only on this page.
const Chart = lazy(() => import('../Chart'));

const DIMENSIONS: StatisticsDimension[] = ['SKILL', 'SKILL_GROUP', 'SEQF_LEVEL', 'FIELD', 'ISSUER', 'REGION', 'CREDENTIAL_TYPE', 'QUALITY_ASSURANCE', 'PERIOD'];
const GRAINS: PeriodGrain[] = ['MONTH', 'QUARTER', 'YEAR'];

type Value = FiguresFragment['values'][number];

/** A dimension value in words: skills by their ESCO label in the page's language, issuers by name, and so on. */
function useValueName() {
  const { t, language } = useLanguage();
  const [{ data: fields }] = useQuery({ query: PageThematicFieldsDocument });
  const fieldNames = useMemo(() => new Map((fields?.thematicFields ?? []).map((field) => [field.code, field.name])), [fields]);
  return (value: Value): string => {
    switch (value.dimension) {
      case 'SKILL':
      case 'SKILL_GROUP':
        return (language === 'en' ? value.skill?.en ?? value.skill?.sv : value.skill?.sv ?? value.skill?.en) ?? value.value;
      case 'ISSUER':
        return value.organisation?.legalName ?? value.value;
      case 'SEQF_LEVEL':
        return `SeQF ${value.value}`;
      case 'FIELD':
        return fieldNames.has(value.value) ? `${fieldNames.get(value.value)} (${value.value})` : value.value;
      case 'CREDENTIAL_TYPE':
        return t.credentialType[value.value as keyof typeof t.credentialType] ?? value.value;
      case 'QUALITY_ASSURANCE':
        return t.qualityAssuranceType[value.value as keyof typeof t.qualityAssuranceType] ?? value.value;
      default:
        return value.value;
    }
  };
}

interface Row {
  name: string;
  /** What a CSV reader needs to join on: the URI, code or id. */
  value: string;
  awards: number | null | undefined;
  learners: number | null | undefined;
  suspendedAwards: number | null | undefined;
  suppressed: boolean;
  learnersEstimated: boolean;
}

/** A table of figures with its chart and CSV download; suppressed rows say so instead of a number. */
function FiguresTable({ id, caption, dimensionLabel, rows, minimum, kind, onPick, pickLabel }: {
  id: string;
  caption: string;
  dimensionLabel: string;
  rows: Row[];
  minimum: number;
  kind: 'bar' | 'line';
  onPick?: (row: Row) => void;
  pickLabel?: string;
}) {
  const { t } = useLanguage();
  const series = useMemo(
    () => [
      { name: t.statistics.awards, values: rows.map((row) => (row.suppressed ? null : row.awards ?? null)) },
      { name: t.statistics.learners, values: rows.map((row) => (row.suppressed ? null : row.learners ?? null)) },
    ],
    [rows, t],
  );
  const categories = useMemo(() => rows.map((row) => row.name), [rows]);
  const csv = () =>
    download(
      `${id}.csv`,
      toCsv(
        [dimensionLabel, 'value', t.statistics.awards, t.statistics.learners, t.statistics.suspended, t.statistics.suppressed],
        rows.map((row) => [row.name, row.value, row.suppressed ? null : row.awards, row.suppressed ? null : row.learners, row.suppressed ? null : row.suspendedAwards, row.suppressed ? 'true' : 'false']),
      ),
      'text/csv;charset=utf-8',
    );
  if (!rows.length) return <p>{t.statistics.none}</p>;
  return (
    <section aria-labelledby={`${id}-caption`} className="figures" id={id}>
      <Suspense fallback={<p>{t.loading}</p>}>
        <Chart kind={kind} categories={categories} series={series} label={t.statistics.chartOf(caption)} />
      </Suspense>
      <p><button type="button" className="secondary csv" onClick={csv}>{t.statistics.csv}</button></p>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{dimensionLabel}</th>
            <th scope="col">{t.statistics.awards}</th>
            <th scope="col">{t.statistics.learners}</th>
            <th scope="col">{t.statistics.suspended}</th>
            {onPick ? <th scope="col"><span className="visually-hidden">{pickLabel}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.value} className={row.suppressed ? 'suppressed' : undefined}>
              <th scope="row">{row.name}</th>
              {row.suppressed ? (
                <td colSpan={3}>{t.statistics.suppressedNote(minimum)}</td>
              ) : (
                <>
                  <td>{row.awards}</td>
                  <td>{row.learners}{row.learnersEstimated ? ` (${t.statistics.estimated})` : ''}</td>
                  <td>{row.suspendedAwards}</td>
                </>
              )}
              {onPick ? <td><button type="button" className="secondary" onClick={() => onPick(row)} aria-label={`${pickLabel}: ${row.name}`}>{pickLabel}</button></td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function TimeSeries({ dimension, value, name, grain, filter }: { dimension: StatisticsDimension; value: string; name: string; grain: PeriodGrain; filter: StatisticsFilter }) {
  const { t } = useLanguage();
  const [{ data, error }] = useQuery({ query: PageTimeSeriesDocument, variables: { dimension, value, grain, filter } });
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p>{t.loading}</p>;
  const rows: Row[] = (data.competenceTimeSeries ?? []).map((point) => ({ ...point, name: point.period, value: point.period }));
  return <FiguresTable id="time-series" caption={t.statistics.timeSeries(name)} dimensionLabel={t.statistics.dimension.PERIOD} rows={rows} minimum={5} kind="line" />;
}

function OccupationCoverage({ filter }: { filter: StatisticsFilter }) {
  const { t, language } = useLanguage();
  const [words, setWords] = useState('');
  const [search, setSearch] = useState('');
  const [occupation, setOccupation] = useState<{ uri: string; name: string } | null>(null);
  const [{ data: inLanguage }] = useQuery({ query: PageOccupationsDocument, variables: { search, language }, pause: search.length < 2 });
  // Nothing found in Swedish: ESCO may be imported in English only (as the built-in part is), so look there too.
  const [{ data: inEnglish }] = useQuery({
    query: PageOccupationsDocument,
    variables: { search, language: 'en' },
    pause: search.length < 2 || language === 'en' || !inLanguage || (inLanguage.escoOccupations?.length ?? 0) > 0,
  });
  const found = inLanguage?.escoOccupations?.length ? inLanguage : inEnglish;
  const occupationName = (candidate: { uri: string; label?: string | null; en?: string | null }) => candidate.label ?? candidate.en ?? candidate.uri;
  const [{ data, error }] = useQuery({ query: PageOccupationCoverageDocument, variables: { occupation: occupation?.uri ?? '', filter }, pause: !occupation });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(words.trim());
  };
  const rows: Row[] = (data?.occupationCoverage?.essentialSkills ?? []).map((skill) => ({ ...skill, name: skill.preferredLabel ?? skill.skill, value: skill.skill }));
  return (
    <section aria-labelledby="occupation-title">
      <h2 id="occupation-title">{t.statistics.occupation}</h2>
      <form onSubmit={onSubmit}>
        <label htmlFor="occupation-search">{t.statistics.occupationSearch}</label>
        <input id="occupation-search" type="search" value={words} onChange={(event) => setWords(event.target.value)} />
        <button type="submit">{t.catalogue.search}</button>
      </form>
      {found?.escoOccupations?.length ? (
        <>
          <label htmlFor="occupation-pick">{t.statistics.occupationPick}</label>
          <select id="occupation-pick" value={occupation?.uri ?? ''} onChange={(event) => {
            const pick = found.escoOccupations!.find((candidate) => candidate.uri === event.target.value);
            setOccupation(pick ? { uri: pick.uri, name: occupationName(pick) } : null);
          }}>
            <option value="">–</option>
            {found.escoOccupations!.map((candidate) => <option key={candidate.uri} value={candidate.uri}>{occupationName(candidate)}</option>)}
          </select>
        </>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {occupation && data ? (
        <FiguresTable id="occupation-coverage" caption={t.statistics.coverage(occupation.name)} dimensionLabel={t.statistics.essentialSkill} rows={rows} minimum={5} kind="bar" />
      ) : null}
    </section>
  );
}

function StatisticsView() {
  const { t } = useLanguage();
  const valueName = useValueName();
  const [form, setForm] = useState<{ dimension: StatisticsDimension; grain: PeriodGrain; from: string; to: string }>({ dimension: 'SKILL', grain: 'QUARTER', from: '', to: '' });
  const [asked, setAsked] = useState(form);
  const [picked, setPicked] = useState<{ value: string; name: string } | null>(null);
  const filter: StatisticsFilter = useMemo(
    () => ({
      ...(asked.from ? { from: new Date(`${asked.from}T00:00:00Z`).toISOString() } : {}),
      ...(asked.to ? { to: new Date(`${asked.to}T00:00:00Z`).toISOString() } : {}),
    }),
    [asked],
  );
  const [{ data, error, fetching }] = useQuery({ query: PageStatisticsDocument, variables: { groupBy: [asked.dimension], grain: asked.grain, filter } });
  if (error?.graphQLErrors?.[0]?.extensions?.code === 'FORBIDDEN') return <p className="error" role="alert">{t.statistics.needsAnalyst}</p>;
  // While the next grouping loads, urql still holds the previous answer: never show it under the new heading.
  const answered = data?.competenceStatistics;
  const statistics = answered?.cells.every((cell) => cell.values[0]?.dimension === asked.dimension) ? answered : undefined;
  const rows: Row[] = (statistics?.cells ?? []).map((cell) => ({ ...cell, name: valueName(cell.values[0]), value: cell.values[0].value }));
  // Periods in time order (as the graph gives them); anything else biggest first, protected groups last.
  if (asked.dimension !== 'PERIOD') rows.sort((a, b) => Number(a.suppressed) - Number(b.suppressed) || (b.learners ?? 0) - (a.learners ?? 0) || a.name.localeCompare(b.name));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setPicked(null);
    setAsked(form);
  };
  const dimensionLabel = t.statistics.dimension[asked.dimension];
  return (
    <>
      <form onSubmit={onSubmit} className="facets">
        <div>
          <label htmlFor="group-by">{t.statistics.groupBy}</label>
          <select id="group-by" value={form.dimension} onChange={(event) => setForm({ ...form, dimension: event.target.value as StatisticsDimension })}>
            {DIMENSIONS.map((dimension) => <option key={dimension} value={dimension}>{t.statistics.dimension[dimension]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="grain">{t.statistics.grain}</label>
          <select id="grain" value={form.grain} onChange={(event) => setForm({ ...form, grain: event.target.value as PeriodGrain })}>
            {GRAINS.map((grain) => <option key={grain} value={grain}>{t.statistics.grainName[grain]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="from">{t.statistics.from}</label>
          <input id="from" type="date" value={form.from} onChange={(event) => setForm({ ...form, from: event.target.value })} />
        </div>
        <div>
          <label htmlFor="to">{t.statistics.to}</label>
          <input id="to" type="date" value={form.to} onChange={(event) => setForm({ ...form, to: event.target.value })} />
        </div>
        <div><button type="submit">{t.statistics.show}</button></div>
      </form>
      <div aria-live="polite" aria-busy={fetching}>
        {error ? <ErrorMessage error={error} /> : null}
        {statistics ? (
          <>
            <p>
              {t.statistics.total}:{' '}
              {statistics.total.suppressed ? t.statistics.suppressedNote(statistics.minimumLearners) : `${statistics.total.awards} ${t.statistics.awards.toLowerCase()}, ${statistics.total.learners} ${t.statistics.learners.toLowerCase()}`}
            </p>
            <FiguresTable
              id={`statistics-${asked.dimension.toLowerCase()}`}
              caption={dimensionLabel}
              dimensionLabel={dimensionLabel}
              rows={rows}
              minimum={statistics.minimumLearners}
              kind={asked.dimension === 'PERIOD' ? 'line' : 'bar'}
              onPick={asked.dimension === 'PERIOD' ? undefined : (row) => setPicked({ value: row.value, name: row.name })}
              pickLabel={t.statistics.overTime}
            />
          </>
        ) : fetching ? <p>{t.loading}</p> : null}
      </div>
      {picked ? <TimeSeries dimension={asked.dimension} value={picked.value} name={picked.name} grain={asked.grain} filter={filter} /> : null}
      <OccupationCoverage filter={filter} />
    </>
  );
}

export function StatisticsPage() {
  const { t } = useLanguage();
  const token = useSignedIn();
  return (
    <>
      <h1>{t.statistics.title}</h1>
      <p>{t.statistics.intro}</p>
      {token ? (
        <>
          <SignedInBar token={token} />
          <StatisticsView key={token} />
        </>
      ) : (
        <>
          <p>{t.statistics.needsAnalyst}</p>
          <SignInForm />
        </>
      )}
    </>
  );
}
