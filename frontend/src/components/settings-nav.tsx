import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../lib/paths';
import { SubNav } from './subnav';

/** The tabs between the pages where a person edits their own account. */
export function SettingsNav() {
  const { t } = useTranslation();
  return (
    <SubNav label={t('settingsNav.label')}>
      <NavLink to={paths.profile}>{t('settingsNav.profile')}</NavLink>
      <NavLink to={paths.myValues}>{t('settingsNav.values')}</NavLink>
      <NavLink to={paths.mailPreferences}>{t('settingsNav.mail')}</NavLink>
      <NavLink to={paths.password}>{t('settingsNav.password')}</NavLink>
      <NavLink to={paths.accessTokens}>{t('settingsNav.tokens')}</NavLink>
      <NavLink to={paths.calendar}>{t('settingsNav.calendar')}</NavLink>
      <NavLink to={paths.account}>{t('settingsNav.account')}</NavLink>
    </SubNav>
  );
}
