// Opens Banana Cake Pop at <base>/graphql/ in headless Chromium (playwright-core, Debian's /usr/bin/chromium), runs
// the example query from bcp-config.json, waits for a docking event in the result pane and saves a screenshot.
// Every request outside the gateway's origin is recorded and blocked: the IDE must work offline.
// Usage: node ide.mjs http://127.0.0.1:5000 screenshot.png   Prints one JSON line; exit 0 when the check passed.
import { chromium } from 'playwright-core';

const [base, screenshot] = process.argv.slice(2);
const origin = new URL(base).origin;
const outside = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let result = { ok: false };
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const graphqlAnswers = [];
  page.on('response', async (response) => {
    if (response.url() === `${origin}/graphql` && response.request().method() === 'POST') {
      graphqlAnswers.push(await response.text().catch(() => ''));
    }
  });

  const response = await page.goto(`${origin}/graphql`, { waitUntil: 'networkidle' });
  const landedOn = page.url();
  // "Create Document" opens a tab holding the example document from bcp-config.json; run it with the IDE's
  // own shortcut (Ctrl+Alt+Enter, "Run Current Operation").
  await page.getByText('Create Document', { exact: true }).click({ timeout: 30000 });
  await page.waitForSelector('.monaco-editor', { timeout: 30000 });
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('Control+Alt+Enter');
  const deadline = Date.now() + 30000;
  const parsed = () => graphqlAnswers.map((a) => { try { return JSON.parse(a); } catch { return null; } });
  while (Date.now() < deadline && !parsed().some((a) => a?.data?.dockingEvents)) {
    await page.waitForTimeout(250);
  }
  // The docking event the gateway answered must be what the result pane shows.
  const answer = parsed().find((a) => a?.data?.dockingEvents);
  const first = answer?.data?.dockingEvents?.nodes?.[0];
  const expected = [first?.docking, first?.dockingLocation?.name].filter(Boolean);
  await page.waitForFunction((texts) => texts.every((t) => document.body.innerText.replace(/\u00a0/g, ' ').includes(t)), expected, { timeout: 20000 }).catch(() => {});
  const shown = await page.evaluate(() => document.body.innerText.replace(/\u00a0/g, ' '));
  const resultPaneShowsEvent = expected.length === 2 && expected.every((t) => shown.includes(t));
  await page.screenshot({ path: screenshot, fullPage: false });
  result = {
    ok: response?.ok() === true && resultPaneShowsEvent && outside.length === 0,
    status: response?.status(),
    landedOn,
    title: await page.title(),
    executedQuery: answer !== undefined,
    resultPaneShowsEvent,
    event: first,
    outside,
  };
} catch (error) {
  result = { ok: false, error: String(error), outside };
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
