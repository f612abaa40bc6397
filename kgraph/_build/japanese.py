"""Japanese place names in Hangul, from their Hepburn romanisation, by the Korean rules for writing Japanese.

GeoNames gives a Hangul name for about a third of Japan's cities; Korean news writes the others by the
National Institute of Korean Language's rules for Japanese (외래어 표기법, 일본어의 표기): a voiceless
consonant is plain at the start of a word and aspirated inside it (가고시마, 와카야마), つ is 쓰, a doubled
consonant is a final ㅅ (벳푸, 욧카이치), ん is a final ㄴ, and long vowels are not written (도쿄, 오사카).

The tables below are those rules, one row per kana sound; :func:`hangul` applies them.
"""
from __future__ import annotations

import re
import unicodedata

from ..hangul import compose, decompose

#: vowels: their Hangul medial (ㅏ ㅣ ㅜ ㅔ ㅗ) and the Hangul of the vowel alone
_VOWELS = {"a": 0, "i": 20, "u": 13, "e": 5, "o": 8}
#: the kana sounds with a consonant, as (initial at the start of a word, initial inside it, vowel) —
#: initials and vowels as Hangul jamo indexes (ㄱ 0, ㅋ 15, ㄷ 3, ㅌ 16, ㅈ 12, ㅊ 14, ㅆ 10 …)
_SOUNDS: dict[str, tuple[int, int, int]] = {}


def _row(onset: str, start: int, inside: int, vowels: str = "aiueo", medials: dict[str, int] | None = None) -> None:
    for v in vowels:
        _SOUNDS[onset + v] = (start, inside, (medials or _VOWELS)[v])


_Y = {"a": 2, "u": 17, "o": 12}  # ㅑ ㅠ ㅛ
for _onset, _start, _inside in (("k", 0, 15), ("g", 0, 0), ("s", 9, 9), ("z", 12, 12), ("t", 3, 16), ("d", 3, 3),
                                ("n", 2, 2), ("h", 18, 18), ("b", 7, 7), ("p", 17, 17), ("m", 6, 6), ("r", 5, 5)):
    _row(_onset, _start, _inside)
    _row(_onset + "y", _start, _inside, "auo", _Y)
_row("", 11, 11)  # a i u e o: ㅇ
_row("y", 11, 11, "auo", _Y)
_row("w", 11, 11, "ao", {"a": 9, "o": 8})  # 와, 오
_row("sh", 9, 9, "aiuo", {"a": 2, "i": 20, "u": 17, "o": 12})  # 샤 시 슈 쇼
_row("j", 12, 12, "aiuo", {"a": 0, "i": 20, "u": 13, "o": 8})  # 자 지 주 조
_row("ch", 12, 14, "aiuo", {"a": 0, "i": 20, "u": 13, "o": 8})  # 지/치, 자/차 …
#: the sounds the rows above do not give, or give otherwise: つ 쓰, ふ 후, す 스, ず 즈, and the other spellings
#: of し, じ, ち, つ, ふ, を … (Nihon-shiki ``si``, ``ti``, ``tu``, ``hu``) — as (initial at the start, inside, vowel)
_SOUNDS.update({
    "tsu": (10, 10, 18), "fu": (18, 18, 13), "su": (9, 9, 18), "zu": (12, 12, 18), "shi": (9, 9, 20),
    "ji": (12, 12, 20), "di": (12, 12, 20), "du": (12, 12, 18), "ti": (12, 14, 20), "tu": (10, 10, 18),
    "si": (9, 9, 20), "hu": (18, 18, 13), "wo": (11, 11, 8), "yi": (11, 11, 20), "ye": (11, 11, 5),
    "wi": (11, 11, 20), "we": (11, 11, 5),
})

_FINAL_N = 4  # ㄴ as a final
_FINAL_S = 19  # ㅅ as a final
_KEYS = sorted(_SOUNDS, key=len, reverse=True)
_WORD = re.compile(r"[a-z']+")


def _plain(name: str) -> str:
    """Lower case, macrons and circumflexes taken off (long vowels are not written)."""
    folded = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


def hangul(name: str) -> str | None:
    """``name`` (one word in Hepburn romanisation) in Hangul by the Korean rules, or None if it is not one.

    >>> [hangul(n) for n in ("Wakayama", "Beppu", "Yokkaichi", "Tōkyō", "Ōsaka", "Kagoshima", "Tsuruga")]
    ['와카야마', '벳푸', '욧카이치', '도쿄', '오사카', '가고시마', '쓰루가']
    >>> [hangul(n) for n in ("Sendai", "Gumma", "Kōchi", "Chōfu", "Kyōto", "Hachiōji", "Kan'onji")]
    ['센다이', '군마', '고치', '조후', '교토', '하치오지', '간온지']
    >>> hangul("Yamato-Takada") is None, hangul("Xianning") is None
    (True, True)
    """
    word = _plain(name)
    if not _WORD.fullmatch(word):
        return None
    word = re.sub(r"^([^aiueo]*)([aiueo])\2", r"\1\2", word)  # a long first vowel written twice: 니가타, 이즈카
    out: list[list[int]] = []  # syllables as [initial, medial, final]
    i, first = 0, True
    while i < len(word):
        c, nxt = word[i], word[i + 1:i + 2]
        if c == "'":
            i += 1
            continue
        if (c == "n" and (not nxt or nxt not in "aiueoy")) or (c == "m" and nxt and nxt in "bpm"):
            if not out:
                return None
            out[-1][2] = _FINAL_N  # ん: 센다이, 간온지, 군마 (m before b, p, m)
            i += 1
            continue
        if c not in "aiueo" and nxt and (nxt == c or word.startswith("tch", i)):
            if not out:
                return None
            out[-1][2] = _FINAL_S  # っ: 벳푸, 욧카이치
            i += 1
            continue
        if c == "u" and i and word[i - 1] == "o" and out and not out[-1][2]:
            i += 1  # ō written ou (Toukyou): 도쿄, not 도우쿄우
            continue
        key = next((k for k in _KEYS if word.startswith(k, i)), None)
        if key is None:
            return None
        start, inside, medial = _SOUNDS[key]
        out.append([start if first else inside, medial, 0])
        first = False
        i += len(key)
    if len(out) < 2:
        return None
    return "".join(compose(a, b, c) for a, b, c in out)


def _check(name_ko: str) -> bool:
    """True when every syllable of ``name_ko`` decomposes (a guard for the tables above)."""
    return all(decompose(c) for c in name_ko)
