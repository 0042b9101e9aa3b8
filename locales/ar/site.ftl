site-home = الرئيسية
latest-heading = الأحدث
no-articles = لم يُنشر شيء هنا بعد.
byline = بقلم { $byline }
reading-time = { $minutes } دقيقة قراءة
language-chooser = اقرأ بـ
subscribe-heading = تابع القراءة
subscribe-body = بقية هذا المقال لمشتركي { $tier }.
subscribe-button = اشترك
signin-link = تسجيل الدخول
signin-heading = تسجيل الدخول
signin-email = البريد الإلكتروني
signin-password = كلمة المرور
signin-submit = دخول
signin-failed = البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب.
signout-button = تسجيل الخروج
signed-in-as = مسجّل الدخول باسم { $email } ({ $tier })
not-found-heading = الصفحة غير موجودة
not-found-body = لا يوجد شيء على هذا العنوان.
footer-text = نُشر باستخدام Dateline.
sections-label = الأقسام
breadcrumbs-label = أنت هنا
subscribe-unavailable = الاشتراك عبر الإنترنت غير متاح بعد. إذا كنت مشتركًا بالفعل، فسجّل الدخول.
form-expired-heading = انتهت صلاحية هذا النموذج
form-expired-body = حفاظًا على أمانك، تبقى النماذج صالحة لمدة محدودة فقط. ارجع وأعد تحميل الصفحة ثم حاول مرة أخرى.
gone-heading = سُحب المقال
gone-body = لم يعد هذا المقال منشورًا.
error-heading = حدث خطأ ما
error-body = تعذّر عرض هذه الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.
form-expired-back = العودة إلى النموذج

## الحسابات: التسجيل

signin-no-account = ليس لديك حساب بعد؟
signup-link = أنشئ حسابًا
signup-heading = إنشاء حساب
signup-intro = الحساب مجاني. سنرسل إليك رسالة بريد إلكتروني لتأكيد العنوان.
signup-password-rules = { $min } أحرف على الأقل، ولا تكون عنوان بريدك الإلكتروني.
signup-submit = إنشاء الحساب
signup-have-account = لديك حساب بالفعل؟
signup-email-invalid = يُرجى إدخال عنوان بريد إلكتروني صحيح.
signup-password-short = يجب ألا تقل كلمة المرور عن { $min } أحرف.
signup-password-long = كلمة المرور طويلة جدًا.
signup-password-is-email = يجب ألا تكون كلمة المرور هي عنوان بريدك الإلكتروني.
signup-confirm-heading = أكّد حسابك
signup-confirm-body = هل تريد إنشاء الحساب للعنوان { $email }؟
signup-confirm-button = أنشئ حسابي
signup-again = سجّل من جديد
signup-exists-heading = لديك حساب بالفعل
signup-exists-body = لهذا العنوان حساب بالفعل. سجّل الدخول به.
check-inbox-heading = تحقّق من بريدك الوارد
check-inbox-sent = أرسلنا رسالة إلى { $email }.
check-inbox-signup = افتح الرابط الذي فيها خلال { $hours } ساعة لإتمام إنشاء حسابك. إن لم يصلك شيء، فتحقّق من مجلد الرسائل غير المرغوب فيها.
check-inbox-newsletter = افتح الرابط الذي فيها خلال { $hours } ساعة لتأكيد اشتراكك. إن لم يصلك شيء، فتحقّق من مجلد الرسائل غير المرغوب فيها.
mail-failed-heading = تعذّر إرسال الرسالة
mail-failed-body = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
too-many-heading = محاولات كثيرة جدًا
too-many-signin-body = حمايةً للحسابات، يُوقَف تسجيل الدخول مؤقتًا بعد عدة محاولات فاشلة.
too-many-mail-body = طُلب عدد كبير جدًا من الرسائل من هذا الاتصال.
try-again-in = { $minutes ->
    [zero] يُرجى المحاولة مرة أخرى بعد قليل.
    [one] يُرجى المحاولة مرة أخرى بعد دقيقة.
    [two] يُرجى المحاولة مرة أخرى بعد دقيقتين.
    [few] يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
    [many] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
   *[other] يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
}
link-expired-heading = لم يعد هذا الرابط صالحًا
link-expired-body = تبقى الروابط في رسائلنا صالحة لمدة محدودة، وبعضها لمرة واحدة فقط. اطلب من جديد وسنرسل إليك رابطًا جديدًا.

## صفحة الحساب

account-heading = حسابك
account-welcome = مرحبًا بك في { $site }! حسابك جاهز.
account-tier = الاشتراك
account-upgrade = عرض الاشتراكات
account-newsletter-on = أنت تتلقى النشرة البريدية.
account-newsletter-pending = اشتراكك في انتظار تأكيدك عبر البريد الإلكتروني.
account-newsletter-off = أنت لا تتلقى النشرة البريدية.
account-newsletter-start = الاشتراك في النشرة البريدية
account-newsletter-stop = إيقاف النشرة البريدية
account-session = الجلسة

## النشرة البريدية

newsletter-heading = النشرة البريدية
newsletter-intro = أفضل ما في { $site }، في بريدك الوارد.
newsletter-submit = اشترك
newsletter-privacy = نرسل إليك أولًا رسالة للتأكيد. وفي كل رسالة رابط لإلغاء الاشتراك.
newsletter-again = الاشتراك في النشرة البريدية
newsletter-box-label = تابع { $site } عبر البريد الإلكتروني
newsletter-email-placeholder = you@example.org
newsletter-box-button = اشترك
newsletter-confirm-heading = أكّد اشتراكك
newsletter-confirm-body = هل تريد إرسال النشرة البريدية إلى { $email }؟
newsletter-confirm-button = نعم، اشتركني
newsletter-confirmed-heading = تم اشتراكك
newsletter-confirmed-body = ستصل النشرة البريدية لـ{ $site } إلى { $email }.
unsubscribe-heading = إلغاء الاشتراك
unsubscribe-body = هل تريد إيقاف إرسال النشرة البريدية إلى { $email }؟
unsubscribe-button = ألغِ اشتراكي
unsubscribed-heading = تم إلغاء اشتراكك
unsubscribed-body = لن نرسل النشرة البريدية إلى { $email } بعد الآن.

## رسائل البريد الإلكتروني (نص عادي)

mail-signup-subject = أكّد حسابك في { $site }
mail-signup-intro = طلب أحدهم، ونرجو أن تكون أنت، إنشاء حساب في { $site } بعنوان البريد الإلكتروني هذا.
mail-signup-action = لإنشائه، افتح هذا الرابط خلال { $hours } ساعة:
mail-signup-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: لن يُنشأ أي حساب.
mail-exists-subject = حسابك في { $site }
mail-exists-intro = حاول أحدهم، ونرجو أن تكون أنت، إنشاء حساب في { $site } بعنوان البريد الإلكتروني هذا، لكن للعنوان حسابًا بالفعل.
mail-exists-action = لتسجيل الدخول، افتح:
mail-exists-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: لم يتغيّر شيء في حسابك.
mail-newsletter-subject = أكّد اشتراكك في { $site }
mail-newsletter-intro = طلب أحدهم، ونرجو أن تكون أنت، تلقّي النشرة البريدية لـ{ $site } على عنوان البريد الإلكتروني هذا.
mail-newsletter-action = للتأكيد، افتح هذا الرابط خلال { $hours } ساعة:
mail-newsletter-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: لن يتم اشتراكك.
mail-subscribed-subject = أنت تتلقى النشرة البريدية لـ{ $site } بالفعل
mail-subscribed-intro = طلب أحدهم، ونرجو أن تكون أنت، تلقّي النشرة البريدية لـ{ $site } على عنوان البريد الإلكتروني هذا.
mail-subscribed-nothing = هذا العنوان مشترك بالفعل، لذا لم يتغيّر شيء.
mail-footer = لإيقاف تلقّي النشرة البريدية لـ{ $site }، افتح:

# The reader's pages: listings, articles, feeds (issue 4)
feed-title = أحدث المقالات
feed-link = موجز Atom
skip-to-content = انتقل إلى المحتوى
page-number = الصفحة { $page }
subsections-label = الأقسام الفرعية
pagination-label = الصفحات
newer-stories = مقالات أحدث
older-stories = مقالات أقدم
updated-on = حُدّث في
source-label = المصدر:
tags-label = الوسوم
related-heading = اقرأ أيضًا

## إعادة تعيين كلمة المرور
signin-forgot = هل نسيت كلمة المرور؟
reset-heading = اختيار كلمة مرور جديدة
reset-intro = أدخل عنوان البريد الإلكتروني لحسابك. سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-submit = أرسل الرابط
reset-again = اطلب رابطًا جديدًا
reset-password-intro = اختر كلمة مرور جديدة لـ{ $email }. سيُسجَّل خروجك من كل مكان آخر.
reset-new-password = كلمة المرور الجديدة
reset-password-submit = احفظ كلمة المرور الجديدة
check-inbox-reset-sent = إن كان { $email } عنوان حساب لدينا، فقد أرسلنا إليه رسالة.
check-inbox-reset = افتح الرابط الذي فيها خلال { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
} لاختيار كلمة مرور جديدة. إن لم يصلك شيء، فتحقّق من مجلد الرسائل غير المرغوب فيها.
account-password-changed = حُفظت كلمة المرور الجديدة. سُجِّل الخروج من كل الجلسات الأخرى لحسابك.
mail-reset-subject = اختر كلمة مرور جديدة لـ{ $site }
mail-reset-intro = طلب أحدهم، ونرجو أن تكون أنت، اختيار كلمة مرور جديدة لحساب { $site } المرتبط بعنوان البريد الإلكتروني هذا.
mail-reset-action = لفعل ذلك، افتح هذا الرابط خلال { $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $hours } ساعات
    [many] { $hours } ساعةً
   *[other] { $hours } ساعة
}. لا يعمل إلا مرة واحدة:
mail-reset-ignore = إن لم تكن أنت، فتجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
