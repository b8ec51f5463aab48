/**
 * The create-a-collaboration wizard's state and rules: five steps, each checked before
 * the next, and the one CreateCollaboration input at the end. Errors are keyed by the
 * API's field paths ("title", "needs.1.currency", "commitment.quantity") so the server's
 * errors land on the same fields.
 */
import type { CreateCollaborationInput, Visibility } from '../../../gql/graphql';
import { endOfDayISO, startOfDayISO, checkFutureDate } from '../../../lib/dates';
import { compact } from '../../../lib/validation';
import {
  changeCommitment,
  checkCommitment,
  commitmentInput,
  emptyCommitment,
  type CommitmentDraft,
  type NeedOption,
} from '../commitment-draft';
import { checkNeed, draftQuantity, emptyNeed, needInput, needLabel, type NeedDraft } from '../../../lib/need-draft';
import { checkValues, valuesInput, type WeightedValue } from '../value-weights';
import { formatNumber } from '../../../lib/format';
import { i18n } from '../../../lib/i18n';

/** The steps' names, in the app's current language. */
export function steps(): string[] {
  return [
    i18n.t('collaborations:create.steps.goal'),
    i18n.t('collaborations:create.steps.values'),
    i18n.t('collaborations:create.steps.place'),
    i18n.t('collaborations:create.steps.needs'),
    i18n.t('collaborations:create.steps.commitment'),
  ];
}
export type Step = 0 | 1 | 2 | 3 | 4;

export const titleMin = 3;
export const titleMax = 120;
export const goalMin = 10;
export const goalMax = 2000;
export const locationMax = 120;
export const maxNeeds = 30;

export interface CreateDraft {
  title: string;
  goal: string;
  values: WeightedValue[];
  visibility: Visibility;
  location: string;
  remote: boolean;
  startDate: string;
  endDate: string;
  /** The IANA zone its weeks and months follow; "" until chosen, meaning the creator's. */
  timeZone: string;
  needs: NeedDraft[];
  commitment: CommitmentDraft;
}

export const emptyDraft: CreateDraft = {
  title: '',
  goal: '',
  values: [],
  visibility: 'PUBLIC',
  location: '',
  remote: false,
  startDate: '',
  endDate: '',
  timeZone: '',
  needs: [],
  commitment: emptyCommitment,
};

export type DraftChange = Partial<Omit<CreateDraft, 'needs' | 'commitment'>>;

export type DraftAction =
  | { type: 'set'; change: DraftChange }
  | { type: 'addNeed' }
  | { type: 'changeNeed'; index: number; change: Partial<NeedDraft> }
  | { type: 'removeNeed'; index: number }
  | { type: 'changeCommitment'; change: Partial<CommitmentDraft> };

/** The needs listed so far, as choices for the creator's own commitment (keyed by index). */
export function needOptions(d: CreateDraft): NeedOption[] {
  return d.needs.map((n, i) => ({
    key: String(i),
    label: i18n.t('collaborations:create.needOption', {
      n: i + 1,
      need: needLabel({ quantity: draftQuantity(n), skill: n.skill.trim().toLowerCase(), description: n.description }),
    }),
    quantity: draftQuantity(n),
  }));
}

export function draftReducer(d: CreateDraft, a: DraftAction): CreateDraft {
  switch (a.type) {
    case 'set':
      return { ...d, ...a.change };
    case 'addNeed':
      return d.needs.length >= maxNeeds ? d : { ...d, needs: [...d.needs, emptyNeed] };
    case 'changeNeed': {
      const next = { ...d, needs: d.needs.map((n, i) => (i === a.index ? { ...n, ...a.change } : n)) };
      // A commitment toward this need follows its kind and unit.
      if (d.commitment.needKey === String(a.index)) {
        next.commitment = changeCommitment(next.commitment, { needKey: String(a.index) }, needOptions(next));
      }
      return next;
    }
    case 'removeNeed': {
      const needs = d.needs.filter((_, i) => i !== a.index);
      const key = d.commitment.needKey;
      let commitment = d.commitment;
      if (key !== '') {
        const k = Number(key);
        // Removing the chosen need unlinks the commitment; removing an earlier one shifts it.
        if (k === a.index) commitment = changeCommitment(commitment, { needKey: '' }, []);
        else if (k > a.index) commitment = { ...commitment, needKey: String(k - 1) };
      }
      return { ...d, needs, commitment };
    }
    case 'changeCommitment':
      return { ...d, commitment: changeCommitment(d.commitment, a.change, needOptions(d)) };
  }
}

function prefixed(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}

/** The problems of one step, keyed by API field path; empty when it may go on. */
export function checkStep(step: Step, d: CreateDraft, now = new Date()): Record<string, string> {
  switch (step) {
    case 0: {
      const title = d.title.trim();
      const goal = d.goal.trim();
      return compact({
        title: !title
          ? i18n.t('collaborations:create.check.noTitle')
          : title.length < titleMin || title.length > titleMax
            ? i18n.t('collaborations:create.check.titleLength', { min: titleMin, max: titleMax })
            : undefined,
        goal: !goal
          ? i18n.t('collaborations:create.check.noGoal')
          : goal.length < goalMin || goal.length > goalMax
            ? i18n.t('collaborations:create.check.goalLength', { min: goalMin, max: formatNumber(goalMax) })
            : undefined,
      });
    }
    case 1:
      return compact({ values: checkValues(d.values) });
    case 2:
      return compact({
        location:
          !d.remote && !d.location.trim()
            ? i18n.t('collaborations:create.check.noPlace')
            : d.location.length > locationMax
              ? i18n.t('collaborations:create.check.placeLength', { max: locationMax })
              : undefined,
        endsAt:
          checkFutureDate(d.endDate, now) ??
          (d.startDate && d.endDate && d.endDate < d.startDate
            ? i18n.t('collaborations:create.check.endBeforeStart')
            : undefined),
      });
    case 3: {
      const problems: Record<string, string> = {};
      d.needs.forEach((n, i) => Object.assign(problems, prefixed(`needs.${i}`, checkNeed(n))));
      return problems;
    }
    case 4:
      return prefixed('commitment', checkCommitment(d.commitment, needOptions(d), now));
  }
}

/** The step a server error about `field` belongs to, to go back to it. */
export function stepOf(field: string | undefined): Step {
  if (!field) return 4;
  if (field === 'title' || field === 'goal') return 0;
  if (field.startsWith('values')) return 1;
  if (['location', 'latitude', 'longitude', 'remote', 'startsAt', 'endsAt', 'timeZone', 'visibility'].includes(field))
    return 2;
  if (field.startsWith('needs')) return 3;
  return 4;
}

export function createInput(d: CreateDraft): CreateCollaborationInput {
  const input: CreateCollaborationInput = {
    title: d.title.trim(),
    goal: d.goal.trim(),
    values: valuesInput(d.values),
    visibility: d.visibility,
    remote: d.remote,
    needs: d.needs.map(needInput),
    commitment: commitmentInput(d.commitment, true),
  };
  const location = d.location.trim();
  if (location) input.location = location;
  const starts = startOfDayISO(d.startDate);
  if (starts) input.startsAt = starts;
  const ends = endOfDayISO(d.endDate);
  if (ends) input.endsAt = ends;
  if (d.timeZone) input.timeZone = d.timeZone;
  if (d.commitment.needKey !== '') input.commitmentNeedIndex = Number(d.commitment.needKey);
  return input;
}
