// <atlas-search>: runs the search form in place with Pagefind (or the offline index), keeping the state in the URL.
import { practiceCountText, type Counts, type FilterName, type SearchEngine, type SearchFilters, type SearchHit } from './search-common.ts';
import { loadEngine } from './search-engine.ts';
import { searchFilterNames as filterNames } from '../site-model/search.ts';

/** Results shown at first and per "Show more": each costs a download of its text. */
const PAGE = 10;

class AtlasSearch extends HTMLElement {
  private engine?: Promise<SearchEngine>;
  private facetValues?: Promise<Record<string, Array<[string, string]>>> | undefined;
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  private csvLink!: HTMLAnchorElement;
  private csvNote!: HTMLElement;
  /** The practices among the results and the search that found them; none before a search, when the link gives the whole file. */
  private practices?: { hits: SearchHit[]; query: string; filters: SearchFilters } | undefined;
  private hits: SearchHit[] = [];
  private shown = 0;
  private run = 0;
  private typing?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    this.form = this.querySelector('form')!;
    this.input = this.form.querySelector('input[name="q"]')!;
    this.status = this.querySelector('[data-search-status]')!;
    this.list = this.querySelector('[data-search-results]')!;
    this.more = this.querySelector('[data-search-more]')!;
    this.csvLink = this.querySelector('[data-csv-link]')!;
    this.csvNote = this.querySelector('[data-csv-note]')!;
    this.csvLink.addEventListener('click', (event) => {
      if (!this.practices) return;
      event.preventDefault();
      void this.download(this.practices);
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit('push');
    });
    this.form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') this.commit('push');
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.typing);
      this.typing = setTimeout(() => this.commit('replace'), 250);
    });
    this.more.addEventListener('click', () => this.renderMore(true, this.run));
    // A filter group's values (for the long ones) and counts arrive when it is opened.
    for (const group of this.form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      group.addEventListener('toggle', () => {
        if (!group.open) return;
        void this.fillGroup(group.dataset['facet']!).then(() => this.refreshCounts());
      });
    }
    window.addEventListener('popstate', () => {
      void this.readUrl().then(() => this.search());
    });
    this.setStatus(this.message('prompt'));
    void this.readUrl().then(() => this.search());
  }

  private message(name: string, count?: number): string {
    return (this.dataset[`msg${name[0]!.toUpperCase()}${name.slice(1)}`] ?? '').replace('{count}', String(count ?? ''));
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** The long groups' values: in the page for the offline edition, else fetched once, when first needed. */
  private deferredValues(): Promise<Record<string, Array<[string, string]>>> {
    const inline = this.querySelector('[data-deferred-facets]')?.textContent;
    this.facetValues ??= inline
      ? Promise.resolve(JSON.parse(inline))
      : fetch(this.dataset['facetsUrl']!).then((response) => {
          if (!response.ok) throw new Error(`${response.status} ${response.url}`);
          return response.json();
        });
    return this.facetValues.catch((error: unknown) => {
      console.error(error);
      this.facetValues = undefined;
      return {};
    });
  }

  /** Turns a long filter group's values into checkboxes, once. */
  private async fillGroup(name: string): Promise<void> {
    const list = this.form.querySelector<HTMLUListElement>(`[data-facet-values="${name}"]`);
    if (!list || list.childElementCount) return;
    const values = (await this.deferredValues())[name] ?? [];
    if (list.childElementCount) return;
    for (const [value, label] of values) {
      const box = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
      const count = Object.assign(document.createElement('span'), { className: 'meta' });
      count.dataset['count'] = '';
      const item = document.createElement('label');
      item.append(box, ` ${label} `, count);
      const li = document.createElement('li');
      li.append(item);
      list.append(li);
    }
  }

  private async readUrl(): Promise<void> {
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') ?? '';
    await Promise.all(filterNames.filter((name) => params.has(name)).map((name) => this.fillGroup(name)));
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = params.getAll(box.name).includes(box.value);
      // A group with a chosen value opens, so the choice can be seen and undone.
      if (box.checked) box.closest('details')?.setAttribute('open', '');
    }
  }

  /** The filter groups a reader has open: only theirs are counted. */
  private counted(): FilterName[] {
    return [...this.form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')].filter((d) => d.open).map((d) => d.dataset['facet'] as FilterName);
  }

  private async refreshCounts(): Promise<void> {
    const run = this.run;
    const { query, filters } = this.state();
    try {
      this.engine ??= loadEngine(this.dataset);
      const { counts } = await (await this.engine).search(query, filters, this.counted());
      if (run === this.run) this.updateCounts(counts);
    } catch (error) {
      console.error(error);
    }
  }

  private state(): { query: string; filters: SearchFilters } {
    const data = new FormData(this.form);
    const filters: SearchFilters = {};
    for (const name of filterNames) {
      const values = data.getAll(name).map(String);
      if (values.length) filters[name] = values;
    }
    return { query: String(data.get('q') ?? '').trim(), filters };
  }

  /** Writes the form into the URL (so a search can be shared and Back works), then searches. */
  private commit(mode: 'push' | 'replace'): void {
    const { query, filters } = this.state();
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, values] of Object.entries(filters)) values.forEach((v) => params.append(name, v));
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void this.search();
  }

  private async search(): Promise<void> {
    const run = ++this.run;
    const { query, filters } = this.state();
    this.showCsv(undefined);
    if (!query && !Object.keys(filters).length) {
      this.list.replaceChildren();
      this.more.hidden = true;
      this.setStatus(this.message('prompt'));
      await this.refreshCounts();
      return;
    }
    this.setStatus(this.message('loading'));
    this.csvLink.hidden = true;
    try {
      this.engine ??= loadEngine(this.dataset);
      const engine = await this.engine;
      const result = await engine.search(query, filters, this.counted());
      if (run !== this.run) return;
      this.hits = result.hits;
      this.shown = 0;
      this.list.replaceChildren();
      this.updateCounts(result.counts);
      await this.renderMore(false, run);
      if (run !== this.run) return;
      const n = this.hits.length;
      this.setStatus(n === 0 ? this.message('none') : n === 1 ? this.message('one') : this.message('results', n));
      // The practices among all the results (not only those shown yet), for the CSV link: the same
      // search narrowed to the practice type. It counts them without fetching a result's data.
      const type = this.dataset['csvType']!;
      const hits = filters.type && !filters.type.includes(type) ? [] : (await engine.search(query, { ...filters, type: [type] }, [])).hits;
      if (run === this.run) this.showCsv({ hits, query, filters });
    } catch (error) {
      console.error(error);
      if (run !== this.run) return;
      this.setStatus(this.message('error'));
      this.showCsv(undefined);
    }
  }

  /** The download link: the whole /data/ file before a search; after one, the practices it found, or a note that there are none. */
  private showCsv(practices: typeof this.practices): void {
    this.practices = practices;
    const text = practices
      ? practiceCountText(practices.hits.length, { one: this.dataset['msgCsvOne'] ?? '', many: this.dataset['msgCsvMany'] ?? '' })
      : this.message('csvAll');
    this.csvLink.hidden = !text;
    if (text) this.csvLink.textContent = text;
    this.csvNote.textContent = text ? '' : this.message('csvNone');
  }

  /** Makes the CSV of `practices` and saves it; the code and the lines it needs load only now. */
  private async download({ hits, query, filters }: NonNullable<typeof this.practices>): Promise<void> {
    this.csvNote.textContent = this.message('csvBusy');
    try {
      const { practicesCsv, saveText, csvFileName } = await import('./search-download.ts');
      saveText(await practicesCsv(hits, this.dataset), csvFileName(query, filters));
      this.csvNote.textContent = '';
    } catch (error) {
      console.error(error);
      this.csvNote.textContent = this.message('csvError');
    }
  }

  /** Appends the next page of results, unless a newer search has started meanwhile. */
  private async renderMore(focusFirst: boolean, run: number): Promise<void> {
    const next = this.hits.slice(this.shown, this.shown + PAGE);
    const labels = JSON.parse(this.dataset['labels'] ?? '{}') as { type?: Record<string, string> };
    const items = await Promise.all(next.map((hit) => hit.data()));
    if (run !== this.run) return;
    let first: HTMLAnchorElement | undefined;
    for (const item of items) {
      const li = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      heading.append(link);
      first ??= link;
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [labels.type?.[item.type] ?? item.type, item.region, item.years].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and wraps matches in <mark>; nothing else is let through.
      excerpt.innerHTML = item.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
      li.append(heading, meta, excerpt);
      this.list.append(li);
    }
    this.shown += next.length;
    this.more.hidden = this.shown >= this.hits.length;
    if (focusFirst) first?.focus();
  }

  /** Shows, next to each value of a counted filter, how many results it would give. */
  private updateCounts(counts: Counts): void {
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const label = box.closest('label')?.querySelector('[data-count]');
      const values = counts[box.name];
      if (label) label.textContent = values ? `(${values[box.value] ?? 0})` : '';
    }
  }
}

if (!customElements.get('atlas-search')) customElements.define('atlas-search', AtlasSearch);
