// Routes. The leaderboard (home) and the member page (shared links) ship in the main bundle for a
// fast first paint on the pages people land on from outside; every other page is its own chunk,
// loaded when first visited (or, for the page a URL opens, before the first render:
// lib/lazy-page.ts).
import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { TopBar } from './components/TopBar';
import { Footer } from './components/Footer';
import { Loading } from './components/States';
import { LeaderboardPage } from './pages/leaderboard/LeaderboardPage';
import MemberPage from './pages/member/MemberPage';
// Tiny, and the member page imports it anyway.
import NotFoundPage from './pages/NotFoundPage';
import { lazyPage } from './lib/lazy-page';
import { useScrollRestoration } from './lib/scroll-restoration';
import { ROUTES } from './routes';

const ProductPage = lazyPage(() => import('./pages/products/ProductPage'));
const ProductsPage = lazyPage(() => import('./pages/products/ProductsPage'));
const SharePage = lazyPage(() => import('./pages/share/SharePage'));
const MePage = lazyPage(() => import('./pages/me/MePage'));
const MyCommissionsPage = lazyPage(() => import('./pages/commissions/MyCommissionsPage'));
const CircleDayHistoryPage = lazyPage(() => import('./pages/circle-day/CircleDayHistoryPage'));
const TrustedPicksPage = lazyPage(() => import('./pages/trusted-picks/TrustedPicksPage'));
const FeedPage = lazyPage(() => import('./pages/feed/FeedPage'));
const SignInPage = lazyPage(() => import('./pages/account/SignInPage'));
const SignUpPage = lazyPage(() => import('./pages/account/SignUpPage'));
const ProfilePage = lazyPage(() => import('./pages/account/ProfilePage'));
const PasswordPage = lazyPage(() => import('./pages/account/PasswordPage'));
const SessionsPage = lazyPage(() => import('./pages/account/SessionsPage'));
const AddressesPage = lazyPage(() => import('./pages/account/AddressesPage'));
const InboxPage = lazyPage(() => import('./pages/notifications/InboxPage'));
const NotificationPreferencesPage = lazyPage(() => import('./pages/notifications/PreferencesPage'));
const ForgotPasswordPage = lazyPage(() => import('./pages/account/ForgotPasswordPage'));
const ResetPasswordPage = lazyPage(() => import('./pages/account/ResetPasswordPage'));
const SupplierPage = lazyPage(() => import('./pages/supplier/SupplierPage'));
const AdminPage = lazyPage(() => import('./pages/admin/AdminPage'));
const SearchPage = lazyPage(() => import('./pages/search/SearchPage'));
const HowTrustWorksPage = lazyPage(() => import('./pages/how-trust-works/HowTrustWorksPage'));
const PrivilegesPage = lazyPage(() => import('./pages/privileges/PrivilegesPage'));
const GroupBuyPage = lazyPage(() => import('./pages/group-buy/GroupBuyPage'));

/** The lazy page a URL opens (as server/page-chunks.ts preloads it), to load before the first render. */
export function loadPageFor(pathname: string): Promise<void> {
  if (pathname.startsWith('/p/')) return ProductPage.load();
  if (pathname.startsWith('/r/')) return SharePage.load();
  return Promise.resolve();
}

export function App() {
  // A new page starts at the top; Back and Forward return to where the page was left.
  useScrollRestoration();
  return (
    <>
      <TopBar />
      <main id="main" className="page" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path={ROUTES.leaderboard} element={<LeaderboardPage />} />
            <Route path={ROUTES.member} element={<MemberPage />} />
            <Route path={ROUTES.products} element={<ProductsPage />} />
            <Route path={ROUTES.product} element={<ProductPage />} />
            <Route path={ROUTES.share} element={<SharePage />} />
            <Route path={ROUTES.groupBuy} element={<GroupBuyPage />} />
            <Route path={ROUTES.feed} element={<FeedPage />} />
            <Route path={ROUTES.me} element={<MePage />} />
            <Route path={ROUTES.myCommissions} element={<MyCommissionsPage />} />
            <Route path={ROUTES.privileges} element={<PrivilegesPage />} />
            <Route path={ROUTES.myCircleDays} element={<CircleDayHistoryPage />} />
            <Route path={ROUTES.trustedPicks} element={<TrustedPicksPage />} />
            <Route path={ROUTES.signIn} element={<SignInPage />} />
            <Route path={ROUTES.signUp} element={<SignUpPage />} />
            <Route path={ROUTES.account} element={<ProfilePage />} />
            <Route path={ROUTES.accountPassword} element={<PasswordPage />} />
            <Route path={ROUTES.accountSessions} element={<SessionsPage />} />
            <Route path={ROUTES.accountAddresses} element={<AddressesPage />} />
            <Route path={ROUTES.accountNotifications} element={<NotificationPreferencesPage />} />
            <Route path={ROUTES.notifications} element={<InboxPage />} />
            <Route path={ROUTES.forgotPassword} element={<ForgotPasswordPage />} />
            <Route path={ROUTES.resetPassword} element={<ResetPasswordPage />} />
            <Route path={ROUTES.supplier} element={<SupplierPage />} />
            <Route path={ROUTES.admin} element={<AdminPage />} />
            <Route path={ROUTES.search} element={<SearchPage />} />
            <Route path={ROUTES.howTrustWorks} element={<HowTrustWorksPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
