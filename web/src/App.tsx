import { useEffect, type ReactNode } from 'react';
import { useLanguage } from './i18n';
import { Link, useLocation } from './router';
import { SharePage } from './pages/Share';
import { VerifyPage } from './pages/Verify';
import { CatalogueEntryPage, CataloguePage } from './pages/Catalogue';
import { StatisticsPage } from './pages/Statistics';
import { WalletPage } from './pages/Wallet';

/** Which page an address shows; the gateway serves the same addresses (web/routes.ts). */
function pageFor(path: string, url: URL): { key: string; page: ReactNode } {
  const share = /^\/shares\/([^/]+)\/?$/.exec(path);
  if (share) return { key: 'share', page: <SharePage token={decodeURIComponent(share[1])} /> };
  if (path === '/verify' || path === '/verify/') return { key: 'verify', page: <VerifyPage /> };
  if (path === '/wallet' || path === '/wallet/') return { key: 'wallet', page: <WalletPage /> };
  if (path === '/statistics' || path === '/statistics/') return { key: 'statistics', page: <StatisticsPage /> };
  const catalogue = /^\/(katalog|catalogue)\/?$/.exec(path);
  if (catalogue) return { key: 'catalogue', page: <CataloguePage base={`/${catalogue[1]}`} url={url} /> };
  const entry = /^\/(katalog|catalogue)\/([^/]+)\/?$/.exec(path);
  if (entry) return { key: `entry-${entry[2]}`, page: <CatalogueEntryPage key={entry[2]} base={`/${entry[1]}`} entryId={decodeURIComponent(entry[2])} /> };
  return { key: 'not-found', page: <NotFound /> };
}

function NotFound() {
  const { t } = useLanguage();
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
    </>
  );
}

export function App() {
  const { t, setLanguage, language } = useLanguage();
  const location = useLocation();
  const { key, page } = pageFor(location.pathname, location);
  const catalogue = language === 'en' ? '/catalogue' : '/katalog';
  useEffect(() => {
    document.title = `${t.siteName}`;
  }, [key, t]);
  const current = (prefix: string) => (location.pathname.startsWith(prefix) ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href="#main">{t.skipToContent}</a>
      <header className="site-header">
        <Link href="/verify" className="site-name">{t.siteName}</Link>
        <nav aria-label={t.nav.label}>
          <ul>
            <li><Link href="/verify" aria-current={current('/verify')}>{t.nav.verify}</Link></li>
            <li><Link href={catalogue} aria-current={current('/katalog') ?? current('/catalogue')}>{t.nav.catalogue}</Link></li>
            <li><Link href="/wallet" aria-current={current('/wallet')}>{t.nav.wallet}</Link></li>
            <li><Link href="/statistics" aria-current={current('/statistics')}>{t.nav.statistics}</Link></li>
          </ul>
        </nav>
        <button type="button" className="language" lang={t.switchLanguageLang} onClick={() => setLanguage(language === 'en' ? 'sv' : 'en')}>
          {t.switchLanguage}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <footer className="site-footer"><p>{t.footer}</p></footer>
    </>
  );
}
