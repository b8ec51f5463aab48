import type { RsvpStatus } from '../../gql/graphql';
import { localTimeZone } from '../../lib/format';
import { i18n } from '../../lib/i18n';

/** How each answer reads on a badge. */
export function answerLabels(): Record<RsvpStatus, string> {
  return {
    GOING: i18n.t('gatherings:answer.going'),
    MAYBE: i18n.t('gatherings:answer.maybe'),
    NOT_GOING: i18n.t('gatherings:answer.notGoing'),
    WAITING: i18n.t('gatherings:answer.waiting'),
  };
}

/** Where a gathering happens, in a few words. */
export function placeLine(place: string, onlineUrl: string): string {
  if (place && onlineUrl) return i18n.t('gatherings:place.andOnline', { place });
  return place || i18n.t('gatherings:place.online');
}

/** How full it is: "3 going of 10", "2 going, 1 waiting". */
export function spotsLine(going: number, capacity: number | null | undefined, waiting: number): string {
  const base = capacity
    ? i18n.t('gatherings:spots.goingOf', { count: going, capacity })
    : i18n.t('gatherings:spots.going', { count: going });
  return waiting > 0 ? i18n.t('gatherings:spots.andWaiting', { base, count: waiting }) : base;
}

/**
 * The time zone a person reads a gathering's times in: their own (their setting, else the
 * browser's), named when it is not the collaboration's, so that nobody takes it for the
 * time the others read.
 */
export function shownZone(
  personZone: string | null | undefined,
  collaborationZone: string | null | undefined,
): { timeZone: string; named: boolean } {
  const timeZone = personZone || localTimeZone();
  return { timeZone, named: !!collaborationZone && timeZone !== collaborationZone };
}

/** A duration in hours with up to two decimals, as the attendance form fills it in. */
export function hoursBetween(startIso: string, endIso: string): string {
  const h = (new Date(endIso).getTime() - new Date(startIso).getTime()) / 3_600_000;
  return String(Math.round(Math.min(h, 24) * 100) / 100);
}
