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
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { CountrySelect } from '~/components/country-select';
import { FormErrors, InputField, SelectField, SubmitButton, TextareaField } from '~/components/forms';
import { requireUser } from '~/lib/auth.server';
import { countryOptions } from '~/lib/countries.server';
import { checkedWith } from '~/lib/form-schema';
import { listText } from '~/lib/list-field';
import { i18nServer } from '~/lib/i18n.server';
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
  const { api, locale } = await requireUser(request);
  const profile = await orThrow(request, await api.getProfile(params.orgId!));
  if (!profile.viewer.canManage)
    throw new Response((await i18nServer.getFixedT(locale))('editProfile.forbidden'), { status: 403 });
  return { profile, countries: countryOptions(locale) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { api, locale } = await requireUser(request);
  const submission = parseWithZod(await request.formData(), { schema: ProfileFormSchema });
  if (submission.status !== 'success') return submission.reply();
  const result = await api.updateProfile(params.orgId!, submission.value);
  if (!result.ok) return replyWithApiError(submission, result);
  const t = await i18nServer.getFixedT(locale);
  return redirectWithNotice(request, `/organisations/${params.orgId}`, t('editProfile.saved'));
}

export default function EditProfile() {
  const { profile, countries } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
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
          <legend>{t('editProfile.group')}</legend>
          <InputField label={t('dashboard.create.legalName')} meta={fields.legalName} />
          <SelectField label={t('editProfile.groupType')} meta={fields.groupType}>
            <option value="">{t('editProfile.notStated')}</option>
            {GROUP_TYPES.map((g) => (
              <option key={g} value={g}>
                {t(`groupType.${g}`)}
              </option>
            ))}
          </SelectField>
          <TextareaField label={t('editProfile.description')} meta={fields.description} rows={4} />
          <InputField
            label={t('profile.sectors')}
            hint={t('editProfile.sectorsHint')}
            meta={fields.sectors}
          />
          <InputField
            label={t('profile.languages')}
            hint={t('editProfile.languagesHint')}
            meta={fields.languages}
          />
        </fieldset>
        <fieldset className="panel stack">
          <legend>{t('profile.place')}</legend>
          <CountrySelect label={t('dashboard.create.country')} meta={fields.country} countries={countries} />
          <InputField label={t('editProfile.region')} meta={fields.region} />
          <div className="field-row">
            <InputField
              label={t('editProfile.latitude')}
              hint={t('editProfile.latitudeHint')}
              meta={fields.latitude}
              type="number"
              step="any"
            />
            <InputField
              label={t('editProfile.longitude')}
              hint={t('editProfile.longitudeHint')}
              meta={fields.longitude}
              type="number"
              step="any"
            />
          </div>
        </fieldset>
        <fieldset className="panel stack">
          <legend>{t('profile.governance')}</legend>
          <InputField
            label={t('editProfile.decisionRule')}
            meta={fields.decisionRule}
            placeholder={t('editProfile.decisionRuleExample')}
          />
          <InputField
            label={t('editProfile.feeModel')}
            meta={fields.feeModel}
            placeholder={t('editProfile.feeModelExample')}
          />
        </fieldset>
        <fieldset className="panel stack">
          <legend>{t('editProfile.visibilityAndCustomers')}</legend>
          <fieldset className="choice-group">
            <legend>{t('profile.visibilityTitle')}</legend>
            {VISIBILITY_TIERS.map((v) => (
              <label key={v} className="choice">
                <input
                  {...getInputProps(fields.visibility, { type: 'radio', value: v })}
                  key={`${fields.visibility.key}-${v}`}
                />
                <span>{t(`visibility.${v}`)}</span>
              </label>
            ))}
          </fieldset>
          <TextareaField
            label={t('editProfile.customers')}
            hint={t('editProfile.customersHint')}
            meta={fields.customers}
            rows={4}
          />
        </fieldset>
      </div>
      <SubmitButton pending={navigation.state === 'submitting'}>{t('editProfile.submit')}</SubmitButton>
    </Form>
  );
}
