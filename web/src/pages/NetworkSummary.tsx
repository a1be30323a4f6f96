// The walking skeleton's view: one real query from the page through GraphQL to Neo4j and back.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const NetworkQuery = graphql(`
  query NetworkSummary {
    network {
      members
      products
      orders
      recommendations
    }
  }
`);

export function NetworkSummary() {
  const { data, loading, error } = useQuery(NetworkQuery);
  if (loading) return <p role="status">Loading the network…</p>;
  if (error || !data) return <p role="alert">The network could not be loaded. Please try again.</p>;
  const { members, products, orders, recommendations } = data.network;
  return (
    <section aria-label="The network" className="stats">
      <Stat label="Members" value={members} />
      <Stat label="Products" value={products} />
      <Stat label="Orders" value={orders} />
      <Stat label="Recommendations" value={recommendations} />
    </section>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="stat" data-testid={`stat-${label.toLowerCase()}`}>
      <span className="stat-value">{value.toLocaleString()}</span>
      <span className="stat-label">{label}</span>
    </div>
  );
}
