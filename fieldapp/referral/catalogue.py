"""The document's fixed text (headings, status line, footer, page numbers) in four languages.

Answers arrive already in the document language; everything the document itself says comes
from here, keyed by a short id, in English, French, Spanish and Arabic. A test checks that every
entry has every language and the same placeholders. The status line keeps the wording the
screening guidance requires: a screening indicates, it never determines.
"""

from __future__ import annotations

from fieldapp.referral.errors import ReferralError

Entry = dict[str, str]

CATALOGUE: dict[str, Entry] = {
    "meta_title": {
        "en": "Referral document",
        "fr": "Document d'orientation",
        "es": "Documento de derivación",
        "ar": "وثيقة إحالة",
    },
    "title": {
        "en": "Referral",
        "fr": "Orientation",
        "es": "Derivación",
        "ar": "إحالة",
    },
    "status": {
        "en": "Possible victim: screening indication, not a determination",
        "fr": "Victime potentielle : indication issue du dépistage, et non une détermination",
        "es": "Posible víctima: indicio del cribado, no una determinación",
        "ar": "ضحية محتملة: مؤشر من الفحص الأولي، وليس قرارًا نهائيًا",
    },
    "footer": {
        "en": "Confidential. Contains personal data about a person who may be a victim of"
        " trafficking. Use only to provide the services named here; do not copy or pass on"
        " without consent; keep securely and delete when no longer needed.",
        "fr": "Confidentiel. Contient des données personnelles concernant une personne"
        " susceptible d'être victime de traite. À utiliser uniquement pour fournir les"
        " services indiqués ; ne pas copier ni transmettre sans consentement ; conserver en"
        " lieu sûr et supprimer lorsque ce n'est plus nécessaire.",
        "es": "Confidencial. Contiene datos personales de una persona que puede ser víctima de"
        " trata. Úsese solo para prestar los servicios aquí indicados; no copiar ni"
        " transmitir sin consentimiento; guardar de forma segura y eliminar cuando ya no sea"
        " necesario.",
        "ar": "سري. يحتوي على بيانات شخصية عن شخص قد يكون ضحية للاتجار بالبشر. يُستخدم فقط"
        " لتقديم الخدمات المذكورة هنا؛ لا يُنسخ ولا يُنقل دون موافقة؛ يُحفظ بشكل آمن ويُحذف"
        " عند انتفاء الحاجة إليه.",
    },
    "page": {
        "en": "Page {page} of {pages}",
        "fr": "Page {page} sur {pages}",
        "es": "Página {page} de {pages}",
        "ar": "صفحة {page} من {pages}",
    },
    "reference": {"en": "Reference", "fr": "Référence", "es": "Referencia", "ar": "المرجع"},
    "date": {"en": "Date", "fr": "Date", "es": "Fecha", "ar": "التاريخ"},
    "officer": {
        "en": "Referring officer",
        "fr": "Agent orienteur",
        "es": "Funcionario que deriva",
        "ar": "الموظف المُحيل",
    },
    "organisation": {
        "en": "Organisation",
        "fr": "Organisation",
        "es": "Organización",
        "ar": "الجهة",
    },
    "service": {
        "en": "Receiving service",
        "fr": "Service destinataire",
        "es": "Servicio receptor",
        "ar": "الخدمة المستقبِلة",
    },
    "service_type": {
        "en": "Type of service",
        "fr": "Type de service",
        "es": "Tipo de servicio",
        "ar": "نوع الخدمة",
    },
    "service_contact": {
        "en": "Service contact",
        "fr": "Contact du service",
        "es": "Contacto del servicio",
        "ar": "وسائل الاتصال بالخدمة",
    },
    "hours": {"en": "Opening hours", "fr": "Horaires", "es": "Horario", "ar": "ساعات العمل"},
    "reason": {
        "en": "Reason for referral",
        "fr": "Motif de l'orientation",
        "es": "Motivo de la derivación",
        "ar": "سبب الإحالة",
    },
    "urgency": {"en": "Urgency", "fr": "Urgence", "es": "Urgencia", "ar": "درجة الاستعجال"},
    "urgency.immediate": {
        "en": "Immediate",
        "fr": "Immédiate",
        "es": "Inmediata",
        "ar": "فورية",
    },
    "urgency.soon": {
        "en": "Within days",
        "fr": "Sous quelques jours",
        "es": "En los próximos días",
        "ar": "خلال أيام",
    },
    "urgency.routine": {"en": "Routine", "fr": "Normale", "es": "Ordinaria", "ar": "عادية"},
    "minimised": {
        "en": "Only the information this type of service needs is included ({type}).",
        "fr": "Seules les informations nécessaires à ce type de service figurent ici ({type}).",
        "es": "Solo se incluye la información que necesita este tipo de servicio ({type}).",
        "ar": "لا تتضمن هذه الوثيقة إلا المعلومات التي يحتاجها هذا النوع من الخدمات ({type}).",
    },
    "consent.full": {
        "en": "The person gave informed consent to this referral and to sharing the"
        " information below.",
        "fr": "La personne a donné son consentement éclairé à cette orientation et à la"
        " transmission des informations ci-dessous.",
        "es": "La persona dio su consentimiento informado para esta derivación y para"
        " compartir la información siguiente.",
        "ar": "أعطى الشخص موافقته المستنيرة على هذه الإحالة وعلى مشاركة المعلومات الواردة أدناه.",
    },
    "consent.anonymous": {
        "en": "The person did not consent to sharing information that identifies them: this"
        " referral is anonymous.",
        "fr": "La personne n'a pas consenti à la transmission d'informations permettant de"
        " l'identifier : cette orientation est anonyme.",
        "es": "La persona no consintió en compartir información que la identifique: esta"
        " derivación es anónima.",
        "ar": "لم يوافق الشخص على مشاركة معلومات تكشف هويته: هذه الإحالة مجهولة الهوية.",
    },
    "consent.child": {
        "en": "Child referral: children are always referred to child protection; the"
        " child's assent was sought.",
        "fr": "Orientation d'un enfant : les enfants sont toujours orientés vers la protection"
        " de l'enfance ; l'assentiment de l'enfant a été recherché.",
        "es": "Derivación de un niño, niña o adolescente: siempre se deriva a protección de la"
        " infancia; se solicitó su asentimiento.",
        "ar": "إحالة طفل: يُحال الأطفال دائمًا إلى حماية الطفل؛ وقد طُلبت موافقة الطفل.",
    },
    "section.referral": {
        "en": "Referral",
        "fr": "Orientation",
        "es": "Derivación",
        "ar": "الإحالة",
    },
    "section.consent": {
        "en": "Consent",
        "fr": "Consentement",
        "es": "Consentimiento",
        "ar": "الموافقة",
    },
    "section.person": {"en": "Person", "fr": "Personne", "es": "Persona", "ar": "الشخص"},
    "section.contact": {
        "en": "Contact arrangements",
        "fr": "Modalités de contact",
        "es": "Forma de contacto",
        "ar": "ترتيبات التواصل",
    },
    "section.documents": {
        "en": "Documents",
        "fr": "Documents",
        "es": "Documentos",
        "ar": "الوثائق",
    },
    "section.child": {
        "en": "Child",
        "fr": "Enfant",
        "es": "Niño, niña o adolescente",
        "ar": "الطفل",
    },
    "section.screening": {
        "en": "Screening summary",
        "fr": "Résumé du dépistage",
        "es": "Resumen del cribado",
        "ar": "ملخص الفحص",
    },
    "section.exploitation": {
        "en": "Suspected exploitation",
        "fr": "Exploitation présumée",
        "es": "Explotación presunta",
        "ar": "الاستغلال المشتبه به",
    },
    "section.control": {
        "en": "Means of control",
        "fr": "Moyens de contrôle",
        "es": "Medios de control",
        "ar": "وسائل السيطرة",
    },
    "section.recruitment": {
        "en": "Recruitment",
        "fr": "Recrutement",
        "es": "Captación",
        "ar": "التجنيد",
    },
    "section.journey": {"en": "Journey", "fr": "Parcours", "es": "Trayecto", "ar": "مسار الرحلة"},
    "section.narrative": {
        "en": "Officer's narrative",
        "fr": "Récit de l'agent",
        "es": "Relato del funcionario",
        "ar": "رواية الموظف",
    },
    "section.needs": {
        "en": "Immediate needs",
        "fr": "Besoins immédiats",
        "es": "Necesidades inmediatas",
        "ar": "الاحتياجات العاجلة",
    },
    "section.safety": {
        "en": "Safety risks",
        "fr": "Risques pour la sécurité",
        "es": "Riesgos para la seguridad",
        "ar": "المخاطر الأمنية",
    },
    "result": {
        "en": "Screening result",
        "fr": "Résultat du dépistage",
        "es": "Resultado del cribado",
        "ar": "نتيجة الفحص",
    },
    "action": {
        "en": "Recommended action",
        "fr": "Action recommandée",
        "es": "Acción recomendada",
        "ar": "الإجراء الموصى به",
    },
    "result.refer_now": {
        "en": "Strong indication: refer now",
        "fr": "Indication forte : orienter immédiatement",
        "es": "Indicio fuerte: derivar ahora",
        "ar": "مؤشر قوي: الإحالة فورًا",
    },
    "result.assess_further": {
        "en": "Some indicators: further assessment advised",
        "fr": "Certains indicateurs : évaluation approfondie conseillée",
        "es": "Algunos indicadores: se aconseja una evaluación adicional",
        "ar": "بعض المؤشرات: يُنصح بمزيد من التقييم",
    },
    "result.no_indicators": {
        "en": "No indicators identified",
        "fr": "Aucun indicateur identifié",
        "es": "No se identificaron indicadores",
        "ar": "لم تُحدَّد أي مؤشرات",
    },
    "result.stopped": {
        "en": "Screening stopped: not safe to continue",
        "fr": "Dépistage interrompu : poursuite dangereuse",
        "es": "Cribado interrumpido: no era seguro continuar",
        "ar": "توقف الفحص: لم يكن الاستمرار آمنًا",
    },
    "dimension": {"en": "Dimension", "fr": "Dimension", "es": "Dimensión", "ar": "البُعد"},
    "dimension_result": {
        "en": "Result",
        "fr": "Résultat",
        "es": "Resultado",
        "ar": "النتيجة",
    },
    "indicators": {
        "en": "Indicators (grade)",
        "fr": "Indicateurs (niveau)",
        "es": "Indicadores (grado)",
        "ar": "المؤشرات (الدرجة)",
    },
    "positive": {"en": "Positive", "fr": "Positif", "es": "Positivo", "ar": "إيجابي"},
    "negative": {
        "en": "Not positive",
        "fr": "Non positif",
        "es": "No positivo",
        "ar": "غير إيجابي",
    },
    "no_indicator": {"en": "none", "fr": "aucun", "es": "ninguno", "ar": "لا يوجد"},
    "grade.S": {"en": "strong", "fr": "fort", "es": "fuerte", "ar": "قوي"},
    "grade.M": {"en": "medium", "fr": "moyen", "es": "medio", "ar": "متوسط"},
    "grade.W": {"en": "weak", "fr": "faible", "es": "débil", "ar": "ضعيف"},
    "type.shelter": {"en": "Shelter", "fr": "Hébergement", "es": "Albergue", "ar": "مأوى"},
    "type.medical": {
        "en": "Medical care",
        "fr": "Soins médicaux",
        "es": "Atención médica",
        "ar": "رعاية طبية",
    },
    "type.legal_aid": {
        "en": "Legal aid",
        "fr": "Aide juridique",
        "es": "Asistencia jurídica",
        "ar": "مساعدة قانونية",
    },
    "type.child_protection": {
        "en": "Child protection",
        "fr": "Protection de l'enfance",
        "es": "Protección de la infancia",
        "ar": "حماية الطفل",
    },
    "type.national_referral": {
        "en": "National referral authority",
        "fr": "Autorité nationale d'orientation",
        "es": "Autoridad nacional de derivación",
        "ar": "الجهة الوطنية للإحالة",
    },
    "type.hotline": {
        "en": "Hotline",
        "fr": "Ligne d'assistance",
        "es": "Línea de ayuda",
        "ar": "خط المساعدة",
    },
    "type.labour_inspection": {
        "en": "Labour inspection",
        "fr": "Inspection du travail",
        "es": "Inspección de trabajo",
        "ar": "تفتيش العمل",
    },
    "type.consular": {
        "en": "Consular services",
        "fr": "Services consulaires",
        "es": "Servicios consulares",
        "ar": "الخدمات القنصلية",
    },
}


def text(language: str, key: str, **values: object) -> str:
    """The catalogue entry ``key`` in ``language``, with ``{placeholders}`` filled in."""
    try:
        entry = CATALOGUE[key][language]
    except KeyError as error:
        raise ReferralError(f"no document text {key!r} in language {language!r}") from error
    return entry.format(**values) if values else entry
