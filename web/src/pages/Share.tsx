import { useQuery } from 'urql';
import { ErrorMessage, Report } from '../components';
import { PageVerifyShareDocument } from '../generated/graphql';
import { formatDate, useLanguage } from '../i18n';

/** What a learner shared by link, each credential verified live. Expired or withdrawn shares say only that. */
export function SharePage({ token }: { token: string }) {
  const { t, language } = useLanguage();
  // Every look is verified afresh, never served from a cache: a withdrawal shows at once.
  const [{ data, error, fetching }] = useQuery({ query: PageVerifyShareDocument, variables: { token }, requestPolicy: 'network-only' });
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  const share = data?.verifyShare;
  return (
    <>
      <h1>{t.share.title}</h1>
      <div aria-live="polite" aria-busy={fetching}>
        {fetching && !data ? <p>{t.loading}</p> : null}
        {code === 'NOT_FOUND' ? <p className="error" role="alert">{t.share.unknown}</p> : null}
        {code === 'BAD_USER_INPUT' ? <p className="error" role="alert">{t.share.malformed}</p> : null}
        {error && code !== 'NOT_FOUND' && code !== 'BAD_USER_INPUT' ? <ErrorMessage error={error} /> : null}
        {share?.state === 'EXPIRED' ? <p className="notice" role="status">{t.share.expired}</p> : null}
        {share?.state === 'WITHDRAWN' ? <p className="notice" role="status">{t.share.withdrawn}</p> : null}
        {share?.state === 'ACTIVE' ? (
          <>
            <dl className="facts">
              <dt>{t.share.forRecipient}</dt>
              <dd>{share.recipientLabel}</dd>
              <dt>{t.share.expires}</dt>
              <dd>{formatDate(share.expiresAt, language, true)}</dd>
            </dl>
            <p>{t.share.count(share.credentials.length)} {t.share.logged}</p>
            {share.credentials.map((report, index) => (
              <Report key={report.credentialId ?? index} report={report} />
            ))}
          </>
        ) : null}
      </div>
    </>
  );
}
