// The offline GraphQL explorer at GET /: GraphiQL and React served from node_modules, no CDN.
import express, { Express } from 'express';
import { dirname } from 'node:path';

const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

function page(defaultHeaders: Record<string, string> | undefined): string {
  const headers = defaultHeaders ? JSON.stringify(JSON.stringify(defaultHeaders, null, 2)) : '""';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Social assistance graph</title>
  <link rel="stylesheet" href="/explorer/graphiql/graphiql.min.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/explorer/react/umd/react.production.min.js"></script>
  <script src="/explorer/react-dom/umd/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: 'headers',
        headers: ${headers},
        shouldPersistHeaders: true,
        defaultQuery: '# Find a 低保 household, then open it with HouseholdView.\\nquery Households {\\n  households(filter: { program: MINIMUM_LIVING_ALLOWANCE, status: ACTIVE }, first: 5) {\\n    totalCount\\n    nodes { id region { name } members { id name age disability { certificate { grade } } } }\\n  }\\n}\\n',
      }),
    );
  </script>
</body>
</html>`;
}

/**
 * Mounts the explorer. In development on loopback the page is pre-filled with a caseworker token and a
 * purpose, so a new user can run a query at once; every other page starts with empty headers.
 */
export function mountExplorer(app: Express, defaultHeaders: () => Promise<Record<string, string> | undefined>) {
  app.use('/explorer/graphiql', express.static(pkgDir('graphiql'), { maxAge: '1d' }));
  app.use('/explorer/react', express.static(pkgDir('react'), { maxAge: '1d' }));
  app.use('/explorer/react-dom', express.static(pkgDir('react-dom'), { maxAge: '1d' }));
  app.get('/', async (_req, res) => {
    res.type('html').send(page(await defaultHeaders()));
  });
}
