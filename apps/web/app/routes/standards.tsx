import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import { CreateStandardSchema, type StandardView } from '@linkage/contracts';
import { indexStandards, STANDARD_KINDS, type StandardKind } from '@linkage/domain';
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import type { z } from 'zod';
import { Link, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, SubmitButton } from '~/components/forms';
import { SiteFrame } from '~/components/site-header';
import { Badge, EmptyState, Notice } from '~/components/ui';
import { optionalUser, portalHeaderData, requireUser } from '~/lib/auth.server';
import { listText } from '~/lib/list-field';
import { replyWithApiError } from '~/lib/results.server';
import { commitHeaders, getSession, redirectWithNotice } from '~/lib/session.server';
import { publicApi } from '~/lib/api.server';
import { requestLocale } from '~/lib/i18n.server';

export const meta: MetaFunction = () => [{ title: 'Standards registry — Linkage Exchange' }];

const KIND_TEXT: Record<StandardKind, { label: string; what: string }> = {
  PROCESS: { label: 'Process', what: 'how production or a management system is run' },
  PRODUCT: { label: 'Product', what: 'the product itself' },
  SOCIAL: { label: 'Social', what: 'working and social conditions' },
  ENVIRONMENTAL: { label: 'Environmental', what: 'environmental practice' },
};

/** "FSSC 22000" finds FSSC_22000: codes are compared with underscores read as spaces. */
const normalise = (text: string) => text.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

/** The registry with each entry's equivalences both ways, followed to the end as matching does. */
function withEquivalences(standards: StandardView[]) {
  const { satisfiedBy, byCode } = indexStandards(
    standards.map(({ umbrella, ...s }) => (umbrella ? { ...s, umbrella: true as const } : s)),
  );
  const ref = (code: string) => ({ code, name: byCode.get(code)?.name ?? null });
  const meets = new Map(
    standards.map((s) => [s.code, [...(satisfiedBy.get(s.code) ?? [])].filter((c) => c !== s.code)]),
  );
  // "Met by" is "meets" read backwards, in registry order.
  const metBy = new Map<string, string[]>();
  for (const s of standards)
    for (const code of meets.get(s.code)!) metBy.set(code, [...(metBy.get(code) ?? []), s.code]);
  return standards.map((s) => ({
    ...s,
    meets: meets.get(s.code)!.sort().map(ref),
    metBy: (metBy.get(s.code) ?? []).map(ref),
  }));
}
type Entry = ReturnType<typeof withEquivalences>[number];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = url.searchParams.get('q')?.trim() ?? '';
  const kindParam = url.searchParams.get('kind') ?? '';
  const kind = (STANDARD_KINDS as readonly string[]).includes(kindParam) ? (kindParam as StandardKind) : '';
  // The registry is the same for everyone: ask for it while the visitor is being identified.
  const auth = await optionalUser(request);
  const registry = publicApi(auth?.locale ?? (await requestLocale(request))).listStandards();
  const [result, portal, session] = await Promise.all([
    registry,
    auth ? portalHeaderData(auth) : null,
    getSession(request),
  ]);
  if (!result.ok) throw new Response(result.error.message, { status: 503 });
  const needle = normalise(q);
  const standards = withEquivalences(result.data).filter(
    (s) =>
      (!kind || s.kind === kind) &&
      (!needle || normalise(s.code).includes(needle) || normalise(s.name).includes(needle)),
  );
  const isAdmin = auth?.user.platformRole === 'ADMIN';
  const notice = session.get('notice') ?? null;
  return data(
    {
      portal,
      q,
      kind,
      total: result.data.length,
      standards,
      isAdmin,
      editCode: isAdmin ? url.searchParams.get('edit') : null,
      notice,
    },
    notice ? { headers: await commitHeaders(request, session) } : undefined,
  );
}

/** The fields of both forms: the API's own rules, with the equivalences typed as one text field. */
const StandardFields = CreateStandardSchema.extend({
  equivalentTo: listText(CreateStandardSchema.shape.equivalentTo.unwrap()),
});

export async function action({ request }: ActionFunctionArgs) {
  const { api, user } = await requireUser(request);
  if (user.platformRole !== 'ADMIN') {
    throw new Response('Only a platform administrator can edit the standards registry.', { status: 403 });
  }
  const formData = await request.formData();
  const intent = formData.get('intent');
  if (intent === 'create') {
    const submission = parseWithZod(formData, { schema: StandardFields });
    if (submission.status !== 'success') return { intent, code: null, result: submission.reply() };
    const created = await api.createStandard(submission.value);
    if (!created.ok)
      return {
        intent,
        code: null,
        result: replyWithApiError(submission, created, { listFields: ['equivalentTo'] }),
      };
    return redirectWithNotice(
      request,
      `/standards#std-${created.data.code}`,
      `Added ${created.data.name} (${created.data.code}).`,
    );
  }
  if (intent === 'update') {
    // The edit form sends the code it edits as a hidden field, so both forms share one schema.
    const code = String(formData.get('code') ?? '');
    const submission = parseWithZod(formData, { schema: StandardFields });
    if (submission.status !== 'success') return { intent, code, result: submission.reply() };
    const { code: _code, ...input } = submission.value;
    const updated = await api.updateStandard(code, input);
    if (!updated.ok)
      return {
        intent,
        code,
        result: replyWithApiError(submission, updated, { listFields: ['equivalentTo'] }),
      };
    return redirectWithNotice(
      request,
      `/standards#std-${updated.data.code}`,
      `Saved ${updated.data.name} (${updated.data.code}).`,
    );
  }
  throw new Response('Unknown standards action.', { status: 400 });
}

/** The registry is open to anyone; signed in, it is part of the portal and wears its header. */
export default function StandardsPage() {
  const { portal } = useLoaderData<typeof loader>();
  return (
    <SiteFrame portal={portal}>
      <Registry />
    </SiteFrame>
  );
}

function Registry() {
  const { q, kind, total, standards, isAdmin, editCode, notice } = useLoaderData<typeof loader>();
  const location = useLocation();
  const filtered = Boolean(q || kind);
  return (
    <div className="container page">
      {notice ? <Notice>{notice}</Notice> : null}
      <div className="page-header">
        <h1>Standards registry</h1>
        <p className="muted">
          The certifications buyers ask for, what each one certifies, how long it typically takes to get, and
          which other requirements a certificate also meets — a buyer asking for “any GFSI-recognised scheme”
          accepts every scheme listed as meeting it.
        </p>
      </div>
      <Form method="get" className="standards-filter" role="search" aria-label="Filter standards">
        <label htmlFor="standards-q">Name or code</label>
        <input
          id="standards-q"
          type="search"
          name="q"
          defaultValue={q}
          placeholder="FSSC 22000, organic, Fairtrade…"
        />
        <label htmlFor="standards-kind">Kind</label>
        <select id="standards-kind" name="kind" defaultValue={kind}>
          <option value="">Any kind</option>
          {STANDARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_TEXT[k].label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small">
          Filter
        </button>
        {filtered ? (
          <Link to="/standards" className="small">
            Show all
          </Link>
        ) : null}
      </Form>
      <p className="small muted" aria-live="polite">
        {filtered ? `${standards.length} of ${total} standards` : `${total} standards`}
      </p>
      {isAdmin ? <AddStandard key={location.key} /> : null}
      {standards.length === 0 ? (
        <EmptyState title="No standard matches">
          <p>
            Try part of the name or code, or <Link to="/standards">show every standard</Link>.
          </p>
        </EmptyState>
      ) : (
        <ul className="need-list" aria-label="Standards">
          {standards.map((s) =>
            s.code === editCode ? (
              <li key={s.code} id={`std-${s.code}`} className="need-card standard-card">
                <EditStandard standard={s} />
              </li>
            ) : (
              <StandardItem key={s.code} standard={s} isAdmin={isAdmin} />
            ),
          )}
        </ul>
      )}
    </div>
  );
}

function CodeList({ refs }: { refs: Entry['meets'] }) {
  return (
    <span className="chips">
      {refs.map((r) => (
        <Link key={r.code} to={`/standards?q=${encodeURIComponent(r.code)}`} className="chip" title={r.code}>
          {r.name ?? r.code}
        </Link>
      ))}
    </span>
  );
}

function StandardItem({ standard: s, isAdmin }: { standard: Entry; isAdmin: boolean }) {
  return (
    <li id={`std-${s.code}`} className="need-card standard-card" aria-label={s.name}>
      <h2 className="need-card__title">
        {s.name} <span className="chip chip--std">{s.code}</span>
      </h2>
      <p className="need-card__meta">
        <Badge tone="info" title={`Certifies ${KIND_TEXT[s.kind].what}`}>
          {KIND_TEXT[s.kind].label}
        </Badge>{' '}
        {s.umbrella ? (
          <>
            <Badge tone="warn">Umbrella requirement</Badge>{' '}
            <span className="small">met only through the schemes below, never certified directly</span>
          </>
        ) : (
          <>
            <Badge tone={s.coversGroupMembers ? 'good' : 'neutral'}>
              {s.coversGroupMembers
                ? 'A group certificate covers its members'
                : 'Each enterprise is certified on its own'}
            </Badge>{' '}
            <span className="small">
              Typically {s.typicalMonthsToCertify} {s.typicalMonthsToCertify === 1 ? 'month' : 'months'} to
              certify
            </span>
          </>
        )}
      </p>
      {s.meets.length ? (
        <p className="small">
          A certificate also meets a requirement for: <CodeList refs={s.meets} />
        </p>
      ) : null}
      {s.metBy.length ? (
        <p className="small">
          {s.umbrella ? 'Met by' : 'A requirement for it is also met by'}: <CodeList refs={s.metBy} />
        </p>
      ) : null}
      {isAdmin ? (
        <Link
          to={`?edit=${encodeURIComponent(s.code)}#std-${s.code}`}
          className="small"
          aria-label={`Edit ${s.name}`}
        >
          Edit
        </Link>
      ) : null}
    </li>
  );
}

/** The fields both forms share; the code is fixed once a standard exists (certificates refer to it). */
function StandardFormFields({ fields }: { fields: ReturnType<typeof useStandardForm>[1] }) {
  return (
    <>
      <InputField label="Name" meta={fields.name} />
      <SelectField label="Kind" meta={fields.kind}>
        <option value="">Choose a kind…</option>
        {STANDARD_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_TEXT[k].label} — {KIND_TEXT[k].what}
          </option>
        ))}
      </SelectField>
      <InputField
        label="Typical months to certify"
        meta={fields.typicalMonthsToCertify}
        type="number"
        min={0}
      />
      <InputField
        label="Also meets (codes)"
        hint="Codes of the requirements a certificate of this standard also satisfies, separated by commas, such as GFSI_RECOGNISED, HACCP."
        meta={fields.equivalentTo}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          name={fields.coversGroupMembers.name}
          defaultChecked={fields.coversGroupMembers.initialValue === 'on'}
        />{' '}
        A group certificate covers its members
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          name={fields.umbrella.name}
          defaultChecked={fields.umbrella.initialValue === 'on'}
        />{' '}
        Umbrella requirement (met only through other standards)
      </label>
    </>
  );
}

function useStandardForm(id: string, code: string | null, defaultValue?: Record<string, string | undefined>) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const mine = data && data.code === code ? data : null;
  return useForm<z.input<typeof StandardFields>, z.output<typeof StandardFields>>({
    id,
    lastResult: navigation.state === 'idle' && mine ? mine.result : null,
    constraint: getZodConstraint(StandardFields),
    defaultValue,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StandardFields }),
  });
}

function AddStandard() {
  const navigation = useNavigation();
  const data = useActionData<typeof action>();
  const [form, fields] = useStandardForm('add-standard', null);
  return (
    <details className="panel" open={data?.intent === 'create'}>
      <summary>Add a standard</summary>
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="create" />
        <FormErrors id={form.errorId} errors={form.errors} />
        <InputField
          label="Code"
          hint="Capitals, digits and underscores, such as ISO_9001. It cannot change later."
          meta={fields.code}
        />
        <StandardFormFields fields={fields} />
        <SubmitButton
          pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'create'}
        >
          Add standard
        </SubmitButton>
      </Form>
    </details>
  );
}

function EditStandard({ standard: s }: { standard: Entry }) {
  const navigation = useNavigation();
  const [form, fields] = useStandardForm(`edit-standard-${s.code}`, s.code, {
    name: s.name,
    kind: s.kind,
    typicalMonthsToCertify: String(s.typicalMonthsToCertify),
    equivalentTo: s.equivalentTo.join(', '),
    coversGroupMembers: s.coversGroupMembers ? 'on' : undefined,
    umbrella: s.umbrella ? 'on' : undefined,
  });
  return (
    <section aria-labelledby={`edit-${s.code}-title`} className="stack">
      <h2 id={`edit-${s.code}-title`}>
        Edit {s.name} <span className="chip chip--std">{s.code}</span>
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack">
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="code" value={s.code} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <StandardFormFields fields={fields} />
        <div className="button-row">
          <SubmitButton
            pending={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'update'}
          >
            Save standard
          </SubmitButton>
          <Link to="/standards" className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </section>
  );
}
