'use strict';
// TrainLoop Studio: router, data sources and DOM helpers shared by the pages.
// Every piece of run data reaches the page as text (textContent / text nodes); no HTML is ever parsed from data.
(function () {
  const TL = (window.TL = { pages: {} });

  /** Builds an element. props: class, text, style (object), on<event> handlers, other attributes. */
  TL.h = function (tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') el.className = value;
      else if (key === 'text') el.textContent = String(value);
      else if (key === 'style') Object.assign(el.style, value);
      else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
    return TL.append(el, children);
  };

  /** Appends nodes and strings (as text nodes), flattening arrays and skipping null / false. */
  TL.append = function (el, children) {
    for (const child of [children].flat(Infinity)) {
      if (child == null || child === false) continue;
      el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  };

  /** Replaces an element's children, as {@link TL.append} adds them. */
  TL.fill = function (el, ...children) {
    el.replaceChildren();
    return TL.append(el, children);
  };
  const h = TL.h;

  // ---- formatting
  TL.fmt = {
    score: (x) => (x == null ? '—' : Number(x).toFixed(3)),
    pct: (x) => (x == null ? '—' : (Number(x) * 100).toFixed(1) + '%'),
    int: (x) => (x == null ? '—' : Number(x).toLocaleString('en-US')),
    ms(x) {
      if (x == null) return '—';
      x = Number(x);
      return x >= 1000 ? (x / 1000).toFixed(2) + ' s' : Math.round(x) + ' ms';
    },
    /** The product's money rule (as cost/UsdFormat): cents from $0.10 up, two significant digits below. */
    usd(x) {
      if (x == null) return 'n/a';
      x = Number(x);
      if (x === 0) return '$0.00';
      const sign = x < 0 ? '-$' : '$';
      const a = Math.abs(x);
      const r = Number(a.toPrecision(2));
      if (r >= 0.1) {
        return sign + a.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      }
      const decimals = Math.min(20, Math.max(0, 1 - Math.floor(Math.log10(r))));
      return sign + r.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '');
    },
    /** Amounts a person budgets with (per day, per month): cents from a cent up, else as {@link usd}. */
    money(x) {
      if (x == null) return 'n/a';
      x = Number(x);
      return Math.abs(x) >= 0.01
        ? '$' + x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : TL.fmt.usd(x);
    },
    date(iso) {
      if (!iso) return '—';
      const d = new Date(iso);
      if (isNaN(d)) return String(iso);
      return d.toLocaleString('en-GB', { year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit',
        minute: '2-digit', timeZone: 'UTC' }) + ' UTC';
    },
    ci: (ci) => (Array.isArray(ci) && ci.length === 2 ? '[' + TL.fmt.score(ci[0]) + ' – ' + TL.fmt.score(ci[1]) + ']' : ''),
  };

  TL.get = function (obj, ...path) {
    let cur = obj;
    for (const step of path) {
      if (cur == null || typeof cur !== 'object') return undefined;
      cur = cur[step];
    }
    return cur;
  };

  TL.badge = (text, kind) => h('span', { class: 'badge ' + (kind || ''), text });
  TL.card = (title, ...body) => h('section', { class: 'card' }, title ? h('h2', { text: title }) : null, body);
  TL.empty = (text) => h('p', { class: 'empty', text });

  /** A table from column specs {label, value(row) -> Node|string, class}. */
  TL.table = function (columns, rows, opts) {
    const head = h('tr', null, columns.map((c) => h('th', { class: c.class || '', text: c.label, title: c.title })));
    const body = rows.map((row) => h('tr', { class: opts && opts.rowClass ? opts.rowClass(row) : '',
      onclick: opts && opts.onclick ? () => opts.onclick(row) : null },
      columns.map((c) => h('td', { class: c.class || '' }, c.value(row)))));
    return h('div', { class: 'table-wrap' }, h('table', { class: 'grid' }, h('thead', null, head), h('tbody', null, body)));
  };

  // ---- data sources: the server's JSON API, or the data embedded in an offline report
  class HttpSource {
    async get(path) {
      const response = await fetch(path, { headers: { Accept: 'application/json' } });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.error || 'HTTP ' + response.status);
      return body;
    }
    runs() { return this.get('api/runs'); }
    run(id) { return this.get('api/runs/' + encodeURIComponent(id)); }
    latency(id) { return this.get('api/runs/' + encodeURIComponent(id) + '/latency'); }
    samples(id, query) {
      return this.get('api/runs/' + encodeURIComponent(id) + '/samples?' + new URLSearchParams(query));
    }
    history(tag) { return this.get('api/history' + (tag ? '?' + new URLSearchParams({ tag }) : '')); }
  }

  class EmbeddedSource {
    constructor(data) { this.data = data; this.offline = true; }
    async runs() { return this.data.runs; }
    async run() { return this.data.report; }
    async latency() { return this.data.latency; }
    async samples(id, query) { return TL.compactPage(this.data.samples, query); }
    async history(tag) { return this.data.history[tag || ''] || { tag, tags: [], runs: [] }; }
  }

  const embedded = document.getElementById('trainloop-data');
  TL.offlineData = embedded ? JSON.parse(embedded.textContent) : null;
  TL.source = TL.offlineData ? new EmbeddedSource(TL.offlineData) : new HttpSource();

  // ---- routing: #/runs, #/run/<id>, #/run/<id>/samples?…, #/history?tag=…
  TL.parseHash = function () {
    const raw = location.hash.replace(/^#\/?/, '');
    const q = raw.indexOf('?');
    const path = (q < 0 ? raw : raw.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent);
    const params = Object.fromEntries(new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)));
    return { path, params };
  };
  TL.runHref = (id, sub, params) => '#/run/' + encodeURIComponent(id) + (sub ? '/' + sub : '') +
    (params && Object.keys(params).length ? '?' + new URLSearchParams(params) : '');

  function nav(route) {
    const links = [];
    const runId = route.path[0] === 'run' ? route.path[1] : TL.offlineData && TL.offlineData.run_id;
    if (!TL.offlineData) links.push(['Runs', '#/runs', route.path[0] === 'runs' || !route.path.length]);
    if (runId) {
      links.push(['Run', TL.runHref(runId), route.path[0] === 'run' && !route.path[2] || (TL.offlineData && !route.path.length)]);
      links.push(['Samples', TL.runHref(runId, 'samples'), route.path[2] === 'samples']);
    }
    links.push(['History', '#/history', route.path[0] === 'history']);
    document.getElementById('nav').replaceChildren(...links.map(([label, href, active]) =>
      h('a', { href, class: active ? 'active' : '', text: label })));
  }

  async function render() {
    const route = TL.parseHash();
    const main = document.getElementById('app');
    nav(route);
    TL.charts.destroyAll();
    let page = TL.pages.runs;
    let args = [route.params];
    if (route.path[0] === 'run' && route.path[1]) {
      page = route.path[2] === 'samples' ? TL.pages.samples : TL.pages.run;
      args = [route.path[1], route.params];
    } else if (route.path[0] === 'history') {
      page = TL.pages.history;
    } else if (TL.offlineData) {
      page = TL.pages.run;
      args = [TL.offlineData.run_id, route.params];
    }
    TL.fill(main, h('p', { class: 'muted', text: 'Loading…' }));
    try {
      const content = await page(main, ...args);
      if (content) TL.fill(main, content);
    } catch (e) {
      TL.fill(main, TL.card('Could not load this page', h('p', { class: 'error', text: String(e.message || e) })));
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    if (TL.offlineData) {
      document.getElementById('mode').textContent = 'offline report · ' + TL.offlineData.run_id;
      document.getElementById('brand').setAttribute('href', '#/');
    }
    window.addEventListener('hashchange', render);
    render();
  });
})();
