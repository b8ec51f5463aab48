import { Trans, useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, ErrorState, LinkButton, Loading } from '../../components/ui';
import { impactPaths, outcomeAnchor } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetOutcome } from './api/get-outcome';
import { RecordMeasurement } from './api/record-measurement';
import { localDateTime, MeasurementForm, type MeasurementValues } from './measurement-form';
import { parseNumber } from './outcome-form';
import { FormPage, NotAllowed } from './page-frame';
import { formatDateTime, formatWithUnit } from '../../lib/format';

/** Where an active member records a measurement of an outcome, or corrects one. */
export function RecordMeasurementPage() {
  const { t } = useTranslation('impact');
  const { slug = '', outcomeId = '' } = useParams();
  const [search] = useSearchParams();
  const correctsId = search.get('corrects') ?? '';
  const title = correctsId ? t('record.correctTitle') : t('record.title');
  useDocumentTitle(title);
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetOutcome,
    variables: { id: outcomeId, correctsId, withCorrects: correctsId !== '' },
  });
  const [{ fetching: saving }, record] = useMutation(RecordMeasurement);
  const o = data?.outcome?.__typename === 'Outcome' ? data.outcome : undefined;
  const corrects = data?.corrects?.__typename === 'Measurement' ? data.corrects : undefined;
  const back = impactPaths.collaboration(slug);

  if (!data && fetching) return <Loading label={t('loadingOutcome')} />;
  if (error && !data) {
    return (
      <FormPage title={title}>
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
      <FormPage title={title}>
        <NotAllowed title={t('noSuchOutcome.title')} action={<LinkButton to={back}>{t('backToTheImpact')}</LinkButton>}>
          {t('noSuchOutcome.body')}
        </NotAllowed>
      </FormPage>
    );
  }
  const c = o.collaboration;
  if (c.slug !== slug) {
    return <Navigate to={impactPaths.recordMeasurement(c.slug, o.id, correctsId || undefined)} replace />;
  }
  const backToOutcome = `${back}#${outcomeAnchor(o.id)}`;
  if (c.viewerMembership?.status !== 'ACTIVE') {
    return (
      <FormPage title={title} collaboration={c.title} backTo={backToOutcome}>
        <NotAllowed
          title={t('record.membersOnly')}
          action={<LinkButton to={backToOutcome}>{t('backToItsImpact')}</LinkButton>}
        >
          {t('record.membersOnlyBody', { title: c.title })}
        </NotAllowed>
      </FormPage>
    );
  }
  if (correctsId && (!corrects || corrects.outcome.id !== o.id)) {
    return (
      <FormPage title={title} collaboration={c.title} backTo={backToOutcome}>
        <NotAllowed
          title={t('record.noSuchMeasurement')}
          action={<LinkButton to={backToOutcome}>{t('backToItsImpact')}</LinkButton>}
        >
          {t('record.noSuchMeasurementBody')}
        </NotAllowed>
      </FormPage>
    );
  }

  const initial: MeasurementValues = {
    value: '',
    measuredAt: localDateTime(corrects ? corrects.measuredAt : new Date()),
    evidenceUrl: '',
    evidenceNote: '',
  };

  async function submit(v: MeasurementValues) {
    const result = await record({
      input: {
        outcomeId: o!.id,
        value: parseNumber(v.value),
        ...(v.measuredAt ? { measuredAt: new Date(v.measuredAt).toISOString() } : {}),
        ...(v.evidenceUrl.trim() ? { evidenceUrl: v.evidenceUrl.trim() } : {}),
        ...(v.evidenceNote.trim() ? { evidenceNote: v.evidenceNote.trim() } : {}),
        ...(corrects ? { supersedesId: corrects.id } : {}),
      },
    });
    if (result.error || !result.data) return result.error;
    const figure = formatWithUnit(result.data.recordMeasurement.measurement.value, o!.unit);
    void navigate(backToOutcome, {
      state: {
        notice: corrects ? t('record.correctionDone', { figure }) : t('record.done', { figure }),
      },
    });
    return undefined;
  }

  return (
    <FormPage
      title={title}
      collaboration={c.title}
      backTo={backToOutcome}
      lede={
        <Trans
          t={t}
          i18nKey="record.lede"
          values={{
            name: o.name,
            baseline: formatWithUnit(o.baseline, o.unit),
            target: formatWithUnit(o.target, o.unit),
          }}
          components={{ strong: <strong /> }}
        />
      }
    >
      <MeasurementForm
        unit={o.unit}
        initial={initial}
        busy={saving}
        onSubmit={submit}
        cancelTo={backToOutcome}
        correcting={
          corrects && (
            <Alert tone="info" title={t('record.correcting')}>
              <p>
                {corrects.recordedBy
                  ? t('record.correctingWhatBy', {
                      figure: formatWithUnit(corrects.value, o.unit),
                      when: formatDateTime(corrects.measuredAt),
                      name: corrects.recordedBy.displayName,
                    })
                  : t('record.correctingWhat', {
                      figure: formatWithUnit(corrects.value, o.unit),
                      when: formatDateTime(corrects.measuredAt),
                    })}
                {!corrects.current && ` ${t('record.correctedAlready')}`}
              </p>
            </Alert>
          )
        }
      />
    </FormPage>
  );
}
