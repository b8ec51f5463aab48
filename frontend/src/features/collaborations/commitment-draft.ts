/**
 * A commitment being written: the rules the form checks before sending (the server checks
 * them again, and its messages win), and the input the API takes.
 */
import type { CommitmentInput, ConditionKind, Recurrence } from '../../gql/graphql';
import { checkFutureDate, endOfDayISO } from '../../lib/dates';
import { i18n } from '../../lib/i18n';
import {
  checkQuantityDraft,
  emptyQuantity,
  matchQuantity,
  quantityInput,
  sameUnit,
  type QuantityDraft,
  type QuantityLike,
} from '../../lib/quantity';

export const maxDescription = 500;
export const maxThreshold = 10000;

export interface CommitmentDraft extends QuantityDraft {
  description: string;
  /** An <input type="date"> value, or "". */
  dueDate: string;
  /** The need it is toward: a need's ID, or its index while creating; "" for none. */
  needKey: string;
  condition: ConditionKind;
  threshold: string;
  /** The last day for the condition to hold (date input value), or "" for none. */
  conditionBy: string;
  /** "" for a one-off commitment; WEEK or MONTH makes the quantity due each period. */
  every: Recurrence | '';
  /** First and last day of a recurring commitment (date input values; "" for today and open-ended). */
  startsOn: string;
  endsOn: string;
}

/** A need a commitment can go toward. */
export interface NeedOption {
  key: string;
  label: string;
  quantity: QuantityLike;
}

export const emptyCommitment: CommitmentDraft = {
  ...emptyQuantity,
  description: '',
  dueDate: '',
  needKey: '',
  condition: 'NONE',
  threshold: '3',
  conditionBy: '',
  every: '',
  startsOn: '',
  endsOn: '',
};

/**
 * Applies a change and keeps the draft consistent: toward a need, the kind and unit are
 * the need's; a NEED_PLEDGED condition needs a need.
 */
export function changeCommitment(
  d: CommitmentDraft,
  change: Partial<CommitmentDraft>,
  needs: readonly NeedOption[],
): CommitmentDraft {
  let next = { ...d, ...change };
  if ('needKey' in change) {
    const need = needs.find((n) => n.key === next.needKey);
    if (need) next = { ...next, ...matchQuantity(next, need.quantity) };
    else if (next.condition === 'NEED_PLEDGED') next.condition = 'NONE';
  }
  return next;
}

/** Field errors, named as the API names them under a commitment. */
export function checkCommitment(
  d: CommitmentDraft,
  needs: readonly NeedOption[],
  now = new Date(),
): Record<string, string> {
  const out = checkQuantityDraft(d);
  if (d.description.length > maxDescription) {
    out.description = i18n.t('collaborations:commitmentDraft.descriptionTooLong', { max: maxDescription });
  }
  const due = checkFutureDate(d.dueDate, now);
  if (due) out.dueAt = due;
  if (d.every && d.dueDate) out.dueAt = i18n.t('collaborations:commitmentDraft.recurringDue');
  if (d.every && d.startsOn && d.endsOn && d.endsOn < d.startsOn) {
    out['recurrence.endsOn'] = i18n.t('collaborations:commitmentDraft.endsBeforeStart');
  }
  if (d.condition !== 'NONE' && d.conditionBy) {
    const by = checkFutureDate(d.conditionBy, now);
    if (by) out['condition.by'] = by;
  }
  const need = needs.find((n) => n.key === d.needKey);
  if (d.needKey && !need) out.needId = i18n.t('collaborations:commitmentDraft.needGone');
  if (need && !sameUnit(d, need.quantity)) out.needId = i18n.t('collaborations:commitmentDraft.needUnit');
  if (d.condition === 'ACTIVE_MEMBERS') {
    const n = Number(d.threshold);
    if (!/^\d+$/.test(d.threshold.trim()) || n < 2 || n > maxThreshold) {
      out['condition.threshold'] = i18n.t('collaborations:commitmentDraft.threshold', { max: maxThreshold });
    }
  }
  if (d.condition === 'NEED_PLEDGED' && !need) {
    out.condition = i18n.t('collaborations:commitmentDraft.chooseNeed');
  }
  return out;
}

/**
 * The API's CommitmentInput. While creating, needs have no IDs yet: `needKeyIsIndex`
 * leaves needId out, and the caller sends commitmentNeedIndex instead.
 */
export function commitmentInput(d: CommitmentDraft, needKeyIsIndex = false): CommitmentInput {
  const input: CommitmentInput = { ...quantityInput(d) };
  const description = d.description.trim();
  if (description) input.description = description;
  const due = endOfDayISO(d.dueDate);
  if (due) input.dueAt = due;
  if (d.needKey && !needKeyIsIndex) input.needId = d.needKey;
  const by = d.conditionBy ? endOfDayISO(d.conditionBy) : undefined;
  if (d.condition === 'ACTIVE_MEMBERS')
    input.condition = { kind: 'ACTIVE_MEMBERS', threshold: Number(d.threshold), by };
  else if (d.condition === 'NEED_PLEDGED') input.condition = { kind: 'NEED_PLEDGED', by };
  else if (d.condition === 'ALL_NEEDS_PLEDGED') input.condition = { kind: 'ALL_NEEDS_PLEDGED', by };
  if (d.every) {
    input.recurrence = { every: d.every, startsOn: d.startsOn || undefined, endsOn: d.endsOn || undefined };
    delete input.dueAt;
  }
  return input;
}

/** Server field names under a commitment mapped to the form's: needIndex is the need choice. */
export const commitmentAliases = (prefix: string): Record<string, string> => ({
  [`${prefix}.needIndex`]: `${prefix}.needId`,
});

/** The fields a commitment form shows, as the API names them. */
export const commitmentFields = [
  'kind',
  'quantity',
  'unit',
  'currency',
  'description',
  'dueAt',
  'needId',
  'condition',
  'condition.threshold',
  'condition.kind',
  'condition.by',
  'recurrence',
  'recurrence.every',
  'recurrence.startsOn',
  'recurrence.endsOn',
];
