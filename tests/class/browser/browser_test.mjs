// Class responses in a real browser: Debian's chromium, driven by playwright-core (from npm,
// pinned in package-lock.json; it never downloads a browser). The teacher's Lineage runs as
// `lineage class serve` on loopback; three students join from separate browser contexts with
// different names, answer a choice, a scale and an open prompt, and the test checks what the
// pages show, what the server reported, and the session's CSV export from the database.
// Usage: node browser_test.mjs LINEAGE_BINARY
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const lineage = process.argv[2];
const chromiumPath = process.env.LINEAGE_CHROMIUM || '/usr/bin/chromium';
const dataDir = mkdtempSync(join(tmpdir(), 'lineage-class-browser-'));
const failures = [];
const check = (ok, what) => { console.log((ok ? 'ok   ' : 'FAIL ') + what); if (!ok) failures.push(what); };
const deadline = setTimeout(() => { console.error('FAIL: the browser test took over 120 s'); process.exit(1); }, 120000);

// The teacher's side, driven through standard input.
const server = spawn(lineage, ['class', 'serve', '--bind', 'loopback', '--port', '0', '--data-dir', dataDir,
                                '--lesson', 'browser-test'], { stdio: ['pipe', 'pipe', 'inherit'] });
let output = '';
const waiters = [];
server.stdout.on('data', (chunk) => {
  output += chunk.toString();
  for (const w of [...waiters]) if (w.test(output)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(); }
});
const waitFor = (regex, ms = 15000) => new Promise((resolve, reject) => {
  const w = { test: (t) => regex.test(t), resolve };
  if (w.test(output)) return resolve();
  waiters.push(w);
  setTimeout(() => reject(new Error('timed out waiting for ' + regex + ' in:\n' + output)), ms);
});
const teacher = (line) => server.stdin.write(line + '\n');

let browser;
try {
  await waitFor(/^session \d+$/m);
  const url = output.match(/^url (\S+)$/m)[1];
  const code = output.match(/^code (\S+)$/m)[1];
  const session = output.match(/^session (\d+)$/m)[1];
  check(url.startsWith('http://127.0.0.1:'), 'serves on loopback: ' + url);

  // As root (CI, a fresh Debian chroot) chromium needs --no-sandbox; a chroot may have no
  // /dev/shm, so chromium keeps its shared memory in /tmp instead.
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const names = ['Ana', 'Ben', 'Cat'];
  const pages = [];
  const consoleErrors = [];
  let waitedOut = 0;
  for (const [i, name] of names.entries()) {
    // A phone 320 px wide, a phone 390 px wide, a laptop.
    const width = [320, 390, 1280][i];
    const context = await browser.newContext({ viewport: { width, height: 700 } });
    const page = await context.newPage();
    // The browser logs every refused request; a 429 is the server asking for a moment, which
    // the page waits out and sends again (the answers' own checks show nothing was lost).
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (/status of 429/.test(m.text())) { waitedOut += 1; return; }
      consoleErrors.push(name + ': ' + m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(name + ': ' + e.message));
    const response = await page.goto(url);
    check(response.headers()['content-security-policy']?.includes("default-src 'none'"), name + ': the page has a strict CSP');
    await page.getByLabel('Join code').fill(code.toLowerCase());  // read off a projector, typed in lower case
    await page.getByLabel(/Your first name/).fill(name);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('You have joined.').waitFor();
    pages.push(page);
  }
  await waitFor(/^joined 3 Cat$/m);
  check(true, 'three students joined with their names');
  const cookies = await pages[0].context().cookies();
  check(cookies.length === 1 && cookies[0].httpOnly && cookies[0].sameSite === 'Strict', 'the token cookie is HttpOnly and SameSite=Strict');
  check(await pages[0].evaluate(() => document.cookie) === '', 'the page script cannot read the token');

  // A choice prompt.
  teacher('open widow-beginning');
  const choices = ['With the bathtub', 'There is no single beginning', 'With the bathtub'];
  for (const [i, page] of pages.entries()) {
    await page.getByText('Where do you think this family').waitFor({ timeout: 3000 });  // arrives within a second or so
    await page.getByLabel(choices[i]).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Received.').waitFor();
  }
  await waitFor(/^answer 3 widow-beginning /m);
  teacher('tally');
  await waitFor(/^tally .*answered=3 .*\[With the bathtub\]=2 \[Further back than anything our source tells us\]=0 \[There is no single beginning\]=1/m);
  check(true, 'the live tally counts the three choices');
  // Ben changes his mind before the lock; after the lock the page says answers are locked.
  await pages[1].getByLabel('With the bathtub').check();
  await pages[1].getByRole('button', { name: 'Send' }).click();
  await pages[1].getByText('Received.').waitFor();
  teacher('lock');
  await pages[0].getByText('Answers to this question are locked.').waitFor({ timeout: 3000 });
  check(await pages[0].getByRole('button', { name: 'Send' }).isDisabled(), 'a locked prompt cannot be answered');

  // A scale prompt.
  teacher('open widow-circumstance-scale');
  for (const [i, page] of pages.entries()) {
    await page.getByText('Hard circumstances').waitFor({ timeout: 3000 });
    await page.getByLabel(String(i + 3), { exact: false }).first().check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Received.').waitFor();
  }

  // An open prompt, with markup and an overlong answer.
  teacher('open widow-begin');
  const texts = ['Alone and <b>grieving</b> <script>alert(1)</script>', 'Grief first', 'x'.repeat(1000)];
  for (const [i, page] of pages.entries()) {
    await page.getByText('Etta becomes a mother alone').waitFor({ timeout: 3000 });
    await page.getByLabel('Your answer').fill(texts[i]);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Received.').waitFor();
  }
  check(await pages[0].locator('b, script:not([src])').count() === 0, 'markup in an answer is never made into elements');
  await waitFor(/^answer 3 widow-begin text/m);
  teacher('show 2');
  teacher('tally');
  await waitFor(/^tally .*answered=3 .*shown=1/m);
  check(true, 'one open answer shown by the teacher, the others held back');

  // The page reads at 320 px: nothing wider than the screen, touch targets at least 44 px.
  const layout = await pages[0].evaluate(() => ({
    width: document.documentElement.scrollWidth,
    smallest: Math.min(...[...document.querySelectorAll('button, .choice, input:not([type=radio]), textarea')]
      .filter((e) => e.offsetParent).map((e) => e.getBoundingClientRect().height)),
  }));
  check(layout.width <= 320, 'no sideways scrolling at 320 px (' + layout.width + ' px)');
  check(layout.smallest >= 44, 'touch targets at least 44 px tall (' + layout.smallest + ' px)');
  check(consoleErrors.length === 0, 'no script or CSP errors in the pages' + (consoleErrors.length ? ': ' + consoleErrors.join('; ') : ''));
  if (waitedOut) console.log('note ' + waitedOut + ' request(s) refused with 429 were waited out and sent again');

  teacher('end');
  await waitFor(/^ended$/m);
  await pages[0].getByText('Class responses have ended.').waitFor({ timeout: 20000 });
  check(true, 'ending the session tells the pages');

  // What the database holds, through the CSV export.
  const csvPath = join(dataDir, 'session.csv');
  execFileSync(lineage, ['class', 'export', '--session', session, '--out', csvPath, '--data-dir', dataDir]);
  const csv = readFileSync(csvPath, 'utf8');
  const rows = csv.trim().split('\r\n');
  check(rows.length === 1 + 9, 'the export has 9 answers (3 students x 3 prompts): ' + (rows.length - 1));
  for (const name of names) check(csv.includes('"' + name + '"'), 'the export names ' + name);
  check(csv.includes('"widow-beginning",2,"Ben","b",,,"",') && /"widow-beginning",2,"Ben","b",,,"",\d+,1,no/.test(csv),
        "Ben's changed choice is his answer, with one change");
  check(csv.includes('"Alone and <b>grieving</b> <script>alert(1)</script>"'), 'the markup is stored as the text it was');
  check(csv.includes('"' + 'x'.repeat(1000) + '"'), 'a 1,000-character answer is stored whole');
} catch (error) {
  failures.push(String(error && error.stack || error));
  console.error('FAIL ' + (error && error.stack || error));
} finally {
  if (browser) await browser.close();
  if (server.exitCode === null) server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  clearTimeout(deadline);
}
console.log(failures.length ? failures.length + ' failed' : 'all browser checks passed');
process.exit(failures.length ? 1 : 0);
