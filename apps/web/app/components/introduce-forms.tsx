import { type SubmissionResult, getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type CoalitionProposalView,
  type IntroductionView,
  type MatchView,
  ProposeIntroductionSchema,
} from '@linkage/contracts';
import { useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import type { ReactNode } from 'react';
import { FormErrors, SelectField, TextareaField } from '~/components/forms';
import { IntroductionList } from '~/components/introductions';

export type IntroduceFormName = 'introduce-match' | 'introduce-coalition';

export interface IntroduceResult {
  introduceForm: IntroduceFormName;
  result: SubmissionResult<string[]>;
}

/**
 * What a broker sees of introductions on a need they follow: those made so far, and two forms to
 * introduce a matched supplier or the proposed coalition to the buyer (a note is required: it is
 * the broker's word to both sides).
 */
export function BrokerIntroductions({
  introductions,
  matches,
  coalition,
  programmes,
  lastResult,
}: {
  introductions: IntroductionView[];
  matches: MatchView[];
  coalition: CoalitionProposalView | undefined;
  /** The broker's programmes; a choice is offered only to a broker of several. */
  programmes: Array<{ id: string; legalName: string }>;
  lastResult: IntroduceResult | null;
}) {
  const candidates = matches.filter((m) => m.status !== 'DISMISSED');
  return (
    <section aria-labelledby="introductions-title" className="section-tight stack">
      <h2 id="introductions-title">Introduce to the buyer</h2>
      {introductions.length ? <IntroductionList introductions={introductions} showNeed={false} /> : null}
      <div className="introduce-forms">
        {candidates.length ? (
          <IntroduceForm
            name="introduce-match"
            title="Introduce a supplier"
            programmes={programmes}
            lastResult={lastResult}
          >
            <label className="field">
              Supplier
              <select name="groupIds[0]" required>
                {candidates.map((m) => (
                  <option key={m.supplierId} value={m.supplierId}>
                    {m.rank}. {m.supplierName}
                  </option>
                ))}
              </select>
            </label>
          </IntroduceForm>
        ) : null}
        {coalition && coalition.members.length > 1 ? (
          <IntroduceForm
            name="introduce-coalition"
            title={`Introduce the coalition of ${coalition.members.length}`}
            programmes={programmes}
            lastResult={lastResult}
          >
            <p className="small">{coalition.members.map((m) => m.supplierName).join(', ')}</p>
            {coalition.members.map((m, i) => (
              <input key={m.supplierId} type="hidden" name={`groupIds[${i}]`} value={m.supplierId} />
            ))}
          </IntroduceForm>
        ) : null}
      </div>
    </section>
  );
}

function IntroduceForm({
  name,
  title,
  programmes,
  lastResult,
  children,
}: {
  name: IntroduceFormName;
  title: string;
  programmes: Array<{ id: string; legalName: string }>;
  lastResult: IntroduceResult | null;
  children: ReactNode;
}) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: name,
    lastResult: navigation.state === 'idle' && lastResult?.introduceForm === name ? lastResult.result : null,
    constraint: getZodConstraint(ProposeIntroductionSchema),
    // Checked on submit only: a message vanishing on blur would move the button from under the click.
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProposeIntroductionSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="panel stack">
      <input type="hidden" name="intent" value={name} />
      <h3>{title}</h3>
      <FormErrors
        id={form.errorId}
        errors={[
          ...(form.errors ?? []),
          ...(fields.groupIds.errors ?? []),
          ...(fields.groupIds.getFieldList()[0]?.errors ?? []),
        ]}
      />
      {children}
      {programmes.length > 1 ? (
        <SelectField label="For the programme" meta={fields.programmeId}>
          {programmes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.legalName}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextareaField
        label="Note to both sides"
        hint="Why they should meet: what the buyer gains, what the group brings."
        meta={fields.note}
        rows={3}
      />
      <button type="submit" className="button button--primary" disabled={navigation.state !== 'idle'}>
        Introduce to the buyer
      </button>
    </Form>
  );
}
