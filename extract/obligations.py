"""Obligations: who must do what by when, from modal prose, infinitive decisions, requests, label lines
and decision tables."""

from __future__ import annotations

import re
from datetime import date as Date

from extract.deadlines import (
    BY as BY_RE, DATE_EXPR as DATE_EXPR_RE, DATE_RE, LABELLED as LABELLED_RE, MONTH, find_deadline, resolve_deadline,
)
from extract.entities import INITIALS_PERSON, RECURRING_CONTEXT, _as_written
from extract.gazetteer import COMPANY, load_gazetteer
from extract.model import Deadline, Entity, Obligation
from extract.units import ADDRESSEE, BULLET, LABEL, RESPONSIBLE_LABEL, Unit, _sentences, _tidy

# Obligation triggers: modal and directive constructions, not particular sentences. A past tense ("was
# instructed") and a passive "shall be" are not triggers (the passive has its own rule below).
DIRECTED = (r"instructed|recommended|requested|invited|obliged|tasked|charged|required|proposed|asked|entrusted|"
            r"assigned|directed|mandated|advised|urged|called upon|encouraged|expected")
MODAL = re.compile(
    r"\b(?:(?:shall|will|must|should) be (?:responsible|accountable) for|shall|must|should(?! (?:you|it|they|we|there)\b)|ought to|will(?! be\b)|ha(?:s|ve) to(?! date\b)|"
    r"(?<!the )(?<!a )needs? to|(?:undertakes?|intends?)(?:,[^;,]{1,80}?,)? to|undertakes?(?= ?:)|intends?(?= ?:)|"
    rf"(?:is|are) (?:hereby |also |further |additionally |jointly |once again |again )?(?:{DIRECTED})(?:,[^;]{{1,160}}?,| \([^()]{{1,40}}\))?(?: to\b|(?= ?:)| with\b)|"
    rf"will be (?:{DIRECTED}) to\b|(?<!who )(?<!which )(?<!that )(?:is|are) (?:also )?responsible for (?=[a-z]+ing\b)|"
    r"(?:is|are) (?:also |further |hereby |now |jointly |in addition |additionally |likewise )?to)\b(?! be\b)",
    re.I,
)
FOUNDING = re.compile(r"(?:to )?(?:form|create|establish|set up)$", re.I)
NOT_DUTY = re.compile(
    r"enters? into force|come into force|comes into force|\bcontrol (?:over|of) (?:the )?(?:implementation|execution|fulfilment)|shall (?:apply|be deemed|become|expire|lose|remain|not apply|cease)|"
    r"^(?:to )?(?:approve|take note|note|make the following|amend|introduce|recogni[sz]e(?! it (?:necessary|appropriate|expedient|advisable|desirable|useful|reasonable) (?:that|for)\b)|declare|establish that|establish|create|rename|set up|support the|"
    r"form(?! (?:No\.? ?)?[A-Z]*-?\d)|"  # "Form MT-1 ...": a reporting form's name in a table of reports
    r"postpone|defer|remove (?:the|this) (?:item|issue|question)|remove (?:from (?:the )?control|[^;]{1,200}? from (?:the )?control\b)|"
    # an item's status: "To consider item 3 of the minutes No. 2 executed", "To keep item 4 under control"
    r"consider (?:(?:the )?(?:items?|clauses?|paragraphs?|sub-?items?|instructions?|decisions?) [^;]{0,120}?|it|them) "
    r"(?:as )?(?:executed|fulfilled|completed|implemented|carried out|closed)\b|"
    r"keep [^;]{1,120}? (?:under|on) (?:the )?control\b|"
    # a board's own decisions: "To give consent to the conclusion by the Company of ...", "To set the annual rental rate at ..."
    r"give (?:its )?(?:consent|approval) to|set the (?:[a-z-]+ ){0,3}(?:rate|price|fee|rent|amount)s? (?:for [^;]{1,60} )?at\b|"
    r"(?:return|admit|reject|refuse) (?:the |an |these |its )?(?:application|applications|documents|project)s?\b|"  # a committee's own decision
    r"(?:refuse|deny|decline) (?!to\b)[^;]{1,120}?\b(?:the )?(?:conclusion|inclusion|admission|registration|status|application)\b|"
    # a council's verdict on a report: "To assess the activities of the Head ... in 2018 as satisfactory"
    r"(?:assess|evaluate|rate|find|deem|consider) [^;]{1,200}?\bas (?:satisfactory|unsatisfactory|positive|negative|good|"
    r"effective|ineffective|sufficient|insufficient|executed|fulfilled|completed)\b|"
    r"[^.;]{0,80}\bshall meet the following (?:requirements|conditions|criteria)|"
    # "To appoint the First Deputy Head A.N. Sorokin as ...": the act appoints; "to designate an official" is a duty
    r"(?:appoint|designate)\s+(?!an?\b)(?![^;]*\b(?:by|within|no later than|not later than|until)\b)|"
    r"(?:determine|define)\s+(?:the |a |an )?[^;]{0,200}?\bas (?:the |a |an )?(?:coordinator|responsible|authori[sz]ed|"
    r"operator|executor|body|official)|"
    r"determine that|consider the information|take into (?:account|consideration) (?:the (?:information|report)|that)|take (?:the )?(?:information|reports?)\b[^;]{0,80}? into (?:account|consideration)|accept|agree with(?! (?:the )?(?-i:[A-Z]))"  # "agree with the Fund the list": settle it with a body, a duty
    r"(?! (?:the )?(?:executive|regional|federal|municipal|local|interested|relevant|competent|heads?|administrations?|authorities|"
    r"bodies|governments?|ministries|organi[sz]ations|companies|owners?|investors?)\b)|"
    r"endorse|welcome)\b",
    re.I,
)
# instruction lists in the bare imperative ("1. Ensure the completion of ...", "2. Submit proposals ...")
DIRECTIVE_VERBS = (
    r"Ensure|Prepare|Submit|Consider|Develop|Provide|Organi[sz]e|Carry out|Conduct|Hold|Draft|Complete|Analy[sz]e|Present|"
    r"Send|Inform|Report|Implement|Finali[sz]e|Work out|Elaborate|Examine|Study|Continue|Arrange|Monitor|Allocate|"
    r"Coordinate|Assess|Update|Draw up|Review|Secure|Adopt|Agree|Sign|Conclude|Verify|Check|Speed up|Accelerate|Take measures|"
    r"Take steps|Take action|Take into account|Resolve|Settle|Amend|Submit|Notify|Nominate|Appoint|Designate|Identify|Compile|"
    r"Collect|Forward|Place|Publish|Post|Transmit|Send|Form|Carry out|Confirm|Adjust|Revise|Correct|Eliminate|Bring|Exclude|"
    r"Specify|Clarify|Justify|Substantiate|Attach|Supplement|Reconsider|Intensify|Strengthen|Expand|Enter|Fill in|Fill out"
)


# "<noun phrase> to <verb> ...": a noun phrase with no verb of its own, then a directive verb in the infinitive
FRONTED = re.compile(
    r"\s*(?:The|A|An|Information|Proposals|Work|Materials|Results|Responsible|Heads|Members)\b"
    r"(?:(?!\b(?:is|are|was|were|be|been|has|have|had|shall|will|would|should|must|can|could|may|which|that|who|whose|"
    r"informed|noted|reported|said|according|due|prior|related|addition|regard|respect|access|order|aimed|able|"
    r"need|needs|ought|used|subject|amendments|changes|proposals|going|in order|serves?|aims?|helps?|allows?|enables?|"
    r"intended|designed|makes it possible)\b)(?:\([^()]{1,60}\)|(?<![A-Za-z])[A-Z]\.|[^.;:!?]))"  # ("The management of the Fund (A.V. Kolesnikov) to ...")
    rf"{{3,160}}? to (?P<verb>{DIRECTIVE_VERBS.lower()})\b"
)


def _third_person(verbs: str) -> str:
    """"Carry out|Submit|Organi[sz]e" -> "carries out|submits|organi[sz]es": the present tense of a decision
    in translated minutes ("The Ministry of Finance submits proposals by 1 June")."""
    out = []
    for v in verbs.split("|"):
        head, _, tail = v.partition(" ")
        head = head[:1].lower() + head[1:]
        if re.search(r"[^aeiou]y$", head):
            head = head[:-1] + "ies"
        elif re.search(r"(?:s|sh|ch|x|z)$", head):
            head += "es"
        else:
            head += "s"
        out.append(f"{head} {tail}".strip())
    return "|".join(out)


PRESENT_DECISION = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,[^,;]{1,100},\s*)?"
    # "... quarterly, not later than the 20th day ..., present", "... annually till 1 March ... prepares"
    r"(?:(?:within|not later than|no later than|annually|quarterly|monthly|every|each|till|until|by|as necessary|if necessary)\b"
    r"[^,;]{0,100}?,? ){0,3}"
    r"(?:also |jointly |additionally )?"
    rf"(?:(?P<verb>{_third_person(DIRECTIVE_VERBS)})|(?P<base>{DIRECTIVE_VERBS.lower()}))\b(?! (?:you|us)\b| that\b)"  # "informs you that": news
)
# a condition or purpose before a procedure's subject: "In case of negative dynamics of two indicators, the Department ..."
LEAD_CLAUSE = re.compile(r"\s*(?:In (?:the )?case of|In the event of|If|When|Where|On the basis of|Based on|Upon|After|Following)\b"
                         r"[^;:]{0,200}?,\s(?=(?:the |The )?(?:[A-Z]|(?:local|regional|municipal|executive|authori[sz]ed|"
                         r"competent|heads?|administrations?)\b))")  # (a generic body in lower case: "the local self-government body")
IMPERATIVE = r"Instruct|Recommend|Request|Propose|Charge|Oblige|Invite|Task|Ask|Entrust|Direct|Assign|Call upon|Urge"
INFINITIVE = re.compile(
    r"^(?:[-•–—]\s*)?(?:[A-Z][\w ]{0,40}, |"
    # "Within 10 working days of the date of this letter, to designate ...", "When taking decisions on ..., to take into account"
    # (not "Within 30 days ..., X shall set up a group ..., to coordinate ...": a subject's own modal comes first)
    r"(?:Within|When|Before|After|Until|Not later than|No later than|Prior to|Upon|If|Where|Once|During|Starting|within|not later than|no later than|by)\b"
    r"(?:(?!\b(?:shall|must|will|should|is to|are to)\b)[^;:]){0,200}?, |"
    # "In connection with the adoption of Federal Law No. 371-FZ ..., to prepare and submit ..."
    # (not "In order to implement ..., to approve" nor "In accordance with ..., to provide": a preamble's purpose or basis)
    r"(?:In connection with|In view of|Taking into account)\b[^;:]{0,300}?, (?=to [a-z]))?"
    rf"(?:[Tt]o (?!the\b|a\b|an\b|all\b|(?!bring\b)[a-z]+ing\b|this\b|these\b|which\b|whom\b|whose\b|regions\b|heads\b|administrations\b|governments\b|"
    rf"executive\b|local\b|municipal\b|subjects\b|constituent\b|senior\b|highest\b)(?P<verb>[a-z]+(?: upon)?)|(?P<imp>{IMPERATIVE})|"
    rf"(?P<bare>{DIRECTIVE_VERBS})(?= (?:the|a|an|all|this|these|that|its|their|proposals|information|measures|work|"
    r"monitoring|funding|financing|support|[a-z]+(?:s|ion|ment|ing)|and [a-z]+|to|on|in|for|with|from)\b|,))\b"
)
# a letter's requests to its addressee: "Please submit ...", "We ask you to ...", "You are requested to ..."
REQUEST = re.compile(
    r"^(?:[A-Z][^;:]{0,400}?, |(?:Thereafter|Subsequently|Further|Additionally|Also|Then|In addition|Furthermore|Moreover|"
    r"In this connection|In this regard|In connection with this|In view of (?:this|the above)|Accordingly|Therefore),? )?"
    r"(?:(?:[Ww]e|I|[Tt]he (?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*|[Tt]he [A-Z][\w-]*(?:,? (?:(?:of|for|and|on|the) )*[A-Z][\w-]*){1,8}|"
    r"[Tt]he [A-Z][^;:]{0,120}? \([^()]*\)) "
    r"(?:would )?(?:also |therefore |hereby |kindly )?"
    r"(?:ask|asks|request|requests|urge|urges|invite|invites) (?:you(?:,[^,]{1,60},)? to|that you(?:,[^,]{1,60},)?|you(?=\s*:))(?: |(?=\s*:))|"
    r"(?:We|I) (?:would )?(?:also |therefore |further )?(?:recommend|propose|suggest) that you(?:,[^,]{1,80},)? |"
    # "we recommend agreeing the list of projects with X": what the addressee should do, as a gerund
    r"(?:We|I) (?:would )?(?:also |therefore |further )?(?:recommend|suggest|advise) (?=(?!during\b)[a-z]{3,}ing\b)|"
    r"It is (?:also )?(?:requested|recommended|proposed) that(?:,[^,]{1,80},)? you(?:,[^,]{1,80},)? |"
    r"(?:Please|Kindly) (?=[a-z])|You are (?:hereby |kindly |also )?(?:requested|asked|invited|instructed|recommended) to |"
    # "We would be grateful if you could submit ...", "I would appreciate it if you would ..."
    r"(?:We|I) (?:would|will|shall) be (?:very |most )?(?:grateful|obliged|thankful) if you (?:could |would |can )?|"
    r"(?:We|I) would appreciate (?:it )?if you (?:could |would )?|"
    # "In this connection it is necessary to:" then what the addressee is to do, or "It is necessary to submit ..."
    rf"[Ii]t is (?:also |therefore |hereby )?(?:necessary|required|requested) to(?=\s*:| (?:{DIRECTIVE_VERBS})\b))",
    re.I,
)
# "We further ask the Administration of X to send ...": a request to a body named in the sentence
REQUEST_BODY = re.compile(
    # ("For the correct formation of the indicators, including ... "X", we ask the executive authorities ...:")
    r"^(?:[A-Z][^;:]{0,400}?, )?(?:[Ww]e|I) (?:would )?(?:also |further |therefore |hereby |kindly |additionally )?"
    r"(?:ask|request|urge|invite|instruct|charge|oblige|task|entrust) (?=(?:the |all )?(?:[A-Z]|"
    r"(?:heads? of (?:the )?)?(?:administrations?|heads?|governments?) [^,;]{0,40}?\bof [A-Z]|"  # "the administrations of A and B"
    r"(?:regional )?project offices\b|executive (?:bodies|authorities)\b|senior officials\b))"  # ... or a plural generic
)
# "So that the agreement can be signed, the Fund asks the Government of X to provide ...": a body's request
ASKS = re.compile(r"\b(?:asks|requests|invites|urges|calls (?:up)?on|recommends(?: to)?|(?:propose|suggest)s to)\s+(?=(?:the |all )?[A-Z])")
# an instruction reported after it was given, as a news item or a narrative writes it: "The governor instructed the
# Department of X to complete ... by 1 May", "The Head of X was asked to report every month": a duty only while its time
# is still to come (_live), else a past event ("In 2016 the Government instructed the Ministry to ...")
REPORTED_ORDER = re.compile(r"\b(?:(?P<active>instructed|asked|requested|tasked|charged|obliged|directed|ordered)\s+(?=(?:the |all )?[A-Z])|"
                            r"(?:was|were) (?:also )?(?:instructed|asked|requested|tasked|charged|obliged|directed) (?=to [a-z]|with [a-z]))")
# "The Ministry proposes that the Ministry of Finance, together with the Ministry, consider ..."
PROPOSES = re.compile(r"\b(?:proposes|suggests|recommends|propose|suggest|recommend) that (?=(?:the |all )?(?:[A-Z]|"
                      r"(?:senior officials|heads|executive (?:bodies|authorities)|local self-government|administrations)\b))")

# the addressees of a resolution on a letter, then its request ("Ministry of X (Name) - convener Ministry of Y (Name)
# Please consider ...": lines run into one paragraph)
ADDRESSED_REQUEST = re.compile(r"\s*(?P<who>[A-Z](?:[^:;.()]|\([^()]*\)){2,400}?)\s+(?:[Pp]lease|[Kk]indly)\s+(?=[a-z])")
# who recommends or asks, when the gazetteer does not know it: "The Committee recommends ...", "The participants of the
# hearings recommend that ..."
DELEGATOR = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:[Tt]he )?(?:(?:[A-Z][\w-]* ){0,4}(?:Committee|Council|Commission|Working Group|"
                       r"Group|Board|Presidium|Chamber)(?: (?:of|on|for) [^,;:]{1,150}?)?|participants of the [^,;:]{1,80}?|"
                       r"(?:parliamentary )?hearings|round table|conference|meeting)(?:\s*\([^()]*\))?\s*,?\s*$")


DATIVE = re.compile(r"\s*(?:[-•–—]\s*)?To (?:the |all )?(?=[A-Z]|(?:heads?|highest|senior|executive|local|regional|municipal|subjects|"
                    r"governments?|administrations?|territorial|ministry|department|committee|mayors?|regions|sector|division|"
                    r"section|office|service|directorate|employment)\b|"
                    # "To the project office of Perm Krai to prepare ...", "To the economy department (Name) to ..."
                    r"(?:[a-z][\w-]* ){1,4}(?:office|group|team|committee|council|commission|department|division|sector|"
                    r"service|directorate|centre|center|headquarters)s?\b)")  # ("To the project offices of the constituent entities")
# "To the regions: to submit ...": a decision addressed to whoever is named before the colon
# a section heading addressed to a body: "III. To the Ministry of Labour of the Russian Federation:"
# (not "To prepare X, we ask you:", nor "To perform its tasks the working group has the right:")
ADDRESSED_HEAD = re.compile(r"\s*To (?:the |all )?(?P<who>(?![a-z]+ [^:]*\b(?:(?:asks?|requests?) you|ha(?:s|ve) the rights?|(?:is|are) "
                            r"entitled)\b)(?:[^:()]|\([^():]*\)){2,160}):\s*$")  # (a bracket of the towns meant counts as one)
ADDRESSED = re.compile(r"\s*(?:(?:Rec\.|Recommend|To recommend) )?[Tt]o (?:the |all )?"
                       r"(?P<who>(?:[A-Z]|(?:heads|regions|executive|local|municipal|governments|administrations)\b)[^:]{0,120}):\s+(?=[a-z])")
# "It is proposed that X submit", "It is necessary for X to ensure", "It is deemed appropriate for X to ..."
PROPOSED = re.compile(
    r"^\s*(?:(?:At the same time|In addition|Also|Furthermore|Moreover|Further|In this regard|In this connection|"
    r"Accordingly|Therefore|At present),? )?[Ii]t (?:is|would be|will be|seems|appears) (?:hereby |also |therefore )?(?:proposed|recommended|requested|necessary|"
    r"advisable|expedient|appropriate|desirable|useful|"
    r"(?:considered|deemed|found) (?:necessary|appropriate|expedient|advisable)) (?:that|for|to) |"
    # a decision's "To consider it expedient for the Ministry to allocate ...", "To deem it necessary that X ..."
    r"^\s*(?:[-•–—]\s*)?(?:To |to )?(?:consider|deem|recogni[sz]e|find) it (?:necessary|appropriate|expedient|advisable|desirable|"
    r"useful|reasonable) (?:that|for) (?=(?:the |all )?[A-Z])|"
    r"^\s*[Ii]t is (?:also )?incumbent (?:up)?on (?=(?:the |all )?[A-Z])"  # "It is incumbent upon X to submit ..."
)
DELEGATING = {"instruct", "recommend", "request", "propose", "charge", "oblige", "invite", "task", "ask", "entrust", "impose",
              "direct", "assign", "call upon", "urge"}
# delegations that command (not "recommend", "request"): under an addressee's heading they are the addressee's own duty
COMMANDING = {"instruct", "charge", "task", "entrust", "direct", "assign", "oblige"}
# "to" that introduces the delegated action, not a recipient ("recommend to the heads ... to submit")
# "To charge X with the preparation of ...", "To entrust X with the duty of ...": the duty as a noun
NOMINAL_WITH = re.compile(r"\bwith (?=(?:the )?(?:duty|duties|tasks?|functions?|responsibility|obligation) (?:of|for|to)\b|"
                          r"the [a-z]{3,}(?:ion|ment|ing|ance|ence|sis|ure) (?:of|for|on|with)\b)")
# "To impose on X the duty of keeping ...", "To assign to X the monitoring of ...": who, then the duty as a noun
IMPOSED = re.compile(r"\s*(?:on|upon|to) (?=\S)(?P<who>[^;:]{3,200}?) (?=the (?:duty|duties|tasks?|functions?|responsibility|"
                     r"obligations?) (?:of|for|to)\b|the [a-z]{3,}(?:ion|ment|ing|ance|ence|sis|ure) (?:of|for|on|with)\b)")
GAP = re.compile(r" ")  # the space between IMPOSED's "who" and its duty: the split point, as ACTION_TO's match is
ACTION_TO = re.compile(r"\b(?:to|with) (?!the\b|a\b|an\b|all\b|its\b|their\b|this\b|these\b|that\b|each\b|which\b|whom\b)(?=[a-z])")


# words a subject may hold besides the bodies themselves ("X, together with the interested bodies, to ...")
SUBJECT_WORDS = {"the", "and", "with", "together", "jointly", "in", "cooperation", "participation", "of", "russia",
                 "federation", "administrations", "heads", "mayors", "to", "monotowns", "towns", "municipal", "formations",
                 "districts", "district", "settlements", "settlement", "okrug", "urban", "rural", "town", "city", "convener",
                 "as", "well", "also", "other", "interested", "concerned", "relevant", "involving", "involvement", "assistance", "hereby", "federal",
                 "regional", "executive", "bodies", "authorities", "ministries", "agencies", "departments", "organisations",
                 "organizations", "regions", "constituent", "entities", "subjects", "governors", "list", "attached", "zato",
                 "gku", "mku", "mbu", "mau", "fku", "fgbu", "gbu", "gau", "kgku", "ogku"}
# a plural generic in subject position names a generic body ("Regions shall nominate ...")
SUBJECT_GENERICS = [
    (re.compile(r"(?:the )?(?:regions|regional (?:authorit(?:y|ies)|governments?|heads)(?: concerned)?|"
                r"(?:regional |(?:the )?(?:highest|supreme) )?executive (?:bodies|authorities)(?: of state power)?"
                r"(?: of (?:the )?[A-Z][\w -]{2,40}| of (?:the )?(?:constituent entities|subjects)(?: of the Russian Federation)?)?|"
                r"(?:governors|heads|governments|senior officials|highest officials|(?:state |public )?authorities|"
                r"(?:state )?bodies of state power|state bodies) of (?:the )?(?:constituent entities|regions|subjects)"
                r"(?: of the Russian Federation)?(?: concerned)?|"
                r"constituent entities(?: of the Russian Federation)?|subjects of the Russian Federation|"
                # "the authorised body of the constituent entity": an executive authority of a region, as a procedure names it
                r"(?:(?:authori[sz]ed|competent|highest|supreme) )?(?:executive )?(?:body|bodies|authority|authorities)(?: of state power)?"
                r" of (?:the |a |each )?(?:constituent entit(?:y|ies)|subjects?)(?: of the Russian Federation)?|"
                # "the project offices of the constituent entities", "the regional project offices": the regions' own
                r"(?:the )?(?:regional )?project offices(?: of (?:the )?(?:constituent entities|subjects|regions)(?: of the Russian Federation)?)?)", re.I),
     "Executive authorities of constituent entities"),
    (re.compile(r"(?:its|their) (?:administrations?|heads?)|"
                r"(?:the )?(?:(?:heads?|mayors?|administrations?|executive committees?) of (?:the )?)?"
                r"(?:(?:administrations?|executive committees?) of (?:the )?)?(?:member )?(?:local self-government(?: bod(?:y|ies))?|monotowns|"
                r"(?:single-industry |mono-?profile |mono-industry )?(?:municipalities|municipal formations?)|municipal districts|urban districts|municipal administrations|"
                r"local administrations)(?: ?[-–] ?monotowns)?(?: concerned)?(?: (?:of|in) [^,;:]{1,120})?|"
                r"(?:the |an? |each )?(?:head|administration) of (?:a|an|each|the) (?:mono)?town(?: \([^()]*\))?|"
                r"(?:the |each )(?:local|municipal) administration", re.I),  # (a procedure's singular for each town's)
     "Local self-government bodies of monotowns"),
]


def _generic_subject(subject: str) -> str | None:
    """The generic body a plural subject names ("the regions" -> executive authorities), else None."""
    subject = " ".join(subject.split()).strip(" ,:;-–—•")  # ("To recommend to X: - to provide ...": the lead's colon, a dash)
    # "The senior officials (heads of the highest executive bodies of state power) of the constituent entities": a gloss
    subject = re.sub(r"\s*\([^()]*\)", "", subject)
    subject = re.sub(r"^(?:In|From|During|Starting from|Beginning with) (?:the )?(?:\d{4}|[a-z]+ (?:quarter|half) of \d{4}),? (?=the\b)",
                     "", subject)  # "In 2019 the authorised body of the constituent entity shall ...": when, then who
    # "... in whose territories monotowns are located": a restrictive clause names no other body
    subject = re.sub(r"\s+(?:in whose|in which|where|whose|which|that|named|listed|specified|mentioned|referred to|participating|"
                     r"wishing|intending|applying|receiving|responsible for|"
                     r"involved|taking part|concerned with|forming part of|located in|situated in|belonging to|included in|"
                     r"within the)\b.*$", "", subject)
    return next((canon for rx, canon in SUBJECT_GENERICS if rx.fullmatch(subject)), None)


# the parties of an agreement as the subject: "The Parties", "Both Parties", "..., the Parties" after a lead phrase
PARTIES_SUBJECT = re.compile(r"(?:^|[\s,])(?:[Tt]he |[Bb]oth |[Aa]ll )*(?:the )?Parties(?:\s*$|\s*,\s*(?:with|together with|jointly with|"
                             r"with the (?:involvement|participation) of|involving)\b)")


# a subject that is a party but no body ("Borrowers shall report ...", "The executors of the Plan shall ..."): actor null
AGENT_SUBJECT = re.compile(
    r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)(?:(?:the|all|each) )?(?:[a-z-]+ ){0,2}(?:executors?|borrowers?|residents?|applicants?|participants?|recipients?|"
    r"investors?|beneficiar(?:y|ies)|contractors?|operators?|grantees?|co-executors?|implementers?|performers?)"
    r"(?: (?:of|named in|listed in|specified in|referred to in|under) [^,;]{1,60})?",
    re.I,
)
# a subject naming an organisation the gazetteer lacks: capitalised words around an organisation's head word
ORG_SUBJECT = re.compile(
    r"(?:[Tt]he )?(?P<name>(?:[A-Z][\w'’-]* ){0,4}(?:Secretariat|Office|Centre|Center|Committee|Council|Commission|Service|"
    r"Agency|Group|Board|Directorate|Inspectorate|Union|Association|Chamber|Institute|University|Company|Corporation|"
    r"Authority|Team|Headquarters|Foundation)(?: (?:of|for|on) (?:the )?[A-Z][\w'’-]*(?: (?:of |for |and |on |the |with |in )*[A-Z][\w'’-]*)*)?)"
    r"(?: \([^()]*\))?"
)
# an office inside a ministry, named by its post: "The head of the division of monitoring of monotowns (O.A. Belova)"
POST_SUBJECT = re.compile(
    r"(?:[Tt]he )?(?P<name>(?:(?:First |Deputy )*(?:[Hh]ead|[Dd]irector|[Cc]hief)) of the (?P<unit>(?i:division|department|section|unit|"
    r"sector|office|directorate) (?:of|for|on) [^,;:()]{3,150}?))\s*(?:\([^()]*\))?(?:,? (?:together|jointly) with .*)?"
)
NOT_ACTION_VERB = re.compile(r"\s*(?:be|have|contain|include|consist|comprise|mean|apply)\b", re.I)
IRREGULAR = {"sent": "send", "given": "give", "taken": "take", "undertaken": "undertake", "drawn": "draw", "done": "do",
             "brought": "bring", "held": "hold", "made": "make", "spent": "spend", "written": "write", "shown": "show",
             "set": "set", "built": "build", "paid": "pay", "kept": "keep", "led": "lead", "found": "find", "met": "meet",
             "chosen": "choose", "run": "run", "put": "put", "sought": "seek", "begun": "begin", "bought": "buy"}
PARTICIPLE = r"[a-z]+ed|" + "|".join(IRREGULAR)
# "The results are placed by the Department on its site every six months": a procedure's duty in the present passive
PRESENT_PASSIVE = re.compile(rf"\b(?:is|are) (?!(?:approved|adopted|signed|established|created|formed|headed|chaired|appointed|elected|"
                             rf"founded|defined|determined|based|located|included|carried out by agreement)\b)(?P<verb>{PARTICIPLE}) "
                             r"(?:[^.;]*? )??by (?=(?:the )?(?:[A-Z]|(?:administrations|heads|municipalities|executive (?:bodies|authorities)|"
                             r"(?:regional )?project offices|local self-government bodies)\b))")
AGENTLESS_PASSIVE = re.compile(rf"\b(?:shall|must|is to|are to|should) be (?P<verb>{PARTICIPLE})\b")
DASH_VERB = re.compile(r"\s[-–—]\s+(?!(?:the|a|an|in|on|by|to|for|with|from|at|of|as|and|or|its|their|this|that|until|till|"
                       r"not|no|within|during|before|after|quarterly|monthly|annually|term|deadline|"
                       r"convener|coordinator|lead|responsible|co-executor)\b)(?P<verb>[a-z]{3,})\b")  # ("X - convener": a role)
BARE_TO = re.compile(r"(?:,\s*|\s+)(?:[-–—]\s+)?to (?!the\b|a\b|an\b|this\b|these\b|its\b|their\b|which\b|whom\b|whose\b)(?P<verb>[a-z]+)\b")


def _bodies_in(ents: list[Entity], start: int, end: int) -> list[str]:
    """Canonical bodies named in [start, end) (absolute offsets), outermost mentions, in order, distinct."""
    inside = [e for e in ents if e.label == "BODY" and start <= e.start and e.end <= end]
    outer = [e for e in inside if not any(o is not e and o.start <= e.start and e.end <= o.end and (o.end - o.start) > (e.end - e.start) for o in inside)]
    names: list[str] = []
    for e in sorted(outer, key=lambda x: x.start):
        if e.normalized and e.normalized not in names:
            names.append(e.normalized)
    return names


def _main_first(actors: list[str], text: str, ents: list[Entity], base: int) -> list[str]:
    """Move the body marked "(convener)" / "responsible executor" to the front."""
    m = re.search(r"\((?:convener|responsible executor|lead)\)", text, re.I)
    if m:
        before = [e for e in ents if e.label == "BODY" and e.end <= base + m.start()]
        if before:
            main = max(before, key=lambda e: e.end).normalized
            if main in actors:
                actors = [main] + [a for a in actors if a != main]
    return actors


UNIT_HEAD = r"(?:[A-Z][\w-]* ){0,3}?(?:Division|Department|Section|Sector|Directorate)\b"  # a unit whose head is named by the post
LINK_WORDS = re.compile(r"^(?:(?:jointly|together) with|with the participation of|in cooperation with|involving|the)\s+", re.I)
NOTE = re.compile(r"\((?:by agreement|if agreed|as agreed|convener|responsible executor|lead|coordinator)\)", re.I)


def _initials_first(name: str) -> str:
    """A person answering for a duty, named as the corpus names executors: "Kuzmina E.V." -> "E.V. Kuzmina"."""
    m = re.fullmatch(r"(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<initials>(?:[A-Z]\.\s?){1,2})", name.strip())
    return f"{m.group('initials').replace(' ', '')} {m.group('surname')}" if m else name


def _named_actors(ents: list[Entity], text: str, start: int, end: int) -> list[str]:
    """Who a "Responsible:" line or an executor cell names, in order: the bodies found, and any other
    name listed between them as written ("Krasnokamensk Employment Centre (by agreement)")."""
    actors: list[str] = []
    persons: list[str] = []
    others = False  # words besides the people named: their post, not a body ("Gerasimova L.R., head of the department")
    # "the Fund (to the Ministry)": the addressee in brackets is no executor
    recipient = [(start + m.start(), start + m.end()) for m in re.finditer(r"\((?:to|for) [^()]*\)", text[start:end])]
    bodies = [e for e in ents if e.label == "BODY" and start <= e.start and e.end <= end
              and not any(a <= e.start < b for a, b in recipient)]
    for seg in re.finditer(r"[^,;\n]+", text[start:end]):
        a, b = start + seg.start(), start + seg.end()
        hit = [e for e in bodies if e.start < b and a < e.end]
        names = _bodies_in(hit, min(e.start for e in hit), max(e.end for e in hit)) if hit else []
        if names and re.match(r"\s*(?:the )?head of (?:the )?", seg.group(), re.I) and re.match(UNIT_HEAD, names[0]):
            names[0] = f"Head of the {names[0]}"  # "Responsible: head of the DMA (P.S. Gavrilov)": the post answers
        generic = _generic_subject(re.sub(r"\([^()]*\)", "", seg.group())) if not names else None
        if generic:  # "regional authorities (to the Fund)"
            names = [generic]
        if not names:
            name = LINK_WORDS.sub("", NOTE.sub("", seg.group()).strip(" .:")).strip()
            # "Vyksa business incubator (Lapina E. V.)": the body a bracketed person heads
            headed = re.fullmatch(r"(?P<body>[^()]{3,80}?)\s*\((?P<who>[^()]+)\)", name)
            if headed and INITIALS_PERSON.search(headed.group("who")) and not INITIALS_PERSON.search(headed.group("body")):
                name = headed.group("body")
            words = name.split()
            place = any(x.label in ("REGION", "TOWN") and x.text == name for x in ents)  # "(Tula Oblast)": where, not who
            if (not words or len(words) > 8 or not (name[0].isupper() or name[0] in "\"'«") or place
                    or INITIALS_PERSON.search(name) or not re.search(r"[a-z]", name)):
                person = [_initials_first(e.normalized) for e in ents if e.label == "PERSON" and a <= e.start and e.end <= b
                          and re.fullmatch(r"[\s(]*", text[a:e.start]) and re.fullmatch(r"[\s).]*", text[e.end:b])]
                persons += person
                # "..., head of the economics department": a unit's post, not the person ("D.A. Sokolov, investment
                # commissioner of Satka" names no unit: the person answers)
                others = others or (bool(words) and not person and not place and bool(re.search(
                    r"\b(?:department|directorate|division|committee|administration|office|service|ministry|agency|"
                    r"sector|section|unit|centre|center|fund|council|commission)\b", name, re.I)))
                continue
            names = [name]
        actors += [n for n in names if n not in actors]
    # "| 1. | E.N. Pavlova | Compile ... |": a cell naming only people makes them the executors (no body to name)
    return _main_first(actors, text[start:end], ents, start) if actors or others else list(dict.fromkeys(persons))


def _duty_towns(ents: list[Entity], start: int, end: int, doc_towns: list[str]) -> list[str]:
    """The towns a duty names, else the document's one town when it names just one."""
    return _towns_in(ents, start, end) or (doc_towns if len(doc_towns) == 1 else [])


def _towns_in(ents: list[Entity], start: int, end: int) -> list[str]:
    out: list[str] = []
    for e in ents:
        if e.label == "TOWN" and start <= e.start and e.end <= end and e.normalized not in out:
            out.append(e.normalized)
    return out


def _trim_action(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s*,\s*(?:,\s*)+", " ", text)  # the hole a removed ", by D," leaves
    text = re.sub(r"\s*[(\[]\s*[,;:\s]*[)\]]", "", text)  # ... and of a removed "(by D)", "(deadline: D)"
    text = re.sub(r"\s+([,;])", r"\1", text).strip(" ,;:.(")
    text = re.sub(r"\s+[-–—]$", "", text)  # "on the completion of the works - by D" less its time limit
    text = re.sub(r"^(?:,\s*)+", "", text)
    # "in 2018, to ensure ..." less its deadline; "b) thereafter to submit ...": the sequence word is no action
    text = re.sub(r"^(?:also|additionally) (?=[a-z]+ )", "", text)  # "Please also designate ..."
    return re.sub(r"^(?:(?:thereafter|subsequently|afterwards|then|further|also|additionally),? )?to (?=[a-z])", "", text)


def _strip_number(text: str) -> tuple[int, str]:
    m = re.match(r"\s*(?:\(?[0-9IVX]+(?:\.[0-9]+)*[.)]|\(?[a-z]\))\s+", text)
    return (m.end(), text[m.end():]) if m else (0, text)


def _split_conjuncts(rest: str, doc_date: Date | None) -> list[str]:
    """"do A by D1, and do B quarterly" -> two duties; a conjunct without its own deadline stays joined; "to do A; to do
    B" -> two duties."""
    clauses = re.split(r"[;.]\s+(?:and\s+)?to\s+(?=[a-z]+\b)", rest)  # (". to submit ...": items run into one paragraph)
    if len(clauses) > 1:
        return [part for c in clauses for part in _split_conjuncts(c, doc_date)]
    pieces = re.split(r",? and,? (?=[a-z])", rest)
    parts: list[str] = []
    for piece in pieces:
        # a conjunct with its own modal ("and shall inform") is a duty of its own; so is one with its own
        # deadline, unless that is a plain date that then governs the whole clause ("do A and report by D")
        own = find_deadline(piece, doc_date)
        prev = find_deadline(parts[-1], doc_date) if parts else None
        # ("... and submit them to X as necessary": a vague time is no duty of its own)
        # (... "and thereafter quarterly": the same duty's later dates)
        continues = re.match(r"(?:in|on|at|by|for|of|from|during|within|until|till|before|after|that|thereafter|then|subsequently)\b", piece)
        # ("analyse the release of workers in 2018 and submit a report by 1.12.17": "in 2018" is what, not when)
        weak_before = prev and own and re.match(r"(?:in|during)\b", prev.deadline.text, re.I) \
            and not re.match(r"(?:in|during)\b", own.deadline.text, re.I)
        # ("... and inform the committee without delay of any layoffs": a vague time is no duty of its own either)
        vague_own = own is not None and own.deadline.date is None and own.deadline.recurrence is None
        # (... "complete A by 1 November 2018, and place B on the website on an ongoing basis": a standing duty after a
        # dated one is a duty of its own)
        if vague_own and prev and prev.deadline.date and re.fullmatch(
                r"(?:on an? (?:ongoing|permanent|continuous|regular) basis|permanently|constantly|continuously)",
                own.deadline.text.strip(), re.I):
            vague_own = False
        if not parts or MODAL.match(piece) or (own and prev and not continues and not weak_before and not vague_own):
            parts.append(piece)
        else:
            parts[-1] += " and " + piece
    if len(parts) < 2:
        return [rest]
    verb = re.match(r"\W*(\w+)", re.sub(MODAL, "", parts[0], count=1))
    out = [parts[0]]
    for p in parts[1:]:
        p = p.strip()
        if verb and re.match(r"(?:a|an|the) ", p):
            p = f"{verb.group(1)} {p}"
        out.append(p)
    return out


def _obligation(actors: list[str], action_text: str, sentence: str, unit: Unit, towns: list[str],
                doc_date: Date | None, deadline_text: str | None = None) -> Obligation:
    found = find_deadline(action_text, doc_date)
    deadline = resolve_deadline(deadline_text, doc_date) if deadline_text else None
    action = action_text
    if found and not deadline:
        deadline = found.deadline
    if found:
        after = action_text[found.end:]
        if not action_text[: found.start].rstrip().endswith(",") and re.match(
                r"\s*,(?!\s*(?:together|jointly|in cooperation|with|including|and|or|but|as well as|which|that|taking|if|where|when)\b)", after):
            after = after.lstrip()[1:]  # "provide monthly, by the 5th day of ..., information": the time's own comma
        action = action_text[: found.start] + " " + after
    action = _labelled(action)[0] or action  # "(Responsible: X; Deadline: D)" is no part of the action
    action = re.sub(MODAL, "", action, count=1)
    return Obligation(
        actor=actors[0] if actors else None,
        actors=actors,
        action=_trim_action(action),
        deadline=deadline.date if deadline else None,
        deadline_text=deadline.text if deadline else None,
        recurrence=deadline.recurrence if deadline else None,
        towns=towns,
        clause=unit.clause,
        page=unit.page,
        text=" ".join(sentence.split()),
    )


def _labelled(text: str) -> tuple[str, dict[str, str]]:
    """Split "Body. Responsible: X. Deadline: D" into the body and its labelled fields."""
    fields: dict[str, str] = {}
    # a label opens the text, a sentence or a bracket; mid-sentence words ("long term - ...") are no labels
    matches = [m for m in LABEL.finditer(text) if m.start() == 0 or re.search(r"(?:[.;:(]\s*|\n)$", text[: m.start()])
               or (":" in m.group() and m.group("label")[0].isupper())
               or (m.group("label")[0].isupper() and re.search(r",\s*$", text[: m.start()]))]  # "X, Term - monthly"
    # "(responsible - X, term - D)": the bracket a label opened goes on with the next label after a comma
    for m in LABEL.finditer(text):
        opened = [a for a in matches if a.start() < m.start() and re.search(r"\(\s*$", text[: a.start()])
                  and text[a.start(): m.start()].count("(") == text[a.start(): m.start()].count(")")]
        if m.start() not in {a.start() for a in matches} and opened and re.search(r"[,;]\s*$", text[: m.start()]):
            matches.append(m)
    matches.sort(key=lambda m: m.start())
    if not matches:
        return text, fields
    body = text[: matches[0].start()]
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        key = "responsible" if m.group("resp") else "deadline"
        value = text[m.start(): end] if key == "deadline" else text[m.end(): end]
        value = value.strip(" .;\n")
        if value.count(")") > value.count("("):  # "(Responsible: X; Deadline: D)"
            value = value.rstrip(" .;)")
        if value.count("]") > value.count("["):  # "[X; deadline - D]"
            value = value.rstrip(" .;]")
        if key == "responsible" and key in fields:  # "Responsible executor: X; co-executors: Y": Y after X
            fields.setdefault("co-responsible", value)
        fields.setdefault(key, value)
    return body, fields


PASSIVE_BY = (rf" be (?P<verb>{PARTICIPLE}) (?:[^.;]*? )??by "
              r"(?=(?:the )?(?:[A-Z]|(?:administrations?|heads?|mayors?|governments?|project office|territorial|municipalities|"
              r"recipients? of|members of|"
              r"executive|regional|municipal|local|federal|public|working|coordinating|interdepartmental|competition|expert|"
              r"commission|council|committee|department|division|authori[sz]ed|competent)\b))")
PASSIVE = re.compile(rf"\b(?:shall|must|is to|are to|should){PASSIVE_BY}")
# "The consolidated results will be sent by the Ministry to ...": the writer's own undertaking to pass something on (not
# "The information received will be used by the Ministry in ...", what it will do with it)
WILL_PASSIVE = re.compile(rf"\bwill{PASSIVE_BY}")
WILL_SEND = re.compile(r"sent|submitted|forwarded|transmitted|presented|provided|communicated|reported|published|posted|placed|"
                       r"prepared|drawn up|brought to the attention of")


# a procedure's check that a body makes: "Compliance ... is subject to mandatory verification by the Ministry"
SUBJECT_TO = re.compile(r"\b(?:is|are) subject to (?P<what>(?:mandatory |compulsory |obligatory )?(?:verification|inspection|audit|"
                        r"checks?|control|monitoring)) by (?=(?:the )?[A-Z])")


def _base_verb(participle: str) -> str:
    """"submitted" -> "submit", "approved" -> "approve", "carried" -> "carry" (enough for an action)."""
    w = participle
    if w in IRREGULAR:
        return IRREGULAR[w]
    if re.search(r"([bdgmnprt])\1ed$", w):
        return w[:-3]
    if w.endswith("ied"):
        return w[:-3] + "y"
    # (a silent "e" kept: "financed", "organised", "issued", "involved", "described", "completed", "changed", "judged",
    # "used", "determined")
    if re.search(r"(?:ar|at|iv|os|uc|ur|ov|ag|ir|id|ud|as|nc|rc|ac|is|iz|ys|yz|lv|ib|plet|ang|dg|rs|us|[mfb]in|ul|rg|u|e)ed$", w):
        return w[:-1]
    return w[:-2]


def _labelled_deadline(text: str, doc_date: Date | None):
    """A "Deadline:"/"Report due:" line: its explicit date wins, a recurrence after it is kept."""
    found = resolve_deadline(text, doc_date)
    m = re.search(rf"(?:{LABELLED_RE})(?:{BY_RE} )?(?:the )?(?P<expr>{DATE_EXPR_RE})", text, re.I)
    if found and found.recurrence and m:
        sub = DATE_RE.match(text, m.start("expr"))
        explicit = resolve_deadline(sub.group(), doc_date) if sub else None
        if explicit and explicit.date:
            found = explicit.__class__(explicit.date, text.strip(" ."), found.recurrence)
    if found:
        found.text = text.strip(" .")
    return found


class _Group:
    """Obligations of one numbered clause and its sub-items, to which label lines then apply."""

    def __init__(self) -> None:
        self.obligations: list[Obligation] = []
        self.parent_actors: list[str] = []
        self.addressees: list[str] = []  # a letter's "To the heads of ..." line: who its requests are for
        self.addressed: list[str] = []  # all of a letter's addressees, in order ("To the Governor of X", "... of Y")
        self.tentative: list[Obligation] = []  # agentless passives: duties only once a label names the actor
        # "To form the list of ...", "To create ...": what an act does itself, unless a label line gives it an
        # executor or a term ("Responsible executor - X. Term - during 20 working days.")
        self.founding: list[Obligation] = []
        self.dated: set[int] = set()  # ids of obligations a label line has dated
        self.lead_in = False  # parent_actors come from a lead-in the numbered items before us continue
        self.asked = False  # ... and that lead-in asked the addressee ("I ask you:"): its "To instruct X to ..." is the addressee's
        self.lead_verb: str | None = None  # "asks you to submit to the Ministry:": the items name only what and when
        self.item_due = None  # ("1", Deadline): "1. by 30 June 2017, in the form ...:" dates its sub-items a) b)
        self.lead_due = None  # Deadline: "please submit to the Fund by 2 June 2017:" dates the items after it
        self.rights = False  # "X has the right:": its items are what it may do, no duties
        self.reported = False  # "The letter proposes:": its items are another's proposals, no duties
        self.agent_lead = False  # "The recipient shall submit:": items whose actor is a party, not a body (null)
        # duties before this index had label lines of their own ("1.2 ... Term: D1. 1.3 ... Term: D2."):
        # a later label line is no longer theirs
        self.open_from = 0
        self.labelled = False  # a label line came since the last duty

    def unclaimed(self) -> list[Obligation]:
        """Agentless passives that no "Responsible:" line claimed: not duties after all."""
        return [o for o in self.tentative if o.actor is None] + self.founding


def _leading_bodies(ents: list[Entity], text: str, start: int, end: int) -> tuple[list[str], int]:
    """Bodies written one after another from ``start`` ("X, Y and the Z ..."): their names, where they end."""
    actors: list[str] = []
    pos = start
    for x in sorted((x for x in ents if x.label == "BODY" and x.start >= start and x.end <= end), key=lambda x: x.start):
        if x.start < pos:
            continue
        # "the administrations of Kirs and Luza": a town list's bodies start at the first town
        # ('the heads of the municipal formations "Town of A", "Town of B" and ...', "the work settlement of C")
        # ('JSC "Ural Steel" (Novotroitsk) and PJSC "Gaisky GOK" (Gay)': where each is, in brackets)
        if not re.fullmatch(r'\s*"?(?:\([^()]*\)\s*)?(?:,? and |, )?(?:[Tt]he )?(?:(?:[Aa]cting|[Ii]nterim|First) )?'
                            r"(?:(?i:town-forming|city-forming) (?i:organi[sz]ations?|enterprises?|compan(?:y|ies)) )?"
                            r"(?:(?i:state (?:development )?corporation) )?"  # "the State Development Corporation VEB.RF"
                            r'(?:(?i:(?:autonomous )?non-?(?:profit|commercial) organi[sz]ation) "?)?'  # the non-profit organisation "X"
                            r"(?:(?:[A-Z][\w-]* (?:Oblast|Krai|Okrug) )?(?i:(?:(?:federal|regional|municipal|state|public|budgetary|autonomous|treasury) ){0,4}institution)"
                            r'(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})? "?)?'
                            r"(?:(?i:management) of )?"  # "the management of LLC X": the company
                            r"(?:\([^()]*\) ?)?(?:(?i:heads|administrations|mayors) of (?:the )?"
                            r"(?:administrations of (?:the )?)?(?:(?i:municipal formations|municipalities|urban districts|urban settlements)(?: of)? (?:the )?)?"
                            r"(?:(?:mono)?towns of )?)?"
                            r'(?:"?(?i:town|city) of |(?i:the )?(?i:work |working |workers\' |urban-type )?settlement (?:of )?|'
                            r'closed administrative-territorial formation of |(?i:urban|municipal) district of )?', text[pos:x.start]):
            break
        if x.normalized not in actors:
            actors.append(x.normalized)
        pos = x.end
        country = re.match(r" of (?:the )?(?:Russia|Russian Federation)\b", text[pos:end])
        pos += country.end() if country else 0  # "Minpromtorg of Russia, together with ...": the abbreviation's country
        # "the town of Aleksin, Yefremov district and the working settlement Pervomaysky of Shchyokino district": a listed
        # town's own district words
        district = re.match(r"(?: (?i:district|municipal district|urban district)| of [A-Z][\w-]+ (?i:district|municipal district))\b",
                            text[pos:end]) if any(t.label == "TOWN" and x.start <= t.start and t.end == x.end for t in ents) else None
        pos += district.end() if district else 0
        # "the highest executive bodies of ... in whose territories monotowns are located submit ...": which of them
        whose = re.match(r",?\s+(?:in|on) whose territor(?:y|ies)\b[^,;:]{0,100}?\b(?:is|are) (?:located|situated)\b,?", text[pos:end])
        pos += whose.end() if whose else 0
    return actors, pos


# an official named by the post held in a body, before the body: "Deputy Head of the ", "Chief Engineer of the "
POST_OF = (r"(?:(?:First|Deputy|Acting) )*(?:Head|Chairman|Chairwoman|Director|Managing Director|General Director|Director General|"
           r"Chief Engineer|Chief Accountant|Executive Director)(?: for [A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){0,3})? of (?:the )?")


def _bare_subject(ents: list[Entity], sentence: str, s: int) -> re.Match | None:
    """ "X (A. Name), together with Y, to submit ...": the "to" after a subject made only of bodies."""
    first = min((x.start for x in ents if x.label == "BODY" and x.start >= s), default=None)
    # ("Heads of the Yuzha urban settlement and of the Navoloki urban settlement - hold ...": a town list's bodies start at
    # the first town)
    if first is None or not (re.fullmatch(r"\s*(?:the\s*)?(?:(?:heads|administrations|mayors) of (?:the )?(?:administrations of (?:the )?)?)?",
                                          sentence[: first - s], re.I) or re.fullmatch(rf"\s*(?:[Tt]he )?{POST_OF}", sentence[: first - s])):
        return None
    # "The Ministry of X - provide in the plan ...": whichever comes first ("X - ensure that the measures taken to support ...")
    # (a dash inside brackets is no verb's: "(responsible - R.M. Khasanov, term - weekly)")
    unbracketed = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), sentence)
    m = min((f for f in (BARE_TO.search(sentence), DASH_VERB.search(unbracketed)) if f), key=lambda f: f.start(), default=None)
    if not m:
        return None
    # "X (Zhukova E.V.) - on the basis of the list of residents to prepare ...": an adverbial after a dash
    masked = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), sentence[: m.start()])  # not "(hereinafter - the X)"
    dash = re.search(r"\s[-–—]\s+(?=[a-z])", masked)
    return m if _only_bodies(ents, sentence, s, dash.start() if dash else m.start()) else None


def _only_bodies(ents: list[Entity], sentence: str, s: int, end: int) -> bool:
    """Whether sentence[:end] names bodies (and persons) and nothing else but linking words."""
    if not any(x.label == "BODY" and s <= x.start and x.end <= s + end for x in ents):
        return False
    words = list(sentence[:end])
    for x in ents:  # blank out the bodies and persons named
        if s <= x.start and x.end <= s + end:
            words[x.start - s: x.end - s] = " " * (x.end - x.start)
    rest = re.sub(r"\([^()]*\)", " ", "".join(words))
    # "Deputy Head of the Administration of the settlement for Economics (Zaitseva) jointly with the Chief Engineer of the
    # Company (Ryabov) to ...": officials by their post in a body, and a deputy's area, name the bodies
    rest = re.sub(rf"\b{POST_OF}(?=\s\s)|(?<=\s\s)for [A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*){{0,3}}\b", " ", rest)
    # "... within the Volga Federal District to ...", "X, when summing up the results of the competition, to ...": where and
    # when, not who
    rest = re.sub(r"\b(?:within|in|of) the [A-Z][\w-]*(?:[ -][A-Z][\w-]*)? Federal District\b|"
                  r"(?:,\s*|\s+)(?:when|while|upon|after|before|in the course of)\b[^,]*(?:,|$)|"
                  r"\b(?i:state (?:development )?corporation)\b|"  # "the State Development Corporation VEB.RF": its legal form
                  # 'the Federal State Budgetary Institution "X"', 'the non-profit organisation "X"': a legal form too
                  r"\b(?i:(?:federal |regional |municipal )?(?:state )?(?:unitary |budgetary |autonomous |treasury |public )?"
                  r"(?:institution|enterprise)|(?:autonomous )?non-?(?:profit|commercial) organi[sz]ation)\b|"
                  # "S.N. Volkov, head of the working group:": the official's role
                  r",\s*(?:the )?(?:(?:first )?deputy )?(?:head|chairman|chairwoman|chair|coordinator|curator|secretary|member)\b[^,:;]*",
                  " ", rest)
    while (lead := find_deadline(rest, None)) is not None and lead.end > lead.start:  # "X, within 2 months, to ..."
        rest = rest[: lead.start] + " " + rest[lead.end:]
    return not [w for w in re.findall(r"[A-Za-z]+", rest) if w.lower() not in SUBJECT_WORDS]


# "To receive a subsidy in 2017, the executive authority of ... shall submit ...": a purpose before the subject
PURPOSE_FIRST = re.compile(r"(?:[-•–—]\s*)?To (?!the\b|all\b)[a-z]+\b[^,;:]{0,150}, (?:the|a|an|each|every|all|we|I) [^;:]{0,300}?"
                           # ... "To ensure a uniform approach, the Ministry ... has drawn up a form": what for, then what was done
                           r"(?:shall|must|is to|are to|is obliged to|asks?|requests?|ha(?:s|ve|d) [a-z]+(?:ed|en|wn|de|lt|ne|ft)|will)\b")
# "To approve X and to recommend that Y ...": what the act does, then a duty it delegates
DELEGATED_AFTER = re.compile(r",? and (?=to (?:recommend|instruct|request|propose|ask|oblige|invite|charge)\b)")
# "Report to the Government of the Russian Federation by 1 May 2020." after a duty: when, not another duty
REPORT_BY = re.compile(r"\s*Report(?:s)?(?: (?:to|in) (?:the )?[A-Z][^.;]{2,120}?)?,?\s(?=(?:by|no later than|not later than|before|until|till)\s)")
# "Pr-1745, item 2a: submit ...": an earlier act's instruction quoted (a status report), not a new duty
CITED_ITEM = re.compile(r"^\s*[^:;]{1,150}?,\s*(?:item|paragraph|clause|point|sub-item|subparagraph)s? [\w.()]+\s*:\s", re.I)


GENERIC_LEAD = re.compile(rf"(?P<subj>[^;:]{{3,200}}?)(?P<with>,? (?:together|jointly) with [^;:]{{3,150}}?,)? (?=(?:{DIRECTIVE_VERBS.lower()})\b)")


PARTNERS = re.compile(r"(?P<name>\s+(?:[A-Z]\.\s?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?|\s*\([^()]{3,60}\))?"
                      r"(?P<with>\s*,\s*(?:together|jointly) with [^,;:]{3,150},)?")


def _named_partners(ents: list[Entity], text: str, actors: list[str], end: int, e: int) -> tuple[list[str], int]:
    """The official's name and the partners after a subject's bodies, before its verb: "the Governor of X M.V. Kovtun,
    together with the Fund, work out ..." -> the Governor and the Fund, and where the verb starts."""
    # "the local administrations of the monotowns (of X Oblast) request ...": whose they are
    whose = re.match(r"\s+(?:of|in) (?:the |these |those |all )?(?:mono|single-industry )?(?:towns|municipalities)\b", text[end:e])
    end += whose.end() if whose else 0
    of = re.match(r"\s+of (?:the )?", text[end:e])
    region = next((x for x in ents if of and x.label == "REGION" and x.start == end + of.end()), None)
    if region:  # "the heads of the administrations of X and Y of Penza Oblast bring ...": where they are
        end = region.end
    # "... of category 1 (Krasnoturyinsk, Volchansk and Karpinsk) bring ...": which of them
    category = re.match(r"\s+(?:of|in) (?:the )?categor(?:y|ies) \d(?:(?:,| and| or) \d)*(?:\s*\([^()]*\))?", text[end:e])
    if category:
        end += category.end()
    m = PARTNERS.match(text, end, e)
    if not m.group("with") and not m.group("name"):
        return actors, end
    partners = _bodies_in(ents, m.start("with"), m.end("with")) if m.group("with") else []
    return actors + [p for p in partners if p not in actors], m.end()


WHOSE_TOWNS = re.compile(r"\s*(?:the )?(?P<head>heads|administrations|mayors|local self-government bodies)\b[^;:]*?,?\s+"
                         r"(?:in|on) whose territor(?:y|ies)\s+(?:the )?(?:mono)?towns? (?:of )?(?P<list>[^;:]{3,300}?)\s+"
                         r"(?:is|are) (?:located|situated)\b", re.I)


def _whose_towns(ents: list[Entity], subj: str, offset: int) -> list[str]:
    """The heads (administrations) of the towns a subject's restrictive clause names: "the heads of the municipal
    districts ..., in whose territories the monotowns of A and B are located" -> Head of A, Head of B."""
    m = WHOSE_TOWNS.match(subj)
    if not m:
        return []
    post = "Head" if m.group("head").lower() in ("heads", "mayors") else "Administration"
    towns = [x.normalized for x in sorted(ents, key=lambda x: x.start) if x.label == "TOWN"
             and offset + m.start("list") <= x.start and x.end <= offset + m.end("list")]
    return list(dict.fromkeys(f"{post} of {t}" for t in towns))


# ", and the local administration shall submit ...": a second subject with its own modal verb
SECOND_SUBJECT = re.compile(r",\s+and\s+(?=(?P<subj>(?:the |each |all )?[^,;:()]{3,120}?)\s+(?:shall|must|is to|are to)\s+(?!be\b)[a-z]+)")


def _second_subjects(spans: list[tuple[int, int]], text: str, ents: list[Entity]) -> list[tuple[int, int]]:
    """Sentences split where a second body takes its own duty: "X shall return it within 3 days, and the local
    administration shall submit the revised information within 5 days" -> two sentences."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in SECOND_SUBJECT.finditer(text, s, e):
            subj = m.group("subj")
            bodies = _bodies_in(ents, m.start("subj"), m.end("subj"))
            if ((bodies and _only_bodies(ents, text[m.start("subj"):], m.start("subj"), len(subj))) or _generic_subject(subj)) \
                    and MODAL.search(text, s, m.start()):
                out.append((s, m.start()))
                s = m.start("subj")
        out.append((s, e))
    return out


def _generic_lead(ents: list[Entity], text: str, s: int, e: int) -> tuple[list[str], int]:
    """A generic plural subject, its partners and the offset of its verb: "the heads of the municipal formations in whose
    territories monotowns are located, together with the Agency, inform ..."; ([], s) when there is none."""
    m = GENERIC_LEAD.match(text, s, e)
    generic = _generic_subject(re.sub(r"\([^()]*\)", "", m.group("subj"))) if m else None
    if not generic:
        return [], s
    partners = _bodies_in(ents, m.start("with"), m.end("with")) if m.group("with") else []
    return [generic] + [p for p in partners if p != generic], m.end()


def _lead_or_duties(actors: list[str], lead_in: bool, rest: str, sentence: str, unit: Unit, towns: list[str],
                    doc_date: Date | None, group: _Group) -> list[Obligation] | None:
    """Bodies, then what they are to do; a lead-in ("X:") makes them the actors of the items that follow.
    None when no body was named."""
    if not actors:
        return None
    if lead_in:
        group.parent_actors = actors
        # "It is recommended that X report to the project office:" then "a) on the completion of ... - by D"
        verb = rest.strip().rstrip(" :")
        group.lead_verb = verb if re.match(r"[a-z]+\b", verb) and not re.match(r"(?:to|and|with|of)\b", verb) else None
        return []
    return [_obligation(actors, part, sentence, unit, towns, doc_date) for part in _split_conjuncts(_drop_to(rest), doc_date)]


RIGHTS_LEAD = re.compile(r"\b(?:ha(?:s|ve) the right(?:s)?(?: to)?|(?:is|are) entitled to|may)\s*:\s*$")
# a letter or a speaker reported: "The letter proposes:", "The Governor asks:" then what was proposed, no duty of anyone here
REPORTED_LEAD = re.compile(r"\s*(?:The|This|That|His|Her|Its|In (?:the|this|its|his|her)) (?:letter|appeal|application|request|note|"
                           r"address|memorandum|telegram)s?,?(?: [a-z]+){0,3} (?:proposes|suggests|requests|asks|contains|"
                           r"lists|sets out|states|(?:it )?is proposed)\b[^:]{0,120}:\s*$")
# "1. The list approved by Order No. X shall be amended in accordance with the annex, namely:" then "a) to include ...",
# "b) to exclude ...": what the amendment does, no duty of anyone
AMENDING_LEAD = re.compile(r"\b(?:(?:shall be|is|are|is hereby|are hereby) (?:amended|changed|supplemented)|(?:the )?following "
                           r"(?:amendments|changes) (?:shall be|are|is) (?:made|introduced))\b[^:]{0,200}:\s*$", re.I)
# what an item under "submit to X:" names: "a) on the completion of ...", "1. A list of ...", "2. Information on ..."
WHAT_NOUNS = (r"information|proposals|data|reports?|copies|lists?|assessments?|updated|consolidated|draft|details|documents?|"
              r"schedules?|plans?")
WHAT_ITEM = rf"on|about|regarding|concerning|a|an|the|that|justified|{WHAT_NOUNS}"
# ... the same words opening a numbered item in capitals ("1. A list of ...", "2. Information on ...")
WHAT_ITEM_CAPITALISED = "|".join(["A", "An"] + [w[:1].upper() + w[1:] for w in WHAT_NOUNS.split("|")])


# an amending act quotes the new wording of the act it amends: no duties of its own
AMENDMENT = re.compile(r"\b(?:(?:shall be|is|are) (?:worded|read|reworded|set out|amended) as follows|"
                       r"(?:supplemented|amended|replaced) (?:with|by) the following (?:sentence|paragraph|sub-?paragraph|"
                       r"words|wording|text|item|clause|sub-?item)s?|"
                       r"(?:supplemented|amended|replaced) (?:with|by) [^:;\"«“]{1,80}? (?:reading|to read|which reads|as follows))\s*:\s*[\"«“]", re.I)
QUOTED_PARAGRAPH = re.compile(r"\s*(?:[a-z]\)\s*)?[\"«“](?:\d+(?:\.\d+)*\.?|[a-z]\))\s")


def _sentence_obligations(unit: Unit, ents: list[Entity], doc_date: Date | None, doc_towns: list[str],
                          group: _Group, parties: list[str] = ()) -> list[Obligation]:
    text = unit.text
    skip, _ = _strip_number(text)
    out: list[Obligation] = []
    # 'paragraph 5 shall be supplemented with the following sentence: "The Ministry shall ..."': the amended act's words
    amended = AMENDMENT.search(text)
    if QUOTED_PARAGRAPH.match(text, skip):  # '"3. To determine the Ministry of X as ...";' (the new wording itself)
        return out
    for s, e in _second_subjects(_sentences(text), text, ents):
        s = max(s, skip)
        if amended and e > amended.start():
            e = amended.start()
            if s >= e:
                continue
        sentence = text[s:e]
        addressed = ADDRESSED.match(sentence) if group.parent_actors else None
        if addressed:  # "To the regions: to submit ...": the actor came from before the colon
            s += addressed.end()
            sentence = text[s:e]
        dated = _dated_item(sentence, unit, group, doc_date) if group.lead_verb and (group.parent_actors or group.agent_lead) else None
        if dated:  # "1. by 8 May 2015 - information on ...": the item's time limit, whatever its object says
            what, when = dated
            ob = _obligation(list(group.parent_actors), what, sentence, unit, _duty_towns(ents, s, e, doc_towns), doc_date)
            ob.deadline, ob.deadline_text, ob.recurrence = when.date, when.text, when.recurrence
            out.append(ob)
            continue
        report = REPORT_BY.match(sentence)
        # "X shall consider ... Report to the Government by 1 May 2020.": the duty's deadline, in its sentence or a
        # paragraph of its own under the clause ("Report by 1 March 2018, and thereafter every six months.")
        if report and (out or (not unit.top and group.obligations)):
            due = find_deadline(sentence[report.end():], doc_date)
            for o in (out or group.obligations) if due else ():
                if o.deadline_text is None:
                    o.deadline, o.deadline_text, o.recurrence = due.deadline.date, due.deadline.text, due.deadline.recurrence
            continue
        # (after a dash: "– To take note of the information of ...")
        not_duty = NOT_DUTY.search(re.sub(r"^[-•–—]\s*", "", sentence.strip()))
        delegated = DELEGATED_AFTER.search(sentence) if not_duty and not_duty.start() == 0 else None
        if delegated:  # "To approve the application and to recommend that the Supervisory Board consider ...": the second
            s += delegated.end()
            sentence = text[s:e]
            not_duty = NOT_DUTY.search(re.sub(r"^[-•–—]\s*", "", sentence.strip()))
        if (not_duty and not_duty.start() == 0 and group.parent_actors and unit.top is False
                and not re.match(r"control\b", not_duty.group(), re.I)  # (the control formula after the items is none)
                and not re.search(r"\b(?:attached|annexed|following amendments)\b", sentence)):
            not_duty = None  # "1. The Government shall: a) approve, by 1 June, a plan ...": a duty of its own
        if not_duty and not_duty.start() == 0 and FOUNDING.match(not_duty.group()) and unit.kind == "clause":
            not_duty = None  # a duty only if a label line claims it (_Group.founding)
        if not sentence.strip() or not_duty or CITED_ITEM.match(sentence):
            continue
        towns = _duty_towns(ents, s, e, doc_towns)
        lead = len(sentence) - len(sentence.lstrip())
        addressed = ADDRESSED_REQUEST.match(sentence)
        if addressed and _only_bodies(ents, sentence, s, addressed.end("who")):
            # a resolution's addressees, a line each, then its request: "Ministry of X (Name) - convener / Ministry of Y
            # (Name) / Please consider ... and submit ..."
            actors = _main_first(_bodies_in(ents, s, s + addressed.end("who")), sentence[: addressed.end("who")], ents, s)
            group.addressees = actors
            out += [_obligation(actors, part, sentence, unit, towns, doc_date)
                    for part in _split_conjuncts(sentence[addressed.end():], doc_date)]
            continue
        request = REQUEST.match(sentence[lead:])
        if request and (group.addressees or group.parent_actors):
            actors = list(group.addressees or group.parent_actors)
            # "As regards Ivanovo Oblast, we ask you to ...": the addressee of that place
            places = [x.normalized for x in ents if x.label in ("REGION", "TOWN") and s + lead <= x.start < s + lead + request.end()]
            chosen = [a for a in group.addressed if any(a.endswith(f" of {p}") for p in places)]
            actors = chosen or actors
            rest = sentence[lead + request.end():].strip()
            if re.match(r"(?:note|be (?:informed|advised|aware|guided))\b", rest):
                continue  # "Please note that reports not signed ... will not be accepted": a notice
            if not rest.strip(" :"):  # "we ask you to:" then 1. 2. 3.
                group.parent_actors, group.asked = actors, True
                continue
            # "asks you to submit to the Ministry:" then what, by when ("provide the following documents:" is a duty itself)
            # ... or "asks you to submit, in hard copy and in electronic form (...):" then "1. by D, in the form ...: a) ..."
            # ... or both: "we ask you to submit to the Department of X, in hard copy and in electronic form (...):";
            # "Please also ensure:" then what
            # ... or "please submit to the Fund by 2 June 2017:" then what: the items' deadline unless they name one
            # ... or "requests you to submit to the Ministry, in hard copy ..., no later than 15.08.2018, the following
            # information in the attached forms:" then "1) on the number of jobs ...": each item a duty of its own
            # ... or "we ask you to submit information in the following forms (attached):" then a table of the forms, each
            # row a duty: "submit information in Form 1 ..."
            asked = re.fullmatch(r"(?P<verb>[a-z]+(?: (?:to|into|for) (?:the )?[A-Z][^,;:]{0,80})?)(?P<mid>,[^:]{0,240}?)?,?\s+"
                                 r"(?:the following (?P<noun>information|data|materials|proposals|reports?)"
                                 r"(?: (?:in|on|under|according to|using) [^:]{0,80})?|"
                                 r"(?P<forms>(?:information|data|reports?) (?:in|on|under|according to|using))(?: the)? following "
                                 r"(?:forms|templates|tables)(?:\s*\([^()]*\))?)\s*:\s*", rest)
            if asked:
                due = find_deadline(asked.group("mid") or "", doc_date)
                group.parent_actors = actors
                group.lead_verb = f"{asked.group('verb')} {asked.group('noun') or asked.group('forms')}"
                group.lead_due = due.deadline if due else None
                continue
            lead_due = find_deadline(rest, doc_date)
            lead_due = lead_due if lead_due and re.fullmatch(r"\s*:\s*", rest[lead_due.end:]) else None
            verb = rest[: lead_due.start].rstrip(" ,") + ":" if lead_due else rest
            if re.fullmatch(r"(?:(?:also|further|additionally) )?[a-z]+(?: (?:to|into|for) (?:the )?[A-Z][^,;:]{0,80})?"
                            r"(?:,(?![^:]*\bfollowing\b)[^:]{3,160})?\s*:", verb):
                group.parent_actors = actors
                group.lead_verb = re.sub(r"^(?:also|further|additionally) ", "", verb.rstrip(" :"))
                group.lead_due = lead_due.deadline if lead_due else None
                continue
            lead_deadline = find_deadline(request.group(), doc_date)  # "It is requested that, within 10 days, you ..."
            out += [_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline)
                    for part in _split_conjuncts(sentence[lead + request.end():], doc_date)]
            continue
        asked = REQUEST_BODY.match(sentence[lead:])
        if asked:
            after = sentence[lead + asked.end():]
            m = ACTION_TO.search(after)
            actors = _bodies_in(ents, s + lead + asked.end(), s + lead + asked.end() + (m.start() if m else len(after)))
            generic = _generic_subject(re.sub(r"\([^()]*\)", " ", after[: m.start()]).rstrip(" :")) if m and not actors else None
            actors = actors or ([generic] if generic else [])
            if actors and m:
                actors = _main_first(actors, after[: m.start()], ents, s + lead + asked.end())
                rest = after[m.end():]
                following = re.search(r",?\s*the following(?: [a-z]+){0,3}\s*:\s*$", rest)
                if following:  # "we ask the administrations of A and B to submit to X, by D, the following information:"
                    head = rest[: following.start()]
                    due = find_deadline(head, doc_date)
                    verb = head[: due.start] + head[due.end:] if due else head
                    group.parent_actors = actors
                    group.lead_verb = re.sub(r"\s*,\s*,\s*|\s*,\s*$", " ", verb).strip(" ,")
                    group.lead_due = due.deadline if due else None
                    continue
                out += [_obligation(actors, part, sentence, unit, towns, doc_date)
                        for part in _split_conjuncts(rest, doc_date)]
                continue
        proposes = PROPOSES.search(sentence)
        if proposes and (_bodies_in(ents, s, s + proposes.start()) or DELEGATOR.match(sentence[:proposes.start()])):
            actors, end = _leading_bodies(ents, text, s + proposes.end(), e)
            if not actors:  # "The Ministry also recommends that the senior officials of the constituent entities involve ..."
                actors, end = _generic_lead(ents, text, s + proposes.end(), e)
            rest = _drop_to(re.sub(r"^\s*(?:\([^()]*\)\s*)?,[^,]{1,100},", "", text[end:e]))
            if actors and re.match(r"[a-z]", rest):
                out += [_obligation(actors, part, sentence, unit, towns, doc_date) for part in _split_conjuncts(rest, doc_date)]
                continue
        asks = ASKS.search(sentence) if not asked else None
        if asks and (_bodies_in(ents, s, s + asks.start()) or DELEGATOR.match(sentence[:asks.start()])):
            after = sentence[asks.end():]
            if after.rstrip().endswith(":") and _bodies_in(ents, s + asks.end(), e):  # "The Ministry asks the Fund:" then 1. 2.
                group.parent_actors, group.lead_in = _bodies_in(ents, s + asks.end(), e), True
                continue
            m = ACTION_TO.search(after)
            actors = _bodies_in(ents, s + asks.end(), s + asks.end() + (m.start() if m else 0))
            if actors and m:
                lead_deadline = find_deadline(after[m.end():], doc_date)
                out += [_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline)
                        for part in _split_conjuncts(after[m.end():], doc_date)]
                continue
        told = REPORTED_ORDER.search(sentence) if not asked else None
        if told and _live(sentence[told.end():], doc_date):
            if told.group("active"):
                after = sentence[told.end():]
                m = ACTION_TO.search(after)
                actors = _bodies_in(ents, s + told.end(), s + told.end() + m.start()) if m else []
                rest = after[m.end():] if m else ""
            else:
                actors = _bodies_in(ents, s, s + told.start())
                rest = re.sub(r"^(?:to|with) ", "", sentence[told.end():])
            if actors and rest:
                out += [_obligation(actors, part, sentence, unit, towns, doc_date) for part in _split_conjuncts(rest, doc_date)]
                continue
        necessary = re.match(r"\s*It is (?:also |therefore )?(?:necessary|required) (?=to [a-z])", sentence)
        if necessary and re.search(rf"\((?:{RESPONSIBLE_LABEL})\s*[:–—-]", sentence, re.I):
            lead = necessary.end()  # "It is necessary to ensure ... (responsible: X; term: D)": a decision whose bracket names who
        inf = INFINITIVE.match(sentence[lead:])
        if inf and inf.group("verb") and PURPOSE_FIRST.match(sentence[lead:]):
            inf = None  # "To receive a subsidy, the authorised body shall submit ...": what for, then who
        if inf and inf.group("bare") and (re.search(r"\b(?:were|was|have been|has been)\b", sentence) or PASSIVE.search(sentence)):
            inf = None  # "Draft resolutions on ... were agreed ...": a noun, and a report of what was done
        proposed = PROPOSED.match(sentence)
        if proposed:  # "It is proposed that the Government of X and the Government of Y submit ..."
            actors, end = _leading_bodies(ents, text, s + proposed.end(), e)
            if not actors and sentence.rstrip().endswith(":"):  # "It is recommended that the heads of ... :"
                generic = _generic_subject(re.sub(r"\([^()]*\)", "", sentence[proposed.end():]).rstrip(" :"))
                actors = [generic] if generic else []
            elif not actors:  # "It is recommended that the executive committees of ..., together with X, inform ..."
                actors, end = _generic_lead(ents, text, s + proposed.end(), e)
            else:  # "It is recommended that the Governor of X M.V. Kovtun, together with the Fund, work out ..."
                actors, end = _named_partners(ents, text, actors, end, e)
            # "It is recommended that X (A. Name) within ...:" then a) b)
            found = _lead_or_duties(actors, sentence.rstrip().endswith(":"), text[end:e], sentence, unit, towns, doc_date, group)
            if found is not None:
                out += found
                continue
        if inf:
            verb = (inf.group("verb") or inf.group("imp") or inf.group("bare")).lower()
            after_due = None
            if verb in DELEGATING:
                after = sentence[lead + inf.end():]
                that = re.match(r",?\s*(?:that|for)\s+", after)
                if that:  # "Recommend that the Government of X submit ..."
                    actors, end = _leading_bodies(ents, text, s + lead + inf.end() + that.end(), e)
                    if not actors:  # "To recommend that the heads of the municipal formations in whose territories ... designate"
                        actors, end = _generic_lead(ents, text, s + lead + inf.end() + that.end(), e)
                    # "To recommend that X:" then its items
                    out += _lead_or_duties(actors, not text[end:e].strip(" :"), text[end:e], sentence, unit, towns, doc_date,
                                           group) or []
                    continue
                m = ACTION_TO.search(after)
                if m and not after[:m.start()].strip():  # "To recommend to local self-government bodies of monotowns to
                    # update ...": without an article the recipient's own "to" looks like the action's
                    later = ACTION_TO.search(after, m.end())
                    named = after[m.end(): later.start()] if later else ""
                    if later and (_generic_subject(re.sub(r"\([^()]*\)", " ", named))
                                  or _bodies_in(ents, s + lead + inf.end() + m.end(), s + lead + inf.end() + later.start())):
                        m = later
                if not m and verb in ("charge", "entrust", "task"):
                    m = NOMINAL_WITH.search(after)
                if not m and verb in ("impose", "assign"):
                    imposed = IMPOSED.match(after)
                    m = GAP.match(after, imposed.end("who")) if imposed else None
                if not m:
                    if sentence.rstrip().endswith(":"):  # "To recommend the heads of X:" then 3.1, 3.2 ...
                        group.parent_actors = _bodies_in(ents, s + lead + inf.end(), e)
                        generic = _generic_subject(re.sub(r"^\s*to |\([^()]*\)", " ", after).rstrip(" :"))
                        if not group.parent_actors and generic:  # "Recommend to the subjects of the RF (offices):"
                            group.parent_actors = [generic]
                    continue
                split = lead + inf.end() + m.start()
                actors = _bodies_in(ents, s + lead + inf.end(), s + split)
                if not actors:  # "Recommend to the subjects of the Russian Federation (regional project offices) to ..."
                    generic = _generic_subject(re.sub(r"^\s*to |\([^()]*\)", " ", sentence[lead + inf.end(): split]))
                    actors = [generic] if generic else []
                actors = _main_first(actors, sentence[lead + inf.end():split], ents, s + lead + inf.end())
                action = sentence[split + len(m.group()):]
                ahead = sentence[lead + inf.end():split]  # "To recommend to X (Name) in term of 10 working days to present"
                if (verb in COMMANDING or group.asked) and group.parent_actors and not set(actors) & set(group.parent_actors):
                    # "I. To the Government of the Russian Federation: ... 4. to instruct the Ministry to prepare ...": the
                    # addressee's duty is to instruct (the Ministry answers to it, not to this document)
                    start = inf.start("verb") if inf.group("verb") else inf.start("imp") if inf.group("imp") else inf.start("bare")
                    actors, action, ahead = list(group.parent_actors), sentence[lead + start:], ""
            else:
                ahead = sentence[lead: lead + inf.start("verb")] if inf.group("verb") else ""
                actors = list(group.parent_actors or group.addressees)
                if group.lead_in and not unit.clause and re.match(r"\s*To [a-z]", sentence) and not BULLET.match(sentence):
                    actors = []  # "To hold the next meeting in December.": after the numbered items of "To X:", a decision of its own
                # "... (Administration of X, Ministry of Y (convener)) - by 15 October 2018.": the executors before a
                # dash and the deadline
                tail = re.search(r"\(((?:[^()]|\([^()]*\))+)\)(?P<after>\s+[-–—]\s+[^()]{1,150}?)?\W*$", sentence)
                # "... of the plant [Department of Labour of X Oblast; deadline - 01.03.2016].": square brackets alike
                tail = tail or re.search(r"\[([^\[\]]+)\](?P<after>\s+[-–—]\s+[^\[\]]{1,150}?)?\W*$", sentence)
                after_due = find_deadline(tail.group("after"), doc_date) if tail and tail.group("after") else None
                if tail and tail.group("after") and not (after_due or RECURRING_CONTEXT.search(tail.group("after"))):
                    tail = None
                end = len(sentence)
                named = _bodies_in(ents, s + tail.start(1), s + tail.end(1)) if tail and actors else []
                if named and set(named) < set(actors):  # "To Mintrud and Rostrud: ... 2) to carry out visits ... (Rostrud)."
                    actors, end = named, tail.start()
                # ("(responsible - X (Name), term - D)": labelled, its "responsible" names who, _apply_label reads it)
                labelled = tail and re.match(rf"\s*(?:{RESPONSIBLE_LABEL})\s*(?::|[-–—])", tail.group(1), re.I)
                if not actors and tail and not labelled and not re.match(r"\s*here(?:in)?after\b", tail.group(1)):  # "2. To prepare ... (Ministry of Industry of X Oblast, monthly)."
                    actors = _named_actors(ents, text, s + tail.start(1), s + tail.end(1))
                    actors = [a for a in actors if not find_deadline(a, doc_date) and not RECURRING_CONTEXT.search(a)
                              and not re.match(r"(?:Annex|Appendix|Schedule|Table)\b", a)]  # "(Annex 1)": where, not who
                    if not actors:  # "(D.N. Kozak, A.G. Siluanov)": the officials answer for it
                        actors = [_initials_first(x.normalized) for x in sorted(ents, key=lambda x: x.start) if x.label == "PERSON"
                                  and s + tail.start(1) <= x.start and x.end <= s + tail.end(1)]
                    if actors and not find_deadline(tail.group(1), doc_date):
                        end = tail.start()  # the executors' bracket is no part of the action
                start = inf.start("verb") if inf.group("verb") else inf.start("bare")
                action = sentence[lead + start:end]
                action = action[:1].lower() + action[1:]
            lead_deadline = (find_deadline(ahead, doc_date) if ahead.strip() else None) or after_due
            for part in _split_conjuncts(action, doc_date):
                out.append(_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline))
            continue
        m = MODAL.search(sentence)
        if m:
            # "If a monotown lags behind ..., its administration shall ...": the condition holds no subject
            cond = re.match(r"\s*(?:(?:If|When|Where|Should|Unless|In case|In the event(?: that)?)\b[^,]{0,200}|"
                            # "Within 10 working days of the signing of the minutes of the commission, the Ministry shall"
                            r"(?:Within|Not later than|No later than|Upon|Following) [^,]{1,200}|"
                            r"On behalf of [^,]{2,120}|On the part of [^,]{2,120}|(?:[-•–—]\s*)?(?:To|In order to) [a-z]+\b[^,;:]{0,150}),\s*",
                            sentence[: m.start()])
            # ("On behalf of the Government, the Ministry will", "On the part of the Region, the Department shall", "To receive
            # a subsidy, the applicant shall": not who)
            c0 = cond.end() if cond else 0
            reported = list(re.finditer(r"\bthat\b[\s,]+", sentence[c0: m.start()]))
            if reported:  # "X informed the Commission that the modernisation ... will lead to ...": reported speech
                c0 += reported[-1].end()
            subj = sentence[c0: m.start()]
            described = re.search(r"\b(?:which|that|who)(?: together| jointly| also)?\s*$", subj)
            if described and not any(x.label == "BODY" and 0 <= s + c0 + described.start() - x.end <= 3 for x in ents):
                continue  # "... two projects, which together are to create 85 jobs": a relative clause describes
                # (", the Fund, which is asked to provide ...": the body before it is asked)
            # ", as the operator,", ", set up by the Government of X to support investors,": not the subject
            apposition = re.search(r",\s*(?:as|being|acting as|set up|established|created|formed|founded|headed|chaired|"
                                   r"represented|appointed|coordinated|supervised|(?:to|for|with|of|in) (?:which|whom)|which|who)\b[^,]*,", subj)
            # "Heads of the monotowns that wish to place projects in the parks of the Corporation": the relative
            # clause names no subject
            relative = re.search(r"\s(?:that|which|who|whose|in whose|where)\s", subj)
            # "The authorised body ... is responsible for the reliability of the information and shall place ...": the
            # subject is before what it answers for
            answers = re.search(r"\s+(?:is|are) (?:responsible|accountable|liable) for\b[^;]*?\band\s*$", subj)
            cut = min([x.start() for x in (apposition, relative, answers) if x] or [len(subj)])
            actors = _bodies_in(ents, s + c0, s + c0 + cut)
            if not actors and apposition and re.match(r",\s*represented by\b", apposition.group()):
                # "The Russian Federation, represented by the Ministry, undertakes:": the body that acts for it
                actors = _bodies_in(ents, s + c0 + apposition.start(), s + c0 + apposition.end())
            owners = re.match(r"\s*(?:[Tt]he )?(?:shareholders|owners|founders|co-owners) of (?:the )?", subj)
            if owners and len(actors) > 1:  # "The shareholders of the mill, LLC X and VEB, are requested": X and VEB
                owned = next((x for x in ents if x.label == "BODY" and x.start == s + c0 + owners.end()), None)
                actors = [a for a in actors if owned is None or a != owned.normalized] or actors
            if actors and re.match(r"\s*(?:[Tt]he )?[Hh]ead of (?:the )?", subj) and re.match(UNIT_HEAD, actors[0]):
                actors[0] = f"Head of the {actors[0]}"  # "The head of the DIPT (A.N. Sukhanov) shall": the post answers
            elif actors and re.match(r"\s*(?:[Tt]he )?[Hh]eads of (?:the )?", subj):  # "The heads of the DIPT, the DSRP and the DMA"
                actors = [f"Head of the {a}" if re.match(UNIT_HEAD, a) else a for a in actors]
            generic = _generic_subject(subj[:cut] if answers else subj)
            through = re.search(r",\s*(?:through|via|by way of) (?P<who>[^,]{3,120}),\s*$", subj)
            if not actors and not generic and through and AGENT_SUBJECT.fullmatch(subj[: through.start()].strip()):
                generic = _generic_subject(through.group("who"))  # "The recipient, through the authorised body of X, shall"
            # "The heads of the municipal formations ..., in whose territories the monotowns of A, B and C are located, are
            # recommended:": the heads of A, B and C (not of the districts named before)
            actors = _whose_towns(ents, subj, s + c0) or actors
            if not actors and generic:
                actors = [generic]
            firm = not re.match(r"(?:will|should)\b", m.group().lower())
            named = (ORG_SUBJECT.fullmatch(subj.strip(" ,")) or POST_SUBJECT.fullmatch(subj.strip(" ,"))) if not actors and firm else None
            if named and " " in named.group("name"):  # "The Secretariat of the Working Group shall ...": as written
                actors = [_as_written(named.group("name"))]
            if len(parties) > 1 and PARTIES_SUBJECT.search(subj):
                # "The Parties shall jointly review ...", "Within two months ..., the Parties shall approve ...": each
                # party named in the preamble; "The Parties, with the involvement of the Committee for X, shall ...": and X
                actors = list(parties) + [a for a in actors if a not in parties]
            party = not actors and AGENT_SUBJECT.fullmatch(subj.strip(" ,")) and not NOT_ACTION_VERB.match(sentence[m.end():])
            if party and m.group().lower() == "will" and re.match(r"(?i)an?\s", subj.strip(" ,")):
                party = None  # "An investor will come to X only if ...": anyone, a forecast; no party's undertaking
            if re.match(r"intends?(?: to|,)", m.group(), re.I) and (reported or not (unit.clause or len(parties) > 1)
                                                                   or re.search(r"\b(?:for|in|of|to|by|with|under) which\b", subj)):
                # "S.V. Gorelov noted that the Corporation intends to offer ...": an intention reported; "At the same
                # time JSC X intends to recruit ...": a background paragraph, not a party's undertaking (an agreement
                # names two parties or more; one body given a short name is no party); "the project, for which the
                # initiator intends to apply for a loan": what the project is
                continue
            if (m.group().lower() == "will" and actors and all(COMPANY.fullmatch(a) for a in actors)
                    and not re.match(rf"\s*(?:(?:also|further|then) )?(?:{DIRECTIVE_VERBS.lower()}|update|hold|continue)\b", sentence[m.end():])):
                continue  # "JSC X will lead to the release of 120 workers": a forecast; "The Corporation will hold ...": a task
            if actors or party:
                actors = _main_first(actors, subj, ents, s + c0) if actors else []
                rest = sentence[m.start():]
                enclosed = ENCLOSURES.search(rest)
                if enclosed:  # "X shall submit an application, together with:" then the documents: one duty, no items
                    rest = rest[: enclosed.start()]
                    group.parent_actors, group.lead_verb = [], None
                if rest.rstrip().endswith(":"):
                    group.parent_actors = actors  # "X shall:" then a) b) c)
                    # "X, within 3 months of the entry into force of this resolution, shall:": the items' time limit
                    due = find_deadline(subj, doc_date) or find_deadline(rest, doc_date)
                    group.lead_due = due.deadline if due else None
                    # "The recipient shall submit to the Ministry:" then items that name only what and when
                    group.lead_verb = sentence[m.end():].strip().rstrip(" :") or None
                    group.agent_lead = not actors
                    continue
                lead_deadline = find_deadline(sentence[: m.start()], doc_date)  # "Within 20 working days ..., X is to prepare"
                out += [_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline)
                        for part in _split_conjuncts(rest, doc_date)]
                continue
        if sentence.rstrip().endswith(":") and _only_bodies(ents, sentence, s, len(sentence.rstrip()) - 1):
            group.parent_actors = _bodies_in(ents, s, e)  # "The Ministry of Finance together with MED:" then items
            continue
        generic = _generic_subject(sentence.rstrip(" :*")) if sentence.rstrip().endswith(":") else None
        if generic:  # "**Heads of the municipal formations of the monotowns:**" then "- to ensure ..."
            group.parent_actors = [generic]
            continue
        please = re.match(r"\s*(?P<who>[^:;]{3,200}?):\s+(?:please|kindly)\s*$", sentence)
        if please and _only_bodies(ents, sentence, s, please.end("who")):  # "Mintrud of Russia: please" then a) b)
            group.parent_actors = _main_first(_bodies_in(ents, s, s + please.end("who")), sentence[: please.end("who")], ents, s)
            continue
        # "Ministry of Finance, MED: ensure ...", a letter's "Minfin of Russia: please work out ..."
        colon = re.match(r"\s*(?P<who>[^:;]{3,200}?):\s+(?:(?:please|kindly)\s+)?(?:to\s+)?(?=[a-z])", sentence)
        if colon and _only_bodies(ents, sentence, s, colon.end("who")):
            actors = _main_first(_bodies_in(ents, s, s + colon.end("who")), sentence[: colon.end("who")], ents, s)
            out += [_obligation(actors, part, sentence, unit, towns, doc_date)
                    for part in _split_conjuncts(sentence[colon.end():], doc_date)]
            continue
        dative = _dative(ents, sentence, s, doc_date)
        if dative:  # the literal translation of the Russian dative: "To the Ministry of Finance (A.G. Siluanov) to ensure ..."
            actors, at, lead_deadline = dative
            rest = sentence[at:]
            if rest.rstrip().endswith(":"):
                group.parent_actors = actors
                continue
            out += [_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline)
                    for part in _split_conjuncts(rest, doc_date)]
            continue
        to_colon = re.search(r",?\s+to\s*:\s*$", sentence)
        if to_colon and _only_bodies(ents, sentence, s, to_colon.start()):
            # "2. The Ministry of X (Name), together with the administrations of A and B, to:" then a) b)
            group.parent_actors = _main_first(_bodies_in(ents, s, s + to_colon.start()), sentence[: to_colon.start()], ents, s)
            continue
        bare = _bare_subject(ents, sentence, s)
        to = BARE_TO.search(sentence) if not bare else None
        generic = _generic_subject(re.sub(r"\([^()]*\)|\s[-–—]\s*$", " ", sentence[: to.start()])) if to else None
        if generic:  # "Heads of municipal formations - monotowns - to present ..."
            out += [_obligation([generic], part, sentence, unit, towns, doc_date)
                    for part in _split_conjuncts(sentence[to.start("verb"):], doc_date)]
            continue
        if bare:  # the translated Russian form: "The Ministry of Finance (A. Siluanov) to submit ..."
            actors = _main_first(_bodies_in(ents, s, s + bare.start()), sentence[: bare.start()], ents, s)
            head = re.match(r"\s*(?:[Tt]he )?(?P<post>Head|Chairman|Chairwoman) of the (?=\S)", sentence)
            if actors and head and any(x.label == "BODY" and x.start == s + head.end() and x.normalized == actors[0] for x in ents):
                # "Head of the Department of X (Name) - to determine ...", "The Chairman of the Council (Name) to send ...": the
                # post answers (a deputy's or an engineer's duty is the body's)
                actors[0] = f"{head.group('post')} of the {actors[0]}"
            rest = sentence[bare.start("verb"):]
            # "X (Name) - together with the resource-supplying organisations, to determine ...": the partners, then the verb
            rest = re.sub(r"^(?:together|jointly) with [^,;:]{3,150},\s*to\s+(?=[a-z])", "", rest)
            if rest.rstrip().endswith(":"):
                group.parent_actors = actors
                continue
            lead_deadline = find_deadline(sentence[: bare.start()], doc_date)  # "X, within 2 months, to draft ..."
            out += [_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline)
                    for part in _split_conjuncts(rest, doc_date)]
            continue
        present = _present_decision(ents, text, s + lead, e, doc_date)
        if present is not None:  # "The Ministry of Finance submits proposals ... by 1 June 2017"
            actors, rest, lead_deadline = present
            if rest.rstrip().endswith(":"):  # "The local self-government body submits to the Ministry:" then a) b)
                group.parent_actors, group.lead_verb = actors, rest.rstrip(" :")
                continue
            out += [_lead_dated(_obligation(actors, part, sentence, unit, towns, doc_date), lead_deadline)
                    for part in _split_conjuncts(rest, doc_date)]
            continue
        will = WILL_PASSIVE.search(sentence)
        if will and (re.search(r"\bthat\b", sentence[: will.start()]) or not WILL_SEND.fullmatch(will.group("verb"))):
            will = None  # "X informed the participants that the rating will be calculated by the Fund": reported
        passive = PASSIVE.search(sentence) or will or _present_passive(sentence, doc_date) or SUBJECT_TO.search(sentence)
        if passive:  # "Information ... shall be submitted by the Ministry to the Governor quarterly"
            by = s + passive.end()
            # "by the Ministry", "by the Federal State Budgetary Institution "Council for ..."": the agent
            agents = [x for x in ents if x.label == "BODY" and x.end <= e and by <= x.start
                      and (x.start <= by + 4 or re.fullmatch(r'(?:the )?(?:[A-Za-z-]+ ){1,6}"|(?:the )?heads? of (?:the )?',
                                                              text[by:x.start]))]
            agent_end = agents[0].end if agents else None
            post = bool(agents) and re.match(r"(?:the )?heads? of ", text[by:agents[0].start])  # "by the head of the DSRP"
            if not agents:  # "by the executive bodies of state power of Kursk Oblast": a generic agent
                phrase = re.match(r"(?:the )?[a-z][^,;()]*?(?=\s(?:to|within|by|not later|no later|as|on|in|quarterly|monthly|"
                                  r"annually|before|until)\b|[,;.]|$)", text[by:e])
                generic = _generic_subject(phrase.group()) if phrase else None
                actors, agent_end = ([generic], by + phrase.end()) if generic else ([], None)
                by_parties = re.match(r"(?:the |both |all )*Parties\b", text[by:e])
                if by_parties and len(parties) > 1:  # "A joint report ... shall be prepared by the Parties every six months"
                    actors, agent_end = list(parties), by + by_parties.end()
            else:  # "by the Committee for X, the Department of Y and the Department of Z of ...": all of them
                actors, agent_end = _leading_bodies(ents, text, agents[0].start, e)
                actors = actors or _bodies_in(ents, agents[0].start, agents[0].end)
                actors = [f"Head of the {a}" if post and re.match(UNIT_HEAD, a) else a for a in actors]
            if agent_end is not None:
                obj = sentence[: passive.start()].strip()
                obj = obj[:1].lower() + obj[1:]
                if passive.re is SUBJECT_TO:  # "Compliance ... is subject to mandatory verification by the Ministry"
                    action = f"carry out {passive.group('what')} of {obj} {sentence[agent_end - s:]}"
                else:
                    action = f"{_base_verb(passive.group('verb'))} {obj} {sentence[agent_end - s:]}"
                out.append(_obligation(actors, action, sentence, unit, towns, doc_date))
                continue
        agentless = AGENTLESS_PASSIVE.search(sentence)
        if agentless and re.search(r"\b(?:whose|which|that|who|where)\b[^,;]*$", sentence[: agentless.start()]):
            agentless = None  # "... the list of monotowns whose teams are to be trained": a relative clause
        if agentless and group.parent_actors and unit.top is False and (item := ITEM_START.match(sentence)) \
                and re.match(r"[a-z]+\b(?<!ing)(?<!ed) (?!(?:is|are|be|been)\b)", sentence[item.end():]):
            agentless = None  # "2.1. submit information on employees who are working part-time, are on idle time or are to be released"
        if agentless and not NOT_DUTY.search(sentence):
            # "A report ... is to be submitted to X by D. Responsible: Y": kept only if a label names Y
            obj = sentence[lead: agentless.start()].strip()
            obj = obj[:1].lower() + obj[1:]
            action = f"{_base_verb(agentless.group('verb'))} {obj} {sentence[agentless.end():]}"
            ob = _obligation([], action, sentence, unit, towns, doc_date)
            group.tentative.append(ob)
            out.append(ob)
            continue
        fronted = FRONTED.match(sentence) if unit.kind == "clause" and s == skip and not group.parent_actors else None
        first = min((x.start for x in ents if x.label == "BODY" and s <= x.start < s + fronted.start("verb")),
                    default=None) if fronted else None
        if fronted and (NOT_DUTY.search(sentence) or STANCE.search(sentence, 0, fronted.start("verb"))
                        or (first is not None and not re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:(?i:heads|administrations|mayors) of "
                                                                   r"(?:the )?(?:(?:mono)?towns of )?|"
                                                                   # "The management of the Fund (Name) to prepare ...": the Fund
                                                                   r"(?i:management|leadership) of (?:the )?)?", text[s:first]))):
            fronted = None  # a subject whose first words are no body the rules know: whose duty it is stays unknown
        if fronted:
            # the Russian word order kept: "The course of execution of ... to consider at the next meeting",
            # "The responsible executors to present ...": a decision in the infinitive after a noun phrase
            actors = _main_first(_bodies_in(ents, s, s + fronted.start("verb")), sentence[: fronted.start("verb")], ents, s)
            if not actors and re.search(r"\([^()]*\)", sentence[: fronted.start("verb")]):
                continue  # "The Secretary of the Public Council (O.S. Maltseva) to send ...": someone the rules cannot name
            action = sentence[fronted.start("verb"):]
            after = sentence[fronted.end():]
            if not actors and re.match(r"\s*(?:[.;]|$|(?:at|in|on|by|within|until|till|before|during|not later|no later|"
                                       r"quarterly|monthly|annually|regularly|permanently)\b)", after):
                np = sentence[: fronted.start("verb") - 4].strip()  # its object went first: "consider the course of ..."
                action = f"{fronted.group('verb')} {np[:1].lower()}{np[1:]}{after}"
            out += [_obligation(actors, part, sentence, unit, towns, doc_date)
                    for part in _split_conjuncts(action, doc_date)]
            continue
        # ("1. A list of free land plots ..." under "submit to X the following information:": what, in capitals)
        item = ITEM_START.match(sentence) or (group.lead_verb and re.match(rf"\s*(?=(?:{WHAT_ITEM})\s)", sentence, re.I))
        listed = unit.top is False or (unit.clause and group.lead_in) or addressed  # "we ask you to:" then "1. submit ..."
        if listed and (unit.clause or BULLET.match(sentence)) and (group.parent_actors or group.agent_lead) and item:
            # sub-item under "X shall:": "a) within 10 working days ..., set up ...", "- prepare ..."
            body = sentence[item.end():]
            lead_verb = (group.lead_verb or "").split(",")[0]
            due = find_deadline(body, doc_date) if group.lead_verb and body.rstrip().endswith(":") else None
            if due and due.start < 3 and (unit.clause or "") and re.fullmatch(r"[^:]*?,[^:]*:\s*", body[due.end:]):
                group.item_due = (unit.clause, due.deadline)  # "1. by 30 June 2017, in the form given in Annex 1:" then a) b)
                continue
            if group.lead_verb and re.match(rf"(?:{WHAT_ITEM})\s", body[:1].lower() + body[1:]):
                # the item names only what: "a) on the completion of the works - by 15 December 2017", "a) a report on ..."
                ob = _obligation(list(group.parent_actors), f"{lead_verb} {body[:1].lower()}{body[1:]}", sentence, unit, towns, doc_date)
                item_due = group.item_due  # ... under "1. by 30 June 2017, ...:", a sub-item "1a" naming no time of its own
                if item_due and (unit.clause or "").startswith(item_due[0]) and unit.clause != item_due[0]:
                    _date_section([ob], item_due[1])
                out.append(ob)
                continue
            if re.match(r"(?:on|of|about|regarding|concerning)\s", body) and not re.search(
                    rf",\s+(?:to\s+)?(?:{DIRECTIVE_VERBS.lower()})\b", body):  # ("b) on the basis of X, prepare ...")
                continue  # "To support the proposals of the Ministry: a) on the transfer of X to category 1": a topic, no duty
            actors = list(group.parent_actors)
            joint = re.match(r"(?:together|jointly|in cooperation) with\b[^;:]{3,200}?,\s+(?=[a-z])", body)
            partners = _bodies_in(ents, s + item.end(), s + item.end() + joint.end()) if joint else []
            if partners:  # "b) together with the Ministry of X and the Ministry of Y, submit ...": they share the item
                actors += [p for p in partners if p not in actors]
                body = body[joint.end():]
            out.append(_obligation(actors, body, sentence, unit, towns, doc_date))
    return out


# where a sub-item's text starts: after a bullet or "a)", at a lower-case word
ITEM_START = re.compile(r"\s*(?:[-•–—]\s*|\(?[a-z][.)]\s+)?(?=[a-z])")


def _dated_item(sentence: str, unit: Unit, group: _Group, doc_date: Date | None) -> tuple[str, object] | None:
    """An item under a lead verb ("we ask you to submit to the Ministry, in hard copy:") that names when, then what:
    "1. by 8 May 2015 - information on ..." -> ("submit to the Ministry information on ...", its Deadline)."""
    if not (unit.top is False or (unit.clause and group.lead_in) or BULLET.match(sentence)):
        return None
    item = ITEM_START.match(sentence)
    body = sentence[item.end():] if item else ""
    what = re.match(r"(?P<when>[^-–—]{3,120}?)(?:\s[-–—]|,)\s(?P<what>(?:a|an|the|information|proposals|data|reports?|lists?|"
                    r"copies|justified|updated|consolidated|draft)\b.+)$", body)
    when = find_deadline(what.group("when"), doc_date) if what else None
    if not when or when.start > 3:
        return None
    # the lead's verb without its qualifier: "submit to the Ministry, in the forms approved by it:"
    return f"{group.lead_verb.split(',')[0]} {what.group('what')}", when.deadline


def _unit_body(ents: list[Entity], sentence: str, s: int, unit: str) -> str | None:
    """The body a post's capitalised unit names ("Department of Infrastructure Projects"), if it is one of ents."""
    at = sentence.find(unit)
    if at < 0 or not unit[:1].isupper():
        return None
    inside = _bodies_in(ents, s + at, s + at + len(unit))
    return inside[0] if len(inside) == 1 else None


def _dative(ents: list[Entity], sentence: str, s: int, doc_date: Date | None = None) -> tuple[list[str], int, object] | None:
    """ "To the Ministry of Finance of Russia (A.G. Siluanov) together with MED to ensure ...", "To the heads of
    municipal formations to submit ...": (actors, where the action starts, a deadline written before it)."""
    m = DATIVE.match(sentence)
    if not m:
        return None
    to = BARE_TO.search(sentence, m.end())
    if not to and sentence.rstrip().endswith(":"):  # "To the Administration of Abaza:" then a) b) c)
        actors = _bodies_in(ents, s + m.end(), s + len(sentence))
        post = POST_SUBJECT.fullmatch(sentence[m.end():].rstrip(" :"))
        if not actors and post:  # "To the head of the department of territorial development (Name):"
            actors = [_as_written(post.group("name"))]
        return (actors, len(sentence.rstrip()) - 1, None) if actors else None  # the action starts at the colon
    if not to:
        return None
    who = sentence[m.end(): to.start()].strip(" ,-–—")
    when = find_deadline(who, None)
    # "To the head of the department of territorial development (Popov S.G.) to organise ...", and several such posts
    parts = re.split(r"(?:,|,? and) (?:the )?(?=(?:(?:First|Deputy) )*(?:[Hh]ead|[Dd]irector|[Cc]hief) of the )",
                     (who[: when.start] if when and when.start else who).strip(" ,-–—"))
    posts = [POST_SUBJECT.fullmatch(p.strip(" ,-–—")) for p in parts]
    if all(posts):
        # ("To the Director of the Department of Infrastructure Projects (Name) to ...": the department, a body the
        # document names, answers for it)
        units = [_unit_body(ents, sentence, s, p.group("unit")) for p in posts]
        return ([u or _as_written(p.group("name")) for u, p in zip(units, posts)], to.start("verb"),
                find_deadline(who, doc_date))
    at = m.end() - 4 if sentence[: m.end()].endswith("the ") else m.end()  # ("To the Ministry (T.N. Lukina)": a short form)
    if _only_bodies(ents, sentence[at:], s + at, to.start() - at):
        actors = _bodies_in(ents, s + at, s + to.start())
        actors = _main_first(actors, sentence[at: to.start()], ents, s + at)
    else:
        generic = _generic_subject(re.sub(r"\([^()]*\)", " ", sentence[m.end(): to.start()]).rstrip(" -–—"))
        actors = [generic] if generic else []
    if not actors:
        return None
    return actors, to.start("verb"), find_deadline(sentence[m.end(): to.start()], doc_date)


def _present_decision(ents: list[Entity], text: str, s: int, e: int, doc_date: Date | None) -> tuple[list[str], str, object] | None:
    """Bodies, then a directive verb in the present tense, in a sentence with a due date or a recurrence: the
    translated form of a decision, not a description (which names no deadline)."""
    actors, end = _leading_bodies(ents, text, s, e)
    lead = None
    condition = LEAD_CLAUSE.match(text, s, e) if not actors else None
    if condition:  # "In case of negative dynamics ..., the Department within 10 working days ... sends ..."
        actors, end = _leading_bodies(ents, text, condition.end(), e)
    if not actors:  # "Each year, by 1 October, the Department prepares ...": the bodies after a deadline written first
        lead = find_deadline(text[s:e], doc_date)
        if lead and re.fullmatch(r"\s*", text[s: s + lead.start]) and text[s + lead.end: s + lead.end + 2] == ", ":
            actors, end = _leading_bodies(ents, text, s + lead.end + 2, e)
        else:
            lead = None
    agent = None
    if not actors and not lead:  # "The recipient submits to the Ministry ... quarterly, ...": a party, no body (actor null)
        agent = re.match(r"\s*(?:[Tt]he |[Ee]ach )?(?:[a-z-]+ ){0,2}(?:applicants?|recipients?|borrowers?|grantees?|participants? of the "
                         r"selection)(?: of (?:the |a )?(?:subsidy|subsidies|loan|grant|support))?(?=\s)", text[s:e])
        end = s + agent.end() if agent else end
    if not actors and not agent and not lead:  # "The administrations of monotowns fill in the form and send it ... by D"
        actors, end = _generic_lead(ents, text, s, e)
        end = end if actors else s
    m = PRESENT_DECISION.match(text, end, e) if actors or agent else None
    if not m:
        return None
    rest = text[m.end():e]
    if rest.rstrip().endswith(":") and len(rest) < 100 and m.group("verb"):  # a lead-in: its items say what and when
        return actors, text[m.start("verb"):e], None
    due = find_deadline(text[end:e], doc_date) or lead
    if due and due.deadline.date is None and re.fullmatch(r"as necessary|if necessary|as needed", due.deadline.text, re.I):
        return None if not m.group("verb") else _present_verb(actors, m, text, e, lead)  # "The Department as necessary prepares"
    # a time limit marks a duty even when counted from an event ("within 10 working days of receipt")
    if due is None or (due.deadline.date is None and not due.deadline.recurrence
                       and not re.match(r"(?:within|not later than|no later than)\b", due.deadline.text, re.I)):
        return None
    # "... quarterly, not later than the 20th day ..., present ...": the deadline came first
    lead = lead or find_deadline(text[end: m.start("verb") if m.group("verb") else m.start("base")], doc_date)
    if m.group("base"):  # a plural subject: "Local self-government bodies ... present to the Department ..."
        return actors, m.group("base") + text[m.end():e], lead
    return _present_verb(actors, m, text, e, lead)


def _present_verb(actors: list[str], m: re.Match, text: str, e: int, lead) -> tuple[list[str], str, object]:
    """ "submits to the Ministry ..." -> "submit to the Ministry ..."."""
    head, _, tail = m.group("verb").partition(" ")
    head = head[:-3] + "y" if head.endswith("ies") else head[:-2] if re.search(r"(?:s|sh|ch|x|z)es$", head) else head[:-1]
    return actors, f"{head} {tail}".strip() + text[m.end():e], lead


def _present_passive(sentence: str, doc_date: Date | None) -> re.Match | None:
    """A present passive with its agent, in a sentence with a time limit or a recurrence (a procedure's duty)."""
    m = PRESENT_PASSIVE.search(sentence)
    due = find_deadline(sentence, doc_date) if m else None
    if due and (due.deadline.date or due.deadline.recurrence or re.match(r"(?:within|not later than|no later than)\b", due.deadline.text)):
        return m
    return None


def _live(text: str, doc_date: Date | None) -> bool:
    """Whether the time a reported instruction gives is still to come at the document's date: a recurrence, or a day
    on or after it."""
    found = find_deadline(text, doc_date)
    if found is None or doc_date is None:
        return False
    d = found.deadline
    return bool(d.recurrence) or (d.date is not None and d.date >= doc_date.isoformat())


def _lead_dated(ob: Obligation, lead) -> Obligation:
    """A deadline written before the action ("Within 20 days, X is to ...") dates it when it has none."""
    weak = ob.deadline_text and re.match(r"(?:in|during)\b", ob.deadline_text, re.I)
    if lead and (ob.deadline_text is None or (weak and lead.deadline.date and not re.match(r"(?:in|during)\b", lead.deadline.text, re.I))):
        d = lead.deadline
        ob.deadline, ob.deadline_text, ob.recurrence = d.date, d.text, d.recurrence
    return ob


def _drop_to(text: str) -> str:
    """The action after a subject: " to submit ..." or " submit ..." -> "submit ..."."""
    return re.sub(r'^\s*"?\s*(?:\([^()]*\)\s*)?,?\s*(?:[-–—]\s*)?(?:(?:shall|should|must|will) )?(?:to )?', "", text)


def _apply_label(unit: Unit, ents: list[Entity], doc_date: Date | None, group: _Group) -> list[Obligation]:
    """A "Deadline:" or "Responsible:" line fills what the group's duties lack. A "Report to X - D" line after
    duties dated by their own text is a duty of its own, to report (returned)."""
    _, fields = _labelled(unit.text)
    if (group.addressees and set(fields) == {"responsible"} and re.match(r"\s*(?:Executor|Exec?\.|Performer)\s*:", unit.text)
            and not any(x.label == "BODY" for x in ents)):
        return []  # a letter's "Executor: Yu.A. Filatova, tel. ...": who drafted it, no one's duty
    report = re.match(r"\s*Report (?P<to>to (?:the )?[A-Z][^:–—-]{2,100}?)\s*(?::|[-–—]\s)", unit.text)
    open_duties = group.obligations[group.open_from:]
    if ("deadline" in fields and report and open_duties and "responsible" not in fields
            and all(o.deadline_text and id(o) not in group.dated for o in open_duties)):
        # "4. X - to ensure ... by the end of 2018." / "Report to the Government - every six months, by the 10th ..."
        deadline = _labelled_deadline(fields["deadline"], doc_date)
        last = open_duties[-1]
        ob = Obligation(actor=last.actor, actors=list(last.actors), action=f"report {report.group('to').strip()}",
                        deadline=deadline.date if deadline else None, deadline_text=deadline.text if deadline else None,
                        recurrence=deadline.recurrence if deadline else None, towns=list(last.towns), clause=last.clause,
                        page=unit.page, text=" ".join(unit.text.split()))
        group.labelled = True
        group.dated.add(id(ob))
        return [ob]
    group.labelled = True
    if fields:
        claimed = group.obligations[group.open_from:]
        group.founding = [o for o in group.founding if not any(o is c for c in claimed)]
    if "deadline" in fields:
        deadline = _labelled_deadline(fields["deadline"], doc_date)
        # the list's deadline line governs its items, bar relative/vague ones and items an earlier line dated
        # ("a) ... Report due: D1.  b) ... Report due: D2.")
        for o in group.obligations[group.open_from:]:
            # (an item's own "before 1 September 2019" stands too: the line dates the items that have none)
            # ("upon receipt of the application" / "Report: in the first quarter of 2017": an undated event the line dates)
            own_relative = o.deadline_text is not None and ((o.deadline is None and not re.match(
                r"(?:upon|on|after|following) (?:the )?receipt\b", o.deadline_text, re.I)) or re.match(
                rf"within|(?:before|by|no later than|not later than|till|until)\s+(?:\d{{1,2}}[\s./]|{MONTH} \d)", o.deadline_text,
                re.I) is not None)
            vague = deadline is not None and deadline.date is None and not deadline.recurrence and o.recurrence is not None
            if deadline and not own_relative and not vague and id(o) not in group.dated:  # ("Deadline: on a regular basis")
                o.deadline, o.deadline_text, o.recurrence = deadline.date, deadline.text, deadline.recurrence
                group.dated.add(id(o))
    if "responsible" in fields:
        pos = unit.text.rfind(fields["responsible"])  # the line, not the same words in the duty
        actors = _named_actors(ents, unit.text, pos, pos + len(fields["responsible"]))
        persons = [x for x in sorted(ents, key=lambda x: x.start)
                   if x.label == "PERSON" and pos <= x.start and x.end <= pos + len(fields["responsible"])]
        rest = fields["responsible"]
        for x in persons:
            rest = rest.replace(unit.text[x.start:x.end], " ")
        if not actors and not re.sub(r"\b(?:and|by agreement)\b|[\s,;.()]", "", rest):
            actors = [_initials_first(x.normalized) for x in persons]  # "Responsible: D.A. Medvedev, A.G. Siluanov": the officials
        if actors and fields.get("co-responsible"):
            pos = unit.text.rfind(fields["co-responsible"])
            actors += [a for a in _named_actors(ents, unit.text, pos, pos + len(fields["co-responsible"])) if a not in actors]
        for o in group.obligations[group.open_from:]:
            if o.actor is None and actors:
                o.actor, o.actors = actors[0], actors
    return []


# a line of its own holding only the executors in brackets, after an infinitive decision: "(Ministry of Economic Development
# of Russia, Monotowns Development Fund)", "(D.N. Kozak, A.G. Siluanov)"
EXECUTORS_LINE = re.compile(r"\s*\((?P<who>(?:[^()]|\([^()]*\))+)\)[.;]?\s*")


def _apply_executors(unit: Unit, ents: list[Entity], doc_date: Date | None, group: _Group) -> None:
    """The bracketed executors' line names who answers for the group's duties that name no one."""
    m = EXECUTORS_LINE.fullmatch(unit.text)
    a, b = m.span("who")
    actors = [x for x in _named_actors(ents, unit.text, a, b)
              if not find_deadline(x, doc_date) and not RECURRING_CONTEXT.search(x)
              and not re.match(r"(?:Annex|Appendix|Schedule|Table|see|cf)\b", x)]
    if not actors:  # "(D.N. Kozak, A.G. Siluanov)": the officials answer for it
        actors = [_initials_first(x.normalized) for x in sorted(ents, key=lambda x: x.start)
                  if x.label == "PERSON" and a <= x.start and x.end <= b]
    for o in group.obligations[group.open_from:]:
        if o.actor is None and actors:
            o.actor, o.actors = actors[0], actors


LOCAL_BODIES = "Local self-government bodies of monotowns"
# "Question (R.V. Gordeev): ...", "Answer (D.S. Sokolov): ..." in a meeting's record
QUESTION_OR_ANSWER = re.compile(r"\s*(?:Question|Answer|Reply)\s*(?:\([^()]{0,120}\))?\s*[:–—-]\s")
# a party's stance, not a fronted infinitive: "The Region welcomes the intention of the Company to develop ..."
STANCE = re.compile(r"\b(?:welcomes|supports|notes|approves|agrees|appreciates|expresses|recogni[sz]es|takes note)\b")
# what a submission encloses, listed after a colon: its items are documents, not duties
ENCLOSURES = re.compile(r",?\s+(?:together with|accompanied by|with the following(?: documents)?(?: attached)?|attaching)\s*:\s*$")
# a letter's list of what it encloses: "Annexes:", "Attachment: ... on 3 sheets"
ANNEX_LIST = re.compile(r"\s*(?:Annex(?:es)?|Appendi(?:x|ces)|Attachments?|Enclosures?)\s*:")
ADDRESSEE_LIST = re.compile(r"\s*(?:list of (?:addressees|recipients)|distribution list|mailing list)\b", re.I)
BY_LIST = re.compile(r"\((?:according to|as per|under|by) (?:the )?(?:attached )?list|\(list attached\)|\(see (?:the )?list", re.I)


def _listed_addressees(units: list[Unit], per_unit: list[list[Entity]]) -> list[str]:
    """The bodies a letter's closing "LIST OF ADDRESSEES" names, in order: who "(according to the list)" means."""
    at = next((i for i, u in enumerate(units) if ADDRESSEE_LIST.match(u.text)), None)
    if at is None:
        return []
    names: list[str] = []
    for ents in per_unit[at:]:
        names += [x.normalized for x in ents if x.label == "BODY" and x.normalized not in names]
    return names


def _obligations(units: list[Unit], per_unit: list[list[Entity]], doc_date: Date | None,
                 doc_towns: list[str], parties: list[str] = ()) -> list[Obligation]:
    out: list[Obligation] = []
    listed = _listed_addressees(units, per_unit)
    group = _Group()
    footnotes = [u.text for u in units if u.text.startswith("*")]
    register = any(u.kind in ("title", "heading") and CONTROL_REGISTER.search(u.text) for u in units[:12])
    section_due, section_start = None, 0  # "II. On financing (to be executed by June 1, 2018)": its items' deadline
    powers = False  # "Article 4. Powers of the Government of X Oblast": what it may do, in the present tense
    listing = False  # "To the addressees as per list:" then one body per paragraph: who the letter's requests are for
    for i, (unit, ents) in enumerate(zip(units, per_unit)):
        prev_text = units[i - 1].text.rstrip() if i else None
        if listing and unit.kind == "paragraph" and _only_bodies(ents, unit.text, 0, len(unit.text.rstrip(" ;,."))):
            found = [b for b in _bodies_in(ents, 0, len(unit.text)) if b not in group.addressees]
            group.addressees += found
            group.addressed += found
            continue
        listing = False
        if unit.kind == "paragraph" and ANNEX_LIST.match(unit.text):  # "Annexes: 1. Form ..., on 1 sheet.": no duties
            group.parent_actors, group.lead_in, group.lead_verb = [], False, None
            continue
        if unit.kind == "table_row":
            rows = _row_obligations(unit, ents, doc_date, doc_towns, footnotes, register)
            lead = next((units[k].text.rstrip() for k in range(i - 1, -1, -1) if units[k].kind != "table_row"), "") \
                if group.lead_verb and group.parent_actors else ""
            if lead.endswith(":"):
                # "we ask you to submit information in the following forms:" then a table of the forms: each row what
                # the addressee submits, and by when
                for o in rows:
                    if o.actor is None:
                        what = o.action[:1].upper() + o.action[1:]  # ("Form 1 ...": the name as the cell writes it)
                        what = what if what in unit.text else o.action
                        o.actor, o.actors, o.action = group.parent_actors[0], list(group.parent_actors), f"{group.lead_verb} {what}"
            out += rows
            continue
        if unit.kind == "paragraph" and EXECUTORS_LINE.fullmatch(unit.text) and group.obligations[group.open_from:]:
            _apply_executors(unit, ents, doc_date, group)  # "2. To send ... letters ..." then "(Ministry of X, Fund)"
            continue
        if unit.kind == "label":
            found = _apply_label(unit, ents, doc_date, group)
            group.obligations += found
            out += found
            continue
        if unit.kind == "heading":  # a section: "III. To the Ministry of Labour:" names who its items are for
            out = _drop(out, group.unclaimed())
            _date_section(out[section_start:], section_due)
            out = out[:section_start] + _without_powers(out[section_start:], powers)
            powers = bool(POWERS_HEADING.search(unit.text))
            due = find_deadline(unit.text, doc_date)
            # ("... MEASURES TO REDUCE TENSION IN 2016": the year of an agenda's topic, no time limit)
            timed = due and due.deadline.date and not re.match(r"(?:in|during|for)\b", due.deadline.text, re.I)
            section_due, section_start = (due.deadline if timed else None), len(out)
            addressees, addressed, group = group.addressees, group.addressed, _Group()
            group.addressees, group.addressed = addressees, addressed
            heading = ADDRESSED_HEAD.match(unit.text, _strip_number(unit.text)[0])
            if heading:
                group.parent_actors = _addressed_to(ents, heading)
                group.lead_in = bool(group.parent_actors)
            continue
        # (a letter without a letterhead opens with its addressee: "To the Governor of X Oblast S.E. Tsivilev")
        if (unit.kind not in ("clause", "paragraph") and not (unit.kind == "title" and i == 0 and ADDRESSEE.match(unit.text))
                or QUESTION_OR_ANSWER.match(unit.text)):
            continue  # (a record of questions and answers says what was asked and said, not what is to be done)
        if unit.top:
            out = _drop(out, group.unclaimed())
            lead_in = group.parent_actors if (group.lead_in or (prev_text or "").endswith(":")) else []
            asked = group.asked
            addressees, addressed, lead_verb, lead_due = group.addressees, group.addressed, group.lead_verb, group.lead_due
            reported = group.reported
            group = _Group()
            group.addressees, group.addressed, group.reported = addressees, addressed, reported
            imperative = INFINITIVE.match(_strip_number(unit.text)[1])
            # a lower-case item continues the lead-in, and so does a bare imperative ("1. Develop and implement ...")
            # ... and a heading of its own that names nobody ("3. As regards the list of facilities:" then a) b))
            topic = unit.text.rstrip().endswith(":") and not any(x.label == "BODY" for x in ents)
            # ... and, under "submit to X:", an item naming what in capitals ("1. A list of free land plots ...")
            what = lead_verb and re.match(rf"\s*\S+\s+(?:{WHAT_ITEM_CAPITALISED})\s", unit.text)
            # ... and, under "I ask you:", "1. To instruct the Ministry of X to consider ...": what the addressee is asked
            delegates = asked and re.match(rf"\s*\S+\s+To (?:{IMPERATIVE})\b", unit.text, re.I)
            if lead_in and (re.match(r"\s*\S+\s+[a-z]", unit.text) or (imperative and imperative.group("bare")) or topic or what
                            or delegates):
                group.parent_actors, group.lead_in, group.lead_verb, group.lead_due = lead_in, True, lead_verb, lead_due
                group.asked = asked
        skip, _ = _strip_number(unit.text)
        addressed = ADDRESSED.match(unit.text, skip)
        heading = ADDRESSED_HEAD.match(unit.text, skip)
        if heading:  # "I. To the Government of the Russian Federation:" as a numbered clause
            group.parent_actors = _addressed_to(ents, heading)
            group.lead_in = bool(group.parent_actors)
            listing = not group.parent_actors and unit.kind == "paragraph" and not group.obligations
            continue
        if addressed:  # "4. To the regions: to submit ...": the decision's actor is named before the colon
            group.parent_actors = _addressed_to(ents, addressed)
        elif (((to_whom := ADDRESSEE.match(unit.text)) and not INFINITIVE.match(unit.text) and not _dative(ents, unit.text, 0))
              or (ref := REFERENCE_LINE.match(unit.text))):
            # (a letter's "On No. ___ of ___" reference line may run into the addressee)
            at = 0 if to_whom else ref.end()
            head = unit.text[: at] + re.split(r"\b(?:Dear|In pursuance|In accordance|Copy)\b", unit.text[at:])[0]
            if i and ADDRESSEE.match(units[i - 1].text) and group.addressees:
                group.addressed += _bodies_in(ents, at, len(head))[:1]
                continue  # "To the Governor of X" / "To the Governor of Y": the first addressee is the main one
            group.addressees = _bodies_in(ents, at, len(head))[:1]
            group.addressed = list(group.addressees)
            if not group.addressees:  # "To the senior officials (heads of ...) of the constituent entities (list attached)"
                generic = _generic_subject(re.sub(r"\([^()]*\)", " ", head[at + 3:]))
                group.addressees = [generic] if generic else []
            if listed and BY_LIST.search(head) and group.addressees == [LOCAL_BODIES]:
                # "To the heads of the municipal formations ... (according to the list)", the towns' heads listed at the
                # end: each of them (a federal body's list of regions stays the regions' executive authorities)
                group.addressees, group.addressed = list(listed), list(listed)
            continue
        lead = find_deadline(unit.text[skip:], doc_date) if unit.top and unit.text.rstrip().endswith(":") else None
        if lead and re.fullmatch(r"\s*", unit.text[skip: skip + lead.start]) and re.fullmatch(r"[\s,]*:\s*", unit.text[skip + lead.end:]):
            group.lead_due = lead.deadline  # "4. Within 30 days from the day of entry into force of this resolution:" then a) b)
            continue
        if REPORTED_LEAD.match(unit.text):  # "The letter proposes:" then 1) 2) 3): what another proposed
            group.reported = True
            continue
        if group.reported and (unit.kind == "clause" or BULLET.match(unit.text)):
            continue
        group.reported = False
        if unit.top and (RIGHTS_LEAD.search(unit.text) or AMENDING_LEAD.search(unit.text)):
            # "6. The project office has the right:" then what it may do; "... shall be amended as follows:" then how
            group.rights = True
            continue
        if group.rights and not unit.top:
            continue
        if group.labelled:
            group.open_from, group.labelled = len(group.obligations), False
        body, fields = _labelled(unit.text)
        found = _sentence_obligations(unit, ents, doc_date, doc_towns, group, parties)
        # the items of a lead-in that names their time limit (numbered, dashed or in lower case: not a later paragraph
        # of the letter, "We ask you to take personal control of ...")
        if (unit.top is False or group.lead_in) and (unit.clause or BULLET.match(unit.text) or unit.text[:1].islower()):
            _date_section(found, group.lead_due)
        group.founding += [o for o in found if o.actor is None and o.deadline is None
                           and (f := NOT_DUTY.match(_strip_number(o.text)[1])) and FOUNDING.match(f.group())]
        group.obligations += found
        out += found
        if fields:  # label lines inside the clause's own block
            label_unit = Unit("label", unit.clause, unit.page, unit.text, unit.offsets, unit.block)
            found = _apply_label(label_unit, ents, doc_date, group)
            group.obligations += found
            out += found
    out = _drop(out, group.unclaimed())
    # "The Fund shall have the right to request additional documents": what it may do, no duty
    out = [o for o in out if not RIGHT_ACTION.match(o.action or "")]
    _date_section(out[section_start:], section_due)
    out = out[:section_start] + _without_powers(out[section_start:], powers)
    _same_date(out)
    return out


# a law's article or a regulation's section on a body's powers: "Article 3. Powers of the Legislative Assembly"
POWERS_HEADING = re.compile(r"\b(?:powers|competence|terms of reference)\b", re.I)


def _without_powers(obligations: list[Obligation], powers: bool) -> list[Obligation]:
    """Under a heading of powers, "The Government of X Oblast: 1) approves ...; 2) determines ..." lists what a body
    is competent to do, not a duty; a "shall" there is one still."""
    if not powers:
        return obligations
    return [o for o in obligations if MODAL.search(o.text or "") or not re.match(r"[a-z]+(?<!s)s\b", o.action or "")]


RIGHT_ACTION = re.compile(r"(?:(?:also )?(?:have|has) the right|be entitled|(?:is|are) entitled)\b", re.I)


SAME_DATE = re.compile(r"\b(?:by|before|on|until|till|not later than|no later than) the same (?:date|day|deadline|time|term)\b", re.I)


def _same_date(obligations: list[Obligation]) -> None:
    """"2. By the same date, to send ...": the deadline of the duty before it."""
    for prev, o in zip(obligations, obligations[1:]):
        m = SAME_DATE.search(o.text)
        if m and prev.deadline:
            o.deadline, o.deadline_text, o.recurrence = prev.deadline, m.group(), prev.recurrence


def _date_section(obligations: list[Obligation], due) -> None:
    """A section heading's deadline dates the section's duties that name none of their own."""
    for o in obligations if due else ():
        if o.deadline_text is None:
            o.deadline, o.deadline_text, o.recurrence = due.date, due.text, due.recurrence


# a letter's reference to the one it answers, before its addressee: "On No. ______ of ______ To the heads of ..."
# (after the letter's own date and number: "08.11.2016 No. 02-11/5319 Re: No. 01-27/1184 of 12.10.2016 To the Head ...")
REFERENCE_LINE = re.compile(r"(?:\d{1,2}\.\d{1,2}\.\d{2,4}\s+No\.?\s*\S+\s+)?(?:On|Re:?|Ref\.?|To) No\.?[\s_\d/.-]*(?:of|dated)?[\s_\d./-]*(?=To (?:the |all )?[A-Za-z])")


def _addressed_to(ents: list[Entity], m: re.Match) -> list[str]:
    """Who "To <who>:" names: its bodies, else the generic body it stands for, else nobody."""
    # ("To recommend to the heads of the municipal formations in whose territories monotowns are located (A, B):")
    generic = _generic_subject(re.sub(rf"^(?:{IMPERATIVE})\s+(?:to\s+)?", "", m.group("who"), flags=re.I))
    post = POST_SUBJECT.fullmatch(m.group("who").strip())  # "2. To the head of the department of X (Name):"
    return (_bodies_in(ents, m.start("who"), m.end("who")) or ([generic] if generic else [])
            or ([_as_written(post.group("name"))] if post else []))


def _drop(obligations: list[Obligation], unwanted: list[Obligation]) -> list[Obligation]:
    return [o for o in obligations if not any(o is u for u in unwanted)]


HEADER_WORDS = {
    "action": re.compile(r"decision|measure|action|task|instruction|content|event|activit|what|assignment|step|"
                         r"description|work|undertaking|item of the plan|information|document|report|data|stage|^\s*(?:reporting )?form\b|"
                         r"^\s*(?:investment )?project(?: name)?\s*$", re.I),
    "responsible": re.compile(r"responsible|executor|who|body|implement(?!ation)|performer|in charge|lead|agency|organi[sz]ation|"
                              r"submitted by|provided by|presented by|submits", re.I),
    # ("Start | End", "Start date | End date": the end is by when; a start is not)
    # ("Term of execution: start | Term of execution: end": the start is no deadline)
    "deadline": re.compile(r"^(?!.*\b(?:start|beginning|commencement)\b)(?:.*(?:deadline|term|due|date|timing|when|period|time|completion|"
                           r"schedule|\bday\b)|\s*(?:end|finish)\b)", re.I),
    "number": re.compile(r"^\s*(?:no\s*\.?|№|#|item|n)(?:\s+in\s+order|\s*p/p)?\s*$", re.I),
}


STATUS_COLUMN = re.compile(r"^\s*(?:status|progress|(?:information|note|mark|report) on (?:the )?(?:execution|implementation|"
                           r"fulfilment)|execution status|state of (?:execution|implementation))\b", re.I)


# "REGISTER OF INSTRUCTIONS OF THE GOVERNOR ... BEING UNDER CONTROL", "List of instructions on control": the control
# document itself, whose open rows are duties (a report on the execution of instructions is not one)
CONTROL_REGISTER = re.compile(r"^\s*(?:register|list) of (?:the )?(?:instructions|orders|decisions)\b.{0,300}\b(?:under|on) control\b",
                              re.I | re.S)
DONE_STATUS = re.compile(r"\s*(?:executed|fulfilled|completed|implemented|done|removed from control|closed|withdrawn)\b", re.I)


MEMBERS_COLUMN = re.compile(r"\b(?:full name|surname|name of the member|composition|position held)\b", re.I)


# ... and "Document, item" (the act an instruction was given in) beside "Content of the instruction"
WEAK_ACTION = re.compile(r"^\s*(?:step|stage|item of the plan|section|direction|area|(?:investment )?project|document)s?\b", re.I)
STRONG_DEADLINE = re.compile(r"deadline|\bterms?\b|\bdue\b|\bdate\b|timing|\bwhen\b", re.I)
# "Frequency", "Periodicity": how often a report is due, beside the column that says by when
FREQUENCY_COLUMN = re.compile(r"^\s*(?:frequency|periodicity|regularity)\b", re.I)


def _columns(header: list[str]) -> dict[str, int]:
    """Which column holds what: the first header naming each, a column that names it outright before a weaker one
    ("Form of completion | Deadline", "Step | Measures")."""
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        if FREQUENCY_COLUMN.search(h or "") and not re.search(r"\b(?:days?|dates?|deadlines?|terms?|due)\b", h, re.I):
            cols["frequency"] = i  # ("Frequency and submission day" says by when too: the deadline column)
            break
    for key in ("number", "responsible", "deadline", "action"):
        named = [i for i, h in enumerate(header) if i not in cols.values() and HEADER_WORDS[key].search(h or "")
                 and not (key == "action" and SOURCE_COLUMN.match(h or ""))]
        outright = [i for i in named if not WEAKER.get(key, lambda h: False)(header[i] or "")]
        if named:
            cols[key] = (outright or named)[0]
    return cols


# a form's "Source of data" column says where a figure comes from, not a duty
SOURCE_COLUMN = re.compile(r"\s*(?:source|basis|reference)\b", re.I)


# a header that names its column only weakly: the deadline in "Form of completion", the duty in "Step"
WEAKER = {"deadline": lambda h: not STRONG_DEADLINE.search(h), "action": lambda h: bool(WEAK_ACTION.search(h))}


# a Deadline cell that is only a span of time: "3 working days", "2 weeks", "one month"
BARE_DURATION = re.compile(r"(?:\d{1,3}|one|two|three|four|five|six|seven|ten|fifteen|thirty) (?:(?:working|business|calendar) )?"
                           r"(?:days?|weeks?|months?)", re.I)


def _row_deadline(cells: list[str], cols: dict[str, int], clause: str | None, footnotes: list[str], doc_date: Date | None):
    """The Deadline cell resolved, with the Frequency cell's recurrence when the cell names none: "monthly" and
    "by the 5th day of the following month"; the text stays the Deadline cell's."""
    cell = cells[cols["deadline"]]
    deadline = _footnote_deadline(cell, clause, footnotes, doc_date)
    if deadline is None and BARE_DURATION.fullmatch(cell.strip(" .")):  # "| 3 working days |": counted from the document's date
        within = resolve_deadline(f"within {cell.strip(' .')}", doc_date)
        deadline = Deadline(within.date, cell.strip(" ."), None) if within else None
    freq = cells[cols["frequency"]] if "frequency" in cols and cols["frequency"] < len(cells) else ""
    freq = re.sub(r"\([^()]*\)", "", freq).strip(" ,.")
    if freq and cell.strip() and not (deadline and deadline.recurrence):
        both = resolve_deadline(f"{freq}, {cell.strip()}", doc_date)
        if both and both.recurrence:
            return Deadline(both.date, cell.strip(), both.recurrence)
    return deadline


FOOTNOTE_TOPIC = {"quarterly": r"quarter", "annual": r"annual|year", "monthly": r"month", "semiannual": r"half|six months", "weekly": r"week"}


def _footnote_deadline(cell: str, row_clause: str | None, footnotes: list[str], doc_date: Date | None):
    """"quarterly*" with "* Quarterly information is submitted by the 15th day ..." -> that rule."""
    base = resolve_deadline(cell.strip("* "), doc_date)
    if not base or not base.recurrence:
        return base
    for note in footnotes:
        for part in note.lstrip("* ").split(";"):
            item = re.search(r"\(items? ([\w., ]+)\)", part)
            if item and row_clause and row_clause not in re.split(r"[, ]+", item.group(1)):
                continue
            if not re.search(FOOTNOTE_TOPIC[base.recurrence], part.split(" by ")[0], re.I):
                continue
            rule = re.search(r"\b(?:by|before|not later than|no later than) [^;]*", part)
            if rule:
                written = f"{cell.strip('* ')}, {rule.group().strip(' .')}"
                found = resolve_deadline(written, doc_date)
                if found:
                    return found
    return base


def _open_in_register(header: list[str], cells: list[str]) -> bool:
    """A register of instructions under control lists the duties still open: a row whose Status cell does not say
    the instruction was executed or removed from control ("in progress", "deadline extended") is a live duty."""
    status = [i for i, h in enumerate(header) if STATUS_COLUMN.search(h or "")]
    return bool(status) and status[0] < len(cells) and bool(cells[status[0]].strip()) and not DONE_STATUS.match(cells[status[0]])


def _row_obligations(unit: Unit, ents: list[Entity], doc_date: Date | None, doc_towns: list[str],
                     footnotes: list[str] = (), register: bool = False) -> list[Obligation]:
    b = unit.block
    if not b.cells or not b.header:
        return []
    cols = _columns(b.header)
    status_ok = register and _open_in_register(b.header, b.cells)
    if b.header and re.match(r'\s*["«“]', b.header[0] or ""):
        return []  # '| "No. | Name of the measure | ...': an amended act's table quoted in its new wording
    project = "action" in cols and re.match(r"\s*(?:investment )?project", b.header[cols["action"]] or "", re.I)
    status = next((i for i, h in enumerate(b.header) if STATUS_COLUMN.search(h or "") and not status_ok), None)
    if status is not None:  # a status report's table quotes earlier instructions: only its own plans are duties
        return _status_plans(unit, ents, status, doc_date, doc_towns)
    if ("action" not in cols or ("responsible" not in cols and "deadline" not in cols)  # a list of activity codes
            # a list of projects is a duty only with who answers for each and by when ("| Project | Investor | ... |")
            or (project and not ("responsible" in cols and "deadline" in cols))
            or any(MEMBERS_COLUMN.search(h or "") for h in b.header)):
        return []  # a working group's list names members
    cells = b.cells
    action = cells[cols["action"]] if cols["action"] < len(cells) else ""
    if (not action.strip() or NOT_DUTY.search(action.strip()) or CITED_ITEM.match(action)
            or re.fullmatch(r"\s*(?:(?:grand |in )?total|overall|sum)(?: (?:for|of|on|under) [^|;]{1,60})?\s*:?\s*", action, re.I)):  # a "Total" row
        return []
    if not any(c.strip() for i, c in enumerate(cells) if i not in (cols["action"], cols.get("number"))):
        return []  # a section row ("| | II. Investment projects | | |")
    if all(re.fullmatch(r"\s*\d{1,2}\s*", c) for c in cells):
        return []  # a form's row of column numbers ("| 1 | 2 | 3 | ... | 9 |")
    if re.match(r"\s*(?:Goal|Task|Objective|Aim|Direction|Subprogramme|Sub-programme)\b(?:\s*\d+)?\s*[.:]", action, re.I):
        return []  # a plan's group row: "| 1. | Task 1. Improvement of the investment climate ... | | | | 62 530.0 |"
    actors: list[str] = []
    # ("Responsible (company) | Responsible (administration)": each column's bodies, in the columns' order)
    resp_cols = [cols["responsible"]] + [i for i, h in enumerate(b.header) if i != cols.get("responsible")
                                         and i not in cols.values() and HEADER_WORDS["responsible"].search(h or "")] \
        if "responsible" in cols else []
    for col in [c for c in resp_cols if c < len(cells)]:
        resp = _tidy(cells[col], 0)[0]
        # the cell's own place in the row, not the first like words: "... submission to the Ministry of X | Ministry |"
        at = 0
        for c in cells[: col]:
            found = unit.text.find(c.strip(), at) if c.strip() else -1
            at = found + len(c.strip()) if found >= 0 else at
        pos = unit.text.find(resp, at) if resp else -1
        if pos >= 0:
            found_actors = _named_actors(ents, unit.text, pos, pos + len(resp))
        else:
            found_actors = [m.normalized for m in load_gazetteer().find(resp) if m.label == "BODY"]
        actors += [a for a in found_actors if a not in actors]
    deadline = None
    if "deadline" in cols and cols["deadline"] < len(cells):
        deadline = _row_deadline(cells, cols, b.clause, list(footnotes), doc_date)
        if deadline is None and cells[cols["deadline"]].strip():
            deadline = Deadline(None, cells[cols["deadline"]].strip(), None)
    if deadline is None or not re.search(r"\w", deadline.text or ""):  # "| To hold the next meeting in December 2018. | - | - |"
        found = find_deadline(action, doc_date)
        deadline = found.deadline if found else None
    towns = _duty_towns(ents, 0, len(unit.text), doc_towns)
    out = []
    # "To monitor ... To inform the Commission ... quarterly, by the 10th day ...": two duties in one cell, the
    # second with a time limit of its own
    parts = re.split(r"(?<=[.;])\s+(?=To [a-z])", " ".join(action.split()))
    if len(parts) > 1 and not re.match(rf"(?:To [a-z]|(?:{DIRECTIVE_VERBS})\b)", parts[0]):
        parts = parts[1:]  # "The Commission notes that the target has not been met. To prepare ...": a note, then the duty
    for k, part in enumerate(parts):
        own = find_deadline(part, doc_date) if len(parts) > 1 else None
        due = own.deadline if own else deadline
        if own:
            part = part[: own.start] + part[own.end:]
        # "To the department of X (E.V. Mironova) jointly with MUP Y to draw up ...": the cell's dative names who, the
        # Executor column says it too; "It is recommended to clean up ...": the recommendation is no part of the action
        part = re.sub(r"^\s*(?:To (?:the [a-z]|[A-Z])[^;:]{2,250}?\s+(?=to [a-z]+\b)|It is (?:recommended|proposed|requested) (?=to\b))",
                      "", part)
        act = re.sub(r"^\s*To\s+", "", part, flags=re.I).strip(" ,.;")
        row_actors = list(actors)
        modal = MODAL.search(act)
        if modal and not re.match(r"\s*To\b", part):  # 'LLC "X" is requested to submit ...': the cell names who itself
            subject = [Entity("BODY", act[m.start:m.end], m.normalized, unit.page, m.start, m.end)
                       for m in load_gazetteer().find(act[: modal.start()]) if m.label == "BODY"]
            if subject and _only_bodies(subject, act, 0, modal.start()):
                named = list(dict.fromkeys(x.normalized for x in subject))
                act = act[modal.end():].strip()
                row_actors = named + [a for a in actors if a not in named]
        out.append(Obligation(
            actor=row_actors[0] if row_actors else None, actors=row_actors, action=_trim_action(act[:1].lower() + act[1:]),
            deadline=due.date if due else None, deadline_text=due.text if due else None,
            recurrence=due.recurrence if due else None, towns=towns,
            clause=b.clause or (cells[cols["number"]].strip(" .") if "number" in cols and cols["number"] < len(cells) else None),
            page=unit.page, text=" | ".join(cells),
        ))
    return out


def _status_plans(unit: Unit, ents: list[Entity], col: int, doc_date: Date | None, doc_towns: list[str]) -> list[Obligation]:
    """What a status cell says a body will do next: "Not completed: the auction was declared void. The Administration
    of X will complete the repeated tender by 15 November 2017" is a duty of the row's clause; the rest of the row
    reports what was to be done."""
    b = unit.block
    cell = _tidy(b.cells[col], 0)[0] if col < len(b.cells) else ""
    at = unit.text.find(cell) if cell else -1
    if at < 0:
        return []
    out = []
    for m in re.finditer(r"\bwill(?! be\b)\s+(?=[a-z])", cell):
        # the subject from the start of its clause: after "In progress:", "...; ", or a full stop
        start = max((x.end() for x in re.finditer(r"[;:]\s*|\.\s+(?=[A-Z])", cell[: m.start()])), default=0)
        subject = re.sub(r"^(?:then|also|in addition|further),?\s+", "", cell[start: m.start()], flags=re.I)
        start = m.start() - len(subject)
        if not _only_bodies(ents, unit.text[at + start:], at + start, m.start() - start):
            continue
        actors = _main_first(_bodies_in(ents, at + start, at + m.start()), subject, ents, at + start)
        action = re.split(r";\s*|\.\s+(?=[A-Z])", cell[m.end():])[0].strip(" .")
        out.append(_obligation(actors, action, action, unit, _duty_towns(ents, 0, len(unit.text), doc_towns), doc_date))
    return out


__all__ = ["load_nlp", "extract_document", "extract_documents", "Match"]
