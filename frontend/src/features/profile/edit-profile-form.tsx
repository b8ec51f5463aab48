import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { Alert, Button, CheckboxField, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Visibility } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState, withoutProblem } from '../../lib/forms';
import { paths } from '../../lib/paths';
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
    bio: v.bio.length > 2000 ? 'Keep your bio to 2,000 characters or fewer.' : undefined,
    location: v.location.length > 120 ? 'Keep the location to 120 characters or fewer.' : undefined,
    skills: checkSkills(parseSkills(v.skills)),
  });
}

/** The viewer's profile as a form; saves every field at once. */
export function EditProfileForm({ person }: { person: FragmentType<typeof EditProfileForm_person> }) {
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
    <form ref={formRef} className={`${fieldStyles.form} ${cardStyles.card}`} onSubmit={(e) => void submit(e)} noValidate aria-label="Edit profile">
      <TextField
        label="Your name"
        name="displayName"
        autoComplete="name"
        value={values.displayName}
        onChange={(e) => change('displayName', e.target.value)}
        error={shown.displayName}
        required
      />
      <TextField
        label="Handle"
        name="handle"
        autoCapitalize="none"
        spellCheck={false}
        hint="Your page’s address: /people/your-handle. Changing it changes the address."
        value={values.handle}
        onChange={(e) => change('handle', e.target.value.toLowerCase())}
        error={shown.handle}
        required
      />
      <TextAreaField
        label="About you"
        name="bio"
        optional
        hint="What you care about, what you are working on, what you hope to do with others."
        rows={5}
        maxLength={2000}
        value={values.bio}
        onChange={(e) => change('bio', e.target.value)}
        error={shown.bio}
      />
      <TextField
        label="Location"
        name="location"
        optional
        autoComplete="address-level2"
        hint="A city or a region, such as “Lagos” or “North Wales”."
        maxLength={120}
        value={values.location}
        onChange={(e) => change('location', e.target.value)}
        error={shown.location}
      />
      <CheckboxField
        label="Happy to collaborate remotely"
        name="remoteFriendly"
        checked={values.remoteFriendly}
        onChange={(e) => change('remoteFriendly', e.target.checked)}
      />
      <TextField
        label="Skills you can offer"
        name="skills"
        optional
        hint={`Separate them with commas, such as “facilitation, bookkeeping, carpentry”. Up to ${maxSkills}.`}
        value={values.skills}
        onChange={(e) => change('skills', e.target.value)}
        error={shown.skills}
      />
      <VisibilityField
        value={values.visibility}
        onChange={(v) => change('visibility', v)}
        error={shown.visibility}
      />
      <CheckboxField
        label="Name me in reports"
        name="namedInReports"
        hint="Printable reports and downloads of impact show your name to others only when this is on; otherwise you appear as “Member 1”, “Member 2” and so on."
        checked={values.namedInReports}
        onChange={(e) => change('namedInReports', e.target.checked)}
      />
      <FormAlert problems={server.general} title="Your profile was not saved" />
      {savedHandle && (
        <Alert tone="success" title="Your profile is saved">
          <Link to={paths.person(savedHandle)}>See your page</Link>
        </Alert>
      )}
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
