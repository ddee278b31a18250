/**
 * The GraphQL IDE (GraphiQL 3 on React 18), served by the gateway at `GET /graphql`
 * for a browser (Apollo's landing-page hook, which answers GETs that accept
 * text/html) and at `/ide`. Everything comes from this machine: the UMD bundles are
 * read from node_modules at startup and served under `/ide/assets/`, because these
 * machines and many agency networks are offline — no CDN, no Apollo Sandbox.
 * Example operations, one tab per domain, are `gateway/assets/examples/*.graphql`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Route } from '@pass-graph/platform';

const ASSETS_DIR = path.resolve(__dirname, '..', 'assets');
const packageDir = (name: string): string => path.dirname(require.resolve(`${name}/package.json`));

/** Served file → where it is read from. Order matters: it is the order of the script tags. */
const SCRIPTS: [string, () => string][] = [
  ['react.production.min.js', () => path.join(packageDir('react'), 'umd', 'react.production.min.js')],
  ['react-dom.production.min.js', () => path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js')],
  ['graphiql.min.js', () => path.join(packageDir('graphiql'), 'graphiql.min.js')],
  ['ide.js', () => path.join(ASSETS_DIR, 'ide.js')],
];
const STYLES: [string, () => string][] = [['graphiql.min.css', () => path.join(packageDir('graphiql'), 'graphiql.min.css')]];

export interface IdeExample {
  /** File name without the numeric prefix, e.g. `governance`. */
  name: string;
  query: string;
}

export function loadExamples(dir: string = path.join(ASSETS_DIR, 'examples')): IdeExample[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/^\d+-/, '').replace(/\.graphql$/, ''), query: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const escapeForScript = (json: string): string => json.replace(/</g, '\\u003c');

function page(graphqlPath: string, examples: IdeExample[]): string {
  const config = escapeForScript(JSON.stringify({ endpoint: graphqlPath, examples }));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>PASS Graph — GraphQL IDE</title>
${STYLES.map(([name]) => `    <link rel="stylesheet" href="/ide/assets/${name}" />`).join('\n')}
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
    <script id="pass-ide-config" type="application/json">${config}</script>
${SCRIPTS.map(([name]) => `    <script src="/ide/assets/${name}"></script>`).join('\n')}
  </body>
</html>
`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface Ide {
  html: string;
  /** `/ide` and one route per asset, for the platform's `serve({ routes })`. */
  routes: Record<string, Route>;
  /** Replaces Apollo's default landing page (which loads Apollo Sandbox from a CDN) with the IDE. */
  plugin: ApolloServerPlugin<BaseContext>;
}

/** Reads every asset once, at startup: a missing file stops the gateway here rather than on a browser's request. */
export function createIde(graphqlPath = '/graphql'): Ide {
  const html = page(graphqlPath, loadExamples());
  const htmlRoute: Route = async () => ({ status: 200, body: html, contentType: 'text/html; charset=utf-8' });
  const routes: Record<string, Route> = { '/ide': htmlRoute, '/ide/': htmlRoute };
  for (const [name, locate] of [...SCRIPTS, ...STYLES]) {
    const body = fs.readFileSync(locate(), 'utf8');
    const contentType = CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream';
    routes[`/ide/assets/${name}`] = async () => ({ status: 200, body, contentType });
  }
  return {
    html,
    routes,
    plugin: {
      async serverWillStart() {
        return {
          async renderLandingPage() {
            return { html };
          },
        };
      },
    },
  };
}
