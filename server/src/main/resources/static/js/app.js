// Renders every <div class="chart" data-chart='{"title","labels","values"}'> with the locally served ECharts.
// A spec may instead carry "series" ([{name, values, color}], drawn stacked with a legend) and "links" or
// "seriesLinks" (a click on a bar opens the list behind it).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.chart[data-chart]').forEach((el) => {
    const spec = JSON.parse(el.dataset.chart);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    const series = spec.series
      ? spec.series.map((s) => ({ type: 'bar', name: s.name, stack: spec.grouped ? undefined : 'all', data: s.values,
                                  itemStyle: { color: s.color } }))
      : [{ type: 'bar', data: spec.values, itemStyle: { color: '#b4232a' } }];
    chart.setOption({
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: spec.series ? { top: 22 } : undefined,
      grid: { left: 48, right: 16, bottom: 64, top: spec.series ? 56 : 40 },
      xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
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
    window.addEventListener('resize', () => chart.resize());
  });
});
