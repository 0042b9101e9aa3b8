app-title = Dateline
articles-heading = المقالات
article-new = مقال جديد
article-untitled = بلا عنوان
articles-empty = لا توجد مقالات بعد. ابدأ بـ«مقال جديد».
state-draft = مسودة
state-in-review = قيد المراجعة
state-ready = جاهز
state-scheduled = مجدول
state-published = منشور
state-unpublished = أُلغي نشره
articles-load-failed = تعذّر تحميل المقالات: { $reason }
article-open-failed = تعذّر فتح المقال: { $reason }
article-create-failed = تعذّر إنشاء مقال: { $reason }
editor-title-label = العنوان
editor-title-placeholder = اكتب عنوانًا
editor-body-label = النص (Markdown)
editor-section-label = القسم
editor-tier-label = الوصول
editor-empty = اختر مقالًا أو ابدأ مقالًا جديدًا.
preview-heading = معاينة
preview-paywall-band = للمشتركين فقط بعد هذا الحد
preview-words =
    { $count ->
        [zero] لا كلمات
        [one] كلمة واحدة
        [two] كلمتان
        [few] { $count } كلمات
        [many] { $count } كلمة
       *[other] { $count } كلمة
    }
preview-reading = { $minutes } دقيقة قراءة
preview-failed = المعاينة غير متاحة: { $reason }
save-state-saving = جارٍ الحفظ…
save-state-saved = تم الحفظ
save-state-failed = لم يُحفظ: { $reason }
publish-button = نشر
publish-sending = جارٍ النشر…
publish-done = نُشر على { $url }
publish-failed = لم يُنشر: { $reason }
site-connected = الموقع: { $name }
site-offline = تعذّر الوصول إلى الموقع؛ مستويات الوصول من آخر اتصال.
site-none = لا يوجد موقع متصل: أضف موقعًا في الإعدادات.
keyring-unavailable = لا توجد سلسلة مفاتيح للنظام: النشر متوقف. لا يُحفظ رمز الواجهة البرمجية في أي مكان آخر.
language-label = اللغة

## The article list: search, filters, import

search-label = البحث في المقالات
search-placeholder = ابحث في العناوين والنصوص
search-loading = جارٍ التحميل…
search-failed = تعذّر البحث: { $reason }
search-empty = لا توجد مقالات تطابق هذا البحث.
search-count =
    { $count ->
        [zero] لا مقالات
        [one] مقال واحد
        [two] مقالان
        [few] { $count } مقالات
        [many] { $count } مقالًا
       *[other] { $count } مقال
    }
search-more = عرض المزيد ({ $shown } من { $total })
hit-locale-title = وُجد في النص باللغة { $language }
filters-toggle = عوامل التصفية
filters-toggle-count = عوامل التصفية ({ $count })
filter-any = الكل
filter-state = الحالة
filter-section = القسم
filter-locale = اللغة
filter-tag = الوسم
filter-author = اسم الكاتب
filter-author-placeholder = أي كاتب
filter-reset = مسح عوامل التصفية
sort-label = الترتيب حسب
sort-relevance = الأكثر صلة
sort-updated = آخر تعديل
sort-title = العنوان أبجديًا
import-button = استيراد Markdown…
import-running = جارٍ الاستيراد…
import-files = ملفات Markdown…
import-folder = مجلد ملفات Markdown…
import-dialog-files-title = استيراد ملفات Markdown
import-dialog-folder-title = استيراد مجلد ملفات Markdown
import-filter-name = Markdown
import-failed = تعذّر الاستيراد: { $reason }
import-report-title = الاستيراد
import-report-imported =
    { $count ->
        [zero] لم يُستورد أي مقال.
        [one] استُورد مقال واحد.
        [two] استُورد مقالان.
        [few] استُوردت { $count } مقالات.
        [many] استُورد { $count } مقالًا.
       *[other] استُورد { $count } مقال.
    }
import-report-more = و{ $count } غيرها
import-report-failed =
    { $count ->
        [zero] { $count } ملف لم يُستورد:
        [one] ملف واحد لم يُستورد:
        [two] ملفان لم يُستوردا:
        [few] { $count } ملفات لم تُستورد:
        [many] { $count } ملفًا لم يُستورد:
       *[other] { $count } ملف لم يُستورد:
    }
drop-hint = أفلت ملفات أو مجلدات Markdown لاستيرادها، أو صورًا فوق النص لإضافتها.

## The editor

editor-region = المحرر
toolbar-label = التنسيق
tooltip-with-shortcut = { $action } ({ $shortcut })
format-heading = عنوان فرعي
format-bold = غامق
format-italic = مائل
format-link = رابط
format-quote = اقتباس
format-list = قائمة
format-image = صورة
format-article-link = رابط إلى مقال
format-paywall = حد المشتركين
image-dialog-title = إدراج صور
image-filter-name = الصور
image-failed = تعذّرت إضافة الصورة: { $reason }
image-no-article = افتح مقالًا لإضافة الصور إليه.
focus-mode = وضع التركيز
focus-mode-leave = الخروج من وضع التركيز (Esc)
focus-mode-hint = اضغط Esc للخروج من وضع التركيز
more-actions = إجراءات أخرى
export-button = تصدير…
export-dialog-title = تصدير المقال إلى مجلد
export-done =
    { $count ->
        [zero] لم يُصدَّر أي ملف إلى { $dir }
        [one] صُدّر ملف واحد إلى { $dir }
        [two] صُدّر ملفان إلى { $dir }
        [few] صُدّرت { $count } ملفات إلى { $dir }
        [many] صُدّر { $count } ملفًا إلى { $dir }
       *[other] صُدّر { $count } ملف إلى { $dir }
    }
export-failed = تعذّر التصدير: { $reason }
delete-button = حذف…
delete-confirm = حذف «{ $title }»؟ يمكنك التراجع مباشرة بعد ذلك.
delete-confirm-yes = حذف
delete-done = حُذف «{ $title }».
delete-failed = تعذّر الحذف: { $reason }
undelete-failed = تعذّرت استعادة المقال: { $reason }
undo = تراجع
cancel = إلغاء
dismiss = إغلاق
workflow-to-review = إرسال للمراجعة
workflow-to-draft = إعادة إلى المسودة
workflow-failed = تعذّر تغيير الحالة: { $reason }
snapshot-done = حُفظت النسخة.
snapshot-failed = تعذّر حفظ نسخة: { $reason }

## Details of an article

metadata-heading = التفاصيل
metadata-empty = المقدمة، اسم الكاتب، الوسوم، المعرّف، رابط المصدر
metadata-standfirst = المقدمة
metadata-standfirst-placeholder = التمهيد تحت العنوان
metadata-byline = اسم الكاتب
metadata-byline-placeholder = من كتبه
metadata-tags = الوسوم
metadata-tags-placeholder = أضف وسمًا ثم اضغط Enter
metadata-tags-count =
    { $count ->
        [zero] لا وسوم
        [one] وسم واحد
        [two] وسمان
        [few] { $count } وسوم
        [many] { $count } وسمًا
       *[other] { $count } وسم
    }
metadata-tag-remove = إزالة الوسم { $tag }
metadata-source = رابط المصدر
metadata-source-placeholder = https://… (المواد المنقولة)
metadata-source-invalid = ليس عنوان ويب: يجب أن يبدأ بـ http:// أو https://.
metadata-slug = المعرّف في الرابط
metadata-slug-from-title = من العنوان
metadata-slug-follows = يتبع العنوان إلى أن تغيّره.
metadata-slug-own = محدد يدويًا.
metadata-slug-locked = منشور: تغيير المعرّف يغيّر عنوان المقال.

## History

revisions-button = السجل
revisions-heading = السجل
revisions-close = إغلاق السجل
revisions-loading = جارٍ تحميل السجل…
revisions-empty = لا نسخ بعد.
revisions-failed = تعذّر تحميل السجل: { $reason }
revisions-hint = اختر نسخة لمقارنتها بالأحدث، أو حدّد نسخة ثانية لمقارنة النسختين.
revision-compare = المقارنة مع هذه النسخة
revision-kind-autosave = حفظ تلقائي
revision-kind-named = نسخة محفوظة
revision-kind-workflow = تغيير الحالة
revision-kind-restore = مستعادة
revision-restored-from = من نسخة { $when }
revision-kind-import = مستوردة
revision-kind-merge = مدمجة
revision-you = أنت
revision-this-desk = هذا المكتب
revision-other-desk = المكتب { $desk }
revision-someone = شخص ما
revisions-diff-heading = من { $from } إلى { $to }
revisions-diff-same = لا فرق بين هاتين النسختين.
revisions-diff-skip =
    { $count ->
        [zero] … لا كلمات دون تغيير …
        [one] … كلمة واحدة دون تغيير …
        [two] … كلمتان دون تغيير …
        [few] … { $count } كلمات دون تغيير …
        [many] … { $count } كلمة دون تغيير …
       *[other] … { $count } كلمة دون تغيير …
    }
revisions-diff-failed = تعذّرت المقارنة: { $reason }
restore-revision = استعادة هذه النسخة
restore-failed = تعذّرت الاستعادة: { $reason }
restore-done = استُعيدت النسخة؛ والنص السابق باقٍ في السجل.
snapshot-button = حفظ نسخة
snapshot-label-placeholder = اسم لهذه النسخة (اختياري)

## Trouble with the desk's database

trouble-disk-full = القرص ممتلئ. يبقى نصك هنا ويُحفظ فور توفر مساحة.
trouble-read-only = قاعدة بيانات المكتب للقراءة فقط: لا يمكن حفظ أي شيء. صدّر مقالك للاحتفاظ به.
trouble-locked = برنامج آخر يحجز قاعدة بيانات المكتب. ستُعاد المحاولة بعد قليل.
trouble-damaged = قاعدة بيانات المكتب تالفة. صدّر ما يمكن قراءته واحتفظ بالملف لإصلاحه.
trouble-retry = أعد المحاولة الآن
trouble-export = تصدير هذا المقال…

## Why something failed, by the desk's error code ({ $detail } stays in English).

desk-error-not-found = لم يعد موجودًا ({ $detail })
desk-error-invalid = لم يقبله المكتب ({ $detail })
desk-error-storage = تعطّلت قاعدة بيانات المكتب ({ $detail })
desk-error-keyring = سلسلة مفاتيح النظام مقفلة أو غير موجودة أو رفضت الطلب ({ $detail })
desk-error-no-site = لم يُعدّ أي موقع بعد: أضف موقعًا في الإعدادات
desk-error-unauthorized = رفض الموقع رمز الواجهة البرمجية: أدخل رمزًا جديدًا في الإعدادات ({ $detail })
desk-error-forbidden = دورك لا يسمح بذلك ({ $detail })
desk-error-site-rejected = رفض الموقع الطلب ({ $detail })
desk-error-network = تعذّر الوصول إلى الموقع ({ $detail })
desk-error-conflict = يتعارض ذلك مع حالة المقال الحالية ({ $detail })
desk-error-disk-full = القرص ممتلئ؛ لم يُفقد شيء، وسيُحفظ نصك حالما تتوفر مساحة
desk-error-read-only = لا يمكن الكتابة في قاعدة بيانات المكتب (الملف أو مجلده للقراءة فقط)
desk-error-locked = برنامج آخر يحجز قاعدة بيانات المكتب؛ لم يُفقد شيء، أعد المحاولة بعد قليل
desk-error-damaged = قاعدة بيانات المكتب تالفة: صدّر ما يمكن قراءته قبل أي شيء آخر ({ $detail })

## The database could not be opened (a dialog shown before any window)
db-trouble-title = لا يستطيع Dateline فتح قاعدة بياناته
db-trouble-body =
    { $reason }

    لم يتغير شيء. يمكنك تصدير كل المقالات التي لا تزال قابلة للقراءة إلى مجلد ملفات Markdown.
db-trouble-export = تصدير ما يمكن قراءته…
db-trouble-quit = إنهاء
db-rescue-done = صُدّر { $written } ملفًا إلى { $dir }. تعذّرت قراءة { $failed }.

## مساحات العمل

views-label = مساحات العمل
view-write = الكتابة
view-translate = ترجمة
view-publish = النشر
view-settings = الإعدادات

## الإعدادات: المواقع

sites-heading = المواقع
sites-lead = المواقع التي ينشر عليها هذا المكتب. يُحفظ رمز الواجهة البرمجية لكل موقع في سلسلة مفاتيح النظام ولا يُحفظ في أي مكان آخر؛ والموقع الأول هو الافتراضي.
sites-empty = لا يوجد موقع بعد. أضف موقعًا بعنوانه ورمز واجهة برمجية من مشغّل الموقع.
sites-load-failed = تعذّر عرض قائمة المواقع: { $reason }
site-add-heading = إضافة موقع
site-url-label = عنوان الموقع
site-token-label = رمز الواجهة البرمجية
site-token-hint = يُتحقَّق من الرمز لدى الموقع ثم يُحفظ في سلسلة مفاتيح النظام. لن يُعرض مرة أخرى.
site-add = إضافة الموقع
site-adding = جارٍ التحقق…
site-default = افتراضي
site-test = اختبار الاتصال
site-testing = جارٍ الاختبار…
site-test-ok = متصل: الوصف أدناه وصل للتو من الموقع.
site-remove = إزالة
site-remove-confirm = إزالة { $name } ورمزه من هذا المكتب؟ تبقى المقالات، ولا يتغير الموقع نفسه.
site-remove-yes = إزالة الموقع
site-remove-pending = لا تزال هناك عمليات لهذا الموقع في صندوق الصادر. أرسلها أو ألغها أولًا.
site-remove-failed = تعذّرت إزالة الموقع.
site-role = دور الرمز
site-locales = اللغات
site-sections = الأقسام
site-tiers = مستويات الوصول
site-time-zone = المنطقة الزمنية
site-time-zone-unknown = لم يحددها الموقع (التواريخ بتوقيت UTC)
site-last-seen = آخر اتصال
site-never-seen = أبدًا
site-not-described = لم يتلقَّ المكتب ردًا من هذا الموقع بعد: اختبر الاتصال.
site-problem-invalid = لا يمكن استخدام هذا العنوان أو هذا الرمز.
site-problem-unauthorized = لا يقبل الموقع هذا الرمز.
site-problem-forbidden = لا يُسمح لهذا الرمز بفعل ذلك على الموقع.
site-problem-network = تعذّر الوصول إلى الموقع.
site-problem-keyring = سلسلة مفاتيح النظام غير متاحة، لذا لا يمكن حفظ الرمز.
site-problem-rejected = رفض الموقع الطلب.
site-problem-not-found = هذا الموقع غير معروف لدى المكتب.
site-problem-no-site = لم يُضبط أي موقع.
site-problem-other = حدث خطأ ما.
role-writer = كاتب (لا يمكنه النشر)
role-translator = مترجم (لا يمكنه النشر)
role-editor = محرر

## النشر: قائمة الانتظار

queue-heading = قائمة النشر
queue-site = الموقع
queue-locale = اللغة
queue-any = الكل
queue-empty = لا توجد مقالات في هذه الحالة.
queue-draft-note = المسودات ما زالت قيد الكتابة: يرسلها الكاتب إلى المراجعة بزر «إرسال للمراجعة» في الكتابة. ويمكن للمحرر أيضًا نشر مسودة من هنا، مع الفحوص نفسها.
queue-select = تحديد «{ $title }»
queue-select-all = تحديد الكل
bulk-publish =
    { $count ->
        [0] نشر المحدد
        [zero] نشر المحدد
        [one] نشر مقال واحد
        [two] نشر مقالين
        [few] نشر { $count } مقالات
        [many] نشر { $count } مقالًا
       *[other] نشر { $count } مقال
    }
bulk-heading = نشر جماعي
bulk-progress = أُرسل { $done } من { $total } · { $pending } في الانتظار · { $stopped } تحتاج إلى مراجعة
bulk-skipped =
    { $count ->
        [zero] لم يُستبعد أي مقال
        [one] استُبعد مقال واحد
        [two] استُبعد مقالان
        [few] استُبعدت { $count } مقالات
        [many] استُبعد { $count } مقالًا
       *[other] استُبعد { $count } مقال
    }
bulk-failed = فشل النشر الجماعي: { $reason }
publish-no-site = لا يوجد موقع للنشر عليه بعد.
publish-go-settings = أضف موقعًا في الإعدادات
publish-choose = اختر مقالًا من القائمة.

## النشر: مقال واحد

publish-plan-failed = تعذّر تحضير النشر: { $reason }
publish-to = إلى { $site }
publication-live = منشور، الإصدار { $version }، منذ { $when }
unsent-changes = تغييرات لم تصل إلى الموقع بعد
unsent-changes-hint = تغيّرت المقالة بعد نشرها: زر «تحديث» في النشر يرسل التغييرات
publish-locales = اللغات المراد نشرها
text-source = الأصل
text-outdated = قديمة
text-status-in-progress = قيد العمل
text-status-needs-review = بحاجة إلى مراجعة
text-status-done = مكتملة
publish-confirm-outdated = رأيت أن بعض هذه الترجمات أقدم من النص الأصلي، وأنشرها رغم ذلك.
publish-when = الموعد
publish-now = الآن
publish-later = في تاريخ ووقت محددين
schedule-date = التاريخ
schedule-time = الوقت
schedule-zone = المنطقة الزمنية
schedule-zone-site = توقيت الموقع ({ $zone })
schedule-zone-editor = توقيتي ({ $zone })
schedule-site-clock = القرّاء ({ $zone })
schedule-editor-clock = أنت ({ $zone })
schedule-past = مضى هذا الوقت: سيظهر المقال فورًا.
publish-checks = عمليات التحقق
publish-checks-clear = لا شيء يمنع النشر.
check-error = خطأ
check-warning = تحذير
publish-blocked = صحّح أخطاء التحقق أولًا.
publish-blocked-outdated = ضع علامة على التأكيد الخاص بالترجمات القديمة أولًا.
publish-schedule = جدولة
publish-update = تحديث
publish-unpublish = إلغاء النشر
unpublish-confirm = سحب هذا المقال من الموقع؟ لن يجده القرّاء بعد ذلك؛ ويمكنك نشره مجددًا لاحقًا.
publish-store-first = تعذّر حفظ المقال أولًا، لذا لم يُرسل شيء.
publish-last-op = آخر عملية
op-action-publish = نشر
op-action-unpublish = إلغاء نشر
op-next-attempt = فشلت المحاولة { $attempts }؛ المحاولة التالية { $when }
op-retry = أرسل الآن
op-cancel = إلغاء
op-resolve = قارن واختر…
op-scheduled-for = يظهر في { $when }
op-retrying = إعادة المحاولة ({ $attempts }): { $reason }
op-state-queued = في الانتظار
op-state-sending = قيد الإرسال
op-state-done = تم
op-state-failed = فشلت
op-state-conflict = تعارض
op-state-cancelled = أُلغيت
url-copy = نسخ
url-copied = نُسخ

## المعاينة كقارئ

reader-heading = المعاينة كقارئ
reader-locale = لغة المعاينة
reader-kinds = أنواع القرّاء
reader-anonymous = زائر مجهول
reader-sees-all = يتلقى { $reader } المقال كاملًا.
reader-sees-part = يتلقى { $reader } الجزء العلوي فقط؛ ويحجب الموقع الجزء المعلَّم.
reader-hidden-label = لا يُرسل إلى هذا القارئ
reader-failed = لا توجد معاينة كقارئ: { $reason }

## صندوق الصادر

outbox-heading = صندوق الصادر
outbox-badge-title = { $pending } بانتظار الإرسال، و{ $attention } تحتاج إليك
outbox-empty = صندوق الصادر فارغ.
outbox-failed = تعذّرت قراءة صندوق الصادر: { $reason }
conflict-heading = تعارض
conflict-explain = لدى الموقع إصدار من «{ $title }» أحدث (الإصدار { $version }) من آخر إصدار رآه هذا المكتب: عدّله شخص آخر. لم يُستبدل أي شيء. قارن بين الإصدارين واختر.
conflict-keep-mine = الإبقاء على إصداري
conflict-keep-mine-explain = يرسل إصدار هذا المكتب إلى الموقع بدلًا من إصدار الموقع. تضيع تعديلات الشخص الآخر على الموقع.
conflict-take-theirs = اعتماد إصدار الموقع
conflict-take-theirs-explain = يستبدل نص هذا المكتب بإصدار الموقع ولا يرسل شيئًا. تبقى تعديلاتك غير المرسلة في سجل الإصدارات.
conflict-theirs-gone = لم يعد هذا المقال على الموقع، فلا يوجد إصدار لاعتماده.
conflict-theirs-unpublished = سحب الموقع هذا المقال: الإبقاء على نسخة هذا المكتب يعيد نشره، وأخذ نسخة الموقع يسجّله هنا على أنه غير منشور.
conflict-keep-mine-blocked = لا يمكن إرساله كما هو: { $reasons }
conflict-only-differences = الاختلافات فقط
conflict-mine = هذا المكتب
conflict-theirs = الموقع (الإصدار { $version })
conflict-same = الإصداران متطابقان.
conflict-field-tier = الوصول
conflict-field-section = القسم
conflict-field-publish-at = موعد النشر
conflict-field-title = العنوان
conflict-field-standfirst = المقدمة
conflict-field-slug = المعرّف في الرابط
conflict-field-body = النص

## الإشعارات

toast-published = نُشر «{ $title }».
toast-unpublished = سُحب «{ $title }» من الموقع.
toast-op-failed = لم يُرسل «{ $title }»: { $reason }
toast-op-conflict = «{ $title }»: لدى الموقع إصدار أحدث. لم يُستبدل أي شيء.
toast-open-outbox = فتح صندوق الصادر
# OS notifications while the desk is in the background, once a bulk publish has finished.
notify-batch-done = اكتمل النشر الجماعي: { $done } من { $total } مقالات على الموقع.
notify-batch-stopped = اكتمل النشر الجماعي: { $stopped } من { $total } مقالات تحتاج إلى مراجعة في صندوق الصادر.

## الترجمات في المحرر

texts-label = نصوص المقال
texts-failed = تعذّر عرض نصوص المقال: { $reason }
text-open-failed = تعذّر فتح النص: { $reason }
translation-add = إضافة ترجمة
translation-add-choose = اللغة…
translation-add-failed = تعذّر بدء الترجمة: { $reason }
translation-status = الحالة
translation-status-failed = تعذّر تغيير الحالة: { $reason }
translation-outdated-note = تغيّر النص الأصلي منذ وُسمت هذه الترجمة بأنها مكتملة.
source-changes-show = ما الذي تغيّر في النص الأصلي
source-change-same = دون تغيير
source-change-changed = معدَّل
source-change-added = مضاف
source-change-removed = محذوف
source-change-title = العنوان
source-change-standfirst = المقدمة
translation-mark-current = وسمها بأنها محدّثة

## عمليات التحقق قبل النشر، حسب رمز المكتب (تتبعها كلمات المكتب نفسه تفصيلًا)

check-site-unknown = لم يتلقَّ المكتب ردًا من هذا الموقع بعد
check-role = لا يُسمح لهذا الرمز بالنشر
check-tier-unknown = لا يوجد هذا المستوى في الموقع
check-section-missing = لم يُختر قسم
check-section-unknown = لا يوجد هذا القسم في الموقع
check-no-locale = لم تُختر لغة
check-schedule-past = مضى الموعد المحدد
check-no-text = لا يوجد نص بهذه اللغة
check-locale-unknown = لا ينشر الموقع بهذه اللغة
check-no-headline = لا يوجد عنوان
check-not-done = الترجمة غير موسومة بأنها مكتملة
check-outdated = الترجمة قديمة
check-cut-missing = لا يوجد حد للمحتوى المدفوع في هذا النص
check-cut-misplaced = حد المحتوى المدفوع ليس بعد الفقرة نفسها كما في النص الأصلي
check-slug-taken = العنوان مستخدم بالفعل
check-image-missing = صورة مفقودة في هذا المكتب
check-standfirst-missing = لا توجد مقدمة، مع أن للنص الأصلي مقدمة
check-link-target-unpublished = يربط بمقال غير منشور على الموقع بعد
check-conflict = يتعارض مع نسخة مكتب آخر: حُلّ التعارض أولًا

## The Translate workspace: interface strings

translate-articles = المقالات
translate-strings = نصوص الواجهة
strings-list-heading = نصوص الواجهة
strings-source = نصوص
strings-source-sites = المواقع
strings-source-folders = مجلدات فُتحت من قبل
strings-open-folder = فتح مجلد نصوص…
strings-folder-dialog-title = مجلد منظم مثل locales/ وفيه مجلد en-US
strings-file = الملف
strings-locale = اللغة
strings-new-locale = رمز اللغة الجديدة، مثل it
strings-add-locale = إضافة
strings-locale-invalid = «{ $locale }» ليس رمز لغة (مثل it أو pt-BR أو zh-Hant).
strings-filter = عرض
strings-filter-all = كل الرسائل ({ $count })
strings-filter-todo = للإنجاز ({ $count })
strings-search = البحث في المعرفات والنصوص
strings-status-missing = ناقصة
strings-status-translated = مترجمة
strings-status-warning = تنبيه
strings-status-error = خطأ
strings-status-obsolete = متقادمة
strings-at-line = السطر { $line }، العمود { $column }:
strings-loading = جارٍ فتح النصوص…
strings-empty = اختر موقعًا أو افتح مجلد نصوص، ثم اختر لغة.
strings-none-match = لا توجد رسالة مطابقة.
strings-pick = اختر رسالة من القائمة لترجمتها.
strings-draft = مسودة غير محفوظة
strings-mode = التحرير بصيغة
strings-mode-form = حقول
strings-mode-raw = مصدر Fluent
strings-raw-not-valid = لا يمكن عرض مصدر Fluent في حقول: { $reason }
strings-revert = تراجع
strings-save = حفظ
strings-save-hint = Ctrl+S للحفظ، وCtrl+Enter للحفظ وفتح الرسالة التالية
strings-send = إرسال إلى الموقع
strings-saved = تم الحفظ.
strings-sent = تم الإرسال: يراه القراء الآن.
strings-writer-note = رمزك لهذا الموقع رمز كاتب: يمكنك قراءة نصوصه، لكن إرسالها يحتاج إلى مترجم أو محرر.
strings-conflict-heading = غيّر شخص آخر هذه النصوص في هذه الأثناء؛ لم يُكتب فوق شيء من تعديلاته ولا من تعديلاتك.
strings-reopen = إعادة الفتح مع تعديلاتهم
strings-note = ملاحظة للمترجمين
strings-reference = المرجع · { $language }
strings-obsolete-note = لم يعد المرجع يحتوي على هذه الرسالة. الترجمة محفوظة، لكن لا شيء يعرضها.
strings-value = القيمة
strings-plural-on = صيغة لكل فئة جمع، يختارها { $selector }
strings-select-on = يختاره { $selector }
strings-default = الافتراضي
strings-plural-example = مثل { $number }
strings-preview = معاينة بقيم نموذجية

## What the string checks found, by check code.

string-check-syntax = هذا ليس نص Fluent صالحًا: { $detail }
string-check-missing-default-variant = أحد المحددات بلا متغير افتراضي (علّم واحدًا بـ *)
string-check-multiple-default-variants = أحد المحددات له أكثر من متغير افتراضي (*)
string-check-duplicate-id = { $what } معرّف مرتين؛ لا يُحتسب إلا التعريف الأول
string-check-duplicate-attribute = { $what } مذكور مرتين
string-check-duplicate-variant = في { $what } المتغير { $key } مرتين
string-check-missing-message = { $what } لم يُترجم بعد
string-check-obsolete-message = لم يعد في المرجع { $what }: لا شيء يعرضه
string-check-missing-term = المصطلح { $what } لم يُترجم بعد
string-check-obsolete-term = ليس في المرجع مصطلح { $what }
string-check-missing-value = { $what } بلا قيمة، مع أن للمرجع قيمة
string-check-obsolete-value = لـ { $what } قيمة، والمرجع ليس له إلا سمات
string-check-missing-attribute = السمة { $what } ناقصة
string-check-obsolete-attribute = ليس في المرجع السمة { $what }
string-check-missing-variable = { $what } لا يعرض { $variable } الذي يعرضه المرجع
string-check-unknown-variable = { $what } يستخدم { $variable } الذي لا يملؤه البرنامج أبدًا
string-check-missing-plural = تنقص { $what } صيغ الجمع { $categories } التي تحتاجها هذه اللغة
string-check-unused-plural = في { $what } المتغير { $key }، وهو فئة جمع ليست في هذه اللغة
string-check-variant-lost-variable = المتغير { $key } في { $what } لا يعرض { $variable } الذي يعرضه المتغير نفسه في المرجع
string-check-empty-value = { $what } فارغ
string-check-unknown-reference = { $what } يشير إلى { $reference } غير المعرّف
string-check-missing-reference = { $what } لا يشير إلى { $reference } كما يفعل المرجع
string-check-obsolete-reference = { $what } يشير إلى { $reference }، والمرجع لا يفعل
string-check-missing-file = ليس لدى { $locale } الملف { $file }
string-check-obsolete-file = ليس لدى { $locale } الملف { $file }: لا شيء يقرأ هذا الملف

## A syntax error, by what the translator typed ({ $near }: the text near it, as typed).

string-syntax-unclosed-placeable = هناك { "{" } غير مغلق: أضف { "}" } بعد «{ $near }»
string-syntax-unclosed-choice = متغيرات «{ $near }» غير مغلقة: أضف { "}" } في سطر مستقل بعد آخرها
string-syntax-stray-brace = القوس { "}" } في «{ $near }» لا يغلق شيئًا: احذفه، أو أضف القوس { "{" } الذي يُفترض أن يغلقه
string-syntax-bad-variable = يُكتب المتغيّر بالرمز $ يليه اسمه مباشرة، ويبدأ الاسم بحرف، مثل { "{ $minutes }" }: راجع «{ $near }»
string-syntax-unclosed-string = النص بين علامتي التنصيص «{ $near }» غير مغلق: أضف " قبل نهاية السطر
string-syntax-line-start = لا يمكن أن يبدأ سطر نص هنا بـ [ أو * أو .: «{ $near }». صِله بالسطر السابق، أو اكتب الحرف هكذا { "{ \"[\" }" }
string-syntax-entry-start = «{ $near }» لا ينتمي إلى أي رسالة: تبدأ الرسالة في أول السطر بمعرّفها ثم =، وتكون أسطرها الأخرى مزاحة إلى الداخل
string-syntax-missing-equals = تبدأ الرسالة بمعرّفها، وهو كلمة واحدة (حروف وأرقام و- و_)، ثم =: راجع «{ $near }»
string-syntax-bad-placeable = داخل { "{ }" } يوضع متغيّر (مثل { "{ $name }" }) أو رسالة أو مصطلح أو نص بين علامتي تنصيص: راجع «{ $near }»
string-syntax-no-text = لا نص بعد = في { $near }
string-syntax-variant-line = بعد -> يوضع كل متغير في سطر مستقل: ابدأ سطرًا جديدًا قبل «{ $near }»
string-syntax-bad-variant-key = مفتاح المتغير كلمة واحدة أو رقم بين [ و ]، مثل [one] أو [other]: راجع «{ $near }»
string-syntax-bad-escape = في النص بين علامتي التنصيص لا يلي \ إلا " أو \ أو رمز حرف مثل \u00A0: راجع «{ $near }»
string-syntax-bad-selector = لا يكون المحدد (قبل ->) إلا متغيّرًا أو رقمًا أو دالة مثل NUMBER($count): راجع «{ $near }»
string-syntax-function-call = راجع الدالة في «{ $near }»: اسمها بأحرف كبيرة، ثم وسائطها بين ( )، غير المسماة أولًا، وكل وسيط مسمى مرة واحدة، بقيمة رقم أو نص بين علامتي تنصيص
string-syntax-other = هذا ليس نص Fluent صالحًا قرب «{ $near }»

## The bin

bin-open = سلة المحذوفات
bin-heading = سلة المحذوفات
bin-empty = سلة المحذوفات فارغة.
bin-explain = تبقى المقالات المحذوفة هنا 30 يومًا ثم يزيلها المكتب. أما ما زال منشورًا على موقع أو ينتظر في صندوق الصادر أو له ترجمات فيبقى حتى تقرر.
bin-deleted-on = حُذف في { $when }
bin-purge-on = سيُزال تلقائيًا في { $when }
bin-kept-published = محفوظ: ما زال موقع يعرضه (ألغِ نشره أولًا)
bin-kept-pending = محفوظ: عملية له تنتظر في صندوق الصادر
bin-kept-translated = محفوظ: له ترجمات
bin-restore = استعادة
bin-delete-forever = حذف نهائي
bin-confirm = هل تريد حذف «{ $title }» ونسخه نهائيًا؟ لا يمكن التراجع عن ذلك.
bin-confirm-translated = هل تريد حذف «{ $title }» ونسخه و{ $count ->
        [zero] ترجماته
        [one] ترجمته
        [two] ترجمتيه
        [few] ترجماته الـ{ $count }
        [many] ترجماته الـ{ $count }
       *[other] ترجماته الـ{ $count }
    } نهائيًا؟ لا يمكن التراجع عن ذلك.

## Settings: developer

developer-heading = التطوير
developer-pseudo-locales = عرض اللغات الزائفة في قائمة اللغات
developer-pseudo-locales-hint = نصوص مشكّلة بعلامات (en-XA) ومعكوسة من اليمين إلى اليسار (ar-XB) مصنوعة من الإنجليزية: النص الذي يبقى إنجليزيًا عاديًا لم تتم ترجمته قط، والتخطيط الذي ينكسر هنا سينكسر في لغة حقيقية أيضًا.

## مساحة الترجمة

tr-dashboard-heading = الترجمات
tr-filter-missing = الناقصة
tr-filter-outdated = القديمة
tr-filter-locale = اللغة
tr-filter-all-locales = كل اللغات
tr-empty = لا توجد مقالة تطابق عوامل التصفية هذه.
tr-overview-failed = تعذّر عرض الترجمات: { $reason }
tr-state-missing = ناقصة
tr-state-outdated = قديمة
tr-source-deleted = حُذف النص الأصلي
tr-source-deleted-note = حُذف النص الأصلي لهذه الترجمة، واحتُفظ بالترجمة.
tr-restore-source = استعادة المقالة
tr-choose = اختر لغة إحدى المقالات من القائمة لترجمتها.
tr-load-failed = تعذّر فتح الترجمة: { $reason }
tr-source-heading = الأصل · { $language }
tr-target-heading = الترجمة · { $language }
tr-headline = العنوان
tr-standfirst = المقدمة
tr-block-label = الفقرة { $n } من الترجمة
tr-before = قبل:
tr-cut-fixed = يبقى الحد حيث وضعه النص الأصلي: ما يليه للمشتركين في كل اللغات.
tr-cut-removed = لم يعد في النص الأصلي حد هنا، فلا حد في هذه الترجمة أيضًا.
tr-standfirst-missing = للنص الأصلي مقدمة: ترجمها أيضًا، وإلا فلن يجد قرّاء هذه اللغة مقدمة.
tr-change-changed = تغيّر منذ اكتمال الترجمة
tr-change-added = جديد في الأصل
tr-change-removed = حُذف من الأصل
tr-preview-show = معاينة
tr-suggestions-heading = ذاكرة الترجمة
tr-suggestions-hint = ضع المؤشر في فقرة من الترجمة لترى الترجمات السابقة لأصلها.
tr-suggestions-none = لا توجد ترجمة سابقة لفقرة مشابهة.
tr-suggestion-score = { $score }٪
tr-suggestion-use = استخدم هذه الترجمة (تطابق { $score }٪)

## Links between articles, and what the page will not have

article-link-title = رابط إلى مقال
article-link-search = ابحث في العناوين والنصوص
article-link-none = لا يوجد مقال مطابق
article-link-hint = يربط الموقع بالمقال بلغة كل قارئ، ويبقى الرابط صحيحًا إن تغيّر عنوانه.
article-link-cancel = إلغاء
dropped-heading = لن يظهر في الصفحة المنشورة
dropped-link = السطر { $line }: الرابط إلى
dropped-image = السطر { $line }: الصورة
dropped-why-scheme = يقود الرابط إلى صفحة ويب (https://…) أو عنوان بريد (mailto:…) أو صفحة من هذا الموقع (/…)؛ ولا يُحفظ هذا النوع من العناوين
dropped-why-image-scheme = لا تُحفظ إلا الصور ذات عناوين http أو https
dropped-why-no-scheme = العنوان الذي يبدأ بـ // يقود إلى موقع آخر دون تحديد الطريقة: اكتب https://
dropped-why-article-id = ليس معرّف مقال: أدرج الرابط عبر «رابط إلى مقال»
dropped-why-relative-image = تحتاج الصورة إلى عنوان كامل (https://…) أو إلى إدراجها في المكتب
dropped-why-image-reference = مرجع صورة المكتب هذا تالف: أدرج الصورة مرة أخرى
dropped-why-malformed = ليس عنوانًا (هل فيه مسافة أو محرف تحكم؟)

## The header's newsroom sync
sync-progress = تجري المزامنة: { $done } من { $total }
sync-starting = جارٍ الاتصال بغرفة الأخبار…
sync-offline =
    { $waiting ->
        [0] غير متصل
        [one] غير متصل · تعديل واحد بالانتظار
        [two] غير متصل · تعديلان بالانتظار
        [few] غير متصل · { $waiting } تعديلات بالانتظار
        [many] غير متصل · { $waiting } تعديلًا بالانتظار
       *[other] غير متصل · { $waiting } تعديل بالانتظار
    }
sync-conflicts =
    { $count ->
        [zero] لا تعارضات
        [one] تعارض واحد يحتاج إلى حل
        [two] تعارضان يحتاجان إلى حل
        [few] { $count } تعارضات تحتاج إلى حل
        [many] { $count } تعارضًا يحتاج إلى حل
       *[other] { $count } تعارض يحتاج إلى حل
    }
sync-refused =
    { $count ->
        [zero] لم يُرفض أي تعديل
        [one] رُفض تعديل واحد
        [two] رُفض تعديلان
        [few] رُفضت { $count } تعديلات
        [many] رُفض { $count } تعديلًا
       *[other] رُفض { $count } تعديل
    }
sync-problem = فشلت المزامنة
sync-waiting =
    { $count ->
        [zero] لا تعديلات بالانتظار
        [one] تعديل واحد بالانتظار
        [two] تعديلان بالانتظار
        [few] { $count } تعديلات بالانتظار
        [many] { $count } تعديلًا بالانتظار
       *[other] { $count } تعديل بالانتظار
    }
sync-synced = متزامن
sync-now = زامن الآن
sync-last = آخر مزامنة: { $when }

## التعارض مع نسخة مكتب آخر
merge-banner =
    { $count ->
        [zero] لا تعارض مع { $who }.
        [one] غيّر { $who } في مكتب آخر المقطع نفسه الذي غيّرته. لا يمكن نشر هذا النص قبل أن تحسم الأمر.
        [two] غيّر { $who } في مكتب آخر مقطعين غيّرتهما أنت أيضًا. لا يمكن نشر هذا النص قبل أن تحسم الأمر.
        [few] غيّر { $who } في مكتب آخر { $count } مقاطع غيّرتها أنت أيضًا. لا يمكن نشر هذا النص قبل أن تحسم الأمر.
        [many] غيّر { $who } في مكتب آخر { $count } مقطعًا غيّرتها أنت أيضًا. لا يمكن نشر هذا النص قبل أن تحسم الأمر.
       *[other] غيّر { $who } في مكتب آخر { $count } مقطع غيّرتها أنت أيضًا. لا يمكن نشر هذا النص قبل أن تحسم الأمر.
    }
merge-resolve = حسم…
merge-heading = حسم التعارض ({ $language })
merge-intro = كل مقطع أدناه غُيّر هنا وفي مكتب آخر. اختر ما يبقى في النص؛ أما الباقي فقد دُمج بالفعل.
merge-side = { $who } · { $desk } · { $when }
merge-yours = نسختك
merge-theirs = نسخة { $who }
merge-theirs-short = النسخة الأخرى
merge-base = قبل التغييرين
merge-no-base = بدأ منفصلًا في المكتبين
merge-empty = (فارغ)
merge-removed = (محذوف)
merge-clash-label = المقطع { $n }
merge-choose = أي نسخة تبقى
merge-keep-mine = إبقاء نسختي
merge-take-theirs = أخذ النسخة الأخرى
merge-keep-both = إبقاء الاثنتين
merge-edit = تحرير
merge-result = سيصبح النص
merge-all-mine = إبقاء كل نسخي
merge-all-theirs = أخذ كل النسخ الأخرى
merge-field-title = العنوان
merge-field-standfirst = المقدمة
merge-field-body = النص
merge-same =
    { $count ->
        [zero] لا فقرات متطابقة
        [one] فقرة واحدة متطابقة في الجانبين
        [two] فقرتان متطابقتان في الجانبين
        [few] { $count } فقرات متطابقة في الجانبين
        [many] { $count } فقرة متطابقة في الجانبين
       *[other] { $count } فقرة متطابقة في الجانبين
    }
merge-left =
    { $count ->
        [zero] حُسمت كل المقاطع
        [one] بقي مقطع واحد للحسم
        [two] بقي مقطعان للحسم
        [few] بقيت { $count } مقاطع للحسم
        [many] بقي { $count } مقطعًا للحسم
       *[other] بقي { $count } مقطع للحسم
    }
merge-cancel = إلغاء
merge-save = حفظ الحسم
merge-failed = تعذّر حفظ الحسم: { $reason }
