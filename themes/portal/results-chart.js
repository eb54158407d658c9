// The participation chart of a storm's results: <portal-participation-chart> draws the data table it holds as a
// line chart with uPlot (MIT), one line per column, above the table. The table stays: it is what screen readers and
// readers without scripts use, and the chart is one image to them (role="img", its summary in aria-label). The
// element names uPlot's module and stylesheet (served by the portal from its WebJar) in data attributes, so the same
// element works on the server-rendered page and in the Vaadin view, whichever puts it in the page first.
const LINES = [
  { stroke: '#0059b3', dash: [] },
  { stroke: '#2e7d32', dash: [8, 4] },
  { stroke: '#8a2c83', dash: [2, 3] },
];
const HEIGHT = 240;
const DAY = new Intl.DateTimeFormat(document.documentElement.lang || 'da', { day: 'numeric', month: 'short' });
let library;

function loadLibrary(module, stylesheet) {
  if (!library) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheet;
    document.head.append(link);
    // Imported, not added as a script element: a page holds no script element without its nonce (decision 002).
    library = import(module).then((loaded) => loaded.default);
  }
  return library;
}

/** The table's figures: days (seconds at local midnight, as uPlot reads times), series names and their counts. */
function figures(table) {
  const names = [...table.querySelectorAll('thead th')].slice(1).map((cell) => cell.textContent.trim());
  const rows = [...table.querySelectorAll('tbody tr')];
  const days = rows.map((row) => {
    const [year, month, day] = row.querySelector('time').getAttribute('datetime').split('-').map(Number);
    return new Date(year, month - 1, day).getTime() / 1000;
  });
  const counts = names.map((_, column) => rows.map((row) => Number(row.querySelectorAll('td')[column].dataset.count)));
  return { names, data: [days, ...counts] };
}

class ParticipationChart extends HTMLElement {
  connectedCallback() {
    // Vaadin may attach the table after the element itself: wait for the next frame before reading it.
    requestAnimationFrame(() => this.draw());
  }

  async draw() {
    const table = this.querySelector('table');
    // Connected again (Vaadin may move the element) before or after drawing: one chart is enough.
    if (this.drawn || !table || !table.querySelector('tbody tr')) {
      return;
    }
    this.drawn = true;
    const uPlot = await loadLibrary(this.dataset.library, this.dataset.stylesheet);
    const { names, data } = figures(table);
    const holder = document.createElement('div');
    holder.className = 'portal-chart';
    holder.setAttribute('role', 'img');
    holder.setAttribute('aria-label', this.dataset.summary);
    this.prepend(holder);
    const width = () => Math.max(200, holder.clientWidth);
    this.chart = new uPlot({
      width: width(),
      height: HEIGHT,
      scales: { x: { time: true } },
      // Days as the page's language writes them ("2. okt."), not uPlot's American "10/2".
      axes: [{ values: (_, ticks) => ticks.map((tick) => DAY.format(new Date(tick * 1000))) },
        { values: (_, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')) }],
      legend: { live: false },
      cursor: { show: false },
      series: [{}, ...names.map((label, i) => ({ label, width: 2, points: { show: data[0].length < 40 },
        ...LINES[i % LINES.length] }))],
    }, data, holder);
    this.resizing = new ResizeObserver(() => this.chart.setSize({ width: width(), height: HEIGHT }));
    this.resizing.observe(holder);
  }
}

if (!customElements.get('portal-participation-chart')) {
  customElements.define('portal-participation-chart', ParticipationChart);
}
