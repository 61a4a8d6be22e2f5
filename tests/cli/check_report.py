#!/usr/bin/python3
"""tests/cli/check_report.py - check the HTML, xlsx and text reports of
`edubal evaluate` against its JSON report, using only the standard library
(html.parser, zipfile, xml.etree, zlib).

  check_report.py html REPORT.html REPORT.json zh|en
  check_report.py xlsx REPORT.xlsx REPORT.json
  check_report.py plan REPORT.html PLAN.json
  check_report.py project REPORT.html CAPACITY.csv PROJECT.json...
  check_report.py png SCREENSHOT.png
  check_report.py align TEXT_REPORT zh|en

Prints what it checked; exits 1 with the first difference.  Numbers in the
HTML must equal the JSON's exactly (both are written with 17 significant
digits); the xlsx holds 16 significant digits (libxlsxwriter's "%.16G"),
so its numbers must agree to a relative 1e-15.
"""
import html.parser
import json
import re
import struct
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib


def fail(msg):
    print('check_report: FAIL: ' + msg)
    sys.exit(1)


def num(s):
    return None if s is None else float(s)


def truth(s):
    return {'true': True, 'false': False, '': None, None: None}[s]


def same(a, b, what, rel=0.0):
    if a is None or b is None:
        if a is not b:
            fail('%s: %r != %r' % (what, a, b))
        return
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool)
               for v in (a, b)):
        if a != b or type(a) is not type(b):
            fail('%s: %r != %r' % (what, a, b))
        return
    if abs(a - b) > rel * abs(b):
        fail('%s: %r != %r' % (what, a, b))


# ---- HTML ------------------------------------------------------------------

class Page(html.parser.HTMLParser):
    """Collects the data- attributes of the report's elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.counties, self.schools = {}, {}
        self.county = self.level = self.li = None
        self.tags, self.external = set(), []
        self.rect_fill = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        for k, v in attrs:
            if k in ('src', 'href', 'srcset', 'xlink:href', 'action'):
                self.external.append('%s %s=%s' % (tag, k, v))
        cls = (a.get('class') or '').split()
        if tag == 'section' and 'county' in cls:
            self.county = {'verdict': a['data-verdict'], 'levels': {},
                           'items': {}, 'reasons': []}
            self.counties[a['data-county']] = self.county
        elif tag == 'section' and 'level' in cls:
            self.level = {'attrs': a, 'indicators': {}, 'bars': {},
                          'limits': []}
            self.county['levels'][a['data-level']] = self.level
        elif tag == 'tr' and 'indicator' in cls:
            self.level['indicators'][a['data-key']] = a
        elif tag == 'rect' and 'bar' in cls:
            self.level['bars'][a['data-key']] = a
        elif tag == 'line' and 'limit' in cls:
            self.level['limits'].append(num(a['data-limit']))
        elif tag == 'tr' and 'school' in cls:
            self.row = {'attrs': a, 'cells': {}}
            self.schools[(a['data-school'], a['data-section'])] = self.row
        elif tag == 'td' and 'data-key' in a and 'data-value' in a:
            self.row['cells'][a['data-key']] = num(a['data-value'])
        elif tag == 'td' and 'data-key' in a:
            self.row['cells'][a['data-key']] = None
        elif tag == 'tr' and 'item' in cls:
            self.county['items'][a['data-key']] = a
        elif tag == 'li' and 'data-code' in a:
            self.li = [a['data-code'], '']
            self.county['reasons'].append(self.li)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == 'li':
            self.li = None
        elif tag == 'section' and self.level is not None:
            self.level = None

    def handle_data(self, data):
        if self.li is not None:
            self.li[1] += data


def item_value(s):
    if s in ('true', 'false'):
        return s == 'true'
    return num(s)


def check_level(cid, name, lv, page_lv):
    a = page_lv['attrs']
    same(truth(a.get('data-pass')), lv['pass'], cid + ' ' + name + ' pass')
    same(int(a['data-schools']), lv['schools'], name + ' schools')
    same(num(a['data-students']), lv['students'], name + ' students')
    same(int(a['data-schools-failing']), lv['schools_failing'], name)
    same(num(a.get('data-composite-cv')), lv['composite_cv'], name + ' cc')
    if len(page_lv['indicators']) != len(lv['indicators']):
        fail('%s %s: %d indicator rows, JSON has %d' % (
            cid, name, len(page_lv['indicators']), len(lv['indicators'])))
    for ind in lv['indicators']:
        row = page_lv['indicators'][ind['key']]
        what = '%s %s %s' % (cid, name, ind['key'])
        for f in ('mean', 'sd', 'cv', 'limit'):
            same(num(row.get('data-' + f)), ind[f], what + ' ' + f)
        same(truth(row['data-pass']), ind['pass'], what + ' pass')
        bar = page_lv['bars'].get(ind['key'])
        if ind['cv'] is None:
            if bar is not None:
                fail(what + ': a bar for a CV that is not computed')
            continue
        if bar is None:
            fail(what + ': no bar in the chart')
        same(num(bar['data-value']), ind['cv'], what + ' bar')
        want = '#c0392b' if ind['pass'] is False else '#2f6fb0'
        if bar.get('fill') != want:
            fail('%s: bar colour %s, want %s' % (what, bar.get('fill'), want))
    limits = [i['limit'] for i in lv['indicators'] if i['limit'] is not None]
    same(sorted(page_lv['limits']), sorted(limits), name + ' limit lines')


def check_html(path, json_path, lang):
    text = open(path, encoding='utf-8').read()
    report = json.load(open(json_path, encoding='utf-8'))
    page = Page()
    page.feed(text)
    page.close()
    if 'http' in text or page.external:
        fail('the page refers outside itself: %s' % (page.external or 'http'))
    for tag in ('script', 'link', 'img', 'iframe', 'object', 'embed'):
        if tag in page.tags:
            fail('the page has a <%s> element' % tag)
    if re.search(r'url\(|@import', text):
        fail('the style loads something')
    if 'svg' not in page.tags:
        fail('no inline <svg> chart')
    n = 0
    for c in report['counties']:
        cid = c['county_id']
        pc = page.counties.get(cid) or fail('county %s missing' % cid)
        same(pc['verdict'], c['verdict'], cid + ' verdict')
        for name, lv in c['resource'].items():
            check_level(cid, name, lv, pc['levels'].get(name) or
                        fail('%s: no %s level section' % (cid, name)))
            n += len(lv['indicators'])
        got = [(code, msg.strip()) for code, msg in pc['reasons']]
        want = [(r['code'], r[lang]) for r in c['reasons']]
        if got != want:
            fail('%s reasons differ:\n%s\n%s' % (cid, got, want))
        # item.<key>, or veto.<key> for a veto
        listed = {code.split('.', 1)[1] for code, _ in got
                  if code.split('.', 1)[0] in ('item', 'veto')}
        for it in c['items']:
            row = pc['items'].get(it['key']) or fail(it['key'] + ' missing')
            what = cid + ' item ' + it['key']
            same(item_value(row.get('data-value')), it['value'], what)
            same(num(row.get('data-threshold')), it['threshold'], what)
            same(truth(row['data-pass']), it['pass'], what + ' pass')
            if it['pass'] is False and it['key'] not in listed:
                fail(what + ' fails but is not in the failing list')
    if len(page.schools) != len(report['schools']):
        fail('%d school rows, JSON has %d' % (len(page.schools),
                                              len(report['schools'])))
    for s in report['schools']:
        row = page.schools[(s['school_id'], s['section'])]
        what = 'school %s %s' % (s['school_id'], s['section'])
        same(int(row['attrs']['data-met']), s['met'], what + ' met')
        same(truth(row['attrs']['data-pass']), s['pass'], what + ' pass')
        for k, v in s['indicators'].items():
            same(row['cells'].get(k), v, what + ' ' + k)
    print('html: %d counties, %d CVs, %d schools equal the JSON report; '
          'no external reference' % (len(report['counties']), n,
                                     len(report['schools'])))


# ---- plan and projection sections --------------------------------------------

class Extras(html.parser.HTMLParser):
    """Collects the plan and projection sections' data- attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.plan_counties, self.projection = {}, None
        self.county = self.series = None
        self.capacity, self.lines, self.external = {}, {}, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k, v in attrs:
            if k in ('src', 'href', 'srcset', 'xlink:href', 'action'):
                self.external.append('%s %s=%s' % (tag, k, v))
        cls = (a.get('class') or '').split()
        if tag == 'section' and 'plan-county' in cls:
            self.county = {'attrs': a, 'additions': [], 'totals': [],
                           'cvs': []}
            self.plan_counties[a['data-county']] = self.county
        elif tag == 'tr' and self.county is not None and (
                {'addition', 'total', 'cv'} & set(cls)):
            kind = ({'addition', 'total', 'cv'} & set(cls)).pop()
            self.county[{'addition': 'additions', 'total': 'totals',
                         'cv': 'cvs'}[kind]].append(a)
        elif tag == 'section' and 'projection' in cls:
            self.projection = {'attrs': a, 'series': {}}
        elif tag == 'tr' and 'series' in cls:
            self.series = self.projection['series'].setdefault(
                a['data-series'], {})
        elif tag == 'td' and self.series is not None and 'data-year' in a:
            self.series[int(a['data-year'])] = num(a.get('data-value'))
        elif tag == 'tr' and 'capacity' in cls:
            self.capacity[a['data-section']] = num(a['data-seats'])
        elif tag == 'polyline' and 'line' in cls:
            pts = a['points'].split()
            self.lines.setdefault(a['data-series'], []).append(
                ('capacity' in cls, [tuple(map(float, p.split(',')))
                                     for p in pts]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == 'tr':
            self.series = None


def read_extras(path):
    text = open(path, encoding='utf-8').read()
    page = Extras()
    page.feed(text)
    page.close()
    if 'http' in text or page.external:
        fail('the page refers outside itself: %s' % (page.external or 'http'))
    return page


def check_plan(path, json_path):
    page = read_extras(path)
    plan = json.load(open(json_path, encoding='utf-8'))
    if sorted(page.plan_counties) != sorted(c['county_id']
                                            for c in plan['counties']):
        fail('plan counties %s, JSON has %s' % (
            sorted(page.plan_counties), [c['county_id']
                                         for c in plan['counties']]))
    n_rows = n_cvs = 0
    for c in plan['counties']:
        cid = c['county_id']
        pc = page.plan_counties[cid]
        a = pc['attrs']
        same(num(a['data-total-cost']), c['total_cost'], cid + ' total cost')
        same(truth(a['data-pass-before']), c['resource_pass_before'],
             cid + ' pass before')
        same(truth(a['data-pass-after']), c['resource_pass_after'],
             cid + ' pass after')
        same(int(a['data-schools']), c['schools'], cid + ' schools')
        if c['resource_pass_after'] and len(pc['totals']) != len(c['totals']):
            fail('%s: %d total rows, JSON has %d' % (
                cid, len(pc['totals']), len(c['totals'])))
        for got, t in zip(pc['totals'], c['totals']):
            what = '%s total %s' % (cid, t['indicator'])
            for f in ('resource', 'indicator', 'unit'):
                same(got['data-' + f], t[f], what + ' ' + f)
            same(num(got['data-addition']), t['addition'], what + ' addition')
            same(num(got['data-cost']), t['cost'], what + ' cost')
        if c['resource_pass_after'] and len(pc['cvs']) != len(c['cvs']):
            fail('%s: %d CV rows, JSON has %d' % (cid, len(pc['cvs']),
                                                  len(c['cvs'])))
        for got, cv in zip(pc['cvs'], c['cvs']):
            what = '%s CV %s %s' % (cid, cv['level'], cv['indicator'])
            same(got['data-level'], cv['level'], what)
            same(got['data-indicator'], cv['indicator'], what)
            for f in ('before', 'after', 'limit'):
                same(num(got.get('data-' + f)), cv[f], what + ' ' + f)
            n_cvs += 1
        rows = [r for r in plan['additions'] if r['county_id'] == cid]
        if len(pc['additions']) != len(rows):
            fail('%s: %d addition rows, JSON has %d' % (
                cid, len(pc['additions']), len(rows)))
        for got, r in zip(pc['additions'], rows):
            what = '%s %s %s %s' % (cid, r['school_id'], r['section'],
                                    r['indicator'])
            for f in ('school', 'section', 'indicator', 'resource', 'unit'):
                same(got['data-' + f], r['school_id' if f == 'school' else f],
                     what + ' ' + f)
            for f in ('current', 'target', 'threshold', 'addition',
                      'addition_rule', 'addition_cv', 'cost'):
                same(num(got.get('data-' + f.replace('_', '-'))), r[f],
                     what + ' ' + f)
            same(truth(got['data-shared']), r['shared'], what + ' shared')
            n_rows += 1
    print('plan: %d counties, %d additions, %d CVs equal the plan JSON'
          % (len(plan['counties']), n_rows, n_cvs))


def shown_series(name):
    """The series `edubal evaluate --population ...` puts on the page."""
    return (name.startswith('population_') and not name.startswith('age_')
            or name.endswith('_students') and not name.startswith('grade_')
            or name.endswith('_seat_gap'))


def merge_projections(paths):
    """The year rows of several `edubal project` JSON outputs, as one:
    population series come from `project population`, enrollment and
    seats from `project seats`."""
    merged = None
    for p in paths:
        proj = json.load(open(p, encoding='utf-8'))
        if merged is None:
            merged = proj
            continue
        if [r['year'] for r in proj['years']] != [r['year'] for r in
                                                   merged['years']]:
            fail('%s covers other years' % p)
        for row, more in zip(merged['years'], proj['years']):
            row.update(more)
    return merged


def check_project(path, capacity_csv, json_paths):
    page = read_extras(path)
    proj = merge_projections(json_paths)
    if page.projection is None:
        fail('no projection section')
    years = [row['year'] for row in proj['years']]
    a = page.projection['attrs']
    same(int(a['data-first-year']), years[0], 'first year')
    same(int(a['data-years']), len(years), 'years')
    names = [k for k in proj['years'][0] if k != 'year' and shown_series(k)]
    if sorted(page.projection['series']) != sorted(names):
        fail('series %s, JSON has %s' % (
            sorted(page.projection['series']), sorted(names)))
    n = 0
    for row in proj['years']:
        for name in names:
            got = page.projection['series'][name].get(row['year'], 'absent')
            same(got, row[name], '%s %d' % (name, row['year']))
            n += 1
    with open(capacity_csv, encoding='utf-8') as f:
        want = {}
        for line in f.read().splitlines()[1:]:
            cid, section, seats = line.split(',')
            if cid == proj['county_id']:
                want[section] = float(seats)
    same(page.capacity, want, 'capacity')
    # The enrollment chart: one line per section's students, a dashed
    # one per capacity, as many points as years, higher values drawn
    # higher (SVG y grows downwards).
    for name in names:
        if not name.endswith('_students'):
            continue
        lines = page.lines.get(name) or fail(name + ': not in the chart')
        pts = lines[0][1]
        same(len(pts), len(years), name + ' points')
        vals = [row[name] for row in proj['years']]
        for i in range(len(vals)):
            for j in range(len(vals)):
                if vals[i] > vals[j] and not pts[i][1] <= pts[j][1]:
                    fail('%s: %d drawn below %d' % (name, years[i], years[j]))
    for section in want:
        if section + '_students' in names:
            dashed = page.lines.get(section) or fail(section + ' capacity')
            if not dashed[0][0]:
                fail(section + ': the capacity line is not dashed')
    print('project: %d values of %d series over %d years and %d capacities '
          'equal the projection JSON' % (n, len(names), len(years),
                                         len(want)))


# ---- xlsx ------------------------------------------------------------------

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships',
      'p': 'http://schemas.openxmlformats.org/package/2006/relationships'}


def col_index(ref):
    n = 0
    for ch in re.match(r'[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_sheets(path):
    z = zipfile.ZipFile(path)
    if z.testzip() is not None:
        fail('corrupt zip member')
    strings = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')):
            strings.append(''.join(t.text or '' for t in si.iter(
                '{%s}t' % NS['m'])))
    rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(
        z.read('xl/_rels/workbook.xml.rels'))}
    book = ET.fromstring(z.read('xl/workbook.xml'))
    sheets = []
    for s in book.find('m:sheets', NS):
        target = rels[s.get('{%s}id' % NS['r'])]
        root = ET.fromstring(z.read('xl/' + target))
        rows = []
        for row in root.iter('{%s}row' % NS['m']):
            cells = {}
            for c in row.findall('m:c', NS):
                v = c.find('m:v', NS)
                t = c.get('t')
                if t == 'inlineStr':
                    cells[col_index(c.get('r'))] = ''.join(
                        x.text or '' for x in c.iter('{%s}t' % NS['m']))
                    continue
                if v is None:
                    continue
                if t == 's':
                    val = strings[int(v.text)]
                elif t == 'b':
                    val = v.text == '1'
                elif t in ('str', 'inlineStr'):
                    val = v.text
                else:
                    val = float(v.text)
                cells[col_index(c.get('r'))] = val
            rows.append(cells)
        sheets.append((s.get('name'), rows))
    return sheets


def check_xlsx(path, json_path):
    report = json.load(open(json_path, encoding='utf-8'))
    sheets = read_sheets(path)
    if len(sheets) != 5:
        fail('%d sheets, want 5' % len(sheets))
    (_, counties), (_, cvs), (_, schools), (_, items), (_, reasons) = sheets
    rel = 1e-15
    got = {r[0]: r[3] for r in counties[1:]}
    same(got, {c['county_id']: c['verdict'] for c in report['counties']},
         'verdicts')
    want_cv = {}
    for c in report['counties']:
        for name, lv in c['resource'].items():
            for i in lv['indicators']:
                want_cv[(c['county_id'], name, i['key'])] = i
    if len(cvs) - 1 != len(want_cv):
        fail('%d CV rows, JSON has %d' % (len(cvs) - 1, len(want_cv)))
    for r in cvs[1:]:
        i = want_cv[(r[0], r[1], r[2])]
        for col, f in ((4, 'mean'), (5, 'sd'), (6, 'cv'), (7, 'limit')):
            same(r.get(col), i[f], '%s %s %s' % (r[0], r[2], f), rel)
        same(r.get(8), i['pass'], r[2] + ' pass')
    head = schools[0]
    keys = [head[k] for k in sorted(head) if 3 <= k < len(head) - 3]
    want_s = {(s['school_id'], s['section']): s for s in report['schools']}
    if len(schools) - 1 != len(want_s):
        fail('%d school rows, JSON has %d' % (len(schools) - 1, len(want_s)))
    for r in schools[1:]:
        s = want_s[(r[0], r[2])]
        for j, k in enumerate(keys):
            same(r.get(3 + j), s['indicators'][k], r[0] + ' ' + k, rel)
        same(r[3 + len(keys)], float(s['met']), r[0] + ' met')
        same(r.get(4 + len(keys)), s['pass'], r[0] + ' pass')
    want_i = {(c['county_id'], i['key']): i for c in report['counties']
              for i in c['items']}
    if len(items) - 1 != len(want_i):
        fail('%d item rows, JSON has %d' % (len(items) - 1, len(want_i)))
    for r in items[1:]:
        i = want_i[(r[0], r[2])]
        same(r.get(4), i['value'], r[2] + ' value', rel)
        same(r.get(5), i['threshold'], r[2] + ' threshold', rel)
        same(r.get(6), i['pass'], r[2] + ' pass')
    got_r = [(r[0], r[1]) for r in reasons[1:]]
    want_r = [(c['county_id'], x['code']) for c in report['counties']
              for x in c['reasons']]
    same(got_r, want_r, 'reasons')
    print('xlsx: %d CVs, %d schools, %d items, %d reasons equal the JSON '
          'report' % (len(want_cv), len(want_s), len(want_i), len(want_r)))


# ---- PNG -------------------------------------------------------------------

def read_png(path):
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        fail('not a PNG')
    pos, idat, hdr = 8, b'', None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            hdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        fail('unsupported PNG (depth %d, colour type %d)' % (depth, ctype))
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else
                                      b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def check_png(path):
    w, h, bpp, rows = read_png(path)
    bars = [(0x2f, 0x6f, 0xb0), (0xc0, 0x39, 0x2b)]
    ink = bar = 0
    bar_rows = set()
    for y, line in enumerate(rows):
        for x in range(0, w * bpp, bpp):
            px = line[x:x + 3]
            if px[0] < 240 or px[1] < 240 or px[2] < 240:
                ink += 1
            if any(all(abs(px[k] - c[k]) <= 6 for k in range(3))
                   for c in bars):
                bar += 1
                bar_rows.add(y)
    total = w * h
    if ink < total // 100:
        fail('page looks blank: %d of %d pixels are not white' % (ink, total))
    if bar < 500 or len(bar_rows) < 10:
        fail('no chart bars drawn: %d bar-coloured pixels' % bar)
    print('png: %dx%d, %.1f%% ink, %d bar-coloured pixels in %d rows' % (
        w, h, 100.0 * ink / total, bar, len(bar_rows)))


# ---- text alignment --------------------------------------------------------

def width(s):
    """Display columns, from Python's own Unicode tables."""
    n = 0
    for ch in s:
        if unicodedata.combining(ch) or unicodedata.category(ch) == 'Cf':
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return n


def check_align(path, lang):
    lines = open(path, encoding='utf-8').read().split('\n')
    items_head = '评估项目' if lang == 'zh' else 'Items'
    start = lines.index(items_head) + 1
    item_lines = []
    for ln in lines[start:]:
        if not ln.strip():
            break
        item_lines.append(ln)
    parts, value_ends = set(), set()
    for ln in item_lines:
        # the mark column holds no ASCII letter in zh; in en it is one
        # word ("pass", "fail", "missing") or "· statistic"
        m = re.match(r'  (\S+(?: \S+)?)\s+(assurance|quality|recognition|'
                     r'veto|preschool|\w+)\s+(\S+)\s+(\S+)', ln)
        if not m:
            fail('unparsed item line: ' + ln)
        parts.add(width(ln[:m.start(2)]))
        value_ends.add(width(ln[:m.end(4)]))
    if len(parts) != 1 or len(value_ends) != 1:
        fail('item columns out of line: part at %s, value ends at %s' % (
            sorted(parts), sorted(value_ends)))
    name_starts = set()
    level_lines = [ln for ln in lines if re.match(r'    [a-z_0-9]+ +[-0-9]', ln)]
    for ln in level_lines:
        m = re.match(r'(    \S+ +\S+ +\S+ +\S+ +\S+  )(.*)', ln)
        mark = m.group(2)
        # the mark cell is 10 columns, then one space, then the name
        name_starts.add(width(m.group(1)) + 10 + 1)
        k = 0
        while width(mark[:k]) < 11 and k < len(mark):
            k += 1
        if width(mark[:k]) != 11 or mark[k - 1] != ' ':
            fail('mark cell not 10 columns wide: ' + ln)
    if not level_lines or len(name_starts) != 1:
        fail('level table out of line: %s' % sorted(name_starts))
    print('align: %d item rows and %d indicator rows line up by display width'
          % (len(item_lines), len(level_lines)))


def main(argv):
    if len(argv) >= 4 and argv[1] == 'html':
        check_html(argv[2], argv[3], argv[4] if len(argv) > 4 else 'zh')
    elif len(argv) == 4 and argv[1] == 'xlsx':
        check_xlsx(argv[2], argv[3])
    elif len(argv) == 4 and argv[1] == 'plan':
        check_plan(argv[2], argv[3])
    elif len(argv) >= 5 and argv[1] == 'project':
        check_project(argv[2], argv[3], argv[4:])
    elif len(argv) == 3 and argv[1] == 'png':
        check_png(argv[2])
    elif len(argv) == 4 and argv[1] == 'align':
        check_align(argv[2], argv[3])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
