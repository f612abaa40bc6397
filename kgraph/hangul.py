"""Hangul helpers: the syllable range, decomposition into jamo, and the Revised Romanization.

The romanization follows the Revised Romanization of Korean (2000) letter by letter, across syllable
boundaries: a final consonant before a silent initial (ㅇ) is carried over to the next syllable
(``학여울 → hagyeoul``), a final ㅎ aspirates the consonant after it (``놓다 → nota``), and the
other finals take their closing sound (``읽다 → ikda``). Nasal and liquid assimilation
(``종로 → Jongno``) is not applied by :func:`romanize`: IRIs built from names have always been
spelled without it. :func:`romanize_name` spells a name as officially written (the English names
of the name tables): :func:`assimilate` respells it first, then :func:`romanize` writes it. This is
kgraph's one romanizer; the build tools use it too. Pure functions, no dependencies.

It is also the one place for the syllable range and the syllable arithmetic: :data:`HANGUL` is the
range as a regular-expression class body (``rf"[{HANGUL}]+"`` is a run of syllables), and
:func:`is_syllable`, :func:`is_hangul_word`, :func:`decompose`, :func:`final_consonant`,
:func:`has_final` and :func:`jamo_letters` answer the questions other modules used to work out
from code points themselves.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

SYLLABLE_FIRST, SYLLABLE_LAST = 0xAC00, 0xD7A3
#: The precomposed syllables 가–힣 (U+AC00–U+D7A3) as the body of a regular-expression character class,
#: to be put inside brackets: ``rf"[{HANGUL}]"`` is one syllable, ``rf"[{HANGUL}A-Za-z]"`` a syllable or a
#: Latin letter.
HANGUL = "가-힣"  # chr(SYLLABLE_FIRST) + "-" + chr(SYLLABLE_LAST)
HANGUL_RE = re.compile(f"[{HANGUL}]")
N_MEDIAL, N_FINAL = 21, 28
#: the first conjoining jamo (Unicode block Hangul Jamo) of initials, medials and finals; finals start at 1
_JAMO_INITIAL, _JAMO_MEDIAL, _JAMO_FINAL = 0x1100, 0x1161, 0x11A7
#: finals by index as letters (compatibility jamo), index 0 = none
FINAL_LETTERS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ",
                 "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")

#: initials in Unicode order: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
#: medials: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
           "eu", "ui", "i")
#: finals (index 0 = none): (sound before a consonant or at the end, (kept, carried) before a silent ㅇ)
FINALS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("", ("", "")),            # none
    ("k", ("", "g")),          # ㄱ
    ("k", ("", "kk")),         # ㄲ
    ("k", ("k", "s")),         # ㄳ
    ("n", ("", "n")),          # ㄴ
    ("n", ("n", "j")),         # ㄵ
    ("n", ("", "n")),          # ㄶ
    ("t", ("", "d")),          # ㄷ
    ("l", ("", "r")),          # ㄹ
    ("k", ("l", "g")),         # ㄺ
    ("m", ("l", "m")),         # ㄻ
    ("l", ("l", "b")),         # ㄼ
    ("l", ("l", "ss")),        # ㄽ
    ("l", ("l", "t")),         # ㄾ
    ("p", ("l", "p")),         # ㄿ
    ("l", ("", "r")),          # ㅀ
    ("m", ("", "m")),          # ㅁ
    ("p", ("", "b")),          # ㅂ
    ("p", ("p", "s")),         # ㅄ
    ("t", ("", "s")),          # ㅅ
    ("t", ("", "ss")),         # ㅆ
    ("ng", ("ng", "")),        # ㅇ
    ("t", ("", "j")),          # ㅈ
    ("t", ("", "ch")),         # ㅊ
    ("k", ("", "k")),          # ㅋ
    ("t", ("", "t")),          # ㅌ
    ("p", ("", "p")),          # ㅍ
    ("", ("", "")),            # ㅎ
)
_SILENT = 11  #: the initial ㅇ
_H_FINALS = {27: "", 6: "n", 15: "l"}  #: finals ending in ㅎ, and what stays of them before a consonant
#: a final ㅎ before these initials: the pair is written as one (aspirated or doubled) consonant
_H_BEFORE = {0: "k", 1: "kk", 2: "n", 3: "t", 4: "tt", 6: "m", 7: "b", 8: "pp", 9: "ss", 10: "ss", 12: "ch",
             13: "jj", 14: "ch", 15: "k", 16: "t", 17: "p", 18: "h"}


def is_syllable(ch: str) -> bool:
    """True for one precomposed Hangul syllable (가–힣).

    >>> is_syllable("광"), is_syllable("ㄱ"), is_syllable("a")
    (True, False, False)
    """
    return len(ch) == 1 and SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def is_hangul_word(text: str, shortest: int = 1, longest: int | None = None) -> bool:
    """True when ``text`` is Hangul syllables only, ``shortest`` to ``longest`` of them (no upper bound
    when ``longest`` is None): ``re.fullmatch(rf"[{HANGUL}]{{2,4}}", text)`` as a plain test.

    >>> is_hangul_word("광명"), is_hangul_word("광명시청", 2, 3), is_hangul_word("광 명"), is_hangul_word("")
    (True, False, False, False)
    >>> is_hangul_word("시", 2), is_hangul_word("서울", 2, 2), is_hangul_word("", 0)
    (False, True, True)
    """
    if len(text) < shortest or (longest is not None and len(text) > longest):
        return False
    return all(map(is_syllable, text))


def has_hangul(text: str) -> bool:
    """True when ``text`` holds at least one Hangul syllable.

    >>> has_hangul("Seoul 서울"), has_hangul("Seoul")
    (True, False)
    """
    return HANGUL_RE.search(text) is not None


def decompose(ch: str) -> tuple[int, int, int]:
    """The (initial, medial, final) indices of one syllable.

    >>> decompose("광")
    (0, 9, 21)
    """
    idx = ord(ch) - SYLLABLE_FIRST
    return idx // (N_MEDIAL * N_FINAL), (idx // N_FINAL) % N_MEDIAL, idx % N_FINAL


def final_consonant(ch: str) -> str:
    """The final consonant (받침) of one syllable as a letter (ㄱ … ㅎ, double finals such as ㄺ as one);
    ``""`` when the syllable has none or ``ch`` is not one syllable.

    >>> final_consonant("광"), final_consonant("닭"), final_consonant("서"), final_consonant("a"), final_consonant("")
    ('ㅇ', 'ㄺ', '', '', '')
    """
    return FINAL_LETTERS[decompose(ch)[2]] if is_syllable(ch) else ""


def has_final(ch: str) -> bool:
    """True when ``ch`` is one syllable that ends in a consonant (has a 받침): 광, 닭, not 서 or ``a``.

    >>> has_final("광"), has_final("서"), has_final("a")
    (True, False, False)
    """
    return final_consonant(ch) != ""


def jamo_letters(ch: str) -> str:
    """One syllable spelled as conjoining jamo (initial, medial, and the final when there is one), the
    way Unicode decomposes it (NFD); any other character as itself.

    >>> [hex(ord(c)) for c in jamo_letters("광")], jamo_letters("가") == "\u1100\u1161", jamo_letters("a")
    (['0x1100', '0x116a', '0x11bc'], True, 'a')
    """
    if not is_syllable(ch):
        return ch
    i, m, f = decompose(ch)
    return chr(_JAMO_INITIAL + i) + chr(_JAMO_MEDIAL + m) + (chr(_JAMO_FINAL + f) if f else "")


#: finals a loanword's transcription may also write as a syllable of their own (블라디보스톡 / 블라디보스토크)
_OPEN_FINALS = {1: 15, 17: 17, 19: 9, 25: 16}  # final ㄱ ㅂ ㅅ ㅌ -> initial ㅋ ㅍ ㅅ ㅌ (with ㅡ)


@lru_cache(maxsize=65536)
def open_finals(text: str) -> str:
    """``text`` with each final ㄱ, ㅂ, ㅅ, ㅌ written as a syllable of its own (크, 프, 스, 트), the way
    transcriptions of one foreign name differ (memoised: variant spellings compare the gazetteer's names again
    and again).

    >>> open_finals("블라디보스톡"), open_finals("블라디보스토크"), open_finals("광명")
    ('블라디보스토크', '블라디보스토크', '광명')
    """
    out = []
    for ch in text:
        if is_syllable(ch) and decompose(ch)[2] in _OPEN_FINALS:
            i, m, f = decompose(ch)
            out.append(compose(i, m, 0) + compose(_OPEN_FINALS[f], 18, 0))
        else:
            out.append(ch)
    return "".join(out)


def compose(initial: int, medial: int, final: int) -> str:
    """The syllable of (initial, medial, final) indices.

    >>> compose(0, 9, 21)
    '광'
    """
    return chr(SYLLABLE_FIRST + (initial * N_MEDIAL + medial) * N_FINAL + final)


def romanize(text: str) -> str:
    """Revised Romanization of Hangul letter by letter, lower case; other characters are kept.

    >>> romanize("광명"), romanize("학여울"), romanize("놓다"), romanize("읽다"), romanize("오스나브뤼크")
    ('gwangmyeong', 'hagyeoul', 'nota', 'ikda', 'oseunabeurwikeu')
    >>> romanize("서울 중구")
    'seoul junggu'
    """
    out: list[str] = []
    carried = ""  #: what the previous syllable's final gives this syllable's start
    skip_initial = False
    for i, ch in enumerate(text):
        if not is_syllable(ch):
            out.append(ch)
            carried, skip_initial = "", False
            continue
        ini, med, fin = decompose(ch)
        start = carried if (carried or skip_initial) else INITIALS[ini]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        nxt_ini = decompose(nxt)[0] if is_syllable(nxt) else None
        carried, skip_initial = "", False
        if nxt_ini is None:
            end = FINALS[fin][0]
        elif nxt_ini == _SILENT:
            end, carried = FINALS[fin][1]
            skip_initial = True
        elif fin in _H_FINALS and nxt_ini in _H_BEFORE:
            end = "n" if (fin, nxt_ini) == (27, 2) else _H_FINALS[fin]  # 놓는 → nonneun
            carried = _H_BEFORE[nxt_ini]
            skip_initial = True
        else:
            end = FINALS[fin][0]
        out.append(start + MEDIALS[med] + end)
    return "".join(out)


# -- names as officially spelled: nasal and liquid assimilation ----------------------------------
_ON_N, _ON_R, _ON_M = 2, 5, 6  #: onset (initial) indices of ㄴ ㄹ ㅁ
#: coda (final) indices standing for the sound a final takes before a consonant
_CODA_NONE, _CODA_K, _CODA_N, _CODA_T, _CODA_L, _CODA_M, _CODA_P, _CODA_NG = 0, 1, 4, 7, 8, 16, 17, 21
_CODA_CLASS = {
    1: _CODA_K, 2: _CODA_K, 3: _CODA_K, 9: _CODA_K, 24: _CODA_K,          # ㄱ ㄲ ㄳ ㄺ ㅋ
    4: _CODA_N, 5: _CODA_N, 6: _CODA_N,                                    # ㄴ ㄵ ㄶ
    7: _CODA_T, 19: _CODA_T, 20: _CODA_T, 22: _CODA_T, 23: _CODA_T, 25: _CODA_T,  # ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ
    8: _CODA_L, 11: _CODA_L, 12: _CODA_L, 13: _CODA_L, 15: _CODA_L,       # ㄹ ㄼ ㄽ ㄾ ㅀ
    16: _CODA_M, 10: _CODA_M,                                              # ㅁ ㄻ
    17: _CODA_P, 18: _CODA_P, 26: _CODA_P, 14: _CODA_P,                    # ㅂ ㅄ ㅍ ㄿ
    21: _CODA_NG,                                                          # ㅇ
}


def assimilate(text: str) -> str:
    """Spell Hangul as pronounced across syllables, for nasal and liquid assimilation only.

    The Revised Romanization writes these sound changes (종로 → Jongno, 신라 → Silla,
    강릉 → Gangneung, 왕십리 → Wangsimni), but :func:`romanize` does not apply them, so
    :func:`romanize_name` respells names first. A coda ㄹ before an onset ㄹ is left as is:
    :func:`romanize` writes it ``lr``, which :func:`romanize_name` turns into ``ll``.

    >>> assimilate("종로"), assimilate("신라"), assimilate("왕십리"), assimilate("백마")
    ('종노', '실라', '왕심니', '뱅마')
    >>> assimilate("별내"), assimilate("광명")
    ('별래', '광명')
    """
    parts: list[list[int] | str] = [list(decompose(ch)) if is_syllable(ch) else ch for ch in text]
    for prev, nxt in pairwise(parts):
        if isinstance(prev, str) or isinstance(nxt, str):
            continue
        coda = _CODA_CLASS.get(prev[2], _CODA_NONE)
        onset = nxt[0]
        if onset == _ON_R:
            if coda == _CODA_N:
                prev[2] = _CODA_L
            elif coda in (_CODA_M, _CODA_NG):
                nxt[0] = _ON_N
            elif coda == _CODA_K:
                prev[2], nxt[0] = _CODA_NG, _ON_N
            elif coda == _CODA_P:
                prev[2], nxt[0] = _CODA_M, _ON_N
            elif coda == _CODA_T:
                prev[2], nxt[0] = _CODA_N, _ON_N
        elif onset == _ON_N and coda == _CODA_L:
            nxt[0] = _ON_R
        elif onset in (_ON_N, _ON_M):
            if coda == _CODA_K:
                prev[2] = _CODA_NG
            elif coda == _CODA_P:
                prev[2] = _CODA_M
            elif coda == _CODA_T:
                prev[2] = _CODA_N
    return "".join(p if isinstance(p, str) else compose(p[0], p[1], p[2]) for p in parts)


def romanize_name(hangul: str) -> str:
    """Revised Romanization of a Korean name as officially spelled: assimilated, capitalised.

    >>> romanize_name("광명"), romanize_name("종로"), romanize_name("울릉"), romanize_name("전라남")
    ('Gwangmyeong', 'Jongno', 'Ulleung', 'Jeollanam')
    """
    text = romanize(assimilate(hangul)).replace("lr", "ll")
    return text[:1].upper() + text[1:]
