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
  graphiql: '/graphiql',
  person: (handle: string) => `/people/${encodeURIComponent(handle)}`,
  discover: '/discover',
  discoverCollaborations: '/discover/collaborations',
  value: (slug: string) => `/values/${encodeURIComponent(slug)}`,
  myCollaborations: '/collaborations',
  newCollaboration: '/collaborations/new',
  collaboration: (slug: string) => `/c/${encodeURIComponent(slug)}`,
  joinCollaboration: (slug: string) => `/c/${encodeURIComponent(slug)}/join`,
  commitMore: (slug: string) => `/c/${encodeURIComponent(slug)}/commit`,
  editCollaboration: (slug: string) => `/c/${encodeURIComponent(slug)}/edit`,
  dashboard: '/dashboard',
} as const;

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
