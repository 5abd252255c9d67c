import type { OrganisationView } from '@linkage/contracts';
import { useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import { Badge } from '~/components/ui';
import { formatCountry, formatDate } from '~/lib/format';

/**
 * A programme officer's list of lead firms (decision 0008): a self-created lead firm sees only public
 * producer groups until verified; verifying opens the groups that show themselves to lead firms, and
 * its open needs are re-matched at once.
 */
export function LeadFirmVerification({ leadFirms }: { leadFirms: OrganisationView[] }) {
  const navigation = useNavigation();
  const waiting = leadFirms.filter((f) => !f.verified);
  const verified = leadFirms.filter((f) => f.verified);
  const busy = (id: string) =>
    navigation.state !== 'idle' && navigation.formData?.get('organisationId') === id;
  const row = (f: OrganisationView) => (
    <li key={f.id} className="verify-row">
      <span className="verify-row__name">
        <strong>{f.legalName}</strong>{' '}
        <span className="muted small">
          {formatCountry(f.country)} · joined {formatDate(f.createdAt)}
        </span>
      </span>
      {f.verified ? <Badge tone="good">✓ Verified buyer</Badge> : <Badge tone="warn">Not verified</Badge>}
      <Form method="post">
        <input type="hidden" name="intent" value={f.verified ? 'unverify' : 'verify'} />
        <input type="hidden" name="organisationId" value={f.id} />
        <button
          type="submit"
          className={`button button--small${f.verified ? '' : ' button--primary'}`}
          disabled={busy(f.id)}
        >
          {f.verified ? 'Withdraw verification' : 'Verify'}
        </button>
      </Form>
    </li>
  );
  return (
    <section aria-labelledby="verify-title" className="panel verify-panel">
      <h2 id="verify-title">Lead firms to verify</h2>
      <p className="muted small">
        A lead firm created on the platform sees only public producer groups. Verify the ones you know to be
        genuine buyers: their staff then also see groups that show themselves to lead firms only, and their
        open needs are matched again at once.
      </p>
      {waiting.length ? (
        <ul className="verify-list" aria-label="Waiting for verification">
          {waiting.map(row)}
        </ul>
      ) : (
        <p className="muted">No lead firm is waiting for verification.</p>
      )}
      {verified.length ? (
        <details className="verify-done">
          <summary>Verified lead firms ({verified.length})</summary>
          <ul className="verify-list" aria-label="Verified lead firms">
            {verified.map(row)}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
