"""Plain and scraped text: YAML front matter, ``key: value`` header blocks, page furniture, bylines and publication dates.

Scraped news pages carry furniture around the article: weather widgets, banners, "most read"
lists and other stories. These rules keep the article and say what they dropped.

>>> meta, body = front_matter("---\\nurl: https://e.org/1\\npublished: 2024-10-30\\n---\\n본문")
>>> meta["url"], str(meta["published"]), body
('https://e.org/1', '2024-10-30', '본문')
>>> byline("아주경제 박재천 기자 =광명시(시장 양기대)가 18일")
('박재천', '아주경제')
>>> byline("(보은=뉴스1) 장인수 기자 = 일본 미야자키시 대표단이")
('장인수', '뉴스1')
>>> byline("[가상신문 홍길동 기자] 전주시의 자매도시들이")
('홍길동', '가상신문')
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import pairwise

import yaml

from ..errors import ReadError

#: PyYAML's safe loader, in C when PyYAML was built with libyaml (the same constructors and resolvers, ~7x faster)
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_WEATHER = re.compile(r"(-?\d+(\.\d+)?\s*(℃|°C|도\b))|^\s*[•·]?\s*(맑음|흐림|구름조금|구름많음|비|눈|소나기)\S*\s*-?\d")
_FURNITURE = re.compile(
    r"^\s*(배너|광고|AD|더보기|기상청 ?제공|SNS ?TV|로그인|회원가입|전체메뉴|메뉴|검색|구독|공유|스크랩|인쇄|글자크기|"
    r"댓글|이전|다음|목록|맨위로|TOP|닫기|바로가기|홈|HOME|페이스북|트위터|카카오톡|카카오스토리|네이버|밴드|URL복사|"
    r"기사듣기|가|\s*)\s*$", re.IGNORECASE)
_END_MARKERS = re.compile(
    r"^\s*(가장 많이 본 뉴스|많이 본 뉴스|많이 본 기사|인기기사|인기 기사|포토뉴스|포토 뉴스|최신기사|최신 기사|관련기사|"
    r"관련 기사|추천기사|주요뉴스|주요 뉴스|실시간 뉴스|오늘의 주요뉴스|랭킹뉴스|많이본뉴스|이 시각 인기|"
    r"함께 본 뉴스|함께 많이 본 뉴스|댓글 많은 뉴스|많이 읽은 기사|많이 읽은 뉴스|이슈 PICK|핫뉴스|추천 뉴스|"
    r"공감 많은 뉴스|베스트 클릭|BEST 클릭|오늘의 핫이슈|"
    r"저작권자|Copyright|COPYRIGHT|ⓒ|©|무단전재|<저작권자)")
#: a block header written with a symbol or bracket before it (``▶ 관련기사``, ``[관련 기사]``): the whole line
_END_MARKERS_MARKED = re.compile(r"^\s*[▶►▷■□◆◇●○▲△【\[<#]+\s*(가장 많이 본 뉴스|많이 본 뉴스|많이 본 기사|인기기사|인기 기사|"
                                 r"최신기사|최신 기사|관련기사|관련 기사|추천기사|주요뉴스|주요 뉴스|실시간 뉴스|함께 본 뉴스|"
                                 r"많이 읽은 기사|많이 읽은 뉴스|핫뉴스|추천 뉴스)\s*[\]】>]?\s*$")
_DATE = r"(\d{4})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?"
_PUBLISHED = re.compile(r"(입력|등록|기사입력|승인|발행|게재|작성|송고|Published|published|Posted)\s*(일시|일)?\s*[:：]?\s*" + _DATE)
_DATE_LINE = re.compile(r"^\s*" + _DATE + r"\.?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*([가-힣]{2,4}(\s*기자)?)?\s*$")
_WEEKDAY_LINE = re.compile(r"^\s*" + _DATE + r"\.?\s*\(?[월화수목금토일]\)?")
#: a stored page's capture stamp before its first line (`` date 2023-10-13 Dignitaries visited …``): when the
#: page was kept, not when anything in it happened
_CAPTURE_STAMP = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+(?=\S)")
_BYLINE_BRACKET = re.compile(r"^\s*\[?\(?(?P<place>[가-힣]{1,8})\s*=\s*(?P<pub>[^)\]]{2,20})[)\]]\s*(?P<name>[가-힣]{2,4})\s*기자\s*=?\s*")
_BYLINE_SQUARE = re.compile(r"^\s*\[(?P<pub>[^\]=]{2,20}?)\s+(?P<name>[가-힣]{2,4})\s*기자\]\s*")
#: ``[가상일보 남원=홍길동 기자]``: the publisher, the reporter's town and the reporter in square brackets
_BYLINE_PUB_PLACE = re.compile(r"^\s*\[(?P<pub>[^\]=\s]{2,20})\s+(?P<place>[가-힣]{1,8})\s*=\s*(?P<name>[가-힣]{2,4})\s*기자\]\s*")
_BYLINE_PLAIN = re.compile(r"^\s*(?P<pub>[^\s|=()\[\]]{2,20})?\s*(\([^)]{0,40}\))?\s*(?:[가-힣]{2,8}\s+)?(?P<name>[가-힣]{2,4})\s*기자\s*[|=]\s*")
#: (a desk between the paper and the reporter: ``가상일보 서울포커스 홍길동 기자 |``)
#: a paper's name alone in square brackets opening the lead (``[가상일보] 서귀포시가 …``): the page's own tag
_PAPER_TAG = re.compile(r"^\s*\[[^\]=\s]{1,12}(?:일보|신문|뉴스|방송|타임스|저널|통신)\]\s*")
#: a line that is only a byline, its publisher in brackets and the desk before the name (``[가상일보] 서울/홍길동기자``)
_BYLINE_LINE = re.compile(r"\[(?P<pub>[^\]]{2,20})\]\s*(?:[가-힣]{1,6}\s?/\s?)?(?P<name>[가-힣]{2,4})\s*기자")
_BYLINE_END = re.compile(r"(?P<name>[가-힣]{2,4})\s*기자\s*\(?[\w.+-]+@[\w.-]+\)?")


def front_matter(raw: str) -> tuple[dict[str, object], str]:
    """Split a YAML front-matter block (``---`` … ``---``) from the text."""
    if not raw.startswith("---"):
        return {}, raw
    m = re.match(r"^---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", raw, re.DOTALL)
    if not m:
        return {}, raw
    try:
        meta = yaml.load(m.group(1), Loader=_SAFE_LOADER) or {}  # (a safe loader)
    except yaml.YAMLError as exc:
        raise ReadError(f"the front matter is not valid YAML: {exc}; fix the block between the --- lines") from exc
    if not isinstance(meta, dict):
        raise ReadError("the front matter must be a YAML mapping (key: value lines); fix the block between the --- lines")
    return {str(k).lower(): v for k, v in meta.items()}, raw[m.end():]


#: The keys a leading ``key: value`` header block may hold (the shared corpus's and many scrapers' layout).
HEADER_KEYS: frozenset[str] = frozenset({"url", "title", "published", "publisher", "language", "lang", "author",
                                         "date"})
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z_]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_HEADER_VALUE_OK = {
    "url": re.compile(r"^(https?://\S+|urn:\S+|unknown|)$", re.IGNORECASE),
    "language": re.compile(r"^([A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?|unknown|)$"),
    "lang": re.compile(r"^([A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?|unknown|)$"),
}


def header_block(raw: str) -> tuple[dict[str, object], str]:
    r"""Split a leading ``key: value`` header block (url, title, published, publisher, language) from the text.

    The block is read only when the text's first lines are ``key: value`` with known keys (at least
    two, each once), their values are plausible (a URL, a date, a language code) and text follows.
    A blank line or the first line of another shape ends it. An article whose first line merely
    holds a colon stays whole.

    >>> meta, body = header_block("url: https://e.org/1\npublished: 2024-10-30\n\n광명시는 교류했다.")
    >>> meta, body
    ({'url': 'https://e.org/1', 'published': '2024-10-30'}, '광명시는 교류했다.')
    >>> header_block("Austin: the city signed a pact.\n\nMore text.")[0]
    {}

    A key left empty (``published:`` on a page that shows no date) says nothing (the page is read for it), and the
    block is still read:

    >>> header_block("url: https://e.org/2\npublished:\nlanguage: ko\n\n본문.")
    ({'url': 'https://e.org/2', 'language': 'ko'}, '본문.')
    """
    text = raw[1:] if raw.startswith("\ufeff") else raw
    lines = text.split("\n")
    meta: dict[str, object] = {}
    seen: set[str] = set()
    end = len(lines)
    for i, line in enumerate(lines):
        line = line.rstrip("\r")
        m = _HEADER_LINE.match(line)
        key = m.group("key").lower() if m else ""
        if m is None or not line.strip() or key not in HEADER_KEYS:  # (no match: key "", no header key)
            end = i
            break
        value = m.group("value")
        ok = _HEADER_VALUE_OK.get(key)
        if key in seen or (ok is not None and not ok.match(value)):
            return {}, raw
        if key in ("published", "date") and value.lower() not in ("unknown", "") and parse_date(value) is None:
            return {}, raw
        seen.add(key)
        if value:  # (a key left empty says nothing: the page itself is read for it)
            meta[key] = value
    if len(seen) < 2 or end == len(lines):
        return {}, raw
    if "date" in meta and "published" not in meta:
        meta["published"] = meta.pop("date")
    meta.pop("date", None)
    return meta, "\n".join(lines[end:]).lstrip("\r\n")


def parse_date(value: object) -> dt.date | None:
    """A date from front matter or a byline (``2024-10-29``, ``2024.10.29``, ``2024년 10월 29일``).

    >>> parse_date("2024.10.29 10:30"), parse_date("unknown")
    (datetime.date(2024, 10, 29), None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    m = re.search(_DATE, str(value))
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def byline(text: str) -> tuple[str, str | None] | None:
    """(reporter, publisher) from a byline at the start of ``text``, if there is one."""
    for pat in (_BYLINE_PUB_PLACE, _BYLINE_SQUARE, _BYLINE_BRACKET, _BYLINE_PLAIN):
        m = pat.match(text)
        if m:
            pub = (m.group("pub") or "").strip() or None
            return m.group("name"), pub
    return None


def strip_byline(line: str) -> str:
    """A body line without its leading byline (``… 기자 |`` or ``(보은=뉴스1) … 기자 =``)."""
    for pat in (_BYLINE_PUB_PLACE, _BYLINE_SQUARE, _BYLINE_BRACKET, _BYLINE_PLAIN):
        m = pat.match(line)
        if m:
            return line[m.end():]
    return line


def published_in(lines: list[str], *, title: str | None) -> dt.date | None:
    """A publication date stated by the page: ``입력 2024.12.05``, or a date line under the headline.

    A date line above the headline, or one with a weekday such as ``2026.02.02 (월)``, heads the
    page (the capture date) and is not taken.
    """
    for line in lines[:60]:
        m = _PUBLISHED.search(line)
        if m:
            return parse_date(m.group(0))
    if title:
        t = title.strip()
        try:
            start = next(i for i, line in enumerate(lines) if line.strip() == t)
        except StopIteration:
            return None
        for line in lines[start + 1:start + 5]:
            if _DATE_LINE.match(line) and not _WEEKDAY_LINE.match(line):
                return parse_date(line)
    return None


_MENU_WORDS = frozenset("""로그인 회원가입 마이페이지 고객센터 전자신문 모바일웹 구독신청 기사제보 광고문의 PDF 지면보기 전체메뉴 검색 홈
정치 경제 사회 문화 지역 국제 스포츠 연예 오피니언 사설 칼럼 포토 영상 전국 기획 인물 피플 라이프 IT 과학 교육 건강
페이스북 트위터 카카오톡 카카오스토리 밴드 네이버 URL복사 링크복사 스크랩 인쇄 글씨키우기 글자크기 공유 댓글 좋아요 위로
다른기사 보기 기사보내기 이메일 목록 이전기사 다음기사 HOME TOP X""".split())


def is_menu_line(line: str) -> bool:
    """A line of site furniture: menu items or share buttons, not prose.

    >>> is_menu_line("로그인  회원가입  마이페이지  고객센터"), is_menu_line("페이스북 트위터 카카오톡 URL복사")
    (True, True)
    >>> is_menu_line("광명시는 오스틴시와 교류했다고 밝혔다.")
    False

    A line of hashtags is the page's tag list (``#방문 #광명시 #교류``), not the story:

    >>> is_menu_line("#방문 #광명시 #오스틴시 #교류"), is_menu_line("#SisterCities #Austin #Gwangmyeong")
    (True, True)
    >>> is_menu_line("#1 광명시는 오스틴시와 교류했다"), is_menu_line("Tag #1 of the team is Austin")
    (False, False)
    """
    s = line.strip()
    if not s:
        return False
    tokens = [t for t in re.split(r"\s*[|·>]\s*|\s+", s) if t]
    tags = sum(1 for t in tokens if re.fullmatch(r"#[^\s#]+#?", t))
    if len(tokens) >= 3 and tags >= 0.8 * len(tokens):
        return True
    if re.search(r"(다|요)[.\"'”’]*$", s):
        return False
    if len(tokens) < 2:
        return False
    known = sum(1 for t in tokens if t in _MENU_WORDS)
    return (known >= 2 and known >= len(tokens) / 2) or (len(tokens) >= 4 and re.search(r"\s{2,}|\|", s) is not None
                                                         and all(len(t) <= 6 for t in tokens))


def is_sentence_line(line: str) -> bool:
    """A line that reads as article prose (long enough and ends like a sentence)."""
    s = line.strip()
    return len(s) >= 40 and bool(re.search(r"(다|요|음|함|됨|임)[.\"'”’」]*\s*$|[.!?][\"'”’]?\s*$", s))


#: a copyright notice inside a short line (a slogan before it: ``세상을 보는 균형, 가상일보 Copyright © Gasang``)
_COPYRIGHT_INSIDE = re.compile(r"(?:Copyright|COPYRIGHT|저작권자)\s*(?:©|ⓒ|\(c\)|\(C\))|ⓒ\s*\S|©\s*\S")
#: a photo credit closing a caption line, or standing alone (``협약식 모습 © 가람일보``, ``ⓒ가람시청``)
_PHOTO_CREDIT = re.compile(r"\s*[©ⓒ]\s*[^\s©ⓒ][^©ⓒ]{0,30}$")
#: the words of a page's rights notice, which ends the article wherever it stands (``저작권자 © 가람일보 무단전재``)
_RIGHTS_NOTICE = re.compile(r"저작권|판권|Copyright|COPYRIGHT|무단|재배포|All [Rr]ights|\(c\)|\(C\)")
#: after the sign, what only a page's footer writes: a year, a site, an e-mail (``© 2024 가상일보 (www.gasang.kr)``)
_FOOTER_AFTER_SIGN = re.compile(r"\b(?:19|20)\d{2}\b|www\.|https?:|@")
#: before the sign, only a reporter's byline (``홍길동 기자 hong@gasang.kr ⓒ가상일보``): the page's footer
_BYLINE_ONLY = re.compile(r"\s*[\uac00-\ud7a3]{2,4}\s*기자\s*(?:\S+@\S+)?\s*")
#: a related-stories label written plain on its own line (``관련기사``, ``관련 기사``): some pages leave an empty
#: box of that name inside the article (a marked header, ``[관련기사]``, ``▶ 관련기사``, heads a list)
_RELATED_LABEL = re.compile(r"관련\s?기사")


def _prose_follows(lines: list[str], i: int) -> bool:
    """The two lines after line ``i`` (blank ones skipped) are article prose, not the headlines of a list.

    >>> _prose_follows(["관련기사", "", "남원시와 오타시는 2003년 자매결연을 맺은 뒤 해마다 청소년 교류를 이어 오고 있다.",
    ...                 "김가온 시장은 두 도시의 우정이 더 깊어지기를 바란다고 말했다. 행사는 오후 늦게 끝났다."], 0)
    True
    >>> _prose_follows(["관련기사", "진주시, 일본 마쓰에시와 교류 중단", "김해시, 베트남 다낭시와 우호협력 협약"], 0)
    False
    """
    after = [line for line in lines[i + 1:] if line.strip()][:2]
    return len(after) == 2 and all(is_sentence_line(line) for line in after)


#: a line of Latin prose cut short by a hard wrap: long, with no sentence end, and the next line going on with it
_WRAPPED_END = re.compile(r"[A-Za-z0-9,'’-]$")
_LATIN_LINE = re.compile(r"^[^\uac00-\ud7a3]*$")


def _wrapped(line: str) -> bool:
    s = line.strip()
    return len(s) >= 30 and _LATIN_LINE.match(s) is not None and _WRAPPED_END.search(s) is not None


def unwrap_hard_lines(lines: list[str]) -> list[str]:
    """Join the lines of a page whose prose is hard-wrapped (a copy with a line break every 50 to 80 characters,
    sentences and names cut across lines): only when three lines or more, and half the long lines with no sentence
    end, go on in lowercase on the next line.

    >>> unwrap_hard_lines(["The city government has strengthened its", "sisterhood ties with Fukuyama after a visit",
    ...                    "of city legislators to the second largest", "city in the prefecture. Vice Mayor Jerry",
    ...                    "Yaokasin said the ties would grow.", "", "Photo by the city information office"])[0]
    'The city government has strengthened its sisterhood ties with Fukuyama after a visit of city legislators to \
the second largest city in the prefecture. Vice Mayor Jerry Yaokasin said the ties would grow.'
    >>> unwrap_hard_lines(["Sister city news from around the region today", "Mayor visits Fukuyama."])
    ['Sister city news from around the region today', 'Mayor visits Fukuyama.']

    Only full-width lines, or lines the next goes on in lowercase, are joined, and only to Latin lines; a page of
    whole paragraphs with a short poem in it is left as it is.
    """
    going_on = [len(a.strip()) for a, b in pairwise(lines) if _wrapped(a) and b[:1].islower()]
    if len(going_on) < 3 or len(going_on) < 0.5 * sum(1 for line in lines if _wrapped(line)):
        return lines  # (a poem or a few lines in a page of whole paragraphs: no wrapped copy)
    width = sorted(going_on)[len(going_on) // 2]  # the wrap's width: the middle length of the lines that go on
    out: list[str] = []
    for line in lines:
        last = out[-1] if out else ""
        s = line.strip()
        if s and _wrapped(last) and _LATIN_LINE.match(s) and (
                s[:1].islower() or len(last.strip()) >= 0.8 * width):
            out[-1] = last.rstrip() + " " + s  # (a full-width line, or one the next goes on in lowercase)
        else:
            out.append(line)
    return out


def clean_scraped(text: str, *, title: str | None = None) -> tuple[str, dict[str, object], list[str]]:
    """The article's own lines from a scraped page, metadata read from it, and what was dropped."""
    lines = unwrap_hard_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    meta: dict[str, object] = {}
    dropped: list[str] = []
    first_body = next((i for i, line in enumerate(lines) if is_sentence_line(line)), None)
    if first_body is None:
        first_body = 0
    # the headline: the given title, else the last substantial line before the body
    head_lines = [line for line in lines[:first_body] if line.strip()]
    if title is None:
        cands = [line.strip() for line in head_lines
                 if len(line.strip()) >= 10 and not _WEATHER.search(line) and not _FURNITURE.match(line)
                 and not _DATE_LINE.match(line) and not _WEEKDAY_LINE.match(line)]
        if cands:
            meta["title"] = cands[0]
    if (pub := published_in(lines, title=title or meta.get("title"))) is not None:  # type: ignore[arg-type]  # the title kept in meta is a str
        meta["published"] = pub
    kept: list[str] = []
    first_line = next((i for i, line in enumerate(lines) if line.strip()), -1)
    for i, line in enumerate(lines):
        s = line.strip()
        if i == first_line and (stamp := _CAPTURE_STAMP.match(s)) is not None:
            dropped.append(stamp.group(0).strip())
            s = line = s[stamp.end():]
        credit = _PHOTO_CREDIT.search(s) if i >= first_body and kept and len(s) < 100 else None
        if credit is not None and not _RIGHTS_NOTICE.search(s) and not _FOOTER_AFTER_SIGN.search(credit.group(0)) and \
                not _BYLINE_ONLY.fullmatch(s[:credit.start()]) and _prose_follows(lines, i):
            dropped.append(credit.group(0).strip())  # a caption's photo credit (… 체결식 © 가람일보), prose after it
            if s[:credit.start()].strip():
                kept.append(line[:line.find(credit.group(0))].rstrip())
            continue
        if i >= first_body and kept and len(s) < 100 and _COPYRIGHT_INSIDE.search(s):
            dropped.append("everything from: " + s[:40])  # 세상을 보는 균형, 가상일보 Copyright © …: the page's footer
            break
        if i >= first_body and (_END_MARKERS.match(s) or _END_MARKERS_MARKED.match(s)) and kept:
            if _RELATED_LABEL.fullmatch(s) and _prose_follows(lines, i):
                dropped.append(s)  # an empty related-stories box inside the article: its label only
                continue
            dropped.append("everything from: " + s[:40])
            break
        if _WEATHER.search(s) and len(s) < 40:
            dropped.append(s)
            continue
        if _FURNITURE.match(s) or is_menu_line(s):
            if s:
                dropped.append(s)
            continue
        if re.fullmatch(r"[가-힣]{2,4}\s*기자(\s+다른\s*기사\s*보기)?(\s+[\w.+-]+@[\w.-]+)?", s):
            meta.setdefault("author", s.split()[0].replace("기자", ""))
            dropped.append(s)
            continue
        if (line_by := _BYLINE_LINE.fullmatch(s)) is not None:
            meta.setdefault("author", line_by.group("name"))
            meta.setdefault("publisher", line_by.group("pub").strip())
            dropped.append(s)
            continue
        # headline and subheadline stay; short section labels, dates and bylines go
        if i < first_body and (len(s) < 10 or _DATE_LINE.match(s) or _WEEKDAY_LINE.match(s)):
            if s:
                dropped.append(s)
            continue
        if _DATE_LINE.match(s):
            dropped.append(s)
            continue
        if i <= first_body and (tag := _PAPER_TAG.match(s)) is not None and len(s) > tag.end() + 20:
            dropped.append(tag.group(0).strip())
            s = s[tag.end():]  # [가상일보] 서귀포시가 …: the paper's tag, then the lead
        by = byline(s)
        if by is not None:
            meta.setdefault("author", by[0])
            if by[1]:
                meta.setdefault("publisher", by[1])
            s = strip_byline(s).strip()
        m_end = _BYLINE_END.search(s)
        if m_end and len(s) - len(m_end.group(0)) < 15:
            meta.setdefault("author", m_end.group("name"))
            dropped.append(s)
            continue
        if re.fullmatch(r"[\w.+-]+@[\w.-]+", s):
            dropped.append(s)
            continue
        kept.append(s)
    body = "\n".join(kept)
    body = re.sub(r"\n{2,}", "\n", body).strip()
    return body, meta, dropped
