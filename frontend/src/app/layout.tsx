import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSelect } from '../components/language-select';
import { LinkButton } from '../components/ui';
import { LogOutButton } from '../features/auth/log-out-button';
import { NotificationsLink } from '../features/notifications/notifications-link';
import { UnreadBadge } from '../features/notifications/unread-badge';
import { paths } from '../lib/paths';
import { useSession } from '../lib/session';

/** The frame of every page but GraphiQL: header with navigation, main, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { viewer } = useSession();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);
  // On a phone the signed-in navigation folds behind a Menu button (styles.css): eight
  // links took three rows of every page. The menu is open on the page where it was
  // opened, so moving to another page closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === pathname;

  // After moving to another page, start keyboard and screen-reader users at its content:
  // at its main heading once it is there (pages that load first show it a moment later),
  // unless they have moved on by then.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = main.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    const toHeading = () => {
      const h1 = el.querySelector('h1');
      if (!h1 || document.activeElement !== el) return false;
      if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
      h1.focus({ preventScroll: true });
      return true;
    };
    if (toHeading()) return;
    const watch = new MutationObserver(() => {
      if (toHeading() || document.activeElement !== el) watch.disconnect();
    });
    watch.observe(el, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header
        className="site-header"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && menuOpen) {
            setMenuOpenAt(null);
            menuButton.current?.focus();
          }
        }}
      >
        <div className="site-header__inner">
          <Link to={paths.home} className="brand">
            <span className="brand__mark" aria-hidden="true" />
            Kindred
          </Link>
          {viewer && (
            <button
              ref={menuButton}
              type="button"
              className="site-menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="site-nav"
              onClick={() => setMenuOpenAt(menuOpen ? null : pathname)}
            >
              {t('shell.menu')}
              <UnreadBadge />
            </button>
          )}
          <nav
            id="site-nav"
            className={`site-nav${viewer ? ' site-nav--foldable' : ''}${menuOpen ? ' site-nav--open' : ''}`}
            aria-label={t('shell.mainNav')}
          >
            {viewer ? (
              <>
                <NavLink to={paths.discover}>{t('nav.discover')}</NavLink>
                <NavLink to={paths.myCollaborations}>{t('nav.myCollaborations')}</NavLink>
                <NavLink to={paths.dashboard}>{t('nav.dashboard')}</NavLink>
                <NotificationsLink />
                <NavLink to={paths.person(viewer.handle)}>{t('nav.myPage')}</NavLink>
                <NavLink to="/impact">{t('nav.impact')}</NavLink>
                {viewer.role === 'ADMIN' && <NavLink to={paths.adminReports}>{t('nav.reports')}</NavLink>}
                <NavLink
                  to={paths.profile}
                  className={({ isActive }) => (isActive || pathname.startsWith('/settings') ? 'active' : '')}
                >
                  {t('nav.settings')}
                </NavLink>
                <LogOutButton className="site-nav__logout" />
              </>
            ) : viewer === null ? (
              <>
                <NavLink to={paths.discover}>{t('nav.discover')}</NavLink>
                <NavLink to="/impact">{t('nav.impact')}</NavLink>
                <NavLink to={paths.graphiql}>{t('nav.api')}</NavLink>
                <NavLink to={paths.logIn}>{t('nav.logIn')}</NavLink>
                <LinkButton to={paths.signUp} size="sm" className="site-nav__signup">
                  {t('nav.signUp')}
                </LinkButton>
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
          {t('footer.tagline')} <Link to="/meanings">{t('footer.meanings')}</Link> ·{' '}
          <Link to={paths.graphiql}>{t('footer.api')}</Link>
        </p>
        <LanguageSelect className="site-footer__language" />
      </footer>
    </div>
  );
}
