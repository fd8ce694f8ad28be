// Runs a command and measures it: wall time, peak memory of its largest process (GNU time's
// "Maximum resident set size") and peak memory of the whole process tree (ps, sampled).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const gnuTime = '/usr/bin/time';
export const hasGnuTime = existsSync(gnuTime);

export interface Measured {
  status: number | null;
  seconds: number;
  /** Largest single process of the tree, from /usr/bin/time -v (kB); undefined without it. */
  maxRssKb: number | undefined;
  /** Sum of RSS over the process tree, sampled with ps every `sampleMs` (kB). */
  treePeakKb: number;
  stdout: string;
  stderr: string;
}

/** Sum of RSS over `root` and its descendants, from one `ps` listing. */
function treeRss(listing: string, root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const line of listing.split('\n')) {
    const [pid, ppid, kb] = line.trim().split(/\s+/).map(Number);
    if (!pid || ppid === undefined || kb === undefined || Number.isNaN(kb)) continue;
    rss.set(pid, kb);
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function run(command: string, args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number; timeoutMs?: number }): Promise<Measured> {
  const timeFile = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-bench-time-')), 'time.txt');
  const [cmd, cmdArgs] = hasGnuTime ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let treePeakKb = 0;
    let sampling = false;
    const sample = () => {
      if (sampling || child.pid === undefined) return;
      sampling = true;
      execFile('ps', ['-A', '-o', 'pid=,ppid=,rss='], { maxBuffer: 16 * 1024 * 1024 }, (error, out) => {
        sampling = false;
        if (!error && child.pid !== undefined) treePeakKb = Math.max(treePeakKb, treeRss(out, child.pid));
      });
    };
    const timer = setInterval(sample, options.sampleMs ?? 250);
    sample();
    const killer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      let maxRssKb: number | undefined;
      if (hasGnuTime) {
        const text = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        maxRssKb = match ? Number(match[1]) : undefined;
        // GNU time reports the command's failure in its own file; keep it with stderr.
        if (status !== 0 && text) stderr += `\n${text.split('\n').slice(0, 2).join('\n')}`;
      }
      rmSync(path.dirname(timeFile), { recursive: true, force: true });
      resolve({ status, seconds, maxRssKb, treePeakKb, stdout, stderr });
    });
  });
}

/** Total bytes of the files under `dir`, or undefined when it does not exist. */
export function dirBytes(dir: string): number | undefined {
  if (!existsSync(dir)) return undefined;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Number of files under `dir` ending with `suffix`. */
export function countFiles(dir: string, suffix: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
