"""English sentence spans (kgraph.extract.text_units): where a stop ends a sentence."""
from kgraph.extract.text_units import sentences


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text, lang="en")]


def test_a_stop_glued_to_an_initial_or_a_number_ends_no_sentence():
    assert texts("Mayor of Ulaanbaatar S.Batbold met Mayor Ch.Batbayar. They signed.") == \
        ["Mayor of Ulaanbaatar S.Batbold met Mayor Ch.Batbayar.", "They signed."]
    assert texts("It cost 3.5 million won. U.S.-made goods came.") == ["It cost 3.5 million won.", "U.S.-made goods came."]


def test_a_stop_glued_to_the_next_sentence_after_a_word_or_a_closing_quote_ends_it():
    assert texts("The mayor praised the relations.The city grew.") == ["The mayor praised the relations.",
                                                                      "The city grew."]
    assert texts("“We thank Korea.”Two quakes hit the city.") == ["“We thank Korea.”", "Two quakes hit the city."]
    assert texts("They met in central Seoul.“We hope it helps,” he said.") == \
        ["They met in central Seoul.", "“We hope it helps,” he said."]
    # look-alike: a web address and an abbreviation stay inside their sentences
    assert texts("See chinadaily.com.cn for more. Dr. Jane Ross came.") == ["See chinadaily.com.cn for more.",
                                                                            "Dr. Jane Ross came."]
