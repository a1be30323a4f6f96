// What the soak uses of autocannon beyond test/bench/autocannon.d.ts: a response callback per
// request (to follow orders through their life and read GraphQL error codes).
declare module 'autocannon' {
  interface AutocannonRequest {
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
}
