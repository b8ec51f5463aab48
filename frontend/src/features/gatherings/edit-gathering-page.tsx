import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, LinkButton, Loading } from '../../components/ui';
import { wallClock } from '../../lib/format';
import { gatheringPaths } from '../../lib/paths';
import { useDocumentTitle } from '../../lib/use-document-title';
import { GetGathering } from './api/get-gathering';
import { UpdateGathering } from './api/update-gathering';
import { GatheringForm } from './gathering-form';

/**
 * Stewards change a gathering that has not ended nor been cancelled: every field, as when planning it. The
 * server keeps capacity at or above how many are going.
 */
export function EditGatheringPage({ slug }: { slug: string }) {
  const { t } = useTranslation('gatherings');
  const { number = '' } = useParams();
  const n = Number.parseInt(number, 10);
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GetGathering,
    variables: { slug, number: n },
    pause: !Number.isSafeInteger(n),
  });
  const [{ fetching: saving }, update] = useMutation(UpdateGathering);
  // Whether it has ended is judged as of opening the page, as on the gathering's page.
  const [now] = useState(() => Date.now());
  const g = data?.collaboration?.gathering;
  useDocumentTitle(g ? t('edit.documentTitle', { title: g.title }) : data ? t('notFound') : undefined);

  if (!data && fetching) return <Loading label={t('gathering.loading')} />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title={t('gathering.loadFailed')}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
      />
    );
  }
  const ended = g != null && new Date(g.endsAt).getTime() <= now;
  if (!g || !g.viewerCanManage || g.cancelledAt || ended) {
    return (
      <EmptyState
        title={g ? t('edit.cannot') : t('gathering.none')}
        action={<LinkButton to={gatheringPaths.list(slug)}>{t('gathering.seeAll')}</LinkButton>}
      >
        {g ? t('edit.cannotHint') : t('gathering.noneHint')}
      </EmptyState>
    );
  }
  return (
    <GatheringForm
      slug={slug}
      initial={{
        title: g.title,
        description: g.description,
        localStart: wallClock(g.startsAt, g.timeZone),
        localEnd: wallClock(g.endsAt, g.timeZone),
        timeZone: g.timeZone,
        place: g.place ?? '',
        onlineUrl: g.onlineUrl ?? '',
        capacity: g.capacity == null ? '' : String(g.capacity),
        needId: g.need?.id ?? '',
      }}
      heading={t('edit.heading', { title: g.title })}
      submitLabel={t('edit.submit')}
      failedTitle={t('edit.failed')}
      busy={saving}
      save={async (fields) => {
        const r = await update({ input: { gatheringId: g.id, ...fields } });
        if (r.error || !r.data) return r.error;
        void navigate(gatheringPaths.gathering(slug, g.number));
      }}
    />
  );
}
