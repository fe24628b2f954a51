/*
 * <rehabit-day>: the patient's day, drawn in the browser from the day's document (GET /api/v1/day/{date}, see
 * DayDocument.java): the red-flag check-in, pain before and after each session, and every exercise with its timer,
 * check-off, pain and difficulty, the stop advice, the rest advice and "lower the weight".
 *
 * Every tap is an action with a key made here. It is written to the queue on the phone first (rehabit-day-store.js),
 * shown at once, then sent (POST /api/v1/day/{date}/actions); the server applies each key once and answers with the
 * day as it now stands. Offline, the actions wait in the queue, "saved on this phone, will be sent", and go in order
 * when the connection is back. What is shown is always the server's last copy of the day with the queued actions
 * replayed over it, so nothing tapped disappears from the page before the server has it.
 *
 * The stop rule is judged here too, from the day's limits, so "stop now" shows at once even offline; the server
 * judges again when the action arrives and alerts the therapist.
 *
 * Light DOM: the portal's styles.css styles it, and tests find its parts like any page's.
 */
import { LitElement, html, nothing } from 'lit';
import { format } from './rehabit-timer.js';
import { dequeue, enqueue, loadAnyDay, loadDay, newKey, queued, saveDay } from './rehabit-day-store.js';

const API = 'api/v1/day/';
const NO_COPY = 'You are offline, and this day has not been opened on this phone yet. Connect to open it.';
const PAIN_SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const STATUSES = ['DONE', 'PARTLY', 'SKIPPED'];
const SKIP_REASONS = ['PAIN', 'NO_TIME', 'UNSURE', 'OTHER'];
const DIFFICULTIES = ['EASY', 'RIGHT', 'HARD'];
/** Seconds before sending again after a failure; doubled each time up to the last. */
const RETRY_SECONDS = [5, 15, 30, 60];
const TIMER_LABELS = {
  start: 'timer.start', pause: 'timer.pause', resume: 'timer.resume', reset: 'timer.reset',
  getReady: 'timer.get-ready', holdPhase: 'timer.hold', relaxPhase: 'timer.relax', repPhase: 'timer.move',
  movePhase: 'timer.keep-going', hurts: 'timer.hurts', pace: 'timer.pace', restPhase: 'timer.rest',
  setOf: 'timer.set-of', repOf: 'timer.rep-of', seconds: 'timer.seconds', left: 'timer.left',
  right: 'timer.right', finished: 'timer.finished',
};

/** The stop rule (StopRule.java): pain during that rose, for the neck; else at the limit or that far above. */
export function mustStop(rule, during, before) {
  if (during === null || during === undefined) {
    return false;
  }
  const rose = during > (before ?? 0);
  if (rule.neck && rose) {
    return true;
  }
  return during >= rule.at || (before !== null && before !== undefined && during - before >= rule.rise);
}

class RehabitDay extends LitElement {
  static properties = {
    /** The first copy of the day, from the server page that hosts the element. */
    document: { type: Object },
    /** The day to read (yyyy-mm-dd) when no document is given: the page opened offline. */
    date: { type: String },
    /** Drawn on its own (offline), without the server page around it: it shows its own title. */
    standalone: { type: Boolean },
    _day: { state: true },
    _round: { state: true },
    _status: { state: true },
    _open: { state: true },
  };

  constructor() {
    super();
    this._round = 1;
    this._status = '';
    /** Per card: the status picked but waiting for its amount or reason; the timer shown; "it hurts" asked. */
    this._open = {};
    this._messages = {};
    this._checkIn = { neck: null, arms: null, missing: false, again: false };
    this._sending = false;
    this._retry = 0;
    this._retryTimer = undefined;
    this._csrf = undefined;
    this._signInNeeded = false;
    this._onOnline = () => this._send();
  }

  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this._onOnline);
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      this._csrf = { header: header.content, token: token.content };
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('online', this._onOnline);
    clearTimeout(this._retryTimer);
  }

  willUpdate(changed) {
    if (changed.has('document') && this.document) {
      this._received(this.document);
      this._send();
    } else if (changed.has('date') && this.date && !this._day) {
      this._day = loadDay(this.date);
      this._send();
    }
  }

  // ---- the day and its actions

  _received(day) {
    saveDay(day);
    this._day = day;
  }

  _t(key) {
    return (this._day?.texts ?? loadAnyDay()?.texts ?? {})[key] ?? '';
  }

  /** The actions of this account and day not yet confirmed by the server. */
  _pending() {
    const day = this._day;
    return queued().filter((entry) => entry.account === day.account && entry.day === day.day).map((e) => e.action);
  }

  /** The day as the page shows it: the server's copy with the queued actions replayed over it. */
  _shown() {
    const day = this._day;
    let state = day.state;
    const logs = new Map(day.logs.map((log) => [`${log.itemId}:${log.round}`, { ...log }]));
    const sessions = new Map(day.sessions.map((session) => [session.round, { ...session }]));
    for (const action of this._pending()) {
      if (action.type === 'check-in') {
        state = action.severeNeckPain || action.armSymptoms ? 'blocked' : 'exercises';
      } else if (action.type === 'session') {
        const session = sessions.get(action.round) ?? { round: action.round };
        if (action.painBefore !== null) session.painBefore = action.painBefore;
        if (action.painAfter !== null) session.painAfter = action.painAfter;
        if (action.note !== null) session.note = action.note;
        sessions.set(action.round, session);
      } else if (action.type === 'exercise') {
        const id = `${action.itemId}:${action.round}`;
        const log = logs.get(id) ?? { itemId: action.itemId, round: action.round, painFlag: false, tooHeavy: false };
        if (action.status !== null) {
          log.status = action.status;
          log.partDone = action.partDone;
          log.skipReason = action.skipReason;
        }
        if (action.pain !== null) log.pain = action.pain;
        if (action.difficulty !== null) log.difficulty = action.difficulty;
        logs.set(id, log);
      }
    }
    for (const log of logs.values()) {
      const item = this._items().find((candidate) => candidate.id === log.itemId);
      const before = sessions.get(log.round)?.painBefore;
      if (item && mustStop(item.stopRule, log.pain, before)) {
        log.painFlag = true;
      }
    }
    return { state, logs, sessions };
  }

  _items() {
    return this._day.routines.flatMap((routine) => routine.items);
  }

  /** Keeps the action on the phone, shows it, and sends the queue. */
  _act(action, cardKey) {
    const full = {
      key: newKey(), round: null, itemId: null, status: null, partDone: null, skipReason: null, pain: null,
      difficulty: null, painBefore: null, painAfter: null, note: null, severeNeckPain: null, armSymptoms: null,
      ...action, cardKey,
    };
    if (!enqueue(this._day.account, this._day.day, full)) {
      this._say(cardKey, format(this._t('today.not-saved'), ''));
      return;
    }
    this._say(cardKey, navigator.onLine ? '' : this._t('today.saved-on-phone'));
    this.requestUpdate();
    this._send();
  }

  _say(cardKey, text) {
    if (cardKey) {
      this._messages = { ...this._messages, [cardKey]: text };
    }
  }

  /**
   * Sends the queued actions of the signed-in account, oldest first, one day at a time, until none is left or the
   * network fails; a failure is retried later. While the browser knows it is offline nothing is tried: its `online`
   * event sends the queue.
   */
  async _send() {
    if (this._sending || !this._day) {
      return;
    }
    if (!navigator.onLine) {
      // nothing to try: the browser's `online` event sends the queue
      if (queued().some((entry) => entry.account === this._day.account)) {
        this._status = this._t('today.saved-on-phone');
      }
      return;
    }
    this._sending = true;
    clearTimeout(this._retryTimer);
    try {
      for (;;) {
        const mine = queued().filter((entry) => entry.account === this._day.account);
        if (mine.length === 0) {
          break;
        }
        const date = mine[0].day;
        const batch = [];
        for (const entry of mine) {
          if (entry.day !== date) break;
          batch.push(entry.action);
        }
        await this._post(date, batch);
      }
      this._retry = 0;
      this._status = '';
      this._signInNeeded = false;
      if (this.standalone && navigator.onLine) {
        // back online: the server's page takes over again
        location.reload();
      }
    } catch (e) {
      this._status = this._signInNeeded ? this._t('today.sign-in-again') : this._t('today.saved-on-phone');
      const seconds = RETRY_SECONDS[Math.min(this._retry, RETRY_SECONDS.length - 1)];
      this._retry++;
      if (!this._signInNeeded) {
        this._retryTimer = setTimeout(() => this._send(), seconds * 1000);
      }
    } finally {
      this._sending = false;
    }
  }

  async _post(date, batch, retried = false) {
    if (!this._csrf) {
      await this._refresh(date);
    }
    const response = await fetch(`${API}${date}/actions`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [this._csrf.header]: this._csrf.token },
      body: JSON.stringify({ actions: batch.map(({ cardKey, ...action }) => action) }),
    });
    if (response.status === 401) {
      this._signInNeeded = true;
      throw new Error('signed out');
    }
    if (response.status === 403 && !retried) {
      // the page's token is older than the session: read the day, which brings the current one
      await this._refresh(date);
      return this._post(date, batch, true);
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      // refused as a whole (never for a tap made here): drop it, say so, and read the day again
      dequeue(batch.map((action) => action.key));
      this._status = format(this._t('today.not-saved'), problem.message ?? response.status);
      await this._refresh(this._day.day);
      return;
    }
    const answer = await response.json();
    dequeue(answer.results.map((result) => result.key));
    // the server counted it as use: the idle sign-out (IdleWatch.java) starts counting again
    window.dispatchEvent(new Event('rehabit-used'));
    for (const result of answer.results) {
      const action = batch.find((sent) => sent.key === result.key);
      if (result.result === 'REFUSED') {
        this._say(action?.cardKey ?? 'day', format(this._t('today.not-saved'), result.message));
      } else if (action?.cardKey !== 'day') {
        // a card says "Saved."; the check-in shows what it led to instead
        this._say(action?.cardKey, this._t(action?.note ? 'session.note-saved' : 'today.saved'));
      }
    }
    if (answer.day && answer.day.day === this._day.day) {
      this._received(answer.day);
    }
    this.requestUpdate();
  }

  /** Reads the day from the server (and with it the current CSRF token). */
  async _refresh(date) {
    const response = await fetch(`${API}${date}`, { credentials: 'same-origin' });
    if (response.status === 401) {
      this._signInNeeded = true;
      throw new Error('signed out');
    }
    if (!response.ok) {
      throw new Error(`day ${response.status}`);
    }
    this._csrf = {
      header: response.headers.get('X-Rehabit-Csrf-Header'),
      token: response.headers.get('X-Rehabit-Csrf-Token'),
    };
    const day = await response.json();
    if (day.day === this._day.day) {
      this._received(day);
    }
  }

  // ---- drawing

  render() {
    if (!this._day) {
      // no copy of this day on the phone; without any copy there are no texts either, hence the English fallback
      return html`<div class="notice offline-missing"><p>${this._t('today.no-copy') || NO_COPY}</p></div>`;
    }
    const shown = this._shown();
    return html`
      ${this.standalone ? html`<h1 class="view-title">${this._day.title}</h1>
            <p class="offline-copy">${this._t('today.offline-copy')} ${this._t('today.offline')}</p>` : nothing}
      <div class="day-status" role="status" aria-live="polite">
        ${this._status ? html`<p class="notice queued">${this._status}</p>` : nothing}
        ${this._messages.day ? html`<p class="notice queued">${this._messages.day}</p>` : nothing}
      </div>
      ${this._body(shown)}
    `;
  }

  _body(shown) {
    const day = this._day;
    if (shown.state === 'rest') {
      return html`<div class="notice rest-day"><p>${this._t('today.nothing-scheduled')}</p></div>`;
    }
    if (shown.state === 'blocked') {
      return this._blocked();
    }
    if (shown.state === 'check-in') {
      return this._checkInCard();
    }
    const round = Math.min(this._round, day.rounds.length);
    const session = shown.sessions.get(round);
    return html`
      ${day.editable ? nothing : html`<div class="notice read-only"><p>${this._t('today.read-only')}</p></div>`}
      ${day.today && day.editable
        ? this._checkIn.again
          ? this._checkInCard()
          : html`<button type="button" class="new-symptoms" @click=${() => this._askAgain()}>
              ${this._t('today.new-symptoms')}</button>`
        : nothing}
      ${day.rounds.length > 1
        ? this._chips(this._t('today.round'), day.rounds, String(round), (value) => {
            this._round = Number(value);
          }, 'rounds', false)
        : nothing}
      ${this._sessionCard('before', round, session)}
      ${day.routines.map((routine) => html`
        <div class="routine-heading"><h2>${routine.name}</h2><p>${routine.schedule}</p></div>
        ${round > routine.timesPerDay
          ? html`<p>${this._t('today.round-not-in-routine')}</p>`
          : routine.items.map((item) => this._card(item, round, shown.logs.get(`${item.id}:${round}`),
              session?.painBefore))}
      `)}
      ${this._sessionCard('after', round, session)}
    `;
  }

  _askAgain() {
    this._checkIn = { neck: null, arms: null, missing: false, again: true };
    this.requestUpdate();
  }

  _blocked() {
    return html`<div class="notice blocked" role="alert">
      ${this._day.blocked.map((line) => line.href
        ? html`<p><a class=${line.className ?? ''} href=${line.href}>${line.text}</a></p>`
        : html`<p class=${line.className ?? ''}>${line.text}</p>`)}
    </div>`;
  }

  _checkInCard() {
    const answers = this._checkIn;
    const question = (key, field) => html`<div class="check-in-question">
      <p class="question">${this._t(key)}</p>
      ${this._chips(this._t(key), [{ value: 'false', label: this._t('check-in.no') },
        { value: 'true', label: this._t('check-in.yes') }],
        answers[field] === null ? null : String(answers[field]), (value) => {
          this._checkIn = { ...this._checkIn, [field]: value === 'true' };
        }, field, false)}
    </div>`;
    return html`<div class="check-in">
      <h2>${this._t('check-in.title')}</h2>
      <p>${this._t('check-in.intro')}</p>
      ${question('check-in.severe-neck-pain', 'neck')}
      ${question('check-in.arm-symptoms', 'arms')}
      <span class="field-error">${answers.missing ? this._t('check-in.answer-both') : ''}</span>
      <button type="button" class="check-in-continue primary" @click=${() => this._answerCheckIn()}>
        ${this._t('check-in.continue')}</button>
    </div>`;
  }

  _answerCheckIn() {
    const { neck, arms } = this._checkIn;
    if (neck === null || arms === null) {
      this._checkIn = { ...this._checkIn, missing: true };
      return;
    }
    this._checkIn = { neck: null, arms: null, missing: false, again: false };
    this._act({ type: 'check-in', severeNeckPain: neck, armSymptoms: arms }, 'day');
  }

  _sessionCard(part, round, session) {
    const editable = this._day.editable;
    const cardKey = `session-${part}`;
    const key = part === 'before' ? 'painBefore' : 'painAfter';
    const pain = this._painField(this._t(`session.pain-${part}`), session?.[key], editable
      ? (score) => this._act({ type: 'session', round, [key]: score }, cardKey) : null);
    if (part === 'before') {
      return html`<div class="session-card session-before">${pain}
        <span class="saved" role="status">${this._messages[cardKey] ?? ''}</span></div>`;
    }
    return html`<div class="session-card session-after">${pain}
      <label class="field-label" for="session-note">${this._t('session.note')}</label>
      <textarea id="session-note" class="session-note" maxlength="1000" ?readonly=${!editable}
        .value=${session?.note ?? ''}></textarea>
      ${editable ? html`<button type="button" class="send-note" @click=${() => this._sendNote(round)}>
        ${this._t('session.save-note')}</button>` : nothing}
      <span class="saved" role="status">${this._messages[cardKey] ?? ''}</span>
    </div>`;
  }

  _sendNote(round) {
    const note = this.querySelector('#session-note').value;
    this._act({ type: 'session', round, note }, 'session-after');
  }

  _card(item, round, log, painBefore) {
    if (item.advice) {
      return html`<div class="exercise-card advice"><h3>${item.name}</h3>
        ${this._picture(item)}<p>${item.summary}</p>${this._steps(item)}</div>`;
    }
    const editable = this._day.editable;
    const cardKey = `item-${item.id}`;
    const open = this._open[item.id] ?? {};
    const stopped = log?.painFlag === true;
    const status = open.status ?? log?.status;
    const labelled = (label, text, className) => html`<div class=${className}>
      <span class="field-label">${label}</span> ${text}</div>`;
    const save = (entry) => this._act({ type: 'exercise', round, itemId: item.id, ...entry }, cardKey);
    return html`<div class="exercise-card" data-item=${item.id}>
      <h3>${item.name}</h3>
      ${this._picture(item)}
      <p class="dosage">${item.dosage}</p>
      ${item.note ? labelled(this._t('today.note-from-therapist'), item.note, 'therapist-note') : nothing}
      ${item.cautions.map((caution) => labelled(this._t('today.take-care'), caution, 'caution'))}
      ${item.stopIf ? labelled(this._t('today.stop-if'), item.stopIf, 'stop-if') : nothing}
      <details class="how-to"><summary>${this._t('today.how-to')}</summary>
        <p>${item.summary}</p>${this._steps(item)}</details>
      ${item.links.map((link) => html`<a class=${link.className} href=${link.href}>${link.text}</a>`)}
      ${this._day.today && editable && item.timer && !stopped ? this._timerBox(item, open, save) : nothing}
      <div class="log-entry">
        ${this._chips(this._t('today.how-did-it-go'), (item.part ? STATUSES : ['DONE', 'SKIPPED']).map((s) => ({
          value: s, label: this._t(`log.status.${s}`) })), status, (value) => {
          if (value === 'DONE') {
            this._setOpen(item.id, { status: undefined });
            save({ status: 'DONE' });
          } else {
            this._setOpen(item.id, { status: value });
            this._say(cardKey, this._t(value === 'PARTLY' ? 'today.pick-part' : 'today.pick-reason'));
          }
        }, 'status', !editable)}
        ${status === 'PARTLY' && item.part ? this._partField(item, log, editable, (amount) => {
          this._setOpen(item.id, { status: undefined });
          save({ status: 'PARTLY', partDone: amount });
        }) : nothing}
        ${status === 'SKIPPED' ? html`<div><span class="field-label">${this._t('today.skip-why')}</span>
          ${this._chips(this._t('today.skip-why'), SKIP_REASONS.map((r) => ({ value: r,
            label: this._t(`log.skip.${r}`) })), log?.status === 'SKIPPED' ? log.skipReason : null, (value) => {
            this._setOpen(item.id, { status: undefined });
            save({ status: 'SKIPPED', skipReason: value });
          }, 'skip-reasons', !editable)}</div>` : nothing}
        ${this._painField(this._t('today.pain-during'), log?.pain, editable ? (score) => save({ pain: score }) : null)}
        <div><span class="field-label">${this._t('today.difficulty')}</span>
          ${this._chips(this._t('today.difficulty'), DIFFICULTIES.map((d) => ({ value: d,
            label: this._t(`log.difficulty.${d}`) })), log?.difficulty, (value) => save({ difficulty: value }),
            'difficulty', !editable)}</div>
      </div>
      ${stopped ? html`<div class="stop-now" role="alert">
        <p>${this._t(item.stopRule.neck ? 'today.stop-now-neck' : 'today.stop-now')}</p>
        <p>${this._t('today.stop-now-flagged')}</p></div>` : nothing}
      ${log?.status === 'SKIPPED' && log.skipReason === 'PAIN' ? html`<div class="notice rest-advice">
        <p>${this._t('today.rest-advice')}</p><p>${this._t('today.rest-advice-bed')}</p></div>` : nothing}
      ${log?.tooHeavy && item.lowerWeight ? html`<div class="notice lower-weight">
        ${item.lowerWeight.map((line) => html`<p>${line}</p>`)}</div>` : nothing}
      <span class="saved" role="status">${this._messages[cardKey] ?? ''}</span>
    </div>`;
  }

  _setOpen(itemId, change) {
    this._open = { ...this._open, [itemId]: { ...(this._open[itemId] ?? {}), ...change } };
  }

  /**
   * The clinic's video of the exercise (inline and muted, loading nothing until it is played; its picture, if it
   * has one, stands in as the poster), else its picture, else its moving figure (still for reduced motion).
   */
  _picture(item) {
    const video = item.video;
    if (video) {
      const poster = video.poster ?? item.picture;
      return html`<video class="exercise-video" src=${poster ? video.src : `${video.src}#t=0.001`}
        poster=${poster ?? nothing} preload=${poster ? 'none' : 'metadata'} aria-label=${video.label}
        controls playsinline muted>${video.captions
          ? html`<track kind="captions" src=${video.captions.src} label=${video.captions.label}>`
          : nothing}</video>`;
    }
    if (item.picture) {
      return html`<img class="exercise-image" src=${item.picture} alt=${item.name} loading="lazy">`;
    }
    return item.figure
      ? html`<img class="exercise-figure" src=${item.figure.src} alt=${item.figure.alt} width="320" height="240">`
      : nothing;
  }

  _steps(item) {
    return html`<ol>${item.steps.map((step) => html`<li>${step}</li>`)}</ol>`;
  }

  /**
   * The follow-along timer, opened on demand. When it ends, "Mark it done" saves in one tap; "It hurts: stop"
   * pauses it and asks the pain score right under it, which the stop rule then judges.
   */
  _timerBox(item, open, save) {
    if (!open.timer) {
      return html`<div class="timer-box"><button type="button" class="follow-along" @click=${() => {
        this._fetchTimerFigures(item);
        this._setOpen(item.id, { timer: true });
      }}>${this._t('today.follow-along')}</button></div>`;
    }
    const timer = item.timer;
    const labels = Object.fromEntries(Object.entries(TIMER_LABELS).map(([name, key]) => [name, this._t(key)]));
    return html`<div class="timer-box">
      ${item.figure ? html`<img class="timer-figure" src=${this._timerFigure(item.figure, open.phase)}
        alt=${item.figure.alt} width="320" height="240" @error=${(event) => this._figureMissing(event, item.figure)}>`
        : nothing}
      <rehabit-timer .mode=${timer.mode} .sets=${timer.sets} .reps=${timer.reps} .hold=${timer.hold ?? 5}
        .minutes=${timer.minutes ?? 1} .eachSide=${timer.eachSide} .rest=${timer.rest} .pace=${timer.pace ?? 3}
        .labels=${labels}
        @timer-finished=${() => this._setOpen(item.id, { finished: true })}
        @timer-hurts=${() => this._setOpen(item.id, { hurts: true })}
        @timer-phase=${(event) => this._setOpen(item.id, { phase: event.detail })}></rehabit-timer>
      ${open.finished ? html`<button type="button" class="timer-mark-done primary" @click=${() => {
        this._setOpen(item.id, { timer: false, finished: false });
        save({ status: 'DONE' });
      }}>${this._t('timer.mark-done')}</button>` : nothing}
      ${open.hurts ? html`<div class="timer-hurts">
        ${this._painField(this._t('timer.hurts-question'), null, (score) => {
          this._setOpen(item.id, { hurts: false });
          save({ pain: score });
        })}
        <p>${this._t('timer.hurts-go-on')}</p></div>` : nothing}
    </div>`;
  }

  /**
   * The figure beside the timer, in step with it: the held pose while holding, the start pose while getting ready,
   * relaxing, resting or paused, one movement per repetition at the timer's pace, seen from the other side for the
   * right side; before it starts, it moves as on the card.
   */
  _timerFigure(figure, phase) {
    const path = figure.src.split('?')[0];
    const side = phase?.side === 'right' ? '&side=right' : '';
    switch (phase?.phase) {
      case undefined:
      case 'idle':
      case 'move':
        return figure.src;
      case 'hold':
        return `${path}?pose=end${side}`;
      case 'rep':
        return `${path}?pace=${phase.seconds}${side}`;
      default:
        return `${path}?pose=start${side}`;
    }
  }

  /** The timer's still poses, fetched as it opens, so that they show even if the network goes while it runs. */
  _fetchTimerFigures(item) {
    if (!item.figure) {
      return;
    }
    const path = item.figure.src.split('?')[0];
    for (const side of item.timer.eachSide ? ['', '&side=right'] : ['']) {
      for (const pose of ['start', 'end']) {
        new Image().src = `${path}?pose=${pose}${side}`;
      }
    }
  }

  /** Offline, a phase's figure never fetched falls back to the card's own (the browser keeps that one). */
  _figureMissing(event, figure) {
    const card = new URL(figure.src, document.baseURI).href;
    if (event.target.src !== card) {
      event.target.src = card;
    }
  }

  _partField(item, log, editable, picked) {
    const part = item.part;
    const done = log?.status === 'PARTLY' ? log.partDone : null;
    if (part.chips) {
      return html`<div class="part-done"><span class="field-label">${part.label}</span>
        ${this._chips(part.label, part.chips, done === null ? null : String(done), (value) => picked(Number(value)),
          'part', !editable)}</div>`;
    }
    const id = `part-${item.id}`;
    const save = () => {
      const input = this.querySelector(`#${id}`);
      const value = Number(input.value);
      const valid = Number.isInteger(value) && value >= 1 && value < part.prescribed;
      this._setOpen(item.id, { partInvalid: !valid });
      if (valid) {
        picked(value);
      }
    };
    const invalid = (this._open[item.id] ?? {}).partInvalid;
    return html`<div class="part-done part-number">
      <label class="field-label" for=${id}>${part.label}</label>
      <input id=${id} type="number" inputmode="numeric" min="1" max=${part.prescribed - 1} .value=${done ?? ''}
        ?readonly=${!editable} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${`${id}-help`}>
      <span id=${`${id}-help`} class="helper">${invalid ? this._t('day.part-range') : part.of}</span>
      ${editable ? html`<button type="button" class="chip part-save" @click=${save}>${this._t('today.part-save')}</button>`
        : nothing}
    </div>`;
  }

  _painField(label, score, picked) {
    return html`<div class="pain-field"><span class="field-label">${label}</span>
      ${this._chips(label, PAIN_SCORES.map((n) => ({ value: String(n), label: String(n) })),
        score === null || score === undefined ? null : String(score), (value) => picked(Number(value)),
        'pain-scores', picked === null)}
      <div class="pain-anchors"><span>${this._t('pain.anchor-low')}</span><span>${this._t('pain.anchor-high')}</span>
      </div></div>`;
  }

  /** A row of large buttons, one choice among a few; the chosen one is pressed. */
  _chips(label, choices, chosen, picked, className, readOnly) {
    return html`<div class="choice-chips ${className}" role="group" aria-label=${label}>
      ${choices.map((choice) => html`<button type="button" class="chip" ?disabled=${readOnly}
        aria-pressed=${String(choice.value) === String(chosen) ? 'true' : 'false'}
        @click=${() => {
          picked(choice.value);
          this.requestUpdate();
        }}>${choice.label}</button>`)}
    </div>`;
  }
}

customElements.define('rehabit-day', RehabitDay);
