// Who is signed in, read from `me`. The session itself is the server's HTTP-only cookie; after
// signing in or out the whole cache is reset, so no view keeps data from the other session.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      handle
      displayName
      roles
      verified
    }
  }
`);

export function useMe() {
  const { data, loading } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  const me = data?.me ?? null;
  return {
    me,
    loading: loading && !data,
    isSupplier: !!me?.roles.includes('SUPPLIER'),
    isAdmin: !!me?.roles.includes('ADMIN'),
  };
}

/** Resets the cache after the session changed; active queries refetch as the new viewer. */
export function useSessionChanged(): () => Promise<void> {
  const client = useApolloClient();
  return async () => {
    await client.resetStore();
  };
}
