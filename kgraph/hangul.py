"""Hangul helpers: the syllable range, decomposition into jamo, and the Revised Romanization.

The romanization follows the Revised Romanization of Korean (2000) letter by letter, across syllable
boundaries: a final consonant before a silent initial (ㅇ) is carried over to the next syllable
(``학여울 → hagyeoul``), a final ㅎ aspirates the consonant after it (``놓다 → nota``), and the
other finals take their closing sound (``읽다 → ikda``). Nasal and liquid assimilation
(``종로 → Jongno``) is not applied by :func:`romanize`: IRIs built from names have always been
spelled without it. :func:`romanize_name` spells a name as officially written (the English names
of the name tables): :func:`assimilate` respells it first, then :func:`romanize` writes it. This is
kgraph's one romanizer; the build tools use it too. Pure functions, no dependencies.
"""
from __future__ import annotations

import re
from itertools import pairwise

SYLLABLE_FIRST, SYLLABLE_LAST = 0xAC00, 0xD7A3
HANGUL_RE = re.compile("[\uac00-\ud7a3]")
N_MEDIAL, N_FINAL = 21, 28

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
