/**
 * The GraphQL IDE end to end: the gateway serves GraphiQL from local assets only (no
 * CDN: these machines are offline), and in Debian's headless Chromium the first
 * example tab runs against the test stack and shows its data; the dev sign-in bar signs
 * in as a role and the IDE then sends its token (a tab that needs sign-in answers
 * UNAUTHENTICATED before, data after). Screenshots are kept as test artefacts in
 * .infra/artifacts/ide.png and ide-signed-in.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { testEnv } from './support/env';
import { ok } from './support/client';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.resolve(__dirname, '..', '.infra', 'artifacts', 'ide.png');
const SIGNED_IN_SCREENSHOT = path.resolve(__dirname, '..', '.infra', 'artifacts', 'ide-signed-in.png');
const CDN = /unpkg\.com|jsdelivr|cdnjs|esm\.sh|skypack|embeddable-sandbox|apollographql\.com|googleapis|gstatic/i;
const EXAMPLES_DIR = path.resolve(__dirname, '..', 'gateway', 'assets', 'examples');

const origin = (): string => new URL(testEnv().gatewayUrl).origin;

async function ideHtml(url: string): Promise<{ status: number; type: string; html: string }> {
  const res = await fetch(url, { headers: { accept: 'text/html,application/xhtml+xml' } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', html: await res.text() };
}

describe('GraphQL IDE', () => {
  it('is served at GET /graphql (for browsers) and /ide, with every asset from the gateway itself', async () => {
    const atGraphql = await ideHtml(testEnv().gatewayUrl);
    expect(atGraphql.status).toBe(200);
    expect(atGraphql.type).toMatch(/^text\/html/);
    const atIde = await ideHtml(`${origin()}/ide`);
    expect(atIde.status).toBe(200);
    expect(atIde.html).toBe(atGraphql.html);

    const refs = [...atGraphql.html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs).toEqual(
      expect.arrayContaining([
        '/ide/assets/react.production.min.js',
        '/ide/assets/react-dom.production.min.js',
        '/ide/assets/graphiql.min.js',
        '/ide/assets/graphiql.min.css',
        '/ide/assets/ide.js',
      ]),
    );
    expect(refs.filter((r) => !r.startsWith('/ide/assets/'))).toEqual([]);
    expect(atGraphql.html).not.toMatch(/https?:\/\//);
    for (const ref of refs) {
      const res = await fetch(`${origin()}${ref}`);
      expect([ref, res.status]).toEqual([ref, 200]);
      const body = await res.text();
      expect(body.length).toBeGreaterThan(0);
      if (ref.endsWith('ide.js')) expect(body).not.toMatch(CDN);
    }
    // One example per domain, embedded in the page.
    for (const file of fs.readdirSync(EXAMPLES_DIR)) {
      const operation = /^query (\w+)/m.exec(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'))?.[1];
      expect(atGraphql.html).toContain(`query ${operation}`);
    }
  });

  it('runs every example operation through the gateway: no errors, and each shows seeded records', async () => {
    const files = fs.readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
    expect(files.map((f) => f.replace(/^\d+-|\.graphql$/g, ''))).toEqual([
      'overview',
      'governance',
      'staffing',
      'budgets',
      'care-services',
      'consulting',
      'outreach',
    ]);
    // An example that answers only empty lists would teach nothing: each must reach some fixture.
    const anyRecords = (v: unknown): boolean =>
      Array.isArray(v) ? v.length > 0 : typeof v === 'object' && v !== null ? Object.values(v).some(anyRecords) : false;
    for (const file of files) {
      const data = await ok(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'));
      expect([file, anyRecords(data)]).toEqual([file, true]);
    }
  });

  it('runs the first example in headless Chromium and shows its data in the result pane', async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the IDE test`);
    // What the overview tab must show, asked of the gateway directly.
    const overview = fs.readFileSync(path.join(EXAMPLES_DIR, '1-overview.graphql'), 'utf8');
    const expected = await ok<{ facilities: { totalCount: number; nodes: { name: string }[] } }>(overview, {}, 'anonymous');
    expect(expected.facilities.totalCount).toBeGreaterThan(0);
    const firstName = expected.facilities.nodes[0]?.name ?? '';

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const requested: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('data:')) requested.push(r.url());
      });
      await page.goto(testEnv().gatewayUrl, { waitUntil: 'load', timeout: 90_000 });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 90_000 });
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(
        (name) => {
          // Runs in the page: the browser's document (this project's TypeScript has no DOM types).
          const doc = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document;
          const text = doc.querySelector('.graphiql-response')?.textContent ?? '';
          return text.includes('"data"') && text.includes(name);
        },
        firstName,
        { timeout: 60_000 },
      );
      const pane = (await page.locator('.graphiql-response').textContent()) ?? '';
      expect(pane).toContain('"facilities"');
      expect(pane).not.toContain('"errors"');
      fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
      // Offline: the page, its assets and the query all went to the gateway, nothing elsewhere.
      expect(requested.filter((u) => !u.startsWith(origin()))).toEqual([]);
      expect(requested).toContain(testEnv().gatewayUrl);
    } finally {
      await browser.close();
    }
  });
  it('dev sign-in: the bar mints a token for the chosen role, and the IDE sends it with the next request', async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the IDE test`);
    // The endpoint the bar uses: a token for a real role, a typed error for anything else.
    const minted = await fetch(`${origin()}/ide/dev-token?role=admin`);
    expect(minted.status).toBe(200);
    expect(((await minted.json()) as { roles: string[] }).roles).toEqual(['admin']);
    const refused = await fetch(`${origin()}/ide/dev-token?role=root`);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('BAD_USER_INPUT');

    type Doc = { querySelector(s: string): { textContent: string | null } | null };
    const paneShows = (n: string): boolean => {
      const doc = (globalThis as unknown as { document: Doc }).document;
      return (doc.querySelector('.graphiql-response')?.textContent ?? '').includes(n);
    };
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`${origin()}/ide`, { waitUntil: 'load', timeout: 90_000 });
      await page.waitForSelector('#pass-sign-in select[name=role]', { timeout: 90_000 });
      await page.waitForSelector('.graphiql-execute-button', { timeout: 90_000 });
      // The Consulting tab needs a signed-in caller: anonymous, it answers UNAUTHENTICATED.
      await page.locator('.graphiql-tab', { hasText: 'Consulting' }).first().click();
      // Right after a tab switch GraphiQL may still send the previous tab's operation name (the gateway answers
      // BAD_USER_INPUT "Unknown operation"): run again until the tab's own operation answered, at most 5 times.
      for (let attempt = 1; ; attempt++) {
        await page.click('.graphiql-execute-button');
        await page.waitForFunction(
          () =>
            ['UNAUTHENTICATED', 'Unknown operation'].some((n) =>
              ((globalThis as unknown as { document: Doc }).document.querySelector('.graphiql-response')?.textContent ?? '').includes(n),
            ),
          undefined,
          { timeout: 60_000 },
        );
        if ((await page.evaluate(paneShows, 'UNAUTHENTICATED')) || attempt === 5) break;
      }
      await page.waitForFunction(paneShows, 'UNAUTHENTICATED', { timeout: 60_000 });

      await page.selectOption('#pass-sign-in select[name=role]', 'admin');
      await page.click('#pass-sign-in button[type=submit]');
      await page.waitForFunction(
        () =>
          ((globalThis as unknown as { document: Doc }).document.querySelector('#pass-sign-in-status')?.textContent ?? '').startsWith(
            'signed in as admin',
          ),
        undefined,
        { timeout: 30_000 },
      );
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(paneShows, '"consultants": [', { timeout: 60_000 });
      const pane = (await page.locator('.graphiql-response').textContent()) ?? '';
      expect(pane).not.toContain('UNAUTHENTICATED');
      expect(pane).not.toContain('"errors"');
      fs.mkdirSync(path.dirname(SIGNED_IN_SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SIGNED_IN_SCREENSHOT });
    } finally {
      await browser.close();
    }
  });
});
