"""Varied synthetic Korean articles from templates of our own, for the ingest benchmark."""
from __future__ import annotations

import datetime as dt
import random

CITIES = [("광명시", "시장"), ("수원시", "시장"), ("춘천시", "시장"), ("여수시", "시장"), ("전주시", "시장"), ("부안군", "군수"),
          ("신안군", "군수"), ("영암군", "군수"), ("보은군", "군수"), ("강동구", "구청장"), ("해운대구", "구청장"), ("제천시", "시장")]
FOREIGN = [("독일", "오스나브뤼크시"), ("미국", "오스틴시"), ("중국", "랴오청시"), ("일본", "야마토시"), ("일본", "가고시마시"),
           ("중국", "다롄시"), ("베트남", "다낭시"), ("몽골", "울란바토르시"), ("미국", "어바인시"), ("프랑스", "리옹시")]
SURNAMES = "김이박최정강조윤장임한오서신권황안송"
GIVEN = ["민수", "정희", "영호", "수진", "동현", "지영", "상철", "미경", "재훈", "은정", "성민", "혜진"]
EVENTS = ["국제교류 포럼", "우호교류 협약식", "자매결연 협약식", "청소년 문화 축제", "국제 관광 박람회", "탄소중립 세미나"]
ORGS = ["국제교류재단", "상공회의소", "문화관광진흥원", "청소년수련원", "지역경제연구소", "자원봉사센터"]
TEMPLATES = [
    "{city}는 {day}일 {venue}에서 {country} {foreign}와 {kind} 협약을 체결했다고 밝혔다.",
    "이날 협약식에는 {person} {cityshort}{title}과 {foreign} 관계자 등 {n}여 명이 참석했다.",
    "{city}와 {foreign}는 {year}년 {kind}을 맺은 뒤 문화와 경제 분야에서 교류를 이어오고 있다.",
    "{city}는 오는 {day}일 {venue}에서 {event}를 개최한다. 행사에는 {org}와 시민 {n}명이 참여할 예정이다.",
    "{person} {cityshort}{title}은 \"두 도시의 협력이 더욱 깊어지기를 바란다\"고 말했다.",
    "한편 {city}의 해외 자매도시로는 {country} {foreign}({year}년) 등이 있다.",
    "{country} {foreign} 대표단은 {day}일 {city}청을 방문해 교류 확대 방안을 논의했다.",
]


def article(i: int, rng: random.Random) -> str:
    """One article: front matter and 8–16 sentences with varied cities, people, events and dates."""
    city, title = rng.choice(CITIES)
    country, foreign = rng.choice(FOREIGN)
    pub = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(0, 1800))
    values = dict(city=city, cityshort=city[:-1], title=title, country=country, foreign=foreign,
                  day=rng.randrange(1, 28), venue=rng.choice(["시청 대회의실", "컨벤션센터", "문화예술회관"]),
                  kind=rng.choice(["자매결연", "우호교류", "우호협력"]), person=rng.choice(SURNAMES) + rng.choice(GIVEN),
                  n=rng.randrange(20, 600), year=rng.randrange(1990, 2020), event=rng.choice(EVENTS), org=rng.choice(ORGS))
    # 8–16 sentences in 3–6 paragraphs: about the length of a regional news story (1–2k characters)
    sents = [rng.choice(TEMPLATES).format(**values) for _ in range(rng.randrange(8, 17))]
    cut = sorted(rng.sample(range(1, len(sents)), rng.randrange(2, 6)))
    paras = "\n".join(" ".join(sents[a:b]) for a, b in zip([0, *cut], [*cut, len(sents)]))
    head = (f"---\nurl: https://example.org/bench/{i}\ntitle: {city} {foreign} 교류 소식 {i}\n"
            f"published: {pub.isoformat()}\npublisher: 벤치일보\n---\n")
    return head + f"{city} {foreign} 교류 소식 {i}\n" + paras + "\n"
