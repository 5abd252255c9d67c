import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { unstable_parseMultipartFormData, type UploadHandler } from '@remix-run/node';
import { Link, useActionData, useParams } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { type ImportState, ImportSection } from '~/components/member-import';
import { requireUser } from '~/lib/auth.server';
import { discardStagedCsv, readStagedCsv, StagedCsvGone, stageCsv } from '~/lib/csv-staging.server';
import { i18nServer } from '~/lib/i18n.server';
import { redirectWithNotice } from '~/lib/session.server';
import { drain, readText, UploadTooLargeError } from '~/lib/uploads.server';

const CSV_MAX_BYTES = 2 * 1024 * 1024;

/** Opened directly, the page offers the file choice; after each step it shows that step's answer. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

/**
 * Two steps, each a post here: a multipart upload is the dry run (the file is read, checked by the
 * API, and staged when every row is valid); `intent=import` imports the staged file, all or nothing.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api, user, locale } = await requireUser(request);
  const t = await i18nServer.getFixedT(locale);
  const orgId = params.orgId!;
  const back = `/organisations/${orgId}/group-members`;

  // The CSV preview: a multipart upload of the file, read as text and dry-run through the API.
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    let csv = '';
    let fileName = 'members.csv';
    const handler: UploadHandler = async ({ name, filename, data }) => {
      if (name === 'file' && filename) {
        fileName = filename;
        csv = await readText(data, CSV_MAX_BYTES);
        return 'received';
      }
      if (filename === undefined) return readText(data, 10_000);
      await drain(data);
      return undefined;
    };
    try {
      await unstable_parseMultipartFormData(request, handler);
    } catch (error) {
      if (error instanceof UploadTooLargeError) {
        return {
          intent: 'import',
          stage: 'rejected',
          report: null,
          fileName,
          error: error.message,
        } satisfies ImportState;
      }
      throw error;
    }
    if (!csv.trim()) {
      return {
        intent: 'import',
        stage: 'rejected',
        report: null,
        fileName,
        error: t('memberImport.emptyFile'),
      } satisfies ImportState;
    }
    const result = await api.importGroupMembers(orgId, new Blob([csv], { type: 'text/csv' }), fileName, true);
    if (!result.ok) {
      return {
        intent: 'import',
        stage: 'rejected',
        report: null,
        fileName,
        error: result.error.message,
      } satisfies ImportState;
    }
    // Only a file every row of which is valid can be imported: only that one waits for the confirmation.
    const stagedId =
      result.data.valid === result.data.total && result.data.errors.length === 0
        ? await stageCsv({ organisationId: orgId, userId: user.id, fileName, csv })
        : '';
    return {
      intent: 'import',
      stage: 'preview',
      report: result.data,
      stagedId,
      fileName,
    } satisfies ImportState;
  }

  const formData = await request.formData();
  if (formData.get('intent') !== 'import') throw new Response(t('memberImport.checkFirst'), { status: 400 });
  const stagedId = String(formData.get('stagedId') ?? '');
  let staged;
  try {
    staged = await readStagedCsv(stagedId, orgId, user.id);
  } catch (error) {
    if (error instanceof StagedCsvGone)
      return {
        intent: 'import',
        stage: 'rejected',
        report: null,
        fileName: 'members.csv',
        error: error.message,
      } satisfies ImportState;
    throw error;
  }
  const { csv, fileName } = staged;
  const result = await api.importGroupMembers(orgId, new Blob([csv], { type: 'text/csv' }), fileName, false);
  if (!result.ok) {
    // All or nothing: a rejected file changed nothing. It passed its dry run, so what changed since
    // (a member of the same name added meanwhile) is in the API's answer, line by line.
    const lines = Object.entries(result.error.fields ?? {}).map(
      ([where, why]) => `${t('memberImport.lineN', { line: where.replace('.', ', ') })}: ${why}`,
    );
    return {
      intent: 'import',
      stage: 'rejected',
      report: null,
      fileName,
      error: t('memberImport.nothingImported', {
        reasons: lines.length ? lines.join('; ') : result.error.message,
      }),
    } satisfies ImportState;
  }
  await discardStagedCsv(stagedId);
  return redirectWithNotice(
    request,
    back,
    t('memberImport.imported', { count: result.data.imported, file: fileName }),
  );
}

export default function ImportMembers() {
  const state = useActionData<typeof action>() ?? null;
  const { orgId } = useParams();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <p>
        <Link to={`/organisations/${orgId}/group-members`}>{t('memberImport.back')}</Link>
      </p>
      <ImportSection state={state} />
    </div>
  );
}
