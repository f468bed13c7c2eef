#!/usr/bin/env node
// generate.mjs [OUTDIR] [N] [--seed S]
//
// A synthetic React + TypeScript application for the transform benchmark (bench/transform/run.sh):
// N modules (default 10,000) written as an app's developers write them, deterministic (the same N
// and seed give byte-identical files). Only node's standard library is used.
//
//   OUTDIR/src/features/fXX/...    N modules, 100 per feature folder, split over components/,
//                                  hooks/, services/, model/ and utils/
//   OUTDIR/src/index.tsx           the entry, rendering the last components
//   OUTDIR/corpus.json             counts and sizes; run.sh regenerates when N or seed differ
//
// Module kinds (about 60% components as .tsx, the rest .ts):
//   model      interfaces with optional and readonly fields, string enums, union and mapped type
//              aliases, a generic result type, type guards
//   util       generic functions with constraints, overloads, `as const` tables with `satisfies`,
//              non-null assertions, `as` casts, optional chaining
//   service    classes with parameter properties (private readonly, public, protected), an
//              abstract base, implements, async methods with generic return types, static fields
//   hook       custom hooks over useState/useEffect/useMemo/useCallback/useRef/useReducer with
//              typed state, a discriminated-union reducer
//   component  props interfaces (optional fields, callbacks, children), function components with
//              defaults in the destructuring, hooks, JSX with attributes, spreads, fragments,
//              conditionals, maps with keys, nested helper components, generic arrow components
// Imports only go to earlier modules (a DAG), mostly near neighbours: type-only imports
// (`import type`, inline `type` specifiers) of model types, value imports of enums, utils, hooks,
// services and components.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function usage(message) {
  if (message) console.error(`generate.mjs: ${message}`);
  console.error('usage: node generate.mjs [OUTDIR=bench/transform/.corpus/app] [N=10000] [--seed S=1]');
  process.exit(2);
}

let outDir = null, N = 10000, seed = 1, nSet = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '-h' || arg === '--help') usage();
  else if (arg === '--seed') seed = Number(args[++i]);
  else if (arg.startsWith('-')) usage(`unknown option '${arg}'`);
  else if (outDir === null) outDir = arg;
  else if (!nSet) { N = Number(arg); nSet = true; }
  else usage(`unexpected argument '${arg}'`);
}
outDir ??= path.join(here, '.corpus', 'app');
if (!Number.isInteger(N) || N < 1) usage('N must be a positive integer');
if (!Number.isInteger(seed)) usage('--seed needs an integer');

// Deterministic PRNG (mulberry32), seeded from the seed and N.
function mulberry32(a) {
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32((Math.imul(seed, 0x9e3779b1) ^ N) >>> 0);
const randInt = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
const pick = (array) => array[Math.floor(rand() * array.length)];
const chance = (p) => rand() < p;

const DOMAIN = ['User', 'Order', 'Invoice', 'Product', 'Cart', 'Profile', 'Account', 'Report', 'Payment',
  'Shipment', 'Review', 'Ticket', 'Project', 'Task', 'Comment', 'Message', 'Team', 'Campaign', 'Coupon',
  'Warehouse', 'Supplier', 'Contract', 'Booking', 'Subscription', 'Notification', 'Device', 'Session'];
const PART = ['Panel', 'List', 'Card', 'Table', 'Form', 'Header', 'Summary', 'Editor', 'Picker', 'Dialog',
  'Toolbar', 'Badge', 'Chart', 'Grid', 'Row', 'Filter', 'Details', 'Overview', 'Timeline', 'Menu'];
const FIELD = ['title', 'label', 'amount', 'quantity', 'email', 'phone', 'city', 'country', 'note',
  'reference', 'priority', 'category', 'owner', 'rating', 'discount', 'currency', 'code', 'slug'];
const STATUS = ['Draft', 'Pending', 'Active', 'Paused', 'Archived', 'Failed', 'Completed', 'Cancelled',
  'Review', 'Scheduled'];
const TEXT = ['Nothing to show yet', 'Try another search', 'Loading the latest data', 'Saved a moment ago',
  'You have unsaved changes', 'Something went wrong', 'All caught up', 'Select an item to see its details'];

// Kinds in the order a feature folder fills up, so every feature has model types first.
function kindOf(i) {
  const slot = i % 100;
  if (slot < 8) return 'model';
  if (slot < 18) return 'util';
  if (slot < 28) return 'service';
  if (slot < 40) return 'hook';
  return 'component';
}
const FOLDER = { model: 'model', util: 'utils', service: 'services', hook: 'hooks', component: 'components' };

const mods = [];
for (let i = 0; i < N; i++) {
  const kind = kindOf(i);
  const domain = pick(DOMAIN);
  const part = pick(PART);
  const base = kind === 'component' ? `${domain}${part}${i}`
    : kind === 'hook' ? `use${domain}${part}${i}`
    : kind === 'service' ? `${domain}Service${i}`
    : kind === 'util' ? `${domain.toLowerCase()}Utils${i}`
    : `${domain.toLowerCase()}Model${i}`;
  const m = {
    i, kind, domain, part, base,
    file: `src/features/f${String(Math.floor(i / 100)).padStart(3, '0')}/${FOLDER[kind]}/${base}.${kind === 'component' ? 'tsx' : 'ts'}`,
    fields: [...new Set(Array.from({ length: randInt(3, 6) }, () => pick(FIELD)))],
    statuses: [...new Set(Array.from({ length: randInt(3, 6) }, () => pick(STATUS)))],
  };
  // What the module exports, by kind (the names its importers use).
  if (kind === 'model') {
    m.entity = `${domain}Entity${i}`;
    m.status = `${domain}Status${i}`;
    m.id = `${domain}Id${i}`;
    m.guard = `is${domain}Entity${i}`;
    m.query = `${domain}Query${i}`;
  } else if (kind === 'util') {
    m.format = `format${domain}${i}`;
    m.groupBy = `groupBy${i}`;
    m.defaults = `${domain.toLowerCase()}Defaults${i}`;
  } else if (kind === 'service') {
    m.cls = `${domain}Service${i}`;
    m.options = `${domain}ServiceOptions${i}`;
  } else if (kind === 'hook') {
    m.hook = base;
    m.state = `${domain}${part}State${i}`;
  } else {
    m.component = base;
    m.props = `${base}Props`;
  }
  mods.push(m);
}

// Dependencies: the closest earlier module of a kind (in the same feature folder when there is
// one), or now and then one further back, as apps import shared code.
function earlier(i, kind) {
  const found = [];
  for (let j = i - 1; j >= 0 && found.length < 6; j--) if (mods[j].kind === kind) found.push(j);
  if (found.length === 0) return null;
  if (chance(0.15) && i > 200) {
    const far = randInt(0, i - 1);
    for (let j = far; j >= 0; j--) if (mods[j].kind === kind) return mods[j];
  }
  return mods[found[Math.floor(rand() * rand() * found.length)]];
}
for (const m of mods) {
  m.model = earlier(m.i, 'model');
  m.util = m.kind === 'model' ? null : earlier(m.i, 'util');
  m.service = m.kind === 'hook' || (m.kind === 'component' && chance(0.3)) ? earlier(m.i, 'service') : null;
  m.hookDep = m.kind === 'component' && chance(0.7) ? earlier(m.i, 'hook') : null;
  m.children = [];
  if (m.kind === 'component') {
    const seen = new Set();
    for (let k = randInt(0, 3); k > 0; k--) {
      const child = earlier(m.i, 'component');
      if (child && !seen.has(child.i)) { seen.add(child.i); m.children.push(child); }
    }
  }
}

function rel(from, to) {
  let r = path.posix.relative(path.posix.dirname(from.file), to.file.replace(/\.tsx?$/, ''));
  if (!r.startsWith('.')) r = './' + r;
  return r;
}
const lower = (s) => s[0].toLowerCase() + s.slice(1);
const fieldType = (field) =>
  ['amount', 'quantity', 'rating', 'discount', 'priority'].includes(field) ? 'number' : 'string';
const sample = (field, k) => fieldType(field) === 'number' ? String((k * 37) % 1000) : `'${field}-${k}'`;

// The entity type a module works with: its model's, or a local one when it has no model.
function entityOf(m, L) {
  if (m.model) return { entity: m.model.entity, status: m.model.status, fields: m.model.fields, statuses: m.model.statuses };
  const entity = `Local${m.domain}${m.i}`;
  L.push(`interface ${entity} {`, '  id: string;', ...m.fields.map((f) => `  ${f}?: ${fieldType(f)};`), '}', '');
  return { entity, status: null, fields: m.fields, statuses: m.statuses };
}

function modelSource(m) {
  const L = [];
  L.push(`// ${m.domain} model: the shapes the ${m.domain.toLowerCase()} screens and services share.`, '');
  if (m.model && chance(0.6)) L.push(`import type { ${m.model.entity} as Parent${m.i} } from '${rel(m, m.model)}';`, '');
  L.push(`export type ${m.id} = string & { readonly __brand: '${m.id}' };`, '');
  L.push(`export enum ${m.status} {`);
  for (const s of m.statuses) L.push(`  ${s} = '${s.toLowerCase()}',`);
  L.push('}', '');
  L.push(`export interface ${m.entity} {`);
  L.push(`  readonly id: ${m.id};`);
  L.push(`  status: ${m.status};`);
  for (const f of m.fields) L.push(`  ${f}${chance(0.4) ? '?' : ''}: ${fieldType(f)}${chance(0.2) ? ' | null' : ''};`);
  L.push('  readonly createdAt: Date;', '  updatedAt?: Date;', '  tags: readonly string[];');
  if (m.model && L.some((line) => line.includes(`Parent${m.i}`))) L.push(`  parent?: Pick<Parent${m.i}, 'id' | 'status'>;`);
  L.push('  metadata?: Record<string, unknown>;', '}', '');
  L.push(`export type ${m.domain}Draft${m.i} = Omit<${m.entity}, 'id' | 'createdAt'> & Partial<Pick<${m.entity}, 'id'>>;`, '');
  L.push(`export type ${m.query} = {`);
  L.push(`  readonly [K in keyof ${m.entity}]?: ${m.entity}[K] extends string ? string | RegExp : ${m.entity}[K];`);
  L.push('} & { limit?: number; offset?: number; sort?: `${string}:${\'asc\' | \'desc\'}` };', '');
  L.push(`export type ${m.domain}Result${m.i}<T = ${m.entity}> =`);
  L.push(`  | { readonly ok: true; value: T; fetchedAt: number }`);
  L.push(`  | { readonly ok: false; error: Error; retryable?: boolean };`, '');
  L.push(`export function ${m.guard}(value: unknown): value is ${m.entity} {`);
  L.push(`  if (typeof value !== 'object' || value === null) return false;`);
  L.push(`  const candidate = value as Partial<${m.entity}>;`);
  L.push(`  return typeof candidate.id === 'string' && Object.values(${m.status}).includes(candidate.status as ${m.status});`);
  L.push('}', '');
  L.push(`export const ${lower(m.domain)}StatusLabels${m.i}: Record<${m.status}, string> = {`);
  for (const s of m.statuses) L.push(`  [${m.status}.${s}]: '${s}',`);
  L.push('};', '');
  if (chance(0.5)) {
    L.push(`export const enum ${m.domain}Flags${m.i} {`, '  None = 0,', '  Visible = 1 << 0,', '  Editable = 1 << 1,',
      '  Exportable = 1 << 2,', '  All = Visible | Editable | Exportable,', '}', '');
  }
  L.push(`export function compare${m.domain}${m.i}(a: ${m.entity}, b: ${m.entity}, key: keyof ${m.entity} = 'createdAt'): number {`);
  L.push('  const left = a[key] as unknown as string | number | Date;', '  const right = b[key] as unknown as string | number | Date;');
  L.push('  return left < right ? -1 : left > right ? 1 : 0;', '}', '');
  return L.join('\n');
}

function utilSource(m) {
  const L = [];
  L.push(`// Helpers for ${m.domain.toLowerCase()} data: formatting, grouping and defaults.`, '');
  if (m.model) L.push(`import { ${m.model.status}, type ${m.model.entity} } from '${rel(m, m.model)}';`);
  if (m.util && chance(0.5)) L.push(`import { ${m.util.groupBy} } from '${rel(m, m.util)}';`);
  L.push('');
  const { entity, fields } = entityOf(m, L);
  L.push(`export const ${m.defaults} = {`);
  L.push(`  pageSize: ${pick([10, 20, 25, 50])},`, `  locale: '${pick(['en-US', 'de-DE', 'fr-FR', 'ja-JP'])}',`);
  L.push(`  currency: '${pick(['USD', 'EUR', 'GBP', 'JPY'])}',`, `  columns: [${fields.map((f) => `'${f}'`).join(', ')}],`);
  L.push(`} as const satisfies { pageSize: number; locale: string; currency: string; columns: readonly string[] };`, '');
  L.push(`export type ${m.domain}Column${m.i} = (typeof ${m.defaults}.columns)[number];`, '');
  L.push(`export function ${m.format}(value: number, currency?: string): string;`);
  L.push(`export function ${m.format}(value: Date): string;`);
  L.push(`export function ${m.format}(value: number | Date, currency: string = ${m.defaults}.currency): string {`);
  L.push('  if (value instanceof Date) {');
  L.push(`    return new Intl.DateTimeFormat(${m.defaults}.locale, { dateStyle: 'medium' }).format(value);`, '  }');
  L.push(`  return new Intl.NumberFormat(${m.defaults}.locale, { style: 'currency', currency }).format(value);`, '}', '');
  L.push(`export function ${m.groupBy}<T, K extends PropertyKey>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {`);
  L.push('  const groups = new Map<K, T[]>();', '  for (const item of items) {', '    const key = keyOf(item);');
  L.push('    if (!groups.has(key)) groups.set(key, []);', '    groups.get(key)!.push(item);', '  }', '  return groups;', '}', '');
  L.push(`export function pick${m.domain}${m.i}<T extends object, K extends keyof T>(source: T, ...keys: K[]): Pick<T, K> {`);
  L.push('  const result = {} as Pick<T, K>;', '  for (const key of keys) result[key] = source[key];', '  return result;', '}', '');
  L.push(`export function summarize${m.domain}${m.i}(items: ReadonlyArray<${entity}>): { count: number; total: number; latest?: ${entity} } {`);
  const num = fields.find((f) => fieldType(f) === 'number');
  L.push(`  const total = items.reduce((sum, item) => sum + (${num ? `item.${num} ?? 0` : 'item.id.length'}), 0);`);
  L.push(`  const latest = [...items].sort((a, b) => String(b.id).localeCompare(String(a.id)))[0];`);
  L.push('  return { count: items.length, total, latest };', '}', '');
  if (m.model && m.util && L.some((line) => line.includes(m.util.groupBy + ' }'))) {
    L.push(`export const byStatus${m.i} = (items: ${entity}[]) => ${m.util.groupBy}(items, (item) => item.status ?? ${m.model.status}.${m.model.statuses[0]});`, '');
  }
  L.push(`export const debounce${m.i} = <A extends unknown[]>(fn: (...args: A) => void, wait = ${randInt(50, 500)}) => {`);
  L.push('  let timer: ReturnType<typeof setTimeout> | undefined;');
  L.push('  return (...args: A): void => {', '    if (timer !== undefined) clearTimeout(timer);', '    timer = setTimeout(() => fn(...args), wait);', '  };', '};', '');
  return L.join('\n');
}

function serviceSource(m) {
  const L = [];
  L.push(`// Talks to the ${m.domain.toLowerCase()} API and caches what it fetched.`, '');
  if (m.model) L.push(`import type { ${m.model.entity}, ${m.model.query}, ${m.model.domain}Result${m.model.i} } from '${rel(m, m.model)}';`);
  if (m.util) L.push(`import { ${m.util.defaults} } from '${rel(m, m.util)}';`);
  if (m.service && chance(0.5)) L.push(`import { ${m.service.cls} } from '${rel(m, m.service)}';`);
  L.push('');
  const { entity } = entityOf(m, L);
  const result = m.model ? `${m.model.domain}Result${m.model.i}<${entity}[]>` : `{ ok: boolean; value?: ${entity}[] }`;
  const query = m.model ? m.model.query : 'Record<string, unknown>';
  L.push(`export interface ${m.options} {`, '  baseUrl: string;', '  timeoutMs?: number;', '  retries?: number;',
    '  headers?: Readonly<Record<string, string>>;', '  onError?(error: Error, attempt: number): void;', '}', '');
  L.push(`abstract class Cached${m.i}<K, V> {`, '  protected readonly cache = new Map<K, { value: V; at: number }>();');
  L.push('  constructor(protected readonly ttlMs: number) {}', '', '  protected abstract load(key: K): Promise<V>;', '');
  L.push('  async get(key: K): Promise<V> {', '    const hit = this.cache.get(key);');
  L.push('    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;', '    const value = await this.load(key);');
  L.push('    this.cache.set(key, { value, at: Date.now() });', '    return value;', '  }', '}', '');
  L.push(`export class ${m.cls} extends Cached${m.i}<string, ${result}> {`);
  L.push(`  static readonly resource = '${m.domain.toLowerCase()}s';`, '  private inFlight = 0;', '');
  L.push('  constructor(', `    private readonly options: ${m.options},`, '    public readonly name: string = ' +
    `'${m.domain.toLowerCase()}',`, ...(m.service && L.some((line) => line.includes(`{ ${m.service.cls} }`)) ? [`    private readonly upstream?: ${m.service.cls},`] : []),
  '  ) {', `    super(options.timeoutMs ?? ${randInt(1, 30) * 1000});`, '  }', '');
  L.push(`  protected async load(key: string): Promise<${result}> {`, '    this.inFlight++;', '    try {');
  L.push(`      const response = await fetch(\`\${this.options.baseUrl}/\${${m.cls}.resource}?\${key}\`, {`);
  L.push('        headers: { accept: \'application/json\', ...this.options.headers },', '      });');
  L.push('      if (!response.ok) throw new Error(`HTTP ${response.status}`);');
  L.push(`      const body = (await response.json()) as { items: ${entity}[] };`);
  L.push(`      return { ok: true, value: body.items, fetchedAt: Date.now() } as ${result};`);
  L.push('    } catch (error) {', '      this.options.onError?.(error as Error, 1);');
  L.push(`      return { ok: false, error: error as Error, retryable: true } as ${result};`, '    } finally {', '      this.inFlight--;', '    }', '  }', '');
  L.push(`  async find(query: ${query} = {}): Promise<${entity}[]> {`);
  L.push('    const key = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();');
  L.push('    const result = await this.get(key);', "    return 'value' in result && result.value ? result.value : [];", '  }', '');
  L.push(`  async findOne(id: ${entity}['id']): Promise<${entity} | undefined> {`);
  L.push('    const items = await this.find();', '    return items.find((item) => item.id === id);', '  }', '');
  L.push('  get busy(): boolean {', '    return this.inFlight > 0;', '  }', '}', '');
  L.push(`export const default${m.domain}Service${m.i} = new ${m.cls}({ baseUrl: '/api/v${randInt(1, 3)}'${m.util ? `, headers: { 'accept-language': ${m.util.defaults}.locale }` : ''} });`, '');
  return L.join('\n');
}

function hookSource(m) {
  const L = [];
  L.push(`// State and effects of the ${m.domain.toLowerCase()} ${m.part.toLowerCase()}.`, '');
  L.push(`import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';`);
  if (m.model) L.push(`import type { ${m.model.entity}, ${m.model.query} } from '${rel(m, m.model)}';`);
  if (m.service) L.push(`import { default${m.service.domain}Service${m.service.i} as service } from '${rel(m, m.service)}';`);
  if (m.util) L.push(`import { debounce${m.util.i} } from '${rel(m, m.util)}';`);
  L.push('');
  const { entity } = entityOf(m, L);
  L.push(`export interface ${m.state} {`, `  items: ${entity}[];`, '  loading: boolean;', '  error?: Error;',
    `  selectedId: ${entity}['id'] | null;`, '  page: number;', '}', '');
  L.push('type Action =', `  | { type: 'loaded'; items: ${entity}[] }`, "  | { type: 'failed'; error: Error }",
    `  | { type: 'select'; id: ${entity}['id'] | null }`, "  | { type: 'page'; page: number }", "  | { type: 'reset' };", '');
  L.push(`const initialState: ${m.state} = { items: [], loading: true, selectedId: null, page: 0 };`, '');
  L.push(`function reducer(state: ${m.state}, action: Action): ${m.state} {`, '  switch (action.type) {');
  L.push("    case 'loaded':", '      return { ...state, items: action.items, loading: false, error: undefined };');
  L.push("    case 'failed':", '      return { ...state, loading: false, error: action.error };');
  L.push("    case 'select':", '      return { ...state, selectedId: action.id };');
  L.push("    case 'page':", '      return { ...state, page: Math.max(0, action.page) };');
  L.push("    case 'reset':", '      return initialState;', '    default: {', '      const unreachable: never = action;');
  L.push('      return unreachable;', '    }', '  }', '}', '');
  const query = m.model ? m.model.query : 'Record<string, unknown>';
  L.push(`export function ${m.hook}(query: ${query} = {}, pageSize = ${randInt(1, 5) * 10}) {`);
  L.push('  const [state, dispatch] = useReducer(reducer, initialState);', "  const [search, setSearch] = useState<string>('');");
  L.push('  const mounted = useRef(true);', '');
  L.push('  useEffect(() => {', '    mounted.current = true;');
  if (m.service) {
    L.push(`    service.find({ ...query, limit: pageSize, offset: state.page * pageSize } as ${query})`);
    L.push(`      .then((items) => mounted.current && dispatch({ type: 'loaded', items: items as ${entity}[] }))`);
  } else {
    L.push(`    Promise.resolve<${entity}[]>([])`, "      .then((items) => mounted.current && dispatch({ type: 'loaded', items }))");
  }
  L.push("      .catch((error: unknown) => dispatch({ type: 'failed', error: error instanceof Error ? error : new Error(String(error)) }));");
  L.push('    return () => {', '      mounted.current = false;', '    };', '  }, [state.page, pageSize]);', '');
  L.push('  const visible = useMemo(', '    () =>', '      state.items.filter((item) =>',
    '        Object.values(item).some((value) => typeof value === \'string\' && value.toLowerCase().includes(search.toLowerCase())),',
    '      ),', '    [state.items, search],', '  );', '');
  L.push(`  const select = useCallback((id: ${entity}['id'] | null) => dispatch({ type: 'select', id }), []);`);
  L.push("  const nextPage = useCallback(() => dispatch({ type: 'page', page: state.page + 1 }), [state.page]);");
  if (m.util) L.push(`  const updateSearch = useMemo(() => debounce${m.util.i}((value: string) => setSearch(value)), []);`);
  else L.push('  const updateSearch = useCallback((value: string) => setSearch(value), []);');
  L.push('  const selected = state.selectedId === null ? undefined : state.items.find((item) => item.id === state.selectedId);', '');
  L.push('  return { ...state, visible, selected, search, updateSearch, select, nextPage } as const;', '}', '');
  return L.join('\n');
}

function componentSource(m) {
  const L = [];
  const hooks = ['useState', 'useMemo', 'useCallback', ...(chance(0.5) ? ['useEffect'] : []), ...(chance(0.3) ? ['useId'] : [])];
  L.push(`import { ${hooks.join(', ')}, type ChangeEvent, type ReactNode } from 'react';`);
  if (m.model) L.push(`import { ${m.model.status}, type ${m.model.entity} } from '${rel(m, m.model)}';`);
  if (m.util) L.push(`import { ${m.util.format}, ${m.util.defaults} } from '${rel(m, m.util)}';`);
  if (m.hookDep) L.push(`import { ${m.hookDep.hook} } from '${rel(m, m.hookDep)}';`);
  if (m.service) L.push(`import type { ${m.service.cls} } from '${rel(m, m.service)}';`);
  for (const child of m.children) L.push(`import { ${child.component}, type ${child.props} } from '${rel(m, child)}';`);
  L.push('');
  const { entity, status, fields, statuses } = entityOf(m, L);
  const variants = ['primary', 'secondary', 'ghost', 'danger'].slice(0, randInt(2, 4));
  L.push(`export interface ${m.props} {`);
  L.push(`  /** The ${m.domain.toLowerCase()}s to show. */`, `  items: ReadonlyArray<${entity}>;`, '  title?: string;');
  L.push(`  variant?: ${variants.map((v) => `'${v}'`).join(' | ')};`, '  compact?: boolean;');
  L.push(`  onSelect?: (item: ${entity}, index: number) => void;`, '  renderEmpty?: () => ReactNode;', '  children?: ReactNode;');
  if (m.service) L.push(`  service?: ${m.service.cls};`);
  L.push('}', '');
  L.push(`type SortKey = ${fields.map((f) => `'${f}'`).join(' | ')} | 'id';`, '');
  if (chance(0.4)) {
    L.push(`enum View${m.i} {`, '  List,', '  Grid,', '  Compact = 10,', '}', '');
  }
  const sortDefault = pick(fields);
  // A helper component in the same file, now and then a generic one.
  if (chance(0.5)) {
    L.push('const Field = <T extends string | number | null | undefined,>({ label, value }: { label: string; value: T }) => (');
    L.push('  <div className="field">', '    <dt>{label}</dt>', "    <dd>{value ?? <em>—</em>}</dd>", '  </div>', ');', '');
  } else {
    L.push('function Field({ label, value }: { label: string; value?: string | number | null }): JSX.Element {');
    L.push('  return (', '    <div className="field">', '      <dt>{label}</dt>', "      <dd>{value != null ? String(value) : '—'}</dd>", '    </div>', '  );', '}', '');
  }
  L.push(`function Details${m.i}({ item, onClose }: { item: ${entity}; onClose(): void }) {`);
  L.push('  return (', `    <aside className="details" role="dialog" aria-labelledby="details-${m.i}">`);
  L.push(`      <h3 id="details-${m.i}">{String(item.id)}</h3>`, '      <dl>');
  for (const f of fields) L.push(`        <Field label="${f[0].toUpperCase()}${f.slice(1)}" value={item.${f}} />`);
  L.push('      </dl>', '      <button type="button" onClick={onClose}>', '        Close', '      </button>', '    </aside>', '  );', '}', '');
  const title = `${m.domain} ${m.part.toLowerCase()}`;
  L.push(`export function ${m.component}({`, '  items,', `  title = '${title}',`, `  variant = '${variants[0]}',`,
    '  compact = false,', '  onSelect,', '  renderEmpty,', '  children,', ...(m.service ? ['  service,'] : []), `}: ${m.props}) {`);
  L.push("  const [query, setQuery] = useState('');", `  const [sortKey, setSortKey] = useState<SortKey>('${sortDefault}');`);
  L.push(`  const [selected, setSelected] = useState<${entity} | null>(null);`);
  if (hooks.includes('useId')) L.push('  const inputId = useId();');
  if (m.hookDep) L.push(`  const remote = ${m.hookDep.hook}({}, ${m.util ? `${m.util.defaults}.pageSize` : 20});`);
  L.push('', '  const visible = useMemo(() => {', '    const needle = query.trim().toLowerCase();');
  L.push('    return items', `      .filter((item) => !needle || String(item.${fields[0]} ?? '').toLowerCase().includes(needle))`);
  L.push('      .slice()', '      .sort((a, b) => String(a[sortKey] ?? \'\').localeCompare(String(b[sortKey] ?? \'\')));', '  }, [items, query, sortKey]);', '');
  L.push('  const handleQuery = useCallback((event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value), []);');
  L.push('  const handleSelect = useCallback(', `    (item: ${entity}, index: number) => {`, '      setSelected((current) => (current?.id === item.id ? null : item));');
  L.push('      onSelect?.(item, index);', '    },', '    [onSelect],', '  );', '');
  if (hooks.includes('useEffect')) {
    L.push('  useEffect(() => {', '    if (selected && !items.includes(selected)) setSelected(null);', '  }, [items, selected]);', '');
  }
  if (status) {
    L.push(`  const counts = useMemo(() => {`, `    const result = {} as Partial<Record<${status}, number>>;`);
    L.push('    for (const item of items) result[item.status] = (result[item.status] ?? 0) + 1;', '    return result;', '  }, [items]);', '');
  }
  const childProps = (child) => `items={[] as ${child.props}['items']} title="${child.domain}" compact`;
  L.push('  return (');
  L.push(`    <section className={\`${m.part.toLowerCase()} ${m.part.toLowerCase()}--\${variant}\${compact ? ' is-compact' : ''}\`} data-module="${m.i}">`);
  L.push(`      <header className="${m.part.toLowerCase()}__header">`, '        <h2>{title}</h2>');
  L.push(`        <input${hooks.includes('useId') ? ' id={inputId}' : ''} type="search" value={query} onChange={handleQuery} placeholder="Search ${m.domain.toLowerCase()}s…" />`);
  L.push('        <select value={sortKey} onChange={(event) => setSortKey(event.target.value as SortKey)}>');
  for (const f of ['id', ...fields]) L.push(`          <option value="${f}">${f}</option>`);
  L.push('        </select>');
  if (status) {
    L.push('        <ul className="counts">');
    L.push(`          {Object.values(${status}).map((value) => (`, '            <li key={value} title={value}>');
    L.push(`              {value}: {counts[value as ${status}] ?? 0}`, '            </li>', '          ))}', '        </ul>');
  }
  L.push('      </header>');
  if (m.hookDep) L.push('      {remote.loading && <p className="loading" aria-busy="true">Loading…</p>}', '      {remote.error ? <p className="error">{remote.error.message}</p> : null}');
  L.push('      {visible.length === 0 ? (', `        renderEmpty?.() ?? <p className="empty">${pick(TEXT)}</p>`, '      ) : (');
  L.push(`        <ul className="${m.part.toLowerCase()}__items">`, '          {visible.map((item, index) => (', '            <li');
  L.push('              key={String(item.id)}', "              className={item === selected ? 'selected' : undefined}",
    '              onClick={() => handleSelect(item, index)}', '              aria-selected={item === selected}', '            >');
  for (const f of fields.slice(0, 3)) {
    if (m.util && fieldType(f) === 'number') L.push(`              <span className="${f}">{${m.util.format}(item.${f} ?? 0)}</span>`);
    else L.push(`              <span className="${f}">{item.${f}}</span>`);
  }
  if (status) L.push(`              {item.status === ${status}.${statuses[0]} && <strong className="badge">${statuses[0]}</strong>}`);
  L.push('            </li>', '          ))}', '        </ul>', '      )}');
  for (const child of m.children) L.push(`      <${child.component} ${childProps(child)} />`);
  L.push(`      {selected && <Details${m.i} item={selected!} onClose={() => setSelected(null)} />}`);
  L.push('      <>', '        {children}', `        <footer>{visible.length} of {items.length}${m.util ? ` · {${m.util.format}(new Date(0))}` : ''}</footer>`, '      </>');
  L.push('    </section>', '  );', '}', '');
  L.push(`export default ${m.component};`, '');
  return L.join('\n');
}

const SOURCE = { model: modelSource, util: utilSource, service: serviceSource, hook: hookSource, component: componentSource };

fs.rmSync(outDir, { recursive: true, force: true });
let bytes = 0, tsx = 0, ts = 0;
const made = new Set();
for (const m of mods) {
  const text = SOURCE[m.kind](m);
  const file = path.join(outDir, m.file);
  const dir = path.dirname(file);
  if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
  fs.writeFileSync(file, text);
  bytes += Buffer.byteLength(text);
  if (m.file.endsWith('.tsx')) tsx++; else ts++;
}
// The entry renders the last few components.
const entry = { file: 'src/index.tsx' };
const last = mods.filter((m) => m.kind === 'component').slice(-5);
const E = [`import { StrictMode } from 'react';`, `import { createRoot } from 'react-dom/client';`];
for (const m of last) E.push(`import ${m.component} from '${rel(entry, m)}';`);
E.push('', "const root = createRoot(document.getElementById('root')!);", 'root.render(', '  <StrictMode>');
for (const m of last) E.push(`    <${m.component} items={[]} />`);
E.push('  </StrictMode>,', ');', '');
fs.writeFileSync(path.join(outDir, entry.file), E.join('\n'));
bytes += Buffer.byteLength(E.join('\n'));
tsx++;
const summary = { generator: 'bench/transform/generate.mjs', modules: N, seed, files: ts + tsx, ts, tsx, bytes };
fs.writeFileSync(path.join(outDir, 'corpus.json'), JSON.stringify(summary, null, 2) + '\n');
console.error(`generate.mjs: ${summary.files} files (${tsx} .tsx, ${ts} .ts), ${(bytes / 1e6).toFixed(2)} MB in ${outDir}`);
