// Routes. The leaderboard (home) and the member page (shared links) ship in the main bundle for a
// fast first paint on the pages people land on from outside; every other page is its own chunk,
// loaded when first visited (or, for the page a URL opens, before the first render:
// lib/lazy-page.ts).
import { Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { TopBar } from './components/TopBar';
import { Loading } from './components/States';
import { LeaderboardPage } from './pages/LeaderboardPage';
import MemberPage from './pages/MemberPage';
// Tiny, and the member page imports it anyway.
import NotFoundPage from './pages/NotFoundPage';
import { lazyPage } from './lib/lazy-page';

const ProductPage = lazyPage(() => import('./pages/ProductPage'));
const ProductsPage = lazyPage(() => import('./pages/ProductsPage'));
const SharePage = lazyPage(() => import('./pages/SharePage'));
const MePage = lazyPage(() => import('./pages/MePage'));
const MyCommissionsPage = lazyPage(() => import('./pages/MyCommissionsPage'));
const FeedPage = lazyPage(() => import('./pages/FeedPage'));
const SignInPage = lazyPage(() => import('./pages/SignInPage'));
const SignUpPage = lazyPage(() => import('./pages/SignUpPage'));
const SupplierPage = lazyPage(() => import('./pages/SupplierPage'));
const AdminPage = lazyPage(() => import('./pages/AdminPage'));

/** The lazy page a URL opens (as server/page-chunks.ts preloads it), to load before the first render. */
export function loadPageFor(pathname: string): Promise<void> {
  if (pathname.startsWith('/p/')) return ProductPage.load();
  if (pathname.startsWith('/r/')) return SharePage.load();
  return Promise.resolve();
}

export function App() {
  const { pathname } = useLocation();
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [pathname]);
  return (
    <>
      <TopBar />
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<LeaderboardPage />} />
            <Route path="/m/:handle" element={<MemberPage />} />
            <Route path="/products" element={<ProductsPage />} />
            <Route path="/p/:id" element={<ProductPage />} />
            <Route path="/r/:code" element={<SharePage />} />
            <Route path="/feed" element={<FeedPage />} />
            <Route path="/me" element={<MePage />} />
            <Route path="/me/commissions" element={<MyCommissionsPage />} />
            <Route path="/signin" element={<SignInPage />} />
            <Route path="/signup" element={<SignUpPage />} />
            <Route path="/supplier" element={<SupplierPage />} />
            <Route path="/admin" element={<AdminPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
