import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../lib/paths';
import { SubNav } from '../../components/subnav';

/** Between the two discovery lists. */
export function DiscoveryTabs() {
  const { t } = useTranslation('discovery');
  return (
    <SubNav label={t('tabs.label')}>
      <NavLink to={paths.discover} end>
        {t('tabs.people')}
      </NavLink>
      <NavLink to={paths.discoverCollaborations}>{t('tabs.collaborations')}</NavLink>
    </SubNav>
  );
}
