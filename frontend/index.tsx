/*
 * The entry point: Vaadin's generated one (frontend/generated/index.tsx), plus the patient's day offline.
 *
 * Offline, the service worker Vaadin generates answers any page with the application shell from its cache, but Flow
 * cannot start without the server. So when the phone is offline and the address is the patient's day, the day is
 * drawn by <rehabit-day> from the copy kept on the phone, and taps wait in its queue; back online, the page reloads
 * and Flow takes over again.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from 'Frontend/generated/routes.js';
import './rehabit-day.js';

function App() {
  return <RouterProvider router={router} />;
}

/** Today's date on the phone, yyyy-mm-dd. */
function localDate() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const outlet = document.getElementById('outlet')!;
const dayAddress = location.pathname.match(/\/today(?:\/(\d{4}-\d{2}-\d{2}))?\/?$/);
if (!navigator.onLine && dayAddress) {
  const main = document.createElement('main');
  main.className = 'today-view offline-day';
  const day = document.createElement('rehabit-day') as HTMLElement & { date: string; standalone: boolean };
  day.standalone = true;
  day.date = dayAddress[1] ?? localDate();
  main.append(day);
  outlet.replaceChildren(main);
} else {
  let root = (outlet as any)._root ?? createRoot(outlet);
  (outlet as any)._root = root;
  root.render(createElement(App));
}
