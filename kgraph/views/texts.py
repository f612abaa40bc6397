"""Every word the page shows, in Korean and English (the page's ko/en switch picks one set).

Property names are keyed by their compact IRI (``schema:startDate``); a property not listed here is
shown by its compact IRI.
"""
from __future__ import annotations

LANGS = ("ko", "en")

UI: dict[str, dict[str, str]] = {
    "ko": {
        "search": "검색",
        "search_placeholder": "이름 검색 (예: 오스나브뤼크)",
        "no_match": "일치하는 항목 없음",
        "hidden_by_filter": "필터로 숨겨짐",
        "language": "표시 언어",
        "legend": "범례와 필터",
        "node_types": "노드 유형",
        "ties": "결연 유형",
        "sources": "출처",
        "links": "연결 종류",
        "years": "연도",
        "year_from": "부터",
        "year_to": "까지",
        "undated": "연도 없는 항목 포함",
        "fit": "전체 보기",
        "reset": "필터 초기화",
        "close": "닫기",
        "facts": "사실",
        "connections": "연결",
        "evidence": "근거 문장",
        "article": "기사",
        "source": "출처",
        "no_sentence": "(원문 문장 없음: 기사 본문을 싣지 않음)",
        "chars": "글자 위치",
        "more": "외 {n}개",
        "shown": "표시 {nodes}개 노드 · {edges}개 연결",
        "drawing": "그래프를 그리는 중…",
        "layout_fixed": "큰 그래프: 배치 고정 (물리 시뮬레이션 꺼짐)",
        "layout_frozen": "배치 안정화 후 고정됨",
        "iri": "IRI",
        "type": "유형",
        "since": "체결 연도",
        "tie_type": "결연 유형",
        "tie_source": "출처 종류",
        "partner": "파트너",
        "nojs": "이 페이지는 그래프를 그리기 위해 JavaScript가 필요합니다.",
        "details": "세부 정보",
        "open_article": "원문 열기 ↗",
        "totals": "노드 {nodes}개 · 연결 {edges}개",
    },
    "en": {
        "search": "Search",
        "search_placeholder": "Find a name (e.g. Osnabrück)",
        "no_match": "No match",
        "hidden_by_filter": "hidden by a filter",
        "language": "Labels",
        "legend": "Legend and filters",
        "node_types": "Node types",
        "ties": "Tie types",
        "sources": "Sources",
        "links": "Links",
        "years": "Years",
        "year_from": "from",
        "year_to": "to",
        "undated": "include items without a year",
        "fit": "Fit",
        "reset": "Reset filters",
        "close": "Close",
        "facts": "Facts",
        "connections": "Connections",
        "evidence": "Evidence",
        "article": "Article",
        "source": "Source",
        "no_sentence": "(no sentence: the article's text is not carried)",
        "chars": "characters",
        "more": "and {n} more",
        "shown": "showing {nodes} nodes · {edges} links",
        "drawing": "Drawing the graph…",
        "layout_fixed": "Large graph: layout fixed (physics off)",
        "layout_frozen": "Layout stabilised, then frozen",
        "iri": "IRI",
        "type": "Type",
        "since": "Since",
        "tie_type": "Tie type",
        "tie_source": "Stated by",
        "partner": "Partner",
        "nojs": "This page needs JavaScript to draw the graph.",
        "details": "Details",
        "open_article": "open the article ↗",
        "totals": "{nodes} nodes · {edges} links",
    },
}

NODE_TYPES: dict[str, dict[str, str]] = {
    "ko": {"city": "도시", "country": "국가", "event": "행사", "organization": "기관·단체", "person": "인물",
           "place": "장소", "article": "기사", "other": "기타"},
    "en": {"city": "City", "country": "Country", "event": "Event", "organization": "Organization",
           "person": "Person", "place": "Place", "article": "Article", "other": "Other"},
}

TIES: dict[str, dict[str, str]] = {
    "ko": {"sister": "자매도시", "friendship": "우호도시", "other": "기타 결연", "unspecified": "유형 미상"},
    "en": {"sister": "Sister city", "friendship": "Friendship city", "other": "Other tie",
           "unspecified": "Type not stated"},
}

SOURCES: dict[str, dict[str, str]] = {
    "ko": {"registry": "결연 목록", "news": "뉴스 기사", "both": "목록과 기사 모두"},
    "en": {"registry": "Registry", "news": "News", "both": "Registry and news"},
}

LINKS: dict[str, dict[str, str]] = {
    "ko": {"tie": "도시 간 결연", "event": "행사 (주최·참석·장소)", "affiliation": "소속", "in": "소재지",
           "mentions": "기사 언급", "other": "기타 관계"},
    "en": {"tie": "City ties", "event": "Events (organizer, attendee, venue)", "affiliation": "Affiliation",
           "in": "Located in", "mentions": "Mentioned by article", "other": "Other relations"},
}

PROPERTIES: dict[str, dict[str, str]] = {
    "ko": {
        "rdfs:label": "이름", "skos:altLabel": "다른 이름", "schema:name": "이름", "schema:headline": "제목",
        "schema:url": "주소", "schema:datePublished": "발행일", "schema:publisher": "발행처",
        "schema:author": "기자", "schema:inLanguage": "언어", "schema:startDate": "날짜",
        "schema:endDate": "종료일", "schema:jobTitle": "직함", "schema:worksFor": "소속",
        "schema:memberOf": "회원", "schema:organizer": "주최", "schema:attendee": "참석",
        "schema:location": "장소", "schema:about": "관련 행사", "schema:containedInPlace": "소재지",
        "schema:mentions": "언급", "kg:attendeeCount": "참석 인원", "kg:attendeeCountApproximate": "인원 어림수",
        "kg:dateInferred": "날짜 추정", "kg:since": "체결 연도", "kg:partnershipType": "결연 유형",
        "kg:adminType": "행정 구분", "kg:iso3166": "국가 코드", "owl:sameAs": "같은 항목",
        "prov:wasDerivedFrom": "출처", "schema:latitude": "위도", "schema:longitude": "경도",
        "kg:sinceConflict": "출처 간 연도 불일치", "kg:registryYear": "출처별 연도", "kg:kostatCode": "행정코드",
        "kg:partnerOf": "결연", "kg:sisterCityOf": "자매결연", "kg:friendshipCityOf": "우호결연",
        "rdfs:comment": "설명", "kg:region": "지역",
    },
    "en": {
        "rdfs:label": "Name", "skos:altLabel": "Also called", "schema:name": "Name", "schema:headline": "Headline",
        "schema:url": "URL", "schema:datePublished": "Published", "schema:publisher": "Publisher",
        "schema:author": "Author", "schema:inLanguage": "Language", "schema:startDate": "Date",
        "schema:endDate": "End date", "schema:jobTitle": "Job title", "schema:worksFor": "Works for",
        "schema:memberOf": "Member of", "schema:organizer": "Organizer", "schema:attendee": "Attendee",
        "schema:location": "Venue", "schema:about": "About", "schema:containedInPlace": "Located in",
        "schema:mentions": "Mentions", "kg:attendeeCount": "Attendees", "kg:attendeeCountApproximate": "Count is approximate",
        "kg:dateInferred": "Date inferred", "kg:since": "Since", "kg:partnershipType": "Tie type",
        "kg:adminType": "Administrative type", "kg:iso3166": "ISO code", "owl:sameAs": "Same as",
        "prov:wasDerivedFrom": "Source", "schema:latitude": "Latitude", "schema:longitude": "Longitude",
        "kg:sinceConflict": "Sources disagree on the year", "kg:registryYear": "Year per source",
        "kg:kostatCode": "KOSTAT code", "kg:partnerOf": "Partner of", "kg:sisterCityOf": "Sister city of",
        "kg:friendshipCityOf": "Friendship city of", "rdfs:comment": "Comment",
        "kg:region": "Region",
    },
}


def bundle() -> dict[str, dict[str, dict[str, str]]]:
    """All texts, by language then table (``ui``, ``types``, ``ties``, ``sources``, ``links``, ``props``)."""
    return {lang: {"ui": UI[lang], "types": NODE_TYPES[lang], "ties": TIES[lang], "sources": SOURCES[lang],
                   "links": LINKS[lang], "props": PROPERTIES[lang]} for lang in LANGS}

TITLES: dict[str, dict[str, str]] = {
    "ko": {"graph": "자매도시 협력 지식 그래프", "city": "{name} 협력 네트워크 (거리 {depth})",
           "article": "기사: {name}", "query": "질의 결과 그래프",
           "subtitle": UI["ko"]["totals"]},
    "en": {"graph": "Sister-city cooperation graph", "city": "{name}: cooperation network (depth {depth})",
           "article": "Article: {name}", "query": "Graph of a query",
           "subtitle": UI["en"]["totals"]},
}
