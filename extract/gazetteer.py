"""Gazetteers of towns, regions, bodies and support measures, and a matcher over them.

Pure Python (no spaCy): qa/ uses it to read names out of questions, the pipeline to label entities.
Canonical names follow corpus/ANNOTATION.md ("Entities").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# Templates in bodies.csv ("Government of <Region>") are built by context rules, not matched literally.
TEMPLATE = re.compile(r"<(Region|Town)>")
# after a comma, the next body of a list, not more words of this one ("Department of X, Teykovo Employment Centre")
NEXT_BODY = (r"(?:PJSC|OJSC|CJSC|JSC|LLC|MUP|MUE|FGBU|FBU|MBU|MKU|MAU|GBU|GKU|GAU|FKU|SUE|GUP|FGUP|ANO)\b|"
             r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} (?:Centre|Center|Fund|Administration|Office|Committee|Agency|Service|Bank|"
             r"Corporation|Department|Directorate|Division|Ministry|Government)\b|"
             r"(?:Ministry|Department|Committee|Agency|Directorate|Service|Office|Administration|Government|Fund) (?:of|for|on)\b")
# Abbreviations match case-sensitively ("MED" but not "med"); longer names ignore case.
SHORT = 5


# capitalised words that start body names, not towns ("Head of the Working Group")
NOT_TOWN = {"Administration", "Executive", "Working", "Group", "Commission", "Council", "Ministry", "Fund", "Government", "Department", "Presidium",
            "Board", "Committee", "Programme", "Project", "Agency", "Office", "Service", "Federal", "State", "Russian",
            "Federation", "Republic", "Oblast", "Krai", "Region", "Supervisory", "Governmental", "Presidential",
            "Division", "Section", "Sector", "Directorate", "Unit", "Inspectorate"}


REGION_HEADS = {h.lower(): h for h in ("Government", "Administration", "Governor", "Cabinet of Ministers", "Head",
                                        "Prosecutor's Office", "Deputy Governor", "First Deputy Governor", "Vice-Governor")}


@dataclass(frozen=True)
class Match:
    label: str  # TOWN | REGION | BODY | MEASURE
    text: str  # as written
    normalized: str  # canonical name
    start: int
    end: int


def translit_key(name: str) -> str:
    """A spelling-insensitive key: "Usolye-Sibirsky", "Usolie Sibirskiy" and "Usolye-Sibirskoye" agree."""
    key = name.lower().replace("'", "").replace("’", "").replace("ʹ", "")
    key = re.sub(r"[-\s]+", " ", key).strip()
    words = []
    for w in key.split():
        w = re.sub(r"(skoye|skoe|skiy|skii|skij|sky|ski|skaya|skaia|skaja)$", "sk", w)
        w = re.sub(r"(yy|iy|ii|ij|yi)$", "y", w)
        w = w.replace("yo", "e").replace("ye", "e").replace("ie", "e").replace("yu", "u").replace("iu", "u")
        w = w.replace("ya", "a").replace("ia", "a").replace("kh", "h").replace("zh", "j").replace("j", "j")
        words.append(w)
    return " ".join(words)


def body_key(name: str) -> str:
    """Lookup key of a body name: lower case, one space, no article after "of"."""
    return re.sub(r"\bof the ", "of ", " ".join(name.lower().split()))


def _read(data_dir: Path, name: str) -> list[dict[str, str]]:
    with open(data_dir / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _aliases(row: dict[str, str], *names: str) -> list[str]:
    out = [n for n in names if n]
    out += [a.strip() for a in (row.get("aliases_en") or "").split(";") if a.strip()]
    return out


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


PLURALS = {"territory": "territories", "plan": "plans", "programme": "programmes", "park": "parks", "loan": "loans",
           "agreement": "agreements", "subsidy": "subsidies", "team": "teams", "zone": "zones", "guarantee": "guarantees",
           "technopark": "technoparks", "incubator": "incubators", "exemption": "exemptions", "program": "programs",
           "project": "projects", "contribution": "contributions", "benefit": "benefits", "rate": "rates",
           "plot": "plots", "site": "sites", "fund": "funds", "grant": "grants", "rating": "ratings"}


def _plural(word: str) -> str:
    if word.lower() in PLURALS:
        return PLURALS[word.lower()]
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + ("es" if re.search(r"(?:s|x|ch|sh)$", word) else "s")


def _with_plurals(alias: str) -> list[str]:
    """The alias and its plural: the listed countable head noun, else the head before "of" or the last word
    ("integrated investment plans", "priority development areas"); "A B" also as "B of A(s)" ("rating of monotowns")."""
    words = alias.split(" ")
    out = [alias]
    listed = [i for i, w in enumerate(words) if w.lower() in PLURALS]
    head = listed[0] if listed else (words.index("of") - 1 if "of" in words[1:] else len(words) - 1)
    if words[head].isalpha() and words[head].islower() or listed:
        out.append(" ".join(words[:head] + [_plural(words[head])] + words[head + 1:]))
    if len(words) == 2 and alias.islower() and all(w.isalpha() for w in words):
        out += [f"{words[1]} of {words[0]}", f"{words[1]} of {_plural(words[0])}"]
    return out


# British and American spellings and the usual ways of writing compounds: each alias is listed in one form only
SPELLINGS = [("insurance contributions", "insurance premiums"), ("programme", "program"), ("isation", "ization"), ("centre", "center"), ("labour", "labor"),
             ("socio-economic", "socioeconomic"), ("socio-economic", "social and economic"), ("co-financing", "cofinancing"),
             ("single-industry", "single industry"), ("mono-town", "monotown")]


def spelling_variants(alias: str) -> list[str]:
    """The alias and its other spellings ("programme"/"program", "-isation"/"-ization", ...)."""
    out = [alias]
    for a, b in SPELLINGS:
        for v in list(out):
            for x, y in ((a, b), (b, a)):
                if x in v.lower():
                    w = re.sub(re.escape(x), y, v, flags=re.I)
                    if w not in out:
                        out.append(w)
    return out


def _is_short(alias: str) -> bool:
    return len(alias) <= SHORT or (alias.isupper() and " " not in alias)


class Gazetteer:
    """Names from extract/data/*.csv and a longest-match finder over them."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.towns: dict[str, str] = {}  # lower alias -> name_en
        self.town_regions: dict[str, set[str]] = {}  # name_en -> regions it occurs in
        self.town_keys: dict[str, str] = {}  # translit key -> name_en
        self.regions: dict[str, str] = {}
        self.region_keys: dict[str, str] = {}
        self.bodies: dict[str, str] = {}
        self.body_kinds: dict[str, str] = {}  # canonical -> kind
        self.measures: dict[str, str] = {}
        self._short: dict[str, tuple[str, str]] = {}  # exact-case abbreviation -> (label, canonical)

        for row in _read(data_dir, "monotowns.csv"):
            name = row["name_en"]
            self.town_regions.setdefault(name, set()).add(row["region_en"])
            for alias in _aliases(row, name):
                self.towns[alias.lower()] = name
                self.town_keys[translit_key(alias)] = name
        for row in _read(data_dir, "regions.csv"):
            name = row["name_en"]
            for alias in _aliases(row, name):
                self.regions[alias.lower()] = name
                self.region_keys[translit_key(alias)] = name
            for suffix, words in (("Oblast", ("Region",)), ("Krai", ("Territory", "Krai"))):
                if name.endswith(" " + suffix):
                    stem = name[: -len(suffix) - 1]
                    for w in words:
                        self.regions[f"{stem} {w}".lower()] = name
        for row in _read(data_dir, "bodies.csv"):
            canon = row["canonical"]
            self.body_kinds[canon] = row["kind"]
            if TEMPLATE.search(canon):
                continue
            for alias in _aliases(row, canon, row["name_en"]):
                if alias.islower() and " " not in alias:
                    continue  # a bare common word ("working") is no name
                if _is_short(alias):
                    self._short[alias] = ("BODY", canon)
                else:
                    for spelled in spelling_variants(alias):
                        self.bodies.setdefault(body_key(spelled), canon)
        for row in _read(data_dir, "measures.csv"):
            canon = row["name_en"]
            for alias in _aliases(row, canon):
                if _is_short(alias):
                    self._short[alias] = ("MEASURE", canon)
                    if alias.isupper():
                        self._short[alias + "s"] = ("MEASURE", canon)  # "TASEDs"
                    continue
                for spelled in spelling_variants(alias):
                    for variant in _with_plurals(spelled):
                        self.measures.setdefault(body_key(variant), canon)
        # measures written in ways an alias list cannot hold ("training of the Yurga management team")
        self._measure_patterns = [(re.compile(r["pattern"], re.I), r["name_en"]) for r in _read(data_dir, "measure_patterns.csv")]
        self._compile()

    def _compile(self) -> None:
        region_alt = _alternation([a for a in self.regions])
        town_alt = _alternation([a for a in self.towns])
        # a name's second word is never the settlement type ("the Ust-Katav Urban District")
        name = r"(?!(?i:the|krai|oblast|republic|okrug|region)\b)[A-Z][\w'’-]+(?:[ -](?!(?i:urban|municipal|rural|district|settlement|okrug|town|city)\b)[A-Z][\w'’-]+)?"
        self._region_re = re.compile(rf"\b(?:{region_alt})\b", re.I)
        self._town_re = re.compile(rf"\b(?:{town_alt})\b", re.I)
        # "administrations of monotowns" also matches "administrations of the monotowns"
        body_alt = _alternation(list(self.bodies)).replace(r"\ of\ ", r"\ of\ (?:the\ )?")
        self._body_re = re.compile(rf"\b(?:{body_alt})\b", re.I)
        measure_alt = _alternation(list(self.measures)).replace(r"\ of\ ", r"\ of\ (?:the\ )?")
        self._measure_re = re.compile(rf"(?<!\w)(?:{measure_alt})(?!\w)", re.I)
        self._short_re = re.compile(rf"\b(?:{_alternation(list(self._short))})\b")
        reg = rf"(?P<region>(?i:the )?(?i:{region_alt}))"
        # ... 'of the municipal formation "the town of Tulun"' names the town in quotes
        twn = (r'(?:(?i:the )?(?i:municipal formation|municipality|urban district|urban okrug|urban settlement|municipal district) '
               # ... 'the urban settlement "Working Settlement Chegdomyn"'
               r'"(?i:the )?(?:(?i:town|city) of |(?i:working |work |workers\' |urban-type )?(?i:settlement|village) (?:(?i:of) )?)?|'
               # ... 'of the municipal formation of the urban district "Vorkuta"'
               r'(?i:the )?(?i:municipal formation|municipality) of (?i:the )?(?i:urban district|urban okrug|urban settlement|'
               r'municipal district) "(?i:the )?(?:(?i:town|city) of )?|'
               # "the municipal formation - urban district town of Skopin"
               r'(?i:the )?(?i:municipal formation|municipality) ?[-–—] ?(?i:urban district|municipal district|urban settlement)'
               r'(?: (?i:town|city))?(?: of)? |'
               # ... "the urban district the town of Neftekamsk" (a literal translation)
               r'(?i:the )?(?i:urban district|town district|municipal district|urban settlement) (?:of the |the )?(?i:town|city) of |'
               # "the administration of the municipal formation of the town of Aleksin"
               r'(?i:the )?(?i:municipal formation|municipality) of (?i:the )?(?i:town|city) of |'
               # ... "the municipal formation the working settlement Pervomaysky" (literal too)
               r"(?i:the )?(?i:municipal formation) (?i:the )(?i:town|city|(?:working |work |workers' |urban-type )?settlement)(?: of)? |"
               r'(?:the )?(?:ZATO|closed administrative-territorial formation(?: of)?) |'
               # "the municipal district Beloretsk District", "the urban district Kumertau"
               r'(?i:the )?(?i:municipal district|urban district|town district|urban settlement|municipal formation) (?:(?i:town|city) of )?(?=[A-Z][\w\'’-]+(?: (?i:district)\b|[ ,.;:()]|$))|'
               rf"(?i:the (?:town|city|monotown|municipality|urban settlement|urban district|workers' settlement|work settlement|"
               rf"urban-type settlement|rural settlement|settlement|village|municipal district) of )|(?i:the) "
               # "the Administration of the town Abaza": a literal translation, for listed towns only (_add_template)
               r"(?:(?P<bare>(?i:town|city|monotown)) )?)?"
               rf"(?P<town>{name})"
               r'"?(?: (?i:urban settlement|urban district|municipal district|town district|municipality|urban okrug|'
               r'rural settlement|settlement council|village council))?')
        # a town in a list: "Zarinsk", '"Town of Votkinsk"', "the work settlement of Stepnoye Ozero"
        who = r'(?: \((?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?\))?'  # '"Novodvinsk" (S.A. Belyaev) and ...': its head
        listed = (r'(?:"(?i:town|city) of {n}"|"{n}"|(?:the )?(?:(?i:work |working |workers\' |urban-type )?settlement (?:of )?|town of |ZATO |'
                  r'closed administrative-territorial formation of |(?i:urban|municipal) district of )?{n}'
                  # ... "the Luza urban settlement and of the Kirs urban settlement", "Yefremov district", "the working
                  # settlement Pervomaysky of Shchyokino district"
                  r'(?: (?i:urban settlement|urban district|municipal district|rural settlement|urban okrug|district)|'
                  r' of [A-Z][\w-]+ (?i:district|municipal district))?)'
                  .replace("{n}", name))
        self._templates = [
            # "Government of Kemerovo Oblast", "Administration of the Republic of Tatarstan", "Governor of ..."
            (re.compile(rf"\b(?P<head>(?i:(?:First )?Deputy Governor|Vice-Governor|Government|Administration|Governor|Cabinet of Ministers|Head|Prosecutor's Office))(?i:s? of ){reg}\b"), "region"),
            # "the Legislative Assembly of Perm Krai", "the State Council of the Republic of Tatarstan": its parliament
            (re.compile(rf"\b(?P<head>(?i:Legislative Assembly|Duma|State Council|People's Khural|State Assembly)) of {reg}\b"), "parliament"),
            # "the Deputy Prime Minister of the Government of the Republic of Bashkortostan": a regional government's office
            (re.compile(rf"\b(?P<head>(?:First )?Deputy (?:Prime Minister|Chairman)|Prime Minister|Chairman) of the Government of {reg}\b"), "region_gov_post"),
            # "the Chief Federal Inspector for Murmansk Oblast": the envoy's officer in the region
            (re.compile(rf"\b(?P<head>Chief Federal Inspector) (?:for|in) {reg}\b"), "region_for"),
            # "the State Labour Inspectorate in Voronezh Oblast": a federal body's office in the region
            (re.compile(rf"\b(?P<head>State (?:[A-Z][\w-]* ){{1,3}}(?:Inspectorate|Service)) in {reg}\b"), "region_in"),
            # "the Governments of Sverdlovsk Oblast and Kemerovo Oblast": the second one
            (re.compile(rf"\b(?P<head>Government|Administration|Governor)s of (?:the )?(?i:{region_alt}) and {reg}\b"), "plural_second"),
            # "the project office of Vologda Oblast"
            (re.compile(rf"\b(?P<head>(?i:(?:regional )?project (?:office|committee)|situation (?:centre|center))) of {reg}\b"), "region_office"),
            # "Kemerovo Oblast Government"
            # "Ministry of Economic Development of Kemerovo Oblast", "Department of Investment of ..."
            # ... "Department of Labour of the Administration of Vladimir Oblast": the region's unit, named without its executive
            # ... "Financial Directorate of Tambov Oblast": an adjective before the head word names it too
            # ... "Employment Directorate of Amur Oblast": a field's name before the head word
            (re.compile(rf"\b(?P<head>(?:Financial|Legal|Main|Chief|State|Regional|Interdepartmental|Interagency) (?:[A-Z][\w-]* ){{0,2}}(?:Directorate|Department|Inspectorate|Service|Administration)|"
                        rf"(?:(?!(?:The|To|For|By|And|Of|In|On|At|With|Responsible|Executors?|Deadline|Report|Copy|Dear|Present|Invited|Co-executors?)\b)[A-Z][a-z-]+ ){{1,2}}(?:Directorate|Department|Inspectorate|Service|Agency|Committee|Fund|Employment Cent(?:re|er))) of {reg}\b"), "ministry"),
            # "the State Committee of the Republic of Bashkortostan on Entrepreneurship and Tourism": the field after the region
            (re.compile(rf"\b(?P<head>(?:State )?(?:Committee|Agency|Inspectorate|Service)) of {reg} (?P<field>(?:on|for) (?:the )?[A-Z][\w'’-]*"
                        rf"(?:(?:, (?!the )|,? (?:and |of |for |the )*)(?!Russian\b|Cabinet\b|Government\b|Ministry\b)[A-Z][\w'’-]*)*)"), "ministry"),
            (re.compile(rf"\b(?<!Executive )(?P<head>(?:(?:Main|Chief|State|Regional|Interdepartmental|Interagency|Territorial|Press|Legal|Organisational|Organizational|Information|Protocol|Project) |(?!(?:The|To|For|By|And|Of|In|On|At|With)\b)[A-Z][a-z]+ (?:Policy|Affairs|Relations|Control|Planning|Monitoring|Analysis|Support|Work) )?(?:Ministry|Department|Committee|Agency|Directorate|Council|Commission|Service|Inspectorate|Office|Headquarters|Corporation|Fund|Foundation|Centre|Center) (?:of|for|on) (?:the )?[A-Z][\w'’-]*(?:(?:, (?!the )|,? (?:and |of |for |the )*)(?!Russian\b|Cabinet\b|Government\b|Ministry\b)[A-Z][\w'’-]*)*?)(?: of the (?:Administration|Government))? of {reg}\b"), "ministry"),
            # "the department of investment and strategic development of Kemerovo Oblast": a region's unit in lower case
            (re.compile(rf"(?<=\bthe )(?P<head>(?:department|committee|directorate|agency|inspectorate) (?:of|for|on) (?:the )?[a-z][\w'’-]*"
                        rf"(?:,? (?:and |of |for |on |the )*(?!the\b)[a-z][\w'’-]*){{0,6}}?) of {reg}\b"), "ministry"),
            # "Department of Economic Development of the Administration of Yurga": a town administration's unit
            (re.compile(rf"\b(?P<head>(?:Department|Committee|Directorate|Office|Division) (?:of|for|on) (?:the )?[A-Z][\w'’-]*(?:(?:, (?!the )|,? (?:and |of |for |the )*)(?!Administration\b|(?:Department|Committee|Directorate|Office|Division) (?:of|for|on)\b)[A-Z][\w'’-]*)*?) of the (?i:administration) of {twn}(?:(?<=\x22)|\b)"), "town_unit"),
            # "the Committee for the Management of Municipal Property of the Mezhdurechensk urban district": the town's own committee
            # ... "the Financial Directorate of the Myskovsky urban district": a field's name before the head word
            (re.compile(rf"\b(?P<head>(?:Committee|Department|Directorate|Division) (?:of|for|on) (?:the )?(?!Administration\b)[A-Z][\w'’-]*(?:(?:, (?!the )|,? (?:and |of |for |the )*)(?!Administration\b|(?:Department|Committee|Directorate|Office|Division) (?:of|for|on)\b)[A-Z][\w'’-]*)*?|"
                        # ... "the Finance and Budget Chamber of the Zelenodolsk municipal district"
                        rf"(?:(?!(?:The|To|For|By|And|Of|In|On|At|With|Executive)\b)[A-Z][a-z-]+ ){{1,2}}(?:Committee|Department|Directorate|Division)|"
                        rf"(?:(?!(?:The|To|For|By|And|Of|In|On|At|With|Executive)\b)[A-Z][a-z-]+ (?:and )?){{1,3}}Chamber) of (?:the )?(?=(?i:town of |city of )?[A-Z][\w'’-]+ (?i:urban district|municipal district|urban settlement)\b){twn}(?:(?<=\x22)|\b)"), "town_own_unit"),
            # "the Property Management Committee of the Administration of the town of Shelekhov"
            (re.compile(rf"\b(?P<head>(?!The\b)[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){{0,3}} (?:Committee|Department|Directorate|Office|Division|Service)) of the (?i:administration) of {twn}(?:(?<=\x22)|\b)"), "town_unit"),
            # "the leading specialist for economics and investment of the Administration of the Pashiya rural settlement"
            (re.compile(rf"\b(?P<head>(?i:(?:leading |chief |senior |principal )?specialist) (?:for|on) [a-z][\w-]*(?:,? (?:and |of |for |on |the )*[a-z][\w-]*)*?) of the (?i:administration) of {twn}(?:(?<=\x22)|\b)"), "town_unit"),
            # "the Skopin Employment Centre": as written
            # ... and its council by the town's adjective: "the Gukovo City Duma", "the Koryazhma Town Duma"
            # ... and its prosecutor's office: "the Tutayev Inter-district Prosecutor's Office"
            (re.compile(rf"\b(?P<town>{name}) (?P<head>Employment (?:Centre|Center)|(?:Town|City) (?:Duma|Council(?: of Deputies)?)|"
                        rf"(?:(?i:inter-?district|district|city|town) )?Prosecutor['’]s Office)(?!\w)"),
             "town_before_office"),
            # "the Asha Municipal District Administration", "the Zlatoust City Administration": a listed town's administration
            (re.compile(rf"\b(?P<town>{name})(?: (?:Municipal|Urban|City|Town) (?:District|Okrug)| City| Town| District)? "
                        r"(?P<head>Administration)\b(?! of\b)"), "town_before_administration"),
            # "the employment centre of the town of Shelekhov"
            # ("the State Employment Centre of the town of Prokopyevsk": the same centre)
            (re.compile(rf"\b(?:(?i:state|regional) )?(?P<head>(?i:employment (?:centre|center)|employment service)) (?:of|in) {twn}(?:(?<=\x22)|\b)"), "town_office"),
            # "Administration of Mundybash", "Head of the town of Yurga"
            # "Head of the Administration of Yurga" is its Head; a district's executive committee is its Administration
            (re.compile(rf"\b(?P<head>(?i:Administration|Mayor['’]s Office|City Hall|(?:First )?Deputy Head|Head|Mayor|Executive Committee|Council of Deputies|Town Duma|City Duma|(?<!State )Duma|Local self-government bod(?:y|ies)))(?i: of (?:the )?(?:administration|executive committee))?(?i: of ){twn}(?:(?<=\x22)|\b)"), "town"),
            # "Yurga City Administration", "the Yurga town administration" (listed towns only)
            (re.compile(rf"\b(?P<town>{name}) (?i:(?:city |town |municipal |district |urban district )?(?P<head>administration|executive committee))\b"), "town_after"),
            # "the Heads of Kiselyovsk, Prokopyevsk and Yurga"
            # ... 'the heads of the administrations of the monotowns of A, B and C', 'the heads of the municipal formations
            # "Town of A", "Town of B" and "Town of C"', '... and the work settlement of D'
            (re.compile(rf"\b(?P<head>[Hh]eads|[Aa]dministrations|Mayors|[Ll]ocal self-government bodies|(?:State |state )?[Ee]mployment [Cc]entres) of (?:the )?(?:administrations of (?:the )?)?(?:(?i:municipal formations|municipalities|urban districts|urban settlements)(?: of)? (?:the )?)?(?:(?:mono)?towns (?:of )?)?"
                        rf"(?P<list>{listed}{who}(?:, (?:of )?{listed}{who})*,? and (?:of )?{listed})(?:(?<=\x22)|\b)"), "town_list"),
        ]
        # after a region's name (matched from each region found, not by scanning with the long alternation):
        # "Kemerovo Oblast Government", "Kemerovo Oblast Department of Construction"
        self._after_region = [
            (re.compile(r" (?P<head>Government|Administration|Governor|Cabinet of Ministers)\b"), "region_after"),
            # "the Yaroslavl Oblast Duma", "the Perm Krai Legislative Assembly": the region's parliament
            (re.compile(r" (?P<head>Duma|(?i:Legislative Assembly))\b"), "parliament_after"),
            (re.compile(r" (?P<head>(?:Ministry|Department|Committee|Agency) (?:of|for) [A-Z][\w'’-]*"
                        r"(?:(?:, (?!the )|,? (?:and |of |for )*)[A-Z][\w'’-]*)*)"), "ministry_after"),
            # "Nizhny Novgorod Oblast Development Corporation", "Irkutsk Oblast Fund for Support of Entrepreneurship": as written
            (re.compile(r" (?P<head>Development Corporation|(?:Industrial )?Development Fund|(?:[A-Z][a-z]+ )?(?:Fund|Corporation) (?:for|of) "
                        r"(?:the )?[A-Z][\w'’-]*(?:(?: (?:and |of |for |the )*)(?-i:[A-Z][\w'’-]*|small|medium-sized))*)"), "own_name_after"),
        ]
        self._town_context = [
            re.compile(rf"\b(?:the )?(?:mono)?(?:town|city|monotown|single-industry town|municipality) of (?P<town>{name})"),
            re.compile(rf"\b(?P<town>{name}) (?i:urban (?:district|settlement|okrug)|municipal (?:district|formation)|town district)\b"),
        ]
        # ... and a ministry's own department ("the Department of Territorial Development", "the Legal Department")
        self._federal_re = re.compile(
            r"\b(?:Ministry|Federal (?:Service|Agency)|Department|Directorate|Division) (?:of|for|on) (?:the )?[A-Z][\w'’-]*"
            # ("... Property Relations in the Fuel and Energy Complex": a field "in the" X)
            r"(?:(?:, (?!the )|, (?:and |of |for )+(?:the )?| (?:and |of |for |the )+| in the (?=[A-Z][a-z]+ (?:and [A-Z][a-z]+ )?(?:Complex|Sector|Sphere|Industry|Field)\b|(?:Field|Sphere|Area) of\b)| over the (?=[A-Z])| with (?=(?:Regions|Investors|Municipalities|Monotowns)\b)| )"
            r"(?!" + NEXT_BODY + r")(?!Russian\b|Russia\b|Cabinet\b|Government\b|Ministry\b)[A-Z][\w'’-]*)*"
            r"|\bFederal (?:[A-Z][a-z]+ ){1,2}(?:Service|Agency)\b"
            r"|(?<=\b[Tt]he )(?!(?:Russian|Federal|Regional|Municipal)\b)[A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+){0,2} Department\b"
        )
        self._capitalized = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\b")

    # --- canonical names -------------------------------------------------------------------
    def canonical_town(self, name: str) -> str | None:
        n = name.strip()
        n = re.sub(r"^(?:the )?(?:town|city|monotown|municipality) of ", "", n, flags=re.I)
        return self.towns.get(n.lower()) or self.town_keys.get(translit_key(n))

    def _urban_district(self, m: re.Match, town: str) -> str | None:
        """ "the Administration of the Myskovsky urban district": an urban district is its town, named by an adjective."""
        return self._town_of_adjective(town.title() if town.isupper() else town) if re.search(r"urban district\W*$", m.group(), re.I) else None

    def _town_of_adjective(self, n: str) -> str | None:
        """ "Myskovsky" (urban district) -> Myski, "Kovdorsky" -> Kovdor: a listed town whose name is the adjective's stem
        and at most two letters more, when only one is."""
        stem = re.match(r"(?P<stem>[A-Z][\w-]{2,}?)(?:ovsk|evsk|insk|sk)(?:y|iy|ii|oy|aya)$", n)
        if not stem or " " in n:
            return None
        stem = stem.group("stem").lower()
        hits = {t for k, t in self.towns.items() if k.startswith(stem) and len(k) - len(stem) <= 2 and " " not in k}
        return hits.pop() if len(hits) == 1 else None

    def canonical_region(self, name: str) -> str | None:
        n = re.sub(r"^the ", "", name.strip(), flags=re.I)
        return self.regions.get(n.lower()) or self.region_keys.get(translit_key(n))

    def canonical_body(self, name: str) -> str | None:
        n = re.sub(r"^the ", "", " ".join(name.split()), flags=re.I)
        if n in self._short and self._short[n][0] == "BODY":
            return self._short[n][1]
        hit = self.bodies.get(body_key(n))
        if hit:
            return hit
        for m in self.find(n):
            if m.label == "BODY" and m.start == 0 and m.end == len(n):
                return m.normalized
        return None

    def canonical_measure(self, name: str) -> str | None:
        n = name.strip()
        if n in self._short and self._short[n][0] == "MEASURE":
            return self._short[n][1]
        return self.measures.get(body_key(n))

    def town_in_region(self, town: str, regions: set[str]) -> str | None:
        """The region of a (possibly same-name) town, chosen by the regions named in context."""
        options = self.town_regions.get(town, set())
        both = options & regions
        return next(iter(both or options), None)

    # --- matching --------------------------------------------------------------------------
    def find(self, text: str) -> list[Match]:
        """All gazetteer and context-rule names in ``text``, longest first on overlaps.

        A name nested in a longer one of another kind is kept ("Kemerovo Oblast" inside "Government
        of Kemerovo Oblast"); so is a body inside a body when it starts later ("... under the
        Governmental Commission ...").
        """
        found: list[Match] = []

        def add(label: str, start: int, end: int, norm: str | None) -> None:
            if norm:
                found.append(Match(label, text[start:end], norm, start, end))

        region_spans = []
        for m in self._region_re.finditer(text):
            add("REGION", m.start(), m.end(), self.regions.get(m.group().lower()))
            region_spans.append((m.start(), m.end(), self.regions.get(m.group().lower())))
        for m in self._town_re.finditer(text):
            if re.match(r"-(?:on|na|upon)-", text[m.end():m.end() + 6], re.I):
                continue  # "Rostov-on-Don" is another town than Rostov
            add("TOWN", m.start(), m.end(), self.towns.get(m.group().lower()))
        static: list[tuple[int, int]] = []
        for m in self._body_matches(text):
            static.append((m.start(), m.end()))
            add("BODY", m.start(), m.end(), self.bodies.get(body_key(m.group())))
            presidium = re.match(r"(?i:the )?Presidium\b", m.group())  # "the Presidium of the Council ...": one body
            for inner in self._body_re.finditer(text, m.start() + 1, m.end()) if not presidium else ():  # "... under the Commission"
                # a body the longer name is attached to, not a word of its title ("Deputy Prime Minister")
                if re.search(r"\b(?:under|of|at|with|to|for)\s+(?:the\s+)?$", text[m.start():inner.start()], re.I) or inner.group()[:4].lower() == "the ":
                    add("BODY", inner.start(), inner.end(), self.bodies.get(body_key(inner.group())))
        for m in self._measure_re.finditer(text):
            add("MEASURE", m.start(), m.end(), self.measures.get(body_key(m.group())))
        for rx, canon in self._measure_patterns:
            for m in rx.finditer(text):
                add("MEASURE", m.start(), m.end(), canon)
        for m in self._short_re.finditer(text):
            label, canon = self._short[m.group()]
            if label == "BODY":
                static.append((m.start(), m.end()))
            add(label, m.start(), m.end(), canon)
        # spelling variants of listed towns and regions ("Usolye-Sibirsky")
        for m in self._capitalized.finditer(text):
            key = translit_key(m.group())
            if key in self.town_keys and not re.match(r"-(?:on|na|upon)-", text[m.end():m.end() + 6], re.I):
                add("TOWN", m.start(), m.end(), self.town_keys[key])
        n_before = len(found)
        listed: list[tuple[int, int]] = []  # "the heads of the administrations of the monotowns of A, B and C": each
        for rx, kind in self._templates:    # town's head, not the generic that the first words alone name
            for m in rx.finditer(text):
                if kind == "town_list":
                    listed.append((m.start(), m.start("list")))
                self._add_template(m, kind, add)
        for start, end, region in region_spans:
            if region is None:
                continue
            if text[max(0, start - 4):start].lower() == "the ":
                start -= 4
            for rx, kind in self._after_region:
                after = rx.match(text, end)
                if after and kind == "parliament_after":
                    self._add_parliament(text, start, after.end(), parliament_name(after.group("head"), region), add)
                elif after and kind == "own_name_after":
                    add("BODY", start + (4 if text[start:start + 4].lower() == "the " else 0), after.end(), f"{region} {after.group('head')}")
                elif after:
                    head = REGION_HEADS.get(after.group("head").lower(), after.group("head"))
                    head = "Government" if head == "Cabinet of Ministers" else head
                    add("BODY", start, after.end(), f"{head} of {region}")
        # a listed alias inside a built regional name is part of it ("Chuvash Republic Cabinet of Ministers")
        built = [(f.start, f.end) for f in found[n_before:] if f.label == "BODY"]
        found = [f for f in found if f.label != "BODY" or (f.start, f.end) not in static
                 or not any(a < f.start and f.end <= b for a, b in built) and not any(a <= f.start and f.end <= b for a, b in listed)]
        # a federal ministry, service or agency the list lacks, named as written ("Ministry of Transport")
        bodies = [(f.start, f.end) for f in found if f.label == "BODY"]
        for m in self._federal_re.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in bodies):
                add("BODY", m.start(), m.end(), m.group())
        # a company, named as written ('JSC "Urgalugol"', "PJSC T Plus", "Vostsibugol Company LLC"); a body
        # inside its quoted name is part of it ('JSC "Corporation for the Development of X Oblast"')
        for m in LONG_FORM.finditer(text):
            found = [f for f in found if not (f.label == "BODY" and m.start() <= f.start and f.end <= m.end())]
            if not _overlaps_body(found, m.start(), m.end()):
                add("BODY", m.start(), m.end(), f'{LONG_FORMS[m.group("form").lower()]} "{m.group("name")}"')
        for m in COMPANY.finditer(text):
            found = [f for f in found if not (f.label == "BODY" and m.start() <= f.start and f.end <= m.end())]
            branch = BRANCH_BEFORE.search(text, 0, m.start())  # 'the Abakan branch of JSC "Evrazruda"': the branch
            start = branch.start("name") if branch else m.start()
            quoted = re.fullmatch(r'\S+\s+"([^"]+)"', m.group())
            listed = self.bodies.get(body_key(quoted.group(1))) if quoted and not branch else None
            if not _overlaps_body(found, start, m.end()):  # ('JSC "SME Bank"' is the listed SME Bank)
                add("BODY", start, m.end(), listed or " ".join(text[start: m.end()].split()))
        for m in PLANT.finditer(text):  # "the Volchansk Mechanical Plant", "the Krasavino Linen Mill": a works, as written
            if not _overlaps_body(found, m.start(), m.end()) and text[max(0, m.start() - 1):m.start()] not in ('"', "«", "“"):
                add("BODY", m.start(), m.end(), m.group())
        for m in INSTITUTION.finditer(text):  # 'Federal State ... Institution "Council for the Study of X"': its name
            name = m.group("name")
            form = MUNICIPAL_FORMS.get(" ".join(m.group()[: m.start("name") - m.start()].lower().split()).strip(' "'))
            # 'the Boksitogorsk branch of the Leningrad Oblast State Public Institution "Employment Centre of X"': the
            # branch, by the institution's name
            branch = INSTITUTION_BRANCH.search(text, 0, m.start()) if not form else None
            if branch:
                found = [f for f in found if not (f.label == "BODY" and branch.start() <= f.start and f.end <= m.end() + 1)]
            if form and not _overlaps_body(found, m.start(), m.end()):  # 'municipal unitary enterprise "X"' is 'MUP "X"'
                add("BODY", m.start(), m.end(), f'{form} "{" ".join(name.split())}"')
            elif not _overlaps_body(found, m.start(), m.end()):
                # '... Institution "Employment Centre of the Town of Tynda"': the name read as a name of its own
                whole = next((f.normalized for f in self.find(name) if f.label == "BODY" and f.start <= 4
                              and f.end >= len(name.rstrip()) - 1), None) if re.search(r"\bof\b", name) else None
                canon = self.canonical_body(name) or whole or " ".join(name.split())
                # 'the Boksitogorsk branch of the Leningrad Oblast State Public Institution "Employment Centre of X"': the
                # branch, by the institution's name
                if branch:
                    add("BODY", branch.start("name"), m.end(), f"{branch.group('name')} of the {canon}")
                else:
                    add("BODY", m.start("name"), m.end("name"), canon)
        for m in RESEARCH_BODY.finditer(text):  # "the All-Russian Research Institute of Labour", as written
            if not _overlaps_body(found, m.start(), m.end()):
                add("BODY", m.start(), m.end(), " ".join(m.group().split()))
        for rx in self._town_context:
            for m in rx.finditer(text):
                town = m.group("town")
                if self.canonical_region(town) or body_key(town) in self.bodies:
                    continue
                if self.canonical_town(town) is None and town.split()[0].lower() in ("of", "the", "and", "in", "for", "on"):
                    continue  # "ADMINISTRATION OF THE TOWN DISTRICT ...": words of a title in capitals
                end = m.end("town")
                if self.canonical_town(town) is None and " " in town and self.canonical_town(town.split()[0]):
                    town = town.split()[0]  # "... in the town of Baykalsk" then the place line "Moscow"
                    end = m.start("town") + len(town)
                add("TOWN", m.start("town"), end, self.canonical_town(town) or town)
        # "territorial bodies of the Federal State Statistics Service (for Kemerovo Oblast)": the service's local offices
        for f in [f for f in found if f.label == "BODY"]:
            org = re.search(r"\b(?i:structural (?:divisions|subdivisions|units)) of (?:the )?$", text[: f.start])
            if org:  # "the structural divisions of the Ministry"
                add("BODY", org.start(), f.end, f"Structural divisions of the {f.normalized}")
            pre = re.search(r"\b(?i:territorial (?P<n>bodies|body|offices|office|departments|department)) of (?:the )?$", text[: f.start])
            if pre:
                kind = "bodies" if pre.group("n").endswith(("ies", "s")) else "body"
                post = re.match(r" (?:for|in) (?:the )?(?P<r>(?:Republic of )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?: Oblast| Krai| Republic)?)",
                                text[f.end:])
                region = self.canonical_region(post.group("r")) if post else None
                end = f.end + post.end() if region else f.end
                kind = "body" if region else kind  # "the territorial bodies of X for Kemerovo Oblast": that region's one
                add("BODY", pre.start(), end, f"Territorial {kind} of the {f.normalized}" + (f" for {region}" if region else ""))
        # "the Deputy Minister of Economic Development of the Russian Federation": the ministry's post, named as it is
        for m in MINISTER.finditer(text):
            ministry = [f for f in self.find("Ministry" + text[m.end(): m.end() + 160]) if f.label == "BODY" and f.start == 0
                        and f.normalized.startswith("Ministry ")]
            if ministry:
                best = max(ministry, key=lambda f: f.end)
                add("BODY", m.start(), m.end() + best.end - len("Ministry"), m.group("post") + best.normalized[len("Ministry"):])
        # a place inside a listed name is no mention of it ("Moscow School of Management SKOLKOVO")
        found = [f for f in found if f.label not in ("REGION", "TOWN", "MEASURE")
                 or not any(a <= f.start and f.end <= b and (a, b) != (f.start, f.end) for a, b in static)]
        return _resolve(found)

    def _body_matches(self, text: str) -> list[re.Match]:
        """Listed body names, leftmost-longest; an alias with its article ("the Government") gives way to a
        longer name starting right after the article ("the Government of the Russian Federation")."""
        out: list[re.Match] = []
        pos = 0
        while m := self._body_re.search(text, pos):
            if m.group()[:4].lower() == "the ":
                longer = self._body_re.match(text, m.start() + 4)
                if longer and longer.end() > m.end():
                    m = longer
            out.append(m)
            pos = m.end()
        return out

    @staticmethod
    def _add_parliament(text: str, start: int, end: int, name: str, add) -> None:
        """A regional parliament, and the post or committee of it named around it: "the Chairman of the
        Yaroslavl Oblast Duma", "the Committee of the Yaroslavl Oblast Duma on Economic Policy, Investment,
        Industry and Entrepreneurship", each as written with the parliament's own name."""
        add("BODY", start, end, name)
        before = PARLIAMENT_PART.search(text, max(0, start - 60), start)
        if not before:
            return
        part = " ".join(before.group("part").split())
        after = PARLIAMENT_FIELD.match(text, end) if part.lower() in ("committee", "commission") else None
        field = " " + " ".join(after.group().split()) if after else ""
        add("BODY", before.start("part"), after.end() if after else end, f"{part[:1].upper()}{part[1:]} of the {name}{field}")

    def _district(self, m: re.Match) -> int:
        """ "the Administration of the Verkhnebureinsky District": a district named by an adjective is no town;
        its name keeps "District" (the length of " District" after the match, else 0)."""
        town = m.group("town")
        if not ADJECTIVAL.search(town) or town.lower() in self.towns:
            return 0
        if re.search(r" municipal district$", m.group(), re.I):  # "the Gornozavodsky municipal district"
            return -1
        after = re.match(r" [Dd]istrict\b", m.string[m.end():])
        return after.end() if after and self.canonical_town(town) is None else 0

    def _add_template(self, m: re.Match, kind: str, add) -> None:
        head = m.group("head")
        district = self._district(m) if kind in ("town_unit", "town_office", "town") else 0
        if district:
            name = f"{m.group('town')} District"
            head = " ".join(head.split())
            of = {"town_unit": f"{head} of the Administration of", "town_office": f"{head[:1].upper()}{head[1:].lower()} of"}
            add("BODY", m.start(), m.end() + max(district, 0),
                f"{of.get(kind, TOWN_HEADS.get(head.lower(), head.capitalize()) + ' of')} {name}")
            return
        if kind == "town_unit":
            town = self.canonical_town(m.group("town")) or self._urban_district(m, m.group("town")) or m.group("town")
            if self.canonical_town(m.group("town")) is None and re.search(r" municipal district$", m.group(), re.I):
                town = f"{town} Municipal District"  # (as the Administration of an unlisted town's district)
            add("BODY", m.start(), m.end(), f"{head[:1].upper()}{head[1:]} of the Administration of {town}")
            return
        if kind == "town_own_unit":
            town = self.canonical_town(m.group("town")) or self._urban_district(m, m.group("town"))
            if town:
                add("BODY", m.start(), m.end(), f"{' '.join(head.split())} of {town}")
            return
        if kind == "town_before_office":
            add("BODY", m.start(), m.end(), m.group())
            return
        if kind == "town_before_administration":
            town = self.canonical_town(m.group("town"))
            if town:  # (only a listed town: "the Regional Administration" names none)
                add("BODY", m.start(), m.end(), f"Administration of {town}")
            return
        if kind in ("town_office", "region_office"):
            place = (self.canonical_town(m.group("town")) or m.group("town") if kind == "town_office"
                     else self.canonical_region(m.group("region")))
            if place:
                head = " ".join(head.split()).lower()
                add("BODY", m.start(), m.end(), f"{head[:1].upper()}{head[1:]} of {place}")
            return
        if kind == "town_after":
            town = self.canonical_town(m.group("town"))
            if town:
                add("BODY", m.start(), m.end(), f"Administration of {town}")
            return
        if kind == "parliament":
            region = self.canonical_region(m.group("region"))
            if region:
                self._add_parliament(m.string, m.start(), m.end(), parliament_name(head, region), add)
            return
        if kind in REGION_POSTS:  # "Deputy Prime Minister of the Government of X", "Chief Federal Inspector for X"
            region = self.canonical_region(m.group("region"))
            if region:
                add("BODY", m.start(), m.end(), f"{head} {REGION_POSTS[kind]} {region}")
            return
        if kind in ("region", "ministry", "plural_second"):
            region = self.canonical_region(m.group("region"))
            if not region:
                return
            head = REGION_HEADS.get(head.lower(), head)  # "GOVERNMENT" in a title block -> "Government"
            head = head[:1].upper() + head[1:]  # ("the department of construction of Kemerovo Oblast")
            if head == "Cabinet of Ministers":
                head = "Government"  # a republic's Cabinet of Ministers is its Government
            elif head.lower() == "head" and kind != "ministry":
                head = "Governor"  # the head of a constituent entity is its Governor (ANNOTATION.md)
            start = m.start("region") if kind == "plural_second" else m.start()
            field = f" {m.group('field')}" if "field" in m.re.groupindex and m.group("field") else ""
            add("BODY", start, m.end(), f"{head} of {region}{field}")
        elif kind == "town_list":
            head = {"Heads": "Head", "Administrations": "Administration", "Mayors": "Head",  # (each town's employment centre)
                    "Local self-government bodies": "Administration"}.get(head.capitalize(), "Employment centre")
            base = m.start("list")
            for t in re.finditer(r"[^,]+?(?=,|\s+and\s+|$)", re.sub(r" \([^()]*\)", lambda b: " " * len(b.group()), m.group("list"))):
                town = re.sub(r'^(?:and\s+)?(?:of\s+)?(?:the\s+)?(?:"?(?:(?i:work |working |workers\' |urban-type )?settlement|[Tt]own|[Cc]ity|'
                              r'closed administrative-territorial formation|(?i:urban|municipal) district) of\s+|'
                              r"(?i:work |working |workers' |urban-type )?settlement\s+|ZATO\s+)?", "",
                              t.group().strip()).strip('"')
                town = re.sub(r" (?i:urban settlement|urban district|municipal district|rural settlement|urban okrug|district)$|"
                              r" of [A-Z][\w-]+ (?i:district|municipal district)$", "", town)
                if not town or not town[0].isupper() or town.split()[0] in NOT_TOWN:
                    continue
                if self.canonical_town(town) is None and self.canonical_region(town) is not None:
                    continue  # "the heads of the monotowns of Vladimir Oblast and Tver Oblast": where they are
                if re.match(r"(?:and\s+)?the\s+(?![\w' -]*\bof\s)", t.group().strip()) and self.canonical_town(town) is None:
                    continue  # "the heads of the monotowns of the Urals and the Volga region": places, not towns
                canon = self.canonical_town(town) or town
                start = base + t.start() + t.group().index(town)
                add("BODY", start, start + len(town), f"{head} of {canon}")
        else:
            town = m.group("town")
            if m.re.groupindex.get("bare") and m.group("bare") and self.canonical_town(town) is None:
                return
            if set(town.replace("-", " ").split()) & NOT_TOWN or (town.isupper() and len(town) <= 8 and self.canonical_town(town) is None):
                return  # "the head of the DIPT": an abbreviation, not a town
            if self.canonical_region(town) or town.lower() in self.regions or town in ("Russian", "Russia"):
                return
            end = m.end()
            first = town.split()[0]
            if self.canonical_town(town) is None and " " in town and self.canonical_town(first):
                town, end = first, m.start("town") + len(first)  # "THE TOWN OF KATAYSK" / "KATAYSKY DISTRICT ...": one line
            # ("ADMINISTRATION OF THE BOKSITOGORSK MUNICIPAL DISTRICT": an unlisted town's name in capitals, as a name)
            canon = self.canonical_town(town) or self._urban_district(m, town) or (town.title() if town.isupper() else town)
            place = canon
            if self.canonical_town(town) is None and re.search(r" municipal district$", m.group(), re.I):
                place = f"{canon} Municipal District"  # an unlisted town's district is the district, not the town
            head = TOWN_HEADS.get(head.lower(), head.capitalize())
            area = ""
            if "Deputy" in head:  # "the First Deputy Head of the Administration of X" is an office of its own
                # (as written: "the First Deputy Head of the Myski urban district" is the town's, without its Administration)
                head += " of the Administration" if re.search(r"administration|executive committee", m.group(), re.I) else ""
                # ... by area: "the Deputy Head of the Administration of the Baikalsk urban settlement for economic policy"
                by_area = DEPUTY_AREA.match(m.string, end)
                if by_area:
                    area, end = f" for {by_area.group('area')}", by_area.end()
            add("BODY", m.start(), end, f"{head} of {place}{area}")
            add("TOWN", m.start("town"), m.start("town") + len(town), canon)


DEPUTY_AREA = re.compile(r"(?: (?i:urban settlement|urban district|municipal district|rural settlement|town|city))? for "
                         r"(?P<area>(?:[A-Za-z][\w-]*)(?: (?:and )?(?!(?:shall|is|are|to|with|in|on|of|by|must|will|should|the|a|an|"
                         r"information|data|reports?|proposals)\b)[A-Za-z][\w-]*){0,3})(?=\s*(?:\(|,|;|:|\)|\||$|\.(?:\s|$)|[A-Z]\.|shall\b|is\b|are\b|to\b|together\b|jointly\b))")


def parliament_name(head: str, region: str) -> str:
    """ "Duma" of Yaroslavl Oblast is the "Yaroslavl Oblast Duma"; the others are "<head> of <region>"."""
    head = " ".join(w if w.isupper() and len(w) > 1 and w != "DUMA" else w.capitalize() if w.isupper() else w
                    for w in head.split())
    head = {"duma": "Duma", "legislative assembly": "Legislative Assembly", "state council": "State Council",
            "people's khural": "People's Khural", "state assembly": "State Assembly"}.get(head.lower(), head)
    return f"{region} Duma" if head == "Duma" else f"{head} of {region}"


# "the Chairman of the ...", "the Committee of the ... on X" before a regional parliament's name
PARLIAMENT_PART = re.compile(r"\b(?P<part>(?:First )?(?:Deputy )?(?i:Chairman|Speaker|Committee|Commission)) of (?:the )?$")
PARLIAMENT_FIELD = re.compile(r" (?:on|for) (?:the )?[A-Z][\w'’-]*(?:(?:, (?!the )|,? (?:and |of |for |the )*)[A-Z][\w'’-]*)*")

# a post named with its region, and the words between the two in its canonical name
REGION_POSTS = {"region_gov_post": "of the Government of", "region_for": "for", "region_in": "in"}
# ("the Mayor's Office of the City of Cherepovets", "City Hall": a town's administration by another name)
TOWN_HEADS = {"mayor": "Head", "mayor's office": "Administration", "mayor’s office": "Administration", "city hall": "Administration",
              "executive committee": "Administration", "council of deputies": "Council of Deputies",
              "town duma": "Town Duma", "city duma": "City Duma", "first deputy head": "First Deputy Head",
              "deputy head": "Deputy Head", "local self-government bodies": "Administration",
              "local self-government body": "Administration"}  # "the local self-government bodies of Zarinsk"
ADJECTIVAL = re.compile(r"(?:sk|tsk|zk|n|k)(?:y|iy|ii|oy)$")  # "Verkhnebureinsky", "Kozelsky", "Dorogobuzhsky"
FORMS = (r"PJSC|OJSC|CJSC|JSC|LLC|NJSC|FSUE|ANO|MUP|MUE|SUE|GUP|FGUP|FKP|MBU|MKU|MAU|RSI|RSBI|SBI|SPI|"  # (RSI: a regional state institution)
         r"(?:OOO|PAO|OAO|ZAO|AO)(?=\s+\")")  # the Russian forms transliterated, before a quoted name: 'OOO "Khibinsky ..."'
# a legal form written out: 'Joint-Stock Company "Ural Steel"' is 'JSC "Ural Steel"'
LONG_FORMS = {"public joint-stock company": "PJSC", "open joint-stock company": "OJSC", "closed joint-stock company": "CJSC",
              "joint-stock company": "JSC", "limited liability company": "LLC"}
LONG_FORM = re.compile(r'\b(?P<form>(?:[Pp]ublic |[Oo]pen |[Cc]losed )?[Jj]oint-[Ss]tock [Cc]ompany|[Ll]imited [Ll]iability [Cc]ompany) '
                       r'"(?P<name>[A-Z](?=[^"\n]*[a-z])[^"\n]{1,80})"')  # not a title block's capitals
COMPANY = re.compile(
    rf'\b(?:{FORMS})\s+(?:"[^"\n]{{2,60}} "[^"\n]{{2,40}}""|"[^"\n]{{2,80}}"|[A-Z][\w-]*(?:\s+(?:and\s+)?(?!(?:{FORMS})\b)(?![A-Z]\.)[A-Z][\w-]*){{0,6}})'
    rf'|"[A-Z][^"\n]{{1,60}}"\s+(?:{FORMS})\b'
    rf'|\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,3}}\s+(?:Company|Group|Holding)\s+(?:{FORMS})\b'
)


PLANT = re.compile(r"\b(?!(?:The|To|For|By|And|Of|In|On|At|With|An?|This|That|Its|Their|Each|All|New)\b)[A-Z][\w-]+"
                   r"(?: (?:and )?[A-Z][\w-]+){0,4} (?:Plant|Mill|Combine|Works|Factory)\b(?![\w-])")
BRANCH_BEFORE = re.compile(r"(?P<name>(?<![\w-])[A-Z][\w-]+ (?:branch|Branch)) of $")
INSTITUTION_BRANCH = re.compile(r"(?P<name>(?<![\w-])[A-Z][\w-]+ [Bb]ranch) of (?:the )?(?:[A-Z][\w-]* (?:Oblast|Krai|Republic|Okrug) )?$")
MINISTER = re.compile(r"\b(?P<post>(?:First )?(?:Deputy )?Minister)(?= of [A-Z])")
# a municipal enterprise or institution written out goes by its abbreviation, as the corpus writes it
MUNICIPAL_FORMS = {"municipal unitary enterprise": "MUP", "municipal budgetary institution": "MBU",
                   "municipal autonomous institution": "MAU", "municipal treasury institution": "MKU"}
# a state institution or non-profit named by its legal form and a quoted name
INSTITUTION = re.compile(
    r"(?i:(?:federal |regional |municipal )?(?:state )?(?:budgetary |autonomous |unitary |treasury |public )?"
    r"(?:scientific |educational |healthcare |health care |medical |social service )?"
    r"(?:institutions?|enterprise)|(?:autonomous )?non-profit organi[sz]ation|state corporation|foundation|"
    r"FGBU|FBU|FGU|FGAU|FKU|GBU|GKU|GAU|FGBNU|FGBOU|FGUP)"
    # 'State Public Institution of Sverdlovsk Oblast "X"', 'institution of social services "X"'
    r"(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}| (?:of|for) (?!the\b)[a-z][\w-]*(?: (?:and )?[a-z][\w-]*){0,3})? "
    r'"(?P<name>[A-Z][^"\n]{2,80})"'
)
RESEARCH_BODY = re.compile(
    r"\b(?:(?:All-Russian|Federal|Russian|Central|State|National|Scientific|Coordinating|Coordination|Public|Expert|Advisory)\s+)*"
    r"(?:Research\s+)?(?:Institute|University|Council|Centre|Center)"
    # (not "DECIDED" after it, nor a person's initial: "the Council of Deputies O.V. Ivanova")
    r" (?:of|for) (?:the )?[A-Z][\w'’-]*(?:(?:,? (?:and |of |for |the )*)(?!Ministry\b|Government\b|Russian\b|[A-Z]+\b)[A-Z][\w'’-]*)*"
)


def _overlaps_body(found: list[Match], start: int, end: int) -> bool:
    """Whether a body already found overlaps [start, end)."""
    return any(f.label == "BODY" and f.start < end and start < f.end for f in found)


def _resolve(found: list[Match]) -> list[Match]:
    """Drop partial overlaps and same-label matches that begin inside/at a longer one's start."""
    # dict.fromkeys, not set: among same-span matches the first found (an exact name before a spelling variant) wins,
    # the same on every run
    found = sorted(dict.fromkeys(found), key=lambda x: (-(x.end - x.start), x.start))
    kept: list[Match] = []
    for m in found:
        ok = True
        for k in kept:
            if m.end <= k.start or m.start >= k.end:
                continue
            inside = k.start <= m.start and m.end <= k.end
            if not inside or (m.label == k.label and m.start == k.start) or m.label == k.label == "TOWN" or m.label == k.label == "REGION":
                ok = False
                break
        if ok:
            kept.append(m)
    return sorted(kept, key=lambda x: (x.start, -x.end))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer from extract/data, loaded once per process."""
    return Gazetteer()
