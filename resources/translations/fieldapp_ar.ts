<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountNotices</name>
    <message>
        <source>The keystore file cannot be written, so the account roles could not be signed this time.</source>
        <translation>لا يمكن الكتابة في ملف المفاتيح، لذا تعذّر توقيع أدوار الحسابات هذه المرة.</translation>
    </message>
    <message>
        <source>This admin account does not hold the admin key: another admin must reset its password before it can change accounts.</source>
        <translation>حساب المسؤول هذا لا يملك مفتاح الإدارة: يجب على مسؤول آخر إعادة تعيين كلمة مروره قبل أن يتمكن من تغيير الحسابات.</translation>
    </message>
    <message>
        <source>The account roles are now signed with the admin key. Check the list of accounts once: a role changed before now was signed with the rest.</source>
        <translation>أصبحت أدوار الحسابات موقّعة الآن بمفتاح الإدارة. راجع قائمة الحسابات مرة واحدة: أي دور تغيّر قبل الآن وُقّع مع البقية.</translation>
    </message>
    <message>
        <source>The record of accounts was removed or signed with a key that is not this vault's admin key. It is signed again; these accounts are refused until an admin removes them and adds them again: %1</source>
        <translation>سجل الحسابات حُذف أو وُقّع بمفتاح ليس مفتاح الإدارة لهذه الخزنة. وقد وُقّع من جديد؛ وتُرفض هذه الحسابات إلى أن يحذفها مسؤول ويضيفها من جديد: %1</translation>
    </message>
    <message>
        <source>The account roles are not signed yet: an admin's next sign-in signs them.</source>
        <translation>أدوار الحسابات غير موقّعة بعد: سيوقّعها تسجيل الدخول التالي لمسؤول.</translation>
    </message>
    <message>
        <source>The key slots of these accounts were altered and they are refused: %1. Remove them and add them again with the right role.</source>
        <translation>عُدّلت خانات المفاتيح لهذه الحسابات وهي مرفوضة: %1. احذفها وأضفها من جديد بالدور الصحيح.</translation>
    </message>
    <message>
        <source>Failed sign-in counters were set back by editing the keystore file for: %1. Someone may be guessing passwords.</source>
        <translation>أُعيدت عدّادات محاولات الدخول الفاشلة إلى الوراء بتعديل ملف المفاتيح لـ: %1. ربما يحاول أحدهم تخمين كلمات المرور.</translation>
    </message>
    <message>
        <source>The record of accounts is signed with another admin key than this account knows: its interview keys are not shared with other accounts until an admin signs in.</source>
        <translation>سجل الحسابات موقّع بمفتاح إدارة غير الذي يعرفه هذا الحساب: لن تُشارك مفاتيح مقابلاته مع حسابات أخرى حتى يسجّل مسؤول الدخول.</translation>
    </message>
    <message>
        <source>Interviews are now sealed per officer (%1 officer(s)): each officer reads their own; supervisor accounts read every officer's.</source>
        <translation>أصبحت المقابلات مختومة لكل موظف على حدة (%1 موظف): يقرأ كل موظف مقابلاته، وتقرأ حسابات المشرفين مقابلات جميع الموظفين.</translation>
    </message>
    <message>
        <source>%1 interview key(s) given to this account did not open: the vault was altered.</source>
        <translation>لم يُفتح %1 من مفاتيح المقابلات الممنوحة لهذا الحساب: لقد عُدّلت الخزنة.</translation>
    </message>
    <message>
        <source>This account's own interview key is no longer given to it (the vault was altered): new interviews are sealed under a new key.</source>
        <translation>لم يعد مفتاح المقابلات الخاص بهذا الحساب ممنوحًا له (لقد عُدّلت الخزنة): تُختم المقابلات الجديدة بمفتاح جديد.</translation>
    </message>
    <message>
        <source>The interview keys could not be brought up to date this time: %1</source>
        <translation>تعذّر تحديث مفاتيح المقابلات هذه المرة: %1</translation>
    </message>
    <message>
        <source>The keystore file cannot be written, so this account's interview key could not be sealed in its slot this time.</source>
        <translation>لا يمكن الكتابة في ملف المفاتيح، لذا تعذّر ختم مفتاح المقابلات لهذا الحساب في خانته هذه المرة.</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>الحسابات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The audit log records this. An admin sees the accounts with “fieldapp user list”.</source>
        <translation>يسجّل سجل التدقيق ذلك. يرى المسؤول الحسابات بالأمر «fieldapp user list».</translation>
    </message>
</context>
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Search reference, site, form, name…</source>
        <translation>ابحث عن مرجع أو موقع أو استمارة أو اسم…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln مقابلة</numerusform>
            <numerusform>%Ln مقابلة</numerusform>
            <numerusform>%Ln مقابلتان</numerusform>
            <numerusform>%Ln مقابلات</numerusform>
            <numerusform>%Ln مقابلة</numerusform>
            <numerusform>%Ln مقابلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Closed: handed on to another organisation</source>
        <translation>مغلقة: سُلّمت إلى منظمة أخرى</translation>
    </message>
    <message>
        <source>sent, no answer yet</source>
        <translation>أُرسلت، لا رد بعد</translation>
    </message>
    <message>
        <source>received by the service</source>
        <translation>استلمتها الجهة</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>services started</source>
        <translation>بدأت الخدمات</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
</context>
<context>
    <name>CaseOutcomeBox</name>
    <message>
        <source>Supervisor's follow-up</source>
        <translation>متابعة المشرف</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(منذ %1)</translation>
    </message>
    <message>
        <source>Referral to %1: %2</source>
        <translation>إحالة إلى %1: %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>%1, version of %2</source>
        <translation>%1، نسخة %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>الموظف</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Back to the list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>تغيير وضع الحالة…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>إضافة ملاحظة…</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>لغة المقابلة</translation>
    </message>
    <message>
        <source>Earlier revision</source>
        <translation>المراجعة السابقة</translation>
    </message>
    <message>
        <source>Later revision</source>
        <translation>المراجعة اللاحقة</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>تسجيل المتابعة…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>Review conflict…</source>
        <translation>فحص التعارض…</translation>
    </message>
    <message>
        <source>Read in</source>
        <translation>قُرئت بـ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>ملاحظات الحالة</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل وضع الحالة</translation>
    </message>
    <message>
        <source>Notes and history</source>
        <translation>الملاحظات والسجل</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>citizenship %1</source>
        <translation>الجنسية %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Revision %1 — %2, %3</source>
        <translation>المراجعة %1 — %2، %3</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>محلول</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Revision %1: %2 versions, %3</source>
        <translation>المراجعة %1: عدد النسخ %2، %3</translation>
    </message>
    <message>
        <source>Some revisions of this case arrived in more than one version.</source>
        <translation>وصلت بعض مراجعات هذه الحالة بأكثر من نسخة.</translation>
    </message>
    <message>
        <source>No version conflict in this case.</source>
        <translation>لا يوجد تعارض في النسخ في هذه الحالة.</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>تعارضات (%1)</translation>
    </message>
    <message>
        <source>Choose two different revisions to compare.</source>
        <translation>اختر مراجعتين مختلفتين للمقارنة.</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>المراجعة %1</translation>
    </message>
    <message>
        <source>Revision %1 by %2 on %3, reason: “%4”. %5 field(s) differ.</source>
        <translation>المراجعة %1 أجراها %2 في %3، السبب: «%4». عدد الحقول المختلفة: %5.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save picture…</source>
        <translation>حفظ الصورة…</translation>
    </message>
    <message>
        <source>Save the picture of %1</source>
        <translation>حفظ صورة %1</translation>
    </message>
    <message>
        <source>Save numbers…</source>
        <translation>حفظ الأرقام…</translation>
    </message>
    <message>
        <source>Save the numbers of %1</source>
        <translation>حفظ أرقام %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1 people with information</source>
        <translation>عدد الأشخاص الذين تتوفر عنهم معلومات: %1</translation>
    </message>
    <message>
        <source>still reading answers…</source>
        <translation>جارٍ قراءة الإجابات…</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>Type to find, then Enter, and Space to tick</source>
        <translation>اكتب للبحث، ثم اضغط Enter، ثم المسافة للتأشير</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>المختار: %1</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>لم يُختر شيء بعد.</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Clear answer</source>
        <translation>مسح الإجابة</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflict in %1, revision %2</source>
        <translation>تعارض في %1، المراجعة %2</translation>
    </message>
    <message>
        <source>Why this version is the right one</source>
        <translation>لماذا هذه النسخة هي الصحيحة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>الإبقاء على هذه النسخة</translation>
    </message>
    <message>
        <source>Undo the resolution</source>
        <translation>التراجع عن الحل</translation>
    </message>
    <message>
        <source>The selected version against the one shown:</source>
        <translation>النسخة المحددة مقارنةً بالنسخة المعروضة:</translation>
    </message>
    <message>
        <source>%1 versions of this revision arrived. Compare them, choose the one to show, and say why. The others stay in the ledger.</source>
        <translation>وصل عدد من النسخ لهذه المراجعة: %1. قارن بينها، واختر النسخة التي تُعرض، واذكر السبب. تبقى النسخ الأخرى في السجل.</translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: “%3”. Undo it to choose again.</source>
        <translation>حلّه %1 في %2: «%3». تراجع عنه لتختار من جديد.</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>المعروضة الآن</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>النسخة %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>%1 finalised interview(s) under this filter.</source>
        <translation>عدد المقابلات المنتهية ضمن هذا المرشح: %1.</translation>
    </message>
    <message>
        <source>Reading answers for types of exploitation and means of control: %1 of %2.</source>
        <translation>جارٍ قراءة الإجابات عن أنواع الاستغلال ووسائل السيطرة: %1 من %2.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <source>Save the chart's numbers</source>
        <translation>حفظ أرقام الرسم البياني</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>People with information</source>
        <translation>الأشخاص الذين تتوفر عنهم معلومات</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Screenings by month</source>
        <translation>عمليات الفرز حسب الشهر</translation>
    </message>
    <message>
        <source>Results by level</source>
        <translation>النتائج حسب المستوى</translation>
    </message>
    <message>
        <source>Types of exploitation</source>
        <translation>أنواع الاستغلال</translation>
    </message>
    <message>
        <source>Means of control</source>
        <translation>وسائل السيطرة</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>الأطفال والبالغون</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>حسب الموقع</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>حسب الموظف</translation>
    </message>
</context>
<context>
    <name>DemoProgressWindow</name>
    <message>
        <source>Preparing the demo</source>
        <translation>جارٍ تحضير العرض التجريبي</translation>
    </message>
    <message>
        <source>Preparing a demo vault with fictional interviews…</source>
        <translation>جارٍ تحضير خزنة تجريبية بمقابلات وهمية…</translation>
    </message>
    <message>
        <source>Nothing real is in it; it is deleted when the window closes.</source>
        <translation>لا تحتوي على أي شيء حقيقي؛ وتُحذف عند إغلاق النافذة.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>Device %1, accepted %2</source>
        <translation>الجهاز %1، قُبل في %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم يحدث قط</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>Laptop code</source>
        <translation>رمز الحاسوب</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>Last no.</source>
        <translation>آخر رقم</translation>
    </message>
    <message>
        <source>Missing numbers</source>
        <translation>الأرقام الناقصة</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>آخر استيراد</translation>
    </message>
</context>
<context>
    <name>DiffModel</name>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>EnrollmentPanel</name>
    <message>
        <source>Enrol this laptop (optional)</source>
        <translation>تسجيل هذا الحاسوب (اختياري)</translation>
    </message>
    <message>
        <source>If your supervisor gave you an enrollment file, choose it here and type the supervisor code shown on their screen. You can also do this later.</source>
        <translation>إن أعطاك مشرفك ملف تسجيل، فاختره هنا واكتب رمز المشرف الظاهر على شاشته. يمكنك أيضًا فعل ذلك لاحقًا.</translation>
    </message>
    <message>
        <source>Enrollment file</source>
        <translation>ملف التسجيل</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>رمز المشرف</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Enrollment files (*.fse)</source>
        <translation>ملفات التسجيل (*.fse)</translation>
    </message>
    <message>
        <source>Enrolled with %1. Read this laptop's code to your supervisor:</source>
        <translation>سُجّل الحاسوب لدى %1. اقرأ رمز هذا الحاسوب لمشرفك:</translation>
    </message>
    <message>
        <source>Give them the registration file: %1</source>
        <translation>سلّمه ملف القيد: %1</translation>
    </message>
    <message>
        <source>This supervisor code does not match the enrollment file. Compare it with the code on your supervisor's screen and type it again. If they still differ, the file may have been swapped on the way: ask for a new one.</source>
        <translation>رمز المشرف هذا لا يطابق ملف التسجيل. قارنه بالرمز الظاهر على شاشة مشرفك واكتبه مرة أخرى. إن ظلّا مختلفين، فربما استُبدل الملف في الطريق: اطلب ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Choose the file and type the supervisor code.</source>
        <translation>اختر الملف واكتب رمز المشرف.</translation>
    </message>
    <message>
        <source>Checking the enrollment file…</source>
        <translation>جارٍ التحقق من ملف التسجيل…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Enrolled with %1. Read this laptop's code to your supervisor: %2. Give them the registration file: %3</source>
        <translation>سُجّل الحاسوب لدى %1. اقرأ رمز هذا الحاسوب لمشرفك: %2. سلّمه ملف القيد: %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Tables per form (Excel, .xlsx)</source>
        <translation>جداول لكل استمارة (Excel، .xlsx)</translation>
    </message>
    <message>
        <source>Tables per form (CSV files in a .zip)</source>
        <translation>جداول لكل استمارة (ملفات CSV في ملف .zip)</translation>
    </message>
    <message>
        <source>HTCDS 2.0 records (.json)</source>
        <translation>سجلات HTCDS 2.0 (.json)</translation>
    </message>
    <message>
        <source>HTCDS 2.0 records (CSV in a .zip)</source>
        <translation>سجلات HTCDS 2.0 (CSV في ملف .zip)</translation>
    </message>
    <message>
        <source>OpenRosa submissions for ODK Central (.zip)</source>
        <translation>عمليات إرسال OpenRosa إلى ODK Central (.zip)</translation>
    </message>
    <message>
        <source>Anonymised statistics, small numbers withheld (.xlsx)</source>
        <translation>إحصاءات مجهّلة الهوية، مع حجب الأعداد الصغيرة (.xlsx)</translation>
    </message>
    <message>
        <source>Anonymised statistics, small numbers withheld (.csv)</source>
        <translation>إحصاءات مجهّلة الهوية، مع حجب الأعداد الصغيرة (.csv)</translation>
    </message>
    <message>
        <source>Export interviews</source>
        <translation>تصدير المقابلات</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>كل الاستمارات</translation>
    </message>
    <message>
        <source>Field and choice names (as ODK exports them)</source>
        <translation>أسماء الحقول والخيارات (كما يصدّرها ODK)</translation>
    </message>
    <message>
        <source>Encrypt to a public key (age)</source>
        <translation>التشفير بمفتاح عام (age)</translation>
    </message>
    <message>
        <source>Plaintext: I will protect the file myself</source>
        <translation>نص غير مشفّر: سأحمي الملف بنفسي</translation>
    </message>
    <message>
        <source>Choose key file…</source>
        <translation>اختيار ملف المفتاح…</translation>
    </message>
    <message>
        <source>No key chosen</source>
        <translation>لم يُختر مفتاح</translation>
    </message>
    <message>
        <source>Anonymised: counts of people only, no identifiers; every number under 11 and any number that would reveal one are withheld.</source>
        <translation>مجهّلة الهوية: أعداد الأشخاص فقط، دون أي معرّفات؛ ويُحجب كل عدد أقل من 11 وكل عدد قد يكشف عن مثل هذا العدد.</translation>
    </message>
    <message>
        <source>The file will hold names and answers in the clear. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>سيحتوي الملف على الأسماء والإجابات دون تشفير. احفظه على قرص مشفّر واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>اختر مكان حفظ الملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>التسميات</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message numerus="yes">
        <source>%n finalised interview(s) in the current filter</source>
        <translation>
            <numerusform>%n مقابلة منتهية ضمن المرشح الحالي</numerusform>
            <numerusform>%n مقابلة منتهية ضمن المرشح الحالي</numerusform>
            <numerusform>%n مقابلتان منتهيتان ضمن المرشح الحالي</numerusform>
            <numerusform>%n مقابلات منتهية ضمن المرشح الحالي</numerusform>
            <numerusform>%n مقابلة منتهية ضمن المرشح الحالي</numerusform>
            <numerusform>%n مقابلة منتهية ضمن المرشح الحالي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finalised interview(s)</source>
        <translation>
            <numerusform>%n مقابلة منتهية</numerusform>
            <numerusform>%n مقابلة منتهية</numerusform>
            <numerusform>%n مقابلتان منتهيتان</numerusform>
            <numerusform>%n مقابلات منتهية</numerusform>
            <numerusform>%n مقابلة منتهية</numerusform>
            <numerusform>%n مقابلة منتهية</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Anonymised statistics of %n interview(s) saved to {path}.</source>
        <translation>
            <numerusform>حُفظت الإحصاءات مجهّلة الهوية لـ %n مقابلة في {path}.</numerusform>
            <numerusform>حُفظت الإحصاءات مجهّلة الهوية لـ %n مقابلة في {path}.</numerusform>
            <numerusform>حُفظت الإحصاءات مجهّلة الهوية لـ %n مقابلتين في {path}.</numerusform>
            <numerusform>حُفظت الإحصاءات مجهّلة الهوية لـ %n مقابلات في {path}.</numerusform>
            <numerusform>حُفظت الإحصاءات مجهّلة الهوية لـ %n مقابلة في {path}.</numerusform>
            <numerusform>حُفظت الإحصاءات مجهّلة الهوية لـ %n مقابلة في {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) saved, encrypted, to {path}.</source>
        <translation>
            <numerusform>حُفظت %n مقابلة مشفّرةً في {path}.</numerusform>
            <numerusform>حُفظت %n مقابلة مشفّرةً في {path}.</numerusform>
            <numerusform>حُفظت %n مقابلتان مشفّرتين في {path}.</numerusform>
            <numerusform>حُفظت %n مقابلات مشفّرةً في {path}.</numerusform>
            <numerusform>حُفظت %n مقابلة مشفّرةً في {path}.</numerusform>
            <numerusform>حُفظت %n مقابلة مشفّرةً في {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) saved to {path}. The file is NOT encrypted: keep it safe.</source>
        <translation>
            <numerusform>حُفظت %n مقابلة في {path}. الملف غير مشفّر: احفظه في مكان آمن.</numerusform>
            <numerusform>حُفظت %n مقابلة في {path}. الملف غير مشفّر: احفظه في مكان آمن.</numerusform>
            <numerusform>حُفظت %n مقابلتان في {path}. الملف غير مشفّر: احفظه في مكان آمن.</numerusform>
            <numerusform>حُفظت %n مقابلات في {path}. الملف غير مشفّر: احفظه في مكان آمن.</numerusform>
            <numerusform>حُفظت %n مقابلة في {path}. الملف غير مشفّر: احفظه في مكان آمن.</numerusform>
            <numerusform>حُفظت %n مقابلة في {path}. الملف غير مشفّر: احفظه في مكان آمن.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPrompts</name>
    <message>
        <source>Save the export</source>
        <translation>حفظ ملف التصدير</translation>
    </message>
    <message>
        <source>Export files (*{suffix})</source>
        <translation>ملفات التصدير (*{suffix})</translation>
    </message>
    <message>
        <source>The age public key to encrypt to</source>
        <translation>مفتاح age العام المستخدم للتشفير</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.txt *.age-recipient)</source>
        <translation>المفاتيح العامة (*.pub *.txt *.age-recipient)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>FileReportModel</name>
    <message>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>استُورد سابقًا</translation>
    </message>
    <message>
        <source>✖ Rejected</source>
        <translation>✖ رُفض</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>بالترتيب</translation>
    </message>
    <message>
        <source>Gap: missing %1</source>
        <translation>فجوة: ينقص %1</translation>
    </message>
    <message>
        <source>Late: fills an earlier gap</source>
        <translation>متأخر: يسدّ فجوة سابقة</translation>
    </message>
    <message>
        <source>Number used before: look into it</source>
        <translation>رقم استُخدم من قبل: تحقّق من الأمر</translation>
    </message>
    <message>
        <source>Received before</source>
        <translation>وصل من قبل</translation>
    </message>
    <message>
        <source>Not imported: the import was cancelled before this file. It is untouched.</source>
        <translation>لم يُستورد: أُلغي الاستيراد قبل الوصول إلى هذا الملف. بقي الملف كما هو.</translation>
    </message>
    <message>
        <source>This bundle was imported before: nothing changed. Its receipt is offered again.</source>
        <translation>استُوردت هذه الحزمة من قبل: لم يتغير شيء. يُتاح إيصالها مرة أخرى.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>نُقل إلى</translation>
    </message>
</context>
<context>
    <name>FileReportsView</name>
    <message>
        <source>Files imported</source>
        <translation>الملفات المستوردة</translation>
    </message>
    <message>
        <source>Only files that need a look</source>
        <translation>الملفات التي تحتاج إلى تحقق فقط</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No file imported since you signed in.</source>
        <translation>لم يُستورد أي ملف منذ تسجيل دخولك.</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 already imported, %4 rejected, %5 skipped. Records: %6 new, %7 unchanged, %8 in conflict.</source>
        <translation>الملفات: %1؛ مستوردة %2، مستوردة سابقًا %3، مرفوضة %4، متخطاة %5. السجلات: جديدة %6، دون تغيير %7، متعارضة %8.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search reference, site, name…</source>
        <translation>ابحث عن مرجع أو موقع أو اسم…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>أي موقع</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>أي موظف</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>أي استمارة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>أي نتيجة</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>Any case status</source>
        <translation>أي وضع للحالة</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Children and adults</source>
        <translation>الأطفال والبالغون</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>العمر غير معروف</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
    <message>
        <source>With or without conflict</source>
        <translation>مع تعارض أو دونه</translation>
    </message>
    <message>
        <source>With an open conflict</source>
        <translation>مع تعارض مفتوح</translation>
    </message>
    <message>
        <source>Without conflict</source>
        <translation>دون تعارض</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح المرشحات</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>أي يوم</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Finalise the interview</source>
        <translation>إنهاء المقابلة</translation>
    </message>
    <message>
        <source>Finalise this interview now?</source>
        <translation>هل تريد إنهاء هذه المقابلة الآن؟</translation>
    </message>
    <message>
        <source>The answers are then locked and the screening result is shown. A correction later becomes a new revision, with its reason recorded.</source>
        <translation>تُقفَل الإجابات عندئذٍ وتظهر نتيجة الفرز. أي تصحيح لاحق يصبح مراجعة جديدة مع تسجيل سببها.</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Keep checking</source>
        <translation>متابعة المراجعة</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record the referral's follow-up</source>
        <translation>تسجيل متابعة الإحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — الآن: %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>On</source>
        <translation>في</translation>
    </message>
    <message>
        <source>This step means the referral did not succeed: say why.</source>
        <translation>تعني هذه الخطوة أن الإحالة لم تنجح: اذكر السبب.</translation>
    </message>
    <message>
        <source>A reason is optional for this step.</source>
        <translation>ذكر السبب اختياري في هذه الخطوة.</translation>
    </message>
</context>
<context>
    <name>FormNames</name>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (رقم %2)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجّل في</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Bundle files to import</source>
        <translation>ملفات الحزم المراد استيرادها</translation>
    </message>
    <message>
        <source>Sync bundles (*.fsb)</source>
        <translation>حزم المزامنة (*.fsb)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>The laptop's registration file</source>
        <translation>ملف قيد الحاسوب</translation>
    </message>
    <message>
        <source>Laptop registrations (*.fsd)</source>
        <translation>ملفات قيد الحواسيب (*.fsd)</translation>
    </message>
    <message>
        <source>Accept a laptop</source>
        <translation>قبول حاسوب</translation>
    </message>
    <message>
        <source>Type the laptop code shown on the officer's screen:</source>
        <translation>اكتب رمز الحاسوب الظاهر على شاشة الموظف:</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>مجلد الوارد</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a shared drive</source>
        <translation>مجلد على ذاكرة USB أو على قرص مشترك</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>استيراد الآن</translation>
    </message>
    <message>
        <source>Watch this folder</source>
        <translation>مراقبة هذا المجلد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Bundle files (.fsb) from a stick, or every bundle ready in an inbox folder:</source>
        <translation>ملفات حزم (.fsb) من ذاكرة USB، أو كل حزمة جاهزة في مجلد الوارد:</translation>
    </message>
    <message>
        <source>Receipts folder</source>
        <translation>مجلد الإيصالات</translation>
    </message>
    <message>
        <source>To the laptops</source>
        <translation>إلى الحواسيب المحمولة</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <source>Importing… The window stays usable; Cancel stops after the bundle being imported.</source>
        <translation>جارٍ الاستيراد… تبقى النافذة قابلة للاستخدام؛ زر «إلغاء» يوقف الاستيراد بعد الحزمة الجاري استيرادها.</translation>
    </message>
    <message>
        <source>Stopping after this bundle…</source>
        <translation>جارٍ الإيقاف بعد هذه الحزمة…</translation>
    </message>
    <message>
        <source>File %1 of %2</source>
        <translation>الملف %1 من %2</translation>
    </message>
    <message>
        <source>Showing the interviews in the case list…</source>
        <translation>جارٍ عرض المقابلات في قائمة الحالات…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>جارٍ الإتمام…</translation>
    </message>
</context>
<context>
    <name>ImportStatusView</name>
    <message>
        <source>Supervisor code (read it to officers enrolling a laptop):</source>
        <translation>رمز المشرف (اقرأه للموظفين الذين يسجّلون حاسوبًا):</translation>
    </message>
    <message>
        <source>Show them now</source>
        <translation>عرضها الآن</translation>
    </message>
    <message>
        <source>Laptops accepted</source>
        <translation>الحواسيب المقبولة</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>الحزم المستلمة</translation>
    </message>
    <message>
        <source>Records in conflict</source>
        <translation>السجلات المتعارضة</translation>
    </message>
    <message>
        <source>Receipts to hand out</source>
        <translation>إيصالات للتسليم</translation>
    </message>
    <message>
        <source>Interview revisions waiting to be shown</source>
        <translation>مراجعات مقابلات بانتظار العرض</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 interview revision(s) shown in the case list.</source>
        <translation>عدد مراجعات المقابلات المعروضة في قائمة الحالات: %1.</translation>
    </message>
    <message>
        <source>Nothing to import: no bundle file was ready. A file still being copied waits for the next look.</source>
        <translation>لا شيء للاستيراد: لم يكن أي ملف حزمة جاهزًا. الملف الذي ما زال يُنسخ ينتظر الفحص التالي.</translation>
    </message>
    <message>
        <source>Import cancelled: %1 file(s) done, %2 left untouched (skipped). The files done are imported whole; import again for the rest.</source>
        <translation>أُلغي الاستيراد: الملفات المنجزة %1، والملفات التي بقيت دون مساس (متخطاة) %2. الملفات المنجزة استُوردت كاملة؛ أعد الاستيراد لبقية الملفات.</translation>
    </message>
    <message>
        <source>Import finished: %1 file(s), %2 imported, %3 already imported, %4 rejected, %5 skipped.</source>
        <translation>انتهى الاستيراد: الملفات %1؛ مستوردة %2، مستوردة سابقًا %3، مرفوضة %4، متخطاة %5.</translation>
    </message>
    <message>
        <source>%1 interview revision(s) are now in the case list.</source>
        <translation>عدد مراجعات المقابلات التي أصبحت في قائمة الحالات: %1.</translation>
    </message>
    <message>
        <source>A rejected file changed nothing: the table says why.</source>
        <translation>الملف المرفوض لم يغيّر شيئًا: يبيّن الجدول السبب.</translation>
    </message>
    <message>
        <source>No receipt waiting: every receipt was written before.</source>
        <translation>لا إيصالات بانتظار الكتابة: كُتبت كل الإيصالات من قبل.</translation>
    </message>
    <message>
        <source>%1 receipt(s) written to %2. Each laptop takes only its own receipts.</source>
        <translation>كُتبت الإيصالات في %2، وعددها %1. لا يأخذ كل حاسوب إلا إيصالاته.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>%1 … (%2 numbers)</source>
        <translation>%1 … (عددها %2)</translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <source>All pages are done.</source>
        <translation>اكتملت كل الصفحات.</translation>
    </message>
    <message>
        <source>Check the answers if needed (Back, or a section on the side), then finalise the interview to see the screening result.</source>
        <translation>راجع الإجابات عند الحاجة (السابق، أو قسم من الجانب)، ثم أنهِ المقابلة لترى نتيجة الفرز.</translation>
    </message>
    <message>
        <source>This section does not apply to this interview.</source>
        <translation>هذا القسم لا ينطبق على هذه المقابلة.</translation>
    </message>
    <message>
        <source>This answer does not fit the question: check it.</source>
        <translation>هذه الإجابة لا تناسب السؤال: تحقق منها.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Finalise…</source>
        <translation>إنهاء…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>قائمة الحالات</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>All answers saved</source>
        <translation>حُفظت كل الإجابات</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Your answers stay on the screen and are saved as soon as it works again.</source>
        <translation>تبقى إجاباتك على الشاشة وتُحفظ فور عودة الحفظ إلى العمل.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>محالة</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>متزامنة</translation>
    </message>
    <message>
        <source>Strong indication: refer now</source>
        <translation>مؤشر قوي: أحِل الآن</translation>
    </message>
    <message>
        <source>Some indicators: assess further</source>
        <translation>بعض المؤشرات: يلزم تقييم إضافي</translation>
    </message>
    <message>
        <source>No indicators identified</source>
        <translation>لم تُرصد أي مؤشرات</translation>
    </message>
    <message>
        <source>Stopped: not safe to continue</source>
        <translation>أُوقفت: المتابعة غير آمنة</translation>
    </message>
    <message>
        <source>Refer now</source>
        <translation>أحِل الآن</translation>
    </message>
    <message>
        <source>Assess further</source>
        <translation>تقييم إضافي</translation>
    </message>
    <message>
        <source>No indicators</source>
        <translation>لا مؤشرات</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>أُوقفت</translation>
    </message>
    <message>
        <source>Deceptive recruitment</source>
        <translation>التجنيد بالخداع</translation>
    </message>
    <message>
        <source>Coercive recruitment</source>
        <translation>التجنيد بالإكراه</translation>
    </message>
    <message>
        <source>Recruitment by abuse of vulnerability</source>
        <translation>التجنيد باستغلال الضعف</translation>
    </message>
    <message>
        <source>Exploitative conditions</source>
        <translation>ظروف استغلالية</translation>
    </message>
    <message>
        <source>Coercion at destination</source>
        <translation>الإكراه في بلد المقصد</translation>
    </message>
    <message>
        <source>Abuse of vulnerability at destination</source>
        <translation>استغلال الضعف في بلد المقصد</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>فورية</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>قريبًا</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>عادية</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Questions read in</source>
        <translation>الأسئلة تُقرأ بـ</translation>
    </message>
    <message>
        <source>Your language</source>
        <translation>لغتك</translation>
    </message>
    <message>
        <source>Questions in:</source>
        <translation>الأسئلة بـ:</translation>
    </message>
    <message>
        <source>Your language:</source>
        <translation>لغتك:</translation>
    </message>
</context>
<context>
    <name>LaptopSyncPanel</name>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Nothing new to send</source>
        <translation>لا جديد للإرسال</translation>
    </message>
    <message>
        <source>Folder for the sync file (a USB stick)</source>
        <translation>مجلد ملف المزامنة (ذاكرة USB)</translation>
    </message>
    <message>
        <source>Save a sync file anyway</source>
        <translation>حفظ ملف مزامنة رغم ذلك</translation>
    </message>
    <message>
        <source>Receipts from the supervisor</source>
        <translation>الإيصالات من المشرف</translation>
    </message>
    <message>
        <source>Receipts (*.fsr)</source>
        <translation>الإيصالات (*.fsr)</translation>
    </message>
    <message>
        <source>Updates from the supervisor</source>
        <translation>التحديثات من المشرف</translation>
    </message>
    <message>
        <source>Updates (*.fsu)</source>
        <translation>التحديثات (*.fsu)</translation>
    </message>
    <message>
        <source>Remove synced interviews</source>
        <translation>حذف المقابلات المتزامنة</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>حذفها</translation>
    </message>
    <message>
        <source>Folder for the registration file</source>
        <translation>مجلد ملف القيد</translation>
    </message>
    <message>
        <source>Registration file written: %1</source>
        <translation>كُتب ملف القيد: %1</translation>
    </message>
    <message>
        <source>Read this laptop's code to your supervisor: %1</source>
        <translation>اقرأ رمز هذا الحاسوب لمشرفك: %1</translation>
    </message>
</context>
<context>
    <name>LaptopSyncText</name>
    <message>
        <source>Enrolled</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Supervisor code</source>
        <translation>رمز المشرف</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>This laptop's code</source>
        <translation>رمز هذا الحاسوب</translation>
    </message>
    <message>
        <source>Removal rule</source>
        <translation>قاعدة الحذف</translation>
    </message>
    <message>
        <source>Last update applied</source>
        <translation>آخر تحديث مطبَّق</translation>
    </message>
    <message>
        <source>Removed interviews</source>
        <translation>المقابلات المحذوفة</translation>
    </message>
    <message>
        <source>None received: interviews stay on this laptop.</source>
        <translation>لم تصل أي قاعدة: تبقى المقابلات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed as soon as the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>تُحذف المقابلات المنتهية فور تأكيد المشرف لها؛ ويبقى إدخال قصير في سجلك.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed as soon as the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>تُحذف المقابلات المنتهية فور تأكيد المشرف لها؛ ولا يبقى منها شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>الرقم %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>%1 (a short entry each in your log)</source>
        <translation>%1 (لكلٍّ منها إدخال قصير في سجلك)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>No removal rule was received: nothing will be removed.</source>
        <translation>لم تصل أي قاعدة حذف: لن يُحذف شيء.</translation>
    </message>
    <message>
        <source>Every finalised interview the supervisor has confirmed will be removed from this laptop.</source>
        <translation>ستُحذف من هذا الحاسوب كل مقابلة منتهية أكّدها المشرف.</translation>
    </message>
    <message>
        <source>Their answers, site and name go; a short entry (reference, form, dates, result) stays in your log.</source>
        <translation>تُحذف إجاباتها وموقعها والاسم؛ ويبقى في سجلك إدخال قصير (المرجع، الاستمارة، التواريخ، النتيجة).</translation>
    </message>
    <message>
        <source>They go completely: no entry stays in your log.</source>
        <translation>تُحذف بالكامل: لا يبقى أي إدخال في سجلك.</translation>
    </message>
    <message>
        <source>Nothing the supervisor has not confirmed is removed.</source>
        <translation>لا يُحذف أي شيء لم يؤكده المشرف.</translation>
    </message>
    <message>
        <source>No interview is due for removal yet.</source>
        <translation>لا توجد بعد مقابلة حان وقت حذفها.</translation>
    </message>
    <message>
        <source>Waiting for your supervisor</source>
        <translation>بانتظار مشرفك</translation>
    </message>
    <message>
        <source>Activity log to send</source>
        <translation>سجل النشاط المطلوب إرساله</translation>
    </message>
    <message>
        <source>Last sync file</source>
        <translation>آخر ملف مزامنة</translation>
    </message>
    <message>
        <source>Confirmed by your supervisor</source>
        <translation>أكّدها مشرفك</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %n day(s) after the supervisor confirmed them; a short entry stays in your log.</source>
        <translation>تُحذف المقابلات المنتهية بعد %n يوم/أيام من تأكيد المشرف لها؛ ويبقى قيد قصير في سجلك.</translation>
    </message>
    <message>
        <source>Finalised interviews are removed %n day(s) after the supervisor confirmed them; nothing of them stays on this laptop.</source>
        <translation>تُحذف المقابلات المنتهية بعد %n يوم/أيام من تأكيد المشرف لها؛ ولا يبقى منها شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>لم يُحفظ أي ملف بعد</translation>
    </message>
    <message>
        <source>Number %1, saved %2</source>
        <translation>الرقم %1، حُفظ في %2</translation>
    </message>
    <message>
        <source>None: every finalised interview is confirmed</source>
        <translation>لا شيء: كل مقابلة منتهية مؤكَّدة</translation>
    </message>
    <message>
        <source>%n interview(s), not sent yet</source>
        <translation>عدد المقابلات التي لم تُرسل بعد: %n</translation>
    </message>
    <message>
        <source>%n interview(s), sent and waiting for your supervisor's receipt</source>
        <translation>عدد المقابلات المرسلة التي تنتظر إيصال مشرفك: %n</translation>
    </message>
    <message>
        <source>%n interview(s): %1 not sent yet, the others sent and waiting for your supervisor's receipt</source>
        <translation>عدد المقابلات: %n (لم يُرسل منها بعد: %1، والباقي أُرسل وينتظر إيصال مشرفك)</translation>
    </message>
    <message>
        <source>%n event(s)</source>
        <translation>عدد الأحداث: %n</translation>
    </message>
    <message>
        <source>%n interview(s)</source>
        <translation>عدد المقابلات: %n</translation>
    </message>
    <message>
        <source>Finalised interviews the supervisor confirmed at least %n day(s) ago will be removed from this laptop.</source>
        <translation>ستُزال من هذا الحاسوب المقابلات المكتملة التي أكّدها المشرف منذ %n يوم/أيام على الأقل.</translation>
    </message>
    <message>
        <source>%n synced interview(s) removed from this laptop.</source>
        <translation>عدد المقابلات المتزامنة المحذوفة من هذا الحاسوب: %n.</translation>
    </message>
    <message>
        <source>Sync file %1 saved: %2.</source>
        <translation>حُفظ ملف المزامنة %1: %2.</translation>
    </message>
    <message>
        <source>Part of it was sent before and is not confirmed yet.</source>
        <translation>أُرسل جزء منه من قبل ولم يُؤكَّد بعد.</translation>
    </message>
    <message>
        <source>No finalised interview to send yet: no sync file was saved.</source>
        <translation>لا توجد بعد مقابلة منتهية لإرسالها: لم يُحفظ أي ملف مزامنة.</translation>
    </message>
    <message>
        <source>Nothing new since sync file %1: no file was saved.</source>
        <translation>لا جديد منذ ملف المزامنة %1: لم يُحفظ أي ملف.</translation>
    </message>
    <message>
        <source>%n interview(s) still to be confirmed by your supervisor.</source>
        <translation>مقابلات لم يؤكدها المشرف بعد: %n.</translation>
    </message>
    <message>
        <source>It carries this laptop's activity log (%n event(s)).</source>
        <translation>يحمل سجل نشاط هذا الحاسوب (عدد الأحداث: %n).</translation>
    </message>
    <message>
        <source>It carries %n interview(s) and this laptop's activity log.</source>
        <translation>يحمل المقابلات (العدد: %n) وسجل نشاط هذا الحاسوب.</translation>
    </message>
    <message>
        <source>There is no finalised interview to send, only this laptop's activity log (%n event(s)). Save a sync file with the activity log anyway?</source>
        <translation>لا توجد مقابلة مكتملة لإرسالها، بل سجل نشاط هذا الحاسوب فقط (عدد الأحداث: %n). هل تريد حفظ ملف مزامنة بسجل النشاط على أي حال؟</translation>
    </message>
    <message>
        <source>Nothing is new since sync file %1. Save a sync file anyway? It carries again everything your supervisor has not confirmed yet.</source>
        <translation>لا جديد منذ ملف المزامنة %1. هل تريد حفظ ملف مزامنة رغم ذلك؟ سيحمل من جديد كل ما لم يؤكده مشرفك بعد.</translation>
    </message>
    <message>
        <source>Receipt for sync file %1: %n item(s) confirmed as received</source>
        <translation>إيصال ملف المزامنة %1: عناصر مؤكَّد استلامها: %n</translation>
    </message>
    <message>
        <source> (%n confirmed before).</source>
        <translation> (مؤكَّد من قبل: %n).</translation>
    </message>
    <message>
        <source>%n item(s) do not match what this laptop sent: they stay waiting.</source>
        <translation>عناصر لا تطابق ما أرسله هذا الحاسوب: %n؛ تبقى في الانتظار.</translation>
    </message>
    <message>
        <source>Update %1 applied: %n form version(s) added.</source>
        <translation>طُبّق التحديث %1: أُضيفت إصدارات استمارات (العدد: %n).</translation>
    </message>
    <message>
        <source>The supervisor's follow-up of %n interview(s) arrived: open an interview's result to read it.</source>
        <translation>وصلت متابعة المشرف (عدد المقابلات: %n): افتح نتيجة المقابلة لقراءتها.</translation>
    </message>
    <message>
        <source>The referral directory was replaced.</source>
        <translation>استُبدل دليل جهات الإحالة.</translation>
    </message>
    <message>
        <source>New removal rule: %1</source>
        <translation>قاعدة حذف جديدة: %1</translation>
    </message>
    <message>
        <source>%1 was refused; nothing from it was applied: %2</source>
        <translation>رُفض الملف %1؛ ولم يُطبَّق منه شيء: %2</translation>
    </message>
    <message>
        <source>One of the %1 update files was refused, so none was applied: %2</source>
        <translation>رُفض أحد ملفات التحديث (وعددها %1)، لذلك لم يُطبَّق أي منها: %2</translation>
    </message>
    <message>
        <source>This vault belongs to a supervisor. The laptop's Sync screen works on field laptops only.</source>
        <translation>هذه الخزنة تخص مشرفًا. شاشة «المزامنة» في الحاسوب لا تعمل إلا على الحواسيب الميدانية.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled yet: enrol it with the supervisor's enrollment file first.</source>
        <translation>هذا الحاسوب غير مسجّل بعد: سجّله أولًا بملف التسجيل الذي يعطيك إياه المشرف.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not done. Nothing was lost. Free some space and try again.</source>
        <translation>القرص ممتلئ، لذلك لم يُنفَّذ هذا. لم يضع شيء. أفرِغ بعض المساحة وحاول من جديد.</translation>
    </message>
</context>
<context>
    <name>LaptopSyncView</name>
    <message>
        <source>Sync with your supervisor</source>
        <translation>المزامنة مع مشرفك</translation>
    </message>
    <message>
        <source>Finalised interviews go to your supervisor as an encrypted file on a USB stick. Receipts and updates come back the same way.</source>
        <translation>تصل المقابلات المنتهية إلى مشرفك في ملف مشفر على ذاكرة USB. وتعود الإيصالات والتحديثات بالطريقة نفسها.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Enrol this laptop</source>
        <translation>تسجيل هذا الحاسوب</translation>
    </message>
    <message>
        <source>Choose the enrollment file your supervisor gave you and type the supervisor code shown on their screen.</source>
        <translation>اختر ملف التسجيل الذي أعطاك إياه مشرفك، واكتب رمز المشرف الظاهر على شاشته.</translation>
    </message>
    <message>
        <source>Save sync file…</source>
        <translation>حفظ ملف المزامنة…</translation>
    </message>
    <message>
        <source>Import receipts…</source>
        <translation>استيراد الإيصالات…</translation>
    </message>
    <message>
        <source>Import updates…</source>
        <translation>استيراد التحديثات…</translation>
    </message>
    <message>
        <source>Remove synced interviews now</source>
        <translation>حذف المقابلات المتزامنة الآن</translation>
    </message>
    <message>
        <source>Write registration file…</source>
        <translation>كتابة ملف القيد…</translation>
    </message>
    <message>
        <source>To the supervisor</source>
        <translation>إلى المشرف</translation>
    </message>
    <message>
        <source>From the supervisor</source>
        <translation>من المشرف</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>LaptopsView</name>
    <message>
        <source>Laptops</source>
        <translation>الحواسيب</translation>
    </message>
    <message>
        <source>Accept a laptop…</source>
        <translation>قبول حاسوب…</translation>
    </message>
    <message>
        <source>Checking the laptop's code…</source>
        <translation>جارٍ التحقق من رمز الحاسوب…</translation>
    </message>
    <message>
        <source>%1 accepted: its bundles can be imported now.</source>
        <translation>قُبل الحاسوب %1: يمكن الآن استيراد حزمه.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Main</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>قائمة الحالات</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
</context>
<context>
    <name>MissingAnswersPanel</name>
    <message>
        <source>The interview cannot be finalised yet. Answers to look at: %1</source>
        <translation>لا يمكن إنهاء المقابلة بعد. إجابات ينبغي النظر فيها: %1</translation>
    </message>
    <message>
        <source>Go to this question</source>
        <translation>الانتقال إلى هذا السؤال</translation>
    </message>
</context>
<context>
    <name>NeutralPanel</name>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>مقابلة جديدة</translation>
    </message>
    <message>
        <source>For example: Central bus station, gate 3</source>
        <translation>مثلًا: محطة الحافلات المركزية، البوابة 3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>No forms are installed on this laptop.</source>
        <translation>لا توجد استمارات مثبتة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Respondent's language</source>
        <translation>لغة الشخص الذي تُجرى معه المقابلة</translation>
    </message>
    <message>
        <source>App language (yours)</source>
        <translation>لغة التطبيق (لغتك)</translation>
    </message>
    <message>
        <source>Site or location</source>
        <translation>الموقع أو المكان</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Add a case note</source>
        <translation>إضافة ملاحظة إلى الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>All sections done: check, then finalise</source>
        <translation>اكتملت كل الأقسام: راجع، ثم أنهِ المقابلة</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>القسم %1 من %2: %3</translation>
    </message>
</context>
<context>
    <name>PageWidget</name>
    <message>
        <source>%1: %2 entered so far.</source>
        <translation>%1: أُدخل %2 حتى الآن.</translation>
    </message>
    <message>
        <source>Add another entry, or press Next to go on.</source>
        <translation>أضف إدخالًا آخر، أو اضغط التالي للمتابعة.</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>إضافة إدخال</translation>
    </message>
    <message>
        <source>Remove the last entry</source>
        <translation>حذف الإدخال الأخير</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>احذف هذا الإدخال</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the referral</source>
        <translation>عبارة مرور الإحالة</translation>
    </message>
    <message>
        <source>The file is encrypted. The service needs this passphrase to open it:</source>
        <translation>الملف مشفر. تحتاج الجهة إلى عبارة المرور هذه لفتحه:</translation>
    </message>
    <message>
        <source>Give it to the service by another channel than the file: read it out by phone or hand it over in person, never in the same e-mail or on the same stick. Write it down now: it is shown only this once and is not kept anywhere.</source>
        <translation>أوصلها إلى الجهة بطريق غير طريق الملف: اقرأها بالهاتف أو سلّمها شخصيًا، ولا ترسلها أبدًا في البريد نفسه أو على الذاكرة نفسها. دوّنها الآن: فهي لا تُعرض إلا هذه المرة ولا تُحفظ في أي مكان.</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>دوّنتها</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>The preview cannot be shown on this laptop: the Qt PDF module is not installed. The document itself is not affected; save or print it to read it.</source>
        <translation>لا يمكن عرض المعاينة على هذا الحاسوب: وحدة Qt PDF غير مثبتة. الوثيقة نفسها لا تتأثر؛ احفظها أو اطبعها لقراءتها.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Choose a service, then Preview to see the document.</source>
        <translation>اختر جهة، ثم معاينة لترى الوثيقة.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>The disk is full, so the last answer could not be saved. It is still on the screen. Free some space (empty the Downloads folder or the bin) and it will be saved with your next answer.</source>
        <translation>القرص ممتلئ، لذلك تعذّر حفظ الإجابة الأخيرة. ما زالت على الشاشة. أفرِغ بعض المساحة (مجلد التنزيلات أو سلة المحذوفات) وستُحفظ مع إجابتك التالية.</translation>
    </message>
    <message>
        <source>The vault on this laptop is damaged. Do not delete anything. Ask your supervisor to check it with 'fieldapp check' and to restore the latest backup.</source>
        <translation>الخزنة على هذا الحاسوب تالفة. لا تحذف شيئًا. اطلب من مشرفك فحصها بالأمر ‎'fieldapp check'‎ واستعادة أحدث نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The key file of the vault is damaged or was changed. Do not delete anything; ask your supervisor for help.</source>
        <translation>ملف مفاتيح الخزنة تالف أو عُدّل. لا تحذف شيئًا؛ اطلب المساعدة من مشرفك.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of the app. Update the app.</source>
        <translation>كُتبت هذه الخزنة بإصدار أحدث من التطبيق. حدّث التطبيق.</translation>
    </message>
    <message>
        <source>The form could not be opened (it is missing or damaged). Ask your supervisor for a working copy of the form. Details: %1</source>
        <translation>تعذّر فتح الاستمارة (مفقودة أو تالفة). اطلب من مشرفك نسخة سليمة منها. التفاصيل: %1</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>الخزنة مقفلة. سجّل الدخول من جديد.</translation>
    </message>
    <message>
        <source>Something went wrong inside the app. What was saved before is kept. Close the app and open it again; if it happens again, tell your supervisor.</source>
        <translation>حدث خلل داخل التطبيق. ما حُفظ من قبل محفوظ. أغلق التطبيق وافتحه من جديد؛ وإن تكرر ذلك فأبلغ مشرفك.</translation>
    </message>
    <message>
        <source>The disk is full, so the vault is open for reading only: you can look at interviews, but nothing new can be saved. Free some space (empty the Downloads folder or the bin), then lock and sign in again.</source>
        <translation>القرص ممتلئ، لذا فُتحت الخزنة للقراءة فقط: يمكنك الاطلاع على المقابلات، لكن لا يمكن حفظ أي شيء جديد. أفرغ بعض المساحة (أفرغ مجلد التنزيلات أو سلة المحذوفات)، ثم اقفل الخزنة وسجّل الدخول من جديد.</translation>
    </message>
    <message>
        <source>The vault's folder cannot be written (a read-only drive, or no permission), so the vault is open for reading only: you can look at interviews, but nothing new can be saved. Ask your supervisor for help.</source>
        <translation>لا يمكن الكتابة في مجلد الخزنة (قرص للقراءة فقط أو لا توجد صلاحية)، لذا فُتحت الخزنة للقراءة فقط: يمكنك الاطلاع على المقابلات، لكن لا يمكن حفظ أي شيء جديد. اطلب المساعدة من مشرفك.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>This question needs an answer.</source>
        <translation>هذا السؤال يحتاج إلى إجابة.</translation>
    </message>
    <message>
        <source>This answer is not accepted: check it with the person.</source>
        <translation>هذه الإجابة غير مقبولة: تحقق منها مع الشخص.</translation>
    </message>
    <message>
        <source>For the officer – not read aloud</source>
        <translation>للموظف – لا يُقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(إلزامي)</translation>
    </message>
    <message>
        <source>Officer guidance: %1</source>
        <translation>إرشاد للموظف: %1</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Place %1</source>
        <translation>المرتبة %1</translation>
    </message>
</context>
<context>
    <name>ReceiptsRow</name>
    <message>
        <source>Receipts folder</source>
        <translation>مجلد الإيصالات</translation>
    </message>
    <message>
        <source>Once chosen, receipts are written here after each import</source>
        <translation>بعد اختياره، تُكتب الإيصالات هنا بعد كل استيراد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Write receipts…</source>
        <translation>كتابة الإيصالات…</translation>
    </message>
    <message>
        <source>Writing receipts…</source>
        <translation>جارٍ كتابة الإيصالات…</translation>
    </message>
</context>
<context>
    <name>Referral</name>
    <message>
        <source>Shelter</source>
        <translation>المأوى</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>الرعاية الطبية</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>حماية الطفل</translation>
    </message>
    <message>
        <source>National referral authority</source>
        <translation>السلطة الوطنية للإحالة</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>خط المساعدة</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <translation>تفتيش العمل</translation>
    </message>
    <message>
        <source>Consular services</source>
        <translation>الخدمات القنصلية</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مرسلة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Full only</source>
        <translation>كاملة فقط</translation>
    </message>
    <message>
        <source>Anonymous OK</source>
        <translation>يقبل دون هوية</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>غير لازمة</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Referral for %1</source>
        <translation>إحالة %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Why this service, in a few words (optional)</source>
        <translation>لماذا هذه الجهة، في كلمات قليلة (اختياري)</translation>
    </message>
    <message>
        <source>Encrypt the file (AES-256, passphrase shown once)</source>
        <translation>تشفير الملف (AES-256، تُعرض عبارة المرور مرة واحدة)</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>الاستعجال</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Referring officer</source>
        <translation>الموظف المحيل</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Printing needs the Qt PDF module</source>
        <translation>تحتاج الطباعة إلى وحدة Qt PDF</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>تسجيل الحالة</translation>
    </message>
    <message>
        <source>What the service answered:</source>
        <translation>ما أجابت به الجهة:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Receiving service</source>
        <translation>الجهة المستقبِلة</translation>
    </message>
    <message>
        <source>Referrals made</source>
        <translation>الإحالات المنجزة</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <source>Child referral: a child is always referred to child protection, whatever the consent.</source>
        <translation>إحالة طفل: يُحال الطفل دائمًا إلى حماية الطفل، أيًا كانت الموافقة.</translation>
    </message>
    <message>
        <source>Anonymous referral: the person did not give full consent, so names, contact details and other identifying answers are left out.</source>
        <translation>إحالة دون هوية: لم يعطِ الشخص موافقة كاملة، لذلك تُحذف الأسماء وبيانات الاتصال وغيرها من الإجابات التي تكشف الهوية.</translation>
    </message>
    <message>
        <source>Full consent: each service receives only what its type of service needs.</source>
        <translation>موافقة كاملة: تتلقى كل جهة ما يحتاج إليه نوع خدمتها فقط.</translation>
    </message>
    <message>
        <source>Choose a receiving service first.</source>
        <translation>اختر الجهة المستقبِلة أولًا.</translation>
    </message>
    <message>
        <source>Preview only: nothing is saved or recorded yet.</source>
        <translation>معاينة فقط: لم يُحفظ أو يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>The printer could not be opened. The referral is recorded; print it again once the printer works.</source>
        <translation>تعذّر فتح الطابعة. الإحالة مسجلة؛ اطبعها من جديد حين تعمل الطابعة.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>حُفظ باسم %1.</translation>
    </message>
    <message>
        <source>Choose a referral in the list first.</source>
        <translation>اختر إحالة من القائمة أولًا.</translation>
    </message>
</context>
<context>
    <name>ReferralPrompts</name>
    <message>
        <source>Save the referral</source>
        <translation>حفظ الإحالة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <source>Printed</source>
        <translation>مطبوعة</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>مشفر</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>غير مشفر</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ReferralsModel</name>
    <message>
        <source>Service</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Prepare referral…</source>
        <translation>إعداد الإحالة…</translation>
    </message>
    <message>
        <source>Correct answers (new revision)…</source>
        <translation>تصحيح الإجابات (مراجعة جديدة)…</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>قائمة الحالات</translation>
    </message>
    <message>
        <source>Screening result — %1</source>
        <translation>نتيجة الفرز — %1</translation>
    </message>
    <message>
        <source>A screening gives indications for referral; it does not decide whether a person is a victim of trafficking.</source>
        <translation>الفرز يعطي مؤشرات للإحالة؛ ولا يحدد ما إذا كان الشخص ضحية للاتجار.</translation>
    </message>
    <message>
        <source>Child or age in doubt: always refer to child protection.</source>
        <translation>طفل أو عمر مشكوك فيه: أحِل دائمًا إلى حماية الطفل.</translation>
    </message>
    <message>
        <source>Why the interview stopped</source>
        <translation>سبب توقف المقابلة</translation>
    </message>
    <message>
        <source>It was not safe to continue, so the screening questions were not asked and no result about trafficking was reached. What was recorded about safety:</source>
        <translation>لم يكن الاستمرار آمنًا، لذلك لم تُطرح أسئلة الفرز ولم يُتوصل إلى أي نتيجة بشأن الاتجار. ما سُجّل عن السلامة:</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>If anyone is in danger, follow your escalation procedure now (supervisor, emergency services).</source>
        <translation>إن كان أي شخص في خطر، فاتبع إجراء التصعيد المعتمد لديك الآن (المشرف، خدمات الطوارئ).</translation>
    </message>
    <message>
        <source>If it is safe, give the person the hotline number discreetly.</source>
        <translation>إن كان ذلك آمنًا، فأعطِ الشخص رقم خط المساعدة بتكتم.</translation>
    </message>
    <message>
        <source>Try again later in a private place, without the companion and with an independent interpreter if one is needed.</source>
        <translation>حاول مرة أخرى لاحقًا في مكان خاص، دون المرافق، ومع مترجم شفهي مستقل إن لزم الأمر.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Dimensions found: %1</source>
        <translation>الأبعاد المرصودة: %1</translation>
    </message>
    <message>
        <source>No dimension was found positive.</source>
        <translation>لم يثبت أي بُعد.</translation>
    </message>
    <message>
        <source>Immediate needs</source>
        <translation>الاحتياجات الفورية</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>لم يُسجل شيء.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>الاستعجال: %1</translation>
    </message>
    <message>
        <source>Services chosen: %1</source>
        <translation>الخدمات المختارة: %1</translation>
    </message>
    <message>
        <source>Correct a finalised interview</source>
        <translation>تصحيح مقابلة منتهية</translation>
    </message>
    <message>
        <source>Why must the answers change? (Kept with the revision; no names.)</source>
        <translation>لماذا يجب تغيير الإجابات؟ (يُحفظ مع المراجعة؛ دون أسماء.)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Open case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Export these…</source>
        <translation>تصدير هذه…</translation>
    </message>
    <message>
        <source>%1 interview(s)</source>
        <translation>عدد المقابلات: %1</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>وضع الحالة</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>التعارض</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>%n answer(s) still missing</source>
        <translation>لا توجد إجابات ناقصة (%n)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>أنت هنا</translation>
    </message>
    <message>
        <source>Not part of this interview with the answers given so far</source>
        <translation>ليس جزءًا من هذه المقابلة وفق الإجابات المقدَّمة حتى الآن</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>★ Chosen during the interview</source>
        <translation>★ اختيرت أثناء المقابلة</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>App language</source>
        <translation>لغة التطبيق</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <source>Set up this laptop</source>
        <translation>إعداد هذا الحاسوب</translation>
    </message>
    <message>
        <source>Interviews are kept in an encrypted vault on this laptop. Choose the name and password of the first account; it can add the other officers' accounts later.</source>
        <translation>تُحفظ المقابلات في خزنة مشفرة على هذا الحاسوب. اختر اسم الحساب الأول وكلمة مروره؛ ويمكنه لاحقًا إضافة حسابات الموظفين الآخرين.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>Choose an account name.</source>
        <translation>اختر اسمًا للحساب.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>اختر كلمة مرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Creating the vault… This takes a few seconds: the password is made slow to guess for this laptop.</source>
        <translation>جارٍ إنشاء الخزنة… يستغرق ذلك بضع ثوانٍ: تُجعل كلمة المرور بطيئة التخمين على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the case status</source>
        <translation>تغيير وضع الحالة</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الوضع الجديد</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
</context>
<context>
    <name>SupervisorWorkspace</name>
    <message>
        <source>Review</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Waiting referrals</source>
        <translation>الإحالات المنتظرة</translation>
    </message>
</context>
<context>
    <name>SyncReasons</name>
    <message>
        <source>The file is damaged or was altered on the way: its signature or its content does not check out. Nothing of it was used. Ask for the file again.</source>
        <translation>الملف تالف أو عُدِّل أثناء نقله: لا يمكن التحقق من توقيعه أو من محتواه. لم يُستخدم شيء منه. اطلب الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a sync file of the expected kind, or it is damaged. Nothing of it was used.</source>
        <translation>هذا ليس ملف مزامنة من النوع المتوقع، أو أنه تالف. لم يُستخدم شيء منه.</translation>
    </message>
    <message>
        <source>The file is empty. Copy it again.</source>
        <translation>الملف فارغ. انسخه مرة أخرى.</translation>
    </message>
    <message>
        <source>The file is incomplete (the copy was interrupted or is still going on). Copy it again.</source>
        <translation>الملف غير مكتمل (انقطع النسخ أو ما زال جاريًا). انسخه مرة أخرى.</translation>
    </message>
    <message>
        <source>The file is far too large to be a sync file.</source>
        <translation>الملف أكبر بكثير من أن يكون ملف مزامنة.</translation>
    </message>
    <message>
        <source>The file or folder could not be read: it was moved, or the stick or drive was taken out.</source>
        <translation>تعذّرت قراءة الملف أو المجلد: نُقل، أو أُزيلت ذاكرة USB أو القرص.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the app. Update the app here.</source>
        <translation>أُنشئ الملف بإصدار أحدث من التطبيق. حدِّث التطبيق هنا.</translation>
    </message>
    <message>
        <source>The file comes from a laptop that was not accepted here. Accept the laptop first (its registration file and code), then import it again.</source>
        <translation>الملف آتٍ من حاسوب لم يُقبل هنا. اقبل الحاسوب أولًا (ملف القيد الخاص به ورمزه)، ثم استورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>The file was made for another supervisor. It cannot be read here.</source>
        <translation>أُنشئ الملف لمشرف آخر. لا يمكن قراءته هنا.</translation>
    </message>
    <message>
        <source>The file was signed by another supervisor than the one this laptop trusts.</source>
        <translation>وقّع الملفَّ مشرفٌ غير المشرف الذي يثق به هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This receipt is for another laptop.</source>
        <translation>هذا الإيصال لحاسوب آخر.</translation>
    </message>
    <message>
        <source>This update is not newer than the one already applied, so it was not applied.</source>
        <translation>هذا التحديث ليس أحدث من التحديث المطبق سابقًا، لذلك لم يُطبَّق.</translation>
    </message>
</context>
<context>
    <name>TextEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ساعة:دقيقة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>سنة-شهر-يوم ساعة:دقيقة</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 42.</source>
        <translation>أدخل عددًا صحيحًا، مثل 42.</translation>
    </message>
    <message>
        <source>Enter a number, such as 3.5.</source>
        <translation>أدخل عددًا، مثل 3.5.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD, such as 2026-03-14.</source>
        <translation>أدخل التاريخ بالصيغة سنة-شهر-يوم، مثل 2026-03-14.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, such as 14:30.</source>
        <translation>أدخل الوقت بالصيغة ساعة:دقيقة، مثل 14:30.</translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DD HH:MM, such as 2026-03-14 14:30.</source>
        <translation>أدخل التاريخ والوقت بالصيغة سنة-شهر-يوم ساعة:دقيقة، مثل 2026-03-14 14:30.</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>اكتب كلمة المرور.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>جارٍ التحقق من كلمة المرور…</translation>
    </message>
    <message>
        <source>Wrong account or password. Check the keyboard language and Caps Lock.</source>
        <translation>الحساب أو كلمة المرور غير صحيحة. تحقق من لغة لوحة المفاتيح ومن مفتاح الأحرف الكبيرة.</translation>
    </message>
    <message>
        <source>This account is disabled after too many attempts. A supervisor must reset its password.</source>
        <translation>عُطّل هذا الحساب بعد محاولات كثيرة. يجب أن يعيد مشرف تعيين كلمة مروره.</translation>
    </message>
    <message>
        <source>There is no vault on this laptop yet.</source>
        <translation>لا توجد خزنة على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة من جديد الآن.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. You can try again in %1.</source>
        <translation>محاولات خاطئة كثيرة. يمكنك المحاولة من جديد بعد %1.</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Send an update to the laptops</source>
        <translation>إرسال تحديث إلى الحواسيب المحمولة</translation>
    </message>
    <message>
        <source>Counting the case outcomes…</source>
        <translation>جارٍ عدّ نتائج الحالات…</translation>
    </message>
    <message>
        <source>Form versions to send</source>
        <translation>إصدارات الاستمارات المراد إرسالها</translation>
    </message>
    <message>
        <source>Add forms…</source>
        <translation>إضافة استمارات…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Keep the laptops' directory</source>
        <translation>الإبقاء على دليل الحواسيب المحمولة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>Change how long laptops keep received interviews</source>
        <translation>تغيير مدة احتفاظ الحواسيب المحمولة بالمقابلات المستلمة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Days a laptop keeps a received interview</source>
        <translation>عدد الأيام التي يحتفظ فيها الحاسوب المحمول بمقابلة مستلمة</translation>
    </message>
    <message>
        <source>Keep a stub in each laptop's log</source>
        <translation>الإبقاء على أثر في سجل كل حاسوب محمول</translation>
    </message>
    <message>
        <source>A folder on a USB stick or a shared drive</source>
        <translation>مجلد على ذاكرة USB أو محرك أقراص مشترك</translation>
    </message>
    <message>
        <source>Write update</source>
        <translation>كتابة التحديث</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Referral directory</source>
        <translation>دليل الإحالة</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>الكتابة في</translation>
    </message>
    <message>
        <source>Update %1 carries the case outcomes of %2 interview(s) from %3 laptop(s), each sealed to the laptop that made the interview. Every update carries the latest state of every case: a laptop that missed one loses nothing.</source>
        <translation>يحمل التحديث %1 نتائج حالات %2 مقابلة من %3 حاسوب محمول، كلٌّ منها مختوم للحاسوب الذي أجرى المقابلة. يحمل كل تحديث آخر حالة لكل ملف: الحاسوب الذي فاته تحديث لا يفقد شيئًا.</translation>
    </message>
    <message>
        <source>Update %1: no case outcome to send yet (no status, note or referral follow-up recorded on a laptop's interview). Add what else it should carry.</source>
        <translation>التحديث %1: لا توجد نتائج حالات لإرسالها بعد (لا حالة ولا ملاحظة ولا متابعة إحالة مسجّلة على مقابلة من حاسوب محمول). أضف ما يجب أن يحمله غير ذلك.</translation>
    </message>
    <message>
        <source>Checking and signing the update…</source>
        <translation>جارٍ التحقق من التحديث وتوقيعه…</translation>
    </message>
    <message>
        <source>Nothing was written: a form does not load. Correct it (“fieldapp form check” names every problem) or remove it from the list. Details: %1</source>
        <translation>لم يُكتب شيء: إحدى الاستمارات لا تُحمَّل. صحّحها (الأمر «fieldapp form check» يذكر كل مشكلة) أو أزلها من القائمة. التفاصيل: %1</translation>
    </message>
</context>
<context>
    <name>UpdatePrompts</name>
    <message>
        <source>Form versions to send</source>
        <translation>إصدارات الاستمارات المراد إرسالها</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xlsm *.xls *.csv *.md)</source>
        <translation>مصنفات XLSForm (*.xlsx *.xlsm *.xls *.csv *.md)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>The new referral directory</source>
        <translation>دليل الإحالة الجديد</translation>
    </message>
    <message>
        <source>Referral directories (*.json)</source>
        <translation>أدلة الإحالة (*.json)</translation>
    </message>
    <message>
        <source>Folder for the update</source>
        <translation>مجلد التحديث</translation>
    </message>
</context>
<context>
    <name>UpdatesRow</name>
    <message>
        <source>Send an update…</source>
        <translation>إرسال تحديث…</translation>
    </message>
    <message>
        <source>Case outcomes back to the laptops that made the interviews; new forms, a new referral directory or retention policy to every laptop</source>
        <translation>نتائج الحالات إلى الحواسيب التي أجرت المقابلات؛ واستمارات جديدة أو دليل إحالة جديد أو سياسة احتفاظ إلى كل حاسوب</translation>
    </message>
    <message>
        <source>Update %1 written to %2. Each laptop applies it with “Import updates…” on its Sync screen.</source>
        <translation>كُتب التحديث %1 في %2. يطبّقه كل حاسوب محمول بزر «استيراد التحديثات…» في شاشة المزامنة.</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>shown</source>
        <translation>معروضة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>معروضة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>أُنهيت</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>السبب المذكور</translation>
    </message>
    <message>
        <source>Fields differing</source>
        <translation>الحقول المختلفة</translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Waiting at</source>
        <translation>مرحلة الانتظار</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Days without an answer</source>
        <translation>أيام دون رد</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Referrals without an answer for more than</source>
        <translation>الإحالات التي لم يُرد عليها منذ أكثر من</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يومًا</translation>
    </message>
    <message>
        <source>%1 referral(s) waiting</source>
        <translation>عدد الإحالات المنتظرة: %1</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>%1: fewer than 11 people, or withheld so that such a number cannot be worked out from the others.</source>
        <translation>%1: أقل من 11 شخصًا، أو حُجب كي لا يمكن استنتاج مثل هذا العدد من الأرقام الأخرى.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>supervisor</name>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Closed, referred</source>
        <translation>مغلقة، محالة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>مرسلة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Services started</source>
        <translation>بدأت الخدمات</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
</context>
</TS>