import { useTranslation } from 'react-i18next';
import { useMemo, useReducer, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, ErrorState, FormAlert, Loading } from '../../components/ui';
import { formProblems, type Problem } from '../../lib/errors';
import { paths } from '../../lib/paths';
import { GetMyValues } from './api/get-my-values';
import { RemoveMyValue } from './api/remove-my-value';
import { SetMyValue } from './api/set-my-value';
import type { ChosenValueErrors } from './chosen-value-editor';
import { ValuePicker } from './value-picker';
import { changesBetween, maxValues, selectionReducer, type Selection, type SelectionAction } from './value-selection';
import styles from './values-editor.module.css';

/**
 * Loads the viewer's values into the picker and saves the difference: removals first
 * (so the limit of twelve is never crossed on the way), then new and changed values.
 */
export function ValuesEditor({
  saveLabel,
  chosenFirst,
  requireOne,
  onSaved,
}: {
  saveLabel: string;
  chosenFirst: boolean;
  requireOne?: boolean;
  /** Called after a save; without it the editor says it saved and stays. */
  onSaved?: (handle: string) => void;
}) {
  const { t } = useTranslation('values');
  const [, removeMyValue] = useMutation(RemoveMyValue);
  const [, setMyValue] = useMutation(SetMyValue);
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetMyValues });
  const saved = useMemo<Selection>(
    () =>
      (data?.viewer?.values ?? []).map((pv) => ({
        valueId: pv.value.id,
        slug: pv.value.slug,
        name: pv.value.name,
        description: pv.value.description,
        strength: pv.strength,
        statement: pv.statement,
      })),
    [data],
  );
  const [selection, dispatchSelection] = useReducer(selectionReducer, []);
  const [status, setStatus] = useState<'editing' | 'saved' | 'unchanged'>('editing');
  const dispatch = (action: SelectionAction) => {
    setStatus('editing');
    dispatchSelection(action);
  };
  const [loaded, setLoaded] = useState(false);
  const [saving, setSaving] = useState(false);
  const [valueErrors, setValueErrors] = useState<Record<string, ChosenValueErrors>>({});
  const [general, setGeneral] = useState<Problem[]>([]);
  const [generalTitle, setGeneralTitle] = useState<string>();

  // The saved values fill the picker once, when they first arrive. This happens while
  // rendering (React renders again at once) rather than in an effect, which would first
  // show an empty picker and then render everything a second time.
  if (data?.viewer && !loaded) {
    setLoaded(true);
    dispatchSelection({ type: 'replace', selection: saved });
  }

  if (!data && fetching) return <Loading label={t('editor.loading')} />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={t('editor.loadError')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  const viewer = data?.viewer;
  if (!viewer) return <Loading />;

  const { removed, set } = changesBetween(saved, selection);
  const unchanged = removed.length === 0 && set.length === 0;

  async function save() {
    setGeneral([]);
    setValueErrors({});
    setStatus('editing');
    if (requireOne && selection.length === 0) {
      setGeneralTitle(undefined);
      setGeneral([{ code: 'BAD_USER_INPUT', message: t('editor.chooseOne') }]);
      return;
    }
    if (unchanged) {
      if (onSaved) onSaved(viewer!.handle);
      else setStatus('unchanged');
      return;
    }
    setSaving(true);
    const errs: Record<string, ChosenValueErrors> = {};
    const others: Problem[] = [];
    for (const valueId of removed) {
      const r = await removeMyValue({ input: { valueId } });
      if (r.error) others.push(...formProblems(r.error, []).general);
    }
    for (const c of set) {
      const r = await setMyValue({
        input: { valueId: c.valueId, strength: c.strength, statement: c.statement.trim() },
      });
      if (r.error) {
        const p = formProblems(r.error, ['strength', 'statement']);
        errs[c.valueId] = {
          ...p.fields,
          general: p.general.map((g) => g.message).join(' ') || undefined,
        };
      }
    }
    setSaving(false);
    const failed = Object.keys(errs).length;
    if (failed > 0 || others.length > 0) {
      setValueErrors(errs);
      setGeneralTitle(t('editor.notAllSaved'));
      setGeneral([
        ...others,
        ...(failed > 0
          ? [
              {
                code: 'BAD_USER_INPUT' as const,
                message: t('editor.notSaved', { count: failed }),
              },
            ]
          : []),
      ]);
      return;
    }
    if (onSaved) onSaved(viewer!.handle);
    else setStatus('saved');
  }

  return (
    <>
      <ValuePicker selection={selection} dispatch={dispatch} errors={valueErrors} chosenFirst={chosenFirst} />
      <FormAlert problems={general} title={generalTitle} />
      <div className={styles.saveBar}>
        <p className={styles.saveBarStatus} role="status">
          {status === 'saved' ? (
            <>
              <strong>{t('editor.saved')}</strong> <Link to={paths.person(viewer.handle)}>{t('editor.seeThem')}</Link>
            </>
          ) : status === 'unchanged' ? (
            t('editor.unchanged')
          ) : (
            t('editor.chosen', { chosen: selection.length, max: maxValues })
          )}
        </p>
        <Button busy={saving} onClick={() => void save()}>
          {saveLabel}
        </Button>
      </div>
    </>
  );
}
