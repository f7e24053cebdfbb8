"""A thirty-second blind phrasing set for the demo web's eligibility pages (fictional demo data).

The voice is a bilingual English/Spanish program page, as some programs in Puerto Rico and the
border states publish: every rule is stated in English and rendered in Spanish beside it (after
a slash, in parentheses, or as the next sentence, sometimes Spanish first), with inline headings
in both languages ("Patrocinio de visas / Visa sponsorship: ..."), Spanish that keeps the English
exam and Match terms ("Step 2 CK", "ERAS", "rank list") as such pages do, and ECFMG deadlines
written with their Spanish gloss in parentheses. The English sentence states the truth and the
Spanish one says the same, with the same numbers. Otherwise the pages are in US program style.
Traps settle nothing in either language: preferences ("Se prefiere ...", "preferred"), averages
of residents and interviewees ("El promedio de nuestros residentes ..."), questions, counts of
interviews, Spanish-fluency preferences, general licensing and NRMP/ECFMG information, and the
rules of other (affiliated) programs. All of it is invented demo data about no real program.

Written on 2026-11-27 by a blind helper session from its own knowledge of how US residency
programs, bilingual ones included, word their eligibility and application facts. The author read
only issue 11 (the fact contract: fact names and values, "preferences are not requirements;
averages of past applicants are not minimums"), ``demoweb/phrasings.py`` (the shape of a set and
the dev/held-out wordings, to avoid reusing them), ``demoweb/info.py`` (how a set is drawn and
rendered, the fields templates get, the truth values of ``demoweb.info._facts`` and what a blind
set must provide), ``tests/test_demoweb_info.py`` (the structural checks a blind set must pass),
the ``class_sizes`` field of ``demoweb/specialties.py`` and the first 70 lines of
``demoweb/phrasings_independent14.py`` (its docstring and the shape of ``ECFMG_BY`` and
``EXTRA_TRAPS``). The author did NOT read, grep, import or run the extraction rules
(``extract/``), their tests (``tests/test_facts*.py``, ``tests/facts_families.py``), ``bench/``
or any benchmark output, git log or diffs, or any other blind set (nor the thirty-first, written
at the same time by another helper); did not run ``bench/facts.py`` or ``precedent facts``, and
did not run the extractor on any of these sentences: nothing here was tuned against the rules.

It was checked only structurally, by an ad-hoc script outside the repository: it imports, has
every claim of the dev set with three to five distinct wordings, every template and row formats
with the fields ``demoweb.info`` passes and uses only the fields the tests allow, no wording is
(or contains) a dev or held-out one, no ECFMG deadline wording is inside another, no wording, row
or deadline is shared with another blind set (compared through ``demoweb.info.BLIND``, by counts
only), and the value checks of ``tests/test_demoweb_info.py`` hold on pages rendered from this
set (by monkeypatching ``demoweb.info`` in that script so that held-out programs use it).
"""

from __future__ import annotations

NAME = "independent32"

# ECFMG deadline: canonical value → this set's main words, and other words for the same deadline.
# Each carries its Spanish gloss in parentheses, as the bilingual pages write it.
ECFMG_BY = {
    "rank order list deadline": "before rank lists are due (antes de la fecha límite del rank list)",
    "time of application": "at the moment you apply (al momento de solicitar)",
    "start of residency": "before residency begins on July 1 (antes del inicio de la residencia)",
    "interview": "before your interview day (antes del día de su entrevista)",
}
ECFMG_BY_ALSO = {
    "rank order list deadline": (
        "ahead of the NRMP ranking deadline (antes del cierre de listas del NRMP)",
        "by the date our rank order list is certified (para la certificación de nuestra lista)",
    ),
    "time of application": (
        "when your ERAS application is sent (al enviar su solicitud por ERAS)",
        "as of the date of application (a la fecha de la solicitud)",
    ),
    "start of residency": (
        "prior to the first day of PGY-1 (antes del primer día de PGY-1)",
        "by the residency start date (para la fecha de inicio de la residencia)",
    ),
    "interview": (
        "by the day you interview with us (para el día en que se entreviste con nosotros)",
        "at the time of your interview (al momento de su entrevista)",
    ),
}

# Traps only this set has: (claim, share of programs). ``{n}`` is 6-12 for another program, else
# 60-150 (counts of interviews).
EXTRA_TRAPS = (
    ("trap:other_program", 0.25),
    ("trap:spanish_pref", 0.3),
    ("trap:interviews", 0.25),
    ("trap:question", 0.2),
    ("trap:general_info", 0.2),
)

# Data tables: one claim per wording, kept from the formatter.
# fmt: off
PHRASINGS: dict[str, tuple[str, ...]] = {
    "visa:j1_only": (
        "We sponsor the J-1 visa only; H-1B visas are not an option. / Solo auspiciamos la visa "
        "J-1; las visas H-1B no son una opción.",
        "Patrocinio de visas / Visa sponsorship: J-1 through ECFMG only (únicamente J-1 a través "
        "del ECFMG).",
        "The only visa our program sponsors is the J-1. La única visa que patrocina nuestro "
        "programa es la J-1.",
        "Solo patrocinamos la visa J-1, no la H-1B. We handle J-1 visa sponsorship exclusively; "
        "H-1B is not offered.",
        "Non-citizen applicants may be sponsored for a J-1 visa and for no other visa type. Los "
        "solicitantes que no son ciudadanos pueden recibir patrocinio para la visa J-1 y para "
        "ningún otro tipo de visa.",
    ),
    "visa:both": (
        "We sponsor J-1 and H-1B visas. / Patrocinamos visas J-1 y H-1B.",
        "The hospital sponsors residents on either the H-1B or the J-1 visa. El hospital auspicia "
        "a sus residentes con visa H-1B o J-1.",
        "Visa sponsorship / Patrocinio de visas: we sponsor J-1 and H-1B (patrocinamos J-1 y "
        "H-1B).",
        "International residents can train here on a J-1 or an H-1B visa, both sponsored by our "
        "GME office. Los residentes internacionales pueden entrenar aquí con visa J-1 o H-1B, "
        "ambas patrocinadas por nuestra oficina de GME.",
    ),
    "visa:none": (
        "We do not sponsor any visas. / No patrocinamos ningún tipo de visa.",
        "Our program cannot sponsor J-1 or H-1B visas. Nuestro programa no puede auspiciar visas "
        "J-1 ni H-1B.",
        "Visa sponsorship / Patrocinio de visas: not available (no disponible).",
        "Applicants must already be authorized to work in the United States; no visa sponsorship "
        "is offered. Los solicitantes deben estar autorizados a trabajar en los Estados Unidos; "
        "no se ofrece patrocinio de visa.",
    ),
    "visa:j1_yes": (
        "We sponsor the J-1 visa. / Patrocinamos la visa J-1.",
        "J-1 visa sponsorship through ECFMG is offered to eligible residents. Se ofrece "
        "patrocinio de visa J-1 a través del ECFMG a los residentes elegibles.",
        "Applicants who need a J-1 visa can be sponsored by our institution (los solicitantes "
        "que necesiten visa J-1 pueden ser patrocinados por nuestra institución).",
        "Visa J-1: patrocinada. J-1 visa: sponsored.",
    ),
    "visa:h1b_no": (
        "Our program does not offer H-1B sponsorship. / Nuestro programa no ofrece patrocinio "
        "de visa H-1B.",
        "H-1B: no patrocinamos esta visa. H-1B: we do not sponsor this visa.",
        "The institution will not file H-1B petitions for residents. La institución no presenta "
        "peticiones de visa H-1B para residentes.",
        "Please note that we cannot act as an H-1B sponsor (tenga en cuenta que no podemos "
        "actuar como patrocinador de visas H-1B).",
    ),
    "img:yes": (
        "International medical graduates are eligible for our program. / Los graduados de "
        "escuelas de medicina internacionales son elegibles para nuestro programa.",
        "We welcome applications from IMGs. Recibimos con gusto solicitudes de IMG.",
        "Graduados internacionales / International graduates: eligible to apply (pueden "
        "solicitar).",
        "Egresados de escuelas de medicina fuera de los EE. UU. pueden solicitar. Graduates of "
        "medical schools outside the U.S. may apply.",
    ),
    "img:no": (
        "We do not accept graduates of international medical schools. / No aceptamos egresados "
        "de escuelas de medicina internacionales.",
        "Only graduates of LCME- or AOA-accredited schools are eligible. Solo son elegibles los "
        "egresados de escuelas acreditadas por la LCME o la AOA.",
        "International medical graduates are not eligible to apply. Los graduados médicos "
        "internacionales no son elegibles para solicitar.",
        "IMG applications are not accepted (no se aceptan solicitudes de IMG).",
    ),
    "ecfmg": (
        "Certificación ECFMG / ECFMG certification: required {by}.",
        "International graduates must be certified by ECFMG {by}. Los egresados internacionales "
        "deben estar certificados por el ECFMG en ese plazo.",
        "Requisito / Requirement: an ECFMG certificate in hand {by}.",
        "Debe presentar evidencia de la certificación ECFMG en la fecha indicada. You must show "
        "proof of ECFMG certification {by}.",
    ),
    "usce:months": (
        "Applicants must have at least {n} months of clinical experience in the United States. / "
        "Los solicitantes deben tener al menos {n} meses de experiencia clínica en los Estados "
        "Unidos.",
        "Experiencia clínica en EE. UU. / US clinical experience: {n} months minimum ({n} meses "
        "como mínimo).",
        "We require {w} months of patient-care work in a U.S. hospital. Requerimos {n} meses de "
        "trabajo clínico con pacientes en un hospital de EE. UU.",
        "No candidate is considered with fewer than {n} months of USCE. No se considera a ningún "
        "candidato con menos de {n} meses de experiencia clínica en EE. UU.",
        "Se requieren {n} meses de experiencia clínica estadounidense. {W} months of American "
        "clinical experience are required.",
    ),
    "usce:zero": (
        "U.S. clinical experience is not a prerequisite. / La experiencia clínica en EE. UU. no "
        "es un requisito previo.",
        "You do not need prior clinical experience in the United States to apply. No necesita "
        "experiencia clínica previa en los Estados Unidos para solicitar.",
        "Experiencia clínica en EE. UU.: no requerida. Clinical experience in the U.S.: not "
        "required.",
        "We do not require USCE (no requerimos experiencia clínica en EE. UU.).",
    ),
    "usce:unstated": (
        "Clinical experience in the United States is mandatory. / La experiencia clínica en los "
        "Estados Unidos es obligatoria.",
        "Applicants must have completed clinical rotations in the U.S. Los solicitantes deben "
        "haber completado rotaciones clínicas en EE. UU.",
        "Requisito / Requirement: experiencia clínica en EE. UU. (U.S. clinical experience).",
        "Hands-on patient care experience in a U.S. setting is required; se requiere "
        "experiencia práctica con pacientes en un entorno de EE. UU.",
    ),
    "step1:n": (
        "The minimum Step 1 score we accept is {n}. / La puntuación mínima de Step 1 que "
        "aceptamos es {n}.",
        "USMLE Step 1: {n} or higher (mínimo de {n}).",
        "Candidates with a Step 1 score under {n} will not be offered an interview. Los "
        "candidatos con una puntuación de Step 1 menor de {n} no recibirán entrevista.",
        "Se requiere una puntuación mínima de {n} en el USMLE Step 1. A USMLE Step 1 score no "
        "lower than {n} is required.",
    ),
    "step1:none": (
        "We have no minimum Step 1 score. / No tenemos una puntuación mínima de Step 1.",
        "Step 1 scores are not screened against any cutoff. Las puntuaciones de Step 1 no se "
        "filtran con ningún punto de corte.",
        "Puntuación mínima de Step 1 / Minimum Step 1 score: none; no cutoff applies (no aplica "
        "ningún punto de corte).",
        "No Step 1 threshold is applied to applications. No se aplica ningún umbral de Step 1 a "
        "las solicitudes.",
    ),
    "step2:n": (
        "Applicants need a Step 2 CK score of {n} or above. / Los solicitantes necesitan una "
        "puntuación de Step 2 CK de {n} o más.",
        "Puntuación mínima de Step 2 CK / Minimum Step 2 CK score: {n}.",
        "We will not review applications with a Step 2 CK score below {n}. No revisaremos "
        "solicitudes con puntuación de Step 2 CK menor de {n}.",
        "El USMLE Step 2 CK debe ser de al menos {n}. USMLE Step 2 CK must be at least {n}.",
        "Step 2 CK scores under {n} do not meet our minimum (las puntuaciones de Step 2 CK "
        "menores de {n} no cumplen con nuestro mínimo).",
    ),
    "step2:none": (
        "We do not set a Step 2 CK minimum. / No establecemos un mínimo para Step 2 CK.",
        "Step 2 CK: no minimum score (sin puntuación mínima).",
        "There is no cutoff score for Step 2 CK. No hay puntuación de corte para Step 2 CK.",
        "Applications are not filtered by Step 2 CK score. Las solicitudes no se filtran por "
        "puntuación de Step 2 CK.",
    ),
    "step2:pct": (
        "Your Step 2 CK score must be at or above the {p}th percentile. / Su puntuación de Step "
        "2 CK debe estar en o por encima del percentil {p}.",
        "We require Step 2 CK performance at the {p}th percentile or higher (percentil {p} o "
        "superior).",
        "Step 2 CK: minimum {p}th percentile nationally / mínimo percentil {p} a nivel nacional.",
        "Solicitantes por debajo del percentil {p} en Step 2 CK no serán considerados. "
        "Applicants below the {p}th percentile on Step 2 CK will not be considered.",
    ),
    "comlex:n": (
        "Osteopathic applicants must present a COMLEX Level 2-CE score of at least {n}. / Los "
        "solicitantes osteopáticos deben presentar una puntuación de COMLEX Level 2-CE de al "
        "menos {n}.",
        "COMLEX Level 2-CE: minimum {n} (mínimo {n}).",
        "Para solicitantes DO, el mínimo de COMLEX Level 2-CE es {n}. For DO applicants the "
        "COMLEX Level 2-CE minimum is {n}.",
        "We do not consider COMLEX Level 2-CE scores below {n}. No consideramos puntuaciones de "
        "COMLEX Level 2-CE menores de {n}.",
    ),
    "comlex:none": (
        "COMLEX scores are not held to a minimum. / No exigimos puntuación mínima de COMLEX.",
        "COMLEX: no cutoff (sin punto de corte).",
        "DO applicants are not screened by any COMLEX score threshold. Los solicitantes DO no son "
        "evaluados con ningún umbral de puntuación COMLEX.",
        "No hay puntuación mínima de COMLEX. No minimum COMLEX score applies.",
    ),
    "scores:both": (
        "Minimum USMLE scores are {a} on Step 1 and {b} on Step 2 CK. / Las puntuaciones mínimas "
        "del USMLE son {a} en Step 1 y {b} en Step 2 CK.",
        "USMLE minimums / Mínimos del USMLE: Step 1 at least {a} (al menos {a}), Step 2 CK at "
        "least {b} (al menos {b}).",
        "We require at least {a} on Step 1 and {b} on Step 2 CK. Requerimos al menos {a} en Step "
        "1 y {b} en Step 2 CK.",
        "Se requiere Step 1 de {a} o más y Step 2 CK de {b} o más. Step 1 must be {a} or higher "
        "and Step 2 CK {b} or higher.",
    ),
    "attempt:yes": (
        "Every USMLE step must be passed on the first attempt. / Cada paso del USMLE debe "
        "aprobarse en el primer intento.",
        "Applicants with a failed attempt on any USMLE or COMLEX exam are not eligible. Los "
        "solicitantes con un intento fallido en cualquier examen USMLE o COMLEX no son elegibles.",
        "Intentos / Attempts: first-attempt passes only, on all Steps (solo aprobados en el "
        "primer intento, en todos los Steps).",
        "We only consider candidates who passed all licensing exams on the first try. Solo "
        "consideramos candidatos que aprobaron todos los exámenes de licencia en el primer "
        "intento.",
    ),
    "attempt:step2": (
        "Step 2 CK has to be passed on the first attempt; other Steps are not held to this rule. / "
        "Step 2 CK debe aprobarse en el primer intento; los demás Steps no están sujetos a esta "
        "regla.",
        "A first-time pass on Step 2 CK is required (se requiere aprobar Step 2 CK en el primer "
        "intento).",
        "Step 2 CK must have been passed in a single attempt; this applies to Step 2 CK only. "
        "Step 2 CK debe haberse aprobado en un solo intento; esto aplica solo a Step 2 CK.",
        "Primer intento requerido solo para Step 2 CK. First-attempt pass required for Step 2 CK "
        "only.",
    ),
    "attempt:no": (
        "Applicants who needed more than one attempt on a USMLE step are still considered. / Los "
        "solicitantes que necesitaron más de un intento en un paso del USMLE son considerados.",
        "Multiple attempts do not exclude you from consideration (múltiples intentos no lo "
        "excluyen de consideración).",
        "Candidates with a previous exam failure remain eligible. Los candidatos con un examen "
        "reprobado anteriormente siguen siendo elegibles.",
        "Intentos múltiples: aceptados. Multiple attempts: accepted.",
    ),
    "yog:n": (
        "Applicants must be no more than {n} years past medical school graduation. / Los "
        "solicitantes no deben tener más de {n} años de graduados de la escuela de medicina.",
        "Graduación / Graduation: within the past {n} years (dentro de los últimos {n} años).",
        "We consider only those who graduated in the last {w} years. Solo consideramos a quienes "
        "se graduaron en los últimos {n} años.",
        "Si se graduó hace más de {n} años, no es elegible. If you graduated more than {n} years "
        "ago, you are not eligible.",
        "Your year of graduation must fall within {n} years of the application cycle; su año de "
        "graduación debe estar dentro de {n} años del ciclo de solicitud.",
    ),
    "yog:none": (
        "We have no limit on how long ago you graduated. / No tenemos límite sobre cuánto tiempo "
        "hace que se graduó.",
        "Año de graduación / Year of graduation: no limit (sin límite).",
        "Graduates of any year may apply; no graduation cutoff applies. Egresados de cualquier "
        "año pueden solicitar; no aplica ningún límite de graduación.",
        "Time since graduation is not restricted. El tiempo desde la graduación no está "
        "restringido.",
    ),
    "positions:n": (
        "Each year we take {n} categorical {noun}. / Plazas categóricas por año: {n}.",
        "Positions per year / Plazas por año: {n}.",
        "Our program matches {w} PGY-1 {noun} annually (plazas PGY-1 anuales: {n}).",
        "The number of categorical positions offered each year through the Match is {n}; el "
        "número de plazas categóricas ofrecidas cada año a través del Match es {n}.",
    ),
    "positions:range": (
        "We match between {a} and {b} residents each year. / Cada año reclutamos entre {a} y {b} "
        "residentes.",
        "Plazas por año / Positions per year: {a} to {b} (de {a} a {b}).",
        "Depending on funding, {a} or {b} interns start with us every July. Dependiendo de los "
        "fondos, {a} o {b} internos comienzan con nosotros cada julio.",
        "La clase entrante tendrá de {a} a {b} residentes. The incoming class will have {a} to "
        "{b} residents.",
    ),
    "home:positions": (
        "Welcome! We take {n} new {noun} each July. ¡Bienvenidos! Nuevos residentes cada julio: "
        "{n}.",
        "Our bilingual program trains {n} {noun} per class (residentes por clase: {n}).",
        "Every year our bilingual program welcomes {w} new {noun} (nuevos residentes por año: "
        "{n}).",
        "Serving patients in English and Spanish, our program matches {n} {noun} a year; cada "
        "año seleccionamos {n} en el Match.",
    ),
    "total": (
        "Our program has {n} residents across its training years. / Nuestro programa cuenta con "
        "{n} residentes en todos sus años de entrenamiento.",
        "Total de residentes / Total residents: {n}.",
        "Altogether {n} residents train here at any given time. En total, {n} residentes se "
        "entrenan aquí en un momento dado.",
        "The full residency complement is {n}; el total de plazas del programa es {n}.",
    ),
    "research_track": (
        "We offer a research track for residents interested in academic careers. / Ofrecemos "
        "una vía de investigación para residentes interesados en carreras académicas.",
        "Research track / Vía de investigación: available (disponible).",
        "Residents may apply to our physician-scientist research track. Los residentes pueden "
        "solicitar nuestra vía de investigación para médicos científicos.",
        "Our residency includes a dedicated research pathway. Nuestra residencia incluye una vía "
        "de investigación dedicada.",
    ),
    "prelim": (
        "We also take {n} preliminary {noun} each year. / Plazas preliminares adicionales: {n}.",
        "Preliminary positions / Plazas preliminares: {n}.",
        "In addition to categorical spots, we match {w} preliminary {noun} each year; además de "
        "las plazas categóricas, el número de plazas preliminares es {n}.",
        "Number of preliminary positions available: {n} (número de plazas preliminares "
        "disponibles: {n}).",
    ),
    "us_letters": (
        "At least two of your letters must be from physicians practicing in the U.S. / Al menos "
        "dos de sus cartas deben ser de médicos que ejercen en EE. UU.",
        "Letters of recommendation / Cartas de recomendación: at least one from a U.S. physician "
        "is required (se requiere al menos una de un médico de EE. UU.).",
        "We require letters from U.S. physicians who supervised you clinically. Requerimos "
        "cartas de médicos de EE. UU. que lo hayan supervisado clínicamente.",
        "Se requieren tres cartas de recomendación de médicos en Estados Unidos. Three letters "
        "of recommendation from physicians in the United States are required.",
    ),
    "trap:usce_pref": (
        "We prefer applicants with U.S. clinical experience. / Se prefiere a solicitantes con "
        "experiencia clínica en EE. UU.",
        "Experiencia clínica en EE. UU.: preferida. US clinical experience: preferred.",
        "Applicants with hands-on U.S. clinical rotations tend to be more competitive (los "
        "solicitantes con rotaciones clínicas en EE. UU. suelen ser más competitivos).",
        "Se valora la experiencia clínica en Puerto Rico o en los Estados Unidos. Clinical "
        "experience in Puerto Rico or the mainland United States is valued.",
    ),
    "trap:ecfmg_pref": (
        "We prefer applicants who already hold ECFMG certification when they apply. / "
        "Preferimos solicitantes que ya tengan la certificación ECFMG al solicitar.",
        "ECFMG certification at the time of ranking is an advantage (es una ventaja tener la "
        "certificación ECFMG al momento del ranking).",
        "Se prefiere que los IMG estén certificados por el ECFMG antes de la entrevista. It is "
        "preferred that IMGs be ECFMG certified before the interview.",
        "Candidates with ECFMG certification completed are given priority; los candidatos con "
        "la certificación ECFMG completa reciben prioridad.",
    ),
    "trap:yog_pref": (
        "We give preference to recent graduates. / Damos preferencia a los egresados recientes.",
        "Se prefiere que hayan pasado pocos años desde la graduación. Candidates who graduated "
        "in the last few years are favored.",
        "Applicants close to graduation are generally more competitive (los solicitantes recién "
        "graduados suelen ser más competitivos).",
        "Graduation within the past three years is preferred; se prefiere graduación en los "
        "últimos tres años.",
    ),
    "trap:step2_average": (
        "El promedio de Step 2 CK de nuestros residentes actuales es {n}. Our current residents "
        "average {n} on Step 2 CK.",
        "Mean Step 2 CK of matched applicants / Promedio de Step 2 CK de los seleccionados: {n}.",
        "Last cycle, the interns we matched scored {n} on Step 2 CK on average (en promedio, "
        "{n}).",
        "The median Step 2 CK among last year's interviewees was {n}; la mediana de Step 2 CK "
        "entre los entrevistados del año pasado fue {n}.",
    ),
    "trap:step1_average": (
        "El promedio de Step 1 de nuestros residentes es {n}. Our residents' average Step 1 score "
        "is {n}.",
        "Average Step 1 of our incoming class / Promedio de Step 1 de la clase entrante: {n}.",
        "Our matched applicants have typically scored around {n} on Step 1 (alrededor de {n}).",
        "Historically, interviewed candidates averaged {n} on Step 1; históricamente, los "
        "candidatos entrevistados promediaron {n} en Step 1.",
    ),
    "trap:letters_pref": (
        "We prefer letters written by physicians who practice in the U.S. / Preferimos cartas "
        "escritas por médicos que ejercen en EE. UU.",
        "Se prefiere al menos una carta de un médico de EE. UU. At least one letter from a U.S. "
        "physician is preferred.",
        "Letters from U.S. supervisors carry more weight (las cartas de supervisores en EE. UU. "
        "tienen más peso).",
        "Cartas de médicos estadounidenses: preferidas. Letters from American physicians: "
        "preferred.",
    ),
    "trap:other_program": (
        "Our affiliated transitional-year program at the sister hospital takes {n} residents and "
        "sponsors H-1B visas; its rules are its own. / Nuestro programa afiliado de año "
        "transicional en el hospital hermano recibe {n} residentes y patrocina visas H-1B; sus "
        "reglas son propias.",
        "The internal medicine program at our partner hospital requires {n} months of U.S. "
        "clinical experience (el programa de medicina interna de nuestro hospital asociado "
        "requiere {n} meses de experiencia clínica en EE. UU.).",
        "Some programs on the island limit applicants to {n} years since graduation; please check "
        "each program's own page. Algunos programas en la isla limitan a los solicitantes a {n} "
        "años desde la graduación; verifique la página de cada programa.",
        "Our fellowship programs take {n} fellows per year in total; nuestras subespecialidades "
        "reciben {n} fellows por año en total.",
    ),
    "trap:spanish_pref": (
        "Fluency in Spanish is strongly preferred because most of our patients speak Spanish. / "
        "Se prefiere fluidez en español porque la mayoría de nuestros pacientes hablan español.",
        "Dominio del español: preferido, no requerido. Spanish proficiency: preferred, not "
        "required.",
        "Bilingual (English/Spanish) applicants are at an advantage during interviews; los "
        "solicitantes bilingües (inglés/español) tienen ventaja en las entrevistas.",
        "Se prefiere que los candidatos puedan entrevistar pacientes en español. We prefer "
        "candidates who can interview patients in Spanish.",
    ),
    "trap:interviews": (
        "Last season we interviewed {n} applicants for our positions. / La temporada pasada "
        "entrevistamos a {n} solicitantes para nuestras plazas.",
        "Entrevistas realizadas el ciclo pasado / Interviews held last cycle: {n}.",
        "About {n} candidates receive an interview invitation each year (unos {n} candidatos "
        "reciben invitación a entrevista cada año).",
        "We received applications from {n} international graduates last year; el año pasado "
        "recibimos solicitudes de {n} egresados internacionales.",
    ),
    "trap:question": (
        "¿Patrocinan visas H-1B? Is H-1B sponsorship available? Contact the program coordinator "
        "for the current policy (comuníquese con la coordinadora para conocer la política "
        "vigente).",
        "¿Cuál es la puntuación mínima de Step 2 CK? What is the minimum Step 2 CK score? See "
        "the requirements section / vea la sección de requisitos.",
        "Do you need U.S. clinical experience? ¿Necesita experiencia clínica en EE. UU.? See "
        "below / consulte abajo.",
        "Can IMGs who graduated years ago apply? ¿Pueden solicitar los IMG graduados hace años? "
        "Please read our eligibility criteria (lea nuestros criterios de elegibilidad).",
    ),
    "trap:general_info": (
        "State and territorial licensing boards set their own limits on USMLE attempts; check "
        "the board where you plan to practice. / Las juntas de licenciamiento estatales y "
        "territoriales fijan sus propios límites de intentos del USMLE; consulte la junta donde "
        "piensa ejercer.",
        "ECFMG, not our program, decides when an applicant is certified; las decisiones sobre la "
        "certificación las toma el ECFMG, no nuestro programa.",
        "NRMP rules require every program to finalize its rank order list by the national "
        "deadline; las reglas del NRMP exigen que todo programa finalice su lista por la fecha "
        "límite nacional.",
        "For a J-1 visa, ECFMG asks for a statement of need from the ministry of health of the "
        "applicant's home country. Para la visa J-1, el ECFMG pide una declaración de necesidad "
        "del ministerio de salud del país de origen del solicitante.",
    ),
}
# Table rows: claim → (label, value), both bilingual. Claims without a row are written as
# sentences.
ROWS: dict[str, tuple[str, str]] = {
    "visa:j1_only": ("Visa sponsorship / Patrocinio de visas", "J-1 only / Solo J-1"),
    "visa:both": ("Visa sponsorship / Patrocinio de visas", "J-1 and H-1B / J-1 y H-1B"),
    "visa:none": ("Visa sponsorship / Patrocinio de visas", "None / Ninguna"),
    "visa:j1_yes": ("J-1 visa / Visa J-1", "Sponsored / Patrocinada"),
    "visa:h1b_no": ("H-1B visa / Visa H-1B", "Not sponsored / No patrocinada"),
    "img:yes": ("IMGs / Graduados internacionales", "Eligible / Elegibles"),
    "img:no": ("IMGs / Graduados internacionales", "Not eligible / No elegibles"),
    "ecfmg": ("ECFMG certification / Certificación ECFMG", "Required {by}"),
    "usce:months": ("U.S. clinical experience / Experiencia clínica en EE. UU.",
                    "{n} months minimum / mínimo {n} meses"),
    "usce:zero": ("U.S. clinical experience / Experiencia clínica en EE. UU.",
                  "Not required / No requerida"),
    "usce:unstated": ("U.S. clinical experience / Experiencia clínica en EE. UU.",
                      "Required / Requerida"),
    "step1:n": ("USMLE Step 1 minimum / Mínimo de Step 1", "{n}"),
    "step1:none": ("USMLE Step 1 minimum / Mínimo de Step 1", "No minimum / Sin mínimo"),
    "step2:n": ("USMLE Step 2 CK minimum / Mínimo de Step 2 CK", "{n}"),
    "step2:none": ("USMLE Step 2 CK minimum / Mínimo de Step 2 CK", "No minimum / Sin mínimo"),
    "step2:pct": ("USMLE Step 2 CK minimum / Mínimo de Step 2 CK",
                  "{p}th percentile / percentil {p}"),
    "comlex:n": ("COMLEX Level 2-CE minimum / Mínimo de COMLEX Level 2-CE", "{n}"),
    "comlex:none": ("COMLEX Level 2-CE minimum / Mínimo de COMLEX Level 2-CE",
                    "No minimum / Sin mínimo"),
    "attempt:yes": ("First-attempt pass / Aprobado en primer intento",
                    "Required on all Steps / Requerido en todos los Steps"),
    "attempt:step2": ("First-attempt pass / Aprobado en primer intento",
                      "Step 2 CK only / Solo Step 2 CK"),
    "attempt:no": ("First-attempt pass / Aprobado en primer intento",
                   "Not required / No requerido"),
    "yog:n": ("Years since graduation / Años desde la graduación",
              "{n} at most / {n} como máximo"),
    "yog:none": ("Years since graduation / Años desde la graduación", "No limit / Sin límite"),
    "positions:n": ("PGY-1 positions per year / Plazas PGY-1 por año", "{n}"),
    "positions:range": ("PGY-1 positions per year / Plazas PGY-1 por año", "{a} to {b} / {a} a {b}"),
    "total": ("Total residents / Total de residentes", "{n}"),
    "prelim": ("Preliminary positions / Plazas preliminares", "{n}"),
    "research_track": ("Research track / Vía de investigación", "Offered / Disponible"),
    "us_letters": ("Letters from U.S. physicians / Cartas de médicos de EE. UU.",
                   "Required / Requeridas"),
    "trap:usce_pref": ("Experiencia clínica en EE. UU. / U.S. clinical experience",
                       "Preferred / Preferida"),
    "trap:step2_average": ("Step 2 CK average of current residents / Promedio de Step 2 CK de "
                           "residentes actuales", "{n}"),
    "trap:step1_average": ("Step 1 average of current residents / Promedio de Step 1 de "
                           "residentes actuales", "{n}"),
    "trap:spanish_pref": ("Spanish / Español", "Preferred / Se prefiere"),
}
# FAQ questions by topic (the claim's prefix), in both languages. Questions settle nothing.
QUESTIONS: dict[str, str] = {
    "visa": "Do you sponsor visas? / ¿Patrocinan visas?",
    "img": "Can international medical graduates apply? / ¿Pueden solicitar los graduados "
           "internacionales?",
    "ecfmg": "By when do I need ECFMG certification? / ¿Para cuándo necesito la certificación "
             "ECFMG?",
    "usce": "Do I need clinical experience in the U.S.? / ¿Necesito experiencia clínica en "
            "EE. UU.?",
    "step1": "Is there a Step 1 cutoff? / ¿Hay un punto de corte para Step 1?",
    "step2": "What Step 2 CK score is needed? / ¿Qué puntuación de Step 2 CK se necesita?",
    "comlex": "Do you have a COMLEX minimum? / ¿Tienen un mínimo de COMLEX?",
    "scores": "What USMLE scores do you require? / ¿Qué puntuaciones del USMLE requieren?",
    "attempt": "Do you accept applicants with more than one exam attempt? / ¿Aceptan "
               "solicitantes con más de un intento?",
    "yog": "Does my graduation year matter? / ¿Importa mi año de graduación?",
    "positions": "How many residents do you match each year? / ¿Cuántos residentes seleccionan "
                 "cada año?",
    "total": "How many residents does the program have? / ¿Cuántos residentes tiene el programa?",
    "research_track": "Can I pursue research during training? / ¿Puedo hacer investigación "
                      "durante el entrenamiento?",
    "prelim": "Do you have preliminary positions? / ¿Tienen plazas preliminares?",
    "us_letters": "Must my letters come from U.S. physicians? / ¿Deben mis cartas venir de "
                  "médicos de EE. UU.?",
    "trap": "What makes an applicant competitive here? / ¿Qué hace competitivo a un solicitante "
            "aquí?",
}
# fmt: on
