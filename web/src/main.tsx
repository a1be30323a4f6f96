import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router-dom';
import { createApolloClient } from './apollo';
import { takeFirstPaintState } from './first-paint';
import { App, loadPageFor } from './App';
import { startI18n } from './i18n/index';
import { preloadRoute } from './preload';
import './styles.css';

const firstPaint = takeFirstPaintState();
const client = createApolloClient(firstPaint);
preloadRoute(client, window.location.pathname, window.location.search, firstPaint !== undefined);

// The first render is a transition: React renders it in slices and yields to the browser
// between them, so a phone's main thread is never blocked for the whole tree at once.
// The page the URL opens is loaded first (its chunk is on its way already: index.html preloads
// it), so the first paint is that page, not a Loading placeholder followed by it. A chunk that
// fails to load is the page's own error to show, through its lazy fallback.
void Promise.all([startI18n(), loadPageFor(window.location.pathname).catch(() => undefined)]).then(() =>
  startTransition(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </ApolloProvider>
      </StrictMode>,
    );
  }),
);
