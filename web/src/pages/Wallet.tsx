import { useEffect, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { signOut } from '../auth';
import { download, ErrorMessage } from '../components';
import {
  PageCreateShareDocument,
  PageEuropassCredentialDocument,
  PageEraseMyAccountDocument,
  PageExportMyDataDocument,
  PageWalletDocument,
  PageWithdrawShareDocument,
  type WalletAwardFragment,
  type WalletShareFragment,
} from '../generated/graphql';
import { formatDate, useLanguage } from '../i18n';
import { EidSignIn, SessionBar, SignedInBar, useSignedIn, useWebSession } from '../SignIn';
import { WalletOffer } from './WalletOffer';

const DAY = 86_400_000;
/** The longest a share may last (the hub's limit). */
const MAX_SHARE_DAYS = 366;
const fileName = (title: string) => title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60) || 'mikromerit';
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The share a certificate's QR code and the LinkedIn link point at: for this award alone, still active. */
const certificateLabel = (award: WalletAwardFragment) => `Intyg / certificate: ${award.title}`.slice(0, 200);
const certificateShareOf = (award: WalletAwardFragment, shares: WalletShareFragment[]) =>
  shares.find((share) => share.state === 'ACTIVE' && share.recipientLabel === certificateLabel(award) && share.awards.length === 1 && share.awards[0].id === award.id);

/** LinkedIn's "add a licence or certification" link, filled in from the award. */
function linkedInUrl(award: WalletAwardFragment, certificateUrl: string) {
  const issued = new Date(award.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: award.title,
    organizationName: award.issuer?.legalName ?? '',
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: certificateUrl,
    certId: award.id,
  });
  if (award.validUntil) {
    const until = new Date(award.validUntil);
    params.set('expirationYear', String(until.getUTCFullYear()));
    params.set('expirationMonth', String(until.getUTCMonth() + 1));
  }
  return `https://www.linkedin.com/profile/add?${params}`;
}

function AwardCard({ award, shares, selected, onSelect, learnerName }: {
  award: WalletAwardFragment;
  shares: WalletShareFragment[];
  selected: boolean;
  onSelect(selected: boolean): void;
  learnerName: string;
}) {
  const { t, language, pick } = useLanguage();
  const [, createShare] = useMutation(PageCreateShareDocument);
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Parameters<typeof ErrorMessage>[0]['error'] | null>(null);
  const certificateShare = certificateShareOf(award, shares);
  const entryUrl = `${window.location.origin}/${language === 'en' ? 'catalogue' : 'katalog'}/${award.microCredential?.entryId ?? ''}`;
  const base = fileName(award.title);

  const europass = async () => {
    setBusy(true);
    setProblem(null);
    const answer = await client.query(PageEuropassCredentialDocument, { id: award.id }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const sealed = answer.data?.award?.europass;
    if (answer.error || !sealed) return setProblem(answer.error ?? null);
    download(`${base}.edc.json`, JSON.stringify(sealed.sealed, null, 2), sealed.mediaType);
  };

  const pdf = async () => {
    setBusy(true);
    setProblem(null);
    // The QR code leads to a share of this award alone, verified live whenever it is scanned (the learner sees each look).
    let share = certificateShare;
    if (!share) {
      const created = await createShare({ input: { awardIds: [award.id], recipientLabel: certificateLabel(award), expiresAt: new Date(Date.now() + MAX_SHARE_DAYS * DAY - 60_000).toISOString() } });
      if (created.error || !created.data) {
        setBusy(false);
        return setProblem(created.error ?? null);
      }
      share = created.data.createShare;
    }
    const { certificatePdf } = await import('../pdf/certificate');
    const outcomes = (award.microCredential?.learningOutcomes ?? []).map((outcome) => pick(outcome.text));
    const skills = [...new Set((award.microCredential?.learningOutcomes ?? []).flatMap((outcome) => outcome.escoSkills.map((skill) => (language === 'en' ? skill.en : skill.preferredLabel) ?? skill.uri)))];
    const bytes = await certificatePdf({
      language,
      title: award.title,
      learnerName,
      issuerName: award.issuer?.legalName ?? '',
      issuedOn: formatDate(award.issuedAt, language),
      validUntil: award.validUntil ? formatDate(award.validUntil, language) : null,
      seqfLevel: award.microCredential?.seqfLevel ?? null,
      learningOutcomes: outcomes,
      skills,
      verifyUrl: share.url,
      credentialJwt: award.credentialJwt!,
    });
    download(`${base}.pdf`, bytes as BlobPart, 'application/pdf');
    setBusy(false);
  };

  const headingId = `award-${award.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{award.title}</h3>
      <p>
        {award.issuer?.legalName ?? t.catalogue.providerUnknown} · {t.wallet.issued} {formatDate(award.issuedAt, language)}
        {award.validUntil ? ` · ${t.report.validUntil} ${formatDate(award.validUntil, language)}` : ''}
      </p>
      <p className={`status status-${award.status.toLowerCase()}`}>
        {t.wallet.status}: <strong>{t.wallet.statusName[award.status]}</strong>
        {award.statusReason ? ` (${award.statusReason})` : ''}
      </p>
      {award.credentialJwt ? (
        <div className="actions">
          <input type="checkbox" id={`select-${award.id}`} checked={selected} onChange={(event) => onSelect(event.target.checked)} />
          <label htmlFor={`select-${award.id}`} className="inline">{t.wallet.selectToShare}</label>
        </div>
      ) : null}
      {award.credentialJwt ? (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => download(`${base}.vc.jwt`, award.credentialJwt!, 'application/vc+jwt')}>{t.wallet.downloadJwt}</button>
          <button type="button" className="secondary" onClick={() => download(`${base}.json`, JSON.stringify({ id: award.id, title: award.title, issuedOn: award.issuedOn, status: award.status, credentialJwt: award.credentialJwt, credential: award.credential }, null, 2), 'application/json')}>
            {t.wallet.downloadJson}
          </button>
          {award.openBadgeJwt ? (
            <button type="button" className="secondary" onClick={() => download(`${base}.ob3.jwt`, award.openBadgeJwt!, 'application/jwt')}>{t.wallet.downloadOpenBadge}</button>
          ) : null}
          {award.credentialWithProof ? (
            <button type="button" className="secondary" onClick={() => download(`${base}.jsonld`, JSON.stringify(award.credentialWithProof, null, 2), 'application/vc+ld+json')}>{t.wallet.downloadDataIntegrity}</button>
          ) : null}
          <button type="button" className="secondary europass" disabled={busy} onClick={() => void europass()}>{t.wallet.downloadEuropass}</button>
          <button type="button" className="secondary pdf" disabled={busy} onClick={() => void pdf()}>{t.wallet.downloadPdf}</button>
          <a href={linkedInUrl(award, certificateShare?.url ?? entryUrl)} target="_blank" rel="noopener noreferrer">{t.wallet.linkedIn}</a>
        </div>
      ) : null}
      {award.credentialJwt && award.status !== 'REVOKED' ? <WalletOffer awardId={award.id} /> : null}
      {problem ? <ErrorMessage error={problem} /> : null}
    </li>
  );
}

function ShareForm({ awardIds, onDone }: { awardIds: string[]; onDone(): void }) {
  const { t } = useLanguage();
  const [recipient, setRecipient] = useState('');
  const [until, setUntil] = useState(isoDate(new Date(Date.now() + 30 * DAY)));
  const [{ fetching, error }, createShare] = useMutation(PageCreateShareDocument);
  const [made, setMade] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await createShare({ input: { awardIds, recipientLabel: recipient.trim(), expiresAt: new Date(`${until}T23:59:59Z`).toISOString() } });
    if (result.data) {
      setMade(result.data.createShare.url);
      setRecipient('');
      onDone();
    }
  };
  return (
    <section aria-labelledby="share-title" className="card">
      <h2 id="share-title">{t.wallet.shareTitle}</h2>
      <p>{awardIds.length ? t.wallet.shareChosen(awardIds.length) : t.wallet.shareChooseFirst}</p>
      <form onSubmit={onSubmit}>
        <label htmlFor="share-recipient">{t.wallet.recipient}</label>
        <input id="share-recipient" type="text" required maxLength={200} value={recipient} onChange={(event) => setRecipient(event.target.value)} aria-describedby="share-recipient-hint" />
        <p id="share-recipient-hint" className="hint">{t.wallet.recipientHint}</p>
        <label htmlFor="share-until">{t.wallet.until}</label>
        <input id="share-until" type="date" required value={until} min={isoDate(new Date(Date.now() + DAY))} max={isoDate(new Date(Date.now() + (MAX_SHARE_DAYS - 1) * DAY))} onChange={(event) => setUntil(event.target.value)} />
        <button type="submit" disabled={!awardIds.length || fetching}>{t.wallet.share}</button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {made ? (
        <p role="status" className="notice">
          {t.wallet.shareMade} <a href={made} className="share-link">{made}</a>
        </p>
      ) : null}
    </section>
  );
}

function Shares({ shares }: { shares: WalletShareFragment[] }) {
  const { t, language } = useLanguage();
  const [, withdraw] = useMutation(PageWithdrawShareDocument);
  if (!shares.length) return <p>{t.wallet.noShares}</p>;
  return (
    <ul className="cards shares">
      {shares.map((share) => (
        <li key={share.id} className="card share" aria-labelledby={`share-${share.id}`}>
          <h3 id={`share-${share.id}`}>{share.recipientLabel}</h3>
          <p>
            <strong className={`state state-${share.state.toLowerCase()}`}>{t.wallet.shareState[share.state]}</strong>
            {' · '}{t.wallet.until} {formatDate(share.expiresAt, language, true)}
          </p>
          <p>{share.awards.map((award) => award.title).join(', ')}</p>
          {share.state === 'ACTIVE' ? <p><a href={share.url}>{share.url}</a></p> : null}
          {share.openings.length ? (
          <table>
            <caption>{t.wallet.openings(share.openings.length)}</caption>
            <thead><tr><th scope="col">{t.wallet.when}</th><th scope="col">{t.wallet.what}</th><th scope="col">{t.wallet.saw}</th></tr></thead>
            <tbody>
              {share.openings.map((opening, index) => (
                <tr key={index}>
                  <td>{formatDate(opening.openedAt, language, true)}</td>
                  <td>{t.wallet.openingKind[opening.kind]}</td>
                  <td>{t.wallet.shareState[opening.outcome]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          ) : (
            <p>{t.wallet.openings(0)}</p>
          )}
          {share.state === 'ACTIVE' ? (
            <button type="button" className="danger" onClick={() => { if (window.confirm(t.wallet.withdrawConfirm)) void withdraw({ id: share.id }); }}>
              {t.wallet.withdraw}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MyData() {
  const { t } = useLanguage();
  const [{ fetching, error }, exportMyData] = useMutation(PageExportMyDataDocument);
  const [erasing, erase] = useMutation(PageEraseMyAccountDocument);
  const [confirmation, setConfirmation] = useState('');
  const exportNow = async () => {
    const result = await exportMyData({});
    if (result.data) download('mina-uppgifter.json', JSON.stringify(result.data.exportMyData, null, 2), 'application/json');
  };
  const eraseNow = async (event: FormEvent) => {
    event.preventDefault();
    const result = await erase({ confirmation });
    if (result.data) {
      window.alert(t.wallet.erased(result.data.eraseMyAccount.awardsAnonymised, result.data.eraseMyAccount.sharesDeleted));
      void signOut();
    }
  };
  return (
    <section aria-labelledby="my-data-title">
      <h2 id="my-data-title">{t.wallet.myData}</h2>
      <p>{t.wallet.exportIntro}</p>
      <button type="button" className="secondary" disabled={fetching} onClick={() => void exportNow()}>{t.wallet.export}</button>
      {error ? <ErrorMessage error={error} /> : null}
      <h3>{t.wallet.eraseTitle}</h3>
      <p>{t.wallet.eraseIntro}</p>
      <form onSubmit={eraseNow}>
        <label htmlFor="erase-confirmation">{t.wallet.eraseConfirm}</label>
        <input id="erase-confirmation" type="text" autoComplete="off" value={confirmation} onChange={(event) => setConfirmation(event.target.value)} />
        <button type="submit" className="danger" disabled={confirmation !== 'ERASE' || erasing.fetching}>{t.wallet.erase}</button>
      </form>
      {erasing.error ? <ErrorMessage error={erasing.error} /> : null}
    </section>
  );
}

type ProgressList = NonNullable<NonNullable<import('../generated/graphql').PageWalletQuery['me']>['qualificationProgress']>;

/** How far the learner's awards go towards the qualifications they stack into, as the graph counts it. */
function Progress({ progress }: { progress: ProgressList | null | undefined }) {
  const { t, pick } = useLanguage();
  if (progress === null) return <p className="notice">{t.error.PEER_UNAVAILABLE}</p>;
  if (!progress?.length) return null;
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{t.wallet.progressTitle}</h2>
      <ul className="cards">
        {progress.map((standing) => {
          // Null only while the catalogue cannot answer.
          const { qualification } = standing;
          if (!qualification) return null;
          const missing = new Set(standing.missingMandatory);
          return (
            <li key={qualification.id} className="card progress">
              <h3>{pick(qualification.title)}</h3>
              <p>{t.wallet.qualificationKind[qualification.kind]}</p>
              <p>
                <strong>{standing.complete ? t.wallet.complete : t.wallet.partly(standing.counted, standing.requiredCount)}</strong>
              </p>
              <progress max={standing.requiredCount} value={Math.min(standing.counted, standing.requiredCount)} aria-label={t.wallet.partly(standing.counted, standing.requiredCount)} />
              {missing.size ? (
                <p>
                  {t.wallet.missing}:{' '}
                  {qualification.components
                    .filter((component) => missing.has(component.entryId))
                    .map((component) => (component.microCredential ? pick(component.microCredential.title) : component.entryId))
                    .join(', ')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function WalletView() {
  const { t } = useLanguage();
  const [{ data, error, fetching }, refresh] = useQuery({ query: PageWalletDocument, requestPolicy: 'cache-and-network' });
  const [chosen, setChosen] = useState<string[]>([]);
  const code = error?.graphQLErrors?.[0]?.extensions?.code ?? (error?.response as Response | undefined)?.status;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 401) {
    return (
      <>
        <p className="error" role="alert">{t.signIn.rejected}</p>
        <button type="button" onClick={() => void signOut()}>{t.signIn.signOut}</button>
      </>
    );
  }
  if (error) return <ErrorMessage error={error} />;
  if (!data?.me) return <p aria-busy={fetching}>{t.loading}</p>;
  const me = data.me;
  return (
    <>
      <p>{t.wallet.hello(me.name ?? '')}</p>
      <h2>{t.wallet.awards(me.awards.length)}</h2>
      <ul className="cards">
        {me.awards.map((award) => (
          <AwardCard
            key={award.id}
            award={award}
            shares={me.shares}
            learnerName={me.name ?? ''}
            selected={chosen.includes(award.id)}
            onSelect={(selected) => setChosen(selected ? [...chosen, award.id] : chosen.filter((id) => id !== award.id))}
          />
        ))}
      </ul>
      <Progress progress={me.qualificationProgress} />
      <ShareForm awardIds={chosen} onDone={() => { setChosen([]); refresh({ requestPolicy: 'network-only' }); }} />
      <section aria-labelledby="shares-title">
        <h2 id="shares-title">{t.wallet.sharesTitle}</h2>
        <p><button type="button" className="secondary refresh" onClick={() => refresh({ requestPolicy: 'network-only' })}>{t.wallet.refresh}</button></p>
        <Shares shares={me.shares} />
      </section>
      <MyData />
    </>
  );
}

/**
 * The learner's own page: their awards, downloads, shares and their data. Signed in with e-ID (the hub's web
 * session), or with a pasted token.
 */
export function WalletPage() {
  const { t } = useLanguage();
  const token = useSignedIn();
  const session = useWebSession();
  // Signed in before on this page and not any more: the session expired (or ended elsewhere).
  const [hadSession, setHadSession] = useState(false);
  useEffect(() => {
    if (session?.signedIn) setHadSession(true);
  }, [session]);
  let body;
  if (token) {
    body = (
      <>
        <SignedInBar token={token} />
        <WalletView key={token} />
      </>
    );
  } else if (session?.signedIn) {
    body = (
      <>
        <SessionBar session={session} />
        <WalletView key={session.csrfToken} />
      </>
    );
  } else if (!session) {
    body = <p aria-busy="true">{t.loading}</p>;
  } else {
    body = <EidSignIn session={session} expired={hadSession} />;
  }
  return (
    <>
      <h1>{t.wallet.title}</h1>
      <p>{t.wallet.intro}</p>
      {body}
    </>
  );
}
