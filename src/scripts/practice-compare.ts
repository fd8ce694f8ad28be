// <practice-compare>: renders 2-4 practices side by side, following ?items=a,b in the URL. A
// practice's record is fetched, with those of about 50 others, from compare/data/<n>.json when it
// is first shown.
import { compareBucket } from '../lib/compare-buckets.ts';
import type { CompareData, CompareRecord } from '../lib/compare.ts';

class PracticeCompare extends HTMLElement {
  private records = new Map<string, CompareRecord>();
  private labels: Record<string, string> = {};
  private known = new Set<string>();
  private run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    this.labels = JSON.parse(this.dataset['labels'] ?? '{}') as Record<string, string>;
    this.known = new Set([...form.querySelectorAll<HTMLInputElement>('input[name="items"]')].map((box) => box.value));
    // The offline edition ships every record as a classic script (file:// allows no fetch).
    const offline = (window as { __atlasCompareData?: CompareData }).__atlasCompareData;
    offline?.practices.forEach((record) => this.records.set(record.id, record));
    form.addEventListener('change', () => this.commit(form));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit(form);
    });
    window.addEventListener('popstate', () => void this.render());
    void this.render();
  }

  private selected(): string[] {
    const ids = new URLSearchParams(location.search).getAll('items').flatMap((v) => v.split(',')).filter((id) => this.known.has(id));
    return [...new Set(ids)];
  }

  private commit(form: HTMLFormElement): void {
    // Keep the order in which practices were chosen: earlier choices stay in their columns.
    const ticked = new FormData(form).getAll('items').map(String);
    const ids = [...this.selected().filter((id) => ticked.includes(id)), ...ticked.filter((id) => !this.selected().includes(id))];
    const url = `${location.pathname}${ids.length ? `?items=${ids.map(encodeURIComponent).join(',')}` : ''}`;
    history.pushState(null, '', url);
    void this.render();
  }

  private async load(ids: string[]): Promise<CompareRecord[]> {
    const count = Number(this.dataset['buckets'] ?? 1);
    const files = new Set(ids.filter((id) => !this.records.has(id)).map((id) => compareBucket(id, count)));
    await Promise.all(
      [...files].map(async (file) => {
        const response = await fetch(`${this.dataset['records']}${file}.json`);
        if (!response.ok) throw new Error(`${response.status} for compare data ${file}`);
        for (const record of (await response.json()) as CompareRecord[]) this.records.set(record.id, record);
      }),
    );
    const missing = ids.filter((id) => !this.records.has(id));
    if (missing.length) throw new Error(`no compare data for ${missing.join(', ')}`);
    return ids.map((id) => this.records.get(id)!);
  }

  private async render(): Promise<void> {
    const run = ++this.run;
    const ids = this.selected();
    try {
      localStorage.setItem(__ATLAS_COMPARE_STORE__, JSON.stringify(ids.slice(0, 4)));
    } catch {
      // Storage may be off (private mode, file://): the URL still holds the selection.
    }
    this.querySelectorAll<HTMLInputElement>('input[name="items"]').forEach((box) => (box.checked = ids.includes(box.value)));
    const out = this.querySelector('[data-compare-output]')!;
    const message = (text: string) => {
      const p = document.createElement('p');
      p.className = 'callout';
      p.textContent = text;
      out.replaceChildren(p);
    };
    if (ids.length < 2) return message(this.dataset['msgTooFew']!);
    let practices: CompareRecord[];
    try {
      practices = await this.load(ids.slice(0, 4));
    } catch (error) {
      console.error(error);
      if (run === this.run) message(this.dataset['msgError']!);
      return;
    }
    if (run !== this.run) return;
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = `${this.dataset['msgCaption']}: ${practices.map((p) => p.title).join(', ')}`;
    const headRow = table.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.scope = 'col';
    corner.textContent = this.dataset['msgField']!;
    headRow.append(corner);
    for (const p of practices) {
      const th = document.createElement('th');
      th.scope = 'col';
      const a = document.createElement('a');
      a.href = `${this.dataset['base']}${p.path}`;
      a.textContent = p.title;
      th.append(a);
      headRow.append(th);
    }
    const body = table.createTBody();
    for (const [field, label] of Object.entries(this.labels)) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      row.append(th);
      for (const p of practices) {
        const cell = row.insertCell();
        const lines = p.fields[field as keyof CompareRecord['fields']] ?? [];
        if (!lines.length) cell.textContent = this.dataset['msgNone']!;
        else if (lines.length === 1) cell.textContent = lines[0]!;
        else {
          const ul = document.createElement('ul');
          for (const line of lines) ul.append(Object.assign(document.createElement('li'), { textContent: line }));
          cell.append(ul);
        }
      }
    }
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', caption.textContent);
    wrap.append(table);
    out.replaceChildren(wrap);
    if (ids.length > 4) {
      const note = document.createElement('p');
      note.textContent = this.dataset['msgTooMany']!;
      out.append(note);
    }
  }
}

if (!customElements.get('practice-compare')) customElements.define('practice-compare', PracticeCompare);
