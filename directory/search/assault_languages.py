"""(w61other, check61 findings 4 and 9) A rape or sexual assault told in another language, and
when: its English twin, so the page says what it says to the same words in English.

"ayuda me violaron anoche" (Spanish: help, I was raped last night), "pomoc zgwałcił mnie
wczoraj" (Polish: help, he raped me yesterday) or "mi-a fost abuzată fiica" (Romanian: my
daughter was abused) were read as nothing: no "If it happened in the last few days…" box (a
SARC, 999, 111: care and evidence are time-limited), and the Spanish was offered "Search with the
spelling corrected: 'another'". Here, when the words are in another language
(``other_language.in_other_language`` or ``languages.in_another_script``), a word for the act
and, if said, who it was done to and when, make an English twin ("i was raped last night", "my
daughter was abused", "i was raped years ago"), read by the English readers
(``abuse_languages.other_language_twin``): the recent box for a time in the last few days, none
for the past, and the interpreter line as for any words in another language.

A small table, not a translator: only words whose meaning the maintainers were sure of, matched
as whole words after folding accents ("violó" is "violo", "zgwałcił" is "zgwalcil", "dün" is
"dun"); Arabic-script letters folded to one form (أ إ آ → ا, ی ى → ي, ک → ك), vowel marks
dropped. For maintainers (never shown):

The act (English twin: raped; sexually assaulted; abused)

- Spanish: violaron, violó, violada/o, violación (raped); abusaron / abusó de mí, abusada/o
  (abused); agredió / agredida sexualmente, agresión sexual (sexually assaulted)
- Portuguese: estuprada/o, estuprou, estupraram, violada/o, violou, violaram (raped); abusou,
  abusaram, abusada/o (abused); agressão sexual (sexually assaulted)
- Italian: stuprata/o, violentata/o, stupro (raped); abusata/o, abusato di me (abused)
- Romanian: violată/violat, viol (raped); abuzată/abuzat (abused); agresată sexual (sexually
  assaulted)
- Polish: zgwałcił/zgwałcili, zgwałcona/y, gwałt (raped); molestował, molestowana/y (abused)
- Lithuanian: išprievartavo, išprievartauta/as, išžagino (raped)
- Turkish: tecavüz, tecavüze (rape; "tecavüze uğradım", I was raped); taciz, istismar (abuse);
  cinsel saldırı (sexual assault)
- Somali: kufsaday, kufsadeen, kufsi (raped, rape)
- (w62missing, check62 finding 6) French: violée, violé(e)s (raped); agressée sexuellement,
  agression sexuelle (sexually assaulted); ma fille, mon fils; hier (soir), la nuit dernière,
  cette nuit, aujourd'hui, ce matin, ce soir, avant-hier, il y a N jours; long ago: il y a N
  ans, l'année dernière, quand j'étais petite / petit / enfant, dans mon enfance
- Urdu, Hindi, Punjabi, Gujarati in Latin letters: balatkar (rape), ismat dari (rape), zyadti /
  ziyadti (abuse, as "mere saath zyadti hui"); Bengali in Latin letters: dhorshon (rape); the
  English "rape", "raped" said among them ("mera rape hua")
- Arabic: اغتصب…, اغتصاب… (raped: اغتصبني he raped me, اغتصابي my rape), اعتداء جنسي
  (sexual assault), تحرش (sexual harassment: abused)
- Urdu: ریپ (rape), عصمت دری (rape), زیادتی (abuse)
- Farsi and Pashto: تجاوز (rape, assault: "به من تجاوز کرد")
- Sorani Kurdish: دەستدرێژی (assault, read here as a sexual assault, the sense it has on this
  directory); Kurmanji: tecawiz (rape)
- Bengali ধর্ষ… (ধর্ষণ, rape); Hindi बलात्कार, Gujarati બળાત્કાર, Punjabi ਬਲਾਤਕਾਰ (rape)
- Russian изнасил… (изнасиловал, he raped; изнасилована, raped), Ukrainian зґвалт… / згвалт…
  (зґвалтував, he raped); in Latin letters iznasil…, zgvaltuva…; Farsi in Latin letters tajavoz;
  Kurmanji destdirêjî (assault, read as Sorani's)

Who it was done to, when not the writer (English twin: my daughter, my son): Spanish mi hija /
mi hijo, Portuguese minha filha / meu filho, Italian mia figlia / mio figlio, Romanian fiica /
fiul / fata mea, Polish córka / córkę / syn / syna, Turkish kızım / oğlum, Urdu (Latin) meri
beti / mera beta, Arabic ابنتي / ابني, Urdu بیٹی, Farsi دخترم / پسرم, Russian дочь / дочку / сына,
Ukrainian доньку / дочку / сина.

When, in the last few days (English twin as said): Spanish anoche (last night), ayer
(yesterday), anteayer (the day before yesterday), hoy (today), esta mañana / tarde / noche;
Portuguese ontem (à noite), anteontem, hoje, esta noite, esta manhã; Italian ieri (sera,
notte), stanotte, stasera, oggi, stamattina, l'altro ieri; Romanian ieri, aseară, azi-noapte,
noaptea trecută, azi / astăzi, alaltăieri; Polish wczoraj (wieczorem), zeszłej nocy, dzisiaj /
dziś, przedwczoraj; Lithuanian vakar (vakare), šiandien, šiąnakt, užvakar; Turkish dün (gece,
akşam), bugün, bu sabah, bu gece, geçen hafta (last week); Somali shalay (yesterday), xalay
(last night), maanta (today), caawa (tonight); Urdu/Hindi/Punjabi (Latin) kal raat (last
night), aaj / ajj (today); Bengali (Latin) gotokal (yesterday); Arabic أمس / البارحة / الليلة
الماضية / اليوم; Urdu کل رات / آج; Farsi دیروز / دیشب / امروز / امشب; Pashto پرون (yesterday);
Sorani دوێنێ (yesterday), ئەمڕۆ (today); Bengali গতকাল / কাল রাতে / আজ; Gujarati ગઈકાલે /
આજે; Punjabi ਕੱਲ੍ਹ ਰਾਤ / ਅੱਜ; Hindi कल रात / आज; Russian вчера, прошлой ночью, сегодня,
позавчера; Ukrainian вчора / учора, минулої ночі, сьогодні, позавчора; in Latin letters vchera,
vchora (yesterday), segodnya, sohodni (today), Farsi dishab (last night), diruz / dirooz
(yesterday), emruz / emrooz (today), Kurmanji îro (today); a count of days back
(hace dos días, há 2 dias, due giorni fa, acum două zile, dwa dni temu, iki gün önce, два дня
назад, два дні тому, قبل يومين, دو روز پیش).

(w62danger, check62 finding 3) Danger now (English twin "he is hitting me now"): someone hitting
or beating the writer, said as now or with a plea: Spanish me pega, me está pegando, me golpea,
me está golpeando, with ahora (now), ahorita, socorro, ayuda (help) or miedo (fear); Romanian
mă bate, mă lovește, with acum (now), ajutor (help) or frică (fear). "me pegaba" (used to hit
me) is not read, nor any of it with a long-ago time below.

Long ago (English twin "years ago", or "as a child"), which wins over any time above:
Spanish hace (N) años, el año pasado, cuando era niña/o / pequeña/o, de niña/o; Portuguese há
(N) anos, ano passado, quando era criança; Italian (N) anni fa, l'anno scorso, da bambina/o,
quando ero piccola/o; Romanian acum (N) ani, anul trecut, când eram mică / mic / copil, în
copilărie; Polish (N) lat temu, w zeszłym roku, w dzieciństwie, kiedy byłam / byłem dzieckiem;
Lithuanian pernai, vaikystėje; Turkish (N) yıl önce, yıllar önce, geçen yıl, çocukken,
küçükken; Urdu (Latin) saal pehle, bachpan; Arabic منذ سنوات / قبل سنوات, العام الماضي, السنة
الماضية, طفولتي; Urdu سال پہلے, بچپن; Farsi سال پیش, سالها پیش, پارسال, کودکی, بچگی; Bengali বছর
আগে, ছোটবেলায়; Hindi साल पहले, बचपन; Russian лет назад, в прошлом году, в детстве; Ukrainian
років тому, минулого року, в / у дитинстві.
"""

from __future__ import annotations

import re
import unicodedata

#: letters NFKD does not fold: "zgwałcił" is "zgwalcil", "saldırı" is "saldiri"; Arabic-script
#: letters written two ways (Persian and Arabic yeh and kaf, alef maksura)
_LETTERS = str.maketrans(
    {"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss", "ی": "ي", "ى": "ي", "ک": "ك"}
)
#: marks to drop after NFKD: Latin accents, Arabic vowel marks and hamza above or below
_MARKS = re.compile(r"[\u0300-\u036f\u064b-\u065f\u0670]")


def fold(text: str) -> str:
    """``text`` as the tables below are read: lower case, accents dropped, words of any script
    separated by single spaces."""
    text = unicodedata.normalize("NFC", str(text)).casefold().translate(_LETTERS)
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return " ".join(re.findall(r"[^\W_]+", text))


_RAPED = (
    "violaron|violo|violada|violado|violacion|estuprada|estuprado|estuprou|estupraram|violou|"
    "violaram|stuprata|stuprato|violentata|violentato|stupro|violata|violat|viol|zgwalcil|"
    "zgwalcili|zgwalcona|zgwalcony|gwalt|isprievartavo|isprievartauta|isprievartautas|"
    "iszagino|tecavuz|tecavuze|kufsaday|kufsadeen|kufsi|balatkar|ismat dari|dhorshon|rape|"
    "raped|tecawiz|violee|violees|viole|violes|"
    "اغتصب*|اغتصاب*|ریپ|عصمت دری|تجاوز|ধর্ষ*|बलात्कार|બળાત્કાર|ਬਲਾਤਕਾਰ|изнасил*|"
    "зґвалт*|згвалт*|iznasil*|zgvaltuva*|tajavoz"
)
_ASSAULTED = (
    "agredio sexualmente|agredida sexualmente|agresion sexual|agressao sexual|agresata sexual|"
    "agresat sexual|cinsel saldiri|agressee sexuellement|agression sexuelle|"
    "اعتداء جنسي|دەستدرێژی|destdireji"
)
_ABUSED = (
    "abusaron|abuso de mi|abusada|abusado|abusou|abusaram|abusata|abusato|abuzata|abuzat|"
    "molestowal|molestowana|molestowany|taciz|istismar|zyadti|ziyadti|تحرش*|زیادتی"
)
_DAUGHTER = (
    "mi hija|minha filha|mia figlia|fiica|fata mea|corka|corke|kizim|meri beti|ابنتي|بیٹی|دخترم|"
    "дочь|дочку|доньку|ma fille"
)
_SON = "mon fils|mi hijo|meu filho|mio figlio|fiul|syn|syna|oglum|mera beta|ابني|پسرم|сына|сина"
_LAST_NIGHT = (
    "anoche|ontem a noite|ieri sera|ieri notte|stanotte|aseara|azi noapte|noaptea trecuta|"
    "wczoraj wieczorem|zeszlej nocy|vakar vakare|dun gece|dun aksam|xalay|kal raat|kal rat|"
    "kall raat|dishab|البارحة|الليلة الماضية|کل رات|دیشب|কাল রাতে|ਕੱਲ੍ਹ ਰਾਤ|कल रात|прошлой ночью|"
    "вчера вечером|минулої ночі|вчора ввечері|hier soir|la nuit derniere|cette nuit"
)
_YESTERDAY = (
    "ayer|ontem|ieri|wczoraj|vakar|dun|shalay|gotokal|امس|دیروز|پرون|دوێنێ|গতকাল|ગઈકાલે|вчера|"
    "вчора|учора|vchera|vchora|diruz|dirooz|hier"
)
_TODAY = (
    "hoy|esta manana|esta tarde|esta noche|hoje|esta noite|esta manha|oggi|stamattina|stasera|"
    "azi|astazi|dzisiaj|dzis|siandien|sianakt|bugun|bu sabah|bu gece|maanta|caawa|aaj|ajj|"
    "segodnya|sohodni|emruz|emrooz|iro|aujourd hui|ce matin|ce soir|"
    "cet apres midi|اليوم|آج|امروز|امشب|ئەمڕۆ|আজ|આજે|ਅੱਜ|आज|сегодня|сьогодні"
)
_DAYS_AGO = (
    "anteayer|anteontem|l altro ieri|alaltaieri|przedwczoraj|uzvakar|позавчера|позавчора|"
    "hace # dias|ha # dias|# giorni fa|acum # zile|# dni temu|# gun once|# дня назад|"
    "# дні тому|قبل يومين|دو روز پیش|gecen hafta|avant hier|il y a # jours"
)
_YEARS_AGO = (
    "hace # anos|hace anos|el ano pasado|ha # anos|ha anos|ano passado|# anni fa|anni fa|"
    "l anno scorso|acum # ani|anul trecut|# lat temu|lata temu|w zeszlym roku|pernai|"
    "# yil once|yillar once|gecen yil|saal pehle|منذ سنوات|قبل سنوات|العام الماضي|"
    "السنة الماضية|سال پہلے|سال پیش|سالها پیش|سال ها پیش|پارسال|বছর আগে|साल पहले|лет назад|"
    "в прошлом году|років тому|минулого року|il y a # ans|l annee derniere"
)
_CHILDHOOD = (
    "cuando era nina|cuando era nino|cuando era pequena|cuando era pequeno|de nina|de nino|"
    "quando era crianca|quando eu era crianca|da bambina|da bambino|quando ero piccola|"
    "quando ero piccolo|cand eram mica|cand eram mic|cand eram copil|in copilarie|"
    "w dziecinstwie|kiedy bylam dzieckiem|kiedy bylem dzieckiem|vaikysteje|cocukken|kucukken|"
    "quand j etais petite|quand j etais petit|quand j etais enfant|dans mon enfance|"
    "bachpan|طفولتي|بچپن|کودکی|بچگی|ছোটবেলায়|बचपन|в детстве|в дитинстві|у дитинстві"
)


def _words(table: str) -> re.Pattern[str]:
    """One pattern for a table of phrases, each folded as the text is; "#" stands for one to
    three words (a count: "hace 20 años", "acum 20 de ani", "hace más de 20 años"), a last "*"
    for any ending ("изнасил*")."""
    phrases = []
    for phrase in table.split("|"):
        stem = phrase.endswith("*")
        parts = [
            r"\w+(?: \w+){0,2}" if word == "#" else re.escape(fold(word)) for word in phrase.split()
        ]
        phrases.append(" ".join(parts) + (r"\w*" if stem else ""))
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)")


_ACTS = ((_words(_RAPED), "raped"), (_words(_ASSAULTED), "sexually assaulted"),
         (_words(_ABUSED), "abused"))  # fmt: skip
_WHO = ((_words(_DAUGHTER), "my daughter"), (_words(_SON), "my son"))
#: long ago first: "hace años" wins over "ayer" said of something else
_WHEN = ((_words(_CHILDHOOD), "as a child"), (_words(_YEARS_AGO), "years ago"),
         (_words(_DAYS_AGO), "a few days ago"), (_words(_LAST_NIGHT), "last night"),
         (_words(_YESTERDAY), "yesterday"), (_words(_TODAY), "today"))  # fmt: skip


def _first(table: tuple[tuple[re.Pattern[str], str], ...], folded: str) -> str | None:
    return next((twin for pattern, twin in table if pattern.search(folded)), None)


def assault_twin(text: str) -> str | None:
    """The English twin of a rape, sexual assault or abuse told in another language, without
    its time ("i was raped", "my daughter was abused"), or None when no word above for the act
    is said. The caller checks the words are in another language."""
    folded = fold(text)
    act = _first(_ACTS, folded)
    if act is None:
        return None
    return f"{_first(_WHO, folded) or 'i'} was {act}"


_HITTING = _words("me pega|me esta pegando|me golpea|me esta golpeando|ma bate|ma loveste")
_NOW_OR_PLEA = _words("ahora|ahorita|socorro|ayuda|ayudame|miedo|acum|ajutor|frica")


def danger_twin(text: str) -> str | None:
    """The English twin of someone hitting the writer now, told in another language ("he is
    hitting me now"), or None; not with a time gone by said (Romanian "acum două zile" is "two
    days ago", not "now"). The caller checks the words are in another language."""
    folded = fold(text)
    if not (_HITTING.search(folded) and _NOW_OR_PLEA.search(folded)):
        return None
    return None if time_said(text) not in ("", "today") else "he is hitting me now"


def time_said(text: str) -> str:
    """The English of when ``text`` (in another language) says it happened ("last night",
    "years ago"), or "" when it says no time from the tables above."""
    return _first(_WHEN, fold(text)) or ""
