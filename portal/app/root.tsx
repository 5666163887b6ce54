import type { ReactNode } from 'react';
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from 'react-router';
import type { Route } from './+types/root';
import { CsrfInput, PageTitle, SERVICE_NAME } from './components/govuk';
import { roleLabel } from './format.server';
import { useNonce } from './nonce';
import { auth } from './services.server';

import appCss from './app.css?url';

declare const __GOVUK_FRONTEND_VERSION__: string;
const govukCss = `/assets/govuk-frontend-${__GOVUK_FRONTEND_VERSION__}.min.css`;
const govukJs = `/assets/govuk-frontend-${__GOVUK_FRONTEND_VERSION__}.min.js`;

export const links: Route.LinksFunction = () => [
  { rel: 'stylesheet', href: govukCss },
  { rel: 'stylesheet', href: appCss },
  { rel: 'icon', sizes: '48x48', href: '/assets/images/favicon.ico' },
  { rel: 'icon', sizes: 'any', href: '/assets/images/favicon.svg', type: 'image/svg+xml' },
];

/** Who is signed in, for the header. Never the access token: loader data is rendered into the page. */
export async function loader({ request }: Route.LoaderArgs) {
  const { user, csrfToken } = await auth().peek(request);
  if (!user || !csrfToken) return { signedIn: null };
  return {
    signedIn: {
      displayName: user.displayName,
      role: user.role,
      roleLabel: roleLabel(user.role),
      csrfToken,
      // The graph's Me.audience: the footer's reminder about using children's information is for professionals.
      professional: (user.audience ?? 'PROFESSIONAL') === 'PROFESSIONAL',
    },
  };
}

function Navigation({ signedIn }: { signedIn: NonNullable<Route.ComponentProps['loaderData']['signedIn']> }) {
  const { pathname } = useLocation();
  const items = [
    ...(signedIn.role === 'IRO' ? [{ href: '/caseload', text: 'Caseload' }] : []),
    ...(signedIn.role === 'IRO_MANAGER' ? [{ href: '/oversight', text: 'Oversight' }] : []),
    // A young person, parent or carer starts from the page about their own child or children.
    signedIn.professional ? { href: '/children', text: 'Children' } : { href: '/home', text: 'Home' },
  ];
  return (
    <section
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
                return (
                  <li
                    key={item.href}
                    className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <a
                      className="govuk-service-navigation__link"
                      href={item.href}
                      aria-current={current ? 'page' : undefined}
                    >
                      {current ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </a>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item">
                <form method="post" action="/sign-out">
                  <CsrfInput token={signedIn.csrfToken} />
                  <button type="submit" className="govuk-service-navigation__link app-service-navigation__button">
                    Sign out
                  </button>
                </form>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const root = useRouteLoaderData<typeof loader>('root');
  const signedIn = root?.signedIn ?? null;
  return (
    <html lang="en" className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#0b0c0c" />
        <meta name="robots" content="noindex, nofollow" />
        <Meta />
        <Links />
      </head>
      <body className="govuk-template__body">
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{
            __html:
              "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');",
          }}
        />
        <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        <header className="govuk-header" data-module="govuk-header">
          <div className="govuk-header__container govuk-width-container">
            <div className="govuk-header__logo">
              <a href="/" className="govuk-header__link govuk-header__link--homepage">
                <span className="govuk-header__product-name app-header__product-name">{SERVICE_NAME}</span>
              </a>
            </div>
          </div>
        </header>
        {signedIn && <Navigation signedIn={signedIn} />}
        <div className="govuk-width-container">
          {signedIn && (
            <div className="govuk-grid-row govuk-!-margin-top-4">
              <div className="govuk-grid-column-full">
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Signed in as <strong>{signedIn.displayName}</strong> ({signedIn.roleLabel})
                </p>
              </div>
            </div>
          )}
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-footer">
          <div className="govuk-width-container">
            <div className="govuk-footer__meta">
              <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
                {(!signedIn || signedIn.professional) && (
                  <p className="govuk-body-s govuk-!-margin-bottom-0" id="footer-professional-use">
                    Information about children in care. Only use it for your work with the child.
                  </p>
                )}
              </div>
            </div>
          </div>
        </footer>
        {/* Server-rendered pages; no React on the client. GOV.UK Frontend enhances the markup. */}
        <script
          type="module"
          nonce={nonce}
          dangerouslySetInnerHTML={{
            __html: `import { initAll } from ${JSON.stringify(govukJs)}; initAll();`,
          }}
        />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status === 404) {
    return (
      <>
        <PageTitle title="Page not found" />
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          <a href="/" className="govuk-link">
            Go to the start page
          </a>
        </p>
      </>
    );
  }
  if (status === 403) {
    return (
      <>
        <PageTitle title="Your request could not be completed" />
        <h1 className="govuk-heading-l">Your request could not be completed</h1>
        <p className="govuk-body">
          The form you sent had expired or did not come from this service, so nothing was changed.
        </p>
        <p className="govuk-body">
          <a href="/" className="govuk-link">
            Go back to the start page
          </a>{' '}
          and try again.
        </p>
      </>
    );
  }
  if (status === 405) {
    return (
      <>
        <PageTitle title="Page not found" />
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">
          <a href="/" className="govuk-link">
            Go to the start page
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle title="Sorry, there is a problem with the service" />
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
    </>
  );
}
