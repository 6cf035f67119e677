// Renders every <div class="chart" data-chart='{"title","labels","values"}'> with the locally served ECharts.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.chart[data-chart]').forEach((el) => {
    const spec = JSON.parse(el.dataset.chart);
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 16, bottom: 64, top: 40 },
      xAxis: { type: 'category', data: spec.labels, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: spec.values, itemStyle: { color: '#b4232a' } }],
    });
    window.addEventListener('resize', () => chart.resize());
  });
});
