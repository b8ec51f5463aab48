/** A need being written: what the collaboration lacks, checked as the server checks it. */
import type { NeedInput } from '../gql/graphql';
import {
  checkQuantityDraft,
  draftAsQuantity,
  emptyQuantity,
  quantityInput,
  type QuantityDraft,
  type QuantityLike,
} from './quantity';
import { formatQuantity } from './format';
import { i18n } from './i18n';

export const maxNeedDescription = 500;
export const maxSkillLength = 40;

export interface NeedDraft extends QuantityDraft {
  skill: string;
  description: string;
}

export const emptyNeed: NeedDraft = { ...emptyQuantity, skill: '', description: '' };

/** Field errors, named as the API names them under a need. */
export function checkNeed(d: NeedDraft): Record<string, string> {
  const out = checkQuantityDraft(d);
  if (d.skill.trim().length > maxSkillLength) out.skill = i18n.t('need.skillTooLong', { max: maxSkillLength });
  if (d.description.length > maxNeedDescription) {
    out.description = i18n.t('need.descriptionTooLong', { max: maxNeedDescription });
  }
  return out;
}

export function needInput(d: NeedDraft): NeedInput {
  const input: NeedInput = { ...quantityInput(d) };
  const skill = d.skill.trim().toLowerCase();
  if (skill) input.skill = skill;
  const description = d.description.trim();
  if (description) input.description = description;
  return input;
}

/** A need in a few words, for choosing it from a list: "20 hours of design". */
export function needLabel(n: { quantity: QuantityLike; skill: string; description?: string }): string {
  const what = formatQuantity(n.quantity);
  if (n.skill) return `${what} of ${n.skill}`;
  const d = n.description?.trim();
  if (d) return `${what}: ${d.length > 48 ? `${d.slice(0, 47)}…` : d}`;
  return what;
}

/** A need draft as a quantity, for labels before it is saved. */
export const draftQuantity = (d: NeedDraft): QuantityLike => draftAsQuantity(d);
