import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Button, FormAlert, TextField } from '../../components/ui';
import type { TokenScope } from '../../gql/graphql';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { i18n } from '../../lib/i18n';
import { CreateAccessToken } from './api/create-access-token';
import { scopes } from './scopes';
import cardStyles from '../../components/ui/card.module.css';
import fieldStyles from '../../components/ui/field.module.css';

/** The server's limit on a token's name (CreateAccessTokenInput.name). */
export const tokenNameMax = 80;

export function checkTokenName(name: string): string | undefined {
  const n = name.trim();
  if (n === '') return i18n.t('account:createToken.nameRequired');
  if (n.length > tokenNameMax) return i18n.t('account:createToken.nameTooLong', { max: tokenNameMax });
  return undefined;
}

/** A token just made: the only moment its secret is known to the app. */
export interface NewToken {
  name: string;
  token: string;
}

/** Makes a personal access token with a name and a scope; hands the secret to onCreated. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: NewToken) => void }) {
  const { t } = useTranslation('account');
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
    <form
      ref={formRef}
      className={`${fieldStyles.form} ${cardStyles.card}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{t('createToken.heading')}</h2>
      <TextField
        label={t('createToken.name')}
        name="name"
        autoComplete="off"
        hint={t('createToken.nameHint')}
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
        <legend className={fieldStyles.fieldLabel}>{t('createToken.scope')}</legend>
        {scopes().map((s) => (
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
        <p className={fieldStyles.fieldHint}>{t('createToken.limits')}</p>
      </fieldset>
      <FormAlert problems={server.general} title={t('createToken.notCreated')} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" busy={fetching}>
          {t('createToken.submit')}
        </Button>
      </div>
    </form>
  );
}
