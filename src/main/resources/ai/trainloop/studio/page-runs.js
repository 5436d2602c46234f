'use strict';
// Runs page: every run of the data folder, newest first.
(function () {
  const TL = window.TL;
  const h = TL.h;
  const f = TL.fmt;

  function status(run) {
    if (run.error) return TL.badge('unreadable', 'bad');
    if (run.report_missing) return TL.badge('no report yet', 'warn');
    return run.complete ? TL.badge('complete', 'good')
      : h('span', null, TL.badge('partial', 'warn'), run.incomplete_reason ? h('small', { class: 'muted', text: ' ' + run.incomplete_reason }) : null);
  }

  TL.pages.runs = async function () {
    const data = await TL.source.runs();
    const runs = data.runs || [];
    const title = h('div', { class: 'page-head' }, h('h1', { text: 'Benchmark runs' }),
      h('p', { class: 'muted', text: runs.length + (runs.length === 1 ? ' run' : ' runs') + ', newest first' }));
    if (!runs.length) {
      return h('div', null, title, TL.card(null, TL.empty('No runs yet. Run `trainloop benchmark` and they appear here.')));
    }
    const columns = [
      { label: 'Date', class: 'nowrap', value: (r) => h('div', null, h('a', { href: TL.runHref(r.run_id), text: f.date(r.started_at || null) }),
        h('div', { class: 'sub', text: r.run_id })) },
      { label: 'Tags', value: (r) => (r.tags || []).map((t) => h('span', { class: 'chip', text: t })) },
      { label: 'Models', value: (r) => h('span', { title: (r.models || []).join(', ') }, (r.models || []).length + ' ',
        h('span', { class: 'sub', text: (r.models || []).slice(0, 3).join(', ') + ((r.models || []).length > 3 ? ', …' : '') })) },
      { label: 'Samples', class: 'num', value: (r) => f.int(r.samples) },
      { label: 'Status', value: status },
      { label: 'Best model', value: (r) => r.best_model ? h('span', null, h('strong', { text: r.best_model.id }),
        ' ' + f.score(r.best_model.score)) : '—' },
      { label: 'Recommended', value: (r) => r.recommended || '—' },
      { label: 'Total cost', class: 'num', value: (r) => f.usd(r.total_cost_usd) + (r.total_cost_usd != null && !r.cost_complete ? ' +' : ''),
        title: 'Sum over models with a known cost' },
    ];
    return h('div', null, title, TL.card(null, TL.table(columns, runs, {
      rowClass: () => 'clickable', onclick: (r) => { location.hash = TL.runHref(r.run_id); } })));
  };
})();
