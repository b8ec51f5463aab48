/** The values a collaboration serves, with weights 1–5, as a form holds them. */
export interface WeightedValue {
  valueId: string;
  name: string;
  weight: number;
}

export const maxCollabValues = 8;
export const defaultWeight = 3;

export const weightWords: Record<number, string> = {
  1: 'A little',
  2: 'Somewhat',
  3: 'Much',
  4: 'Very much',
  5: 'Above all',
};

export function checkValues(values: readonly WeightedValue[]): string | undefined {
  if (values.length === 0) return 'Choose at least one value the collaboration serves.';
  if (values.length > maxCollabValues) return `Choose at most ${maxCollabValues} values: the strongest ones.`;
  return undefined;
}

export function valuesInput(values: readonly WeightedValue[]) {
  return values.map((v) => ({ valueId: v.valueId, weight: v.weight }));
}
