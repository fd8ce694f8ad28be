// A content tree an attacker might send: the valid fixture, the hostile files of
// tests/fixtures/hostile/ on top, and what git cannot carry well or should not store (symbolic
// links, a named pipe, files of hundreds of kilobytes), made here. Every payload writes the file
// named by ATLAS_HOSTILE_MARKER; a test that finds no marker knows no payload ran.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixture, repo } from '../helpers.ts';

export const hostileDir = path.join(repo, 'tests/fixtures/hostile');

export interface HostileTree {
  root: string;
  content: string;
  public: string;
  marker: string;
  /** Files made at run time, relative to the tree root, beside the committed ones. */
  made: string[];
}

/** The front matter of a valid practice: a hostile file differs from a good one only where it means to. */
export function practiceWith(body: string, title = 'Generated hostile fixture'): string {
  const template = readFileSync(path.join(hostileDir, 'content/practices/link-allowed.mdx'), 'utf8');
  return `${template.slice(0, template.indexOf('## Description')).replace(/^title: .*$/m, `title: ${title}`)}${body}`;
}

const sections = '## Description\n\nText.\n\n## Resources needed\n\nNone.\n\n## Evidence of success\n\nNone.\n\n## Difficulties and lessons learned\n\nNone.\n\n## Potential for transfer\n\nNone.\n';

export function hostileTree(options: { only?: (file: string) => boolean; extras?: boolean } = {}): HostileTree {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-'));
  const content = path.join(root, 'content');
  const pub = path.join(root, 'public');
  cpSync(fixture('valid'), content, { recursive: true });
  cpSync(path.join(hostileDir, 'content'), content, { recursive: true, filter: (src) => !options.only || statSync(src).isDirectory() || options.only(path.basename(src)) });
  cpSync(path.join(hostileDir, 'public'), pub, { recursive: true });
  // The layout payload, where `layout: ../../payload.mjs` points from content/practices/.
  cpSync(path.join(hostileDir, 'payload.mjs'), path.join(root, 'payload.mjs'));
  const made: string[] = [];
  if (options.extras !== false) {
    const outside = path.join(root, 'outside.mdx');
    writeFileSync(outside, practiceWith(`{process.getBuiltinModule("node:fs").writeFileSync(process.env.ATLAS_HOSTILE_MARKER, "outside")}\n\n${sections}`));
    const link = (target: string, at: string) => {
      symlinkSync(target, path.join(root, at));
      made.push(at);
    };
    link(outside, 'content/practices/linked-outside.mdx');
    link('_draft-payload.mdx', 'content/practices/linked-draft.mdx');
    link('../practices', 'content/regions/linked-folder');
    link(path.join(hostileDir, 'public/media/ok.png'), 'public/media/linked.png');
    if (spawnSync('mkfifo', [path.join(content, 'practices/pipe.mdx')]).status === 0) made.push('content/practices/pipe.mdx');
    const write = (at: string, text: string) => {
      writeFileSync(path.join(root, at), text);
      made.push(at);
    };
    write('content/practices/dos-oversize.mdx', practiceWith(`${sections}\n${'A long paragraph of ordinary words. '.repeat(9000)}\n`));
    // Quadratic for micromark's bracket matching: minutes of work unless the deadline stops it.
    write('content/practices/dos-brackets.mdx', practiceWith(`${'['.repeat(125_000)}${']'.repeat(125_000)}\n\n${sections}`));
    write('content/regions/dos-long-value.yaml', `name: Long value\ncountry: GR\nnuts: EL63\nlevel: ${'nuts'.repeat(25_000)}\n`);
    write('content/regions/dos-long-key.yaml', `name: Long key\ncountry: GR\nnuts: EL63\nlevel: nuts2\n${'k'.repeat(50_000)}: x\n`);
  }
  return { root, content, public: pub, marker: path.join(root, 'payload-ran'), made };
}

/** The committed hostile files, relative to the tree root (content/…, public/…). */
export function committedHostileFiles(): string[] {
  const list = (sub: string): string[] =>
    readdirSync(path.join(hostileDir, sub), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => path.relative(hostileDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  return [...list('content'), ...list('public')];
}
