// A minimal GraphQL-over-HTTP client for tests: what any API client would send, cookies included.
export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export class ApiClient {
  private cookie: string | undefined;
  bearer: string | undefined;
  /** Headers sent with every request (a User-Agent, an X-Forwarded-For behind a trusted proxy). */
  headers: Record<string, string> = {};

  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { ...this.headers, 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return (await res.json()) as GraphQLResponse<T>;
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** The error code of a request expected to fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const res = await this.request(query, variables);
    return res.errors?.[0]?.extensions?.code;
  }
}
