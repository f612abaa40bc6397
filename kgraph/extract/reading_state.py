"""The state a Korean reading keeps: one Kiwi analyser and the answers that depend on it.

A :class:`ReadingState` belongs to one :class:`~kgraph.extract.pipeline.Extractor`. It holds

* the **analyser**: a Kiwi taught the Extractor's proper nouns (its gazetteer's names). Loading one
  costs about a second and ~350 MB, and it is read-only once built, so Extractors with the same
  vocabulary share it (:func:`analyser_for`);
* **analyser tables** (:func:`per_analyser`): memoised answers that depend only on the analyser
  (Kiwi's morphemes of a word read alone). They live as long as the state and are never shared with
  another Extractor;
* **article tables**, made afresh for each reading (:meth:`ReadingState.active`): Kiwi's morphemes of
  the words of the article's own sentences (:func:`word_tags`) and the answers computed from them
  (:func:`per_article`). Since nothing an article leaves behind is seen by the next one, a reading
  never depends on which articles were read before it, nor in which order.

The state in use is found through a context variable, so each thread (or task) sees its own: one
reading is made active for its duration with ``with state.active(): ...``. Outside any reading
:func:`kiwi` is the plain Kiwi, no word tags are remembered and nothing is memoised.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, TypeVar

#: Kiwi's morphemes of one word, as (form, tag) pairs
Tags = tuple[tuple[str, str], ...]
#: entries an analyser table keeps before it starts again (its answers never change, only its size)
TABLE_MAX = 50_000
#: Kiwi's handling of words outside its dictionary (``chr`` is its default; ``chr_freq`` was measured on the
#: shared corpus (both halves) and changed no figure, so the default is kept)
OOV_HANDLING = "chr"

T = TypeVar("T")


class _Article:
    """The tables of one reading: the article's word tags and the answers computed from them."""

    __slots__ = ("state", "tables", "words")

    def __init__(self, state: ReadingState) -> None:
        self.state = state
        self.words: dict[str, Tags] = {}
        self.tables: dict[Callable[..., Any], dict[Any, Any]] = {}


_ACTIVE: ContextVar[_Article | None] = ContextVar("kgraph_reading", default=None)
_LOADING = threading.Lock()  #: one analyser loads at a time, so threads that start together share it


def _plain() -> Any:
    return analyser_for(frozenset())


def analyser_for(words: frozenset[str]) -> Any:
    """A Kiwi analyser that knows ``words`` as proper nouns (NNP), shared by the states with that vocabulary.

    One analyser per vocabulary (the last three are kept, the plain one among them when asked for), so
    that the names one store teaches never leak into another reader's analyser; it is read-only once
    built, hence safe to share between readers and threads.
    """
    with _LOADING:
        return _load(words)


@lru_cache(maxsize=3)
def _load(words: frozenset[str]) -> Any:
    from kiwipiepy import Kiwi

    k = Kiwi()
    for w in sorted(words):
        k.add_user_word(w, "NNP", 0.0)
    return k


class ReadingState:
    """One Extractor's Kiwi analyser and every memo table whose answers depend on it.

    ``words``: the proper nouns the analyser is taught (see :func:`~kgraph.extract.pipeline.kiwi_words`).
    """

    def __init__(self, words: frozenset[str] = frozenset()) -> None:
        self.words = words
        self._analyser: Any = None
        self._tables: dict[Callable[..., Any], dict[Any, Any]] = {}
        self._prepared: dict[str, list[Any]] = {}  #: paragraphs split ahead of their reading (:meth:`prepare`)

    @property
    def analyser(self) -> Any:
        """Kiwi, taught ``words``: loaded on first use, so that a state that never reads (the parent of
        a Dask run, which only writes) never pays the second and ~350 MB a Kiwi costs."""
        if self._analyser is None:
            self._analyser = analyser_for(self.words)
        return self._analyser

    def build(self) -> None:
        """Load the analyser and let Kiwi build it now (its first analysis does, ~1 s), e.g. before forking
        the workers that will read with it (an analysis leaves nothing that changes the next one)."""
        self.analyser.tokenize("준비")

    def prepare(self, paragraphs: Iterable[str]) -> None:
        """Split and analyse ``paragraphs`` now, in one run, for the readings that follow (replacing what an
        earlier call prepared): :func:`paragraph_sentences` then takes them from here.

        The answers are Kiwi's own, so a reading is the same prepared or not; only faster: Kiwi and the
        reading rules each keep their data in the processor's cache when they run in a row (see
        docs/ingest.md for the figures)."""
        k = self.analyser
        self._prepared = {p: list(k.split_into_sents(p, return_tokens=True, oov_handling=OOV_HANDLING))
                          for p in dict.fromkeys(paragraphs)}

    @contextmanager
    def active(self) -> Iterator[None]:
        """Make this state the one the reading rules use while the block runs (in this thread or task),
        with empty article tables: one block is one reading."""
        token = _ACTIVE.set(_Article(self))
        try:
            yield
        finally:
            _ACTIVE.reset(token)


def kiwi() -> Any:
    """The Kiwi analyser of the reading under way, else the plain shared one."""
    scope = _ACTIVE.get()
    return scope.state.analyser if scope is not None else _plain()


def paragraph_sentences(paragraph: str) -> list[Any]:
    """Kiwi's sentences of one paragraph (one line of text), with their tokens: prepared ahead by the
    reading's state (:meth:`ReadingState.prepare`), else analysed now."""
    scope = _ACTIVE.get()
    if scope is not None and (ready := scope.state._prepared.get(paragraph)) is not None:
        return ready
    return list(kiwi().split_into_sents(paragraph, return_tokens=True, oov_handling=OOV_HANDLING))


def word_tags(word: str) -> Tags | None:
    """Kiwi's morphemes for a word of the article under way, as analysed in its sentence, if any."""
    scope = _ACTIVE.get()
    return scope.words.get(word) if scope is not None else None


def remember_words(tags: dict[str, Tags]) -> None:
    """Keep the morphemes of a paragraph's words for the reading under way (the first analysis of a word wins)."""
    scope = _ACTIVE.get()
    if scope is not None:
        for w, t in tags.items():
            scope.words.setdefault(w, t)


def per_analyser(fn: Callable[[str], T], word: str) -> T:
    """``fn(word)`` memoised in the active state; ``fn`` depends on the word and the analyser alone."""
    scope = _ACTIVE.get()
    if scope is None:
        return fn(word)
    table: dict[str, T] | None = scope.state._tables.get(fn)  # fn's own table: fn's answers
    if table is None:
        table = scope.state._tables[fn] = {}
    try:
        return table[word]
    except KeyError:
        if len(table) >= TABLE_MAX:
            table.clear()
        out = table[word] = fn(word)
        return out


def per_article(fn: Callable[[str], T], word: str) -> T:
    """``fn(word)`` memoised for the reading under way only; ``fn`` may read :func:`word_tags`."""
    scope = _ACTIVE.get()
    if scope is None:
        return fn(word)
    table: dict[str, T] | None = scope.tables.get(fn)  # fn's own table: fn's answers
    if table is None:
        table = scope.tables[fn] = {}
    try:
        return table[word]
    except KeyError:
        out = table[word] = fn(word)
        return out
