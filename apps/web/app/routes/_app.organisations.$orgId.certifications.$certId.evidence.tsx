import {
  type ActionFunctionArgs,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from '@remix-run/node';
import { Link, useActionData, useNavigation, useParams } from '@remix-run/react';
import {
  CertificationHeading,
  CertificationPanel,
  certificationsPath,
} from '~/components/certification-panels';
import { Form } from '~/components/form';
import { RoutePanel } from '~/components/ui';
import { SubmitButton } from '~/components/forms';
import { requireUser } from '~/lib/auth.server';
import { streamEvidence } from '~/lib/evidence.server';
import { redirectWithNotice } from '~/lib/session.server';
import { drain, readText } from '~/lib/uploads.server';

/**
 * One intent: upload (or replace) a certificate's evidence file. The file's bytes are streamed on to
 * the API as they arrive, never held whole in the portal.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    throw new Response('Send the evidence file as multipart/form-data.', { status: 415 });
  }
  const upload = { sent: false, error: null as string | null };
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (filename === undefined) return readText(data, 10_000);
    if (name !== 'evidence' || !filename || upload.sent) {
      await drain(data);
      return undefined;
    }
    upload.sent = true;
    upload.error = await streamEvidence(api, params.certId!, { filename, contentType, data });
    return undefined;
  };
  await unstable_parseMultipartFormData(request, handler);
  if (!upload.sent) return { error: 'Choose a file to upload.' };
  if (upload.error) return { error: upload.error };
  return redirectWithNotice(request, certificationsPath(params.orgId!), 'Evidence uploaded.');
}

/**
 * Opened from a row's "Upload file" (or after a refused file): the certificate's evidence, and the
 * form to send a new file.
 */
export default function CertificationEvidence() {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  return (
    <CertificationPanel allowed={(page) => page.canManage}>
      {(c, page) => (
        <RoutePanel labelledBy="evidence-title">
          <CertificationHeading id="evidence-title" verb="Evidence for" certification={c} />
          <p>
            {c.evidence ? (
              <>
                Now:{' '}
                <a href={`/evidence/${c.id}`} target="_blank" rel="noreferrer">
                  {c.evidence.fileName}
                </a>
                . A new file replaces it.
              </>
            ) : (
              'No evidence file yet: a broker checks the certificate against it before verifying it.'
            )}
          </p>
          <Form method="post" encType="multipart/form-data" className="stack" preventScrollReset>
            <div className="field">
              <label htmlFor="evidence-upload">Evidence file</label>
              <p className="field-hint" id="evidence-upload-hint">
                The certificate as PDF, PNG or JPEG, up to {page.maxMb} MB.
              </p>
              <input
                id="evidence-upload"
                type="file"
                name="evidence"
                accept="application/pdf,image/png,image/jpeg"
                required
                aria-describedby="evidence-upload-hint"
                aria-invalid={data?.error ? true : undefined}
              />
              {data?.error ? (
                <span className="field-errors" role="alert">
                  {data.error}
                </span>
              ) : null}
            </div>
            <div className="button-row">
              <SubmitButton pending={navigation.state === 'submitting'}>Upload</SubmitButton>
              <Link to={certificationsPath(orgId!)} className="button">
                Cancel
              </Link>
            </div>
          </Form>
        </RoutePanel>
      )}
    </CertificationPanel>
  );
}
