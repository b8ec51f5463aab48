import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, CheckboxField, FormAlert, TextAreaField, TextField } from '../../components/ui';
import { formProblems } from '../../lib/errors';
import { useFormState } from '../../lib/forms';
import { checkAmount, toDecimal, trimDecimal, unitLabel, type QuantityLike } from '../../lib/quantity';
import { compact } from '../../lib/validation';
import { UpdateNeed } from './api/update-need';
import { maxNeedDescription, maxSkillLength } from '../../lib/need-draft';
import needStyles from '../../components/need.module.css';
import fieldStyles from '../../components/ui/field.module.css';

interface Props {
  need: { id: string; filled: boolean; skill: string; description: string; quantity: QuantityLike };
  onClose: (message?: string) => void;
}

/** A steward changes a need: how much, the skill, the words, or marks it filled or open. */
export function EditNeedForm({ need, onClose }: Props) {
  const { t } = useTranslation('collaborations');
  const q = need.quantity;
  const [amount, setAmount] = useState(trimDecimal(q.amount).replace('−', '-'));
  const [skill, setSkill] = useState(need.skill);
  const [description, setDescription] = useState(need.description);
  const [filled, setFilled] = useState(need.filled);
  const { errors, serverError, formRef: ref, check, fail } = useFormState();
  const [{ fetching }, update] = useMutation(UpdateNeed);
  const server = formProblems(serverError, ['quantity', 'skill', 'description']);
  const shown = { ...server.fields, ...errors };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = compact({
      quantity: checkAmount(amount, q.kind, q.currency),
      skill: skill.trim().length > maxSkillLength ? t('editNeed.skillTooLong', { max: maxSkillLength }) : undefined,
    });
    if (!check(found)) return;
    const result = await update({
      input: {
        needId: need.id,
        quantity: toDecimal(amount),
        skill: skill.trim().toLowerCase(),
        description: description.trim(),
        filled,
      },
    });
    if (result.error) return fail(result.error);
    onClose(t('editNeed.saved'));
  }

  return (
    <form
      ref={ref}
      className={`${fieldStyles.form} ${needStyles.needForm}`}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('editNeed.label')}
    >
      <TextField
        label={t('editNeed.howMuch', { unit: unitLabel(q.kind, q.unit, q.currency) })}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={shown.quantity}
      />
      <TextField
        label={t('editNeed.skill')}
        optional
        maxLength={maxSkillLength}
        value={skill}
        onChange={(e) => setSkill(e.target.value)}
        error={shown.skill}
      />
      <TextAreaField
        label={t('editNeed.description')}
        optional
        rows={2}
        maxLength={maxNeedDescription}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={shown.description}
      />
      <CheckboxField
        label={t('editNeed.filled')}
        hint={t('editNeed.filledHint')}
        checked={filled}
        onChange={(e) => setFilled(e.target.checked)}
      />
      <FormAlert problems={server.general} />
      <div className={fieldStyles.formActions}>
        <Button type="submit" size="sm" busy={fetching}>
          {t('editNeed.submit')}
        </Button>
        <Button size="sm" variant="quiet" onClick={() => onClose()}>
          {t('cancel')}
        </Button>
      </div>
    </form>
  );
}
