"""kgraph.hangul: syllables, jamo and the letter-by-letter Revised Romanization."""
import sys
import tomllib
from pathlib import Path

import pytest

from kgraph import vocab
from kgraph.hangul import compose, decompose, has_hangul, romanize


@pytest.mark.parametrize(("hangul", "latin"), [
    ("광명", "gwangmyeong"), ("부안", "buan"), ("오산", "osan"), ("제천", "jecheon"),
    ("밖에", "bakke"), ("값어치", "gapseochi"), ("맑음", "malgeum"), ("꽃잎", "kkochip"),  # finals carried over
    ("좋아", "joa"), ("놓다", "nota"), ("놓지", "nochi"), ("많고", "manko"),  # a final ㅎ aspirates or falls silent
    ("읽다", "ikda"), ("삶", "sam"), ("닭", "dak"),  # double finals before a consonant or at the end
    ("종로", "jongro"), ("신라", "sinra"),  # no assimilation: IRIs were always spelled so
])
def test_romanize_letter_by_letter(hangul, latin):
    assert romanize(hangul) == latin


def test_romanize_keeps_other_characters_and_word_ends():
    assert romanize("서울 중구") == "seoul junggu"
    assert romanize("Osnabrück 시") == "Osnabrück si"
    assert romanize("학 여울") == "hak yeoul"  # a space ends the word: no carry-over


def test_every_syllable_round_trips():
    for code in range(0xAC00, 0xD7A4):
        assert compose(*decompose(chr(code))) == chr(code)


def test_has_hangul():
    assert has_hangul("Gwangmyeong 광명") and not has_hangul("Gwangmyeong")


def test_slugs_of_korean_names_are_stable():
    # IRIs of entities first named in Hangul: these keys are in stores users already have
    assert vocab.city_iri("KR", "광명") == vocab.KGR["city/kr/gwangmyeong"]
    assert vocab.slug("오스나브뤼크") == "oseunabeurwikeu"
    assert vocab.slug("야마토시") == "yamatosi"


def test_no_gpl_romanizer_at_run_time():
    # korean-romanizer is GPL-3.0; kgraph is MIT and neither installs nor imports it
    from kgraph._build.names import romanize as official

    assert official("종로") == "Jongno" and vocab.slug("새이름시") == "saeireumsi"
    assert "korean_romanizer" not in sys.modules
    deps = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"]
    assert not any("romanizer" in d for d in [*deps["dependencies"], *(d for extra in deps["optional-dependencies"].values() for d in extra)])


# -- the one place for syllable arithmetic --------------------------------------------------------
ALL_SYLLABLES = [chr(c) for c in range(0xAC00, 0xD7A4)]


def test_hangul_class_is_the_syllable_range():
    import re

    from kgraph.hangul import HANGUL, HANGUL_RE, SYLLABLE_FIRST, SYLLABLE_LAST

    assert HANGUL == chr(SYLLABLE_FIRST) + "-" + chr(SYLLABLE_LAST) == "\uac00-\ud7a3"
    assert HANGUL_RE.pattern == "[가-힣]"
    one = re.compile(rf"[{HANGUL}]")
    assert all(one.fullmatch(ch) for ch in ALL_SYLLABLES)
    assert not any(one.fullmatch(ch) for ch in ("\uabff", "\ud7a4", "ㄱ", "ㅏ", "\u1100", "a", "漢"))


def test_final_consonant_names_the_unicode_final():
    import unicodedata

    from kgraph.hangul import final_consonant, has_final, jamo_letters

    for ch in ALL_SYLLABLES:
        nfd = unicodedata.normalize("NFD", ch)
        assert jamo_letters(ch) == nfd  # the syllable's canonical decomposition, letter by letter
        letter = final_consonant(ch)
        assert has_final(ch) == bool(letter) == (len(nfd) == 3)
        if letter:  # ᆰ HANGUL JONGSEONG RIEUL-KIYEOK is ㄺ HANGUL LETTER RIEUL-KIYEOK
            assert unicodedata.name(letter) == unicodedata.name(nfd[2]).replace("JONGSEONG", "LETTER")
    assert [final_consonant(c) for c in ("강", "달", "닭", "바", "", "a", "ㄱ", "강남")] == ["ㅇ", "ㄹ", "ㄺ", "", "", "", "", ""]


@pytest.mark.parametrize("text", ["", "광", "광명", "광명시청", "광명 시", "광명1", "Seoul", "ㄱㄴ", "서울市", "가" * 13])
@pytest.mark.parametrize(("shortest", "longest"), [(1, None), (2, 4), (3, 3), (1, 6), (3, 12), (0, 2)])
def test_is_hangul_word_is_the_fullmatch_it_replaces(text, shortest, longest):
    import re

    from kgraph.hangul import is_hangul_word

    bound = "" if longest is None else str(longest)
    expected = re.fullmatch(rf"[\uac00-\ud7a3]{{{shortest},{bound}}}", text) is not None
    assert is_hangul_word(text, shortest, longest) is expected


def test_letter_keys_are_unchanged():
    # the gazetteer's first-letter index and the fuzzy matcher's jamo keys, against the arithmetic they replace
    from kgraph.extract.gazetteer import _initial
    from kgraph.extract.ko_places import _jamo
    from kgraph.views.timelinehistory import _ro

    for ch in [*ALL_SYLLABLES[::7], "a", "ㄱ", "漢"]:
        code = ord(ch) - 0xAC00
        assert _initial(ch + "시") == (code // 588 if 0 <= code < 11172 else ord(ch))
        assert _jamo(ch) == ((code // 588, 100 + (code // 28) % 21, 200 + code % 28) if 0 <= code < 11172 else (ord(ch),))
    assert _initial("") == -1
    assert [_ro(w) for w in ("광명", "서울", "부산", "오사카", "Austin", "")] == ["으로", "로", "으로", "로", "로", "로"]
