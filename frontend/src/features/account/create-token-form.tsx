import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FormAlert, TextField } from '../../components/ui';
import type { TokenScope } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { CreateAccessToken } from './api/create-access-token';
import { scopes } from './scopes';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** The server's limit on a token's name (CreateAccessTokenInput.name). */
export const tokenNameMax = 80;

export function checkTokenName(name: string): string | undefined {
  const n = name.trim();
  if (n === '') return 'Give the token a name, so you know later what uses it.';
  if (n.length > tokenNameMax) return `Keep the name to ${tokenNameMax} characters or fewer.`;
  return undefined;
}

/** A token just made: the only moment its secret is known to the app. */
export interface NewToken {
  name: string;
  token: string;
}

/** Makes a personal access token with a name and a scope; hands the secret to onCreated. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: NewToken) => void }) {
  const headingId = useId();
  const scopeId = useId();
  const [{ fetching }, create] = useMutation(CreateAccessToken);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('READ');
  const { errors, setErrors, serverError, formRef, check, fail } = useFormState<{ name?: string }>();

  const server = formProblems(serverError, ['name', 'scope']);
  const shownName = errors.name ?? server.fields.name;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = checkTokenName(name);
    if (!check(problem ? { name: problem } : {})) return;
    const result = await create({ input: { name: name.trim(), scope } });
    const created = result.data?.createAccessToken;
    if (result.error || !created) return fail(result.error);
    setName('');
    setScope('READ');
    onCreated({ name: name.trim(), token: created.token });
  }

  return (
    <form ref={formRef} className={`${fieldStyles.form} ${cardStyles.card}`} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>Create a token</h2>
      <TextField
        label="Name"
        name="name"
        autoComplete="off"
        hint="What will use it, such as “Home dashboard” or “backup script”."
        maxLength={tokenNameMax}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
          setErrors({});
        }}
        error={shownName}
        required
      />
      <fieldset className={`${fieldStyles.field} ${fieldStyles.choiceGroup}`}>
        <legend className={fieldStyles.fieldLabel}>What it may do</legend>
        {scopes.map((s) => (
          <label key={s.value} className={fieldStyles.choice}>
            <input
              type="radio"
              name="scope"
              value={s.value}
              checked={scope === s.value}
              onChange={() => setScope(s.value)}
              aria-describedby={`${scopeId}-${s.value}`}
            />
            <span>
              <span className={fieldStyles.choiceLabel}>{s.label}</span>
              <span className={fieldStyles.choiceHint} id={`${scopeId}-${s.value}`}>
                {s.hint}
              </span>
            </span>
          </label>
        ))}
        <p className={fieldStyles.fieldHint}>
          No token can create or revoke tokens, download your data or delete your account: for
          those, you log in.
        </p>
      </fieldset>
      <FormAlert problems={server.general} title="The token was not created" />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          Create token
        </Button>
      </div>
    </form>
  );
}
