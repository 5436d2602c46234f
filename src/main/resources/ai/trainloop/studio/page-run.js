'use strict';
// Run page: summary cards, charts, models table, A/B panel, per-tag view, decision matrix, baseline changes,
// cost projection.
(function () {
  const TL = window.TL;
  const h = TL.h;
  const f = TL.fmt;
  const get = TL.get;

  const usable = (m) => get(m, 'score', 'mean') != null && m.status !== 'failed' && m.status !== 'skipped';
  const perCall = (m) => {
    const per = get(m, 'cost', 'per_sample_usd');
    const total = get(m, 'cost', 'total_usd');
    return per != null ? Number(per) : total != null && m.samples ? Number(total) / m.samples : null;
  };

  function pick(models, value, smaller) {
    let best = null;
    for (const m of models) {
      const v = value(m);
      if (v == null || !usable(m)) continue;
      if (best == null || (smaller ? v < value(best) : v > value(best))) best = m;
    }
    return best;
  }

  function summaryCards(report, models) {
    const best = pick(models, (m) => get(m, 'score', 'mean'), false);
    const fastest = pick(models, (m) => get(m, 'latency_ms', 'p95'), true);
    const cheapest = pick(models, (m) => get(m, 'cost', 'total_usd'), true);
    const rec = report.recommendation;
    const known = models.map((m) => get(m, 'cost', 'total_usd')).filter((c) => c != null);
    const total = known.reduce((a, b) => a + Number(b), 0);
    const stat = (label, value, sub, kind) => h('div', { class: 'stat ' + (kind || '') },
      h('div', { class: 'stat-label', text: label }),
      h('div', { class: 'stat-value' + (/^[\d$.,]+( ms| s)?$|^—$|^n\/a$/.test(value) ? '' : ' text'), text: value }),
      h('div', { class: 'stat-sub', text: sub || '' }));
    return h('div', { class: 'stats' },
      stat('Best score', best ? f.score(get(best, 'score', 'mean')) : '—',
        best ? best.id + ' ' + f.ci(get(best, 'score', 'ci95')) : 'no model scored'),
      stat('Fastest p95', fastest ? f.ms(get(fastest, 'latency_ms', 'p95')) : '—', fastest ? fastest.id : 'no latency'),
      stat('Cheapest', cheapest ? f.usd(get(cheapest, 'cost', 'total_usd')) : 'n/a',
        cheapest ? cheapest.id + ' · ' + f.usd(perCall(cheapest)) + ' per call' : 'costs unknown'),
      stat('Recommended', rec && rec.model_id ? rec.model_id : '—',
        rec && rec.model_id ? 'composite ' + f.score(rec.composite) : rec && rec.reason ? rec.reason : 'no recommendation in this report',
        rec && rec.model_id ? 'accent' : ''),
      stat('Total cost', known.length ? f.usd(total) : 'n/a',
        known.length < models.length ? known.length + ' of ' + models.length + ' models with a known cost' : 'all models'));
  }

  function header(report, runId) {
    const started = report.started_at ? new Date(report.started_at) : null;
    const finished = report.finished_at ? new Date(report.finished_at) : null;
    const took = started && finished ? f.ms(finished - started) : null;
    const s = report.samples || {};
    return h('div', { class: 'page-head' },
      h('h1', null, 'Run ', h('span', { class: 'mono', text: runId })),
      h('p', { class: 'muted' }, f.date(report.started_at), took ? ' · took ' + took : '', ' · ',
        report.report_missing ? TL.badge('no report.json yet', 'warn')
          : report.complete ? TL.badge('complete', 'good') : TL.badge('partial' + (report.incomplete_reason ? ': ' + report.incomplete_reason : ''), 'warn'),
        report.exit_reason && report.exit_reason !== 'ok' ? [' ', TL.badge('exit: ' + report.exit_reason, 'bad')] : null,
        ' · ', f.int(s.total), ' samples', s.malformed_lines ? ' · ' + s.malformed_lines + ' malformed lines skipped' : '',
        ' ', (report.tags || []).map((t) => h('span', { class: 'chip', text: t }))),
      h('a', { class: 'button', href: TL.runHref(runId, 'samples'), text: 'Browse samples →' }));
  }

  function modelsTable(models, colorOf) {
    return TL.table([
      { label: 'Model', value: (m) => h('span', null, h('span', { class: 'swatch', style: { background: colorOf(m.id) } }),
        h('strong', { text: m.id }), m.status && m.status !== 'ok' ? [' ', TL.badge(m.status, 'bad')] : null,
        m.status_reason ? h('div', { class: 'sub', text: m.status_reason }) : null) },
      { label: 'Samples', class: 'num', value: (m) => f.int(m.samples) },
      { label: 'Errors', class: 'num', value: (m) => f.int(m.errors) + (m.error_rate ? ' (' + f.pct(m.error_rate) + ')' : '') },
      { label: 'Avg score', class: 'num', value: (m) => h('span', null, h('strong', { text: f.score(get(m, 'score', 'mean')) }),
        h('div', { class: 'sub', text: f.ci(get(m, 'score', 'ci95')) })) },
      { label: 'Min – max', class: 'num', value: (m) => f.score(get(m, 'score', 'min')) + ' – ' + f.score(get(m, 'score', 'max')) },
      { label: 'Total cost', class: 'num', value: (m) => f.usd(get(m, 'cost', 'total_usd')) },
      { label: 'Cost / 1K tok', class: 'num', value: (m) => f.usd(get(m, 'cost', 'per_1k_tokens_usd')) },
      { label: 'Cost / score', class: 'num', value: (m) => f.usd(get(m, 'cost', 'per_score_usd')) },
      { label: 'p50', class: 'num', value: (m) => f.ms(get(m, 'latency_ms', 'p50')) },
      { label: 'p95', class: 'num', value: (m) => f.ms(get(m, 'latency_ms', 'p95')) },
      { label: 'Tokens in / out', class: 'num', value: (m) => f.int(get(m, 'tokens', 'input')) + ' / ' + f.int(get(m, 'tokens', 'output')) },
    ], models);
  }

  function decisionMatrix(report, models) {
    const withMatrix = models.filter((m) => m.composite != null || m.normalized || m.gates);
    if (!withMatrix.length) return null;
    const weights = get(report, 'config', 'priorities') || {};
    const keys = [...new Set([...Object.keys(weights), ...withMatrix.flatMap((m) => Object.keys(m.normalized || {}))])];
    const rec = get(report, 'recommendation', 'model_id');
    const rows = [...withMatrix].sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1));
    const gates = (m) => Object.entries(m.gates || {}).map(([name, ok]) =>
      h('span', { class: 'chip ' + (ok ? 'pass' : 'fail'), text: (ok ? '✓ ' : '✗ ') + name.replace(/_/g, ' ') }));
    return TL.card('Decision matrix', TL.table([
      { label: 'Model', value: (m) => h('span', null, h('strong', { text: m.id }), m.id === rec ? [' ', TL.badge('recommended', 'accent')] : null) },
      ...keys.map((k) => ({ label: k + (weights[k] != null ? ' ×' + weights[k] : ''), class: 'num',
        value: (m) => f.score(get(m, 'normalized', k)) })),
      { label: 'Composite', class: 'num', value: (m) => h('strong', { text: f.score(m.composite) }) },
      { label: 'Gates', value: (m) => gates(m).length ? gates(m) : '—' },
    ], rows, { rowClass: (m) => (m.id === rec ? 'highlight' : '') }),
    report.recommendation && report.recommendation.reason ? h('p', { class: 'muted', text: report.recommendation.reason }) : null);
  }

  function projection(models, colorOf) {
    const input = h('input', { type: 'number', min: '0', step: '100', value: '1000', id: 'calls-per-day', class: 'inline-number' });
    const body = h('div');
    const draw = () => {
      const n = Math.max(0, Number(input.value) || 0);
      const rows = models.filter((m) => perCall(m) != null).sort((a, b) => perCall(a) - perCall(b));
      TL.fill(body, rows.length ? TL.table([
        { label: 'Model', value: (m) => h('span', null, h('span', { class: 'swatch', style: { background: colorOf(m.id) } }), m.id) },
        { label: 'Per call', class: 'num', value: (m) => f.usd(perCall(m)) },
        { label: 'Per day', class: 'num', value: (m) => f.money(perCall(m) * n) },
        { label: 'Per month (30 days)', class: 'num', value: (m) => h('strong', { text: f.money(perCall(m) * n * 30) }) },
      ], rows) : TL.empty('No model has a known cost.'),
      rows.length ? h('p', { class: 'projection-line' }, 'At ', f.int(n), ' calls a day, ', h('strong', { text: rows[0].id }),
        ' costs ', h('strong', { text: f.money(perCall(rows[0]) * n * 30) }), ' a month.') : null);
    };
    input.addEventListener('input', draw);
    draw();
    return TL.card('Cost projection', h('label', { class: 'projection-input' }, 'At ', input, ' calls a day'), body);
  }

  function generic(value, key) {
    if (value == null) return '—';
    if (Array.isArray(value)) {
      if (value.length && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
        const cols = [...new Set(value.flatMap(Object.keys))];
        return TL.table(cols.map((c) => ({ label: c.replace(/_/g, ' '), value: (row) => cell(row[c], c),
          class: typeof value[0][c] === 'number' ? 'num' : '' })), value);
      }
      return cell(value, key);
    }
    if (typeof value === 'object') {
      return h('div', { class: 'generic' }, Object.entries(value).map(([k, v]) =>
        v && typeof v === 'object' && !(Array.isArray(v) && v.every((x) => typeof x !== 'object'))
          ? h('div', null, h('h3', { text: k.replace(/_/g, ' ') }), generic(v, k))
          : h('div', { class: 'kv' }, h('span', { class: 'k', text: k.replace(/_/g, ' ') }), h('span', null, cell(v, k)))));
    }
    return cell(value, key);
  }

  function cell(v, key) {
    if (v == null) return '—';
    if (typeof v === 'number') {
      if (/_usd$/.test(key || '')) return f.usd(v);
      if (/p_value/.test(key || '')) return v.toPrecision(3);
      return Number.isInteger(v) ? f.int(v) : String(Number(v.toFixed(4)));
    }
    if (Array.isArray(v)) return '[' + v.map((x) => cell(x, key)).join(', ') + ']';
    if (typeof v === 'object') return JSON.stringify(v);
    if (key === 'verdict') return TL.badge(String(v), /regress|worse|fail/i.test(v) ? 'bad' : /improv|better/i.test(v) ? 'good' : '');
    return String(v);
  }

  TL.pages.run = async function (main, runId, params) {
    const report = await TL.source.run(runId);
    const models = report.models || [];
    const colorOf = (id) => TL.color(Math.max(0, models.findIndex((m) => m.id === id)));
    const plotted = models.filter((m) => get(m, 'score', 'mean') != null && get(m, 'cost', 'total_usd') != null);
    const unplotted = models.filter((m) => !plotted.includes(m)).map((m) => m.id);
    const metrics = [...new Set(models.flatMap((m) => Object.keys(m.metrics || {})))];
    const latencyCard = TL.card('Latency distribution', TL.empty('Loading latencies…'));
    TL.source.latency(runId).then((hist) => {
      TL.fill(latencyCard, h('h2', { text: 'Latency distribution' }),
        (hist.models || []).some((m) => m.calls) ? TL.charts.latency(hist, colorOf) : TL.empty('No successful calls.'));
    }).catch((e) => TL.fill(latencyCard, h('h2', { text: 'Latency distribution' }), h('p', { class: 'error', text: String(e.message) })));
    const head = header(report, runId);
    const browse = head.querySelector('a.button');
    // the tag view filters the samples the header's link opens too
    const onTag = (tag) => browse.setAttribute('href', TL.runHref(runId, 'samples', tag ? { tag } : null));
    return h('div', null,
      head,
      models.length ? summaryCards(report, models) : TL.card(null, TL.empty('This report lists no models.')),
      h('div', { class: 'charts' },
        TL.card('Cost vs score', plotted.length ? TL.charts.costScore(plotted.map((m) => ({ id: m.id, score: get(m, 'score', 'mean'),
          cost: get(m, 'cost', 'total_usd'), ci95: get(m, 'score', 'ci95') }))) : TL.empty('No model has both a score and a known cost.'),
        unplotted.length ? h('p', { class: 'sub', text: 'Not plotted (score or cost unknown): ' + unplotted.join(', ') }) : null),
        TL.card('Score per metric', metrics.length ? TL.charts.metricBars(metrics, models) : TL.empty('No metric scores.')),
        latencyCard,
        projection(models, colorOf)),
      TL.card('Models', models.length ? modelsTable(models, colorOf) : TL.empty('No models.')),
      TL.runViews.abPanel(report),
      TL.runViews.tagView(report, models, runId, params && params.tag, onTag),
      decisionMatrix(report, models),
      Array.isArray(report.comparisons) && report.comparisons.length ? TL.card('Pairwise comparisons', generic(report.comparisons)) : null,
      report.baseline ? TL.card('Changes vs baseline', generic(report.baseline, 'baseline')) : null);
  };
})();
