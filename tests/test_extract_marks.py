"""Look-alike list marks are read as one mark, while evidence quotes the page as it is."""
from kgraph import vocab as V
from kgraph.extract.marks import LIST_MARKS, fold_marks
from kgraph.read.article import Article


def test_every_look_alike_folds_to_one_mark_and_keeps_the_length():
    text = "가" + "나".join(LIST_MARKS) + "다"
    folded = fold_marks(text)
    assert len(folded) == len(text) and set(folded) <= {"가", "나", "다", "·", ","}
    assert fold_marks("3·1절, 광명시") == "3·1절, 광명시"  # the marks themselves stay


def test_a_list_with_one_dot_leaders_is_read_and_quoted_as_written(ex):
    text = "하동군은 일본 오기시\u2024다케오시와 자매결연을 맺고 있다."
    r = ex.read(Article(text=text, language="ko"))
    cities = {e.name.removesuffix("시") for e in r.entities.values() if e.type == "City"}
    assert {"오기", "다케오"} <= cities
    quoted = {f.sentence for f in r.facts if f.p == V.partnerOf}
    assert quoted == {text}  # the evidence is the page's sentence, its one dot leader kept
    assert r.article.text == text
