# Writes dev.tsv of the issue-14 date set: python3 gen.py > ../../../main/resources/dev/marsad/bench/dates/dev.tsv
# Expected values are computed from each reference with the calendar (weekdays asserted).
import datetime as dt, sys
REFS = {
 'A': '2026-12-06T10:00:00+03:00', # Sunday
 'B': '2026-03-12T08:30:00+02:00', # Thursday
 'C': '2025-07-15T18:00:00+01:00', # Tuesday
 'D': '2026-01-03T09:00:00+04:00', # Saturday
 'E': '2025-10-31T22:00:00+00:00', # Friday
 'F': '2026-05-20T12:00:00+03:00', # Wednesday
 'G': '2026-09-14T07:00:00+02:00', # Monday
 'H': '2025-02-27T15:00:00+01:00', # Thursday
}
DOW = {'mon':0,'tue':1,'wed':2,'thu':3,'fri':4,'sat':5,'sun':6}
def day(r): return dt.date.fromisoformat(REFS[r][:10])
def expect(r, spec):
    t = day(r); k = spec[0]
    if k == 'd': return (t + dt.timedelta(days=spec[1])).isoformat()
    if k in ('next','nextw'):
        a = (DOW[spec[1]] - t.weekday()) % 7
        if a == 0 and k == 'nextw': a = 7
        return (t + dt.timedelta(days=a)).isoformat()
    if k in ('last','lastw'):
        b = (t.weekday() - DOW[spec[1]]) % 7
        if b == 0 and k == 'lastw': b = 7
        return (t - dt.timedelta(days=b)).isoformat()
    if k == 'date':
        d = dt.date.fromisoformat(spec[1][:10])
        if len(spec) > 2: assert d.weekday() == DOW[spec[2]], (spec, d.strftime('%A'))
        return spec[1]
    if k == 'dnext':  # day of month, next month offset
        y, m = t.year, t.month + spec[1]
        while m > 12: y += 1; m -= 12
        while m < 1: y -= 1; m += 12
        return dt.date(y, m, spec[2]).isoformat()
    if k == 'dt': # days offset + time
        return (t + dt.timedelta(days=spec[1])).isoformat() + 'T' + spec[2]
    if k == 'md':
        m, dd, way = spec[1], spec[2], spec[3]
        for y in ((t.year + 1, t.year, t.year - 1) if way == 'past' else (t.year - 1, t.year, t.year + 1)):
            c = dt.date(y, m, dd)
            if way == 'past' and c <= t: return c.isoformat()
            if way == 'future' and c >= t: return c.isoformat()
    if k == 'mdt':
        return expect(r, ('md',) + spec[1:4]) + 'T' + spec[4]
    raise ValueError(spec)
rows = []
def row(kind, r, sentence, expr, spec):
    assert expr in sentence, (expr, sentence)
    rows.append((sentence, REFS[r], expr, expect(r, spec), kind))
import os
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'rows.py'), encoding='utf-8').read())
out = sys.stdout
out.write('sentence\treference\texpression\texpected\tkind\n')
seen = set()
for s in rows:
    assert (s[0], s[2]) not in seen, s; seen.add((s[0], s[2]))
    out.write('\t'.join(s) + '\n')
import collections
print(collections.Counter(r[4] for r in rows), len(rows), file=sys.stderr)
