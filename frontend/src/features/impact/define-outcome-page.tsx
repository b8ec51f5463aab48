import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DefineOutcome } from './api/define-outcome';
import { GetOutcomeContext } from './api/get-outcome-context';
import { endOfDay, OutcomeForm, parseNumber, type OutcomeValues } from './outcome-form';
import { FormPage, NotAllowed } from './page-frame';

/** Where a steward defines an outcome the collaboration aims for. */
export function DefineOutcomePage() {
  const { t } = useTranslation('impact');
  useDocumentTitle(t('define.title'));
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GetOutcomeContext, variables: { slug } });
  const [{ fetching: saving }, define] = useMutation(DefineOutcome);
  const back = impactPaths.collaboration(slug);
  const c = data?.collaboration;

  if (!data && fetching) return <Loading label={t('define.loading')} />;
  if (error && !data) {
    return (
      <FormPage title={t('define.title')}>
        <ErrorState
          error={error}
          title={t('define.notLoaded')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      </FormPage>
    );
  }
  if (!c) {
    return (
      <FormPage title={t('define.title')}>
        <NotAllowed
          title={t('noSuchCollaboration', { slug })}
          action={<LinkButton to={impactPaths.overview}>{t('seeCommunity')}</LinkButton>}
        >
          {t('checkAddress')}
        </NotAllowed>
      </FormPage>
    );
  }
  const m = c.viewerMembership;
  if (!(m?.status === 'ACTIVE' && m.role === 'STEWARD')) {
    return (
      <FormPage title={t('define.title')} collaboration={c.title} backTo={back}>
        <NotAllowed title={t('define.stewardsOnly')} action={<LinkButton to={back}>{t('backToItsImpact')}</LinkButton>}>
          {t('define.stewardsOnlyBody', { title: c.title })}
        </NotAllowed>
      </FormPage>
    );
  }

  const initial: OutcomeValues = {
    name: '',
    unit: '',
    baseline: '',
    target: '',
    direction: 'INCREASE',
    dueDate: '',
    valueIds: c.values.map((v) => v.value.id),
    reason: '',
    metricCode: '',
  };

  async function submit(v: OutcomeValues) {
    const result = await define({
      input: {
        collaborationId: c!.id,
        name: v.name.trim(),
        unit: v.unit.trim(),
        baseline: parseNumber(v.baseline),
        target: parseNumber(v.target),
        direction: v.direction,
        ...(v.dueDate ? { dueAt: endOfDay(v.dueDate) } : {}),
        valueIds: v.valueIds,
        ...(v.metricCode ? { metricCode: v.metricCode } : {}),
      },
    });
    if (result.error || !result.data) return result.error;
    const o = result.data.defineOutcome.outcome;
    void navigate(`${back}#${outcomeAnchor(o.id)}`, {
      state: { notice: t('define.done', { name: o.name }) },
    });
    return undefined;
  }

  return (
    <FormPage title={t('define.title')} collaboration={c.title} backTo={back} lede={t('define.lede')}>
      <OutcomeForm
        mode="define"
        initial={initial}
        choices={c.values.map((v) => v.value)}
        metrics={data.metrics}
        busy={saving}
        onSubmit={submit}
        cancelTo={back}
      />
    </FormPage>
  );
}
