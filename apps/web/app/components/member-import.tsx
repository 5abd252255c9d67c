import { MEMBER_CSV_COLUMNS, type MemberImportReport } from '@linkage/contracts';
import { useNavigation, useParams } from '@remix-run/react';
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
  return (
    <section aria-labelledby="import-title" className="panel stack">
      <h2 id="import-title">Import members from CSV</h2>
      <p className="muted small">
        First a dry run: every row is checked and nothing is written. Then import: all rows in one go, or none
        if any row is wrong. Columns (any order, <code>legalName</code> required, lists separated by{' '}
        <code>;</code>): <code className="wrap">{MEMBER_CSV_COLUMNS.join(', ')}</code>.{' '}
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`}
          download="members-template.csv"
        >
          Download a template
        </a>
      </p>
      <Form method="post" action={action} encType="multipart/form-data" className="inline-form">
        <input type="hidden" name="intent" value="preview" />
        <label className="file-label">
          <span>CSV file</span>
          <input type="file" name="file" accept=".csv,text/csv" required />
        </label>
        <button type="submit" className="button" disabled={previewing}>
          {previewing ? 'Checking…' : 'Check file (dry run)'}
        </button>
      </Form>
      {previewing || busy ? (
        <div className="progress-card" role="status">
          <div className="progress-card__bar" aria-hidden="true">
            <span />
          </div>
          <p>
            <strong>
              {busy ? `Importing ${importing} row${importing === 1 ? '' : 's'}…` : 'Checking every row…'}
            </strong>{' '}
            This takes a few seconds for hundreds of rows.
          </p>
        </div>
      ) : null}
      {state?.error ? (
        <div className="form-errors" role="alert">
          <p>{state.error}</p>
        </div>
      ) : null}
      {report ? (
        <div className="stack" aria-label="Import preview">
          <p className="import-summary" role="status">
            <strong>{state?.fileName}</strong>: {report.total} row{report.total === 1 ? '' : 's'},{' '}
            <span className="ok">{report.valid} valid</span>
            {rowsWithErrors ? (
              <>
                , <span className="bad">{rowsWithErrors} with errors</span>
              </>
            ) : null}
            .
          </p>
          <div className="meter" role="img" aria-label={`${report.valid} of ${report.total} rows valid`}>
            <span
              className="meter__ok"
              style={{ width: `${report.total ? (report.valid / report.total) * 100 : 0}%` }}
            />
          </div>
          <TableScroll label="Rows of the file and their errors" className="table-wrap--scroll">
            <table className="table table--compact">
              <caption className="visually-hidden">Rows of the file and their errors</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Member</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.line} className={r.errors.length ? 'row--error' : undefined}>
                    <td className="num">{r.line}</td>
                    <td>{r.legalName ?? <span className="muted">(no name)</span>}</td>
                    <td>
                      {r.errors.length === 0 ? (
                        <span className="ok">✓ ready</span>
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
                    Line {e.line}, <code>{e.field}</code>: {e.reason}
                  </li>
                ))}
            </ul>
          ) : null}
          {report.valid === report.total && report.total > 0 && report.errors.length === 0 ? (
            <Form method="post" action={action} className="inline-form">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="stagedId" value={state?.stage === 'preview' ? state.stagedId : ''} />
              <input type="hidden" name="rows" value={report.total} />
              <SubmitButton pending={busy}>
                Import {report.total} member{report.total === 1 ? '' : 's'}
              </SubmitButton>
            </Form>
          ) : (
            <p className="muted">
              Fix the rows above in your file and check it again; nothing is imported until every row is
              valid.
            </p>
          )}
        </div>
      ) : null}
    </section>
  );
}
