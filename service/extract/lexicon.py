"""Word lists for attribution: speech cues, roles, pronouns and words that are never names.

General English news vocabulary only; nothing here names a particular person or article.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    return text.split()


_CUE_BASES = _words(
    "say tell add write post state stress insist warn argue note claim declare announce urge "
    "deny vow pledge acknowledge concede respond reply remark continue explain ask call brand "
    "describe label assert emphasize emphasise suggest accuse tweet admit agree complain "
    "recall predict promise threaten boast caution counter dismiss conclude confirm insist "
    "mention observe point reiterate repeat report reveal signal testify question advocate "
    "condemn criticize criticise praise laud quip joke write muse lament told wrote said "
    "shout yell scream whisper mutter exclaim plead demand recount reflect retort contend maintain "
    "allege assure reassure swear elaborate underline underscore highlight text email hail slam "
    "blast answer interject mock deride ridicule scoff decry denounce lambast lambaste rebuke chide "
    "characterize chant forecast marvel gush enthuse sigh laugh chuckle "
    "characterise wonder "
)
_IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing", "written"),
}
# Their past and present forms, only ever verbs: "said", "tells", "wrote".
IRREGULAR_VERB_FORMS = frozenset(
    f for forms in _IRREGULAR.values() for f in forms if not f.endswith(("ing", "en"))
)


def _inflect(base: str) -> set[str]:
    if base in _IRREGULAR:
        return {base, *_IRREGULAR[base]}
    stem = base[:-1] if base.endswith("e") else base
    forms = {base, base + "s", stem + "ing", stem + "ed" if not base.endswith("e") else base + "d"}
    if base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if re.search(r"(?:qu|[^aeiou])[aeiou][tpgmn]$", base):  # "admitted", "quipped"; extra forms do no harm
        forms |= {base + base[-1] + "ing", base + base[-1] + "ed"}
    if base.endswith("l"):
        forms |= {base + "ling", base + "led"}
    return forms


# Past forms only, where the base is also a noun ("the judge said"): French-style reporting verbs.
_PAST_ONLY = frozenset(
    ("judged", "estimated", "hammered", "castigated", "affirmed", "reckoned", "deplored", "stated", "thanked")
    + (
        "cited",
        "citing",
        "commented",
        "remarked",
        "recalled",
        "instructed",
        "advised",
        "implored",
        "reasoned",
        "ruled",
        "addressed",  # "she addressed Hun Sen as “uncle”"
    )
)
CUE_FORMS: frozenset[str] = frozenset(f for b in _CUE_BASES for f in _inflect(b)) | {"according"} | _PAST_ONLY
# Words that sit between a speaker and the cue verb without breaking the clause.
BRIDGE_WORDS = frozenset(
    _words(
        "has have had also further then later once again firmly flatly repeatedly previously "
        "earlier recently not only has had would will could had also publicly privately angrily "
        "bluntly openly simply just even still already kept keeps "
    )
)
PRONOUNS = {"he": "m", "she": "f", "He": "m", "She": "f"}
# Heads of a title or descriptor: "Kremlin spokesman", "the Ukrainian leader".
ROLE_HEADS = frozenset(
    _words(
        "president president-elect vice-president minister premier chancellor secretary director-general "
        "commander-in-chief "
        "secretary-general spokesman spokeswoman spokesperson leader chief head director "
        "ambassador envoy governor senator sen rep representative congressman congresswoman "
        "lawmaker mayor king queen prince princess pope general gen colonel commander admiral "
        "chairman chairwoman chair ceo cfo founder official adviser advisor aide analyst "
        "professor prof judge justice attorney prosecutor economist researcher coach captain "
        "manager executive editor correspondent speaker deputy councillor commissioner emir "
        "sheikh shaikh sheik candidate activist diplomat negotiator strategist scientist officer sergeant "
        "corporal brigadier "
        "lieutenant mp mla mpp msp mca td mep mlc mna owner organizer organiser gov sgt lt col capt maj "
        "det insp ins supt adm cmdr "
        "cpl rev const "
        "actor actress author co-author co-founder nurse teacher headteacher student resident "
        "witness doctor lawyer farmer forecaster harbourmaster harbormaster detective inspector "
        "superintendent constable trooper firefighter pilot worker volunteer player striker "
        "goalkeeper midfielder defender forward quarterback guard referee umpire singer shuttler paddler "
        "director producer writer novelist poet artist designer engineer physician surgeon "
        "veteran teenager youngster newcomer rookie champion winner medallist medalist finalist laureate "
        "contestant regent suspect defendant victim survivor marshal scorer goalscorer "
        "coxswain helmsman helm garda mediator "
        "challenger incumbent administrator astronaut cosmonaut treasurer auditor registrar "
        "sheriff jailer trustee provost rector principal bishop archbishop cardinal patriarch rabbi whip "
        "athlete runner "
        "machinist welder "
        "sprinter swimmer cyclist boxer golfer skier marathoner nominee appointee "
        "imam pastor priest cleric sultan duchess baroness solicitor barrister "
        "counsel magistrate recorder adjudicator arbitrator coroner comptroller controller supervisor "
        "alderman alderwoman councilman "
        "councilwoman selectman selectwoman assemblyman assemblywoman delegate legislator mep consul "
        "skipper jockey "
        "trainer driver rider cyclist boxer fighter athlete sprinter swimmer golfer batter "
        "pitcher chef curator architect entrepreneur businessman businesswoman campaigner realtor "
        "protester demonstrator paramedic medic soldier sailor airman commentator "
        "presenter host dj deejay broadcaster anchor blogger influencer photographer filmmaker "
        "film-maker comedian musician artiste rapper dancer model songwriter singer-songwriter "
        "composer lyricist vocalist bassist keyboardist "
        "surveyor banker trader investor broker landlord tenant shopkeeper journalist columnist "
        "specialist chemist physicist pharmacist therapist psychiatrist dentist pianist "
        "builder plumber electrician mechanic carpenter cleaner apprentice fisherman retiree "
        "pensioner vicar reverend chaplain mufti maulana ayatollah mullah monsignor deacon "
        "bowler spinner seamer batsman all-rounder left-armer "
        "right-armer wicketkeeper winger fly-half scrum-half saxophonist guitarist drummer "
        "father-of-one father-of-two father-of-three father-of-four mother-of-one mother-of-two "
        "colleague neighbour neighbor friend partner classmate teammate fiance fiancee boyfriend girlfriend "
        "mate amateur debutant novice underdog "
        "boss gaffer supremo tactician mentor cop cdr apostle prophet brig-gen maj-gen lt-gen lt-col "
        "politician statesman stateswoman parliamentarian tycoon magnate billionaire mogul guru "
        "coordinator co-ordinator convener convenor chairperson warden bursar cathaoirleach ranger "
        "industrialist financier philanthropist newsagent publican parent "
        "chief superstar megastar heavyweight cruiserweight middleweight welterweight lightweight "
        "featherweight bantamweight flyweight bystander onlooker spectator celebrant reveller "
        "reveler mourner passer-by motorist worshipper pilgrim villager "
        "mother-of-three mother-of-four dad-of-two mum-of-two grandfather-of-two grandmother-of-two "
        "mk mpp msp gm cm pm coo cto councilmember councilor democrat republican commenter voter "
        "shopper commuter "
        "reporter passenger cook baker butcher waiter waitress cashier caretaker janitor miner "
        "shepherd herder vendor seller hawker tailor labourer laborer porter postman clerk accountant "
        "statesman stateswoman hairdresser barber housewife homemaker grandmother grandfather widower "
        "mum mom dad ombudsman ombudsperson agent member advocate td mla man woman boy girl moderator "
        "cs taoiseach tánaiste tanaiste comhairle opener brig brigadier critic pupil "
        "lock prop hooker flanker five-eighth half-back halfback full-back fullback playmaker "
        "outside-half stand-off centre-back center-back left-back right-back wing-back sweeper "
        "shortstop catcher outfielder infielder linebacker cornerback tailback goaltender netminder "
        "keeper paceman sister-in-law brother-in-law mother-in-law father-in-law daughter-in-law "
        "son-in-law librarian historian technician veterinarian paediatrician pediatrician dietitian "
        "statistician mathematician optician beautician clinician custodian "
        "sculptor painter illustrator playwright screenwriter violinist cellist organist "
        "midwife carer caregiver lecturer tutor headmaster headmistress homeowner parishioner "
    )
)
# Occupations that are also common surnames: at the end of a name ("Alastair Cook", "Tim Cook")
# or alone without a determiner ("Cook made 176") they are the surname, not a title.
SURNAME_ROLES = frozenset(
    _words(
        "cook baker butcher porter farmer miner shepherd tailor driver carpenter mason potter cooper "
        "archer rider marshal knight fisher clerk chamberlain steward barber weaver painter singer "
        "hunter gardener sawyer thatcher glover spinner bowler priest sen friend keeper lock prop head "
        "king bishop major pope trainer champion "
    )
)
# Words for a person only in lower case: "the star said", "one fan said" (not "the Toronto Star").
LOWER_ROLE_HEADS = frozenset(_words("star fan international native"))
# Party words that stand before a member's name as a title: "Conservative Liam Billington".
PARTY_TITLES = frozenset(
    _words("conservative labour labor liberal democrat republican progressive tory lib dem snp")
)
# Words news copy uses for a title it has named otherwise: "the O's skipper" is the Orioles manager.
TITLE_SYNONYMS = {
    "skipper": frozenset(("captain", "manager")),
    "boss": frozenset(("manager", "coach", "chief", "executive", "ceo", "director", "chairman", "head")),
    "gaffer": frozenset(("manager",)),
    "supremo": frozenset(("chief", "head", "director", "chairman")),
    "tactician": frozenset(("coach", "manager")),
    "mentor": frozenset(("coach", "manager", "trainer")),
    "cop": frozenset(("officer", "commissioner", "chief", "inspector", "superintendent")),
    "lawyer": frozenset(("attorney", "counsel", "solicitor", "barrister", "advocate")),
    "attorney": frozenset(("lawyer", "counsel")),
    "medic": frozenset(("doctor", "paramedic", "nurse")),
}
# Endings of open-ended occupations: "conservationist", "the microbial ecologist" (these spare verbs
# such as "insist").
OCCUPATION_ENDINGS = ("ologist", "ographer", "alist", "ntist", "onist", "icist")
# Titles that people also carry as names: "Commissioner Sikandar Sultan Raja", "Martin Luther King".
NAME_TITLES = frozenset(
    _words("sultan king prince sheikh emir bishop judge major marshal dean earl duke pope")
)
# Chambers, sides and departments whose officers are named "Speaker of the House X", "Leader of
# the Opposition X", "Minister of the Interior X".
CHAMBERS = frozenset(
    ("house", "senate", "assembly", "parliament", "opposition", "commons", "lords", "council")
    + ("interior", "treasury")
)
# Heads of an organisation or group that speaks in news copy: "the ministry said", "police said".
GROUP_HEADS = frozenset(
    _words(
        "ministry department agency commission council committee company firm office bank "
        "police government court jury union board authority authorities officials service "
        "prosecutors investigators regulator watchdog group campaign army military navy "
        "administration embassy presidency cabinet team club league federation organisers "
        "organizers family residents center centre institute hospital hospice school charity "
        "airport airline university trust bench alliance association coalition network foundation "
        "utility forum countries governments mediators party researchers scientists experts headquarters "
        "organization organisation "
        "district leadership municipality county city borough township prosecution "
    )
)
# Countries, for a title's place before its holder's name: "President of Kazakhstan Nursultan
# Nazarbayev", "Prosecutor General of Ukraine Yuri Lutsenko".
COUNTRIES = frozenset(
    _words(
        "afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan "
        "bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana "
        "brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo "
        "croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini "
        "ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea "
        "guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica "
        "japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho "
        "liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta "
        "mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique "
        "myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau "
        "palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa "
        "senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden "
        "switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan "
        "tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe "
        "england scotland wales "
        "lanka"
    )
) | frozenset(
    (
        "sri lanka",
        "south africa",
        "south sudan",
        "south korea",
        "north korea",
        "new zealand",
        "saudi arabia",
        "costa rica",
        "el salvador",
        "sierra leone",
        "burkina faso",
        "east timor",
        "papua new guinea",
        "trinidad and tobago",
        "united states",
        "united kingdom",
        "czech republic",
        "dominican republic",
        "ivory coast",
        "cape verde",
        "solomon islands",
        "marshall islands",
        "united arab emirates",
        "north macedonia",
        "great britain",
        "northern ireland",
    )
)
# Nationality nouns that stand for a person already named: "the Frenchman said".
_COUNTRY_DEMONYMS = frozenset(
    _words(
        "frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman welshman "
        "dutchman spaniard briton dane swede finn pole serb croat czech swiss greek turk scot "
        "serbian croatian "
        "american australian canadian brazilian argentine argentinian italian german russian "
        "ukrainian norwegian belgian austrian hungarian romanian bulgarian colombian chilean "
        "peruvian mexican kenyan nigerian ghanaian ethiopian egyptian iranian indian pakistani "
        "japanese chinese korean vietnamese thai portuguese israeli palestinian saudi iraqi "
        "syrian lebanese moroccan algerian belarusian georgian armenian venezuelan cuban "
        "uruguayan ecuadorian filipino indonesian malaysian senegalese cameroonian luxembourger "
        "icelander estonian latvian lithuanian slovak slovenian maltese cypriot albanian moldovan "
        "kazakh afghan bangladeshi nepali emirati qatari jordanian tunisian libyan sudanese somali "
        "ugandan tanzanian zimbabwean jamaican haitian bolivian paraguayan taiwanese singaporean "
    )
)
# "Ukraine’s", "Britain's": a possessive that begins like a nationality word names a country.
# The same for regions, cities and more countries ("the Tasmanian said"); their first letters
# are too common in names ("Queenslander", "Queen's") to mark a country's possessive.
DEMONYMS = _COUNTRY_DEMONYMS | frozenset(
    _words(
        "tasmanian queenslander victorian texan californian floridian londoner scouser glaswegian "
        "aucklander kiwi aussie catalan basque bavarian sicilian parisian mancunian yorkshireman "
        "cornishman ulsterman dubliner quebecer albertan ontarian bostonian sydneysider zulu punjabi "
        "bengali tamil kurd pashtun uzbek tajik mongolian burmese cambodian laotian namibian zambian "
        "malawian rwandan congolese ivorian malian liberian gambian guinean mauritian mozambican "
        "angolan eritrean yemeni omani bahraini kuwaiti azerbaijani azeri bosnian macedonian kosovar "
        "montenegrin trinidadian guyanese salvadoran guatemalan honduran nicaraguan panamanian "
        "fijian samoan tongan papuan zealander welshwoman scotswoman brit kyrgyz turkmen slovene "
        "montrealer torontonian vancouverite calgarian melburnian muscovite canberran"
    )
)
# Adjectives of nationality that are no nouns for a person: "Turkish Cypriot Ersin Tatar".
NATION_ADJECTIVES = frozenset(
    _words("turkish british english irish scottish welsh danish swedish finnish polish spanish french dutch")
)
# Every word for a nationality, noun or adjective: "Kenyan", "Turkish".
NATIONALITY_WORDS = DEMONYMS | NATION_ADJECTIVES
NATIONALITY_STEMS = frozenset(d[:4] for d in _COUNTRY_DEMONYMS if len(d) > 4)


def plural_demonym(low: str) -> bool:
    """Return True for a nation's people: "kenyans", "britons" (not "jones", no nationality)."""
    return low.endswith("s") and low[:-1] in DEMONYMS


# Capitals that stand for their country's government: "Khartoum’s top diplomat", "Moscow's envoy".
_CAPITALS = dict(
    pair.split(":")
    for pair in _words(
        "moscow:russian kyiv:ukrainian kiev:ukrainian beijing:chinese tehran:iranian "
        "khartoum:sudanese cairo:egyptian riyadh:saudi damascus:syrian baghdad:iraqi kabul:afghan "
        "islamabad:pakistani delhi:indian dhaka:bangladeshi tokyo:japanese seoul:korean "
        "taipei:taiwanese manila:filipino jakarta:indonesian hanoi:vietnamese ottawa:canadian "
        "brasilia:brazilian caracas:venezuelan bogota:colombian havana:cuban london:british "
        "paris:french berlin:german rome:italian madrid:spanish budapest:hungarian minsk:belarusian "
        "tbilisi:georgian yerevan:armenian nairobi:kenyan abuja:nigerian jerusalem:israeli "
        "beirut:lebanese amman:jordanian doha:qatari tripoli:libyan algiers:algerian rabat:moroccan "
        "tunis:tunisian kampala:ugandan harare:zimbabwean athens:greek belgrade:serbian "
        "zagreb:croatian bucharest:romanian sofia:bulgarian stockholm:swedish oslo:norwegian "
        "dublin:irish lisbon:portuguese vienna:austrian "
    )
)


def country_stem(word: str) -> str | None:
    """Return the nationality stem of a country or its capital ("Ukraine", "Kyiv": "ukra"), else None."""
    low = word.lower()
    stem = low[:4] if low[:4] in NATIONALITY_STEMS else _CAPITALS.get(low, "")[:4]
    return stem or None


# Name endings that make an organisation a company: "the company said" after "Acme Corp".
CORPORATE = frozenset(
    _words(
        "inc corp corporation ltd plc llc co group holdings company ag sa se nv aerospace airlines "
        "airways motors technologies systems robotics resources energy pharmaceuticals industries "
        "partners capital labs logistics "
    )
)
# Words a title leaves in lower case: "The Owl Who Was Afraid of the Dark".
TITLE_MINOR_WORDS = frozenset(_words("a an the of in on at to for and or but with from by as is who "))
# Words after which a capitalised quote names a work rather than repeats speech.
WORK_WORDS = frozenset(
    _words(
        "was is were are be film movie book novel song album show series play documentary "
        "thriller drama comedy memoir report paper study exhibition opera musical single podcast "
        "submission manifesto strategy programme program initiative slogan motto "
    )
)
# Family words that name a person through another: "her father, José Mendonça".
KIN = frozenset(
    _words("father mother son daughter husband wife brother sister grandfather grandmother widow ")
)
# Words that tell a person's gender when they stand before or beside the name. Job titles
# (`spokesman`, `chairman`) are left out: news uses them for women too.
GENDERED = {
    **dict.fromkeys(
        _words(
            "husband son father brother grandson grandfather uncle nephew boyfriend widower "
            "king prince emperor sir lord "
        ),
        "m",
    ),
    **dict.fromkeys(
        _words(
            "wife daughter mother sister granddaughter grandmother aunt niece girlfriend widow "
            "queen princess empress dame lady "
        ),
        "f",
    ),
}
LEADER_HEADS = frozenset(_words("president premier chancellor minister leader king queen emir "))
# Styles of address before a title or a name, no part of either: "H.H. Sheikh", "Her Majesty Queen".
STYLES = frozenset(_words("highness excellency majesty h.h h.e h.r.h hrh"))
# "Shri", "Smt" (India), "Alhaji", "Alhaja" (West Africa), "Ir" (an engineer, in Malaysia and
# Indonesia) and police ranks (`SP`, `ACP` in Nigeria and India) come before names.
# "Cr", "Cllr" (councillor, in Australia and Britain) stand before a name like an honorific; so do
# styles of address ("His Highness", "H.E.", "HRH").
HONORIFICS = STYLES | frozenset(
    _words(
        "mr mrs ms miss dr sir dame lord lady comrade hon barr engr alhaji alhaja sp asp dsp csp acp dcp "
        "cr cllr clr crs cllrs coun honorable honourable shri sri smt shrimati datuk dato datin seri tun "
        "fr father madam revd mallam malam ir "
    )
)
# Police ranks written in capitals before a name ("DI Nigel Parr", "PC Jane Cole"); "Di" in
# "Flavio Di Giacomo" is a name's particle.
CAPITAL_HONORIFICS = frozenset(["di", "dci", "ds", "dsu", "dcs", "dc", "pc", "pcso"])


def is_honorific(word: str) -> bool:
    """Return True when `word` is an honorific before a name: "Mr", "Dr.", "Cllr", "DI"."""
    low = word.lower().rstrip(".")
    return low in HONORIFICS or (low in CAPITAL_HONORIFICS and word.isupper())


# Letters after a name (`Anne Smith KC`, `John Doe MP`): honours and offices, not part of the name.
POST_NOMINALS = frozenset(
    ["KC", "QC", "SC", "MP", "MS", "AM", "MSP", "MEP", "TD", "MLA", "MLC", "MNA", "MPP", "OBE", "MBE", "CBE"]
    + ["KBE", "DBE", "PhD"]
    # Australian honours: "Brian Collins OAM"
    + ["OAM", "AO", "PSM", "APM"]
    # religious orders: "Father Jordan Perry OP", "Father Charlie Donahue, CSP"
    + ["OP", "SJ", "OFM", "OSB", "CSP", "SVD", "MSC"]
    # a parish priest, in Ireland: "Fr John O’Reilly PP"
    + ["PP"]
    # professional memberships and offices: "Caroline Diamantis MPS", "Mark Lee FRCS", "Ann Cole JP"
    + ["MPS", "FRCS", "FRCP", "MRCP", "FRCGP", "FRS", "FRSE", "JP", "DL"]
)
# Abbreviated titles and the title they stand for: "the CM" is the chief minister.
ROLE_ABBREVIATIONS = {
    "cm": "chief minister",
    "cs": "cabinet secretary",
    "gm": "general manager",
    "ceo": "chief executive",
    "ce": "chief executive",
    "pm": "prime minister",
    "fm": "first minister",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "cto": "chief technology officer",
    "cao": "chief administrative officer",
    "md": "managing director",
    "ps": "permanent secretary",
    "cp": "commissioner of police",
    "igp": "inspector general of police",
    "dg": "director general",
    "pro": "public relations officer",
    "vc": "vice-chancellor",
    "ag": "attorney general",
    "cji": "chief justice",  # of India
    "da": "district attorney",
    "dpp": "director of public prosecutions",
    "sho": "station house officer",  # of a police station, in South Asia
}
# Abbreviated titles before a name: "State Sen. Marcus Ortega" is "the senator".
TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "sgt": "sergeant",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "adm": "admiral",
    "cmdr": "commander",
    "brig": "brigadier",
    "det": "detective",
    "insp": "inspector",
    "ins": "inspector",
    "supt": "superintendent",
    "prof": "professor",
    "cllr": "councillor",
}
NAME_PARTICLES = frozenset(
    _words("von van der den de da di do du del della dos das la le bin ibn al el ten ter dela ap ")
)
# Capitalised words that start sentences or phrases but never begin a name.
NOT_NAME_WORDS = frozenset(
    _words(
        "the a an in on at by of for from to with without into but and or so yet meanwhile "
        "however earlier later despite amid as after before since while when if this that these "
        "those it its he she they we i you his her their our my your there here what who why how "
        "over under notably further also speaking according taking asked still then once thus "
        "instead indeed monday tuesday wednesday thursday friday saturday sunday january february "
        "march april may june july august september october november december today yesterday "
        "feb aug sept oct nov dec "
        "tomorrow one no every each all some many most both either neither several another other such q a "
        "outside inside during across among around near within throughout following including "
        "unlike beyond against along toward towards until amid although though because unless "
        "whether now soon again already perhaps maybe only just even nearly almost back next "
        "first finally overall last born would could should did does do is are was were has have "
        "had shall might must about above below behind beneath between besides up down off "
        "upon via per than like afterwards afterward meanwhile separately elsewhere nevertheless "
        "moreover likewise similarly instead otherwise everyone everybody nobody someone somebody "
        "anyone anybody everything nothing something anything midway seconds minutes hours days "
        "weeks months years decades moments hundreds thousands dozens scores millions two three four "
        "five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty "
        "ninety hundred not through away article others due ask needless "
        # sentence adverbs and interjections: "Well Adie Orr and Darren Lyons both said …"
        "well yes sadly unfortunately fortunately luckily thankfully hopefully clearly obviously "
        "interestingly surprisingly ironically "
        # a feeling pinned on a name at a sentence's start: "Heartbroken Brianna told the court …"
        "heartbroken devastated distraught tearful grieving bereaved furious angry delighted elated "
        "overjoyed ecstatic thrilled stunned shocked relieved jubilant defiant "
        # web furniture glued to a story's line: "Related Articles Anwar Ibrahim …"
        "related articles stories advertisement trending "
    )
)
# A word in a capitalised sequence that marks an organisation or place rather than a person.
# The last word of a body's name: "… Regional Corporation", "… Hospice Trust".
BODY_HEADS = frozenset(
    _words(
        "corporation council commission ministry department authority agency service services centre "
        "center company association union university hospital police board foundation institute club "
        "trust society charity bureau party"
    )
)
# Words that end a body's name inside an office: "Head of the KPK News Section Ali Fikri".
BODY_ENDS = BODY_HEADS | frozenset(_words("section division unit directorate office committee court staff"))
ORG_WORDS = frozenset(
    _words(
        "organization organisation union council commission ministry department force forces "
        "storm hurricane cyclone typhoon "
        "agency news party assembly nations house office army navy bank court group company inc "
        "corp ltd plc llc university times post network committee parliament senate congress government "
        "kremlin federation republic kingdom states united administration police service "
        "institute center centre foundation association alliance league club board authority fund "
        "press media tv television radio platform social treaty summit war north south east west "
        "new saudi city aerospace airlines airways motors technologies robotics resources "
        "pharmaceuticals industries logistics hospital hospice school charity airport trust "
        "forum coalition society power energy utilities herald daily tribune gazette journal telegraph "
        "bureau chronicle courier staff headquarters hospitals schools trusts councils college colleges "
        "library libraries museum museums "
        "partnership consortium initiative "
        # local government areas: "Tumbarumba Shire", "the Borough of Barnet"
        "shire borough municipality township "
        # bodies named in Hindi and Urdu: "Hind Mazdoor Sabha", "Bharatiya Mazdoor Sangh"
        "sabha sangh samiti parishad morcha manch sangathan nigam "
    )
)
# Last words of the names of events and things, which never name a person: "the World Cup",
# "Ebola Virus Disease".
THING_HEADS = frozenset(
    _words(
        "stadium arena cup slam championship championships classic games olympics paralympics "
        "tournament trophy series prix marathon festival awards award prize disease virus syndrome "
        "airport highway motorway expressway museum gallery theatre theater cinema zoo hospital clinic "
        "act bill treaty accord agreement programme program scheme project index fire wildfire bushfire "
        "weekend holiday "
    )
)
# The same for places, but these are surnames too ("Mia Park", "Stuart Hall"): only a name the
# text puts behind a preposition ("at Celtic Park") is the place.
PLACE_HEADS = frozenset(
    _words(
        "park ground grounds oval road avenue lane square bridge river lake mountain island valley "
        "station beach bay coast forest hall palace tower plaza mall market hotel temple church street"
    )
)
# Portfolio words of an office: "Secretary for Housing", "Department of Health and Social Care".
PORTFOLIOS = frozenset(
    _words(
        "housing health education further higher defence defense finance justice trade transport "
        "foreign home agrarian policy elementary primary secondary tertiary vocational professional "
        "training territorial administration climate change conservation environmental external "
        "affairs state interior environment energy labour labor culture treasury industry "
        "agriculture security development economy infrastructure communications science "
        "technology tourism sport sports employment welfare immigration communities food rural human "
        "rights refugees intelligence lands natural resources information works fisheries mines "
        "water sanitation youth women gender children family social care protection local "
        "government public service services digital railways roads highways aviation petroleum "
        "commerce investment veterans arts heritage national administration cooperation "
        "integration regional relations international religious legal constitutional budget "
        "planning revenue pensions climate change forestry wildlife tertiary higher electricity "
        "mineral minerals petroleum gas oil staff police army fire emergency management safety "
        "operations business small opposition cabinet bridges ports shipping road oversight community "
        "bodies strategy marketing sales research innovation engineering partnerships programmes programs "
        "enterprise enterprises prosecutions schools transit terrorism financial "
    )
)
PREPOSITIONS = frozenset(
    _words(
        "in on at by of for from to with without into between about against among during toward "
        "towards than like over under via per amid despite after before since through across "
        "along around near outside inside beyond behind past alongside beside unlike "
    )
)
ABBREVIATIONS = frozenset(
    _words(
        "mr mrs ms dr st gen sen rep gov lt col sgt jr sr inc corp co ltd vs no prof rev jan feb "
        "aug sept oct nov dec capt maj cmdr adm hon barr engr det insp ins supt cllr dep brig coun cr cpl "
        "const fr msgr "
    )
)
VENUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), label)
    for p, label in (
        (r"\b(?:press|news) conference\b|\bpress briefing\b|\bbriefing\b", "press conference"),
        (r"\bTruth Social\b", "Truth Social"),
        (r"\b(?:on|to) (?:social media platform )?(?-i:X)\b|\b(?-i:X) post\b", "X"),
        (r"\b(?:TV|television) interview\b|\binterview\b", "interview"),
        (r"\bstate (?:TV|television)\b|\btelevision\b|\bTV\b", "television"),
        (r"\btold (?:reporters|journalists)\b|\bto (?:reporters|journalists)\b", "reporters"),
        (r"\bin a statement\b|\bstatement\b", "statement"),
        (r"\bon (?:Twitter|Facebook|Telegram|Instagram)\b", "social media"),
    )
)


# Reporting verbs that may come before their subject: "…, said Jeffery Nemeth".
INVERTED = frozenset(
    ("said", "says", "added", "adds", "explained", "noted", "stressed", "insisted", "warned")
)


def venue_of(sentence: str) -> str | None:
    """Return where the words of `sentence` were said (`press conference`, `X`), if it says."""
    for pattern, label in VENUES:
        if pattern.search(sentence):
            return label
    return None


# Time zones, written after a clock time: "effective 6 p.m. ET, it ended its lockout".
TIME_ZONES = frozenset(
    _words(
        "ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST EET IST AEST AEDT AWST ACST "
        "NZST NZDT JST KST HKT SGT WAT EAT CAT SAST"
    )
)
# Days of the week, which time phrases around a verb name: "Beijing on Tuesday accused".
WEEKDAYS = frozenset(_words("monday tuesday wednesday thursday friday saturday sunday "))
MONTHS = frozenset(
    _words("january february march april may june july august september october november december ")
)
# Written words a body issues and that can speak for it: "the statement said", "according to the
# joint statement released by X".
WRITTEN = frozenset(
    _words(
        "statement letter release filing post readout communique editorial commentary warning alert "
        "notice advisory memo memorandum email "
    )
)
# Verbs by which a source passes on someone's words: "reported X saying", "quoted X as saying".
REPORTING = frozenset(("quoted", "quotes", "quoting", "reported", "reports", "cited", "cites"))
# Documents that stand for the body that issued them as the subject or object of a cue: "the
# statement said", "said the report", "according to the communiqué".
DOCUMENTS = WRITTEN | {"communiqué", "report", "column", "article", "message"}

# A small count, in figures or words: "the father of two", "a mother of 3".
COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"

# Subordinating conjunctions: a clause after one has a subject of its own.
CONJUNCTIONS = frozenset(
    _words("unless if until because when before after although though while whereas since ")
)

# Cues that open a sentence before their speaker, never a given name ("Said" may be one): "Says
# Rambhau Avhad, an onion farmer: “…”".
INVERTED_CUES = frozenset(("says", "adds", "asks", "explains", "recalls", "notes", "insists", "warns"))
# Verbs of a title-case headline, after its subject's full name: "Suvendu Adhikari Slams TMC's
# Mega Rally", "Jane Doe Hails Ruling".
HEADLINE_VERBS = INVERTED_CUES | frozenset(
    _words(
        "slams blasts hails urges vows accuses rejects defends praises criticises criticizes lashes "
        "dismisses denies welcomes claims admits reveals demands responds reacts confirms"
    )
)
# Nouns for a kind of place after its name: "of Emganwini suburb", "from Kibera village".
PLACE_NOUNS = frozenset(_words("suburb township village estate district area ward parish"))
# Words that open another clause after a comma: "“…” Merz began, before Trump cut in".
CLAUSE_JOINERS = CONJUNCTIONS | {"as", "but", "and"}

# US party-state tags after a lawmaker's name ("Sen. Dale Whitcomb, R-Texas,", "(D-Wash.)"): AP
# state abbreviations, so that "the Texas Republican" or "the Washington Democrat" finds them.
PARTIES = {"R": "Republican", "D": "Democrat", "I": "Independent"}
US_STATES = {
    **dict.fromkeys(["Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"], None),
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}


def state_short_form(text: str, word: str, end: int) -> bool:
    """Return True when `word`, ending at `end` in `text`, and the stop after it are a US state's
    short form: "Ala.", "Fla."."""
    return word + "." in US_STATES and text[end : end + 1] == "."


# What one claims by winning or taking it: "claimed victory", "claimed their first title".
PRIZES = frozenset(
    ("victory", "victories", "win", "wins", "title", "titles", "gold", "silver", "bronze", "medal", "medals")
    + ("crown", "trophy", "lives", "seat", "seats", "points", "pole", "wicket", "wickets", "prize", "spot")
)
# Words between "claimed" and the prize: "their first", "a hard-fought", "the world".
PRIZE_LEADS = frozenset(
    ("their", "his", "her", "its", "our", "a", "an", "the", "another", "first", "second", "third", "fourth")
    + ("fifth", "maiden", "straight", "successive", "consecutive", "narrow", "emphatic", "famous", "historic")
    + ("hard-fought", "world", "olympic", "top", "two", "three", "both", "all", "three-point", "two-point")
)


def claims_prize(lows: list[str]) -> bool:
    """Return True when the words after "claimed" name a prize, up to three words leading to it."""
    led = next((j for j, low in enumerate(lows) if low not in PRIZE_LEADS), len(lows))
    return led < len(lows) and lows[led] in PRIZES


# Prepositions of two words: "Ahead of the match, Koller said", "Rather than predict victory, she".
# ("Dan Rather said" and "Matthew Prior" stay names: only a sentence's first word before its
# second word is read.)
PREPOSITION_PAIRS = frozenset(
    [("ahead", "of"), ("rather", "than"), ("prior", "to"), ("thanks", "to"), ("apart", "from")]
    + [("aside", "from"), ("together", "with"), ("regardless", "of"), ("irrespective", "of")]
    + [("owing", "to"), ("instead", "of"), ("because", "of"), ("close", "to"), ("next", "to")]
)
