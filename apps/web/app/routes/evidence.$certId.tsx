import type { LoaderFunctionArgs } from '@remix-run/node';
import { streamFromApi } from '~/lib/stream-through.server';

/** A certificate's evidence file, for whoever may see the certificate (the API decides). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return streamFromApi(
    request,
    `/certifications/${encodeURIComponent(params.certId!)}/evidence`,
    'This evidence file does not exist or is not visible to you.',
  );
}
