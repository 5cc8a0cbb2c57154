// Hive Gateway as the side-by-side bench runs it (docs/performance.md): its defaults, plus what
// our subgraphs require of any gateway, the credential in x-subgraph-credential (packages/core,
// subgraph-credential.ts), and the caller's Authorization passed on as our gateway does.
export const gatewayConfig = {
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return {
        'x-subgraph-credential': process.env.BENCH_SUBGRAPH_SECRET,
        ...(authorization ? { authorization } : {}),
      };
    },
  },
};
