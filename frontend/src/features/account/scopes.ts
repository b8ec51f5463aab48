import type { TokenScope } from '../../gql/graphql';

/** Each scope in words: what a client holding such a token may do. */
export const scopes: { value: TokenScope; label: string; hint: string }[] = [
  {
    value: 'READ',
    label: 'Read only',
    hint: 'Runs queries: reads what you can see when you are logged in, such as profiles, values and collaborations. It cannot change anything.',
  },
  {
    value: 'WRITE',
    label: 'Read and write',
    hint: 'Also runs mutations: changes things as you, such as your profile, your values, commitments and contributions. Give it only to a client you trust.',
  },
];

export function scopeLabel(scope: TokenScope): string {
  return scopes.find((s) => s.value === scope)?.label ?? scope;
}
