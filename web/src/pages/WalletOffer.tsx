import { useState } from 'react';
import { useMutation } from 'urql';
import { ErrorMessage } from '../components';
import { PageCreateCredentialOfferDocument, type PageCreateCredentialOfferMutation } from '../generated/graphql';
import { useLanguage } from '../i18n';

type Offer = PageCreateCredentialOfferMutation['createCredentialOffer'];

/**
 * An award into a wallet (OpenID4VCI): the offer's QR code for a wallet on another device, the
 * openid-credential-offer:// link for one on this device, and the transaction code the wallet asks for.
 */
export function WalletOffer({ awardId }: { awardId: string }) {
  const { t, language } = useLanguage();
  const [{ fetching, error }, createOffer] = useMutation(PageCreateCredentialOfferDocument);
  const [offer, setOffer] = useState<Offer | null>(null);
  const headingId = `offer-${awardId}`;
  const make = async () => {
    const result = await createOffer({ awardId });
    if (result.data) setOffer(result.data.createCredentialOffer);
  };
  return (
    <div className="wallet-offer">
      <button type="button" className="secondary" disabled={fetching} onClick={() => void make()}>{t.wallet.offerButton}</button>
      {error ? <ErrorMessage error={error} /> : null}
      {offer ? (
        <section aria-labelledby={headingId} aria-live="polite">
          <h4 id={headingId}>{t.wallet.offerTitle}</h4>
          <p>{t.wallet.offerIntro}</p>
          <img className="offer-qr" width={300} height={300} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(offer.qrCodeSvg)}`} alt={t.wallet.offerQrAlt} />
          <p>
            {t.wallet.offerCode}: <strong className="offer-code">{offer.transactionCode}</strong>
          </p>
          <p>{t.wallet.offerExpires(new Date(offer.expiresAt).toLocaleTimeString(language === 'en' ? 'en-GB' : 'sv-SE', { hour: '2-digit', minute: '2-digit' }))}</p>
          <p>
            <a href={offer.offerByReferenceUri}>{t.wallet.offerLink}</a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
