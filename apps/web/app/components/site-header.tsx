import type { MyOrganisationView, UserView } from '@linkage/contracts';
import { Link, NavLink, useLocation } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '~/components/form';
import { LanguageSwitcher } from '~/components/language-switcher';
import { useFormat } from '~/lib/use-format';

/** The bar every page starts with: the brand, linking home, whatever the page puts beside it, the language. */
export function SiteHeader({ home = '/', children }: { home?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={home} className="brand" aria-label={t('brand')}>
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('brand')}</span>
        </Link>
        {children}
        <LanguageSwitcher />
      </div>
    </header>
  );
}

export interface PortalHeaderProps {
  user: Pick<UserView, 'name' | 'email'>;
  organisations: Pick<MyOrganisationView, 'id' | 'legalName' | 'kind'>[];
  unreadCount: number;
}

/** The signed-in header: main navigation with the person's organisations, the bell, the account. */
export function PortalHeader({ user, organisations, unreadCount }: PortalHeaderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // A new page starts with the menu folded (the checkbox is re-created on each navigation).
  const { pathname } = useLocation();
  // One organisation in the bar, the one being worked on (else the first): several do not fit
  // beside the main links on a laptop; the dashboard lists them all.
  const here = organisations.find(
    (o) => pathname.startsWith(`/organisations/${o.id}`) || pathname.startsWith(`/programmes/${o.id}`),
  );
  const shownOrganisations = here ? [here] : organisations.slice(0, 1);
  return (
    <SiteHeader home="/dashboard">
      {/* On a phone the navigation folds into a menu; a checkbox opens it, so no script is needed. */}
      <input
        key={pathname}
        type="checkbox"
        id="site-menu"
        className="site-menu__toggle"
        aria-label={t('nav.showMenu')}
      />
      <label htmlFor="site-menu" className="site-menu__button" aria-hidden="true">
        <span className="site-menu__bars" /> {t('nav.menu')}
      </label>
      <nav aria-label={t('nav.main')} className="site-nav site-nav--portal">
        <NavLink to="/dashboard" end>
          {t('nav.dashboard')}
        </NavLink>
        <NavLink to="/search">{t('nav.search')}</NavLink>
        <NavLink to="/linkages">{t('nav.linkages')}</NavLink>
        <NavLink to="/programmes">{t('nav.programmes')}</NavLink>
        <NavLink to="/standards">{t('nav.standards')}</NavLink>
        {shownOrganisations.map((o) => (
          <NavLink
            key={o.id}
            // A programme's people work from its desk; other organisations open on their profile.
            to={o.kind === 'PROGRAMME' ? `/programmes/${o.id}` : `/organisations/${o.id}`}
            className="site-nav__org"
          >
            {o.legalName}
          </NavLink>
        ))}
      </nav>
      <div className="site-user">
        <NavLink
          to="/notifications"
          className="bell"
          aria-label={
            unreadCount ? t('nav.notificationsUnread', { count: unreadCount }) : t('nav.notifications')
          }
          title={t('nav.notifications')}
        >
          <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M8 1.5a4 4 0 0 0-4 4v2.6L2.7 10.6a.6.6 0 0 0 .5.9h9.6a.6.6 0 0 0 .5-.9L12 8.1V5.5a4 4 0 0 0-4-4Zm-1.8 11a1.8 1.8 0 0 0 3.6 0Z"
            />
          </svg>
          {unreadCount ? (
            <span className="bell__count">
              {unreadCount > 99 ? t('nav.unreadMany') : format.number(unreadCount)}
            </span>
          ) : null}
        </NavLink>
        <span className="site-user__name" title={user.email}>
          {user.name}
        </span>
        <Form method="post" action="/sign-out">
          <button type="submit" className="button button--small">
            {t('nav.signOut')}
          </button>
        </Form>
      </div>
    </SiteHeader>
  );
}

/** The header of pages anyone may open; `signedIn` only when the session holds a token. */
function PublicHeader({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <SiteHeader>
      <nav aria-label={t('nav.account')} className="site-nav">
        <Link to="/search">{t('nav.search')}</Link>
        <Link to="/standards">{t('nav.standards')}</Link>
        {signedIn ? (
          <>
            <Link to="/dashboard">{t('nav.dashboard')}</Link>
            <Form method="post" action="/sign-out">
              <button type="submit" className="link-button">
                {t('nav.signOut')}
              </button>
            </Form>
          </>
        ) : (
          <>
            <Link to="/sign-in">{t('nav.signIn')}</Link>
            <Link to="/sign-up" className="button button--small">
              {t('nav.signUp')}
            </Link>
          </>
        )}
      </nav>
    </SiteHeader>
  );
}

function PublicFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">{t('footer')}</div>
    </footer>
  );
}

/** Pages anyone may open: the public header, the page, the footer. */
export function PublicFrame({ signedIn, children }: { signedIn: boolean; children: ReactNode }) {
  return (
    <>
      <PublicHeader signedIn={signedIn} />
      <main id="main">{children}</main>
      <PublicFooter />
    </>
  );
}

/** A page anyone may open that, for a signed-in visitor (`portal` given), is part of the portal and wears its header. */
export function SiteFrame({ portal, children }: { portal: PortalHeaderProps | null; children: ReactNode }) {
  return portal ? (
    <>
      <PortalHeader {...portal} />
      <main id="main">{children}</main>
    </>
  ) : (
    <PublicFrame signedIn={false}>{children}</PublicFrame>
  );
}
