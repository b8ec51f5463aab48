import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/ui';
import { formatList, formatNumber } from '../../lib/format';
import type { PollView_ProposalFragment } from '../../gql/graphql';
import { planGatheringPath } from '../../lib/paths';
import styles from './poll-results.module.css';

type Poll = PollView_ProposalFragment;

/** The options' labels by key. */
function labels(p: Poll): Map<number, string> {
  return new Map(p.options.map((o) => [o.key, o.label]));
}

/** The runoff round by round: one column per round, one row per option, "out" once eliminated. */
function RoundsTable({ p }: { p: Poll }) {
  const { t } = useTranslation('decisions');
  const rounds = p.results?.rounds ?? [];
  const name = labels(p);
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption>{t('results.roundsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.option')}</th>
            {rounds.map((_, i) => (
              <th key={i} scope="col">
                {t('results.round', { n: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.options.map((o) => (
            <tr key={o.key} className={o.chosen ? styles.won : undefined}>
              <th scope="row">{o.label}</th>
              {rounds.map((r, i) => {
                const c = r.counts.find((x) => x.option === o.key);
                return (
                  <td key={i}>
                    {c ? c.votes : <span className="muted">{t('results.out')}</span>}
                    {r.eliminated === o.key && <span className={styles.note}> {t('results.eliminated')}</span>}
                    {r.elected === o.key && <span className={styles.note}> {t('results.elected')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row" className={styles.soft}>
              {t('results.exhausted')}
            </th>
            {rounds.map((r, i) => (
              <td key={i} className={styles.soft}>
                {r.exhausted}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <ol className={styles.story}>
        {rounds.map((r, i) => {
          const counting = r.counts.reduce((a, c) => a + c.votes, 0);
          return (
            <li key={i}>
              {r.elected != null
                ? t('results.story.elected', { n: i + 1, count: counting, option: name.get(r.elected) })
                : r.eliminated != null
                  ? t('results.story.eliminated', { n: i + 1, count: counting, option: name.get(r.eliminated) })
                  : t('results.story.even', { n: i + 1, count: counting })}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Each option's tally for a score poll, a dot vote or a meeting-time poll. */
function TallyTable({ p }: { p: Poll }) {
  const { t } = useTranslation('decisions');
  const tally = new Map((p.results?.options ?? []).map((o) => [o.option, o]));
  const kind = p.decisionKind;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{kind === 'MEETING_TIME' ? t('results.slot') : t('results.option')}</th>
            {kind === 'SCORE' && (
              <>
                <th scope="col">{t('results.mean')}</th>
                <th scope="col">{t('results.sum')}</th>
              </>
            )}
            {kind === 'DOT_VOTE' && <th scope="col">{t('results.dots')}</th>}
            {kind === 'MEETING_TIME' && (
              <>
                <th scope="col">{t('availability.yes')}</th>
                <th scope="col">{t('availability.ifNeedBe')}</th>
                <th scope="col">{t('availability.no')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {p.options.map((o) => {
            const count = tally.get(o.key);
            return (
              <tr key={o.key} className={o.chosen ? styles.won : undefined}>
                <th scope="row">{o.label}</th>
                {kind === 'SCORE' && (
                  <>
                    <td>{formatNumber(count?.mean ?? 0)}</td>
                    <td>{count?.total ?? 0}</td>
                  </>
                )}
                {kind === 'DOT_VOTE' && <td>{count?.total ?? 0}</td>}
                {kind === 'MEETING_TIME' && (
                  <>
                    <td>{count?.yes ?? 0}</td>
                    <td>{count?.ifNeedBe ?? 0}</td>
                    <td>{count?.no ?? 0}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * How a closed poll came out: the winner, or the options that tied; each option's tally,
 * the runoff round by round; for a meeting-time poll, the chosen slot and a way to plan a
 * gathering then.
 */
export function PollResults({ p, slug }: { p: Poll; slug: string }) {
  const { t } = useTranslation('decisions');
  const r = p.results;
  if (!r) return null;
  const name = labels(p);
  const winners = r.winners.map((k) => name.get(k) ?? t('results.optionKey', { n: k }));
  const chosen = p.decisionKind === 'MEETING_TIME' ? p.options.find((o) => o.chosen) : undefined;
  return (
    <section className={styles.results} aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results.heading')}</h2>
      <p className={styles.headline}>
        {winners.length === 0
          ? t('results.none')
          : r.tie
            ? t('results.tie', {
                options: formatList(winners),
              })
            : p.decisionKind === 'MEETING_TIME'
              ? t('results.chosenTime', { option: winners[0] })
              : t('results.wins', { option: winners[0] })}{' '}
        <span className="muted">{t('results.ballots', { count: r.ballots })}</span>
      </p>
      {chosen?.localStart && chosen.localEnd && chosen.timeZone && (
        <p>
          <LinkButton
            to={planGatheringPath(slug, p.title, {
              start: chosen.localStart,
              end: chosen.localEnd,
              timeZone: chosen.timeZone,
            })}
          >
            {t('results.planGathering')}
          </LinkButton>
        </p>
      )}
      {p.decisionKind === 'RANKED_CHOICE' ? <RoundsTable p={p} /> : <TallyTable p={p} />}
    </section>
  );
}

/** An open poll's options (its time slots for a meeting-time poll), as listed. */
export function PollOptionList({ p }: { p: Poll }) {
  const { t } = useTranslation('decisions');
  return (
    <section className={styles.results} aria-labelledby="options-heading">
      <h2 id="options-heading">
        {p.decisionKind === 'MEETING_TIME' ? t('results.theSlots') : t('results.theOptions')}
      </h2>
      <ol className={styles.story}>
        {p.options.map((o) => (
          <li key={o.key}>{o.label}</li>
        ))}
      </ol>
    </section>
  );
}
