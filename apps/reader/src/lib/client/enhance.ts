// The script every page loads (deferred): what the prerendered HTML cannot do by itself. It is
// bundled on its own by Vite (`?worker&url` in the layout) and must stay small: it counts towards the
// first-load budget of every page.
import { FONT_STEPS, PREF_KEYS, stepFont, type Theme } from '../prefs';

const root = document.documentElement;

function save(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing can refuse storage; the choice then lasts for this page only.
  }
}

const all = <T extends Element>(selector: string) => [...document.querySelectorAll<T>(selector)];

// Language: the switch is a plain link to the same page in the other language; remember the choice
// (the front page reads it before paint) and keep the search query and the place on the page.
for (const link of all<HTMLAnchorElement>('[data-lang-switch]')) {
  link.addEventListener('click', () => {
    save(PREF_KEYS.lang, link.dataset.langSwitch ?? null);
    link.search = location.search;
    link.hash = location.hash;
  });
}

// Colours.
function showTheme(theme: Theme) {
  for (const button of all<HTMLButtonElement>('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.themeChoice === theme));
  }
}
const savedTheme = root.dataset.theme;
showTheme(savedTheme === 'light' || savedTheme === 'dark' ? savedTheme : 'system');
for (const button of all<HTMLButtonElement>('[data-theme-choice]')) {
  button.addEventListener('click', () => {
    const theme = (button.dataset.themeChoice ?? 'system') as Theme;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
    save(PREF_KEYS.theme, theme === 'system' ? null : theme);
    showTheme(theme);
  });
}

// Text size.
const smaller = document.querySelector<HTMLButtonElement>('[data-testid="font-smaller"]');
const larger = document.querySelector<HTMLButtonElement>('[data-testid="font-larger"]');
const fontValue = document.querySelector<HTMLOutputElement>('[data-testid="font-value"]');
let font = Number.parseInt(root.style.fontSize, 10) || 100;
function showFont() {
  if (fontValue) fontValue.textContent = `${font}%`;
  if (smaller) smaller.disabled = font <= Math.min(...FONT_STEPS);
  if (larger) larger.disabled = font >= Math.max(...FONT_STEPS);
}
function setFont(next: number) {
  font = next;
  root.style.fontSize = font === 100 ? '' : `${font}%`;
  save(PREF_KEYS.font, font === 100 ? null : String(font));
  showFont();
}
showFont();
smaller?.addEventListener('click', () => setFont(stepFont(font, -1)));
larger?.addEventListener('click', () => setFont(stepFont(font, 1)));

// Share this page's own address (in this language), or copy it.
for (const box of all<HTMLElement>('.share')) {
  const button = box.querySelector('button');
  const status = box.querySelector('[role="status"]');
  const manual = box.querySelector<HTMLLabelElement>('.manual-link');
  const input = manual?.querySelector('input');
  button?.addEventListener('click', async () => {
    const url = location.origin + location.pathname;
    if (status) status.textContent = '';
    if (navigator.share) {
      try {
        await navigator.share({ title: box.dataset.shareTitle ?? document.title, url });
        return;
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      if (status) status.textContent = box.dataset.copied ?? '';
    } catch {
      if (status) status.textContent = box.dataset.copyFailed ?? '';
      if (manual && input) {
        input.value = url;
        manual.hidden = false;
        input.select();
      }
    }
  });
}

// The offline notice.
const badge = document.querySelector<HTMLElement>('[data-testid="offline-badge"]');
const showConnection = () => {
  if (badge) badge.hidden = navigator.onLine;
};
showConnection();
addEventListener('online', showConnection);
addEventListener('offline', showConnection);

// Offline reading: the service worker stores both languages of every page on the first visit.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register('/service-worker.js'));
}

// The end-to-end tests wait for this mark before they tap anything.
root.dataset.enhanced = 'true';
