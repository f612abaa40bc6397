"""Cities, provinces and countries in English text, and which of them only locate another.

Families: gazetteer names (``Chuncheon``, ``South Korea``); a suffix that makes a local government
(``Iloilo City``, ``Williamson County``, ``Khan-Uul district``, ``Nagasaki Prefecture``); a prefix
(``the city of Seoul``, ``the State of Arkansas``); Korean romanised districts (``Dobong-gu``,
``Nam-gu, Ulsan``); small towns the name tables hold, when the sentence says they are places
(a tie, ``X in Japan``); and locators (``Hwaseong City in Gyeonggi Province``, ``X, Texas``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from rdflib import URIRef

from ..names.loader import given_names_en, surnames_en
from ..vocab import EntityType, city_iri
from .context import Mention
from .en_context import EnCtx as Ctx
from .gazetteer import Cand, Gazetteer
from .model import MentionKind
from .patterns_en import (
    ACRONYM_STOP,
    AGE_BEFORE_NAME,
    AP_STATES,
    CAPITAL_CITIES,
    CAPITAL_FOR_STATE_AFTER,
    CAPITAL_FOR_STATE_BEFORE,
    CIVIC_OF_PLACE,
    COMMON_NOUN_TOWN_MARKED,
    COMMON_NOUN_TOWNS,
    COMPASS_PART,
    DELEGATION_FROM_BEFORE,
    DESCRIBED_CITY_AFTER,
    DESCRIBED_CITY_BEFORE,
    DOCUMENT_NAME_WORDS,
    GENERIC_LEVEL_WORDS,
    GIVEN_NAMES,
    GIVEN_NAMES_BEFORE_TOWNS,
    GLUED_FUNCTION_WORD,
    GOVERNMENT_OF_PLACE,
    HEADLINE_NAME_STOP,
    HOSTS_VISITORS,
    KO_ROMAN_SUFFIX,
    LANDMARK_AFTER_PLACE,
    LEADING_FUNCTION_WORDS,
    LEVEL_WORD_TYPOS,
    LIES_IN_BEFORE_REGION,
    LIST_ITEM_LINE,
    LOCATED_LEAD,
    NAME_INNER_WORDS,
    NAME_STOP,
    NEW_PLACE_LEAD_STOP,
    OFFICE_APPOSED_AFTER,
    OFFICE_BEFORE_FIELD,
    OFFICE_FIELD_WORDS,
    ORG_FIRST_WORDS,
    ORG_HEADS,
    ORG_UNIT_WORDS,
    PERSON_AFTER,
    PLACE_GROUP_WORDS,
    PLACE_PREFIXES,
    PLACE_STOP,
    PLACE_SUFFIXES,
    PLURAL_PREFIXES,
    REGION_DESCRIBED_AFTER,
    REGION_DESCRIBED_BEFORE,
    SAINT_WORDS,
    SENTENCE_ADVERB,
    SENTENCE_ADVERBS,
    SIGN_VERB,
    SPECIAL_DISTRICT_NAME,
    SPEECH_VERBS,
    STATE_AS_ADJECTIVE_AFTER,
    STATE_AS_ADJECTIVE_BEFORE,
    STATE_AS_ADJECTIVE_DEFINITE_AFTER,
    TIE_ARTICLE,
    TIE_AS_GATHERING,
    TIE_AS_THING,
    TIE_NOT_PARTNER,
    TIE_RE,
    TIE_WORDS_ENDING_NO_NAME,
    TITLE_HONORIFICS,
    TITLE_RE,
    TITLES,
    TOWN_FIRST_WORDS,
    UP,
    VENUE_BEFORE_REGION,
    VENUE_END_WORDS,
    VENUE_WORDS,
    VIETNAMESE_MIDDLE,
    VIETNAMESE_SURNAMES,
    VISIT_WORDS_BEFORE,
    WORD,
    WORD_LIKE_PLACES,
)
from .text_units import Sentence

DEMONYMS = {"south korean": "KR", "korean": "KR", "s. korean": "KR", "vietnamese": "VN", "chinese": "CN", "japanese": "JP",
            "american": "US", "german": "DE", "french": "FR", "russian": "RU", "mongolian": "MN", "thai": "TH",
            "philippine": "PH", "filipino": "PH", "indonesian": "ID", "australian": "AU", "canadian": "CA",
            "mexican": "MX", "brazilian": "BR", "turkish": "TR", "italian": "IT", "spanish": "ES", "british": "GB",
            "kazakh": "KZ", "uzbek": "UZ", "cambodian": "KH", "malaysian": "MY", "indian": "IN", "taiwanese": "TW",
            "english": "GB", "scottish": "GB", "welsh": "GB", "irish": "IE", "dutch": "NL", "czech": "CZ", "polish": "PL",
            "hungarian": "HU", "austrian": "AT", "swiss": "CH", "belgian": "BE", "swedish": "SE", "norwegian": "NO",
            "danish": "DK", "finnish": "FI", "greek": "GR", "portuguese": "PT", "romanian": "RO", "ukrainian": "UA",
            "israeli": "IL", "argentine": "AR", "chilean": "CL", "peruvian": "PE", "colombian": "CO", "kosovar": "XK",
            "slovak": "SK", "slovenian": "SI", "croatian": "HR", "serbian": "RS", "bulgarian": "BG", "lithuanian": "LT",
            "latvian": "LV", "estonian": "EE", "egyptian": "EG", "kenyan": "KE", "nigerian": "NG", "singaporean": "SG",
            "ghanaian": "GH", "zambian": "ZM", "zimbabwean": "ZW", "south african": "ZA", "ethiopian": "ET",
            "tanzanian": "TZ", "ugandan": "UG", "rwandan": "RW", "mozambican": "MZ", "namibian": "NA",
            "botswanan": "BW", "malawian": "MW", "cameroonian": "CM", "senegalese": "SN", "ivorian": "CI",
            "moroccan": "MA", "algerian": "DZ", "tunisian": "TN", "libyan": "LY", "sudanese": "SD", "malian": "ML",
            "angolan": "AO", "congolese": "CD", "malagasy": "MG", "argentinian": "AR", "cuban": "CU",
            "dominican": "DO", "venezuelan": "VE", "bolivian": "BO", "uruguayan": "UY", "paraguayan": "PY",
            "ecuadorian": "EC", "guatemalan": "GT", "costa rican": "CR", "panamanian": "PA", "honduran": "HN",
            "salvadoran": "SV", "nicaraguan": "NI", "jamaican": "JM", "puerto rican": "PR", "pakistani": "PK",
            "bangladeshi": "BD", "sri lankan": "LK", "nepali": "NP", "nepalese": "NP", "bhutanese": "BT",
            "burmese": "MM", "myanmar": "MM", "laotian": "LA", "lao": "LA", "iranian": "IR", "iraqi": "IQ",
            "syrian": "SY", "jordanian": "JO", "lebanese": "LB", "saudi": "SA", "emirati": "AE", "qatari": "QA",
            "kuwaiti": "KW", "omani": "OM", "kyrgyz": "KG", "tajik": "TJ", "turkmen": "TM", "azerbaijani": "AZ",
            "georgian": "GE", "armenian": "AM", "belarusian": "BY", "moldovan": "MD", "macedonian": "MK",
            "albanian": "AL", "bosnian": "BA", "montenegrin": "ME", "icelandic": "IS", "maltese": "MT",
            "cypriot": "CY", "luxembourgish": "LU", "new zealand": "NZ", "fijian": "FJ", "samoan": "WS",
            "papua new guinean": "PG"}
#: continents and regions said of a city (``an African city``): no country, and no name
CONTINENT_ADJECTIVES = frozenset(("african", "asian", "european", "latin american", "north american", "south american",
                                  "middle eastern", "pacific", "caribbean", "scandinavian", "nordic", "baltic", "balkan"))
#: the adjectives of regions inside a country said of a town (``the Breton village X``, ``a Bavarian town``): no place
REGION_ADJECTIVES = frozenset(("breton", "norman", "basque", "catalan", "flemish", "walloon", "bavarian", "saxon", "swabian",
                               "tuscan", "sicilian", "sardinian", "corsican", "alsatian", "provencal", "provençal",
                               "andalusian", "galician", "cornish", "tyrolean",
                               "silesian", "moravian", "bohemian", "transylvanian", "anatolian", "siberian", "texan",
                               "californian", "hawaiian", "alaskan", "okinawan", "cantonese", "manchurian", "patagonian"))
#: parties said of an official (``Republican Mayor Allan Fung``, ``Labour councillor …``): no place
PARTY_ADJECTIVES = frozenset(("republican", "democratic", "democrat", "labour", "labor", "conservative", "tory", "liberal",
                              "socialist", "libertarian", "progressive", "nonpartisan", "non-partisan"))
#: parts of the world named like places (``a sister city to the Far East community``): no town
WORLD_REGIONS = frozenset(("far east", "middle east", "near east", "asia pacific", "asia-pacific", "pacific rim",
                           "southeast asia", "east asia", "central asia", "south asia", "latin america", "north america",
                           "south america", "central america", "europe", "asia", "africa", "oceania", "scandinavia",
                           "balkans", "caucasus", "caribbean", "mediterranean", "antarctica", "eurasia"))
#: an outing's destination before a place (``a day trip to the village of Honfleur``, ``an excursion to``)
_OUTING_TO_BEFORE = re.compile(r"\b(?:day\s+trip|excursion|outing|coach\s+trip|boat\s+trip|side\s+trip|day\s+out)\s+to\s+"
                               r"(?:the\s+)?(?:(?:medieval\s+|historic\s+|nearby\s+|picturesque\s+)?(?:village|town|city)"
                               r"\s+of\s+)?$", re.I)
#: a leg of a journey (``had flown from London to Munich``, ``travelled by coach from Dublin to Cork``): both places
#: are stops on the way, no parties and, named only so, no places of the story
_TRAVEL_LEG = re.compile(r"\b(?:fly|flies|flew|flown|flying|travell?ed|travell?ing|drove|driven|journeyed|sailed|took\s+(?:a|the)\s+"
                         r"(?:train|flight|plane|bus|coach|ferry))\s+(?:(?:back|home|out|on|onward|directly|together|"
                         r"by\s+(?:coach|bus|train|air|plane|ferry|car))\s+)?from\s+$", re.I)
#: a leg of the journey before the place the travellers reach (``a 12-hour flight to Tokyo …, the delegation arrived
#: in Sakata``): the leg's end is no party, when a later place in the sentence is where they go
_LEG_TO = re.compile(r"\b(?:flight|flights|flew|fly|flies|flying|flown|train|trains|bus|coach|drive|drove|ferry|layover|"
                     r"stopover)\s+(?:\w+\s+){0,2}?(?:to|into|via|through|at)\s+$", re.I)
#: what happens at a leg's end that makes it a stop of the story (``flew to Kagoshima, where it signed …``, ``the train
#: to Jinan, its sister city``, ``fly to Osaka to sign …``)
_LEG_STOP_TOLD = re.compile(r"\b(?:where|sign|signed|signing|sister|twin|friendship|partner|agreement|pact|memorandum|"
                            r"its|their|to\s+(?:meet|attend|visit|celebrate|mark))\b", re.I)
_LEG_THEN = re.compile(r"\b(?:arriv(?:ed|ing|es)\s+in|then\s+(?:on\s+)?to|on\s+to|before\s+(?:reaching|heading\s+to)|"
                       r"continu(?:ed|ing)\s+(?:on\s+)?to|(?:headed|heading|went)\s+(?:on\s+)?to)\s+(?:the\s+)?$", re.I)
#: a region named as the describer of its capital (``the Arizona State Capital of Phoenix``)
_CAPITAL_OF_AFTER = re.compile(r"\s+(?i:state)\s+(?i:capital)\s+(?:city\s+)?of\s+[A-Z]")
#: (not ``Chengdu Capital of Gastronomy``: a city's title, the city itself)
#: the words before two places that only say where a town lies (``located in X between Düsseldorf and Cologne``)
_LIES_BETWEEN_BEFORE = re.compile(r"\b(?:(?:located|situated|lies|lying|sits|nestled)\s+(?:(?:in|on)\s+(?:the\s+)?"
                                  r"[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*,?\s+)?|halfway\s+|midway\s+)between\s+"
                                  r"(?:the\s+(?:cities|towns)\s+of\s+)?$")
#: (not ``the friendship lies in the trust between A and B``: only a place may come between the verb and "between")
#: the word after a district's name that makes it a ward or district of the city before it (``Tokyo's Minato Ward``)
_WARD_AFTER = re.compile(r"\s*(?:Ward|District|Borough|Gu|Ku|-gu|-ku|arrondissement)\b")
#: the seat of a nation's mission (``the Chinese Consul General in New York``, ``the Philippine Consulate General in
#: Toronto``, ``the Embassy in Seoul``): where the mission sits, no party of the story
_MISSION_SEAT = re.compile(r"\b(?:Consul(?:ate)?[- ]General|Consulate|Consul|Embassy|Trade\s+Office|Representative\s+Office)"
                           r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+in\s+(?:the\s+)?$")
#: a council named for two or more areas (``Causeway Coast and Glens Borough Council``, ``Armagh, Banbridge and
#: Craigavon Borough Council``): the areas are the council's name, no parties (the name after ``of`` or ``the``: not
#: ``Mayor McDouall and Whanganui District Council``)
_COUNCIL_OF_AREAS = re.compile(r"(?:(?<=\bof\s)|(?<=\bthe\s)|(?<=\bThe\s))(?P<areas>(?!Mayor\b|Councillor\b|Cllr\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*"
                               r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+(?:Borough|District|County|City|"
                               r"Regional|Metropolitan)\s+Council\b")
#: an opening phrase that compares or sets aside, before a named subject (``Unlike Kiel, Coventry is …``; not
#: ``Besides Khabarovsk, they are …``: more partners of the subject)
_COMPARED_LEAD = re.compile(r"\s*(?:Unlike|Like|Similar\s+to|Besides|Apart\s+from|Aside\s+from|Except\s+for)\s+[^,.;]{1,60},"
                            r"(?=\s+(?!It\b|They\b|The\s+city\b|The\s+town\b|These\b|Its\b|Their\b)[A-Z])")
#: an office and its place, then a comma: a person's name comes next (``Mayor of Tema, Florence …``)
_OFFICE_OF_PLACE_BEFORE = re.compile(rf"\b(?i:{TITLE_RE})\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}},\s*$")
#: a compass or position word before a continent's adjective (``a Central Asian city``, ``Southeast Asian``)
_COMPASS_BEFORE_ADJECTIVE = re.compile(r"(?:(?:central|north|south|east|west|northern|southern|eastern|western|"
                                       r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)+(?=\S)", re.I)


def describing_adjective(words: str) -> bool:
    """A continent's, a nation's or a party's adjective, past a compass word: it describes a place or a person and
    names no place.

    >>> describing_adjective("Central Asian"), describing_adjective("Korean"), describing_adjective("Central Park")
    (True, True, False)
    >>> describing_adjective("Republican"), describing_adjective("Republic")
    (True, False)
    """
    w = _COMPASS_BEFORE_ADJECTIVE.sub("", words.lower()).strip()
    return w in CONTINENT_ADJECTIVES or w in DEMONYMS or w in REGION_ADJECTIVES or w in PARTY_ADJECTIVES
#: the small words inside place names (Santa Cruz de la Sierra, Stratford upon Avon, Chateau du Loir, Frankfurt am Main)
_PARTICLES = "de|do|da|dos|das|del|la|las|los|upon|on|am|an|der|sur|en|sous|du|des|le|les|aux|au|im|unter|ob|es"
#: words that never continue a place name after a particle: a day or a month (``Yantai on Friday``)
_NOT_AFTER_PARTICLE = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                       r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|"
                       r"Dec)\b)")
_NAME = rf"{WORD}(?:(?:[ \t-]+(?:{_PARTICLES})){{0,2}}[ \t]+{_NOT_AFTER_PARTICLE}{WORD}){{0,3}}"
#: a place named with a small word inside (``Angra dos Reis``, ``Bradford on Avon``, ``Caxias do Sul``; "on" only
#: before waters): one name
_PARTICLE_PLACE = re.compile(rf"(?<![\w'’-])(?P<a>[A-Z][a-zà-ÿ]+)(?:\s+(?:{NAME_INNER_WORDS}|dos|das|la))\s+"
                             rf"{_NOT_AFTER_PARTICLE}[A-Z][a-zà-ÿ]+(?![\w'’-])")
#: a title right before a name: what follows is a person's (``Mayor Juan de Leon``; an honorific: _HONORIFIC_BEFORE)
_TITLE_BEFORE_NAME = re.compile(rf"\b(?:{TITLE_RE})\s+$")
#: a place with its tie in apposition after it: ``visited Westbury, its twin town``, ``Bry-sur-Marne, our French twin town``
_APPOSED_TIE = re.compile(rf"(?<![\w-])(?P<n>{_NAME}),\s+(?:its|their|our|his|her)\s+(?:[A-Za-z]+\s+)?"
                          rf"(?:twin|sister|partner|friendship)\s+(?:towns?|cit(?:y|ies)|communes?)\b")
#: a place in apposition naming it another's partner: ``Alzey, the sister town of Harpenden``, ``Kehl, a twin town of
#: Strasbourg``: both are places
_APPOSED_PARTNER_OF = re.compile(rf"(?<![\w-])(?P<a>{_NAME}),\s+(?:the|a|an|one)\s+(?:[A-Za-z]+\s+)?(?:of\s+the\s+)?"
                                 r"(?:twin|sister|partner|friendship)[\s-]+(?:towns?|cit(?:y|ies)|communes?|municipalit(?:y|ies)|"
                                 rf"villages?|provinces?|states?)\s+of\s+(?:the\s+)?(?P<b>{_NAME})")
#: a tie between two places named by their own names: the twinning between Holsworthy and Aunay Sur Odon
_BETWEEN = re.compile(rf"(?i:{TIE_RE.pattern})[^.;]{{0,40}}?\bbetween\s+(?P<a>{_NAME})"
                      r"(?:,\s+(?:near|in|north of|south of|east of|west of|close to)\s+[^,;.]{1,60}?,?)?"  # , near Lille in France,
                      rf"\s+and\s+(?P<b>{_NAME})")
_SUFFIX_RE = re.compile(r"\b(?P<n>" + rf"{WORD}(?:[ \t]+{WORD}){{0,2}}?" + r")[ \t]+(?P<s>" +
                        "|".join(f"(?P<{p.name}>{p.words})" for p in PLACE_SUFFIXES) + r")\b")
_PREFIX_RE = re.compile(r"\b(?:the\s+)?(?:(?P<dem>[A-Z][a-z.]+(?:\s+[A-Z][a-z]+)?)\s+)?(?P<p>" +
                        "|".join(f"(?P<{n}>{w})" for n, w, _ in PLACE_PREFIXES) + rf")\s+(?P<n>{_NAME})")
#: the second name of a pair after a plural prefix (``the provinces of A and B``; a list with commas is left as it was:
#: a country or a province after a comma only locates the name before it)
_LISTED_AFTER_PREFIX = re.compile(rf"\s+and\s+(?P<n>{_NAME})")


#: the words of a visit or a delegation right before a town's name (``visited Hoi An``, ``a delegation from Kaga``):
#: a small town the tables know is a town there
_VISIT_BEFORE_TOWN = re.compile(rf"\b(?:{VISIT_WORDS_BEFORE})\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$|"
                                rf"{DELEGATION_FROM_BEFORE.pattern}", re.I)


def _prefixed_names(t: str) -> Iterator[tuple[re.Match[str], str, int]]:
    """Each name a place prefix makes a local government, with its match and offset: the one after ``the city of``,
    every one of the list after a plural (``the provinces of Negros Occidental and Pampanga``).

    >>> [n for _, n, _ in _prefixed_names("the provinces of Negros Occidental and Pampanga signed")]
    ['Negros Occidental', 'Pampanga']
    >>> [n for _, n, _ in _prefixed_names("the city of Tours and Freiburg")]
    ['Tours']
    >>> [n for _, n, _ in _prefixed_names("the cities of Mandaue and Cauayan, Isabela")]
    ['Mandaue', 'Cauayan']
    >>> [n for _, n, _ in _prefixed_names("the cities of Freiburg, Germany, and Cluj")]
    ['Freiburg']
    """
    for m in _PREFIX_RE.finditer(t):
        yield m, m.group("n"), m.start("n")
        if any(m.group(k) for k in PLURAL_PREFIXES) and (nxt := _LISTED_AFTER_PREFIX.match(t, m.end("n"))) is not None:
            yield m, nxt.group("n"), nxt.start("n")
#: a numbered district of a French city (``Paris’ 15th arrondissement``, ``the 3rd arrondissement of Lyon``)
_ARRONDISSEMENT = re.compile(r"(?:(?:Paris|Lyon|Marseille)['’]s?\s+\d{1,2}(?:st|nd|rd|th|e|er|ème)\s+[Aa]rrondissement|"
                             r"\d{1,2}(?:st|nd|rd|th|e|er|ème)\s+[Aa]rrondissement\s+of\s+(?:Paris|Lyon|Marseille))")
_ROMAN_RE = re.compile(rf"\b(?P<n>[{UP}][a-z]+(?:-[a-z]+)?)-(?P<s>gu|si|gun|do)\b")
#: Japanese municipal suffixes in romanisation: Setagaya-ku, Kurashiki-shi, Oishida-machi, Hakuba-mura
_JA_ROMAN_RE = re.compile(rf"\b(?P<n>[{UP}][a-z]+)-(?P<s>ku|shi|cho|machi|mura)\b")
_CAPS_RE = re.compile(rf"(?<![\w-]){_NAME}")
#: the words of a place's name, capitalised or small (Dar es Salaam), and a small word inside one
_NAME_PIECE = re.compile(rf"(?<![\w'’-])(?:{WORD}|{_PARTICLES})(?![\w'’-])")
_PARTICLE_INSIDE = re.compile(rf"\s(?:{_PARTICLES})\s")
#: what makes a saint's name no town: the building or day it names (``the church of St. Paul``, ``St. Mary's``)
_SAINT_NOT_TOWN_BEFORE = re.compile(r"(?i:\b(?:church|cathedral|chapel|basilica|abbey|parish|feast|day|school|college|"
                                    r"hospital|order|gospel|letter)\s+of\s+(?:the\s+)?)$")
_SAINT_NOT_TOWN_AFTER = re.compile(r"['’]s\b|\s+(?:Church|Cathedral|Chapel|Basilica|Abbey|Hospital|School|College|University|"
                                   r"Street|St\.|Avenue|Ave\.|Road|Rd\.|Day|Parish|Park)\b")
#: a place name opened by an abbreviated word with its stop: ``St. Paul``, ``Ste. Genevieve``, ``Mt. Vernon``, ``Ft. Myers``
_ABBREVIATED_FIRST = re.compile(rf"(?<![\w-])(?P<a>St\.|Ste\.|Mt\.|Ft\.) (?P<n>{WORD}(?: {WORD})?)")
_TIE_PARTNER = re.compile(rf"(?i:{TIE_RE.pattern})[”\"’']?(?:\s+in\s+(?:the\s+)?{WORD}(?:\s+{WORD})?,\s+|,\s+(?=[{UP}])|"
                          rf"\s+(?:is|was|remains|has\s+been)\s+(?=[{UP}])|"  # (our twin town is Vouvray)
                          r"\s+(?P<p>(?:relationships?\s+|ties\s+|links?\s+|agreements?\s+|charters?\s+|pacts?\s+|"
                          r"accords?\s+|bonds?\s+|partnerships?\s+|celebrations?\s+|anniversary\s+|"
                          rf"visit\s+|trip\s+)?(?:to|with|of)\s+(?:both\s+)?(?:the\s+)?)?)(?P<n>{_NAME})")
#: (also an apposition: ``the twin town in France, St Omer``, ``the French twin town, Vimoutiers``)
#: the names listed after a tie's first partner: ``a partnership with both Alzey and Cosne``, ``…with A, B and C``
_MORE_PARTNERS = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<n>{WORD}(?:\s+{WORD})?)")
#: a town's name led by a compass word (``South Taranaki District Council``): the compass word is part of it
_COMPASS_LED = re.compile(rf"(?:North|South|East|West)\s+{WORD}")
#: an area led by a compass word and named by its bare council (``Northern Beaches Council``, ``Inner West Council``,
#: ``Central Coast Council``): a local government, though no level word says so
_COMPASS_COUNCIL = re.compile(rf"(?<![\w-])(?P<n>(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Inner)"
                              rf"\s+{WORD})\s+Council\b")
_GOVERNMENT_OF = re.compile(rf"(?<![\w-])(?P<n>{WORD}(?:[ \t]+{WORD}){{0,2}})[ \t]+{GOVERNMENT_OF_PLACE}")
_TIE_OWNER = re.compile(rf"(?<![\w-])(?P<n>{_NAME})['’]s\s+(?:(?:[\w-]+\s+){{0,2}}(?i:sister|twin|friendship|partner)|"
                        rf"{CIVIC_OF_PLACE})")
#: a town named by the local title right after it and before a full name: ``Marquette mayor Sally Davis``
#: initials (``HGTA``, ``UCLG``): an organisation's short name, never a town the gazetteer lacks
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_PLACE_BEFORE_TITLE = re.compile(rf"(?<![\w-])(?P<n>(?:(?:San|Santa|Santo|São|Sao|Port|Puerto|Porto|Saint|St\.?|Fort|Mount|"
                                 rf"Mont|New|North|South|East|West|La|Las|Los|El)[ \t]+)?"  # San Luis Potosí Mayor
                                 rf"{WORD}(?:[ \t]+(?!Lord\b|Vice\b|Deputy\b|Interim\b|Acting\b|Executive\b|District\b){WORD})?)[ \t]+"
                                 rf"(?:[Dd]eputy[ \t]+|[Vv]ice[ \t-]+|Lord[ \t]+|[Ii]nterim[ \t]+|[Aa]cting[ \t]+|Executive[ \t]+|"
                                 rf"District[ \t]+)?"
                                 rf"[Mm]ayor,?[ \t]+(?:[Cc]llr\.?[ \t]+|[Cc]ouncill?or[ \t]+)?{TITLE_HONORIFICS}{WORD}[ \t]+{WORD}")
# (Westbury mayor cllr A B; Wertheim Lord Mayor A B; Godmanchester mayor, Cllr A B; Makana Executive Mayor, A B)
#: a town named by its mayor's title before a verb, as headlines write it: ``Ludlow Mayor visits twin town``
_PLACE_MAYOR_ACTS = re.compile(rf"(?<![\w-])(?P<n>{WORD}(?:[ \t]+{WORD})?)[ \t]+(?:Deputy[ \t]+|Lord[ \t]+)?[Mm]ayor[ \t]+"
                               r"(?i:visits|welcomes|hosts|signs|meets|attends|greets|leads|heads|travels|thanks|"
                               r"receives|celebrates|opens|joins|honou?rs|returns|goes|flies)\b")
#: two places a tie names as one pair before its phrase: ``the Tachikawa/San Bernardino Sister City program``
_SLASH_PAIR = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s*[/–]\s*(?P<b>{_NAME})\s+(?i:sister|twin|friendship)")
#: two places a tie joins, named as its subject: ``Alnwick and Voerde have been twin towns since 2009``
#: the town a twinning delegation comes from, in a sentence about a tie (``A delegation from Kilcullen travelled to …
#: for the twinning``, ``Kilcullen's twinning delegation``, ``Eleven people from Eppstein spent …``, ``Twelve delegates
#: arrived Monday from Hekinan``): a place (not ``Kim's delegation``, nor ``a delegation from
#: Samsung`` with no tie said)
_DELEGATION_FROM = re.compile(rf"\b(?:delegation|delegates|contingent|visitors|(?:people|residents|citizens|pupils|students|"
                              rf"members)(?=\s+(?:arrived\s+(?:[A-Z][a-z]+day\s+)?)?from\s))"
                              rf"(?:\s+arrived(?:\s+[A-Z][a-z]+day)?)?\s+from\s+(?P<n>{WORD}(?:\s+{WORD})?)"
                              r"(?=\s*[,.;]|\s+(?:travel\w*|arriv\w*|visit\w*|came|come\w*|will|is|are|was|were|has|"
                              r"have|had|led|headed|to|in|on|for|and|spent)\b)|"
                              r"(?<![\w-])(?<!Mayor\s)(?<!Governor\s)(?<!Councillor\s)(?<!Cllr\s)(?<!President\s)"
                              r"(?<!Chairman\s)(?<!Mr\s)(?<!Mr\.\s)(?<!Mrs\s)(?<!Ms\s)(?<!Dr\s)"
                              rf"(?P<a>{WORD})['’]s\s+(?i:twinning|twin[- ]town|sister[- ]cit(?:y|ies))\s+delegation\b")
#: a place that is the subject of having ties, at the start of a sentence: ``Harpenden has twinning links with …``
_HAS_TIES = re.compile(rf"^(?P<n>{WORD}(?:\s+{WORD})?)\s+(?:has|have|had|maintains|maintained|keeps|kept)\s+(?:[\w-]+\s+){{0,5}}?"
                       rf"(?i:twinning|twinned|twin\s+(?:towns?|cit(?:y|ies))|sister\s+(?:towns?|cit(?:y|ies))|"
                       rf"partnerships?|partner\s+(?:towns?|cit(?:y|ies)))\b[^.]{{0,40}}\bwith\b")
#: a place that opens a sentence (or a clause after ``that``) and is called another's partner: ``Velmora has been Ann
#: Arbor's sister city since 1985``, ``Velmora became a sister city of Ann Arbor``, ``Velmora is one of Ann Arbor's twin
#: towns``; not the tie's programme or people (``Jane Roe is the sister city coordinator``)
_SUBJECT_IS_PARTNER = re.compile(rf"(?:^|\bthat\s+)(?!(?:Ours|Theirs|Mine|Yours|Hers|His|Its|It|One|This|That|Each|Both|"
                                 r"Another|Neither|Either|None|Which|Who|What|All|Some|Many|Two|Three|Four|Five|There|"
                                 rf"Here)\b)(?P<n>{WORD}(?:\s+{WORD}){{0,2}})\s+(?:is|was|has\s+been|had\s+been|"
                                 r"became|has\s+become|remains|will\s+become|officially\s+became)\s+"
                                 rf"(?:(?:one\s+of\s+)?(?:{WORD}\s+){{0,2}}{WORD}['’]s?|an?|the)\s+"
                                 r"(?:(?:first|oldest|newest|latest|official|only|longest[- ]standing)\s+)?"
                                 r"(?i:sister|twin|friendship|partner)[- ](?:city|cities|town|towns|municipality|county|province)"
                                 r"(?=\s*[,.;]|\s*$|\s+(?:of|to|since|in|for|and|with)\b)")
#: a place that opens a sentence hosting visitors from its partner (``Brookfield welcomed a delegation from its sister
#: city, Kakegawa``, ``Millbrook is hosting a group of students from its twin town``): the host is a place
_HOSTS_FROM_PARTNER = re.compile(rf"^(?P<n>{WORD}(?:\s+{WORD})?)\s+{HOSTS_VISITORS}\s+from\s+(?:its|their)\s+"
                                 r"(?:[\w-]+\s+)?(?:sister|twin|friendship|partner)[- ](?:city|town|county|municipality|"
                                 r"district|province|prefecture)\b")
#: (not a school or a club hosting its partner school's pupils: ``Lincoln Elementary welcomed … its sister school``)
#: a place that opens a sentence as the subject of a tie stated with its partner: ``Melksham is twinned with Avon``,
#: ``Corsham celebrated 30 years of twinning with Pontivy``, ``Dolores Hidalgo signed a twinning agreement with …``
_SUBJECT_TIES = re.compile(rf"^(?:(?:Since|In|By|Back\s+in)\s+(?:[A-Z][a-z]+\s+)?\d{{4}},\s+|(?:{SENTENCE_ADVERBS}),\s+)?(?P<n>{WORD}(?:\s+{WORD}){{0,2}})(?:['’]s\s+(?:leaders|council|councillors|officials|"
                           r"residents|people))?(?P<where>,\s+(?:in|near)\s+(?:the\s+)?[A-Z][\w'’ -]{1,40}?,)?"
                           r"\s+(?P<v>is|was|has\s+been|had\s+been|will\s+be|became|"
                           r"is\s+celebrating|celebrated|celebrates|will\s+celebrate|marked|marks|is\s+marking|has\s+signed|"
                           r"signed|inked|has\s+inked|formally\s+signed|officially\s+signed|"
                           r"(?:has\s+|have\s+)?(?:voted|agreed|decided)\s+to|is\s+to|will)\s+"
                           r"(?:[\w-]+\s+){0,6}?"
                           r"(?i:twinned|twinning|twin(?=\s+with\b)|sister[- ](?:city|town|cities|towns)|friendship[- ](?:city|town)|"
                           r"town[- ]twinning)\b[^.;]{0,40}?\bwith\s+(?:the\s+)?[A-Z]")
#: a place that is twinned inside a clause, not at the sentence's start: ``Despite Hounslow being twinned with …``,
#: ``… that Hounslow twinned with the suburb of …``, ``…, with which Hounslow has been twinned since 1982``
_CLAUSE_SUBJECT_TIE = re.compile(rf"(?:^|\b(?i:despite|that|which|when|after|since|as|while|because|although|until)\s+)"
                                 r"(?!(?:Despite|That|Which|When|After|Since|As|While|Because|Although|Until|It|He|She|"
                                 r"They|We|This|The)\b)"
                                 rf"(?P<n>{WORD}(?:\s+{WORD}){{0,2}})\s+(?P<aux>(?:(?:is|was|were|has\s+been|had\s+been|"
                                 r"have\s+been|being|first|officially|formally|originally)\s+){0,3})twinned\s+"
                                 r"(?=with\s+(?:the\s+)?[A-Z]|since\b|in\s+\d)(?:with|since|in)\b")
#: (twinned with a capitalised name, since, in a year: not ``Year Six was twinned with a class in Nantes``)
#: (with no auxiliary, ``X twinned with``, only before a known place or a place word: ``twinned with the Parisian
#: suburb of …``; not ``Smith twinned with Jones in the doubles``)
_TWINNED_WITH_PLACE = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:town|city|suburb|commune|village|municipality|"
                                 r"borough|district|county|province|region)\s+of\b")
#: (also the town's people as the subject, and a tie to make: ``Kilrush's leaders voted to twin with X``; and after a
#: fronted year: ``Since 2004, Saline has been twinned with Lindenberg``)
#: a place made a partner: ``voted to make Xicheng a sister city of Pasadena``, ``to also make the Tibetan capital,
#: Lhasa, a sister city`` (whether the tie is made is the tie reader's to say)
_MADE_PARTNER = re.compile(rf"\bmak(?:e|es|ing)\s+(?:the\s+[\w\s-]{{0,40}}?,\s+)?(?P<n>{_NAME})\s*,?\s+(?:a|an|its|their|"
                           r"another)\s+(?:\w+\s+)?(?i:sister|twin|friendship|partner)[- ](?:city|town)"
                           r"(?=\s+(?:of|with|to|for|in|and)\b|\s*[,.;]|\s*$)")  # (not: a sister city ambassador)
#: the places of plural titles (``The mayors of Mazatlán and Dolores Hidalgo, …``): both are places
_TITLES_OF_PAIR = re.compile(rf"\b(?i:mayors|governors|deputy\s+mayors|vice\s+mayors)\s+of\s+(?:the\s+)?(?P<a>{_NAME})\s+and\s+"
                             rf"(?:the\s+)?(?P<b>{_NAME})(?=\s*[,.;]|\s+(?:signed|met|have|had|were|are|will|agreed)\b)")
_PAIR_OF_TITLED_PAIR = re.compile(rf"\b(?i:mayors|governors)\s+{WORD}(?:\s+{WORD}){{1,3}}\s+and\s+{WORD}(?:\s+{WORD}){{1,3}}\s+of\s+"
                                  rf"(?:the\s+)?(?P<a>{_NAME})\s+and\s+(?:the\s+)?(?P<b>{_NAME}),?\s+respectively\b")
#: two places sharing one plural office word (``the Mandaue and Cauayan City Councils``): both are places
_SHARED_OFFICE = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?i:city|town|municipal|county)\s+"
                            r"(?:Councils|councils|Governments|governments|Halls|halls|Mayors|mayors)\b")
#: two places after a plural place word (``the cities of Lusaka and Ekurhuleni``, ``the towns of A and B``)
_PLACES_OF_PAIR = re.compile(rf"\b(?i:cities|towns|municipalities|counties|districts)\s+of\s+(?P<a>{_NAME})\s+and\s+(?:the\s+)?"
                             rf"(?P<b>{_NAME})\b")
#: two places recognised, designated or declared partners (``to recognise A and B as sister cities``)
_PAIR_RECOGNISED = re.compile(rf"\b(?:recogni[sz](?:e|es|ed|ing)|designat(?:e|es|ed|ing)|declar(?:e|es|ed|ing))\s+"
                              rf"(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+as\s+(?:\w+\s+)?(?i:sister|twin|friendship|partner)")
#: an adverb between a pair of subjects and their verb (``Cranston and Itri first agreed to become …``)
_PAIR_ADVERB = r"(?:(?:first|officially|formally|initially|originally|later|then|also|finally|jointly|both)\s+)?"
_PAIR_SUBJECT = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+{_PAIR_ADVERB}(?:have\s+been|are|became|were|"
                           rf"(?:will|would|shall)\s+become|ha(?:ve|d)\s+become|(?:agreed|decided|plan|planned|are\s+set|"
                           rf"are\s+to|were\s+to|hope|voted)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{{4}}\s+)?to\s+"
                           rf"(?:become|form|establish|create|forge)(?:\s+(?:a|an|the))?|"
                           # (Iron Mountain and Ascoli Piceno adopted each other as sister cities)
                           rf"(?:officially\s+)?(?:adopted|named|declared|recognized|recognised)\s+each\s+other(?:\s+as)?)"
                           rf"\s+(?:\w+\s+)?(?i:sister|twin|friendship|partner)"
                           # (a tie of places: sister cities, twin towns, a friendship city relationship; not a
                           # partnership on fuels, partners in a law firm, a friendship fund)
                           r"(?=[\s-]+(?i:cit(?:y|ies)|towns?|provinces?|states?|prefectures?|communit(?:y|ies)|municipalit|"
                           r"count(?:y|ies)|regions?|districts?|villages?|shires?))"
                           # (not: agreed to form a sister city committee, a body)
                           r"(?![\w-]*(?:[\s-]+(?:city|cities|town|towns|community|communities))?\s+(?i:committee|"
                           r"association|society|club|program|programme|group|commission|board|foundation|network))")
#: two places that sign a tie together, one of them known: ``Gumi and Bundaberg signed a sister city agreement``
#: (the unknown one is a place because a known place shares the subject; two unknown names may be two people)
_PAIR_SIGNS = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})(?:\s+(?:province|prefecture|state|county|city))?\s+"
                         rf"(?:have\s+|had\s+|will\s+|officially\s+)?"
                         rf"{SIGN_VERB}\s+(?:[\w-]+\s+){{0,4}}?(?i:sister|twin(?:ning)?|friendship|partner|friendly)\b")
#: two places twinned together, one of them known (``Ashford and Bayeux have been twinned since 1958``) or both
#: twinned with a third (``Harpenden and Welwyn have been twinned with Alzey``)
_PAIR_TWINNED = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?:(?:have|had|has)\s+been|are|were|became|"
                           r"got)\s+(?:officially\s+|formally\s+)?twinned\b")
#: words of a sentence that twins things other than towns (clubs and their fans, schools and their pupils)
_NOT_TOWNS_TWINNED = re.compile(r"(?i)\b(?:supporters|fans|ultras|clubs?|teams?|schools?|pupils|students|parishes|"
                                r"churches|choirs?|bands?|football|rugby)\b")
#: how long a pair has been twinned (``since 1998``, ``in 1975``, ``for 25 years``)
_TWINNED_SINCE = re.compile(r"\s+(?:(?:since|in)\s+(?:19|20)\d\d\b|for\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years\b)")
#: two places that became a pair of partners, one of them known (``Aurora and Leksand officially became ‘twins’``,
#: ``… became sister cities``, ``are twin towns``)
_PAIR_BECAME = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?:(?:have|had)\s+)?(?:officially\s+|formally\s+)?"
                          r"(?:became|become|are|were)\s+(?:officially\s+|formally\s+)?[‘'\"“]?"
                          r"(?:twins|(?:sister|twin|friendship|partner)\s+(?:cities|towns|communities|municipalities))\b")
#: two places that celebrate their tie together, one of them known: ``Pasco and Yachiyo celebrated 30 years as sister
#: cities``, ``… marked the 30th anniversary of their twinning``
_PAIR_CELEBRATES = re.compile(rf"(?<![\w-])(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})\s+(?:have\s+|had\s+|will\s+|recently\s+)?"
                              r"(?:celebrat(?:ed|e|es|ing)|mark(?:ed|s)?|commemorat(?:ed|e|es)|observ(?:ed|e|es)|"
                              r"beg(?:an|in)|start(?:ed)?|launch(?:ed)?|establish(?:ed)?|form(?:ed)?|renew(?:ed)?)\s+"
                              r"(?:[\w-]+\s+){0,6}?(?i:sister|twin(?:ning|ned)?|friendship|partner)")
#: a town the gazetteer lacks, named as what is visited in a sentence about a tie (``visited Limerick for the twinning
#: anniversary``, ``travelled to Bayeux, its twin town``)
_VISITED_TOWN = re.compile(rf"\b(?:{VISIT_WORDS_BEFORE})\s+"
                           rf"(?P<n>{WORD}(?:[ \t]+{WORD})?)(?=\s*[,.;:]|\s+(?:on|in|for|to|last|this|next|with|from|and|where)\b)")
#: a town the gazetteer lacks, written with its US state (``Pasco, Washington,``): a town in the US
_TOWN_STATE = re.compile(rf"(?<![\w-])(?P<n>{WORD}(?:\s+{WORD}){{0,2}}),\s+(?P<st>{WORD}(?:\s+{WORD})?)"
                         r"(?=\s*[,.;)]|\s*$|\s+(?:since|in|on|for|to|at|from|with|has|have|had|is|was|will)\b)")
#: a place named by a local title: Mayor Jane Roe of Harpenden, Governor X of Arkansas, the Mayor of Harpenden
_LOCAL_TITLES = "|".join(t.words for t in TITLES if t.body in ("city", "province"))
_TITLE_OF = re.compile(rf"\b(?i:{_LOCAL_TITLES})\s+(?:(?:{WORD}|bin|ibn|van|von|de|der|den|al|el|da|di|du)\s+){{0,5}}"
                       rf"of\s+(?:the\s+)?(?P<n>{WORD}(?:\s+(?:(?:{NAME_INNER_WORDS})\s+{_NOT_AFTER_PARTICLE})?{WORD}){{0,4}})")
# (Mayor Anna van der Berg of Delft; the Mayor of Weil am Rhein: a small word inside the place's name; Lord
#: Mayor of Port Selwyn Arun Mehta: a two-word place and a two-word name, split by _place_before_name)
#: a town named in a line written in capitals (council resolutions): after CITY OF, up to a comma or a verb
_SHOUTED_TOWN = re.compile(r"\b(?:CITY|TOWN|VILLAGE|COUNTY|MUNICIPALITY) OF (?!THE\b)(?P<n>[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}?)"
                           r"(?=,|\.|$|\s+(?:ESTABLISHING|APPROVING|AUTHORIZING|ADOPTING|AND|TO|FOR|WITH|IN|ON|AT|IS|AS)\b)")


def _shouted(text: str) -> bool:
    """A line written in capitals (``A RESOLUTION OF THE CITY COUNCIL …``).

    >>> _shouted("A RESOLUTION OF THE CITY OF TORRANCE"), _shouted("The City of Torrance")
    (True, False)
    """
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


#: a compass word after a name that makes it a province's (Philippine, Latin American usage)
_COMPASS_PROVINCE_AFTER = re.compile(r"(?i:\s+(?:del|de)\s+(?:Sur|Norte|Este|Oeste)\b|\s+(?:Occidental|Oriental)\b)")
#: a town written after its country's possessive (``Israel's Kiryat Yam``): a place in that country
_COUNTRYS_TOWN = re.compile(rf"(?<![\w-])(?P<c>{WORD}(?:\s+{WORD})?)['’]s\s+(?P<n>{WORD}(?:\s+{WORD}){{0,2}})"
                            r"(?=\s*,|\s+(?:and|have|has|signed|signs?|became|are|were|will|agreed|agree|celebrat\w*|"
                            r"marks?|marked|hosts?|hosted|holds?|held|renew\w*)\b)")  # (a party of the tie; a headline's
# present: Hoi An, Germany's Wernigerode celebrate …)
#: a place written right after a town's name (``Warminster, Wiltshire``, ``X in Y``, ``X (Y)``)
_PLACED_AFTER = re.compile(r"(?:,\s*|\s+in\s+|\s*\(\s*)[A-Z]")
#: two town names joined by a plain hyphen in a list after the tie (``sister city relations between Delhi-Beijing,
#: Bengaluru-Chengdu and Kolkata-Kunming``)
_HYPHEN_PAIR_LISTED = re.compile(r"(?<![\w-])(?P<a>(?:(?:San|Santa|Los|Las|New|Fort|Port|St\.?|Saint|El|La|Le|Mount) )?"
                                 r"[A-Z][\w'’]+)-(?P<b>[A-Z][\w'’]+)(?=\s*(?:,|\band\b|\bto\b|[.;:]|$))")
#: (the first town may have a leading word of a two-word name: ``San Diego-Yokohama``, ``New Orleans-Matsue``)
#: two town names joined by a plain hyphen before a tie word (``the Lyon-Birmingham twinning``)
_HYPHEN_PAIR = re.compile(r"(?<![\w-])(?P<a>[A-Z][\w'’]+)-(?P<b>[A-Z][\w'’]+(?: [A-Z][\w'’]+)?)"
                          r"(?=\s+(?:(?i:sister|twin|friendship|partner)[\w-]*|(?i:twinning)|town twinning|link|relationship|"
                          r"partnership|friendship|ties|friendly\s+(?:cooperation|relations|ties|exchanges?)|cooperation)\b)")
#: a tie word right after a hyphen pair that makes two unknown names towns (not ``cooperation`` or ``link`` alone)
_TWINNING_AFTER = re.compile(r"\s+(?i:twinning|town twinning|twin[- ]town|sister[- ]cit(?:y|ies)|friendship[- ]cit(?:y|ies))\b")
#: the combining forms of nations (``Franco-German``, ``Sino-Korean``): no towns
_COMBINING_FORMS = frozenset("Anglo Franco Sino Russo Italo Hispano Indo Euro Afro Austro Germano Nippo Greco Judeo Luso "
                             "Korean Japanese Chinese German French British American".split())
#: small words written with a capital in a title-case headline: never inside a place's name before its suffix
_TITLE_CASE_FUNCTION_WORDS = frozenset("And Or Of The Between With For To From In On At By As Into Over".split())
#: a country whose name joins two names with ``and`` (Trinidad and Tobago, Saint Vincent and the Grenadines)
_AND_COUNTRY = re.compile(rf"(?<![\w-])(?:(?:St\.?|Saint)\s+)?{WORD}(?:\s+{WORD})?\s+and\s+(?:the\s+)?{WORD}")
_LEVEL = {p.name: p.level for p in PLACE_SUFFIXES} | {n: lvl for n, _, lvl in PLACE_PREFIXES}


def _place_before_name(ctx: Ctx, name: str) -> str:
    """The place in ``Mayor of Kingston Marla Dunstan`` (no comma before the name): the first words when they
    are a known place, or are written alone elsewhere in the article, and two or more name words follow.

    >>> from types import SimpleNamespace as NS
    >>> gz = NS(lookup=lambda n, lang=None: [1] if n == "Kingston" else [])
    >>> art = "Mayor of Karasu Kerem Yalcin spoke. Karasu and Kara-Suu signed."
    >>> _place_before_name(NS(gz=gz, text="x"), "Kingston Marla Dunstan"), _place_before_name(NS(gz=gz, text=art),
    ...     "Karasu Kerem Yalcin"), _place_before_name(NS(gz=gz, text="x"), "San Luis Obispo")
    ('Kingston', 'Karasu', 'San Luis Obispo')
    """
    words = name.split()
    for k in range(len(words) - 2, 0, -1):  # the longest place first (San Luis Obispo, not San Luis, before Erica Stanton)
        head, rest = " ".join(words[:k]), words[k:]
        if any(w in NAME_STOP for w in rest):
            continue
        if ctx.gz.lookup(head, lang="en") or re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])(?!\s+{re.escape(rest[0])})",
                                                       ctx.text):
            return head
    return name


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, list[Cand]]:
    """Foreign towns under the gazetteer's size limit, by English name: used only when a sentence says
    the name is a place (the gazetteer leaves them out because so many are also common words)."""
    from ..names import loader

    out: dict[str, list[Cand]] = {}
    for fc in loader.foreign_cities():
        if fc.population < 50_000 and len(fc.name_en) >= 4:
            out.setdefault(fc.name_en.lower(), []).append(
                Cand(city_iri(fc.country, fc.name_en), "City", fc.country, "foreign", fc.name_ko, fc.name_en, "",
                     fc.population, "city"))
    return out


def pick(cands: list[Cand], *, provinces: frozenset[str] = frozenset(),
         countries: frozenset[str] = frozenset()) -> Cand | None:
    """The candidate a bare name most likely means; None for a Korean homonym the text does not settle.

    ``provinces``: the Korean provinces the article names (``경기도``), which settle a homonym
    (``Gwangju City`` with Gyeonggi Province named is 경기 광주시, not 광주광역시; with none named, the
    metropolitan city). ``countries``: the countries the article names, which settle a foreign homonym
    (``San Juan`` in an article about the Philippines is the Philippine city, not Puerto Rico's)."""
    as_country = [c for c in cands if c.type == "Country"]
    if as_country:
        return as_country[0]
    stored = [c for c in cands if c.kind == "store"]
    if len({c.iri for c in stored}) == 1:
        return stored[0]
    kr = [c for c in cands if c.country == "KR"]
    if len({c.iri for c in kr}) == 1:
        return kr[0]
    in_named = {c.iri: c for c in kr if c.province in provinces}
    if len(in_named) == 1:
        return next(iter(in_named.values()))
    metropolitan = {c.iri: c for c in kr if c.level == "sido"}
    if len(metropolitan) == 1 and not in_named:  # Gwangju with no province named: the metropolitan city
        return next(iter(metropolitan.values()))
    if kr:
        return None
    named = [c for c in cands if c.country in countries]
    if named and len({c.country for c in cands}) > 1:
        return max(named, key=lambda c: c.population)
    return max(cands, key=lambda c: c.population) if cands else None


def countries_named(ctx: Ctx) -> frozenset[str]:
    """The countries the article names (``the Philippines``, ``Philippine``, ``Japan``), by their codes."""
    if ctx.countries is not None:
        return ctx.countries
    out: set[str] = set()
    for m in re.finditer(r"\b[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2}\b", ctx.text):
        words = m.group(0).split()
        for k in range(len(words), 0, -1):
            found = [c.country for c in ctx.gz.lookup(" ".join(words[:k]), lang="en") if c.type == "Country"]
            if found:
                out.update(x for x in found if x)
                break
        if words[0].lower() in DEMONYMS:
            out.add(DEMONYMS[words[0].lower()])
    ctx.countries = frozenset(out - {"KR"})
    return ctx.countries


def _surname_elsewhere(ctx: Ctx, name: str, *, within: tuple[int, int] = (0, 0)) -> bool:
    """``name`` is written elsewhere (not ``within`` the name being read) after a given name (``Mayor Ann Holt``):
    a surname, not a town."""
    return any(w.group(1) not in PLACE_STOP and w.group(1) not in _TITLE_CASE_FUNCTION_WORDS and
               w.group(1) not in TOWN_FIRST_WORDS and not title_of_any(w.group(1)) and
               not ctx.gz.lookup(w.group(1), lang="en") and not within[0] <= w.start() < within[1]
               for w in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", ctx.text))


def _country_near(ctx: Ctx, sent: Sentence, end: int, *, regions: bool = True) -> str | None:
    """``X, Japan`` / ``X in Japan`` / ``X of South Korea``: the country right after a name (with ``regions``, also
    the country of a state or province there: ``Santa Clara, California``)."""
    m = re.match(r"(?:,\s*(?:in\s+)?|\s+(?:in|of)\s+|\s*\(\s*)(?:the\s+)?(?P<c>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})", sent.text[end - sent.start:])
    if not m:
        return None
    joined = _AND_COUNTRY.match(sent.text, end - sent.start + m.start("c"))
    country = next((c for c in ctx.gz.lookup(joined.group(0), lang="en") if c.type == "Country"), None) if joined else None
    if country is not None:  # Basseterre, St Kitts and Nevis
        return country.country
    words = m.group("c").split()
    words[-1] = words[-1].rstrip(".") if words[-1] not in ("U.S.", "U.K.") else words[-1]
    for k in range(len(words), 0, -1):
        cands = [c for c in ctx.gz.lookup(" ".join(words[:k]), lang="en") if c.type == "Country"]
        if cands:
            return cands[0].country if k == len(words) else None  # (New Zealand Trade Board: a body's name)
    for k in range(len(words), 0, -1) if regions else ():  # Santa Clara, California: a state names its country
        head = " ".join(words[:k])
        dotted = m.group("c").endswith(".") or sent.text[end - sent.start + m.end("c"):][:1] == "."
        head = AP_STATES.get(head, head) if k == 1 and dotted else head  # Riverton, Calif.
        of_region = {c.country for c in ctx.gz.lookup(head, lang="en") if c.kind == "region"}
        if len(of_region) == 1:
            return of_region.pop() if k == len(words) else None  # (Tuesday, Hunan Daily reported: a paper)
    return None


class _Scan:
    def __init__(self, ctx: Ctx, sent: Sentence) -> None:
        self.ctx, self.sent = ctx, sent
        self.taken: list[tuple[int, int]] = [(m.start, m.end) for m in ctx.mentions if sent.start <= m.start < sent.end]

    def free(self, s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in self.taken)

    def _inside_known_name(self, s: int, e: int) -> bool:
        """True when ``s:e`` is only a part of a longer name the gazetteer knows as a place, written with a small
        word inside (``Dar`` and ``Salaam`` of Dar es Salaam)."""
        text = self.ctx.text
        lo, hi = max(self.sent.start, s - 24), min(self.sent.end, e + 24)
        words = [(w.start(), w.end()) for w in _NAME_PIECE.finditer(text, lo, hi)]
        for i, (a, _) in enumerate(words):
            for _a2, b in words[i + 2:i + 6]:
                if a <= s and e <= b and (a, b) != (s, e) and _PARTICLE_INSIDE.search(text, a, b) and \
                        any(c.type == "City" for c in self.ctx.gz.lookup(text[a:b], lang="en")):
                    return True
        return False

    def add(self, s: int, e: int, surface: str, iri: URIRef, typ: EntityType, kind: MentionKind, *, level: str = "city",
            alt: str = "") -> Mention | None:
        word_like = WORD_LIKE_PLACES.get(surface)
        if word_like is not None and word_like.match(self.ctx.text, e):
            return None  # the 2019 Rugby World Cup, a rich Norman heritage: the everyday word, no place
        if kind == "new" and (describing_adjective(surface) or surface.lower() in WORLD_REGIONS
                              or surface.split()[0].strip(",") in NEW_PLACE_LEAD_STOP
                              or (surface in AP_STATES and self.ctx.text.startswith(".", e))):  # (Brandon, Man.)
            return None  # twinning with European towns: a continent's or a nation's adjective names no place (nor
            # does a determiner or an adverb: A city of 600,000 people, Indeed, …)
        if kind == "new" and self._inside_known_name(s, e):
            return None  # Dar es Salaam Mayor X: a part of a known name with a small word inside, no town of its own
        words = surface.split()
        if kind == "new" and words[0] in OFFICE_FIELD_WORDS and OFFICE_BEFORE_FIELD.search(self.ctx.text, max(0, s - 30), s):
            return None  # Mayor of Technical and Environmental Affairs: the office's field, no town
        if kind == "new" and re.fullmatch(r"[A-Z]", words[0]) and re.search(r"[A-Z]\.$", self.ctx.text[max(0, s - 2):s]):
            return None  # the U.S State of Maryland: the end of an abbreviation that lost its stop, no town's name
        meant = LEVEL_WORD_TYPOS.get(words[-1]) if kind == "new" and len(words) >= 2 else None
        known = sorted((c for c in self.ctx.gz.lookup(" ".join(words[:-1]), lang="en") if c.type == "City"),
                       key=lambda c: (c.level == "region") != (meant in ("Prefecture", "Province"))) if meant else []
        if known:  # Ulju Country: the known county, its level word misspelt (a region for a misspelt Prefecture)
            iri, typ, kind = known[0].iri, "City", known[0].kind
        if kind == "new" and (words[-1] in TIE_WORDS_ENDING_NO_NAME or any(w in DOCUMENT_NAME_WORDS for w in words)):
            return None  # Granard Twinning (a heading): a tie word ends no town's name, and no document's word is
            # in one (Local Government Twinning Relationships)
        if kind == "new" and any((g := GLUED_FUNCTION_WORD.fullmatch(w)) is not None and self.ctx.gz.lookup(g.group(1), lang="en")
                                 for w in words):
            return None  # Chongqingis, Vietnamand Chongqing: a known name glued to the word after it (a page that
            # lost its spaces), no new town
        part = COMPASS_PART.fullmatch(surface) if kind == "new" else None
        country = next((c for c in self.ctx.gz.lookup(part.group(1), lang="en") if c.type == "Country"), None) \
            if part is not None else None
        if country is not None:  # Northeast China's Jilin province: a part of a country, no new place
            iri, typ, kind = country.iri, "Country", "country"
        elif part is not None and any(c.level == "region" for c in self.ctx.gz.lookup(part.group(1), lang="en")):
            return None  # Southern California's sister cities: a part of a state or province, no place of its own
        if kind == "new" and typ == "City":  # RIVERTON, Calif. … the City of Riverton: one town, with its country
            # (but Warminster, Wiltshire and Warminster, USA: a town placed apart is another town of that name)
            same = [x for x in self.ctx.mentions if x.type == "City" and x.kind == "new" and
                    x.surface.lower() == surface.lower() and x.iri != iri]
            placed = next((x.iri for x in same if "/zz/" not in str(x.iri)), None)
            if "/zz/" in str(iri) and placed is not None and not _PLACED_AFTER.match(self.ctx.text, e):
                iri = placed
            elif "/zz/" not in str(iri):
                for x in same:
                    if "/zz/" in str(x.iri) and not _PLACED_AFTER.match(self.ctx.text, x.end):
                        x.iri = iri
        m = Mention(s, e, surface, iri, typ, kind)
        self.ctx.levels[s] = level
        self.ctx.mentions.append(m)
        self.taken.append((s, e))
        if alt:
            self.ctx.alts.setdefault(iri, set()).add(alt)
        return m


def _known(gz: Gazetteer, name: str, *, cc: str | None = None, ko_suffix: str = "",
           provinces: frozenset[str] = frozenset(), countries: frozenset[str] = frozenset()) -> Cand | None:
    cands = [c for c in gz.lookup(name, lang="en") if c.type == "City"]
    if ko_suffix:
        cands = [c for c in cands if c.country != "KR" or c.name_ko.endswith(ko_suffix)]
    if cc:
        cands = [c for c in cands if c.country == cc] or ([] if cc != "KR" else cands)
    return pick(cands, provinces=provinces, countries=countries) if cands else None


_PROVINCE_AFTER_COMMA = re.compile(r",\s+([A-Z][a-z]+(?:-[a-z]+)?)\b")
_PROVINCE_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[a-z]+)?(?:\s+[A-Z][a-z]+)?)(?:\s+[Pp]rovince|-do)\b")


def provinces_named(ctx: Ctx) -> frozenset[str]:
    """The Korean provinces (their Hangul names) the article names in English: ``Gyeonggi Province``."""
    if ctx.provinces is not None:
        return ctx.provinces
    out: set[str] = set()
    for m in _PROVINCE_NAME.finditer(ctx.text):
        for name in (m.group(0), m.group(1)):
            out.update(c.name_ko for c in ctx.gz.lookup(name, lang="en") if c.country == "KR" and c.level == "sido")
    for m in _PROVINCE_AFTER_COMMA.finditer(ctx.text):  # Gwangju, Gyeonggi: a province's bare name after its city
        out.update(c.name_ko for c in ctx.gz.lookup(m.group(1), lang="en")
                   if c.country == "KR" and c.level == "sido" and c.name_ko.endswith("도"))
    ctx.provinces = frozenset(out)
    return ctx.provinces


def _korean_district(ctx: Ctx, base: str, suffix_ko: str, sent: Sentence, end: int) -> Cand | None:
    """``Nam-gu, Ulsan``: the 구 of the metropolitan city named beside it (or anywhere in the article)."""
    roman = next((k for k, (ko, _) in KO_ROMAN_SUFFIX.items() if ko == suffix_ko), "")
    cands = [c for c in ctx.gz.lookup(base, lang="en") or ctx.gz.lookup(f"{base}-{roman}", lang="en")
             if c.country == "KR" and c.name_ko.endswith(suffix_ko)]  # (Shinan-gun: an older spelling, with its level)
    if len({c.iri for c in cands}) <= 1:
        return cands[0] if cands else None
    after = sent.text[end - sent.start:end - sent.start + 40]
    text = ctx.text
    for scope in (after, text):
        hits = [c for c in cands if c.province and any(
            re.search(rf"\b{re.escape(p.name_en)}\b", scope) for p in ctx.gz.lookup(_province_en(ctx.gz, c.province), lang="en")
            if p.name_en)]
        if len({c.iri for c in hits}) == 1:
            return hits[0]
    return None


def _province_en(gz: Gazetteer, province_ko: str) -> str:
    for c in gz.lookup(province_ko):
        if c.name_en:
            return c.name_en
    return province_ko


#: the head of a body whose field follows it (``the Ministry of``, ``Department of``): the capitalised words after it
#: are the field, no town (``the Ministry of Home Affairs, India``)
_FIELD_OF_BODY_BEFORE = re.compile(r"\b(?:Ministry|Department|Bureau|Secretary|Minister|Commission|Agency|Office)\s+"
                                   r"(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:(?:and|&)\s+)?){0,4}$")
#: (the Ministry of Culture, Sports and Tourism, Korea: every field of the list; not the University of Velmora, Ghana)


def scan(ctx: Ctx, sent: Sentence) -> None:
    """Every city, province and country of one sentence, as mentions."""
    sc = _Scan(ctx, sent)
    t, base, gz = sent.text, sent.start, ctx.gz
    provinces = provinces_named(ctx)
    countries = countries_named(ctx)
    tie = TIE_RE.search(t) is not None or in_tie_list(ctx, sent)
    for m in _TITLE_THEN_SURNAME.finditer(t):  # Mayor Carlisle signs …: a surname after a title, no town
        if gz.lookup(m.group("n"), lang="en") or m.group("n").lower() in _small_towns():  # (Mayor Murray met: a small town)
            sc.taken.append((base + m.start("n"), base + m.end("n")))
    for m in _TITLES_THEN_SURNAMES.finditer(t):  # signed by Cllrs Morrow and Dalton: surnames, no towns
        sc.taken += [(base + m.start(g), base + m.end(g)) for g in ("a", "b")]
    for m in _ABBREVIATED_FIRST.finditer(t):  # St. Paul, St. Louis, Mt. Vernon: the stop after the short word ends no name
        for k in (2, 1):
            phrase = " ".join([m.group("a"), *m.group("n").split()[:k]])
            if len(m.group("n").split()) < k:
                continue
            cands = [c for c in gz.lookup(phrase, lang="en") if c.type == "City" and c.kind != "region"]
            s = base + m.start()
            if _SAINT_NOT_TOWN_BEFORE.search(ctx.text, max(0, s - 40), s) or \
                    _SAINT_NOT_TOWN_AFTER.match(ctx.text, s + len(phrase)) or LANDMARK_AFTER_PLACE.match(ctx.text, s + len(phrase)):
                sc.taken.append((s, s + len(m.group(0))))
                break  # the church of St. Paul, St. Mary's, St. Paul Cathedral, St. Louis Street: a saint, no town
            if cands and ctx.text[s:s + len(phrase)] == phrase and sc.free(s, s + len(phrase)):
                c = pick(cands, provinces=provinces, countries=countries)
                if c is not None:
                    sc.add(s, s + len(phrase), phrase, c.iri, "City", c.kind)
                break
        else:  # no town of that name: a saint's or a mountain's name (St. Mary, Mt. Fuji), whose last word is no town
            sc.taken.append((base + m.start(), base + m.end()))
    for m in _PARTICLE_PLACE.finditer(t):  # Angra dos Reis, Bradford on Avon, Caxias do Sul: one place, small word and all
        s, e = base + m.start(), base + m.end()
        if not sc.free(s, e) or _TITLE_BEFORE_NAME.search(t, max(0, m.start() - 30), m.start()) or \
                _HONORIFIC_BEFORE.search(t, max(0, m.start() - 12), m.start()) or (
                re.search(r"[A-Z][\w'’-]*,\s+$", t[max(0, m.start() - 30):m.start()]) and re.match(r"\s*(?:;|\.|$)", t[m.end():])):
            continue  # (Mayor Juan de Leon: a person's name; Bayog, Zamboanga del Sur;: the province that locates a town)
        known = [c for c in gz.lookup(m.group(0), lang="en") if c.type == "City"]
        if known:
            c = pick(known, provinces=provinces, countries=countries)
            if c is not None:
                sc.add(s, e, m.group(0), c.iri, "City", c.kind)
        elif tie or any(c.type == "City" for c in gz.lookup(m.group("a"), lang="en")) or re.search(
                rf"\b(?:[Mm]ayor|[Cc]ity|[Tt]own|[Mm]unicipality)\s+of\s+{re.escape(m.group(0))}\b|"
                rf"\b{re.escape(m.group(0))}\s+(?:City|Town|Municipal|Municipality)\b", ctx.text):
            # (a tie's party, a town the article calls one somewhere, or a known town's name that the small word
            # makes another town's: not Bradford)
            sc.add(s, e, m.group(0), city_iri(_country_near(ctx, sent, e) or "zz", m.group(0)), "City", "new")
    for run in _CAPS_RE.finditer(t):  # New York City, New Taipei City, Ho Chi Minh City: a known name the rules below
        words = run.group(0).split()  # would cut (its first word a stop word, or its last a suffix), read whole first
        for first in range(len(words)):
            for size in range(min(5, len(words) - first), 1, -1):
                part = words[first:first + size]
                if not (part[0] in PLACE_STOP or part[-1] in ("City", "County")):
                    continue
                phrase = " ".join(part)
                pos = base + run.start() + len(" ".join(words[:first])) + (1 if first else 0)
                cands = [c for c in gz.lookup(phrase, lang="en") if c.type == "City" and c.kind != "region"]
                if cands and ctx.text[pos:pos + len(phrase)] == phrase and sc.free(pos, pos + len(phrase)):
                    c = pick(cands, provinces=provinces, countries=countries)
                    if c is not None:
                        sc.add(pos, pos + len(phrase), phrase, c.iri, "City", c.kind)
                    break
    if _shouted(t):  # A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF TORRANCE …: a known town named in capitals
        for m in _SHOUTED_TOWN.finditer(t):
            name = m.group("n").strip()
            cands = [c for c in gz.lookup(name.title(), lang="en") if c.type == "City"]
            s = base + m.start("n")
            if cands and sc.free(s, s + len(name)):
                sc.add(s, s + len(name), name, cands[0].iri, "City", cands[0].kind)
    for m in _AND_COUNTRY.finditer(t):  # Trinidad and Tobago, Bosnia and Herzegovina: one country, no towns
        cands = [c for c in gz.lookup(m.group(0), lang="en") if c.type == "Country"]
        s = base + m.start()
        if cands and sc.free(s, s + len(m.group(0))):
            sc.add(s, s + len(m.group(0)), m.group(0), cands[0].iri, "Country", cands[0].kind)
    # the Vietnamese city of Da Lat, the State of Arkansas
    for m, raw, at in _prefixed_names(t):
        name = _trim(raw)
        if name != raw and gz.lookup(raw, lang="en"):
            name = raw  # the City of New York: a known name that starts with a stop word, whole
        s = base + at
        if not name or not sc.free(s, s + len(name)) or title_of_any(name.split()[0]):
            continue  # (the city of Mayor Jane Roe: a person after the prefix, no place)
        if any(c.type == "Country" for c in gz.lookup(name, lang="en")) and \
                re.search(r"[A-Z][\w'’.-]*\s+$", t[:m.start("p")]):
            continue  # Ho Chi Minh City of Vietnam: 'City' ends the name before, the country is that city's
            # (but the city of Lebanon, Ohio: a town named like a country)
        level = _LEVEL[next(k for k in (n for n, _, _ in PLACE_PREFIXES) if m.group(k))]
        cc = DEMONYMS.get((m.group("dem") or "").lower())
        described = m.group("dem") is not None and cc is None and m.group("p") in ("city of", "town of") and \
            not any(c.type == "Country" for c in gz.lookup(m.group("dem"), lang="en"))
        if described:  # the Mekong Delta city of Can Tho: the words before say where the city lies, no town of theirs
            sc.taken.append((base + m.start("dem"), base + m.end("dem")))
        if m.group("dem_city") and cc is None:
            continue  # host city Seoul, twin town Alzey: only a demonym makes a bare city word a prefix
        words = name.split()
        c = None
        for k in range(len(words), 0, -1):  # City of Chattanooga Signs …: the longest known start
            c = _known(gz, " ".join(words[:k]), cc=cc)
            if c is not None and k < len(words) and not _title_case(t) and \
                    not any(w in NAME_STOP or w in HEADLINE_NAME_STOP or title_of_any(w) for w in words[k:]):
                c = None  # the City of Brooklyn Center, Richmond Heights: a longer name, not the known start
                break
            if c is not None:
                name = " ".join(words[:k])
                break
        if c is None and _title_case(t):
            continue
        if c is not None and c.kind == "region" and level == "city":  # the City of New York: the city, not the state
            c = next((x for x in [*gz.lookup(name, lang="en"), *gz.lookup(name + " City", lang="en")]
                      if x.type == "City" and x.kind != "region"), c)
        if c is not None:
            sc.add(s, s + len(name), name, c.iri, "City", c.kind, level=level)
        elif cc or level == "province" or tie or described or _country_near(ctx, sent, s + len(name)):
            cc = cc or _country_near(ctx, sent, s + len(name))
            same = next((x.iri for x in ctx.mentions if x.type == "City" and x.surface.lower() == name.lower()), None)
            sc.add(s, s + len(name), name, same or city_iri(cc or "zz", name), "City", "new", level=level)
    for m in _ARRONDISSEMENT.finditer(t):  # Paris' 15th arrondissement: the district is the party, its city locates it
        s, e = base + m.start(), base + m.end()
        if sc.free(s, e):
            sc.add(s, e, m.group(0), city_iri("fr", m.group(0)), "City", "new", level="district")
    # Dobong-gu, Nam-gu, Hwaseong-si
    for m in _ROMAN_RE.finditer(t):
        s, e = base + m.start(), base + m.end()
        if not sc.free(s, e) or any(re.fullmatch(p.words, m.group("n")) for p in PLACE_SUFFIXES):
            continue  # (Chungcheongbuk Province-do: the suffix written twice, no place called Province)
        suffix_ko, level = KO_ROMAN_SUFFIX[m.group("s")]
        c = _korean_district(ctx, m.group("n"), suffix_ko, sent, e)
        surface = m.group(0)
        if c is not None:
            sc.add(s, e, surface, c.iri, "City", c.kind, level=level, alt=surface)
        else:
            sc.add(s, e, surface, city_iri("kr", surface), "City", "new", level=level)
    for m in _JA_ROMAN_RE.finditer(t):  # Setagaya-ku, Tokyo: the ward is the party, the city only locates it
        s, e = base + m.start(), base + m.end()
        if not sc.free(s, e):
            continue
        c = next((x for x in gz.lookup(m.group("n"), lang="en") if x.type == "City" and x.country == "JP"), None)
        level = "district" if m.group("s") == "ku" else "city"  # (a ward: the city after it only locates it)
        if c is not None:
            sc.add(s, e, m.group(0), c.iri, "City", c.kind, level=level, alt=m.group(0))
        else:
            sc.add(s, e, m.group(0), city_iri("jp", m.group(0)), "City", "new", level=level)
    # Iloilo City, Williamson County, Khan-Uul district, Nagasaki Prefecture
    for m in _SUFFIX_RE.finditer(t):
        words = m.group("n").split()
        while words and words[0] in PLACE_STOP:
            words = words[1:]
        if not words or any(w in PLACE_STOP or w in _TITLE_CASE_FUNCTION_WORDS or re.fullmatch(ORG_HEADS, w) for w in words):
            continue  # (Agreement Between Punjab And State: small words of a title-case headline, no place's name)
        if all(w in GENERIC_LEVEL_WORDS for w in words):
            continue  # the District Municipality, the Local Municipality: a level of government, no name
        while len(words) > 1 and words[0] not in TOWN_FIRST_WORDS and _known(gz, " ".join(words)) is None and \
                _known(gz, " ".join(words[1:])) is not None:
            words = words[1:]  # … Development and Exchange Changnyeong County: a headline's word glued to a known place
        after = re.match(r"\s+of\s+([A-Z][\w'’-]*)(?!\s+(?:Province|Prefecture|State|County|Region)\b)", t[m.end("s"):]) \
            if m.group("s") == "City" else None
        if after is not None and any(c.type == "City" and c.kind != "region" and c.level in ("", "city")
                                     for c in gz.lookup(after.group(1), lang="en")):
            continue  # Australia Queensland City of Ipswich: the city is named after 'of' (not Ho Chi Minh City of
            # Vietnam, Bucheon City of Gyeonggi Province, Daegu City of Suseong-gu: no city of its own after 'of')
        name = " ".join(words)
        level = next(_LEVEL[p.name] for p in PLACE_SUFFIXES if m.group(p.name))
        if m.group("s").islower() and (describing_adjective(name) or any(
                c.type == "Country" for c in gz.lookup(name, lang="en"))):
            continue  # the US city, a Chinese city: a country describing a city, no name
        ns = base + m.end("n") - len(name)
        full = f"{name} {m.group('s')}"
        e = base + m.end("s")
        if not sc.free(ns, e):
            continue
        if DESCRIBED_CITY_BEFORE.search(t[max(0, m.start("n") - 16):m.start("n")]) and \
                DESCRIBED_CITY_AFTER.match(t, m.end("s")) and not gz.lookup(name, lang="en"):
            continue  # an Agricultural City with …, the region's No. 1 Tourism City: what a place is, no name
        if re.match(r"\s+\d", t[m.end("s"):]) or re.search(ORG_UNIT_WORDS, name) or (
                m.group("s") in ("District", "district") and SPECIAL_DISTRICT_NAME.search(name)):
            continue  # Rotary International District 6880, School District 7: a numbered unit, not a place
        if m.group("s").islower() and re.match(r"\s+of\s+[A-Z]", t[m.end("s"):]):
            continue  # the South Central province of Binh Dinh: a region's descriptor, the province is after 'of'
        if re.match(r"\s*(?:Hall|hall|[Ll]ibrary|[Gg]overnment|[Oo]ffice|Council|Assembly)\b", t[m.end("s"):]) and \
                (m.group("city") or m.group("town") or m.group("district")) and not gz.lookup(full, lang="en"):
            continue  # Da Lat City Hall, Yangju city library, Alnwick Town Council: named by the bare name
        if name.endswith(("'s", "’s")) or (len(words) > 1 and _known(gz, words[0]) is not None and level == "city") or \
                re.match(r"\s+(?:Forum|Festival|Fair|Expo|Summit|Conference|Games|Award|Awards|Project|Plan)\b", t[m.end("s"):]):
            continue  # the 2024 Daejeon Global Science City Forum: an event named after the city
        cc = _country_near(ctx, sent, e)
        region = next((x for x in gz.lookup(name, lang="en") if x.kind == "region" and (cc is None or x.country == cc)),
                      None) if level == "province" else None  # Fukuoka Prefecture: the prefecture, not its city
        c = region or _known(gz, full, cc=cc, provinces=provinces, countries=countries) or _known(
            gz, name, cc=cc, ko_suffix={"district": "구", "county": "군"}.get(level, ""), provinces=provinces,
            countries=countries)
        if c is not None and (level != "province" or c.level in ("sido", "region") or c.kind == "store"):
            sc.add(ns, e, full, c.iri, "City", c.kind, level=level, alt=full if c.kind in ("store", "full", "region") else "")
        elif c is None and level != "city" and _known(gz, name) is not None:
            continue  # the Seoul district: a known city, not a new district of that name
        elif c is None or level == "province":
            key = name if level == "city" else full  # Iloilo City and Iloilo are one city
            same = next((x.iri for x in ctx.mentions if x.type == "City" and x.kind == "new"
                         and str(x.iri).rsplit("/", 1)[-1] == str(city_iri("zz", key)).rsplit("/", 1)[-1]), None)
            sc.add(ns, e, full, same or city_iri(cc or "zz", key), "City", "new", level=level)
    for m in _GOVERNMENT_OF.finditer(t):  # Alnwick Town Council: a town the gazetteer lacks, named by its council
        words = m.group("n").split()
        while len(words) > 1 and words[0] in PLACE_STOP:
            words = words[1:]  # The Hoa Binh Provincial People's Committee
        raw = " ".join(words)
        name = _trim(raw)
        s = base + m.end("n") - len(raw)
        if not name or name != raw or not sc.free(s, s + len(name)) or gz.lookup(name, lang="en") or \
                (name.split()[0] in NAME_STOP and not _COMPASS_LED.fullmatch(name)) or re.search(ORG_HEADS, name) or \
                title_of_any(name) or \
                not re.fullmatch(rf"{WORD}(?:\s+{WORD})?", name) or \
                re.search(rf"\b(?:{NAME_INNER_WORDS})\s+$", ctx.text[max(0, s - 8):s]):
            continue  # (the Weil am Rhein Town Hall: the end of a longer name, no town Rhein)
        same = next((x.iri for x in ctx.mentions if x.type == "City" and x.surface.lower() == name.lower()), None)
        sc.add(s, s + len(name), name, same or city_iri(_country_near(ctx, sent, s + len(name)) or "zz", name),
               "City", "new")
    for m in _COMPASS_COUNCIL.finditer(t) if tie else ():  # Northern Beaches Council has a sister city …: the area
        name, s = m.group("n"), base + m.start("n")  # a council with no level word governs, named so, in a tie
        if sc.free(s, s + len(name)) and not gz.lookup(name, lang="en") and not re.search(ORG_HEADS, name):
            sc.add(s, s + len(name), name, city_iri(_country_near(ctx, sent, s + len(name)) or "zz", name), "City", "new")
    pairs_signed: list[re.Match[str]] = []
    for m in _TITLE_OF.finditer(t):
        name = _before_title(_trim(m.group("n")))  # Mayor of Fingal Cllr Aoife Dowd: the place ends at the title
        if name and re.match(r"\.[A-Z]", t[m.end("n"):]) and len(name.split()) > 1 and len(name.split()[-1]) <= 2:
            name = " ".join(name.split()[:-1])  # Mayor of Ulaanbaatar S.Batbold: the initial starts the mayor's name
        s = base + m.start("n")
        name = _place_before_name(ctx, name)  # Mayor of Kingston Marla Dunstan: the place, then the mayor's name
        if not name or not sc.free(s, s + len(name)) or gz.lookup(name, lang="en") or re.search(ORG_HEADS, name):
            continue
        if re.search(r"\bof\s+the\s+$", t[m.start():m.start("n")]) and re.match(r"\s+[a-z]", t[m.end("n"):]):
            continue  # the first mayor of the Arab world: a name before a common noun is an adjective
        if re.match(r"\s*(?:\d|[IVX]+\b)", t[m.end("n"):]) or name.split()[-1] in ("District", "Ward", "Precinct"):
            continue  # Councilwoman Dana Cole of District 4, of Ward 3: a numbered seat, no town
        title = m.group(0).split()[0]
        level = "province" if re.match(r"(?:Governor|Lieutenant|Vice[- ]Governor|Premier)", title) else "city"
        cc = _country_near(ctx, sent, s + len(name))
        sc.add(s, s + len(name), name, city_iri(cc or "zz", name), "City", "new", level=level)
    # sister province to British Columbia, twinned with Alzey: the name after a tie phrase is a party
    for m in _TIE_OWNER.finditer(t):  # Harpenden's twin towns: the owner of a tie is a place
        name = _trim(m.group("n"))
        s = base + m.start("n")
        if name and name == m.group("n") and sc.free(s, s + len(name)) and not gz.lookup(name, lang="en") and \
                name.split()[0] not in NAME_STOP and not re.search(ORG_HEADS, name) and not _title_case(t) and \
                not _ACRONYM.fullmatch(name):  # HGTA's other twin towns: an association's initials, no town
            sc.add(s, s + len(name), name, city_iri(_country_near(ctx, sent, s + len(name)) or "zz", name), "City", "new")
    for m in (*_PAIR_SIGNS.finditer(t), *_PAIR_CELEBRATES.finditer(t), *_PAIR_TWINNED.finditer(t),
              *_PAIR_BECAME.finditer(t)):
        names = [_trim(m.group(g)) for g in ("a", "b")]
        if any(n and re.search(rf"\b{re.escape(n)}\s+[{UP}]", ctx.text) for n in names):
            continue  # Kim and Jackson signed …, after Mayor Kim Jang-ho: a person's name part, no town
        if any(n and gz.lookup(n, lang="en") for n in names) or (
                m.re is _PAIR_TWINNED and re.match(r"\s+with\s+(?:the\s+)?[A-Z]", t[m.end():])) or (
                m.re is _PAIR_TWINNED and all(n and " " not in n and n not in GIVEN_NAMES for n in names)
                and _TWINNED_SINCE.match(t, m.end()) and not _NOT_TOWNS_TWINNED.search(t)
                and not any(LANDMARK_AFTER_PLACE.fullmatch(" " + n) for n in names)):
            # (Chartrettes and Roscommon have been twinned since 1998: two names of one word each, twinned together for
            # years, are towns; not Smith and Jones were twinned in the doubles draw)
            pairs_signed.append(m)  # (A and B have been twinned with C: a pair of places, known or not)
    subject_ties = []
    for m in (*_SUBJECT_TIES.finditer(t), *_CLAUSE_SUBJECT_TIE.finditer(t)):
        # Melksham is twinned with …; a person may sign or celebrate, a town is twinned
        words = m.group("n").split()
        if m.re is _CLAUSE_SUBJECT_TIE and not m.group("aux") and not _TWINNED_WITH_PLACE.match(t, m.end()) and not any(
                c.type == "City" for c in gz.lookup(_trim(re.split(r"[,.;(]| in | on | since ", t[m.end():])[0].strip()) or "-",
                                                    lang="en")):
            continue
        twinned = m.re is _CLAUSE_SUBJECT_TIE or (re.fullmatch(r"(?:is|was|has\s+been|had\s+been|will\s+be|became)", m.group("v")) is not None and \
            re.match(r"\s*twinned\b", t[m.end("v"):]) is not None)
        if words[0] in GIVEN_NAMES or _surname_elsewhere(ctx, words[-1], within=(base, base + m.end("n"))) or \
                (len(words) > 1 and words[0] not in TOWN_FIRST_WORDS and not twinned):
            continue  # (Jane Roe signed the twinning agreement with …: a person)
        subject_ties.append(m)
    delegations_from = []  # the towns delegations come from, in an article about a tie
    for m in _DELEGATION_FROM.finditer(t) if TIE_ARTICLE.search(ctx.text) else ():
        name, s = m.group("n") or m.group("a"), base + m.start("n" if m.group("n") else "a")
        named = next((x for x in ctx.mentions if x.type == "City" and not x.qualifier and (
            x.surface == name or (_LEVEL_TAIL.fullmatch(x.surface[len(name):]) and x.surface.startswith(name)))), None)
        if named is not None and sc.free(s, s + len(name)):  # a delegation from Nishiwaki (from Shibetsu, after Shibetsu
            sc.add(s, s + len(name), name, named.iri, "City", named.kind)  # City): the town named before
        elif TIE_ARTICLE.search(t) and name.split()[0] not in ORG_FIRST_WORDS:  # (a new town only in a tie's sentence;
            delegations_from.append(m)  # not Tourism and Sport X)
    for m in (*_PAIR_SUBJECT.finditer(t), *pairs_signed, *_SLASH_PAIR.finditer(t), *_PLACE_BEFORE_TITLE.finditer(t),
              *delegations_from,
              *_HAS_TIES.finditer(t), *_HOSTS_FROM_PARTNER.finditer(t), *_SUBJECT_IS_PARTNER.finditer(t), *subject_ties, *_BETWEEN.finditer(t), *_APPOSED_TIE.finditer(t), *_APPOSED_PARTNER_OF.finditer(t),
              *_MADE_PARTNER.finditer(t), *_TITLES_OF_PAIR.finditer(t), *_PAIR_OF_TITLED_PAIR.finditer(t),
              *_SHARED_OFFICE.finditer(t), *_PLACES_OF_PAIR.finditer(t), *_PAIR_RECOGNISED.finditer(t),
              *_PLACE_MAYOR_ACTS.finditer(t)):
        for g in (g for g in ("a", "b", "n") if g in m.re.groupindex and m.group(g)):
            name = _trim(m.group(g))
            s = base + m.start(g)
            if name and m.re in (_PAIR_SUBJECT, _PAIR_TWINNED) and ((name.split()[0] in GIVEN_NAMES and len(name.split()) > 1) or
                                                   _surname_elsewhere(ctx, name, within=(s, s + len(name)))):
                continue  # Jane Cole and Bob Stone agreed to form …, Cole and Stone: people, no towns
            if name and name == m.group(g) and sc.free(s, s + len(name)) and not gz.lookup(name, lang="en") and \
                    name.split()[0] not in NAME_STOP and not re.search(ORG_HEADS, name) and not title_of_any(name) \
                    and not _ACRONYM.fullmatch(name) and not describing_adjective(name):
                same = next((x.iri for x in ctx.mentions if x.type == "City" and x.surface.lower() == name.lower()), None)
                sc.add(s, s + len(name), name, same or city_iri(_country_near(ctx, sent, s + len(name)) or "zz", name),
                       "City", "new")
    for m in _TIE_PARTNER.finditer(t):
        if not m.group("p") and (_title_case(t) or TIE_NOT_PARTNER.search(m.group("n")) or
                                 TIE_AS_THING.fullmatch(" " + m.group("n"))):
            continue  # a Friendship City Agreement, the Sister Cities Park: no place after the tie words
        if m.group("p") and re.match(r"(?:celebration|anniversary)", m.group("p")) and \
                not gz.lookup(m.group("n"), lang="en") and \
                not re.match(r"\s*(?:[,.;)]|$|on\s|in\s)", t[m.end("n"):m.end("n") + 5]):
            continue  # the twinning celebration with St Patrick's Pipe Band: a town only when it ends the phrase
        full = re.split(r"['’]s\s+", m.group("n"))[-1]  # Vietnam's Da Lat: the city after the possessive
        name = _trim(_before_title(full))  # an MOU with Portland Mayor Dana Holt: the place ends at the title
        if len(name.rstrip(".")) <= 2:
            continue  # ties with the U.S. states of …: an initial, not a place
        s = base + m.end("n") - len(full) if name else base + m.start("n")
        if name and sc.free(s, s + len(name)) and not gz.lookup(name, lang="en") and name.split()[0] not in NAME_STOP \
                and not _ACRONYM.fullmatch(name) and not describing_adjective(name) and \
                not PERSON_AFTER.match(ctx.text, s + len(name)) and \
                not re.search(rf"\b(?:{ORG_HEADS})$", name):  # twinned with German town X (not: with Samsung Electronics,
            # nor an agreement with Thandi Mokoena, the Executive Mayor of Durban: a person)
            cc = _country_near(ctx, sent, s + len(name))
            sc.add(s, s + len(name), name, city_iri(cc or "zz", name), "City", "new",
                   level="province" if re.search(r"[Pp]rovince|[Ss]tate|[Pp]refecture", m.group(0)) else "city")
        if m.group("p") and name and not TIE_NOT_PARTNER.search(m.group("n")):
            _listed_partners(ctx, sc, sent, base + m.end("n"))
    for m in _COUNTRYS_TOWN.finditer(t):  # Azerbaijan's Shaki and Israel's Kiryat Yam signed a sister city …
        country = next((c for c in gz.lookup(m.group("c"), lang="en") if c.type == "Country"), None)
        name = _trim(m.group("n"))
        s = base + m.start("n")
        tied = tie or (TIE_ARTICLE.search(ctx.text) is not None and re.search(r"[A-Z][\w'’-]*(?:,|\s+and)\s+$", t[:m.start()])
                       is not None and re.match(r"\s+(?:celebrat|marks?\b|marked|signs?\b|signed|renew|agree)", t[m.end("n"):])
                       is not None)
        # (a tie's sentence, or the second of a pair celebrating or signing in an article about a tie: Hoi An,
        # Germany's Wernigerode celebrate …; not France's Macron hosted …)
        if country is None or not tied or not name or name != m.group("n") or not sc.free(s, s + len(name)) or \
                gz.lookup(name, lang="en") or name.split()[0] in NAME_STOP or re.search(ORG_HEADS, name) or \
                title_of_any(name.split()[0]) or title_of_any(name) or any(title_of_any(w) for w in name.split()) or \
                PERSON_AFTER.match(ctx.text, s + len(name)) or any(w in NAME_STOP for w in name.split()) or \
                name.split()[0] in ("King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sheikh", "Sultan", "Pope"):
            continue  # (Japan's Prime Minister, a country's King or Prince: an office or a monarch, no town)
        if (len(name.split()) > 1 and name.split()[0] not in TOWN_FIRST_WORDS) or \
                _surname_elsewhere(ctx, name, within=(s, s + len(name))):
            continue  # Canada's Ann Holt, Japan's Golden Week, Canada's Holt (Mayor Ann Holt): a person, a holiday
        sc.add(s, s + len(name), name, city_iri(country.country or "zz", name), "City", "new")
    # a new city named with its country: Santa Cruz de la Sierra, Bolivia
    earlier = [s for s in ctx.sentences if s.end <= sent.start]
    near_tie = tie or bool(earlier and TIE_RE.search(earlier[-1].text))
    for m in _VISITED_TOWN.finditer(t) if tie else ():  # the mayor of Fürth visited Limerick for the twinning anniversary
        name, s = m.group("n"), base + m.start("n")
        words = name.split()
        if (len(words) > 1 and (words[0] not in TOWN_FIRST_WORDS or LANDMARK_AFTER_PLACE.match(" " + words[-1]))) or \
                not sc.free(s, s + len(name)) or gz.lookup(name, lang="en") or words[0] in NAME_STOP or \
                words[0] in PLACE_STOP or words[0] in GIVEN_NAMES or title_of_any(name) or re.search(ORG_HEADS, name) or \
                _ACRONYM.fullmatch(name) or describing_adjective(name) or PERSON_AFTER.match(ctx.text, s + len(name)) or \
                LANDMARK_AFTER_PLACE.match(ctx.text, s + len(name)) or \
                any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue
        same = next((x.iri for x in ctx.mentions if x.type == "City" and x.surface == name), None)
        sc.add(s, s + len(name), name, same or city_iri(_country_near(ctx, sent, s + len(name)) or "zz", name), "City", "new")
    for m in _TOWN_STATE.finditer(t) if near_tie else ():  # Pasco, Washington, and Yachiyo: a US town with its state
        name, s = m.group("n"), base + m.start("n")
        st_cands = gz.lookup(m.group("st"), lang="en")
        region = next((c for c in st_cands if c.kind == "region" and c.type != "Country"), None)
        if region is None or any(c.type == "Country" for c in st_cands):
            continue  # (Tbilisi, Georgia: a state named like a country says nothing)
        abroad = region.country != "US"  # Dolores Hidalgo, Guanajuato: a state elsewhere is written so less with people
        lead = LEADING_FUNCTION_WORDS.match(name)
        if lead:
            name, s = name[lead.end():], s + lead.end()
        known_elsewhere = bool(gz.lookup(name, lang="en")) and all(
            c.type == "City" and c.kind != "region" and c.country != region.country for c in gz.lookup(name, lang="en")) \
            and not re.match(r",?\s*(?:and|&)\s+[A-Z]", t[m.end("st"):])  # (Tainan, Texas, and Ohio: a list of places)
        # (Dublin, California: not the Dublin the tables know, which lies in another country, but a town of that state)
        if not name or not sc.free(s, s + len(name)) or (gz.lookup(name, lang="en") and not known_elsewhere) or \
                name.split()[0] in NAME_STOP or \
                (not abroad and (name.split()[0] in GIVEN_NAMES or
                                 (len(name.split()) > 1 and name.split()[0] not in TOWN_FIRST_WORDS))) or \
                re.search(r"\bby\s+$", t[:s - base]) or \
                any(w in NAME_STOP for w in name.split()) or title_of_any(name) or re.search(ORG_HEADS, name) or \
                PERSON_AFTER.match(ctx.text, s + len(name)) or any(
                    x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        sc.add(s, s + len(name), name, city_iri((region.country or "zz").lower(), name), "City", "new")
    for m in re.finditer(rf"(?<![\w-])(?P<n>{_NAME})(?=(?:,\s*(?:in\s+)?|\s+in\s+|\s*\(\s*)[A-Z])", t):
        lead = LEADING_FUNCTION_WORDS.match(m.group("n"))  # With Prizrem in Kosovo: the preposition is no part of the name
        raw = m.group("n")[lead.end():] if lead else m.group("n")
        name = _trim(raw)
        s = base + m.end("n") - len(raw)
        if _title_case(t) and not t.rstrip().endswith((".", "!", "?")):
            break  # Busan Signs Sister City Agreement With Tunis, Tunisia: a headline's capitals mark no names
        if not name or name != raw or not sc.free(s, s + len(name)) or (m.start() == 0 and not lead) or \
                gz.lookup(name, lang="en") or (len(name.split()) < 2 and _small_towns().get(name.lower())) or \
                name.split()[0] in NAME_STOP or name.split()[0] in PLACE_STOP or title_of_any(name) or \
                any(title_of_any(w) for w in name.split()) or _headline_phrase(name, t):
            continue  # ("They (China) count …": a pronoun, no town; Morioka Mayor X in Taiwan: a titled person)
        if re.search(rf"\s(?:{VENUE_WORDS}|{VENUE_END_WORDS})$", name) or LANDMARK_AFTER_PLACE.search(name) or \
                re.search(rf"\s(?:{ORG_HEADS})$", name) or _FIELD_OF_BODY_BEFORE.search(t, 0, m.end("n") - len(raw)):
            continue  # at Qingdao City Hall, China; the Yamaguchi Prefectural Assembly (Japan): no new city; the
            # Ministry of Home Affairs, India: the field of a nation's body
        cc = _country_near(ctx, sent, base + m.end("n"))
        if cc and near_tie:
            sc.add(s, s + len(name), name, city_iri(cc, name), "City", "new")
    tie_at = TIE_RE.search(t)
    for m in _HYPHEN_PAIR_LISTED.finditer(t) if tie_at is not None else ():  # sister city relations between
        if tie_at is None or m.start() < tie_at.end() or not sc.free(base + m.start(), base + m.end()) or \
                gz.lookup(m.group(0), lang="en"):  # Delhi-Beijing, Bengaluru-Chengdu and …: pairs listed after the tie
            continue
        found = [next((c for c in gz.lookup(m.group(g), lang="en") if c.type == "City"), None) for g in ("a", "b")]
        if all(found) and len({c.country for c in found if c is not None}) == 2:  # (known towns of two countries)
            for g, c in zip(("a", "b"), found):
                if c is not None:
                    sc.add(base + m.start(g), base + m.end(g), m.group(g), c.iri, "City", c.kind)
    for m in _HYPHEN_PAIR.finditer(t):  # the Lyon-Birmingham twinning: two known towns joined before a tie word
        if gz.lookup(m.group(0), lang="en") or not sc.free(base + m.start(), base + m.end()):
            continue
        capital_tie = re.match(r"\s+(?:Sister|Twin|Friendship|Partner)\w*(?:\s+(?:City|Cities|Town|Towns)\b)?", t[m.end():])
        if capital_tie is not None and re.match(r"\s+[A-Z]", t[m.end() + capital_tie.end():]) and not re.match(
                r"\s+(?:Association|Committee|Society|Program|Programme|Club|Council|Foundation|Commission)\b",
                t[m.end() + capital_tie.end():]):
            continue  # Jakarta-Rotterdam Establish Sister City Cooperation: a headline (another story's, glued on),
            # not the Seattle-Kobe Sister City 60th anniversary reception nor the Truro-Morlaix Twinning Association
        parts = [(m.group(g), base + m.start(g)) for g in ("a", "b")]
        parts = [(n.split()[0], s) if " " in n and not gz.lookup(n, lang="en") and gz.lookup(n.split()[0], lang="en") else (n, s)
                 for n, s in parts]  # (Jakarta-Rotterdam Establish Sister City Cooperation: Rotterdam, not a town
        # Rotterdam Establish)
        found = [next((c for c in gz.lookup(n, lang="en") if c.type == "City"), None) for n, _ in parts]
        if all(found) and len({c.country for c in found if c is not None}) == 2:  # (not Dallas-Fort Worth: one metro)
            for (n, s), c in zip(parts, found):
                if c is not None:
                    sc.add(s, s + len(n), n, c.iri, "City", c.kind)
        elif _TWINNING_AFTER.match(t, m.end()) and not any(
                gz.lookup(n, lang="en") and c is None for (n, _s), c in zip(parts, found)) and all(
                n.lower() not in DEMONYMS and n not in _COMBINING_FORMS and n not in NAME_STOP and not title_of_any(n)
                for n, _s in parts):  # the Harpenden-Alzey twinning: two towns the gazetteer lacks, joined by the tie
            for (n, s), c in zip(parts, found):
                if sc.free(s, s + len(n)):
                    if c is not None:
                        sc.add(s, s + len(n), n, c.iri, "City", c.kind)
                    else:
                        same = next((x.iri for x in ctx.mentions if x.type == "City" and x.surface == n), None)
                        sc.add(s, s + len(n), n, same or city_iri("zz", n), "City", "new")
    # gazetteer names and countries; small towns where the sentence says they are places
    for run in _CAPS_RE.finditer(t):
        _gazetteer_run(ctx, sc, sent, run, tie=tie)
    if tie or in_tie_list(ctx, sent):
        _list_members(ctx, sc, sent)
    for x in ctx.in_sentence(sent, types=("City",)):  # the Yamaguchi Prefectural Assembly: the prefecture's body
        if re.match(r"\s+(?:Prefectural|Provincial)\b", ctx.text[x.end:x.end + 14]):
            region = next((c for c in gz.lookup(x.surface, lang="en") if c.kind == "region"), None)
            if region is not None:
                x.iri = region.iri
                ctx.levels[x.start] = "province"
    ctx.mentions[:] = [x for x in ctx.mentions if not (  # the Mekong Delta province of Vinh Long: a descriptor
        x.type == "City" and sent.start <= x.start < sent.end and _DESCRIBES_REGION.match(ctx.text, x.end))]
    _locators(ctx, sent)


_FIRST_LAST = re.compile(rf"(?:^|,\s*|\band\s+|\bare\s+)({WORD}\s+{WORD})(?=\s*(?:,|\band\b|\.|$))")


def _before_title(name: str) -> str:
    """The words of a capitalised run before a title inside it (``Portland Mayor Dana Holt`` → ``Portland``).

    >>> _before_title("Portland Mayor Dana Holt"), _before_title("Fingal Cllr Aoife Dowd"), _before_title("Da Lat")
    ('Portland', 'Fingal', 'Da Lat')
    """
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and (title_of_any(w) or w.rstrip(".") in _TITLE_ABBREVIATIONS)),
               len(words))
    return " ".join(words[:cut])


#: short titles written before a name that no title table spells out (``Cllr Aoife O'Dowd``)
_TITLE_ABBREVIATIONS = frozenset({"Cllr", "Cllrs", "Cr", "Coun", "Councillor", "Councilor", "Mr", "Mrs", "Ms", "Dr"})


def first_last_list(text: str) -> bool:
    """Three or more items of two capitalised words in a row, separated by commas and 'and': a list of people.

    >>> first_last_list("The members are Masako Kobayashi, Yoichi Miyajima, Hiyori Honda and Ryutaro Tanabe.")
    True
    >>> first_last_list("Its sister cities are Da Lat, Kaohsiung and Suzhou.")
    False
    """
    return len(_FIRST_LAST.findall(text)) >= 3


def _gazetteer_run(ctx: Ctx, sc: _Scan, sent: Sentence, run: re.Match[str], *, tie: bool) -> None:
    """Gazetteer names inside a run of capitalised words, trying every start (``Tourism and Sport Burnaby``)."""
    base, gz = sent.start, ctx.gz
    if first_last_list(sent.text) and re.fullmatch(rf"{WORD}\s+{WORD}", run.group(0)) and \
            not gz.lookup(run.group(0), lang="en") and not _country_near(ctx, sent, base + run.end()):
        return  # the members are Masako Kobayashi, …, Ryutaro Tanabe: a list of people, Tanabe is a surname
    more = re.match(r"(?:[ \t]+[A-Z][a-z]+){1,2}", ctx.text[base + run.end():base + run.end() + 30])
    vn = _vietnamese_name((run.group(0) + (more.group(0) if more else "")).split())
    for first in range(min(len(run.group(0).split()), len(run.group(0).split()) if vn is None else vn)):
        # (Nguyen Van Nen: a name, no town Van)
        words = run.group(0).split()[first:]
        pos = base + run.start() + sum(len(w) + 1 for w in run.group(0).split()[:first])
        if ctx.text[pos:pos + len(words[0])] != words[0]:
            break  # irregular spacing: only the run's start is safe
        for size in range(min(4, len(words)), 0, -1):
            phrase = " ".join(words[:size])
            if not sc.free(pos, pos + len(phrase)):
                break
            if size < len(words) and len(phrase) <= 3 and words[-1] in ("City", "County", "Province", "Prefecture"):
                continue  # Ho Chi Mihn City (misspelt): a short name starting a longer place name is not that place
            if re.match(r"\s+[A-Z]\.?\s+[A-Z][\w'’-]", ctx.text[pos + len(phrase):pos + len(phrase) + 30]):
                break  # Mary C O'Leary, Florence R. Hill: a first name before an initial and a surname
            if re.fullmatch(_PARTICLES, phrase.lower()):
                continue  # Aunay Sur Odon: the small word inside a name is no place of its own (Sur, Oman)
            if len(phrase) <= 3 and first > 0 and size < len(words):
                continue  # Cheong Wa Dae: a short name inside a longer run of names is no place (Wa, Ghana)
            if first > 0 and run.group(0).split()[first - 1] in SAINT_WORDS:
                break  # the church of St Lubin: a saint's name, not the town in Poland
            if size == len(words) == 1 and first >= 2 and title_of_any(run.group(0).split()[first - 2]) and \
                    not gz.lookup(run.group(0).split()[first - 1], lang="en") and \
                    run.group(0).split()[first - 1] not in NAME_STOP:
                break  # Mayor Taro Ito: the surname of the name after a title, not the town of Ito
            if _HONORIFIC_BEFORE.search(ctx.text, max(0, pos - 12), pos):
                break  # Mr. Hamada, Dr. Kurume: a surname after an honorific, no town
            if first == 0 and size < len(words) and _SPEAKS_AFTER_RUN.match(ctx.text, base + run.end()) and \
                    gz.lookup(phrase, lang="en") and not any(
                    title_of_any(w) or any(re.fullmatch(p.words, w) for p in PLACE_SUFFIXES)
                    or re.fullmatch(ORG_HEADS, w) for w in words[size:]):
                break  # office, Aurora Delos Santos, said: a whole name that speaks, its first word no town
            if size == len(words) == 1 and first >= 1 and _given_before_town(ctx, run.group(0).split()[first - 1], phrase) and \
                    re.match(r"\s*(?:,|\band\b|\bfrom\b|\bof\b|\bon\b|\bat\b|\bwho\b|\(|\.\s|\.?$|(?:signed|said|says|"
                             r"visited|met|led|welcomed|attended|thanked|told|added|presented|was|is|has|had|will)\b)",
                             ctx.text[pos + len(phrase):pos + len(phrase) + 12].lstrip() if re.match(
                                 r"\s+[a-z]", ctx.text[pos + len(phrase):pos + len(phrase) + 3]) else
                             ctx.text[pos + len(phrase):pos + len(phrase) + 8]):
                break  # Marco Salinas, Yumi Oda from: a surname after a given name, not the town (but Key Ota
                # figures: a town describing a noun)
            after = re.match(r"(?:[ \t]+[A-Z][\w'’.-]*)+", ctx.text[pos + len(phrase):])
            if size == 1 and phrase in GIVEN_NAMES and len(words) == 1 and re.match(
                    rf"\s+(?:and|&)\s+{WORD}\s+{WORD}", ctx.text[pos + len(phrase):pos + len(phrase) + 40]):
                break  # David and Margaret Holloway: a couple's given names before their surname
            if size == 1 and phrase in GIVEN_NAMES and len(words) > 1 and words[1] not in NAME_STOP and \
                    after is not None and len(after.group(0).split()) <= 2 and not title_of_any(words[1]) and \
                    not any(re.fullmatch(p.words, words[1]) for p in PLACE_SUFFIXES):
                break  # Cllr David Ian Stone: a given name before a surname starts a person's name (but in
                # Mayor Austin Jane Maria Roe a whole name follows the city)
            if size == 1 and phrase in GIVEN_NAMES and re.match(r"\s+[A-Z][a-z]+['’]s\b", ctx.text[pos + len(phrase):]):
                break  # Mary Dolan's Academy of Dance: a given name before a surname with its possessive, no town
            if size == len(words) == 1 and LANDMARK_AFTER_PLACE.fullmatch(" " + phrase) and \
                    re.search(r"[A-Z][a-z]+[ \t]$", ctx.text[max(0, pos - 25):pos]):
                break  # Sudeoksa Temple, Gyeongbok Palace: a landmark's head word after its name, no town (Temple, TX)
            if size == 1 and phrase in GIVEN_NAMES and re.match(r"\s+(?:[A-Z]\.?\s*){1,3}[A-Z][a-z]", ctx.text[pos + len(phrase):]):
                break  # Elizabeth K. T Sackey: a given name before initials and a surname, no town
            if first == 0 and size < len(words) and phrase in GIVEN_NAMES and \
                    _OFFICE_OF_PLACE_BEFORE.search(ctx.text, max(0, pos - 80), pos):
                break  # Mayor of Tema, Florence Adjoa Akua Mensah: after the office and its place, a whole name
            if phrase in COMMON_NOUN_TOWNS and _COMMON_NOUN_BEFORE.search(ctx.text, max(0, pos - 30), pos) and \
                    not COMMON_NOUN_TOWN_MARKED.search(ctx.text, max(0, pos - 20), pos) and \
                    not re.match(r",\s+[A-Z]", ctx.text[pos + len(phrase):pos + len(phrase) + 3]):
                break  # a Cultural and Economic Mission to Baguio: the noun, not the town of Mission (but
                # Independence Mayor X, in Concord, the Mayor of Summit: the towns)
            if LANDMARK_AFTER_PLACE.match(ctx.text, pos + len(phrase)):
                if any(title_of_any(w) for w in words[1:size]):
                    continue  # Seattle Mayor Jo Park: the surname after a title, no landmark; the town is shorter
                break  # Sendai Port, Osaka Castle: a landmark, not the city as a party
            if _COMPASS_PROVINCE_AFTER.match(ctx.text, pos + len(phrase)):
                break  # Zamboanga del Sur, Mindoro Occidental: a province named after the city, not the city
            if size == len(words) == 1 and OFFICE_APPOSED_AFTER.match(ctx.text, pos + len(phrase)):
                break  # said Rogers, the mayor of Laredo: a person's surname with the office after it, no city
            if size == 1 and len(words) == 2 and not _structural(ctx, words[1]) and (
                    (first == 0 and _PERSON_AFTER_RUN.match(ctx.text, base + run.end())) or
                    (first >= 1 and title_of_any(run.group(0).split()[first - 1])
                     and re.match(rf"\s*(?:,|{SPEECH_VERBS}\b)", ctx.text[base + run.end():base + run.end() + 12]))):
                break  # Breda Wynne for her work, Shiraz Zack-Kanga, a former student, Chairperson Breda Wynne said:
                # a person's name, no town
            state = AP_STATES.get(phrase) if ctx.text.startswith(".", pos + len(phrase)) and \
                re.search(r"[\w'’-],\s*$", ctx.text[:pos]) else None  # Sarasota, Fla.: the state, only locating
            cands = [c for c in gz.lookup(state, lang="en") if c.kind == "region"] if state else gz.lookup(phrase, lang="en")
            if not cands and len(phrase) >= 4 and phrase.lower() in _small_towns() and phrase[0].isupper() and \
                    not phrase.isupper() and (tie or _country_near(ctx, sent, pos + len(phrase)) or
                                              (_VISIT_BEFORE_TOWN.search(ctx.text, max(sent.start, pos - 40), pos)
                                               and phrase == run.group(0) and not re.match(r",\s+(?:a|an|the)\s",
                                                                                        ctx.text[pos + len(phrase):]))):
                cands = _small_towns()[phrase.lower()]
                cc = _country_near(ctx, sent, pos + len(phrase))
                cands = [c for c in cands if not cc or c.country == cc] or cands
            if cands and len({c.country for c in cands}) > 1:  # Santa Clara, California: the one in that country
                near = _country_near(ctx, sent, pos + len(phrase))
                cands = [c for c in cands if c.country == near] or cands
            if cands and all(c.type == "City" and c.country for c in cands):
                stated = _country_near(ctx, sent, pos + len(phrase), regions=False)  # a country's own name, no state
                regional = _country_near(ctx, sent, pos + len(phrase)) if stated is None and all(
                    c.kind != "region" for c in cands) and not _LIST_GOES_ON.match(
                        ctx.text, pos + len(phrase)) else None  # (Hainan, Hawaii and Bali: a list, no locator)
                if regional is not None and not any(c.country == regional for c in cands):
                    stated = regional  # Richmond, North Yorkshire: a county of another country than the known town's
                owned = re.match(r"\s*,?\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:['’]s\b|\s+(?:province|city|county|state|"
                                 r"region|prefecture|government|delegation|officials?|team)\b)",
                                 ctx.text[pos + len(phrase):pos + len(phrase) + 40])
                if stated and not owned and not any(c.country == stated for c in cands):  # Hyderabad, India: not Pakistan's
                    # (not HCMC, RoK's Chungcheongbuk-do or HCMC, RoK province: the country describes the next place)
                    sc.add(pos, pos + len(phrase), phrase, city_iri(stated, phrase), "City", "new")
                    break
            if cands and size == 1 and re.match(r"['’]s\s+[a-z]", ctx.text[pos + len(phrase):pos + len(phrase) + 4]) and \
                    all(c.type == "City" for c in cands) and _surname_elsewhere(ctx, phrase, within=(pos, pos + len(phrase))):
                break  # added under Sari's tenure (Governor Rina Sari named): a person's possessive, no town
            if cands:
                c = pick(cands, provinces=provinces_named(ctx), countries=countries_named(ctx))
                if c is not None:
                    sc.add(pos, pos + len(phrase), phrase, c.iri, c.type, c.kind,
                           level="province" if c.level == "region" or (c.level == "sido" and c.name_ko.endswith("도"))
                           else "city")
                break


#: between a town and the region it lies in, said with a common noun (``Haining county of Zhejiang Province``,
#: ``Kawagoe, in the prefecture of Saitama``): the region only locates the town
_REGION_OF_GAP = re.compile(r"\s+(?:county|city|town|district|municipality)\s+of\s+|"
                            r",?\s+in\s+the\s+(?:province|prefecture|state|region|county)\s+of\s+")
#: an honorific right before a name (``Mr. Hamada``, ``Dr Kurume``): a person's surname follows
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Rev|Revd|Messrs|Mme|Mlle|Madam|Sir|Dame|HE|H\.E|"
                               r"Hon)\.?\s+$")
#: what follows a whole name that speaks or is described as a person (``Aurora Delos Santos, said``, ``…, who``)
_SPEAKS_AFTER_RUN = re.compile(rf",?\s*(?:{SPEECH_VERBS}|who)\b")
#: a list going on after a name and the next one (``Hainan, Hawaii and Bali``, ``A, B, C``)
_LIST_GOES_ON = re.compile(rf",\s*{WORD}(?:\s+{WORD}){{0,2}}\s*(?:,\s*(?:and\s+)?|\band\s+|&\s*)[{UP}]")


#: what follows a person's whole name of two words: an apposition that describes a person, or a clause about them
#: (``…, a former student``, ``… for her hard work``, ``… who``)
_PERSON_AFTER_RUN = re.compile(r",\s+(?:a|an)\s+(?:former\s+|retired\s+|local\s+|young\s+|longtime\s+|long-time\s+)?"
                               r"(?:student|teacher|resident|member|volunteer|businessman|businesswoman|artist|pupil|"
                               r"councillor|councilor|official|founder|graduate|alumnus|alumna)\b|"
                               r"\s+(?:for\s+(?:her|his|their)\b|who\s+(?:is|was|has|had|said|led|served)\b)")


def _structural(ctx: Ctx, word: str) -> bool:
    """A word that goes on a place's or a body's name (a level, a title, a body's head, a known place)."""
    return bool(title_of_any(word) or any(re.fullmatch(p.words, word) for p in PLACE_SUFFIXES)
                or re.fullmatch(ORG_HEADS, word) or ctx.gz.lookup(word, lang="en") or word in NAME_STOP
                or LANDMARK_AFTER_PLACE.fullmatch(" " + word))


def _vietnamese_name(words: list[str]) -> int | None:
    """Where a Vietnamese name starts in a run of capitalised words: a family name, a middle name and a given name.

    >>> _vietnamese_name("Chairman Nguyen Van Nen".split()), _vietnamese_name("Ho Chi Minh City".split())
    (1, None)
    """
    return next((i for i, w in enumerate(words[:-2]) if w in VIETNAMESE_SURNAMES and words[i + 1] in VIETNAMESE_MIDDLE
                 and re.fullmatch(r"[A-Z][a-z]+", words[i + 2]) and words[i + 2] not in ("City", "Province", "District", "Town")),
                None)


def _given_before_town(ctx: Ctx, word: str, town: str) -> bool:
    """``word`` before the known town ``town`` is a given name: one that can be nothing else (:func:`_given_before`),
    or a town's name that is also a given name (``Aurora Santos said``) before a town, never before a region or a
    country (``Orlando Florida``)."""
    return _given_before(ctx, word) or (word in GIVEN_NAMES_BEFORE_TOWNS and all(
        c.type == "City" and c.kind != "region" for c in ctx.gz.lookup(town, lang="en")))


def _given_before(ctx: Ctx, word: str) -> bool:
    """A word before a known town's name that can only be a given name: capitalised, no place, no title, no word
    that starts a town's name (Port, Lake, San), no compass word, nothing a name stops at."""
    return re.fullmatch(r"[A-Z][a-z]{2,}", word) is not None and word not in TOWN_FIRST_WORDS and \
        word not in ORG_FIRST_WORDS and \
        word not in NAME_STOP and word not in PLACE_STOP and word not in SAINT_WORDS and \
        COMPASS_PART.fullmatch(word) is None and not title_of_any(word) and not ctx.gz.lookup(word, lang="en") and \
        word.lower() not in DEMONYMS and word.lower() not in _small_towns()


_ITEM = re.compile(rf"(?:^|[,;:(]\s*(?:and\s+)?|\band\s+|\bare\s+|\binclude\s+|\bincluding\s+|^[-•*–]\s*|^\d{1,2}[.)]\s*)(?:the\s+)?"
                   rf"(?P<n>{_NAME})(?P<c>\s*\([^)]*\))?(?=\s*(?:[,;.:]|\band\b|$|\s[-–]\s))")


_CONTINUES = re.compile(r"^(?:They|These|Those|The (?:others?|rest)|Others|The (?:\w+ )?(?:municipalities|towns|cities|"
                        r"partners|provinces|counties))\s+(?:are|were|include|included|being)\b")
#: (The eleven municipalities are: A, P; B, P: the members of the tie the sentence before states)


def list_head(ctx: Ctx, sent: Sentence) -> Sentence | None:
    """The tie sentence a list continues: a short line under ``Its sister cities are:``, or ``They are A, B …``
    after ``The city has 16 sister cities.``"""
    earlier = [s for s in ctx.sentences if s.end <= sent.start]
    first_city = min((m.start for m in ctx.in_sentence(sent, types=("City",))), default=sent.end)
    if earlier and _heads_ties(earlier[-1].text) and not TIE_RE.search(sent.text) and (
            _CONTINUES.match(sent.text) or (_city_items(ctx, sent) >= 3 and _listed_items(ctx, sent) >= 2 and
                                            len(ctx.text[sent.start:first_city].split()) <= 8)):
        # (not a sentence of its own that ends on a list: 'The event was also attended by … from the cities that
        # have good relationship with Taipei, namely A, B, C')
        return earlier[-1]  # 'The city has 16 sister cities. They are A, B …' / '… The oldest is A, then B, C'
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    bullet = LIST_ITEM_LINE.match(ctx.text, line_start)
    if bullet is not None and sent.start > bullet.end():
        return None  # a bullet line's later sentences are no items
    if bullet is not None and (head := _bulleted_head(ctx, line_start)) is not None:
        return head  # an item of a bulleted list under a head ending in ':' (else the rules below: a short heading)
    if len(sent.text.split()) > 10:
        return None
    line_start = ctx.text.rfind("\n", 0, sent.start)
    for prev in reversed([s for s in earlier if s.end <= max(line_start, 0)]):
        heading = len(prev.text.split()) <= 8 and not re.search(r"[.!?]$", prev.text.rstrip())
        tw = TIE_RE.search(things_blanked(prev.text))  # (Sister Cities Park: a heading naming a park heads no list)
        if heading and tw is not None and not prev.text.rstrip().endswith(":") and any(
                m.start >= prev.start + tw.end() for m in ctx.in_sentence(prev, types=("City",))):
            return None  # Sister City Relationship with Kumamoto, Japan: a memo's subject names its partner, no list
        if _MEMO_FIELD.match(ctx.text, ctx.text.rfind("\n", 0, prev.start) + 1):
            return None  # Subject: Sister city program update: a memo's header line, no list head
        if prev.text.rstrip().endswith(":") or (heading and tw is not None):
            if _NOT_PLACES_HEAD.search(prev.text):
                return None  # … to cooperate in the following areas: a list of fields, no places
            return prev if tw is not None else None
        if len(prev.text.split()) > 10:
            return None
    return None


#: a memo's or a letter's header field (``Subject:``, ``To:``, ``RE:``)
_MEMO_FIELD = re.compile(r"\s*(?:Subject|SUBJECT|Re|RE|To|TO|From|FROM|Date|DATE|CC|Cc|Attn|ATTN|Memo|MEMO)\s*:")
#: a list head naming things that are no places (``in the following areas:``, ``sectors:``)
_NOT_PLACES_HEAD = re.compile(r"\b(?:areas?|fields?|sectors?|topics?|projects?|programm?es?|activities|goals|aims|"
                              r"priorities|issues|industries)\s*(?:such\s+as|including)?\s*:?\s*$", re.I)


def _bulleted_head(ctx: Ctx, line_start: int) -> Sentence | None:
    """The tie sentence ending in ``:`` that a bulleted list stands under, for the bullet line at ``line_start``
    (``Alzheim keeps partnerships with four towns:`` / ``• the English town of Hitchin, twinned in 1962``)."""
    text = ctx.text
    pos = line_start - 1
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].strip()
        if line and not LIST_ITEM_LINE.match(text, prev_start):
            if not line.endswith(":"):
                return None
            head = next((s for s in ctx.sentences if s.start <= prev_start + (len(text[prev_start:pos]) - len(
                text[prev_start:pos].lstrip())) < s.end), None)
            return head if head is not None and TIE_RE.search(head.text) else None
        pos = prev_start - 1
    return None


def _city_items(ctx: Ctx, sent: Sentence) -> int:
    """How many list items of the sentence are cities already read."""
    return len({m.iri for m in ctx.in_sentence(sent, types=("City",)) if not m.qualifier})


def _listed_items(ctx: Ctx, sent: Sentence) -> int:
    """How many cities of the sentence stand as list items: followed by a comma, ``and`` or the end (``A, B and
    C``), not ``Gyeonggi province in southeast Seoul, Gwangju is``, which only locates."""
    return sum(1 for m in ctx.in_sentence(sent, types=("City",)) if not m.qualifier and
               re.match(r"(?:\s*\([^)]{0,40}\))?\s*(?:,|\band\b|;|\.?$)", ctx.text[m.end:sent.end]))


def things_blanked(text: str) -> str:
    """The text with every tie phrase that names a thing (``the Sister Cities Park``) blanked: it states no tie.

    >>> things_blanked("a totem in the Sister Cities Park").split()
    ['a', 'totem', 'in', 'the', 'Park']
    >>> things_blanked("signed a sister cities agreement")
    'signed a sister cities agreement'
    """
    for m in TIE_RE.finditer(text):
        if TIE_AS_THING.match(text, m.end()):
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return text


def _heads_ties(text: str) -> bool:
    """Whether a line can head a list of partners: a tie phrase that names neither a thing (``Sister Cities Park``)
    nor a gathering or a body (``the annual Twinning Association reception``).

    >>> _heads_ties("Its sister cities are:"), _heads_ties("part of the annual Twinning Association reception.")
    (True, False)
    >>> _heads_ties("Dayton Sister Cities Park")
    False
    """
    return any(TIE_AS_GATHERING.match(text, m.end()) is None for m in TIE_RE.finditer(things_blanked(text)))


def in_tie_list(ctx: Ctx, sent: Sentence) -> bool:
    """Whether the sentence is an item or the rest of a list of partners (see :func:`list_head`)."""
    return list_head(ctx, sent) is not None


#: a listed item that is no town: a page's link (``View Calendar``, ``Latest News``), a street (``Polehampton Close``,
#: ``Mill Lane``) or a file's name (``BradfordConcert_Jul24``)
_NO_TOWN_ITEM = re.compile(r"[_\d]|\b(?:Calendar|News|Events|Menu|Contact|Login|Search|Home|Gallery|Archive|Newsletter|"
                           r"Edition|Close|Street|Road|Avenue|Lane|Drive|Crescent|Terrace|Way)$")


def _list_members(ctx: Ctx, sc: _Scan, sent: Sentence) -> None:
    """``sister cities include Asunción, Coimbra, Himeji and Montevideo``: in a list where known cities stand,
    the unknown names beside them are cities too."""
    t, base = sent.text, sent.start
    items = [m for m in _ITEM.finditer(t) if m.group("n").split()[0] not in NAME_STOP
             and not (m.start("n") == 0 and SENTENCE_ADVERB.fullmatch(m.group("n")))]  # Currently, the city has …
    if t.count(";") >= 2:  # Wuxi, China; Swansea, Wales; …: in each part only the first name is a city
        starts = [0] + [mm.end() for mm in re.finditer(r";", t)]
        items = [m for m in items if "," not in t[max(c for c in starts if c <= m.start("n")):m.start("n")]]
    if not items:
        return
    known = [m for m in items if any(x.start == base + m.start("n") and x.type == "City" for x in ctx.mentions)]
    if not known and not in_tie_list(ctx, sent):
        return  # a list with no city in it (Nobby Clark, deputy mayor Tom Campbell and Crs …): people, not places
    if len(known) < 2 and _city_items(ctx, sent) < 3 and not in_tie_list(ctx, sent):
        return
    if re.search(rf"\b(?:{TITLE_RE})\s+{WORD}", t) and len(known) < len(items) / 2:
        return  # titles before the names of a list mostly unknown: a list of people
    for m in items:
        s, name = base + m.start("n"), m.group("n")
        if len(name.rstrip(".")) <= 2:
            continue  # S. Korea, the U.S.: an initial, not a place
        if _NO_TOWN_ITEM.search(name):
            continue  # View Calendar, Polehampton Close, BradfordConcert_Jul24: a page's link, a street, a file's name
        if not sc.free(s, s + len(name)) or re.search(ORG_HEADS, name) or title_of_any(name) or \
                PERSON_AFTER.match(ctx.text, s + len(name)) or AGE_BEFORE_NAME.search(ctx.text, sent.start, s) or \
                _headline_phrase(name, t) or (len(name.split()) == 2 and name.split()[0] in given_names_en()
                                              and name.split()[1] in surnames_en() and not in_tie_list(ctx, sent)):
            continue  # Mason Keefe, 17-year-old senior …: a person in the list, not a city (so is the Mayor of
            # Dublin, California, Melissa Hernandez: a given name and a surname)
        cc = _country_near(ctx, sent, s + len(name))
        sc.add(s, s + len(name), name, city_iri(cc or "zz", name), "City", "new")


def _headline_phrase(name: str, text: str) -> bool:
    """Whether a list item of a Title Case line is a phrase, not a name: it opens with a title in the plural (``Mayors
    Holt and Ruiz``) or holds a word a headline capitalises (``Cooperation Between Brookfield``).

    >>> _headline_phrase("Cooperation Between Brookfield", "Mayors Sign Historic Sister Cities Agreement, Fostering Cooperation")
    True
    >>> _headline_phrase("Mayors Jane Holt", "and met Mayors Jane Holt, Ann Lee and Ed Ruiz.")
    True
    >>> _headline_phrase("San Pedro Tlaltepec", "Mayors Sign Historic Sister Cities Agreement, Fostering Cooperation")
    False
    >>> _headline_phrase("Governors Island", "a ferry to Governors Island, Staten Island and Coney Island.")
    False
    """
    words = name.split()
    if words[0].endswith("s") and re.fullmatch(rf"(?:{TITLE_RE})", words[0][:-1]) and not (
            len(words) > 1 and words[1] in ("Island", "Islands", "Bay", "Point", "Beach", "Falls", "Harbor", "Harbour")):
        return True  # (but Governors Island: a place)
    return _title_case(text) and any(w in HEADLINE_NAME_STOP for w in words[1:])


#: a word with a contracted verb (``I’m``, ``we're``, ``they’ve``): no place's name
_CONTRACTION = re.compile(r"\w['’](?:m|re|ve|ll|d)$")


def title_of_any(name: str) -> bool:
    return re.search(rf"\b(?:{TITLE_RE})\b", name) is not None


def _title_case(text: str) -> bool:
    """A headline in Title Case, where capitals do not mark names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _trim(name: str) -> str:
    """The place's own name in a phrase: without the stop words and level words around it; none when the phrase
    ends in a plural (``Five Japanese Cities``: a group of places, no place), is a level word alone (``the Town’s
    Twin City``: the town the article speaks for) or holds a contraction (``Obninsk and I’m ready``).

    >>> _trim("Dubbo City"), _trim("Five Japanese Cities"), _trim("Town"), _trim("I’m")
    ('Dubbo', '', '', '')
    """
    words = name.split()
    if words and (words[-1] in PLACE_GROUP_WORDS or all(w in GENERIC_LEVEL_WORDS for w in words) or
                  any(_CONTRACTION.search(w) for w in words)):
        return ""
    while words and words[-1] in PLACE_STOP | {"City", "County"}:
        words.pop()
    return " ".join(words) if words and words[0] not in PLACE_STOP else ""


#: a title and one capitalised word, then a verb or the end of a clause (``Mayor Carlisle signs …``, ``said Mayor
#: Martin.``): the word is a surname even when a town bears it (not ``Mayor Carlisle of X``, ``Mayor Kent County``)
_TITLE_THEN_SURNAME = re.compile(r"\b(?:Mayor|Governor|Councillor|Councilor|Councilman|Councilwoman|Cllr|Alderman|"
                                 r"Commissioner|Cr)\.?\s+(?P<n>[A-Z][a-z]+)(?=\s+(?!of\b|in\b|de\b|and\b)[a-z]+\b|"
                                 r"\s+[A-Z][a-z]+s\s+(?![A-Z])|\s*[,.;:]|\s*$|"
                                 # (Mayor Fargo and Mr. Wayne Hironaka: another person named after and)
                                 r"\s+and\s+(?:Mr|Mrs|Ms|Dr|Prof|Mayor|Governor|Councillor|Cllr)\b)")
#: a surname alone: ``Dalton``, ``McGovern``, ``O'Neill``, ``Smith-Jones``
_SURNAME = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
#: a plural title before two surnames (``Cllrs Morrow and Dalton``, ``Councillors Hill and Jackson``,
#: ``Cllrs McGovern and Dalton``)
_TITLES_THEN_SURNAMES = re.compile(r"\b(?:Mayors|Councillors|Councilors|Cllrs|Aldermen|Commissioners|Crs)\.?\s+"
                                   rf"(?P<a>{_SURNAME})\s+(?:and|&)\s+(?P<b>{_SURNAME})\b(?!\s+[A-Z])")
#: the words after a name that make it a region's descriptor (``the Mekong Delta province of Vinh Long``)
_DESCRIBES_REGION = re.compile(r"\s+(?:province|region|state|prefecture)\s+of\s+[A-Z]")
#: a landmark's or an institution's name that ends in ``of`` before a place (``the Museum of the Bicentennial of``)
_NAMED_AFTER_OF = re.compile(r"\b(?:Museum|Monument|Bicentennial|Centennial|Plaza|Square|Palace|"
                             r"Cathedral|Church|Basilica|Avenue|Street|Boulevard|Bridge|Heroes|Martyrs|"
                             r"Revolution|Battle|Siege|Treaty|Declaration)\s+of\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,3}$")
#: a region word after a place's name (``Donetsk region``, ``Lviv oblast``): the name is the region's
_REGION_WORD_AFTER = re.compile(r"\s+(?:region|oblast|voivodeship|province|governorate|krai|raion|district)\b")
#: the words before a source a sentence cites (``according to Jiangsu Daily``, ``reported by the Hubei Daily``)
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|reported\s+by|quoted\s+by|citing)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")
#: the words before a place that contains the one named before it (``now part of the Montval commune``)
#: (or near which it lies: ``Moosburg, near Munich``)
_PART_OF = re.compile(r"\b(?:(?:now\s+)?part\s+of\s+(?:the\s+)?(?:(?:commune|municipality|city|town|district)\s+of\s+)?|"
                      r"(?<=[a-z] )(?:borough|ward)\s+of\s+|"  # the Brooklyn borough of New York City
                      r"(?:near|outside|close\s+to|not\s+far\s+from|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                      r"(?:the\s+)?(?:provincial\s+|prefectural\s+|state\s+)?capital\s+of|"
                      # a district of Beijing, Xicheng, the west district of Beijing: the city the district is part of
                      r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:district|borough|ward|suburb|neighbou?rhood|quarter)\s+of)"
                      r"\s+(?:the\s+)?(?:(?:city|state|province|prefecture|region|department)\s+of\s+)?|"
                      # Albuquerque in the U.S. state of New Mexico: the state a town lies in, no party
                      r"(?<=[A-Za-z] )in\s+the\s+(?:[A-Z][\w.]*\s+)?(?:state|province|prefecture|region|county|"
                      r"department|canton)\s+of\s+|"
                      # the second largest city in the Hiroshima Prefecture: a ranked town's region, where it lies
                      r"\b(?:largest|biggest|smallest|oldest|main|major|busiest)\s+"
                      r"(?:(?!(?:sister|twin|partner|friendship|friendly)\b)[\w-]+\s+)?(?:city|town|port)\s+(?:in|of)\s+"
                      r"(?:the\s+)?|"
                      # Bundaberg, a coastal town in Queensland: an apposition that says where the place before lies
                      r",\s+(?:a|an)\s+(?:(?!(?:sister|twin|twinned|friendship|partner|friendly)\b)[\w-]+,?\s+){0,4}"
                      r"(?:city|town|village|port|municipality|community|county|district|borough|suburb|resort|capital)\s+"
                      r"(?:(?:located|situated|lying)\s+)?(?:in|on)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\w-]*\s+)?)$")
#: (a compass word may be hyphened: ``a small town in north-west New South Wales``)


#: a partner named as a district or suburb right after ``with`` (``twinned with the Parisian suburb of Issy``): the
#: district itself, not the town it lies in
_WITH_THE_SUBURB = re.compile(r"\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:district|borough|ward|suburb|"
                              r"neighbou?rhood|quarter)\s+of\s+$")


def _locators(ctx: Ctx, sent: Sentence) -> None:
    """``Nam-gu, Ulsan`` / ``Hwaseong City in Gyeonggi Province`` / ``X, Texas``: the second one locates the first."""
    ctx.mentions[:] = [m for m in ctx.mentions if not (
        m.type == "City" and sent.start <= m.start < sent.end and m.surface in CAPITAL_CITIES and (
            CAPITAL_FOR_STATE_AFTER.match(ctx.text, m.end) or CAPITAL_FOR_STATE_BEFORE.search(ctx.text, sent.start, m.start)))]
    # (Moscow's invasion, pressure from Washington: a capital standing for its state is no town of the story)
    ms = sorted(ctx.in_sentence(sent, types=("City", "Country")), key=lambda m: m.start)
    for m in ms:  # Chateau du Loir, now part of the Montval commune: the commune contains the town, no party
        part = _PART_OF.search(ctx.text, max(0, m.start - 50), m.start)
        if part and _WITH_THE_SUBURB.search(ctx.text, max(0, part.start() - 12), part.end()):
            continue  # twinned with the Parisian suburb of Issy: the suburb itself is the partner
        if part:
            m.qualifier = True
            region = next((c for c in ctx.gz.lookup(m.surface, lang="en") if c.kind == "region"), None) \
                if "capital" in part.group(0) and m.type == "City" else None
            if region is not None:  # the capital of Paraná: the state, not the Argentine city of that name
                m.iri = region.iri
                ctx.levels[m.start] = "province"
    for m in ms:  # the Museum of the Bicentennial of Independence, the University of Tokyo: a place in a name, no party
        if m.type == "City" and _NAMED_AFTER_OF.search(ctx.text, max(sent.start, m.start - 80), m.start):
            m.qualifier = True
    for m in ms:  # …, according to Jiangsu Daily: a source's name, no party
        if _SOURCE_BEFORE.search(ctx.text, max(sent.start, m.start - 40), m.start):
            m.qualifier = True
    for m in ms:  # guests enjoyed a day trip to the village of Honfleur: an outing's stop, no party
        if m.type == "City" and _OUTING_TO_BEFORE.search(ctx.text, max(sent.start, m.start - 60), m.start):
            m.qualifier = True
    cities = [m for m in ms if m.type == "City"]
    for m in cities:  # the Arizona State Capital of Phoenix: the state describes the capital, which is the place
        if _CAPITAL_OF_AFTER.match(ctx.text, m.end) or (m.surface.endswith(" State") and
                                                        _CAPITAL_OF_AFTER.match(" State" + ctx.text[m.end:m.end + 40])):
            m.qualifier = True
    for i, m in enumerate(cities):  # located between Düsseldorf and Cologne: landmarks that say where a town lies
        if _LIES_BETWEEN_BEFORE.search(ctx.text, max(sent.start, m.start - 60), m.start):
            m.qualifier = True
            for n in cities[i + 1:i + 2]:
                if re.fullmatch(r"\s+(?:and|&)\s+", ctx.text[m.end:n.start]):
                    n.qualifier = True
    for a, b in pairwise(cities):  # Tokyo's Minato Ward, Seoul's Jongno District: the city only locates its ward
        if re.fullmatch(r"['’]s\s+", ctx.text[a.end:b.start]) and (
                _WARD_AFTER.match(ctx.text, b.end) or re.search(r"\s(?:Ward|District|Borough)$", b.surface)):
            a.qualifier = True
    for m in cities:  # the Chinese Consul General in New York: the mission's seat, no party
        if _MISSION_SEAT.search(ctx.text, max(sent.start, m.start - 80), m.start):
            m.qualifier = True
    for i, m in enumerate(cities):  # a flight to Tokyo … arrived in Sakata: a leg's end before the place they reach
        if _LEG_TO.search(ctx.text, max(sent.start, m.start - 40), m.start) and any(
                _LEG_THEN.search(ctx.text, max(m.end, x.start - 40), x.start) and
                not _LEG_STOP_TOLD.search(ctx.text, m.end, x.start) for x in cities[i + 1:]):
            m.qualifier = True
            ctx.waypoints.add(m.start)
    for a, b in pairwise([m for m in ms if m.type == "City"]):  # had flown from London to Munich: legs of a journey
        if _TRAVEL_LEG.search(ctx.text, max(sent.start, a.start - 60), a.start) and \
                re.fullmatch(r"\s+to\s+", ctx.text[a.end:b.start]):
            a.qualifier = True
            ctx.waypoints.add(a.start)
            if not _LEG_STOP_TOLD.match(ctx.text[b.end:b.end + 30].lstrip(", ")):
                b.qualifier = True  # (fly from Incheon to Annecy, their sister city: the journey's end is the story's)
                ctx.waypoints.add(b.start)
    for cm in _COUNCIL_OF_AREAS.finditer(sent.text):  # the Mayor of Causeway Coast and Glens Borough Council: one
        areas = [m for m in ms if m.type == "City" and sent.start + cm.start() <= m.start < sent.start + cm.end("areas")]
        for m in areas[1:]:  # council named for its areas: the first stands for it, the others are no parties
            m.qualifier = True
        first = sent.start + cm.start("areas")
        if areas and areas[0].start != first and all(m.kind == "new" for m in areas) and \
                not any(m.start == first for m in ctx.mentions):
            areas[0].qualifier = True  # (Causeway Coast and Glens: no table knows the first area; the whole name is
            add_new_place(ctx, first, cm.group("areas"))  # the borough's, not its last word's)
    compared = _COMPARED_LEAD.match(sent.text)
    for m in ms:  # Unlike Kiel, Coventry is twinned with Graz: the town compared with is no party of the sentence
        if compared is not None and m.type == "City" and m.end <= sent.start + compared.end():
            m.qualifier = True
    lead = LOCATED_LEAD.match(sent.text)
    for m in ms:  # Located in X province in southeast Y, Z is …: the places of the opening phrase only locate Z
        if lead is not None and m.type == "City" and m.end <= sent.start + lead.end():
            m.qualifier = True
    for m in ms:  # the Santa Fe City Council Chambers, New Mexico: a state after a venue only says where it lies
        cand = ctx.gz.by_iri.get(m.iri)
        if m.type == "City" and cand is not None and cand.kind == "region" and VENUE_BEFORE_REGION.search(
                ctx.text, max(sent.start, m.start - 60), m.start):
            m.qualifier = True
    for m in ms:  # Newark is a major city of the State of New Jersey, 800,000 people in Jiangsu Province: where it lies
        cand = ctx.gz.by_iri.get(m.iri)
        if m.type == "City" and ((cand is not None and cand.kind == "region") or ctx.level(m) == "province") and \
                LIES_IN_BEFORE_REGION.search(ctx.text, max(sent.start, m.start - 60), m.start):
            m.qualifier = True
    for m in ms:  # Macon Sister Cities International (MSCI) of Georgia State: a state after a body only locates it
        if m.type == "City" and ctx.level(m) == "province" and re.search(
                rf"\b(?:{ORG_HEADS}|International)\s*(?:\([^)]{{1,20}}\))?\s+(?:of|in)\s+(?:the\s+)?$",
                ctx.text[max(sent.start, m.start - 80):m.start]) and not re.search(
                r"\bPeople['’]s\s+(?:Committee|Council)\s+of\s+(?:the\s+)?$", ctx.text[max(sent.start, m.start - 40):m.start]):
            m.qualifier = True  # (but the People's Committee of Bac Ninh province: the province's own government)
    for m in ms:  # looking for a Missouri partner, a central Ohio counterpart: a state that only describes the noun
        cand = ctx.gz.by_iri.get(m.iri)
        if m.type == "City" and ((cand is not None and cand.kind == "region") or ctx.level(m) == "county") and \
                (article := STATE_AS_ADJECTIVE_BEFORE.search(ctx.text, max(sent.start, m.start - 30), m.start)):
            noun = STATE_AS_ADJECTIVE_DEFINITE_AFTER if article.group("definite") else STATE_AS_ADJECTIVE_AFTER
            last = m.surface.split()[-1]
            if noun.match(ctx.text, m.end) or (last.islower() and noun.fullmatch(" " + last)):
                m.qualifier = True  # (A Rhode Island city: the region read with the common noun, an adjective all
                # the same)
    for m in ms:  # the East Texas representatives, the Minnesota State Capitol, a chamber (IACC) (Gujarat): a state
        cand = ctx.gz.by_iri.get(m.iri)  # that names an area, a landmark or a body's seat only locates
        if m.type == "City" and ((cand is not None and cand.kind == "region") or ctx.level(m) == "province"):
            before = REGION_DESCRIBED_BEFORE.search(ctx.text, max(sent.start, m.start - 12), m.start)
            after = REGION_DESCRIBED_AFTER.match(ctx.text, m.end)
            if (before is not None and (not before.group(0).endswith("(") or (after and after.group(0) == ")"))) or \
                    (after is not None and after.group(0) != ")"):
                m.qualifier = True
    cities = [m for m in ms if m.type == "City"]
    for a, b in pairwise(cities):  # Australia Queensland City of Ipswich (the Korean order): the region locates the city
        cand = ctx.gz.by_iri.get(a.iri)
        if ((cand is not None and cand.kind == "region") or ctx.level(a) == "province") and \
                re.fullmatch(r"\s+(?:City|Town|Municipality)\s+of\s+(?:the\s+)?", ctx.text[a.end:b.start]):
            a.qualifier = True
    for a, b in pairwise(cities):
        gap = ctx.text[a.end:b.start]
        if _REGION_OF_GAP.fullmatch(gap):  # Kawagoe, in the prefecture of Saitama; Haining county of Zhejiang: the
            region = next((c for c in ctx.gz.lookup(b.surface, lang="en") if c.kind == "region"), None)
            if region is not None:  # region only locates the town (the prefecture, not a city of its name)
                b.iri = region.iri
            b.qualifier = True
            ctx.levels[b.start] = "province"
            continue
        if not re.fullmatch(r"\s*(?:,\s*(?:in|from)\b|,|\(|\bin|\bof)\s*(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|"
                            r"north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                            r"(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:['’]s)?\s+)?"
                            r"(?:(?:province|prefecture|state|region)\s+of\s+)?", gap):  # (in the central province of X)
            continue  # (Zibo in East China's Shandong province, Guangzhou in south China's Guangdong Province: a
            # country between, as a possessive; Kurashiki (Okayama Prefecture): the region in brackets)
        la, lb = ctx.level(a), ctx.level(b)
        if re.match(r"\s*,\s*from\b", gap) and (la == "province" or ((ca_ := ctx.gz.by_iri.get(a.iri)) is not None and
                                                 ca_.kind == "region")):
            continue  # (Delegates from Gyeonggi, from Alberta: two regions listed, the second locating nothing)
        ca, cb = ctx.gz.by_iri.get(a.iri), ctx.gz.by_iri.get(b.iri)
        inside = ca is not None and cb is not None and ca.country == "KR" and cb.country == "KR" and \
            ca.province == cb.name_ko and ca.iri != cb.iri
        after_b = re.match(r"\s*,\s*", ctx.text[b.end:b.end + 4])
        country_next = after_b is not None and any(
            x.type == "Country" and x.start == b.end + after_b.end() for x in ms)  # Kure, Hiroshima, Japan
        item_end = ";" in sent.text and re.match(r"\s*(?:;|\.|$)", ctx.text[b.end:b.end + 3]) is not None
        next_country = next((str(x.iri).rsplit("/", 1)[-1].upper() for x in ms if x.type == "Country" and
                             after_b is not None and x.start == b.end + after_b.end()), None)
        prefecture = next((c for c in ctx.gz.lookup(b.surface, lang="en") if c.kind == "region" and (
            (cb is not None and c.country == cb.country and country_next) or
            (country_next and next_country is not None and c.country == next_country) or  # Funchal, Madeira, Portugal
            (ca is not None and c.country == ca.country and item_end))), None) if gap.strip() == "," else None
        # (and Honolulu, Hawaii; in a list whose items are split by semicolons: the state of the city before)
        a_country = ca.country if ca is not None else (country_of(ctx, a.iri) or "ZZ")
        if prefecture is None and gap.strip() == "," and la not in ("province", "region"):
            b_cands = ctx.gz.lookup(b.surface, lang="en")
            us_state = a_country == "US" and (not any(c.kind == "foreign" for c in b_cands) or
                                              re.match(r",\s+(?!and\b|or\b)[a-z]", ctx.text[b.end:b.end + 8]) is not None)
            if a.kind == "new" or ca is None or us_state:
                prefecture = next((c for c in b_cands if c.kind == "region" and (
                    c.country == a_country or a_country == "ZZ")), None)
            # (Hilo, Hawaii and Tacoma, Washington, signed: a US town is written with its state, a state named like a
            # city only when a verb follows it; so is a town the gazetteer lacks)
        if prefecture is None and gap.strip() in ("in", "of"):  # (Maui County of Hawaii: the state, no partner)
            prefecture = next((c for c in ctx.gz.lookup(b.surface, lang="en") if c.kind == "region" and (
                c.country == a_country or (ca is None and a_country == "ZZ" and a.kind == "new"))), None)
            # (Kumatori Town in Osaka: the prefecture, whose country a new town takes when none is known)
        if prefecture is not None:
            b.iri = prefecture.iri  # Kure, Hiroshima, Japan: the prefecture of that name, between a city and its country
            ctx.levels[b.start] = "province"
        if gap.strip() == "," and _REGION_WORD_AFTER.match(ctx.text, b.end):
            b.qualifier = True  # Bakhmut, Donetsk region: the region the city lies in, named by its centre
            ctx.levels[b.start] = "province"
            continue
        three_part = country_next and gap.strip() == "," and next_country is not None and \
            (ca.country if ca is not None else country_of(ctx, a.iri)) == next_country == \
            (cb.country if cb is not None else country_of(ctx, b.iri))  # Funchal, Madeira, Portugal: a region between
        if three_part and cb is None:
            ctx.levels[b.start] = "province"  # (a new name there is the region's: no town of its own)
        if _LEVELLED_ITEM.search(b.surface) and _LEVELLED_ITEM.search(a.surface) and _listed_after(ctx, b, cities) \
                and (cb is None or cb.level not in ("sido", "region")):
            continue  # Dinh Hoa district, Song Cong city, and Pho Yen city: items of one list, each with its level word
        if lb == "province" or la in ("district", "county") or inside or prefecture is not None or three_part or (
                gap.strip() == "," and lb == "county" and la not in ("province", "region")
                and not re.match(r"\s*,?\s*(?:and|or)\b", ctx.text[b.end:b.end + 8])):  # (not in a list: A, B County, and C)
            b.qualifier = True  # (the City of Pittsburgh, Allegheny County, Pennsylvania: the county locates the city)


#: a place written with its own lower-case level word (``Song Cong city``, ``Cheongdo county``)
_LEVELLED_ITEM = re.compile(r"\s(?:city|county|district|town|township|province|prefecture)$")


def _listed_after(ctx: Ctx, b: Mention, cities: list[Mention]) -> bool:
    """Whether ``b`` goes on a list of places written with level words: a comma or ``and`` after it, then one more
    such place of ``b``'s own level (``A district, B city, and C city``) or one that ends the list (``A county, B
    city, and C county``), not one another place locates (``A district, B city, and C district, D city``)."""
    gap = re.match(r"\s*,?\s*(?:(?:and|or)\s+)?", ctx.text[b.end:b.end + 10])
    level = _LEVELLED_ITEM.search(b.surface)
    if gap is None or level is None or not gap.group(0).strip():
        return False
    nxt = next((m for m in cities if m.start == b.end + gap.end() and _LEVELLED_ITEM.search(m.surface)), None)
    if nxt is None:
        return False
    lv = _LEVELLED_ITEM.search(nxt.surface)
    located = any(m.start > nxt.end and re.fullmatch(r"\s*,\s*", ctx.text[nxt.end:m.start]) for m in cities)
    return (lv is not None and lv.group(0) == level.group(0)) or not located
    # (Ba Dinh district, Hanoi city, and Jongno district, Seoul city: each city locates the district before it; in
    # A county, B city, and C county, C ends the list)


#: a city's acronym in brackets after its name (``the Kathmandu Metropolitan City (KMC)``)
_CITY_ACRONYM = re.compile(r"(?:\s+(?:Metropolitan|Municipal|Sub-Metropolitan)?\s*(?:City|Municipality|Corporation|"
                           r"Council|Government))?\s*\((?P<a>[A-Z]{2,6})\)")


def city_acronyms(ctx: Ctx) -> None:
    """``the Kathmandu Metropolitan City (KMC)``: the acronym, written alone later, is that city."""
    found: dict[str, Mention] = {}
    for m in [x for x in ctx.mentions if x.type == "City"]:
        a = _CITY_ACRONYM.match(ctx.text, m.end)
        if a is not None and a.group("a") not in ACRONYM_STOP and a.group("a")[0] == m.surface[:1].upper():
            found.setdefault(a.group("a"), m)  # (its first letter the city's: Kelowna (BC) names the province)
    for acro, city in found.items():
        for hit in re.finditer(rf"(?<![\w(]){acro}(?![\w)])", ctx.text):
            if not any(x.start < hit.end() and hit.start() < x.end for x in ctx.mentions):
                ctx.mentions.append(Mention(hit.start(), hit.end(), acro, city.iri, "City", city.kind))
                ctx.levels[hit.start()] = ctx.level(city)


def _listed_partners(ctx: Ctx, sc: _Scan, sent: Sentence, pos: int) -> None:
    """The names listed after a tie's first partner (``with both Alzey and Cosne``): each a place, up to the
    first word that is no name (a title, an organisation, a function word)."""
    base = sent.start
    while (more := _MORE_PARTNERS.match(sent.text, pos - base)) is not None:
        name = _trim(more.group("n"))
        s = base + more.start("n")
        if not name or name.split()[0] in NAME_STOP or re.search(ORG_HEADS, name) or title_of_any(name) or \
                _ACRONYM.fullmatch(name) or PERSON_AFTER.match(ctx.text, s + len(name)):
            return
        if sc.free(s, s + len(name)) and not ctx.gz.lookup(name, lang="en"):
            sc.add(s, s + len(name), name, city_iri(_country_near(ctx, sent, s + len(name)) or "zz", name), "City",
                   "new")
        pos = base + more.end("n")


def repeat_new_places(ctx: Ctx) -> None:
    """A name the article has made a city (``mayor of Alzey``) is that city wherever else it stands alone
    (``went to Alzey``), before or after: each free occurrence becomes a mention of the same city. A name
    read as a new city in one place and as a known one in another is the known one (``the mayor of
    Huntingdon`` in an article whose headline ties Huntingdon, the English town)."""
    known = {m.surface: m.iri for m in ctx.mentions if m.type == "City" and m.kind != "new"}
    for m in ctx.mentions:
        if m.type == "City" and m.kind == "new" and m.surface in known and "/zz/" in str(m.iri):
            m.iri = known[m.surface]
    new = {m.surface: m for m in ctx.mentions if m.type == "City" and m.kind == "new" and not m.qualifier
           and re.fullmatch(rf"{WORD}(?:\s+{WORD}){{0,2}}", m.surface) and m.surface.split()[0] not in NAME_STOP}
    for surface, first in new.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", ctx.text):
            s, e = hit.start(), hit.end()
            inner = [x for x in ctx.mentions if " " in surface and x.type == "City" and x.kind != "new" and
                     s <= x.start and x.end <= e and (x.start, x.end) != (s, e)]
            if any(x.start < e and s < x.end and x not in inner for x in ctx.mentions):
                continue
            ctx.mentions[:] = [x for x in ctx.mentions if x not in inner]  # the people of Yamato Takada: the known
            # Yamato inside the new name gives way
            ctx.levels.setdefault(s, ctx.levels.get(first.start, "city"))
            ctx.mentions.append(Mention(s, e, surface, first.iri, "City", "new",
                                        qualifier=_PART_OF.search(ctx.text, max(0, s - 50), s) is not None))


#: what makes a town's name that is a common noun the noun: an article or a capitalised word right before it
#: (``a Trade Mission``, ``the Summit``, ``Economic Mission``)
_COMMON_NOUN_BEFORE = re.compile(r"(?:\b(?:a|an|the|A|An|The)|[A-Z][a-z]+)\s+$")
_LEVEL_TAIL = re.compile(r"\s+(?:City|Town|Shire|Borough|Municipality|city|town)$")  # (not County: Los Angeles County is no
# government of the city of Los Angeles, and County Wicklow no town of Wicklow)


def level_variants(ctx: Ctx) -> None:
    """A new place written with its level word and without it in one article (``Tullamore Town`` and ``Tullamore``,
    ``Marlow City`` and ``Marlow``) is one place, named the shorter way; the longer name stays an alias. Known
    places are left as the tables tell them (``Cebu City`` and the province of ``Cebu`` are two)."""
    bare = {m.surface: m.iri for m in ctx.mentions if m.type == "City" and not m.qualifier}
    for m in list(ctx.mentions):
        tail = _LEVEL_TAIL.search(m.surface) if m.type == "City" and m.kind == "new" else None
        short = m.surface[:tail.start()] if tail is not None else None
        if short is not None and short not in bare and tail is not None and \
                tail.group(0).endswith("Town") and not ctx.gz.lookup(short, lang="en"):
            # (only Town: Iloilo City, Hutt City are the cities' names, the bare word often the province's or river's)
            alone = _written_alone(ctx, short)  # the Granard Town Twinning delegation … travelled north to Granard
            for s in alone:
                ctx.mentions.append(Mention(s, s + len(short), short, m.iri, "City", "new"))
            if alone:
                bare[short] = m.iri
        if short is not None and short in bare and (bare[short] == m.iri or "/zz/" in str(m.iri)
                                                    or country_of(ctx, m.iri) == country_of(ctx, bare[short])):
            ctx.alts.setdefault(bare[short], set()).add(m.surface)
            old = m.iri
            for x in ctx.mentions:
                if x.iri == old:
                    x.iri = bare[short]


def _written_alone(ctx: Ctx, word: str) -> list[int]:
    """Where a new place's bare name stands alone in the article, as a town's name does (``travelled north to
    Granard``, ``the Granard team``): never at a sentence's start, never before another capitalised word, inside
    another name or in lower case anywhere; none when the word is written in lower case anywhere (``swords``)."""
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", ctx.text) or " " in word:
        return []
    taken = [(x.start, x.end) for x in ctx.mentions]
    starts = {sent.start for sent in ctx.sentences}
    out = []
    for hit in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", ctx.text):
        s, e = hit.start(), hit.end()
        if s in starts or any(a < e and s < b for a, b in taken) or re.match(r"\s+[A-Z]", ctx.text[e:e + 3]) or \
                re.search(r"[A-Z][\w'’-]*\s+$", ctx.text[max(0, s - 30):s]):
            continue
        out.append(s)
    return out


def add_new_place(ctx: Ctx, start: int, name: str, *, level: str = "city") -> Mention:
    """A place the text makes a party though no table knows it (``Little Rock in Arkansas, which is …``)."""
    iri = city_iri("zz", name)
    m = Mention(start, start + len(name), name, iri, "City", "new")
    ctx.levels[start] = level
    ctx.mentions.append(m)
    return m


def country_of(ctx: Ctx, iri: URIRef) -> str | None:
    """The ISO code a new city's IRI carries (None when unknown)."""
    cc = str(iri).split("/city/")[1].split("/")[0].upper() if "/city/" in str(iri) else None
    return None if cc == "ZZ" else cc


_REGION_WORD = re.compile(r"(?P<stem>.+?)\s+(?:Province|province|Prefecture|prefecture|State|state)")


#: what only a town has, said of a name a state shares (``Mayor X of New York``, ``the New York mayor``, ``New York
#: City Council``, ``the city of New York``): the town
_TOWN_CUE_BEFORE = re.compile(rf"(?:\b(?i:{TITLE_RE})\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}of|\b[Cc]ity\s+of|\b[Mm]ayor\s+of)\s+(?:the\s+)?$")
_TOWN_CUE_AFTER = re.compile(r"\s+(?:[Mm]ayor|[Cc]ity\s+(?:[Cc]ouncil|[Hh]all|[Gg]overnment)|[Cc]ouncil(?:l?or)?s?)\b")


def towns_named_like_states(ctx: Ctx) -> None:
    """``Mayor Eric Adams of New York``, ``the New York mayor``: a name read as a state whose town the gazetteer knows
    under the same name (or with ``City``) is that town where only a town fits (a mayor's, a city council's)."""
    for m in ctx.mentions:
        cand = ctx.gz.by_iri.get(m.iri) if m.type == "City" else None
        if cand is None or cand.kind != "region":
            continue
        before = ctx.text[max(0, m.start - 60):m.start]
        titled = _TOWN_CUE_BEFORE.search(before) is not None
        if not (titled or _TOWN_CUE_AFTER.match(ctx.text, m.end)):
            continue
        if titled and re.match(r"\s+(?:[Ss]tate|[Pp]rovince|[Pp]refecture|[Cc]ounty)\b",
                                                       ctx.text[m.end:m.end + 12]):
            continue  # (the Governor of New York State: the state)
        town = next((c for c in [*ctx.gz.lookup(m.surface, lang="en"), *ctx.gz.lookup(m.surface + " City", lang="en")]
                     if c.type == "City" and c.kind != "region" and c.country == cand.country), None)
        if town is not None and not re.search(r"\b(?i:governor|state|assembly|senator|legislature)\b[^.]{0,30}$", before):
            m.iri, m.qualifier = town.iri, False
            ctx.levels[m.start] = "city"


def bare_regions(ctx: Ctx) -> None:
    """A bare name whose province the article names (``Jiangsu Province`` … ``Jilin and Jiangsu``) is that province,
    not a city of the same name (Jilin City) nor another node the store holds under the bare name."""
    regions: dict[str, URIRef] = {}
    starts: dict[URIRef, list[int]] = {}
    for m in ctx.mentions:
        word = _REGION_WORD.fullmatch(m.surface) if m.type == "City" else None
        cand = ctx.gz.by_iri.get(m.iri)
        if word is not None and cand is not None and cand.kind == "region":
            regions[word.group("stem")] = m.iri
            starts.setdefault(m.iri, []).append(m.start)
    for m in ctx.mentions:
        iri = regions.get(m.surface) if m.type == "City" else None
        if iri is not None and re.search(rf"\b{re.escape(m.surface)}\s+[Cc]ity\b", ctx.text):
            continue  # Saitama City, Saitama Prefecture … from Saitama: the city is named too, a bare name may be either
        sent = next((s for s in ctx.sentences if s.start <= m.start < s.end), None)
        if iri is not None and sent is not None and any(m.end <= p < sent.end for p in starts[iri]):
            continue  # Hiroshima, the capital of Hiroshima Prefecture: the city, its prefecture named after it
        if iri is not None and m.iri != iri and any(c.iri == iri for c in ctx.gz.lookup(m.surface, lang="en")):
            m.iri = iri
            ctx.levels[m.start] = "province"
