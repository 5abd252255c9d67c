import { MEMBER_CSV_COLUMNS, type MemberImportReport } from '@linkage/contracts';
import { useNavigation, useParams } from '@remix-run/react';
import { Trans, useTranslation } from 'react-i18next';
import { Form } from './form';
import { SubmitButton } from './forms';
import { TableScroll } from './ui';

/** What the import route answers: the dry run's report (and the staged file's id), or why it was refused. */
export type ImportState =
  | {
      intent: 'import';
      stage: 'preview';
      report: MemberImportReport;
      stagedId: string;
      fileName: string;
      error?: undefined;
    }
  | {
      intent: 'import';
      stage: 'rejected';
      report: MemberImportReport | null;
      fileName: string;
      error: string;
    };

const TEMPLATE = `${MEMBER_CSV_COLUMNS.join(',')}\nCoopérative Tifaout,MA,Souss-Massa,FORMAL,24,2009,50K_250K,true,false,argan oil;cosmetics,fr;ar,30.42,-9.59,Women's argan cooperative,ACTIVE,2020-03-01,contact@example.org\n`;

/**
 * The CSV import of member enterprises: a dry run that checks every row and writes nothing, then the
 * import of the file that was checked (staged on the server), all rows or none. Its forms post to
 * the import route (one intent each); the members page shows the form, the import route the report.
 */
export function ImportSection({ state }: { state: ImportState | null }) {
  const { orgId } = useParams();
  const action = `/organisations/${orgId}/group-members/import`;
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'import';
  const previewing = navigation.state === 'submitting' && navigation.formEncType === 'multipart/form-data';
  const report = state?.report ?? null;
  const importing = Number(navigation.formData?.get('rows') ?? report?.total ?? 0);
  const rowsWithErrors = report ? report.rows.filter((r) => r.errors.length > 0).length : 0;
  const { t } = useTranslation();
  return (
    <section aria-labelledby="import-title" className="panel stack">
      <h2 id="import-title">{t('memberImport.title')}</h2>
      <p className="muted small">
        <Trans
          i18nKey="memberImport.intro"
          values={{ columns: MEMBER_CSV_COLUMNS.join(', ') }}
          components={{ code: <code />, columns: <code className="wrap" /> }}
        />{' '}
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`}
          download="members-template.csv"
        >
          {t('memberImport.template')}
        </a>
      </p>
      <Form method="post" action={action} encType="multipart/form-data" className="inline-form">
        <input type="hidden" name="intent" value="preview" />
        <label className="file-label">
          <span>{t('memberImport.file')}</span>
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <button type="submit" className="button" disabled={previewing}>
          {previewing ? t('memberImport.checking') : t('memberImport.check')}
        </button>
      </Form>
      {previewing || busy ? (
        <div className="progress-card" role="status">
          <div className="progress-card__bar" aria-hidden="true">
            <span />
          </div>
          <p>
            <strong>
              {busy ? t('memberImport.importingRows', { count: importing }) : t('memberImport.checkingRows')}
            </strong>{' '}
            {t('memberImport.takesSeconds')}
          </p>
        </div>
      ) : null}
      {state?.error ? (
        <div className="form-errors" role="alert">
          <p>{state.error}</p>
        </div>
      ) : null}
      {report ? (
        <div className="stack" aria-label={t('memberImport.preview')}>
          <p className="import-summary" role="status">
            <strong>{state?.fileName}</strong>: {t('memberImport.rows', { count: report.total })},{' '}
            <span className="ok">{t('memberImport.valid', { count: report.valid })}</span>
            {rowsWithErrors ? (
              <>
                , <span className="bad">{t('memberImport.withErrors', { count: rowsWithErrors })}</span>
              </>
            ) : null}
            .
          </p>
          <div
            className="meter"
            role="img"
            aria-label={t('memberImport.validOf', { valid: report.valid, count: report.total })}
          >
            <span
              className="meter__ok"
              style={{ width: `${report.total ? (report.valid / report.total) * 100 : 0}%` }}
            />
          </div>
          <TableScroll label={t('memberImport.rowsAndErrors')} className="table-wrap--scroll">
            <table className="table table--compact">
              <caption className="visually-hidden">{t('memberImport.rowsAndErrors')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t('memberImport.line')}
                  </th>
                  <th scope="col">{t('profile.member')}</th>
                  <th scope="col">{t('memberImport.result')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? 'row--error' : undefined}>
                    <td className="num">{r.line}</td>
                    <td>{r.legalName ?? <span className="muted">{t('memberImport.noName')}</span>}</td>
                    <td>
                      {r.errors.length === 0 ? (
                        <span className="ok">{t('memberImport.ready')}</span>
                      ) : (
                        <ul className="row-errors">
                          {r.errors.map((e, i) => (
                            <li key={i}>
                              <code>{e.field}</code>: {e.reason}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {report.errors.filter((e) => !report.rows.some((r) => r.line === e.line)).length ? (
            <ul className="row-errors">
              {report.errors
                .filter((e) => !report.rows.some((r) => r.line === e.line))
                .map((e, i) => (
                  <li key={i}>
                    {t('memberImport.lineN', { line: e.line })}, <code>{e.field}</code>: {e.reason}
                  </li>
                ))}
            </ul>
          ) : null}
          {report.valid === report.total && report.total > 0 && report.errors.length === 0 ? (
            <Form method="post" action={action} className="inline-form">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="stagedId" value={state?.stage === 'preview' ? state.stagedId : ''} />
              <input type="hidden" name="rows" value={report.total} />
              <SubmitButton pending={busy}>{t('memberImport.import', { count: report.total })}</SubmitButton>
            </Form>
          ) : (
            <p className="muted">{t('memberImport.fixFirst')}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
