import type { OrganisationView } from '@linkage/contracts';
import { useNavigation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { Badge } from '~/components/ui';
import { useFormat } from '~/lib/use-format';

/**
 * A programme officer's list of lead firms (decision 0008): a self-created lead firm sees only public
 * producer groups until verified; verifying opens the groups that show themselves to lead firms, and
 * its open needs are re-matched at once.
 */
export function LeadFirmVerification({ leadFirms }: { leadFirms: OrganisationView[] }) {
  const navigation = useNavigation();
  const { t } = useTranslation();
  const format = useFormat();
  const waiting = leadFirms.filter((f) => !f.verified);
  const verified = leadFirms.filter((f) => f.verified);
  const busy = (id: string) =>
    navigation.state !== 'idle' && navigation.formData?.get('organisationId') === id;
  const row = (f: OrganisationView) => (
    <li key={f.id} className="verify-row">
      <span className="verify-row__name">
        <strong>{f.legalName}</strong>{' '}
        <span className="muted small">
          {format.country(f.country)} · {t('verifyFirms.joined', { date: format.date(f.createdAt) })}
        </span>
      </span>
      {f.verified ? (
        <Badge tone="good">{t('verifyFirms.verifiedBadge')}</Badge>
      ) : (
        <Badge tone="warn">{t('verifyFirms.notVerified')}</Badge>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value={f.verified ? 'unverify' : 'verify'} />
        <input type="hidden" name="organisationId" value={f.id} />
        <button
          type="submit"
          className={`button button--small${f.verified ? '' : ' button--primary'}`}
          disabled={busy(f.id)}
        >
          {f.verified ? t('verifyFirms.withdraw') : t('verifyFirms.verify')}
        </button>
      </Form>
    </li>
  );
  return (
    <section aria-labelledby="verify-title" className="panel verify-panel">
      <h2 id="verify-title">{t('verifyFirms.title')}</h2>
      <p className="muted small">{t('verifyFirms.intro')}</p>
      {waiting.length ? (
        <ul className="verify-list" aria-label={t('verifyFirms.waiting')}>
          {waiting.map(row)}
        </ul>
      ) : (
        <p className="muted">{t('verifyFirms.noneWaiting')}</p>
      )}
      {verified.length ? (
        <details className="verify-done">
          <summary>{t('verifyFirms.verifiedCount', { count: verified.length })}</summary>
          <ul className="verify-list" aria-label={t('verifyFirms.verifiedList')}>
            {verified.map(row)}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
