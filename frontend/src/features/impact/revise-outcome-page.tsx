import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState, LinkButton, Loading } from '../../components/ui';
import type { ReviseOutcomeInput } from '../../gql/graphql';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetOutcome } from './api/get-outcome';
import { ReviseOutcome } from './api/revise-outcome';
import { OutcomeHistory } from './outcome-history';
import { dayOf, endOfDay, OutcomeForm, parseNumber, type OutcomeValues } from './outcome-form';
import { FormPage, NotAllowed } from './page-frame';
import styles from './impact.module.css';
import cardStyles from '../../components/ui/card.module.css';

/** Only what changed, so an unchanged due date that has passed is not sent again. */
export function revision(outcomeId: string, before: OutcomeValues, after: OutcomeValues): ReviseOutcomeInput {
  const input: ReviseOutcomeInput = { outcomeId };
  if (after.name.trim() !== before.name) input.name = after.name.trim();
  if (after.unit.trim() !== before.unit) input.unit = after.unit.trim();
  if (parseNumber(after.baseline) !== parseNumber(before.baseline)) input.baseline = parseNumber(after.baseline);
  if (parseNumber(after.target) !== parseNumber(before.target)) input.target = parseNumber(after.target);
  if (after.direction !== before.direction || input.baseline !== undefined || input.target !== undefined) {
    input.direction = after.direction;
  }
  if (after.dueDate !== before.dueDate) {
    if (after.dueDate) input.dueAt = endOfDay(after.dueDate);
    else input.clearDueAt = true;
  }
  const same =
    after.valueIds.length === before.valueIds.length && after.valueIds.every((v) => before.valueIds.includes(v));
  if (!same) input.valueIds = after.valueIds;
  if ((after.metricCode ?? '') !== (before.metricCode ?? '')) input.metricCode = after.metricCode ?? '';
  if (after.reason.trim()) input.reason = after.reason.trim();
  return input;
}

/** Where a steward revises an outcome; the earlier definitions stay in its history. */
export function ReviseOutcomePage() {
  const { t } = useTranslation('impact');
  useDocumentTitle(t('revise.title'));
  const { slug = '', outcomeId = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetOutcome,
    variables: { id: outcomeId, correctsId: '', withCorrects: false },
  });
  const [{ fetching: saving }, revise] = useMutation(ReviseOutcome);
  const o = data?.outcome?.__typename === 'Outcome' ? data.outcome : undefined;
  const back = impactPaths.collaboration(slug);

  if (!data && fetching) return <Loading label={t('loadingOutcome')} />;
  if (error && !data) {
    return (
      <FormPage title={t('revise.title')}>
        <ErrorState
          error={error}
          title={t('outcomeNotLoaded')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </FormPage>
    );
  }
  if (!o) {
    return (
      <FormPage title={t('revise.title')}>
        <NotAllowed title={t('noSuchOutcome.title')} action={<LinkButton to={back}>{t('backToTheImpact')}</LinkButton>}>
          {t('noSuchOutcome.body')}
        </NotAllowed>
      </FormPage>
    );
  }
  const c = o.collaboration;
  if (c.slug !== slug) return <Navigate to={impactPaths.editOutcome(c.slug, o.id)} replace />;
  const m = c.viewerMembership;
  if (!(m?.status === 'ACTIVE' && m.role === 'STEWARD')) {
    return (
      <FormPage title={t('revise.titleOf', { name: o.name })} collaboration={c.title} backTo={back}>
        <NotAllowed title={t('revise.stewardsOnly')} action={<LinkButton to={back}>{t('backToItsImpact')}</LinkButton>}>
          {t('revise.askSteward', { title: c.title })}
        </NotAllowed>
        <OutcomeHistory outcome={o} headingLevel={2} />
      </FormPage>
    );
  }

  const initial: OutcomeValues = {
    name: o.name,
    unit: o.unit,
    baseline: String(o.baseline),
    target: String(o.target),
    direction: o.direction,
    dueDate: dayOf(o.dueAt),
    valueIds: o.values.map((v) => v.id),
    reason: '',
    metricCode: o.metric?.code ?? '',
  };
  const choices = [...o.values, ...c.values.map((v) => v.value).filter((v) => !o.values.some((ov) => ov.id === v.id))];

  async function submit(v: OutcomeValues) {
    const result = await revise({ input: revision(o!.id, initial, v) });
    if (result.error || !result.data) return result.error;
    void navigate(`${back}#${outcomeAnchor(o!.id)}`, {
      state: {
        notice: t('revise.done', { name: result.data.reviseOutcome.outcome.name }),
      },
    });
    return undefined;
  }

  return (
    <FormPage
      title={t('revise.titleOf', { name: o.name })}
      collaboration={c.title}
      backTo={back}
      lede={t('revise.lede')}
    >
      <OutcomeForm
        mode="revise"
        initial={initial}
        choices={choices}
        metrics={data?.metrics}
        busy={saving}
        onSubmit={submit}
        cancelTo={back}
      />
      <div className={`${cardStyles.card} ${styles.historyCard}`}>
        <OutcomeHistory outcome={o} headingLevel={2} />
      </div>
    </FormPage>
  );
}
