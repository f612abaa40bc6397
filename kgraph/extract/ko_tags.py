"""Kiwi's reading of one Korean word, as the reading under way sees it.

Shared by the readers of events (:mod:`.ko_events`) and of people (:mod:`.ko_people`), below both:
a word's morphemes come from its sentence when the article under way has it, else from the word
read alone by the reading's own analyser (see :mod:`.reading_state`).
"""
from __future__ import annotations

from .reading_state import Tags, kiwi, per_analyser, word_tags

_VERB_TAGS = {"VV", "VA", "VX"}


def tags(word: str) -> Tags:
    """Kiwi's morphemes of one word, as (form, tag) pairs: as read in its sentence when the article under
    way has it, else as read alone (both by the reading's own analyser)."""
    seen = word_tags(word)
    return seen if seen is not None else per_analyser(_tags_alone, word)


def inflected(word: str) -> bool:
    """Kiwi reads ``word`` as a verb or adjective with its ending (방문하여, 초청받아, 접견했으며), no noun phrase."""
    t = tags(word)
    if len(t) < 2 or not t[-1][1].startswith("E"):
        return False
    if any(tag in ("XSV", "XSA") for _, tag in t):
        return True  # 방문하여, 참석해: a noun made a verb
    if len(t) == 2 and t[0][1] in _VERB_TAGS and len(t[0][0]) >= 2 and t[1][1] == "EC":
        return True  # 위하여, 통하여: a verb of two syllables and its linking ending (not 김병내: a noun first)
    # 초청받아: a verb after a noun of two syllables or more (not 김병내, a name Kiwi cuts as 김 + 병 + 내다)
    return any(tag in _VERB_TAGS and i > 0 and t[i - 1][1] == "NNG" and len(t[i - 1][0]) >= 2
               for i, (_, tag) in enumerate(t))


def common_noun_with_particle(word: str) -> bool:
    """Kiwi reads ``word`` as a common noun of two syllables or more and its particle (대표단과, 언론은, 방문을),
    not as a name (나카가와, 조요: a proper noun, or a one-syllable noun Kiwi guesses)."""
    t = per_analyser(_tags_alone, word)  # (read alone: in its sentence Kiwi may cut 나카가와 as 나카가 + 와)
    return len(t) >= 2 and t[-1][1].startswith("J") and all(tag == "NNG" for _, tag in t[:-1]) and \
        sum(len(form) for form, _ in t[:-1]) >= 2


def proper_stem(word: str) -> bool:
    """Kiwi made a verb of a proper noun: ``조광한`` read as 조광 + 하 + ᆫ, a three-syllable name ending in 한.

    A verb's stem is a common noun (주최한, 방문한); a proper noun does not take 하다.
    Also a stem Kiwi hardly knows as a common noun (``경준해``: 경준 + 하 + 어, where a verb's stem is a
    noun of everyday use, 방문, 기념, 모색).
    """
    t = tags(word)
    if len(word) != 3 or len(t) < 2 or t[1][1] not in ("XSV", "XSA", "NNG"):
        return False
    return t[0][1] == "NNP" or (t[0][1] == "NNG" and len(t[0][0]) == 2 and per_analyser(_rare_noun, t[0][0]))


#: Kiwi's score for a two-syllable common noun read alone, below which the noun is one it hardly knows (a
#: name's syllables it guessed as a noun, 경준 or 배창, score about -18; the stems of verbs the news uses,
#: 방문, 기념, 모색, score -13.5 or better)
RARE_NOUN_SCORE = -15.5


def _rare_noun(stem: str) -> bool:
    toks = kiwi().tokenize(stem)
    return len(toks) == 1 and toks[0].form == stem and toks[0].tag == "NNG" and toks[0].score < RARE_NOUN_SCORE


def verb_alone(word: str) -> bool:
    """Kiwi reads ``word`` on its own as a verb with a final or joining ending (``한다``, ``하나다``), though in its
    sentence it may be an unknown name's part (not a verb that describes a noun: ``참석한``, ``파견된``)."""
    t = per_analyser(_tags_alone, word)
    return bool(t) and t[-1][1] in ("EF", "EC", "MM", "MAG")


def common_noun_alone(word: str) -> bool:
    """Kiwi knows ``word`` on its own as one common noun of its dictionary (``전통``, ``공연``; not an unknown
    ``히로미``)."""
    return per_analyser(_common_alone, word)


def _common_alone(word: str) -> bool:
    toks = kiwi().tokenize(word)
    return len(toks) == 1 and toks[0].form == word and toks[0].tag in ("NNG", "NNB", "NP") and not toks[0].oov


def unit_name_alone(word: str, ending: str) -> bool:
    """``word`` is an office's unit: its stem before ``ending`` reads as nouns alone, three syllables or more, and no
    group noun (``산림녹지과``, ``국제교류팀``; not ``선생님과``, ``회원들과``, ``선수단과``)."""
    stem = word[: -len(ending)]
    t = per_analyser(_tags_alone, stem)
    return len(stem) >= 3 and bool(t) and all(tag == "NNG" for _, tag in t) and stem[-1] not in "단들님회원생"


def particle_alone(word: str) -> bool:
    """Kiwi reads ``word`` on its own as ending in a particle (``최초의``)."""
    t = per_analyser(_tags_alone, word)
    return len(t) > 1 and t[-1][1].startswith("J")


def _tags_alone(word: str) -> Tags:
    return tuple((t.form, t.tag.split("-")[0]) for t in kiwi().tokenize(word))


def _unknown_alone(word: str) -> bool:
    toks = kiwi().tokenize(word)
    return len(toks) == 1 and toks[0].form == word and toks[0].tag in ("NNG", "NNP") and bool(toks[0].oov)


def unknown_word(word: str) -> bool:
    """Kiwi reads ``word`` alone as one noun it does not know (셴닝시, 남녕시: a transcribed name), not a word
    of its dictionary (당시, 유사시)."""
    return per_analyser(_unknown_alone, word)


def unknown_name(word: str) -> bool:
    """Kiwi reads ``word`` as names or as one word it does not know, not as words of its dictionary (``카와바타유우키``,
    ``나고미정``; not ``국제교류협력`` or ``우호협정``)."""
    ts = tags(word)
    return bool(ts) and (all(t == "NNP" for _, t in ts) or (len(ts) == 1 and ts[0][1] == "NNG" and unknown_word(word)))
