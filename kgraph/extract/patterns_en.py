"""English phrase knowledge as data: the tables the English reader (``en_*`` modules) applies.

Each entry is named and says what it makes. Adding a phrasing is one line here plus its test in
``tests/test_extract_en.py``. The regular expressions are fragments: the rules assemble them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: an upper-case letter, accented ones included (Ü in Überlingen, É in École), and the capitals of Latin Extended-A
#: and -B (İ in İlker, Ş in Şahin, Ž in Željko, Ł in Łódź, Ș in Ștefan)
UP = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
#: one capitalised word of a name: Treñas, Eon-Seok, O'Neill, Khan-Uul
WORD = rf"[{UP}]\w*(?:-\w+|['’](?!s\b)\w+)*"
#: the possessive words a body's name may hold: a group's (``the Women's Institute``, ``the Farmers' Union``, ``the Kobe
#: Citizens' Friendship League``, ``the Chinese People's Political Consultative Conference``); never a town's or a
#: person's (``Kobe's mayor``, ``Smith's company``)
GROUP_POSSESSIVE = (r"(?:People|Women|Men|Children|Citizens|Veterans|Farmers|Workers|Mayors|Seniors|Teachers|Parents|"
                    r"Governors|Journalists|Employers|Traders|Merchants|Artists|Writers|Consumers|Growers|Producers|"
                    r"Nations|Friends|Residents|Retailers|Exporters|Pensioners)(?:(?<=en|le)['’]s|(?<!en)(?<!le)['’](?!\w))")
#: an initial: J. in J. Aldarjavkhlan
INITIAL = rf"[{UP}]\."


@dataclass(frozen=True)
class Title:
    """A job title: the words that write it, its normalised role, and what body it binds to.

    ``body`` is ``city`` (a local government: the city named with it, else the article's own city),
    ``province`` (a state or province named with it, else none),
    ``council`` (the council named with it), ``org`` (an organisation named with it) or ``none``
    (national offices: no local body).
    """

    name: str
    words: str  #: regex alternatives, longest first
    role: str
    body: str
    country: str = ""  #: a title of one country's local government (Bürgermeister: DE) binds to a city of it


TITLES: tuple[Title, ...] = (
    # (an office's portfolio is part of the title: Deputy Mayor for Economic Affairs, First Vice Mayor)
    Title("deputy_mayor", r"(?:(?:First|Second|Executive|Administrative|Political|Economic)\s+)?(?:Deputy|Vice)[- ]Mayor"
          r"\s+for\s+[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?\s+Affairs|"
          r"(?:First|Second|Executive|Administrative|Political|Economic)\s+(?:Deputy|Vice)[- ]Mayor|"
          r"Deputy Mayor|Vice[- ][Mm]ayor|Acting Mayor|Assistant Mayor|Deputy Lord Mayor|Deputy District Mayor|"
          r"Mayor [Pp]ro [Tt]em(?:pore)?|"  # (a US council's member presiding when the mayor is away)
          r"Deputy Shire President|[Dd]eputy [Ss]hire [Pp]resident|Depute Provost|Deputy Provost|[Dd]epute [Pp]rovost",
          "deputy mayor", "city"),
    Title("council_chair", r"Council (?:Chair(?:man|woman|person)?|Speaker|President)", "council chair", "council"),
    # (a British council's political head: Deputy Council leader Jane Roe, the Leader of the Council)
    Title("deputy_council_leader", r"Deputy (?:Council [Ll]eader|Leader of the Council)|deputy (?:council leader|leader "
          r"of the council)", "deputy council leader", "council"),
    Title("council_leader", r"Council [Ll]eader|Leader of the Council|council leader|leader of the council",
          "council leader", "council"),
    Title("mayor_de", r"Ober[bB]ürgermeister|Oberbuergermeister|Oberburgermeister|[Bb]ürgermeister|[Bb]uergermeister|"
          r"[Bb]urgermeister",
          "mayor", "city", "DE"),  # (also written without the umlaut)
    Title("mayor_fr", r"Maire", "mayor", "city", "FR"),
    Title("mayor_br", r"Prefeito|Prefeita", "mayor", "city", "BR"),
    Title("mayor", r"Lord Mayor|Executive Mayor|Lord Provost|Provost|District Mayor|Mayor-elect|Mayor|Burgomaster|Prefect|District Head|County Executive|"
          r"Shire President|[Ss]hire [Pp]resident|"  # (an Australian shire's elected head)
          # (a Ghanaian assembly's head: the Tema Municipal Chief Executive, the Achiase District Chief Executive)
          r"(?:Metropolitan|Municipal|District) Chief Executive|"
          r"County Judge|Magistrate|Intendente|Presidente Municipal", "mayor", "city"),
    Title("vice_governor", r"(?:Vice[- ]|Deputy )Governor\s+for\s+[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?\s+Affairs|"
          r"Executive Vice[- ]Governor|Vice[- ]Governor|Deputy Governor|Lieutenant Governor|"
          r"Lt\.? Gov(?:ernor|\.)", "vice governor", "province"),
    Title("county_governor", r"County Governor|County Head|county governor", "county governor", "city"),
    Title("governor", r"Governor|Gov\.", "governor", "province"),
    Title("deputy_chief_minister", r"Deputy Chief Minister|deputy chief minister", "deputy chief minister", "province"),
    Title("chief_minister", r"Chief Minister|chief minister", "chief minister", "province"),  # (an Australian territory's,
    # an Indian state's head of government)
    # (an Indian municipal corporation's appointed head: no councillor)
    Title("municipal_commissioner", r"Municipal Commissioner|municipal commissioner|Municipal commissioner",
          "municipal commissioner", "city"),
    Title("councillor", r"Councillor|Councilor|Councilman|Councilwoman|Council Member|Councilmember|Alderman|Alderwoman|"
          r"County Commissioner|Commissioner|Cllrs\.?|Crs\.?|Cllr\.?|Coun\.?|Cnclr\.?|Clr\.?|Cr\.?", "councillor", "city"),
    Title("city_manager", r"City Manager|Town Manager|City Administrator|city manager|town manager|city administrator",
          "city manager", "city"),
    # (a city's department heads and officers: Fire Chief David Coble, city engineer Darin Jennings)
    Title("city_officer", r"Fire Chief|fire chief|Police Chief|police chief|Chief of Police|chief of police|"
          r"City Engineer|city engineer|City Attorney|city attorney|City Treasurer|city treasurer|"
          r"Public Works Director|public works director", "city officer", "city"),
    Title("clerk", r"Town Clerk|City Clerk|County Clerk|town clerk|city clerk|county clerk", "clerk", "city"),
    Title("deputy_director", r"(?:Vice|Deputy)[- ]Director[- ]General|(?:vice|deputy)[- ]director[- ]general|"
          r"Vice[- ]Director|Deputy Director|vice[- ]director|deputy director", "deputy director", "org"),
    Title("chief_executive", r"Chief Executive Officer|chief executive officer|Chief Executive|chief executive|CEO|"
          r"General Manager|general manager|Executive Director|executive director|Secretary[- ]General|"
          r"secretary[- ]general|Director[- ]General|director[- ]general|Director|director", "chief executive", "org"),
    Title("undersecretary", r"Under[- ]?[Ss]ecretary|under[- ]?secretary|Permanent Secretary|permanent secretary|"
          r"Assistant Secretary|assistant secretary", "undersecretary", "org"),
    Title("deputy_secretary_general", r"(?:Deputy|Vice|Assistant)[- ]Secretary[- ]General|(?:deputy|vice|assistant)[- ]"
          r"secretary[- ]general", "deputy secretary general", "org"),
    Title("deputy_secretary", r"(?:Deputy|Vice)[- ][Ss]ecretary|(?:deputy|vice)[- ]secretary", "deputy secretary", "org"),
    Title("party_secretary", r"Party Secretary|Party Chief|party secretary|party chief", "party secretary", "org"),
    Title("vice_chair", r"Vice[- ][Cc]hair(?:man|woman|person)?|Deputy Chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|"
          r"deputy chair(?:man|woman|person)?|Leas[- ]Cathaoirleach|leas[- ]cathaoirleach", "vice chair", "org"),
    # (Leas Cathaoirleach: an Irish council's vice chair)
    Title("chair", r"Chairman|Chairwoman|Chairperson|Chair|chairman|chairwoman|chairperson|chair|Speaker|speaker|"
          r"Cathaoirleach|cathaoirleach", "chair", "org"),  # (Cathaoirleach: an Irish council's chair)
    Title("vice_president", r"Vice[- ][Pp]resident|vice[- ]president|Executive Vice[- ]President", "vice president", "org"),
    Title("president", r"President|president", "president", "org"),
    Title("professor", r"Professor|professor|Dean|dean|Rector|rector|Principal|principal", "professor", "org"),
    # (a diplomat's rank, or an adviser's: Counselor of the Asian Affairs Department X; never a councillor)
    Title("counsellor", r"Counsellor|Counselor|counsellor|counselor", "counsellor", "org"),
    # (a school district's or a police division's head: Supt. Rita Hale, superintendent of education for Ota City)
    Title("superintendent", r"Superintendent|superintendent|Supt\.", "superintendent", "org"),
    # a university's head (``University of Otago vice-chancellor Helen Nicholson``)
    Title("vice_chancellor", r"Vice[- ]Chancellor|vice[- ]chancellor|Chancellor|chancellor", "vice-chancellor", "org"),
    # a province's or a state's head of government written after its place (``British Columbia Premier X``,
    # ``the Premier of Queensland``); written alone it names no province (``Premier Li Qiang``: the nation's)
    Title("premier", r"Premier", "premier", "province"),
    Title("national", r"Prime Minister|Minister|Ambassador Extraordinary and Plenipotentiary|Ambassador|Consul[- ]General|Consul|Secretary of State|"
          r"Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.|President|Member of Parliament|MP|MLA|MPP|"
          r"Assemblyman|Assemblywoman|Assemblymember|Assembly Member", "national office", "none"),
    # (Secretary of the Da Nang Party Committee X, the association's secretary: the body's; never Secretary of State)
    Title("secretary", r"(?<!Foreign )(?<!Home )(?<!Press )(?<!Cabinet )(?<!Permanent )(?<!Chief )(?:Secretary|secretary)",
          "secretary", "org"),
)
#: offices a city has one holder of at a time: a second one named is another city's (councillors are many)
ONE_HOLDER_ROLES = frozenset({"mayor", "county governor", "governor"})
#: the small words inside a town's name written after a title (``the Mayor of Weil am Rhein``, ``Kingston upon Thames``,
#: ``Stoke on Trent``, ``Clacton on Sea``): "on" only before waters (not ``the Mayor of Dover on Christmas Eve``)
NAME_INNER_WORDS = (r"am|an|im|upon|sur|de|del|do|da|du|der|on(?=\s+(?:Sea|Trent|Thames|Tyne|Avon|Tees|Wye|Severn|Dee|Ouse|"
                    r"Hudson|Rhine|Main|Danube|Oder|Loire|Seine)\b)")
#: the same titles in lower case after a name: ``Park Do-yun, mayor of Seoul``
TITLE_RE = "|".join(t.words for t in TITLES)
#: a national office (a head of state or government, a minister, an envoy): the person serves no city
NATIONAL_TITLE = next(t for t in TITLES if t.name == "national")


def title_of(text: str) -> Title | None:
    """The table entry a title as written belongs to.

    >>> title_of("Vice Mayor").name, title_of("Cr").name, title_of("mayor").role, title_of("Bürgermeister").body
    ('deputy_mayor', 'councillor', 'mayor', 'city')
    >>> title_of("Prime Minister").body
    'none'
    """
    for t in TITLES:
        if re.fullmatch(rf"(?:{t.words})", text.strip(), re.I):
            return t
    return None


#: words that end a name: titles, place and organisation heads, months, days, function words
NAME_STOP = frozenset("""The A An Of And Or In On At For To With From By Mr Mrs Ms Dr City County Council District Province
Prefecture State Region Office Government University School Association Chamber Board Mayor Governor Deputy Vice Chair
Municipal Municipality Metropolitan
Chairman Councillor Cr President Minister January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Former Acting Interim Incoming Outgoing Then Late Current
Korea Korean South North Sister Friendship He She They It This That These His Her Their Our We I Lord Whereas Resolved
Jan Feb Apr Aug Sep Sept Oct Nov Dec
News Agency Gazette Tribune Xinhua Yonhap Bernama Kyodo Reuters Television Radio
Agreement Agreements Covenant Pact Accord Charter Memorandum Treaty Declaration Protocol Renewal Inc Ltd Corp LLC
Associations Committees Councils Societies Clubs Groups Partnerships Organisations Organizations Federations Unions
Covenants Pacts Accords Charters Memoranda Treaties Declarations Protocols
Representing Welcoming Visiting Hosting Including Joining Accompanying Featuring Celebrating Marking Following Making
Meets Visits Signs Holds Hosts Says Welcomes Attends Opens Joins Receives Inks Discusses Calls Launches Marks Celebrates
Leads Tours Pledges Seeks Agrees Renews Strengthens Promotes Explores Thanks Greets Invites Vows Talks
Met Visited Signed Held Hosted Said Welcomed Attended Opened Joined Received Inked Discussed Called Launched Marked
Celebrated Led Toured Pledged Agreed Renewed Greeted Invited Vowed
Although Though Because Unless Whereas Meanwhile However Moreover Furthermore Nevertheless""".split()) | frozenset(
    # post-nominal letters: honours and offices written after a name, no part of it (``Coun Peter Box CBE``)
    """CBE OBE MBE KBE DBE CMG KCMG GCMG CVO LVO BEM QSM QSO ONZM MNZM CNZM DCNZM AM AO AC OAM MP MLA MPP MHA MSP MS MEP
TD JP QC KC DL FRS PhD""".split())
#: verbs in NAME_STOP that are surnames too (``Mayor Tom Marks``): they end a person's name only in a headline
SURNAME_VERBS = frozenset("""Meets Signs Holds Hosts Welcomes Attends Opens Joins Receives Discusses Calls Launches Marks
Celebrates Leads Pledges Seeks Agrees Renews Promotes Explores Greets Invites Vows Said""".split())
#: verbs in NAME_STOP that are names too only inside a name, never as its last word (``Mayor Jomo Said Barasa``; not
#: ``Mayor Jomo Barasa Said``)
NAME_INSIDE_ONLY = frozenset({"Said"})
#: more words that end a name only in a line written in title case (a headline), where verbs and nouns are capitalised
#: too: "Kelowna Mayor Concludes Kasugai Visit" (elsewhere they may be surnames: Jean Tour, Robert Meeting)
HEADLINE_NAME_STOP = frozenset("""Concludes Ends Begins Starts Wraps Arrives Departs Returns Hails Lauds Praises Urges Backs
Approves Unveils Announces Sends Donates Presents Honours Honors Commemorates Reaffirms Expands Deepens Boosts Eyes Plans
Wants Gets Makes Takes Concluded Ended Began Started Arrived Returned Hailed Praised Approved Unveiled Announced Sent
Donated Presented Visit Agreement Ceremony Festival Forum Meeting Trip Tour Delegation Between""".split())
#: (the verbs above end a name in a headline written in title case: "Mayor Park Meets with …", "Mayor Lin
#: Received the Delegation …")

#: towns named by a common English noun (``Mission``, British Columbia; ``Hope``; ``Unity``): read as the town only when
#: the text marks it as a place (``the City of Mission``, ``Mission, B.C.``), never in ``a Trade Mission to …``
COMMON_NOUN_TOWNS = frozenset("""Mission Hope Liberty Independence Progress Unity Commerce Industry Enterprise Welcome
Paradise Harmony Friendship Concord Victory Opportunity Prosperity Success Energy Delegation Summit Embassy""".split())
COMMON_NOUN_TOWN_MARKED = re.compile(r"(?:(?:City|Town|District|Village|Municipality|city|town|district|village)\s+of\s+$)")

#: words that open no new place's name: determiners and sentence adverbs (``A city of 600,000 people``, ``Indeed,``)
NEW_PLACE_LEAD_STOP = frozenset("""A An The This That These Those Each Every Another Any Our Its Their His Her My Your
Both Some Such Indeed However Meanwhile Moreover Also Still Yet Thus Hence""".split())

#: the fields an office is for (``Mayor of Technical and Environmental Affairs``, ``Mayor of Culture and Leisure``):
#: after an office and ``of``, no town's name
OFFICE_FIELD_WORDS = frozenset("""Technical Culture Cultural Health Employment Finance Financial Children Education
Environment Environmental Social Economic Economy Transport Planning Youth Tourism Labour Labor Urban Housing Leisure
Sport Sports Welfare Trade Commerce Industry Agriculture Security Justice Administration Administrative""".split())
#: more words of an office's field, written in capitals between the office and the holder's name (``Head of Strategy and
#: Economic Development Tom Price``, ``Superintendent of Education Mark Hill``)
FIELD_WORDS = OFFICE_FIELD_WORDS | frozenset("""Strategy Development Promotion Affairs Relations Services Works Resources
Infrastructure Communications Communication Protocol International Foreign Public Community Investment Innovation
Heritage Arts Engineering Water Energy Safety Corporate Human Information Technology Parks Recreation Libraries Events
Marketing Operations Policy Programs Programmes Schools Partnerships Exchange Exchanges Cooperation Governance
Regional Local Government Legal Budget Revenue Procurement Media Tourism Culture Customer Property Estates
Utilities Transportation Roads Sanitation Waste Immigration Lands Fisheries Forestry Mines Youth Women Gender""".split())
#: an office for a field, then its holder's name: ``Head of Tourism Promotion Elena Ruiz``, ``Minister for Housing and
#: Transport Lena Ortiz`` (the field's words from :data:`FIELD_WORDS` only, so the name is what follows them)
FIELD_OFFICE = ("Head|Director|Minister|Superintendent|Commissioner|Secretary|Manager|Chief|Officer|Coordinator|"
                "Executive|Administrator")
#: the offices such a field follows
OFFICE_BEFORE_FIELD = re.compile(r"\b(?i:mayor|deputy\s+mayor|councillor|minister|commissioner|director|head|secretary)"
                                 r"\s+(?:of|for)\s+$")

#: sentence adverbs that open a sentence before its subject and a comma (``Indeed, Marlow signed …``)
SENTENCE_ADVERBS = r"Indeed|However|Meanwhile|Moreover|Today|Yesterday|Now|Also|Earlier|Recently|Finally|Officially|Formally"

#: the words that make the name after them a saint's (``the church of St Lubin``), never a town's
SAINT_WORDS = frozenset({"St", "St.", "Saint", "Ste", "Ste.", "Sainte"})

#: given names that are also the names of cities: before another name word they start a person's name
#: (``Cllr David Ian Stone``: not David in Panama; ``Florence Hill``), while ``Austin Mayor …`` and
#: ``Florence, Italy`` stay places
GIVEN_NAMES = frozenset("""David Florence Victoria Elizabeth Charlotte Austin Jackson Lincoln Madison Warren Clinton Eugene
Lawrence Chester Stanley Douglas Orlando Regina Santiago Adelaide Beverly Carson Dallas Denver Frederick Hamilton Harrison
Irving Kent Logan Nelson Norman Preston Quincy Sydney Troy Marshall Martin George Gary Helena Mercedes Murray Newton
Mary Hassan Lourdes
Franklin Henderson Everett Dolores Sofia Chandler Clifton Darwin Elgin Monroe Winston Paris Phoenix Salem Tyler Milton
Mitchell Howard Leon Owen Wesley Vernon Raymond Albert Camden Laurel Glendale Richmond Stockton""".split())


#: Vietnamese names written in English: a family name, then a middle name of this list, then a given name
#: (``Nguyen Van Nen``, ``Le Thi Hoa``, ``Tran Duc Luong``): no word of such a run is a town (Van, Duc)
VIETNAMESE_SURNAMES = frozenset("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Truong
Mai Trinh Lam Luong Ha Cao Dao Doan Vuong Ta Chu Luu Kieu Quach Tong Thai Trieu Lai Lu""".split())
VIETNAMESE_MIDDLE = frozenset("""Van Thi Duc Quoc Minh Thanh Huu Xuan Ngoc Hong Cong Dinh Trung Tuan Hoai Kim Thu Phuong
Viet Quang Ba Tien Hai Anh Manh Khac""".split())


#: more given names that are towns, read as given names only before a surname that is itself a town
#: (``Aurora Santos said``), never before a region or a country (``Aurora Colorado``)
GIVEN_NAMES_BEFORE_TOWNS = GIVEN_NAMES | frozenset("Aurora Alexandria Chelsea Rosario Concepcion Mila".split())


@dataclass(frozen=True)
class PlaceSuffix:
    """A word that makes the name before it a local government: ``Iloilo City``, ``Williamson County``."""

    name: str
    words: str
    level: str  #: city | district | county | province


PLACE_SUFFIXES: tuple[PlaceSuffix, ...] = (
    PlaceSuffix("city", r"City|city", "city"),
    PlaceSuffix("metropolitan_city", r"Metropolitan City|Special City|Special Self-[Gg]overning City", "city"),
    PlaceSuffix("special_province", r"Special Self-[Gg]overning Province", "province"),
    PlaceSuffix("municipality", r"Municipality|municipality", "city"),
    PlaceSuffix("town", r"Town|Township", "city"),
    PlaceSuffix("district", r"District|district", "district"),
    PlaceSuffix("county", r"County|county|Shire|Regency", "county"),
    PlaceSuffix("province", r"Province|province|Prefecture|prefecture|Oblast|Krai|Region|Aimag|Voivodeship|Governorate",
                "province"),
    PlaceSuffix("state", r"State", "province"),
)
#: Korean administrative suffixes in romanisation: Dobong-gu, Hwaseong-si, Gapyeong-gun, Gyeonggi-do
KO_ROMAN_SUFFIX = {"gu": ("구", "district"), "si": ("시", "city"), "gun": ("군", "county"), "do": ("도", "province")}
#: spellings of Korean place names older than the Revised Romanization that English press still uses, as
#: (pattern, replacement) on the official name: Shinan for Sinan, Kimhae for Gimhae, Pusan, Taegu, Kunsan,
#: Chonju, Yosu, Kyongju. Applied one at a time and together; a spelling another place has is not added.
KO_ROMAN_VARIANTS: tuple[tuple[str, str], ...] = (
    (r"^Si", "Shi"), (r"^G", "K"), (r"^B", "P"), (r"^D", "T"), (r"^J", "Ch"), (r"eo", "o"), (r"eu", "u"),
)
#: words before a tie phrase that only wish or propose it, with the tie's verb not yet done: ``suggested the two
#: sign a friendly cooperation agreement``, ``look forward to establishing friendship``, ``hopes to become sister
#: cities`` (not ``aims to boost tourism and signed …``; a tie planned with a date, ``will sign … on Friday``, is read)
PROPOSED_TIE_BEFORE = re.compile(r"\b(?:suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing)|hop(?:e|es|ed|ing)|wish(?:es|ed)?|"
                                 r"look(?:s|ed|ing)? forward|seek(?:s|ing)?|sought|explor(?:e|es|ed|ing)|"
                                 r"consider(?:s|ed|ing)?|ready to|willing to|eager to|aim(?:s|ed|ing)? to|"
                                 # (rejected: ``voted down a proposal to make X a sister city``, ``rejecting a move to
                                 # also make Lhasa a sister city``; not ``rejected a bid to end the tie``)
                                 r"reject(?:s|ed|ing)?|voted down|vote down|turned down|turn down|declin(?:e|es|ed|ing)|"
                                 r"veto(?:es|ed|ing)?|refus(?:e|es|ed|ing)|"
                                 r"(?:been\s+|was\s+|were\s+)?(?:asked|requested|invited|urged)(?:\s+[^.;]{0,40}?)?\s+to)\b"
                                 r"[^.;]{0,150}?\b(?:sign|signing|establish|establishing|become|becoming|form|forming|"
                                 r"forge|forging|conclude|concluding|set up|setting up|make|making|add|adding|"
                                 r"enter|entering)\b[^.;]{0,80}$|"
                                 # (a tie only looked into: ``is exploring a sister city relationship with X``)
                                 r"\b(?:explor|consider|discuss|pursu|eye)(?:e|es|ed|ing|s)?\s+(?:a|an|possible|potential|"
                                 r"prospective)\s+(?:(?:possible|potential|prospective|new|future|formal)\s+)*$|"
                                 # (a tie only supposed: ``one of the cities that might fit as a sister city``)
                                 r"\b(?:might|could|may)\s+(?:\w+\s+){0,2}?(?:fit|suit|make)\b[^.;]{0,40}?\bas\s+"
                                 r"(?:an?\s+)?(?:[\w-]+\s+){0,2}$",  # (not ``could become X's 16th sister city``: a tie
                                 # put to a vote; nor ``might make a stop in X's sister city``: no supposed tie)
                                 re.I)
#: (also a tie someone is asked to form: ``has been asked to form a sister city relationship with X``)
#: further words that end a venue named with its country (``Qingdao City Hall, China``): no new city
VENUE_END_WORDS = "Office|Chambers?|Room|Auditorium"
#: a venue's name and a comma right before a state or province: the state locates the venue (``the Santa Fe City
#: Council Chambers, New Mexico``, ``at Pittsburgh City Hall, Pennsylvania``)
#: words that say where a town lies before a state or a province (``a major city of the State of New Jersey``,
#: ``800,000 people in Jiangsu Province``, ``located in``): the region only locates the town, it is no party
LIES_IN_BEFORE_REGION = re.compile(r"\b(?:(?:(?:is|was)\s+(?:a|an|the)|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur)\s+"
                                   r"(?:[a-z-]+\s+){0,2}?(?:city|town|port|capital|municipality|village)\s+(?:of|in)|people\s+in|(?:located|situated|lying|based)\s+in|"
                                   r"lies\s+in)\s+(?:the\s+)?(?:(?:[Ss]tate|[Pp]rovince|[Pp]refecture|[Rr]egion)\s+of\s+)?$")
VENUE_BEFORE_REGION = re.compile(r"\b(?:Hall|Center|Centre|Hotel|Museum|Park|Stadium|Building|Library|University|College|"
                                 r"School|" + VENUE_END_WORDS + r")\s*,\s+$")
#: English short or former names of foreign cities, as (alias, the gazetteer's English name, country)
EN_CITY_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("HCMC", "Ho Chi Minh City", "VN"), ("HCM City", "Ho Chi Minh City", "VN"), ("Saigon", "Ho Chi Minh City", "VN"),
    ("NYC", "New York City", "US"), ("Bombay", "Mumbai", "IN"), ("Calcutta", "Kolkata", "IN"), ("Madras", "Chennai", "IN"),
    ("Rangoon", "Yangon", "MM"),
    # Indian cities under the names they had before their renaming (Bangalore, Mangalore, Mysore …)
    ("Bangalore", "Bengaluru", "IN"), ("Mangalore", "Mangaluru", "IN"), ("Mysore", "Mysuru", "IN"),
    ("Poona", "Pune", "IN"), ("Trivandrum", "Thiruvananthapuram", "IN"), ("Baroda", "Vadodara", "IN"),
    ("Benares", "Varanasi", "IN"), ("Gurgaon", "Gurugram", "IN"), ("Peking", "Beijing", "CN"),
)
#: prefixes that make the name after them a local government: ``the city of Seoul``, ``the State of Arkansas``
PLACE_PREFIXES = (
    ("city_of", r"[Cc]ity of", "city"),
    ("town_of", r"[Tt]own of|[Vv]illage of|[Cc]ommune of|[Cc]ommunity of(?= [A-Z])", "city"),
    ("county_of", r"[Cc]ounty of", "county"),
    ("state_of", r"[Ss]tate of", "province"),
    ("province_of", r"[Pp]rovince of|[Pp]refecture of", "province"),
    ("municipality_of", r"[Mm]unicipality of", "city"),
    # (a town's council named with it: ``the council of Rancho Palos Verdes``, ``the City Council of X``; not ``the
    # Council of Europe``: a capital Council alone is no town's)
    ("council_of", r"(?:[Cc]ity|[Tt]own|[Bb]orough|[Mm]unicipal)\s+[Cc]ouncil of|"
                   r"(?<!regional )(?<!state )(?<!national )(?<!legislative )(?<!provincial )(?<!county )(?<!district )"
                   r"(?<!executive )(?<!privy )council of", "city"),
    # (not ``the regional council of Tuscany``, ``the state council of China``: a region's or a nation's council)
    ("dem_city", r"(?:city|town|village|commune)(?= [A-Z])", "city"),  # French city Morlaix (a demonym before it)
    # (in the plural the prefix makes both names of the pair after it local governments: ``the provinces of Negros
    # Occidental and Pampanga``; not ``the member states of ASEAN``)
    ("cities_of", r"[Cc]ities of|[Tt]owns of|[Mm]unicipalities of", "city"),
    ("counties_of", r"[Cc]ounties of", "county"),
    ("provinces_of", r"[Pp]rovinces of|[Pp]refectures of|(?<![Mm]ember )[Ss]tates of", "province"),
)
#: the prefixes said in the plural, whose list of names runs on after the first (``… of A, B and C``)
PLURAL_PREFIXES = frozenset({"cities_of", "counties_of", "provinces_of"})
#: words that are never a place's own name before a suffix (``the city``, ``each city``, ``host city``)
PLACE_STOP = frozenset("""As If So Once Upon Under Over
The This That Each Every Our Their Its Host Sister Twin Friendship Partner Capital Inner Old New
Former Interim Acting Outgoing Incoming Then Deputy Assistant Vice Chief Senior
Other Both Neither Either Another Any Whole Entire First Second Third Smart Green Garden Korean Chinese Japanese American Mongolian Vietnamese
Jan Feb Apr Aug Sep Sept Oct Nov Dec
Representing Welcoming Visiting Hosting Including Joining Accompanying Featuring
His Her My Your Recently Currently Meanwhile Additionally Also Today Yesterday Earlier Later Previously Originally
Eventually Finally However Moreover Furthermore Since After Before During When While Although Because
Already Indeed Instead Still Yet Likewise Similarly Nonetheless Nevertheless Otherwise Thus Hence Therefore
Accordingly Consequently Overall Altogether Together Afterwards Subsequently Ultimately Initially Traditionally
Historically Windy Eternal Forbidden Star Emerald Magic Steel Holy Motor Rainbow HE Hon
Beyond Across Between Toward Towards Through Within Inside Outside Around Among Amid Despite Via
Besides Unlike Like Except Excluding Aside Apart Plus Alongside Notably Especially Particularly
People People's People’s Peoples Municipal Municipality Metropolitan Government
Monday Tuesday Wednesday Thursday Friday Saturday Sunday All
Services Finance Housing Planning Operations Corporate Infrastructure Transport
Friendly Airport Digital Creative Learning Eco Resilient Healthy Safe Global Cultural Livable
Liveable Sustainable Innovative Innovation Executive Strong Stronger Vibrant Beautiful Neighbouring Neighboring""".split())
# (Friendly City Exchanges, an Airport City tour, a Creative City network: a kind of city, no town's name; not
# International or Model: International Falls, Model Town are towns)
# (Chervonohrad, Ukraine Monday: the day after a place, no part of a new one's name; All city councillors: no town)
# (MUAN, South Korea, Oct. 31: a dateline's month; Representing Inuyama City were …: a participle opening the sentence)

#: what follows a name set off from its title by a comma (``Jakarta Governor, Djarot Hidayat went …``): a verb the name
#: does, so the name is the title's holder (a comma or a semicolon ends the apposition too)
ACTS_AFTER_COMMA_NAME = ("will|would|has|had|is|was|said|says|visited|arrived|signed|led|met|welcomed|thanked|went|"
                         "attended|joined|travell?ed|expressed|stressed|emphasi[sz]ed|noted|presented|received|hosted|"
                         "opened|delivered|handed|gave|paid|spoke|toured|congratulated|invited|hoped|added|explained|"
                         "goes|arrives|leaves|left|departs|departed|heads|headed|leads|visits|signs|meets|attends")

#: words for a level of government: alone or together they name no place (``the District Municipality``, ``the
#: Town's Twin City``), and a name that ends in one is no person's (``namely Kasama City, Ehime Prefecture``)
GENERIC_LEVEL_WORDS = frozenset({"District", "Local", "Metro", "Metropolitan", "Regional", "Provincial", "Municipal",
                                 "City", "Town", "County", "Region", "Province", "State", "Prefecture", "Village",
                                 "Borough", "Shire", "Federal", "Capital", "Special", "Autonomous", "Municipality",
                                 "Township"})

#: the verbs of a purpose that names an event without holding or attending it (``visited Taipei to promote the flower
#: expo``, ``to discuss the youth camp``); not ``to attend``, ``to commemorate``: the event is held there
AIM_VERBS = r"promote|discuss|invite|explore|seek|boost|prepare|plan|introduce|advertise|publici[sz]e"

#: plural level words: a phrase ending in one names a group of places, never one (``MOU with Five Japanese Cities``)
PLACE_GROUP_WORDS = frozenset("Cities Towns Counties Municipalities Districts Provinces Prefectures Regions Villages "
                              "Boroughs Townships".split())

#: a line of a list of other stories above the article (``- US joins talks on trade``): three or more in a
#: row before the article's first sentence are page furniture
TEASER_LINE = re.compile(r"^[-•·▶►]\s+\S.{8,110}$")

#: a local government's own body after its place's name: ``Alnwick Town Council``, ``Lahr City Hall`` name a place
GOVERNMENT_OF_PLACE = (r"(?:(?:Town|City|District|Borough|County|Parish|Municipal|Metropolitan|Shire|Regional|Provincial)\s+"
                       r"(?:Council|Government|Hall|Office|Assembly|People['’]s\s+(?:Committee|Council))|"
                       r"(?:provincial|municipal|district|city)\s+People['’]s\s+(?:Committee|Council)|"
                       r"Municipal\s+Corporation|Metropolitan\s+Municipality)\b")
#: (``Bhubaneswar Municipal Corporation``, ``Izmir Metropolitan Municipality``: a town of India or Turkey named by its
#: government)
#: (``the Son La provincial People's Committee``: a province of Vietnam the gazetteer may lack, named by its government)

#: words that open a list of the people in a group: ``visitors included A, B and C``, ``along with A and B``
#: the verbs that say what a group is made of (``comprised``, ``consisting of``, ``was made up of``)
MADE_UP_OF = r"comprised(?:\s+of)?|comprising|comprises|consist(?:ed|ing|s)\s+of|(?:(?:was|is)\s+)?made\s+up\s+of"
#: a short honorific or council title before a listed name (``Cllr Ann Roe``, ``Ms Mary Dunne``)
LIST_HONORIFIC = r"(?:(?:Cllr|Cr|Councillor|Councilor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)"
PEOPLE_LIST_INTRO = (r"\b(?:included|including|includes|along\s+with|joined\s+by|accompanied\s+by|welcomed|greeted|"
                     rf"{MADE_UP_OF}|"
                     # (the members of the delegation are A, B and C; also present were board members A and B)
                     r"(?:are|were)(?:\s+(?:board|committee|council|delegation)\s+members)?|"
                     r"[Cc]ouncil(?:l)?ors|[Cc]ouncil\s+members|[Cc]ommissioners|[Aa]ldermen|"
                     # (a plural noun of people in lower case right before the names: students A and B, student
                     # ambassadors A and B, volunteers A, B and C)
                     r"(?-i:students|pupils|ambassadors|volunteers|teachers|athletes|interns|trainees|chaperones))\s+")
                     # (not artists, players, musicians: ``paintings by artists Picasso and Matisse`` took no part)
#: a group named, then who made it up (``The full Kilbeg team were A, B and C``, ``The delegation comprised A and B``):
#: those named took part in what the group went to
ROSTER = re.compile(rf"\b(?:team|delegation|group|party|contingent|entourage)\s+(?:members\s+)?(?:were|was|are|is|includes|"
                    rf"{MADE_UP_OF})\s+(?={LIST_HONORIFIC}?[A-Z][\w'’-]+\s+[A-Z])")
#: (a name right after the verb: not ``The party was organised by …``, ``The group is grateful to Mayor X``; also ``Mayor
#: X's entourage includes Councilors A and B``)
#: what a sentence listing people must speak of, so that a list of places or firms is never read as people
#: words of an event's or a scheme's name: a title before them names no person (``the Counselor Training Workshop``,
#: ``the Mayor's Awards Night``)
EVENTISH_NAME_WORDS = (r"Training|Workshops?|Nights?|Seminars?|Conferences?|Courses?|Classes|"
                       r"Summits?|Forums?|Ceremony|Ceremonies|Dinners?|Expo|Festivals?|Awards?|Programs?|"
                       r"Programmes?|Competitions?|Tournaments?|Luncheon|Breakfast|Reception")
#: (not Meeting, Camp, Cup, Sessions, Gala: surnames too, ``Mayor Robert Meeting``, ``Mayor Jeff Sessions``)
#: words of a street, a building, a ground or a group named after a person: no person's name holds one (``Mayor X,
#: Main Street and …``, ``the Carey Park Scouts``)
SITE_LAST_WORDS = (r"Street|Road|Avenue|Lane|Park|Hall|Square|Bridge|Gardens?|Centre|Center|Museum|Church|Cathedral|"
                   r"Castle|Harbou?r|Station|Airport|Beach|River|Lake|Island|Hotel|Scouts|Guides|Choir|Band|Orchestra")
#: small words after a name that make it a thing's named after a person (``the Thomas Cook building``, ``Mercedes Benz
#: cars``, ``the Mary Rose replica``)
THING_AFTER_NAME_WORDS = (r"building|school|hospital|clinic|street|road|avenue|drive|hotel|restaurants?|store|shop|"
                          r"company|firm|group|brand|ship|vessel|replica|award|prize|scholarship|foundation|centre|"
                          r"center|hall|park|bridge|station|airport|stadium|theat(?:re|er)|museum|gallery|library|campus|"
                          r"college|university|church|cathedral|cars?|wines?|products?|musical|opera|novel|film|movie|"
                          r"song|play|show|statue|memorial|monument|house|estate|trail")
#: words of a credit line before the names credited (``Photos by``, ``Editing by``, ``Photo Credit:``): no party
CREDIT_WORDS = (r"photos?|photography|pictures?|images?|story|words|reporting|report|credits?|courtesy|editing|edited|"
                r"editor|translation|translated|video|written|compiled|illustrat\w*")
PEOPLE_GROUP_WORDS = (r"\b(?:visitors?|delegation|delegates|group|members|party|guests|officials|councillors|"
                      r"councilors|team|entourage|representatives|students|pupils|ambassadors|volunteers|teachers|"
                      r"athletes|interns|trainees|chaperones)\b")

#: what only a place has, after its name and 's: ``Alnwick's civic party``, ``Lahr's mayor``
CIVIC_OF_PLACE = (r"(?:civic\s+(?:party|delegation|leaders?)|(?:deputy\s+|lord\s+)?mayor|town\s+(?:council|clerk|hall)|"
                  r"city\s+(?:council|hall)|borough\s+council|councillors|councilors)\b")

#: words that make a name with a place suffix an organisation's unit, not a place (Rotary International District)
ORG_UNIT_WORDS = r"\b(?:Rotary|Lions|Kiwanis|International|School|Fire|Police|Water|Sanitation)\b"
#: the last word of a special district's name, named for what it runs (``Dixon Park District``, ``the Cork Library
#: District``): a body, no town (``Park City`` is a town: only before ``District``)
SPECIAL_DISTRICT_NAME = re.compile(r"\b(?:Park|Library|Hospital|Transit|Sanitary|Irrigation|Conservation)$")

#: a word opening a sentence before its comma that is no list item (Currently, the city has …; Meanwhile, …)
SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]+ly|However|Meanwhile|Today|Also|Moreover|Furthermore|Besides|Since then|"
                             r"Last year|This year|In addition|Nevertheless|Therefore|Thus|Still|Yet|Now|Then|Later|"
                             r"Whereas|Now therefore|Now, therefore")

#: tie words that end no new town's name (``Granard Twinning`` as a heading)
TIE_WORDS_ENDING_NO_NAME = frozenset("Twinning Twinned Twin Twins Sister Sisters".split())
#: the words of a document's or a relation's name: a new place holding one is a title (``the Memorandum of Agreement of
#: Local Government Twinning Relationships``), no town
DOCUMENT_NAME_WORDS = frozenset("Twinning Relationship Relationships Agreement Agreements Memorandum Relations Cooperation"
                                .split())
#: level words misspelt after a place's name (``Ulju Country``, ``Fukuoka Perfecture``): the word meant
LEVEL_WORD_TYPOS = {"Country": "County", "Perfecture": "Prefecture", "Prefecure": "Prefecture",
                    "Prefectrue": "Prefecture", "Provice": "Province", "Provence": "Province", "Distict": "District",
                    "Muncipality": "Municipality", "Municiplaity": "Municipality"}
#: a capitalised word that is a name glued to a small word after it (``Chongqingis``, ``Vietnamand``): a page that
#: lost its spaces; the name is checked against the gazetteer before the word is refused as a new town
GLUED_FUNCTION_WORD = re.compile(r"([A-Z][a-z]{2,})(is|and|of|was|has|the|with|for)")
#: (not ``on``, ``in``, ``to``: English towns end so, ``Kenton`` is no ``Kent`` glued to ``on``)
#: a council's departments named after ``Director of`` (``Director of Services Barbara Heslin``): no part of a name
DEPARTMENT_WORDS = frozenset("Services Finance Tourism Planning Culture Economic Development Operations Community "
                             "Communications Education Engineering Housing Environment Corporate Policy Strategy "
                             "Marketing Administration Parks Recreation Infrastructure Transportation".split())
#: a compass part of a country (``Northeast China``, ``Southern Vietnam``): a part of that country, no place of its own
COMPASS_PART = re.compile(r"(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Northern|Southern|"
                          r"Eastern|Western|North-east|North-west|South-east|South-west)\s+(.+?)(?:['’]s)?")
#: tie phrasings and the tie they state (checked in this order: the most specific wins)
TIE_PHRASES: tuple[tuple[str, str, str], ...] = (
    # the words for partners of either tier (``12 sister and friendship cities``): sister, as the Korean umbrella
    ("either_tier", r"(?:sister|twin)\s+(?:and|or|&|/)\s+(?:friendship|friendly|partner)\s+(?:cit(?:y|ies)|towns?|regions?|"
     r"provinces?|states?)", "sister"),
    ("sister_city", r"sister[- ]?(?:cit(?:y|ies)|towns?|provinces?|states?|prefectures?|count(?:y|ies)|districts?|"
     r"regions?|municipalit(?:y|ies)|relationships?|ties|tie|agreements?|partnerships?|schools?)|sisterhood|"
     r"twin(?:ned)?[- ](?:towns?|cit(?:y|ies))|twinning|twinned with|jumelage|"
     r"\b(?:voted|agreed|decided|(?:is|are|was|were)(?:\s+(?:set|due|poised))?)\s+(?:\w+ly\s+)?to\s+twin\s+with\b|"
     r"\bwill\s+twin\s+with\b|\btwins\s+with\b|"
     # (… officially became ‘twins’: two towns that became twins; not the mayor's twins)
     r"\b(?:became|become|are|were)\s+(?:officially\s+|formally\s+)?[‘'\"“]twins[’'\"”]|"
     # (voted to twin with X; not plans to twin, whether to twin, want to twin)
     r"\b(?:been|were|are|be|became|become|got|officially|formally)\s+twinned"  # A and B have been twinned since 2004
     r"(?=\s+(?:since|in\s+\d{4}|for\s+(?:\d+|more|over|almost|nearly|decades|many))\b|\s*[,.;]|\s*$)|"
     # a city's sisters: its sister cities (``its international sisters include``, ``the city's local sisters``)
     r"\b(?:its|their|city's|city’s)\s+[\"“”']?(?:local|international|foreign|domestic|overseas)[\"“”']?\s+sisters\b|"
     r"\b(?:its|city's|city’s)\s+sisters\s+(?=include|are|number)|"
     r"[\"“”']?\b(?:local|international|foreign|domestic|overseas)[\"“”']?\s+sisters\b", "sister"),
    # a twinning called a link (British and Irish usage): ``linked with the French town of X``, ``forged a link
    # with``, ``the official links with X``; not any link (``linked with Dresden by rail``)
    ("twin_link", r"(?<!\bno\s)(?<!\bnot\s)(?<!\bany\s)\blinked\s+with\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:town|city|commune|community|village|"
     r"municipality)\s+of\b|\b(?:forged|formed|established|sealed|seal|sealing|renewed)\s+(?:a|an|the|its|their)\s+"
     r"(?:official\s+|formal\s+|twinning\s+|new\s+)?links?\s+with\b(?!\s+\w+\s+(?:through|via|by)\b)|"
     r"(?<!\bno\s)(?<!\bany\s)\b(?:official|formal|twinning)\s+links?\s+with\b", "sister"),
    # a twin relationship, the word perhaps quoted (``Aurora's near-40-year “twin” relationship with Leksand``; not
    # ``twin brother``, ``twin relationships between siblings`` has no town)
    ("twin_relationship", r"[‘'\"“]?\btwin[’'\"”]?\s+(?:relationship|partnership|bond|link|ties)s?\s+(?:with|between)\b",
     "sister"),
    ("partner_town", r"partner(?:ship)? towns?|brother cit(?:y|ies)", "other"),
    ("friendship_city", r"friendship[- ]cit(?:y|ies)|friendly[- ]cit(?:y|ies)|friendship (?:and )?cooperation cit(?:y|ies)|"
     # (Korean cities' English: a friendly cooperation city; a friendly provincial relationship, a province's tie)
     r"friendly (?:and )?cooperation cit(?:y|ies)|friendly (?:provincial|prefectural|regional|state|city)(?:[- ](?:provincial|"
     r"prefectural|state))? (?:relations(?:hip)?s?|ties|agreements?|exchanges?)|friendly (?:and )?cooperative "
     r"(?:cit(?:y|ies)|relations(?:hip)?s?)|friendly[- ]exchange|friendship (?:(?:and )?(?:exchange|cooperation) )?(?:agreement|pact|ties|relations(?:hip)?)|"
     r"agreement for friend(?:ship|ly exchange)|friendship and cooperation agreement|friendship towns?|"
     r"letter of intent (?:on|for) friendship|friendly (?:cooperation|relations(?:hip)?s?)(?: and cooperation)?"
     r"(?= (?:agreement|pact|memorand|between|with)|[.,;]| and | on )|"
     r"(?:on|for|establishing|establish(?:ment of)?) (?:the )?friendly (?:cooperation|relations|exchanges?)", "friendship"),
    ("partnership_with", r"(?:began|begun|formed|established|launched|entered into|started)\s+(?:a|an)\s+"
     r"(?:formal\s+|official\s+)?partnership\s+with|(?:maintains?|maintained|has|have|had|keeps?|kept)\s+"
     r"(?:(?:active|close|formal|official|several|many|numerous|long-?standing|twinning)\s+){0,2}(?:town\s+|city\s+)?"
     r"partnerships\s+with|(?:maintain(?:s|ed|ing)?|kept|keep(?:s|ing)?)\s+(?:such\s+)?(?:a|an|our|their|its)\s+"
     r"(?:(?:cordial|close|successful|strong|warm|lasting|long-?standing|fruitful|friendly|active)\s+(?:and\s+)?){0,3}"
     r"partnership(?=\s+with\s+(?:both\s+)?[A-Z])", "other"),
    ("memorandum", r"memorand(?:um|a) of (?:understanding|agreement)|\bMOU\b|\bMoU\b|partnership agreement|"
     r"cooperation agreement|partner cit(?:y|ies)", "other"),
    # ties like the one told before: ``The city has forged similar agreements with A and B``
    ("similar", r"\bsimilar\s+(?:agreements?|pacts?|accords?|ties|relationships?|partnerships?|arrangements?)"
     r"(?=\s+with\s+(?:the\s+)?[A-Z])", "other"),  # (not ``similar ties to the sea``)
)
TIE_RE = re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in TIE_PHRASES), re.I)
#: capitalised words after a tie phrase that name a document, a programme or a body, never the partner:
#: ``Sister City Cooperation Agreement``, ``Friendship City Committee``, ``Sister Cities Youth Program``
TIE_NOT_PARTNER = re.compile(r"\b(?:Agreements?|Relations(?:hip)?s?|Program(?:me)?s?|Committee|Association|Ties|"
                             r"Partnerships?|Exchanges?|Day|Festival|Forum|Cooperation|Memorand(?:um|a)|MOU|MoU|Pact|"
                             r"Treaty|Charter|Declaration|Protocol|Accord|Commission|Council|Network|Youth|Summit|Week|"
                             r"Month|Year|Award|Project|Resolutions?|Proclamation|Ordinance|Society|Board|Club|"
                             r"Foundation|Fund|Scholarships?|Celebrations?|Gala|Dinner|Concert|Tour|Trip|Visit|Meetings?|Conference|"
                             r"Market|Fair|Ceremony|Reception|Business|Seminar|Workshop|International|Movement|Institute|"
                             r"Alliance|League|Federation|Organi[sz]ation|Coalition|Anniversary|Jubilee|Weekend|Event|Party|Exhibition|"
                             r"Games|Match|Cup|Photos?|Gallery|News|Update|Report|Plaque|Bench|Plans?|Framework|Scheme|"
                             r"Initiative|Strategy|Policy|Arrangements?|Links?|Bonds?)\b")
#: a gathering a tie word only names the kind of (``spoke at the sister cities summit in Houston``, ``the Sister Cities
#: International annual conference``): no tie between the places of the sentence unless it says with whom
TIE_AS_GATHERING = re.compile(r"(?:\s+International)?(?:\s+(?:annual|national|regional|international|global|world|"
                              r"youth|leadership|biennial))*\s+(?:summit|conference|convention|congress|general\s+assembly|"
                              r"network|movement|awards?|expo|symposium|institute|"
                              # (a body of twinning: ``Tralee's twinning committee thanked Cork County Council``; not a
                              # twinning visit or programme, which ties the places it names)
                              r"committee|commission|association|society|club|group|fund|party|scheme)s?\b"
                              r"(?!\s+(?:with|between)\b)", re.I)
#: a thing named after a tie (``the Sister Cities Park``, ``Friendship City Garden``, ``Twin Towns Square``): a place or
#: a monument, no tie between the places of the sentence and no list of partners under it
TIE_AS_THING = re.compile(r"(?:\s+(?:Friendship|Peace|Memorial|Japanese|Chinese|Korean|International))*\s+(?:Park|Gardens?|Square|"
                          r"Plaza|Monument|Fountain|Memorial|Bridge|Street|Avenue|Boulevard|Trail|Grove|Pavilion|"
                          r"Statue|Sculpture|Totem|Bench|Mural|Forest)\b")
#: (no word a headline uses as a verb: ``Sister Cities Sign New Pact``, ``… Walk Together``, ``… Post Record``)
#: (capitalised: a name; ``sister city park`` in lower case is as likely a shared plan as a named place)
#: what follows a city that an apposition names as another city's partner, so that a verb of place before it
#: (``visited``) does not make it a mere place: ``Ota, Japan, Burbank's other sister city``
APPOSED_TIE_AFTER = re.compile(r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?,\s*(?:the\s+)?[A-Z][\w.-]*"
                               r"(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?:[a-z-]+\s+){0,2}"
                               r"(?:sister|twin|friendship|partner)\b|"
                               r",\s*(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:sister|twin|friendship|partner)\b")
#: (``visited Flensburg, its twin town``: the subject's partner)
#: a place visited for the tie it shares with the visitor: ``visited Douglas to renew their sister cities
#: relationship``, ``travelled to Alzey on Monday to celebrate the twinning`` (not ``… to sign a sister city
#: agreement with Obregon``: the partner is named after 'with')
VISITED_FOR_TIE = re.compile(r"[^.;]{0,40}?\bto\s+(?:renew|celebrate|mark|strengthen|commemorate|honou?r|reaffirm|"
                             r"deepen|cement|seal|formali[sz]e|sign|discuss|promote)\s+(?:their|the|its|a|an)\s+"
                             r"(?:[\w-]+\s+){0,3}?(?i:sister|twin(?:ning)?|friendship|partner)\b(?![^.;]*\bwith\b)")
#: verbs by which a person speaks of something (``Jackson said``, ``…," Mayor X said``, ``said Kim Ji-ho``): the one
#: table the readers of speakers, surnames and tellers share
SPEECH_VERBS = (r"said|says|added|adds|noted|notes|told|stated|explained|recalled|remarked|stressed|emphasi[sz]ed|"
                r"expressed|urged|hoped|announced|acknowledged|highlighted|hinted|revealed|assured|insisted|disclosed|"
                r"pointed out|commended|lauded|asserted")

#: what follows a person's name in an apposition of age or a quote (``Mason Keefe, 17-year-old senior``,
#: ``Lee, who …``, ``Lee said``): such a name in a list is no city
PERSON_AFTER = re.compile(r",\s*(?:an?\s+|the\s+)?\d{1,3}-year-old\b|,\s*who\b|\s+(?:said|says|added|told)\b|"
                          r"\s*\([^)]{0,30}\b(?:left|right|centre|center|middle)\)|"
                          r",\s+(?:the\s+)?(?i:" + TITLE_RE + r")\s+of\b")
#: an office in apposition after a word (``Rogers, the mayor of Laredo``): the word is a person's name
#: a relative clause after a name that says the person heads a body named right after it (``, who chairs the …``,
#: ``, who has led …``, ``, who serves as president of the …``), its verb mapped to the office it names
HEADS_BODY_AFTER = re.compile(r",\s+who\s+(?:(?:now|also|currently|still)\s+)?(?:"
                              r"(?P<verb>chairs|heads|leads|directs|runs|presides\s+over|co-?chairs|"
                              r"(?:has|had)\s+(?:long\s+)?(?:led|headed|chaired|directed|run)|"
                              r"(?:serves|served|has\s+served)\s+as\s+(?:the\s+|its\s+)?(?P<served>(?i:" + TITLE_RE + r"))\s+(?:of|for|at))"
                              r")\s+(?:the\s+)?")
#: the office each verb of HEADS_BODY_AFTER names
HEADING_VERB_TITLES = {"chair": "chair", "co-chair": "chair", "cochair": "chair", "head": "head", "lead": "head",
                       "led": "head", "direct": "director", "run": "head", "ran": "head", "presides": "president"}
OFFICE_APPOSED_AFTER = re.compile(r",\s+(?:the\s+)?(?i:" + TITLE_RE + r")\s+(?:of|for)\s+[A-Z]")
#: an age before a name (``22-year-old Incheon student, Namhee Lee``): the name is a person's
AGE_BEFORE_NAME = re.compile(r"\b\d{1,3}-year-old\s+(?:[A-Za-z-]+\s+){0,3}?[a-z-]+,\s+$")
#: phrasings that keep a stated tie a tie: renewal, anniversary, suspension
TIE_STILL = r"renew|anniversar|suspend|halt"


def tie_kind(text: str) -> str | None:
    """The most specific tie a sentence states, or None.

    >>> tie_kind("Harpenden's twin town of Alzey"), tie_kind("a friendly exchange agreement")
    ('sister', 'friendship')
    >>> tie_kind("signed a memorandum of understanding"), tie_kind("they signed a contract")
    ('other', None)
    """
    found = {k for n, p, k in TIE_PHRASES if re.search(p, text, re.I)}
    for kind in ("sister", "friendship", "other"):
        if kind in found:
            return kind
    return None


#: organisation heads: a capitalised name ending with one of them is an organisation
#: words that make ``Master …`` a thing's name, no master's rank before a person (``Master Plan``)
THING_AFTER_MASTER = (r"Plan|Plans|Planning|Program|Programme|Update|Review|Gardeners?|Class|Classes|Chef|Card|Key|Bedroom|"
                      r"Suite|Degree|Builder|Builders|Naturalists?|Series|Cup|Sergeant|Brewer|Craftsman|Limited")
ORG_HEADS = (r"(?:Government|Business|Research|Information|Exchange|Promotion|Cooperation|Development|Innovation|"
             r"Investment|Policy)(?:\s+(?:and|&)\s+[A-Z][a-z]+)?\s+Cent(?:er|re)|"  # (a body: Japan Local Government
             r"Chamber of Commerce(?: and Industry)?|(?:Regional|Area|Metro|Business) Chamber|Board of Trade|Board of Education|Town Council|City Council|"
             r"Metropolitan Council|County Council|District Council|Municipal Council|Municipal District|Council|Committee|Association|"
             r"Foundation|Institute|Agency|University|College|Academy|(?:Unified\s+)?School District|School|Corporation|Company|Co\.|Inc\.|Ltd\.?|"
             r"Group|Federation|League|Ministry|Bureau|Commission|Society|Network|Alliance|Club|Orchestra|Choir|"
             r"Rotary(?![ \t]+[A-Z])|"  # (a town's Rotary club named short: Killarney Rotary; not Cork Rotary Park)
             r"Troupe|Ensemble|Bank|Hospital|Accelerator|Incubator|Cooperative|District Office|City Office|County Office|Office|"
             r"Partnership|Union|Organization|Organisation|Trust|Authority|Department|Division|Directorate|Embassy|Consulate(?: General)?|"
             r"Commissioners Court|Court|Board of Supervisors|School Board|Board|Assembly|Parliament|People['’]s Congress|Congress|"
             r"Political Consultative Conference|"  # (a Chinese body, a city's or a district's: no conference held)
             r"Electronics|Motors|Industries|Holdings|Technologies|Airlines|Secretariat|Sister Cities International|"
             r"Shimbun|Ilbo|Sinmun|Gazette|Herald|Tribune|Daily|Times|Post|Journal|"
             # (a geopark or a reserve is run by a body that signs for it: the Stone Forest Geopark)
             r"Geopark|Global Geopark|Biosphere Reserve|Nature Reserve|"
             # (a zone run by its own administration that signs for it: Chengdu Hi-tech Zone; a New Area is a district)
             r"(?:Innovation|Science|Technology|Industrial) Park|(?:Hi|High)-?[Tt]ech(?:nology)? (?:Zone|Park)|"
             r"(?:Economic|Development|Economic and Technological Development|Free Trade) Zone")
#: bodies whose whole name is one known phrase, read alone (no words before a head)
NAMED_BODIES = r"Sister Cities International|Rotary International|Lions Clubs International|United Cities and Local Governments"
#: a council named by the kind of its sitting (``Special Council meeting``, ``Ordinary Council session``): the sitting,
#: no body of that name
SITTING_OF_COUNCIL = re.compile(r"(?:(?:the|a|an)\s+)?(?:Special|Ordinary|Extraordinary|Full|Annual|General|Regular|Plenary|"
                                r"Monthly|Urgent|Emergency)\s+(?:Town\s+|City\s+|District\s+|Borough\s+|County\s+)?Council")
SITTING_AFTER = re.compile(r"\s+(?:meeting|session|sitting)s?\b", re.I)
#: organisations named by a head and then ``of``: University of X, Ministry of Y
ORG_OF_HEADS = (r"University|Institute|Ministry|Chamber|Academy|College|School|Bank|Bureau|Federation|Department|Friends|Board|"
                r"Council|Committee|Commission|Association|Office|Embassy|Consulate General|Consulate|Municipal Chamber|Secretariat|Rotary Club|Lions Club|Club|"
                r"Cultural Cent(?:er|re)|Culture Cent(?:er|re)|"  # (the Korean Cultural Center of Chicago)
                r"Agency|Foundation|Alliance|Organi[sz]ation|Authority|Municipal Corporation|Political Consultative Conference")
# (the United States Agency for International Development, the Korea Foundation for Advanced Studies; an Indian
# city's government, the Municipal Corporation of Aurangabad; not the Corporation of Delta, a Canadian city's own name)
#: plural heads before or after a list of the places each body is of (``the Universities of Leeds, Bradford and
#: Huddersfield``, ``Kirklees and Bradford councils``): one body of each place, in the singular
PLURAL_ORG_HEADS: dict[str, str] = {"Universities": "University", "Councils": "Council", "councils": "Council",
                                    "universities": "University", "Chambers of Commerce": "Chamber of Commerce",
                                    "Colleges": "College", "High Schools": "High School"}
#: role nouns after a name and a comma, bound to the body after ``of``/``at``: Jane Roe, coordinator at X
POST_ROLES = (r"coordinator|manager|officer|director|head|chief|member|teacher|principal|founder|organi[sz]er|volunteer|"
              r"spokesperson|spokesman|spokeswoman|adviser|advisor|representative|secretary|treasurer|superintendent|"
              r"president|vice[- ]president|chair|chairman|chairwoman|chairperson|leader")
#: role nouns before a full name, after the words of their field: ``governance manager Owen Tate``,
#: ``Sister Cities co-ordinator Colin Marsh``, ``the council's liaison officer Jane Roe``
PRE_ROLE_NOUNS = (r"manager|co-?ordinator|officer|adviser|advisor|spokesperson|spokesman|spokeswoman|secretary|treasurer|"
                  r"liaison|consultant|curator|administrator|specialist|planner|supervisor|superintendent|"
                  r"chief\s+of\s+staff|chief|head")  # (tourism chief Charlie Dungo, MASCO head Roel de Guzman)
#: occupations written before a full name (``local artist Peter Brown``, ``photographer Jane Roe``): a person, whose
#: body is only an organisation named in the field (``Incheon student X`` is no officer of Incheon)
OCCUPATION_NOUNS = (r"artist|painter|photographer|sculptor|calligrapher|musician|pianist|violinist|singer|composer|"
                    r"teacher|student|businessman|businesswoman|entrepreneur|interpreter|translator|chef|author|"
                    r"writer|poet|historian|architect|designer|journalist|filmmaker")
#: lower-case words that are never part of a role's field (the field starts after the last of them)
ROLE_FIELD_STOP = frozenset("""the a an of to for with by from at in on as and or but said says told led including where
include includes included joined joins met meets welcomed welcomes thanked thanks according also while when who
which that this these those was were is are be been being has have had will would former then our its their his
her my your we they he she it us them""".split())
#: capitalised words after a title that are no name (``Mayor Emeritus``, ``Governor General``)
LONE_NAME_STOP = frozenset("""Elect Emeritus General Pro Tem Tempore Designate Nominee Candidate Herself Himself Cup Award Awards
Trophy Prize Office Scholarship Scholarships Medal Fund Program Programme Forum Race Challenge Ball Gala Walk Run Day Week
Series Lecture Also Said Says Today Yesterday Here There Team Reception Dinner Luncheon Breakfast Report Statement""".split())
#: organisations named by sector words before a city: Tourism and Sport Burnaby, Invest Ottawa, Destination Toronto
ORG_SECTOR_LEADS = r"Tourism|Sport|Sports|Invest|Destination|Visit|Business|Trade|Arts|Culture"
#: a body of a place named by a lower-case word of its level before its head (``the Binh Dinh provincial People's
#: Committee``, ``Koronadal city council``): the place's body, named (a bare ``the council`` is none)
PLACE_LEVEL_WORDS = r"provincial|municipal|city|town|county|district|borough|prefectural|regional"
PLACE_BODY_HEADS = r"People['’]s\s+Committee|People['’]s\s+Council|[Cc]ouncil|[Cc]ommittee|[Aa]ssembly"
#: nouns that, in apposition, make a name an organisation: ``CityNet, an association of …``
ORG_APPOSITION = r"association|network|organi[sz]ation|company|firm|group|federation|foundation|alliance|agency|council|body|union|institute"
#: ``members of the X``, ``representatives from the X``: X is a body
ORG_MEMBER_OF = r"members|member|representatives|representative|officials|delegates|staff"
#: people of a body written before its name (``Students of the Davis School District``): no part of the body's name
ORG_PEOPLE_OF = (ORG_MEMBER_OF + r"|students|pupils|teachers|residents|athletes|players|volunteers|leaders|employees|"
                 r"workers|children|youths?")
#: a role at the head of an organisation's name, never part of it (``Editor of the X Shimbun``, ``Founder of Y``)
ORG_ROLE_PREFIX = re.compile(r"^(?:(?:Editor(?:-in-Chief)?|Publisher|Founder|Co-founder|Owner|Director|Managing Director|"
                             r"Manager|Chief|Head|Principal|Dean|(?:Deputy\s+)?Leader)\s+(?:and\s+)?)+(?:of|at)\s+(?:the\s+)?")
#: acronyms that are never organisations
ACRONYM_STOP = frozenset("""MOU MOA CEO USD KST GDP AI IT UN EU US UK TV NEWS END AM PM LAT FOR THE AND RELEASE IMMEDIATE
MEDIA CONTACT PRESS UPDATE NOTE EDITORS READ MORE HOME NEW ICT SME SMEs VIP COVID""".split())
#: an organisation name that is the city itself: the Changchun Municipal Government, the Busan city government
CITY_GOVERNMENT = (r"Municipal Government|municipal government|City Government|city government|Metropolitan Government|"
                   r"Provincial Government|County Government")


@dataclass(frozen=True)
class EventHead:
    """A word naming an event, and the head the reading files it under."""

    name: str
    words: str
    head: str


EVENT_HEADS: tuple[EventHead, ...] = (
    EventHead("signing_ceremony", r"signing ceremony|signing", "signing"),
    EventHead("video_conference", r"video[- ]?conference|videoconference|video call|online meeting|virtual meeting|"
              r"online ceremony|virtual ceremony|webinar", "meeting"),
    EventHead("ceremony", r"ceremony|anniversary celebration|anniversary|celebration", "ceremony"),
    EventHead("courtesy_call", r"courtesy call|courtesy visit", "visit"),  # (paid a courtesy call on the governor)
    EventHead("visit", r"visit|trip|tour", "visit"),
    EventHead("meeting", r"meeting|talks|roundtable|summit|plenary session|vote|session", "meeting"),
    EventHead("conference", r"conference|forum|symposium|seminar|workshop", "conference"),
    EventHead("festival", r"[Ff]estival|[Ff]air|[Ee]xpo|[Ee]xhibition|[Cc]hampionships?|[Gg]ames|[Cc]arnival|[Pp]arade|"
              r"[Cc]oncert", "festival"),
    EventHead("dinner", r"dinner|banquet|luncheon|lunch|reception", "dinner"),
    EventHead("exchange", r"homestay|exchange program(?:me)?|exchange visit", "exchange"),
)
#: the last word of an event's own name (``2024 Daejeon Science Festival``, ``Taipei 2017 Universiade``)
NAMED_EVENT_HEADS = ("Festival|Fair|Expo|Exhibition|Championships?|Games|Forum|Summit|Conference|Carnival|Parade|Concert|"
                     "Universiade|Olympics|Olympiad|Biennale|Marathon|Day")
#: words that make an event-like name a building or ground (``Expo Center``, ``Festival Hall``)
#: function words that may lead a capitalised run before a place's name (``With Prizrem in Kosovo``)
#: the first words of many-word town names (``Fort Collins``, ``Walla Walla``): a town the gazetteer lacks, written with
#: its state, is one word or starts so (two capitalised words alone are as often a person: ``Tomas Reyes, Washington,``)
TOWN_FIRST_WORDS = frozenset("""Port Fort Mount Mt. San Santa St. Saint Lake Grand Palm Glen El Los Las La Le Des De Del
Walla North South East West Upper Lower Little Big Great Royal Cape Point Bay Rock Spring Springs Cedar Oak Pine Red White
Black Green Sandy Coral Twin Falls Park Iron Silver Bowling Sioux Castle Ocean Long Kiryat Kfar Ramat Beit Beth Tel
Givat Ma'ale Rishon Ras Bandar Kota Kuala Sungai Tanjung Ban Nakhon Phra Chiang Santo São Vila Villa Puerto Ciudad Nueva
Nuevo Bad Neu Sankt Stara Nowa Nowy Velikiy Nizhny Mont""".split())
#: nouns that start the name of a body or a programme named after its town (``Tourism and Sport Burnaby``,
#: ``Visit Leeds``, ``Invest Ottawa``, ``Destination Toronto``): the town's name after them is no person's surname
ORG_FIRST_WORDS = frozenset("""Sport Sports Tourism Visit Destination Invest Discover Explore Experience Team Business
Music Arts Art Film Historic Greater Metro Downtown Uptown Old Central Inner Outer Rural Urban Radio Television Transport
Transit Water Energy Health Care Youth Cultural Culture Heritage Friends Rotary Lions Habitat Made Choose Enterprise
Trade Export Innovation Startup Tech Digital Smart Global International Welcome Hello Love Brand Marketing Events Parks
Airport Port Harbour Harbor Museum Theatre Theater Library Hospital Police Fire Community Neighbourhood
Cities Towns Twin Twinning Sisters Partners""".split())
LEADING_FUNCTION_WORDS = re.compile(r"(?:(?:And|With|From|In|At|To|For|By|Including)\s+)+(?=[A-Z])")
#: an opening phrase that only says where the subject lies: ``Located in the centre of X province, Y is …``
LOCATED_LEAD = re.compile(r"(?:Located|Situated|Lying|Nestled)\s+(?:in|on|near|along|at)\b[^,]{0,120},")
#: a landmark named after its city (``Sendai Port``, ``Osaka Castle``): the city's name inside it names no party
LANDMARK_AFTER_PLACE = re.compile(r"[ \t]+(?:Port|Airport|Station|Castle|Lake|Bay|Bridge|Tower|Harbou?r|River|Temple|Shrine|"
                                  r"Palace|Zoo|Beach|Island|Mountain|Dam|Terminal|Tunnel|Expressway|Aquarium|Pond|Canal|Falls|"
                                  r"Fortress|Fort|Gate|Museum|Cathedral|Folk Village|Stream|Gardens?|Park(?![ \t]+[A-Z])|"
                                  r"Plains|Highlands|Tablelands|Ranges|Downs|"  # (a shire named for its land: Liverpool Plains)
                                  # a road, a ground, a team or a band named after the town (``the Stratford Road Ground``,
                                  # ``the Black Forest Rangers``, ``Kirkwall City Pipe Band``, ``The California Girls``)
                                  # (and a street address written short: ``85 Glasgow St``, ``12 Boston Rd``)
                                  r"(?:Rd|Ave|Blvd)\.?(?!\w)|St\.?(?![\w.]|[ \t]+[A-Z])|"  # (not St Andrews: a saint's)
                                  r"Road(?:[ \t]+Ground)?|Street|Avenue|Ground|Rangers|Wanderers|Rovers|United|Pipe[ \t]+Band|Band|"
                                  r"Girls|Boys|Ladies|Choir|Chorus|Orchestra|Singers|Players|Foundation|Trust|Forest|Woods|"
                                  # an inn, a restaurant or a park district named after the town (``the Golden Dublin Inn``,
                                  # ``Dixon Park District``): a house or a body, the town no party there
                                  r"Inn|Hotel|Motel|Lodge|Tavern|Pub|Restaurant|Bistro|Brewery|Distillery|Winery|"
                                  r"Park[ \t]+District)\b")
#: (Park only when no name follows: ``Riverside Park``, never the surname in ``Gwangmyeong Mayor Park Seung-won``)
#: the words that end a venue's name (``… Convention Center``, ``… City Hall``)
VENUE_WORDS = "Center|Centre|Hall|Park|Building|Hotel|Stadium|Arena|Grounds?|Plaza|Square|Complex|Village"
#: what follows an event word when the words name a place or a body, not the event (``the Carnival of Flowers
#: grounds``, ``festival office``, ``the forum's organising committee``, ``the large conference room``)
NOT_EVENT_AFTER = (r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:grounds?|site|venue|office|headquarters|committee|"
                   r"rooms?|halls?|chambers?|cent(?:er|re)|lounge)\b")  # (a large conference room: a place)
EVENT_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{e.name}>{e.words})" for e in EVENT_HEADS) + r")s?\b(?!\s+(?:" + VENUE_WORDS +
                      r")\b)(?!" + NOT_EVENT_AFTER + ")")
#: the words before an event word that make it a family's occasion (``wedding anniversary``, ``80th birthday party``)
PERSONAL_OCCASION_BEFORE = re.compile(r"\b(?:wedding|marriage|birthday|death|silver\s+wedding|golden\s+wedding)\s+$", re.I)
#: verbs that make an event of a dated sentence that names none (``the mayors met on Friday``), and its head
HAPPEN_VERBS: tuple[tuple[str, str, str], ...] = (
    # (a tie established, entered into or become on a day: ``established a sister city relationship with X on Tuesday``,
    # ``formally became sister cities on Monday``: the signing of that day)
    ("established", r"\b(?:established|formali[sz]ed|officiali[sz]ed|set up|entered\s+into|launched|forged|began|started)\s+(?:[\w-]+\s+){0,4}?(?:relationship|relations|"
     r"ties|partnership|twinning)\b|\bbec(?:ame|ome)\s+(?:\w+\s+)?(?:sister|twin|friendship|friendly|partner)\s+"
     r"(?:cities|towns|city|town|provinces|states)\b|\b(?:were|was)\s+(?:officially\s+|formally\s+)?twinned\s+in\s+\d{4}\b", "signing"),
    # (an agreement renewed on a day: ``renewed the sister-state agreement with Hokkaido on Tuesday``: a signing)
    ("renewed", r"\brenew(?:ed|s)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|pact|accord|memorandum|"
     r"MOU)\b", "signing"),
    ("met", r"\bmet\b|\bmeets\b|\bwill meet\b|\bgathered\b|\bconvened\b|\bvot(?:e|ed|es|ing)\b|\bheld talks\b|"
     r"\bdecide[sd]?\b|\bapprov(?:e|ed|es)\b|\bdiscussed\b|\btalked\b|"
     # (a council that passed a resolution on a day, a motion that was adopted: the sitting of that day)
     r"\b(?:passed|adopted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:resolution|motion|ordinance|by-?law)\b|"
     r"\b(?:resolution|motion|ordinance)\s+(?:was|were)\s+(?:unanimously\s+)?(?:passed|adopted)\b", "meeting"),
    ("held", r"\b(?:was|were|will be|is being) held\b|\btook place\b|\bwill take place\b|\btakes place\b", "meeting"),
    ("arrived", r"\bcame to\b|\bspent\b|\barriv(?:ed|es|e)\b|\btoured\b|\bstayed\b|\bwill stay\b|\btravel(?:l?ed|s)\b", "visit"),
    ("aid", r"\b(?:sent|donated|provided|contributed|pledged)\s+(?:\w+\s+){0,3}(?:aid|relief|donations?|\$|US\$|USD|won|dollars)", "donation"),
    # (trees planted together: ``planted a cherry tree``, ``planted two friendship trees``: a tree planting)
    ("planted", r"\bplant(?:ed|s)\s+(?:an?\s+|two\s+|three\s+|\d+\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:trees?|saplings?)\b",
     "tree planting"),
    ("received", r"\bwelcomed\b|\breceived\b|\bhosted\b|\bpresented\b|\bhanded (?:over)?\b|\bdonated\b|"
     r"\bdelivered\b|\bunveiled\b|\bcelebrated\b|\bmarked\b", "ceremony"),
)
#: verbs that make an unnamed event: a signing, a visit
SIGN_VERB = (r"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|e|es)|put(?:ting|s)? (?:pen|ink) to paper|"
             r"forg(?:ed|e|es)|seal(?:ed|s)?)\b")
#: a bond said to be sealed: the signing of a tie with no tie word (``the friendship was sealed by the two mayors``)
SEALED_BOND = re.compile(r"\b(?:friendship|partnership|relationship|ties|bond)\b(?:\s+between\s+[^.;]{1,60}?)?\s+(?:was|were|is|"
                         r"are|has\s+been|had\s+been)\s+sealed\b(?!\s+off)|\bseal(?:ed|s)?\s+(?:the|their|a|an)\s+(?:[a-z]+\s+)?"
                         r"(?:friendship|partnership|relationship|ties|bond)\b", re.I)
VISIT_VERB = r"\bvisit(?:ed|s|ing)?\b|\btravel(?:l?ed|s)? to\b|\barriv(?:ed|es) (?:in|at)\b"
#: the words before a city that make it where visitors come from (``a delegation from China's Haiyan county``,
#: ``visitors from the city of Sakata``): a bare ``Mayor X`` of the article is the hosts' mayor, not theirs
VISITORS_FROM = re.compile(r"\b(?:delegation|delegates|visitors|guests|group|mission|officials|students|team|adults|"
                           r"residents)\s+(?:of\s+\d+\s+[a-z]+\s+)?(?:(?:led|headed)\s+by\s+(?:[\w.'’-]+\s+){1,6}?)?"
                           r"(?:[a-z]+\s+){0,2}?(?:from|representing)\s+(?:the\s+)?"
                           r"(?:(?:[A-Z][a-z]+\s+)?(?:[Cc]ity|[Cc]ounty|[Tt]own|[Dd]istrict)\s+of\s+)?"  # (a delegation representing
                           # the City of X; a delegation from the Japanese city of X)
                           r"(?:(?:(?:its|their|our)\s+(?:[a-z]+\s+){0,2}|(?:sister|twin|friendship|partner)[- ])"  # its twin town,
                           r"(?:town|city|commune|village|county|municipality|prefecture|province|state)(?:\s+of)?\s*,?\s+)?"  # sister city (of) X
                           r"(?:[A-Z][\w.'’-]*\s+){0,2}$")
#: the words between a delegation's city and a titled member of it: ``the delegation from X County, consisting of
#: County Governor Y``, ``a group from X led by Mayor Y`` (he belongs to X)
DELEGATION_MEMBER_GAP = re.compile(r"(?:\s+(?:City|County|Town|District|Province))?"
                                   r"(?:,\s+(?:the\s+)?(?:South\s+|North\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,2})?"
                                   r"\s*,?\s*(?:which\s+(?:is|was)\s+)?"  # (…from Yongin, South Korea, led by …)
                                   r"(?:consisting of|led by|headed by|including|comprising|made up of)\s+(?:the\s+)?")
#: between a city and a title: the city's own group, the titled person one of it (``key Yamanashi figures,
#: including Mayor X``, ``the Tsubame delegation, led by Mayor Y``)
CITY_GROUP_MEMBER_GAP = re.compile(r"\s+(?:[a-z]+\s+)?(?:figures|officials|leaders|representatives|dignitaries|delegates|"
                                   r"delegation|guests|visitors)\s*,?\s*(?:including|led by|headed by|among them)\s+"
                                   r"(?:the\s+)?")
#: before a city: a group of it (``Representatives of Jeungpyeong County including Governor X``); after the city,
#: its level word and the word that brings in the titled member
GROUP_OF_CITY_BEFORE = re.compile(r"\b(?:[Rr]epresentatives|[Oo]fficials|[Mm]embers|[Dd]elegates|[Dd]elegation|[Ll]eaders)\s+"
                                  r"(?:of|from)\s+(?:the\s+)?$")
GROUP_OF_CITY_AFTER = re.compile(r"(?:\s+(?:County|City|Town|District|Province))?\s*,?\s+(?:including|led by|headed by)\s+"
                                 r"(?:the\s+)?")
#: a group of officials said to travel together: their city sends them (``10 officials, including …``)
VISITING_GROUP = r"\b(?:\d+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\b)\s+(?:[a-z]+\s+)?(?:officials|members|delegates|people|councillors|councilors)\b|\bdelegations?\b"
#: a titled person named with the delegation from a city, before that city: ``Mayor Park Jin-ho and a
#: Friendship City delegation from Icheon City`` (he leads it: that city is his)
WITH_DELEGATION_FROM = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,5}?[A-Z][\w.'’-]*\s+and\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
                                  r"(?:delegation|delegates|mission|team|officials|representatives)\s+(?:[a-z]+\s+){0,2}?"
                                  r"from\s+(?:the\s+)?"
                                  r"(?:(?:city|county|town)\s+of\s+)?")
#: the words after a city that make it the other side of a bare-titled official: ``his Da Lat counterpart``,
#: ``Bry-sur-Marne, our French twin town``
OTHER_SIDE_AFTER = re.compile(r"\s+counterparts?\b|,\s+our\s+(?:[A-Za-z]+\s+)?(?:twin|sister|partner|friendship)\s+(?:town|city)|"
                              r"['’]s\s+(?:[a-z-]+\s+)?(?:delegation|delegates|visitors|guests|mission)\b")
#: a town named as the partner of the writer's own (``from our Sister City of Takikawa``, ``our twin town, Avon``): the
#: other side, not the town of a bare title's holder (``its sister city Batesville`` says nothing of the writer's side)
OTHER_SIDE_BEFORE = re.compile(r"\b(?:our)\s+(?:[A-Za-z]+\s+)?(?i:sister|twin|partner|friendship)[- ]"
                               r"(?i:city|town|cities|towns|county|prefecture|province)(?:\s+of)?\s*,?\s+(?:the\s+)?$")
#: (and a delegation in the city's possessive: ``Mexicali's delegation``: the visitors' city, not the host's)
#: plural titles before several named officials (``Mayors A of X and B of Y``) and the title each one holds
PLURAL_TITLES: dict[str, str] = {"mayors": "mayor", "deputy mayors": "deputy mayor", "vice mayors": "vice mayor",
                                 "governors": "governor", "chairs": "chair", "chairmen": "chairman",
                                 "presidents": "president"}
#: verbs of a gathering: a year after them dates the gathering, not a tie (``the sister cities met in Seoul in 2019``)
GATHER_VERB = r"\b(?:met|meet|gathered|held|hosted|celebrated|marked|attended)\b"
#: verbs and nouns that make the people and bodies of a sentence take part in its event
ATTEND_CUE = (r"\b(?:attend(?:ed|s|ing)?|took part|take part|participat(?:ed|ion|e|es|ing)|witness(?:es|ed)?|joined|"
              r"signed|sign|signing|met|meet|welcom(?:ed|es|e)|greeted|led|lead|accompan(?:ied|y|ies|ying)|joining|"
              r"presented|delivered|"
              # (the party from X consisted of A, B and C; A and B also gave speeches; A was received by B)
              r"(?:delegation|party\s+from|group\s+from|entourage|contingent|visitors|guests)\b[^.;]{0,40}?\s"
              r"(?:consisted\s+of|(?:was|were)\s+(?:made\s+up|composed)\s+of)|"
              r"(?:also\s+)?gave\s+(?:speeches|remarks|(?:a\s+|the\s+|his\s+|her\s+|their\s+)?(?:welcome|welcoming|"
              r"opening|closing|keynote|congratulatory)\s+(?:speech|address|remarks))|"
              r"spoke|hosted|visit(?:ed|ing)?|ink to paper|pen to paper|exchanged|bestow|conferred|handed|moderated|chaired|"
              r"addressed|performed|(?:opening|welcoming|welcome|keynote|congratulatory) (?:speech|address|remarks)|"
              # (the members of the delegation are A, B and C; also present were A and B)
              r"members\s+of\s+the\s+(?:[\w-]+\s+){0,2}delegation|present\s+were|were\s+(?:also\s+)?present|"
              # (also in attendance were A and B; officials present included A, its title; guests attending included …)
              r"in\s+attendance|(?:present|attending)\s+(?:included|include|includes)|among\s+those\s+present|"
              # (the other signatories of the MOU include A, mayor of X; …: who signed)
              r"signatories\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:included|include|includes|were|are)|"
              r"(?:visitors|delegates|guests)\s+(?:were|are))\b")
#: presence told in a sentence of its own, at the event told in the sentence before (``Councillor X was also
#: present.``, ``A and B will also be present, along with C``, ``The special guest of the evening was X``); not presence
#: somewhere else or at another time (``present on the committee``, ``present back in 1995``, ``present when …``)
PRESENT_CUE = re.compile(r"\b(?:(?:was|were|is|are|will\s+(?:also\s+)?be|would\s+(?:also\s+)?be)\s+(?:also\s+)?present"
                         r"(?=\s*(?:[.,;]|$)|,?\s+along\s+with\b|\s+too\b|\s+as\s+well\b)|"
                         r"(?<!['’]s\s)special\s+guests?\s+(?:of\s+the\s+(?:evening|day|night|ceremony|event)\s+)?"
                         r"(?:was|were|included)|"
                         # the rest of those present, in a sentence of their own (``Others were X and Y``, ``Also present
                         # were …``, ``Others in attendance included …``)
                         r"^(?:Others|Other\s+guests|Also)(?:\s+(?:present|attending|in\s+attendance|there))?\s+"
                         r"(?:were|was|included)\s+(?=[A-Z])|"
                         # the other side speaking in turn, at the same occasion (``For his part, X said …``)
                         r"^(?:For|On)\s+(?:his|her|their)\s+part,\s+(?=[A-Z])(?![^.]*\b(?:on|last|this|next)\s+(?:Monday|Tuesday|"
                         r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?![^.]*\b(?:told|in)\s+(?:parliament|the\s+press|a\s+"
                         r"statement|an\s+interview)\b))")
#: (For his part, X told parliament on Friday …: another occasion, its own day)
#: what makes such a presence denied, doubtful or another time's (``Neither X nor Y was present``, ``It is not known
#: whether …``, ``Last year's special guest …``)
PRESENT_DENIED = re.compile(r"\b(?:neither|nor|not|never|whether|unable|no\s+one|nobody|last\s+year|previous|former)\b",
                            re.I)
#: words before a name that say its bearer was not there (a letter from X, on behalf of X)
ABSENT_CUE = (r"\b(?:letter|message|greetings?|note|gift|donation|invitation|condolences|statement)s?\s+(?:\w+\s+){0,2}"
              r"(?:from|of|by|sent by|signed by)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$|\bon behalf of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
              # (a letter of welcome was sent to X: its addressee, not there)
              r"\b(?:(?:letter|message|note|card)s?\s+of\s+(?:welcome|greetings?|congratulations?|support|goodwill)|"
              r"(?:welcome|congratulatory|goodwill)\s+(?:letter|message|note)s?)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:also\s+)?"
              r"(?:sent|written|addressed|posted|mailed)\s+to\s+(?:the\s+)?(?:[\w.-]+\s+){0,4}$|"
              r"\b(?:commissioned|painted|made|designed|written|composed|crafted|created|drawn|carved|donated|"
              r"paintings?|artworks?|works?|photos?|photographs?|books?|poems?|songs?|sculptures?|calligraphy)\s+by\s+"
              r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$")  # (a painting commissioned by local artist X: its maker)
#: the words of a visit right before the place visited (``visited``, ``a trip to``, ``arrived in``)
VISIT_WORDS_BEFORE = r"visited|visiting|visit\s+to|trip\s+to|travell?ed\s+to|flew\s+to|arrived\s+in"
#: where the guests named after a host's verb end: the sentence's end, or a clause of its own (``…, and she looks …``)
GUESTS_CLAUSE_END = re.compile(r"[.;]|,\s+(?:and\s+)?(?:she|he|they|who|which|while|but)\b")
#: words that put guests in another year (``which hosted Mayor X of Leeds in 2019``, ``last year``, ``ago``)
GUESTS_OF_ANOTHER_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:last|previous)\s+(?:year|time|month)\b|\bago\b")
#: a sentence that lists who made up a delegation told before (``The trip included Mayor X and Councilor Y``,
#: ``The delegation comprised …``): its titled members are the sending town's officers
DELEGATION_ROSTER_OPENING = re.compile(r"^(?:The|This|Our|Their|Its|That)\s+(?:[\w-]+\s+)?(?:trip|delegation|visit|group|party|"
                                       r"mission|contingent|team)\s+(?:also\s+)?(?:included|includes|include|comprised|"
                                       r"comprises|consisted\s+of|consists\s+of|(?:was|is)\s+made\s+up\s+of)\b")
#: the words before the town a delegation came from (``a delegation of officials from``, ``visitors from the City of``)
DELEGATION_FROM_BEFORE = re.compile(r"\b(?:delegation|delegates|officials|visitors|students|group|team|contingent|party|mission)"
                                    r"\s+(?:of\s+(?:[\w-]+\s+){0,3})?from\s+(?:the\s+)?(?:(?:City|Town|County|Municipality)"
                                    r"\s+of\s+)?$", re.I)
#: a host's verb before the guests it names (``a privilege to host Mayor X``, ``welcomed Mayor X and Y``)
HOSTED_GUESTS = re.compile(r"\b(?:to\s+host|hosted|hosting|to\s+welcome|welcomed|welcoming)\s+(?=(?:[A-Z]|the\s+[A-Z]))")
#: words that put the guests ahead or in doubt (``hopes to host``, ``will welcome``, ``next year``)
GUESTS_AHEAD = re.compile(r"\b(?:hopes?|hoped|hoping|plans?|planned|planning|will|would|expects?|expected|looks?\s+forward|"
                          r"looking|next\s+(?:year|month|week)|invit(?:e|es|ed|ing)|unable|declined?|not|never|due|"
                          r"scheduled|agreed|preparing|prepares?|offered|offers?|is\s+to|are\s+to|cancell?ed|"
                          r"disappointed|postponed|wants?|wanted|wishes|wished)\b", re.I)
#: what says, after a name, that the person stayed away (``Councillor X, who could not attend the signing``,
#: ``X, who was not present at the meeting``, ``X was absent``, ``Mayor X of Leeds could not attend``, ``X sent apologies``)
ABSENT_AFTER = re.compile(r"(?:\s+(?-i:of\s+(?:the\s+)?(?:(?:City|Town|County|Borough|Municipality)\s+of\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?"  # (X of Leeds could not …)
                          r"(?-i:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}(?=,))?"  # (A and B, who …: both)
                          r",?\s+(?:who\s+)?(?:(?:had\s+)?helped\s+(?:to\s+)?(?:organi[sz]e|arrange|plan|co-?ordinate|fund)\b|"
                          # (thanked A and B, who helped organise the trip: its organisers, not told to have gone)
                          r"(?:could\s+not|couldn['’]t|did\s+not|didn['’]t|was\s+unable\s+to|were\s+unable\s+to|"
                          r"was\s+not|wasn['’]t|were\s+not)\s+(?:attend|present|able\s+to\s+attend|there|in\s+attendance)\b|"
                          r"(?:was|were)\s+absent\b|"
                          r"(?:had\s+)?sent\s+(?:(?:his|her|their|its)\s+)?(?:apologies|regrets)\b(?!\s+(?:for|last|earlier)\b)"
                          r"(?![^.]*\battend(?:ed|s|ing)\b))", re.I)
#: a line that opens a list of who attended, one per line after it (``Participants in the signing included:``,
#: ``Those attending the ceremony were:``, ``Also present:``); not one of who stayed away
ATTENDEE_LIST_HEAD = re.compile(r"\b(?i:participants|attendees|those\s+(?:attending|present|in\s+attendance|who\s+attended)|"
                                r"(?:also\s+)?(?:present|in\s+attendance)|delegation\s+members|members\s+of\s+the\s+delegation|"
                                r"the\s+delegation)\b[^.\n:]{0,60}:\s*$")
ATTENDEE_LIST_NOT = re.compile(r"(?i)\b(?:not|unable|absent|could\s+not|couldn['’]t|did\s+not|apolog)")
#: a bulleted or numbered line
LIST_ITEM_LINE = re.compile(r"[ \t]*(?:[-•·*▶►–—]|\d{1,2}[.)])\s+")
#: a delegation from a city: the city attends
DELEGATION = r"delegation|delegations|delegates|mission|entourage"
#: who holds an event (organiser, not attendee)
HOST_CUE = r"\b(?:hosted|hosts|organi[sz]ed|organi[sz]es|held|holds|arranged)\b"

#: dates: the future makes a bare weekday or day point forward
FUTURE_CUE = re.compile(r"\b(?:will|would|shall|is (?:set|scheduled|expected|due|planned) to|are (?:set|scheduled|expected|due|planned) to|"
                        r"is to|are to|plans? to|planning to|to be held|upcoming|next|"
                        # (intends to lead a delegation in November, hopes to visit in May)
                        r"(?<!who )(?<!which )(?<!that )(?:intends?|hopes?|aims?|expects?|looks? forward) to|"
                        # (an invitation to what is coming: ``All are invited to join a reception on Friday``)
                        r"(?:are|is)\s+(?:invited|welcome|encouraged)\s+to)\b", re.I)
#: dates: a trip in the present progressive, in the date's own clause, is one to come (``pupils from Ota are coming in
#: August``; not ``have been visiting for years; the last group came in May``)
PROGRESSIVE_TRIP = re.compile(r"\b(?:is|are|'re)\s+(?:coming|visiting|travell?ing|heading|arriving|returning|flying|going)\b"
                              r"(?![^.;]*\b(?:since|for\s+(?:many|several|\d+)?\s*(?:years|decades)))", re.I)
#: dates: a past verb that governs a date before a later "will" (signed … on the 10th, and will strive …)
PAST_CUE = re.compile(r"\b(?:[a-z]+ed|met|held|signed|took|made|gave|was|were|had|led|sent|went|came|saw|began)\b")
#: words before a date that make it the day something was reported, not the event's
REPORTED_CUE = re.compile(r"\b(?:said|says|announced|told|reported|added|stated|noted)\s*(?:on\s*)?$", re.I)  # (said on Monday)

#: words that open a sentence before a name and are no part of it (``Alongside Zhang Jianting, …``)
NAME_LEAD_WORDS = frozenset("Alongside Beside Besides Like Unlike With Including Joining Accompanying Welcoming "
                            "Thanking Congratulating Meeting".split())
#: honorifics written before a name, never part of it: ``Dr Choon-hee Lee``, ``Prof. Jane Roe``
#: honorifics written between a title and a name in Malaysia, Indonesia and Brunei (``Mayor Dato' Seri X``, ``Drs H X``):
#: no part of the name
TITLE_HONORIFICS = (r"(?:(?:Dato['’]?(?:\s+Seri)?|Datuk(?:\s+Seri)?|Datin(?:\s+Seri)?|Tan\s+Sri|Puan\s+Sri|Tun|Toh\s+Puan|"
                    r"Drs\.?|Ir\.|Haji|Hajjah|Hj\.?|H\.|H(?=\s+[A-Z][a-z])|H\.\s?E\.|HE\.?(?=\s+[A-Z][a-z])|"
                    r"(?:His|Her)\s+Excellency|Hon\.?(?=\s+[A-Z])(?!\.?\s+(?:Treasurer|Secretary|President|Chair|Member|Life|Consul))|"
                    # (Governor HE. Evans Kidero: His Excellency; not Hon. Treasurer: an honorary office)
                    r"(?:Mr|Mrs|Ms|Miss|Dr)\.?(?=\s+[A-Z]))\s+)*")  # (and in English: Itabashi Mayor Mr. Takeshi Sakamoto)
HONORIFIC_RE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Hon|Honorable|Honourable|Rev|Excellency|His|Her|"
                          r"Monsieur|Madame|Mme|Mlle|Herr|Frau|Señor|Señora|Signor|Signora)\.?")

#: abbreviations after which an English sentence does not end (Gov. Sarah Roe, Frank Roe Jr. said)
ABBREVIATIONS = r"HE|Atty|Engr|Govs|Gov|Hon|Sen|Rep|Lt|Cllrs|Cllr|Coun|Cnclr|Clr|Crs|Cr|Messrs|Rev|Supt|Prof|Gen|Col|Capt|Jr|Sr|Inc|Co|Corp|Ltd|St|Mt|Ft|Dr|Mr|Mrs|Ms|No|Nos|Vol|approx|est|Dept|Univ|Assn|Ave|Blvd"

#: a clock time ending a sentence piece (``at 6 p.m.``) and the date that goes on after it (``Monday, May 6``, ``Aug. 5``):
#: one sentence, the time's stop ends nothing (``at 5 p.m. Mayor Roe then …``: a new sentence)
CLOCK_END = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m|[AP]\.M)\.$")
DAY_AFTER_CLOCK = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|"
                             r"Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
#: (only a date: not ``at 5 p.m. Monday's signing``, ``at 9 p.m. Thursday morning, …``: a new sentence each)

#: a capital standing for its country's government (``Moscow's invasion``, ``pressure from Washington``): no town
CAPITAL_FOR_STATE_AFTER = re.compile(r"['’]s?\s+(?:[a-z]+\s+)?(?:invasion|war(?!\s+(?:memorial|museum|veterans?|cemetery|dead))|"
                                     r"aggression|crackdown|annexation|regime|sanctions|troops|forces|missiles?|offensive|"
                                     r"occupation|propaganda)\b")
CAPITAL_FOR_STATE_BEFORE = re.compile(r"\b(?:pressure|orders|instructions|sanctions|threats|directives?|demands)\s+"
                                      r"(?:imposed\s+)?(?:from|by)\s+$")
#: the national capitals news names for their governments (the rule above is for them only)
CAPITAL_CITIES = frozenset("""Moscow Beijing Washington Tokyo Pyongyang Seoul Kyiv Kiev Tehran London Paris Berlin Ankara Minsk
Damascus Jerusalem Caracas Havana Riyadh Baghdad Kabul Hanoi Taipei Delhi Islamabad Cairo Tripoli Khartoum Naypyidaw Brussels
Rome Madrid Warsaw Budapest Belgrade Tbilisi Baku Yerevan Ottawa Canberra""".split())

#: US states in the news agencies' style, written after a town and a comma (``Sarasota, Fla.``): a locator only
AP_STATES: dict[str, str] = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania",
    "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "Wis": "Wisconsin",
    "Wyo": "Wyoming",
    # (and Canada's provinces as the Canadian press shortens them: Brandon, Man.; Regina, Sask.)
    "Man": "Manitoba", "Sask": "Saskatchewan", "Alta": "Alberta", "Ont": "Ontario", "Que": "Quebec",
}
#: a town, a comma and a state in that style ending a sentence piece: the sentence goes on after it
AP_STATE_END = re.compile(r"[A-Z][\w'’-]*,\s+(?:" + "|".join(AP_STATES) + r")\.?$")

#: page furniture: whole lines that are no part of the article (checked against each stripped line)
FURNITURE_LINES: tuple[tuple[str, str], ...] = (
    ("breadcrumb", r"(?:HOME|Home)\s*[>›»/].*|(?:[\w'’&-]+\s+){0,3}[\w'’&-]+(?:\s*[»›]\s*(?:[\w'’&-]+\s+){0,3}[\w'’&-]+)+"),
    # (``General News » News``: a section path with its arrows)
    ("date_line", r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
                  r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})(?:\s+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
                  r"(?:\s*[·•|–-]\s*\d+\s+[Cc]omments?)?"),
    # (``February 8, 2024 · 0 Comments``: a page's date line, joined to no sentence)
    # a Korean board label on an English page (보도자료, 공지사항 Notice): Hangul and at most three English
    # words; a sentence glossing a name in Hangul (Buyeo County (부여군) signed …) is article text
    ("board_label", r"(?=.*[\uac00-\ud7a3])(?!(?:.*?\b[A-Za-z]{3,}\b){4}).*"),
    ("meta_line", r"Name\s+\S+\s+Date\s+[\d.\-/]+.*|(?:Date|Hit|Views|Posted|Updated)\s*:?\s*[\d.\-/: ]+"),
    ("subject_line", r"Subject\s+.+"),
    ("byline", r"(?:By|BY|Written by|Reporter)\s*:?\s+[{UP}][\w.'’-]+(?:\s+[{UP}][\w.'’-]+){0,3}(?:\s*[,|].*)?"),
    ("email", r"\S+@\S+\.\w+"),
    ("read_more", r"(?:READ MORE|Read more|Related|RELATED|See also|Also read|ALSO READ)\b.*"),
    ("source", r"(?:Source|SOURCE|Photo|PHOTO|Image|IMAGE|Credit|Caption)s?\s*:.*"),
    ("banner", r"(?:[\w'’-]+\s+){0,3}(?:banner|Banner|BANNER|advertisement|Advertisement|ADVERTISEMENT|podcast|Podcast)"),
    ("share", r"(?:Share|SHARE|Tweet|Email|Print|Comments?)(?:\s*(?:this|on|via|to|[|/:·–—-])\s*[\w.+]*)*|"
              r"(?:Share|SHARE|Email|Print|Save)\s+(?:[Tt]his\s+)?(?:[Ss]tory|[Aa]rticle|[Pp]age|[Pp]ost)|"
              r"(?:View|Show|Hide|Load|Read|See)\s+(?:all\s+)?(?:\d+\s+)?[Cc]omments?|[Cc]omments?\s+\d+"),
    # (``Share This Story``, ``View Comments``: a page's buttons)
    # a text-size widget (``Large Medium Small``, ``Text size: Small Medium Large``, ``Font size A A A``)
    ("text_size", r"(?:(?:Text|Font)\s+[Ss]ize\s*:?\s*)?(?:(?:Small|Medium|Large|Larger|Smaller|Normal|Default|A\+?|A-)"
                  r"(?:\s+|$)){2,5}|(?:Text|Font)\s+[Ss]ize\s*:?"),
    # (``Share - WeChat``, ``Share: Facebook``: a share button and its platform)
    ("copyright", r"(?:Copyright|©|\(c\)|All rights reserved).*"),
    # a site's menu entry alone on its line (``Contact Us``, ``About Us``, ``Subscribe``, ``Sign In``)
    ("menu", r"(?:(?:Contact|About|Follow|Join|Email|Advertise\s+with)\s+(?:Us|us)|Subscribe|Sign\s+(?:In|Up|in|up)|Log\s*[Ii]n|"
             r"Newsletters?|Privacy\s+Policy|Terms\s+(?:of\s+(?:Use|Service)|and\s+Conditions)|Site\s*[Mm]ap)"),
    # a section label in capitals alone on its line (``CHINA``, ``WORLD NEWS``)
    ("section_label", r"[A-Z]{3,}(?:\s+[A-Z]{2,})?"),
)
#: the heading of a list of other stories: the headline lines under it (no sentence end) are furniture too
STORY_LIST_HEADING = re.compile(r"^(?:[►▶■•>#]\s*)?(?:Related(?:\s+(?:stories|articles|news|content|links|coverage))?|"
                                r"RELATED(?:\s+[A-Z]+)?|More\s+(?:stories|news|from\s+[\w ]{2,30})|Most\s+(?:read|popular|viewed|"
                                r"shared)|Trending(?:\s+now)?|You\s+(?:may|might)\s+also\s+like|Recommended(?:\s+stories)?|"
                                r"Top\s+stories|Latest\s+(?:news|stories)|Editor['’]s\s+picks?)\s*:?\s*$", re.I)
#: the opening of a page's comment section: it and every line under it are furniture (readers' comments, the
#: site's comment rules: ``Be Nice.``, ``Share with Us.``)
COMMENTS_HEADING = re.compile(r"^(?:\(?\d+\)?\s+[Cc]omments?|[Cc]omments?\s*\(\d+\)|Welcome to the discussion\.?|"
                              r"Leave a (?:[Cc]omment|[Rr]eply)|Comments are closed\.?|Post a [Cc]omment|"
                              r"Join the (?:[Cc]onversation|[Dd]iscussion)|Add a [Cc]omment|Show [Cc]omments)\s*:?\s*$")
#: furniture inside a line: credits and links cut out of the sentence they sit in
FURNITURE_INLINE: tuple[tuple[str, str], ...] = (
    ("image_credit", r"\((?:Image|Photo|Picture|Credit|Source|Pictured|Photo credit)s?\s*:[^)]*\)"),
    # an agency's photo credit: (AP Photo/Jane Roe), (Reuters/Jane Roe), (Photo by Jane Roe)
    ("agency_photo", r"\((?:(?:AP|AFP|EPA|Reuters|Getty Images|Yonhap|Xinhua|Kyodo|Bloomberg|NurPhoto)\s*(?:Photo)?\s*/|"
                     r"Photo\s+by\s)[^)]{1,60}\)"),
    ("photo_provided", r"\[(?:Photo|Image|Picture)[^\]]*\]"),
    # an honorific of the Gulf and of diplomacy before a name: H.E. (His Excellency), H.H., Eng. (engineer)
    ("honorific_abbr", r"\bH\.\s?[EH]\.(?:\s+Eng\.)?(?=\s+[{UP}])|\bEng\.(?=\s+[{UP}])"),
    ("read_more", r"(?:READ MORE|Read more|ALSO READ)\s*:[^.!?\"“”]*?(?=[\"“”]|$)"),
    ("source_tail", r"\bSource\s*:\s*[^.]*$"),
    ("caption_prefix", r"^[{UP}][\w.'’ -]{2,40}:\s+(?=[{UP}])"),
    # a wire dateline: the place of filing, its country, the day and the agency (MUAN, South Korea, Oct. 31
    # (Yonhap) --), never a party to what follows
    ("dateline", r"^[{UP}][{UP}.'’ -]{1,30}(?:,\s+[{UP}][\w.’' -]{1,30}){0,2},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                 r"[a-z]*\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-)\s*"),
    # a dateline without a day (CEBU, Philippines - ; ILOILO: ): the place in capitals, its country, a dash or colon
    ("dateline_place", r"^[{UP}][{UP}.'’ ]{2,30}(?:,\s+[{UP}][\w.’' -]{1,30}){0,2}\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–|-|:)\s+(?=[{UP}])"),
    # a wire dateline with its date and agency (Ganja, May 4, NEWSWIRE; SHARJAH, 9th June, 2024 (WIRE) --): the
    # place the copy was filed from, no party of the story
    ("dateline_dated", r"^[{UP}][\w.'’ -]{2,30},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[{UP}][a-z]+\.?|[{UP}][a-z]+\.?\s+\d{1,2})"
                       r"(?:,?\s+\d{4})?\s*(?:,\s*[{UP}]{3,10}\b|\s*\([{UP}]{2,10}\))\s*(?:--|—|–|-|:)?\s*"),
    # a dateline with its agency or station in brackets, the place in any case (Sioux City, Iowa (KCAU) —): only the
    # agency and the dash are blanked (x), the place stays the story's
    ("dateline_agency", r"^[{UP}][\w.'’ -]{2,30}(?:,\s+[{UP}][\w.’' -]{1,30}){0,2}(?P<x>\s*\((?:AP|AFP|Reuters|Yonhap|Xinhua|"
                        r"UPI|VNA|PNA|Bernama|Kyodo|KCNA|ANI|PTI|IANS|TASS|dpa|EFE|ANSA|Antara|[KW][A-Z]{2,3}(?:-TV)?)\)"
                        r"\s*(?:--|—|–|-)\s+)(?=[{UP}])"),
    # (Hoa Binh (VNA) – Leaders …: the place alone before the agency, too)
    # an agency's tag opening the story with no place before it ((VNA) – A delegation …): no party of the story
    ("agency_opening", r"^\s*\((?:AP|AFP|Reuters|Yonhap|Xinhua|UPI|VNA|PNA|Bernama|Kyodo|KCNA|ANI|PTI|IANS|TASS|dpa|EFE|ANSA|"
                       r"Antara)\)\s*(?:--|—|–|-|:)\s+(?=[{UP}])"),
)

#: a state or province written as an adjective (``a Missouri partner``, ``another central Ohio counterpart``): an
#: indefinite article (and a compass word) before it, a common noun of places or partners after it; it names no party.
#: After a definite article only a noun of places makes it one (``The California capital``, ``the Texas town``; not
#: ``The Maryland sister-state partnership``, ``The Ohio partner of …``: the state itself)
STATE_AS_ADJECTIVE_BEFORE = re.compile(r"\b(?:(?P<definite>[Tt]he|[Tt]his|[Tt]hat)|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:central|"
                                       r"northern|southern|eastern|western|northeast|northwest|southeast|southwest|rural|"
                                       r"small|suburban)\s+)?$")
STATE_AS_ADJECTIVE_DEFINITE_AFTER = re.compile(r"\s+(?:capital|city|town|village|community|municipality|suburb|borough|"
                                               r"township)s?\b")
#: a state or province named as part of a wider area or of a landmark, or in brackets after a body's name, only
#: locates (``the East Texas representatives``, ``the Minnesota State Capitol``, ``Chamber of Commerce (IACC)
#: (Gujarat)``)
REGION_DESCRIBED_BEFORE = re.compile(r"(?:\b(?:East|West|North|South|Central|Northern|Southern|Eastern|Western|Upstate|"
                                     r"Downstate|Northeast|Northwest|Southeast|Southwest)\s+|(?:\)|[a-z]|[A-Z]{2,6})\s*\()$")
REGION_DESCRIBED_AFTER = re.compile(r"(?:\s+(?!(?:Governor|Mayor|Vice|Deputy|Lieutenant|Chairman|Chairwoman|President|"
                                    r"Minister|Secretary|Premier)\b)[A-Z][a-z]+){0,2}\s+(?:Capitol|Museum|Fair|Zoo|Library|"
                                    r"Hospital|Airport|Stadium|Arena|Park(?![ \t]+[A-Z])|Legislature|Lottery|Highway)\b|\)")
#: (not ``Gyeonggi Governor Park Jin-young``: a title, then a surname that names no park)
STATE_AS_ADJECTIVE_AFTER = re.compile(r"\s+(?:partner|counterpart|city|town|village|community|municipality|county|"
                                      r"sister|twin)s?\b")

#: a host receiving visitors (``welcomed a delegation``, ``is hosting a group of students``), shared by the reading of the
#: host as a place and as the visit's organiser
#: an article that speaks of partner towns at all (``twinned``, ``sister city``, ``friendship city``)
TIE_ARTICLE = re.compile(r"(?i)\btwin(?:ning|ned|s)?\b|\bsister[- ]?(?:cit|town|state|province)|\bfriendship[- ]cit")
#: hosts welcoming a group from elsewhere, told as done (``welcomed visitors from``, ``hosted a delegation from``; not a
#: count, ``welcomed 2 million visitors``)
HOSTED_VISITORS_FROM = re.compile(r"\b(?:welcomed|hosted|received|greeted)\s+(?!\d)(?:[\w-]+\s+){0,4}?"
                                  r"(?:delegation|delegates|group|visitors|guests|students|officials)\s+from\b")
#: the group's partner named right after ``from`` (``its twin town``, ``their sister city of``)
PARTNER_AFTER_FROM = re.compile(r"\s+(?:its|their|our|the)\s+(?:[a-z]+\s+){0,2}(?:twin|sister|partner|friendship)\b")
HOSTS_VISITORS = (r"(?:welcomed|welcomes|will\s+welcome|is\s+welcoming|hosted|hosts|will\s+host|is\s+hosting|received|"
                  r"greeted)\s+(?:[\w-]+\s+){0,4}?(?:delegation|delegates|group|visitors|guests|students|officials)\b")

#: an article or a rank before ``X City`` that says what a place is (``an Agricultural City with``, ``a Strong city for``,
#: ``the region's No. 1 Tourism City.``): with a preposition, a conjunction or a stop after it, no name (but ``a Cebu
#: City delegation``, a name used before a noun)
DESCRIBED_CITY_BEFORE = re.compile(r"(?:(?<![\w-])(?:[Aa]n?|[Aa]nother|[Ee]very)|No\.\s*\d+|#\d+)\s+$")
DESCRIBED_CITY_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:with|and|for|of|in|that|which|where|whose|to|on|by|at|known)\b")

#: place names that are also everyday words, and what follows them when they are the word (``the 2019 Rugby World
#: Cup``, ``a rich Norman heritage``, ``Mobile phones``): no place there (``Rugby is twinned with …`` still is one)
WORD_LIKE_PLACES: dict[str, re.Pattern[str]] = {
    "Rugby": re.compile(r"\s+(?:World\s+Cups?|[Ll]eague|[Uu]nion|[Ss]evens|[Cc]hampionships?|matche?s?|games?|teams?|"
                        r"clubs?|players?|pitch|fields?|balls?|fans?|tournaments?)\b"),
    "Norman": re.compile(r"\s+(?:heritage|[Cc]onquest|architecture|invasion|invaders|castles?|church(?:es)?|style|"
                         r"knights?|roots|French|times|era|period|ancestry|history|dynasty|nobility|rule)\b"),
    "Mobile": re.compile(r"\s+(?:phones?|apps?|applications?|devices?|clinics?|units?|banking|networks?|services?)\b"),
    "Orange": re.compile(r"\s+(?:juice|shirts?|jerseys?|colou?rs?|trees?|groves?|blossoms?)\b"),
    "Marathon": re.compile(r"\s+(?:runners?|races?|courses?|events?|sessions?|talks?|meetings?)\b"),
}

#: a unit's word between a field and the holder's name: part of the office (``… Cooperation Team Park Ji-won``)
UNIT_WORD_BEFORE_NAME = re.compile(r"(?:Team|Unit|Division|Section|Office|Bureau|Department|Desk)\s+")
#: words of places and bodies, never of a person's name (``Jeju Island``, ``Gyeongju National Museum``, ``Asia Pacific``)
NOT_A_PERSON_WORD = re.compile(r"\b(?:Island|Islands|Museum|Region|Province|County|City|Pacific|Asia|Europe|Africa|"
                               r"University|National|International|Council|Center|Centre|Airport)\b")
#: a group named after the name (``… Jeju Island officials welcomed``): the capitals were a place's or a body's
GROUP_AFTER_NAME = re.compile(r"\s+(?:officials|curators|staff|region|team|members|delegates|representatives|students|"
                              r"residents|people|officers|employees|leaders)\b")
#: a word that names a field, not a person (``Utilities``, ``Regeneration``): the field runs on, its end is unsure
FIELD_LIKE_WORD = re.compile(r"[A-Z][a-z]+(?:ies|ion|ions|ment|ments|ure|ures|ance|ances|ism|ics|ity|ship|ology|ing|ings)")
#: months that are surnames too (``Theresa May``, ``Brendan June``)
MONTH_SURNAMES = frozenset({"May", "June", "April", "August"})

#: a body's people listed right after its name (``the Drumshanbo Town Twinning committee of Sean Nolan, Sheila Mooney
#: and Anne Boyle``, ``… Committee, made up of A B and C D``): each is a member of it
MEMBERS_LISTED_AFTER = re.compile(r",?\s+(?:(?:is|was|are|were)\s+)?(?:made\s+up\s+of|consisting\s+of|composed\s+of|"
                                  r"comprising|of)\s+")
#: the heads of bodies whose people are its members (not a council of places, nor a ministry)
MEMBER_BODY_HEAD = re.compile(r"(?i:committee|association|society|club|board|group|team|choir|band|troupe)$")
#: the role of a body's member listed with no title of its own
MEMBER_TITLE = Title("member", "member", "member", "org")
#: a town's twinning body written with a lowercase head (``the Locquirec Town Twinning committee``, ``the Alzey Sister
#: City association``): the capitalised words and the head are its name
LOWER_HEAD_TWINNING_BODY = re.compile(rf"(?<![\w-])(?P<o>{WORD}(?:[ -]{WORD}){{0,3}}\s+(?:(?:[Tt]own\s+)?[Tt]winning|Sister[- ]Cit(?:y|ies)|"
                                      r"sister[- ]cit(?:y|ies)|[Ff]riendship)\s+(?:committee|association|society|club|group))(?![\w-])")
#: (also all in small letters after the town: ``the Dorchester twinning committee``)

#: towns named as having ties of their own (``Other towns in Kenya with sister cities in the US include A and B``,
#: ``cities that have twin towns in France are A and B``): owners listed, no tie between them or with the story's town
OWNERS_LISTED = re.compile(r"^(?:(?:Other|Several|Many|Some)\s+)?(?i:towns|cities|municipalities|counties|communities|councils|districts)\s+"
                           r"(?:(?:in|of|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
                           r"(?:with|that\s+have|which\s+have|having)\s+(?:their\s+own\s+)?(?:sister|twin)[- ]"
                           r"(?:cities|towns|city\s+(?:ties|links|relationships))\b[^.;]{0,40}?"
                           r"\b(?:include|includes|included|are|were)\b(?![^.;]*\b(?:twinned|signed|agreement|partnered)\b)",
                           re.I)
#: (the sentence's subject; not ``… among cities with sister cities such as A and B``, its partners, nor a list whose
#: item is then said twinned: ``Towns with twin towns include Howick, which was twinned with Bhola``)

#: a staff post written capitalised in a list of ``Name, Post, Body`` (``Section Chief``, ``Interpreter``, ``Trade Manager``)
STAFF_POST = (r"(?:[A-Z][a-z]+\s+){0,2}(?:Chief|Manager|Interpreter|Translator|Officer|Secretary|Specialist|Coordinator|"
              r"Adviser|Advisor|Assistant|Head|Director|Consultant|Representative|Engineer|Official|Inspector|"
              r"Administrator|Supervisor)")

#: the last word of a body's or a building's name, never of a person's
BODY_OR_BUILDING_LAST = re.compile(r"\b(?:Center|Centre|Museum|Library|Schools?|University|College|Council|Committee|"
                                   r"Association|Airport|Hotel|Stadium)$")

#: a body's name going on after it as the owner of a part (``…'s youth committee``, ``… delegation``, ``… chapter``)
BODY_PART_AFTER = re.compile(r"['’]s?\s|\s+(?:[a-z][\w-]*\s+){0,2}(?:delegation|committee|office|chapter|program|programme|"
                             r"mission|team|branch|board|section|division|department|project|trip)\b")
