import { inflateSync } from 'node:zlib';

// The text layer of a PDF written by pdfkit, read back the way a search engine or
// a screen reader does: each font's ToUnicode map turns the glyph ids of the
// content streams into characters. Enough for pdfkit's output (hex strings in
// Tj/TJ, bfchar/bfrange maps); not a general PDF parser.

type Obj = { dict: string; stream?: Buffer };

function objects(pdf: Buffer): Map<number, Obj> {
  const text = pdf.toString('latin1');
  const out = new Map<number, Obj>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const at = body.indexOf('stream');
    if (at === -1) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start += 1;
    if (body[start] === '\n') start += 1;
    const end = body.lastIndexOf('endstream');
    let raw = Buffer.from(body.slice(start, end), 'latin1');
    if (/\/FlateDecode/.test(dict)) {
      try {
        raw = inflateSync(raw);
      } catch {
        raw = inflateSync(raw.subarray(0, raw.length - 1)); // a trailing newline before endstream
      }
    }
    out.set(Number(m[1]), { dict, stream: raw });
  }
  return out;
}

function decodeUtf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(parseInt(src!, 16), decodeUtf16(dst!.replace(/\s/g, '')));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(lo!, 16);
      const to = parseInt(hi!, 16);
      if (rest!.startsWith('[')) {
        const items = [...rest!.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((x) => decodeUtf16(x[1]!.replace(/\s/g, '')));
        items.forEach((s, i) => map.set(from + i, s));
      } else {
        const base = parseInt(rest!.slice(1, -1), 16);
        for (let c = from; c <= to; c++) map.set(c, String.fromCharCode(base + (c - from)));
      }
    }
  }
  return map;
}

/** A PDF literal string's bytes (escapes undone), as UTF-16BE when it starts with a BOM. */
function literalString(raw: string): string {
  const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const bytes = raw.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => (/^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : (map[c] ?? c)));
  const buf = Buffer.from(bytes, 'latin1');
  if (buf[0] === 0xfe && buf[1] === 0xff) return buf.subarray(2).swap16().toString('utf16le');
  return bytes;
}

/** Every string drawn, in drawing order, decoded through the fonts' ToUnicode maps. */
export function pdfTextRuns(pdf: Buffer): string[] {
  const objs = objects(pdf);
  const fontMaps = new Map<string, Map<number, string>>();
  const byObject = new Map<number, Map<number, string>>();
  for (const [num, obj] of objs) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(obj.dict);
    const cmap = ref ? objs.get(Number(ref[1]))?.stream : undefined;
    if (/\/Type \/Font/.test(obj.dict) && cmap) byObject.set(num, toUnicodeMap(cmap.toString('latin1')));
  }
  for (const obj of objs.values()) {
    for (const fonts of obj.dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, name, num] of fonts[1]!.matchAll(/\/([A-Za-z0-9_+-]+)\s+(\d+) 0 R/g)) {
        const map = byObject.get(Number(num));
        if (map) fontMaps.set(name!, map);
      }
    }
  }
  const runs: string[] = [];
  for (const obj of objs.values()) {
    if (!obj.stream || !/\bBT\b/.test(obj.stream.toString('latin1'))) continue;
    const content = obj.stream.toString('latin1');
    let font: Map<number, string> | undefined;
    const decode = (hex: string) => {
      let s = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) s += font?.get(parseInt(hex.slice(i, i + 4), 16)) ?? '';
      return s;
    };
    const re = /\/([A-Za-z0-9_+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+)\s*)*)\]\s*TJ|\/Span\s*<<[^>]*?\/ActualText\s*\(((?:\\[\s\S]|[^\\)])*)\)[^>]*>>\s*BDC|\bEMC\b/g;
    // Inside a span with ActualText, that text replaces the glyphs drawn (as PDF readers do).
    let actual: string | null = null;
    for (let m = re.exec(content); m; m = re.exec(content)) {
      if (m[1]) font = fontMaps.get(m[1]);
      else if (m[4] !== undefined) {
        actual = literalString(m[4]);
        runs.push(actual);
      } else if (m[0] === 'EMC') actual = null;
      else if (actual !== null) continue;
      else if (m[2] !== undefined) runs.push(decode(m[2]));
      else if (m[3] !== undefined) runs.push([...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => decode(x[1]!)).join(''));
    }
  }
  return runs;
}

/** The text layer as one string (runs separated by a line break). */
export function pdfText(pdf: Buffer): string {
  return pdfTextRuns(pdf).join('\n');
}


