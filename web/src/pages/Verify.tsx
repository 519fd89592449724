import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useClient } from 'urql';
import { ErrorMessage, Report } from '../components';
import { PageVerifyCredentialDocument, type ReportFieldsFragment } from '../generated/graphql';
import { useLanguage } from '../i18n';
import { navigate } from '../router';
import { QrScanner } from './QrScanner';

/** A share link (…/shares/<token>) in what was pasted or scanned, or null. */
function shareTokenIn(text: string): string | null {
  const match = /\/shares\/([A-Za-z0-9_-]{16,})\/?(?:[?#].*)?$/.exec(text.trim());
  return match ? match[1] : null;
}

/** A verify link (…/verify#credential=<vc+jwt>), as the certificate's QR code holds, or the text itself. */
function credentialIn(text: string): string {
  const trimmed = text.trim();
  const hash = /\/verify#(?:.*&)?credential=([^&]+)/.exec(trimmed);
  return hash ? decodeURIComponent(hash[1]) : trimmed;
}

export function VerifyPage() {
  const { t } = useLanguage();
  const client = useClient();
  const [text, setText] = useState('');
  const [report, setReport] = useState<ReportFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<Parameters<typeof ErrorMessage>[0]['error'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);
  const result = useRef<HTMLDivElement>(null);

  const verify = async (input: string) => {
    setReport(null);
    setProblem(null);
    setError(null);
    const token = shareTokenIn(input);
    if (token) return navigate(`/shares/${token}`);
    const credential = credentialIn(input);
    if (!credential) return setProblem(t.verify.empty);
    setBusy(true);
    const answer = await client.query(PageVerifyCredentialDocument, { credential }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    if (answer.data) setReport(answer.data.verifyCredential);
    else if (answer.error) setError(answer.error);
    result.current?.focus();
  };

  // The certificate's QR code opens /verify#credential=…: verify it at once (the fragment never reaches a server).
  useEffect(() => {
    if (window.location.hash.includes('credential=')) {
      const credential = credentialIn(window.location.href);
      setText(credential);
      void verify(credential);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const readFile = async (file: File) => {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const isPdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name) || new TextDecoder().decode(bytes.slice(0, 5)) === '%PDF-';
      if (isPdf) {
        // pdf-lib loads only when a PDF is given.
        const credential = await import('../pdf/attachment').then(({ credentialInPdf }) => credentialInPdf(bytes)).catch(() => null);
        if (!credential) {
          setReport(null);
          return setProblem(t.verify.pdfWithout);
        }
        setText(credential);
        return verify(credential);
      }
      const content = new TextDecoder().decode(bytes);
      setText(content);
      return verify(content);
    } catch {
      setProblem(t.verify.fileUnreadable);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void verify(text);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void readFile(file);
  };

  return (
    <>
      <h1>{t.verify.title}</h1>
      <p>{t.verify.intro}</p>
      <form onSubmit={onSubmit} className="verify-form" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <label htmlFor="credential">{t.verify.pasteLabel}</label>
        <textarea id="credential" name="credential" rows={6} value={text} onChange={(event) => setText(event.target.value)} spellCheck={false} />
        <button type="submit" disabled={busy}>{t.verify.submit}</button>
        <label htmlFor="credential-file">{t.verify.fileLabel}</label>
        <input
          id="credential-file"
          type="file"
          accept=".json,.jsonld,.jwt,.txt,.pdf,application/json,application/ld+json,application/jose+json,application/pdf,application/vc+jwt"
          aria-describedby="drop-hint"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
        <p id="drop-hint" className="hint">{t.verify.dropHint}</p>
      </form>
      <p>
        <button type="button" className="secondary" onClick={() => setScanning(!scanning)} aria-expanded={scanning}>
          {scanning ? t.verify.stopScan : t.verify.scan}
        </button>
      </p>
      {scanning ? (
        <QrScanner
          onResult={(value) => {
            setScanning(false);
            setText(value);
            void verify(value);
          }}
        />
      ) : null}
      <div ref={result} tabIndex={-1} aria-live="polite" aria-busy={busy} className="result" id="result">
        {busy ? <p>{t.loading}</p> : null}
        {problem ? <p className="error" role="alert">{problem}</p> : null}
        {error ? <ErrorMessage error={error} /> : null}
        {report ? <Report report={report} /> : null}
      </div>
    </>
  );
}
