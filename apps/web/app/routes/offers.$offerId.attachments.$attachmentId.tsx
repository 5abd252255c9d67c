import type { LoaderFunctionArgs } from '@remix-run/node';
import { streamFromApi } from '~/lib/stream-through.server';

/** An offer's attachment, for the buyer and the offer's groups (the API decides). */
export function loader({ request, params }: LoaderFunctionArgs) {
  const e = encodeURIComponent;
  return streamFromApi(
    request,
    `/offers/${e(params.offerId!)}/attachments/${e(params.attachmentId!)}`,
    'This file does not exist or is not visible to you.',
  );
}
