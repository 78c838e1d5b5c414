// The import rule of the tree, so the layout keeps showing the architecture:
// src/ → functions/server → functions/core; functions/routes → server → core; browser scripts → core only.
// functions/ never imports src/, and core imports no platform module.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '../..');
const SOURCE = /\.(ts|astro|mjs)$/;
// Static imports and re-exports, dynamic imports, and Vite globs (which bundle files into a module).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|import\.meta\.glob(?:<[^>]*>)?\s*\(\s*)(['"])([^'"\n]+)\1/g;

interface Import {
  file: string;
  /** A repository path for relative imports, else the bare module name. */
  target: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((match) => {
    const specifier = match[2] ?? '';
    const target = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier;
    return { file, target };
  });
}

const allImports = [...sourceFiles('functions'), ...sourceFiles('src')].flatMap(importsOf);
const under = (prefix: string) => (path: string) => path === prefix || path.startsWith(`${prefix}/`);
const isRelative = (target: string) => under('functions')(target) || under('src')(target) || under('content')(target);
const describeImport = ({ file, target }: Import) => `${file} → ${target}`;

function violations(from: (file: string) => boolean, allowed: (target: string) => boolean): string[] {
  return allImports.filter((entry) => from(entry.file) && !allowed(entry.target)).map(describeImport);
}

describe('the import layers', () => {
  it('finds the imports it checks', () => {
    expect(allImports.filter((entry) => under('functions/core')(entry.target)).length).toBeGreaterThan(20);
  });

  it('functions/ never imports src/', () => {
    expect(violations(under('functions'), (target) => !under('src')(target))).toEqual([]);
  });

  it('functions/core imports only zod, openpgp and itself', () => {
    expect(violations(under('functions/core'), (target) => ['zod', 'openpgp'].includes(target) || under('functions/core')(target))).toEqual(
      [],
    );
  });

  it('functions/server imports neither the routes nor the app', () => {
    const isHttpLayer = (target: string) =>
      under('functions/routes')(target) || /^functions\/(app|worker|create-worker)(\.ts)?$/.test(target);
    expect(
      violations(under('functions/server'), (target) => !isHttpLayer(target) && target !== 'hono' && !target.startsWith('hono/')),
    ).toEqual([]);
  });

  it('the site never imports the HTTP routes or the app', () => {
    expect(
      violations(under('src'), (target) => !under('functions/routes')(target) && !/^functions\/(app|worker)(\.ts)?$/.test(target)),
    ).toEqual([]);
  });

  it('browser scripts import only functions/core and each other', () => {
    const allowed = (target: string) => under('functions/core')(target) || under('src/scripts')(target) || !isRelative(target);
    const platform = (target: string) => target.startsWith('astro') || target.startsWith('cloudflare:') || target === 'hono';
    expect(violations(under('src/scripts'), (target) => allowed(target) && !platform(target))).toEqual([]);
  });
});
