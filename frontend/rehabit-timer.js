/*
 * <rehabit-timer>: a follow-along exercise timer that runs entirely in the browser.
 *
 * The server sets the dosage once (mode, sets, reps, hold, pace, minutes, eachSide, rest, relax) and the translated
 * texts (labels); after that the element counts on its own, with no server round trip per second. Remaining time is
 * always computed from performance.now(), so a throttled or late tick never makes the timer drift.
 *
 * Three modes, each after "get ready":
 * - hold: for every set (and, with eachSide, first the left side and then the right side) hold, relax, hold ... hold;
 * - reps: for every set (and side) one repetition every `pace` seconds, counted aloud on screen ("Rep 3 of 10");
 *   before the start the patient may choose a slower or quicker tempo (PACES);
 * - time: one countdown of `minutes`.
 * A rest between sets; at the end a soft tone, a short vibration, the finished text and a bubbling
 * `timer-finished` event. While counting, "It hurts, stop" pauses and sends a bubbling `timer-hurts` event, so the
 * page can ask the pain score right there. Each new phase, and a pause, sends a bubbling `timer-phase` event (the
 * phase's kind, side and seconds), so the page can move a figure in step.
 */
import { LitElement, css, html, nothing } from 'lit';

const GET_READY_SECONDS = 3;
const TICK_MS = 250;

const IDLE = 'idle';
const RUNNING = 'running';
const PAUSED = 'paused';
const FINISHED = 'finished';

/** The tempos a patient may choose for repetitions, in seconds per repetition. */
const PACES = [2, 3, 4, 5];

const HOLD = 'hold';
const REPS = 'reps';
const TIME = 'time';

/** Whole number within [min, max]; anything unusable becomes the fallback. */
function bounded(value, min, max, fallback) {
  const number = Math.round(Number(value));
  if (!Number.isFinite(number)) {
    return fallback;
  }
  return Math.min(max, Math.max(min, number));
}

/** Replaces {0}, {1} ... with the arguments, like Java's MessageFormat for plain placeholders. */
export function format(pattern, ...args) {
  return String(pattern ?? '').replace(/\{(\d+)\}/g, (match, index) =>
    index < args.length ? String(args[index]) : match
  );
}

class RehabitTimer extends LitElement {
  static properties = {
    mode: { type: String },
    pace: { type: Number },
    minutes: { type: Number },
    sets: { type: Number },
    reps: { type: Number },
    hold: { type: Number },
    eachSide: { type: Boolean },
    rest: { type: Number },
    relax: { type: Number },
    labels: { type: Object },
    _state: { state: true },
    _now: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      width: 100%;
      max-width: 32rem;
      padding: var(--lumo-space-m);
      border-radius: var(--lumo-border-radius-l);
      background: var(--lumo-base-color);
      box-shadow: inset 0 0 0 1px var(--lumo-contrast-10pct);
      color: var(--lumo-body-text-color);
      font-family: var(--lumo-font-family);
      text-align: center;
    }

    :host([hidden]) {
      display: none;
    }

    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    .phase {
      margin: 0;
      min-height: 1.5em;
      font-size: var(--lumo-font-size-xl);
      font-weight: 600;
      color: var(--lumo-secondary-text-color);
    }

    :host([phase='hold']) .phase,
    :host([phase='rep']) .phase,
    :host([phase='move']) .phase {
      color: var(--lumo-primary-text-color);
    }

    :host([phase='finished']) .phase {
      color: var(--lumo-success-text-color, var(--lumo-primary-text-color));
    }

    .count {
      margin: var(--lumo-space-xs) 0;
      font-size: clamp(4.5rem, 28vw, 8rem);
      font-weight: 700;
      line-height: 1;
      font-variant-numeric: tabular-nums;
      color: var(--lumo-header-text-color);
    }

    :host([phase='hold']) .count,
    :host([phase='rep']) .count,
    :host([phase='move']) .count {
      color: var(--lumo-primary-text-color);
    }

    :host([phase='finished']) .count {
      color: var(--lumo-success-color, var(--lumo-primary-color));
    }

    .unit {
      font-size: var(--lumo-font-size-l);
      font-weight: 400;
      color: var(--lumo-secondary-text-color);
    }

    .where {
      margin: 0;
      font-size: var(--lumo-font-size-l);
      font-variant-numeric: tabular-nums;
    }

    .side {
      margin: var(--lumo-space-xs) 0 0;
      font-size: var(--lumo-font-size-l);
      font-weight: 600;
      color: var(--lumo-primary-text-color);
    }

    .bar {
      height: 0.75rem;
      margin: var(--lumo-space-m) 0;
      border-radius: 0.375rem;
      overflow: hidden;
      background: var(--lumo-contrast-10pct);
    }

    .bar-value {
      height: 100%;
      border-radius: inherit;
      background: var(--lumo-primary-color);
      transition: width 0.25s linear;
    }

    .pace {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: center;
      gap: var(--lumo-space-xs);
      margin-bottom: var(--lumo-space-s);
    }

    .pace-label {
      flex-basis: 100%;
      color: var(--lumo-secondary-text-color);
    }

    button.pace-choice {
      flex: 0 0 auto;
      padding: 0 var(--lumo-space-m);
      font-weight: 400;
    }

    button.pace-choice[aria-pressed='true'] {
      background: var(--lumo-primary-color);
      color: var(--lumo-primary-contrast-color);
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--lumo-space-s);
    }

    button {
      flex: 1 1 8rem;
      min-height: 48px;
      min-width: 48px;
      padding: 0 var(--lumo-space-l);
      border: none;
      border-radius: var(--lumo-border-radius-m);
      font: inherit;
      font-size: var(--lumo-font-size-l);
      font-weight: 600;
      cursor: pointer;
      background: var(--lumo-contrast-5pct);
      color: var(--lumo-primary-text-color);
      touch-action: manipulation;
    }

    button.primary {
      background: var(--lumo-primary-color);
      color: var(--lumo-primary-contrast-color);
    }

    button:hover {
      filter: brightness(0.95);
    }

    button:focus-visible {
      outline: 2px solid var(--lumo-primary-color-50pct);
      outline-offset: 2px;
    }

    button.hurts {
      flex-basis: 100%;
      background: var(--lumo-error-color-10pct);
      color: var(--lumo-error-text-color);
    }

    button[hidden] {
      display: none;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }

    @media (prefers-reduced-motion: reduce) {
      .bar-value {
        transition: none;
      }
    }
  `;

  constructor() {
    super();
    this.mode = HOLD;
    this.pace = 3;
    this.minutes = 1;
    this.sets = 1;
    this.reps = 1;
    this.hold = 5;
    this.eachSide = false;
    this.rest = 0;
    this.relax = 3;
    this.labels = {};
    this._state = IDLE;
    this._now = 0;
    this._plan = [];
    this._total = 0;
    this._startedAt = 0;
    this._elapsedWhenPaused = 0;
    this._timer = undefined;
    this._phaseIndex = -1;
    this._announcement = '';
    this._audio = undefined;
    this._wakeLock = undefined;
    this._onVisibilityChange = () => {
      if (document.visibilityState === 'visible') {
        if (this._state === RUNNING) {
          this._requestWakeLock();
        }
        this._tick();
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this._onVisibilityChange);
    if (this._state === RUNNING) {
      this._startTicking();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this._onVisibilityChange);
    this._stopTicking();
    this._releaseWakeLock();
  }

  willUpdate(changed) {
    const dosageChanged = ['mode', 'pace', 'minutes', 'sets', 'reps', 'hold', 'eachSide', 'rest', 'relax'].some(
      (name) => changed.has(name)
    );
    if (!this._plan.length || (dosageChanged && this._state === IDLE)) {
      this._buildPlan();
    }
  }

  /** Starts from the beginning, or resumes after a pause. */
  start() {
    this._unlockAudio();
    if (this._state === RUNNING) {
      return;
    }
    if (this._state === PAUSED) {
      this._startedAt = performance.now() - this._elapsedWhenPaused;
    } else {
      this._buildPlan();
      this._startedAt = performance.now();
      this._phaseIndex = -1;
    }
    this._state = RUNNING;
    this._requestWakeLock();
    this._startTicking();
    this._tick();
  }

  pause() {
    if (this._state !== RUNNING) {
      return;
    }
    this._elapsedWhenPaused = performance.now() - this._startedAt;
    this._state = PAUSED;
    this._stopTicking();
    this._releaseWakeLock();
    this._now = this._elapsedWhenPaused;
  }

  /** "It hurts, stop": pause at once and let the page ask how bad the pain is. */
  hurts() {
    this.pause();
    this.dispatchEvent(new CustomEvent('timer-hurts', { bubbles: true, composed: true }));
  }

  reset() {
    this._stopTicking();
    this._releaseWakeLock();
    this._state = IDLE;
    this._elapsedWhenPaused = 0;
    this._phaseIndex = -1;
    this._now = 0;
    this._announcement = '';
    this._buildPlan();
  }

  /** The phases in order, each with its length and the set, rep and side it belongs to (or leads to). */
  _buildPlan() {
    const mode = [HOLD, REPS, TIME].includes(this.mode) ? this.mode : HOLD;
    const sets = mode === TIME ? 1 : bounded(this.sets, 1, 99, 1);
    const reps = mode === TIME ? 1 : bounded(this.reps, 1, 999, 1);
    // how long each counted phase lasts: a hold, one repetition at the pace, or the whole time
    const each = mode === HOLD ? bounded(this.hold, 1, 3600, 1) : mode === REPS ? bounded(this.pace, 1, 60, 3)
      : bounded(this.minutes, 1, 600, 1) * 60;
    const kind = mode === HOLD ? 'hold' : mode === REPS ? 'rep' : 'move';
    const rest = bounded(this.rest, 0, 600, 0);
    // repetitions follow one another without a pause; holds have a short relax between them
    const relax = mode === HOLD ? bounded(this.relax, 0, 600, 3) : 0;
    const sides = this.eachSide && mode !== TIME ? ['left', 'right'] : [null];
    const plan = [{ kind: 'getReady', seconds: GET_READY_SECONDS, set: 1, rep: 1, side: sides[0] }];
    for (let set = 1; set <= sets; set++) {
      sides.forEach((side, sideIndex) => {
        for (let rep = 1; rep <= reps; rep++) {
          plan.push({ kind, seconds: each, set, rep, side });
          const lastRep = rep === reps;
          const lastSide = sideIndex === sides.length - 1;
          if (!lastRep) {
            if (relax > 0) {
              plan.push({ kind: 'relax', seconds: relax, set, rep: rep + 1, side });
            }
          } else if (!lastSide) {
            // Switching sides: a relax pause that already names the next side.
            plan.push({ kind: 'relax', seconds: Math.max(relax, GET_READY_SECONDS), set, rep: 1, side: sides[sideIndex + 1] });
          } else if (set < sets && rest > 0) {
            plan.push({ kind: 'rest', seconds: rest, set: set + 1, rep: 1, side: sides[0] });
          } else if (set < sets) {
            plan.push({ kind: 'relax', seconds: Math.max(relax, GET_READY_SECONDS), set: set + 1, rep: 1, side: sides[0] });
          }
        }
      });
    }
    let start = 0;
    for (const phase of plan) {
      phase.start = start;
      phase.ms = phase.seconds * 1000;
      start += phase.ms;
    }
    this._plan = plan;
    this._total = start;
    this._counts = { sets, reps, mode };
  }

  _startTicking() {
    this._stopTicking();
    this._timer = setInterval(() => this._tick(), TICK_MS);
  }

  _stopTicking() {
    if (this._timer !== undefined) {
      clearInterval(this._timer);
      this._timer = undefined;
    }
  }

  _tick() {
    if (this._state !== RUNNING) {
      return;
    }
    const elapsed = performance.now() - this._startedAt;
    if (elapsed >= this._total) {
      this._finish();
      return;
    }
    const index = this._indexAt(elapsed);
    if (index !== this._phaseIndex) {
      const first = this._phaseIndex < 0;
      this._phaseIndex = index;
      this._announcement = this._describe(this._plan[index]);
      if (!first) {
        this._blip(['hold', 'rep', 'move'].includes(this._plan[index].kind) ? 660 : 520);
      }
    }
    this._now = elapsed;
  }

  _indexAt(elapsed) {
    let index = 0;
    while (index < this._plan.length - 1 && elapsed >= this._plan[index + 1].start) {
      index++;
    }
    return index;
  }

  _finish() {
    this._stopTicking();
    this._releaseWakeLock();
    this._state = FINISHED;
    this._now = this._total;
    this._phaseIndex = this._plan.length;
    this._announcement = this._label('finished');
    this._chime();
    if (typeof navigator.vibrate === 'function') {
      try {
        navigator.vibrate([180, 120, 180]);
      } catch (ignored) {
        // Vibration is a nicety; some browsers refuse it without saying why.
      }
    }
    this.dispatchEvent(
      new CustomEvent('timer-finished', {
        bubbles: true,
        composed: true,
        detail: { sets: this._counts.sets, reps: this._counts.reps, eachSide: !!this.eachSide },
      })
    );
  }

  _label(key) {
    const labels = this.labels || {};
    return labels[key] ?? '';
  }

  _where(phase) {
    const { sets, reps, mode } = this._counts;
    if (mode === TIME) {
      return '';
    }
    const parts = [];
    if (sets > 1) {
      parts.push(format(this._label('setOf'), phase.set, sets));
    }
    parts.push(format(this._label('repOf'), phase.rep, reps));
    return parts.join(' \u00b7 ');
  }

  _sideText(phase) {
    return phase.side ? this._label(phase.side) : '';
  }

  _phaseText(phase) {
    return this._label(`${phase.kind}Phase`) || this._label(phase.kind);
  }

  _describe(phase) {
    return [this._phaseText(phase), this._where(phase), this._sideText(phase)].filter((text) => text).join('. ');
  }

  /** Minutes and seconds once a pause is a minute or longer, plain seconds below that. */
  _clock(seconds) {
    if (seconds < 60) {
      return String(seconds);
    }
    const minutes = Math.floor(seconds / 60);
    return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
  }

  // --- sound: created on the Start click, so browsers allow it; quiet on purpose ---

  _unlockAudio() {
    const AudioContextClass = window.AudioContext || window.webkitAudioContext;
    if (!AudioContextClass) {
      return;
    }
    try {
      if (!this._audio) {
        this._audio = new AudioContextClass();
      }
      if (this._audio.state === 'suspended') {
        this._audio.resume();
      }
    } catch (ignored) {
      this._audio = undefined;
    }
  }

  _tone(frequency, startOffset, duration, volume) {
    const audio = this._audio;
    if (!audio || audio.state === 'closed') {
      return;
    }
    try {
      const start = audio.currentTime + startOffset;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(volume, start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + duration);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + duration + 0.05);
    } catch (ignored) {
      // No sound is better than a broken timer.
    }
  }

  /** A barely audible tick when the phase changes. */
  _blip(frequency) {
    this._tone(frequency, 0, 0.12, 0.03);
  }

  /** Two soft rising notes when everything is done. */
  _chime() {
    this._tone(523.25, 0, 0.45, 0.08);
    this._tone(783.99, 0.22, 0.7, 0.08);
  }

  // --- keep the screen on while counting, where the browser allows it ---

  async _requestWakeLock() {
    if (this._wakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') {
      return;
    }
    try {
      this._wakeLock = await navigator.wakeLock.request('screen');
      this._wakeLock.addEventListener('release', () => {
        this._wakeLock = undefined;
      });
    } catch (ignored) {
      this._wakeLock = undefined;
    }
  }

  _releaseWakeLock() {
    const lock = this._wakeLock;
    this._wakeLock = undefined;
    if (lock) {
      lock.release().catch(() => {});
    }
  }

  // --- rendering ---

  updated() {
    const current = this._currentPhase();
    const phase = this._state === FINISHED ? 'finished' : current?.kind ?? 'idle';
    if (this.getAttribute('phase') !== phase) {
      this.setAttribute('phase', phase);
    }
    // tells the page each new phase (and a pause), so that a figure beside the timer can move in step
    const moment = this._state === PAUSED ? 'paused' : phase;
    const reported = `${moment}:${this._phaseIndex}`;
    if (reported !== this._reported) {
      this._reported = reported;
      this.dispatchEvent(new CustomEvent('timer-phase', {
        bubbles: true,
        composed: true,
        detail: { phase: moment, side: current?.side ?? null, seconds: current?.seconds ?? null },
      }));
    }
  }

  _currentPhase() {
    if (this._state === IDLE || this._state === FINISHED || this._phaseIndex < 0) {
      return undefined;
    }
    return this._plan[this._phaseIndex];
  }

  render() {
    const state = this._state;
    const phase = this._currentPhase();
    const elapsed = state === IDLE ? 0 : this._now;
    const progress = this._total > 0 ? Math.min(100, (elapsed / this._total) * 100) : 0;

    let phaseText = this._label('finished');
    let remaining;
    let where = '';
    let side = '';
    if (state !== FINISHED) {
      // Before the start the element previews the first hold.
      const shown = phase ?? this._plan[1];
      phaseText = this._phaseText(shown);
      remaining = phase ? Math.max(1, Math.ceil((phase.start + phase.ms - elapsed) / 1000)) : shown.seconds;
      where = this._where(shown);
      side = this._sideText(shown);
    }
    // When everything is done a check mark takes the number's place, so the card keeps its size.
    const clock = state === FINISHED ? '\u2713' : this._clock(remaining);
    // The unit comes from the translated "{0} s" pattern: the number is drawn large, the rest small.
    const pattern = this._label('seconds') || '{0}';
    const at = pattern.indexOf('{0}');
    const before = remaining < 60 && at >= 0 ? pattern.slice(0, at).trim() : '';
    const after = remaining < 60 && at >= 0 ? pattern.slice(at + 3).trim() : '';
    const valueText = remaining === undefined ? phaseText : `${phaseText}: ${remaining < 60 ? format(pattern, remaining) : clock}`;

    return html`
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      <p class="phase" part="phase" aria-hidden="true">${phaseText}</p>
      ${clock
        ? html`<div class="count" part="count" aria-hidden="true">
            ${before ? html`<span class="unit">${before}&nbsp;</span>` : nothing}${clock}${after
              ? html`<span class="unit">&nbsp;${after}</span>`
              : nothing}
          </div>`
        : nothing}
      ${where ? html`<p class="where" part="where">${where}</p>` : nothing}
      ${side ? html`<p class="side" part="side">${side}</p>` : nothing}
      <div
        class="bar"
        part="bar"
        role="progressbar"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${Math.round(progress)}
        aria-valuetext=${valueText}
      >
        <div class="bar-value" style="width: ${progress}%"></div>
      </div>
      ${this.mode === REPS && state === IDLE
        ? html`<div class="pace" role="group" aria-label=${this._label('pace')}>
            <span class="pace-label">${this._label('pace')}</span>
            ${PACES.map(
              (seconds) => html`<button
                type="button"
                class="pace-choice"
                aria-pressed=${String(bounded(this.pace, 1, 60, 3) === seconds)}
                @click=${() => {
                  this.pace = seconds;
                }}
              >
                ${format(this._label('seconds'), seconds)}
              </button>`
            )}
          </div>`
        : nothing}
      <div class="buttons" part="buttons">
        <button class="primary" type="button" ?hidden=${state !== IDLE} @click=${this.start}>
          ${this._label('start')}
        </button>
        <button class="primary" type="button" ?hidden=${state !== RUNNING} @click=${this.pause}>
          ${this._label('pause')}
        </button>
        <button class="primary" type="button" ?hidden=${state !== PAUSED} @click=${this.start}>
          ${this._label('resume')}
        </button>
        <button type="button" ?hidden=${state === IDLE} @click=${this.reset}>${this._label('reset')}</button>
        <button class="hurts" type="button" ?hidden=${state !== RUNNING && state !== PAUSED} @click=${this.hurts}>
          ${this._label('hurts')}
        </button>
      </div>
    `;
  }
}

if (!customElements.get('rehabit-timer')) {
  customElements.define('rehabit-timer', RehabitTimer);
}
