import { i18n } from '../../lib/i18n';

/** The values a collaboration serves, with weights 1–5, as a form holds them. */
export interface WeightedValue {
  valueId: string;
  name: string;
  weight: number;
}

export const maxCollabValues = 8;
export const defaultWeight = 3;

/** How much a weight means, in words, looked up in the app's current language. */
export function weightWords(): Record<number, string> {
  return {
    1: i18n.t('collaborations:weight.1'),
    2: i18n.t('collaborations:weight.2'),
    3: i18n.t('collaborations:weight.3'),
    4: i18n.t('collaborations:weight.4'),
    5: i18n.t('collaborations:weight.5'),
  };
}

export function checkValues(values: readonly WeightedValue[]): string | undefined {
  if (values.length === 0) return i18n.t('collaborations:weight.none');
  if (values.length > maxCollabValues) return i18n.t('collaborations:weight.tooMany', { max: maxCollabValues });
  return undefined;
}

export function valuesInput(values: readonly WeightedValue[]) {
  return values.map((v) => ({ valueId: v.valueId, weight: v.weight }));
}
