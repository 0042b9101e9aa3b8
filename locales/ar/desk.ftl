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
site-none = لا يوجد موقع متصل. راجع ملف README.
keyring-unavailable = لا توجد سلسلة مفاتيح للنظام: النشر متوقف. لا يُحفظ رمز الواجهة البرمجية في أي مكان آخر.
language-label = اللغة
