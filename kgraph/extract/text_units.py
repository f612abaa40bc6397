"""Sentences and words with their offsets in the article text.

Splitting Korean text uses the Kiwi analyser of the reading under way and leaves the morphemes of its
words with that reading (see :mod:`kgraph.extract.reading_state`)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise
from operator import attrgetter
from typing import TYPE_CHECKING

from ..hangul import HANGUL
from .reading_state import Tags, paragraph_sentences, remember_words

if TYPE_CHECKING:
    from kiwipiepy import Token

_PUNCT = "()[]{}<>,.·:;!?\"'“”‘’「」『』《》〈〉▲△■□●○◆◇※…~/|=+*"


def _title_then_dot() -> re.Pattern[str]:
    from .lexicon import TITLES

    ends = "|".join(sorted(TITLES, key=len, reverse=True))
    return re.compile(rf"([{HANGUL}]*(?:{ends}))[·ㆍ](?=[{HANGUL}]{{2}})")


#: a word that ends with a job title, then a middle dot and the next item of a list of people
_TITLE_THEN_DOT = _title_then_dot()


#: a comma glued between two Hangul syllables: it separates two words (의장,김환욱)
_GLUED_COMMA = re.compile(r"(?<=[\uac00-\ud7a3]),(?=[\uac00-\ud7a3])")


def _aside() -> str:
    from .patterns_ko_people import ASIDE_NOTE

    return ASIDE_NOTE


#: a word: what lies between white space, a parenthesis it holds staying with it (업무협약(MOU)을), an aside about
#: the person written in it even with spaces (김기정(앞줄 가운데))
_WORD = re.compile(rf"[^\s(]+\((?:{_aside()})\)[^\s(]*|[^\s(]+(?:\([^)\s]*\)[^\s(]*)?|\([^\s]*")


def _titles() -> tuple[str, ...]:
    from .lexicon import TITLES

    return tuple(TITLES)


_TITLE_WORDS = _titles()


def _holds_title(text: str) -> bool:
    """The word holds a job title (``브레아시장이``, ``의원``, ``교류단장``)."""
    return any(t in text for t in _TITLE_WORDS)


def _closes_titled_list(text: str, at: int, before: str) -> bool:
    """The word at ``at`` ends a list in brackets (a comma inside them before it) with a title (``의장단(A 의장, B
    위원장)은``); not a bracket holding one thing (``컬버시(존 스미스 시장)와``, ``(부산 자갈치시장)을``)."""
    opened = text.rfind("(", 0, at)
    return opened >= 0 and "," in text[opened:at] and ")" not in text[opened:at] and \
        any(before.endswith(t) for t in _TITLE_WORDS) and not before.endswith(("전시장", "재래시장", "전통시장"))


def _title_ahead(words: list[Word], i: int) -> bool:
    """A title follows word ``i``, or the names of a place or a body and then a title (``광명시 부시장``)."""
    for w in words[i + 1:i + 4]:
        if _holds_title(w.text):
            return True
        if w.tail or not _BODY_WORD_END.search(w.text):
            return False  # (통역(오른쪽) 김민지 주무관: a name between, whose title it is)
    return False


#: how the name of a place or a body written before a title ends (광명시, 인민위원회, 관광과)
_BODY_WORD_END = re.compile(r"(?:시|군|구|도|성|주|현|의회|청|국|부|원|회|단|처|실|과)$")


#: a word's tail that is an aside about the person (``(오른쪽)``, ``(민주당),``): the name still stands next to what follows
_ASIDE_TAIL = re.compile(rf"\((?:{_aside()})\)(?P<rest>[,·]?)")


@dataclass(frozen=True)
class Word:
    """A whitespace-delimited word, punctuation stripped; ``start``/``end`` are text offsets."""

    text: str
    start: int
    end: int
    raw: str  #: the word with its punctuation
    lead: str  #: punctuation stripped from the front
    tail: str  #: punctuation stripped from the back


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and offsets."""

    text: str
    start: int
    end: int

    @cached_property
    def _words(self) -> tuple[Word, ...]:
        return tuple(self._split_words())

    def words(self) -> list[Word]:
        """The sentence's words, punctuation stripped (split once, then kept)."""
        return list(self._words)

    def _split_words(self) -> list[Word]:
        out: list[Word] = []
        for m in _WORD.finditer(self.text):
            if "," in m.group(0) and "(" not in m.group(0) and _GLUED_COMMA.search(m.group(0)):  # 의장,김환욱 문화원장: two words
                cuts = [0] + [c.end() for c in _GLUED_COMMA.finditer(m.group(0))] + [len(m.group(0))]
                for a, b in pairwise(cuts):  # each piece keeps its comma as its tail
                    self._add_word(out, m.group(0)[a:b], m.start() + a)
                continue
            self._add_word(out, m.group(0), m.start())
        for i, w in enumerate(out):  # an aside is read through in a list (한지수(민주당), …) and before a title (크리스
            # 파커(오른쪽) 브레아시장이, 김철수(왼쪽) 광명시 부시장: a place or a body may come first); not before a
            # name (교류단장(오른쪽) 김철수 회장, 통역(오른쪽) 김민지 주무관)
            aside = _ASIDE_TAIL.fullmatch(w.tail)
            if aside is not None and (aside.group("rest") or (_title_ahead(out, i) and not _holds_title(w.text))):
                out[i] = replace(w, tail=aside.group("rest"))
        return out

    def _add_word(self, out: list[Word], raw: str, at: int) -> None:
        """Append the word ``raw`` found at offset ``at`` of the sentence (one or two words, punctuation off)."""
        if "(" in raw[1:]:  # 업무협약(MOU)을, 속초시장(오른쪽)이: the word ends before the parenthesis
            cut = raw.index("(", 1)
            core = raw[:cut].strip(_PUNCT)
            if core:
                lead = raw[: raw.index(core)]
                s = self.start + at + len(lead)
                out.append(Word(core, s, s + len(core), raw, lead, raw[raw.index(core) + len(core):]))
            return
        core = raw.strip(_PUNCT)
        if not core:
            return
        if ")" in core and "(" not in raw and _closes_titled_list(self.text, at, core[:core.index(")")]):
            core = core[:core.index(")")].strip(_PUNCT)  # 위원장)은: a list of titled names in brackets closed, then
            # the particle of the whole (not 선수 29명)이: the count is the subject's own)
        at_core = raw.index(core)
        lead = raw[:at_core]
        tail = raw[at_core + len(core):]
        s = self.start + at + len(lead)
        titled = _TITLE_THEN_DOT.match(core) if "·" in core or "ㆍ" in core else None  # (the dot is cheaper to look for)
        if titled is not None:  # 국회의원·독일 오스나브뤼크시 …: a title ends one listed item, the next begins
            left, right = titled.group(1), core[titled.end():]
            out.append(Word(left, s, s + len(left), raw, lead, "·"))
            out.append(Word(right, s + titled.end(), s + len(core), raw, "", tail))
            return
        out.append(Word(core, s, s + len(core), raw, lead, tail))


#: a word whose morphemes are kept: what lies between white space, brackets, quotes and list marks
_TAGGED_WORD = re.compile(r"[^\s(),.·\"'“”‘’\[\]]+")


class _LineWords:
    """The words of one line as (start, end, text), found once for all the line's sentences."""

    __slots__ = ("ends", "words")

    def __init__(self, line: str) -> None:
        self.words = [(m.start(), m.end(), m.group(0)) for m in _TAGGED_WORD.finditer(line)]
        self.ends = [end for _, end, _ in self.words]


_start = attrgetter("start")  #: a token's offset in its line


def _remember_words(words: _LineWords, tokens: list[Token]) -> None:
    """Keep, for the reading under way, Kiwi's morphemes of each word of a line that ``tokens`` (one of its
    sentences) cover: a word's morphemes are the tokens that start inside it."""
    toks = sorted(tokens, key=_start)
    if not toks:
        return
    found: dict[str, Tags] = {}
    i, n, last = 0, len(toks), toks[-1].start
    for k in range(bisect_right(words.ends, toks[0].start), len(words.words)):  # the first word the tokens reach
        start, end, text = words.words[k]
        if start > last:
            break
        while i < n and toks[i].start < start:
            i += 1
        j = i
        while j < n and toks[j].start < end:
            j += 1
        if j > i:
            found.setdefault(text, tuple((t.form, t.tag.split("-")[0]) for t in toks[i:j]))
        i = j
    remember_words(found)


#: a sentence that ends with a one- or two-syllable word and a dot, the next one glued to it: a name's initial
_INITIAL_END = re.compile(r"(?:^|[\s'\"‘“(])(?:([\uac00-\ud7a3])|[\uac00-\ud7a3]{2})\.$")

#: a sentence that "ends" with a place name and a dot, the next one glued to it: the dot joins a list
#: a sentence's final verb and full stop run on into the next sentence with no space (``있다.김가온 군수는``)
#: (a past tense is any syllable closed by ㅆ before 다: 했다, 왔다, 갔다, 줬다, 났다)
_PAST_SYLLABLES = "".join(chr(c) for c in range(0xAC00, 0xD7A4) if (c - 0xAC00) % 28 == 20)
_RUN_ON_END = re.compile(rf"(?:[{_PAST_SYLLABLES}]다|[한된는]다|없다|이다|니다)\.(?=[\uac00-\ud7a3])")
_VERB_END = re.compile(rf"(?:[{_PAST_SYLLABLES}]다|[한된는]다|없다|이다|니다)\.$")
_PLACE_DOT_END = re.compile(r"[\uac00-\ud7a3]{2,}(?:시|군|구|성|주|현)\.$")


def sentences(text: str, *, lang: str = "ko") -> list[Sentence]:
    """The sentences of ``text`` (each line is a paragraph; Kiwi splits Korean, a regex English)."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        if lang == "ko":
            line_words = _LineWords(line)
            for s in paragraph_sentences(line):
                _remember_words(line_words, list(s.tokens))
                if out and out[-1].start >= base and (initial := _INITIAL_END.search(out[-1].text)) and \
                        not _VERB_END.search(out[-1].text) and (  # (있다.김가온 군수는: a verb ends the sentence)
                        out[-1].end == base + s.start or (
                        line[out[-1].end - base:s.start] == " " and initial.group(1))):
                    prev = out.pop()  # 체.바트바야르: a name's initial, not a sentence end
                    out.append(Sentence(line[prev.start - base:s.end], prev.start, base + s.end))
                    continue
                if out and out[-1].start >= base and out[-1].end == base + s.start and \
                        _PLACE_DOT_END.search(out[-1].text):
                    prev = out.pop()  # 지난시.주하이시와: a dot for a list's middle dot, not a sentence end
                    out.append(Sentence(line[prev.start - base:s.end], prev.start, base + s.end))
                    continue
                if out and out[-1].start >= base and out[-1].text.count("(") > out[-1].text.count(")") and \
                        not line[out[-1].end - base:s.start].strip() and ")" in line[s.start:s.end]:
                    prev = out.pop()  # 서희봉(국민의힘. 김해 2) 회장은: a stop inside brackets ends no sentence
                    out.append(Sentence(line[prev.start - base:s.end], prev.start, base + s.end))
                    continue
                start = s.start
                for run_on in _RUN_ON_END.finditer(line, s.start, s.end):  # 추진하고 있다.김가온 군수는: no space
                    out.append(Sentence(line[start:run_on.end()], base + start, base + run_on.end()))
                    start = run_on.end()
                out.append(Sentence(line[start:s.end], base + start, base + s.end))
        else:
            for a, b in _english_spans(line):
                seg = line[a:b]
                lead = len(seg) - len(seg.lstrip())
                if seg.strip():
                    out.append(Sentence(seg.strip(), base + a + lead, base + a + lead + len(seg.strip())))
    return _merge_abbrev(out, text) if lang != "ko" else out


_EN_STOP = re.compile(r"[.!?]+[\"'”’)\]]*")


def _english_spans(line: str) -> list[tuple[int, int]]:
    """Where the English sentences of one line start and end: at a stop before a space, the line's end or an
    opening quote; also at a stop glued to the next sentence when a word of three letters or more ends before it
    (``relations.The city``), never after an initial (``S.Batbold``, ``U.S.-made``) or inside a number (``3.5``).

    >>> [ln[a:b] for ln in ["Ch.Batbayar met them. They left."] for a, b in _english_spans(ln)]
    ['Ch.Batbayar met them.', ' They left.']
    >>> [ln[a:b] for ln in ["It marks the relations.The city grew."] for a, b in _english_spans(ln)]
    ['It marks the relations.', 'The city grew.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _EN_STOP.finditer(line):
        nxt = line[m.end():m.end() + 1]
        closer = m.group(0) != m.group(0).rstrip("\"'”’)]")  # a quote or a bracket closed after the stop
        glued = nxt.isupper() and (re.search(r"[a-z]{3}$", line[start:m.start()]) is not None or closer)
        if nxt == "" or nxt.isspace() or nxt in "“‘" or glued:
            spans.append((start, m.end()))
            start = m.end()
    if line[start:].strip():
        spans.append((start, len(line)))
    return spans


def _merge_abbrev(sents: list[Sentence], text: str) -> list[Sentence]:
    """Re-join English sentences split after abbreviations such as ``Dec.`` or ``S.``."""
    merged: list[Sentence] = []
    for s in sents:
        if merged and re.search(r"\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|St|No|U\.S)\.$",
                                merged[-1].text) and text[merged[-1].end:s.start].strip() == "":
            prev = merged.pop()
            merged.append(Sentence(text[prev.start:s.end], prev.start, s.end))
        else:
            merged.append(s)
    return merged
