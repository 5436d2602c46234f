'use strict';
// Chart helpers over Chart.js: one colour per model, no animation (fast and steady for screenshots).
(function () {
  const TL = window.TL;
  const h = TL.h;
  const live = [];
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#bab0ac'];

  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#374151';
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 12;

  TL.color = (i) => PALETTE[i % PALETTE.length];

  /** A canvas in a fixed-height box, and the Chart drawn on it once the box is in the page. */
  function make(config, label) {
    const canvas = h('canvas', { role: 'img', 'aria-label': label });
    const box = h('div', { class: 'chart-box' }, canvas);
    live.push(new Chart(canvas, config)); // Chart.js draws once the canvas is attached to the page
    return box;
  }

  TL.charts = {
    destroyAll() {
      while (live.length) live.pop().destroy();
    },

    /** Cost (x) vs mean score (y), one point per model; a vertical bar for the score's 95% interval. */
    costScore(models) {
      const datasets = [];
      models.forEach((m, i) => {
        const x = Number(m.cost);
        datasets.push({ label: m.id, data: [{ x, y: m.score }], backgroundColor: TL.color(i),
          borderColor: TL.color(i), pointRadius: 7, pointHoverRadius: 9 });
        if (m.ci95) {
          datasets.push({ label: m.id + ' · 95% interval', data: [{ x, y: m.ci95[0] }, { x, y: m.ci95[1] }],
            showLine: true, borderColor: TL.color(i), backgroundColor: TL.color(i), borderWidth: 2,
            pointStyle: 'line', pointRadius: 8, pointBorderWidth: 2, interval: true });
        }
      });
      return make({ type: 'scatter', data: { datasets }, options: {
        scales: {
          x: { title: { display: true, text: 'total cost (USD)' }, beginAtZero: true,
            ticks: { callback: (v) => TL.fmt.usd(v) } },
          y: { title: { display: true, text: 'mean score' }, suggestedMin: 0, suggestedMax: 1 } },
        plugins: {
          legend: { position: 'bottom', labels: { filter: (item, data) => !data.datasets[item.datasetIndex].interval } },
          tooltip: { callbacks: { label: (ctx) => ctx.dataset.label + ': score ' + TL.fmt.score(ctx.parsed.y) +
            ', cost ' + TL.fmt.usd(ctx.parsed.x) } } } } }, 'Cost versus score per model');
    },

    /** One group per metric, one bar per model. */
    metricBars(metrics, models) {
      return make({ type: 'bar', data: { labels: metrics, datasets: models.map((m, i) => ({
        label: m.id, data: metrics.map((name) => TL.get(m.metrics, name, 'score') ?? null),
        backgroundColor: TL.color(i), borderRadius: 3 })) },
      options: { scales: { y: { min: 0, max: 1, title: { display: true, text: 'score' } } },
        plugins: { legend: { position: 'bottom' } } } }, 'Score per metric and model');
    },

    /** Histogram of call latencies per model over shared bins. */
    latency(hist, colorOf) {
      const edges = hist.edges_ms || [];
      const labels = edges.slice(0, -1).map((e, i) => i === edges.length - 2 ? '≥ ' + TL.fmt.ms(e) : TL.fmt.ms(e));
      return make({ type: 'line', data: { labels, datasets: (hist.models || []).map((m) => ({
        label: m.id + ' (' + m.calls + ' calls)', data: m.counts, borderColor: colorOf(m.id),
        backgroundColor: colorOf(m.id), cubicInterpolationMode: 'monotone', pointRadius: 2, borderWidth: 2 })) },
      options: { scales: { x: { title: { display: true, text: 'latency (bin start)' } },
        y: { beginAtZero: true, title: { display: true, text: 'calls' }, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } } } }, 'Latency distribution per model');
    },

    /** A value per run (x) and model (one line each). */
    series(labels, series, yTitle, format) {
      return make({ type: 'line', data: { labels, datasets: series.map((s, i) => ({
        label: s.id, data: s.values, borderColor: TL.color(i), backgroundColor: TL.color(i), spanGaps: true,
        pointRadius: 4 })) },
      options: { scales: { y: { title: { display: true, text: yTitle }, ticks: { callback: (v) => format(v) } } },
        plugins: { legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (ctx) => ctx.dataset.label + ': ' + format(ctx.parsed.y) } } } } }, yTitle);
    },
  };
})();
