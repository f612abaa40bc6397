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
