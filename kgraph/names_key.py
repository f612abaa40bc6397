"""Keys that make spellings of one name meet: normalised forms and sound keys, Hangul or Latin.

Pure functions used to find likely duplicates (``kgraph entities --duplicates``). They never merge
anything themselves: a pair they bring together is a candidate for a person to review.
"""
from __future__ import annotations

import re
import unicodedata

from .hangul import is_syllable, jamo_letters, romanize

#: administrative suffixes that do not tell two places apart (광명시 = 광명 = Gwangmyeong-si)
_KO_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시|자치구|시청|군청|구청|시|군|구|도|현|성|주)$")
_LATIN_SUFFIX = re.compile(r"(?:[-\s](?:si|gun|gu|do|city|county|district|prefecture|province|state|town|municipality)"
                           r"|\s+city\s+council)$")
_FOLD = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss"}
#: sound-alike spellings of romanised Korean and other names: McCune–Reischauer, older spellings, umlauts
_SOUND = (("oe", "o"), ("ue", "u"), ("ae", "e"), ("eo", "o"), ("eu", "u"), ("wo", "o"), ("ch", "j"), ("sh", "s"),
          ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"), ("h", ""), ("y", "i"))


def fold(text: str) -> str:
    """Lower case, NFKC, German letters spelled out, accents and punctuation dropped.

    >>> fold("Osnabrück"), fold("Osnabrueck"), fold("Caxias do Sul"), fold("체.바트바야르")
    ('osnabrueck', 'osnabrueck', 'caxiasdosul', '체바트바야르')
    """
    s = unicodedata.normalize("NFKC", text).lower()
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"[\W_]+", "", s)


def name_key(name: str) -> str:
    """A name without its administrative suffix, folded: the same key for 광명시, 광명 and 광명 시.

    >>> name_key("광명시"), name_key("Gwangmyeong-si"), name_key("Iloilo City"), name_key("광주광역시")
    ('광명', 'gwangmyeong', 'iloilo', '광주')
    """
    s = unicodedata.normalize("NFKC", name).strip()
    s = _LATIN_SUFFIX.sub("", s.lower()) if re.search(r"[A-Za-z]", s) else s
    s = fold(s)
    stripped = _KO_SUFFIX.sub("", s)
    return stripped if len(stripped) >= 2 else s


#: Korean surnames as they are written in Latin letters (Park Seung-won = 박승원), for people's names
KO_SURNAMES_LATIN = {
    "park": "박", "pak": "박", "bak": "박", "lee": "이", "yi": "이", "rhee": "이", "kim": "김", "gim": "김",
    "choi": "최", "choe": "최", "jung": "정", "jeong": "정", "chung": "정", "cho": "조", "jo": "조", "yoon": "윤",
    "yun": "윤", "kang": "강", "gang": "강", "jang": "장", "chang": "장", "lim": "임", "im": "임", "han": "한",
    "oh": "오", "seo": "서", "suh": "서", "shin": "신", "sin": "신", "kwon": "권", "gwon": "권", "hwang": "황",
    "ahn": "안", "an": "안", "song": "송", "ryu": "류", "yoo": "유", "yu": "유", "jeon": "전", "jun": "전",
    "hong": "홍", "ko": "고", "go": "고", "moon": "문", "mun": "문", "yang": "양", "son": "손", "sohn": "손",
    "bae": "배", "baek": "백", "paik": "백", "heo": "허", "huh": "허", "noh": "노", "roh": "노", "ha": "하",
    "kwak": "곽", "sung": "성", "seong": "성", "cha": "차", "joo": "주", "ju": "주", "woo": "우", "koo": "구",
    "gu": "구", "min": "민", "na": "나", "jin": "진", "ji": "지", "um": "엄", "eom": "엄", "chae": "채",
    "won": "원", "chun": "천", "cheon": "천", "bang": "방", "kong": "공", "gong": "공", "hyun": "현", "ham": "함",
    "byun": "변", "byeon": "변", "yeom": "염", "yeo": "여", "choo": "추", "do": "도", "seok": "석", "sun": "선",
    "seol": "설", "gil": "길", "yeon": "연", "pyo": "표", "myung": "명", "ki": "기", "ban": "반", "wang": "왕",
}


#: given-name syllables as English-language news spells them, in the Revised Romanization kgraph's IRIs use
#: (Seung-won is already RR; Sung, Myung and Hee are not): one entry per spelling, applied syllable by syllable
LATIN_SYLLABLES_RR = {
    "sung": "seong", "hyun": "hyeon", "myung": "myeong", "young": "yeong", "kyung": "gyeong", "kyoung": "gyeong",
    "byung": "byeong", "hyung": "hyeong", "joon": "jun", "soo": "su", "sook": "suk", "chul": "cheol",
    "keun": "geun", "kwang": "gwang", "kyu": "gyu", "ki": "gi", "duk": "deok", "suk": "seok", "koo": "gu",
    "goo": "gu", "woo": "u", "jung": "jeong", "hee": "hui", "yoon": "yun", "youn": "yun", "hoon": "hun",
    "sub": "seop", "seob": "seop", "bum": "beom", "joo": "ju", "choon": "chun", "kook": "guk", "kuk": "guk",
    "moon": "mun", "yup": "yeop", "ock": "ok", "kyo": "gyo", "kyeong": "gyeong", "kyoon": "gyun", "yeob": "yeop",
}
_LATIN_SYLLABLE = re.compile(r"[a-z]{1,7}")


def korean_rr_key(name: str) -> str | None:
    """The Revised Romanization a Korean name in Latin letters stands for, as kgraph romanises the Hangul
    name (``Park Seung-won`` → ``bakseungwon``, the key of 박승원), or None for a name not shaped like a
    Korean one (a known Korean surname, then a given name of one or two syllables).

    >>> korean_rr_key("Park Seung-won"), korean_rr_key("Lee Jae-myung"), korean_rr_key("Kim Kwang Soo")
    ('bakseungwon', 'ijaemyeong', 'gimgwangsu')
    >>> korean_rr_key("Katharina Pötter"), korean_rr_key("Park"), korean_rr_key("Park Seung-won-ho")
    (None, None, None)
    """
    words = name.strip().split()
    if len(words) not in (2, 3):
        return None
    surname = KO_SURNAMES_LATIN.get(words[0].lower())
    given = words[1].lower().split("-") if len(words) == 2 else [w.lower() for w in words[1:]]
    if surname is None or len(given) > 2 or not all(_LATIN_SYLLABLE.fullmatch(g) for g in given):
        return None
    rr = []
    for g in given:
        g = LATIN_SYLLABLES_RR.get(g, g)
        rr.append("g" + g[1:] if g.startswith("k") else g)  # ㄱ is g in RR: Kwang, Ki, Kyu
    return romanize(surname) + "".join(rr)


def person_key(name: str) -> str:
    """A sound key for a person's name that also brings a Korean name in Latin letters to its Hangul.

    >>> person_key("Park Seung-won") == person_key("박승원") == person_key("Bak Seungwon")
    True
    >>> person_key("Lee Jae-jun") == person_key("이재준")
    True
    """
    words = re.split(r"[\s,]+", name.strip())
    if len(words) >= 2 and not any(is_syllable(ch) for ch in name):
        sur = KO_SURNAMES_LATIN.get(words[0].lower())
        if sur is not None:
            return sound_key(sur + "".join(words[1:]))
    return sound_key(name)


def sound_key(name: str) -> str:
    """A Latin key for how a name sounds: Hangul romanised, romanisation variants brought together.

    >>> sound_key("광명시") == sound_key("Gwangmyeong") == sound_key("Kwangmyong")
    True
    >>> sound_key("Osnabrück") == sound_key("Osnabrueck")
    True
    """
    s = name_key(name)
    if any(is_syllable(ch) for ch in s):
        s = fold(romanize(s))
    for a, b in _SOUND:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def jamo(text: str) -> str:
    """Hangul spelled out letter by letter (initial, medial, final indices as characters), so that a
    typo in one letter costs one letter, not a whole syllable.

    >>> len(jamo("광명")), jamo("광명")[:3] == jamo("광멍")[:3]
    (6, True)
    """
    return "".join(map(jamo_letters, text))
