import { useEffect, useRef } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, lazy, useLocation } from 'preact-iso';
import { createApi } from './api/client';
import { EnvironmentContext, type Environment } from './api/context';
import { identityOf, token } from './api/session';
import { AlliancesPage } from './pages/alliances';
import { CalendarPage } from './pages/calendar';
import { HomePage } from './pages/home';
import { OrganizationPage } from './pages/organization';
import { RegisterPage } from './pages/register/page';
import { SignInPage } from './pages/sign-in';
import { usePageTitle } from './pages/title';

// The graph page brings cytoscape.js; it loads when first opened, not with the app.
const GraphPage = lazy(() => import('./pages/graph').then((m) => m.GraphPage));

const environment: Environment = {
  api: createApi('/graphql', () => token.value),
  link: (path) => path,
};

const NAV = [
  { path: '/', label: 'Overview' },
  { path: '/alliances', label: 'Alliances' },
  { path: '/graph', label: 'Graph' },
  { path: '/calendar', label: 'Calendar' },
];

function Header() {
  const { path } = useLocation();
  const identity = identityOf(token.value);
  const current = (item: string) => (item === '/' ? path === '/' : path.startsWith(item));
  return (
    <header class="app-header">
      <a class="skip" href="#main">
        Skip to content
      </a>
      <a class="brand" href="/">
        Alliance Registry
      </a>
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.path}>
              <a href={item.path} aria-current={current(item.path) ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <a class="identity" href="/sign-in" aria-current={path === '/sign-in' ? 'page' : undefined}>
        {identity ? `Signed in: ${identity.name ?? identity.subject}` : 'Sign in'}
      </a>
    </header>
  );
}

/**
 * On a move to another page, the page starts at its top and keyboard and screen-reader users
 * start at its content, as after a full page load. A change of filters (same path) keeps focus
 * where it is, in the form.
 */
function FocusOnNavigation() {
  const { path } = useLocation();
  const previous = useRef(path);
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  return null;
}

function NotFound() {
  usePageTitle('Not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page here. <a href="/">Go to the overview</a>.
      </p>
    </>
  );
}

export function App() {
  return (
    <EnvironmentContext.Provider value={environment}>
      <LocationProvider>
        <Header />
        <FocusOnNavigation />
        {/* Signing in or out remounts the pages, so what they show matches the new identity. */}
        <main id="main" key={token.value ?? 'anonymous'} tabIndex={-1}>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={HomePage} />
              <Route path="/alliances" component={AlliancesPage} />
              <Route path="/registers/:slug" component={RegisterPage} />
              <Route path="/organizations/:acronym" component={OrganizationPage} />
              <Route path="/graph" component={GraphPage} />
              <Route path="/calendar" component={CalendarPage} />
              <Route path="/sign-in" component={SignInPage} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </main>
        <footer class="app-footer">
          {/* A page the gateway serves, not a route of this app: target keeps the router off it. */}
          <a href="/graphql" target="_top">
            API explorer
          </a>{' '}
          · Data from the registry's public GraphQL API
        </footer>
      </LocationProvider>
    </EnvironmentContext.Provider>
  );
}
