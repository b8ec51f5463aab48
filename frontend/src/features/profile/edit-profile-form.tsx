import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert, Button, CheckboxField, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Visibility } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { paths } from '../../lib/paths';
import { i18n } from '../../lib/i18n';
import { checkDisplayName, checkHandle, compact } from '../../lib/validation';
import { UpdateProfile } from './api/update-profile';
import { checkSkills, maxSkills, parseSkills } from './skills';
import { VisibilityField } from './visibility-field';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

export const EditProfileForm_person = graphql(`
  fragment EditProfileForm_person on Person {
    handle
    displayName
    bio
    location
    remoteFriendly
    skills
    visibility
    namedInReports
  }
`);

const fields = ['displayName', 'handle', 'bio', 'location', 'skills', 'visibility'] as const;

interface Values {
  displayName: string;
  handle: string;
  bio: string;
  location: string;
  remoteFriendly: boolean;
  skills: string;
  visibility: Visibility;
  namedInReports: boolean;
}

export function validateProfile(v: Values): Record<string, string> {
  return compact({
    displayName: checkDisplayName(v.displayName),
    handle: checkHandle(v.handle),
    bio: v.bio.length > 2000 ? i18n.t('profile:form.bioTooLong') : undefined,
    location: v.location.length > 120 ? i18n.t('profile:form.locationTooLong') : undefined,
    skills: checkSkills(parseSkills(v.skills)),
  });
}

/** The viewer's profile as a form; saves every field at once. */
export function EditProfileForm({ person }: { person: FragmentType<typeof EditProfileForm_person> }) {
  const { t } = useTranslation('profile');
  const p = getFragmentData(EditProfileForm_person, person);
  const [values, setValues] = useState<Values>({
    displayName: p.displayName,
    handle: p.handle,
    bio: p.bio,
    location: p.location,
    remoteFriendly: p.remoteFriendly,
    skills: p.skills.join(', '),
    visibility: p.visibility,
    namedInReports: p.namedInReports,
  });
  const [savedHandle, setSavedHandle] = useState<string>();
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState();
  const [{ fetching }, update] = useMutation(UpdateProfile);

  const server = formProblems(serverError, fields);
  const shown = { ...server.fields, ...errors };

  function change<K extends keyof Values>(name: K, value: Values[K]) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => withoutProblem(e, name));
    setSavedHandle(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateProfile(values);
    setSavedHandle(undefined);
    if (!check(found)) return;
    const result = await update({
      input: {
        displayName: values.displayName.trim(),
        handle: values.handle,
        bio: values.bio.trim(),
        location: values.location.trim(),
        remoteFriendly: values.remoteFriendly,
        skills: parseSkills(values.skills),
        visibility: values.visibility,
        namedInReports: values.namedInReports,
      },
    });
    if (result.error || !result.data) return fail(result.error);
    setSavedHandle(values.handle);
  }

  return (
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('page.title')}
    >
      <TextField
        label={t('form.name')}
        name="displayName"
        autoComplete="name"
        value={values.displayName}
        onChange={(e) => change('displayName', e.target.value)}
        error={shown.displayName}
        required
      />
      <TextField
        label={t('form.handle')}
        name="handle"
        autoCapitalize="none"
        spellCheck={false}
        hint={t('form.handleHint')}
        value={values.handle}
        onChange={(e) => change('handle', e.target.value.toLowerCase())}
        error={shown.handle}
        required
      />
      <TextAreaField
        label={t('form.bio')}
        name="bio"
        optional
        hint={t('form.bioHint')}
        rows={5}
        maxLength={2000}
        value={values.bio}
        onChange={(e) => change('bio', e.target.value)}
        error={shown.bio}
      />
      <TextField
        label={t('form.location')}
        name="location"
        optional
        autoComplete="address-level2"
        hint={t('form.locationHint')}
        maxLength={120}
        value={values.location}
        onChange={(e) => change('location', e.target.value)}
        error={shown.location}
      />
      <CheckboxField
        label={t('form.remote')}
        name="remoteFriendly"
        checked={values.remoteFriendly}
        onChange={(e) => change('remoteFriendly', e.target.checked)}
      />
      <TextField
        label={t('form.skills')}
        name="skills"
        optional
        hint={t('form.skillsHint', { max: maxSkills })}
        value={values.skills}
        onChange={(e) => change('skills', e.target.value)}
        error={shown.skills}
      />
      <VisibilityField value={values.visibility} onChange={(v) => change('visibility', v)} error={shown.visibility} />
      <CheckboxField
        label={t('form.namedInReports')}
        name="namedInReports"
        hint={t('form.namedInReportsHint')}
        checked={values.namedInReports}
        onChange={(e) => change('namedInReports', e.target.checked)}
      />
      <FormAlert problems={server.general} title={t('form.notSaved')} />
      {savedHandle && (
        <Alert tone="success" title={t('form.saved')}>
          <Link to={paths.person(savedHandle)}>{t('form.seePage')}</Link>
        </Alert>
      )}
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  );
}
