// Strongly connected components (Tarjan 1972), iterative so a 100k-member graph cannot overflow
// the call stack. A closed ring of accounts that vouch for each other is, in graph terms, a
// strongly connected group of positive ratings that nobody outside supports; this finds the
// groups, collusion.ts decides which of them are rings.

/**
 * Components of the graph whose edges are the pairs p with keep[p] = 1, over CSR rows
 * (pairs rowStart[v] .. rowStart[v+1]-1 leave v towards target[p]). Returns each node's
 * component id (0-based, in Tarjan's completion order, so deterministic) and the count.
 */
import { min } from './builtins';

export function stronglyConnected(
  n: number,
  rowStart: Uint32Array,
  target: Int32Array,
  keep: Uint8Array,
): { component: Int32Array; count: number } {
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Uint32Array(n);
  const component = new Int32Array(n).fill(-1);
  let sp = 0;
  let csp = 0;
  let counter = 0;
  let count = 0;

  const enter = (v: number) => {
    order[v] = low[v] = counter++;
    stack[sp++] = v;
    onStack[v] = 1;
    callNode[csp] = v;
    callEdge[csp] = rowStart[v]!;
    csp++;
  };

  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    enter(root);
    while (csp > 0) {
      const v = callNode[csp - 1]!;
      const e = callEdge[csp - 1]!;
      if (e < rowStart[v + 1]!) {
        callEdge[csp - 1] = e + 1;
        if (!keep[e]) continue;
        const w = target[e]!;
        if (order[w] === -1) enter(w);
        else if (onStack[w]) low[v] = min(low[v]!, order[w]!);
        continue;
      }
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count++;
      }
      csp--;
      if (csp > 0) {
        const u = callNode[csp - 1]!;
        low[u] = min(low[u]!, low[v]!);
      }
    }
  }
  return { component, count };
}
