import type { MyOrganisationView, UserView } from '@linkage/contracts';
import { Link, NavLink, useLocation } from '@remix-run/react';
import { Form } from '~/components/form';
import type { ReactNode } from 'react';

/** The bar every page starts with: the brand, linking home, then whatever the page puts beside it. */
export function SiteHeader({ home = '/', children }: { home?: string; children?: ReactNode }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to={home} className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Linkage Exchange
        </Link>
        {children}
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
        aria-label="Show the menu"
      />
      <label htmlFor="site-menu" className="site-menu__button" aria-hidden="true">
        <span className="site-menu__bars" /> Menu
      </label>
      <nav aria-label="Main" className="site-nav site-nav--portal">
        <NavLink to="/dashboard" end>
          Dashboard
        </NavLink>
        <NavLink to="/search">Search</NavLink>
        <NavLink to="/linkages">Linkages</NavLink>
        <NavLink to="/programmes">Programmes</NavLink>
        <NavLink to="/standards">Standards</NavLink>
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
          aria-label={unreadCount ? `Notifications, ${unreadCount} unread` : 'Notifications'}
          title="Notifications"
        >
          <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M8 1.5a4 4 0 0 0-4 4v2.6L2.7 10.6a.6.6 0 0 0 .5.9h9.6a.6.6 0 0 0 .5-.9L12 8.1V5.5a4 4 0 0 0-4-4Zm-1.8 11a1.8 1.8 0 0 0 3.6 0Z"
            />
          </svg>
          {unreadCount ? <span className="bell__count">{unreadCount > 99 ? '99+' : unreadCount}</span> : null}
        </NavLink>
        <span className="site-user__name" title={user.email}>
          {user.name}
        </span>
        <Form method="post" action="/sign-out">
          <button type="submit" className="button button--small">
            Sign out
          </button>
        </Form>
      </div>
    </SiteHeader>
  );
}

/** The header of pages anyone may open; `signedIn` only when the session holds a token. */
function PublicHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <SiteHeader>
      <nav aria-label="Account" className="site-nav">
        <Link to="/search">Search</Link>
        <Link to="/standards">Standards</Link>
        {signedIn ? (
          <>
            <Link to="/dashboard">Dashboard</Link>
            <Form method="post" action="/sign-out">
              <button type="submit" className="link-button">
                Sign out
              </button>
            </Form>
          </>
        ) : (
          <>
            <Link to="/sign-in">Sign in</Link>
            <Link to="/sign-up" className="button button--small">
              Create an account
            </Link>
          </>
        )}
      </nav>
    </SiteHeader>
  );
}

function PublicFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        Linkage Exchange connects lead firms with producer groups of small enterprises — business first, gaps
        as routes, visibility by choice.
      </div>
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
