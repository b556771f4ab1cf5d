import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, csvRow, DANGEROUS_PREFIXES, neutraliseCell, stripXmlInvalid, xlsxText } from './cells';

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each(DANGEROUS_PREFIXES.map((p) => [p]))('prefixes a cell starting with %j with a quote', (prefix) => {
    const value = `${prefix}HYPERLINK("http://evil.example","x")`;
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it.each(['=1+2', '+33 6 12', '-5', '@SUM(A1)', '\t=1', '\r=1', '\0=1'])('neutralises %j', (value) => {
    expect(neutraliseCell(value).startsWith("'")).toBe(true);
  });

  it.each(['Awa Diallo', 'Ngũgĩ', '王芳', 'محمد', '5-2', 'a=b', " 'quoted", '', "'already"])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });
});

describe('csvField / csvRow', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line1\nline2')).toBe('"line1\nline2"');
    expect(csvField('line1\r\nline2')).toBe('"line1\r\nline2"');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  it('leaves plain values unquoted and empty values empty', () => {
    expect(csvField('Dakar')).toBe('Dakar');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField('')).toBe('');
  });

  it('quotes neutralised cells too', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('-"x",y')).toBe(`"'-""x"",y"`);
  });

  it('round-trips through a CSV parser (hostile and non-Latin values)', () => {
    const values = ['Ngũgĩ wa Thiong’o', '王芳', 'محمد العربي', 'Ёлка', 'a,b', 'say "hi"', 'two\nlines', 'crlf\r\ninside', ' x ', 'plain', '=cmd|" /C calc"!A0', '@foo', '+1', '-1', '\tt'];
    const parsed = parse(csvRow(values) + csvRow(['z']), { relax_column_count: true }) as string[][];
    expect(parsed[0]).toEqual(values.map(neutraliseCell));
    expect(parsed[1]).toEqual(['z']);
  });

  it('ends records with CRLF', () => {
    expect(csvRow(['a', 'b'])).toBe('a,b\r\n');
  });
});

describe('stripXmlInvalid', () => {
  it('drops characters XML cannot hold and keeps the rest', () => {
    expect(stripXmlInvalid('a\u0000b\u0001c\u000Bd\tE\nF\rG')).toBe('abcd\tE\nF\rG');
    expect(stripXmlInvalid('王芳 😀 محمد')).toBe('王芳 😀 محمد');
    expect(stripXmlInvalid('x\uD800y')).toBe('xy');
  });
});

describe('xlsxText', () => {
  it('neutralises after cleaning, and writes line breaks as LF', () => {
    expect(xlsxText('\u0000=1+1')).toBe("'=1+1");
    expect(xlsxText('\r=1')).toBe("'\n=1");
    expect(xlsxText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(xlsxText('王芳')).toBe('王芳');
  });
});
