// Files an attacker might send, and what the two gates of the trust boundary make of them:
// `npm run check` (the first) refuses each with a line naming it; the MDX compile (the second)
// refuses the ones that would run code even when the check never saw them. The builds of these
// trees are in tests/integration/build-guard.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentMdxGate } from '../../src/integrations/mdx-gate.ts';
import { splitFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { readBody } from '../../src/lib/mdx-body.ts';
import { repo, runCli } from '../helpers.ts';
import { committedHostileFiles, hostileDir, hostileTree, practiceWith, type HostileTree } from '../support/hostile.ts';

/** What the check must say about each hostile file (a part of the line after "file:line: "). */
const expected: Array<[string, string]> = [
  ['content/practices/code-comment-slash-star.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-comment-then-code.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-expression-inline.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-expression-flow.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-export.mdx', 'body: import/export statements are not allowed'],
  ['content/practices/code-import.mdx', 'body: import/export statements are not allowed'],
  ['content/practices/code-attribute-expression.mdx', 'body: <Callout>: title={…} is not allowed'],
  ['content/practices/code-spread-attribute.mdx', 'body: <abbr>: spread attributes {…} are not allowed'],
  ['content/practices/code-table-cell.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-footnote.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-link-text.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-unicode-escape.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-hashbang.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-member-component.mdx', 'body: <globalThis.process.exit> is not an allowed component or tag'],
  ['content/practices/code-script-element.mdx', 'body: <script> is not allowed'],
  ['content/practices/code-event-handler.mdx', 'body: <abbr>: event handler onMouseOver= is not allowed'],
  ['content/practices/code-heading-expression.mdx', 'body: JavaScript expressions {…} are not allowed'],
  ['content/practices/code-layout.mdx', 'layout: unknown field'],
  ['content/practices/link-schemes.mdx', 'body: link to "http://example.org/plain-http" is not allowed: http: addresses are not allowed'],
  ['content/practices/figure-sources.mdx', 'body: <Figure src="../../../../etc/passwd.png">: src must name an image file in public/media/'],
  ['content/practices/figure-sources.mdx', 'body: <Figure src="https://attacker.example/a.png">: src must name an image file in public/media/'],
  ['content/practices/figure-sources.mdx', 'body: <Figure src="drawing.svg">: src must be a JPEG, PNG or WebP image'],
  ['content/practices/figure-sources.mdx', 'body: <Figure src="missing.png">: there is no such image in public/media/'],
  ['content/practices/figure-sources.mdx', 'body: <Figure src="fake.png">: there is no such image in public/media/'],
  ['content/practices/dos-deep-quotes.mdx', 'body: nests more than 32 levels deep'],
  ['content/practices/dos-deep-lists.mdx', 'body: nests more than 32 levels deep'],
  ['content/practices/dos-deep-tags.mdx', 'body: nests more than 32 levels deep'],
  ['content/practices/dos-frontmatter-aliases.mdx', 'file: YAML anchors and aliases (&name, *name) are not allowed'],
  ['content/regions/dos-alias-bomb.yaml', 'file: YAML anchors and aliases (&name, *name) are not allowed'],
  ['content/regions/dos-deep-yaml.yaml', 'file: YAML cannot be read: nested more than 32 levels deep'],
  ['public/evil.html', "file: is not one of the site's own files"],
  ['public/media/drawing.svg', 'file: only JPEG, PNG and WebP images may be published'],
  ['public/media/page.html', 'file: only JPEG, PNG and WebP images may be published'],
  ['public/media/no-extension', 'file: only JPEG, PNG and WebP images may be published'],
  ['public/media/upper.PNG.html', 'file: only JPEG, PNG and WebP images may be published'],
  ['public/media/fake.png', 'file: is named .png but its content is not a JPEG, PNG or WebP image'],
  ['public/media/misnamed.jpg', 'file: is a PNG image named .jpg: rename it to .png'],
  // Made at run time (tests/support/hostile.ts).
  ['content/practices/linked-outside.mdx', 'file: is a symbolic link: links are refused'],
  ['content/practices/linked-draft.mdx', 'file: is a symbolic link: links are refused'],
  ['content/regions/linked-folder', 'file: is a symbolic link: links are refused'],
  ['public/media/linked.png', 'file: is a symbolic link: links are refused'],
  ['content/practices/pipe.mdx', 'file: is not a plain file (a socket, pipe or device)'],
  ['content/practices/dos-oversize.mdx', 'file: is 317 KB; a content file may be at most 256 KB'],
  ['content/practices/dos-brackets.mdx', 'file: took more than 5 s to read and was stopped'],
  ['content/regions/dos-long-value.yaml', 'level: "nutsnutsnuts'],
  ['content/regions/dos-long-key.yaml', 'kkkk…: unknown field'],
];

/** Files that look hostile but are fine: the check must not name them. */
const accepted = ['content/practices/link-allowed.mdx', 'content/practices/_draft-payload.mdx', 'public/media/ok.png', 'public/favicon.svg'];

describe('npm run check on a tree of hostile files', () => {
  let tree: HostileTree;
  let lines: string[];
  let output: string;
  let status: number | null;
  let seconds: number;

  beforeAll(() => {
    tree = hostileTree();
    const started = performance.now();
    const run = runCli('check.ts', ['--no-cache'], { ATLAS_CONTENT: tree.content, ATLAS_PUBLIC: tree.public, ATLAS_HOSTILE_MARKER: tree.marker });
    seconds = (performance.now() - started) / 1000;
    status = run.status;
    output = `${run.stdout}${run.stderr}`;
    // Lines as a contributor reads them, with the temporary folder taken off: content/practices/x.mdx:19: body: …
    const prefix = `${path.relative(repo, tree.root).split(path.sep).join('/')}/`;
    lines = output.split('\n').filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
  });

  it('refuses the tree and runs no payload', () => {
    console.info(`npm run check on ${lines.length} problems took ${seconds.toFixed(1)} s`);
    expect(status).toBe(1);
    expect(existsSync(tree.marker)).toBe(false);
  });

  it.each(expected)('%s: %s', (file, message) => {
    expect(lines.filter((l) => l.startsWith(`${file}:`) && l.includes(message))).not.toEqual([]);
  });

  it('names every hostile file, committed or made, and no other', () => {
    const named = new Set(lines.map((l) => l.slice(0, l.search(/:(\d+:)? /))));
    const hostile = [...committedHostileFiles().filter((f) => !accepted.includes(f)), ...tree.made];
    expect([...named].sort()).toEqual([...new Set(hostile)].sort());
  });

  it('refuses each unsafe link on its own line, and none of the allowed ones', () => {
    const linkLines = lines.filter((l) => l.startsWith('content/practices/link-schemes.mdx:'));
    const source = readFileSync(path.join(hostileDir, 'content/practices/link-schemes.mdx'), 'utf8').split('\n');
    // Every line of the body that holds a link, a definition or a bare address is refused.
    const withLinks = source.flatMap((text, i) => (/\]\(|\]: |www\.|http:/.test(text) && i > 16 ? [i + 1] : []));
    const refused = new Set(linkLines.map((l) => Number(l.split(':')[1])));
    expect(withLinks.length).toBeGreaterThanOrEqual(15);
    expect(withLinks.filter((n) => !refused.has(n))).toEqual([]);
  });

  it('keeps every line short, whatever a file holds', () => {
    expect(Math.max(...output.split('\n').map((l) => l.length))).toBeLessThan(1000);
    expect(output.length).toBeLessThan(20_000);
  });
});

/** The compile Astro runs for an MDX entry: Satteri with the gate, as astro.config.mjs sets it. */
async function compile(file: string, withGate = true): Promise<string> {
  const processor = satteri({ mdastPlugins: withGate ? [contentMdxGate] : [] });
  const renderer = await processor.createMdxRenderer!({ syntaxHighlight: false, gfm: true, smartypants: true } as never, { optimize: false, srcDir: new URL('../../src/', import.meta.url) } as never);
  const text = readFileSync(file, 'utf8');
  const split = splitFrontmatter(text);
  // Astro hands the compiler the body with the front matter's lines kept blank, so lines match the file.
  const body = `${'\n'.repeat(split.bodyLine - 1)}${split.body}`;
  const result = await renderer.process(body, file, (split.data ?? {}) as Record<string, unknown>);
  return result.code;
}

const hostilePractices = readdirSync(path.join(hostileDir, 'content/practices')).filter((f) => f.startsWith('code-'));
/** What each hostile body would have put into its page module, had the compiler been left alone. */
const payloads: Record<string, string> = { 'code-layout.mdx': 'payload.mjs', 'code-member-component.mdx': '_jsx(globalThis.process.exit', 'code-event-handler.mdx': 'https://attacker.example/' };
/** Bodies the compiler cannot parse either (its JavaScript parser refuses a hashbang inside an expression). */
const compilerRefuses = ['code-hashbang.mdx'];

describe('the MDX compile refuses code on its own (the second gate)', () => {
  it.each(hostilePractices.filter((n) => !compilerRefuses.includes(n)))('%s: the compiler alone would have put the payload into the page module', async (name) => {
    const code = await compile(path.join(hostileDir, 'content/practices', name), false);
    expect(code).toContain(payloads[name] ?? 'writeFileSync(process.env.ATLAS_HOSTILE_MARKER');
  });

  it.each(compilerRefuses)('%s: the compiler alone refuses it too', async (name) => {
    await expect(compile(path.join(hostileDir, 'content/practices', name), false)).rejects.toThrow(/Could not parse expression/);
  });

  it.each(hostilePractices.filter((n) => !compilerRefuses.includes(n)))('%s: with the gate, the compile stops and names the file', async (name) => {
    const file = path.join(hostileDir, 'content/practices', name);
    await expect(compile(file)).rejects.toThrow(`${file}: this MDX body cannot be compiled`);
  });

  it('compiles every real entry, and the team pages under src/ are not gated', async () => {
    const files = ['practices', 'tools', 'reports'].flatMap((kind) => readdirSync(path.join(repo, 'content', kind)).map((f) => path.join(repo, 'content', kind, f)));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) await expect(compile(file)).resolves.toContain('MDXContent');
  });

  it('drops a comment-only expression before the compiler sees it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-gate-')), 'note.mdx');
    writeFileSync(file, practiceWith('Text {/* an editor\'s note */} more.\n'));
    const code = await compile(file);
    expect(code).toContain('Text ');
    expect(code).not.toContain("editor's note");
  });
});

describe('the check and the compiler agree on what a body may hold', () => {
  const bodies = [
    ...readdirSync(path.join(hostileDir, 'content/practices')).filter((f) => !f.startsWith('dos-')).map((f) => path.join(hostileDir, 'content/practices', f)),
    ...['practices', 'tools', 'reports'].flatMap((kind) => readdirSync(path.join(repo, 'content', kind)).map((f) => path.join(repo, 'content', kind, f))),
  ];
  it.each(bodies.map((f) => [path.relative(repo, f), f]))('%s', async (_name, file) => {
    const split = splitFrontmatter(readFileSync(file, 'utf8'));
    // Only the body rules: the gate knows nothing of fields and sections; a layout key is a field.
    const checkRefuses = readBody(split.body).issues.length > 0 || 'layout' in ((split.data ?? {}) as object);
    const gateRefuses = await compile(file).then(() => false, () => true);
    expect(gateRefuses).toBe(checkRefuses);
  });
});

/** Paths git records as symbolic links (mode 120000) under content/ and public/ of the repository at `dir`. */
function linksInGit(dir: string): string[] {
  const run = spawnSync('git', ['ls-files', '-s', '-z', '--', 'content', 'public'], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ls-files failed: ${run.stderr}`);
  return run.stdout.split('\0').filter((entry) => entry.startsWith('120000 ')).map((entry) => entry.slice(entry.indexOf('\t') + 1));
}

describe('git records no symbolic link where contributors write', () => {
  it('finds a committed link (checked on a scratch repository)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-git-'));
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: dir });
    git('init', '-q');
    mkdirSync(path.join(dir, 'content/practices'), { recursive: true });
    symlinkSync('/etc/hostname', path.join(dir, 'content/practices/x.mdx'));
    git('add', '.');
    git('commit', '-q', '-m', 'link');
    expect(linksInGit(dir)).toEqual(['content/practices/x.mdx']);
  });

  it('none under content/ or public/ of this repository', () => {
    expect(linksInGit(repo)).toEqual([]);
  });
});
