import { useTranslation } from 'react-i18next';
import { QuantityFields } from './quantity-fields';
import { TextAreaField, TextField } from './ui';
import { maxNeedDescription, maxSkillLength, type NeedDraft } from '../lib/need-draft';

/** The fields of one need: its quantity, the skill it asks for, and what it is about. */
export function NeedFields({
  draft,
  onChange,
  errors = {},
}: {
  draft: NeedDraft;
  onChange: (change: Partial<NeedDraft>) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <QuantityFields value={draft} onChange={onChange} errors={errors} />
      <TextField
        label={t('needFields.skill')}
        optional
        maxLength={maxSkillLength}
        value={draft.skill}
        onChange={(e) => onChange({ skill: e.target.value })}
        hint={t('needFields.skillHint')}
        error={errors.skill}
      />
      <TextAreaField
        label={t('needFields.description')}
        optional
        rows={2}
        maxLength={maxNeedDescription}
        value={draft.description}
        onChange={(e) => onChange({ description: e.target.value })}
        error={errors.description}
      />
    </>
  );
}
