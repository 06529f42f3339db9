// The students' page. Plain JavaScript, no framework. Everything a student or the server sends
// is written with textContent, never as HTML. The session token is an HttpOnly cookie: this
// script never sees it.
'use strict';

const $ = (id) => document.getElementById(id);
let version = 0;
let prompt = null;
let promptState = 'none';
let sending = false;

function show(id, visible) { $(id).hidden = !visible; }

function status(text, kind) {
  const s = $('status');
  s.textContent = text;
  s.className = kind || '';
}

async function call(method, path, body) {
  const options = { method, credentials: 'same-origin', cache: 'no-store', headers: {} };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  // "Too many requests" is the server asking for a moment (a room of devices behind one
  // address, a burst of taps): wait as it says and send again, so an answer is not dropped.
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(path, options);
    if (response.status === 429 && attempt < 4) {
      const wait = Math.min(5, Number(response.headers.get('Retry-After')) || 1);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      continue;
    }
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    return { status: response.status, data };
  }
}

function choice(name, value, text, checked) {
  const label = document.createElement('label');
  label.className = 'choice';
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = name;
  input.value = value;
  input.checked = checked;
  label.append(input, document.createTextNode(text));
  return label;
}

function renderPrompt(data) {
  const changed = !prompt || !data.prompt || prompt.id !== data.prompt.id;
  prompt = data.prompt;
  promptState = data.state;
  show('waiting', !prompt);
  show('answer', !!prompt);
  if (!prompt) return;
  const mine = data.answer || {};
  if (changed) {
    $('prompt-text').textContent = prompt.text;
    const choices = $('choices');
    choices.replaceChildren();
    choices.className = '';  // one point a line: its words stay readable at 320 px
    if (prompt.kind === 'choice' || prompt.kind === 'evidence') {
      for (const o of prompt.options) choices.append(choice('option', o.id, o.text, mine.option === o.id));
    } else if (prompt.kind === 'scale') {
      for (let i = 1; i <= prompt.scale_points; i++) {
        let text = String(i);
        if (i === 1) text += ' \u00b7 ' + prompt.scale_low;
        if (i === prompt.scale_points) text += ' \u00b7 ' + prompt.scale_high;
        choices.append(choice('scale', String(i), text, mine.scale === i));
      }
    }
    const conf = $('confidence-choices');
    conf.replaceChildren();
    for (let i = 1; i <= 5; i++) conf.append(choice('confidence', String(i), String(i), mine.confidence === i));
    $('confidence-question').textContent = prompt.confidence || '';
    show('confidence', prompt.kind === 'evidence' && !!prompt.confidence);  // only where the story asks
    show('open-field', prompt.kind === 'open');
    $('text').value = mine.text || '';
    countChars();
    status(data.answer ? 'Received.' : '', data.answer ? 'ok' : '');
  }
  const open = promptState === 'open';
  for (const el of $('answer').querySelectorAll('input, textarea, button')) el.disabled = !open || sending;
  $('prompt-state').textContent = open ? 'You can change your answer until your teacher locks it.'
      : promptState === 'revealed' ? 'Your teacher is showing the results.' : 'Answers to this question are locked.';
}

function countChars() {
  const n = [...$('text').value].length;
  $('count').textContent = n + ' of 1000 characters';
}

async function poll() {
  for (;;) {
    let result;
    try {
      result = await call('GET', '/api/state?since=' + version);
    } catch (e) {
      status('The connection to the teacher\'s computer was lost; trying again…', 'bad');
      await new Promise((r) => setTimeout(r, 2000));
      continue;
    }
    if (result.status === 200 && result.data.joined === false) { startJoin(result.data); return; }
    if (result.status === 410) { show('answer', false); show('waiting', false); show('ended', true); status(''); return; }
    if (result.status !== 200) { await new Promise((r) => setTimeout(r, 1000)); continue; }
    const same = result.data.version === version;
    version = result.data.version;
    show('join', false);
    renderPrompt(result.data);
    if (same) await new Promise((r) => setTimeout(r, 1000));
  }
}

function startJoin(info) {
  show('join', true);
  show('waiting', false);
  show('answer', false);
  show('name-field', !info || info.names !== false);
  $('code').focus();
}

function answerFromForm() {
  const picked = (name) => { const el = $('answer').querySelector('input[name="' + name + '"]:checked'); return el ? el.value : null; };
  if (prompt.kind === 'open') return { text: $('text').value };
  if (prompt.kind === 'scale') { const v = picked('scale'); return v ? { scale: Number(v) } : null; }
  const option = picked('option');
  if (!option) return null;
  if (prompt.kind === 'choice' || !prompt.confidence) return { option };
  const confidence = picked('confidence');
  return confidence ? { option, confidence: Number(confidence) } : null;
}

document.addEventListener('DOMContentLoaded', () => {
  $('text').addEventListener('input', countChars);
  $('join').addEventListener('submit', async (event) => {
    event.preventDefault();
    status('Joining…');
    try {
      const r = await call('POST', '/api/join', { code: $('code').value, name: $('name').value });
      if (r.status === 200) { status('Joined.', 'ok'); version = 0; poll(); }
      else status(r.data.error || 'Could not join (' + r.status + ').', 'bad');
    } catch (e) { status('The teacher\'s computer cannot be reached.', 'bad'); }
  });
  $('answer').addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = answerFromForm();
    if (!answer) { status('Choose an answer first.', 'bad'); return; }
    answer.prompt = prompt.id;
    sending = true;
    status('Sending…');
    try {
      const r = await call('POST', '/api/answer', answer);
      if (r.status === 200 && r.data.received) status('Received.', 'ok');
      else status(r.data.error || 'Not received (' + r.status + '). Try again.', 'bad');
    } catch (e) {
      status('Not received: the teacher\'s computer cannot be reached. Try again.', 'bad');
    }
    sending = false;
    renderPrompt({ prompt, state: promptState, answer: null });
  });
  poll();
});
