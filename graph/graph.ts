// One handle on the database for the whole process: the driver plus the database name, with
// the only two ways the rest of the code touches Neo4j — a managed read or a managed write.
// Each call is one transaction (retried by the driver on transient errors), and the session is
// always closed, so "one mutation, one transaction" is the shape of the API, not a convention.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { GraphSettings } from './settings';

export type Tx = ManagedTransaction;

export class Graph {
  constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  async read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async runAutoCommit(cypher: string, params: Record<string, unknown> = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  }

  /** True when the database answers a trivial query within the time limit. */
  async ping(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = session.executeRead((tx) => tx.run('RETURN 1'), { timeout: timeoutMs }).then(() => true);
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      return await Promise.race([answered, timedOut]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export function connectGraph(uri: string, settings: Pick<GraphSettings, 'user' | 'password' | 'database'>, embedded: boolean): Graph {
  // The embedded server runs without accounts on loopback; an external one uses basic auth.
  const auth = embedded ? undefined : neo4j.auth.basic(settings.user, settings.password);
  const driver = neo4j.driver(uri, auth, {
    // Every integer we store (money in fen, counts, epoch millis) fits in 2^53.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 10_000,
  });
  return new Graph(driver, settings.database);
}

/** Plain object of one record, with the driver's numbers already converted. */
export function rows<T>(result: { records: { toObject(): unknown }[] }): T[] {
  return result.records.map((r) => r.toObject() as T);
}
