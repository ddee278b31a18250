/**
 * What the gateway's request log line may say about a request's variables: their shape, each value
 * replaced by its type. The variables of a mutation hold personal data (names, phones, 주민등록번호);
 * the shape is what a reader of the log needs to tell two requests apart, never the values.
 */
export function variableShape(value: unknown, depth = 0): unknown {
  if (value === null) return null;
  if (Array.isArray(value)) return depth > 4 ? `array(${value.length})` : value.slice(0, 5).map((v) => variableShape(v, depth + 1));
  if (typeof value === 'object') {
    if (depth > 4) return 'object';
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, variableShape(v, depth + 1)]));
  }
  return typeof value;
}
