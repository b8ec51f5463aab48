/**
 * The impact pages' paths. They live with the feature so that the pages other engineers
 * build (a collaboration's, a value's) can link here without the shared paths file.
 */
const seg = encodeURIComponent;

export const impactPaths = {
  overview: '/impact',
  collaboration: (slug: string) => `/c/${seg(slug)}/impact`,
  newOutcome: (slug: string) => `/c/${seg(slug)}/impact/outcomes/new`,
  editOutcome: (slug: string, outcomeId: string) => `/c/${seg(slug)}/impact/outcomes/${seg(outcomeId)}/edit`,
  /** The form to record a measurement; with `corrects`, a correction of that one. */
  recordMeasurement: (slug: string, outcomeId: string, corrects?: string) =>
    `/c/${seg(slug)}/impact/outcomes/${seg(outcomeId)}/measurements/new${
      corrects ? `?corrects=${seg(corrects)}` : ''
    }`,
  person: (handle: string) => `/people/${seg(handle)}/impact`,
  value: (slug: string) => `/values/${seg(slug)}/impact`,
  /** The downloads the API serves (not pages of the app). */
  exportFile: (slug: string, format: 'csv' | 'json') => `/collaborations/${seg(slug)}/impact.${format}`,
} as const;

/** A person's page (owned by the people feature; the address is shared by convention). */
export const personPath = (handle: string) => `/people/${seg(handle)}`;

/** An outcome's anchor on its collaboration's impact page. */
export const outcomeAnchor = (outcomeId: string) => `outcome-${outcomeId.replace(/[^A-Za-z0-9_-]/g, '')}`;
