const day = 24 * 60 * 60_000;

/** The default closing time of a new proposal: a week from now, on the next full hour. */
export function defaultClosing(now: Date): Date {
  const d = new Date(now.getTime() + 7 * day);
  if (d.getMinutes() !== 0 || d.getSeconds() !== 0 || d.getMilliseconds() !== 0) {
    d.setMinutes(60, 0, 0);
  }
  return d;
}
