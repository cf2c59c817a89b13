"""A fictional referral in four languages, for demonstrations, benchmarks and documentation.

Every name, number and place here is invented (``(fictional)`` is part of the person's name,
phone numbers use the reserved ``+000 555 01xx`` range, places are made up). The sample has a
field in every referral section, identifying fields among them, and a positive screening, so
it exercises every part of the document; :func:`sample_request` adapts it to a service type and
a consent.
"""

from __future__ import annotations

from datetime import datetime

from fieldapp.referral.model import (
    DimensionSummary,
    IndicatorHit,
    ReferralField,
    ReferralRequest,
    Service,
)

# name, sections, identifying, {language: (label, value)}
_FIELDS: tuple[tuple[str, str, bool, dict[str, tuple[str, str]]], ...] = (
    ("consent_recorded", "consent", False, {
        "en": ("Consent recorded", "Given orally through an independent interpreter"),
        "fr": ("Consentement recueilli", "Donné oralement par l'intermédiaire d'un interprète"
               " indépendant"),
        "es": ("Consentimiento registrado", "Otorgado oralmente mediante un intérprete"
               " independiente"),
        "ar": ("تسجيل الموافقة", "أُعطيت شفهيًا عبر مترجم مستقل"),
    }),
    ("person_name", "person", True, {
        "en": ("Name or alias", "Leila Haddad (fictional)"),
        "fr": ("Nom ou alias", "Leila Haddad (fictif)"),
        "es": ("Nombre o alias", "Leila Haddad (ficticio)"),
        "ar": ("الاسم أو الاسم المستعار", "ليلى حداد (اسم وهمي)"),
    }),
    ("birth_date", "person", True, {
        "en": ("Date of birth", "2001-04-12 (estimated)"),
        "fr": ("Date de naissance", "2001-04-12 (estimée)"),
        "es": ("Fecha de nacimiento", "2001-04-12 (estimada)"),
        "ar": ("تاريخ الميلاد", "2001-04-12 (تقديري)"),
    }),
    ("gender", "person", False, {
        "en": ("Gender", "Female"),
        "fr": ("Genre", "Féminin"),
        "es": ("Género", "Femenino"),
        "ar": ("النوع الاجتماعي", "أنثى"),
    }),
    ("citizenship", "person", False, {
        "en": ("Citizenship", "Valdoria (fictional country)"),
        "fr": ("Nationalité", "Valdorie (pays fictif)"),
        "es": ("Nacionalidad", "Valdoria (país ficticio)"),
        "ar": ("الجنسية", "فالدوريا (بلد وهمي)"),
    }),
    ("languages", "person", False, {
        "en": ("Languages", "Arabic, some English"),
        "fr": ("Langues", "Arabe, un peu d'anglais"),
        "es": ("Idiomas", "Árabe, algo de inglés"),
        "ar": ("اللغات", "العربية، وقليل من الإنجليزية"),
    }),
    ("phone", "contact", True, {
        "en": ("Phone", "+000 555 0142"),
        "fr": ("Téléphone", "+000 555 0142"),
        "es": ("Teléfono", "+000 555 0142"),
        "ar": ("الهاتف", "+000 555 0142"),
    }),
    ("contact_arrangements", "contact", False, {
        "en": ("How to make contact", "Through the referring officer only; her phone may be"
               " monitored"),
        "fr": ("Comment prendre contact", "Uniquement par l'agent orienteur ; son téléphone"
               " peut être surveillé"),
        "es": ("Cómo contactar", "Solo a través del funcionario que deriva; su teléfono puede"
               " estar vigilado"),
        "ar": ("طريقة التواصل", "عبر الموظف المُحيل فقط؛ قد يكون هاتفها مراقبًا"),
    }),
    ("documents_held", "documents person", False, {
        "en": ("Identity documents", "Passport held by the employer"),
        "fr": ("Documents d'identité", "Passeport conservé par l'employeur"),
        "es": ("Documentos de identidad", "Pasaporte retenido por el empleador"),
        "ar": ("وثائق الهوية", "جواز السفر محتجز لدى صاحب العمل"),
    }),
    ("document_number", "documents", True, {
        "en": ("Document number", "P0000000 (sample)"),
        "fr": ("Numéro du document", "P0000000 (exemple)"),
        "es": ("Número del documento", "P0000000 (ejemplo)"),
        "ar": ("رقم الوثيقة", "P0000000 (مثال)"),
    }),
    ("exploitation_types", "exploitation", False, {
        "en": ("Types of exploitation", "Forced labour (domestic work)"),
        "fr": ("Types d'exploitation", "Travail forcé (travail domestique)"),
        "es": ("Tipos de explotación", "Trabajo forzoso (trabajo doméstico)"),
        "ar": ("أنواع الاستغلال", "العمل القسري (العمل المنزلي)"),
    }),
    ("means_of_control", "control", False, {
        "en": ("Means of control", "Documents withheld; debt bondage; restricted movement"),
        "fr": ("Moyens de contrôle", "Documents confisqués ; servitude pour dettes ;"
               " liberté de mouvement restreinte"),
        "es": ("Medios de control", "Documentos retenidos; servidumbre por deudas;"
               " movimiento restringido"),
        "ar": ("وسائل السيطرة", "احتجاز الوثائق؛ عبودية الدَّين؛ تقييد الحركة"),
    }),
    ("recruitment_method", "recruitment", False, {
        "en": ("How recruited", "Job offer from an acquaintance on a messaging app"),
        "fr": ("Mode de recrutement", "Offre d'emploi d'une connaissance sur une messagerie"),
        "es": ("Forma de captación", "Oferta de empleo de un conocido por una aplicación de"
               " mensajería"),
        "ar": ("طريقة التجنيد", "عرض عمل من أحد المعارف عبر تطبيق مراسلة"),
    }),
    ("journey", "journey", False, {
        "en": ("Journey", "Recruitment: Valdoria, 2023-11\nTransit: Port Meridian, 2023-12\n"
               "Exploitation: Eastford, 2024-01 to 2024-06"),
        "fr": ("Parcours", "Recrutement : Valdorie, 2023-11\nTransit : Port Méridien, 2023-12\n"
               "Exploitation : Eastford, de 2024-01 à 2024-06"),
        "es": ("Trayecto", "Captación: Valdoria, 2023-11\nTránsito: Puerto Meridiano, 2023-12\n"
               "Explotación: Eastford, de 2024-01 a 2024-06"),
        "ar": ("مسار الرحلة", "التجنيد: فالدوريا، 2023-11\nالعبور: ميناء ميريديان، 2023-12\n"
               "الاستغلال: إيستفورد، من 2024-01 إلى 2024-06"),
    }),
    ("narrative", "narrative", False, {
        "en": ("Narrative", "Met at the bus station during a routine check. She was travelling"
               " with a man who answered for her and held her ticket. Once separated, she said"
               " she had worked in a private house for six months without pay, that her"
               " passport was kept by the family and that she owed them for her travel. She"
               " asked for help to leave safely."),
        "fr": ("Récit", "Rencontrée à la gare routière lors d'un contrôle de routine. Elle"
               " voyageait avec un homme qui répondait à sa place et gardait son billet. Une"
               " fois seule, elle a dit avoir travaillé six mois dans une maison sans être"
               " payée, que la famille gardait son passeport et qu'elle leur devait le prix du"
               " voyage. Elle a demandé de l'aide pour partir en sécurité."),
        "es": ("Relato", "Encontrada en la estación de autobuses durante un control rutinario."
               " Viajaba con un hombre que respondía por ella y llevaba su billete. Una vez a"
               " solas, dijo que había trabajado seis meses en una casa sin cobrar, que la"
               " familia guardaba su pasaporte y que les debía el viaje. Pidió ayuda para irse"
               " de forma segura."),
        "ar": ("الرواية", "قابلتُها في محطة الحافلات أثناء تفتيش روتيني. كانت مسافرة مع رجل"
               " يجيب عنها ويحمل تذكرتها. وبعد الفصل بينهما قالت إنها عملت ستة أشهر في منزل"
               " خاص دون أجر، وإن الأسرة تحتفظ بجواز سفرها، وإنها مدينة لهم بتكاليف السفر."
               " وطلبت المساعدة للمغادرة بأمان."),
    }),
    ("needs", "needs", False, {
        "en": ("Immediate needs", "Safe accommodation tonight; medical check; Arabic"
               " interpreter"),
        "fr": ("Besoins immédiats", "Hébergement sûr dès ce soir ; examen médical ; interprète"
               " en arabe"),
        "es": ("Necesidades inmediatas", "Alojamiento seguro esta noche; revisión médica;"
               " intérprete de árabe"),
        "ar": ("الاحتياجات العاجلة", "مأوى آمن الليلة؛ فحص طبي؛ مترجم للغة العربية"),
    }),
    ("safety_risks", "safety", False, {
        "en": ("Safety risks", "The employer may be looking for her"),
        "fr": ("Risques pour la sécurité", "L'employeur la recherche peut-être"),
        "es": ("Riesgos para la seguridad", "Es posible que el empleador la esté buscando"),
        "ar": ("المخاطر الأمنية", "قد يكون صاحب العمل يبحث عنها"),
    }),
)

_CHILD_FIELD: dict[str, tuple[str, str]] = {
    "en": ("Age status", "Age disputed: treated as a child until verified"),
    "fr": ("Âge", "Âge contesté : traitée comme une enfant jusqu'à vérification"),
    "es": ("Edad", "Edad en duda: se trata como menor hasta su verificación"),
    "ar": ("وضع العمر", "العمر موضع شك: تُعامل كطفلة إلى حين التحقق"),
}

# code, positive, {language: label}, indicators as (grade, {language: label})
_Hits = tuple[tuple[str, dict[str, str]], ...]
_DIMENSIONS: tuple[tuple[str, bool, dict[str, str], _Hits], ...] = (
    ("d1", True,
     {"en": "Deceptive recruitment", "fr": "Recrutement trompeur",
      "es": "Captación engañosa", "ar": "التجنيد بالخداع"},
     (("S", {"en": "Deceived about the nature of the job", "fr": "Trompée sur la nature du"
             " travail", "es": "Engañada sobre la naturaleza del trabajo",
             "ar": "خُدعت بشأن طبيعة العمل"}),
      ("M", {"en": "Deceived about wages", "fr": "Trompée sur le salaire",
             "es": "Engañada sobre el salario", "ar": "خُدعت بشأن الأجر"}))),
    ("d2", False,
     {"en": "Coercive recruitment", "fr": "Recrutement coercitif",
      "es": "Captación coercitiva", "ar": "التجنيد بالإكراه"}, ()),
    ("d3", False,
     {"en": "Recruitment by abuse of vulnerability", "fr": "Recrutement par abus de"
      " vulnérabilité", "es": "Captación por abuso de vulnerabilidad",
      "ar": "التجنيد باستغلال الضعف"},
     (("M", {"en": "Economic reasons", "fr": "Raisons économiques",
             "es": "Razones económicas", "ar": "أسباب اقتصادية"}),)),
    ("d4", True,
     {"en": "Exploitative conditions", "fr": "Conditions d'exploitation",
      "es": "Condiciones de explotación", "ar": "ظروف الاستغلال"},
     (("S", {"en": "Excessive working hours", "fr": "Horaires de travail excessifs",
             "es": "Jornadas excesivas", "ar": "ساعات عمل مفرطة"}),
      ("M", {"en": "No pay", "fr": "Aucun salaire", "es": "Sin salario",
             "ar": "دون أجر"}))),
    ("d5", True,
     {"en": "Coercion at destination", "fr": "Contrainte à destination",
      "es": "Coacción en destino", "ar": "الإكراه في مكان الوصول"},
     (("S", {"en": "Documents confiscated", "fr": "Documents confisqués",
             "es": "Documentos confiscados", "ar": "مصادرة الوثائق"}),
      ("S", {"en": "Debt bondage", "fr": "Servitude pour dettes",
             "es": "Servidumbre por deudas", "ar": "عبودية الدَّين"}))),
    ("d6", False,
     {"en": "Abuse of vulnerability at destination", "fr": "Abus de vulnérabilité à"
      " destination", "es": "Abuso de vulnerabilidad en destino",
      "ar": "استغلال الضعف في مكان الوصول"}, ()),
)

_TEXT: dict[str, dict[str, str]] = {
    "officer": {"en": "Officer J. Sample", "fr": "Agente J. Exemple",
                "es": "Funcionaria J. Ejemplo", "ar": "الموظفة ج. نموذج"},
    "organisation": {"en": "Border Service, North Port post (sample)",
                     "fr": "Service des frontières, poste de North Port (exemple)",
                     "es": "Servicio de fronteras, puesto de North Port (ejemplo)",
                     "ar": "إدارة الحدود، مركز نورث بورت (مثال)"},
    "reason": {"en": "Strong indicators of forced labour; needs safe accommodation tonight",
               "fr": "Indicateurs forts de travail forcé ; besoin d'un hébergement sûr ce soir",
               "es": "Indicios fuertes de trabajo forzoso; necesita alojamiento seguro esta"
                     " noche",
               "ar": "مؤشرات قوية على العمل القسري؛ تحتاج إلى مأوى آمن الليلة"},
    "action": {"en": "Refer now to the national referral authority and a shelter",
               "fr": "Orienter dès maintenant vers l'autorité nationale et un hébergement",
               "es": "Derivar ahora a la autoridad nacional y a un albergue",
               "ar": "الإحالة فورًا إلى الجهة الوطنية للإحالة وإلى مأوى"},
}


def sample_service(service_type: str = "national_referral") -> Service:
    """A fictional directory row of the given type."""
    return Service(
        id=f"sample-{service_type}",
        name=f"Harbour Light {service_type.replace('_', ' ').title()} (sample)",
        type=service_type,
        area=("NORTH-PORT",),
        languages=("en", "fr", "es", "ar"),
        hours="Mon-Fri 08:00-18:00",
        phone="+000 555 0100",
        email="referrals@example.org",
        address="1 Example Quay, North Port",
        consent_required="anonymous_ok",
        data_needed=frozenset(),
        notes="",
    )


def sample_request(
    language: str = "en",
    service: Service | None = None,
    consent: str = "full",
    reference: str = "R-7KQ2-M9XD",
) -> ReferralRequest:
    """The fictional referral in ``language`` to ``service`` under ``consent``."""
    fields = [
        ReferralField(name, values[language][0], values[language][1],
                      frozenset(sections.split()), identifying)
        for name, sections, identifying, values in _FIELDS
    ]
    if consent == "child":
        label, value = _CHILD_FIELD[language]
        fields.insert(6, ReferralField("age_status", label, value,
                                       frozenset({"child", "person"}), False))
    dimensions = tuple(
        DimensionSummary(code, labels[language], positive,
                         tuple(IndicatorHit(hit[language], grade) for grade, hit in hits))
        for code, positive, labels, hits in _DIMENSIONS
    )
    return ReferralRequest(
        reference=reference,
        created_at=datetime(2024, 6, 14, 16, 5),
        language=language,
        officer_name=_TEXT["officer"][language],
        organisation=_TEXT["organisation"][language],
        service=service or sample_service(),
        reason=_TEXT["reason"][language],
        urgency="immediate",
        consent=consent,
        result_level="refer_now",
        result_action=_TEXT["action"][language],
        dimensions=dimensions,
        fields=tuple(fields),
    )
