// The widget's map and charts and its tier filter, drawn with Apache ECharts (tree-shaken: graph,
// bar, line and pie with the SVG renderer) into the widget's own first view (bench/build.mjs puts
// this script in place of the wasm), for `make bench` to measure beside the wasm build.
import * as echarts from 'echarts/core';
import { GraphChart, BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import data from './data.json';

echarts.use([GraphChart, BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, TitleComponent, SVGRenderer]);

const shown = { upstream: true, midstream: true, downstream: true };
const name = Object.fromEntries(data.nodes.map((n) => [n.id, n.zh]));
const tierOf = Object.fromEntries(data.nodes.map((n) => [n.id, n.tier]));
const series = (node, metric) => data.facts
  .filter((f) => f.node === node && f.metric === metric && f.year && !f.period && !f.category)
  .sort((a, b) => a.year - b.year);
const years = [...new Set(data.facts.filter((f) => f.year && !f.period).map((f) => f.year))].sort();
const charts = {};
let pending = 0;
// The page's font stack for the charts' text too, as the widget's SVG charts inherit it (ECharts
// would draw with plain sans-serif).
const fontFamily = getComputedStyle(document.documentElement).getPropertyValue('--font').trim();

function chart(id, option) {
  const el = document.getElementById(id);
  const c = charts[id] || (charts[id] = echarts.init(el, null, { renderer: 'svg' }));
  pending++;
  c.on('finished', function done() {
    c.off('finished', done);
    if (--pending === 0) {
      performance.mark('complete');
      window.bench?.drawn();
    }
  });
  c.setOption({ textStyle: { fontFamily }, ...option }, true);
}

function bars(id, points) {
  chart(id, {
    animation: false,
    tooltip: {},
    grid: { left: 52, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: points.map((p) => ({ value: p.value, itemStyle: { opacity: p.kind === 'actual' ? 1 : 0.5 } })) }],
  });
}

function map() {
  const columns = { upstream: 0, midstream: 1, downstream: 2 };
  const rows = {};
  const nodes = data.nodes.map((n) => {
    const k = (rows[n.tier] = (rows[n.tier] ?? -1) + 1);
    const count = data.nodes.filter((m) => m.tier === n.tier).length;
    const y = count === 1 ? 3 : k;
    const headline = [...series(n.id, 'market_size')].reverse().find((f) => f.kind === 'actual');
    return {
      name: n.id,
      x: columns[n.tier] * 400,
      y: y * 80,
      symbol: 'rect',
      symbolSize: [260, 56],
      label: { show: true, formatter: `${n.zh}${headline ? `\n${headline.year} ${headline.value}${headline.unit}` : ''}` },
      itemStyle: { color: '#f6f6f4', borderColor: '#c9c9c4', opacity: shown[n.tier] ? 1 : 0.35 },
    };
  });
  chart('map', {
    animation: false,
    tooltip: {},
    series: [{
      type: 'graph', layout: 'none', roam: false, data: nodes,
      links: data.links.map(([source, target]) => ({ source, target })),
      lineStyle: { color: '#9aa5b1', curveness: 0.2 },
      label: { color: '#1a1a1a' },
    }],
  });
}

function upstream() {
  const ids = ['cpu', 'gpu', 'memory', 'optical'];
  chart('upstream', shown.upstream ? {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 24 },
    grid: { left: 52, right: 16, top: 64, bottom: 28 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value' },
    series: ids.map((id) => ({
      type: 'line', name: name[id],
      data: years.map((y) => series(id, 'market_size').find((f) => f.year === y)?.value ?? null),
    })),
  } : { title: { text: '筛选已隐藏此图', textStyle: { fontSize: 14 } }, series: [] });
}

function table() {
  const rows = data.nodes.filter((n) => shown[n.tier]).flatMap((n) => {
    const s = series(n.id, 'market_size');
    return s.length ? [`<tr><th>${n.zh}</th>${years.map((y) => `<td>${s.find((f) => f.year === y)?.value ?? ''}</td>`).join('')}</tr>`] : [];
  });
  document.querySelector('table.series').innerHTML = `<tr><th></th>${years.map((y) => `<th>${y}</th>`).join('')}</tr>${rows.join('')}`;
}

/** Draws the view; `first`: the page already holds the default view's table. */
function render(first) {
  map();
  upstream();
  if (shown.midstream) {
    bars('ai-size', series('ai-server', 'market_size'));
    bars('ai-ship', series('ai-server', 'shipments'));
    const split = data.facts.filter((f) => f.node === 'ai-server' && f.metric === 'market_share');
    chart('split', {
      animation: false,
      series: [{ type: 'pie', radius: ['45%', '70%'], data: split.map((f) => ({ name: f.category, value: f.value })) }],
    });
    const provinces = data.facts.filter((f) => f.metric === 'listed_companies');
    chart('provinces', {
      animation: false,
      grid: { left: 52, right: 16, top: 40, bottom: 28 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: provinces.map((f) => f.category) },
      series: [{ type: 'bar', data: provinces.map((f) => f.value) }],
    });
  }
  if (shown.downstream) bars('racks', series('datacenter', 'racks'));
  if (!first) table();
}

// The page's filter bar (the widget's) holds the tier buttons.
const filters = document.querySelector('.filters');
filters.addEventListener('click', (ev) => {
  const b = ev.target.closest('[data-action^="tier-"]');
  if (!b) return;
  const tier = b.dataset.action.slice('tier-'.length);
  shown[tier] = !shown[tier];
  b.setAttribute('aria-pressed', String(shown[tier]));
  render(false);
});
render(true);
