// Adds a practice to the stored comparison instead of starting a new one.
class CompareLink extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('a')?.addEventListener('click', (event) => {
      const id = this.dataset['id']!;
      let current: string[] = [];
      try {
        current = JSON.parse(localStorage.getItem(__ATLAS_COMPARE_STORE__) ?? '[]') as string[];
      } catch {
        current = [];
      }
      const next = [...new Set([...current, id])].slice(-4);
      const link = event.currentTarget as HTMLAnchorElement;
      const url = new URL(link.href);
      url.search = `?items=${next.map(encodeURIComponent).join(',')}`;
      link.href = url.href;
    });
  }
}

if (!customElements.get('compare-link')) customElements.define('compare-link', CompareLink);
