// The server behind `npm start` (src/server/cli.ts, started as the review tests start it) answers
// honestly: the page carries its security headers, a missing file is a 404 with a plain body (never
// the app's HTML), the page loads without a Content-Security-Policy violation, and no other page
// may frame it.
import { request as httpRequest } from 'node:http';
import { test, expect } from './support/fixtures';
import { startWorkspaceServer, type WorkspaceServer } from './support/workspace-server';

const DIST = process.env.KG_E2E_DIST ?? 'dist-test';

let server: WorkspaceServer;

test.beforeAll(async () => {
  server = await startWorkspaceServer({ dist: DIST });
});
test.afterAll(async () => {
  await server.dispose();
});

/** GET with the path sent byte for byte (fetch would resolve `..` before sending). */
function rawGet(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

test.describe('the npm start server', () => {
  for (const path of ['/', '/?token=TOKEN', '/index.html']) {
    test(`serves ${path} as HTML with the security headers`, async () => {
      const res = await rawGet(path.replace('TOKEN', server.token));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.body).toContain('<div id="root">');
    });
  }

  for (const path of ['/data/nope.json', '/data/../x', '/data/%2e%2e/package.json', '/data/curated/actors.yaml', '/assets/missing.js', '/favicon-none.png', '/some/deep/path']) {
    test(`answers ${path} with 404 and a plain message, not the app`, async () => {
      const res = await rawGet(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).not.toMatch(/html/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.body).toMatch(/not found/);
      expect(res.body).not.toContain('<');
    });
  }

  test('the page loads with its token and breaks no Content-Security-Policy rule', async ({ page, pageProblems }) => {
    const refused: string[] = [];
    page.on('console', (msg) => {
      // Chromium words a violation "Refused to …" or "… violates the following Content Security Policy directive".
      if (/Refused to|Content Security Policy/.test(msg.text())) refused.push(msg.text());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__kgExplorer?.ready === true);
    // The Review tab talks to the API: the token check and the article list go through connect-src.
    await page.getByRole('tab', { name: 'Review' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Review' }).getByLabel('Article to review')).toBeVisible();
    expect(refused).toEqual([]);
    expect(pageProblems.csp).toEqual([]);
    expect(pageProblems.console).toEqual([]);
  });

  test('no page can frame it: frame-ancestors refuses even its own origin', async ({ page }) => {
    // From its own origin, so the request passes the server's cross-site check and only the header refuses.
    await page.goto(`http://127.0.0.1:${server.port}/data/graph.schema.json`);
    const refusal = page.waitForEvent('console', (msg) => msg.text().includes('frame-ancestors'));
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/';
      document.body.append(frame);
    });
    expect((await refusal).text()).toContain(`Framing 'http://127.0.0.1:${server.port}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
    await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
  });

  test('a page on another site gets nothing in a frame: the cross-site refusal carries frame-ancestors too', async ({ page }) => {
    const refusal = page.waitForEvent('console', (msg) => msg.text().includes('frame-ancestors'));
    await page.setContent(`<iframe src="http://127.0.0.1:${server.port}/"></iframe>`);
    expect((await refusal).text()).toContain(`Framing 'http://127.0.0.1:${server.port}/' violates the following Content Security Policy directive: "frame-ancestors 'none'"`);
    await expect(page.frameLocator('iframe').locator('#root')).toHaveCount(0);
  });
});
