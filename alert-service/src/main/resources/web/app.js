// mediamon page: watchlist, live alert feed and per-entity coverage. Plain ES module, no build step.
// Every string that comes from data is put into the page as text (textContent / text nodes), never as HTML.
import uPlot from '/vendor/uplot/dist/uPlot.esm.js';

const MAX_ALERTS = 200;          // alerts kept in the feed
const MAX_ROWS = 100;            // rows asked of the query API per list
const MAX_TEXT = 400;            // longest text shown from data
const TOKEN_KEY = 'mediamon.token';
const HOUR = 3600 * 1000;

const $ = (id) => document.getElementById(id);
const state = {
  watchlist: new Map(),          // id -> watch rule
  entities: new Map(),           // id -> {id, name, ...} from /entities
  alerts: new Map(),             // alertId -> latest Alert
  selected: '',
  charts: [],
  selectedByUser: false,
};

// ---------- small helpers ----------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(clip(child)));
  }
  return node;
}

function clip(value, max = MAX_TEXT) {
  const text = String(value ?? '');
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function num(value, digits = 0) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function when(iso) {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '–';
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

function headers(extra = {}) {
  const h = { Accept: 'application/json', ...extra };
  if (token()) h.Authorization = 'Bearer ' + token();
  return h;
}

/** Calls the API; returns {ok, status, body}; never throws. */
async function api(path, options = {}) {
  try {
    const response = await fetch(path, { ...options, headers: headers(options.headers) });
    let body = null;
    const type = response.headers.get('content-type') || '';
    if (type.includes('json')) {
      try { body = await response.json(); } catch { body = null; }
    }
    if (response.status === 401 || response.status === 403) {
      $('feed-status').textContent = 'The API needs an access token with the right scope: enter it above.';
    }
    return { ok: response.ok, status: response.status, body };
  } catch (error) {
    return { ok: false, status: 0, body: { error: 'network error: ' + error.message } };
  }
}

function reason(result) {
  return clip(result.body?.error || result.body?.errors?.map((e) => e.reason).join('; ') || 'HTTP ' + result.status);
}

function items(body, key) {
  const list = body?.items ?? body?.[key] ?? [];
  return Array.isArray(list) ? list : [];
}

function range() {
  const hours = Math.min(Number($('v-range').value) || 168, 24 * 90);
  const to = new Date();
  const from = new Date(to.getTime() - hours * HOUR);
  return { from: from.toISOString(), to: to.toISOString() };
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, value);
  return search.toString();
}

// ---------- watchlist ----------

async function loadWatchlist() {
  const result = await api('/watchlist');
  const empty = $('watchlist-empty');
  if (!result.ok) {
    empty.hidden = false;
    empty.textContent = 'The watchlist could not be read: ' + reason(result);
    return;
  }
  state.watchlist = new Map(items(result.body, 'watchlist').filter((r) => r && r.entityId)
    .map((rule) => [String(rule.entityId), rule]));
  renderWatchlist();
  renderEntityChoices();
}

function renderWatchlist() {
  const list = $('watchlist-items');
  list.replaceChildren();
  const rules = [...state.watchlist.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  $('watchlist-empty').hidden = rules.length > 0;
  $('watchlist-empty').textContent = 'Nothing is watched yet. Add an entity below.';
  for (const rule of rules) {
    const aliases = Array.isArray(rule.aliases) && rule.aliases.length ? rule.aliases.join(', ') : '';
    list.append(el('li', { class: 'watch', 'data-entity': rule.entityId },
      el('span', { class: 'name' }, rule.name || rule.entityId),
      el('span', { class: 'meta' }, [rule.entityId, rule.type, aliases && 'aka ' + aliases,
        rule.enabled === false ? 'paused' : null, 'sensitivity ' + num(rule.sensitivity, 1)]
        .filter(Boolean).join(' · ')),
      el('button', { type: 'button', onclick: () => select(String(rule.entityId), true) }, 'Show'),
      el('button', { type: 'button', class: 'danger', 'aria-label': 'Remove ' + clip(rule.name || rule.entityId, 80),
        onclick: () => removeEntity(rule) }, 'Remove')));
  }
}

async function removeEntity(rule) {
  if (!confirm('Stop watching ' + clip(rule.name || rule.entityId, 80) + '?')) return;
  const result = await api('/watchlist/' + encodeURIComponent(rule.entityId), { method: 'DELETE' });
  $('watch-message').textContent = result.ok ? 'Removed ' + clip(rule.name || rule.entityId, 80) + '.'
    : 'Could not remove it: ' + reason(result);
  if (result.ok) await settleWatchlist((map) => !map.has(String(rule.entityId)));
}

async function addEntity(event) {
  event.preventDefault();
  const form = event.target;
  const id = $('w-id').value.trim();
  const aliases = $('w-aliases').value.split(',').map((a) => a.trim()).filter(Boolean).slice(0, 50);
  const rule = { name: $('w-name').value.trim(), aliases, type: $('w-type').value,
    sensitivity: Number($('w-sensitivity').value) || 1.0, enabled: true };
  if (!id || id.includes('/')) {
    $('watch-message').textContent = 'The id must be one path segment, like Q48938223 or a-slug.';
    return;
  }
  const result = await api('/watchlist/' + encodeURIComponent(id), { method: 'PUT',
    headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
  $('watch-message').textContent = result.ok ? 'Watching ' + clip(rule.name || id, 80) + '.'
    : 'Could not add it: ' + reason(result);
  if (result.ok) {
    form.reset();
    await settleWatchlist((map) => map.has(id));
  }
}

/** The watchlist is a compacted topic read back as a global store: re-read until the change shows. */
async function settleWatchlist(done) {
  for (let attempt = 0; attempt < 10; attempt++) {
    await loadWatchlist();
    if (done(state.watchlist)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

// ---------- alerts ----------

function alertOf(record) {
  const alert = record && typeof record === 'object' && record.data && record.specversion ? record.data : record;
  return alert && alert.alertId ? alert : null;
}

function addAlert(record) {
  const alert = alertOf(record);
  if (!alert) return false;
  const known = state.alerts.get(alert.alertId);
  if (known && Date.parse(known.updatedAt) > Date.parse(alert.updatedAt)) return false;
  state.alerts.set(alert.alertId, alert);
  if (state.alerts.size > MAX_ALERTS) {
    const oldest = [...state.alerts.values()].sort((a, b) => Date.parse(a.updatedAt) - Date.parse(b.updatedAt))[0];
    state.alerts.delete(oldest.alertId);
  }
  return true;
}

function sortedAlerts() {
  return [...state.alerts.values()].sort((a, b) => (Date.parse(b.updatedAt) || 0) - (Date.parse(a.updatedAt) || 0));
}

function renderAlerts() {
  const list = $('alert-items');
  const alerts = sortedAlerts();
  $('alerts-empty').hidden = alerts.length > 0;
  list.replaceChildren(...alerts.map(alertItem));
}

function alertItem(alert) {
  const mix = alert.sentimentMix;
  const stories = Array.isArray(alert.topArticles) ? alert.topArticles.slice(0, 3) : [];
  const outlets = alert.outlets && typeof alert.outlets === 'object' ? Object.entries(alert.outlets)
    .sort((a, b) => b[1] - a[1]).slice(0, 5).map(([outlet, n]) => outlet + ' ' + n).join(', ') : '';
  return el('li', { class: 'alert sev-' + clip(alert.severity, 20), 'data-entity': alert.entityId,
      'data-alert': alert.alertId },
    el('div', { class: 'head' },
      el('span', { class: 'badge' }, alert.severity || '?'),
      el('strong', { class: 'entity' }, alert.entityName || alert.entityId),
      el('span', { class: 'type' }, (alert.type || '').replace('_', ' ')),
      el('span', { class: 'status' }, alert.status),
      el('time', { datetime: alert.updatedAt }, when(alert.updatedAt))),
    el('p', { class: 'reason' }, alert.reason || ''),
    el('p', { class: 'meta' }, 'stories ' + num(alert.count) + ' · expected ' + num(alert.baseline, 1)
      + (mix ? ' · negative ' + num(mix.negative) + ' / neutral ' + num(mix.neutral) + ' / positive '
        + num(mix.positive) : '') + (outlets ? ' · outlets: ' + outlets : '')),
    stories.length ? el('ul', { class: 'stories' }, ...stories.map((s) => el('li', {},
      highlight(s.title || s.articleId, termsFor(alert.entityId, alert.entityName)),
      el('span', { class: 'meta' }, ' ' + [s.outlet, s.sentiment].filter(Boolean).join(' · '))))) : null,
    el('button', { type: 'button', onclick: () => select(String(alert.entityId), true) },
      'Show ' + clip(alert.entityName || alert.entityId, 60)));
}

async function loadAlerts() {
  let result = await api('/alerts?' + query({ limit: MAX_ROWS, ...range() }));
  if (!result.ok || !Array.isArray(result.body?.items)) result = await api('/alerts/recent');
  if (result.ok) items(result.body, 'alerts').forEach(addAlert);
  renderAlerts();
}

/** Reads the SSE stream with fetch, so the bearer token goes in a header and never in a URL. */
async function followStream() {
  const status = $('feed-status');
  let delay = 3000;
  for (;;) {
    try {
      const response = await fetch('/alerts/stream', { headers: headers({ Accept: 'text/event-stream' }) });
      if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
      status.textContent = 'Live feed: connected';
      status.dataset.state = 'up';
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        if (buffer.length > 4 * 1024 * 1024) throw new Error('event too large');
        let end;
        while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
          const event = parseFrame(frame);
          if (event.retry) delay = event.retry;
          if (event.type === 'alert' && event.data) onStreamedAlert(event.data);
        }
      }
      throw new Error('stream closed');
    } catch (error) {
      status.textContent = 'Live feed: disconnected (' + clip(error.message, 80) + '), retrying…';
      status.dataset.state = 'down';
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function parseFrame(frame) {
  const event = { type: 'message', data: '' };
  for (const line of frame.split(/\r?\n/)) {
    if (!line || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event.type = value;
    else if (field === 'data') event.data += (event.data ? '\n' : '') + value;
    else if (field === 'retry' && /^\d+$/.test(value)) event.retry = Math.min(Number(value), 60000);
  }
  return event;
}

function onStreamedAlert(data) {
  let record;
  try { record = JSON.parse(data); } catch { return; }
  if (!addAlert(record)) return;
  renderAlerts();
  const alert = alertOf(record);
  renderEntityChoices();
  if (!state.selectedByUser && !state.selected) select(String(alert.entityId), false);
  else if (String(alert.entityId) === state.selected) loadEntity();
}

// ---------- entity view ----------

async function loadEntities() {
  const result = await api('/entities?' + query({ limit: MAX_ROWS, ...range() }));
  if (result.ok) {
    state.entities = new Map(items(result.body, 'entities').filter((e) => e && e.id)
      .map((e) => [String(e.id), e]));
  }
  renderEntityChoices();
}

function entityName(id) {
  return state.watchlist.get(id)?.name || state.entities.get(id)?.name
    || [...state.alerts.values()].find((a) => String(a.entityId) === id)?.entityName || id;
}

function renderEntityChoices() {
  const select = $('v-entity');
  const ids = new Set([...state.watchlist.keys(), ...state.entities.keys(),
    ...[...state.alerts.values()].map((a) => String(a.entityId))]);
  const options = [...ids].map((id) => ({ id, name: entityName(id) }))
    .sort((a, b) => a.name.localeCompare(b.name)).slice(0, 500);
  select.replaceChildren(...(options.length ? options.map((o) => el('option', { value: o.id },
    o.name + (o.name === o.id ? '' : ' (' + o.id + ')'))) : [el('option', { value: '' }, '(none yet)')]));
  if (state.selected) select.value = state.selected;
}

function termsFor(id, name) {
  const rule = state.watchlist.get(String(id));
  const terms = [name, rule?.name, state.entities.get(String(id))?.name,
    ...(Array.isArray(rule?.aliases) ? rule.aliases : [])];
  return [...new Set(terms.filter((t) => typeof t === 'string' && t.trim().length > 1).map((t) => t.trim()))]
    .slice(0, 50);
}

/** Text with every occurrence of the entity's name or aliases wrapped in <mark>, built from text nodes. */
function highlight(text, terms) {
  const value = clip(text);
  const fragment = document.createDocumentFragment();
  if (!terms.length) {
    fragment.append(value);
    return fragment;
  }
  const pattern = new RegExp('(' + terms.sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'gi');
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) fragment.append(value.slice(last, match.index));
    fragment.append(el('mark', {}, match[0]));
    last = match.index + match[0].length;
  }
  if (last < value.length) fragment.append(value.slice(last));
  return fragment;
}

function select(id, byUser) {
  if (!id) return;
  state.selected = id;
  state.selectedByUser = state.selectedByUser || byUser;
  $('v-entity').value = id;
  loadEntity();
  if (byUser) $('entity').focus();
}

async function loadEntity() {
  const id = state.selected;
  if (!id) return;
  const { from, to } = range();
  const bucket = $('v-bucket').value;
  const path = '/entities/' + encodeURIComponent(id);
  const message = $('entity-message');
  $('entity-h').textContent = 'Entity: ' + clip(entityName(id), 120);
  message.textContent = 'Loading ' + clip(entityName(id), 120) + '…';
  const [coverage, outlets, stories, alerts] = await Promise.all([
    api(path + '/coverage?' + query({ from, to, bucket, limit: 1000 })),
    api(path + '/outlets?' + query({ from, to, limit: MAX_ROWS })),
    api(path + '/stories?' + query({ from, to, limit: MAX_ROWS })),
    api('/alerts?' + query({ from, to, entity: id, limit: MAX_ROWS })),
  ]);
  if (id !== state.selected) return;
  const entityAlerts = alerts.ok ? items(alerts.body, 'alerts').map(alertOf).filter(Boolean)
    : sortedAlerts().filter((a) => String(a.entityId) === id);
  if (coverage.status === 404 && !coverage.body?.items) {
    message.textContent = 'The coverage query API is not available on this server, so there are no charts yet.';
  } else if (!coverage.ok) {
    message.textContent = 'Coverage could not be read: ' + reason(coverage);
  } else {
    const buckets = items(coverage.body, 'buckets');
    const total = buckets.reduce((sum, b) => sum + (Number(b.stories) || 0), 0);
    message.textContent = total ? '' : 'No coverage of ' + clip(entityName(id), 120) + ' in this range yet.';
  }
  drawCharts(coverage.ok ? items(coverage.body, 'buckets') : [], entityAlerts, bucket);
  renderOutlets(outlets.ok ? items(outlets.body, 'outlets') : [], termsFor(id, entityName(id)));
  renderStories(stories.ok ? items(stories.body, 'stories') : [], termsFor(id, entityName(id)));
}

function drawCharts(buckets, alerts, bucket) {
  state.charts.forEach((chart) => chart.destroy());
  state.charts = [];
  const coverageBox = $('coverage-chart');
  const sentimentBox = $('sentiment-chart');
  coverageBox.replaceChildren();
  sentimentBox.replaceChildren();
  const rows = buckets.filter((b) => Number.isFinite(Date.parse(b.start))).slice(0, 2000);
  if (!rows.length) {
    $('coverage-summary').textContent = 'No data.';
    $('sentiment-summary').textContent = 'No data.';
    return;
  }
  const x = rows.map((b) => Date.parse(b.start) / 1000);
  const stories = rows.map((b) => (typeof b.stories === 'number' ? b.stories : null));
  const expected = rows.map((b) => (typeof b.expected === 'number' ? b.expected : null));
  // The expected band: a Poisson-like spread of two standard deviations around the expected count.
  const upper = expected.map((e) => (e === null ? null : e + 2 * Math.sqrt(Math.max(e, 0.25))));
  const lower = expected.map((e) => (e === null ? null : Math.max(0, e - 2 * Math.sqrt(Math.max(e, 0.25)))));
  // A bucket without mentions has no sentiment: leave a gap rather than draw a neutral 0.
  const mean = rows.map((b) => (typeof b.sentiment?.mean === 'number' && (Number(b.mentions) > 0
    || Number(b.stories) > 0) ? b.sentiment.mean : null));
  const width = Math.max(320, coverageBox.clientWidth || 640);
  const markers = alerts.map((a) => Date.parse(a.windowStart || a.openedAt) / 1000).filter(Number.isFinite);

  const coverage = new uPlot({
    width, height: 220,
    scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max * 1.1)] } },
    series: [
      {},
      { label: 'stories', stroke: '#1f5fbf', width: 2, fill: 'rgba(31,95,191,0.12)',
        paths: uPlot.paths.stepped({ align: 1 }) },
      { label: 'expected', stroke: '#666', dash: [6, 4], width: 1.5 },
      { label: 'expected +2σ', stroke: 'rgba(120,120,120,0.35)', width: 1 },
      { label: 'expected −2σ', stroke: 'rgba(120,120,120,0.35)', width: 1 },
    ],
    bands: [{ series: [3, 4], fill: 'rgba(120,120,120,0.15)' }],
    hooks: { draw: [(u) => drawMarkers(u, markers)] },
  }, [x, stories, expected, upper, lower], coverageBox);
  const sentiment = new uPlot({
    width, height: 180,
    scales: { x: { time: true }, y: { range: [-1, 1] } },
    series: [{}, { label: 'mean sentiment', stroke: '#a23b72', width: 2, spanGaps: false,
      points: { show: true, size: 4 } }],
    hooks: { draw: [(u) => drawMarkers(u, markers)] },
  }, [x, mean], sentimentBox);
  state.charts = [coverage, sentiment];

  let peak = 0;
  stories.forEach((s, i) => { if ((s ?? -1) > (stories[peak] ?? -1)) peak = i; });
  $('coverage-summary').textContent = 'Peak: ' + num(stories[peak]) + ' stories in the ' + bucket + ' bucket at '
    + when(rows[peak].start) + ' (expected ' + num(expected[peak], 1) + '). ' + markers.length + ' alert'
    + (markers.length === 1 ? '' : 's') + ' in range.';
  const scored = mean.filter((m) => m !== null);
  $('sentiment-summary').textContent = scored.length ? 'Mean over the buckets with mentions: '
    + num(scored.reduce((a, b) => a + b, 0) / scored.length, 2) + '.' : 'No scored mentions in this range.';
}

function drawMarkers(u, markers) {
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = '#d1342b';
  ctx.lineWidth = 2 * devicePixelRatio;
  for (const t of markers) {
    const left = u.valToPos(t, 'x', true);
    if (left < u.bbox.left || left > u.bbox.left + u.bbox.width) continue;
    ctx.beginPath();
    ctx.moveTo(left, u.bbox.top);
    ctx.lineTo(left, u.bbox.top + u.bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}

function renderOutlets(rows, terms) {
  const table = $('outlets');
  const body = table.tBodies[0];
  body.replaceChildren(...rows.slice(0, MAX_ROWS).map((r) => el('tr', {},
    el('th', { scope: 'row' }, r.outlet || '(unknown)'),
    el('td', {}, num(r.mentions)), el('td', {}, num(r.negative)), el('td', {}, num(r.neutral)),
    el('td', {}, num(r.positive)), el('td', {}, num(r.mean, 2)),
    el('td', { class: 'evidence' }, r.topEvidence?.sentence ? highlight(r.topEvidence.sentence, terms) : '–'))));
  table.hidden = rows.length === 0;
  $('outlets-empty').hidden = rows.length > 0;
}

function renderStories(rows, terms) {
  const list = $('stories');
  list.replaceChildren(...rows.slice(0, MAX_ROWS).map((s) => el('li', {},
    el('span', { class: 'name' }, highlight(s.headline || s.storyId || '(no headline)', terms)),
    el('span', { class: 'meta' }, [when(s.firstSeen), 'size ' + num(s.size),
      Array.isArray(s.outlets) ? s.outlets.slice(0, 8).join(', ') : null].filter(Boolean).join(' · ')),
    s.evidence?.sentence ? el('p', { class: 'evidence' }, highlight(s.evidence.sentence, terms)) : null)));
  $('stories-empty').hidden = rows.length > 0;
}

// ---------- start ----------

function setUp() {
  $('token').value = token() ? '••••••••' : '';
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $('token').value.trim();
    if (value && !/^•+$/.test(value)) sessionStorage.setItem(TOKEN_KEY, value);
    $('token').value = token() ? '••••••••' : '';
    refresh();
  });
  $('token-clear').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    $('token').value = '';
  });
  $('watch-form').addEventListener('submit', addEntity);
  $('view-form').addEventListener('submit', (event) => {
    event.preventDefault();
    select($('v-entity').value, true);
  });
  $('v-entity').addEventListener('change', () => select($('v-entity').value, true));
  $('v-range').addEventListener('change', () => loadEntity());
  $('v-bucket').addEventListener('change', () => loadEntity());
  let resizeTimer;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => state.charts.forEach((c) => c.setSize({
      width: Math.max(320, c.root.parentElement.clientWidth), height: c.height })), 200);
  });
}

async function refresh() {
  await Promise.all([loadWatchlist(), loadAlerts(), loadEntities()]);
  if (!state.selected) {
    const latest = sortedAlerts()[0];
    const first = latest ? String(latest.entityId) : [...state.watchlist.keys()][0];
    if (first) select(first, false);
  } else {
    loadEntity();
  }
  document.body.dataset.ready = 'true';
}

setUp();
refresh();
followStream();
