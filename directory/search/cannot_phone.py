"""Words saying the person cannot use a phone call now: they cannot hear or speak ("im deaf",
"non verbal", "i can only text", "methu siarad"), or a call is not safe ("he listens to my
calls", "someone might hear me", "i cant speak out loud"). The lines to call now then lead with
the ways in that need no voice (a text number, online chat), and their numbers come after
(seventh walk-through F10b). Words naming Deaf people are also the thesaurus's [deaf] concept
(a service for Deaf people then joins the lines); these words are read here, on the cleaned
text. A parent or a professional cannot phone only when they say it of themselves."""

from __future__ import annotations

import re

from .apostrophes_cy import NOT_I_CY
from .lexicon import clean_text

_NOT_ABLE = r"(?:cant|cannot|can not|unable to|not able to|couldnt|could not|dont dare|daren?t)"
_CALL = r"(?:phone|call|ring|use (?:a|the|my) phone|make (?:a )?(?:phone )?calls?)"
#: (w45ask) not able to call, as a young person also says it: "can t", "can never", "not
#: allowed to", "no way i can", "dont make me" (for a call only: "never speak" is no condition)
_NOT_ABLE_CALL = (
    rf"(?:{_NOT_ABLE}|can t|can never|cant ever|not allowed to|aint allowed to|no way (?:i|to)"
    r"(?: can| could)?|(?:dont|do not|don t|please dont) make me)"
)
#: (w45ask) no phone to call from: "i dont have a phone", "no credit", "he took my phone",
#: Welsh "heb ffôn", "dim ffôn", "dim credyd"
_NO_PHONE = (
    r"(?:(?:(?:dont|do not|don t|dnt) (?:have|own) (?:a |my own )?|(?:havent|have not|not) got "
    r"(?:a |my )?|(?:i have|ive got|i got) no )(?:phone|mobile)(?! (?:number|no)\b)"
    r"|no (?:credit|signal|minutes)|(?:out of|run out of|ran out of) (?:credit|minutes)"
    r"|(?:took|takes|has taken|taken|confiscated|smashed|broke) my (?:phone|mobile)"
    r"|heb (?:ffon|ffôn)|dim (?:ffon|ffôn|credyd)|(?:mynd|cymryd|cymerodd) (?:fy|y) (?:ffon|ffôn))"
)
_SPEAK = r"(?:talk|speak)"
#: (thirteenth walk-through F8) not liking, or being too scared of, a call
_DISLIKE = (
    r"(?:(?:dont|do not|don t|doesnt|does not|really dont) (?:like|enjoy|feel able|feel ok)"
    r"|hate|hates|cant stand|can t stand|scared of|afraid of|anxious about|bad at|struggle with"
    r"|cant cope with|cant handle|get anxious|panic when)"
)

#: (fifteenth walk-through F7) not wanting a call: "dont want to talk on the phone", "dont
#: wanna call", "id rather not phone"; not calling someone in particular ("dont want to call the
#: police", "rather not ring my mum")
_UNWILLING = (
    r"(?:(?:dont|do not|don t|really dont|dont really|didnt|not|never) (?:want|wanna|wana|feel "
    r"like)(?: to)?|(?:id |i would |would )?rather not|prefer not to|not ready to|wont|will not"
    r"|(?:too|to|2|really|so) (?:scared|anxious|nervous|shy|frightened|embarrassed|afraid|worried)"
    r" (?:to|2))"
)
_NOT_SOMEONE = (
    r"(?! (?:the police|police|cops|999|101|social|him\b|her\b|me\b|mum|mam|dad|nan"
    r"|gran|my |his |their |our |back))"
)
#: asking for a way in without a call: "can i message someone", "is there someone i can text"
_ASK_WRITTEN = (
    r"(?:can|could|may) (?:i|u|you|we) (?:just )?(?:message|msg|text|txt|chat|type|email|write)"
    r"(?: to| with)? (?:someone|somebody|anyone|any1|some1|a person|you|u|instead|online)"
    r"|(?:someone|somebody|anyone|any1|somewhere|a person) (?:i|we) (?:can|could) (?:message|msg"
    r"|text|txt|chat (?:to|with)|email|write to)"
)

_WORDS = re.compile(
    r"\b(?:"
    # "i cant phone", "can't call anyone", "unable to use the phone", "not allowed to ring"
    rf"{_NOT_ABLE_CALL} {_CALL}\b|{_NO_PHONE}"
    # "cant talk on the phone", "cant speak out loud", "can not talk at home"
    rf"|{_NOT_ABLE} (?:\w+ )?{_SPEAK} (?:on the phone|over the phone|on a phone|out loud|aloud"
    r"|at home|without \w+ hearing)"
    r"|(?:can |could )?only (?:text|type|message|write)|text only|rather text|prefer to text"
    # (thirteenth walk-through F8) a call is too hard, not impossible: "i dont like talking on
    # the phone", "hate phone calls", "too scared to ring", "phone anxiety"
    rf"|{_DISLIKE} (?:\w+ )?(?:{_SPEAK}|{_SPEAK}ing|being) (?:\w+ )?(?:on|over) (?:the|a) phone"
    rf"|{_DISLIKE} (?:\w+ )?(?:phoning|calling|ringing|phone calls?|calls|the phone|phones"
    r"|using (?:a|the) phone|making (?:phone )?calls)"
    r"|(?:too|really|so) (?:scared|anxious|nervous|shy|frightened) to (?:phone|call|ring)"
    r"|phone (?:anxiety|phobia|fear)|telephobia|(?:scared|afraid|phobia) of (?:the )?phones?"
    r"|(?:phone )?calls? (?:make|makes|made|scare|scares|stress|stresses) me"
    r"|(?:anxious|nervous|scared|panic|panicky|freeze|froze) (?:on|over|about) (?:the|a) phone"
    # (fifteenth walk-through F7) "dont want to talk on the phone", "dont wanna call",
    # "rather not phone", "can i message someone"
    rf"|{_UNWILLING} (?:\w+ )?(?:{_SPEAK}|{_SPEAK}ing) (?:\w+ ){{0,2}}(?:on|over) (?:the|a) phone"
    rf"|{_UNWILLING} (?:phone|call|ring|make (?:a )?(?:phone )?call|use the phone){_NOT_SOMEONE}"
    rf"|{_UNWILLING} (?:a |any )?(?:phone ?calls?|calls)|{_ASK_WRITTEN}"
    # someone hears or checks the calls
    r"|(?:listens?|listening|listened|checks?|checking|monitors?|monitoring|records?|recording"
    r"|(?:goes|going|looks|looking) through) (?:in )?(?:on |to )?"
    r"(?:all )?my (?:phone )?calls"
    r"|(?:might|could|would|will|can) (?:over)?hear (?:me|us|my)"
    r"|overhears?|scared (?:\w+ )?(?:will|would|might) hear"
    # Welsh: "methu ffonio", "ffaelu siarad", "dw i ddim yn gallu ffonio"
    r"|(?:methu|ffaelu|ddim yn gallu|dim yn gallu|alla i ddim|allaf i ddim|na allaf|ni allaf"
    rf"|fedra i ddim|fedraf i ddim|ni fedraf|ni alla i|{NOT_I_CY} gallu)"
    r" (?:ffonio|galw|siarad)"
    r"|dim ond (?:tecstio|negeseuon|neges)"
    # (fifteenth walk-through F7) "dwi ddim isio ffonio" (I dont want to phone), "well gen i
    # decstio" (I would rather text), "ga i decstio rhywun" (can I text someone)
    r"|(?:ddim|dim|byth) (?:isio|isho|eisiau|eisio|moyn|am) (?:ffonio|galw|siarad ar y ffon)"
    r"(?! (?:r |yr |y )?(?:heddlu|999|101|mam|nhad|dad|fy ))"
    r"|(?:well|gwell) (?:gen i|gyda fi|gennyf) (?:decstio|tecstio|sgwrsio ar[ -]?lein|anfon neges"
    r"|ysgrifennu)"
    r"|(?:ga i|gaf i|alla i|allaf i|fedra i|gallwn i) (?:decstio|tecstio|anfon neges|sgwrsio)"
    # "dw i ddim yn hoffi siarad ar y ffôn", "ddim yn licio ffonio", "ofn ffonio"
    r"|(?:ddim|dim) yn (?:hoffi|licio|lecio|leicio|hoff o) (?:siarad ar y ffon|ffonio|galw"
    r"|galwadau|y ffon)|(?:ofn|gas gen i|casau|cas gen i) (?:ffonio|galw|siarad ar y ffon)"
    r"|fy nghlywed|gwrando ar (?:fy )?(?:ngalwadau|galwadau|ffon)"
    r")\b"
)

#: (w54cydanger) not able, in Welsh: "methu", "ffaelu", "ddim yn gallu", "alla i ddim"
_CY_NOT_HEAR = (
    r"(?:methu|ffaelu|ddim yn gallu|dim yn gallu|alla i ddim|allaf i ddim|na allaf|ni allaf"
    r"|fedra i ddim|fedraf i ddim|ni fedraf|ni alla i|ddim yn medru|dim yn medru"
    # (w56cy, welsh23 F6) "sa i'n gallu", cleaned "sa in gallu", as every other form
    rf"|{NOT_I_CY} gallu)"
)
#: not hearing or speaking, said of anyone ("deaf", "non verbal", "cant speak", "byddar")
_CONDITION = (
    rf"(?:{_NOT_ABLE} (?:speak|hear)(?! (?:to|about|english|welsh|up|with|from|of|for)\b)"
    r"|non ?verbal|mute|selective mutism|hard of hearing|deaf\w*|bsl|sign language|signer"
    # (thirteenth walk-through F8) autistic: calls are often hard; the numbers still follow
    r"|autistic|autism|asd|aspergers|asperger s|awtistig|awtistiaeth|ar y sbectrwm"
    r"|byddar|fyddar|nam ar y clyw|iaith arwyddion"
    # (w54cydanger, welsh22 F8) not hearing said in Welsh, of anyone: "methu clywed", "ffaelu
    # clywed", "trwm ei chlyw" (hard of hearing)
    rf"|{_CY_NOT_HEAR} clywed\b(?! (?:chi|ti|di|e|o|fe|fo|hi|nhw|y|yr|r|dim|beth|be)\b)"
    r"|(?:trwm|drwm) (?:fy|ei|eu|n) (?:nghlyw|glyw|chlyw|clyw))"
)
_ANYONE = re.compile(rf"\b{_CONDITION}\b")
#: said of oneself: "im deaf", "i am profoundly deaf", "i use bsl", "dw in fyddar"
#: (probe 21) never someone else's ("how do i help my autistic son", "i have an autistic
#: daughter", "i work with deaf children"): no word between of whose, having or caring
_BETWEEN = (
    r"(?: (?!(?:my|our|his|her|their|your|have|has|got|help|helping|support|supporting|look|"
    r"looking|care|caring|raise|raising|foster|fostering|teach|teaching|work|working|with|for)"
    r"\b)\w+){0,2}"
)
_ONESELF = re.compile(
    rf"\b(?:i|im|i am|me|myself|dw i|dwi|dw in|dwin|rydw in|fi){_BETWEEN} {_CONDITION}\b"
    # (w54cydanger, welsh22 F8) said of oneself by the verb or "fy" (my): "alla i ddim clywed",
    # "sa i'n gallu clywed", "trwm fy nghlyw"
    r"|\b(?:alla i ddim|allaf i ddim|fedra i ddim|fedraf i ddim|ni allaf|ni fedraf"
    rf"|{NOT_I_CY} gallu) clywed\b"
    r"|\b(?:trwm|drwm) (?:fy|n) (?:nghlyw|clyw)\b"
)


#: (w54endanger, check57) "deaf" said of someone who would not listen, not of hearing: "my mum
#: turned a deaf ear", "it fell on deaf ears", "they were deaf to it"
_IDIOM = re.compile(
    r"\b(?:turn|turns|turned|turning) (?:a )?deaf ears?\b|\bdeaf ears?\b"
    r"|\b(?:fell|fall|falls|falling|fallen) on deaf\b|\bdeaf to (?:it|me|us|him|her|them|my|what)\b"
    # (w56cy, welsh23 F7) the Welsh idiom: "troi clust fyddar" (turn a deaf ear), "syrthio ar
    # glustiau byddar" (fall on deaf ears)
    r"|\b(?:c|g|ch)lust(?:iau)? (?:fyddar|byddar|fyddair)\b|\bar (?:glustiau|clustiau) byddar\b"
)


def without_deaf_idiom(cleaned: str) -> str:
    """``cleaned`` (``clean_text``) without "deaf" said of someone who would not listen ("turned a
    deaf ear"): no Deaf person is asking, and no service for Deaf people is sought."""
    return _IDIOM.sub(" ", cleaned)


def cannot_phone(text: str, someone_else: bool = False) -> bool:
    """Whether the words say the person cannot, or dare not, speak on a phone call now.
    ``someone_else``: the person asking asks for someone else (a parent, a professional), so
    that not hearing or speaking counts only said of themselves ("my son is deaf": the parent
    can phone; "im deaf and my son was abused": cannot)."""
    if not text:
        return False
    cleaned = without_deaf_idiom(clean_text(text))  # (w54endanger) "turned a deaf ear"
    if _WORDS.search(cleaned):
        return True
    return bool((_ONESELF if someone_else else _ANYONE).search(cleaned))
