import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LogOutButton } from '../features/auth/log-out-button';
import { paths } from '../lib/paths';
import { useSession } from '../lib/session';

/** The frame of every page but GraphiQL: header with navigation, main, footer. */
export function Layout() {
  const { viewer } = useSession();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After moving to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Kindred
          </Link>
          <nav className="site-nav" aria-label="Main">
            {viewer ? (
              <>
                <NavLink to={paths.discover}>Discover</NavLink>
                <NavLink to={paths.myCollaborations}>My collaborations</NavLink>
                <NavLink to={paths.dashboard}>Dashboard</NavLink>
                <NavLink to={paths.person(viewer.handle)}>My page</NavLink>
                <NavLink to="/impact">Impact</NavLink>
                <NavLink to={paths.profile} className={({ isActive }) => (isActive || pathname.startsWith('/settings') ? 'active' : '')}>
                  Settings
                </NavLink>
                <LogOutButton />
              </>
            ) : viewer === null ? (
              <>
                <NavLink to={paths.discover}>Discover</NavLink>
                <NavLink to="/impact">Impact</NavLink>
                <NavLink to={paths.graphiql}>API</NavLink>
                <NavLink to={paths.logIn}>Log in</NavLink>
                <Link to={paths.signUp} className="button button--primary button--sm">
                  Sign up
                </Link>
              </>
            ) : null}
          </nav>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Kindred: collaboration between people who share their values.{' '}
          <Link to="/meanings">What the figures mean</Link> · <Link to={paths.graphiql}>The API</Link>
        </p>
      </footer>
    </div>
  );
}
