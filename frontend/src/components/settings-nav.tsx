import { NavLink } from 'react-router';
import { paths } from '../lib/paths';
import subnavStyles from './subnav.module.css';

/** The tabs between the pages where a person edits their own account. */
export function SettingsNav() {
  return (
    <nav className={subnavStyles.subnav} aria-label="Your account">
      <NavLink to={paths.profile}>Profile</NavLink>
      <NavLink to={paths.myValues}>Values</NavLink>
      <NavLink to={paths.mailPreferences}>Mail</NavLink>
      <NavLink to={paths.password}>Password</NavLink>
      <NavLink to={paths.accessTokens}>Tokens</NavLink>
      <NavLink to={paths.account}>Account</NavLink>
    </nav>
  );
}
