"""Stage 2c — amendments: the instruction grammar and "Ескерту" history notes.

Reads: the lines of an amending point ('... № 553 бұйрығына ... енгізілсін:') up to the
next operative point, and history notes of consolidated texts. Writes: typed
:class:`Amendment` events (effect, target path, new text, announced items), the
amended act, and the units / positions / index entries of inserted text.

Grammar, in short: a context line (ends with ':' and states no effect) moves the
current path ('2-тармақта:', '"80. Механик" деген параграфта:', 'көрсетілген
бұйрықпен бекітілген ... қағидаларында:'); an instruction line names targets
relative to that path, states an effect and, for most effects, opens a quoted
block of new text.
"""
from __future__ import annotations

from dataclasses import replace

import re

from ..effects import effect as effect_table
from ..lexicon import marker, phrases
from ..model import APPROVED_DOCUMENT, RANK, Act, ActRef, Amendment, Found, Path, Unit
from ..normalise import clean_line
from ..orgs import canonical
from ..patterns import (acts_named, acts_of_body_apart, bracketed, effect_before, effect_of, effect_spans, effects_stated, find_act_refs, find_dates, find_note_acts, in_force_until, note_rule, issuerless_act_refs, kinds_named_last,
                        named_heading, normalise_number, numberless_act_refs, order_refs, parse_date, quoted, split_numbers, strip_quoted,
                        titled_numberless_refs,
                        unbracketed, unit_kind, unit_lead, unit_refs, until_date, without_labels)
from .context import Ctx, apply_context
from .structure import Builder

__all__ = ["is_opener", "parse_amending", "parse_said_act", "parse_change_point", "change_list_target", "read_note", "read_block",
           "note_records", "broken_instruction",
           "repeal_listed", "deleted_in_place", "suspended", "interim_point", "deferred_wording",
           "strikes_elsewhere", "Amending"]

_TOP_POINT = re.compile(r"^\d+\.\s")
_ITEM_NUMBER = re.compile(r"^\d+[.)]\s*")  # a listed item's own number ("7. ", "1) ")
_DIVISIONS = ("section", "chapter", "paragraph")
_QUOTED_LABEL = re.compile(r'"(?:[^\W\d_]|\d+[^\W\d_]?)"(?=\s)')


def is_opener(text: str) -> bool:
    """Does a line open the amendment of another act?"""
    bare = strip_quoted(text)
    if marker("amend_act_ru").search(bare):
        return True
    return bool(marker("amend_act").search(bare)) and bool(marker("amended_act_word").search(bare))


def read_block(ctx: Ctx, i: int, end: int, first: str | None = None) -> tuple[list[tuple[int, str]], int]:
    """Read a quoted block of new text from line i (or from `first`, the rest of line i).

    Returns ([(line index, text without the outer quotes)], index after the block).
    The block ends on the line where the quotes balance and the text ends with a
    closing quote (optionally followed by ';' or '.').
    """
    out: list[tuple[int, str]] = []
    count = 0
    j = i
    while j < end:
        text = first if (first is not None and j == i) else ctx.text(j)
        if j > i and (marker("approval").search(text) or marker("approved_by_order").search(text)):
            break
        if j > i and count % 2 == 1 and re.search(r"[;.]\s*$", out[-1][1]) and effect_of(text) and unit_refs(text):
            break  # a new wording whose closing quote the text lost, the next instruction after it ('"в) …;' / '"д"
            # тармақшасында … деген сөзбен ауыстырылсын.')
        # (a new wording that opens with its unit's letter quoted, no quotation mark of its own: '"г" зейнетақылар …
        # байланысты;' / '- "ж" тармақшасы мынадай редакцияда жазылсын:', MinFin 1997 N 322 in Kazakh: the label's
        # marks are no quotation, the wording's mark is lost)
        count += text.count('"') - (1 if j == i and _QUOTED_LABEL.match(text.lstrip()) else 0)
        if j == i and first is not None and count and count % 2 == 0 and not re.search(r'"\s*[;.,]?\s*$', text):
            # words quoted whole on the instruction's line, words of it after them ('… дополнить словами "на счетах
            # …," далее по тексту;'): the block is those words
            out.append((j, text[:text.rfind('"') + 1]))
            j += 1
            break
        out.append((j, text))
        j += 1
        if count % 2 == 0 and re.search(r'"\s*[;.,]?\s*$', text):
            break
    if out:
        k, t = out[0]
        out[0] = (k, re.sub(r'^\s*"', "", t, count=1))
        k, t = out[-1]
        out[-1] = (k, re.sub(r'"\s*[;.,]?\s*$', "", t))
    return out, j


class Amending:
    """State of one amending point: the amended act, the subject, the context path."""

    def __init__(self, ctx: Ctx, amending: ActRef, target: ActRef, out: Found):
        self.ctx, self.amending, self.target, self.out = ctx, amending, target, out
        self.path: Path = ()
        self.base: Path = ()  # the document the instructions change: the act, or the attachment its order approved
        self.headings: dict = {}
        # the context lines in force, outermost first: the path each gave, its words, whether an instruction has
        # been placed by it yet
        self.leads: list[list] = []

    def lead(self, target: Path | None = None) -> tuple[str, ...]:
        """The context lines that place an instruction, outermost first; of `target`, those above it (a unit inserted
        beside the one the last context named: '"80. Механик" деген параграфта:' / … / "мынадай мазмұнындағы 115 …
        -параграфтармен толықтырылсын:" is no change of paragraph 80). A line no instruction has been placed by yet
        stays with the next one, whatever path the lines after it gave ('"…" деген 3-бөлімде:' / '"…" деген
        1-тарауда:', a chapter named inside a section): every context line is some instruction's."""
        return tuple(lead[1] for lead in self.leads
                     if target is None or target[:len(lead[0])] == lead[0] or not lead[2])

    def _placed(self) -> None:
        """An instruction was read: every context line in force has placed one."""
        for lead in self.leads:
            lead[2] = True

    def context(self, text: str) -> None:
        before = self.path
        self._context(text)
        if marker("attachment_context").search(text):
            # a line naming the document the instructions change ("көрсетілген бұйрықпен бекітілген … Нұсқаулықта:")
            # ends the lines of the document before it, its path the same or not
            self.leads = [lead for lead in self.leads if not lead[2]]
        # a line that moves the path ends the lines of the units beside and below the one it names ('"5. …" деген
        # параграфта:' after '"4. …" деген параграфта:'); the ones above it stay
        elif self.path != before:
            self.leads = [lead for lead in self.leads
                          if len(lead[0]) < len(self.path) and self.path[:len(lead[0])] == lead[0] or not lead[2]]
        self.leads.append([self.path, text.strip(), False])

    def _context(self, text: str) -> None:
        m = marker("attachment_context").search(text)
        if m:
            self.path = self.base = (("appendix", "1"),)
            text = text[m.end():]  # "... бекітілген анықтамалыққа 1-қосымшада:" goes on to appendix 1
        refs = order_refs(unit_refs(text, self.headings))
        if refs:
            self.path = apply_context(self.path if m else self._beside(refs, text), [alts[0] for alts in refs])

    def _beside(self, refs: list, text: str) -> Path:
        """The path a unit named is read under: an appendix named alone after another of the act's appendices is one
        of the act's own ("Приложение N 4 … изложить …;" / "в Приложении N 5:" / … / "Приложение N 7 … дополнить …"),
        no appendix of it; an appendix of the attachment ("приложение 2 к Правилам") is under it."""
        if (refs and refs[0][0][0] == "appendix" and len(self.path) == 1 and self.path[0][0] == "appendix"
                and self.path[0] != refs[0][0] and not marker("appendix_of_attachment").search(strip_quoted(text))
                and not marker("attachment_context").search(text)):
            return ()
        return self.path

    def instruction(self, i: int, text: str, end: int) -> int:
        """Read the instruction at line i, each of its clauses (`instruction_clauses`) a change of its own; the index
        of the first line after it (the last clause's new text may go on below)."""
        clauses = instruction_clauses(text)
        for clause in clauses[:-1]:  # (words of their own on this line: no text below is theirs)
            self._clause(i, clause, i + 1, text)
        return self._clause(i, clauses[-1], end, text if len(clauses) > 1 else None)

    def _clause(self, i: int, text: str, end: int, said: str | None = None) -> int:
        """One change at line i (`said`: the whole line, where `text` is one of its clauses)."""
        ctx = self.ctx
        found = effect_of(text)
        if found is None:  # (a line a repeal's phrase matched where the effects' phrases read none: no instruction)
            return i + 1
        effect, m = found
        self.out.instructions_found += 1
        if marker("attachment_context").search(text[:m.start()]):
            self.path = self.base = (("appendix", "1"),)
        if effect_table(effect).ends_act or effect_table(effect).in_part:
            nxt = self._repeal(i, text, effect)
            self._placed()
            return nxt
        if self.target.ident == self.amending.ident and (struck := _struck_acts(text, self.amending, found)):
            return self._struck(i, text, struck, m)
        # "… осы бұйрыққа қосымшаға сәйкес": the amending order's own appendix is where the text is, not a target
        refs = order_refs(unit_refs(marker("per_own_appendix").sub(" ", text), self.headings))
        if marker("upper_right_corner").search(text):
            refs.append([("title", "header")])
        base, targets = _targets(self._beside(refs, text), refs)
        # (words replaced "в названии Инструкции, далее по тексту и в приложениях", under a chapter's context: the whole
        # act's)
        targets = targets or [self.base if marker("throughout_text").search(text[:m.start()]) else self.path]
        block, nxt = [], i + 1
        after = text[m.end():]
        # a unit's quoted label before the new text is no quotation of it ('дополнить подпунктом "и" следующего
        # содержания:', 'ввести пункт "37а" …')
        opens = _QUOTED_LABEL.sub(lambda q: " " * len(q.group(0)), after).find('"')
        if effect_table(effect).gives_text:
            if opens >= 0:
                block, nxt = read_block(ctx, i, end, first=after[opens:])
            elif nxt < end and ctx.text(nxt).lstrip().startswith('"') and (
                    text.rstrip().endswith(":") or not marker("quoted_words").search(strip_quoted(text))):
                # (not the next instruction, its unit's label quoted first, after words added that this one quoted:
                # '"табыс" деген сөзден соң "…" деген сөздермен толықтырылсын;' / '"в" тармақшасында …')
                block, nxt = read_block(ctx, nxt, end)
        # (a unit's quoted label is no word of it: 'в подпункте "д" слова "денежные средства" заменить словом "деньги"')
        unlabelled = without_labels(text)
        words = quoted(unlabelled[:m.start()]) if marker("quoted_words").search(strip_quoted(text)) else []
        if not words and effect_table(effect).words == 1 and not effect_table(effect).gives_text:
            # the words struck out named after the verb ('во втором абзаце исключить слова "доплату к государственной
            # пенсии"')
            words = quoted(unlabelled[m.end():]) if marker("quoted_words").search(strip_quoted(text[m.end():])) else []
        figures = marker("figures_replaced").search(text) if effect_table(effect).words == 2 else None
        if figures:  # a budget's figure for another, unquoted ('"Кiрiстер" деген жол бойынша 9131678 саны 9131480 санына
            words = [figures.group("old"), figures.group("new")]  # ауыстырылсын;'): those figures, not the row's name
        elif effect_table(effect).words == 2:
            # (the new words named as such, however many the old: 'слова "бюджетные организации", "организации" …
            # заменить словами "государственные учреждения"', '"бюджеттік ұйымдар", "ұйымдар" деген сөздер …
            # "мемлекеттік мекемелер" деген сөздермен ауыстырылсын')
            words = [w for w in _replaced_words(unlabelled, m) if w is not None] or quoted(unlabelled)
        # (several words listed, each replaced: 'слова "смета", "сметы" заменить словом "план"', or word for word)
        pairs = _replaced_pairs(unlabelled, m) if effect_table(effect).words == 2 and not figures else []
        if effect_table(effect).words == 2 and not figures and len(pairs) < 2:
            pairs = _pair_groups_kk(unlabelled[:m.start()]) or pairs
        if effect_table(effect).gives_text and not block and words:
            # the words added, quoted before the verb ('"м" тармақшасы "… басқа" деген сөздермен толықтырылсын')
            block = [(i, words[-1])]
        if not words and marker("sentence_named").search(strip_quoted(text)):
            # a sentence of the unit rewritten, struck out or added to ("в абзаце втором первое предложение изложить в
            # следующей редакции:", "оныншы абзацтағы екінші сөйлем алынып тасталсын"): the unit changed, its wording
            # not given whole (no sentence is a unit: not the unit's new text, nor its deletion; words of the sentence
            # are the unit's, 'в предложении втором слово "внебюджетных" исключить'); the sentence's new wording stays
            # with the instruction's words, as written
            effect, words, pairs = "Modification", [], []
            if block:
                said = (said or text) + "\n" + '"' + "\n".join(t for _, t in block).strip() + '"'
        elif effect_table(effect).words == 1 and len(words) > 1 and _one_list(unlabelled, words, "struck_words_gap"):
            pairs = [(w, None) for w in words]  # 'слово "размеры" и слова "…" исключить': each of them struck out
        self._emit(i, text, effect, base, targets, block if effect_table(effect).gives_text else [], words,
                   pairs if len(pairs) > 1 else None,
                   _added_how(unlabelled) if effect == "Insertion" else (None, None, None), said)
        self._placed()
        ctx.take(i, *[k for k, _ in block])
        return max(nxt, i + 1)

    def _emit(self, i, text, effect, base, targets, block, words, pairs=None, added=(None, None, None),
              said=None) -> None:
        """The amendments of the instruction at line i, one a target (`added`: where an insertion into a unit's
        wording puts its words, `_added_how`; `said`: the line as written, where `text` is one of its clauses)."""
        ctx = self.ctx
        announced = _announced(text) or tuple(t[-1][1] for t in targets if t)
        new_text = "\n".join(t for _, t in block).strip() or None
        own = marker("per_own_appendix").search(text) if effect_table(effect).gives_text and not new_text else None
        if own:  # the new wording is this order's appendix: its text once the appendix is read (own_appendix_text)
            n = own.group("n") or own.group("n2") or own.group("n3") or own.group("n4") or "1"
            for t in targets:
                if t:  # (the act itself, given anew, is no unit of it)
                    self.out.units.append(Unit(self.target, t, self.headings.get(t[-1]), None, ctx.loc(i)))
                self.out.amendments.append(Amendment(self.amending, self.target, t, effect, text, None,
                                                     announced=(), loc=ctx.loc(i), from_appendix=n,
                                                     context=self.lead(t)))
            return
        if effect_table(effect).gives_text and not new_text:
            self.out.instructions_failed.append((ctx.lines[i].first, text))
            return
        rows = bool(_announced(text)) or any("\t" in t for _, t in block)
        delivered: dict[Path, str] = {}
        units_by_path: dict = {}
        if block and (rows or _structured(block)):

            def build(base: Path):
                b = Builder(self.target, base, self.headings)
                bad = [(ctx.lines[k].first, t) for k, t in block if not b.feed(t, ctx.loc(k))]
                return b.result(), bad

            (units, positions, entries), bad = build(targets[0] if rows else targets[0][:-1])
            # a division inserted into, the unit it gains not named ("Приложение N 7 … дополнить строкой 8 следующего
            # содержания:" / '"8. Журнал приема и передачи информаций".'): the units of the block are under it
            into = (effect == "Insertion" and not rows and len(targets) == 1 and bool(targets[0])
                    and targets[0][-1][0] in ("appendix", "chapter", "section", "paragraph")
                    and targets[0] not in {u.path for u in units})
            if into:
                (units, positions, entries), bad = build(targets[0])
            self.out.unparsed += bad
            self.out.units += units
            self.out.positions += positions
            self.out.index_entries += entries
            delivered = {u.path: u.text or "" for u in units}
            units_by_path = {u.path: u for u in units}
            if rows:
                delivered = {e.path + (("row", e.row),): f"{e.row}\t{e.title}\t§ {e.refers_to}" for e in entries}
                targets = list(delivered)
            elif into:
                targets = [p for p in delivered if len(p) == len(targets[0]) + 1]
                # (what it announces is the units it gains, not the division they go into: row 8, not appendix 7)
                announced = _announced(text) or tuple(t[-1][1] for t in targets)
            elif effect == "Insertion":
                targets = [t for t in targets if t in delivered]  # the rest: announced, not delivered
        loc = ctx.loc(i, block[-1][0] if block else i)
        paras = [p for p in (new_text or "").split("\n") if p.strip()]
        slices = _slices(ctx, block, targets, units_by_path) if len(targets) > 1 and block else {}
        for k, t in enumerate(targets):
            piece = None
            # (words added to a unit's wording: its own, not the paragraph or part the instruction numbers, "пункт 4
            # дополнить частью второй" adds part 2; words a paragraph named gains are its: "в абзаце восьмом после слов
            # "…" дополнить словами …")
            after, before, appended = added if t and (t[-1][0] not in _ADDED_UNITS or added[2] != "paragraph") else (
                None, None, None)
            if effect_table(effect).gives_text:
                if rows:
                    piece = delivered[t]
                elif len(targets) == 1:
                    piece = new_text
                elif t in slices:
                    piece = slices[t]
                else:
                    piece = paras[k] if len(paras) == len(targets) else new_text
                piece = _without_own_number(piece, t)
                if t not in delivered and t:
                    # (words added to its wording are no text of the unit: it is named)
                    self.out.units.append(_named(self.target, t, self.headings, loc) if after or before or appended
                                          else Unit(self.target, t, self.headings.get(t[-1]), piece, loc))
            elif t:  # (a change throughout the text targets the act itself, no unit of it)
                self.out.units.append(_named(self.target, t, self.headings, loc))
            old = words[0] if effect_table(effect).words and words else None
            new = words[1] if effect_table(effect).words == 2 and len(words) > 1 else None
            self.out.amendments += [Amendment(self.amending, self.target, t, effect, said or text, piece, old, new,
                                              announced, loc=loc, context=self.lead(t), after=after, before=before,
                                              appended=appended)
                                    for old, new in (pairs or [(old, new)])]
        for t in sorted({t[:k] for t in targets for k in range(1, len(t))}):
            self.out.units.append(_named(self.target, t, self.headings, loc))

    def _end_units(self, i: int, ref: ActRef, named: list, effect: str, text: str) -> None:
        """The units `named` of the act `ref` that the instruction at line i ends (`effect`: their deletion, or a repeal
        in part), in the rules that act approved where the text says they are (`_of_rules`)."""
        for path in _targets(_of_rules(strip_quoted(text)), named)[1]:
            self.out.amendments.append(Amendment(self.amending, ref, path, effect, text, loc=self.ctx.loc(i),
                                                 context=self.lead(path)))
            self.out.units.append(_named(ref, path, self.headings, self.ctx.loc(i)))

    def _struck(self, i: int, text: str, acts: list[ActRef], verb_at: re.Match) -> int:
        """The units of other acts (`acts`, `_struck_acts`) a point of the act strikes out, its verb at `verb_at`, of
        each act it names: those named between the last act and the verb ("… N 3-15 шешімінің (…), … N 27-195
        шешімдерінің N 3 қосымшасы алынып тасталсын": appendix 3 of both)."""
        refs = _changed_by_dropped(text, acts)
        idents = {r.ident for r in refs}
        after = max((e for r, _, e in find_act_refs(text) if r.ident in idents), default=0)
        verb = verb_at.start()
        named = order_refs(unit_refs(unbracketed(strip_quoted(text[after:verb])), self.headings)) if after < verb else []
        if not named:
            self.out.instructions_failed.append((self.ctx.lines[i].first, text))
        for r in refs if named else ():
            self._end_units(i, r, named, "Deletion", text)
        self._placed()
        self.ctx.take(i)
        return i + 1

    def _repeal(self, i: int, text: str, effect: str = "Repeal") -> int:
        issuer = _list_body(self.ctx, i) or self.amending.issuer
        refs = acts_named(text, exclude=self.amending) or [
            r for r in issuerless_act_refs(text, issuer) if r.ident != self.amending.ident] \
            or numberless_act_refs(text) \
            or [r for r, _, _ in titled_numberless_refs(text, issuer)]  # (by its day and title alone)
        refs = refs + kinds_named_last(text, refs, self.amending)
        refs = _changed_by_dropped(text, refs)
        if not refs:  # (its registration and publication in brackets before its kind: "… 2013 жылғы 8 қарашадағы № 646
            # (… тіркелген. … № 341 (27615) «Егемен Қазақстан» газетінде жарияланған) бұйрықтарының күші жойылған …")
            refs = [r for r in issuerless_act_refs(unbracketed(text), issuer) if r.ident != self.amending.ident]
        if len(refs) == 1:
            refs = _listed_before(text, refs[0]) + refs
        # (not the registration's and publication's data in brackets: "… бұйрығының күші жойылсын (… тізілімінде № 6174
        # тіркелген, … Бюллетенінде 2010 жылғы № 8, 380-бап жарияланған)")
        named = order_refs(unit_refs(unbracketed(text), self.headings)) if len(refs) == 1 else []
        if not named and len(refs) == 1:
            # the units and their act said in one bracket after what they are ("Контракт на оказание услуг … (Приложение
            # № 7 к Положению …, утвержденного решением Акима области от 12 ноября 1996 г. № 11-286) считать утратившим
            # силу", an akim's decision of 1998): that bracket's units, not the whole act
            inner = next((b for b in bracketed(text) if any(r.ident == refs[0].ident for r in acts_named(b))), None)
            named = order_refs(unit_refs(inner, self.headings)) if inner else []
        if named:  # "… № 100 бұйрығының 2-тармағының күші жойылды деп танылсын": that unit, not the act
            self._end_units(i, refs[0], named, effect if effect_table(effect).in_part else "Deletion", text)
            self.ctx.take(i)
            return i + 1
        for r in refs:
            self.out.amendments.append(Amendment(self.amending, r, (), effect, text, loc=self.ctx.loc(i)))
        units = [] if refs or marker("list_follows").search(text) else order_refs(unit_refs(text, self.headings))
        if units:  # "5-тармақтың күші жойылды деп танылсын": a unit of the amended act loses force, its deletion
            self._emit(i, text, "Deletion", *_targets(self.path, units), [], [])
        elif not refs and marker("list_follows").search(text):
            self.ctx.pending_repeal = text  # the acts are listed below, or in the appendix
            self.ctx.repeal_lead_at = i
            self.ctx.repeal_leads.append((self.ctx.lines[i].first, text))
            m = marker("repeal_appendix").search(text)
            if m:  # "… согласно приложению 3 к настоящему приказу": that appendix lists them
                self.ctx.repeal_appendix = (m.group("n") or m.group("k") or None, text)
        elif not refs:
            self.out.instructions_failed.append((self.ctx.lines[i].first, text))
        self.ctx.take(i)
        return i + 1


# the effects whose clauses one line may state side by side, each its own change of the unit it names first
_CLAUSE_EFFECTS = ("Substitution", "Insertion", "Deletion", "WordReplacement")
_LONE_QUOTE = re.compile(r'\s*"[^"]*"\s*')  # (a quoted word of a list, its words blanked)


def instruction_clauses(text: str) -> list[str]:
    """The clauses of an instruction line that states several changes, each after the one before it past a comma or
    "және" ('в абзаце третьем слово "Законом" заменить словом "законами", после слов "Республики Казахстан" дополнить
    словами "о бюджетной системе,";', '… деген сөздер алынып тасталсын және "салықтарды" деген сөзден кейін "…" деген
    сөздермен толықтырылсын;', MinFin 1999 № 323): a clause that names no unit of its own, or one finer than the unit
    the first names, is of that unit (the first clause's words that name it go before it); [text] for one clause.

    >>> instruction_clauses('в абзаце девятом слово "местным" заменить словом "вышестоящим", второе предложение '
    ...                     'исключить;')
    ['в абзаце девятом слово "местным" заменить словом "вышестоящим"', 'в абзаце девятом второе предложение исключить;']
    >>> instruction_clauses('в пункте 5 исключить слова "а", "б", пункт 6 исключить;')
    ['в пункте 5 исключить слова "а", "б"', 'пункт 6 исключить;']
    """
    spans = effect_spans(text, "instruction")
    if len(spans) < 2 or any(e not in _CLAUSE_EFFECTS for e, _, _ in spans):
        return [text]
    bare = strip_quoted(text)
    cuts = []
    for (_, _, end), (_, nxt, _) in zip(spans, spans[1:]):
        seps = list(marker("clause_separator").finditer(bare, end, nxt))
        # the clause ends at the first separator right after its verb (Kazakh, the verb last) or before words of the
        # next clause (Russian, the verb before its words: not inside a list of them, 'исключить слова "а", "б", …')
        cut = next((sep for k, sep in enumerate(seps) if not bare[end:sep.start()].strip() or not _LONE_QUOTE.fullmatch(
            bare[sep.end():seps[k + 1].start() if k + 1 < len(seps) else nxt])), None)
        if cut is None:
            return [text]
        cuts.append(cut)
    pieces = [text[a:b] for a, b in zip([0] + [c.end() for c in cuts], [c.start() for c in cuts] + [len(text)])]
    lead = unit_lead(pieces[0])
    first = order_refs(unit_refs(strip_quoted(pieces[0])))
    out = [pieces[0]]
    for piece in pieces[1:]:
        own = order_refs(unit_refs(strip_quoted(piece)))
        finer = bool(own and first) and RANK.get(own[0][0][0], 0) > RANK.get(first[-1][0][0], 99)
        out.append(f"{lead} {piece}" if lead and (not own or finer) else piece)
    return out


def _pair_groups_kk(text: str) -> list[tuple[str | None, str | None]]:
    """The pairs of words a Kazakh instruction replaces, listed before its verb group by group, each group's new words
    said in the instrumental with a comma after it ('"жергілікті" деген сөз "жоғары тұрған" деген сөздермен, "түсетін
    кірістердің" деген сөздер "түсетін түсімдердің" деген сөздермен ауыстырылсын', '"321" және "681" деген сандар
    тиісінше "322" және "682" сандармен, "зейнетақы жарналары" деген сөздер "…" деген сөздермен', MinFin 1999 № 239 and
    № 323): each group's, read as a note's are; [] for one group.

    >>> _pair_groups_kk('"321" және "681" деген сандар тиісінше "322" және "682" сандармен, "жарналар" деген сөздер '
    ...                 '"қорға жарналар" деген сөздермен ')
    [('321', '322'), ('681', '682'), ('жарналар', 'қорға жарналар')]
    """
    bare = strip_quoted(text)
    cuts = [g.end() for g in marker("pair_group_end_kk").finditer(bare)]
    if not cuts:
        return []
    pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    return [p for piece in pieces if quoted(piece)
            for p in _replaced_pairs(piece, _Span(len(piece), len(piece))) if p != (None, None)]


def strikes_elsewhere(text: str, own: ActRef) -> bool:
    """Does a point of an act strike out units of another act it names, by number, with no list of changes ("… N 3-15
    шешімінің (…), … N 27-195 шешімдерінің N 3 қосымшасы алынып тасталсын", Almaty oblast maslikhat 2006 № 34-257)?
    Each unit named is that act's deletion, read as a repeal of those units is; a deletion naming no unit is none."""
    return bool(_struck_acts(text, own))


# the units an insertion adds as paragraphs or parts of a unit, named by their number ("частью второй", "екінші бөлікпен")
_ADDED_UNITS = ("textparagraph", "part")


def _added_how(text: str) -> tuple[str | None, str | None, str | None]:
    """Where an insertion puts its new words in a unit's wording, not replacing it: (the words they go after, None,
    None) ('после слов "в срок" дополнить словами', '"мерзімде" деген сөзден кейін … толықтырылсын'), (None, the words
    they go before, None) ('перед словами "в срок" дополнить словами', '… деген сөздің алдынан'), (None, None,
    "paragraph") for paragraphs at its end ("дополнить абзацем следующего содержания"), (None, None, "words") for words
    or a sentence at its end ('дополнить словами ", а также иные лица"'); nothing for a unit added ("дополнить пунктом
    8-1")."""
    if anchor := marker("added_after_words").search(text):
        return anchor.group("ru") or anchor.group("kk"), None, None
    if anchor := marker("added_before_words").search(text):
        return None, anchor.group("ru") or anchor.group("kk"), None
    if marker("appended_paragraphs").search(text):
        return None, None, "paragraph"
    if marker("appended_words").search(text):
        return None, None, "words"
    return None, None, None


def _struck_acts(text: str, own: ActRef, found: tuple | None = None) -> list[ActRef]:
    """The acts other than `own` whose units the point strikes out (`strikes_elsewhere`), none where it strikes none;
    `found`: the line's effect, where the caller has read it already (`effect_of`)."""
    found = found or effect_of(text)
    if not found or found[0] != "Deletion" or not unit_refs(unbracketed(strip_quoted(text[:found[1].start()]))):
        return []
    return acts_named(text, exclude=own)


def _changed_by_dropped(text: str, refs: list[ActRef]) -> list[ActRef]:
    """`refs` without the acts named as having changed an act named before them ("… N 16-106 шешімінің, енгізілген
    өзгерістермен … N 3-19 нөмірлі шешімінің 3 қосымшасы күшін жойылған деп танылсын": decision 3-19 changed 16-106, whose
    appendix 3 the repeal ends; "… № 16-106 с изменениями, внесенными решением … № 3-19"): what a repeal ends is the
    act they changed."""
    if len(refs) < 2 or not marker("changes_made_by").search(text):
        return refs
    changers, end = set(), None
    for ref, start, stop in find_act_refs(text):
        if end is not None and marker("changes_made_by").search(text, end, start):
            changers.add(ref.ident)
        end = stop
    kept = [r for r in refs if r.ident not in changers]
    return kept or refs


def _list_body(ctx: Ctx, i: int):
    """The body a repeal list's lead-in names for its items ("3. Қазақстан Республикасы Ішкі істер министрінің:"), when
    line `i` is one of them."""
    if ctx.repeal_body and ctx.repeal_body[0] <= i < ctx.repeal_body[1]:
        return ctx.repeal_body[2]
    return None


def _listed_before(text: str, ref: ActRef) -> list[ActRef]:
    """The acts a repeal lists before the one its kind's word follows, said by their day and number alone, the kind
    and the issuer said once ("Облыс Әкімінің 1998 жылғы 18 тамыздағы N 253, 1998 жылғы 26 тамыздағы N 265 шешімінің
    күші жойылған деп танылсын": decisions 253 and 265), each separated from the next by a comma or "және"."""
    bare = strip_quoted(unbracketed(text))
    found = find_note_acts(bare)
    k = next((n for n, (r, _, _) in enumerate(found) if r.number == ref.number and r.date == ref.date), None)
    out: list[ActRef] = []
    while k:
        (before, _, end), (_, start, _) = found[k - 1], found[k]
        if not marker("list_separator").fullmatch(bare[end:start]) or not before.date:
            break
        out.insert(0, replace(before, issuer=before.issuer or ref.issuer, kind=ref.kind))
        k -= 1
    return out


def _repeals(text: str) -> bool:
    """Does the text state a repeal itself (of an act, or of a part of one)?"""
    effect = (effect_of(text) or (None,))[0]
    return effect is not None and (effect_table(effect).ends_act or effect_table(effect).in_part)


def repeal_listed(ctx: Ctx, i: int, amending: ActRef, out: Found) -> bool:
    """A numbered item of a list of acts a repeal instruction announced, or a paragraph of the instruction's own point
    ("2. Признать утратившими силу:" / "приказ Министра юстиции … от 30 января 2014 года № 41 «…» (…);", MinJust 2015
    № 296): each act is repealed (an act signed after the repealing one is not: that item is something else, such as
    the record of a deletion)."""
    text = ctx.text(i)
    if not ctx.pending_repeal or _repeals(text) or marker("deleted_in_place").match(text):
        return False
    numbered, in_point = re.match(r"^\d+([.)])\s", text), _in_lead_point(ctx, i)
    if not (numbered or in_point):
        return False
    if numbered and numbered.group(1) == ")" and ctx.repeal_lead_at is not None and not ctx.repeal_appendix \
            and not in_point:
        return False  # (a later point's sub-point: "3. … обеспечить:" / "2) размещение … приказа … № 242 …")
    refs = [r for r in acts_named(text, exclude=amending) or _listed_order(text, ctx.pending_repeal, amending,
                                                                          _list_body(ctx, i))
            if not (r.date and amending.date and r.date > amending.date)]
    # a Kazakh item names its act last, in the nominative, after titles whose quotes nest past counting ('«"…" № 548
    # бұйрығына өзгерістер енгізу туралы» … 2008 жылғы 9 маусымдағы № 211 бұйрығы (… «Заң газетінде» …)'): that act
    named_last = [r for r, s, e in find_act_refs(text) if marker("kind_kk_named").search(text[s:e])
                  and r.ident != amending.ident and not (r.date and amending.date and r.date > amending.date)]
    if not named_last:
        named_last = _named_last_bare(text, amending)
    if len(named_last) == 1 and named_last[0].ident not in {r.ident for r in refs[-1:]}:
        refs = refs + named_last
    # not the item's own number, nor its registration's and publication's data in brackets ("… 2003 г., № 5, статья 12")
    bare = unbracketed(_ITEM_NUMBER.sub("", text))
    if len(refs) > 1 and not named_last:
        # a Russian item that opens with the units it repeals names their act first ("7. Пункт 1 Перечня …,
        # утвержденного приказом … № 742 «… № 438 «…» и пункта 5 Перечня …, утвержденного приказом … № 91 «…»", MVD
        # 2026 № 144: 742's title lost its closing quote, so 91 seems named outside it): that act alone, its units
        # those named before it
        first = next((s for r, s, _ in find_act_refs(text) if r.ident == refs[0].ident), None)
        if first is not None and unit_refs(before := unbracketed(_ITEM_NUMBER.sub("", text[:first]))):
            refs, bare = refs[:1], before
    named = order_refs(unit_refs(bare)) if len(refs) == 1 else []
    since = _repealed_from(text)
    if named:  # "1) подпункт 2) пункта 1 приказа … № 246 …", "2) абзацы 3 - 40 пункта 1 приказа … № 1108": those units
        for path in _targets(_of_rules(strip_quoted(text)), named)[1]:
            out.amendments.append(Amendment(amending, refs[0], path, "Deletion", ctx.pending_repeal, loc=ctx.loc(i),
                                            since=since))
            out.units.append(_named(refs[0], path, {}, ctx.loc(i)))
        out.acts.append(Act(refs[0], refs[0].title, loc=ctx.loc(i)))
        return True
    for r in refs[-1:]:  # "... № 70 бұйрығына өзгерістер енгізу туралы" № 200 бұйрығы: the last one named
        out.amendments.append(Amendment(amending, r, (), "Repeal", ctx.pending_repeal, loc=ctx.loc(i), since=since))
        out.acts.append(Act(r, r.title, loc=ctx.loc(i)))
    return bool(refs)


def _repealed_from(text: str) -> str | None:
    """The day an item of a repeal list says the act it names loses force, outside the act's title and brackets ("…
    (зарегистрированный … за № 6053, опубликованный … от 30 апреля 2010 года), утрачивает силу с 1 июля 2012 года;",
    "…), 2012 жылдың 1 шілдесінен бастап күшін жояды.", MVD 2012 № 141); None when it says none (the act's own day)."""
    m = marker("repealed_from_day").search(strip_quoted(unbracketed(text)))
    return _since(m.group(0)) if m else None


def _in_lead_point(ctx: Ctx, i: int) -> bool:
    """Is line `i` a paragraph of the point whose instruction announced the list (no point, heading or block between)?"""
    at = ctx.repeal_lead_at
    if at is None or i <= at:
        return False
    key = ("repeal_point_end", at)
    if key not in ctx.memo:  # (the first line past that point, found once)
        ctx.memo[key] = next((k for k in range(at + 1, len(ctx.lines)) if re.match(r"^\d+\.\s", ctx.text(k))
                              or ctx.lines[k].level or ctx.lines[k].block), len(ctx.lines))
    return i < ctx.memo[key]


def _named_last_bare(text: str, amending: ActRef) -> list[ActRef]:
    """The act a Kazakh item names last by its day and number alone, in the nominative, after a title that names the
    act it amended and says its body ('«"…" … министрінің 2002 жылғы 23 тамыздағы № 556 бұйрығына өзгерістер …
    енгізу туралы» 2006 жылғы 24 сәуірдегі № 196 бұйрығы (…)'): that act, of the body the item names (the act it
    amended is that body's), or of the repealing act's body."""
    bare = unbracketed(text)
    found = find_note_acts(bare)
    if not found:
        return []
    ref, _, end = found[-1]
    word = re.match(r"\s*\S+", bare[end:])
    if not (word and marker("kind_kk_named").search(word.group(0).rstrip(" ;.,"))) or ref.ident == amending.ident \
            or (ref.date and amending.date and ref.date > amending.date):
        return []
    issuer = ref.issuer or next((r.issuer for r, _, _ in found if r.issuer), None) or amending.issuer
    return [replace(ref, issuer=issuer)]


def _listed_order(text: str, lead: str, amending: ActRef, body=None) -> list[ActRef]:
    """An item of a list of orders that names its order by issuer, day and number alone, the kind in the list's
    lead-in ("следующие приказы:" / "1) Министра внутренних дел … № 517 «…»") or its last item ("… № 392
    бұйрықтарының … күші жойылды деп танылсын" / "1) «…» … министрінің … № 517 (…);"): that order; `body` the issuer
    the list's lead-in names, where the item names none ("3. … министрінің:" / "1) «…» 2013 жылғы 9 қазандағы № 590
    (…);")."""
    m = marker("listed_orders").search(lead)
    if not m:
        return []
    item = _ITEM_NUMBER.sub("", text).rstrip(" ;.,")
    words = phrases()["words"]
    if m.group("ru"):
        # (the issuer in the lead-in too, the item its day and number: "следующие приказы Министра юстиции Республики
        # Казахстан:" / "1) от 21 декабря 2009 года № 169 «…»", MVD 2012 № 147)
        issuer = lead[m.end():].strip(" :")
        said = issuer and re.match(r"\s*(?:" + words["from_ru"]["pattern"] + r")\s", item)
        named = words["order_ru"]["pattern"] + (" " + issuer if said else "") + " " + item
    else:
        named = item + " " + m.group("kk")
    return acts_named(named, exclude=amending) or ([r for r in issuerless_act_refs(unbracketed(named), body)
                                                    if r.ident != amending.ident] if body else [])


def _without_own_number(text: str | None, path: Path) -> str | None:
    """A point's new wording without its own number ("551. Біліктілікке…" → "Біліктілікке…"): a
    point's text is stored without its number, as the structure parser stores it, so that
    versions compare word by word.

    >>> _without_own_number("551. Біліктілікке қойылатын талаптар:", (("point", "551"),))
    'Біліктілікке қойылатын талаптар:'
    >>> _without_own_number("5) бес", (("subpoint", "5"),))
    '5) бес'
    """
    if not text or not path or path[-1][0] != "point":
        return text
    return re.sub(r"^\s*" + _point_number(path[-1][1]) + r"\.\s+", "", text, count=1)


def _named(act: ActRef, path: Path, headings: dict, loc) -> Unit:
    return Unit(act, path, headings.get(path[-1]), None, loc, defined=False)


def _structured(block: list[tuple[int, str]]) -> bool:
    from .structure import is_structural

    return bool(block) and is_structural(block[0][1].strip())


def _slices(ctx: Ctx, block: list[tuple[int, str]], targets: list[Path], units: dict) -> dict[Path, str]:
    """The lines of a block each target's unit spans, as written (labels included)."""
    starts = []
    for t in targets:
        u = units.get(t)
        if u is not None and u.loc is not None:
            k = next((n for n, (j, _) in enumerate(block) if ctx.lines[j].first == u.loc.line), None)
            if k is not None:
                starts.append((k, t))
    starts.sort()
    out = {}
    for n, (k, t) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(block)
        out[t] = "\n".join(text for _, text in block[k:stop]).strip()
    return out


def _announced(text: str) -> tuple[str, ...]:
    m = marker("announces").search(text)
    if not m:
        return ()
    return tuple(split_numbers(m.group("nums") or m.group("nums2")))


def _amended_act(text: str) -> ActRef | None:
    """The act an opener amends: the one its dative or "Внести в" names, else the first it names but for one named as
    the basis, a Kazakh citation closed by "сәйкес" ("… N 30 бұйрығымен бекітілген … нұсқаулыққа өзгерістер мен
    толықтыруларға сәйкес … N 217 бұйрығымен бекітілген "…" Нұсқаулыққа мынадай өзгерістер … енгізілсін:", MinFin 1999
    № 239 in Kazakh: order 217's instruction, not order 30's)."""
    refs = find_act_refs(text)
    bare = strip_quoted(text)
    for ref, start, stop in refs:
        if marker("amend_into_kk").search(bare[start:stop + 40]) or marker("amend_into_ru").match(bare):
            return ref
    ends = [s for _, s, _ in refs[1:]] + [len(bare)]
    return next((r for (r, _, stop), e in zip(refs, ends) if not marker("citation_closed_kk").search(bare[stop:e])),
                refs[0][0] if refs else None)


def parse_amending(ctx: Ctx, i: int, end: int, amending: ActRef, out: Found) -> int:
    """Read one amending point from line i into `out`; returns the index of the first line after it."""
    opener = ctx.text(i)
    target = _amended_act(opener) or next(
        (r for r in acts_of_body_apart(opener, amending.issuer) if r.ident != amending.ident), None)
    if target is None:
        out.instructions_failed.append((ctx.lines[i].first, opener))
        return i + 1
    out.acts.append(Act(target, target.title, loc=ctx.loc(i)))
    ctx.take(i)
    before, failed = len(out.amendments), len(out.instructions_failed)
    st = Amending(ctx, amending, target, out)
    # "Внести в Правила …, утвержденные приказом … № 129, следующие изменения:": the units named are the rules', the
    # act's appendix, not the act's own points
    st.path = st.base = _of_rules(strip_quoted(opener))
    nxt = _instructions(ctx, i + 1, end, st)
    if not _TOP_POINT.match(opener):
        # a list's lead paragraph, the list's points numbered under it ("… Нұсқаулыққа мынадай өзгерістер мен
        # толықтырулар енгізілсін:" / "1. 1-тарауда. Жалпы ережелер:" / "- 1.5-тармақта:" / …, MinFin 1999 № 239)
        while nxt < end and _TOP_POINT.match(ctx.text(nxt)) and _change_point(ctx.text(nxt)):
            nxt = parse_change_point(ctx, nxt, end, amending, target, out)
    if len(out.amendments) == before and len(out.instructions_failed) > failed:
        # no instruction of the point read ("- в приложение пункт 3 "Сельское хозяйство", вместо ставок 2,73 тиына
        # применить ставку "0"."): the act still changes the one it names, how its text says (reported unread)
        out.amendments.append(Amendment(amending, target, (), "Modification", opener, loc=ctx.loc(i)))
    return nxt


def parse_said_act(ctx: Ctx, i: int, end: int, amending: ActRef, out: Found) -> int | None:
    """A point that amends, naming no act, the act an amending point before it named ("2. Көрсетiлген шешiмiнiң N 1
    қосымшасы осы шешiмнiң N 1 қосымшасына сәйкес жаңа редакцияда баяндалсын."): its instructions, read against
    that act; the index of the first line after them, or None when the point is not one."""
    text = ctx.text(i)
    if not marker("said_act").search(text) or not effect_of(text):
        return None
    target = next((a.target_act for a in reversed(out.amendments)
                   if a.amending.ident == amending.ident and a.target_act.ident != amending.ident), None)
    if target is None:
        return None
    ctx.take(i)
    return _instructions(ctx, i, end, Amending(ctx, amending, target, out), first=_TOP_POINT.sub("", text))


def change_list_target(title: str, issuer, above: list[str] = ()) -> ActRef | None:
    """The act a list of changes amends, named in the list's title ("Изменения и дополнения к Инструкции N 40 "…"",
    "О внесении изменений и дополнений в Инструкцию "…", утвержденную Министерством финансов от 30 июня 1995 года
    N 41"), or, under a Kazakh title that names none ("Өзгерістер мен толықтырулар"), in a paragraph `above` its
    points ("… "…" N 40 нұсқаулыққа"); its issuer, when the words name none, the list's own (a body amends its own
    instruction)."""
    if marker("change_list_title_kk").match(title.strip()):
        k = next((m for m in map(marker("change_list_kk").search, above) if m), None)
        return ActRef(normalise_number(k.group("num")), None, issuer, "instruction", k.group("t")) if k else None
    k = marker("change_list_title_kk_named").match(clean_line(title))  # (a title from meta.yaml, as the portal spells it)
    if k and (k.group("num") or k.group("num0")):  # the Kazakh title names the instruction by its number
        by = canonical(k.group("by")) if k.group("by") else None
        return ActRef(normalise_number(k.group("num") or k.group("num0")), parse_date(k.group("date") or k.group("date0") or ""),
                      by if by is not None and by.en else issuer, "instruction", k.group("t"))
    m = marker("change_list_title").match(title.strip())
    if m and not (m.group("num") or m.group("num2")) and m.group("t"):
        # a Russian title that names the act by its title alone, the paragraph above the points by the day and number
        # of the order that approved it ("… внести следующие изменения и дополнения в Инструкцию "Об объеме …" ,
        # утвержденную приказом Министерства финансов … от 15 мая 1998 года № 217."): the act named after the title
        for line in above:
            at = line.find(m.group("t"))
            ref = next((r for r, start, _ in find_act_refs(line) if 0 <= at < start and r.number and r.date), None)
            if ref is not None:  # (the order: the instruction is its appendix 1)
                return ActRef(ref.number, ref.date, ref.issuer or issuer, "order", m.group("t"))
    if not m or not (m.group("num") or m.group("num2")):
        return None
    by = canonical(m.group("by")) if m.group("by") else None
    return ActRef(normalise_number(m.group("num") or m.group("num2")), parse_date(m.group("date") or m.group("date0") or ""),
                  by if by is not None and by.en else issuer, "instruction", m.group("t"))


def _change_point(text: str) -> bool:
    """Is a numbered line a point of a list of changes: an instruction, or a context naming a unit ("2. В главе
    III:", "1. 1-тарауда. Жалпы ережелер:")?"""
    text = _TOP_POINT.sub("", text)
    return bool(effect_of(text) or text.rstrip().endswith(":") and unit_refs(text))


def parse_change_point(ctx: Ctx, i: int, end: int, amending: ActRef, target: ActRef, out: Found) -> int:
    """Read one numbered point of a list of changes to `target` ("1. В главе 1 пункт 5 изложить в следующей
    редакции:" / its new wording; "2. В главе III:" / "В пункте 12:" / its instructions); returns the index of the
    first line after it."""
    if not any(a.ref == target for a in out.acts):
        out.acts.append(Act(target, target.title, loc=ctx.loc(i)))
    # the point ends where the next one gives an instruction or its context, a quotation left open or not ("2. В
    # главе III:" after a new wording whose closing quote the text lost)
    stop = next((k for k in range(i + 1, end) if _TOP_POINT.match(ctx.text(k)) and _change_point(ctx.text(k))), end)
    st = Amending(ctx, amending, target, out)
    if target.kind == "order":  # a list of changes to the instruction an order approved: that order's appendix 1
        st.path = st.base = (("appendix", "1"),)
    return _instructions(ctx, i, stop, st, first=_TOP_POINT.sub("", ctx.text(i)))


def broken_instruction(ctx: Ctx, j: int, end: int, text: str) -> bool:
    """Is `text`, line j's, an instruction broken over paragraphs, going on in line j + 1 ("1. Раздел II. Содержание
    и сфера применения специальных" / "платежей и налогов недропользователей дополнить пунктами 6 и 7 следующего
    содержания:")?"""
    return (not effect_of(text) and not text.rstrip().endswith(":") and j + 1 < end and ctx.text(j + 1)[:1].islower()
            and not ctx.lines[j + 1].level)


def _instructions(ctx: Ctx, j: int, end: int, st: Amending, first: str | None = None) -> int:
    """The instructions of one amending point from line j (`first`: line j's own text without the point's number,
    itself an instruction or a context), to the next point; the index of the first line after them."""
    out = st.out
    start = j
    while j < end:
        text = first if first is not None and j == start else ctx.text(j)
        if (j > start or first is None) and (_TOP_POINT.match(text) or is_opener(text)) or marker("editors").match(text):
            break  # (the portal's editors under the last instruction, "Оқығандар:" / "Омарбекова А.Т.": no context of it)
        if j > start and marker("history_note").match(text):
            break  # the amending point's own history under its instructions ("Ескерту: 6-тармақ өзгертілді - …"): its note
        fixed = marker("out_of_order_effect").match(text)
        if fixed:
            text = f"{fixed.group('tgt')} {fixed.group('eff')}:"
        if broken_instruction(ctx, j, end, text):
            ctx.take(j)
            j += 1
            text = f"{text} {ctx.text(j)}"
        if effect_of(text):
            j = st.instruction(j, text, end)
            continue
        if text.rstrip().endswith(":") or marker("attachment_context").search(text):
            st.context(text)
            ctx.take(j)
        elif text.startswith('"'):
            block, nxt = read_block(ctx, j, end)  # new text with no instruction before it
            out.instructions_failed.append((ctx.lines[j].first, text[:200]))
            j = nxt
            continue
        elif j not in ctx.understood and len(text) < 1000 and unit_refs(text):
            # an instruction in words not read (a piece of a line cut for its length is no instruction: reported)
            out.instructions_failed.append((ctx.lines[j].first, text[:200]))
        j += 1
    return j


# --- history notes ----------------------------------------------------------------------------

def _unrenumbered(body: str) -> str:
    """A note's words with the renumbering it records after its event blanked (same length): "47-тармақ алынып
    тасталды, ары қарай рет нөмірлері өзгертілді - …" deleted point 47, the change is only of the numbers after it."""
    return marker("renumbered").sub(lambda m: " " * len(m.group(0)), body)


def _note_effect(body: str):
    """The effect a note records; an older note may word it as the instruction did ('"бюджеттік ұйымдар" … деген
    сөздер … "мемлекеттік мекемелер" деген сөздермен ауыстырылсын - ҚР Қаржы министрлігінің … бұйрығымен')."""
    body = _unrenumbered(body)
    return effect_of(body, "note") or effect_of(body, "instruction")


def _requisites_act_numbered(meta, body: str) -> list[tuple[ActRef, int, int]]:
    """The act the requisites name (the one that repealed the act, or made the edition read) whose number a note gives
    with no day ("… № 593 (01.01.2016 бастап қолданысқа енгізіледі) бұйрығымен"), with the number's place; [] when
    the requisites name no act of a number the note gives."""
    if meta is None:
        return []
    known = [r for r in (meta.repeal, meta.cause.ref if meta.cause else None, *meta.partial_repeals) if r and r.number]
    for m in re.finditer(r"(?:№|\bN)\s*(\d[\w/-]*)", body):
        ref = next((r for r in known if r.number == normalise_number(m.group(1))), None)
        if ref is not None:
            return [(ref, m.start(), m.end())]
    return []


def read_note(ctx: Ctx, i: int, doc_act: ActRef, base: Path, units: list,
              above: Path | None = None) -> tuple[list[Amendment], list[Act]] | None:
    """Read an "Ескерту" note: the events it records (amendments of this act, from_note) and the
    amending acts it names, each with its source line; None when the line records no event. `above`: the point
    (or paragraph) the note stands under, what a note that names nothing changed ("Ескерту: Өзгертілді - …")."""
    text = ctx.text(i)
    body = marker("history_note").sub("", text, count=1)
    eff = _note_effect(body)
    plain = marker("note_in_force_except").sub(" ", body, count=1)
    if plain != body and (bare := _note_effect(plain)) and bare[0] == "EntryIntoForce":
        body, eff = plain, bare  # the act's day; the units it excepts, the act's point's (`_excepted_in_force`)
    if eff and effect_table(eff[0]).own:  # "31.12.2023 дейін қолданылады – осы бұйрықтың 4-тармағымен"
        until = in_force_until(body) if eff[0] == "Expiry" else None
        since = _since(body) if eff[0] == "EntryIntoForce" else None
        if until is None and since is None:
            return None
        # (a note under a unit that names none is that unit's: "Действует по 31.12.2025 включительно в соответствии с
        # пунктом 3 настоящего приказа." under point 20 of appendix 1, MinFin 2025 № 325)
        path = _standing_target(*_note_target(body[:eff[1].start()], eff[0], base, units), base, above)
        ctx.take(i)
        events = [Amendment(doc_act, doc_act, path, eff[0], text, from_note=True, loc=ctx.loc(i), until=until,
                            since=since)]
        if until and marker("in_force_from_date").search(body[:eff[1].start()]) and (start := _since(body)) != until:
            # (… and the day it takes effect before: "01.01.2026 бастап қолданысқа енгізіледі және 31.12.2027 қоса
            # алғанға дейін қолданылады – осы бұйрықтың 4-тармағымен")
            events.insert(0, Amendment(doc_act, doc_act, path, "EntryIntoForce", text, from_note=True, loc=ctx.loc(i),
                                       since=start))
        return events, []
    acts = find_note_acts(body)
    joined = 0
    # a note broken before its act is named ("… - ҚР Ішкі істер министрінің" / "2002 жылғы 11 маусымдағы N 411
    # бұйрығымен."; "… внесенными приказом" / "Министра внутренних дел РК от 25 марта 2001 года N 249."), or over
    # more paragraphs, a quotation open ('Қағиданың мәтіні бойынша "заңды тұлғалардың мемлекеттік' / 'тіркелімі"
    # деген сөздер …' / … / "Әділет министрлігінің 1998.06.24. N 74 бұйрығымен."): the next lines name it
    more_body, more_text = body, text
    # a note that ends with a colon goes on under it ("Сноска. По всему тексту Инструкции:" / 'слова "…" заменены
    # словами "…" - приказом … N 325.')
    opened = body.rstrip(" *_").endswith(":")
    nested = False
    # (a note in a fence is wrapped at a fixed width, its act named up to a dozen lines down: "Ескерту. Нұсқаулықтың
    # атауындағы, бұдан әрі мәтін бойынша және" / … / "сөздермен ауыстырылсын - ҚР Қаржы министрлігінің" / "1999.05.25.
    # N 239" / "бұйрығымен.")
    window = 12 if body.count('"') % 2 or ctx.lines[i].block == "form" or opened else 4
    for k in range(i + 1, min(len(ctx.lines), i + window)):
        # (the pieces of a note wrapped at a fixed width are short: a paragraph of the act's own text is not one)
        # (a note that ends with ";" goes on in the next paragraph, however long: "… заменить словами "…"
        # соответственно падежу …;" / "в тексте слова … - см. Приказ МФ РК от 25 мая 1999 г. N 239")
        goes_on = more_body.rstrip(" *_").endswith(";")
        # (… and so does a list of the words it replaces, before its verb, after a comma: 'Сноска. по всему тексту и в
        # приложениях слова "бюджетные' / 'ассигнования (назначения)", "сметы", …,' / '"Бюджетный Департамент"
        # заменяются словами "плановые назначения", … "сводный план финансирования' / …, MinFin 2000 № 434)
        goes_on = goes_on or not eff and more_body.rstrip(" *_").endswith(",")
        # (a note that goes on after ";" in lower case is this note: "… дополнены словами "…";" / "по всему тексту
        # слово "пяти" заменены на слово "трех" … приказом …")
        # (a note that ends with a colon has its record in the next paragraph, however long: "Ескерту: Бұйрықтың және
        # Нұсқаулықтың барлық мәтіні бойынша:" / '"…", "ІІББ-ІІБ" деген сөздері тиісінше "…" деген сөздермен ауыстырылды - …')
        # (… its acts named, a ";" after the last goes on to the next act's day, no verb of its own: "… N 769 бұйрығымен.
        # V011700_ ;" / "ҚР Ішкі істер министрінің 2002 жылғы 24 мамырдағы N 360" / "бұйрығымен.", MVD 1999 № 630; not
        # to records of changes each with its verb, 'по тексту слова "…" заменены словами "…";')
        if acts and not (goes_on and find_dates(ctx.text(k)) and not _note_effect(ctx.text(k))) \
                or len(ctx.text(k)) >= (1000 if goes_on or opened and k == i + 1 else 300 if k == i + 1 else 120) \
                or ctx.lines[k].level \
                or re.match(r"\d+[.)]\s", ctx.text(k)) \
                or marker("history_note").search(ctx.text(k)) and not (goes_on and ctx.text(k)[:1].islower()) \
                or not eff and not body.count('"') % 2 and not opened \
                and not (k == i + 1 and ctx.text(k)[:1].islower() and not ctx.lines[k].block):
            # (… a note broken inside its verb goes on in lower case: "… үшінші-бесінші абзацтар жаңа" / "редакцияда
            # берілді - ҚР Қаржы министрлігі Салық комитетінің" / "1998.07.10. N 62 V980543_ бұйрығымен.")
            break
        more_body, more_text = more_body + " " + ctx.text(k), more_text + " " + ctx.text(k)
        eff = eff or _note_effect(more_body)
        if not eff and opened:
            # a list of records under "По всему тексту:" whose quotations nest in the one mark ('слова "Указ …, "О
            # налогах …" заменены словами "Закон …"'): its verb, read with the marks set aside; its words unknown
            eff, nested = effect_of(more_body.replace('"', " "), "note"), True
        if eff and (found := find_note_acts(more_body)):
            acts, body, text, joined = found, more_body, more_text, k - i
    # a note that names its act by number alone, no day ("Бұйрықтың күші жойылды - ҚР Әділет министрінің м.а. № 593
    # (…) бұйрығымен."): the act of that number the requisites name as repealing or changing this one
    if eff and not acts:
        acts = _requisites_act_numbered(ctx.doc.meta, body)
    # a note that names the act itself before its event ("Приказ и.о. Министра финансов … от 20 февраля 2004 года N 84
    # утрачивает силу - приказом … N 218"): the act is the note's subject, never its own amending act
    acts = [a for a in acts if (a[0].number, a[0].date) != (doc_act.number, doc_act.date)] or acts
    if not eff or not acts:
        return None
    effect, m = eff
    # the act's kind wrapped onto a paragraph of its own after the number ("… 2000 жылғы 20 шілдедегі N 331" /
    # "бұйрығымен. V001228_"): the note's last piece, not the text
    if i + joined + 1 < len(ctx.lines) and marker("note_tail").match(ctx.text(i + joined + 1)):
        joined += 1
    corner = bool(marker("stamp_corner").search(body[:acts[0][1]]))  # only an appendix's top right corner, its stamp
    # kk names the target before the effect ("8-1-тармақпен толықтырылды"), ru may name it
    # after ("дополнены пунктом 8-1 в соответствии с приказом"): read up to the act named
    plain = _unrenumbered(body)  # (same length: the positions of the acts hold)
    path, refs = _note_target(plain[:acts[0][1]], effect, base, units)
    renumbers = plain != body  # the units after the one deleted (or inserted) renumbered
    if effect_table(effect).in_part:  # "6-тармағынан басқасының күші жойылды": the units named are the exception
        path, refs = (), []
    else:  # (the note names no unit nor the text: the one it stands under)
        path = _standing_target(path, refs, base, above, bool(marker("note_names_text").search(body[:acts[0][1]])))
    loc = ctx.loc(i, i + joined) if joined else ctx.loc(i)
    until = until_date(body[:acts[0][1]]) if effect == "Suspension" else None  # "01.01.2023 дейін тоқтатыла тұрды"
    events, named = [], []
    # "Барлық мәтін бойынша "X" деген сөздер "Y" деген сөздермен ауыстырылды": the words, throughout the text
    pairs = _pairs_by_clause(body[:acts[0][1]], m) if effect_table(effect).words == 2 and not nested else [(None, None)]
    # a Kazakh note that lists its effects, then its acts ("16-тармақ толықтырылды, өзгертілді, жаңа редакцияда жазылды -
    # … N 143 бұйрығымен , … N 125 …, … N 69 …, … N 136 …, … N 256 бұйрығымен"): the first acts made those changes in
    # that order, the acts after them changed the unit (the Russian text of the act: "Пункт 16 в новой редакции -
    # приказом … N 69 . Пункт с изменениями, внесенными приказом … N 136 ; … N 256")
    listed = effects_stated(body[:acts[0][1]]) if len(acts) > 1 and not effects_stated(body[acts[0][2]:]) else []
    # a Kazakh note that records changes of several units, each its own verb, by one act ("36-тармақ өзгертілді және
    # 3-тармақша алынып тасталды - … N 99 бұйрығымен"): an event of each unit with its verb
    clauses = _clauses(body[:acts[0][1]], base, units) if len(acts) == 1 and ctx.doc.lang == "kk" else []
    # a note of words struck out of a unit ('В пункте 1 слова "областной" исключены', '1-тармақтағы "…" деген сөздер
    # алынып тасталды'): the words, the unit stays; struck out and not quoted ("1-тармақтан сөздер алынып тасталды"),
    # the unit changed, which words the note does not say
    # (a note of one verb: not 'В пункте 5 слова "X" заменены словами "Y", пункт 6 исключен', whose point 6 goes)
    struck = (marker("words_named").search(strip_quoted(body[:acts[0][1]])) and not clauses
              and effects_stated(body[:acts[0][1]]) == ["Deletion"])
    struck_words = (quoted(body[:acts[0][1]]) or [None])[0] if struck else None
    for k, (amending, at, _) in enumerate(acts):  # a note naming several amending acts records an event of each,
        stated = effect_before(plain, at) or effect  # the effect written before that act (kk lists acts after one)
        if len(listed) > 1:
            stated = listed[k] if k < len(listed) else "Modification"
        if k:  # … and of the unit named before it, when it names another ("Раздел … - в новой редакции согласно
            # приказу …; пункт 1 - с изменениями, внесенными приказом …")
            piece = unbracketed(strip_quoted(body[acts[k - 1][2]:at]))  # not "(… 2-тармақтан қараңыз)"
            if piece.lstrip()[:1] in (";", ",") and (named_next := order_refs(unit_refs(piece))):
                # (a unit finer than the one named before is of it: "86-тармақ ескертумен толықтырылды - … N 536
                # бұйрығымен , 4) тармақша жаңа редакцияда жазылды- 2005 жылғы 5 қаңтардағы N 1 бұйрығымен")
                finer = bool(path) and RANK.get(named_next[0][0][0], 0) > RANK.get(path[-1][0], 99)
                path, refs = _note_target(piece, stated, path if finer else base, units)
        # … or only a unit's explanatory note ("81-тармақтың ескертуі жаңа редакцияда"): the unit changed, no new text
        note_only = marker("unit_note_named").search(body[acts[k - 1][2] if k else 0:at])
        # (the words an act after the first replaced are the ones named between it and the act before, when the note
        # names words there: '… - … 2002.02.19. N 71 , …" деген сөздер "…" деген сөздермен, "депозиттік сома" деген
        # сөздер "…" деген сөздермен ауыстырылды - 2007.04.03. N 103 … бұйрықтарымен', MinFin 2000 N 195 in Kazakh;
        # the first act's words are not theirs)
        own_pairs = _words_between(body[acts[k - 1][2]:at]) if k and effect_table(effect).words == 2 and not nested \
            else None
        in_force_rule, since = note_rule(body, at, acts[k + 1][1] if k + 1 < len(acts) else len(body), len(acts))
        language = _one_language(body[acts[k - 1][2] if k else 0:at] + " " + (body[acts[k][2]:] if k + 1 == len(acts) else ""))
        if since is None and in_force_rule and marker("in_force_signing").search(in_force_rule):
            since = amending.date  # "(қол қойылған күнінен бастап күшіне енеді)": from the day the order was signed
        for stated, path, refs, words in clauses or [(stated, path, refs, None)]:
            # (… struck out: 'В приложении N 2 "Примечание" исключено': the appendix changed, not deleted)
            stated = "Modification" if (corner or note_only) and effect_table(stated).gives_text \
                or note_only and stated == "Deletion" else stated
            for target in ([path] if not refs else [path[:-1] + (a,) if len(refs[-1]) > 1 else path for a in refs[-1]]):
                # "Пункт 5 утратил силу приказом …": a unit that loses force is deleted; the act stays in force
                kind = "Deletion" if target and effect_table(stated).ends_act else stated
                # (a clause of its own takes the words replaced only when its verb is the one that replaced them)
                said = (own_pairs or pairs) if not clauses or effect_table(kind).words == 2 else [(None, None)]
                if words and (verb := effect_of(words, "note")):  # (the records of words replaced throughout)
                    said = _pairs_by_clause(words, verb[1])
                if struck and kind == "Deletion":
                    kind, said = ("Deletion", [(struck_words, None)]) if struck_words else ("Modification", said)
                events += [Amendment(amending, doc_act, target, kind, text, old_words=old, new_words=new,
                                     from_note=True, in_force_rule=in_force_rule, loc=loc, until=until, since=since,
                                     renumbers=renumbers and kind in ("Deletion", "Insertion"), language=language)
                           for old, new in said]
        named.append(Act(amending, None, in_force_rule=in_force_rule, loc=loc))
    ctx.take(*range(i, i + joined + 1))
    ctx.note_end = i + joined
    return events, named


def _one_language(piece: str) -> str | None:
    """The one language whose text a note's change touched, where the note says the other's is unchanged ("внесено
    изменение на казахском языке, текст на русском языке не меняется, приказом …": "kk"); None: both, as notes are read."""
    m = marker("text_unchanged").search(piece)
    if m is None:
        return None
    stays = next(name for name, g in m.groupdict().items() if g)
    return "kk" if stays.startswith("ru") else "ru"


def _standing_target(path: Path, refs: list, base: Path, above: Path | None, names_text: bool = False) -> Path:
    """A note's target read with the unit it stands under (`above`): that unit when the note names none (nor, by
    `names_text`, the act's text or a division of it); a sub-point named alone under the point it is of ("8) тармақша
    12.07.2026 бастап қолданысқа енгізіледі - осы бұйрықтың 3-тармағымен." under point 2's sub-point 8, MinFin 2026 №
    363), that point's sub-point, not one of the text's own; any other target as read."""
    if above and not refs and path == base and not names_text:
        return above
    if above and above[-1][0] == "point" and len(refs) == 1 and refs[0][0][0] == "subpoint" \
            and path == base + (refs[0][0],):
        return above + (refs[0][0],)
    return path


def note_records(ctx: Ctx, i: int, doc_act: ActRef, base: Path, units: list) -> tuple[list[Amendment], list[Act], int]:
    """Records that go on under a note that ends with ";", a paragraph each, in lower case, each stating a change and
    the last of a group naming the act that made them ("Сноска. Заголовок - с изменениями, внесенными … N 302;" / 'по
    тексту слова "страхового возмещения" … заменены словами "страховой выплаты" …;' / 'слова "местный финансовый
    орган" … заменены словами "местный уполномоченный орган" … - приказом Министра финансов РК от 1 июля 2002 года N
    302;'): an event of each record by the act its group names; (events, acts, index after the last record read)."""
    events: list[Amendment] = []
    named: list[Act] = []
    group: list[tuple[int, tuple[str, re.Match]]] = []  # (line, its effect) of the records whose act is not named yet
    k = done = i
    while k < len(ctx.lines) and not ctx.lines[k].level:
        text = ctx.text(k)
        eff = _note_effect(text) if text[:1].islower() else None
        if not eff:
            break
        group.append((k, eff))
        acts = find_note_acts(text)
        k += 1
        if not acts:
            continue
        for r, (effect, m) in group:
            record = ctx.text(r)
            subject = record[:acts[0][1]] if r == k - 1 else record  # (only the last record names the act)
            path, _ = _note_target(subject, effect, base, units)
            words = effect_table(effect).words
            pairs = _replaced_pairs(subject, m) if words == 2 else [
                ((quoted(subject[:m.start()]) or [None])[0] if words == 1 else None, None)]
            for amending, _, _ in acts:
                events += [Amendment(amending, doc_act, path, effect, record, old_words=old, new_words=new,
                                     from_note=True, loc=ctx.loc(r)) for old, new in pairs]
        named += [Act(amending, None, loc=ctx.loc(k - 1)) for amending, _, _ in acts]
        ctx.take(*(r for r, _ in group))
        group, done = [], k
        if not text.rstrip(" *_").endswith(";"):
            break
    return events, named, done


def _words_between(text: str) -> list[tuple[str | None, str | None]] | None:
    """The pairs of words a piece of a note between two of its acts says were replaced (its Kazakh pairs '"X" деген
    сөздер "Y" деген сөздермен', each; else as a note's clauses are read); [(None, None)] when it names a replacement
    whose words cannot be read; None when it names none (the words said before the first act are the act's too).

    >>> _words_between(' , "депозиттік сома" деген сөздер "уақытша орналастыру ақшасы" деген сөздермен ауыстырылды - ')
    [('депозиттік сома', 'уақытша орналастыру ақшасы')]
    >>> _words_between(" ; в редакции - приказом ") is None
    True
    """
    verbs = _replacement_verbs(text)
    if not verbs:
        return None
    kk = [(m.group("old"), m.group("new")) for m in marker("kk_word_pair").finditer(_lost_quote_given(text))]
    return kk or [p for p in _pairs_by_clause(text, _Span(*verbs[0])) if p != (None, None)] or [(None, None)]


def _lost_quote_given(text: str) -> str:
    """A Kazakh note's words replaced whose opening quote the text lost, right after the act before them ("… N 71 ,
    ақылы қызмет көрсетулердi" деген сөздер "тауарларды …" деген сөздермен"): the quote given back, where no
    quote before them is left open.

    >>> _lost_quote_given(' N 71 , ақылы қызмет көрсетулердi" деген сөздер "тауарларды" деген сөздермен')
    ' N 71 , "ақылы қызмет көрсетулердi" деген сөздер "тауарларды" деген сөздермен'
    >>> _lost_quote_given(' , "депозиттік сома" деген сөздер "ақша" деген сөздермен')
    ' , "депозиттік сома" деген сөздер "ақша" деген сөздермен'
    """
    out, at = [], 0
    for m in marker("kk_words_lost_quote").finditer(text):
        if text.count('"', 0, m.start()) % 2 == 0:  # (no quote open before it: its own opening one is lost)
            out += [text[at:m.start()], '"']
            at = m.start()
    return "".join(out) + text[at:]


def _replacement_verbs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each verb in `text` that replaces words, said as a note or as an instruction."""
    return [(s, e) for context in ("note", "instruction") for effect, s, e in effect_spans(text, context)
            if effect_table(effect).words == 2]


class _Span:
    """Where a verb stands in a text (what `_replaced_pairs` reads of a match)."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _pairs_by_clause(text: str, verb: re.Match) -> list[tuple[str | None, str | None]]:
    """The pairs of words a note replaced, clause by clause when it names several replacements apart with ";", the act
    after the last ('По всему тексту слова "платных услуг" заменены словами "товаров (работ, услуг)";' / 'слова
    "депозитных сумм" заменены словами "денег временного размещения …" - приказом … N 103', MinFin 2000 N 219's rules);
    else those `_replaced_pairs` reads around the note's verb.

    >>> _pairs_by_clause('слова "А" заменены словами "Б"; слова "В" заменены словами "Г" - приказом',
    ...                  re.search("заменены", 'слова "А" заменены'))
    [('А', 'Б'), ('В', 'Г')]
    """
    bare = strip_quoted(text)
    cuts = [0] + [k + 1 for k, c in enumerate(bare) if c == ";"] + [len(text) + 1]
    clauses = [text[a:b - 1] for a, b in zip(cuts, cuts[1:])]
    found = []
    for clause in clauses:
        # (a clause may say it as an instruction, the note's verb after the last: "… деген сөздермен ауыстырылсын;" /
        # '"Жарлық", … деген сөздер тиiсiнше "Заң", … деген сөздермен ауыстырылды - …', MinFin 1995 N 34 in Kazakh)
        verbs = _replacement_verbs(clause)
        if verbs:
            found += [p for p in _replaced_pairs(clause, _Span(*verbs[0])) if p != (None, None)]
    if len(clauses) > 1 and len(found) > 1:
        return found
    # (… or, in Kazakh, group by group before the one verb, each group's new words in the instrumental with a comma
    # after them: '"бюджеттік ұйымдар", "ұйымдар" деген сөздер тиісінше … "мемлекеттік мекемелер" деген сөздермен, …
    # "арнайы қаражаттар", … деген сөздер тиісінше … "…", … деген сөздермен ауыстырылсын - …', MinFin 1998 № 217's
    # note on MinFin 1999 № 239)
    groups = _pair_groups_kk(text) if marker("quoted_words").search(text) else []
    return groups if len(groups) > 1 else _replaced_pairs(text, verb)


def _replaced_pairs(text: str, verb: re.Match) -> list[tuple[str | None, str | None]]:
    """Each pair of words a note says were replaced: a list replaced word for word, respectively, by as many
    ('слова "Агентством …", "Агентство …" и "Агентстве …" заменены соответственно словами "Комитетом …", "Комитет …" и
    "Комитете …"'; '"…агенттігінің", … және "…агенттігіне" деген сөздер тиісінше "…комитетінің", … және "…комитетіне"
    деген сөздермен'), else the one pair `_replaced_words` reads.

    >>> _replaced_pairs('слова "А", "Б" заменены соответственно словами "В", "Г" - приказом',
    ...                 re.search("заменены", 'слова "А", "Б" заменены'))
    [('А', 'В'), ('Б', 'Г')]

    Several words listed and replaced by one ('слова "сметы расходов", "смет" заменены словами "плана
    финансирования"'): each of them by it.

    >>> _replaced_pairs('слова "сметы расходов", "смет" заменены словами "плана финансирования" - приказом',
    ...                 re.search("заменены", 'слова "сметы расходов", "смет" заменены'))
    [('сметы расходов', 'плана финансирования'), ('смет', 'плана финансирования')]

    As many listed as replace them, "respectively" unsaid: word for word.

    >>> _replaced_pairs('слова "страхового возмещения", "страховое возмещение" заменены словами "страховой выплаты", '
    ...                 '"страховую выплату";', re.search("заменены", 'слова "страхового возмещения", "страховое '
    ...                                                              'возмещение" заменены'))
    [('страхового возмещения', 'страховой выплаты'), ('страховое возмещение', 'страховую выплату')]
    """
    respectively = bool(marker("respectively").search(text))
    old, new = quoted(text[:verb.start()]), quoted(text[verb.end():])
    said = marker("quoted_words").search(text)
    # (the new words of this clause: up to its end, a note going on with other clauses after a ";")
    stop = strip_quoted(text).find(";", verb.end())
    clause, after = quoted(text[verb.end():stop if stop >= 0 else len(text)]), text[verb.end():]
    if not new and said:  # Kazakh: the new words before the verb too, after the old ones are said
        old, new = quoted(text[:said.start()]), quoted(text[said.end():verb.start()])
        clause, after = new, text[said.end():verb.start()]
    if respectively and len(old) == len(new) > 1:
        return list(zip(old, new))
    first = _replaced_words(text, verb)
    if len(old) > 1 and clause[:1] == [first[1]] and old[0] == first[0] and _one_list(text, old):
        if len(clause) == 1:
            return [(o, first[1]) for o in old]
        if len(clause) == len(old) and _one_list(after, clause):
            return list(zip(old, clause))  # as many new as old, in one list: word for word, "соответственно" unsaid
    return [first]


def _one_list(text: str, words: list[str], gap: str = "words_list_gap") -> bool:
    """Are the quoted `words` one list in `text`, each after the one before with nothing but a comma or "and"
    between (not two clauses, each its own old and new words); `gap`: the marker of what may stand between them
    ("struck_words_gap" for words struck out, the noun of words too: 'слово "размеры" и слова "…"')?"""
    at = 0
    for k, w in enumerate(words):
        found = text.find(w, at)
        if found < 0:
            return False
        if k and not marker(gap).fullmatch(text[at:found].strip(' "«»“”')):
            return False
        at = found + len(w)
    return True


def _replaced_words(text: str, verb: re.Match) -> tuple[str | None, str | None]:
    """The words a note says were replaced, and by what: the first quoted, and the one the replacing words name —
    quoted after the verb in Russian ('слова "бюджетные организации", "организации" … заменить словами
    "государственные учреждения"'), before it in Kazakh ('"X" деген сөздер "Y" деген сөздермен ауыстырылды', the
    first pair of a list).

    >>> _replaced_words('слова "сметы расходов", "смет" заменены словами "плана финансирования" - приказом',
    ...                 re.search("заменены", 'слова "сметы расходов", "смет" заменены'))
    ('сметы расходов', 'плана финансирования')
    """
    words = quoted(text)
    if len(words) < 2:
        return None, None
    after = quoted(text[verb.end():])
    named = marker("replacing_words").search(text)
    # Russian: the new words after the verb (a Kazakh note names them before it, "… деген сөздермен ауыстырылды", the
    # words after it another clause's: ', "Жарлық", … деген сөздер тиісінше "Заң", … деген сөздермен ауыстырылды')
    if after and quoted(text[:verb.start()]) and not (named and named.start() < verb.start()):
        return words[0], after[0]
    if not named:
        return words[0], words[1]
    # a list replaced word for word, respectively ('"келісім-шарттары", "келісім-шарттың" … деген сөздер тиісінше
    # "шарттары", "шарттың" … деген сөздермен'): the first of the new words, after the old ones are said
    said = marker("quoted_words").search(text)
    new = quoted(text[said.end():named.end()]) if said and said.end() <= named.start() else []
    return words[0], (new[0] if new else named.group("w"))


def suspended(ctx: Ctx, i: int, end: int, amending: ActRef) -> tuple[list[Amendment], list[Act]]:
    """An operative point (from line i to the next point) that suspends units of other acts: "1) … № 496
    бұйрығымен бекітілген … қағидаларының 14-тармағының он бірінші абзацының, 38-тармағы; … қолданысы 2023
    жылғы 1 қаңтарға дейін тоқтатыла тұрсын" / "1. Приостановить до 1 января 2023 года действие: 1) абзаца
    одиннадцатого пункта 14, пункта 38 Правил …, утвержденных приказом … № 496". Each line (item) naming one
    act gives a Suspension of each unit it names (of that act's rules when it names approved rules), or of
    the whole act when it names no unit, until the day the point names; a line naming several acts is left
    to its text."""
    if is_opener(ctx.text(i)):
        return [], []  # an amending point: the amendment grammar reads it (a suspension there is an instruction)
    stop = next((k for k in range(i + 1, end) if _TOP_POINT.match(ctx.text(k))), end)
    lines = range(i, stop)
    if not any(effect_before(ctx.text(k), len(ctx.text(k)), "instruction") == "Suspension" for k in lines):
        return [], []
    until = next((d for d in (until_date(strip_quoted(ctx.text(k))) for k in lines) if d), None)
    events, acts = [], []
    for k in lines:
        text = ctx.text(k)
        refs = acts_named(text, exclude=amending)
        bare = re.sub(r"^(?:\d+(?:-\d+)*[.)]\s*)+", "", strip_quoted(text))  # "1. 1) ...": the items' own numbers
        if len(refs) > 1 and not unit_refs(bare):  # several acts suspended whole ("приказов … N 5 и от … N 17")
            events += [Amendment(amending, r, (), "Suspension", text, until=until, loc=ctx.loc(k)) for r in refs]
            acts += [Act(r, r.title, loc=ctx.loc(k)) for r in refs]
            continue
        if len(refs) != 1:
            continue
        base = _of_rules(bare)
        paths = [path for piece in _unit_pieces(bare) for path in _targets(base, order_refs(unit_refs(piece)))[1]]
        if not paths and not unit_refs(bare):  # "Приостановить действие приказа … N 81 … до 1 апреля 2000 года"
            paths = [()]
        interim = _interim(ctx, k + 1, stop) if len(paths) == 1 and marker("interim_wording").search(
            strip_quoted(text)) else None
        for path in paths:  # (the wording meanwhile, as a unit's text is stored: without its point's number)
            events.append(Amendment(amending, refs[0], path, "Suspension", text, _without_own_number(interim, path),
                                    until=until, loc=ctx.loc(k)))
        acts.append(Act(refs[0], refs[0].title, loc=ctx.loc(k)))
    return events, acts


_LIST_GOES_ON = re.compile(r"\d+(?:-\d+)*\s*$")
_NUMBER_GOES_ON = re.compile(r"^\d+(?:-\d+)*(?![\d)])")


def _unit_pieces(text: str) -> list[str]:
    """The clauses of a list of units, each naming its units in full ("абзаца одиннадцатого пункта 14, пункта 38"):
    split at commas and semicolons, a bare number joined to the clause its list runs on in ("пунктов 3-1, 12, 13,
    20-1, второй абзац пункта 22" / "3-1, 12, 13, 20-1 - тармақтарының, 22-тармағының екінші абзацының", MinJust 2026
    № 339: points 3-1, 12, 13 and 20-1 in one clause, not point 3-1 alone).

    >>> _unit_pieces("пунктов 3-1, 12, 13, 20-1, второй абзац пункта 22")
    ['пунктов 3-1, 12, 13, 20-1', 'второй абзац пункта 22']
    >>> _unit_pieces("Қағидалардың 3-1, 12, 20-1 - тармақтарының, 22-тармағының")
    ['Қағидалардың 3-1, 12, 20-1 - тармақтарының', '22-тармағының']
    """
    pieces: list[str] = []
    for piece in re.split(r"[,;]\s*", text):
        if pieces and _LIST_GOES_ON.search(pieces[-1]) and _NUMBER_GOES_ON.match(piece):
            pieces[-1] += ", " + piece
        else:
            pieces.append(piece)
    return pieces


def interim_point(ctx: Ctx, i: int, end: int, amending: ActRef, out: Found) -> list[Amendment]:
    """An operative point that gives, for the time a suspension this act made before lasts, the wording of another
    unit of the act suspended ("2. На период приостановления подпунктов 3) и 4) Приказа, пункт 2 Правил … согласно
    приложению 2 к вышеуказанному Приказу изложить в следующей редакции:" / "«2. …».", Ministry of Finance 2024;
    "2. Бұйрықтың 3) және 4) тармақшасының қолданысы тоқтатылған кезеңде … қағидаларының (270 нысан) 2-тармағы …
    мынадай редакцияда жазылсын:"): that unit suspended until the same day, the quoted wording its text meanwhile,
    as a suspension's own interim wording is."""
    text = ctx.text(i)
    periods, period = marker("interim_periods").search(text), marker("interim_period").search(text)
    if not (periods or period):
        return []  # (most points: no scan of the amendments read so far)
    before = next((a for a in out.amendments  # the suspension the act made first, not a wording meanwhile since
                   if a.amending.ident == amending.ident and a.effect == "Suspension" and a.until), None)
    if before is not None and periods:
        return _interim_items(ctx, i, end, before)
    if not period:
        return []
    rest = text[period.end():]
    if before is None or (effect_of(rest) or ("",))[0] != "Substitution":
        return []
    paths = _targets(_of_rules(rest), order_refs(unit_refs(rest)))[1]
    stop = next((k for k in range(i + 1, end) if _TOP_POINT.match(ctx.text(k))), end)
    interim = _interim(ctx, i + 1, stop) if len(paths) == 1 else None
    if interim is None:
        return []
    return [Amendment(amending, before.target_act, paths[0], "Suspension", text, _without_own_number(interim, paths[0]),
                      until=before.until, loc=ctx.loc(i))]


def deferred_wording(ctx: Ctx, i: int, end: int, act: ActRef) -> list[Amendment]:
    """A paragraph of the act's own operative point that gives a unit of its own the wording it has from a day on,
    quoted on the lines under it ("Установить, что с 12 июля 2026 года подпункт 8) пункта 2 Правил действует в
    следующей редакции:" / "«8) …;».", MinFin 2026 № 363): a Substitution of that unit by the act itself, from that day
    (its units are those of the rules the act approves when it names them, `approved_document_name`)."""
    text = ctx.text(i)
    m = marker("deferred_wording").search(text)
    if not m:
        return []
    units = m.group("units") or m.group("units_kk")
    base = APPROVED_DOCUMENT if marker("approved_document_name").search(units) else ()
    paths = _targets(base, order_refs(unit_refs(units)))[1]
    wording = _interim(ctx, i + 1, end) if len(paths) == 1 else None
    if wording is None:
        return []
    return [Amendment(act, act, paths[0], "Substitution", text, _without_own_number(wording, paths[0]),
                      since=parse_date(text), loc=ctx.loc(i))]


def _interim_items(ctx: Ctx, i: int, end: int, before: Amendment) -> list[Amendment]:
    """The items of a point that gives, for a time a suspension this act made before lasts, the wording of units of
    the act suspended, one quote under each item ("2. Установить, что на период приостановления до 12 июля 2026
    года:" / "пункты 12 и 13 Правил действуют в следующей редакции:" / "«12. … 13. …»;", MinJust 2026 № 339): a
    Suspension of each unit with its wording meanwhile, for that time (up to the day the point names, or from it to
    the day the suspension lifts)."""
    text = strip_quoted(ctx.text(i))
    until = until_date(text)
    since = None if until else parse_date(text)
    until = until or before.until
    base = APPROVED_DOCUMENT if before.path[:len(APPROVED_DOCUMENT)] == APPROVED_DOCUMENT else ()
    events, quotes = [], 0
    for k in range(i + 1, end):
        line = ctx.text(k)
        if quotes % 2 == 0 and _TOP_POINT.match(line):  # the next point (a point's number inside a quote is not)
            break
        quotes += line.count('"')
        item = strip_quoted(line)
        if not marker("interim_item").search(item):
            continue
        paths = _targets(base, order_refs(unit_refs(item)))[1]
        wording = _interim(ctx, k + 1, end) if paths else None
        for path, piece in zip(paths, _by_point(wording, paths) if wording else ()):
            events.append(Amendment(before.amending, before.target_act, path, "Suspension", ctx.text(k),
                                    _without_own_number(piece, path), until=until, since=since, loc=ctx.loc(k)))
    return events


def _by_point(wording: str, paths: list[Path]) -> list[str]:
    """A quote giving the wording of several points, cut where each point's number opens a line ("12. …\n\nВ
    необходимых …\n\n13. …"); one unit's quote whole; [] when a point's number is not found in turn."""
    if len(paths) == 1:
        return [wording]
    starts = []
    for path in paths:
        if path[-1][0] != "point":
            return []
        m = re.compile(r"^\s*" + _point_number(path[-1][1]) + r"\.\s", re.M).search(wording, starts[-1] + 1 if starts else 0)
        if m is None:
            return []
        starts.append(m.start())
    return [wording[a:b].strip() for a, b in zip(starts, starts[1:] + [len(wording)])]


def _point_number(number: str) -> str:
    """A point's number as a pattern, its hyphen also written as a full stop ("3-1" quoted as "3.1. …")."""
    return r"[-.]".join(re.escape(n) for n in number.split("-"))


def _interim(ctx: Ctx, i: int, stop: int) -> str | None:
    """The wording a suspended unit has while suspended, quoted from line i on ("«20. Формирование …».", or
    "«20. …» деген редакцияда қолданылады деп белгіленіп, …"): its lines up to the quote that closes it."""
    if i >= stop or not ctx.text(i).lstrip().startswith('"'):
        return None
    out, count = [], 0
    for k in range(i, stop):
        t = ctx.text(k)
        count += t.count('"')
        out.append(t)
        if count % 2 == 0:
            ctx.take(*range(i, k + 1))
            ctx.wording.update(range(i, k + 1))
            text = "\n".join(out).strip()
            return text[1:text.rindex('"')].strip() or None
    return None


def _since(body: str) -> str | None:
    """The day a note of entry into force names ("01.03.2022 бастап …", "Вводится в действие с 01.03.2022 …")."""
    dates = find_dates(body)
    return dates[0][0] if dates else None


def _targets(base: Path, refs: list[list[tuple[str, str]]]) -> tuple[Path, list[Path]]:
    """(parent, targets) of a chain of unit references read under `base`, coarse to fine: the last step
    may name several units ("9 және 9-1-тармақтар"), each a target under the steps before it."""
    parent = apply_context(base, [alts[0] for alts in refs[:-1]])
    return parent, [apply_context(parent, [a]) for a in (refs[-1] if refs else [])]


def _of_rules(bare: str) -> Path:
    """Where the units a text names sit: in the rules (list, instruction …) an act approved (its appendix 1), or in
    the act."""
    return APPROVED_DOCUMENT if marker("approved_rules").search(bare) or marker("unit_of_document").search(bare) else ()


def deleted_in_place(ctx: Ctx, i: int, path: Path, doc_act: ActRef) -> list[Amendment]:
    """A point kept only as the record of its deletion ("3) исключен приказом ... № 999 (...)"): the
    deletion of that unit by each act named, as a history note records it; or of its insertion, where its text waits
    for its day ("16-1. 01.01.2023 бастап қолданысқа енгізіледі - … № 855 бұйрығымен.")."""
    text = ctx.text(i)
    if ctx.lines[i].block == "table":
        # a row of a table kept as the record of its deletion, its number in the first cell ("36" / "Исключена
        # приказом Министра финансов РК от 11.06.2024 № 352 (…)."): the deletion of that row of the table
        cells = [c.strip() for c in text.split("\t")]
        row = re.fullmatch(r"(\d+(?:-\d+)*)\.?", cells[0])
        if not (row and path and path[-1][0] == "table" and len(cells) > 1):
            return []
        text, path = row.group(1) + ". " + cells[1], path + (("tablerow", row.group(1)),)
    deleted = bool(marker("deleted_in_place").match(text))
    # (or changed, then deleted: "25. Тармақ өзгертілді - … N 787 бұйрығымен, тармақ алынып тасталынды - … N 775 …")
    history = not deleted and bool(marker("changed_then_deleted_in_place").match(text))
    # (or inserted, its text shown from the day it comes into force: "16-1. 01.01.2023 бастап қолданысқа енгізіледі - ҚР
    # Қаржы министрінің 23.08.2021 № 855 бұйрығымен.")
    pending = None if deleted or history else marker("pending_in_place").match(text)
    if not (deleted or history or pending) or not path:
        return []
    num = re.match(r"(\d+(?:-\d+)*)\s*([.)])", text)
    kind = "tablerow" if path[-1][0] == "tablerow" else "subpoint" if num.group(2) == ")" else "point"
    if path[-1] != (kind, num.group(1)):
        if kind != "subpoint" or path[-1][0] != "point":
            return []  # the line did not open that unit
        path = path + (("subpoint", num.group(1)),)  # an order's own sub-point, kept as text of its point
    paths = [path]
    # (the range written as two numbers, "6. - 15. (алынып тасталды - … N 149 …)", or as one, with a plural)
    span = re.match(r"(\d+)\.\s*[-–]\s*(\d+)\.", text)
    if span is None and marker("plural_unit_word").search(text):
        span = re.fullmatch(r"(\d+)-(\d+)", num.group(1))
    if kind == "point" and span and int(span.group(1)) < int(span.group(2)) <= int(span.group(1)) + 200:
        # points deleted together, kept as one line ("1-4. (Пункты отменены - постановлением …)"): each of them
        paths = [path[:-1] + (("point", str(n)),) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
    named = order_refs(unit_refs(text[num.end():]))
    if kind == "point" and len(named) == 1 and len(named[0]) > 1 and ("point", num.group(1)) in named[0] \
            and all(k == "point" for k, _ in named[0]):
        # the points deleted with it, named on its line ("12. <*> Пункты 12 и 13 исключены согласно приказу …")
        paths = [path[:-1] + (step,) for step in named[0]]
    acts = find_note_acts(text)
    # a record naming the act by its date and number only ("6) (подпункт исключен - от 14 сентября 2004 года N 528)")
    # names the body's own order; the bracket after an act gives its day ("10. Исключен решением маслихата … от
    # 22.02.2013 № 14-83 (вводится в действие с 1 января 2013 года).")
    out = []
    for k, (amending, at, _) in enumerate(acts):
        rule, since = note_rule(text, at, acts[k + 1][1] if k + 1 < len(acts) else len(text), len(acts))
        if since is None and rule and marker("in_force_signing").search(rule):
            since = amending.date  # ("*3) алып тасталды – … № 805 (қол қойылған күнінен бастап …) бұйрығымен;*")
        kind = (effect_before(text, at) or "Deletion") if history else "Insertion" if pending else "Deletion"
        if pending and since is None:
            since = parse_date(pending.group("day") or pending.group("day2"))
        for one in paths:
            out.append(Amendment(amending if amending.issuer else replace(amending, issuer=doc_act.issuer), doc_act, one,
                                 kind, text, from_note=True, in_force_rule=rule, loc=ctx.loc(i), since=since,
                                 renumbers=kind in ("Deletion", "Insertion") and bool(marker("renumbered").search(text))))
    return out


def _clauses(subject: str, base: Path, units: list) -> list[tuple[str, Path, list, str | None]]:
    """(effect, path, units named, words) of each clause of a Kazakh note's subject that names a unit and its own verb
    ("36-тармақ өзгертілді және 3-тармақша алынып тасталды"; a table the unit holds, named by its caption's number,
    changed that unit: "35-тармақ толықтырылды және 2-кесте алынып тасталды"); [] for a subject of one clause, or
    whose later verbs name no unit of their own ("16-тармақ толықтырылды, өзгертілді"). Words replaced after a unit's
    clause, no unit named, are replaced throughout the text the note stands in, the rest of the subject their records
    (`words`: 'Нұсқаулықтың тақырыбы жаңа редакцияда жазылды; "IIББ-IIБ" деген аббревиатура "IIД" деген
    аббревиатурамен ауыстырылды;' / … , MVD 2003 № 280)."""
    spans = effect_spans(subject)
    if len(spans) < 2:
        return []
    out: list[tuple[str, Path, list, str | None]] = []
    start = 0
    for effect, at, end in spans:
        clause = subject[start:end]
        if named := order_refs(unit_refs(strip_quoted(clause[:at - start]))):
            # (a unit finer than a point, named after a coarser one, is of it: "36-тармақ … және 3-тармақша …" is point
            # 36's; a point is the one of its number wherever it stands)
            before = out[-1][1] if out else ()
            rank = RANK.get(named[0][0][0], 0)
            finer = bool(before) and rank > RANK["point"] and rank > RANK.get(before[-1][0], 99)
            # (… and one of the same kind as the unit named before is its sibling: "2-тармақтың 4) тармақшасы жаңа
            # редакцияда жазылды, 8)тармақшасы толықтырылды" is point 2's sub-point 8)
            sibling = bool(before) and rank > RANK["point"] and before[-1][0] == named[0][0][0]
            path, refs = _note_target(clause, effect, before if finer else before[:-1] if sibling else base, units)
            out.append((effect, path, refs, None))
        elif out and marker("table_named").search(clause[:at - start]):
            if out[-1][0] != "Modification":
                out.append(("Modification", out[-1][1], out[-1][2], None))
        elif out and effect_table(effect).words == 2 and quoted(clause):
            out.append((effect, base, [], subject[start:]))
            break
        else:
            return []
        start = end
    return out


def _note_target(subject: str, effect: str, base: Path, units: list) -> tuple[Path, list]:
    """(path, units named) of what a note's subject says it changed, read under `base` (a division named by its
    heading alone, 'Раздел "Общие положения"', is the unit of that heading; units the subject excepts, "по всему
    тексту Инструкции (исключая пункты 3.4, 3.10 …)", are not named)."""
    subject = marker("except_units").sub(" ", subject)
    head = subject.split('"', 1)[0]
    if marker("throughout_text").match(head.strip(" :*")) and not unit_refs(head):
        # "Бүкiл мәтiндегi: "…" деген сөздер … ауыстырылды және 3, 5, … тармақтардың … өзгерiстерi 2000 жылдың 1
        # қаңтарынан бастап күшiне енедi": the whole text; the points named after the words are when, not what
        return base, []
    if (m := marker("division_heading").search(subject)) and unit_refs(subject) == [[("title", "")]]:
        # the heading of a division named with no number ("Заголовок главы с изменениями" under "## 2. Порядок …"):
        # the heading of the last division of that kind read, the one the note stands under
        kind = unit_kind(m.group("div"))
        last = next((u.path for u in reversed(units) if u.path[:len(base)] == base and u.path[-1][0] == kind), None)
        if last:
            return last + (("title", ""),), [[last[-1]], [("title", "")]]
    stated = effect_of(subject, "note")
    if marker("title_named").match(marker("history_note").sub("", subject[:stated[1].start()] if stated else subject, count=1)):
        return base + (("title", ""),), []  # "Наименование Инструкции в редакции …": its title, not its text
    refs = order_refs(unit_refs(subject))
    heading = named_heading(subject) if not refs else None
    if heading:
        known = next((u.path for u in units if u.path[:len(base)] == base and u.path[-1][0] in _DIVISIONS
                      and (u.heading or "").strip().lower() == heading.lower()), None)
        if known:
            return known, []
    if effect == "Repeal" and not [r for r in refs if r[0][0] != "appendix"] and marker("order_word").search(subject):
        path: Path = ()
    else:
        path = base
        if refs and refs[0][0][0] == "appendix" and base[-1:] == (refs[0][0],):
            path = base[:-1]  # "Ескерту. 1-қосымша жаңа редакцияда" in appendix 1 (of the order or of its rules): itself
        elif refs and refs[0][0][0] == "appendix" and base and base[-1][0] == "appendix" and len(refs) == 1 \
                and not re.search(r"\d", subject):
            # an appendix named with no number under an appendix's stamp ("N 2 қосымша" / "Ескерту. Қосымша өзгертілді
            # - …"): that appendix itself, not an appendix of it (one named with its number after the effect is that
            # one: "Правила дополнены приложением 3-1 в соответствии с приказом …")
            path, refs = base[:-1], [[base[-1]]]
        for alts in refs:
            if alts[0][0] == "preamble" and base:  # an attachment's own preamble ("Ереженің кіріспесі", "Кіріспеге" in it)
                path = base + (alts[0],)
                continue
            # a point or a figure, or a division first named, is the one of that number already read (a chapter in a section,
            # a paragraph in the chapter above the note: "Параграф 1" of chapter 2, not of chapter 1)
            named = alts[0][0] in ("point", "figure") or alts[0][0] in ("chapter", "section", "paragraph") and path == base
            path = _resolve(units, base, alts[0]) if named else apply_context(path, [alts[0]])
        if not refs and marker("appendix_word").search(subject):
            path = base
        if path == base + (("title", ""),) and marker("throughout_text").search(subject):
            return base, []  # "В заголовке и по всему тексту слова …": the whole text, its title in it
        if len(path) > len(base) + 1 and path[-1] == ("title", "") and marker("title_and_unit").search(subject):
            # the act's title and a unit of it ("Бұйрықтың тақырыбы мен 1-тармағындағы "…" деген сөздер … ауыстырылды"):
            # each of them, not the heading of that unit
            return path[:-1], refs[:-1] + [[path[-2], ("title", "")]]
    return path, refs


def _resolve(units: list, base: Path, step: tuple[str, str]) -> Path:
    """A unit named by number alone: the last of that number already read under `base`; a point not read (deleted, kept
    as one line "10-24. <*>" with the others) is one of the division the text has come to."""
    for u in reversed(units):
        if u.path[-1] == step and u.path[:len(base)] == base:
            return u.path
    last = next((u.path for u in reversed(units) if u.path[:len(base)] == base), base)
    if step[0] in _SWAPPED and len(last) > len(base) and last[-1] == (_SWAPPED[step[0]], step[1]):
        # a section the note names under the heading it stands under, numbered alike but read as a chapter ("## 2.
        # Объем годовой … отчетности" / "Сноска. Название раздела 2 с изменениями"), or the other way round: that one
        return last
    while step[0] == "point" and len(last) > len(base) and last[-1][0] not in _DIVISIONS:
        last = last[:-1]
    return (last if step[0] == "point" else base) + (step,)


# the two divisions a text and its notes may call one another
_SWAPPED = {"section": "chapter", "chapter": "section"}
