// <practice-compare>: renders 2-4 practices side by side from compare/practices.json, following ?items=a,b in the URL.
interface CompareData {
  labels: Record<string, string>;
  practices: { id: string; title: string; path: string; fields: Record<string, string[]> }[];
}

class PracticeCompare extends HTMLElement {
  private data?: CompareData;

  async connectedCallback(): Promise<void> {
    const form = this.querySelector('form')!;
    form.addEventListener('change', () => this.commit(form));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit(form);
    });
    window.addEventListener('popstate', () => this.render());
    // The offline edition ships the data as a classic script (file:// allows no fetch).
    const offline = (window as { __atlasCompareData?: CompareData }).__atlasCompareData;
    this.data = offline ?? ((await (await fetch(this.dataset['source']!)).json()) as CompareData);
    this.render();
  }

  private selected(): string[] {
    const known = new Set(this.data?.practices.map((p) => p.id));
    const ids = new URLSearchParams(location.search).getAll('items').flatMap((v) => v.split(',')).filter((id) => known.has(id));
    return [...new Set(ids)];
  }

  private commit(form: HTMLFormElement): void {
    // Keep the order in which practices were chosen: earlier choices stay in their columns.
    const ticked = new FormData(form).getAll('items').map(String);
    const ids = [...this.selected().filter((id) => ticked.includes(id)), ...ticked.filter((id) => !this.selected().includes(id))];
    const url = `${location.pathname}${ids.length ? `?items=${ids.map(encodeURIComponent).join(',')}` : ''}`;
    history.pushState(null, '', url);
    this.render();
  }

  private render(): void {
    if (!this.data) return;
    const ids = this.selected();
    try {
      localStorage.setItem('atlas-compare', JSON.stringify(ids.slice(0, 4)));
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
    const practices = ids.slice(0, 4).map((id) => this.data!.practices.find((p) => p.id === id)!);
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
    for (const [field, label] of Object.entries(this.data.labels)) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = label;
      row.append(th);
      for (const p of practices) {
        const cell = row.insertCell();
        const lines = p.fields[field] ?? [];
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
