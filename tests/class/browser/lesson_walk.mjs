// By hand, not in CTest: run tests/class/browser/run.sh once (it installs playwright-core into
// build/class-browser/), copy this file there, and run: node lesson_walk.mjs $PWD/../lineage OUT_DIR
// Acceptance walk of issue 18: a teacher and three students. Xorg (dummy driver) with two
// 1920x1080 displays; `lineage present ending-and-cycle --class` in real windows on loopback
// (settings: class.bind = loopback, class.port = 8799); three chromium pages join with names and
// answer an open, a scale and a choice prompt; the teacher drives with xdotool keys; each display
// saved with import at each point. Usage: node lesson_walk.mjs LINEAGE OUT_DIR
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const lineage = process.argv[2], out = process.argv[3];
mkdirSync(out, { recursive: true });
const data = join(out, 'data');
mkdirSync(data, { recursive: true });
writeFileSync(join(data, 'settings.txt'), 'class.bind = loopback\nclass.port = 8799\n');
const W = 1920, H = 1080;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let d = 80;
while (existsSync('/tmp/.X11-unix/X' + d) || existsSync('/tmp/.X' + d + '-lock')) d++;
const conf = join(out, 'xorg.conf');
writeFileSync(conf, `Section "Device"\n Identifier "d"\n Driver "dummy"\n VideoRam 512000\nEndSection\nSection "Monitor"\n Identifier "m"\n HorizSync 5.0-1000.0\n VertRefresh 5.0-200.0\nEndSection\nSection "Screen"\n Identifier "s"\n Device "d"\n Monitor "m"\n DefaultDepth 24\n SubSection "Display"\n  Depth 24\n  Virtual ${2 * W} ${H}\n EndSubSection\nEndSection\n`);
const xorg = spawn('Xorg', [':' + d, '-config', conf, '-noreset', '-nolisten', 'tcp', '-logfile', join(out, 'xorg.log')], { stdio: 'ignore' });
const env = { ...process.env, DISPLAY: ':' + d };
const x = (cmd, args) => execFileSync(cmd, args, { env }).toString();
let app, browser;
try {
  for (let i = 0; i < 100; i++) { try { x('xdpyinfo', []); break; } catch { await sleep(100); } }
  const mode = x('cvt', [String(W), String(H), '60']).match(/Modeline (.*)/)[1].replace(/"/g, '').trim().split(/\s+/);
  try { x('xrandr', ['--newmode', ...mode]); } catch {}
  x('xrandr', ['--addmode', 'DUMMY0', mode[0]]);
  x('xrandr', ['--addmode', 'DUMMY1', mode[0]]);
  x('xrandr', ['--output', 'DUMMY0', '--mode', mode[0], '--pos', '0x0', '--primary', '--output', 'DUMMY1', '--mode', mode[0], '--pos', W + 'x0']);

  x('xrandr', []);  // a query makes the server probe its outputs: SDL then lists both displays
  app = spawn(lineage, ['present', 'ending-and-cycle', '--class', '--data-dir', data], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  app.stdout.on('data', (c) => { said += c; });
  app.stderr.on('data', (c) => { said += c; });
  for (let i = 0; i < 200 && !/join code/.test(said); i++) await sleep(100);
  const [, url, code] = said.match(/class responses at (\S+), join code (\S+)/) || [];
  if (!url) throw new Error('no join address printed:\n' + said);
  console.log('join', url, code);
  await sleep(2500);
  const win = x('xdotool', ['search', '--name', '^Lineage$']).trim().split('\n')[0];
  let n = 0;
  const shot = async (what) => {
    await sleep(1200);  // the loaded machine: let frames land
    n++;
    x('import', ['-window', 'root', '-crop', `${W}x${H}+0+0`, '+repage', join(out, `${n}-${what}-presenter.png`)]);
    x('import', ['-window', 'root', '-crop', `${W}x${H}+${W}+0`, '+repage', join(out, `${n}-${what}-projector.png`)]);
    console.log('shot', n, what);
  };
  const key = async (...keys) => { for (const k of keys) { x('xdotool', ['key', '--window', win, k]); await sleep(500); } };
  await shot('join');

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const names = ['Ana', 'Ben', 'Cat'];
  const pages = [];
  for (const [i, name] of names.entries()) {
    const context = await browser.newContext({ viewport: { width: [320, 390, 1280][i], height: 700 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByLabel('Join code').fill(code);
    await page.getByLabel(/Your first name/).fill(name);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('You have joined.').waitFor();
    pages.push(page);
  }
  await shot('joined');

  // Step 6: think-pair-share on an open prompt.
  await key('Right', '6', 'Return');
  const open = ['Gemma will doubt herself, as Blythe did', 'She has Fox beside her, at first', 'Someone should believe her'];
  for (const [i, page] of pages.entries()) {
    await page.getByText('Gemma is now where Blythe once was').waitFor({ timeout: 5000 });
    await page.getByLabel('Your answer').fill(open[i]);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Received.').waitFor();
  }
  await shot('open-held');
  await key('n');  // the teacher shows one
  await shot('open-one-shown');
  await pages[0].screenshot({ path: join(out, 'student-ana-open.png') });

  // Step 8: a scale prompt.
  await key('8', 'Return');
  for (const [i, page] of pages.entries()) {
    await page.getByText('A family pattern can be broken').waitFor({ timeout: 5000 });
    await page.getByLabel(String([2, 4, 5][i]), { exact: false }).first().check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Received.').waitFor();
  }
  await shot('scale');

  // Step 9: a choice prompt (a debate motion).
  await key('Right');
  const choices = ['For: readers deserve', 'Against: the open ending', 'Against: the open ending'];
  for (const [i, page] of pages.entries()) {
    await page.getByText('Debate motion').waitFor({ timeout: 5000 });
    await page.getByLabel(choices[i]).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Received.').waitFor();
  }
  await shot('choice');
  await pages[1].screenshot({ path: join(out, 'student-ben-choice.png') });
  await key('l');
  await shot('choice-light');
  await key('l', 'e');  // class responses end; the lesson goes on
  await shot('class-ended');
  await pages[0].getByText('Class responses have ended.').waitFor({ timeout: 20000 });
  await key('Escape');
  await shot('lesson-ended');
  console.log('walk done; data in', data);
} catch (e) {
  console.error('WALK FAILED', e);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  if (app && app.exitCode === null) app.kill('SIGTERM');
  await sleep(500);
  xorg.kill('SIGTERM');
}
