import { NavLink } from 'react-router';
import { paths } from '../../lib/paths';
import subnavStyles from '../../components/subnav.module.css';

/** Between the two discovery lists. */
export function DiscoveryTabs() {
  return (
    <nav className={subnavStyles.subnav} aria-label="Discover">
      <NavLink to={paths.discover} end>
        People
      </NavLink>
      <NavLink to={paths.discoverCollaborations}>Collaborations</NavLink>
    </nav>
  );
}
