import { i18n } from './i18n';

/** The figures Kindred shows, each with what it means in one sentence, in the app's language. */
export const meanings = {
  resourcesPerResult: {
    get name() {
      return i18n.t('meanings.resourcesPerResult.name');
    },
    get sentence() {
      return i18n.t('meanings.resourcesPerResult.sentence');
    },
  },
  alignment: {
    get name() {
      return i18n.t('meanings.alignment.name');
    },
    get sentence() {
      return i18n.t('meanings.alignment.sentence');
    },
  },
  fulfilment: {
    get name() {
      return i18n.t('meanings.fulfilment.name');
    },
    get sentence() {
      return i18n.t('meanings.fulfilment.sentence');
    },
  },
  reciprocity: {
    get name() {
      return i18n.t('meanings.reciprocity.name');
    },
    get sentence() {
      return i18n.t('meanings.reciprocity.sentence');
    },
  },
  behind: {
    get name() {
      return i18n.t('meanings.behind.name');
    },
    get sentence() {
      return i18n.t('meanings.behind.sentence');
    },
  },
  progress: {
    get name() {
      return i18n.t('meanings.progress.name');
    },
    get sentence() {
      return i18n.t('meanings.progress.sentence');
    },
  },
  onTrack: {
    get name() {
      return i18n.t('meanings.onTrack.name');
    },
    get sentence() {
      return i18n.t('meanings.onTrack.sentence');
    },
  },
  quorum: {
    get name() {
      return i18n.t('meanings.quorum.name');
    },
    get sentence() {
      return i18n.t('meanings.quorum.sentence');
    },
  },
  committeeSignal: {
    get name() {
      return i18n.t('meanings.committeeSignal.name');
    },
    get sentence() {
      return i18n.t('meanings.committeeSignal.sentence');
    },
  },
  statedVsLived: {
    get name() {
      return i18n.t('meanings.statedVsLived.name');
    },
    get sentence() {
      return i18n.t('meanings.statedVsLived.sentence');
    },
  },
} as const;

export type MeaningTerm = keyof typeof meanings;

/** The glossary's anchor for a term, e.g. /meanings#on-track. */
export function meaningPath(term: MeaningTerm): string {
  return `/meanings#${term.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
