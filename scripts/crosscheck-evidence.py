#!/usr/bin/env python3
"""An independent calculation of evidence.md's figures, to cross-check the engine.

Usage: crosscheck-evidence.py LOG MAPPING.json

MAPPING.json: {"settings": {case, activity, time, actor, lifecycle, timezone,
missingValues, mergeRepeats, since, until, where: [[attr, [values]]],
actors: [[pattern, id]]}, "design": [{id, observed: [patterns], tasks:
[{observed: [patterns], handoffWithin}], next, end, promise: {within, until}}],
"percentile": 80}. Prints the figures' JSON (without journey and log).
Written from the contract alone, with the standard library only.
"""
import csv, gzip, io, json, math, re, sys, xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone as tz
from zoneinfo import ZoneInfo

H = 3600000
EPOCH = datetime(1970, 1, 1, tzinfo=tz.utc)


def open_text(path):
    raw = gzip.open(path, 'rb') if path.endswith('.gz') else open(path, 'rb')
    return raw


def empty(v, missing):
    return v is None or v.strip() == '' or v in missing


def wildcard(pattern, name):
    p, n = list(pattern), list(name)
    # dynamic programming over code points: slow but obviously right
    prev = [True] + [False] * len(n)
    for i, c in enumerate(p):
        cur = [prev[0] and c == '*'] + [False] * len(n)
        for j in range(1, len(n) + 1):
            if c == '*':
                cur[j] = cur[j - 1] or prev[j]
            else:
                cur[j] = prev[j - 1] and (c == '?' or c == n[j - 1])
        prev = cur
    return prev[len(n)]


def local_ms(y, mo, d, h, mi, s, ms, zone):
    naive = datetime(y, mo, d, h, mi, s, ms * 1000)
    z = ZoneInfo(zone)
    a = naive.replace(tzinfo=z, fold=0)
    b = naive.replace(tzinfo=z, fold=1)
    # a gap: fold=0 reads with the offset before the gap; a repeat: fold=0 is the earlier
    return round((a - EPOCH).total_seconds() * 1000) if a.utcoffset() is not None else None


ISO = re.compile(r'^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$')
DMY = re.compile(r'^(\d{1,2})[-/](\d{1,2})[-/](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$')


def read_time(text, fmt, zone):
    t = text.strip()
    m = ISO.match(t)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        h, mi, s = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
        ms = int((m[7] or '0')[:3].ljust(3, '0'))
        off = m[8]
        if off:
            if off == 'Z':
                minutes = 0
            else:
                sign = -1 if off[0] == '-' else 1
                digits = off[1:].replace(':', '')
                minutes = sign * (int(digits[:2]) * 60 + int(digits[2:4] or 0))
            return int((datetime(y, mo, d, h, mi, s, tzinfo=tz.utc) - EPOCH).total_seconds() * 1000) + ms - minutes * 60000
        return local_ms(y, mo, d, h, mi, s, ms, zone)
    if fmt == 'iso':
        return None
    m = DMY.match(t)
    if m:
        a, b = int(m[1]), int(m[2])
        d, mo = (b, a) if fmt == 'month-first' else (a, b)
        try:
            return local_ms(int(m[3]), mo, d, int(m[4] or 0), int(m[5] or 0), int(m[6] or 0), 0, zone)
        except ValueError:
            return None
    return None


def csv_events(path):
    data = open_text(path).read().decode('utf-8-sig')
    first = data.split('\n', 1)[0]
    delim = max([',', ';', '\t'], key=lambda c: (first.count(c), -[',', ';', '\t'].index(c)))
    rows = csv.reader(io.StringIO(data, newline=''), delimiter=delim)
    header = next(rows)
    for row in rows:
        if not row:
            continue
        event = {}
        for i, name in enumerate(header):
            if name not in event:
                event[name] = row[i] if i < len(row) else ''
        yield event


def xes_events(path):
    trace_attrs, in_event, event, depth = {}, False, None, 0
    stack = []
    for kind, el in ET.iterparse(open_text(path), events=('start', 'end')):
        tag = el.tag.split('}')[-1]
        if kind == 'start':
            stack.append(tag)
            if tag == 'trace':
                trace_attrs = {}
            elif tag == 'event' and len(stack) >= 2 and stack[-2] == 'trace':
                event = {}
            continue
        stack.pop()
        parent = stack[-1] if stack else None
        if tag == 'event' and parent == 'trace' and event is not None:
            merged = {f'case:{k}': v for k, v in trace_attrs.items()}
            merged.update(event)
            merged.setdefault('case:concept:name', trace_attrs.get('concept:name'))
            event = None
            yield merged
        elif 'key' in el.attrib and 'value' in el.attrib:
            if parent == 'event' and event is not None:
                event.setdefault(el.attrib['key'], el.attrib['value'])
            elif parent == 'trace':
                trace_attrs.setdefault(el.attrib['key'], el.attrib['value'])
        if tag in ('trace',):
            el.clear()


def main():
    log, mapping_file = sys.argv[1], sys.argv[2]
    mapping = json.load(open(mapping_file))
    st, design, pct = mapping['settings'], mapping['design'], mapping['percentile']
    zone = st.get('timezone', 'UTC')
    missing = set(st.get('missingValues', []))
    events = list(xes_events(log) if re.search(r'\.xes(\.gz)?$', log) else csv_events(log))
    val = lambda e, k: None if empty(e.get(k), missing) else e.get(k)
    read, kept, skipped = len(events), [], 0
    for n, e in enumerate(events):
        c, a, t = val(e, st['case']), val(e, st['activity']), val(e, st['time'])
        ms = read_time(t, st.get('timeFormat', 'auto'), zone) if t is not None else None
        if c is None or a is None or ms is None:
            skipped += 1
            continue
        kept.append((c, a, ms, n, e))
    actor_attr = st.get('actor')
    if actor_attr is None:
        for cand in ('org:group', 'org:resource'):
            if any(val(e, cand) is not None for *_, e in kept):
                actor_attr = cand
                break
    lc = st.get('lifecycle')
    def lifecycle_ok(e):
        v = val(e, 'lifecycle:transition')
        if lc == 'all':
            return True
        if lc is None:
            if not any((val(x, 'lifecycle:transition') or '').lower() == 'complete' for *_, x in kept):
                return True
            return v is None or v.lower() == 'complete'
        return v is None or v.lower() == lc.lower()
    has_complete = lc is None and any((val(x, 'lifecycle:transition') or '').lower() == 'complete' for *_, x in kept)
    def counted(e):
        if lc is None and not has_complete:
            ok = True
        elif lc is None:
            v = val(e, 'lifecycle:transition')
            ok = v is None or v.lower() == 'complete'
        else:
            ok = lifecycle_ok(e)
        for attr, values in st.get('where', []):
            if (e.get(attr) or '').strip() not in [v.strip() for v in values]:
                return False
        return ok
    cases = {}
    for c, a, ms, n, e in kept:
        if counted(e):
            cases.setdefault(c, []).append((ms, n, a, val(e, actor_attr) if actor_attr else None))
    result_cases = []
    for cid, evs in cases.items():
        evs.sort(key=lambda x: (x[0], x[1]))
        if st.get('mergeRepeats'):
            merged = []
            for ev in evs:
                if merged and merged[-1][2] == ev[2] and merged[-1][3] == ev[3]:
                    continue
                merged.append(ev)
            evs = merged
        start_local = datetime.fromtimestamp(evs[0][0] / 1000, ZoneInfo(zone)).date().isoformat()
        if st.get('since') and start_local < st['since']:
            continue
        if st.get('until') and start_local > st['until']:
            continue
        result_cases.append((cid, evs))
    print(json.dumps(figures(result_cases, design, st, pct, zone, read, skipped), ensure_ascii=False))


def figures(cases, design, st, pct, zone, read, skipped):
    places = []
    for si, s in enumerate(design):
        places.append((si, -1, s['observed']))
        for ti, t in enumerate(s['tasks']):
            places.append((si, ti, t['observed']))
    def place_of(activity):
        for i, (_, _, pats) in enumerate(places):
            if any(wildcard(p, activity) for p in pats):
                return i
        return None
    def actor_of(value):
        if value is None:
            return None
        for pattern, ident in st.get('actors', []):
            if wildcard(pattern, value):
                return ident
        return value
    ids = [s['id'] for s in design]
    index = {}
    for i, s in enumerate(design):
        index.setdefault(s['id'], i)
    observable = [bool(s['observed']) or any(t['observed'] for t in s['tasks']) for s in design]
    def links(i):
        s = design[i]
        if s.get('next') is not None:
            return [index[x] for x in s['next'] if x in index]
        end = s.get('end')
        if end is None:
            end = i == len(design) - 1
        return [] if end or i == len(design) - 1 else [i + 1]
    def designed(i, j):
        todo, seen = list(links(i)), set()
        while todo:
            k = todo.pop()
            if k == j:
                return True
            if k in seen:
                continue
            seen.add(k)
            if not observable[k]:
                todo.extend(links(k))
        return False
    n = len(design)
    step = [dict(id=ids[i], cases=0, visits=0, repeatCases=0, pingpongCases=0, promise=None) for i in range(n)]
    prom = {}
    for i, s in enumerate(design):
        w = (s.get('promise') or {}).get('within')
        lim = limit(w) if w else None
        if lim:
            prom[i] = dict(lim=lim, within=w, until=(s['promise'].get('until')), d=[], kept=0, open=0)
    hand = []
    for i, s in enumerate(design):
        for ti in range(len(s['tasks']) - 1):
            w = s['tasks'][ti].get('handoffWithin')
            if w and limit(w) and s['tasks'][ti]['observed'] and s['tasks'][ti + 1]['observed']:
                hand.append(dict(step=i, t=ti, within=w, lim=limit(w), d=[], over=0))
    trans, variants, unm, mapped_cases, counted = {}, {}, {}, 0, 0
    for cid, evs in cases:
        counted += len(evs)
        pl = [place_of(a) for _, _, a, _ in evs]
        sp = [places[p][0] if p is not None else None for p in pl]
        path, starts = [], []
        for k, s in enumerate(sp):
            if s is not None and (not path or path[-1] != s):
                path.append(s)
                starts.append(k)
        if path:
            mapped_cases += 1
        for a in set(a for (_, _, a, _), p in zip(evs, pl) if p is None):
            u = unm.setdefault(a, [0, 0])
            u[0] += 1
        for (_, _, a, _), p in zip(evs, pl):
            if p is None:
                unm[a][1] += 1
        for s in path:
            step[s]['visits'] += 1
        for s in set(path):
            step[s]['cases'] += 1
            own = [a for (_, _, a, _), p in zip(evs, pl) if p is not None and places[p][0] == s and places[p][1] == -1]
            if any(own.count(a) > 1 for a in own):
                step[s]['repeatCases'] += 1
            seq = []
            for (_, _, _, actor), x in zip(evs, sp):
                m = actor_of(actor) if x == s else None
                if m is not None and (not seq or seq[-1] != m):
                    seq.append(m)
            if any(seq[k] == seq[k - 2] for k in range(2, len(seq))):
                step[s]['pingpongCases'] += 1
        for i, p in prom.items():
            if i not in path:
                continue
            start = starts[path.index(i)]
            target = index.get(p['until'], -1) if p['until'] is not None else None
            end = next((k for k in range(start + 1, len(evs)) if sp[k] is not None and (sp[k] == target if target is not None else sp[k] != i)), None)
            if end is None:
                p['open'] += 1
                continue
            d = elapsed(evs[start][0], evs[end][0], p['lim'][0], zone)
            p['d'].append(d)
            if d <= p['lim'][1]:
                p['kept'] += 1
        for h in hand:
            fp = places.index(next(x for x in places if x[0] == h['step'] and x[1] == h['t']))
            last = None
            for k, p in enumerate(pl):
                if p == fp:
                    last = k
                elif p == fp + 1 and last is not None:
                    d = elapsed(evs[last][0], evs[k][0], h['lim'][0], zone)
                    h['d'].append(d)
                    if d > h['lim'][1]:
                        h['over'] += 1
                    break
        for pair in set(zip(path, path[1:])):
            trans[pair] = trans.get(pair, 0) + 1
        if path:
            variants[tuple(path)] = variants.get(tuple(path), 0) + 1
    for i, p in prom.items():
        step[i]['promise'] = dict(within=p['within'], clock=p['lim'][0], measured=len(p['d']), kept=p['kept'], open=p['open'], **stats(p['d'], pct))
    cp = lambda s: [ord(c) for c in s]
    return dict(
        events=dict(read=read, counted=counted, skipped=skipped), cases=len(cases), mappedCases=mapped_cases, percentile=pct,
        steps=step,
        transitions=[dict(**{'from': ids[a]}, to=ids[b], cases=c, designed=designed(a, b)) for (a, b), c in sorted(trans.items())],
        handoffs=[dict(step=ids[h['step']], **{'from': h['t']}, to=h['t'] + 1, within=h['within'], clock=h['lim'][0], measured=len(h['d']), over=h['over'], **stats(h['d'], pct)) for h in hand],
        unmapped=[dict(activity=a, cases=c, events=e) for a, (c, e) in sorted(unm.items(), key=lambda x: (-x[1][0], cp(x[0])))],
        variants=[dict(path=[ids[s] for s in p], cases=c) for p, c in sorted(variants.items(), key=lambda x: (-x[1], [cp(ids[s]) for s in x[0]]))][:10],
    )


UNITS = {'minute': 1 / 1440, 'minutes': 1 / 1440, 'minuut': 1 / 1440, 'minuten': 1 / 1440, 'hour': 1 / 24, 'hours': 1 / 24, 'uur': 1 / 24,
         'day': 1, 'days': 1, 'dag': 1, 'dagen': 1, 'week': 7, 'weeks': 7, 'weken': 7, 'month': 30, 'months': 30, 'maand': 30, 'maanden': 30}
WORKING = {'working day': 1, 'working days': 1, 'werkdag': 1, 'werkdagen': 1}


def limit(text):
    m = re.match(r'^(\d+(?:[.,]\d+)?)\s*([a-z]+(?: [a-z]+)?)$', ' '.join(text.strip().lower().split()))
    if not m:
        return None
    number = float(m[1].replace(',', '.'))
    if m[2] in WORKING:
        return ('working', number * 24 * H)
    return ('calendar', number * UNITS[m[2]] * 24 * H) if m[2] in UNITS else None


def elapsed(a, b, clock, zone):
    if clock == 'calendar':
        return b - a
    z = ZoneInfo(zone)
    total, day = 0, datetime.fromtimestamp(a / 1000, z).date()
    while True:
        lo = int((datetime(day.year, day.month, day.day, tzinfo=z) - EPOCH).total_seconds() * 1000)
        nxt = day + timedelta(days=1)
        hi = int((datetime(nxt.year, nxt.month, nxt.day, tzinfo=z) - EPOCH).total_seconds() * 1000)
        if lo >= b:
            return total
        if day.weekday() < 5:
            total += max(0, min(b, hi) - max(a, lo))
        day = nxt


def stats(values, pct):
    if not values:
        return dict(medianHours=None, percentileHours=None)
    v = sorted(values)
    at = lambda p: v[max(1, min(len(v), -(-p * len(v) // 100))) - 1]
    hours = lambda ms: (int(ms) * 1000 // H + (1 if (int(ms) * 1000 % H) * 2 >= H else 0)) / 1000
    return dict(medianHours=hours(at(50)), percentileHours=hours(at(pct)))


if __name__ == '__main__':
    main()
