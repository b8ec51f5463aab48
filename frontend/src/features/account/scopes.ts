import type { TokenScope } from '../../gql/graphql';
import { i18n } from '../../lib/i18n';

/** Each scope in words: what a client holding such a token may do (in the app's language). */
export function scopes(): { value: TokenScope; label: string; hint: string }[] {
  return [
    { value: 'READ', label: i18n.t('account:scope.read'), hint: i18n.t('account:scope.readHint') },
    { value: 'WRITE', label: i18n.t('account:scope.write'), hint: i18n.t('account:scope.writeHint') },
  ];
}

export function scopeLabel(scope: TokenScope): string {
  return scopes().find((s) => s.value === scope)?.label ?? scope;
}
