"""Look-alike list marks are read as one mark, while evidence quotes the page as it is."""
from kgraph import vocab as V
from kgraph.extract.marks import LIST_MARKS, fold_glued_tags, fold_marks
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


def test_a_glued_press_tag_folds_to_blanks_and_keeps_the_length():
    for text in ("[보령신문]홍길동 의장이", "(보령=뉴스통신)홍길동 기자", "【보령일보】홍길동 시장"):
        folded = fold_glued_tags(text)
        assert len(folded) == len(text) and folded.lstrip().startswith("홍길동")
    for text in ("업무협약(MOU)을 맺었다", "속초시장(오른쪽)이 말했다", "[보령신문] 홍길동 의장"):
        assert fold_glued_tags(text) == text  # a gloss, a photo note, a tag with its space: as written
