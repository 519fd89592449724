import type { ReportFieldsFragment } from './generated/graphql';
import { formatDate, useLanguage } from './i18n';
import { Link } from './router';

/** One verification report in plain words: the verdict, what the credential says, and each check with its reason. */
export function Report({ report, headingLevel = 2 }: { report: ReportFieldsFragment; headingLevel?: 2 | 3 }) {
  const { t, language, pick } = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const catalogueBase = language === 'en' ? '/catalogue' : '/katalog';
  return (
    <article className={`report report-${report.verdict.toLowerCase()}`} aria-label={report.title ?? t.verify.result}>
      <Heading className="verdict">
        <span className="verdict-mark" aria-hidden="true">{report.verdict === 'VALID' ? '✓' : report.verdict === 'INVALID' ? '✗' : '!'}</span>{' '}
        {t.report.verdict[report.verdict]}
        {report.title ? <span className="verdict-title">: {report.title}</span> : null}
      </Heading>
      <p className="summary">{language === 'en' ? report.summary : report.summarySv}</p>
      <p className="hint">{t.report.verdictHint[report.verdict]}</p>
      {report.learnerName || report.title ? (
        <section aria-label={t.report.says}>
          <Sub>{t.report.says}</Sub>
          <dl className="facts">
            {report.learnerName ? <><dt>{t.report.learner}</dt><dd>{report.learnerName}</dd></> : null}
            {report.title ? <><dt>{t.report.titleOf}</dt><dd>{report.title}</dd></> : null}
            <dt>{t.report.issuer}</dt>
            <dd>{report.issuer?.legalName ?? report.issuerName ?? report.issuerId}</dd>
            {report.seqfLevel ? <><dt>{t.report.level}</dt><dd>{t.report.levelValue(report.seqfLevel)}</dd></> : null}
            {report.credentialType ? <><dt>{t.report.type}</dt><dd>{t.credentialType[report.credentialType]}</dd></> : null}
            {report.issuedAt ? <><dt>{t.report.issuedAt}</dt><dd>{formatDate(report.issuedAt, language)}</dd></> : null}
            <dt>{t.report.validUntil}</dt>
            <dd>{report.validUntil ? formatDate(report.validUntil, language) : t.report.noExpiry}</dd>
            {report.skills.length ? (
              <>
                <dt>{t.report.skills}</dt>
                <dd>
                  <ul className="skills">
                    {report.skills.map((skill) => (
                      <li key={skill.uri}>{/^https?:\/\//.test(skill.uri) ? <a href={skill.uri}>{skill.name ?? skill.uri}</a> : skill.name ?? skill.uri}</li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {report.microCredential ? (
              <>
                <dt>{t.report.catalogueEntry}</dt>
                <dd><Link href={`${catalogueBase}/${report.microCredential.entryId}`}>{pick(report.microCredential.title)}</Link></dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}
      <table className="checks">
        <caption>{t.report.checks}</caption>
        <thead>
          <tr><th scope="col">{t.report.check}</th><th scope="col">{t.report.status}</th><th scope="col">{t.report.reason}</th></tr>
        </thead>
        <tbody>
          {report.checks.map((check) => (
            <tr key={check.check} className={`check-${check.status.toLowerCase()}`}>
              <th scope="row">{t.report.checkName[check.check]}</th>
              <td>{t.report.checkStatus[check.status]}</td>
              <td>{language === 'en' ? check.reason : check.reasonSv}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="verified-at">
        {t.report.verifiedAt}: <time dateTime={report.verifiedAt}>{formatDate(report.verifiedAt, language, true)}</time>.
      </p>
      {report.sources.length ? (
        <table className="sources">
          <caption>{t.report.sourcesTitle}</caption>
          <thead>
            <tr><th scope="col">{t.report.source}</th><th scope="col">{t.report.readAt}</th></tr>
          </thead>
          <tbody>
            {report.sources.map((read) => (
              <tr key={`${read.source} ${read.address}`}>
                <th scope="row">{t.report.sourceName[read.source] ?? read.source}<br /><small className="source-address">{read.address}</small></th>
                <td><time dateTime={read.readAt}>{formatDate(read.readAt, language, true)}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="hint">{t.report.sourcesNote}</p>
    </article>
  );
}

/** An error from the graph or the network, in the visitor's language. */
export function ErrorMessage({ error }: { error: { graphQLErrors?: { extensions?: Record<string, unknown> }[]; networkError?: unknown } }) {
  const { t } = useLanguage();
  const code = error.graphQLErrors?.[0]?.extensions?.code as keyof typeof t.error | undefined;
  const text = code && code in t.error ? t.error[code] : error.networkError ? t.error.network : t.error.other;
  return <p className="error" role="alert">{text}</p>;
}

/** Saves text or bytes as a file, made in the browser. */
export function download(filename: string, content: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
