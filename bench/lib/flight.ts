// The inline RSC ("flight") payload a Next page carries in its HTML: the `self.__next_f.push([1,"…"])`
// scripts, joined and split into React's rows, so a page's bytes can be told apart by what they
// carry (the tree, client components' props, module references, hints) and repeats found.

/** The flight text a page's HTML carries inline, in order (its `[1, "…"]` chunks joined). */
export function inlineFlight(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)/g)]
    .map((match) => (JSON.parse(match[1]!) as [number, string])[1])
    .join('');
}

export type FlightRow = { id: string; tag: string; text: string };

// Rows whose payload is length-prefixed (`T<hex length>,…`: long text; the others typed arrays),
// so they carry no newline terminator and may contain newlines themselves.
const LENGTH_PREFIXED = new Set(['T', 'A', 'O', 'o', 'U', 'S', 's', 'L', 'l', 'G', 'g', 'M', 'm', 'V', 'B']);

/** React's rows: `<hex id>:<tag?><payload>`; tag '' is a JSON model row, 'I' a client module, 'H…' a hint. */
export function flightRows(flight: string): FlightRow[] {
  const rows: FlightRow[] = [];
  let at = 0;
  while (at < flight.length) {
    const colon = flight.indexOf(':', at);
    if (colon < 0) break;
    const id = flight.slice(at, colon);
    const first = flight[colon + 1]!;
    const comma = flight.indexOf(',', colon);
    if (LENGTH_PREFIXED.has(first) && /^[0-9a-f]+$/.test(flight.slice(colon + 2, comma))) {
      // The length counts UTF-8 bytes, not UTF-16 units.
      const bytes = Buffer.from(flight.slice(comma + 1), 'utf8').subarray(0, parseInt(flight.slice(colon + 2, comma), 16));
      const text = bytes.toString('utf8');
      rows.push({ id, tag: first, text });
      at = comma + 1 + text.length;
      continue;
    }
    const end = flight.indexOf('\n', colon);
    const stop = end < 0 ? flight.length : end;
    const tag = /^[A-Z]+/.exec(flight.slice(colon + 1, Math.min(stop, colon + 3)))?.[0] ?? '';
    rows.push({ id, tag, text: flight.slice(colon + 1 + tag.length, stop) });
    at = stop + 1;
  }
  return rows;
}

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '');
type Element = ['$', string, string | null, Record<string, unknown>, ...unknown[]];
const isElement = (value: unknown): value is Element => Array.isArray(value) && value[0] === '$' && typeof value[1] === 'string';

/** Where a page's inline flight bytes go. */
export type FlightBreakdown = {
  totalBytes: number;
  byRowKind: Record<string, number>;
  /** Props handed to each client component (by module export), summed over its uses. */
  clientProps: { component: string; uses: number; bytes: number }[];
  /** Subtrees (elements or plain values) of 200 bytes or more serialised more than once. */
  duplicates: { sample: string; bytes: number; count: number }[];
  /** How often each marker string occurs in the flight text. */
  markers: Record<string, number>;
};

/** Splits `flight` into what it carries; `markers` are strings to count (e.g. the section menu's label). */
export function flightBreakdown(flight: string, markers: Record<string, string> = {}): FlightBreakdown {
  const rows = flightRows(flight);
  const byRowKind: Record<string, number> = {};
  const modules = new Map<string, string>();
  for (const row of rows) {
    const kind = { '': 'tree (JSON rows)', I: 'client module references', T: 'text rows' }[row.tag] ?? `tag ${row.tag}`;
    byRowKind[kind] = (byRowKind[kind] ?? 0) + Buffer.byteLength(row.text) + row.id.length + 2;
    if (row.tag === 'I') {
      const [moduleId, , name] = JSON.parse(row.text) as [string, unknown, string];
      modules.set(row.id, `${name === '' || name === '*' ? 'default' : name} (${moduleId})`);
    }
  }
  const clientProps = new Map<string, { component: string; uses: number; bytes: number }>();
  const subtrees = new Map<string, { bytes: number; count: number }>();
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const json = JSON.stringify(value);
    if (json.length >= 200) {
      const seen = subtrees.get(json) ?? { bytes: Buffer.byteLength(json), count: 0 };
      seen.count++;
      subtrees.set(json, seen);
    }
    if (isElement(value) && value[1].startsWith('$L')) {
      const component = modules.get(value[1].slice(2)) ?? value[1];
      const entry = clientProps.get(component) ?? { component, uses: 0, bytes: 0 };
      entry.uses++;
      entry.bytes += size(value[3]);
      clientProps.set(component, entry);
    }
    for (const child of Object.values(value)) walk(child);
  };
  for (const row of rows) if (row.tag === '') walk(JSON.parse(row.text));
  // A repeated subtree's own repeated children are not news: keep the outermost ones.
  const repeated = [...subtrees.entries()].filter(([, seen]) => seen.count > 1).sort((a, b) => b[1].bytes - a[1].bytes);
  const outermost = repeated.filter(([json], index) => !repeated.slice(0, index).some(([outer]) => outer.includes(json)));
  return {
    totalBytes: Buffer.byteLength(flight),
    byRowKind,
    clientProps: [...clientProps.values()].sort((a, b) => b.bytes - a.bytes),
    duplicates: outermost.map(([json, seen]) => ({ sample: json.slice(0, 160), ...seen })),
    markers: Object.fromEntries(Object.entries(markers).map(([name, text]) => [name, flight.split(text).length - 1])),
  };
}
