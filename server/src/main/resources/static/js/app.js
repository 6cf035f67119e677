// Renders every <div class="chart" data-chart='{"title","labels","values"}'> with the locally served ECharts.
// A spec may instead carry "series" ([{name, values, color}], drawn stacked with a legend) and "links" or
// "seriesLinks" (a click on a bar opens the list behind it). A series with "type": "line" is drawn as a line, on the
// right-hand axis when it says "axis": 1. A spec with "scatter" ([{name, points: [[x, y, label]], color, links}]) and
// an optional "line" ({name, points}) is drawn as a scatter chart with that line; a click on a point opens its link.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.chart[data-chart]').forEach((el) => {
    const spec = JSON.parse(el.dataset.chart);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    if (spec.scatter) {
      drawScatter(el, chart, spec);
    } else {
      drawBars(el, chart, spec);
    }
    window.addEventListener('resize', () => chart.resize());
  });
});

function drawBars(el, chart, spec) {
  const twoAxes = spec.series && spec.series.some((s) => s.axis === 1);
  const series = spec.series
    ? spec.series.map((s) => ({ type: s.type || 'bar', name: s.name, yAxisIndex: s.axis || 0,
                                stack: spec.grouped || s.type === 'line' ? undefined : 'all', data: s.values,
                                itemStyle: { color: s.color }, lineStyle: { color: s.color } }))
    : [{ type: 'bar', data: spec.values, itemStyle: { color: '#b4232a' } }];
  chart.setOption({
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: spec.series ? { top: 22 } : undefined,
    grid: { left: 48, right: twoAxes ? 48 : 16, bottom: 64, top: spec.series ? 56 : 40 },
    xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: twoAxes ? [{ type: 'value' }, { type: 'value', splitLine: { show: false } }] : { type: 'value' },
    series,
  });
  // "links": one URL per bar; "seriesLinks": one list per series, for a click on one segment of a stacked bar
  if (spec.links || spec.seriesLinks) {
    el.dataset.links = 'true';
    chart.on('click', (params) => {
      const url = spec.seriesLinks ? spec.seriesLinks[params.seriesIndex][params.dataIndex]
                                   : spec.links[params.dataIndex];
      if (url) window.location.href = url;
    });
  }
}

function drawScatter(el, chart, spec) {
  const series = spec.scatter.map((s) => ({ type: 'scatter', name: s.name, data: s.points, symbolSize: 9,
                                            itemStyle: { color: s.color } }));
  if (spec.line) {
    series.push({ type: 'line', name: spec.line.name, data: spec.line.points, showSymbol: false, silent: true,
                  lineStyle: { type: 'dashed', color: '#1f2937' }, itemStyle: { color: '#1f2937' } });
  }
  chart.setOption({
    title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: (p) => (p.data && p.data[2] ? p.data[2] + '<br>' : '') + p.data[0] + ' / ' + p.data[1] },
    legend: { top: 22 },
    grid: { left: 56, right: 24, bottom: 48, top: 56 },
    xAxis: { type: 'value', name: spec.xName, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: spec.yName },
    series,
  });
  el.dataset.links = 'true';
  chart.on('click', (params) => {
    const s = spec.scatter[params.seriesIndex];
    const url = s && s.links ? s.links[params.dataIndex] : null;
    if (url) window.location.href = url;
  });
}
