/**
 * The GraphQL IDE (GraphiQL 3 on React 18), served by the gateway at `GET /graphql`
 * for a browser (Apollo's landing-page hook, which answers GETs that accept
 * text/html) and at `/ide`. Everything comes from this machine: the UMD bundles are
 * read from node_modules at startup and served under `/ide/assets/`, because these
 * machines and many agency networks are offline — no CDN, no Apollo Sandbox.
 * Example operations, one tab per domain, are `gateway/assets/examples/*.graphql`. In development the page has a
 * sign-in bar: pick a role (and a facility or district scope) and the IDE sends a dev token with every request
 * (`dev-sign-in.ts`); in production it has none.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ROLES, type PlatformConfig, type Route } from '@pass-graph/platform';
import { DEV_TOKEN_PATH, devSigningKeyFile, devTokenRoute } from './dev-sign-in';

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

/** What the page's script needs; `devSignIn` is null in production. */
interface PageConfig {
  endpoint: string;
  examples: IdeExample[];
  devSignIn: { path: string; roles: readonly string[] } | null;
}

function page(pageConfig: PageConfig): string {
  const config = escapeForScript(JSON.stringify(pageConfig));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>PASS Graph — GraphQL IDE</title>
${STYLES.map(([name]) => `    <link rel="stylesheet" href="/ide/assets/${name}" />`).join('\n')}
    <style>
      html, body { height: 100%; margin: 0; }
      body { display: flex; flex-direction: column; }
      #graphiql { flex: 1; min-height: 0; }
      #pass-sign-in { display: flex; gap: 0.5rem; align-items: center; padding: 0.4rem 0.8rem; font: 13px system-ui, sans-serif;
        background: #fff7e0; border-bottom: 1px solid #e6d9a8; }
      #pass-sign-in input { width: 11rem; }
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
export function createIde(graphqlPath = '/graphql', config?: PlatformConfig): Ide {
  const keyFile = config ? devSigningKeyFile(config) : null;
  const html = page({
    endpoint: graphqlPath,
    examples: loadExamples(),
    devSignIn: keyFile ? { path: DEV_TOKEN_PATH, roles: ROLES } : null,
  });
  const htmlRoute: Route = async () => ({ status: 200, body: html, contentType: 'text/html; charset=utf-8' });
  const routes: Record<string, Route> = { '/ide': htmlRoute, '/ide/': htmlRoute };
  if (config && keyFile) routes[DEV_TOKEN_PATH] = devTokenRoute(config, keyFile);
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
