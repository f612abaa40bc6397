"""Hangul helpers: the syllable range, decomposition into jamo, and the Revised Romanization.

The romanization follows the Revised Romanization of Korean (2000) letter by letter, across syllable
boundaries: a final consonant before a silent initial (ㅇ) is carried over to the next syllable
(``학여울 → hagyeoul``), a final ㅎ aspirates the consonant after it (``놓다 → nota``), and the
other finals take their closing sound (``읽다 → ikda``). Nasal and liquid assimilation
(``종로 → Jongno``) is not applied here: IRIs built from names have always been spelled without
it, and :func:`assimilate` in the build tools respells a name first where the official spelling
needs it. Pure functions, no dependencies.
"""
from __future__ import annotations

import re

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
