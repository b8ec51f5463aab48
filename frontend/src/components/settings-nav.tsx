import { NavLink } from 'react-router';
import { paths } from '../lib/paths';
import { SubNav } from './subnav';

/** The tabs between the pages where a person edits their own account. */
export function SettingsNav() {
  return (
    <SubNav label="Your account">
      <NavLink to={paths.profile}>Profile</NavLink>
      <NavLink to={paths.myValues}>Values</NavLink>
      <NavLink to={paths.mailPreferences}>Mail</NavLink>
      <NavLink to={paths.password}>Password</NavLink>
      <NavLink to={paths.accessTokens}>Tokens</NavLink>
      <NavLink to={paths.calendar}>Calendar</NavLink>
      <NavLink to={paths.account}>Account</NavLink>
    </SubNav>
  );
}
