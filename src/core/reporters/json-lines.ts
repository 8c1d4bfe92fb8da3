/**
 * A JSON array written item by item, laid out exactly as
 * `JSON.stringify(items, null, 2)` nested `depth` levels deep, so that
 * 850,000 findings never become one string (V8 caps a string at about
 * 512 MB: "Invalid string length").
 */
import { escapeJsonControls } from './escape';

export function* jsonArray<T>(items: Iterable<T>, toJson: (item: T) => unknown, depth = 0): Generator<string> {
  const pad = '  '.repeat(depth + 1);
  let previous: string | undefined;
  for (const item of items) {
    if (previous === undefined) yield '[';
    else yield `${previous},`;
    previous = pad + escapeJsonControls(JSON.stringify(toJson(item), null, 2)).replace(/\n/g, `\n${pad}`);
  }
  if (previous === undefined) {
    yield '[]';
    return;
  }
  yield previous;
  yield `${'  '.repeat(depth)}]`;
}
