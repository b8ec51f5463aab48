/** Discovery filters as they live in the address (so a filtered list can be shared) and as the API takes them. */

/** How many matches a page of results holds. */
export const pageSize = 20;

export interface DiscoveryFilter {
  search: string;
  /** A value's slug. */
  value: string;
  skill: string;
  place: string;
  remote: boolean;
  /** The lowest alignment, "" or "0.2"… */
  min: string;
}

export const emptyFilter: DiscoveryFilter = { search: '', value: '', skill: '', place: '', remote: false, min: '' };

/** The lowest alignments a list may ask for; "" for any. */
export const minScores = ['', '0.2', '0.4', '0.6', '0.8'];

export function parseFilter(params: URLSearchParams): DiscoveryFilter {
  const min = params.get('min') ?? '';
  return {
    search: params.get('q') ?? '',
    value: params.get('value') ?? '',
    skill: params.get('skill') ?? '',
    place: params.get('place') ?? '',
    remote: params.get('remote') === '1',
    min: minScores.includes(min) ? min : '',
  };
}

export function filterParams(f: DiscoveryFilter): URLSearchParams {
  const p = new URLSearchParams();
  if (f.search.trim()) p.set('q', f.search.trim());
  if (f.value) p.set('value', f.value);
  if (f.skill.trim()) p.set('skill', f.skill.trim());
  if (f.place.trim()) p.set('place', f.place.trim());
  if (f.remote) p.set('remote', '1');
  if (f.min) p.set('min', f.min);
  return p;
}

export function isFiltered(f: DiscoveryFilter): boolean {
  return filterParams(f).toString() !== '';
}

/** The API's arguments for a filter; `valueId` is the chosen value's global ID, once known. */
export function filterVariables(f: DiscoveryFilter, valueId: string | undefined) {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.value && valueId ? { valueId } : {}),
    ...(f.skill.trim() ? { skill: f.skill.trim().toLowerCase() } : {}),
    ...(f.place.trim() ? { place: f.place.trim() } : {}),
    ...(f.remote ? { remoteFriendly: true } : {}),
    ...(f.min ? { minScore: Number(f.min) } : {}),
  };
}
