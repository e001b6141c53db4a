// The search page's script: loads the index (8 KB brotli) once, then searches as the reader types with
// @hitech/data's own `createSearch`, in Chinese, English or pinyin names. Bundled on its own like
// enhance.ts.
import { createSearch, type SearchHit } from '@hitech/data/query';
import type { Lang } from '../i18n';
import { hitLink } from '../search';
import { localise } from '../site';
import type { SearchIndex } from '../types';

const lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
const form = document.querySelector<HTMLFormElement>('[data-testid="search-form"]');
const input = document.querySelector<HTMLInputElement>('#q');
const results = document.querySelector<HTMLElement>('[data-testid="search-results"]');
const failure = document.querySelector<HTMLElement>('[data-testid="search-error"]');
const heading = results?.querySelector('h2');
const list = results?.querySelector('ul');

let index: SearchIndex | null = null;
let search: ((query: string) => SearchHit[]) | null = null;

function hitItem(hit: SearchHit, from: SearchIndex): HTMLLIElement {
  const link = hitLink(hit, from);
  const item = document.createElement('li');
  const anchor = document.createElement('a');
  anchor.className = 'hit';
  anchor.href = localise(link.href, lang);
  const kind = document.createElement('span');
  kind.className = 'tag';
  kind.textContent = results?.dataset[`kind${hit.kind[0]?.toUpperCase()}${hit.kind.slice(1)}`] ?? hit.kind;
  const title = document.createElement('strong');
  title.textContent = hit.title[lang];
  anchor.append(kind, ' ', title);
  if (link.zone) {
    const zone = document.createElement('span');
    zone.className = 'small muted';
    zone.textContent = link.zone[lang];
    anchor.append(' ', zone);
  }
  item.append(anchor);
  return item;
}

function render() {
  if (!results || !heading || !list || !input) return;
  const query = input.value.trim();
  if (!index || !search || !query) {
    heading.hidden = true;
    list.replaceChildren();
    return;
  }
  const hits = search(query);
  heading.hidden = false;
  heading.textContent = hits.length
    ? `${hits.length} ${results.dataset.results ?? ''}`
    : (results.dataset.noResults ?? '');
  const from = index;
  list.replaceChildren(...hits.map((hit) => hitItem(hit, from)));
}

if (input) input.value = new URL(location.href).searchParams.get('q') ?? '';
input?.addEventListener('input', render);
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  const query = input?.value.trim() ?? '';
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
  render();
});

fetch('/search-index.json')
  .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
  .then((data: SearchIndex) => {
    index = data;
    search = createSearch(data);
    render();
  })
  .catch(() => {
    if (failure) failure.hidden = false;
  })
  .finally(() => results?.setAttribute('aria-busy', 'false'));
