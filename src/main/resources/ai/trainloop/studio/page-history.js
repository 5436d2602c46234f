'use strict';
// History page: score, cost per sample and p95 latency per model across runs, for all tags or one tag.
(function () {
  const TL = window.TL;
  const h = TL.h;
  const f = TL.fmt;

  TL.pages.history = async function (main, params) {
    const tag = params.tag || '';
    const data = await TL.source.history(tag);
    const runs = data.runs || [];
    const picker = h('select', { name: 'tag', onchange: (e) => { location.hash = '#/history' + (e.target.value ? '?' + new URLSearchParams({ tag: e.target.value }) : ''); } },
      h('option', { value: '', text: 'all tags' }), (data.tags || []).map((t) => h('option', { value: t, text: t, selected: t === tag })));
    const head = h('div', { class: 'page-head' }, h('h1', { text: 'History' }),
      h('p', { class: 'muted', text: tag ? 'Figures over the samples tagged “' + tag + '” in each run.' : 'Figures over all samples of each run, as its report gives them.' }),
      h('div', { class: 'filters' }, h('label', null, 'Tag ', picker), h('span', { class: 'count', text: runs.length + (runs.length === 1 ? ' run' : ' runs') })));
    // Runs whose files could not be read are listed with their problem, never silently dropped.
    const skipped = (data.skipped || []).length ? TL.card('Unreadable runs (left out)', TL.table([
      { label: 'Run', value: (s) => h('strong', { text: s.run_id }) },
      { label: 'Problem', value: (s) => s.reason },
    ], data.skipped)) : null;
    if (!runs.length) return h('div', null, head, TL.card(null, TL.empty('No run has results for this tag.')), skipped);
    const ids = [...new Set(runs.flatMap((r) => (r.models || []).map((m) => m.id)))];
    const labels = runs.map((r) => r.run_id);
    const series = (field) => ids.map((id) => ({ id, values: runs.map((r) => {
      const m = (r.models || []).find((x) => x.id === id);
      return m && m[field] != null ? Number(m[field]) : null;
    }) }));
    const last = runs[runs.length - 1];
    return h('div', null, head,
      h('div', { class: 'charts' },
        TL.card('Mean score', TL.charts.series(labels, series('score'), 'mean score', f.score)),
        TL.card('Cost per sample', TL.charts.series(labels, series('cost_per_sample_usd'), 'cost per sample (USD)', f.usd)),
        TL.card('p95 latency', TL.charts.series(labels, series('p95_ms'), 'p95 latency', f.ms)),
        TL.card('Latest run · ' + last.run_id, TL.table([
          { label: 'Model', value: (m) => h('strong', { text: m.id }) },
          { label: 'Score', class: 'num', value: (m) => h('span', null, f.score(m.score), m.ci95 ? h('div', { class: 'sub', text: f.ci(m.ci95) }) : null) },
          { label: 'Samples', class: 'num', value: (m) => f.int(m.samples) },
          { label: 'Cost / sample', class: 'num', value: (m) => f.usd(m.cost_per_sample_usd) },
          { label: 'p95', class: 'num', value: (m) => f.ms(m.p95_ms) },
        ], last.models || []))),
      TL.card('Runs', TL.table([
        { label: 'Run', value: (r) => h('a', { href: TL.runHref(r.run_id), text: r.run_id }) },
        { label: 'Started', value: (r) => f.date(r.started_at) },
        { label: 'Status', value: (r) => (r.complete ? TL.badge('complete', 'good') : TL.badge('partial', 'warn')) },
        ...ids.map((id) => ({ label: id, class: 'num', value: (r) => {
          const m = (r.models || []).find((x) => x.id === id);
          return m ? f.score(m.score) : '—';
        } })),
      ], [...runs].reverse())), skipped);
  };
})();
