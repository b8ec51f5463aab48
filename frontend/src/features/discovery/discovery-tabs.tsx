import { NavLink } from 'react-router';
import { paths } from '../../lib/paths';
import { SubNav } from '../../components/subnav';

/** Between the two discovery lists. */
export function DiscoveryTabs() {
  return (
    <SubNav label="Discover">
      <NavLink to={paths.discover} end>
        People
      </NavLink>
      <NavLink to={paths.discoverCollaborations}>Collaborations</NavLink>
    </SubNav>
  );
}
