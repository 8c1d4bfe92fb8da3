/**
 * XES logs (IEEE 1849) through sax in strict mode: a streaming parser that
 * never expands DTD entities (an entity-expansion log is an error on its
 * first unknown entity, not a blow-up) and refuses any token over 64 KiB.
 * Each `<trace>` is a case and each `<event>` in it an event; an event's own
 * attributes are its direct attribute children; the trace's direct ones are
 * available to its events as `case:key`. Nested attributes, lists,
 * containers, `<global>` defaults and events outside traces are ignored.
 * A trace's events are handed over when the trace closes, since its
 * attributes may come after its events.
 */
import * as sax from 'sax';
import type { LogProblem } from '../types';
import type { EventCollector } from './collect';
import { NOT_UTF8, encodingProblemAtStart } from './encoding';
import type { LogSource } from './source';

/** The XES attribute elements with a `key` and a `value`. */
const ATTRIBUTE_TAGS = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);

export function readXes(source: LogSource, collector: EventCollector): Promise<{ ok: true; keys: string[] } | { ok: false; problem: LogProblem }> {
  return new Promise((resolve) => {
    const { stream } = source;
    const parser = sax.parser(true, { trim: false, normalize: false });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const keys = new Set<string>();
    // Only the attributes the collector takes are kept per event; every key is still listed.
    const wanted = new Set(collector.attributes);
    const wantedOfTrace = new Set(collector.attributes.filter((a) => a.startsWith('case:')).map((a) => a.slice(5)));
    const values: (string | undefined)[] = collector.attributes.map(() => undefined);
    let depth = 0;
    let traceDepth = -1;
    let eventDepth = -1;
    let traceAttributes = new Map<string, string>();
    let traceEvents: { number: number; attributes: Map<string, string> }[] = [];
    let event: Map<string, string> | undefined;
    let eventNumber = 0;
    let first = true;
    let done = false;
    const finish = (result: { ok: true; keys: string[] } | { ok: false; problem: LogProblem }) => {
      if (done) return;
      done = true;
      if (!result.ok) source.close();
      resolve(result);
    };
    const malformed = (detail: string) => finish({ ok: false, problem: { kind: 'unreadable', format: 'xml', detail, row: parser.line + 1 } });
    source.onFailure((problem) => finish({ ok: false, problem }));

    parser.onopentag = (tag) => {
      depth++;
      const name = tag.name;
      if (name === 'trace' && traceDepth < 0) {
        traceDepth = depth;
        traceAttributes = new Map();
        traceEvents = [];
      } else if (name === 'event' && traceDepth >= 0 && depth === traceDepth + 1) {
        eventDepth = depth;
        event = new Map();
        traceEvents.push({ number: ++eventNumber, attributes: event });
      } else if (ATTRIBUTE_TAGS.has(name)) {
        const attrs = tag.attributes as Record<string, string>;
        const key = attrs.key;
        if (key === undefined) return;
        if (event && depth === eventDepth + 1) {
          if (wanted.has(key) && !event.has(key)) event.set(key, attrs.value ?? '');
          keys.add(key);
        } else if (!event && traceDepth >= 0 && depth === traceDepth + 1) {
          if (wantedOfTrace.has(key) && !traceAttributes.has(key)) traceAttributes.set(key, attrs.value ?? '');
          keys.add(`case:${key}`);
        }
      }
    };
    parser.onclosetag = () => {
      if (depth === eventDepth) {
        eventDepth = -1;
        event = undefined;
      } else if (depth === traceDepth) {
        traceDepth = -1;
        handOver();
      }
      depth--;
    };
    parser.onerror = (e) => malformed(e.message.split('\n')[0]);

    const caseKeys = collector.attributes.map((a) => (a.startsWith('case:') ? a.slice(5) : undefined));
    const handOver = () => {
      for (const { number, attributes } of traceEvents) {
        for (let i = 0; i < values.length; i++) {
          const own = attributes.get(collector.attributes[i]);
          const key = caseKeys[i];
          values[i] = own !== undefined || key === undefined ? own : traceAttributes.get(key);
        }
        collector.add(values, number);
      }
      traceEvents = [];
    };

    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      if (first) {
        first = false;
        const problem = encodingProblemAtStart(chunk);
        if (problem) return finish({ ok: false, problem: { kind: 'unreadable', format: 'encoding', detail: problem } });
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return finish({ ok: false, problem: { kind: 'unreadable', format: 'encoding', detail: NOT_UTF8 } });
      }
      write(text);
    });
    stream.on('end', () => {
      if (done) return;
      try {
        write(decoder.decode());
      } catch {
        return finish({ ok: false, problem: { kind: 'unreadable', format: 'encoding', detail: NOT_UTF8 } });
      }
      if (done) return;
      try {
        parser.close();
      } catch (e) {
        return malformed(e instanceof Error ? e.message.split('\n')[0] : String(e));
      }
      finish({ ok: true, keys: [...keys] });
    });

    const write = (text: string) => {
      try {
        parser.write(text);
      } catch (e) {
        // sax throws when a handler was already told of an error; the first error has been reported.
        malformed(e instanceof Error ? e.message.split('\n')[0] : String(e));
      }
    };
  });
}
