"""People with titles in English text, and the body each title binds them to (``schema:worksFor``).

Families: a title before the name with the place before it (``Chuncheon Mayor Kim Ga-on``,
``Nam-gu Council Chair Lee Jeong-hoon``) or after it (``Mayor Suhyeon Kang of Yangju``); a title
after the name (``Park Do-yun, Mayor of Seoul``); a title before the place before the name (``the
Mayor of Seoul, Park Do-yun``); a role in brackets after a city (``Nam-gu, Ulsan (Mayor Seo
Dong-wook)``); the council's officer (``the council's chief executive Andrew Mason``); a bare title
(``Cr Ben Blain``, ``Mayor Jerry Treñas``): a local title binds to the article's own city, a
chair to the organisation named before it, a national office to nothing. Later, a surname alone
(``Treñas said``) or a title with it (``Mayor Oh``) refers to the person already named.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from rdflib import URIRef

from .. import vocab as V
from ..hangul import HANGUL
from ..names.loader import given_names_en, surnames_en
from ..vocab import minted
from .context import Mention
from .en_context import EnCtx as Ctx
from .en_places import DEMONYMS
from .model import Entity, Span
from .patterns_en import (
    ACTS_AFTER_COMMA_NAME,
    ATTEND_CUE,
    BODY_OR_BUILDING_LAST,
    BODY_PART_AFTER,
    CITY_GROUP_MEMBER_GAP,
    COMPASS_PART,
    CREDIT_WORDS,
    DELEGATION_FROM_BEFORE,
    DELEGATION_MEMBER_GAP,
    DELEGATION_ROSTER_OPENING,
    DEPARTMENT_WORDS,
    EVENTISH_NAME_WORDS,
    FIELD_LIKE_WORD,
    FIELD_OFFICE,
    FIELD_WORDS,
    GENERIC_LEVEL_WORDS,
    GROUP_AFTER_NAME,
    GROUP_OF_CITY_AFTER,
    GROUP_OF_CITY_BEFORE,
    HEADING_VERB_TITLES,
    HEADLINE_NAME_STOP,
    HEADS_BODY_AFTER,
    HONORIFIC_RE,
    INITIAL,
    LIST_HONORIFIC,
    LONE_NAME_STOP,
    MEMBER_BODY_HEAD,
    MEMBER_TITLE,
    MEMBERS_LISTED_AFTER,
    MONTH_SURNAMES,
    NAME_INNER_WORDS,
    NAME_INSIDE_ONLY,
    NAME_LEAD_WORDS,
    NAME_STOP,
    NATIONAL_TITLE,
    NOT_A_PERSON_WORD,
    OCCUPATION_NOUNS,
    ONE_HOLDER_ROLES,
    ORG_HEADS,
    OTHER_SIDE_AFTER,
    OTHER_SIDE_BEFORE,
    PEOPLE_GROUP_WORDS,
    PEOPLE_LIST_INTRO,
    PLACE_SUFFIXES,
    PLURAL_TITLES,
    POST_ROLES,
    PRE_ROLE_NOUNS,
    ROLE_FIELD_STOP,
    SITE_LAST_WORDS,
    SPEECH_VERBS,
    STAFF_POST,
    SURNAME_VERBS,
    THING_AFTER_MASTER,
    THING_AFTER_NAME_WORDS,
    TITLE_HONORIFICS,
    TITLE_RE,
    TITLES,
    UNIT_WORD_BEFORE_NAME,
    UP,
    VISITORS_FROM,
    WITH_DELEGATION_FROM,
    WORD,
    Title,
    title_of,
)
from .text_units import Sentence

#: small words inside a name (``Yousef bin Khalid Al Marzooqi``, ``Anna van der Berg``)
_NAME_PARTICLE = (r"(?:(?:bin|bint|ibn|[Vv]an|[Vv]on|[Dd]e|[Dd]el|[Dd]os|[Dd]as|da|di|du|der|den|al|el)\s+"
                  r"(?:(?:der|den|la|las|los|le)\s+)?)")  # (Oscar De las Salas, Gabriela Núñez de Reyes)
#: an initial glued to the name (Mongolian usage: ``S.Batbold``, ``Ch.Batbayar``)
_GLUED_INITIAL = rf"[{UP}][a-z]?\.(?=[{UP}][a-z])"
#: a nickname in quotes inside a name (``Sebastian "Baste" Z. Duterte``): no part of the name kept
_NICKNAME_WORD = r"(?:[\"“][A-Z][\w'’.-]*[\"”]|‘[A-Z][\w'.-]*’)"  # ("Baste", “Baste”, ‘Rocky’)
_NICKNAME = rf"(?:{_NICKNAME_WORD}\s+)"
_MIDDLE_INITIAL = rf"[{UP}]{{1,2}}\.(?=\s[{UP}][a-z])"  # (a middle initial of two letters: Meynardo LB. Montealegre)
_NAME = rf"(?:{INITIAL}\s?|{_GLUED_INITIAL})*{WORD}(?:\s+{_NICKNAME}?{_NAME_PARTICLE}?(?:(?:{_MIDDLE_INITIAL}|{INITIAL})\s?)*{WORD}){{0,3}}"
_T = rf"(?:{TITLE_RE})"
#: a verb that says a person holds an office (``was still``, ``has been``, ``served as``)
COPULA_OFFICE = r"\s+(?:was|is|has\s+been|had\s+been|became|served\s+as|serves\s+as)(?:\s+(?:still|then|also|formerly|once))?\s+"
_PRE = re.compile(rf"(?:(?<![\w-])|(?<=\b[Tt]hen-)|(?<=\b[Ee]x-))(?P<title>(?i:{_T}))(?:,?\s+(?i:cllr|councill?or|coun|cr|alderman|alderwoman|alderperson)\.?)?(?:\s+|,\s+(?={TITLE_HONORIFICS}{_NAME}(?:,|;|\s+(?:{ACTS_AFTER_COMMA_NAME})\b)))"
                  rf"{TITLE_HONORIFICS}(?P<name>{_NAME})(?:,?\s+(?:of|from)\s+(?:the\s+)?(?P<of>{WORD}(?:\s+{WORD}){{0,3}}))?")
#: (the place may be set off by a comma: ``Mayor Toshihito Kumagai, of Chiba City, Japan``)
#: an office's field in small letters (``tourism``, ``international relations``): the words of FIELD_WORDS
_SMALL_FIELD = "|".join(sorted({w.lower() for w in FIELD_WORDS}, key=len, reverse=True))
#: Park Do-yun, Mayor of Seoul; Mr Toshihide Yada (Mayor of Chuo Ward)
#: (or the office said with a verb: ``when Allan Thompson was still mayor of Caledon``)
_POST = re.compile(rf"(?P<name>{_NAME})(?:,?\s+(?:Jr|Sr)\.?)?(?:\s*\([^)]{{0,30}}\))?(?:,\s+|\s+\(|{COPULA_OFFICE})(?:the\s+|a\s+|an\s+)?"
                   r"(?P<former>(?:former|ex-)\s*)?"  # (X, a former mayor of Y: the person, whose post is past)
                   rf"(?:(?i:acting|interim|outgoing|incoming|newly[- ]elected)\s+)?"  # (X, the acting governor of Y)
                   rf"(?:(?:Municipal|City|Town|Provincial)\s+)?"  # (Paolo D. Santos, Jr., Municipal Mayor of Bayog)
                   rf"(?P<title>(?i:{_T})(?:\s+and\s+(?i:{_T}))?)\s+(?:of|at|for)\s+(?:the\s+)?"
                   # (the office's field in small letters, then its body: ``X, director of tourism for Ota City``)
                   rf"(?:(?:{_SMALL_FIELD})(?:\s+(?:and\s+)?(?:{_SMALL_FIELD})){{0,3}}\s+(?:for|in|at)\s+(?:the\s+)?(?=[A-Z]))?"
                   rf"(?:(?:municipal|provincial|city|town|county|district|local)\s+(?=[A-Z]))?"  # (of the municipal X)
                   r"(?:(?:province|city|town|municipality|county|state|prefecture|district|region)\s+of\s+(?:the\s+)?)?"
                   # (Governor of the province of Ilocos Sur: the level written before the name)
                   rf"(?:(?P<of>{WORD}(?:\s+(?:of\s+|and\s+(?!{WORD}\s+{WORD},\s+(?:the\s+)?(?i:{_T})\b)|for\s+|&\s+)?{WORD}){{0,5}})|"
                   # (or a body written in small letters after "of", no name: ``Qiu Jian, director general of transport
                   # bureau,``; a field after "for" is read below: ``X, deputy governor for economy, in Y``)
                   r"(?P<small>[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,4}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[a-z]+)?)?"
                   r"(?=\s*(?:[,;.]|\s+and\s+[A-Z]|$))))")  # (not ``mayor of sister city Kobe``: a name after small words)
#: (the body's name stops before "and" and the next titled person: … of the X Municipality and Jane Roe, Lord Mayor of Y)
#: a name, its title and its body, each set off by a comma (``Astik Kumar Pandey, Commissioner & Administrator,
#: Municipal Corporation of Aurangabad``, ``John Smith, Chairman, Leeds Twinning Association``): the body is the one
#: read right there
_POST_COMMA_BODY = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<title>(?:(?i:{_T})|{POST_ROLES}|{STAFF_POST})"
                              rf"(?:\s*(?:&|and)\s*[A-Z][a-z]+)?),\s+(?:the\s+)?(?=[A-Z])")
_POST_ROLE = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:[a-z]+\s+){{0,2}}(?P<title>{POST_ROLES}|Head)\s+(?:of|at|for|with)\s+(?:the\s+)?"
                        r"(?:(?:city|town|county|council|shire|borough)['’]s\s+)?"  # (chairman of the city's X Board)
                        r"(?:(?:[a-z]+\s+){1,4}(?:division|department|bureau|office|team|section|unit)\s+(?:of|at|in)\s+(?:the\s+)?)?"  # of a unit
                        rf"(?P<of>{WORD}(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?{WORD}){{0,5}})")
#: ``… delegation headed by``: the titled person after it leads the delegation of the city before it
#: a sentence that opens by saying where its people come from: ``From Perth, a delegation led by Mayor Y …``
_FROM_FRONTED = re.compile(r"\s*(?:From|Coming from|Travell?ing from)\s+(?:the\s+)?(?:(?:City|Town)\s+of\s+)?")
_LED_BY = re.compile(r"\s+(?:delegation|mission|team)\s+(?:headed|led)\s+by\s+(?:the\s+)?$")
#: a name and its office in the possessive of the body: ``Kim Kwang-hoe, Busan's deputy mayor, attended``
_POST_POSSESSIVE = re.compile(rf"(?P<name>{_NAME}),\s+(?P<of>{WORD}(?:\s+{WORD}){{0,2}})['’]s\s+(?P<former>(?:former\s+|then[\s-]|ex-\s*))?"
                              rf"(?:(?:new|current|first|newly\s+elected)\s+)?(?P<title>(?i:{_T}))"
                              rf"(?:\s+for\s+[a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,3}})?"
                              rf"(?:\s+(?:in|to|at)\s+{WORD}(?:\s+{WORD})?)?\s*[,.;]")
#: (also a post abroad: ``Liu Hong, China's consul general in Recife.``)
_POST_FIELD = re.compile(rf"(?P<name>{_NAME}),\s+(?P<title>(?i:{_T}))\s+for\s+[a-z][a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,3}}\s*[,.;]")
#: a name and a comma right before an office (``Zhou Li, Mayor of Weihai``)
_PAIR_BEFORE = re.compile(rf"(?<![\w-]){WORD}\s+{WORD},\s+(?:the\s+)?$")
#: an office in apposition after a name (``…, leader of the Foreign Affairs Office``, ``…, Consul General of``)
_OFFICE_AFTER = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}?(?:leader|head|member|director|chief|officer|secretary|"
                           r"president|chair(?:man|woman|person)?|consul(?:ate)?|deputy)\b", re.I)
_OF_THEN_NAME = re.compile(rf"\b(?:the\s+)?(?P<title>(?i:{_T}))\s+of\s+(?:the\s+)?(?P<of>{WORD}(?:\s+(?:(?:{NAME_INNER_WORDS})\s+)?"
                           rf"{WORD}){{0,3}}|(?<=the\s)(?:town|city|village|commune|municipality|borough|county|district))"
                           rf"(?:\s+(?:province|city|county|state|prefecture))?"  # Gyeongsangbuk province
                           rf"(?:\s+of\s+(?:the\s+)?{WORD}(?:\s+(?:of\s+)?{WORD}){{0,3}})?(?:\s*\([^)]{{1,12}}\))?"  # of the Republic of Korea (RoK)
                           rf"(?:,\s+|\s+(?:is|was)\s+(?=[{UP}][\w'’-]+\s+[{UP}])|"
                           rf"\s+(?=(?:Hon|HE|H\.E)\.?\s+(?!Treasurer|Secretary|President|Chair|Member)[{UP}]))"
                           rf"(?:(?:Cllr|Councill?or|Coun|Cr|Mr|Mrs|Ms|Dr|Prof|Hon|HE|H\.E)\.?\s+)?(?P<name>{_NAME})")
#: (an honorific may open the name with no comma: ``the speaker of Nairobi County Assembly Hon. Alex Ole Magelo``)
#: (or the copula before a name of two words or more: ``The mayor of Kitaura is Ren Oda``; the mayor of X, Cllr Y; The Mayor of Kanazawa, Mr. Hiro Tanaka; the Mayor of Weil am Rhein, Jo Roe; the Mayor of the
#: town, Jean Moreau: a title of a place the text does not name again, no body)
#: the Mayor of Kingston Marla Dunstan: a title of a place, then the name with no comma (the place is a mention)
_OF_PLACE_THEN_NAME = re.compile(rf"\b(?P<title>(?i:{_T}))\s+of\s+(?:the\s+)?(?:{WORD}(?:\s+{WORD})?['’]s\s+)?(?=[{UP}])")
#: (Mayor of Russia's Kazan City Oleg Petrov: the country's possessive before the place)
_NAME_AT = re.compile(rf"\s+{TITLE_HONORIFICS}(?P<name>{_NAME})")  # (the Governor of Nairobi HE. Evans Kidero)
#: before a title set off from the name after it by a comma: the title is an object or is led by an article, so
#: the name opens another clause (``In a letter to the Mayor, Kim …``, ``On behalf of the Mayor, …``, ``After meeting
#: the mayor, John Harper …``), not ``Jakarta Governor, Djarot …`` or a sentence that opens with the title
_COMMA_TITLE_OBJECT = re.compile(r"(?i:\b(?:the|a|an|to|with|of|for|from|after|before|following|alongside|"
                                 r"meeting|met|thanks|behalf)\s+)$")
#: Mexican Ambassador to Korea Bruno Figueroa: an envoy's title, the country sent to, then the name
_ENVOY = re.compile(rf"\b(?P<title>Ambassador|Consul[- ]General|Consul)\s+(?:to|in)\s+(?:the\s+)?"
                    rf"(?:{WORD}(?:\s+{WORD})?,\s+|{WORD}(?:\s+{WORD})??\s+)(?P<name>{_NAME})")
#: (also with a comma before the name: ``Uzbekistan's Ambassador to Korea, Alisher Umarov,``; ``Consul General in New
#: York, Tom Reed,``: a place of two words before the comma is the post's whole)
#: an envoy named before the post: ``Fiona Walsh, the Irish Ambassador to France,``
_ENVOY_AFTER = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?:(?:former|new|outgoing)\s+)?(?:{WORD}\s+){{0,2}}?"
                          rf"(?P<title>Ambassador|Consul[- ]General|Consul)\s+(?:to|in)\s+(?:the\s+)?{WORD}"
                          rf"(?:\s+(?:of\s+)?{WORD}){{0,3}}(?=\s*[,.;)]|\s*$)")
#: (the apposition closed by a comma: not ``Speaking after meeting Fiona Walsh, the Ambassador to France said``)
#: Chairwoman of the municipal People's Council Nguyen Thi Quyet Tam: the title of a body, then the name (no comma)
_OF_BODY_THEN_NAME = re.compile(rf"\b(?P<title>(?i:{_T}))\s+of\s+(?:the\s+)?(?P<of>(?:[\w'’.-]+\s+){{0,5}}?(?:{ORG_HEADS}))"
                                rf"\s+(?P<name>{_NAME})")
#: a title and its place right before a name (``Mayor of Uman Iryna Pletnyova``), and a name of two words or more
#: right after a body (``… Lord Mayor of Kassel Sven Schoeller``): in a list of such, no title goes back over a comma
_TITLE_OF_PLACE_BEFORE = re.compile(rf"\b(?i:{_T})\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,4}}$")
_NAME_AFTER_BODY = re.compile(r"\s+[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+(?!\s+(?:City|County|Council|Province|"
                              r"Prefecture|Committee|Association|Municipality)\b)")
_PAREN = re.compile(rf"\(\s*(?P<title>{_T})\s+(?P<name>{_NAME})\s*(?:[{HANGUL}]+(?:\s+[{HANGUL}]+)*\s*)?\)")
#: (the name may be glossed in Hangul before the bracket closes: ``(Mayor Park Jung-hyun 박정현)``)
#: a speaker with no title: ``said Jane Doe``, ``Jane Doe said``, ``according to Jane Doe``
_SPEAKER = re.compile(rf"(?<![\w-])(?P<c>{WORD}\s+{WORD}(?:\s+{WORD})?),\s+(?:(?:aged\s+)?\d{{1,2}},|(?:an?\s+)?\d{{1,3}}-year-old\b|"
                      # (obituaries and features: ``X, who was a translator``, ``X, co-founder of …``)
                      r"who\s+(?:was|is|had|has|served|helped|founded|led|worked)\b|(?:a\s+|the\s+)?(?:co-?)?founder\b|"
                      r"long-?time\s+(?:supporter|member|volunteer|friend)\b|"
                      r"(?:the\s+|a\s+)?(?:leader|head|member)\s+of\s+(?:the\s+)?[A-Z]|"  # (X, leader of the Foreign Affairs Office)
                      r"Consulate[- ]General\s+of\b)|"  # (X, Consulate General of Korea in Wuhan: the consul, so written)
                      rf"\b\d{{1,3}}-year-old\s+(?:[\w-]+\s+){{0,3}}?[a-z-]+,\s+(?P<d>{WORD}(?:\s+{WORD}){{1,2}})\b|"
                      rf"\b(?:said|says|added|according to|told by)\s+(?P<a>{WORD}(?:\s+{WORD}){{1,2}})\b(?!\s*(?:of\s+the\b|Council|City))"
                      r"(?![ \t]+[A-Z])"  # (said Sang Ho Lee of Burlington: the whole name, never its first words)
                      rf"|(?<![\w-])(?P<b>{WORD}(?:\s+{WORD}){{1,2}})\s+(?:said|says|added|explained|noted|told)\b"
                      # a name between commas before its verb (``the office, Aurora Delos Santos, said``)
                      rf"|(?<=,\s)(?P<f>{WORD}(?:\s+{WORD}){{1,2}}),\s+(?:said|says|added|explained|noted|told)\b"
                      # an honorific before a name (``Dr. Jane Ross``, ``Mr Kofi Mensah``, ``Mr. Hamada``): a person
                      # (and a cleric's: ``Father Tony Glynn``, ``Rev. Ann Lee``, ``Rabbi Dov Katz``; not Father Christmas)
                      rf"|(?<![Tt]he\s)\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Fr\.|Father|Bishop|Pastor|Rabbi|Imam|Monsignor|Msgr|"
                      # (an address of rank: ``His Excellency Josep Bosch``, ``Madam Sheran Palacio``, ``Alhaji Musa
                      # Bello``; not ``Honorable Mention``)
                      r"(?:His|Her)\s+Excellency|H\.\s?E\.|Madam|Alhaji|Hajia|Atty|Engr)\.?\s+"  # (Atty., Engr.: Philippine
                      # professional titles; the Malay ranks, Datuk and Tan Sri, are read with the titles they come with)
                      rf"(?!Christmas\b|Time\b)(?P<e>{WORD}(?:\s+(?:[{UP}]\.\s+)?{WORD}){{0,4}})\b"  # (Ms. Lorna K. Johnson)
                      # (not a place or a body named after a person: Dr Ruth S Mompati District Municipality)
                      r"(?!\s+(?:District|Municipality|Local|Metropolitan|Hospital|School|College|University|Foundation|"
                      r"Street|Road|Avenue|Park|Centre|Center|Stadium|Airport|Bridge|Memorial|Hall|Library)\b)"
                      # a group's leader named with no title (``officials of Kashima City led by Shinichi Taguchi``)
                      rf"|\b(?:led|headed)\s+by\s+(?P<g>{WORD}\s+{WORD}(?:\s+{WORD})?)\b(?!\s+[A-Z]|['’]s|-)"
                      # a martial-arts master's rank before a name of two words or more (``Master Sang Ho Lee``)
                      # (not a thing named so: the Harbor Master Plan Review, a Master Gardener Program)
                      rf"|(?<![Tt]he\s)(?<![Aa]\s)\b(?:Grand)?[Mm]aster\s+(?!(?:{THING_AFTER_MASTER})\b)"
                      rf"(?P<h>{WORD}(?:\s+(?!(?:{THING_AFTER_MASTER})\b){WORD}){{1,3}})\b(?![ \t]+[A-Z])")
#: Mayors Kim Dong-yeon of Suwon and Jane Roe of Cleveland: one plural title, each name with its place
_PLURAL = re.compile(rf"\b(?P<title>(?i:{'|'.join(PLURAL_TITLES)}))\s+"
                     rf"(?P<n1>{_NAME})\s+of\s+(?:the\s+)?(?P<of1>{WORD}(?:\s+{WORD}){{0,2}})(?:,\s+|\s+and\s+|,\s+and\s+)"
                     rf"(?P<n2>{_NAME})\s+of\s+(?:the\s+)?(?P<of2>{WORD}(?:\s+{WORD}){{0,2}})")
#: a group of office holders of one place, then some of them by name (``three former mayors of Corby, among them Alan
#: Price and Ruth Abel``, ``councillors of Lund, including Cr Jo Hale``): each named one holds the office there
_GROUP_INCLUDING = re.compile(rf"\b(?P<title>(?i:{'|'.join(PLURAL_TITLES)}|councill?ors))\s+of\s+(?:the\s+)?"
                              rf"(?:(?:city|town|county)\s+of\s+)?(?P<of>{WORD}(?:\s+{WORD}){{0,2}}),?\s+"
                              r"(?:including|among\s+them|among\s+whom\s+(?:was|were)|such\s+as|namely)\s+(?P<l>[^.;:()]+)")
_LISTED_NAME = re.compile(rf"(?:,\s+and\s+|,\s*|\s+and\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Cr|Cllr|Coun)\.?\s+)?(?P<n>{_NAME})")
#: two names, then their plural title and their two places in the same order: ``Juan Garcia and Maria Lopez, Mayors of
#: Brownsville, Texas and Altamira, Tamaulipas``
_PAIR_THEN_PLURAL = re.compile(rf"(?P<n1>{_NAME})\s+and\s+(?P<n2>{_NAME}),\s+(?:the\s+)?(?P<title>(?i:{'|'.join(PLURAL_TITLES)}))\s+"
                               rf"of\s+(?P<of1>{WORD}(?:\s+{WORD}){{0,2}})(?:,\s+{WORD}(?:\s+{WORD})?)?,?\s+and\s+"
                               rf"(?P<of2>{WORD}(?:\s+{WORD}){{0,2}})")
#: a hosting verb before a titled guest in the same clause (``… to host Mayor X``, ``welcomed Mayor X``)
_HOSTED_BEFORE = re.compile(r"\b(?:host|hosted|hosting|welcome|welcomed|welcoming|receive|received|receiving|greeted)\s+"
                            r"(?:[^.;:]{0,60}?,\s+)?(?:(?i:the)\s+)?$")
#: councillors named together after their plural title: ``Councillors Mark Doyle and Sarah Finch``, ``Crs A B and C D``
_HON_NAME = rf"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?P<n>{_NAME})"  # (a name in a list may have its honorific: Mr. Ken Ito)
_COUNCILLORS = re.compile(rf"\b(?:(?:[Cc]ity\s+|[Tt]own\s+|[Mm]unicipal\s+)?[Cc]ouncill?ors|Cllrs\.?|Crs\.?|[Cc]ouncilmembers|"
                          rf"[Cc]ouncil members|[Aa]ldermen|[Aa]ssembly\s+[Mm]embers|[Aa]ssemblymembers)\s+"
                          rf"(?P<l>{_HON_NAME.replace('?P<n>', '')}(?:(?<=Jr|Sr)\.)?(?:\s*,\s*{_HON_NAME.replace('?P<n>', '')}"
                          rf"(?:(?<=Jr|Sr)\.)?)*,?\s+and\s+"  # (Edgar Lentorio Jr., Roselle Erames: a suffix's stop)
                          rf"{_HON_NAME.replace('?P<n>', '')})"
                          rf"(?:\s+of\s+(?:the\s+)?(?:[Cc]ity\s+of\s+)?(?P<of>{WORD}(?:\s+{WORD}){{0,2}}))?")
#: Mayors Helen Varga and Kenji Oda, Govs. Dana Whitlock and Ramon Ibarra: one plural title, two names with no
#: place each (their places, when the sentence pairs them ``between A and B``, in the same order)
_PLURAL_PAIR = re.compile(rf"\b(?P<title>(?i:{'|'.join(PLURAL_TITLES)})|Govs\.?)\s+(?P<n1>{WORD}(?:\s+{WORD}){{1,2}})\s+and\s+"
                          rf"(?P<n2>{WORD}(?:\s+{WORD}){{1,2}})\b(?!\s+of\b)")
_BETWEEN_PAIR = re.compile(rf"\bbetween\s+(?:the\s+)?(?P<a>{WORD}(?:\s+{WORD}){{0,2}})\s+and\s+(?:the\s+)?(?P<b>{WORD}(?:\s+{WORD}){{0,2}})")
#: the counterpart's own title, when the apposition gives it (``his Nairobi counterpart, governor Sakaja Johnson``)
_OWN_TITLE = rf"(?:(?P<own>(?i:{_T}))\s+)?"
#: his Cleveland counterpart, Jane Roe: the title of the person named before, the place before ``counterpart``
_COUNTERPART = re.compile(rf"\b(?:his|her|their)\s+(?P<of>{WORD}(?:\s+{WORD}){{0,2}})\s+(?:counterpart|equivalent|opposite number),?"
                          rf"\s+{_OWN_TITLE}(?P<name>{_NAME})")
#: (and with the place after: ``his counterpart from Changwon, Hong Nam-pyo``)
_COUNTERPART_FROM = re.compile(rf"\b(?:his|her|their)\s+(?:counterpart|equivalent|opposite number)\s+(?:from|of|in)\s+(?:the\s+)?(?P<of>{WORD}(?:\s+{WORD}){{0,2}}?),?"
                               rf"\s+{_OWN_TITLE}(?P<name>{_NAME})")
#: the place between commas, however long (``her counterpart from the X District Municipality in the Y Province,
#: Jo Tladi,``): the name after the comma
_COUNTERPART_FROM_COMMA = re.compile(rf"\b(?:his|her|their)\s+(?:counterpart|equivalent|opposite number)\s+(?:from|of|in)\s+"
                                     rf"(?:the\s+)?(?P<of>[A-Z][^,;.()]{{1,80}}?),\s+(?P<name>{_NAME})(?=\s*,)")
#: before a city: the other side's (``his counterpart from Changwon``): no city of the person named before
#: (and with no place: ``returning a visit by his counterpart Zhou Ming``: the one other city of the sentence)
_COUNTERPART_BARE = re.compile(rf"\b(?:his|her|their)\s+(?:counterpart|equivalent|opposite number),?\s+(?P<name>{_NAME})")
_COUNTERPART_FROM_BEFORE = re.compile(r"\bcounterparts?\s+(?:from|of|in)\s+(?:the\s+)?$")
#: a role noun with the words of its field before a full name: ``governance manager Owen Tate``
_ROLE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<field>(?:[\w&'’-]+\s+){{0,5}}(?:\([A-Z]{{2,8}}\)\s+)?)"
                          rf"(?P<noun>(?i:{PRE_ROLE_NOUNS}|{OCCUPATION_NOUNS}))"
                          rf"(?:\s+|,\s+(?={_NAME},))(?P<name>{_NAME})")
_OCCUPATION = re.compile(rf"(?i:{OCCUPATION_NOUNS})")
#: capitalised words of a scheme's or a group's name, never of a person's (``Exchange Program``, ``Ambassadors``)
_NOT_A_NAME = re.compile(r"\b(?:Programs?|Programmes?|Exchanges?|Ambassadors?|Residency|Awards?|Scholarships?|Festivals?|"
                         r"Week|Day|Teams?|Clubs?|Groups?|Cent(?:er|re)s?|Projects?|Tours?|Camps?)\b")
#: professional credentials between a name and its title (``Ara Mihranian, AICP, City Manager``, ``Jo Roe, P.E.,
#: City Engineer``): no part of the name, nor a body
_CREDENTIALS = r"(?:,\s+(?:[A-Z]{2,5}|Ph\.?\s?D\.?|P\.\s?E\.|Esq\.?|J\.\s?D\.)(?=,))*"
#: a name, then its place and title with no possessive (``Jiro Sato, Iwakuni mayor,``)
_POST_PLACE_TITLE = re.compile(rf"(?P<name>{_NAME}){_CREDENTIALS},\s+(?:the\s+)?(?P<of>{WORD}(?:\s+{WORD}){{0,2}}?)\s+"
                               rf"(?P<title>(?i:{_T}))\s*[,.;]")  # (Kofi Mensah, the Tema Municipal Chief Executive,)
#: a name, then the title of "the city" (``Li Wen, the city's mayor,``): the city the sentence names before it
_POST_THE_CITYS_TITLE = re.compile(rf"(?P<name>{_NAME}),\s+the\s+(?:city|town|county|municipality)['’]s\s+"
                                   rf"(?P<title>(?i:{_T}))\s*[,.;]")
#: the title in lower case, then the name between commas (``the mayor, Karl Heinz Brauer,``)
_THE_TITLE_COMMA_NAME = re.compile(rf"\bthe\s+(?P<title>mayor|deputy mayor|vice mayor|lord mayor|governor|council chair|"
                                   rf"chairman|chairwoman|chairperson|city manager|town manager),\s+(?P<name>{_NAME}),")
#: a name, then a capitalised role with no body (``Ravi Sharan, International Relations Officer,``)
_POST_CAP_ROLE = re.compile(rf"(?P<name>{_NAME}){_CREDENTIALS},\s+(?P<role>(?:[A-Z][a-z]+\s+){{1,3}}(?:Officer|Manager|Coordinator|"
                            rf"Co-ordinator|Adviser|Advisor|Specialist|Liaison))\b"
                            rf"(?:\s+(?:of|at|for|with)\s+(?:the\s+)?(?P<of>{WORD}(?:\s+{WORD}){{0,5}}))?")
#: a name, then a role of a body written in lower case, no name of its own (``Greta Lindner, president of the
#: twinning committee,``): the person and the title, no body
_POST_ROLE_UNNAMED = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<title>{POST_ROLES})\s+of\s+(?:the|a|an|our|its|their)\s+"
                                r"[a-z][a-z' -]{2,40}?[,.]")
#: a name, then the role in the possessive of its body: ``Owen Tate, the council's governance manager,``
#: the fields of a government's or a body's director (``Gwacheon City’s personnel director``): any other field
#: (``Cork's jazz festival director``, ``Hollywood's hottest young director``) is no post of the place
_DIRECTOR_FIELDS = frozenset("""personnel finance financial planning tourism economic development community communications
international relations affairs operations program programme programs executive managing general public works parks
recreation cultural culture sports education human resources services marketing trade investment policy strategy
engineering health social housing environment environmental transport transportation legal administration administrative
technical regional city town county council foreign exchange exchanges partnership partnerships protocol cooperation
co-operation""".split())
_PRAISE = r"(?:favou?rite|best|famous|leading|top|beloved|legendary|renowned|acclaimed|award-winning|most|greatest|finest|own)"
_PRAISE_RE = re.compile(rf"\b{_PRAISE}\b")
_POST_OWN_ROLE = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<own>(?i:council|city|town|shire|borough|municipality)|"
                            rf"{WORD}(?:\s+{WORD}){{0,2}})['’]s\s+(?P<field>(?:(?!{_PRAISE}\b)[a-z][\w&-]*\s+){{0,3}})(?P<noun>{PRE_ROLE_NOUNS}|director)\b")
#: (a director in the possessive is a post: ``X, Gwacheon City’s personnel director,``; not a praise of someone,
#: ``X, Austin's favourite film director``)
#: the body a role's field opens with when it names none: ``Council governance manager``, ``the city's planner``
_OWN_BODY_WORD = re.compile(r"(?i:council|city|town|municipality|county|shire|borough)['’]s|Council|Shire|Borough|Municipality")
_TIE_OWNER_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}[\"“‘']?(?i:sister|twin|friendship|partner)")
#: (the tie word may be quoted: ``Aurora’s near-40-year “twin” relationship``)
_OWN_BODY = re.compile(r"\b(?:the|our|its)\s+(?:council|city|town|municipality|county)'s\s*$", re.I)


def _clean(name: str, ctx: Ctx, start: int) -> str:
    """The name cut before the first word that cannot be part of it (a title, a place, a month)."""
    out: list[str] = []
    pos = start
    words = name.split()
    while len(words) > 1 and not out and (HONORIFIC_RE.fullmatch(words[0]) or words[0] in NAME_LEAD_WORDS):
        pos = ctx.text.find(words[0], pos) + len(words[0])  # Dr Jane Roe, Alongside Zhang Jianting: no name's word
        words = words[1:]
    body_after = re.match(r",?\s+(?:of|from)\s+(?:the\s+)?[A-Z]", ctx.text[start + len(name):start + len(name) + 12])
    while len(words) > 2 and not out and not (words[1] in NAME_INSIDE_ONLY and body_after):  # Mayor Islamabad Sheikh
        # Anser Aziz: the city before the name is its body (not Governor Hassan Said Juma of Tanga: a name's own word
        # follows and the body is written after)
        idx = ctx.text.find(words[0], pos)
        if not any((m.start == idx and m.end == idx + len(words[0]) and m.type == "City") or
                   (m.start <= idx < m.end and m.type == "Country") for m in ctx.mentions):
            break  # (Ambassador to South Korea Yasumasa Nagamine: the rest of the country's name goes too)
        pos = idx + len(words[0])
        words = words[1:]
    line_start = ctx.text.rfind("\n", 0, start) + 1
    line_end = ctx.text.find("\n", start)
    headline = _title_case(ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)])
    for k, w in enumerate(words):
        idx = ctx.text.find(w, pos)
        if re.fullmatch(_NICKNAME_WORD, w):
            pos = idx + len(w)
            continue  # Sebastian "Baste" Z. Duterte: the nickname is no part of the name
        if out and re.fullmatch(r"[A-Z]\.", w) and k < len(words) - 1:
            out.append(w)  # Louis A. DePasquale, Paul I. Smith: a middle initial, never the article or pronoun
            pos = idx + len(w)
            continue
        if out and k == len(words) - 1 and w in MONTH_SURNAMES and not headline and \
                not re.match(r"\s*,?\s*\d", ctx.text[idx + len(w):idx + len(w) + 4]):
            out.append(w)  # Cllr Fionnuala May, Brendan June: a month that ends a name is a surname (not May 5)
            pos = idx + len(w)
            continue
        if w.rstrip(".,") in NAME_INSIDE_ONLY and (k == len(words) - 1 or w != w.rstrip(".,")):
            break  # Mayor Jomo Barasa Said …: a verb after the name (inside one, Jomo Said Barasa, a name's word)
        if (w.rstrip(".,") in NAME_STOP and (headline or w.rstrip(".,") not in SURNAME_VERBS)) or \
                (headline and w in HEADLINE_NAME_STOP) or title_of(w) is not None or any(
                m.start <= idx < m.end and m.type in ("Country", "Organization") for m in ctx.mentions):
            break
        out.append(w)
        pos = idx + len(w)
    return " ".join(out)


def _body_at(ctx: Ctx, pos: int, end: int, types: tuple[str, ...] = ("City", "Organization")) -> Mention | None:
    """The body named in ``pos:end``: the organisation when a city only starts its name (the Suwon City Council),
    or the place a country's part owns right after it (``governor of Northeast China's Jilin province``)."""
    found = next((m for m in sorted(ctx.mentions, key=lambda m: (m.start, m.type != "Organization"))
                  if pos <= m.start < end and m.type in types and not m.qualifier), None)
    owned = re.match(r"['’]s\s+", ctx.text[end:end + 4])
    if found is None and owned is not None and any(m.type == "Country" and pos <= m.start < end for m in ctx.mentions):
        found = next((m for m in ctx.mentions if m.start == end + owned.end() and m.type in types), None)
    return found


def _body_before(ctx: Ctx, sent: Sentence, pos: int, types: tuple[str, ...]) -> Mention | None:
    """A city or organisation ending right before ``pos`` (``Chuncheon Mayor``, ``Nam-gu Council Chair``); of two
    ending there, the longer (``Sister Cities of Fresno president``: the association, not Fresno)."""
    ending = [m for m in ctx.mentions if m.type in types and sent.start <= m.start and m.end <= pos
              and not ctx.text[m.end:pos].strip(" '’s")]
    if ending:
        return min(ending, key=lambda m: (m.start, ctx.mentions.index(m)))
    for m in ctx.mentions:
        if m.type in types and m.start < pos < m.end:  # Williamson County Judge: the title starts inside the name
            return m
    return None


def ranked_cities(ctx: Ctx) -> list[URIRef]:
    """Cities by how much the article is about them: mentions, and the first one named counts double."""
    score: dict[URIRef, float] = {}
    first: dict[URIRef, int] = {}
    for m in ctx.mentions:
        if m.type == "City" and not m.qualifier:
            score[m.iri] = score.get(m.iri, 0) + (0.5 if m.via_title else 1)
            first.setdefault(m.iri, m.start)
    if first:
        score[min(first, key=first.__getitem__)] += 2
    return sorted(score, key=lambda i: (-score[i], first[i]))


#: a town named as the writer's own (a mayor's column, a council's news): ``my week in X``, ``our town of X``,
#: ``here in X``, ``back home in X``
_HOME_BEFORE = re.compile(r"(?:\b(?:my|our)\s+(?:(?!(?:sister|twin|partner|friendship|friendly|trip|visit|journey)\b)[\w-]+\s+){0,3}?"
                          r"(?:in|of|at)|\bhere\s+in|\bback\s+home\s+in|"
                          r"\bour\s+(?:home\s+)?(?:town|city|borough|county)(?:\s+of)?,?)\s+(?:the\s+)?$", re.I)


def tie_owner(ctx: Ctx) -> URIRef | None:
    """The one city the article names as the owner of ties (``Harpenden's twin towns``), or None."""
    owners = {m.iri for m in ctx.mentions if m.type == "City" and not m.qualifier and _TIE_OWNER_AFTER.match(ctx.text, m.end)}
    return owners.pop() if len(owners) == 1 else None


def main_city(ctx: Ctx) -> URIRef | None:
    """The article's own city: the one city it names as the owner of ties (``Harpenden's twin towns``), else
    the one it names most, the first one named breaking ties."""
    owner = tie_owner(ctx)
    if owner is not None:
        return owner
    homes = {m.iri for m in ctx.mentions if m.type == "City" and not m.qualifier and
             _HOME_BEFORE.search(ctx.text, max(0, m.start - 50), m.start)}
    if len(homes) == 1:
        return homes.pop()  # the highlight of my week in Guildford: the writer's own town
    ranked = ranked_cities(ctx)
    return ranked[0] if ranked else None


#: the words before a place a titled person deals with or goes to (``signed a pact with``, ``visited``): not theirs
_COUNTERPART_BEFORE = re.compile(r"\b(?:(?:signed|inked|sealed|concluded|renewed)\s+(?:[\w-]+\s+){0,5}?(?:with|between)|"
                                 r"sign(?:s|ing)?\s+(?:[\w-]+\s+){0,5}?with|"  # (authorizing the mayor to sign with X)
                                 r"(?:sisterhood|twinning|friendship|cooperation|partnership)\s+(?:agreement|pact|accord|"
                                 r"memorandum|MOU|deal|relations?|relationship|ties?)\s+with|"  # (a sisterhood agreement with X)
                                 r"visited|visits|toured|travell?ed\s+to|went\s+to|flew\s+to|(?:had\s+|has\s+)?gone\s+to|"
                                 r"(?:will|to|would|plans?\s+to|is\s+to)\s+(?:travel|visit|go|fly|head)(?:\s+to)?|"
                                 r"travels\s+to|travell?ing\s+to|visiting|"
                                 r"headed\s+to|arrived\s+in|(?:trip|visit|journey|voyage|tour)\s+to|"
                                 r"(?:led|leads?|leading)\s+(?:an?\s+|the\s+|her\s+|his\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                                 r"(?:delegation|mission|team|group)\s+to|"
                                 r"(?:sister|twin|friendship)[- ](?:city|cities|town|towns)?\s*(?:tie|ties|relationship|"
                                 r"partnership|agreement|pact|link|links|bond)\s+with|twinning\s+with)\s+(?:the\s+)?"
                                 r"(?:(?:city|town)\s+of\s+)?$")
#: (and the partner of a tie the sentence names: ``… to dissolve the sister city tie with Tula``: the other side)


#: a welcoming verb before the visitors' city (``welcomed the Nagaoka delegation``)
_WELCOMED_BEFORE = re.compile(r"\b(?:welcom(?:ed|es|ing)|host(?:ed|s|ing)|receiv(?:ed|es|ing)|greet(?:ed|s|ing))\s+(?:the\s+)?"
                              r"(?:[a-z]+\s+)?$")


#: another holder of the same office named with a city later in the sentence: ``Mayor Dana Holt of`` X, X ``Mayor Dana``
_HOLDER_OF_BEFORE = re.compile(rf"\b(?:{TITLE_RE})\s+(?:{WORD}\s+){{1,3}}of\s+(?:the\s+)?$")
_HOLDER_AFTER = re.compile(rf"\s+(?:{TITLE_RE})\s+{WORD}")
#: an officer of the place after it, named or not (``Mayor Y of``, ``the mayor of``)
_OFFICER_OF_BEFORE = re.compile(rf"\b(?i:{TITLE_RE})\s+(?:{WORD}\s+){{0,3}}of\s+(?:the\s+)?$")
#: the words before a place a titled person is away in (``was in Osaka``, ``visiting Daejeon``, ``arrived in Hue``)
_AWAY_BEFORE = re.compile(r"\b(?:(?:was|is|were|are|will\s+be)\s+(?:\w+\s+)?in|visit(?:ed|ing|s)?|toured|touring|"
                          r"arrived\s+in|travell?ed\s+to|flew\s+to|went\s+to|(?:trip|visit|journey|mission|tour)\s+to)\s+"
                          r"(?:the\s+)?(?:(?:sister|twin)\s+(?:city|town)\s+)?$")
#: a verb of meeting someone between a bare title and a place whose officer is named (``Vice Mayor X met Mayor Y of
#: Fukuyama``): the place is the other side's
_MET_BEFORE = re.compile(r"\b(?:met|meets|meeting\s+with|called\s+on|paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+on|"
                         r"welcomed|received|greeted|hosted)\b")


#: a delegation named again, then its members (``The delegation, comprised of Mayor Y and …``)
_THE_DELEGATION_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?delegation\b"
                                    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,3})?"  # (… from X included)
                                    r",?\s+(?:comprised\s+of|consisting\s+of|made\s+up\s+of|"
                                    r"composed\s+of|including|included|includes|comprised|consisted\s+of|led\s+by|"
                                    r"headed\s+by)\s+(?P<list>[^.;]{0,160}?)$")


#: a clause of its own inside a delegation's list: the people after it are no members (``…, who was received by …``)
_CLAUSE_IN_LIST = re.compile(r"\b(?:who|which|was|were|is|are|by|received|greeted|welcomed|met|hosted)\b")


def _in_delegation_list(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """``pos`` is inside the list of what a delegation was made of (``The delegation from X included A, B and …``),
    no clause of its own between (``…, who was received at City Hall by Deputy Mayor Y``: Y is no member)."""
    m = _THE_DELEGATION_BEFORE.search(ctx.text, sent.start, pos)
    return m is not None and not _CLAUSE_IN_LIST.search(m.group("list"))


#: what may stand between two officials of one list: names, titles, commas and ``and`` (no verb, no lower-case word)
_LIST_GAP_PIECES = r"(?:[\s,;]+|and\b|[A-Z][\w.'’-]*(?![\w.'’-]))*"  # (each piece one way only: no backtracking)
_LIST_GAP = re.compile(_LIST_GAP_PIECES)
_CITY_TITLE_THEN_LIST = re.compile(rf"\s+(?i:{_T})\s+{_LIST_GAP_PIECES}")


def _list_mate_city(ctx: Ctx, sent: Sentence, pos: int) -> URIRef | None:
    """The city of the first official of the list ``pos`` continues (``Itabashi Mayor X and Chairman Y, Assembly
    Members A and B``: Itabashi's), when only names, titles and commas stand between them; else None."""
    chain, at = None, pos
    for x in sorted(ctx.in_sentence(sent, types=("Person",)), key=lambda x: -x.end):
        if x.end > at:
            continue
        if not _LIST_GAP.fullmatch(ctx.text, x.end, at) or any(
                y.type in ("City", "Country", "Organization") and x.end <= y.start < at for y in ctx.mentions):
            break  # (Manila Mayor X and Guangzhou, China Mayor Y: a place between names the next one's city)
        chain, at = x, x.start  # back to the list's first official
    body = ctx.person_body.get(chain.iri) if chain is not None else None
    if body is None:  # (the list's first official not read yet: its city and title open the list)
        head = max((c for c in ctx.in_sentence(sent, types=("City",)) if c.end <= pos and not c.qualifier
                    and _CITY_TITLE_THEN_LIST.fullmatch(ctx.text, c.end, pos)), key=lambda c: c.end, default=None)
        if head is not None and not any(y.type in ("City", "Country", "Organization") and head.end <= y.start < pos
                                        for y in ctx.mentions):
            return head.iri
        return None
    return body if any(c.iri == body and c.type == "City" for c in ctx.mentions) else None


#: a relative clause whose verb is another's (``guests who traveled to Springfield``): where they went says nothing
#: of the titled person's town
_OTHERS_WENT = re.compile(r"\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?$")


#: a title shared with the person just named (``the Deputy Mayor of X, Ms Y, and her fellow councillors``)
_FELLOW_BEFORE = re.compile(r"\b(?:her|his|their|its)\s+fellow\s+$", re.I)


#: the name of a city's own council or government (``Perth and Kinross Council``, ``Whanganui District Council``):
#: the city inside it stays the article's, whoever serves it
_CITY_S_OWN_BODY = re.compile(r"(?:Council|Government|Municipality|Corporation|Assembly|City Hall)$")


#: words that qualify a title, no body's name (``Assistant Director``, ``Interim Chief Executive``)
_TITLE_MODIFIERS = frozenset("Assistant Deputy Interim Acting Senior Executive General Chief Vice Associate Principal "
                             "Managing Former Honorary Joint Lead Head".split())


#: between a body and a title: the titled person is a colleague there (``His Granard Municipal District colleague Cllr
#: X``, ``her Fingal County Council colleagues, Cllrs X and Y``)
_COLLEAGUE_GAP = re.compile(r"\s+colleagues?,?\s+")
#: words that make a name a firm's (``Geely Holding``, ``Haier Group``): no person's
_FIRM_WORDS = re.compile(r"\b(?:Holdings?|Group|Corp|Corporation|Inc|Ltd|Limited|Company|Co|LLC|PLC|GmbH|Bank|Motors?)\b")
#: a title word that ``General`` completes (``Secretary General``, ``Director General``, ``Consul General``)
_GENERAL_OF_TITLE = re.compile(r"(?:Secretary|Director|Consul|Attorney|Inspector|Solicitor|Postmaster)[- ]$")
#: the end of a local government body's name (``… Municipal District``, ``… County Council``)
_LOCAL_BODY_END = re.compile(r"(?:Council|District|Borough|County|Assembly|Municipality|Corporation of \w+)$")


#: after a title, its name and what the holder signed for (``Mayor Ana Cruz signed on behalf of …``, ``… signed the
#: agreement for …``, ``Governor X, on behalf of …``): the side the holder stands for follows
_ON_BEHALF_AFTER = re.compile(rf"(?:(?i:{TITLE_RE})\s+)+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*,?\s+"
                              r"(?:(?:who\s+)?signed\s+(?:(?:the\s+[\w-]+\s+(?:[\w-]+\s+)?)?on\s+behalf\s+of|for)|on\s+behalf\s+of)"
                              r"\s+(?:the\s+)?(?:(?:City|city|Town|town|Municipality|municipality)\s+of\s+)?")


def _sender_told_before(ctx: Ctx, sent: Sentence) -> URIRef | None:
    """The one town the two sentences before ``sent`` say a delegation came from (``A delegation of officials from
    Tagbilaran City visited …``), else None."""
    before = [s for s in ctx.sentences if s.end <= sent.start][-2:]
    senders = {m.iri for s in before for m in ctx.in_sentence(s, types=("City",))
               if not m.qualifier and DELEGATION_FROM_BEFORE.search(ctx.text, max(s.start, m.start - 60), m.start)}
    return senders.pop() if len(senders) == 1 else None


def _default_body(ctx: Ctx, title: Title, sent: Sentence, pos: int, named: set[URIRef] | None = None) -> URIRef | None:
    if title.name == "premier":
        return None  # (Premier Li Qiang, the Premier said: a premier's province is only the one written with the title)
    behalf = _ON_BEHALF_AFTER.match(ctx.text, pos, sent.end)
    side = next((m.iri for m in ctx.in_sentence(sent, types=("City", "Organization")) if behalf is not None and
                 m.start == behalf.end() and not m.qualifier), None)
    if side is not None:  # Mayor X signed on behalf of Tagum City: the side the signer stands for
        return side
    colleague = next((m.iri for m in ctx.in_sentence(sent, types=("Organization", "City")) if m.end <= pos and
                      _COLLEAGUE_GAP.fullmatch(ctx.text, m.end, pos) and (
                          m.type == "City" or title.body not in ("city", "council") or _LOCAL_BODY_END.search(m.surface))),
                     None)  # (a councillor's colleague body is a council or a district, not Intel Corporation)
    if colleague is not None:  # His Granard Municipal District colleague Cllr X: the body they share
        return colleague
    if _FELLOW_BEFORE.search(ctx.text, max(sent.start, pos - 20), pos):
        fellow = max((x for x in ctx.in_sentence(sent, types=("Person",)) if x.end <= pos and x.iri in ctx.person_body),
                     key=lambda x: x.end, default=None)
        if fellow is not None:  # her fellow councillors A and B: the body of the one named before them
            return ctx.person_body[fellow.iri]
    mate = _list_mate_city(ctx, sent, pos) if title.body in ("city", "council") and \
        title.role not in ONE_HOLDER_ROLES else None
    if mate is not None:  # Itabashi Mayor X and Councillor Y: one list, one city (but not a second mayor)
        return mate
    roster = DELEGATION_ROSTER_OPENING.match(sent.text)
    if title.body in ("city", "council") and roster is not None and re.fullmatch(
            r"[\s,]*(?:(?:and\s+)?[A-Z][\w.'’-]*,?\s*)*", ctx.text[sent.start + roster.end():pos]):
        # (The trip included a meeting with Mayor X: the people met, no members)
        sender = _sender_told_before(ctx, sent)
        if sender is not None:  # A delegation from Tagbilaran City visited … The trip included Mayor X: the sender's
            return sender
    if title.body in ("city", "province"):
        group = next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.end <= pos
                      and GROUP_OF_CITY_BEFORE.search(ctx.text, max(sent.start, m.start - 30), m.start)
                      and GROUP_OF_CITY_AFTER.fullmatch(ctx.text, m.end, pos)), None)
        if group is not None:  # Representatives of Jeungpyeong County including Governor X: that county's
            return group
    if title.body == "province":  # Gov. X with no state named: the article's state, if it names one
        states = [i for i in ranked_cities(ctx) if any(m.iri == i and ctx.level(m) == "province" for m in ctx.mentions)]
        later = {x.iri for x in ctx.in_sentence(sent, types=("City",)) if x.start > pos and (
            _HOLDER_OF_BEFORE.search(ctx.text, max(pos, x.start - 60), x.start) or _HOLDER_AFTER.match(ctx.text, x.end))}
        states = [i for i in states if i not in later]  # Governor X and Gangwon Governor Y: Gangwon's governor is Y
        guests = {m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.start > pos and VISITORS_FROM.search(
            ctx.text, max(0, m.start - 100), m.start) and _MET_BEFORE.search(ctx.text, pos, m.start)}
        states = [i for i in states if i not in guests]  # (Chief Minister X met a delegation from Fukuoka prefecture)
        free = [i for i in states if i not in (named or set())]  # not the state another titled person stands for
        return next(iter(free or states), None)
    if title.body == "city" and title.country:  # Bürgermeister X: the German city of the article
        of_country = [i for i in ranked_cities(ctx) if _country(ctx, i) == title.country]
        if of_country:
            return of_country[0]
        others = [i for i in ranked_cities(ctx) if _country(ctx, i) is None]
        return others[1] if len(others) > 1 else None
    if title.body == "city":
        ranked = ranked_cities(ctx)
        owner = tie_owner(ctx)
        if owner is not None and owner in ranked and ctx.gz.by_iri.get(owner) is not None and \
                ctx.gz.by_iri[owner].kind != "region":  # Aurora's twin city … Ward 5 Councillor X: the tie owner's
            ranked = [owner, *(i for i in ranked if i != owner)]  # council, though the partner is named more often
        held = {b for p, b in ctx.person_body.items() if (e := ctx.reading.entities.get(p)) is not None
                and e.attrs.get("jobTitle") == title.role}
        councils = [(o.start, o.end) for o in ctx.mentions if o.type == "Organization" and o.iri in held]
        held |= {c.iri for c in ctx.mentions if c.type == "City" and any(s <= c.start < e for s, e in councils)}
        offices = [(o.start, o.end) for o in ctx.in_sentence(sent, types=("Organization",))
                   if o.iri in ctx.person_body.values() and not _CITY_S_OWN_BODY.search(o.surface)]
        inside = {c.iri for c in ctx.in_sentence(sent, types=("City",)) if any(
            s <= c.start < e and re.search(r"\bof\s+(?:the\s+)?$", ctx.text[s:c.start]) for s, e in offices)}
        # (only a city written after "of" inside the office: the Foreign Affairs Office of Hubei, not Busan's own
        # Busan Tourism Organization)
        named_apart = {c.iri for c in ctx.mentions if c.type == "City" and not any(s <= c.start < e for s, e in offices)}
        ranked = [i for i in ranked if i not in inside or i in named_apart]
        # (Mayor X and Y of the Foreign Affairs Office of Hubei: not Hubei's, when the article names Hubei only there)
        near = [m.iri for m in sorted(ctx.in_sentence(sent, types=("City",)), key=lambda m: -m.start)
                if m.start < pos and not m.qualifier and m.iri not in held]
        if near and held and title.role in ONE_HOLDER_ROLES:  # … in Mexico City, according to Mayor X (Seoul's
            # mayor already named): that city's (councillors are many: a second one is no other city's)
            return near[0]
        led = next((m.iri for m in ctx.in_sentence(sent, types=("City",))
                    if m.start > pos and WITH_DELEGATION_FROM.fullmatch(ctx.text, pos, m.start)), None)
        if led is not None:  # Mayor Park and a delegation from Icheon City will tour …: Icheon's mayor
            return led
        guide = _visitors_led(ctx, sent, pos)
        if guide is not None:  # The Japanese group was led by Councillor X (visitors from Nukuoka): Nukuoka's
            return guide
        member_of = next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.end <= pos and
                          DELEGATION_MEMBER_GAP.fullmatch(ctx.text, m.end, pos) and
                          VISITORS_FROM.search(ctx.text, max(0, m.start - 100), m.start)), None)
        if member_of is not None:  # the delegation from X County, consisting of County Governor Y: X's
            return member_of
        own_group = next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.end <= pos and
                          CITY_GROUP_MEMBER_GAP.fullmatch(ctx.text, m.end, pos)), None)
        if own_group is not None:  # key Yamanashi figures, including Mayor Y: Yamanashi's
            return own_group
        leading = next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.start > pos and (
            v := VISITORS_FROM.search(ctx.text, max(0, m.start - 100), m.start)) is not None and v.start() < pos), None)
        if leading is not None:  # the delegation led by the deputy mayor Y coming from X: X's
            return leading
        if _in_delegation_list(ctx, sent, pos):
            # The delegation from Jingzhou, comprised of Mayor Y; A delegation from Gangneung … The delegation,
            # comprised of Mayor Y: the city the delegation comes from (this sentence's, else the last one named)
            before = [m for m in ctx.mentions if m.type == "City" and m.start < pos and (m.start >= sent.start or not any(
                x.type == "City" and sent.start <= x.start < pos for x in ctx.mentions))]
            sender = next((m.iri for m in sorted(before, key=lambda m: -m.start)
                           if VISITORS_FROM.search(ctx.text, max(0, m.start - 100), m.start)), None)
            if sender is not None:
                return sender
        fronted = next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.end <= pos and
                        _FROM_FRONTED.fullmatch(ctx.text, sent.start, m.start) and
                        re.match(r"\s*,", ctx.text[m.end:m.end + 2])), None)
        if fronted is not None and not _HOSTED_BEFORE.search(ctx.text, sent.start, pos) and \
                not re.search(r"\b(?:hosted|welcomed|received|greeted)\s+by\s+(?:the\s+)?$", ctx.text[sent.start:pos]):
            return fronted  # From Perth, a twelve-member delegation led by Mayor Y took part: Perth's
        if _HOSTED_BEFORE.search(ctx.text, sent.start, pos):
            return None  # Kelowna City Council to host Mayor Jiro Sato: a guest, not the host's mayor
        visiting = {m.iri for m in ctx.mentions if m.type == "City" and (
            VISITORS_FROM.search(ctx.text, max(0, m.start - 100), m.start)
            or OTHER_SIDE_AFTER.match(ctx.text, m.end) or OTHER_SIDE_BEFORE.search(ctx.text, max(0, m.start - 60), m.start)
            or _COUNTERPART_FROM_BEFORE.search(ctx.text, max(0, m.start - 30), m.start))}
        # (his Da Lat counterpart, his counterpart from Da Lat, our French twin town: not ours)
        after = sorted((m for m in ctx.in_sentence(sent, types=("City",)) if m.start > pos), key=lambda m: m.start)
        owners = {m.iri: nxt for m, nxt in pairwise(after) if _TIE_OWNER_AFTER.match(ctx.text, m.end)}
        # (… travel to Bundaberg's Japanese sister city, Settsu: the sister city is where they go, not its owner)
        visiting |= {owners[m.iri].iri if m.iri in owners else m.iri for m in after if (
            ((went := _COUNTERPART_BEFORE.search(ctx.text, max(pos, m.start - 60), m.start)) is not None
             and not _OTHERS_WENT.search(ctx.text, pos, went.start())) or (
                _WELCOMED_BEFORE.search(ctx.text, max(pos, m.start - 30), m.start) and
                re.match(r"\s+(?:[a-z]+\s+)?(?:delegation|delegates|visitors|guests|mission|students)\b", ctx.text[m.end:])))}
        # (Mayor X signed a sister city pact with Nagaoka, Mayor X visited Nagaoka: the other side, not X's city)
        if visiting:  # a delegation from Sakata visited: the hosts' mayor, and none when no host city is named
            ranked = [i for i in ranked if i not in visiting]
            if not ranked:
                return None
        if title.role in ONE_HOLDER_ROLES:  # a city whose mayor is named has no other
            later = {x.iri for x in ctx.in_sentence(sent, types=("City",)) if x.start > pos and (
                _HOLDER_OF_BEFORE.search(ctx.text, max(pos, x.start - 60), x.start) or
                _HOLDER_AFTER.match(ctx.text, x.end))}  # … with Mayor Dana Holt of Seattle: Seattle's mayor is she
            ranked = [i for i in ranked if i not in held and i not in later] or \
                ([i for i in ranked if i not in later] if later else ranked)
            for iri in ranked[:2]:  # 'Mayor X and Dobong-gu Mayor Y': the bare title is the other city's
                if iri not in (named or set()):
                    return iri
        met = {x.iri for x in ctx.in_sentence(sent, types=("City",)) if x.start > pos and _MET_BEFORE.search(
            ctx.text, pos, x.start) and (_OFFICER_OF_BEFORE.search(ctx.text, max(pos, x.start - 60), x.start) or
                                         _HOLDER_AFTER.match(ctx.text, x.end))}
        # (Vice Mayor X met Mayor Y of Fukuyama: the officer met stands for Fukuyama, X for the other side)
        met |= {x.iri for x in ctx.in_sentence(sent, types=("City",)) if x.start > pos and
                _AWAY_BEFORE.search(ctx.text, max(pos, x.start - 30), x.start)}
        # (Deputy Mayor Lee was in Osaka, … visiting Daejeon: where the officer went, not whose officer)
        ranked = [i for i in ranked if i not in met]
        return ranked[0] if ranked else None
    if title.body in ("org", "council"):
        if _HOSTED_BEFORE.search(ctx.text, sent.start, pos) or re.search(r"\b(?:host|hosted|welcomed?|received?)\s+(?:[^.;:]{0,80}?,\s+)",
                                                                         ctx.text[sent.start:pos]):
            return None  # … to host Mayor X, Chairman Y and staff: a guest, not the host body's officer
        before = [m for m in ctx.mentions if m.type == "Organization" and sent.start <= m.start < pos]
        if before and re.search(r"\b(?:hosted|hosts|welcomed|welcomes|received|receives|greeted|greets)\s+"
                                r"(?:[A-Z][\w'’.-]*\s+|and\s+|,\s*)*$", ctx.text[before[-1].end:pos]):
            return _list_mate_city(ctx, sent, pos)  # X Council hosted Matsuura Mayor A and Chairman B: a guest, the
            # list's city (not the host body's officer)
        if before:
            lead = re.search(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+$", ctx.text[before[-1].end:pos])
            if lead is not None and not re.match(r"\s*(?:,|and\b)?\s*$", ctx.text[before[-1].end:before[-1].end + lead.start()]) \
                    and not all(w in _TITLE_MODIFIERS or title_of(w) is not None for w in lead.group(0).split()) \
                    and not re.search(r"['’]s\s+$", ctx.text[before[-1].end:before[-1].end + lead.start()]) \
                    and not any(m.start >= before[-1].end + lead.start() and m.end <= pos for m in ctx.mentions):
                return None  # …, University of Otago director Simon Chu, Enterprise Dunedin chief executive X: a body
                # named right before the title, which no table has, is X's; not the one named earlier
            return before[-1].iri
        member_of = next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.end <= pos and
                          DELEGATION_MEMBER_GAP.fullmatch(ctx.text, m.end, pos) and
                          VISITORS_FROM.search(ctx.text, max(0, m.start - 100), m.start)), None)
        if member_of is not None:  # a delegation from X Province, led by Chairman Y: the head of X's government
            return member_of
        if _OWN_BODY.search(sent.text[:pos - sent.start]):
            return main_city(ctx)
        named_councils = {o.iri for o in ctx.mentions if o.type == "Organization" and o.end <= pos and
                          _COUNCIL_END.search(o.surface) and (re.search(r"\s(?:City|Town|County|Borough|District|"
                                                                        r"Municipal|Shire)\s+Council$", o.surface)
                                                             or any(c.type == "City" and c.start == o.start
                                                                    for c in ctx.mentions))}
        # (a local council, named by its level or its place: not the Korea-Japan Friendship Council)
        if title.body == "council" and len(named_councils) == 1:
            return named_councils.pop()  # Exeter City Council has suspended …. Council leader X said: the one council named
        return _delegation_city(ctx, sent, pos)  # the Kochi delegation included health committee chairman X
    return None


def _country(ctx: Ctx, iri: URIRef) -> str | None:
    cand = ctx.gz.by_iri.get(iri)
    if cand is not None:
        return cand.country
    cc = str(iri).split("/city/")[1].split("/")[0].upper() if "/city/" in str(iri) else None
    return None if cc in (None, "ZZ") else cc


#: after a titled name, the town the person stands for: ``… was in Chester representing Guildford``
#: a town followed by ``, represented by`` and a titled name (``with Cape Town, represented by Mayor X``)
_REPRESENTED_BY = re.compile(r",?\s+represented\s+by\s+(?:its\s+|the\s+)?(?:[A-Z][\w.'-]*\s+){1,3}$")
_REPRESENTING = re.compile(r"(?:,?\s+(?:was|is|were|has\s+been)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})?"
                          r",?\s+(?:was\s+|is\s+)?representing\s+(?:the\s+)?(?:(?:City|Town|Borough|County)\s+of\s+)?")


def _word_count(name: str) -> int:
    """The words of a name, a glued initial counted apart (``S.Batbold``: two).

    >>> _word_count("S.Batbold"), _word_count("Jane Roe"), _word_count("Roe")
    (2, 2, 1)
    """
    return len(re.sub(r"\b([A-Z][a-z]?)\.(?=[A-Z])", r"\1. ", name).split())


#: a generation written after a full name (``Frank Scott, Jr.``, ``John Smith III``)
_NAME_SUFFIX = re.compile(r",?\s(?:Jr\.?|Sr\.?|II|III|IV)(?![\w])")


def _untitled_person(ctx: Ctx, name: str, s: int, e: int) -> URIRef:
    """Record a person read with no title, named ``name`` at ``s:e`` (one IRI per name in the article)."""
    iri = ctx.persons.get(name) or minted("person", name)
    ctx.persons.setdefault(name, iri)
    ctx.mentions.append(Mention(s, e, name, iri, "Person", "person"))
    ctx.entity(Entity(iri, "Person", name, lang="en", mentions=[Span(s, e)]))
    return iri


def _add_person(ctx: Ctx, sent: Sentence, name: str, s: int, title: Title, body: URIRef | None, *,
                guessed: bool = False, lone: str = "") -> URIRef | None:
    """Record a person with a title; ``guessed``: the body comes from the article's rank of cities only, and
    a body the text states for the same person later (Mr. X, mayor of Nanjing) replaces it. A one-word name
    is a person already named; with ``lone="wait"`` it is kept to be settled when the article is read
    (:func:`lone_surnames`), with ``lone="new"`` it is a person of its own."""
    if name.startswith("General ") and _GENERAL_OF_TITLE.search(ctx.text, max(0, s - 12), s):
        return None  # Secretary General Li Ming: "General" ends the title, no part of the name (read with it)
    if _EVENTISH.search(name):
        return None  # the Counselor Training Workshop, the Mayor's Awards Night: an event's name, no person's
    if BODY_OR_BUILDING_LAST.search(name):
        return None  # director of the Suwon Cultural Center: a body's or a building's name, no person's
    if title.body == "city":  # Deputy Mayor X was in Chester representing Guildford: the town represented
        rep = _REPRESENTING.match(ctx.text, s + len(name), sent.end)
        city = next((m for m in ctx.mentions if m.type == "City" and rep is not None and m.start == rep.end()), None)
        if city is not None:
            body, guessed = city.iri, False
    if title.body in ("city", "province"):
        by = _REPRESENTED_BY.search(ctx.text, max(sent.start, s - 60), s)
        city = next((m for m in ctx.mentions if by is not None and m.type == "City" and m.end == by.start()), None)
        if city is not None:  # with Cape Town, represented by Mayor X: the town (or the province) represented
            body, guessed = city.iri, False
    if title.role in COUNCIL_ROLES and body is not None and "/city/" in str(body):
        body = _named_council(ctx, body) or body  # Councilor X … the Yokohama City Council: the council named
    suffix = _NAME_SUFFIX.match(ctx.text, s + len(name)) if _word_count(name) >= 2 else None
    if _word_count(name) < 2 and not re.match(INITIAL, name) and lone != "new":
        known = _known(ctx, name)
        if known is not None:
            ctx.mentions.append(Mention(s, s + len(name), name, known, "Person", "person"))
        elif lone == "wait":
            ctx.lone_titled.append((sent, name, s, title, body, guessed))
        return known
    iri = ctx.persons.get(name) or _known(ctx, name) or minted("person", name, str(body).rsplit("/", 1)[-1] if body else "")
    ctx.persons.setdefault(name, iri)
    if body is not None and not guessed and iri in ctx.guessed_bodies and ctx.person_body.get(iri) != body:
        old = ctx.person_body.pop(iri)  # the text now says whose officer this is
        ctx.reading.facts[:] = [f for f in ctx.reading.facts if not (f.s == iri and f.p == V.SCHEMA.worksFor and f.o == old)]
        ctx.guessed_bodies.discard(iri)
    if any(m.type == "Person" and m.start == s for m in ctx.mentions):
        if body is not None and iri not in ctx.person_body:
            ctx.person_body[iri] = body
            ctx.fact(iri, V.SCHEMA.worksFor, body, sent)
        return iri
    ctx.mentions.append(Mention(s, s + len(name), name, iri, "Person", "person"))
    ent = ctx.entity(Entity(iri, "Person", name, lang="en", mentions=[Span(s, s + len(name))]))
    if suffix is not None:  # Frank Scott, Jr.: the name with its generation is the person's other label
        ent.alt.add(name + suffix.group(0))
    ent.attrs.setdefault("jobTitle", title.role)
    if body is not None and iri not in ctx.person_body:
        ctx.person_body[iri] = body
        ctx.fact(iri, V.SCHEMA.worksFor, body, sent)
        if guessed:
            ctx.guessed_bodies.add(iri)
    return iri


#: the roles a town's council holds, not its executive (a councillor serves the council when the article names it)
COUNCIL_ROLES = frozenset({"councillor", "council chair", "council leader", "deputy council leader"})
_COUNCIL_END = re.compile(r"\s(?:(?:City|Town|County|Borough|District|Municipal|Regional|Metropolitan|Shire)\s+)?Council$")


def _named_council(ctx: Ctx, city: URIRef) -> URIRef | None:
    """The council of ``city`` the article names (``Yokohama City Council``), if it names one."""
    spans = [(m.start, m.end) for m in ctx.mentions if m.type == "City" and m.iri == city]
    for o in ctx.mentions:
        if o.type == "Organization" and _COUNCIL_END.search(o.surface) and \
                any(a == o.start and _COUNCIL_END.fullmatch(ctx.text, b, o.end) for a, b in spans):
            return o.iri
    return None


def _known(ctx: Ctx, name: str) -> URIRef | None:
    """A person already named, by full name or by one distinctive word of it (``Mayor Oh``, ``Treñas``)."""
    if name in ctx.persons:
        return ctx.persons[name]
    hits = {iri for n, iri in ctx.persons.items() if name in re.split(r"[\s-]+", n) and len(name) >= 2}
    return hits.pop() if len(hits) == 1 else None


def _mark_title_bodies(ctx: Ctx, s: int, e: int) -> None:
    for m in ctx.mentions:
        if m.type in ("City", "Organization") and s <= m.start < e:
            m.via_title = True


#: a verb of speaking or acting right after a name: ``Jackson said``, ``Madison, who …, added``
_SPEAKS_AFTER = re.compile(rf"(?:\s+(?:also|then|later|further))?\s+(?:{SPEECH_VERBS}|thanked|thanks|welcomed|welcomes|praised)\b")


#: what only a place has after its name: its country or state (``Eloy Alfaro, Ecuador``, ``Eloy Alfaro canton``)
_PLACE_CUE_AFTER = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,.;)]|\s+(?:canton|county|city|town|municipality|"
                              r"district|province)\b")


def drop_cities_in_names(ctx: Ctx) -> None:
    """``Cllr Mary Sloane``: a city name inside a person's name is part of the name."""
    people = [(m.start, m.end, m.iri) for m in ctx.mentions if m.type == "Person"]
    for s, e, p in people:  # Sally Davis: a city that ends a person's name is the surname, never the body
        body = ctx.person_body.get(p)
        if body is not None and any(m.type == "City" and m.iri == body and s < m.start and m.end == e
                                    for m in ctx.mentions):
            del ctx.person_body[p]
            ctx.reading.facts[:] = [f for f in ctx.reading.facts
                                    if not (f.s == p and f.p == V.SCHEMA.worksFor and f.o == body)]
    inside = [m for m in ctx.mentions if m.type == "City" and any(
        s <= m.start < e and ctx.person_body.get(p) != m.iri for s, e, p in people)]  # but: Mayor Austin Jane Roe
    ctx.mentions = [m for m in ctx.mentions if m not in inside]
    only_in_names = {m.iri for m in inside} - {m.iri for m in ctx.mentions if m.type == "City"}
    for p, body in list(ctx.person_body.items()):  # Councilors Maria R. Santos, John D. Reyes: the town the first
        if body in only_in_names:  # name ends with (Santos) is no body of the names listed with it
            del ctx.person_body[p]
            ctx.reading.facts[:] = [f for f in ctx.reading.facts
                                    if not (f.s == p and f.p == V.SCHEMA.worksFor and f.o == body)]
    whole_names = {m.surface for m in ctx.mentions if m.type == "Person" and _word_count(m.surface) >= 2}
    ctx.mentions = [m for m in ctx.mentions if not (m.type == "City" and any(
        n.endswith(" " + m.surface) and ctx.text.endswith(n[:-len(m.surface)], 0, m.start) for n in whole_names))]
    # (Louise Jackson again, with no title: the surname of the person named in full before, no town Jackson)
    ctx.mentions = [m for m in ctx.mentions if not (m.type == "City" and m.kind == "new" and m.surface in whole_names
                                                    and not _PLACE_CUE_AFTER.match(ctx.text, m.end))]
    # (an agreement with Geordin Hill-Lewis the Executive mayor of Cape Town: a town no gazetteer knows that the
    # article names as a person elsewhere, Cape Town Mayor Geordin Hill-Lewis, is that person)
    name_words = {w for m in ctx.mentions if m.type == "Person" and len(m.surface.split()) >= 2
                  for w in (m.surface.split()[0], m.surface.split()[-1])}
    speaking = [m for m in ctx.mentions if m.type == "City" and m.surface in name_words and
                _SPEAKS_AFTER.match(ctx.text, m.end)]
    ctx.mentions = [m for m in ctx.mentions if m not in speaking]
    # (Mayor Ellen Jackson … Jackson said, Mayor Elizabeth Sackey … Elizabeth said: the mayor's name, no town)
    gone = {m.iri for m in speaking} - {m.iri for m in ctx.mentions}
    for p, body in list(ctx.person_body.items()):  # (nor the body of a person read before it went)
        if body in gone:
            del ctx.person_body[p]
            ctx.reading.facts[:] = [f for f in ctx.reading.facts
                                    if not (f.s == p and f.p == V.SCHEMA.worksFor and f.o == body)]


#: two officers and their two places paired by ``respectively``: ``The mayors of A and B, X and Y, respectively``,
#: ``Mayors X and Y of A and B, respectively``
_RESPECTIVELY = (
    re.compile(rf"\b(?P<title>(?i:(?:executive\s+)?mayors|governors|deputy\s+mayors|vice\s+mayors))\s+(?:of|for)\s+(?:the\s+)?"
               rf"(?P<a>{WORD}(?:\s+{WORD}){{0,2}})\s+and\s+(?:the\s+)?(?P<b>{WORD}(?:\s+{WORD}){{0,2}}),\s+"
               rf"(?:{HONORIFIC_RE.pattern}\s+)?(?P<p1>{_NAME})\s+and\s+(?:{HONORIFIC_RE.pattern}\s+)?(?P<p2>{_NAME}),?\s+"
               r"respectively\b"),
    re.compile(rf"\b(?P<title>(?i:mayors|governors|deputy\s+mayors|vice\s+mayors))\s+(?P<p1>{_NAME})\s+and\s+(?P<p2>{_NAME})\s+of\s+"
               rf"(?:the\s+)?(?P<a>{WORD}(?:\s+{WORD}){{0,2}})\s+and\s+(?:the\s+)?(?P<b>{WORD}(?:\s+{WORD}){{0,2}}),?\s+respectively\b"),
)


#: two names or more listed, each with its honorific if any (``Sean Nolan, Sheila Mooney and Anne Boyle``)
_NAMES_LISTED = re.compile(rf"{_HON_NAME.replace('?P<n>', '')}(?:\s*,\s*{_HON_NAME.replace('?P<n>', '')})*,?\s+and\s+"
                           rf"{_HON_NAME.replace('?P<n>', '')}")


def members_listed(ctx: Ctx, head: str, end: int) -> re.Match[str] | None:
    """The people listed right after the name of a body that has members (``head``, ending at ``end``): ``the
    Drumshanbo Town Twinning committee of Sean Nolan, Sheila Mooney and Anne Boyle``, ``… committee, made up of A B and
    C D``; not places (``the Sister Cities Committee of San Jose and Santa Clara``), nor a body with no members."""
    if not MEMBER_BODY_HEAD.search(head):
        return None
    after = MEMBERS_LISTED_AFTER.match(ctx.text, end)
    listed = _NAMES_LISTED.match(ctx.text, after.end()) if after is not None else None
    items = re.split(r"\s*,\s*|,?\s+and\s+", listed.group(0)) if listed is not None else []
    if listed is None or any(x.type in ("City", "Country") and listed.start() <= x.start < listed.end()
                             for x in ctx.mentions) or \
            any(ctx.gz.lookup(item, lang="en") or len(item.split()) < 2 for item in items):
        return None  # (whole names of two words or more: not the Committee of Finance and Budget, fields)
    return listed


def _listed_members(ctx: Ctx, sent: Sentence) -> None:
    """People listed right after a body that has members are its members (:func:`members_listed`)."""
    for org in ctx.in_sentence(sent, types=("Organization",)):
        listed = members_listed(ctx, org.surface, org.end)
        if listed is None or listed.end() > sent.end:
            continue
        for nm in re.finditer(_HON_NAME, listed.group(0)):
            name = _clean(nm.group("n"), ctx, listed.start() + nm.start("n"))
            at = listed.start() + nm.start("n") + max(nm.group("n").find(name), 0) if name else 0
            if name and len(name.split()) >= 2 and not any(x.type == "Person" and x.start <= at < x.end
                                                           for x in ctx.mentions):
                ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "City" and at <= x.start < at + len(name))]
                _add_person(ctx, sent, name, at, MEMBER_TITLE, org.iri)


def read_respectively(ctx: Ctx, sent: Sentence) -> None:
    """``The mayors of Mazatlán and Culiacán, Ana Ruiz and Tom Hill, respectively``: each officer of the place in
    the same rank."""
    for rx in _RESPECTIVELY:
        for m in rx.finditer(sent.text):
            title = title_of(re.sub(r"s$", "", m.group("title").split()[-1]).capitalize())
            if title is None:
                continue
            if m.group("title").lower().startswith(("deputy", "vice")):
                title = title_of("Deputy Mayor") or title
            for p, g in (("p1", "a"), ("p2", "b")):
                place = next((x for x in ctx.in_sentence(sent, types=("City",))
                              if x.start == sent.start + m.start(g)), None)
                name = _clean(m.group(p), ctx, sent.start + m.start(p))
                s = sent.start + m.start(p) + max(m.group(p).find(name), 0) if name else 0
                if not name or _word_count(name) < 2 or any(x.start <= s < x.end and x.type == "Person"
                                                             for x in ctx.mentions):
                    continue
                ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "City" and s <= x.start < s + len(name))]
                _add_person(ctx, sent, name, s, title, place.iri if place is not None else None)
                if place is not None:
                    place.via_title = True


def read_people(ctx: Ctx, sent: Sentence) -> None:
    """People with titles in one sentence, and their bodies."""
    t, base = sent.text, sent.start
    # Park Do-yun, Mayor of Seoul / Jeon Gyeong-sul, deputy mayor of Nam-gu
    for m in _POST.finditer(t):
        raw = m.group("name").split(",")[-1].strip()
        lead = re.match(rf"(?:(?:{TITLE_RE})\s+)+", raw)  # Bürgermeister Steffen Jung, mayor of Alzey
        raw = raw[lead.end():] if lead else raw
        name = _clean(raw, ctx, base + m.start("name"))
        title = title_of(m.group("title")) or title_of(re.split(r"\s+and\s+", m.group("title"))[-1])
        # (Ambassador Extraordinary and Plenipotentiary: one title with its own "and")
        if not name or title is None:
            continue
        if title.body == "none" and re.fullmatch(POST_ROLES, m.group("title")):
            continue  # Bill Gravell, representative of Williamson County: a post in that body, read below
        if m.group("small") is not None:  # a body in small letters names no one's body; a name of two words only
            if re.match(r"\s+of\b", t[m.end("title"):]) and _word_count(name) >= 2 and \
                    not _FIRM_WORDS.search(name) and not re.search(rf"\b(?:{ORG_HEADS})\b", name) and not any(x.start <= base + m.start("name") + m.group("name").rfind(name) < x.end
                                                   for x in ctx.mentions):
                _add_person(ctx, sent, name, base + m.start("name") + m.group("name").rfind(name), title, None)
            continue
        nxt = _OF_BODY_THEN_NAME.match(t, m.start("title"))
        if nxt is not None and _word_count(_clean(nxt.group("name"), ctx, base + nxt.start("name")) or "") >= 2:
            _mark_title_bodies(ctx, base + m.start("of"), base + m.end("of"))
            continue  # … led by Governor Kim, Chairman of Thai Binh's People's Committee Tran Van Nam said: the title
            # is the name's after the body, not the one before the comma
        s = base + m.start("name") + m.group("name").rfind(name)
        of_body = _body_at(ctx, base + m.start("of"), base + m.end("of"))
        if of_body is not None and _TITLE_OF_PLACE_BEFORE.search(ctx.text, max(base, s - 60), s) and \
                _NAME_AFTER_BODY.match(ctx.text, of_body.end):
            continue  # Mayor of Uman A B, Lord Mayor of Kassel C D and …: each title goes with the name after it
        if m.group("former") and (m.group("name") != raw or _word_count(name) < 2 or
                                  any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions)):
            continue  # (a former post only names a person written in full, not yet read)
        _add_person(ctx, sent, name, s, title, of_body.iri if of_body and title.body != "none" and not m.group("former")
                    else None, lone="wait" if lead and _lone_name(ctx, sent, name, s) else "")  # Alderman X, Mayor of Y
        _mark_title_bodies(ctx, base + m.start("of"), base + m.end("of"))
    for m in _POST_POSSESSIVE.finditer(t):  # Kim Kwang-hoe, Busan's deputy mayor, …
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, base + m.start("name"))
        title = title_of(m.group("title"))
        if not name or _word_count(name) < 2 or title is None:
            continue
        s = base + m.start("name") + m.group("name").rfind(name)
        if any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        of_body = _body_at(ctx, base + m.start("of"), base + m.end("of"))
        once = (m.group("former") or "").lower().startswith(("former", "ex"))  # a post once held is no role now;
        # (Busan's then-mayor: the post held when the events told happened)
        _add_person(ctx, sent, name, s, title, of_body.iri if of_body and title.body != "none" and not once else None)
        _mark_title_bodies(ctx, base + m.start("of"), base + m.end("of"))
    # KIM Hak-hong, deputy governor for administration: a title for a field of work, the body left to the article
    for m in _POST_FIELD.finditer(t):
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, base + m.start("name"))
        title = title_of(m.group("title"))
        if not name or _word_count(name) < 2 or title is None:
            continue
        s = base + m.start("name") + m.group("name").rfind(name)
        if any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        near = next((x for x in ctx.in_sentence(sent, types=("City",)) if x.start >= base + m.end() and
                     re.fullmatch(r"\s*(?:in|of)\s+(?:the\s+)?", ctx.text[base + m.end():x.start])), None)
        _add_person(ctx, sent, name, s, title, near.iri if near is not None and title.body != "none" else None)
    for m in _POST_COMMA_BODY.finditer(t):  # John Smith, Chairman, Leeds Twinning Association
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, base + m.start("name"))
        start = base + m.start("name") + m.group("name").rfind(name) if name else 0
        held = max((x for x in ctx.in_sentence(sent, types=("Organization", "City")) if x.start == base + m.end()),
                   key=lambda x: x.end, default=None)  # (the longest: Leeds Twinning Association, not Leeds)
        title = title_of(re.split(r"\s*(?:&|and)\s*", m.group("title"))[0]) or \
            Title("role", m.group("title"), m.group("title").lower(), "org")
        if not name or _word_count(name) < 2 or held is None or any(
                x.type == "Person" and x.start <= start < x.end for x in ctx.mentions) or \
                not re.match(r"\s*(?:[,;.)]|$)", ctx.text[held.end:held.end + 2]):
            continue  # (the body set off: not According to X, chairman, Leeds City Council approved …, a new clause)
        _add_person(ctx, sent, name, start, title, held.iri)
        _mark_title_bodies(ctx, held.start, held.end)  # (the body named as the person's: no guest of its own)
    # Jane Roe, program coordinator at the Burbank Sister City Committee
    for m in _POST_ROLE.finditer(t):
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, base + m.start("name"))
        if not name or _word_count(name) < 2:
            continue
        s = base + m.start("name") + m.group("name").rfind(name)
        of_body = _body_at(ctx, base + m.start("of"), base + m.end("of"))
        if m.group("title") == "leader" and re.match(r"\s+with\b", t[m.end("title"):]):
            continue  # a tour leader with Lorient Voyages: a firm's guide, no office of the town
        _add_person(ctx, sent, name, s, Title("role", m.group("title"), m.group("title").lower(), "org"),
                    of_body.iri if of_body else None)
    # the Mayor of Seoul, Park Do-yun
    for m in _OF_THEN_NAME.finditer(t):
        title = title_of(m.group("title"))
        raw = m.group("name")
        lead = re.match(rf"(?:(?:{TITLE_RE})\s+)+", raw)  # the Mayor of Harpenden, Cllr Mary Sloane
        raw = raw[lead.end():] if lead else raw
        name = _clean(raw, ctx, base + m.end("name") - len(raw))
        if not name or title is None:
            continue
        if _office_of_the_name_before(ctx, t, m.start(), m.end("name")):
            continue  # Zhou Li, Mayor of Weihai, Chen Bo, leader of …: the office is the name's before it
        if not t[m.end("of"):m.start("name")].lstrip().startswith(",") and (
                t[m.end("name"):m.end("name") + 1] in ("'", "’") or any(
                    x.type in ("City", "Country") and x.start <= base + m.start("name") < x.end for x in ctx.mentions)):
            continue  # The Mayor of Kanazawa was Buenos Aires' guest: a place after the copula, no name
        of_body = _body_at(ctx, base + m.start("of"), base + m.end("of"))
        if of_body is None and re.fullmatch(r"(?i:city|town|municipality|borough|county|district)", m.group("of")):
            of_body = _body_at(ctx, base + m.end("of"), base + m.start("name"))  # Vice-Mayor of the City of Nanjing, X
        _add_person(ctx, sent, name, base + m.end("name") - len(raw) + max(raw.find(name), 0), title,
                    of_body.iri if of_body and title.body != "none" else None)
        _mark_title_bodies(ctx, base + m.start("of"), base + m.end("of"))
    for m in _OF_PLACE_THEN_NAME.finditer(t):  # Mayor of Kingston Marla Dunstan
        title = title_of(m.group("title"))
        place = next((x for x in ctx.mentions if x.start == base + m.end() and x.type == "City"), None)
        nation = next((x for x in ctx.mentions if x.start == base + m.end() and x.type == "Country"), None) \
            if place is None and title is not None and title.name in ("president", "national") else None
        if nation is not None:  # the President of Armenia Vahagn Petrosyan: a national office, no city's
            _nation_s_officer(ctx, sent, nation)
            continue
        after = place.end if place is not None else 0
        if place is not None and re.match(r" City\b", ctx.text[after:after + 6]):
            after += len(" City")  # Kazan City Oleg Petrov: the place's own word
        named = _NAME_AT.match(ctx.text, after) if place is not None and after <= sent.end else None
        if title is None or title.body == "none" or place is None or named is None:
            continue
        name = _clean(named.group("name"), ctx, named.start("name"))
        s = named.start("name") + max(named.group("name").find(name), 0)
        if _word_count(name) < 2 or any(x.start <= s < x.end for x in ctx.mentions):
            continue
        _add_person(ctx, sent, name, s, title, place.iri)
        place.via_title = True
    # Chairwoman of the municipal People's Council Nguyen Thi Quyet Tam; Ambassador to Korea Bruno Figueroa
    for m in [*_OF_BODY_THEN_NAME.finditer(t), *_ENVOY.finditer(t), *_ENVOY_AFTER.finditer(t)]:
        title = title_of(m.group("title"))
        written, from_ = m.group("name"), base + m.start("name")
        posted = next((x for x in ctx.mentions if x.type in ("City", "Country") and x.start < from_ < x.end), None)
        if posted is not None:  # Consul General in Los Angeles Kim Young-wan: the post's place ends inside the words
            past = ctx.text[posted.end:base + m.end("name")]
            written, from_ = past.lstrip(), posted.end + len(past) - len(past.lstrip())
        name = _clean(written, ctx, from_)
        if not name or title is None or _word_count(name) < 2:
            continue
        s = from_ + max(written.find(name), 0)
        if any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        body = _body_at(ctx, base + m.start("of"), base + m.end("of")) if "of" in m.groupdict() else None
        _add_person(ctx, sent, name, s, title, body.iri if body else None)
        if body is None:  # Consul General in Medan, Daiki Yokoyama: the envoy's post is no party of the sentence
            _mark_title_bodies(ctx, base + m.end("title"), base + m.start("name"))
    for m in _PLURAL.finditer(t):  # Mayors Kim Dong-yeon of Suwon and Jane Roe of Cleveland
        title = title_of(PLURAL_TITLES[m.group("title").lower()])
        if title is None:
            continue
        for name_group, place_group in (("n1", "of1"), ("n2", "of2")):
            name = _clean(m.group(name_group), ctx, base + m.start(name_group))
            body = _body_at(ctx, base + m.start(place_group), base + m.end(place_group))
            if name:
                _add_person(ctx, sent, name, base + m.start(name_group) + max(m.group(name_group).find(name), 0),
                            title, body.iri if body and title.body != "none" else None)
    for m in _GROUP_INCLUDING.finditer(t):  # three former mayors of Corby, among them Alan Price
        word = m.group("title").lower()
        title = title_of(PLURAL_TITLES.get(word) or "councillor")
        body = _body_at(ctx, base + m.start("of"), base + m.end("of"), ("City",))
        if body is not None and body.end != base + m.end("of"):
            body = None  # (Presidents of Uppsala University, Mayors of Bremen Nord: the place is only the start)
        pos = m.start("l")
        while title is not None and body is not None and (n := _LISTED_NAME.match(t, pos)) is not None:
            s = base + n.start("n")
            name = _clean(n.group("n"), ctx, s)
            if _word_count(name) < 2 or name != n.group("n") or re.match(r",?\s+(?:of|from)\s+(?:the\s+)?[A-Z]", t[n.end("n"):]) \
                    or not untitled_name(ctx, name, listed=True):
                break  # (no name, a name that runs on into other words, or one with a place of its own: Jo Hale of Ely;
                # not a firm or a party listed: Volvo Cars, Green Party)
            if not any(x.start <= s < x.end and x.type != "Person" for x in ctx.mentions):
                _add_person(ctx, sent, name, s, title, body.iri if title.body != "none" else None)
            pos = n.end("n")
    for m in _PAIR_THEN_PLURAL.finditer(t):  # Juan Garcia and Maria Lopez, Mayors of Brownsville, Texas and Altamira
        title = title_of(PLURAL_TITLES[m.group("title").lower()])
        if title is None:
            continue
        for name_group, place_group in (("n1", "of1"), ("n2", "of2")):
            s = base + m.start(name_group)
            name = _clean(m.group(name_group), ctx, s) if not any(
                x.type == "Person" and x.start <= s < x.end for x in ctx.mentions) else ""
            body = _body_at(ctx, base + m.start(place_group), base + m.end(place_group))
            if name and _word_count(name) >= 2:
                ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "City" and s <= x.start < s + len(name))]
                _add_person(ctx, sent, name, s, title, body.iri if body is not None else None)
    for m in _PLURAL_PAIR.finditer(t):  # Mayors Helen Varga and Kenji Oda signed … between Wagga Wagga and Kunming
        word = m.group("title").lower().rstrip(".")
        title = title_of("Governor" if word == "govs" else PLURAL_TITLES.get(word, "").capitalize() or "Mayor")
        if title is None:
            continue
        between = _BETWEEN_PAIR.search(t, m.end())
        if between is not None and re.search(r"\b(?:which|who|whose|where)\b", t[m.end():between.start()]):
            between = None  # (… attended the festival, which rotates between Tustin and Irvine: no pair of theirs)
        places = [next((x for x in ctx.in_sentence(sent, types=("City",)) if between is not None and
                        x.start == base + between.start(g)), None) for g in ("a", "b")]
        for name_group, place in zip(("n1", "n2"), places):
            name = _clean(m.group(name_group), ctx, base + m.start(name_group))
            s = base + m.start(name_group) + max(m.group(name_group).find(name), 0) if name else 0
            if name and len(name.split()) >= 2 and not any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
                ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "City" and s <= x.start < s + len(name))]
                _add_person(ctx, sent, name, s, title, place.iri if place is not None and all(places) else None)
    _listed_members(ctx, sent)
    for m in _COUNCILLORS.finditer(t):  # Councillors Mark Doyle and Sarah Finch: each a councillor of the city
        title = title_of("Councillor")
        if title is None:
            continue
        for nm in re.finditer(_HON_NAME, m.group("l")):
            name = _clean(nm.group("n"), ctx, base + m.start("l") + nm.start("n"))
            s = base + m.start("l") + nm.start("n") + max(nm.group("n").find(name), 0) if name else 0
            city_before = next((x.iri for x in ctx.in_sentence(sent, types=("City",)) if x.end <= base + m.start()
                                and not ctx.text[x.end:base + m.start()].strip()), None)  # Kelowna Crs A and B
            if city_before is None and m.group("of"):  # councilors A and B of Tacloban City
                found = _body_at(ctx, base + m.start("of"), base + m.end("of"))
                city_before = found.iri if found is not None and found.type == "City" else None
            if city_before is None:  # Itabashi Mayor X and Chairman Y, Assembly Members A and B: the list's city
                city_before = _list_mate_city(ctx, sent, base + m.start())
            guessed = city_before is None
            if guessed:  # Councillors Bill McNulty and Harold Steves will lead …: the article's own council's
                city_before = _default_body(ctx, title, sent, base + m.start())
            if name and len(name.split()) >= 2 and not any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
                _add_person(ctx, sent, name, s, title, city_before, guessed=guessed and city_before is not None)
    # Nam-gu, Ulsan (Mayor Lee Seo-jun): the role of the city just named
    for m in _PAREN.finditer(t):
        title = title_of(m.group("title"))
        name = _clean(m.group("name"), ctx, base + m.start("name"))
        if not name or title is None:
            continue
        before = [c for c in ctx.mentions if c.type == "City" and sent.start <= c.start < base + m.start()
                  and not c.qualifier]
        s = base + m.start("name")
        _add_person(ctx, sent, name, s, title, before[-1].iri if before else None)
        ctx.role_only.add(s)
    _field_officers(ctx, sent, t, base)
    # (Chuncheon) Mayor Kim Ga-on (of Yangju): first mark the cities titles name, then bind
    pres: list[re.Match[str]] = []
    pos = 0
    while (pm := _PRE.search(t, pos)) is not None:
        honorific = re.search(r"(?i:cllr|councill?or|coun|cr|alderman|alderwoman|alderperson)\b",
                              t[pm.end("title"):pm.start("name")]) is not None and \
            re.fullmatch(r"\s*(?:(?:[Tt]he|.*,?\s+and\s+the)\s+)?", t[:pm.start("title")]) is not None
        # (only the sentence's subject: not Following the Mayor, Councillor X spoke)
        # (The Deputy Mayor, Councillor Sarah Wells, …: the office, then its holder with her honorific)
        if "," in t[pm.end("title"):pm.start("name")] and not honorific and \
                _COMMA_TITLE_OBJECT.search(t, 0, pm.start("title")):
            pos = pm.start("name")  # In a letter to the Mayor, Kim Min-su expressed …: a title that is an object,
            continue  # then the next clause's subject (Following the Mayor, Professor Kim …: his own title)
        if "," in t[pm.end("title"):pm.start("name")] and \
                re.search(rf"(?<![\w-])(?!(?:In|At|On|From|To|For|With|By|And)\s){WORD}\s+{WORD},\s+(?:the\s+)?$",
                          t[:pm.start("title")]):
            pos = pm.start("name")  # Anna Bell, Mayor, Lahr: the title of the name before it, then its place or body
            continue
        if pm.group("title")[0].isupper() or pm.group("name")[0].isupper():
            pres.append(pm)
        pos = pm.end()
    titled: set[URIRef] = set()
    led: dict[int, URIRef] = {}  # title start -> the city whose delegation the titled person leads
    for m in pres:
        prior = _body_before(ctx, sent, base + m.start("title"), ("City",))
        if prior is not None:
            prior.via_title = True
            if (title_of(m.group("title")) or TITLES[0]).body in ("city", "province"):
                titled.add(prior.iri)
        lead = _LED_BY.search(t, 0, m.start("title"))
        if lead is not None:
            city = next((x for x in ctx.in_sentence(sent, types=("City",))
                         if x.end == base + lead.start() or ctx.text[x.end:base + lead.start()].strip() in ("", "'s", "’s")), None)
            if city is not None:  # the Jeollabuk-do delegation headed by Governor Song: Song is that city's
                led[m.start("title")] = city.iri
                titled.add(city.iri)
    for m in pres:
        title = title_of(m.group("title"))
        s = base + m.start("name")
        name = _clean(m.group("name"), ctx, s)
        if not name or title is None or any(x.type == "Person" and x.start == s for x in ctx.mentions):
            continue
        placed = _body_before(ctx, sent, base + m.start("title"), ("City",)) is not None
        if m.group("title")[0].islower() and _word_count(name) < 2 and not placed:
            continue  # deputy mayor Tom Campbell, Jiangmen vice-mayor Chen, but not "the mayor Hall"
        body_iri: URIRef | None = None
        guessed = False
        if title.body != "none":
            of = m.group("of") if m.group("of") and name == m.group("name") else None
            at = _body_at(ctx, base + m.start("of"), base + m.end("of")) if of else None
            if at is None and of and title.body == "province":
                at = _region_of_a_surname_town(ctx, base + m.start("of"), s, len(name))
            if at is not None and title.body == "city" and at.type == "City" and ctx.level(at) == "province":
                at = None  # Mayor Tom Austin of Texas: a mayor from that state, no state's officer
            ts = base + m.start("title")
            prior = _body_before(ctx, sent, ts, ("City", "Organization"))
            if title.body == "council" and prior is not None and prior.type == "City":
                org = _council(ctx, sent, prior, ts, base + m.end("title"))
                body_iri = org
            elif at is not None:
                body_iri = at.iri
                _mark_title_bodies(ctx, base + m.start("of"), base + m.end("of"))
            elif prior is not None:
                body_iri = _council_of_acronym(ctx, prior, title) or prior.iri
                prior.via_title = True
            elif m.start("title") in led:
                body_iri = led[m.start("title")]
            elif (listed := _listed_after(ctx, sent, ts, title)) is not None:
                body_iri = listed  # Austin Mayor X, Council Member Y: the councillor of the list's city
            else:
                body_iri = _default_body(ctx, title, sent, ts, titled)
                guessed = True
        cut = len(m.group("name").split()) > len(name.split())  # Mayor Tom Marks: a name cut short is no surname
        _add_person(ctx, sent, name, s, title, body_iri, guessed=guessed,
                    lone="wait" if (m.group("title")[0].isupper() or placed) and title.body in ("city", "province", "council")
                    and not cut and _lone_name(ctx, sent, name, s) else "")  # (a local office: not President X)


_FIELD = "(?:" + "|".join(sorted(FIELD_WORDS, key=len, reverse=True)) + ")"
#: an office for a field written in capitals, then the holder's name (see :data:`FIELD_OFFICE`)
_FIELD_OFFICER = re.compile(rf"\b(?P<title>(?:(?:Deputy|Assistant|Acting)\s+)?(?:{FIELD_OFFICE}))\s+(?:of|for)\s+(?:the\s+)?"
                            rf"{_FIELD}(?:(?:,\s+|\s+(?:and|&)\s+|,\s+and\s+|\s+){_FIELD})*,?\s+(?P<name>{_NAME})")


def _field_officers(ctx: Ctx, sent: Sentence, t: str, base: int) -> None:
    """``Head of Tourism Promotion Elena Ruiz``, ``Minister for Housing and Transport Lena Ortiz``: the name after an
    office for a field is a person's (of two words or more, not a place's, not named already)."""
    for m in _FIELD_OFFICER.finditer(t):
        raw, at = m.group("name"), m.start("name")
        if (unit := UNIT_WORD_BEFORE_NAME.match(raw)) is not None:  # Head of International Cooperation Team Park Ji-won
            raw, at = raw[unit.end():], at + unit.end()
        s = base + at
        name = _clean(raw, ctx, s)
        if not name or not 2 <= _word_count(name) <= 3 or FIELD_LIKE_WORD.fullmatch(name.split()[0]) or \
                any(x.start < s + len(name) and s < x.end for x in ctx.mentions) or \
                NOT_A_PERSON_WORD.search(name) or ctx.gz.lookup(name, lang="en") or \
                GROUP_AFTER_NAME.match(t, at + len(raw)):
            continue  # (Director of Tourism Jeju Island officials, Head of Heritage Gyeongju National Museum: no one)
        office = t[m.start("title"):m.start("name")].strip(" ,").lower()
        title = Title("field_officer", re.escape(office), office, "none")
        # (the body is left unsaid, but for the members listed of a delegation from a town: that town's officers)
        body = _default_body(ctx, replace(title, body="city"), sent, base + m.start("title")) if _in_delegation_list(
            ctx, sent, base + m.start("title")) else None
        _add_person(ctx, sent, name, s, title, body)


def _office_of_the_name_before(ctx: Ctx, t: str, office: int, name_end: int) -> bool:
    """In a list of names and offices (``Zhou Li, Mayor of Weihai, Chen Bo, leader of …``, ``Barbara Heslin,
    Director of X, Rosemary Gaynor, Colm Faughnan``), the office at ``office`` is the name's written before it, not
    the one after it (ending at ``name_end``): a name and a comma come before the office, and another office or
    another listed name follows the name after it (no "the" before the office: that office is the next name's)."""
    pair = _PAIR_BEFORE.search(t, 0, office)
    if pair is None or pair.group(0).rstrip().endswith(("the", "The")) or t.startswith(("the ", "The "), office):
        return False  # (Fernando Jordo, the Consul General of China, Tian Min, …: "the" opens the next name's office)
    return not any(w in NAME_STOP or ctx.gz.lookup(w, lang="en")
                                        for w in pair.group(0).rstrip(", ").split() if w != "the") and (
        _OFFICE_AFTER.match(t, name_end) is not None or
        re.match(rf",\s+{WORD}\s+{WORD}\s*(?:,|\band\b)", t[name_end:]) is not None)


def _council_of_acronym(ctx: Ctx, prior: Mention, title: Title) -> URIRef | None:
    """``SMC chairman Clarence Ting`` after ``Sibu Municipal Council (SMC)``: a body's officer (not a mayor) after the
    acronym a council was given is the council's, though the acronym also stands for the town."""
    if title.body != "org" or not re.fullmatch(r"[A-Z]{2,6}", prior.surface):
        return None
    named = re.search(rf"(?P<c>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){{0,4}}\s+Council)\s*\({prior.surface}\)", ctx.text)
    if named is None:
        return None
    return next((x.iri for x in ctx.mentions if x.type == "Organization" and x.surface == named.group("c")), None)


def _nation_s_officer(ctx: Ctx, sent: Sentence, nation: Mention) -> None:
    """The name right after ``President of Armenia``, ``Prime Minister of Japan``: a national officer."""
    named = _NAME_AT.match(ctx.text, nation.end) if nation.end < sent.end else None
    if named is None:
        return
    name = _clean(named.group("name"), ctx, named.start("name"))
    s = named.start("name") + max(named.group("name").find(name), 0)
    if _word_count(name) >= 2 and not any(x.start <= s < x.end for x in ctx.mentions):
        _add_person(ctx, sent, name, s, NATIONAL_TITLE, None)


def _listed_after(ctx: Ctx, sent: Sentence, ts: int, title: Title) -> URIRef | None:
    """The city of the titled person listed right before (``Austin Mayor Kirk Watson, Council Member Ana Rivera``),
    for an office a city has many of (not a second mayor: ``Austin Mayor X and Mayor Y`` names another city's)."""
    if title.role in ONE_HOLDER_ROLES or title.body != "city":
        return None
    prev = [x for x in ctx.in_sentence(sent, types=("Person",)) if x.end <= ts and
            re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", ctx.text[x.end:ts])]
    body = ctx.person_body.get(prev[-1].iri) if prev else None
    if body is None or prev[-1].iri in ctx.guessed_bodies or "/city/" not in str(body):
        return None
    return body


def _region_of_a_surname_town(ctx: Ctx, pos: int, s: int, n: int) -> Mention | None:
    """``Gov. Wes Moore of Maryland``: the state after the name, taken for the locator of a town the surname spells
    (Moore), is the governor's body: it acts, the town is no town of the story."""
    region = next((x for x in ctx.mentions if x.start == pos and x.type == "City" and x.qualifier), None)
    if region is None or not any(c.type == "City" and s <= c.start < s + n for c in ctx.mentions):
        return None
    region.qualifier = False
    return region


def _lone_name(ctx: Ctx, sent: Sentence, name: str, s: int) -> bool:
    """``Mayor Whitcombe``: one word after a title that can only be a surname (no place, no title, no word of a
    headline written in title case)."""
    return (len(name) >= 2 and name[0].isupper() and not name.isupper()
            and name not in NAME_STOP and name not in LONE_NAME_STOP and title_of(name) is None
            and not ctx.gz.lookup(name, lang="en") and not _title_case(sent.text)
            and not any(x.start <= s < x.end for x in ctx.mentions)
            and not re.match(r"\s*&", ctx.text[s + len(name):]))  # Chairman Planning & Development Board: a body


#: the small words a headline leaves in lower case (``… Signing Ceremony between Hubei Province and Ilocos Sur``)
_HEADLINE_SMALL_WORDS = frozenset("a an the of and to in on for with at between vs via per".split())
#: (not during, after, from: a photo caption keeps them, ``Mayor Whitcombe during the Signing Ceremony``)


def _title_case(text: str) -> bool:
    """A line with its words capitalised, like a headline: its capitals tell no names.

    >>> _title_case("Mayor Whitcombe Welcomes Delegation From Kasugai"), _title_case("Mayor Whitcombe welcomed them.")
    (True, False)
    >>> _title_case("Consul Zhou Youbin Attends the Signing Ceremony between Hubei Province and Ilocos Sur")
    True
    >>> _title_case("Alderman Hill-Smith, the Mayor of Cape Town, signed the agreement.")
    False
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


def lone_surnames(ctx: Ctx) -> None:
    """A title with one name word (``Mayor Whitcombe``) once the whole article is read: the person of that name
    when the article names one with it (before or after), a person of its own when no other person shares the
    word, nothing when several do (``Mayor Kim`` among two Kims)."""
    seen: dict[str, set[tuple[str, URIRef | None]]] = {}
    for _sent, name, _s, title, body, guessed in ctx.lone_titled:
        seen.setdefault(name, set()).add((title.role, None if guessed else body))
    for sent, name, s, title, body, guessed in sorted(ctx.lone_titled, key=lambda e: e[5]):  # stated bodies first
        if any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        known = _known(ctx, name)
        if known is not None:
            ctx.mentions.append(Mention(s, s + len(name), name, known, "Person", "person"))
        elif not any(name in re.split(r"[\s-]+", n) for n in ctx.persons) and \
                len({b for _r, b in seen[name] if b is not None}) <= 1:
            # (Mayor Kim of A and Mayor Kim of B, or Mayor Obata and Governor Obata: two people, neither settled)
            if guessed and title.role in ONE_HOLDER_ROLES and any(
                    b == body and (e := ctx.reading.entities.get(p)) is not None and e.attrs.get("jobTitle") == title.role
                    for p, b in ctx.person_body.items()):
                body = None  # Mayor Strong …, Mayor Kim of Kasugai: the city has its mayor, none guessed for Strong
            _add_person(ctx, sent, name, s, title, body, guessed=guessed, lone="new")


def read_roles_before(ctx: Ctx, sent: Sentence) -> None:
    """People named after a role noun and the words of its field (``Council governance manager Owen Tate``,
    ``Kelowna's tourism officer Jane Roe``): the role as written, the body a place or organisation that opens the
    field, the article's own city for ``council``/``the city's``, none otherwise."""
    t, base = sent.text, sent.start
    for m in _ROLE_BEFORE.finditer(t):
        ns = base + m.start("name")
        name = _clean(m.group("name"), ctx, ns)
        if not name or _word_count(name) < 2 or re.search(rf"\b(?:{ORG_HEADS})\b", name):
            continue
        if m.group("noun").lower() in ("head", "chief") and (not m.group("noun").islower() or re.search(
                r"\b(?:will|to|would|can|could|shall|should|may|might|must|did|do|does|then|they|we)\s+$",
                t[:m.start("noun")], re.I)):
            continue  # the students will head Kofu Castle tours: the verb; Chief Executive X: a title read elsewhere
        if _OCCUPATION.fullmatch(m.group("noun")) and (not m.group("noun").islower() or _NOT_A_NAME.search(name)):
            continue  # the Student Exchange Program, Student Ambassadors Tom and Ann: a name of a scheme, no person
        s = ns + max(m.group("name").find(name), 0)
        if any(x.start <= s < x.end for x in ctx.mentions):
            continue  # already a person, a place or an organisation
        field: list[str] = []
        body: URIRef | None = None
        former = False
        end = base + m.start("noun")
        for w in reversed(m.group("field").split()):
            ws = ctx.text.rfind(w, base + m.start("field"), end)
            end = ws
            if re.fullmatch(r"\([A-Z]{2,8}\)", w):
                continue  # Manila Sports Council (MASCO) head X: the body's acronym between its name and the role
            if any(x.type == "Person" and x.start <= ws < x.end for x in ctx.mentions) or title_of(w) is not None or (
                    field and field[-1] == "and" and w[:1].isupper()):
                if field and field[-1] == "and":
                    field.pop()
                break  # (… Mayor Tom Poe and city planner Ken Ito: the field ends at a person, a title or a name)
            at = next((x for x in ctx.mentions if x.type in ("City", "Organization") and x.start <= ws < x.end), None)
            if at is not None:
                body = at.iri if at.type == "Organization" or not _OCCUPATION.fullmatch(m.group("noun")) else None
                break  # (Incheon student X: from Incheon, no officer of it)
            if _OWN_BODY_WORD.fullmatch(w):
                body = main_city(ctx)
                break
            if w.lower() in ROLE_FIELD_STOP - {"and"} or re.search(r"[,.;:!?()\"]", w):
                former = w.lower() in ("former", "then")
                break
            field.append(w)
        while field and field[-1].lower() == "and":
            field.pop()
        if body is None and not _OCCUPATION.fullmatch(m.group("noun")):
            body = _delegation_city(ctx, sent, s)  # the Kochi delegation included corporation secretary X: Kochi's
        role = " ".join([*reversed(field), m.group("noun")]).lower()
        _add_person(ctx, sent, name, s, Title("role", m.group("noun"), role, "org"), None if former else body)


#: a city's delegation named before its members (``the Kochi delegation``, ``the delegation from Kochi``)
_DELEGATION_AFTER_CITY = re.compile(r"(?:['’]s)?\s+(?:official\s+|municipal\s+|city\s+|government\s+)?delegation\b")
_DELEGATION_FROM_BEFORE = re.compile(r"\bdelegation\s+(?:from|of)\s+(?:the\s+)?(?:city\s+of\s+)?$")


#: the visitors led by the titled name that follows (``The Japanese group was led by``), or led by the titled name
#: before (``Councillor X, head of …, led the Yamato Takada delegation``, ``X, who led the delegation,``)
_LED_BY_BEFORE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}(?:delegation|group|visitors|party|mission|contingent|entourage|guests)"
                            r"\s+(?:was|were|is|are)\s+(?:being\s+)?(?:led|headed)\s+by\s+(?:the\s+)?$")
#: (the sentence opens with the visitors: not ``The welcoming ceremony for the group was led by``)
_GUIDED_AFTER = re.compile(r"[^.;]{0,40}?\s+(?:on\s+an?\s+|through\s|around\s|across\s|along\s)")
_LEADS_AFTER = re.compile(rf"(?:(?i:{TITLE_RE})\s+)+(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*(?:,[^,.;]{{1,60}},)?,?\s+"
                          r"(?:who\s+)?(?:led|headed|leads|heads|is\s+leading|was\s+leading)\s+(?:the|their)\s+"
                          r"(?:(?:[A-Z][\w'’-]*|visiting)\s+){0,2}?(?:delegation|group|visitors|party|mission|contingent)\b"
                          r"(?!\s+(?:to|for)\b)")
#: (the visitors, or their town's: not ``led the local welcome party``, ``led a Taupo mission to Kure``)


def _visitors_led(ctx: Ctx, sent: Sentence, pos: int) -> URIRef | None:
    """The town of the visitors a titled name leads (``The Japanese group was led by Councillor X``, ``X, who led the
    delegation,``): the town written right before the delegation word in the sentence, else the one town the
    article names as where visitors come from before it; None when it names none or several."""
    before = _LED_BY_BEFORE.match(ctx.text, sent.start, pos) is not None and \
        not _GUIDED_AFTER.match(ctx.text, pos, sent.end)  # (the visitors were led by X on a walking tour: a guide)
    after = _LEADS_AFTER.match(ctx.text, pos, sent.end)
    if not before and after is None:
        return None
    if after is not None:
        own = [x for x in ctx.in_sentence(sent, types=("City",)) if pos < x.start < after.end() and
               _DELEGATION_AFTER_CITY.match(ctx.text, x.end)]
        if own:
            return own[-1].iri
    senders = {m.iri for m in ctx.mentions if m.type == "City" and m.start < pos and not m.qualifier and
               VISITORS_FROM.search(ctx.text, max(0, m.start - 100), m.start)}
    return senders.pop() if len(senders) == 1 else None


def _delegation_city(ctx: Ctx, sent: Sentence, pos: int) -> URIRef | None:
    """The city whose delegation the sentence names before ``pos`` (its members' city), else None."""
    found = [x for x in ctx.in_sentence(sent, types=("City",)) if x.end <= pos and not x.qualifier and (
        _DELEGATION_AFTER_CITY.match(ctx.text, x.end) or
        _DELEGATION_FROM_BEFORE.search(ctx.text, max(sent.start, x.start - 40), x.start)) and
        not _MET_BEFORE.search(ctx.text, x.end, pos)]  # (… delegation was welcomed by Secretary X: the hosts')
    return found[-1].iri if len({x.iri for x in found}) == 1 else None


#: a role and its body, then the holder's name between commas: ``The Director of Tourism for Cork, Mary Byrne,``,
#: ``Chief Executive Officer with Offaly County Council, Anna Marie Delaney,``, ``the project administrator of
#: Raseborg, Börje Mattsson,``
_ROLE_THEN_APPOSED = re.compile(rf"(?:(?<![\w'’-])(?P<owner>{WORD})['’]s\s+)?"  # (Ipswich's honorary ambassador to Taiwan, X)
                                rf"(?<![\w'’-])(?P<role>(?:(?!(?:The|A|An|Its|His|Her|Their|Our|This)\b)(?:[A-Z][\w-]*|project|programme|program|city|town|council|"
                                rf"municipal|county|honorary|goodwill)\s+){{0,2}}(?:(?i:{PRE_ROLE_NOUNS})|Director|Head|Chief\s+Executive(?:\s+Officer)?|"
                                rf"Consul[- ]General|Ambassador|ambassador|Consul))"
                                rf"(?![\w-])(?P<of>\s+(?:of|for|with|at|to)\s+(?:the\s+)?[^,;()\"“”]{{2,60}}?)?,\s+(?P<name>{_NAME})"
                                r"(?:,|\s+(?:has|had|have|said|says|was|is|will|who|confirmed|announced)\b)")


def read_appositive_roles(ctx: Ctx, sent: Sentence) -> None:
    """``The Director of Tourism for Cork, Mary Byrne, welcomed …``: the person named between commas after a role
    and its body holds that role in the place or organisation the role names (none when it names neither)."""
    for m in _ROLE_THEN_APPOSED.finditer(sent.text):
        ns = sent.start + m.start("name")
        name = _clean(m.group("name"), ctx, ns)
        if not name or _word_count(name) < 2 or re.search(rf"\b(?:{ORG_HEADS})\b", name):
            continue
        s = ns + max(m.group("name").find(name), 0)
        if any(x.start <= s < x.end for x in ctx.mentions):
            continue  # already a person, a place or an organisation
        if _office_of_the_name_before(ctx, sent.text, m.start("role"), m.end("name")):
            continue  # Barbara Heslin, Director of Services X, Rosemary Gaynor: the office is the name's before it
        body: URIRef | None = None
        as_written = Title("role", m.group("role"), re.sub(r"\s+", " ", m.group("role")).lower(), "org")
        title = title_of(m.group("role")) or as_written
        owner = next((x for x in ctx.mentions if m.group("owner") and x.type in ("City", "Organization") and
                      x.start == sent.start + m.start("owner")), None)
        if owner is not None and m.group("role")[0].islower():  # Ipswich's honorary ambassador to Taiwan: Ipswich's
            title, body = as_written, owner.iri
        elif m.group("of") and title.body != "none":  # (the Consul General of Mexico in Sacramento: no officer of a place)
            lo, hi = sent.start + m.start("of"), sent.start + m.end("of")
            inside = [x for x in ctx.mentions if x.type in ("City", "Organization") and lo <= x.start < hi and
                      not x.qualifier]
            body = inside[-1].iri if inside else None
        _add_person(ctx, sent, name, s, title, body)


def read_possessive_roles(ctx: Ctx, sent: Sentence) -> None:
    """``Owen Tate, the council's governance manager,``: a person with the role as written, of the body in the
    possessive (the article's own city for ``the council's``/``the city's``)."""
    for m in _POST_OWN_ROLE.finditer(sent.text):
        ns = sent.start + m.start("name")
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, ns)
        s = ns + max(m.group("name").rfind(name), 0) if name else ns
        if not name or _word_count(name) < 2 or any(x.start <= s < x.end for x in ctx.mentions):
            continue
        own = _body_at(ctx, sent.start + m.start("own"), sent.start + m.end("own"))
        body = own.iri if own is not None else (main_city(ctx) if m.group("own").lower() in (
            "council", "city", "town", "shire", "borough", "municipality") else None)
        if m.group("noun") == "director" and not set(m.group("field").lower().split()) <= _DIRECTOR_FIELDS:
            continue  # (Cork's jazz festival director: the festival's, no post of the town)
        role = " ".join([*m.group("field").split(), m.group("noun")]).lower()
        _add_person(ctx, sent, name, s, Title("role", m.group("noun"), role, "org"), body)


#: a place's title, then the name between commas (``Kelowna Mayor, Jane Roe, signed``)
_PLACE_TITLE_COMMA_NAME = re.compile(rf"(?P<pre>(?i:then[\s-]|former\s+|ex-))?(?P<title>(?i:{_T})),\s+(?P<name>{_NAME})"
                                     rf"(?=\s*[,.;]|\s*$|\s+and\s+(?:the\s+)?{WORD}(?:\s+{WORD}){{0,2}}\s+(?i:{_T}),)")
#: (also ``Busan's then-mayor, Roger Platt.``: the post held then; a former one names the person, no body; and
#: before the next such pair: ``Ballarat mayor, Joan Reed and Inagi mayor, Taro Sato,``)


def read_place_title_comma_name(ctx: Ctx, sent: Sentence) -> None:
    """``New York City Mayor, Jane Roe,``: the place right before the title is the body of the name after the comma."""
    for m in _PLACE_TITLE_COMMA_NAME.finditer(sent.text):
        title = title_of(m.group("title"))
        place = _body_before(ctx, sent, sent.start + m.start(), ("City", "Organization"))
        ns = sent.start + m.start("name")
        name = _clean(m.group("name"), ctx, ns)
        if title is None or place is None or title.body == "none" or not name or _word_count(name) < 2 or \
                any(x.start <= ns < x.end and x.type == "Person" for x in ctx.mentions):
            continue
        once = (m.group("pre") or "").lower().startswith(("former", "ex"))
        _add_person(ctx, sent, name, ns + max(m.group("name").find(name), 0), title, None if once else place.iri)
        place.via_title = True


#: ``…, which was represented by its mayor, Rudi Santoso``: the officer of the place named just before
_ITS_TITLE_COMMA_NAME = re.compile(rf"\b(?:its|their)\s+(?P<title>(?i:{_T})),?\s+{TITLE_HONORIFICS}(?P<name>{_NAME})")


#: between a body's name and ``its`` (``the X Committee and its chairperson``): the officer named next is the body's
_BODY_THEN_ITS = re.compile(r"\s*,?\s+(?:and|with|led\s+by)\s+$")


def read_its_officer(ctx: Ctx, sent: Sentence) -> None:
    """``Pontianak, which was represented by its mayor, Rudi Santoso``: the place named last before ``its`` is the
    officer's body; a body's officer named right after the body (``the Kilcolgan Twinning Committee and its
    chairperson, Ann Burke``) is that body's."""
    for m in _ITS_TITLE_COMMA_NAME.finditer(sent.text):
        title = title_of(m.group("title")) or title_of(m.group("title").title())
        ns = sent.start + m.start("name")
        name = _clean(m.group("name"), ctx, ns)
        s = ns + max(m.group("name").find(name), 0) if name else ns
        if title is None or title.body == "none" or not name or _word_count(name) < 2 or \
                any(x.start <= s < x.end and x.type == "Person" for x in ctx.mentions):
            continue
        place = next((x for x in reversed(ctx.in_sentence(sent, types=("City",)))
                      if x.end <= sent.start + m.start() and not x.qualifier), None)
        org = next((x for x in ctx.in_sentence(sent, types=("Organization",)) if title.body == "org" and
                    _BODY_THEN_ITS.fullmatch(ctx.text, x.end, sent.start + m.start())), None)
        body = org or place
        _add_person(ctx, sent, name, s, title, body.iri if body is not None else None)


def read_titles_between_commas(ctx: Ctx, sent: Sentence) -> None:
    """``the mayor, Karl Heinz Brauer,`` (a title in lower case, then the name between commas) and ``Ravi Sharan,
    International Relations Officer,`` (a capitalised role with no body after the name)."""
    for m in _THE_TITLE_COMMA_NAME.finditer(sent.text):
        title = title_of(m.group("title"))
        ns = sent.start + m.start("name")
        name = _clean(m.group("name"), ctx, ns)
        s = ns + max(m.group("name").find(name), 0) if name else ns
        if title is None or not name or _word_count(name) < 2 or any(x.start <= s < x.end for x in ctx.mentions):
            continue
        before = _body_before(ctx, sent, sent.start + m.start(), ("City",))
        near = next((x.iri for x in reversed(ctx.in_sentence(sent, types=("City",))) if x.end <= sent.start + m.start()), None)
        _add_person(ctx, sent, name, s, title, before.iri if before is not None else near)
    for m in _POST_PLACE_TITLE.finditer(sent.text):  # Jiro Sato, Iwakuni mayor,
        title = title_of(m.group("title"))
        place = _body_at(ctx, sent.start + m.start("of"), sent.start + m.end("of"), ("City",))
        if place is not None and (place.start, place.end) != (sent.start + m.start("of"), sent.start + m.end("of")):
            continue  # Ann Holt, Kelowna Rotary Club president: the city only starts a body's name
        ns = sent.start + m.start("name")
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, ns)
        s = ns + max(m.group("name").rfind(name), 0) if name else ns
        if title is None or place is None or not name or _word_count(name) < 2 or \
                any(x.start <= s < x.end for x in ctx.mentions):
            continue
        _add_person(ctx, sent, name, s, title, place.iri if title.body != "none" else None)
        place.via_title = True
    for m in _POST_THE_CITYS_TITLE.finditer(sent.text):  # Li Wen, the city's mayor,
        title = title_of(m.group("title"))
        ns = sent.start + m.start("name")
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, ns)
        s = ns + max(m.group("name").rfind(name), 0) if name else ns
        if title is None or not name or _word_count(name) < 2 or any(x.start <= s < x.end for x in ctx.mentions):
            continue
        # the city last named before, not one that is another person's body (Kelowna Mayor Ann Holt met Ben Cole,
        # the city's mayor: the city of the sentence's other place)
        cities_before = [x for x in ctx.mentions if x.type == "City" and x.end <= ns and not x.qualifier
                         and not x.via_title]
        _add_person(ctx, sent, name, s, title,
                    cities_before[-1].iri if cities_before and title.body != "none" else main_city(ctx))
    for m in _POST_CAP_ROLE.finditer(sent.text):
        ns = sent.start + m.start("name")
        raw = m.group("name").split(",")[-1].strip()
        lead = re.match(rf"(?:(?:{TITLE_RE})\s+)+", raw)  # Chief Executive Jane Roe, Principal Advisor: a title first
        name = _clean(raw[lead.end():] if lead else raw, ctx, ns)
        s = ns + max(m.group("name").rfind(name), 0) if name else ns
        if not name or _word_count(name) < 2 or any(x.start <= s < x.end for x in ctx.mentions):
            continue
        body = _body_at(ctx, sent.start + m.start("of"), sent.start + m.end("of")) if m.group("of") else None
        role = m.group("role")
        place = next((x for x in ctx.mentions if x.type == "City" and x.start == sent.start + m.start("role")
                      and x.end < sent.start + m.end("role")), None) if body is None else None
        title = Title("role", role, role.lower(), "org")
        if place is not None:  # Greta Lindner, Soest City Manager,: the city's officer
            rest = ctx.text[place.end:sent.start + m.end("role")].strip()
            title = title_of(rest) or Title("role", rest, rest.lower(), "city")
            body, place.via_title = place, True
        _add_person(ctx, sent, name, s, title, body.iri if body is not None else None)
    for m in _POST_ROLE_UNNAMED.finditer(sent.text):  # Greta Lindner, president of the twinning committee,
        ns = sent.start + m.start("name")
        name = _clean(m.group("name").split(",")[-1].strip(), ctx, ns)
        s = ns + max(m.group("name").rfind(name), 0) if name else ns
        if not name or _word_count(name) < 2 or any(x.start <= s < x.end for x in ctx.mentions):
            continue
        title = title_of(m.group("title")) or Title("role", m.group("title"), m.group("title").lower(), "org")
        _add_person(ctx, sent, name, s, title, None)


def read_counterparts(ctx: Ctx, sent: Sentence) -> None:
    """``Suwon Mayor Kim and his Cleveland counterpart, Jane Roe``: the counterpart holds the title of the
    person named before it in the sentence, in the place written before ``counterpart``."""
    for m in [*_COUNTERPART.finditer(sent.text), *_COUNTERPART_FROM_COMMA.finditer(sent.text),
              *_COUNTERPART_FROM.finditer(sent.text),
              *_COUNTERPART_BARE.finditer(sent.text)]:
        at = sent.start + m.start()
        before = [x for x in ctx.in_sentence(sent, types=("Person",)) if x.start < at and (
            x.iri in ctx.person_body or ((e := ctx.reading.entities.get(x.iri)) is not None and
            e.attrs.get("jobTitle") == NATIONAL_TITLE.role))]
        ent = ctx.reading.entities.get(before[-1].iri) if before else None
        title = next((t for t in TITLES if ent is not None and t.role == ent.attrs.get("jobTitle")), None)
        if title is None:  # The mayor of Baku met his Russian counterpart X: the title the sentence gives before
            said = list(re.finditer(rf"\b(?i:{TITLE_RE})\b", sent.text[:m.start()]))
            title = (title_of(said[-1].group(0)) or title_of(said[-1].group(0).title())) if said else None
        if "own" in m.re.groupindex and m.group("own"):  # his Nairobi counterpart, governor X: the title given
            title = title_of(m.group("own")) or title_of(m.group("own").title()) or title
        if "of" not in m.re.groupindex:  # his counterpart Zhou Ming: the one city of the sentence not the first's
            own = ctx.person_body.get(before[-1].iri) if before else None
            others = {x.iri for x in ctx.in_sentence(sent, types=("City",)) if not x.qualifier and x.iri != own}
            body = next((x for x in ctx.in_sentence(sent, types=("City",)) if x.iri in others), None) \
                if len(others) == 1 and own is not None else None
            cc = None
        else:
            body = _body_at(ctx, sent.start + m.start("of"), sent.start + m.end("of"), ("City",))
            cc = DEMONYMS.get(m.group("of").lower())
        if body is None and cc is not None:  # his Russian counterpart X … in Moscow: the sentence's city of that country
            name_end = sent.start + m.end("name")
            here = [x for x in ctx.in_sentence(sent, types=("City",)) if not x.qualifier and not (
                sent.start + m.start("name") <= x.start < name_end) and (
                (c := ctx.gz.by_iri.get(x.iri)) is not None and c.country == cc)]
            met_at = [x for x in here if x.end <= sent.start + m.start() or
                      re.fullmatch(r",?\s+(?:in|at)\s+(?:the\s+)?", ctx.text[name_end:x.start])]
            top = next((i for i in ranked_cities(ctx) if _country(ctx, i) == cc), None)
            body = met_at[0] if met_at else next((x for x in ctx.mentions if x.iri == top), None) if top else (
                here[0] if here else None)
            # (his French counterpart, X, in Nice: where they met; … visited the twin town of Vigneux … met her
            # French counterpart, X, and spent time in Paris: the article's foremost French town, not a city a
            # later clause passes through)
        name = _clean(m.group("name"), ctx, sent.start + m.start("name"))
        national = title is not None and title.body == "none"  # the President of X and his Belarusian counterpart Y
        if title is None or (body is None and not national and "of" not in m.re.groupindex) or not name or \
                _word_count(name) < 2:
            continue  # (her counterpart from a place no reading knows, Jo Tladi: still a person, of no known body)
        ns = sent.start + m.start("name")
        if m.re is _COUNTERPART_FROM_COMMA and (ctx.gz.lookup(name, lang="en") or _place_shaped(name) or any(
                x.start < ns + len(m.group("name")) and ns < x.end for x in ctx.mentions)):
            continue  # her counterpart from Cebu City, Central Visayas,: a region after the place, no name
        _add_person(ctx, sent, name, sent.start + m.start("name") + max(m.group("name").find(name), 0), title,
                    None if national or body is None else body.iri)


def _place_shaped(name: str) -> bool:
    """Whether a name is written as a place's: a compass part first or a place suffix last (``Central Visayas``,
    ``Western Cape``, ``Bicol Region``), never a person's.

    >>> _place_shaped("Central Visayas"), _place_shaped("Bicol Region"), _place_shaped("Jo Tladi")
    (True, True, False)
    """
    last = name.split()[-1]
    return COMPASS_PART.fullmatch(name) is not None or any(re.fullmatch(p.words, last) for p in PLACE_SUFFIXES)


def read_speakers(ctx: Ctx, sent: Sentence) -> None:
    """People quoted by name with no title (after the titled ones are read)."""
    for m in _SPEAKER.finditer(sent.text):
        g = next(k for k in ("a", "b", "c", "d", "e", "f", "g", "h") if m.group(k))
        if g == "g" and len(m.group(g).split()) == 3 and m.group(g).split()[0] not in given_names_en():
            continue  # (led by Team Leader Kim, by Rolls Royce Engineering: three words, no given name first)
        if g == "h" and re.search(r"[A-Z][\w'’.-]*\s+$", sent.text[:m.start()]):
            continue  # (the Harbor Master Plan Review: a title's word before Master makes it a thing's name)
        s = sent.start + m.start(g)
        raw = m.group(g)
        words = raw.split()
        while len(words) > 2 and words[0] in DEPARTMENT_WORDS:  # Director of Services Barbara Heslin said: the
            s += len(words[0]) + 1  # department is no part of the speaker's name
            raw, words = raw[len(words[0]) + 1:], words[1:]
        inside = [x for x in ctx.mentions if x.start < s + len(raw) and s < x.end]
        if any(w in NAME_STOP or title_of(w) for w in words) or re.search(rf"\b(?:{TITLE_RE})\b", raw) or any(
                x.type != "City" or ((x.start, x.end) == (s, s + len(raw)) and not (g == "c" and x.kind == "new"))
                or x.start < s or x.end > s + len(raw)
                for x in inside) or (inside and g not in ("c", "e") and not _APPOSED_PERSON_AFTER.match(ctx.text, s + len(raw))):
            continue  # (Ken Ito, 81, …: a town's name inside a person's, with an age or a founder's role after it;
            # said Aurora Santos, who heads …: a person described after a comma, though a town's name is inside)
        if g == "e" and len(words) == 1 and any(raw in n.split() for n in ctx.persons):
            continue  # Jane Roe … Ms. Roe said: the person named before (short_references links the word)
        ctx.mentions[:] = [x for x in ctx.mentions if x not in inside]
        _untitled_person(ctx, raw, s, s + len(raw))


#: a person described in apposition after the name (``…, who heads``, ``…, a city spokeswoman``, ``…, the mayor's aide``)
_APPOSED_PERSON_AFTER = re.compile(r",\s+(?:who\b|an?\s+[a-z]|the\s+[a-z]|his\b|her\b)")
#: one listed person: a first name, an optional initial (with or without its dot), a surname
_LISTED = rf"{WORD}(?:\s+[A-Z]\.?)?\s+{WORD}(?:,?\s+(?:Jr|Sr)\.?|\s+I{{2,3}}\b)?"
_LISTED_ITEM = rf"{LIST_HONORIFIC}?{_LISTED}"  # (comprised Cllr Ann Roe, Tom Hale and Mary Dunne)
_LISTED_RE = re.compile(_LISTED)
_PEOPLE_LIST = re.compile(rf"{PEOPLE_LIST_INTRO}(?P<l>{_LISTED_ITEM}(?:\s*,\s*(?:and\s+)?{_LISTED_ITEM}|\s+and\s+"
                          rf"{_LISTED_ITEM})+)(?=\s*[.;]|\s*$|\s+[—–]\s|,\s+and\s+[A-Z][\w'’-]*\s+[A-Z]|"
                          r"\s+and\s+(?:their|his|her|two|three|four|several)\b|\s+to\s+(?:the\s+)?[A-Z])")
#: (welcomed A, B and C and their two chaperones …, welcomed A, B and C to St. Marys: the list ends there too)
#: a list of three people or more opening a sentence, who then travel (``A, B, C and D arrived in San Mateo``)
_PEOPLE_LIST_SUBJECT = re.compile(rf"^(?P<l>{_LISTED_ITEM}(?:\s*,\s*{_LISTED_ITEM}){{1,}}\s*,?\s+and\s+{_LISTED_ITEM})"
                                  r"\s+(?:arrived|visited|came|stayed|toured|travell?ed|flew|will\s+(?:travel|visit|stay)|"
                                  r"are\s+(?:staying|visiting)|spent)\b")
#: (a list ends the sentence, a dash or the next group: ``students A and B, and Kobe students C and D — signed``)
_PEOPLE_LIST_TAIL = re.compile(rf",\s+(?P<l>{_LISTED_ITEM}(?:\s*,\s*{_LISTED_ITEM}){{1,}}\s*,?\s+and\s+{_LISTED_ITEM})"
                               rf"(?=\s*[.;]|\s*$)")


def _holds_post_in(ctx: Ctx, iri: URIRef, body: URIRef, sent: Sentence, *, role: str | None = None) -> None:
    """Record that a person read before holds a post in ``body`` (with ``role`` as the job title when none was read)."""
    ent = ctx.reading.entities.get(iri)
    if ent is not None and role is not None:
        ent.attrs.setdefault("jobTitle", role)
    ctx.person_body[iri] = body
    ctx.fact(iri, V.SCHEMA.worksFor, body, sent)


#: a post written after a name, at its body (``Mara Quinn, head of engagement at the City of Kelowna,``, ``X, manager
#: of international relations at Kelowna City Council``)
_POST_AT_BODY = re.compile(rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?P<role>(?:[a-z][\w&-]*\s+){{0,3}}?(?:{PRE_ROLE_NOUNS}|director)"
                           r"(?:\s+of\s+[a-z][\w&-]*(?:\s+(?:and\s+)?[a-z][\w&-]*){0,3})?)\s+(?:at|with|for)\s+(?:the\s+)?"
                           r"(?P<body>(?:(?:City|Town|County|Municipality|Borough|District)\s+of\s+)?[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*){0,4})(?=\s*[,.;)]|\s*$)")


def read_posts_at_bodies(ctx: Ctx, sent: Sentence) -> None:
    """``said Mara Quinn, head of engagement at the City of Kelowna``: a post written after the name, at a body or a
    town the article reads (the body's own mention first); not a post at a place no mention names."""
    for m in _POST_AT_BODY.finditer(sent.text):
        lo, hi = sent.start + m.start("body"), sent.start + m.end("body")
        at = [x for x in ctx.mentions if x.type in ("Organization", "City") and lo <= x.start < hi and not x.qualifier]
        body = next((x for x in at if x.type == "Organization"), None) or next(iter(at), None)
        if body is None or _PRAISE_RE.search(m.group("role")):
            continue
        ns = sent.start + m.start("name")
        name = _clean(m.group("name"), ctx, ns)
        if not name or _word_count(name) < 2:
            continue
        s = ns + max(m.group("name").rfind(name), 0)
        role = re.sub(r"\s+", " ", m.group("role")).lower()
        known = next((x for x in ctx.mentions if x.type == "Person" and x.start <= s < x.end), None)
        if known is not None:
            if known.iri not in ctx.person_body:
                _holds_post_in(ctx, known.iri, body.iri, sent, role=role)
            continue
        if any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue
        _add_person(ctx, sent, name, s, Title("role", m.group("role").split()[-1], role, "org"), body.iri)


def read_body_titles_after(ctx: Ctx, sent: Sentence) -> None:
    """``Kenji Arai, Tokorozawa International Friendship Committee Chairman``: a body, then its office, in apposition
    after a name read with no title: the person holds that office in that body."""
    for p in ctx.in_sentence(sent, types=("Person",)):
        comma = re.match(r",\s+(?:the\s+)?", ctx.text[p.end:p.end + 8])
        if comma is None or p.iri in ctx.person_body:
            continue
        org = next((x for x in ctx.in_sentence(sent, types=("Organization",)) if x.start == p.end + comma.end()), None)
        office = re.match(rf"\s+(?P<t>{TITLE_RE})(?=\s*(?:[,.;)]|$))", ctx.text[org.end:org.end + 40]) if org else None
        title = title_of(office.group("t")) if office is not None else None
        if org is None or title is None:
            continue
        _holds_post_in(ctx, p.iri, org.iri, sent, role=title.role)


def read_heads_of_bodies_after(ctx: Ctx, sent: Sentence) -> None:
    """``Mary Jones, who chairs the Decatur Sister Cities Association``, ``…, who has led the Rotary Club``, ``…, who
    serves as president of the …``: a person read with no body heads the body named right after the relative
    clause's verb (not a city: ``who leads Kure`` says nothing of an office)."""
    for p in ctx.in_sentence(sent, types=("Person",)):
        if p.iri in ctx.person_body:
            continue
        m = HEADS_BODY_AFTER.match(ctx.text, p.end, sent.end)
        org = next((x for x in ctx.in_sentence(sent, types=("Organization",)) if m is not None and x.start == m.end()), None)
        if m is None or org is None or BODY_PART_AFTER.match(ctx.text, org.end):
            continue  # (who chairs the Association's youth committee, who leads the Association delegation: a part)
        if m.group("served"):
            title = title_of(m.group("served"))
            role = title.role if title is not None else m.group("served").lower()
        else:
            verb = re.sub(r"^(?:has|had)\s+(?:long\s+)?", "", m.group("verb").lower())
            role = next((r for stem, r in HEADING_VERB_TITLES.items() if verb.startswith(stem)), "head")
        _holds_post_in(ctx, p.iri, org.iri, sent, role=role)


#: a listed person and the body they come from (``…, Jane Brooker from Quinte Tourism and Tom McKinney from Loyalist
#: College``): after a list's opening, a comma or ``and``
_FROM_BODY_ITEM = re.compile(rf"(?:\b(?:includes?|included|including)\s+|,\s+|\s+and\s+)(?P<n>{_LISTED})\s+from\s+"
                             r"(?:the\s+)?(?P<o>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w'’&.-]*){0,5})")


def read_people_from_bodies(ctx: Ctx, sent: Sentence) -> None:
    """People a group's list names with the body they come from (``The delegation includes Mayor X, Jane Brooker from
    Quinte Tourism and Tom McKinney from Loyalist College``): each a person, of that body when it is read as one (a
    place after ``from`` is where they come from, no body); only in a sentence about a group."""
    if not re.search(PEOPLE_GROUP_WORDS, sent.text, re.I):
        return
    for m in _FROM_BODY_ITEM.finditer(sent.text):
        name = m.group("n")
        s, e = sent.start + m.start("n"), sent.start + m.end("n")
        if name.split()[0] in NAME_STOP or title_of(name.split()[0]) or ctx.gz.lookup(name, lang="en") or \
                re.search(ORG_HEADS, name) or any(x.start < e and s < x.end for x in ctx.mentions):
            continue
        iri = _untitled_person(ctx, name, s, e)
        o_start = sent.start + m.start("o")
        body = next((x for x in ctx.in_sentence(sent, types=("Organization",)) if x.start == o_start), None)
        if body is not None and iri not in ctx.person_body:
            _holds_post_in(ctx, iri, body.iri, sent)


#: a name listed after a titled person of the same list: ``, Rita Moss`` / `` and Joe Kerr``
_LIST_MATE = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){LIST_HONORIFIC}?(?P<n>{_LISTED})(?=\s*[,.;]|\s+and\s+|\s*$|"
                        r"\s+(?P<of>of|from)\s+(?:the\s+)?[A-Z])")
_NOT_A_SURNAME = re.compile(rf"\b(?:{SITE_LAST_WORDS})\b")
_EVENTISH = re.compile(rf"\b(?:{EVENTISH_NAME_WORDS})\b")


def untitled_name(ctx: Ctx, name: str, *, honoured: bool = False, listed: bool = False) -> bool:
    """``name`` reads as a person's though no title marks it: a common given name first and a surname last
    (``given_names_en.tsv``, ``surnames_en.tsv``; any name after an honorific, ``honoured``; one of the two in a list
    of people, ``listed``), no title, body, place or site word, and no known place as a whole (``Rita Moss``,
    ``Catherine Warren``; not ``Volvo Cars``, ``Lake Vattern``, ``Bad Wimpfen``, ``Green Party``)."""
    words = name.split()
    given, surname = words[0] in given_names_en(), words[-1].split("-")[-1] in surnames_en()
    return len(words) >= 2 and (honoured or (given and surname) or (listed and (given or surname))) \
        and words[-1] not in NAME_STOP and \
        not title_of(words[-1]) and not title_of(name) and not re.search(ORG_HEADS, name) and \
        words[-1] not in GENERIC_LEVEL_WORDS and not _NOT_A_SURNAME.search(name) and \
        not ctx.gz.lookup(name, lang="en")


#: an item between two people of a list (``Peter Nolan, Shiraz Malik and Ken Howe``)
_BETWEEN_PEOPLE = re.compile(rf",\s+(?P<n>{WORD}\s+{WORD})(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def read_people_between_people(ctx: Ctx, sent: Sentence) -> None:
    """A first-and-last name listed between two people read already is a person too, though its first word names a
    town (``boat owners Peter Nolan, Shiraz Malik and Ken Howe``: no town Shiraz); not a town and its country
    (``Peter Nolan, Perth Australia and …`` has no surname last)."""
    people = sorted(ctx.in_sentence(sent, types=("Person",)), key=lambda x: x.start)
    for a, b in pairwise(people):
        m = _BETWEEN_PEOPLE.match(ctx.text, a.end)
        if m is None or m.end() != b.start:
            continue
        name, s, e = m.group("n"), m.start("n"), m.end("n")
        inside = [x for x in ctx.mentions if x.start < e and s < x.end]
        if not inside or any(x.type != "City" or x.end > s + len(name.split()[0]) for x in inside) or \
                not untitled_name(ctx, name, listed=True) or name.split()[-1] not in surnames_en():
            continue
        ctx.mentions[:] = [x for x in ctx.mentions if x not in inside]
        _untitled_person(ctx, name, s, e)


def read_list_mates(ctx: Ctx, sent: Sentence) -> None:
    """People named without a title in a list that names titled people (``led by Mayor Anna Berg, City Manager Tom
    Hale, Rita Moss and Joe Kerr``): after a titled person, each first-and-last name of the list that is no place,
    body, title or building is a person too (the list ends at the first item that is none)."""
    if not re.search(PEOPLE_GROUP_WORDS + "|" + ATTEND_CUE, sent.text, re.I):
        return
    for p in sorted(ctx.in_sentence(sent, types=("Person",)), key=lambda x: x.start):
        ent = ctx.reading.entities.get(p.iri)
        if ent is None or "jobTitle" not in ent.attrs:
            continue
        pos = p.end
        while (m := _LIST_MATE.match(ctx.text, pos, sent.end)) is not None:
            name, s, e = m.group("n"), m.start("n"), m.end("n")
            honoured = re.search(LIST_HONORIFIC + r"$", ctx.text[m.start():s]) is not None
            if not untitled_name(ctx, name, honoured=honoured):
                break  # (a given name first, or an honorific: Ms Kerry Ferguson; not Volvo Cars, Lake Vattern)
            taken = [x for x in ctx.mentions if x.start < e and s < x.end]
            if any(x.type == "Person" for x in taken):
                pos = max(x.end for x in taken if x.type == "Person")
                continue  # (a titled person of the list: go on after them)
            if taken:
                break
            iri = _untitled_person(ctx, name, s, e)
            pos = e
            of = re.match(r"\s+(?:of|from)\s+(?:the\s+)?", ctx.text[e:e + 12]) if m.group("of") else None
            org = next((x for x in ctx.in_sentence(sent, types=("Organization",)) if of is not None and
                        x.start == e + of.end()), None)
            if org is not None and iri not in ctx.person_body:  # Joe Kerr of the Ely Twinning Association
                _holds_post_in(ctx, iri, org.iri, sent)
            if of is not None:
                break  # (the list's item has a body or a place of its own: the list is read no further)


#: a capitalised run of two or three words, a middle initial allowed (``Rita Moss``, ``Lorna K. Johnson``)
_CAPITAL_RUN = re.compile(rf"(?<![\w'’.-])(?P<n>{WORD}(?:\s+[{UP}]\.)?(?:\s+(?=[{UP}][a-z]){WORD}){{1,2}})(?![\w'’-]|\.\w)"
                          rf"(?!\s+[{UP}\d])")
#: a thing named after a person, told by the small word after the name (``the Thomas Cook building``, ``Mercedes Benz
#: cars``, ``the Mary Rose replica``)
_THING_AFTER = re.compile(rf"\s+(?:{THING_AFTER_NAME_WORDS})\b")
#: what tells a name credited or a place named after a person, not a person of the story (``Photos by Larry Vogel``,
#: ``Photo Credit: Brooke Collins``, ``the municipality of Benito Juarez``)
_NOT_A_PARTY_BEFORE = re.compile(rf"(?i:\b(?:{CREDIT_WORDS})\b[^.]{{0,25}}?(?:\bby|:)\s*"
                                 r"(?:(?:[A-Z][\w'’.-]*\s+){1,3}(?:and|&)\s+|(?:[A-Z][\w'’.-]*\s*){1,3},\s*)*|"
                                 r"\b(?:municipality|city|town|district|county|state|province|village|region|borough|"
                                 r"street|avenue|park)\s+of\s+|"
                                 # (a thing the place owns: ``its Diamond Jubilee year``,
                                 # ``the Diamond Jubilee coffee table book``: no person has an article)
                                 r"\b(?:its|the)\s+)$")  # (not our Anna Berg, their Rita Moss: people)
#: what may stand right before such a run: the sentence's start, a small word or a stop (not a capitalised word: the
#: run would be the end of a longer name)
_RUN_OPENS_AFTER = re.compile(r"(?:^|[\s(“\"‘'—–-]|[,;:]\s*)$")


def read_untitled_people(ctx: Ctx, sent: Sentence) -> None:
    """People named with no title, told by a common given name and a surname (:func:`untitled_name`): a whole
    capitalised run of two or three words whose first is a given name and whose last a surname (``Chris
    Ramsay commented``, ``walks led by Derek Starkey or Fred Stone``); not in a headline, not inside a longer name
    (``the Jane Goodall Institute``, ``Martin Luther King Jr. Boulevard``), not a place or a body read already."""
    line_start = ctx.text.rfind("\n", 0, sent.start) + 1
    line_end = ctx.text.find("\n", sent.start)
    if _title_case(ctx.text[line_start:line_end if line_end >= 0 else len(ctx.text)]):
        return
    for m in _CAPITAL_RUN.finditer(sent.text):
        name = m.group("n")
        s, e = sent.start + m.start("n"), sent.start + m.end("n")
        if not _RUN_OPENS_AFTER.search(sent.text[max(0, m.start() - 3):m.start()]) or \
                re.search(rf"[{UP}][\w'’.-]*\s+$", sent.text[:m.start()]) or \
                _NOT_A_PARTY_BEFORE.search(ctx.text, max(line_start, s - 70), s) or \
                sent.text[max(0, m.start() - 2):m.start()] in ("’s", "'s") or not untitled_name(ctx, name) or \
                any(x.start < e and s < x.end for x in ctx.mentions) or re.match(r"['’]s\s+[A-Z]", sent.text[m.end():]) or \
                _THING_AFTER.match(sent.text, m.end()):
            continue  # (Rita Moss's Foundation: a possessive before a name is a body's)
        _untitled_person(ctx, name, s, e)


def read_listed_people(ctx: Ctx, sent: Sentence) -> None:
    """Untitled people a group is said to include (``visitors included Anna K Berg, Tom Hill and Sara Long``):
    two or more first-and-last names, none of them a place, a firm or a title."""
    subject = _PEOPLE_LIST_SUBJECT.match(sent.text)
    if not re.search(PEOPLE_GROUP_WORDS, sent.text, re.I) and subject is None:
        return
    intro = re.search(PEOPLE_LIST_INTRO, sent.text)
    tails = [m for m in _PEOPLE_LIST_TAIL.finditer(sent.text, intro.end())] if intro is not None else []
    # (the team were Ann Roe, director of X, Tom Hale, Mary Dunne, Sean Ward and Kate Moss: the list runs on past an
    # apposition; three names or more to the sentence's end)
    for m in [*_PEOPLE_LIST.finditer(sent.text), *tails, *([subject] if subject is not None else [])]:
        items = []
        for i in re.finditer(_LISTED_ITEM, m.group("l")):  # each name without its honorific
            h = re.match(LIST_HONORIFIC, i.group(0))
            items.append(_LISTED_RE.match(m.group("l"), i.start() + (h.end() if h else 0)) or i)
        names = [i.group(0) for i in items]
        if any(n.split()[0] in NAME_STOP or title_of(n.split()[0]) or re.search(ORG_HEADS, n)
               or ctx.gz.lookup(n, lang="en") or n.split()[-1] in GENERIC_LEVEL_WORDS for n in names):
            continue  # (…, namely Kasama City, Matsuyama City and Hamamatsu City: places, no people)
        base = sent.start + m.start("l")
        for i in items:
            s, e = base + i.start(), base + i.end()
            if any(x.start < e and s < x.end and x.type != "City" for x in ctx.mentions):
                continue
            ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "City" and x.start < e and s < x.end)]
            _untitled_person(ctx, i.group(0), s, e)


def _council(ctx: Ctx, sent: Sentence, city: Mention, s: int, e: int) -> URIRef:
    """``Nam-gu Council Chair``: the council named by the city and the title's first word."""
    name = ctx.text[city.start:s] + "Council"
    iri = minted("org", name)
    ctx.entity(Entity(iri, "Organization", name, lang="en", mentions=[Span(city.start, s + len("Council"))]))
    for x in ctx.mentions:
        if x.type == "Organization" and x.start <= city.start < x.end:
            x.via_title = True
    org = Mention(city.start, s + len("Council"), name, iri, "Organization", "org")
    org.via_title = True
    ctx.mentions.append(org)
    city.via_title = True
    return iri


def short_references(ctx: Ctx, sent: Sentence) -> None:
    """``Treñas said``: a word of a person's name already read, alone, is that person."""
    if not ctx.persons:
        return
    parts: dict[str, set[URIRef]] = {}
    for n, iri in ctx.persons.items():
        for w in n.split():
            if len(w) >= 3 and not re.match(INITIAL, w):
                parts.setdefault(w, set()).add(iri)
    for m in re.finditer(rf"(?<![\w-]){WORD}", sent.text):
        iris = parts.get(m.group(0))
        s = sent.start + m.start()
        if iris and len(iris) == 1 and not any(x.start <= s < x.end for x in ctx.mentions):
            ctx.mentions.append(Mention(s, s + len(m.group(0)), m.group(0), next(iter(iris)), "Person", "person"))
