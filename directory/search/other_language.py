"""(w57lang, check59 finding 8) Short words in another language, and little English said.

``words.reads_as_english`` cannot tell a language from fewer than six words, so "mon oncle me
touche", "amcam bana dokunuyor" or "quero morrer" were read as misspelt English: no line
saying a service may arrange an interpreter, and "Search with the spelling corrected:
'waiting'". Here a few everyday words of the languages most spoken in England and Wales after
English and Welsh (Census 2021: Polish, Romanian, Panjabi, Urdu, Portuguese, Spanish, Arabic,
Bengali, Gujarati, Italian, French, Lithuanian, Turkish, Somali; w61other: Russian, Ukrainian,
Kurdish and Farsi as typed in Latin letters, and the words for a rape and when it happened read
by ``assault_languages``), in Latin letters as people
type them, and the letters only those languages use ("ă", "ș", "ğ", "ı", "ã", "ą", "ė"), say
that words are in another language. Only words that are not everyday English are listed ("me",
"no", "son", "come", "pain", "ma" are English too).

Little English said ("i no speak english", "english not good") gets the same interpreter line.
"""

from __future__ import annotations

import re
import unicodedata

from .lexicon import clean_text

#: everyday words of those languages, folded to a-z as ``clean_text`` folds them
_BY_LANGUAGE = (
    # French
    "je jai suis mon oncle pere mere beau touche touchent elle moi besoin peur enfant "
    "fille fils frere soeur avec tres parle anglais viole violee agresse mourir cousine veux "
    # (w62missing, check62 finding 6) a boyfriend, and when: "mon copain m'a violée hier soir"
    "copain copine hier soir ce matin aujourd hui nuit derniere etais ete inconnu "
    # Spanish
    "mis padrastro madrastra tio tia primo hermano hermana abuelo padre madre toca tocar toco "
    "tocado viola violo violado abusa abuso ayuda ayudame miedo tengo estoy hijo hija nino nina "
    "necesito hablo ingles noche pero muy tambien siempre quiero morir violaron violada violado "
    "violacion anoche ayer anteayer hace anos hija fue cuando "
    # (w62danger) danger now: husband, boyfriend, hits, beats, now, help
    "marido esposo novio pega pegando golpea golpeando ahora socorro "
    # Portuguese
    "meu minha padrasto pai mae irmao irma avo tocou mexe mexeu abusou estuprou estupra medo "
    "tenho estou nao falo ele ela comigo quero morrer estuprada estuprado estupraram violou "
    "ontem anteontem hoje filha filho fui noite "
    # Italian
    "mio mia zio zia patrigno fratello sorella nonno tocca toccato toccata violenta aiuto "
    "aiutami paura sono parlo inglese lui lei voglio morire stuprata stuprato violentata "
    "violentato ieri stanotte stasera oggi figlia figlio anni hanno sera "
    # Romanian
    "tatal tata vitreg vitrega unchiul unchi fratele sora bunicul atinge ating violat violeaza "
    "abuzeaza ajutor frica imi mea sunt vorbesc engleza vreau fost fiica fiul violata abuzata "
    "abuzat aseara azi astazi noapte acum ani "
    # (w62danger) danger now: beats, hits, husband, boyfriend
    "bate loveste sotul iubitul "
    # Polish
    "moj moja wujek ojczym dziadek mnie dotyka dotykal zgwalcil pomocy pomoc boje sie "
    "jestem nie mowie angielsku chce umrzec zgwalcili zgwalcona wczoraj dzisiaj "
    "przedwczoraj corka syna temu "
    # Turkish
    "amcam dayim babam annem uvey abim dedem bana beni dokunuyor dokundu tecavuz taciz yardim "
    "korkuyorum bir cok ingilizce bilmiyorum konusamiyorum tecavuze etti gece bugun "
    "kizim oglum "
    # Lithuanian
    "mano dede patevis tevas brolis sesuo liecia prievartauja padekite pagalba bijau "
    "nekalbu angliskai noriu mirti vakar siandien isprievartavo "
    # Urdu, Panjabi, Gujarati and Bengali in Latin letters
    "mera meri mere mujhe mujhay mainu chacha chachu taya abbu chhuta chuta chhoota "
    "chhunda karta karti hai hain madad darr lagta nahi nahin angrezi aati maro mari kaka "
    "adke nathi amake chhoy chhuye sahajjo bhoy raat aaj balatkar zyadti ziyadti beti "
    "dhorshon gotokal hua hui kal "
    # (w61other) Russian and Ukrainian in Latin letters, Kurmanji Kurdish, Farsi in Latin
    # letters ("Finglish")
    "menya mne pomogite iznasiloval iznasilovali iznasilovana otchim dyadya vchera segodnya "
    "govoryu khochu umeret mene meni dopomozhit zgvaltuvav zgvaltuvaly vitchym vchora sohodni "
    "bave ape destdireji tecawiz alikari dixwazim inglizi kir pedaram madaram baradaram amoo "
    "tajavoz komak kard mikham dishab diruz dirooz emruz emrooz englisi "
    # Somali
    "aabe aabaha adeer abti walaal iga taabtaa kufsaday caawimaad caawi waan baqayaa "
    "ingiriis aqaan kuma hadlo waxaan kufsaday kufsadeen kufsi shalay xalay maanta caawa waa",
)
_WORDS = frozenset(word for words in _BY_LANGUAGE for word in words.split())

#: letters only other languages use (not Welsh's â ê î ô û ŵ ŷ, nor French é, which English
#: borrows: "café", "fiancé")
_LETTERS = frozenset("ăâșşțţğıãõąęėįųūłńśźżñőűčšžřěç")

#: words only English has: two make a sentence English (as ``words.reads_as_english``)
_ENGLISH_ONLY = frozenset(
    {"my", "her", "his", "him", "i", "im", "the", "and", "to", "is", "was", "he", "she", "it",
     "of", "with", "at", "for", "you", "we", "our", "they", "them", "this", "that", "what",
     "when", "been", "has", "have", "did", "does", "dont", "cant"}
)  # fmt: skip


def _foreign(typed: str) -> bool:
    folded = clean_text(typed)
    if folded in _WORDS:
        return True
    # "â" is Romanian as well as Welsh: a letter counts only with another of its language
    return sum(ch in _LETTERS for ch in unicodedata.normalize("NFC", typed.casefold())) > (
        "â" in typed.casefold()
    )


_TYPED = re.compile(r"[^\W\d_]+", re.UNICODE)


def in_other_language(text: str) -> bool:
    """Whether ``text`` (as typed) is wholly or mostly in another language written in Latin
    letters: two or more of its words are everyday words of the languages above (or hold
    letters only they use), at least half of them are, and fewer than two are English only."""
    typed = _TYPED.findall(str(text))
    words = [w for w in typed if clean_text(w)]
    if not words:
        return False
    foreign = sum(_foreign(w) for w in words)
    english = len(_ENGLISH_ONLY.intersection(clean_text(w) for w in words))
    return foreign >= 2 and foreign * 2 >= len(words) and english < 2
