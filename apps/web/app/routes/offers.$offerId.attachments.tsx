import {
  type ActionFunctionArgs,
  type UploadHandler,
  unstable_parseMultipartFormData,
} from '@remix-run/node';
import { requireUser } from '~/lib/auth.server';
import { redirectWithNotice } from '~/lib/session.server';
import {
  EVIDENCE_MAX_BYTES,
  UploadTooLargeError,
  drain,
  multipartFileStream,
  readText,
} from '~/lib/uploads.server';

/**
 * Attaches a spec sheet or price list to an offer: the file part is streamed on to the API (which
 * checks its content and size, as for certificate evidence), then back to the page it came from.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const fields = new Map<string, string>();
  const outcome: { message: string | null } = { message: null };
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (filename === undefined) {
      fields.set(name, await readText(data, 2_000));
      return undefined;
    }
    if (name !== 'file' || !filename) {
      await drain(data);
      return undefined;
    }
    const framed = multipartFileStream('file', filename, contentType, data, EVIDENCE_MAX_BYTES);
    const result = await api.uploadOfferAttachment(params.offerId!, framed.stream, framed.contentType);
    const tooLarge = framed.bytes() > EVIDENCE_MAX_BYTES;
    await framed.rest();
    outcome.message = tooLarge
      ? `Not attached: ${new UploadTooLargeError(EVIDENCE_MAX_BYTES).message}`
      : result.ok
        ? `Attached ${filename} to your offer.`
        : `Not attached: ${result.error.fields?.file ?? result.error.message}`;
    return undefined;
  };
  await unstable_parseMultipartFormData(request, handler);
  const back = fields.get('back') ?? '/dashboard';
  // Only a path of this portal: never redirect elsewhere on a form's say-so.
  const safeBack = back.startsWith('/') && !back.startsWith('//') ? back : '/dashboard';
  return redirectWithNotice(request, safeBack, outcome.message ?? 'Choose a file to attach.');
}
