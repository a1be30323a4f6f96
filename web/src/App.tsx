// Routes. The leaderboard (home) ships in the main bundle for a fast first paint; every other
// page is its own chunk, loaded when first visited.
import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import { TopBar } from './components/TopBar';
import { Loading } from './components/States';
import { LeaderboardPage } from './pages/LeaderboardPage';

const MemberPage = lazy(() => import('./pages/MemberPage'));
const ProductPage = lazy(() => import('./pages/ProductPage'));
const ProductsPage = lazy(() => import('./pages/ProductsPage'));
const SharePage = lazy(() => import('./pages/SharePage'));
const MePage = lazy(() => import('./pages/MePage'));
const MyCommissionsPage = lazy(() => import('./pages/MyCommissionsPage'));
const FeedPage = lazy(() => import('./pages/FeedPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const SignUpPage = lazy(() => import('./pages/SignUpPage'));
const SupplierPage = lazy(() => import('./pages/SupplierPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

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
