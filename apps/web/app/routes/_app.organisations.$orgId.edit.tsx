import { getFormProps, getInputProps, useForm } from '@conform-to/react';
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4';
import {
  GroupGovernanceSchema,
  OrganisationProfileFieldsSchema,
  UpdateGroupProfileSchema,
} from '@linkage/contracts';
import { GROUP_TYPES, VISIBILITY_TIERS } from '@linkage/domain';
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Form } from '~/components/form';
import { CountrySelect } from '~/components/country-select';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { checkedWith } from '~/lib/form-schema';
import { listText } from '~/lib/list-field';
import { GROUP_TYPE_LABEL, VISIBILITY_LABEL } from '~/lib/format';
import { orThrow, replyWithApiError } from '~/lib/results.server';
import { redirectWithNotice } from '~/lib/session.server';

const profileFields = OrganisationProfileFieldsSchema;
const groupFields = UpdateGroupProfileSchema.shape;

/**
 * The edit form's schema, from the API's own profile fields: lists typed as text, optional fields
 * that an emptied input clears. It produces exactly the API's UpdateGroupProfileInput, checked once
 * more with that schema (latitude with longitude).
 */
const ProfileFormFields = profileFields.pick({ legalName: true, country: true, visibility: true }).extend({
  ...profileFields.pick({ region: true, description: true, latitude: true, longitude: true }).partial().shape,
  ...GroupGovernanceSchema.partial().shape,
  groupType: groupFields.groupType,
  sectors: listText(profileFields.shape.sectors),
  languages: listText(profileFields.shape.languages),
  customers: listText(groupFields.customers.unwrap(), true),
});

const ProfileFormSchema = ProfileFormFields.transform((v) => ({
  legalName: v.legalName,
  country: v.country,
  region: v.region ?? null,
  visibility: v.visibility,
  groupType: v.groupType ?? null,
  description: v.description ?? null,
  sectors: v.sectors,
  languages: v.languages,
  latitude: v.latitude ?? null,
  longitude: v.longitude ?? null,
  governance: { decisionRule: v.decisionRule ?? null, feeModel: v.feeModel ?? null },
  customers: v.customers,
})).superRefine(checkedWith(UpdateGroupProfileSchema));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { api } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (!profile.viewer.canManage)
    throw new Response('Only the group’s owners and admins edit its profile.', { status: 403 });
  return { profile, countries: countryOptions() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api } = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: ProfileFormSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateProfile(params.orgId!, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  return redirectWithNotice(request, `/organisations/${params.orgId}`, 'Profile saved.');
}

export default function EditProfile() {
  const { profile, countries } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: 'edit-profile',
    lastResult: navigation.state === 'idle' ? lastResult : null,
    // Constraints come from the fields alone (Conform cannot read them through a transform).
    constraint: getZodConstraint(ProfileFormFields),
    defaultValue: {
      legalName: profile.legalName,
      country: profile.country,
      region: profile.region ?? '',
      visibility: profile.visibility,
      groupType: profile.groupType ?? '',
      description: profile.description ?? '',
      sectors: profile.sectors.join(', '),
      languages: profile.languages.join(', '),
      latitude: profile.latitude == null ? '' : String(profile.latitude),
      longitude: profile.longitude == null ? '' : String(profile.longitude),
      decisionRule: profile.governance?.decisionRule ?? '',
      feeModel: profile.governance?.feeModel ?? '',
      customers: (profile.customers ?? []).join('\n'),
    },
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileFormSchema }),
  });
  return (
    <Form method="post" {...getFormProps(form)} className="edit-profile">
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="edit-grid">
        <fieldset className="panel stack">
          <legend>The group</legend>
          <InputField label="Legal name" meta={fields.legalName} />
          <SelectField label="Type of group" meta={fields.groupType}>
            <option value="">Not stated</option>
            {GROUP_TYPES.map((t) => (
              <option key={t} value={t}>
                {GROUP_TYPE_LABEL[t]}
              </option>
            ))}
          </SelectField>
          <TextareaField label="Description" meta={fields.description} rows={4} />
          <InputField
            label="Sectors"
            hint="Separated by commas, e.g. argan oil, cosmetics."
            meta={fields.sectors}
          />
          <InputField
            label="Languages"
            hint="Two-letter codes separated by commas, e.g. fr, ar, en."
            meta={fields.languages}
          />
        </fieldset>
        <fieldset className="panel stack">
          <legend>Place</legend>
          <CountrySelect label="Country" meta={fields.country} countries={countries} />
          <InputField label="Region" meta={fields.region} />
          <div className="field-row">
            <InputField label="Latitude" hint="−90 to 90" meta={fields.latitude} type="number" step="any" />
            <InputField
              label="Longitude"
              hint="−180 to 180"
              meta={fields.longitude}
              type="number"
              step="any"
            />
          </div>
        </fieldset>
        <fieldset className="panel stack">
          <legend>Governance</legend>
          <InputField
            label="Decision rule"
            meta={fields.decisionRule}
            placeholder="e.g. one member, one vote; general assembly yearly"
          />
          <InputField
            label="Fee model"
            meta={fields.feeModel}
            placeholder="e.g. 2% of joint sales plus annual fee"
          />
        </fieldset>
        <fieldset className="panel stack">
          <legend>Visibility and customers</legend>
          <fieldset className="choice-group">
            <legend>Who can see this profile</legend>
            {VISIBILITY_TIERS.map((v) => (
              <label key={v} className="choice">
                <input
                  {...getInputProps(fields.visibility, { type: 'radio', value: v })}
                  key={`${fields.visibility.key}-${v}`}
                />
                <span>{VISIBILITY_LABEL[v]}</span>
              </label>
            ))}
          </fieldset>
          <TextareaField
            label="Customers (private)"
            hint="One per line. Only members of your group ever see this list."
            meta={fields.customers}
            rows={4}
          />
        </fieldset>
      </div>
      <SubmitButton pending={navigation.state === 'submitting'}>Save profile</SubmitButton>
    </Form>
  );
}
