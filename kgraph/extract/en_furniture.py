"""Page furniture in English articles: lines and inline credits that state no facts.

The reader does not delete them (offsets must stay those of the article text); it blanks them out
of a copy of the text, so that no rule sees them.

>>> masked("HOME > Notices > News\\nMayor Kim met Mayor Lee.").startswith(" " * 21)
True
>>> masked("He smiled (Image: Town Council) and left.").split()
['He', 'smiled', 'and', 'left.']
>>> masked("A fine dayA fine day")  # a caption printed twice keeps one copy
'A fine day          '
"""
from __future__ import annotations

import re

from .patterns_en import COMMENTS_HEADING, FURNITURE_INLINE, FURNITURE_LINES, STORY_LIST_HEADING, TEASER_LINE, UP

_LINES = [(n, re.compile(rf"^(?:{p.replace('{UP}', UP)})$")) for n, p in FURNITURE_LINES]
_INLINE = [(n, re.compile(p.replace("{UP}", UP))) for n, p in FURNITURE_INLINE]


def furniture_line(line: str) -> str | None:
    """The name of the furniture rule a whole line matches, or None.

    >>> furniture_line("READ MORE: Town celebrates"), furniture_line("By Jane Doe"), furniture_line("Coronavirus banner")
    ('read_more', 'byline', 'banner')
    >>> furniture_line("By: Jane Doe"), furniture_line("By: the river")
    ('byline', None)
    >>> furniture_line("By the river, the mayors met the press.") is None
    True
    """
    s = line.strip()
    if not s:
        return None
    for name, rx in _LINES:
        if rx.match(s):
            return name
    return None


def _doubled(line: str) -> int | None:
    """Where the second copy starts when a line is one text printed twice (``XX`` or ``X X``)."""
    s = line.rstrip()
    n = len(s)
    for cut in (n // 2, (n + 1) // 2):
        a, b = s[:cut].strip(), s[cut:].strip()
        if len(a) >= 8 and a == b:
            return s.index(b, len(a) - 1) if s[cut:].strip() else None
    return None


#: a title before a capitalised name (``Mayor Jane Roe``, ``Deputy Mayor John Poe``): an item of the story's own list
#: of people, no other story's headline
_TITLED_NAME = re.compile(r"\b(?:Mayor|Deputy Mayor|Vice Mayor|Councill?or|Cllr|Governor|Chair(?:man|woman|person)?|"
                          r"President|Director|Secretary|Minister|Ambassador|Consul)\s+[A-Z][a-z]+\s+[A-Z]")


def _closing_headlines(text: str) -> list[tuple[int, int]]:
    r"""The spans of a run of three or more ``- headline`` lines (five words or more, no full stop) that ends the page,
    after a line that does not open a list (no colon), none naming a titled person: other stories' headlines, not
    the story's own list.

    >>> t = "They signed.\n- Visitors taste the food of an old town\n- Geologists brave rugged terrain in the hills\n- Senior official facing a probe for graft"
    >>> len(_closing_headlines(t)), _closing_headlines("The delegation included:\n- Mayor Jane Roe of Tamworth city\n"
    ...                                                "- Deputy Mayor John Poe of Tamworth\n- Councillor Ann Lee of Tamworth town")
    (3, [])
    """
    spans: list[tuple[int, int]] = []
    end = len(text)
    before = ""
    for line in reversed(text.split("\n")):
        start = end - len(line)
        s = line.strip()
        end = start - 1
        if not s:
            continue
        if TEASER_LINE.match(s) and not s.endswith((".", ":")) and len(s.split()) >= 6 and not _TITLED_NAME.search(s):
            spans.append((start, start + len(line)))
            continue
        before = s
        break
    return spans if len(spans) >= 3 and not before.endswith(":") else []


def masked(text: str, *, title: str | None = None) -> str:
    """``text`` with its furniture blanked (same length, same offsets).

    With the article's ``title``, whatever stands above the headline's first line (menus, teasers of
    other stories) is furniture too.

    >>> masked("Hear our podcast\\nTwo towns twin\\nThey signed.", title="Two towns twin").split()
    ['Two', 'towns', 'twin', 'They', 'signed.']
    """
    out = list(text)
    pos = 0
    seen: set[str] = set()
    head = text.find("\n" + title.strip() + "\n") + 1 if title and title.strip() else 0
    if head > 0 and title and not text.lstrip().startswith(title.strip()) and head < len(text) // 2:
        for i in range(head):
            if out[i] != "\n":
                out[i] = " "

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            if out[i] != "\n":
                out[i] = " "

    teasers: list[tuple[int, int]] = []  # a run of "- headline" lines before the first sentence: other stories
    offset = 0
    for line in text.split("\n"):
        s = line.strip()
        if TEASER_LINE.match(s) and not s.endswith("."):
            teasers.append((offset, offset + len(line)))
        elif s and len(s) > 60 and s.endswith((".", "다.")):
            break
        elif s:
            if len(teasers) >= 3:
                break
            teasers = []
        offset += len(line) + 1
    if len(teasers) >= 3:
        for a, b in teasers:
            blank(a, b)
    for a, b in _closing_headlines(text):  # a run of "- headline" lines ending the page: other stories too
        blank(a, b)

    story_list = False  # under 'Related stories': other stories' headlines, up to the first sentence
    body_started = False
    prose_lines = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        s = line.strip()
        if not s:
            continue
        if COMMENTS_HEADING.match(s) and (prose_lines >= 3 or start > len(text) // 2):
            blank(start, len(text))  # (0) comments, Welcome to the discussion.: the readers' part, after the story
            break  # (not a comment counter under a standfirst, above the story)
        if STORY_LIST_HEADING.match(s) and body_started:  # (a page-top 'Latest News' heads no list of others)
            story_list = True
            blank(start, end)
            continue
        if story_list and not s.endswith((".", "!", "?", ".”", '."', "”", '"')):
            blank(start, end)
            continue
        story_list = False
        prose = len(s) > 60 and s.endswith((".", "!", "?", "”", '"'))
        body_started = body_started or prose
        prose_lines += prose
        if furniture_line(s) is not None or (s in seen and len(s) > 20):
            blank(start, end)  # a line printed again (a title or caption repeated) says nothing new
            continue
        seen.add(s)
        for n, rx in _INLINE:
            for m in rx.finditer(line):
                part = "x" if "x" in rx.groupindex else 0  # a pattern may blank only its part named x
                blank(start + m.start(part), start + m.end(part))
                at = start + m.start(part)
                if n == "dateline_agency" and text[:at].rstrip()[-1:].isalpha():  # Can Tho (VNA) – The People's
                    out[at] = "."  # Committee …: the place kept ends its own sentence, no name runs on into the story's
        off = next((m.end() for n, rx in _INLINE if n == "caption_prefix" for m in [rx.match(line)] if m), 0)
        cut = _doubled(line[off:])
        if cut is not None:
            blank(start + off + cut, end)
    return "".join(out)
