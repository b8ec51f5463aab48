/** The paths of the decisions pages, and of the collaboration page they belong to. */
export const decisionPaths = {
  collaboration: (slug: string) => `/c/${encodeURIComponent(slug)}`,
  decisions: (slug: string) => `/c/${encodeURIComponent(slug)}/decisions`,
  propose: (slug: string) => `/c/${encodeURIComponent(slug)}/decisions/new`,
  /** A proposal's page; `id` is its global ID, as `node(id:)` takes it. */
  proposal: (slug: string, id: string) =>
    `/c/${encodeURIComponent(slug)}/proposals/${encodeURIComponent(id)}`,
  person: (handle: string) => `/people/${encodeURIComponent(handle)}`,
} as const;
