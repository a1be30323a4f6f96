import { NetworkSummary } from './pages/NetworkSummary';

export function App() {
  return (
    <>
      <header className="topbar">
        <a className="brand" href="/">Trustline</a>
        <nav aria-label="Main">
          <a href="/graphiql">API</a>
        </nav>
      </header>
      <main className="page">
        <h1>Recommendations that held up</h1>
        <p className="lede">
          Buyers' verdicts — never the number of people someone recruited — decide who is trusted, who ranks and who earns.
        </p>
        <NetworkSummary />
      </main>
    </>
  );
}
