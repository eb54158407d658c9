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

const DAY_SECONDS = 24 * 60 * 60;
/** Steps between date labels: whole days, weeks or months, never hours (one label per day at most). */
const DAY_STEPS = [1, 2, 3, 7, 14, 28, 56, 91, 182, 364].map((days) => days * DAY_SECONDS);

/** A day as uPlot reads times: seconds at local midnight. */
function seconds(day) {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return new Date(year, month - 1, dayOfMonth).getTime() / 1000;
}

/**
 * The table's figures: days, series names and their counts. A line for quiet days (data-to) stands for each of
 * them: it is drawn from its first to its last day at zero, so that the chart's time axis stays true.
 */
function figures(table) {
  const names = [...table.querySelectorAll('thead th')].slice(1).map((cell) => cell.textContent.trim());
  const days = [];
  const counts = names.map(() => []);
  table.querySelectorAll('tbody tr').forEach((row) => {
    const cells = [...row.querySelectorAll('td')].map((cell) => Number(cell.dataset.count));
    const ends = row.dataset.to ? [row.dataset.day, row.dataset.to] : [row.dataset.day];
    ends.forEach((day) => {
      days.push(seconds(day));
      cells.forEach((count, column) => counts[column].push(count));
    });
  });
  return { names, data: [days, ...counts] };
}

/** Marks every day with something on it, so a day with one comment shows beside days with hundreds of votes. */
function daysWithCounts(u, series) {
  const shown = [];
  u.data[series].forEach((count, index) => {
    if (count > 0) {
      shown.push(index);
    }
  });
  return shown;
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
      // Counts from zero, and at least up to 4, so that a single comment stands clear of the axis.
      scales: { x: { time: true }, y: { range: (_, min, max) => [0, Math.max(4, max)] } },
      // Days as the page's language writes them ("2. okt."), not uPlot's American "10/2"; on a narrow screen the
      // labels stand further apart (a label needs about 60 px), so they never crowd.
      axes: [{ values: (_, ticks) => ticks.map((tick) => DAY.format(new Date(tick * 1000))), incrs: DAY_STEPS,
        space: (_, axis, min, max, size) => (size < 480 ? 90 : 70) },
      { values: (_, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')) }],
      legend: { live: false },
      cursor: { show: false },
      series: [{}, ...names.map((label, i) => ({ label, width: 2,
        points: { show: true, size: 6, filter: daysWithCounts }, ...LINES[i % LINES.length] }))],
    }, data, holder);
    this.resizing = new ResizeObserver(() => this.chart.setSize({ width: width(), height: HEIGHT }));
    this.resizing.observe(holder);
  }
}

if (!customElements.get('portal-participation-chart')) {
  customElements.define('portal-participation-chart', ParticipationChart);
}
