import { getFormProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  type GroupMemberView,
  OrganisationProfileFieldsSchema,
  UpdateGroupMemberSchema,
} from '@linkage/contracts';
import type { ActionFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useNavigation, useParams } from '@remix-run/react';
import { z } from 'zod';
import { Form } from '~/components/form';
import { RoutePanel } from '~/components/ui';
import { FormErrors, InputField, SubmitButton, TextareaField } from '~/components/forms';
import {
  EnterpriseFields,
  GroupMemberPanel,
  groupMemberPath,
  groupMembersPath,
} from '~/components/member-panels';
import { requireUser } from '~/lib/auth.server';
import { checkedWith } from '~/lib/form-schema';
import { listText } from '~/lib/list-field';
import { replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

const profile = OrganisationProfileFieldsSchema;

/**
 * Editing a member enterprise's profile, from the API's own profile fields: the form states the
 * whole profile, so an emptied field clears it and an unticked box is false. Products and sectors
 * are typed as one list.
 */
const EditMemberFields = z.object({
  enterprise: profile
    .pick({
      region: true,
      employees: true,
      foundedYear: true,
      registration: true,
      womenOwned: true,
      youthLed: true,
      description: true,
    })
    .partial()
    .extend({ legalName: profile.shape.legalName, sectors: listText(profile.shape.sectors) }),
});

/** What the API takes: emptied fields as null, checked once more by its schema. */
const EditMemberSchema = EditMemberFields.transform(({ enterprise: e }) => ({
  enterprise: {
    legalName: e.legalName,
    region: e.region ?? null,
    employees: e.employees ?? null,
    foundedYear: e.foundedYear ?? null,
    registration: e.registration ?? null,
    womenOwned: e.womenOwned ?? false,
    youthLed: e.youthLed ?? false,
    sectors: e.sectors,
    description: e.description ?? null,
  },
})).superRefine(checkedWith(UpdateGroupMemberSchema));

/** One intent: save the member enterprise's profile. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: EditMemberSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateGroupMember(params.orgId!, params.memberId!, submission.value);
  if (!result.ok) return replyWithApiError(submission, result, { listFields: ['enterprise.sectors'] });
  return redirectWithNotice(
    request,
    groupMembersPath(params.orgId!),
    `Saved the profile of ${result.data.enterprise.legalName}.`,
  );
}

export default function EditGroupMember() {
  return (
    <GroupMemberPanel>{(member) => <EditMemberForm key={member.id} member={member} />}</GroupMemberPanel>
  );
}

function EditMemberForm({ member }: { member: GroupMemberView }) {
  const data = useActionData<typeof action>();
  const navigation = useNavigation();
  const { orgId } = useParams();
  const e = member.enterprise;
  const [form, fields] = useForm({
    id: `edit-member-${member.id}`,
    lastResult: navigation.state === 'idle' ? data : null,
    // Constraints come from the fields alone (Conform cannot read them through a transform).
    constraint: getZodConstraint(EditMemberFields),
    defaultValue: {
      enterprise: {
        legalName: e.legalName,
        region: e.region ?? '',
        employees: e.employees == null ? '' : String(e.employees),
        foundedYear: e.foundedYear == null ? '' : String(e.foundedYear),
        registration: e.registration ?? '',
        womenOwned: e.womenOwned ? 'on' : '',
        youthLed: e.youthLed ? 'on' : '',
        sectors: e.sectors.join(', '),
        description: e.description ?? '',
      },
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EditMemberSchema }),
  });
  const enterprise = fields.enterprise.getFieldset();
  return (
    <RoutePanel labelledBy="edit-member-title">
      <h2 id="edit-member-title">
        Edit {e.legalName} <span className="muted small">· {member.status.toLowerCase()}</span>
      </h2>
      <Form method="post" {...getFormProps(form)} className="stack" preventScrollReset>
        <FormErrors id={form.errorId} errors={form.errors} />
        <EnterpriseFields enterprise={enterprise} />
        <InputField
          label="Products and sectors"
          hint="Separated by commas, e.g. argan oil, amlou."
          meta={enterprise.sectors}
        />
        <TextareaField label="Description" meta={enterprise.description} />
        <div className="button-row">
          <SubmitButton
            pending={
              navigation.state === 'submitting' &&
              navigation.formAction === groupMemberPath(orgId!, member.id, 'edit')
            }
          >
            Save profile
          </SubmitButton>
          <Link to={groupMembersPath(orgId!)} className="button">
            Cancel
          </Link>
        </div>
      </Form>
    </RoutePanel>
  );
}
