// Loads a classic script (not a module): how a page opened from file://, which can fetch nothing, reads
// data. The offline search (its index) and the CSV download (its lines) load theirs with it, when needed.
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}
