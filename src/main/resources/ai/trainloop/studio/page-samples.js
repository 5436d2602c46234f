'use strict';
// Samples page: one recorded prompt at a time, every model's reply side by side, with filters and paging.
(function () {
  const TL = window.TL;
  const h = TL.h;
  const f = TL.fmt;
  const PAGE = 50;

  // ---- the filter rules of SampleQuery.java, for the offline report's embedded column arrays
  function verdict(r, metric) {
    if (r.metric_errors && metric in r.metric_errors) return 'error';
    const v = r.metrics ? r.metrics[metric] : undefined;
    return v == null ? 'none' : v >= 1 ? 'pass' : v <= 0 ? 'fail' : 'partial';
  }
  TL.verdict = verdict;

  function sampleAt(c, s) {
    return {
      sample_id: c.id[s], tag: c.tag[s] >= 0 ? c.tags[c.tag[s]] : null,
      input: (c.input[s] || []).map(([role, content]) => ({ role, content })),
      recorded_output: c.recorded[s], recorded_model: c.recorded_model[s],
      results: c.models.map((id, m) => {
        const r = c.results[m];
        if (!r.st[s]) return null;
        const metrics = {};
        c.metrics.forEach((name, k) => { if (r.metric[k][s] != null) metrics[name] = r.metric[k][s]; });
        return { model_id: id, sample_id: c.id[s], score: r.score[s], metrics, metric_errors: r.metric_errors[s] || {},
          reasons: (r.reasons && r.reasons[s]) || {},
          latency_ms: r.latency[s], cost_usd: r.cost[s], input_tokens: r.in[s], output_tokens: r.out[s],
          error: r.error[s], attempts: r.attempts[s], response: r.response[s],
          tool_calls: (r.tool_calls && r.tool_calls[s]) || [], finish_reason: r.finish ? r.finish[s] : null };
      }),
    };
  }

  function matches(sample, q, models) {
    if (q.tag && sample.tag !== q.tag) return false;
    const only = q.model ? models.indexOf(q.model) : -1;
    if (q.model && (only < 0 || !sample.results[only])) return false;
    const looked = (only < 0 ? sample.results : [sample.results[only]]).filter(Boolean);
    const scoredOn = (r) => (r.metrics && q.metric in r.metrics) || (r.metric_errors && q.metric in r.metric_errors);
    if (q.metric && !looked.some(scoredOn)) return false;
    const failed = (r) => r.error != null || (q.metric ? verdict(r, q.metric) !== 'pass'
      : Object.keys(r.metric_errors || {}).length > 0 || Object.values(r.metrics || {}).some((v) => v == null || v < 1));
    if (q.failed && !looked.some(failed)) return false;
    if (q.disagree) {
      const answered = sample.results.filter((r) => r && r.error == null);
      const all = (r) => JSON.stringify(Object.keys({ ...r.metrics, ...r.metric_errors }).sort().map((m) => [m, verdict(r, m)]));
      const verdicts = new Set(answered.map((r) => (q.metric ? verdict(r, q.metric) : all(r))));
      if (answered.length < 2 || verdicts.size < 2) return false;
    }
    if (q.q) {
      const needle = q.q.toLowerCase();
      const has = (s) => s != null && String(s).toLowerCase().includes(needle);
      if (!sample.input.some((m) => has(m.content)) && !has(sample.recorded_output) &&
        !sample.results.some((r) => r && has(r.response))) return false;
    }
    return true;
  }

  TL.compactPage = function (c, query) {
    const q = { tag: query.tag || '', model: query.model || '', metric: query.metric || '', q: (query.q || '').trim(),
      failed: query.failed === '1', disagree: query.disagree === '1' };
    const offset = Math.max(0, Number(query.offset) || 0);
    const limit = Math.min(200, Number(query.limit) || PAGE);
    const samples = [];
    let total = 0;
    for (let s = 0; s < c.id.length; s++) {
      const sample = sampleAt(c, s);
      if (!matches(sample, q, c.models)) continue;
      if (total >= offset && samples.length < limit) samples.push(sample);
      total++;
    }
    return { total, offset, limit, models: c.models, metrics: c.metrics, tags: c.tags, samples };
  };

  // ---- rendering
  const VERDICT_TEXT = { pass: '✓', fail: '✗', partial: '◐', error: '!', none: '–' };

  function replyCard(r, modelId, metrics, colorIndex) {
    const head = h('div', { class: 'reply-head' }, h('span', { class: 'swatch', style: { background: TL.color(colorIndex) } }),
      h('strong', { text: modelId }));
    if (!r) return h('div', { class: 'reply none' }, head, TL.empty('No result for this sample.'));
    const facts = r.error != null ? h('div', { class: 'facts' }, h('span', { text: (r.attempts || 1) + (r.attempts > 1 ? ' attempts' : ' attempt') }))
      : h('div', { class: 'facts' },
      h('span', null, 'score ', h('strong', { text: f.score(r.score) })), h('span', { text: f.ms(r.latency_ms) }),
      h('span', { text: f.usd(r.cost_usd) }),
      h('span', { text: f.int(r.input_tokens) + ' → ' + f.int(r.output_tokens) + ' tok' }),
      r.attempts > 1 ? h('span', { text: r.attempts + ' attempts' }) : null,
      r.finish_reason === 'length' ? h('span', { class: 'truncated', text: 'cut at the token limit' }) : null);
    const chips = metrics.filter((m) => verdict(r, m) !== 'none').map((m) => {
      const v = verdict(r, m);
      const value = r.metrics && r.metrics[m] != null ? ' ' + f.score(r.metrics[m]) : '';
      return h('span', { class: 'chip ' + v, title: v === 'error' ? r.metric_errors[m] : (r.reasons && r.reasons[m]) || v, text: VERDICT_TEXT[v] + ' ' + m + (v === 'partial' ? value : '') });
    });
    const reasons = Object.entries(r.reasons || {}).map(([m, why]) => h('li', { text: m + ': ' + why }));
    // the tool calls the reply made, as name(arguments) with the vendor's id beside them
    const calls = (r.tool_calls || []).map((c) => h('li', null, h('code', { text: c.name + '(' + c.arguments + ')' }),
      c.id ? h('span', { class: 'muted', text: ' ' + c.id }) : null));
    return h('div', { class: 'reply ' + (r.error != null ? 'failed' : '') }, head, facts, h('div', { class: 'chips' }, chips),
      reasons.length ? h('ul', { class: 'reasons' }, reasons) : null,
      calls.length ? h('div', { class: 'tool-calls' }, h('div', { class: 'role', text: 'tool calls' }), h('ul', null, calls)) : null,
      r.error != null ? h('p', { class: 'error', text: 'Call failed: ' + r.error }) : null,
      r.response != null ? h('pre', { class: 'text reply-text', text: r.response })
        : r.error == null ? h('p', { class: 'empty', text: 'Reply not recorded in this run folder.' }) : null);
  }

  function sampleView(sample, models, metrics) {
    return h('div', { class: 'sample' },
      h('div', { class: 'sample-head' }, h('h2', null, 'Sample ', h('span', { class: 'mono', text: sample.sample_id })),
        sample.tag ? h('span', { class: 'chip', text: sample.tag }) : null),
      h('div', { class: 'prompt' }, sample.input.length ? sample.input.map((m) => h('div', { class: 'msg' },
        h('div', { class: 'role', text: m.role }), h('pre', { class: 'text', text: m.content })))
        : TL.empty('The prompt is not in this run (samples.jsonl missing).')),
      sample.recorded_output != null ? h('details', { class: 'recorded' },
        h('summary', { text: 'Recorded reply' + (sample.recorded_model ? ' (' + sample.recorded_model + ')' : '') }),
        h('pre', { class: 'text', text: sample.recorded_output })) : null,
      h('div', { class: 'replies' }, models.map((id, i) => replyCard(sample.results[i], id, metrics, i))));
  }

  function dots(sample, models) {
    return h('span', { class: 'dots' }, sample.results.map((r, i) => {
      const state = !r ? 'none' : r.error != null ? 'fail' : r.score >= 1 ? 'pass' : r.score > 0 ? 'partial' : 'fail';
      const what = !r ? 'no result' : r.error != null ? 'call failed' : 'score ' + f.score(r.score);
      return h('span', { class: 'dot ' + state, title: models[i] + ': ' + what });
    }));
  }

  TL.pages.samples = async function (main, runId, params) {
    const q = { tag: params.tag || '', model: params.model || '', metric: params.metric || '', failed: params.failed || '',
      disagree: params.disagree || '', q: params.q || '', offset: params.offset || '0', limit: String(PAGE) };
    let selected = Number(params.sel) || 0;
    const select = (name, label, options) => h('label', null, label, h('select', { name, onchange: (e) => { q[name] = e.target.value; q.offset = '0'; selected = 0; load(); } },
      h('option', { value: '', text: 'all' }), options.map((o) => h('option', { value: o, text: o, selected: o === q[name] }))));
    const check = (name, label) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name, checked: q[name] === '1',
      onchange: (e) => { q[name] = e.target.checked ? '1' : ''; q.offset = '0'; selected = 0; load(); } }), label);
    let timer = null;
    const search = h('input', { type: 'search', name: 'q', placeholder: 'Search prompts and replies', value: q.q,
      oninput: (e) => { clearTimeout(timer); timer = setTimeout(() => { q.q = e.target.value; q.offset = '0'; selected = 0; load(); }, 250); } });
    const bar = h('div', { class: 'filters' });
    const count = h('span', { class: 'count', id: 'sample-count' });
    const list = h('div', { class: 'sample-list', id: 'sample-list' });
    const detail = h('div', { class: 'sample-detail', id: 'sample-detail' });
    let page = null;

    function keepInUrl() {
      const p = Object.fromEntries(Object.entries({ ...q, limit: '', sel: selected ? String(selected) : '' }).filter(([k, v]) => v && !(k === 'offset' && v === '0')));
      history.replaceState(null, '', TL.runHref(runId, 'samples', p));
    }

    function show() {
      const count0 = page.total ? (Number(q.offset) + 1) + '–' + (Number(q.offset) + page.samples.length) + ' of ' : '';
      count.textContent = count0 + f.int(page.total) + (page.total === 1 ? ' sample' : ' samples');
      TL.fill(list,
        h('div', { class: 'pager' },
          h('button', { type: 'button', disabled: Number(q.offset) === 0, onclick: () => { q.offset = String(Math.max(0, Number(q.offset) - PAGE)); selected = 0; load(); }, text: '‹ prev' }),
          h('span', { text: 'page ' + (Math.floor(Number(q.offset) / PAGE) + 1) + ' of ' + Math.max(1, Math.ceil(page.total / PAGE)) }),
          h('button', { type: 'button', disabled: Number(q.offset) + PAGE >= page.total, onclick: () => { q.offset = String(Number(q.offset) + PAGE); selected = 0; load(); }, text: 'next ›' })),
        page.samples.map((s, i) => h('button', { type: 'button', class: 'sample-item' + (i === selected ? ' active' : ''),
          onclick: () => { selected = i; show(); } },
          h('span', { class: 'mono', text: s.sample_id }), h('span', { class: 'sub', text: s.tag || '' }), dots(s, page.models))));
      TL.fill(detail, page.samples.length ? sampleView(page.samples[Math.min(selected, page.samples.length - 1)], page.models, page.metrics)
        : TL.card(null, TL.empty('No sample matches these filters.')));
      keepInUrl();
    }

    async function load() {
      count.textContent = 'Loading…';
      page = await TL.source.samples(runId, q);
      show();
    }

    page = await TL.source.samples(runId, q);
    bar.append(select('tag', 'Tag ', page.tags), select('model', 'Model ', page.models), select('metric', 'Metric ', page.metrics),
      check('failed', 'failed only'), check('disagree', 'models disagree'), search, count);
    document.addEventListener('keydown', function onKey(e) {
      if (!list.isConnected) { document.removeEventListener('keydown', onKey); return; }
      if (e.target && /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) return;
      if ((e.key === 'j' || e.key === 'ArrowDown') && selected < page.samples.length - 1) { selected++; show(); e.preventDefault(); }
      if ((e.key === 'k' || e.key === 'ArrowUp') && selected > 0) { selected--; show(); e.preventDefault(); }
    });
    const content = h('div', null, h('div', { class: 'page-head' }, h('h1', null, 'Samples · ', h('span', { class: 'mono', text: runId })),
      h('p', { class: 'muted', text: 'One recorded prompt at a time, every model’s reply side by side. Keys j / k move through the list.' })),
      bar, h('div', { class: 'samples-layout' }, list, detail));
    TL.fill(main, content);
    show();
    return null;
  };
})();
