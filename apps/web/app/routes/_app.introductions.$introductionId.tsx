import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  AnswerIntroductionSchema,
  ConsentToIntroductionSchema,
  type IntroductionView,
  ScheduleMeetingSchema,
} from '@linkage/contracts';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import { FormErrors, InputField, SelectField, TextareaField } from '~/components/forms';
import { useTranslation } from 'react-i18next';
import { INTRODUCTION_STATUS, partyNames } from '~/components/introductions';
import { Badge } from '~/components/ui';
import { requireUser } from '~/lib/auth.server';
import { formatDateTime } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `Introduction: ${data.introduction.need.title} — Linkage Exchange`
      : 'Introduction — Linkage Exchange',
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const introduction = await orThrow(request, await api.getIntroduction(params.introductionId!));
  // Every zone the runtime knows, for the meeting form's list (IANA names, as the API validates them).
  return {
    introduction,
    timeZones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')],
  };
}

const FORMS = ['answer', 'consent', 'meeting'] as const;
type FormName = (typeof FORMS)[number];

/** One action, one small form per answer; each works without JavaScript. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const formData = await request.formData();
  const id = params.introductionId!;
  const back = `/introductions/${id}`;
  const intent = formData.get('intent');
  if (intent === 'withdraw') {
    await orThrow(request, await api.withdrawIntroduction(id));
    return redirectWithNotice(
      request,
      back,
      'Introduction withdrawn; the lead firm and the groups are told.',
    );
  }
  const form = FORMS.find((f) => f === intent);
  if (!form) throw new Response('Unknown form', { status: 400 });
  if (form === 'answer') {
    const submission = parseWithZod(formData, { schema: AnswerIntroductionSchema });
    if (submission.status !== 'success') return { form, result: submission.reply() };
    const saved = await api.answerIntroduction(id, submission.value);
    if (!saved.ok) return { form, result: replyWithApiError(submission, saved) };
    return redirectWithNotice(request, back, notice(saved.data, submission.value.answer === 'ACCEPT'));
  }
  if (form === 'consent') {
    const submission = parseWithZod(formData, { schema: ConsentToIntroductionSchema });
    if (submission.status !== 'success') return { form, result: submission.reply() };
    const saved = await api.consentToIntroduction(id, submission.value);
    if (!saved.ok) return { form, result: replyWithApiError(submission, saved) };
    return redirectWithNotice(request, back, notice(saved.data, submission.value.answer === 'CONSENT'));
  }
  const submission = parseWithZod(formData, { schema: ScheduleMeetingSchema });
  if (submission.status !== 'success') return { form, result: submission.reply() };
  const saved = await api.scheduleMeeting(id, submission.value);
  if (!saved.ok) return { form, result: replyWithApiError(submission, saved) };
  return redirectWithNotice(
    request,
    back,
    `Meeting ${saved.data.meeting!.sequence === 1 ? 'arranged' : 'moved'}: everyone gets the invitation by e-mail.`,
  );
}

function notice(i: IntroductionView, yes: boolean): string {
  if (i.status === 'ACCEPTED') return 'Everyone said yes: the linkage starts. Arrange the meeting below.';
  if (i.status === 'DECLINED') return 'The introduction is declined; everyone is told.';
  return yes ? 'Thank you: your yes is recorded. The others are told.' : 'Recorded.';
}

/** The last result of the named form only, so one form's errors never show on another. */
function useFormResult(name: FormName) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  return navigation.state === 'idle' && data?.form === name ? data.result : null;
}

const CONSENT_LABEL = { PENDING: 'not answered yet', CONSENTED: 'consents', REFUSED: 'refuses' } as const;
const ANSWER_LABEL = { PENDING: 'not answered yet', ACCEPTED: 'accepts', DECLINED: 'declines' } as const;

export default function IntroductionPage() {
  const { introduction: i, timeZones } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const refusedBy = i.declinedBy?.by === 'GROUP' ? i.declinedBy.groupId : null;
  const { t } = useTranslation();
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/needs/${i.need.id}`}>{i.need.title}</Link> <span aria-hidden="true">/</span>{' '}
        <span>Introduction</span>
      </nav>
      <div className="page-header">
        <h1>
          {t('introductions.between', { groups: partyNames(i, t), buyer: i.need.leadFirm.name })}{' '}
          <Badge tone={INTRODUCTION_STATUS[i.status].tone}>{t(`introductionStatus.${i.status}`)}</Badge>
        </h1>
        <p className="muted">
          Introduced by {i.proposedBy ?? 'a broker'} of {i.programme.name} on {formatDateTime(i.createdAt)}{' '}
          for “{i.need.title}”
          {i.status === 'DECLINED'
            ? ` · declined by ${refusedBy ? (i.parties.find((p) => p.groupId === refusedBy)?.name ?? 'an introduced group') : i.need.leadFirm.name}`
            : ''}
        </p>
      </div>
      <div className="layout-split">
        <section aria-labelledby="why-title" className="layout-split__main stack">
          <h2 id="why-title">Why they should meet</h2>
          <blockquote className="panel introduction-note">{i.note}</blockquote>
          <h2>Answers</h2>
          <ul className="stack">
            <li>
              <strong>{i.need.leadFirm.name}</strong> (lead firm): {ANSWER_LABEL[i.leadFirmAnswer]}
              {i.leadFirmReason ? <span className="block small muted">“{i.leadFirmReason}”</span> : null}
            </li>
            {i.parties.map((p) => (
              <li key={p.groupId}>
                <strong>{p.name ?? 'A producer group (named once it consents)'}</strong>:{' '}
                {CONSENT_LABEL[p.consent]}
                {p.reason ? <span className="block small muted">“{p.reason}”</span> : null}
                {p.linkageId ? (
                  <span className="block small">
                    <Link to={`/linkages/${p.linkageId}`}>Follow the linkage</Link>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
          <h2>Meeting</h2>
          {i.meeting ? (
            <div className="panel stack">
              <p>
                <strong>{i.meeting.label}</strong>
              </p>
              {i.meeting.place ? <p>{i.meeting.place}</p> : null}
              {i.meeting.link ? (
                <p>
                  <a
                    href={i.meeting.link}
                    rel="noreferrer noopener"
                    target="_blank"
                    className="break-anywhere"
                  >
                    {i.meeting.link}
                  </a>
                </p>
              ) : null}
              <p>
                <a className="button" href={`/introductions/${i.id}/meeting.ics`} download>
                  Add to my calendar (.ics)
                </a>
              </p>
            </div>
          ) : (
            <p className="muted">No meeting arranged yet.</p>
          )}
        </section>
        <aside className="layout-split__side stack">
          {i.youMay.answer ? (
            <YesNoForm
              name="answer"
              formId="answer-introduction"
              schema={AnswerIntroductionSchema}
              title="Your answer"
              yes={{ value: 'ACCEPT', label: 'Accept the introduction' }}
              no={{ value: 'DECLINE', label: 'Decline' }}
            />
          ) : null}
          {i.youMay.consentFor.map((groupId) => {
            const name = i.parties.find((p) => p.groupId === groupId)?.name;
            return (
              <YesNoForm
                key={groupId}
                name="consent"
                formId={`consent-${groupId}`}
                schema={ConsentToIntroductionSchema}
                groupId={groupId}
                title={name ? `${name}: do you agree to meet?` : 'Do you agree to meet?'}
                hint="Once your group consents, the lead firm sees its name."
                yes={{ value: 'CONSENT', label: 'Consent' }}
                no={{ value: 'REFUSE', label: 'Refuse' }}
              />
            );
          })}
          {i.youMay.scheduleMeeting ? <MeetingForm introduction={i} timeZones={timeZones} /> : null}
          {i.youMay.withdraw ? (
            <Form method="post" className="stack panel">
              <h2>Withdraw</h2>
              <p className="small muted">Nobody has to answer any more; everyone is told.</p>
              <button type="submit" name="intent" value="withdraw" className="button" disabled={busy}>
                Withdraw the introduction
              </button>
            </Form>
          ) : null}
        </aside>
      </div>
    </>
  );
}

/**
 * A yes-or-no answer with an optional reason: the lead firm's accept or decline, a group's consent
 * or refusal. The two buttons carry the answer, so the form needs no script.
 */
function YesNoForm({
  name,
  formId,
  schema,
  title,
  hint,
  yes,
  no,
  groupId,
}: {
  name: 'answer' | 'consent';
  formId: string;
  schema: typeof AnswerIntroductionSchema | typeof ConsentToIntroductionSchema;
  title: string;
  hint?: string;
  yes: { value: string; label: string };
  no: { value: string; label: string };
  groupId?: string;
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: formId,
    lastResult: useFormResult(name),
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const busy = navigation.state !== 'idle';
  return (
    <Form method="post" {...getFormProps(form)} className="stack panel">
      <input type="hidden" name="intent" value={name} />
      {groupId ? <input type="hidden" name="groupId" value={groupId} /> : null}
      <h2>{title}</h2>
      {hint ? <p className="small muted">{hint}</p> : null}
      <FormErrors id={form.errorId} errors={[...(form.errors ?? []), ...(fields.answer.errors ?? [])]} />
      <TextareaField label="Reason (optional)" meta={fields.reason} rows={2} />
      <div className="button-row">
        <button
          type="submit"
          name="answer"
          value={yes.value}
          className="button button--primary"
          disabled={busy}
        >
          {yes.label}
        </button>
        <button type="submit" name="answer" value={no.value} className="button" disabled={busy}>
          {no.label}
        </button>
      </div>
    </Form>
  );
}

function MeetingForm({
  introduction: i,
  timeZones,
}: {
  introduction: IntroductionView;
  timeZones: string[];
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'schedule-meeting',
    lastResult: useFormResult('meeting'),
    constraint: getZodConstraint(ScheduleMeetingSchema),
    defaultValue: {
      date: i.meeting?.date ?? '',
      time: i.meeting?.time ?? '10:00',
      durationMinutes: String(i.meeting?.durationMinutes ?? 60),
      timeZone: i.meeting?.timeZone ?? 'UTC',
      place: i.meeting?.place ?? '',
      link: i.meeting?.link ?? '',
    },
    // Checked on submit only: a message vanishing on blur would move the button from under the click.
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ScheduleMeetingSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="stack panel">
      <input type="hidden" name="intent" value="meeting" />
      <h2>{i.meeting ? 'Move the meeting' : 'Arrange the meeting'}</h2>
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="meeting-when">
        <InputField label="Date" meta={fields.date} type="date" />
        <InputField label="Starts at" meta={fields.time} type="time" />
      </div>
      <InputField
        label="Length (minutes)"
        meta={fields.durationMinutes}
        type="number"
        min={5}
        step="5"
        inputMode="numeric"
      />
      <SelectField
        label="Time zone"
        hint="Where the meeting happens; calendars show it in each person’s own time."
        meta={fields.timeZone}
      >
        {timeZones.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, ' ')}
          </option>
        ))}
      </SelectField>
      <InputField label="Place" meta={fields.place} placeholder="Office, address" />
      <InputField label="Call link" meta={fields.link} type="url" placeholder="https://" />
      <button type="submit" className="button button--primary" disabled={navigation.state !== 'idle'}>
        {i.meeting ? 'Move it and tell everyone' : 'Arrange it and invite everyone'}
      </button>
    </Form>
  );
}
