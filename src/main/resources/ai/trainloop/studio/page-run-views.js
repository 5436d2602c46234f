'use strict';
// Run page views: the A/B test against the control (report.json ab[]) and the per-tag view and filter (by_tag).
// Every figure and name reaches the page as text (TL.h), so a hostile tag or model id stays text.
(function () {
  const TL = window.TL;
  const h = TL.h;
  const f = TL.fmt;
  const get = TL.get;
  const views = (TL.runViews = {});

  const signed = (x) => (x == null ? '—' : (x >= 0 ? '+' : '') + Number(x).toFixed(3));
  const interval = (ci) => (Array.isArray(ci) && ci.length === 2 && ci[0] != null
    ? '[' + signed(ci[0]) + ', ' + signed(ci[1]) + ']' : '—');
  const pValue = (p) => (p == null ? '—' : p < 0.001 ? '<0.001' : Number(p).toFixed(3));
  const tagName = (t) => (t === '' ? '(untagged)' : t);

  /** "A/B vs <control>": each model tested against the control, as the terminal's table shows it. */
  views.abPanel = function (report) {
    const ab = Array.isArray(report.ab) ? report.ab : [];
    if (!ab.length) return null;
    const verdict = (r) => h('span', null,
      TL.badge(String(r.verdict), r.verdict === 'deploy' ? 'good' : ''),
      r.inconclusive ? [' ', TL.badge('inconclusive', 'warn')] : null,
      r.samples === 0 ? [' ', TL.badge('no common samples', 'warn')] : null);
    const table = TL.table([
      { label: 'Model', value: (r) => h('strong', { text: r.model_id }) },
      { label: 'Samples', class: 'num', value: (r) => f.int(r.samples) },
      { label: 'Test', class: 'num', value: (r) => f.score(r.test_score) },
      { label: 'Control', class: 'num', value: (r) => f.score(r.control_score) },
      { label: 'Improvement', class: 'num', value: (r) => h('span', null, h('strong', { text: signed(r.improvement) }),
        h('div', { class: 'sub', text: interval(r.ci_adjusted != null ? r.ci_adjusted : r.ci95) })) },
      { label: 'p (Holm)', class: 'num', value: (r) => pValue(r.p_adjusted) },
      { label: 'Verdict', value: verdict },
    ], ab, { rowClass: (r) => (r.verdict === 'deploy' ? 'highlight' : '') });
    const card = TL.card('A/B vs ' + ab[0].control_id, table,
      h('p', { class: 'muted', text: 'deploy = better than the control and significant (Holm-adjusted p < alpha), '
        + 'else keep_current. The interval under each improvement is at the level of its Holm step, as adjusted '
        + 'as the p beside it.' }));
    card.id = 'ab-panel';
    return card;
  };

  /**
   * "By tag": a tag picker; the chosen tag's figures for every model (samples, errors, score with its interval,
   * cost, latency p50/p95) and the run's results filtered to that tag.
   */
  views.tagView = function (report, models, runId, initial, onTag) {
    const tags = [...new Set(models.flatMap((m) => Object.keys(m.by_tag || {})))].sort();
    if (!tags.length) return null;
    // "" is by_tag's key for untagged samples, so the option for it needs a value of its own
    const UNTAGGED = '\u0001untagged';
    const select = h('select', { id: 'tag-view-select', name: 'tag-view', 'aria-label': 'Tag' },
      h('option', { value: '', text: 'All tags (choose one)' }),
      tags.map((t) => h('option', { value: t === '' ? UNTAGGED : t, text: tagName(t) })));
    const figures = h('div', { id: 'tag-view' });
    const results = h('div', { id: 'tag-results' });
    let shown = 0;
    const draw = () => {
      const tag = select.value === UNTAGGED ? '' : select.value;
      const ticket = ++shown;
      onTag(tag);
      if (!select.value) {
        TL.fill(figures, TL.empty('Choose a tag to see each model on its samples alone.'));
        TL.fill(results);
        return;
      }
      const rows = models.filter((m) => m.by_tag && m.by_tag[tag]).map((m) => ({ id: m.id, t: m.by_tag[tag] }));
      TL.fill(figures, TL.table([
        { label: 'Model', value: (r) => h('strong', { text: r.id }) },
        { label: 'Samples', class: 'num', value: (r) => f.int(r.t.samples) },
        { label: 'Errors', class: 'num', value: (r) => f.int(r.t.errors) },
        { label: 'Avg score', class: 'num', value: (r) => h('span', null, h('strong', { text: f.score(get(r.t, 'score', 'mean')) }),
          h('div', { class: 'sub', text: f.ci(get(r.t, 'score', 'ci95')) })) },
        { label: 'Cost', class: 'num', value: (r) => f.usd(r.t.cost_usd) },
        { label: 'p50', class: 'num', value: (r) => f.ms(get(r.t, 'latency_ms', 'p50')) },
        { label: 'p95', class: 'num', value: (r) => f.ms(get(r.t, 'latency_ms', 'p95')) },
      ], rows));
      if (tag === '') {
        TL.fill(results, h('p', { class: 'muted', text: 'The untagged samples are among all samples: ' },
          h('a', { href: TL.runHref(runId, 'samples'), text: 'Browse samples →' })));
        return;
      }
      TL.fill(results, h('p', { class: 'muted', text: 'Loading the samples tagged ' + tagName(tag) + '…' }));
      TL.source.samples(runId, { tag, limit: 20 }).then((page) => {
        if (ticket !== shown) return;
        TL.fill(results,
          h('p', null, h('span', { id: 'tag-sample-count', text: f.int(page.total) + ' samples tagged ' + tagName(tag) }),
            ' · ', h('a', { href: TL.runHref(runId, 'samples', { tag }), text: 'Browse them →' })),
          h('ul', { class: 'tag-results' }, (page.samples || []).map((s) => h('li', { class: 'tag-result' },
            h('span', { class: 'mono', text: s.sample_id }), ' ', h('span', { class: 'sub', text: s.tag == null ? '' : s.tag }), ' ',
            (s.results || []).filter(Boolean).map((r) => h('span', { class: 'chip', text: r.model_id + ' ' +
              (r.error != null ? 'error' : f.score(r.score)) }))))));
      }).catch((e) => {
        if (ticket === shown) TL.fill(results, h('p', { class: 'error', text: String(e.message || e) }));
      });
    };
    select.addEventListener('change', draw);
    if (initial && tags.includes(initial)) select.value = initial;
    draw();
    const card = TL.card('By tag', h('label', { class: 'projection-input' }, 'Tag ', select), figures, results);
    card.id = 'tag-panel';
    return card;
  };
})();
