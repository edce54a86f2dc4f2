"""How much of real text becomes data: the reader measured on any tree of act folders.

Give it a checkout of a kazakhstan-law repository (or any part of it: folders of
`kaz.md` / `rus.md` / `meta.yaml`, or markdown with YAML front matter). It builds the
tree with `kg build` as a user would, then compares every text with its act's
requisites and prints, per document and in total:

- loaded or refused (with the reason);
- requisites read right: number, date, registration number and date, repealed or
  not, title in the text's language, issuing body (the agency code's organisation);
- history notes ("Ескерту" / "Сноска" lines) that became amendment events at their line;
- approval blocks (КЕЛІСІЛДІ / СОГЛАСОВАНО) that became approvals naming an organisation;
- table rows naming a position (in registers and qualification requirements) against the
  positions read from that text;
- whether the kk and ru texts of a folder describe one act, and how many of the units (appendices,
  divisions, points, sub-points) either text sets out the other sets out under the same IRI (the
  texts of a folder may be of two days, so this is a signal to read, not a score to reach 100%);
  likewise how many of the events (the acting act, the unit or act changed, the effect) either text
  records the other records, and how many of the positions either text reads the other reads as the same
  node (a position's two names, one a language, on one node);
- the bodies a text names (that passed the acts it names, that approved it) that are organisations of
  the registry, with their English name, against all it names: a body read under a wrong form of its
  name is a node of its own words;
- what a text stands on (`eli:based_on`: each act, or unit of one, its preamble names) and, for the two texts of one
  act, how many either text stands on the other does too;
- the laws and codes a text stands on, cited by title (`eli:based_on` a `law/…` or `code/…` node or one of
  its units), that name one law by its day (`…-2015-11-23`: the day its citation gives, or, for a title
  enacted anew, the law in force on the act's day) against all of them;
- the citations its provisions' words make (`eli:cites` from a unit to an act or a unit of one: "разработаны в
  соответствии с пунктом 4 статьи 16 Бюджетного кодекса"), and, for the two texts of one act, how many either
  text's citations (citing unit, act or unit cited) the other makes too;
- the appendices a text sets out that have a title (an appendix whose title was not found has none; a
  deleted appendix left as its number has none either, rightly);
- coverage (lines consumed into the model) and the worst documents, to read before
  writing a rule;
- what the SHACL shapes find wrong in the graph built (`kg validate`), by shape: data read but wrong;
- lines not carried: lines of a text whose words reach none of the data read from it (`kg.kept.lost_lines`, by
  this checkout's reader whatever `--kg` builds with), each listed: text read, then dropped;
- targets met: of the changes a text records (its notes, a changing act's instructions) to a unit of an act whose
  own text is in the build, those whose unit some text of that act sets out (lineage meets the text it changed),
  each miss listed: the change and the unit it names.

Usage:  python bench/real_eval.py ROOT [ROOT ...] [--kg "python -m kg.cli"] [--worst 10]
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus import act_meta, front_matter, read_parts  # noqa: E402
from kg.errors import KzlexError  # noqa: E402
from kg.kept import lost_lines  # noqa: E402
from kg.parse import parse_bytes  # noqa: E402
from kg.search import act_of  # noqa: E402

KZL = "https://w3id.org/kzlex/ontology#"
ELI = "http://data.europa.eu/eli/ontology#"
ORG_CLASS = "http://www.w3.org/ns/org#Organization"
SKOS_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
# (a bare label heads a form's notes; one marked "<*>" is the label of the attachment's own note, "Ескерту:<*>")
NOTE = re.compile(r"^[\s>*_]*(?:Ескерту|Сноска)\s*[.:]\s*[^\s*_<]", re.I)
APPROVAL = re.compile(r"^[\s>*_«\"“]*(?:КЕЛІСІЛДІ|КЕЛІСІЛГЕН|СОГЛАСОВАН[ОА]?)(?![А-ЯӘІҢҒҮҰҚӨҺа-яәіңғүұқөһ])", re.I)
YEAR_BLANK = re.compile(r"(?:19|20)\s*_{2,}")
INITIALS = re.compile(r"[А-ЯЁӘІҢҒҮҰҚӨҺ]\.\s*(?:[А-ЯЁӘІҢҒҮҰҚӨҺ]\.\s*)?[А-ЯЁӘІҢҒҮҰҚӨҺ][а-яёәіңғүұқөһ]+")
LAW = re.compile(r"^(.*?/(?:law|code)/[^/]+)(?:/|$)")  # a law or code cited by title, or a unit of it
DAY_END = re.compile(r"-\d{4}-\d{2}-\d{2}$")  # … named with its day
# the act's number as its requisites print it, after its day ("… от 3 августа 1999 года № 8-220а. Зарегистрировано …")
# (in its first sentence, "за" before the sign at times: "… от 14 декабря 2010 года за № 39-228"; "от" left out at times:
# "Решение акима Алматинской области 25 июня 1998 года № 6-214а.")
PRINTED_NUMBER = re.compile(r"^[^.]*?(?:от\s+)?\b\d{1,2}\s+[а-я]+\s+\d{4}\s+года\s+(?:за\s+)?(?:№|N)\s*"
                            r"([^\s.]+(?:\.[^\s.]+)*)")
UNIT_STEP = re.compile(r"/(?:app|ch|sec|par|art|p|sp)/[^/]+$")  # a unit a text sets out, no paragraph or table
# (the qualification requirements of positions, not those of a licence: "квалификационные требования … для
# деятельности, связанной с оборотом наркотических средств", whose table's rows are requirements, not positions)
REGISTER = re.compile(r"реестр\w* должност|лауазым\w* тізілім|квалификационн\w* требован\w*[^.]{0,40}должност"
                      r"|лауазым\w*[^.]{0,60}біліктілік талаптар", re.I)


def history(after: list[str]) -> bool:
    """A note that records a change names the act that made it (its year, its number) or the whole text; one that names
    neither explains the text ("Ескерту: Тексеру барысында үштен артық … анықталған кезде, …", "Ескерту: Жүргізуші
    куәлігін … екі мезгіл жүргізіледі (сағат 12.00-ден …)"), as "Примечание" does."""
    paras = [p for p in re.split(r"\n\s*\n", "\n".join(after)) if p.strip()][:2]
    note = paras[0] if re.search(r"[.:][*_\s]*$", paras[0]) else " ".join(paras)  # a sentence goes on past a blank line
    # (a footnote that names a term, "Сноска. В дальнейшем в тексте настоящей инструкции имущество … именуется
    # "наследственное имущество"", or "Сноска. Далее по тексту - орган внутренних дел", defines it: no change; nor does
    # the editors' word that the text was translated, "Ескерту. Бұйрықтың қазақ тіліндегі нұсқасы қағаз мәтінінде жоқ,
    # орыс тілдегі мәтінінен … аударылды.")
    return bool(re.search(r"\d{4}|[№N]\s*\d|текст|мәтін", note, re.I)) and not re.search(
        r"в дальнейшем\b.{0,120}именуе|далее по тексту\s*[-–—]|бұдан әрі\b.{0,120}деп атал|мәтінінен\b.{0,80}аударыл"
        r"|переведен\w*\s+с\s+", note, re.I)


def template(after: list[str]) -> bool:
    """An agreement field of a form to fill in: nobody signs it and its year is left blank
    ("ІІО бастығы (командирі) / ____ / 20 __ жылғы «____»")."""
    block = after[:next((i for i, ln in enumerate(after) if not ln.strip()), len(after))]
    return any(YEAR_BLANK.search(ln) for ln in block) and not any(INITIALS.search(ln) for ln in block)


def texts(roots: list[Path]) -> list[dict]:
    """Every text of the trees with its requisites (meta.yaml beside it, or its own front matter)."""
    out = []
    for root in roots:
        for p in sorted(root.rglob("*.md")):
            if p.name.lower() not in ("kaz.md", "rus.md"):
                continue
            raw = read_parts(p)[0].decode("utf-8", errors="replace")  # a split text with its parts
            meta_p = p.parent / "meta.yaml"
            fields = yaml.safe_load(meta_p.read_text(encoding="utf-8")) if meta_p.exists() else front_matter(raw)[0]
            if not isinstance(fields, dict) or not fields.get("requisite"):
                continue
            lang = "kk" if p.name.lower() == "kaz.md" else "ru"
            out.append(dict(path=p, folder=p.parent, lang=lang, raw=raw, fields=fields,
                            sha=hashlib.sha256(p.read_bytes()).hexdigest()))
    return out


def one(store: ox.Store, s, p: str):
    for q in store.quads_for_pattern(s, ox.NamedNode(p), None):
        return q.object
    return None


def position_rows(raw: str) -> int:
    n = 0
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", raw, re.S):
        cells = re.findall(r"<t[dh]([^>]*)>(.*?)</t[dh]>", row, re.S)
        header = any(re.search(r"атау|наименован|должност|лауазым", c, re.I) for _, c in cells) and len(row) < 400
        if cells and not header and not any("colspan" in a for a, _ in cells) and \
                re.search(r"[^\W\d_]{3}", re.sub(r"<[^>]+>", "", cells[-1][1])):
            n += 1
    return n


def not_carried(doc: dict) -> list[tuple[int, str]]:
    """The lines of a text this checkout's reader read and then kept in no data (`kg.kept`)."""
    try:
        parsed = parse_bytes(doc["raw"].encode("utf-8"), str(doc["path"]), act_meta(doc["fields"], str(doc["path"])),
                             doc["lang"])
    except KzlexError:
        return []  # (refused: the build's report says why)
    _, spans = front_matter(doc["raw"])  # (the front matter's lines are requisites, not text)
    return [(n, t) for n, t in lost_lines(doc["raw"], parsed) if n > spans]


def _apart(rows: list[dict], acts: dict, key: str) -> list[tuple[int, object, list]]:
    """For the acts whose kk and ru texts describe one act and whose `key` sets differ: (how many differ, folder,
    [(language, what that text alone holds)]), the most first."""
    sets: dict = {}
    for r in rows:
        sets.setdefault(r["folder"], {})[r["lang"]] = r[key]
    out = [(len(v["kk"] ^ v["ru"]), f, [("kk", v["kk"] - v["ru"]), ("ru", v["ru"] - v["kk"])])
           for f, v in sets.items() if len(v) == 2 and v["kk"] ^ v["ru"] and acts[f].get("kk")
           and acts[f]["kk"] == acts[f].get("ru")]
    return sorted(out, key=lambda x: (-x[0], str(x[1])))


def _short(item) -> str:
    """An IRI, or a pair of them, without the identifiers' common base."""
    parts = item if isinstance(item, tuple) else (item,)
    return " -> ".join(str(p).rsplit("/id/", 1)[-1] for p in parts)


def _agree(rows: list[dict], acts: dict, key: str) -> tuple[int, int]:
    """For the acts whose kk and ru texts describe one act: what both texts' `key` sets hold, against what either does."""
    sets: dict = {}
    for r in rows:
        sets.setdefault(r["folder"], {})[r["lang"]] = r[key]
    both = [sets[f] for f, v in acts.items() if len(v) == 2 and v["kk"] and v["kk"] == v["ru"]]
    return sum(len(s["kk"] & s["ru"]) for s in both), sum(len(s["kk"] | s["ru"]) for s in both)


def score(doc: dict, store: ox.Store, built: set[str] = frozenset()) -> dict:
    lines = doc["raw"].split("\n")
    truth = act_meta(doc["fields"], str(doc["path"]))
    r = dict(name=f"{doc['folder'].name[-40:]}/{doc['path'].name}", lang=doc["lang"], folder=doc["folder"],
             loaded=False, checks={}, coverage=0.0, act=None,
             notes=[i for i, ln in enumerate(lines, 1) if NOTE.match(ln) and history(lines[i - 1:i + 8])], notes_hit=0,
             blocks=sum(1 for i, ln in enumerate(lines) if APPROVAL.match(ln) and not template(lines[i + 1:i + 9])),
             approvals=0,
             rows=position_rows(doc["raw"]) if REGISTER.search(truth.title(doc["lang"]) or "") else 0, positions=0,
             units=set(), events=set(), bodies=(0, 0), titled=(0, 0), laws=(0, 0), cites=set(), targets=[],
             named=set())
    graphs = [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(KZL + "sha256"), ox.Literal(doc["sha"]))]
    if not graphs:
        return r
    g = graphs[0]
    act = one(store, g, KZL + "describes")
    if act is None:
        return r
    r.update(loaded=True, act=act.value)
    total, done = one(store, g, KZL + "linesTotal"), one(store, g, KZL + "linesUnderstood")
    r["coverage"] = 100.0 * int(done.value) / int(total.value) if total and int(total.value) else 100.0
    c, ref = r["checks"], truth.ref
    val = lambda p: getattr(one(store, act, p), "value", None)  # noqa: E731
    printed = PRINTED_NUMBER.search(str(doc["fields"].get("requisite") or ""))
    # (the number as the requisites print it, letters' case and all; else the one the requisites were read to)
    c["number"] = val(ELI + "number") == (printed.group(1).rstrip(".") if printed else ref.number)
    c["date"] = val(ELI + "date_document") == ref.date
    if ref.registration:
        c["reg_number"] = val(KZL + "registrationNumber") == ref.registration
    if ref.registration_date:
        c["reg_date"] = val(KZL + "registrationDate") == ref.registration_date
    state = val(ELI + "in_force") or ""
    c["repealed"] = state.endswith("notInForce") == truth.repealed
    title = truth.title(doc["lang"])
    if title:
        expressions = [q.object for q in store.quads_for_pattern(act, ox.NamedNode(ELI + "is_realized_by"), None)]
        titles = [q.object.value for e in expressions for q in store.quads_for_pattern(e, ox.NamedNode(ELI + "title"), None)
                  if getattr(q.object, "language", None) == doc["lang"]]
        c["title"] = title in titles
    if truth.agencies:  # the issuing body is a known organisation (the registry's, with its English name)
        body = one(store, act, ELI + "passed_by")
        c["issuer"] = body is not None and any(getattr(q.object, "language", None) == "en" for q in
                                               store.quads_for_pattern(body, ox.NamedNode(SKOS_LABEL), None))
    events = {int(q.object.value) for q in store.quads_for_pattern(None, ox.NamedNode(KZL + "sourceLine"), None, g)
              if any(store.quads_for_pattern(q.subject, ox.NamedNode(KZL + "fromNote"), None, g))}
    r["notes_hit"] = sum(1 for n in r["notes"] if {n - 1, n, n + 1} & events)
    if truth.repealed and r["notes_hit"] < len(r["notes"]):
        r["notes_hit"] += sum(1 for n in r["notes"] if not ({n - 1, n, n + 1} & events)
                              and re.search(r"Күші жойыл|Утратил|Отмен", lines[n - 1]))
    approvals = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(KZL + "approvedBy"), None, g)}
    r["approvals"] = min(r["blocks"], len(approvals))
    positions = {q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(KZL + "Position"), g)}
    r["positions"] = min(r["rows"], len(positions))
    r["named"] = {p.value for p in positions}  # (comparable across an act's two texts: they meet on one node)
    r["units"] = {q.subject.value for q in store.quads_for_pattern(None, ox.NamedNode(KZL + "sourceLine"), None, g)
                  if q.subject.value.startswith(act.value + "/") and UNIT_STEP.search(q.subject.value)}
    # (an event by what it is, not by its node: the acting act, the unit or act it changes, its effect)
    r["events"] = {(one_in(store, q.subject, KZL + "amendingAct", g), one_in(store, q.subject, KZL + "target", g),
                    one_in(store, q.subject, KZL + "effect", g))
                   for q in store.quads_for_pattern(None, ox.NamedNode(KZL + "amendingAct"), None, g)}
    # (a change of a unit of an act whose text is in the build meets that unit where some text of the act sets it out)
    for effect, target in {(e, t) for _, t, e in r["events"] if t and act_of(t) not in (None, t)}:
        if act_of(target) in built:
            met = any(store.quads_for_pattern(ox.NamedNode(target), ox.NamedNode(KZL + "sourceLine"), None))
            r["targets"].append(((effect, target), met))
    bodies = {q.object for p in (ELI + "passed_by", KZL + "approvedBy")
              for q in store.quads_for_pattern(None, ox.NamedNode(p), None, g)}
    known = {b for b in bodies if any(getattr(q.object, "language", None) == "en"
                                      for q in store.quads_for_pattern(b, ox.NamedNode(SKOS_LABEL), None))}
    r["bodies"] = (len(known), len(bodies))
    appendices = {u for u in r["units"] if re.search(r"/app/[^/]+$", u)}
    r["titled"] = (sum(1 for u in appendices if any(store.quads_for_pattern(ox.NamedNode(u), ox.NamedNode(KZL + "heading"),
                                                                              None, g))), len(appendices))
    laws = {m.group(1) for q in store.quads_for_pattern(act, ox.NamedNode(ELI + "based_on"), None, g)
            if (m := LAW.match(q.object.value))}
    r["laws"] = (sum(1 for law in laws if DAY_END.search(law)), len(laws))
    # (what the act stands on: each act or unit of one its preamble names, comparable across an act's two texts)
    r["bases"] = {q.object.value for q in store.quads_for_pattern(act, ox.NamedNode(ELI + "based_on"), None, g)}
    # (what the provisions cite: the citing unit and the act or unit cited, comparable across an act's two texts)
    r["cites"] = {(q.subject.value, q.object.value) for q in store.quads_for_pattern(None, ox.NamedNode(ELI + "cites"),
                                                                                     None, g)}
    return r


def one_in(store: ox.Store, s, p: str, g) -> str | None:
    for q in store.quads_for_pattern(s, ox.NamedNode(p), None, g):
        return q.object.value
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--kg", default=f"{sys.executable} -m kg.cli")
    ap.add_argument("--worst", type=int, default=10, help="list this many documents of lowest coverage")
    a = ap.parse_args()
    roots = [Path(x) for x in a.roots]
    docs = texts(roots)
    with tempfile.TemporaryDirectory(prefix="real-eval-") as work:
        b = subprocess.run(shlex.split(a.kg) + ["build", *a.roots, "--store", f"{work}/store", "-q"],
                           capture_output=True, text=True, cwd=ROOT)
        refused = [ln for ln in (b.stdout + b.stderr).splitlines() if ln.startswith("error:")]
        crashes = int("Traceback (most recent call last)" in b.stdout + b.stderr)
        store = ox.Store.read_only(f"{work}/store")
        built = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(KZL + "describes"), None)}
        rows = [score(d, store, built) for d in docs]
        del store
        for d, r in zip(docs, rows):
            r["lost"] = not_carried(d)
        # what the shapes find wrong in the data read: a sign of how much of it is right, not only how much there is
        v = subprocess.run(shlex.split(a.kg) + ["validate", "--store", f"{work}/store", "--format", "json"],
                           capture_output=True, text=True, cwd=ROOT)
        found = json.loads(v.stdout)["results"] if v.stdout.strip().startswith("{") else []
    fields = ["number", "date", "reg_number", "reg_date", "repealed", "title", "issuer"]
    print(f"{'document':46} {'lang':4} {'cov%':>6}  " + " ".join(f"{f[:6]:>6}" for f in fields) + "  notes  appr  positions")
    for r in rows:
        cells = " ".join(f"{'-' if f not in r['checks'] else ('ok' if r['checks'][f] else 'WRONG'):>6}" for f in fields)
        print(f"{r['name'][:46]:46} {r['lang']:4} {r['coverage'] if r['loaded'] else float('nan'):>6.1f}  {cells}  "
              f"{r['notes_hit']:>2}/{len(r['notes']):<3} {r['approvals']:>2}/{r['blocks']:<2} {r['positions']:>4}/{r['rows']}")
    right = sum(v for r in rows for v in r["checks"].values())
    total = sum(len(r["checks"]) for r in rows)
    acts: dict = {}
    for r in rows:
        acts.setdefault(r["folder"], {})[r["lang"]] = r["act"]
    pairs = [v for v in acts.values() if len(v) == 2]
    same = sum(1 for v in pairs if v["kk"] and v["kk"] == v["ru"])
    shared, agree, cites_agree, bases_agree, named_agree = (
        _agree(rows, acts, key) for key in ("units", "events", "cites", "bases", "named"))
    bodies = (sum(r["bodies"][0] for r in rows), sum(r["bodies"][1] for r in rows))
    titled = (sum(r["titled"][0] for r in rows), sum(r["titled"][1] for r in rows))
    laws = (sum(r["laws"][0] for r in rows), sum(r["laws"][1] for r in rows))
    cov = [r["coverage"] if r["loaded"] else 0.0 for r in rows]
    print(f"\nworst coverage (read these before writing a rule):")
    for r in sorted(rows, key=lambda r: r["coverage"])[:a.worst]:
        print(f"  {r['coverage']:5.1f}%  {r['folder']}/{r['lang']}")
    apart = _apart(rows, acts, "units")
    if apart:
        print("\nkk and ru texts of one act setting out units the other does not (units, folder):")
        for n, f, _ in apart[:a.worst]:
            print(f"  {n:5d}  {f}")
    # (what one text of an act cites or stands on and the other does not: a misread in one language, or texts
    # abbreviated differently; the first few of each, the one text's)
    for key, what in (("cites", "citations (citing unit, what it cites)"), ("bases", "bases")):
        apart = _apart(rows, acts, key)
        if apart:
            print(f"\nkk and ru texts of one act whose {what} differ (how many, folder; one text's own):")
            for n, f, sides in apart[:a.worst]:
                print(f"  {n:5d}  {f}")
                for lang, only in sides:
                    for item in sorted(only, key=str)[:3]:
                        print(f"           {lang} only: {_short(item)}")
    for line in refused[:20]:
        print(f"  {line}")
    lost = [(r, n, t) for r in rows for n, t in r.get("lost", [])]
    if lost:
        print("\nlines not carried (read, then kept in no data):")
        for r, n, t in lost[:a.worst * 3]:
            print(f"  {r['name']}:{n}: {t[:100]}")
    missed = [(r, t) for r in rows for t, met in r["targets"] if not met]
    if missed:
        print("\nchanges whose unit no text of its act sets out (effect, unit):")
        for r, (e, t) in missed[:a.worst * 3]:
            print(f"  {r['name']}: {e.rsplit('#', 1)[-1]} {t.split('/id/', 1)[-1]}")
    shapes = collections.Counter((f["severity"], f["shape"].rsplit("#", 1)[-1]) for f in found)
    if shapes:
        print("\nshape results (severity, shape: how many):")
        for (severity, shape), n in sorted(shapes.items(), key=lambda x: (x[0][0] != "Violation", -x[1], x[0][1])):
            print(f"  {severity:9} {shape:34} {n}")
    pct = lambda x, y: 100.0 * x / y if y else 100.0  # noqa: E731
    notes = (sum(r["notes_hit"] for r in rows), sum(len(r["notes"]) for r in rows))
    appr = (sum(r["approvals"] for r in rows), sum(r["blocks"] for r in rows))
    pos = (sum(r["positions"] for r in rows), sum(r["rows"] for r in rows))
    met = (sum(m for r in rows for _, m in r["targets"]), sum(len(r["targets"]) for r in rows))
    print(f"\nreal_eval: texts {len(rows)}, loaded {sum(r['loaded'] for r in rows)}/{len(rows)}, "
          f"fields {right}/{total} ({pct(right, total):.1f}%), notes {notes[0]}/{notes[1]} ({pct(*notes):.1f}%), "
          f"approvals {appr[0]}/{appr[1]} ({pct(*appr):.1f}%), positions {pos[0]}/{pos[1]} ({pct(*pos):.1f}%), "
          f"kk+ru one act {same}/{len(pairs)}, kk+ru units {shared[0]}/{shared[1]} ({pct(*shared):.1f}%), "
          f"kk+ru positions {named_agree[0]}/{named_agree[1]} ({pct(*named_agree):.1f}%), "
          f"kk+ru events {agree[0]}/{agree[1]} ({pct(*agree):.1f}%), bodies known {bodies[0]}/{bodies[1]} "
          f"({pct(*bodies):.1f}%), bases {sum(len(r['bases']) for r in rows)} (kk+ru agree {bases_agree[0]}/"
          f"{bases_agree[1]}), laws by their day {laws[0]}/{laws[1]}, "
          f"citations {sum(len(r['cites']) for r in rows)} (kk+ru agree {cites_agree[0]}/{cites_agree[1]}, "
          f"{pct(*cites_agree):.1f}%), "
          f"appendices titled {titled[0]}/{titled[1]} ({pct(*titled):.1f}%), "
          f"targets met {met[0]}/{met[1]} ({pct(*met):.1f}%), "
          f"coverage median {statistics.median(cov) if cov else 0:.1f}% "
          f"(mean {statistics.mean(cov) if cov else 0:.1f}%), violations {sum(1 for f in found if f['severity'] == 'Violation')}"
          f", warnings {sum(1 for f in found if f['severity'] == 'Warning')}, lines not carried {len(lost)}, "
          f"crashes {crashes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
