/*
 * What the patient's day keeps on the phone, in localStorage: the last copy of each day read from the server (to
 * draw it offline), and the queue of actions not yet confirmed by the server.
 *
 * localStorage, not IndexedDB: a tap is written synchronously, before anything else happens, so closing the page or
 * losing the connection a moment later cannot lose it; the queue is small (a day's taps).
 *
 * Copies of days are health data: they are removed when anyone signs out (`forgetDays`, called from the sign-in
 * page). The queue stays, each action marked with its account, and is sent only while that account is signed in.
 */

const DAY_PREFIX = 'rehabit.day.';
const QUEUE = 'rehabit.queue';

function read(key, fallback) {
  try {
    const text = localStorage.getItem(key);
    return text === null ? fallback : JSON.parse(text);
  } catch (e) {
    return fallback;
  }
}

/** The copy of a day, or null. */
export function loadDay(date) {
  return read(DAY_PREFIX + date, null);
}

/** The newest copy of any day, for its texts when the asked-for day has no copy; or null. */
export function loadAnyDay() {
  let newest = null;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key.startsWith(DAY_PREFIX)) {
      const day = read(key, null);
      if (day && (!newest || day.day > newest.day)) {
        newest = day;
      }
    }
  }
  return newest;
}

export function saveDay(day) {
  try {
    localStorage.setItem(DAY_PREFIX + day.day, JSON.stringify(day));
  } catch (e) {
    // storage full or refused: the day still works online
  }
}

/** Removes every copy of a day (signing out). */
export function forgetDays() {
  const keys = [];
  for (let i = 0; i < localStorage.length; i++) {
    if (localStorage.key(i).startsWith(DAY_PREFIX)) {
      keys.push(localStorage.key(i));
    }
  }
  keys.forEach((key) => localStorage.removeItem(key));
}

/** Every queued entry, oldest first: {account, day, action}. */
export function queued() {
  return read(QUEUE, []);
}

/** Adds an action to the end of the queue; false when the phone refused to store it. */
export function enqueue(account, day, action) {
  const queue = queued();
  queue.push({ account, day, action });
  try {
    localStorage.setItem(QUEUE, JSON.stringify(queue));
    return true;
  } catch (e) {
    return false;
  }
}

/** Removes the actions with these keys (the server has them). */
export function dequeue(keys) {
  const done = new Set(keys);
  const queue = queued().filter((entry) => !done.has(entry.action.key));
  localStorage.setItem(QUEUE, JSON.stringify(queue));
}

/** A random (version 4) UUID; crypto.randomUUID needs HTTPS, getRandomValues does not. */
export function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

window.rehabitForgetDays = forgetDays;
