/** The app's paths in one place, so links and redirects agree. */
export const paths = {
  home: '/',
  signUp: '/signup',
  logIn: '/login',
  onboarding: '/onboarding',
  myValues: '/settings/values',
  profile: '/settings/profile',
  password: '/settings/password',
  accessTokens: '/settings/tokens',
  account: '/settings/account',
  mailPreferences: '/settings/notifications',
  calendar: '/settings/calendar',
  /** Where a mail's one-click unsubscribe link lands (GET) and posts (POST, server/unsubscribe.go). */
  unsubscribe: '/unsubscribe',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  verifyEmail: '/verify-email',
  graphiql: '/graphiql',
  person: (handle: string) => `/people/${encodeURIComponent(handle)}`,
  discover: '/discover',
  discoverCollaborations: '/discover/collaborations',
  value: (slug: string) => `/values/${encodeURIComponent(slug)}`,
  myCollaborations: '/collaborations',
  newCollaboration: '/collaborations/new',
  collaboration: (slug: string) => `/c/${encodeURIComponent(slug)}`,
  collaborationPeople: (slug: string) => `/c/${encodeURIComponent(slug)}/people`,
  collaborationLedger: (slug: string) => `/c/${encodeURIComponent(slug)}/ledger`,
  collaborationActivity: (slug: string) => `/c/${encodeURIComponent(slug)}/activity`,
  joinCollaboration: (slug: string) => `/c/${encodeURIComponent(slug)}/join`,
  commitMore: (slug: string) => `/c/${encodeURIComponent(slug)}/commit`,
  editCollaboration: (slug: string) => `/c/${encodeURIComponent(slug)}/edit`,
  dashboard: '/dashboard',
  /** The admins' queue of reports. */
  adminReports: '/admin/reports',
} as const;

/** The paths of the decisions pages, and of the collaboration page they belong to. */
export const decisionPaths = {
  collaboration: (slug: string) => `/c/${encodeURIComponent(slug)}`,
  decisions: (slug: string) => `/c/${encodeURIComponent(slug)}/decisions`,
  propose: (slug: string) => `/c/${encodeURIComponent(slug)}/decisions/new`,
  /** A proposal's page; `id` is its global ID, as `node(id:)` takes it. */
  proposal: (slug: string, id: string) => `/c/${encodeURIComponent(slug)}/proposals/${encodeURIComponent(id)}`,
  person: (handle: string) => `/people/${encodeURIComponent(handle)}`,
} as const;

/**
 * The form that plans a gathering, filled with a title and a time slot (wall-clock times in
 * the slot's IANA time zone), as a meeting-time poll's chosen slot offers it.
 */
export function planGatheringPath(
  slug: string,
  title: string,
  slot: { start: string; end: string; timeZone: string },
): string {
  const q = new URLSearchParams({ title, start: slot.start, end: slot.end, tz: slot.timeZone });
  return `/c/${encodeURIComponent(slug)}/gatherings/new?${q.toString()}`;
}

const seg = encodeURIComponent;

/** The impact pages' paths. */
export const impactPaths = {
  overview: '/impact',
  collaboration: (slug: string) => `/c/${seg(slug)}/impact`,
  newOutcome: (slug: string) => `/c/${seg(slug)}/impact/outcomes/new`,
  editOutcome: (slug: string, outcomeId: string) => `/c/${seg(slug)}/impact/outcomes/${seg(outcomeId)}/edit`,
  /** The form to record a measurement; with `corrects`, a correction of that one. */
  recordMeasurement: (slug: string, outcomeId: string, corrects?: string) =>
    `/c/${seg(slug)}/impact/outcomes/${seg(outcomeId)}/measurements/new${corrects ? `?corrects=${seg(corrects)}` : ''}`,
  person: (handle: string) => `/people/${seg(handle)}/impact`,
  value: (slug: string) => `/values/${seg(slug)}/impact`,
  /** The downloads the API serves (not pages of the app). */
  exportFile: (slug: string, format: 'csv' | 'json') => `/collaborations/${seg(slug)}/impact.${format}`,
  /** A collaboration's report laid out for print. */
  report: (slug: string) => `/c/${seg(slug)}/report`,
  personExport: (handle: string, format: 'csv' | 'json') => `/export/person/${seg(handle)}.${format}`,
  valueExport: (slug: string, format: 'csv' | 'json') => `/export/value/${seg(slug)}.${format}`,
  communityExport: (format: 'csv' | 'json') => `/export/community.${format}`,
} as const;

/** The talk pages' paths: a collaboration's threads, and one thread by its number. */
export const talkPaths = {
  talk: (slug: string) => `/c/${seg(slug)}/talk`,
  thread: (slug: string, number: number) => `/c/${seg(slug)}/talk/${number}`,
  person: (handle: string) => `/people/${seg(handle)}`,
} as const;

/**
 * The gatherings pages' paths. The plan form takes a prefill: `title`, `start` and `end`
 * (wall-clock "2026-12-10T18:30" in `tz`, or an instant such as "2026-12-10T17:30:00Z")
 * and `tz` (an IANA time zone), as a meeting-time poll links to it with a chosen slot.
 */
export const gatheringPaths = {
  list: (slug: string) => `/c/${seg(slug)}/gatherings`,
  past: (slug: string) => `/c/${seg(slug)}/gatherings?when=past`,
  plan: (slug: string, prefill?: { title?: string; start?: string; end?: string; tz?: string }) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(prefill ?? {})) if (v) q.set(k, v);
    const qs = q.toString();
    return `/c/${seg(slug)}/gatherings/new${qs ? `?${qs}` : ''}`;
  },
  gathering: (slug: string, number: number) => `/c/${seg(slug)}/gatherings/${number}`,
  edit: (slug: string, number: number) => `/c/${seg(slug)}/gatherings/${number}/edit`,
} as const;

/** An outcome's anchor on its collaboration's impact page. */
export const outcomeAnchor = (outcomeId: string) => `outcome-${outcomeId.replace(/[^A-Za-z0-9_-]/g, '')}`;

/** The log-in page, asked to come back to `next` afterwards. */
export function loginPath(next?: string, expired = false): string {
  const params = new URLSearchParams();
  if (next && next !== '/' && safeNext(next)) params.set('next', next);
  if (expired) params.set('expired', '1');
  const q = params.toString();
  return q ? `${paths.logIn}?${q}` : paths.logIn;
}

/**
 * Returns `next` if it is a path on this site, else null, so a crafted link cannot send
 * a person elsewhere after they log in.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  if (next.startsWith(paths.logIn) || next.startsWith(paths.signUp)) return null;
  return next;
}
