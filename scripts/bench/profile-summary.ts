// Reads the V8 CPU profiles `npm run bench -- --profile DIR` wrote and says where each service spent its CPU:
// busy share of the run, time by package (which library, or our own code), the hottest functions, and a
// flame graph of one service as an SVG (`--flame <service>`).
import { Command } from 'commander';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);

/** node_modules/@scope/name/… → @scope/name; node:internal → node; dist/gateway/… → ours (gateway). */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName === '(garbage collector)' ? 'V8 garbage collector' : IDLE.has(functionName) ? functionName : 'V8/native';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'Node.js core';
  const ours = /\/dist\/(gateway|shared|subgraphs|scripts)\//.exec(url);
  return ours ? `ours (${ours[1]})` : 'other';
}

/** Each sampled call stack the process was busy in (leaf first, without the root) and its microseconds. */
function* busyStacks(profile: CpuProfile): Generator<{ frames: ProfileNode['callFrame'][]; micros: number }> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const [id, micros] of self) {
    if (IDLE.has(byId.get(id)!.callFrame.functionName)) continue;
    const frames: ProfileNode['callFrame'][] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (frame.functionName === '(root)') break;
      frames.push(frame);
    }
    yield { frames, micros };
  }
}

export function summarize(profile: CpuProfile, top = 15) {
  let busy = 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (m: Map<string, number>, name: string, micros: number) => m.set(name, (m.get(name) ?? 0) + micros);
  for (const { frames, micros } of busyStacks(profile)) {
    const { functionName, url, lineNumber } = frames[0];
    busy += micros;
    add(packages, packageOf(url, functionName), micros);
    add(
      functions,
      `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}`,
      micros,
    );
    // On the stack: each library function once per sample, however deep it recursed.
    const seen = new Set<string>();
    for (const frame of frames) {
      const pkg = packageOf(frame.url, frame.functionName);
      const name = `${frame.functionName} [${pkg}]`;
      if (!frame.functionName || pkg === 'Node.js core' || pkg.startsWith('V8') || seen.has(name)) continue;
      seen.add(name);
      add(inclusive, name, micros);
    }
  }
  const ranked = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: Math.round(micros / 1000), share: Math.round((1000 * micros) / busy) / 10 }));
  return {
    seconds: Math.round((profile.endTime - profile.startTime) / 1e5) / 10,
    busySeconds: Math.round(busy / 1e5) / 10,
    packages: ranked(packages),
    functions: ranked(functions),
    inclusive: ranked(inclusive),
  };
}

/** Stacks folded as `root;child;leaf micros` lines, the input of every flame graph tool. */
export function foldedStacks(profile: CpuProfile): Map<string, number> {
  const stacks = new Map<string, number>();
  for (const { frames, micros } of busyStacks(profile)) {
    const key = frames
      .map((f) => `${f.functionName || '(anonymous)'} [${packageOf(f.url, f.functionName)}]`)
      .reverse()
      .join(';');
    stacks.set(key, (stacks.get(key) ?? 0) + micros);
  }
  return stacks;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A static flame graph: each frame as wide as its share of busy time, callers below callees; hover shows it. */
export function flameGraphSvg(stacks: Map<string, number>, title: string, width = 1600): string {
  interface Frame {
    name: string;
    micros: number;
    children: Map<string, Frame>;
  }
  const root: Frame = { name: 'all', micros: 0, children: new Map() };
  for (const [stack, micros] of stacks) {
    root.micros += micros;
    let at = root;
    for (const name of stack.split(';')) {
      let next = at.children.get(name);
      if (!next) at.children.set(name, (next = { name, micros: 0, children: new Map() }));
      next.micros += micros;
      at = next;
    }
  }
  const rowHeight = 16;
  const rects: string[] = [];
  let depth = 0;
  const draw = (frame: Frame, x: number, level: number) => {
    const w = (frame.micros / root.micros) * width;
    if (w < 0.5) return;
    depth = Math.max(depth, level);
    const hue = /\[ours/.test(frame.name) ? 120 : /\[Node.js core|V8/.test(frame.name) ? 200 : 20 + ((frame.name.length * 7) % 40);
    const label = `${frame.name} (${((100 * frame.micros) / root.micros).toFixed(1)}%)`;
    rects.push(
      `<g><title>${escapeXml(label)}</title><rect x="${x.toFixed(1)}" y="${level}" width="${w.toFixed(1)}" height="${rowHeight - 1}" fill="hsl(${hue},70%,62%)"/>` +
        (w > 40 ? `<text x="${(x + 3).toFixed(1)}" y="${level + 11}">${escapeXml(label.slice(0, Math.floor(w / 6.5)))}</text>` : '') +
        '</g>',
    );
    let childX = x;
    for (const child of [...frame.children.values()].sort((a, b) => a.name.localeCompare(b.name))) {
      draw(child, childX, level + rowHeight);
      childX += (child.micros / root.micros) * width;
    }
  };
  draw(root, 0, 24);
  const height = depth + rowHeight + 8;
  // Flip vertically so the root is at the bottom, as flame graphs are read.
  const body = rects.map((r) =>
    r
      .replace(/<rect x="([\d.]+)" y="(\d+)"/, (_, x, y) => `<rect x="${x}" y="${height - Number(y)}"`)
      .replace(/<text x="([\d.]+)" y="(\d+)"/, (_, x, y) => `<text x="${x}" y="${height - Number(y) + 22}"`),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 24}" font-family="monospace" font-size="11">`,
    `<text x="4" y="16" font-size="14">${escapeXml(title)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

if (require.main === module) {
  new Command()
    .name('profile-summary')
    .argument('<dir>', 'the directory of .cpuprofile files')
    .option('--top <n>', 'rows per table', '12')
    .option('--flame <service>', 'write <dir>/<service>.svg, a flame graph of that service')
    .option('--out <file>', 'write the tables to this file as well')
    .action((dir: string, opts: { top: string; flame?: string; out?: string }) => {
      const lines: string[] = [];
      const print = (line: string) => {
        console.log(line);
        lines.push(line);
      };
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.cpuprofile'))
        .sort();
      for (const file of files) {
        const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
        const s = summarize(profile, Number(opts.top));
        print(`\n## ${file}: ${s.busySeconds} s busy of ${s.seconds} s`);
        print('by package: ' + s.packages.map((p) => `${p.name} ${p.share}%`).join(', '));
        print('self time:');
        for (const f of s.functions) print(`  ${String(f.share).padStart(5)}%  ${f.name}`);
        print('on the stack (self and callees):');
        for (const f of s.inclusive) print(`  ${String(f.share).padStart(5)}%  ${f.name}`);
        const service = file.split('.')[0];
        if (opts.flame === service) {
          const svg = join(dir, `${service}.svg`);
          writeFileSync(
            svg,
            flameGraphSvg(foldedStacks(profile), `${service}: CPU under load (${s.busySeconds} s busy of ${s.seconds} s)`),
          );
          print(`wrote ${svg}`);
        }
      }
      if (opts.out) writeFileSync(opts.out, lines.join('\n') + '\n');
    })
    .parse();
}
