import type { RsvpStatus } from '../../gql/graphql';

/** How each answer reads on a badge. */
export const answerLabels: Record<RsvpStatus, string> = {
  GOING: 'Going',
  MAYBE: 'Maybe',
  NOT_GOING: 'Not going',
  WAITING: 'On the waiting list',
};

/** Where a gathering happens, in a few words. */
export function placeLine(place: string, onlineUrl: string): string {
  if (place && onlineUrl) return `${place} and online`;
  return place || 'Online';
}

/** How full it is: "3 going of 10", "2 going, 1 waiting". */
export function spotsLine(going: number, capacity: number | null | undefined, waiting: number): string {
  const base = capacity ? `${going} going of ${capacity}` : `${going} going`;
  return waiting > 0 ? `${base}, ${waiting} waiting` : base;
}

/** A duration in hours with up to two decimals, as the attendance form fills it in. */
export function hoursBetween(startIso: string, endIso: string): string {
  const h = (new Date(endIso).getTime() - new Date(startIso).getTime()) / 3_600_000;
  return String(Math.round(Math.min(h, 24) * 100) / 100);
}
