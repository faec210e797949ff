"""(w55own, check58 finding 3) Suicide said in the languages most spoken in England and Wales
after English and Welsh (Census 2021: Polish, Romanian, Panjabi, Urdu, Portuguese, Spanish,
Arabic, Bengali, Gujarati, Italian, French, Lithuanian, Turkish, Chinese). "Ya no puedo más,
quiero morir" and "je veux mourir" brought the NSPCC, the rape line and Childline, no
Samaritans and no warning, under a line saying a service may arrange an interpreter.

Two readings, as in English:

- ``wish_said`` (I want to die, I want to kill myself, I will kill myself, I do not want to
  live, suicidal thoughts, I have taken too many pills): the English warning "If your life is
  at risk now, call 999 or go to A&E" (``suicide_intent.own_intent``), and Samaritans first;
- ``suicide_said`` (the word for suicide or an overdose alone, as "suicide" alone in English):
  Samaritans first in the talk box (``understand``: ``Asker.suicidal``), no warning.

Samaritans and 999 can arrange interpreters; the page claims no service speaks a language
its listing does not say it speaks.

Only wordings the maintainers were sure of. For each language a suicide-prevention or helpline
page in it was read (stored copies searched on 2026-12-07; for maintainers, never shown), and
the words it shows are noted; the other wordings are the plain first-person forms of those.

=========== ============================================== ===================================
language    wordings read                                  page read (words seen there)
=========== ============================================== ===================================
Spanish     quiero morir, quiero matarme, suicidio,        terapify.com, a Spanish council's
            quitarme la vida, no quiero vivir, sobredosis  "Ayuda frente al suicidio" page
                                                           (suicidio, quitarse la vida)
French      je veux mourir, j'ai envie de mourir, je veux  santepsyjeunes.fr ("j'ai envie de
            me suicider / me tuer, surdose                 mourir"), psyritualite.fr ("je veux
                                                           me suicider")
Polish      chcę umrzeć, chcę się zabić, nie chcę żyć,     pcprwejherowo.pl ("chcę się zabić,
            samobójstwo, myśli samobójcze                  nie chcę już żyć", myśli samobójcze)
Romanian    vreau să mor, vreau să mă sinucid, sinucidere, mentalhealthforromania.org (suicid,
            suicid, supradoză                              sinucidere, dorința de a muri)
Portuguese  quero morrer, quero me matar, vontade de       CVV pages: claudia.abril.com.br,
            morrer, suicídio, não quero viver              horahnoticia.com.br ("vontade de
                                                           morrer", suicídio)
Italian     voglio morire, voglio uccidermi, voglia di     cosmopolitan.it (Telefono Amico;
            morire, suicidio                               suicidio), forum.leparole.info
                                                           ("voglia di morire")
Lithuanian  noriu mirti, noriu nusižudyti, savižudybė      diena.lt, kauno.diena.lt
                                                           (savižudybė, nusižudyti)
Turkish     ölmek istiyorum, kendimi öldürmek istiyorum,   tiktok.com/safety in Turkish, and
            yaşamak istemiyorum, intihar, aşırı doz        metepsikoloji.com (intihar,
                                                           "yaşamak istemiyorum")
Urdu and    خودکشی, مرنا چاہتا / چاہتی (want to die);       audiopedia.org in Urdu, alulama.org
Panjabi     khudkushi, marna chahta (in Latin letters)     (خودکشی)
(Shahmukhi)
Arabic      أريد أن أموت, انتحار, أقتل نفسي, جرعة زائدة       befrienders.org/ar, mind.se/ar
                                                           (الانتحار, تقتل نفسك)
Bengali     আত্মহত্যা (suicide), মরতে চাই (want to die)     bn.desiblitz.com (আত্মহত্যা)
Gujarati    આત્મહત્યા (suicide)                            gu.svetzdravlja.org (આત્મહત્યા)
Chinese     我想死, 不想活, 自杀 / 自殺, 想自杀               chimaozy.com ("想死"), bencao.8red.cn
                                                           ("我想死", 自杀)
=========== ============================================== ===================================

Panjabi in Gurmukhi is read by ``suicide_gurmukhi`` (w57suicide), with its own sources.

Guards: "no quiero morir", "nie chcę umrzeć", "nu vreau să mor" (I do not want to die), "me
muero de risa / de hambre" (dying of laughter, of hunger: "morir" is read only after "I want
to"), "mourir de rire", "想死你了" (I miss you to death), "不想死" (I do not want to die).

Over the words as typed: Latin letters folded to plain a-z (ł to l, ı to i), other scripts
kept as written (``clean_text`` drops them).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .asker import Asker
from .suicide_gurmukhi import suicide_gurmukhi, wish_gurmukhi

#: Arabic short vowels and the tatweel, which people type or leave out
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")
_LATIN_EXTRA = str.maketrans({"ł": "l", "ı": "i", "ß": "ss", "ø": "o", "đ": "d"})


def _folded(text: str) -> str:
    """``text`` in lower case with Latin letters' accents folded and other scripts kept,
    apostrophes dropped and punctuation made a space."""
    out = []
    for ch in unicodedata.normalize("NFC", text.casefold()).translate(_LATIN_EXTRA):
        if ch in "'`’":
            continue  # "j'ai" is "jai", as ``clean_text`` makes "i'm" "im"
        if unicodedata.category(ch)[0] in "PSZC":
            out.append(" ")
        elif ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii()))
        else:
            out.append(ch)
    return " ".join(_ARABIC_MARKS.sub("", "".join(out)).split())


_NOT_LAUGHING = r"(?! (?:de|di|dal|dalle|do|da) (?:risa|rire|ridere|risate|hambre|faim|fame|rir))"
#: I want to die, kill myself, do not want to live, suicidal thoughts, too many pills taken
_WISH_LATIN = (
    # Spanish
    rf"(?<!\bno )(?<!\bno me )\b(?:me )?quiero morir(?:me)?\b{_NOT_LAUGHING}"
    r"|(?<!\bno )\b(?:quiero matarme|me quiero matar|me voy a matar|quiero suicidarme"
    r"|me quiero suicidar|me voy a suicidar|quiero quitarme la vida)\b"
    r"|\bno quiero (?:seguir )?vivir\b"
    r"|\b(?:me tome|tome|me he tomado|he tomado) (?:demasiadas|todas (?:las|mis)) "
    r"(?:pastillas|pildoras)\b"
    # French
    rf"|(?<!\bne )\b(?:je veux|jai envie de|je voudrais) mourir\b{_NOT_LAUGHING}"
    r"|\bje (?:veux|vais) me (?:tuer|suicider)\b|\bje ne veux plus vivre\b"
    r"|\bjai pris trop de (?:medicaments|cachets|comprimes|pilules)\b"
    # Polish
    # ("chce" is "he wants" too: not after "on", "ona", "syn", "corka": he, she, son, daughter)
    r"|(?<!\bnie )(?<!\bon )(?<!\bona )(?<!\bsyn )(?<!\bcorka )"
    r"\b(?:chce umrzec|chce sie zabic|zabije sie)\b|\bnie chce (?:juz )?zyc\b"
    r"|\bmysli samobojcze\b|\bprzedawkowal(?:em|am)\b"
    # Romanian
    r"|(?<!\bnu )\bvreau sa (?:mor|ma sinucid|ma omor)\b|\bnu (?:mai )?vreau sa (?:mai )?traiesc\b"
    r"|\bam luat prea multe (?:pastile|medicamente|tablete)\b"
    # Portuguese
    r"|(?<!\bnao )\b(?:quero morrer|quero me matar|quero matar me|vou me matar|vou matar me)\b"
    r"|\bvontade de morrer\b|\bnao quero (?:mais )?viver\b"
    r"|\btomei (?:comprimidos|remedios) demais\b"
    # Italian
    rf"|(?<!\bnon )\b(?:voglio morire|voglio uccidermi|mi voglio uccidere|voglio ammazzarmi"
    rf"|voglio suicidarmi|mi voglio suicidare)\b{_NOT_LAUGHING}"
    r"|\bvoglia di morire\b|\bnon voglio piu vivere\b"
    r"|\bho preso troppe (?:pillole|pastiglie|compresse)\b"
    # Lithuanian
    r"|\b(?:noriu mirti|noriu nusizudyti|nusizudysiu|nebenoriu gyventi)\b"
    # Turkish
    r"|\b(?:olmek istiyorum|kendimi oldurmek istiyorum|kendimi oldurecegim"
    r"|intihar etmek istiyorum|yasamak istemiyorum)\b"
    r"|\bcok fazla (?:hap|ilac) (?:ictim|aldim)\b"
    # Urdu and Panjabi in Latin letters
    r"|\bmarna chah(?:ta|ti|unda|undi|ndi|nda)\b"
)
_WISH_SCRIPTS = (
    # Arabic: I want to die / to kill myself / to commit suicide; I will kill myself
    r"[اأإ]ريد [اأإ]ن (?:[اأ]موت|[اأ]نتحر|[اأ]قتل نفسي)|س[اأ]نتحر|س[اأ]قتل نفسي"
    # Urdu (and Panjabi in Shahmukhi): want to die
    r"|مرنا چاہت[اىیي]"
    # Bengali: want to die
    r"|মরতে চাই"
    # Chinese: I want to die (not "I miss you to death", not "I do not want to die"), do not
    # want to live, want to kill myself, took too much medicine
    r"|(?<!不)想死(?![你您他她它])|不想活|想自[杀殺]|吃了太多[药藥]"
)
#: the word for suicide or an overdose, said alone
_WORDS_LATIN = (
    r"\b(?:suicidio|suicidarme|suicider|samobojstw\w*|samobojcz\w*|sinucider\w*|suicid"
    r"|savizudyb\w*|intihar\w*|khud ?k[ua]shi|sobredosis|surdose|supradoz\w*|asiri doz\w*)\b"
)
_WORDS_SCRIPTS = r"انتحار|خودکشی|خود کشی|جرعة زائدة|আত্মহত্যা|આત્મહત્યા|自[杀殺]"

_WISH = re.compile(rf"{_WISH_LATIN}|{unicodedata.normalize('NFC', _WISH_SCRIPTS)}")
_WORDS = re.compile(rf"{_WORDS_LATIN}|{unicodedata.normalize('NFC', _WORDS_SCRIPTS)}")


def wish_said(text: str) -> bool:
    """``text`` (the words as typed) says, in one of the languages above, I want to die or to
    kill myself, I do not want to live, or I have taken too many pills."""
    return bool(_WISH.search(_folded(text))) or wish_gurmukhi(_folded(text))  # (w57suicide)


def suicide_said(text: str) -> bool:
    """``text`` speaks of suicide in one of the languages above: a wish (``wish_said``) or the
    word for suicide or an overdose alone."""
    folded = _folded(text)
    return bool(_WISH.search(folded) or _WORDS.search(folded)) or suicide_gurmukhi(folded)


def with_suicide_said(asker: Asker, text: str) -> Asker:
    """``asker`` read as speaking of suicide (``Asker.suicidal``: Samaritans first in the talk
    box) when ``text`` does so in one of the languages above (``suicide_said``)."""
    return replace(asker, suicidal=True) if suicide_said(text) else asker
