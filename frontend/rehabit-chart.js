/*
 * <rehabit-chart>: a small bar or line chart drawn with Chart.js (MIT, npm `chart.js`) into a <canvas> in the
 * shadow root. The server (org.rehabit.base.ui.ProgressChart) sets one property, `config`; every change to it
 * redraws the chart. Made for a 360 px phone first: small fonts, few ticks, the legend below the plot.
 *
 * config = {
 *   type: 'bar' | 'line',
 *   labels: ['Mo', 'Tu', ...],                  // x axis categories, one per value
 *   datasets: [{
 *     label: 'Pain',                            // legend and tooltip text
 *     data: [3, null, 5, ...],                  // numbers; null = no value (a gap in a line, no bar in a bar chart)
 *     color: 'primary'                          // optional: 'primary' | 'error' | 'success' | 'contrast'
 *   }],                                         //   (Lumo colours) or any CSS colour; default by position:
 *                                               //   primary, success, contrast, error
 *   yMin: 0,                                    // optional, y axis lower bound (bars start at 0 anyway)
 *   yMax: 100,                                  // optional, y axis upper bound
 *   ySuffix: '%',                               // optional, appended to y ticks and tooltip values
 *   ariaLabel: 'Adherence per week',            // the canvas is role="img" with this aria-label
 *   compact: true                               // optional: a sparkline, without axes, legend or animation
 * }
 *
 * Height: 220px unless set from outside (style height on the element, e.g. HasSize.setHeight in Java, or the
 * custom property --rehabit-chart-height). Width: 100% of the container unless set.
 * Lines never bridge nulls (spanGaps false), so a missing day shows as a break, not as an invented value.
 */
import { LitElement, css, html } from 'lit';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Ticks,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Named colours: the Lumo custom property to read and what to use when it is missing. */
const NAMED_COLORS = {
  primary: ['--lumo-primary-color', '#006af5'],
  error: ['--lumo-error-color', '#e21d12'],
  success: ['--lumo-success-color', '#158443'],
  contrast: ['--lumo-contrast-60pct', 'rgba(26, 57, 96, 0.6)'],
};

/** Colours for datasets that name none, by position. */
const DEFAULT_COLORS = ['primary', 'success', 'contrast', 'error'];

const FONT_SIZE = 11;

function finiteOrUndefined(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

class RehabitChart extends LitElement {
  static properties = {
    config: { type: Object },
  };

  static styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      width: 100%;
      height: var(--rehabit-chart-height, 220px);
      min-width: 0;
    }

    :host([hidden]) {
      display: none;
    }

    .box {
      position: relative;
      width: 100%;
      height: 100%;
    }

    /* Turns any CSS colour (light-dark(), var(), oklch() ...) into a computed colour the canvas understands. */
    .probe {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
      visibility: hidden;
    }
  `;

  constructor() {
    super();
    this.config = undefined;
    this._chart = undefined;
  }

  connectedCallback() {
    super.connectedCallback();
    // Vaadin detaches and re-attaches elements (navigation, moving between layouts): draw again after a detach.
    if (this.hasUpdated && !this._chart) {
      this.updateComplete.then(() => this._draw());
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this._destroy();
  }

  updated(changed) {
    if (changed.has('config')) {
      this._draw();
    }
  }

  render() {
    const label = this.config?.ariaLabel ?? '';
    return html`
      <div class="box" part="box">
        <canvas role="img" aria-label=${label}></canvas>
      </div>
      <span class="probe" aria-hidden="true"></span>
    `;
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = undefined;
    }
  }

  _draw() {
    this._destroy();
    const config = this.config;
    const canvas = this.renderRoot?.querySelector('canvas');
    if (!this.isConnected || !canvas || !config || !Array.isArray(config.datasets)) {
      return;
    }
    const type = config.type === 'line' ? 'line' : 'bar';
    const suffix = config.ySuffix ?? '';
    const textColor = this._color('var(--lumo-secondary-text-color, rgba(26, 57, 96, 0.7))', 'rgba(26, 57, 96, 0.7)');
    const gridColor = this._color('var(--lumo-contrast-10pct, rgba(26, 57, 96, 0.1))', 'rgba(26, 57, 96, 0.1)');
    const fontFamily =
      getComputedStyle(this).getPropertyValue('--lumo-font-family').trim() || 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

    const datasets = config.datasets.map((dataset, index) => {
      const color = this._datasetColor(dataset.color, index);
      const data = (Array.isArray(dataset.data) ? dataset.data : []).map((value) => finiteOrUndefined(value) ?? null);
      const common = { label: dataset.label ?? '', data, backgroundColor: color, borderColor: color };
      if (type === 'line') {
        return {
          ...common,
          borderWidth: 2,
          // Points stay visible: a single value between two gaps has no line to show it.
          pointRadius: 3,
          pointHoverRadius: 5,
          pointHitRadius: 10,
          tension: 0.2,
          spanGaps: false,
        };
      }
      return { ...common, borderWidth: 0, borderRadius: 3, maxBarThickness: 32 };
    });

    const yMin = finiteOrUndefined(config.yMin);
    const yMax = finiteOrUndefined(config.yMax);
    const compact = config.compact === true;
    const showLegend = !compact && datasets.some((dataset) => dataset.label);
    if (compact) {
      datasets.forEach((dataset) => {
        dataset.pointRadius = 2;
        dataset.borderWidth = 1.5;
      });
    }

    this._chart = new Chart(canvas, {
      type,
      data: { labels: Array.isArray(config.labels) ? config.labels.map((label) => String(label ?? '')) : [], datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion || compact ? false : { duration: 300 },
        locale: document.documentElement.lang || undefined,
        interaction: { mode: 'index', intersect: false },
        layout: { padding: { top: 4, right: 4 } },
        font: { family: fontFamily, size: FONT_SIZE },
        color: textColor,
        scales: {
          x: {
            display: !compact,
            grid: { display: false },
            border: { color: gridColor },
            ticks: {
              color: textColor,
              font: { family: fontFamily, size: FONT_SIZE },
              maxRotation: 0,
              autoSkip: true,
              autoSkipPadding: 8,
              maxTicksLimit: 8,
            },
          },
          y: {
            display: !compact,
            min: yMin,
            max: yMax,
            beginAtZero: type === 'bar' || (yMin !== undefined && yMin >= 0),
            grid: { color: gridColor },
            border: { display: false },
            ticks: {
              color: textColor,
              font: { family: fontFamily, size: FONT_SIZE },
              // 6 gives steps of 20 on 0..100 and of 2 on 0..10.
              maxTicksLimit: 6,
              callback(value, index, ticks) {
                return Ticks.formatters.numeric.call(this, value, index, ticks) + suffix;
              },
            },
          },
        },
        plugins: {
          legend: {
            display: showLegend,
            position: 'bottom',
            labels: {
              color: textColor,
              font: { family: fontFamily, size: FONT_SIZE },
              // Lines show a small dot (their point style), bars a small square.
              boxWidth: type === 'line' ? 7 : 10,
              boxHeight: type === 'line' ? 7 : 10,
              padding: 8,
              usePointStyle: type === 'line',
            },
          },
          tooltip: {
            titleFont: { family: fontFamily, size: FONT_SIZE + 1 },
            bodyFont: { family: fontFamily, size: FONT_SIZE + 1 },
            boxPadding: 4,
            callbacks: {
              label(context) {
                const prefix = context.dataset.label ? `${context.dataset.label}: ` : '';
                return `${prefix}${context.formattedValue}${suffix}`;
              },
            },
          },
        },
      },
    });
  }

  _datasetColor(color, index) {
    const name = color || DEFAULT_COLORS[index % DEFAULT_COLORS.length];
    const named = NAMED_COLORS[name];
    if (named) {
      return this._color(`var(${named[0]}, ${named[1]})`, named[1]);
    }
    return this._color(name, NAMED_COLORS.primary[1]);
  }

  /**
   * The colour a CSS value stands for, as rgb()/rgba(): Lumo defines its colours with light-dark() and var(),
   * which a canvas cannot read, so the browser computes them on a hidden element first and a 1 px canvas turns
   * whatever colour syntax that gives into sRGB.
   */
  _color(cssValue, fallback) {
    const probe = this.renderRoot?.querySelector('.probe');
    if (!probe) {
      return fallback;
    }
    probe.style.color = '';
    probe.style.color = cssValue;
    if (!probe.style.color) {
      return fallback;
    }
    const computed = getComputedStyle(probe).color;
    probe.style.color = '';
    return toRgba(computed) ?? fallback;
  }
}

let scratch;

/** Any colour the browser's canvas accepts, as rgba(); undefined when it is not a colour. */
function toRgba(color) {
  if (!color) {
    return undefined;
  }
  if (/^rgba?\(/.test(color)) {
    return color;
  }
  try {
    scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!scratch) {
      return color;
    }
    scratch.canvas.width = 1;
    scratch.canvas.height = 1;
    scratch.clearRect(0, 0, 1, 1);
    scratch.fillStyle = '#000';
    scratch.fillStyle = color;
    scratch.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
    return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
  } catch (ignored) {
    return color;
  }
}

if (!customElements.get('rehabit-chart')) {
  customElements.define('rehabit-chart', RehabitChart);
}
