/**
 * A deterministic YAML writer for JSON-like values (the AsyncAPI document is
 * generated, diffed and checked for staleness, so the same input must always
 * give the same bytes). Strings that could be read as something else are
 * double-quoted with JSON escapes, which YAML's double-quoted style accepts.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PLAIN_KEY = /^[A-Za-z_$][\w$.-]*$/;
// Plain scalars: letters first, no characters with a YAML meaning (`: `, ` #`, leading indicators).
const PLAIN_STRING = /^[A-Za-z][\w .,/()'-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

const key = (k: string): string => (PLAIN_KEY.test(k) && !RESERVED.test(k) ? k : JSON.stringify(k));

function scalar(value: string | number | boolean | null): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN_STRING.test(value) && !RESERVED.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
}

const isEmptyCollection = (v: Json): boolean =>
  (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

function lines(value: Json, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      if (typeof item !== 'object' || item === null || isEmptyCollection(item)) return [`${indent}- ${inline(item)}`];
      const [first, ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${(first ?? '').trimStart()}`, ...rest];
    });
  }
  if (typeof value === 'object' && value !== null) {
    if (Object.keys(value).length === 0) return [`${indent}{}`];
    return Object.entries(value).flatMap(([k, v]) => {
      if (typeof v !== 'object' || v === null || isEmptyCollection(v)) return [`${indent}${key(k)}: ${inline(v)}`];
      return [`${indent}${key(k)}:`, ...lines(v, `${indent}  `)];
    });
  }
  return [`${indent}${scalar(value)}`];
}

function inline(value: Json): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  return scalar(value);
}

export function toYaml(value: Json): string {
  return `${lines(value, '').join('\n')}\n`;
}
