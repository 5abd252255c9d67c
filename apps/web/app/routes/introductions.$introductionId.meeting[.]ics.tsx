import type { LoaderFunctionArgs } from '@remix-run/node';
import { streamFromApi } from '~/lib/stream-through.server';

/** The introduction meeting's calendar invitation (.ics), for the introduction's parties (the API decides). */
export function loader({ request, params }: LoaderFunctionArgs) {
  return streamFromApi(
    request,
    `/introductions/${encodeURIComponent(params.introductionId!)}/meeting.ics`,
    'This meeting does not exist or is not visible to you.',
  );
}
