"""Chinese place names in Hangul, from their pinyin, by the Korean rules for writing Chinese.

GeoNames gives a Hangul name for about one Chinese city in eight; Korean news writes the others by the
National Institute of Korean Language's rules for Chinese (외래어 표기법, 중국어의 표기): each pinyin syllable
has one Hangul spelling (Xianning 셴닝, Dongying 둥잉, Liaocheng 랴오청, Tonghua 퉁화). The tables below
are those rules — the Hangul of each initial and of each final, and the few ways they change each
other — and :func:`hangul` cuts a name into syllables and applies them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..hangul import compose, decompose

#: each pinyin initial and the Hangul initial it is written with (jamo index: ㄱ 0, ㄴ 2, ㄷ 3, ㄹ 5 …)
INITIALS = {"b": 7, "p": 17, "m": 6, "f": 17, "d": 3, "t": 16, "n": 2, "l": 5, "g": 0, "k": 15, "h": 18,
            "j": 12, "q": 14, "x": 9, "zh": 12, "ch": 14, "sh": 9, "r": 5, "z": 13, "c": 14, "s": 10}
#: each final and its Hangul standing alone (the syllable with ㅇ), as the rules write it
FINALS = {"a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우", "an": "안",
          "en": "언", "ang": "앙", "eng": "엉", "er": "얼", "ong": "웅", "i": "이", "ia": "야", "ie": "예",
          "iao": "야오", "iu": "유", "ian": "옌", "in": "인", "iang": "양", "ing": "잉", "iong": "융",
          "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이", "uan": "완", "un": "운", "uang": "왕",
          "ü": "위", "üe": "웨", "üan": "위안", "ün": "윈"}
#: syllables of their own, written as the rules list them
WHOLE = {"yi": "이", "ya": "야", "ye": "예", "yao": "야오", "you": "유", "yan": "옌", "yin": "인", "yang": "양",
         "ying": "잉", "yong": "융", "yu": "위", "yue": "웨", "yuan": "위안", "yun": "윈", "wu": "우", "wa": "와",
         "wo": "워", "wai": "와이", "wei": "웨이", "wan": "완", "wen": "원", "wang": "왕", "weng": "웡",
         "zhi": "즈", "chi": "츠", "shi": "스", "ri": "르", "zi": "쯔", "ci": "츠", "si": "쓰"}
#: initials after which a final's y-glide is not written (자 jia, 제 jie, 주 jiu, 장 jiang; but 샤 xia)
_NO_GLIDE = {"j", "q", "zh", "ch", "sh", "r", "z", "c", "s"}
#: initials after which u is ü (ju 쥐, xuan 쉬안)
_U_IS_UE = {"j", "q", "x"}
_PLAIN = {2: 0, 6: 4, 7: 5, 12: 8, 17: 13}  # ㅑ→ㅏ, ㅕ→ㅓ, ㅖ→ㅔ, ㅛ→ㅗ, ㅠ→ㅜ


def _syllable(initial: str, final: str) -> str | None:
    if initial in _U_IS_UE and final.startswith("u"):
        final = "ü" + final[1:]
    if final.startswith("ü") and initial not in _U_IS_UE and initial not in ("n", "l"):
        return None
    alone = FINALS.get(final)
    if alone is None:
        return None
    _, medial, coda = decompose(alone[0])
    if initial in _NO_GLIDE:
        medial = _PLAIN.get(medial, medial)
    return compose(INITIALS[initial], medial, coda) + alone[1:]


@lru_cache(maxsize=None)
def _syllables() -> dict[str, str]:
    """Every pinyin syllable the rules write, and its Hangul."""
    out = dict(WHOLE)
    for final in FINALS:
        if final[0] in "aoe" and final != "ong":
            out.setdefault(final, FINALS[final])
    for initial in INITIALS:
        for final in FINALS:
            key = initial + final.replace("ü", "u" if initial in _U_IS_UE else "v")
            if key in out:
                continue
            ko = _syllable(initial, final)
            if ko is not None:
                out[key] = ko
    return out


def _plain(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower().replace("ü", "v"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def hangul(name: str) -> str | None:
    """``name`` (one word of pinyin, tones left out) in Hangul by the Korean rules, or None if it is not one.

    >>> [hangul(n) for n in ("Xianning", "Dongying", "Liaocheng", "Tonghua", "Xi'an", "Changchun", "Lüliang")]
    ['셴닝', '둥잉', '랴오청', '퉁화', '시안', '창춘', '뤼량']
    >>> [hangul(n) for n in ("Jiangmen", "Quanzhou", "Guiyang", "Zhuhai", "Shijiazhuang", "Rizhao")]
    ['장먼', '취안저우', '구이양', '주하이', '스자좡', '르자오']
    >>> hangul("Birmingham") is None, hangul("Hong Kong") is None
    (True, True)
    """
    word = _plain(name)
    if not re.fullmatch(r"[a-z']+", word):
        return None
    table = _syllables()
    parts: list[str] = []
    for piece in word.split("'"):
        cut = _cut(piece, table)
        if cut is None:
            return None
        parts += cut
    if len(parts) < 2:
        return None
    return "".join(table[p] for p in parts)


def _cut(word: str, table: dict[str, str]) -> list[str] | None:
    """``word`` cut into pinyin syllables, a syllable that starts with a vowel only at the start (Xian is
    xian, not xi + an); the cut with the fewest syllables."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if start not in best:
                continue
            piece = word[start:end]
            if piece not in table or (start and piece[0] in "aoe"):
                continue
            cand = best[start] + [piece]
            if end not in best or len(cand) < len(best[end]):
                best[end] = cand
    return best.get(len(word))
