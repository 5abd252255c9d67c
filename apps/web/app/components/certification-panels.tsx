import type { CertificationView } from '@linkage/contracts';
import { Link, useNavigation, useParams, useRouteLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { Form } from '~/components/form';
import { certificationLabel } from '~/components/profile';
import { GonePanel } from '~/components/ui';
import { VERIFICATION_LABEL } from '~/lib/format';
import type { loader as certificationsLoader } from '~/routes/_app.organisations.$orgId.certifications';

/** The certificates page, which lists them and holds the side panel each certificate route fills. */
export function certificationsPath(orgId: string): string {
  return `/organisations/${orgId}/certifications`;
}

/** One certificate's page under the list: its edit form, evidence, verification or deletion. */
export function certificationPath(
  orgId: string,
  certificationId: string,
  step: 'edit' | 'evidence' | 'verify' | 'delete',
): string {
  return `${certificationsPath(orgId)}/${certificationId}/${step}`;
}

/** What the list's loader read (the certificates, the viewer's powers, today), shared by its child routes. */
export function useCertificationsPage() {
  const page = useRouteLoaderData<typeof certificationsLoader>(
    'routes/_app.organisations.$orgId.certifications',
  );
  if (!page) throw new Error('The certificate routes render inside the certificates page.');
  return page;
}

/**
 * The side panel of one certificate route: the certificate named in the address, or a note that it
 * is gone (deleted, or no longer visible) with the way back to the list.
 */
export function CertificationPanel({
  allowed,
  children,
}: {
  /** Whether the viewer may take this step; anyone else sees the list's own side note. */
  allowed: (page: ReturnType<typeof useCertificationsPage>) => boolean;
  children: (certification: CertificationView, page: ReturnType<typeof useCertificationsPage>) => ReactNode;
}) {
  const page = useCertificationsPage();
  const { orgId, certId } = useParams();
  const certification = page.certifications.find((c) => c.id === certId);
  if (!allowed(page)) return <CertificationsSideNote isBroker={page.isBroker} />;
  if (!certification)
    return <GonePanel what="certificate" back="Back to the certificates" to={certificationsPath(orgId!)} />;
  return <>{children(certification, page)}</>;
}

/** The side of the page for someone who does not record certificates: who does what here. */
export function CertificationsSideNote({ isBroker }: { isBroker: boolean }) {
  return (
    <aside className="panel layout-split__side muted">
      {isBroker
        ? 'As a programme broker you verify a certificate by checking its number, body, scope and holder against its evidence file: choose Verify… on its row. The group’s coordinators record and edit certificates.'
        : 'The group’s coordinators record certificates.'}
    </aside>
  );
}

/**
 * The verification level a group's coordinators set themselves (self-declared or third-party
 * verified); broker-verified is a broker's, with its checklist, so it is only shown here.
 */
export function VerificationLevelForm({
  certification: c,
  isBroker,
  error,
}: {
  certification: CertificationView;
  isBroker: boolean;
  error?: string | null;
}) {
  const navigation = useNavigation();
  const { orgId } = useParams();
  const label = certificationLabel(c);
  const verifyPath = certificationPath(orgId!, c.id, 'verify');
  return (
    <Form
      method="post"
      action={verifyPath}
      className="stack-sm"
      preventScrollReset
      aria-labelledby="cert-verification-title"
    >
      <h3 id="cert-verification-title">Verification</h3>
      <input type="hidden" name="label" value={label} />
      <div className="inline-form">
        <select name="verification" aria-label={`Verification of ${label}`} defaultValue={c.verification}>
          <option value="SELF_DECLARED">{VERIFICATION_LABEL.SELF_DECLARED}</option>
          <option value="THIRD_PARTY_VERIFIED">{VERIFICATION_LABEL.THIRD_PARTY_VERIFIED}</option>
          {c.verification === 'BROKER_VERIFIED' ? (
            <option value="BROKER_VERIFIED" disabled>
              {VERIFICATION_LABEL.BROKER_VERIFIED}
            </option>
          ) : null}
        </select>
        <button
          type="submit"
          className="button button--small"
          disabled={navigation.state === 'submitting' && navigation.formAction === verifyPath}
        >
          Set level
        </button>
      </div>
      <p className="field-hint">
        Third-party verified: an accredited body audited it. Only a programme broker marks a certificate
        broker-verified
        {isBroker ? (
          <>
            , with its checklist: <Link to={verifyPath}>verify it against its evidence</Link>
          </>
        ) : null}
        .
      </p>
      {error ? (
        <p className="field-errors" role="alert">
          {error}
        </p>
      ) : null}
    </Form>
  );
}

/** The panel's heading: what is being done to which certificate, and whose it is. */
export function CertificationHeading({
  id,
  verb,
  certification: c,
}: {
  id: string;
  verb: string;
  certification: CertificationView;
}) {
  return (
    <h2 id={id}>
      {verb} {c.standard.name} <span className="muted small">· {c.holderName}</span>
    </h2>
  );
}
