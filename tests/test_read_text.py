"""Scraped pages and front matter: the article kept, the furniture dropped, metadata read."""
import datetime as dt
from pathlib import Path

import pytest

from kgraph.errors import NoArticleError, ReadError
from kgraph.read import read_article, read_bytes
from kgraph.read.text import byline, clean_scraped, front_matter, published_in, strip_byline

FIX = Path(__file__).parent / "fixtures" / "articles"


def test_scraped_page_keeps_article_and_drops_furniture():
    a = read_article(FIX / "scraped-ko.txt")
    assert a.title == "여수시, 일본 가라쓰시와 우호교류 협약 체결"
    assert "우호교류 협약을 체결했다" in a.text
    # weather widget, most-read list and the second story are gone
    for furniture in ("맑음서울", "겨울 축제", "순천시", "봄꽃", "로그인"):
        assert furniture not in a.text
    # the byline is metadata, not text
    assert a.author == "한지민" and a.publisher == "가상일보"
    assert "기자 |" not in a.text
    # the capture date heading the page is not a publication date
    assert a.published is None


def test_front_matter_and_overrides():
    raw = "---\nurl: https://e.org/a\ntitle: 제목\npublished: 2024-10-30\npublisher: 가상일보\n---\n광명시는 오늘 포럼을 열었다고 밝혔다. 시민 100명이 참석했다고 전했다."
    a = read_bytes(raw.encode(), overrides={"published": "2024-11-01"})
    assert a.url == "https://e.org/a" and a.title == "제목" and a.publisher == "가상일보"
    assert a.published == dt.date(2024, 11, 1)


def test_bad_front_matter_is_a_clear_error():
    with pytest.raises(ReadError, match="front matter"):
        front_matter("---\n: [\n---\n본문")


def test_published_from_byline_line_under_headline():
    lines = ["제목입니다 충분히 긴 제목", "2021-02-25 홍길동", "본문"]
    assert published_in(lines, title="제목입니다 충분히 긴 제목") == dt.date(2021, 2, 25)
    assert published_in(["입력 2024.12.05 10:30", "x"], title=None) == dt.date(2024, 12, 5)
    # a date with a weekday above the headline is the capture date
    assert published_in(["2026.02.02 (월)", "제목입니다 충분히 긴 제목", "본문"], title="제목입니다 충분히 긴 제목") is None


def test_empty_file_is_refused():
    with pytest.raises(NoArticleError, match="empty"):
        read_bytes(b"   \n ")


def test_too_large_file_is_refused():
    with pytest.raises(ReadError, match="MB"):
        read_bytes(b"a" * (20 * 1024 * 1024), name="big.txt")


def test_clean_scraped_reports_what_it_dropped():
    body, meta, dropped = clean_scraped("배너\n• 맑음서울 3.1℃\n긴 제목이 여기에 있습니다\n본문 문장은 충분히 길어야 기사로 읽히며, 이 문장은 마침표로 끝나는 아주 긴 문장이라고 말할 수 있습니다.\n")
    assert "맑음서울" not in body and any("맑음서울" in d for d in dropped)
    assert meta["title"] == "긴 제목이 여기에 있습니다"


@pytest.mark.parametrize("heading", ["함께 본 뉴스", "댓글 많은 뉴스", "많이 읽은 기사", "이슈 PICK", "▶ 관련기사", "[관련 기사]",
                                     "■ 많이 본 뉴스"])
def test_reader_lists_under_their_headings_end_the_article(heading):
    body = ("보령시는 3일 일본 오타루시와 자매결연 협정을 맺었다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            f"{heading}\n중국 다롄시, 새 공항 문 연다\n광주시장, 내일 기자회견\n")
    text = clean_scraped(body)[0]
    assert "오타루시" in text and "다롄시" not in text
    body = body.replace(heading, "두 도시는 내년에 함께 축제를 연다.")  # must: no heading, the lines stay
    assert "다롄시" in clean_scraped(body)[0]


def test_a_line_that_is_only_a_bracketed_publisher_and_a_reporter_is_a_byline():
    body = ("보령시는 3일 일본 오타루시와 자매결연 협정을 맺었다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            "[가상일보] 충남/홍길동기자\n")
    text, meta, _ = clean_scraped(body)
    assert "가상일보" not in text and meta["author"] == "홍길동" and meta["publisher"] == "가상일보"
    body = body.replace("[가상일보] 충남/홍길동기자", "[가상일보] 홍길동 기자가 두 도시의 교류를 취재했다.")  # must: a sentence
    assert "가상일보" in clean_scraped(body)[0]


def test_a_marked_caption_mid_article_does_not_end_it():
    body = ("보령시는 3일 일본 오타루시와 자매결연 협정을 맺었다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            "[포토뉴스] 김가온 보령시장이 다카노 유키 오타루시 부시장과 기념촬영을 하고 있다.\n"
            "이날 두 도시는 관광 교류를 넓히기로 합의하고 공동 홍보에 나서기로 했다고 시는 설명했다.\n")
    assert "관광 교류" in clean_scraped(body)[0]
    assert "관광 교류" not in clean_scraped(body.replace("[포토뉴스] 김가온", "[관련기사]\n김가온"))[0]  # must: a header


def test_a_plain_related_stories_label_before_more_prose_is_an_empty_box():
    """``관련 기사`` alone on a line, followed by article prose: the label of an empty box, not the end."""
    body = ("서대문구는 이달 28일 스미다구 어린이축구단과 구립 운동장에서 친선경기를 갖는다고 밝혔다.\n관련 기사\n"
            "서대문구와 스미다구는 2003년 자매결연을 맺은 뒤 해마다 어린이 축구 교류를 이어오고 있다.\n"
            "이서준 서대문구청장은 \"두 도시 어린이들의 우정이 더 깊어지기를 바란다\"고 말했다.\n")
    text, _, dropped = clean_scraped(body)
    assert "2003년 자매결연" in text and "이서준" in text and "관련 기사" in dropped
    # look-alikes: headlines after the label end the article, so does a marked header
    headlines = body.replace("서대문구와 스미다구는 2003년", "진주시, 일본 마쓰에시와 교류 중단\n김해시, 베트남 다낭시와 협약\n"
                                                       "서대문구와 스미다구는 2003년")
    assert "마쓰에시" not in clean_scraped(headlines)[0]
    assert "2003년 자매결연" not in clean_scraped(body.replace("관련 기사", "[관련 기사]"))[0]


def test_a_square_bracketed_byline_with_the_reporters_town_is_stripped():
    """``[가상일보 남원=홍길동 기자]``: publisher, town and reporter; the publisher takes no part in the story."""
    assert byline("[가상일보 남원=홍길동 기자] 남원시가 11일 오타시를 방문했다.") == ("홍길동", "가상일보")
    assert strip_byline("[가상일보 남원=홍길동 기자] 남원시가 11일 오타시를 방문했다.") == "남원시가 11일 오타시를 방문했다."
    # look-alike: a bracketed note that is no byline stays
    assert byline("[남원시 제공] 남원시가 11일 오타시를 방문했다.") is None


def test_a_short_line_with_a_copyright_notice_inside_ends_the_article():
    body = ("보령시는 3일 일본 오타루시와 자매결연 협정을 맺었다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            "세상을 보는 눈, 가상일보 Copyright © Gasang\n다른 기사: 진주시, 마쓰에시와 교류 중단\n")
    text = clean_scraped(body)[0]
    assert "오타루시" in text and "가상일보" not in text and "마쓰에시" not in text
    # look-alike: a sentence that speaks of copyright stays
    prose = body.replace("세상을 보는 눈, 가상일보 Copyright © Gasang", "두 도시는 공동 저작권 보호 협력에도 나서기로 했다고 밝혔다.")
    assert "저작권" in clean_scraped(prose)[0]


@pytest.mark.parametrize("credit", ["김가온 보령시장과 다카노 유키 부시장이 협약서를 들고 있다.    © 가상일보", "ⓒ보령시청"])
def test_a_photo_credit_mid_article_does_not_end_it(credit):
    """A caption's photo credit (``… 협약서를 들고 있다 © 가상일보``, ``ⓒ보령시청`` alone) with article prose after it:
    only the credit goes; a rights notice (``저작권자 © 가상일보 무단전재 및 재배포 금지``) still ends the article."""
    body = ("보령시는 3일 일본 오타루시와 자매결연 협정을 맺었다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            f"{credit}\n"
            "이날 두 도시는 관광 교류를 넓히기로 합의하고 공동 홍보에 나서기로 했다고 시는 설명했다.\n"
            "김가온 보령시장은 \"두 도시의 우정이 더 깊어지기를 바란다\"고 말했다고 시 관계자가 전했다.\n")
    text, _, dropped = clean_scraped(body)
    assert "관광 교류" in text and "가상일보" not in text and "보령시청" not in text
    assert any("가상일보" in d or "보령시청" in d for d in dropped)
    notice = body.replace(credit, "저작권자 © 가상일보 무단전재 및 재배포 금지")
    assert "관광 교류" not in clean_scraped(notice)[0]


def test_a_byline_with_a_copyright_sign_still_ends_the_article():
    """``홍길동 기자 hong@gasang.kr ⓒ가상일보``, ``© 2024 가상일보 (www.gasang.kr)``: the page's footer, whatever follows."""
    body = ("보령시는 3일 일본 오타루시와 자매결연 협정을 맺었다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            "홍길동 기자 hong@gasang.kr ⓒ가상일보\n"
            "서천군은 9일 중국 웨이하이시와 우호교류 협약을 체결했다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n"
            "논산시는 9일 중국 옌타이시와 우호교류 협약을 체결했다고 밝혔다. 두 도시는 청소년 교류를 이어가기로 했다.\n")
    assert "서천군" not in clean_scraped(body)[0]
    assert "서천군" not in clean_scraped(body.replace("홍길동 기자 hong@gasang.kr ⓒ가상일보", "© 2024 가상일보 (www.gasang.kr)"))[0]


def test_a_stored_page_s_capture_stamp_is_dropped() -> None:
    """`` date 2023-10-13 Dignitaries visited …``: the stamp before the first line is when the page was kept, not a
    date of the story; a date written inside a sentence stays."""
    body, _, dropped = clean_scraped(" date 2023-10-13 Dignitaries from the sister city visited the town and met the "
                                     "mayor.\n\nOn October 10, a delegation visited.")
    assert body.startswith("Dignitaries") and dropped == ["date 2023-10-13"]
    body, _, dropped = clean_scraped("The date 2023-10-13 was set for the visit of the delegation to the town hall.\n"
                                     "More text follows here.")
    assert body.startswith("The date 2023-10-13") and not dropped


def test_hard_wrapped_prose_is_joined_back_into_its_sentences():
    """A copy with a line break every 50 characters or so, sentences and names cut across lines: the lines are
    joined (three lines or more go on in lowercase); a page of short headlines and labels is left as it is."""
    wrapped = ("TACLOBAN CITY, June 5 -- The city government has\n"
               "strengthened sisterhood ties with Fukuyama City in Japan\n"
               "after a week-long visit of city legislators to the second\n"
               "largest city in the prefecture. On May 18 to 24, Yaokasin\n"
               "and councilors Eden\n"
               "Pineda and Jose Mario Bagulaya visited Fukuyama.\n")
    body, _, _ = clean_scraped(wrapped)
    assert "councilors Eden Pineda and Jose Mario Bagulaya visited" in body and body.count("\n") == 0
    menu = ("Sister city news from around the whole region\nMayor visits Fukuyama in a week of talks\n"
            "Council approves the budget for next year\nweather forecast for the coming weekend\n")
    body, _, _ = clean_scraped(menu)
    assert body.count("\n") >= 2
    poem = ("Suwon Mayor Lee Jae-jun welcomed a delegation from Hue on Thursday to mark their friendship.\n"
            "At the ceremony a student read a poem:\nTwo rivers run beneath the same pale moon\n"
            "and carry letters from one shore to the other\nwhere old friends wait beside the lantern light\n"
            "and children learn the songs their parents sang\nThe two mayors then planted a tree.\n"
            "Photo gallery\nMayor Lee Jae-jun greets the Hue delegation at City Hall\n"
            "Students perform a traditional dance for the visitors\n"
            "Busan signs friendship agreement with Da Nang in Vietnam\n"
            "Daegu mayor visits Qingdao for trade talks on Monday\n")
    body, _, _ = clean_scraped(poem)  # a short poem in a page of whole lines: no wrapped copy
    assert "City Hall\nStudents perform" in body and "Vietnam\nDaegu mayor" in body


def test_a_papers_tag_or_desk_before_the_lead_is_furniture():
    """``[가상일보] 서귀포시가 …`` and ``가상일보 서울포커스 홍길동 기자 | …``: the paper's tag or byline with its desk,
    glued before the lead, is dropped and the lead kept; a bracketed word that is no paper's name stays."""
    body, meta, _ = clean_scraped("[가상일보] 서귀포시가 교류도시 우호 전시회를 열었다고 밝혔다.\n"
                                  "가상일보 서울포커스 홍길동 기자 | 일본 오타루시 대표단이 강서구의회를 방문했다.\n")
    assert body.startswith("서귀포시가") and "\n일본 오타루시 대표단이" in body and meta.get("author") == "홍길동"
    body, _, _ = clean_scraped("[포토] 서귀포시가 교류도시 우호 전시회를 열었다고 밝혔다.\n")
    assert body.startswith("[포토]")
    body, _, _ = clean_scraped("서귀포시가 교류도시 우호 전시회를 열었다고 밝혔다.\n"
                               "[인민일보] 보도에 따르면 후이저우시는 교류를 늘릴 계획이라고 밝혔다.\n")
    assert "[인민일보]" in body  # (a paper cited inside the story, not the page's own tag before the lead)


def test_a_line_of_hashtags_is_dropped_as_the_page_s_tag_list():
    """``#방문 #남짜미현 #축제``: the page's tag list, dropped with the furniture; a sentence that holds a ``#`` stays."""
    lead = "함양군은 10일 남짜미현을 방문해 자매결연 10주년을 기념하는 행사에 참석했다고 11일 밝혔다."
    body, _meta, dropped = clean_scraped(f"{lead}\n#방문 #남짜미현 #꽝남성 #축제 #2017년\n")
    assert "#방문" not in body and any("#방문" in d for d in dropped)
    body, _meta, _dropped = clean_scraped(f"{lead}\n#1 광명시는 오스틴시와 교류했다고 밝혔다.\n")
    assert "#1 광명시는" in body
