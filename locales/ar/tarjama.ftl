# النصوص الخاصة بأداة tarjama، باللغة العربية. لكل لغة في locales/ المعرّفات نفسها؛
# وإذا غاب أحدها استُخدم النص الإنكليزي مع تحذير.

## المذكرة المفاهيمية
concept-note = مذكرة مفاهيمية
meeting-closed = اجتماع مغلق
meeting-open = اجتماع مفتوح
# سطر التاريخ تحت العنوان: "الأربعاء، 24 أيار/مايو 2023، 14:30–17:30 (CEST)".
date-time-line = { $date }، { $start }–{ $end } ({ $zone })
co-hosted-by = الجهات المشاركة في الاستضافة: { $hosts }
draft-agenda = مشروع جدول الأعمال
agenda-time = الوقت
agenda-item = البند
moderator = إدارة الحوار:
scene-setter = العرض التمهيدي:
panel = أعضاء حلقة النقاش:
speakers = المتكلمون:
agenda-opening-default = الملاحظات الافتتاحية
agenda-qa-default = أسئلة وأجوبة
agenda-break = استراحة
agenda-closing-default = الملاحظات الختامية
interpretation-heading = الترجمة الشفوية
interpretation-body = ستُوفَّر الترجمة الشفوية الفورية باللغات { $languages }.
interpretation-none = لن تُوفَّر ترجمة شفوية.
# شخص في جدول الأعمال: الاسم، ثم صفته والجهة التي ينتمي إليها.
person-line = { $name }، { $description }
page-footer = الصفحة { $page } من { $pages }

## أشكال الاجتماعات
format-online = اجتماع عبر الإنترنت
format-in-person = اجتماع بالحضور الشخصي
format-hybrid = اجتماع بصيغة مختلطة
# The concept note's format line: "Hybrid meeting (Webex)".
format-with-platform = { $format } ({ $platform })
chatham-house-rule = يُعقد الاجتماع وفقاً لقاعدة تشاتام هاوس.
revision-line = التنقيح { $n }

## أسماء اللغات كما ترد في النص الجاري
language-ar = العربية
language-en = الإنكليزية
language-fr = الفرنسية
language-es = الإسبانية
language-ru = الروسية
language-zh = الصينية

## جداول المقصورات (جدول لكل مقصورة ترجمة شفوية، بلغتها)
booth-schedule-title = جدول عمل المترجمين الشفويين: { $booth }
full-title = { $series }: { $title }
booth-ar = المقصورة العربية
booth-zh = المقصورة الصينية
booth-en = المقصورة الإنكليزية
booth-fr = المقصورة الفرنسية
booth-ru = المقصورة الروسية
booth-es = المقصورة الإسبانية
schedule-date = التاريخ:
schedule-time = الوقت:
schedule-format = الشكل:
remote-interpretation = ترجمة شفوية فورية عن بُعد
connection-test = اختبار الاتصال والصوت:
arrival = الوصول إلى المقصورة:
team-heading = الفريق
team-required = عدد المترجمين الشفويين في الفريق: { $count } ({ $reason }).
# A team listed larger than the rules require ($count: per shift).
team-larger = عدد المترجمين الشفويين في الفريق: { $count }، وهو أكثر مما تقتضيه القواعد ({ $required }): { $reason }.
team-smaller = عدد المترجمين الشفويين المطلوب في الفريق: { $required } ({ $reason }). العدد المتعاقد معه: { $count }.
team-placeholder = يُعيَّن لاحقاً
solo-length =
    العمل منفرداً دون زميل يتناوب معه: لا تسمح القواعد بأكثر من { $minutes } { $minutes ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } أمام الميكروفون.
turn-length =
    نوبات عمل لا تتجاوز { $minutes } { $minutes ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    }.
rota-heading = نوبات العمل
rota-time = الوقت
rota-item = بند جدول الأعمال
rota-floor = لغة المتكلم
rota-mic = أمام الميكروفون
rota-relay = الترجمة عبر لغة وسيطة
rota-continued = (تابع)
mode-own = { $language }: لغة المقصورة، الميكروفون مغلق
mode-retour = { $language }: الترجمة منها إلى { $into } (retour)
mode-relay = { $language }: عبر لغة وسيطة من { $booth }
mode-served = { $language }: الميكروفون مغلق، وتُبث على هذه القناة ترجمة { $booth } (retour)
relay-takes = تأخذ الترجمة الوسيطة من { $booth } ({ $language })
relay-gives = تقدم الترجمة الوسيطة إلى { $booths } ({ $language })
timeline-heading = نظرة عامة على المقصورات
findings-heading = ملاحظات
findings-none = لا توجد مخالفة لأي قاعدة: حجم الفريق ومدة النوبات والترجمة عبر لغة وسيطة والحدود اليومية كلها مطابقة للقواعد.
finding-error = مخالفة لقاعدة:
finding-warning = تنبيه:
rule-source = المصدر: { $source }
requirement-team-size = مترجمان شفويان على الأقل في كل مقصورة (المعايير المهنية للرابطة الدولية للمترجمين الشفويين للمؤتمرات (AIIC)، المادة { 6 })
requirement-retour-relay-team = المقصورة التي تعمل في الاتجاهين وتقدم الترجمة الوسيطة تحتاج إلى ثلاثة مترجمين (AIIC؛ ممارسة الأمم المتحدة)
requirement-remote-reinforced = اجتماع عن بُعد تزيد مدته على ثلاث ساعات (المبادئ التوجيهية للترجمة الشفوية عن بُعد الصادرة عن AIIC؛ ممارسة الأمم المتحدة)
requirement-solo = اجتماع قصير: يجوز أن يعمل مترجم شفوي واحد بمفرده
requirement-idle-booth = لا تعمل المقصورة أمام الميكروفون في أي وقت
# Team languages.
team-lang-a = اللغة A: { $languages }
team-lang-b = اللغة B: { $languages }
team-lang-c = اللغة C: { $languages }
list-separator = { "؛ " }

## ملاحظات أداة التخطيط (قسم «ملاحظات» في جدول المقصورة). المتغيرات:
## $booth و$from: رمزا المقصورتين ("AR")؛ $floor: اسم اللغة؛ $item: عنوان
## البند في جدول الأعمال؛ $has و$needs و$minutes و$max: أعداد؛
## $interpreter: اسم المترجم؛ $what: الحد المتجاوَز كما تصفه أداة التخطيط.
plan-team-too-small = عدد المترجمين الشفويين في المقصورة { $booth } أقل من المطلوب: العدد المتاح { $has }، والعدد المطلوب { $needs }
plan-two-step-relay = عند التكلم باللغة { $floor }، تعمل المقصورة { $booth } بالترجمة عبر لغة وسيطة من المقصورة { $from }، التي تعمل هي نفسها عبر لغة وسيطة (ترجمة عبر لغة وسيطة على مرحلتين)
plan-partial-language = لا يفهم اللغة { $floor } إلا بعض المترجمين الشفويين في المقصورة { $booth }؛ ولذلك تعمل المقصورة في هذه الخطة بالترجمة عبر لغة وسيطة (ويجوز لرئيس فريق المترجمين الشفويين أن يرتب لهم ترجمة المداخلات باللغة { $floor } ترجمةً مباشرة)
plan-idle-booth = لا تعمل المقصورة { $booth } أمام الميكروفون في أي وقت (لا يتضمن أي بند من جدول الأعمال لغةَ متكلم تترجم منها)؛ يُرجى التحقق من لغات المتكلمين أو إلغاء المقصورة
plan-idle-booth-served = لا تعمل المقصورة { $booth } أمام الميكروفون في أي وقت: تُبث على قناتها الترجمة العكسية (retour) من المقصورة { $from }، إذ لا يعمل أي مترجم في المقصورة { $booth } من لغة المتكلم؛ ولكي تعمل المقصورة { $booth }، يُرجى إدراج مترجميها في [[interpreters]] مع لغة المتكلم لغةً C
plan-daily-limit-session =
    ستبلغ مدة فترة عمل { $interpreter } { $minutes } { $minutes ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } ({ $start }–{ $end })، متجاوزةً الحد الأقصى البالغ { $max } { $max ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    }
plan-daily-limit-sessions = سيعمل { $interpreter } في { $count } فترات عمل في اليوم، متجاوزاً الحد الأقصى البالغ { $max }
plan-daily-limit-day =
    ستبلغ مدة عمل { $interpreter } في اليوم { $minutes } { $minutes ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    }، متجاوزةً الحد الأقصى البالغ { $max } { $max ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    }
plan-solo-too-long =
    ستبلغ مدة عمل { $interpreter } أمام الميكروفون دون تناوب { $minutes } { $minutes ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } (والحد الأقصى { $max } { $max ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    })
# Where each planning rule comes from (shown after a finding).
rule-source-team-size = المعايير المهنية للرابطة الدولية للمترجمين الشفويين للمؤتمرات (AIIC)، المادة { 6 }
rule-source-retour-relay-team = المعايير المهنية للرابطة الدولية للمترجمين الشفويين للمؤتمرات (AIIC)، المادة { 6 } (الترجمة الوسيطة من مقصورة تعمل في الاتجاهين)؛ ممارسة الأمم المتحدة
rule-source-remote-reinforced = المبادئ التوجيهية للترجمة الشفوية عن بُعد الصادرة عن الرابطة (AIIC) ({ 2019 })؛ ممارسة الأمم المتحدة في الاجتماعات عن بُعد
rule-source-solo = المعايير المهنية للرابطة (AIIC)، المادة { 6 } (مترجم شفوي واحد في الاجتماعات القصيرة فقط)
rule-source-turn-length = الممارسة المعتادة في المقصورات (نوبات مدتها { 30 } دقيقة تقريباً، و{ 20 } دقيقة في مقصورة من ثلاثة مترجمين)
rule-source-daily-limit = شروط العمل لدى الرابطات المنتسبة إلى الرابطة (AIIC) (فترتا عمل لا تتجاوز كل منهما { 4 } ساعات، و{ 7 } ساعات في اليوم)
rule-source-two-step-relay = المعايير المهنية للرابطة (AIIC)، المادة { 6 } (تجنب الترجمة الوسيطة المنهجية)
rule-source-partial-language = تكوين الفريق: تفترض الخطة أن أي عضو قد يعمل أمام الميكروفون
rule-source-no-floor-language = وصف الاجتماع
rule-source-idle-booth = وصف الاجتماع

## أنماط تجمع العناصر المركّبة (يجوز للمترجم تغيير ترتيبها)
document-title = { $title } – { $document }
running-header = { $title } – { $part }
time-with-zone = { $range } ({ $zone })
format-remote = { $format } ({ $remote })
fact-line = { $label } { $value }
schedule-venue = المكان:
schedule-platform = المنصة:
finding-line = { $severity } { $finding } ({ $source })
placeholder-interpreter = { $booth } { $n }
item-whole-meeting = الاجتماع بأكمله
plan-no-floor-language = لم تُحدَّد لغة المتكلم في بند جدول الأعمال «{ $item }»، ولذلك لم تُبرمَج أي مقصورة للعمل أمام الميكروفون

## الأمر `tarjama plan` (الخطة كاملة في الطرفية)
plan-overview-title = خطة الترجمة الشفوية
plan-booths = المقصورات: { $booths }.
plan-teams-per-booth = اليوم أطول من أن يعمل فيه فريق واحد: { $teams ->
        [zero] تتناوب { $teams } أفرقة
        [one] يعمل فريق واحد
        [two] يتناوب فريقان
        [few] تتناوب { $teams } أفرقة
        [many] يتناوب { $teams } فريقاً
       *[other] يتناوب { $teams } فريق
    } في كل مقصورة حسب فترات العمل.
plan-teams-short = اليوم أطول من أن يعمل فيه فريق واحد: تقتضي القواعد أن { $teams ->
        [zero] تتناوب { $teams } أفرقة
        [one] يعمل فريق واحد
        [two] يتناوب فريقان
        [few] تتناوب { $teams } أفرقة
        [many] يتناوب { $teams } فريقاً
       *[other] يتناوب { $teams } فريق
    } في كل مقصورة حسب فترات العمل، والعدد المطلوب من المترجمين الشفويين { $needed }؛ العدد المتعاقد معه: { $count }.
team-shift-arrivals = { $remote ->
        [yes] اختبار الاتصال والصوت لكل فريق: { $times }.
       *[no] وصول كل فريق إلى المقصورة: { $times }.
    }

## تقاويم المترجمين الشفويين
cal-connection-summary = اختبار الاتصال والصوت – { $booth }: { $title }
cal-arrival-summary = الوصول إلى المقصورة – { $booth }: { $title }
cal-turn-summary = أمام الميكروفون – { $booth }: { $title }
cal-part = { $time } { $item }
cal-online = عبر الإنترنت
cal-alarm-test = اختبار الاتصال والصوت بعد { $minutes } دقائق
cal-alarm-arrival = الوصول إلى المقصورة بعد { $minutes } دقائق
cal-alarm-turn = دورك أمام الميكروفون بعد { $minutes } دقائق
team-member = { $recruit ->
    [yes] { $name } (يُعيَّن لاحقاً) – { $languages } – { $work }
   *[no] { $name } – { $languages } – { $work }
}

## التواريخ والأوقات التي لم تُعرف بعد
date-tbc = التاريخ والوقت: يُحدَّدان لاحقاً
date-tbc-short = يُحدَّد لاحقاً
date-line-time-tbc = { $date }، الوقت: يُحدَّد لاحقاً
date-tbc-time-line = التاريخ: يُحدَّد لاحقاً، { $start }–{ $end } ({ $zone })
time-tbc = يُحدَّد لاحقاً
zone-with-offset = { $zone }، UTC{ $offset }
# "UTC+7": a code, the same in every language; untranslated on purpose.
zone-offset = UTC{ $offset }

## الألقاب وفق البروتوكول
honorific = { $title ->
    [mr] السيد
    [ms] السيدة
    [mrs] السيدة
    [dr] { $gender ->
        [female] الدكتورة
       *[other] الدكتور
    }
   *[prof] { $gender ->
        [female] الأستاذة
       *[other] الأستاذ
    }
}
# "سعادة" للسفراء والممثلين الدائمين، كما في وثائق الأمم المتحدة العربية.
excellency = { $gender ->
   *[other] سعادة
} { $title }
excellency-alone = { $gender ->
    [female] سعادة السيدة
   *[other] سعادة السيد
}
person-name = { $title } { $name }
remarks-by = كلمات:
break-interpreted = مع الترجمة الشفوية
break-not-interpreted = دون ترجمة شفوية (ميكروفونات المقصورات مغلقة)
# The same in the concept note, for participants (no booth detail).
break-without-interpretation = دون ترجمة شفوية

## جداول المقصورات: المعلومات العملية والفريق والبرنامج
schedule-link = الرابط:
schedule-meeting-id = رقم الاجتماع:
schedule-revision = التنقيح:
schedule-channel = القناة:
your-channel = تترجمون على قناة اللغة { $channel }
schedule-chief-interpreter = رئيس فريق المترجمين الشفويين:
schedule-technical-contact = جهة الاتصال التقنية:
team-not-on-duty = ليس في الخدمة
# The team section of a booth nobody works in ($from: booth codes; $language: the booth's).
team-idle = لا يعمل أي مترجم في هذه المقصورة: لا يتضمن أي بند من بنود جدول الأعمال لغةَ متكلم تترجم منها، وتنقل قناتها صوت القاعة.
team-idle-served = لا يعمل أي مترجم في هذه المقصورة: تنقل قناتها الترجمة العكسية (retour) من المقصورة { $from }، أو صوت القاعة عندما تكون لغة المتكلم { $language }.
team-duty =
    في الخدمة { $duty }؛ عدد النوبات { $turns }، و{ $minutes } { $minutes ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } أمام الميكروفون
booth-live-share =
    تعمل المقصورة خلال { $live } { $live ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } من أصل { $meeting } { $meeting ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } من مدة الاجتماع ({ $percent } في المائة): تغطي نوباتها كل بند قد يُتكلم فيه بلغة تترجم منها.
rota-how-to-read = يبين كل بند من بنود جدول الأعمال المتكلمين فيه وما تفعله المقصورة عندما يتكلمون. ويجري التناوب داخل البند عند أول تغيير للمتكلم بعد الوقت المبين.
rota-off-break = استراحة: الميكروفون مغلق
rota-off-no-floor = الميكروفون مغلق: لم تُحدَّد لغة المتكلم
rota-off-own = الميكروفون مغلق: يتكلم المتكلم بلغة المقصورة
rota-off-served = الميكروفون مغلق: تُبث على هذه القناة ترجمة مقصورة أخرى (retour)
handover-at-speaker = التناوب عند أول تغيير للمتكلم بعد { $time }
handover-at-pause = التناوب عند توقف طبيعي نحو { $time }
language-expected = { $what } (متوقَّع، يُؤكَّد لاحقاً)
speaker-language = { " – " }{ $what }
mode-direct = { $language }: ترجمة مباشرة
mode-retour-channel = { $language }: الترجمة منها إلى { $into } (retour) على قناة اللغة { $into }
mode-relay-channel = { $language }: ترجمة وسيطة على قناة اللغة { $channel }
mode-relay-retour-channel = { $language }: ترجمة وسيطة على قناة اللغة { $channel }، وهي ترجمة { $booth } (retour)
mode-relay-retour = { $language }: ترجمة وسيطة من { $booth }، وهي ترجمتها إلى { $into } (retour)
relay-takes-channel = ترجمة وسيطة ({ $language }): قناة اللغة { $channel }
timeline-break = استراحة
timeline-legend = يمثل كل شريط نوبة عمل أمام الميكروفون، وتميز الألوان بين مترجمي المقصورة الواحدة. وصف المقصورة { $booth } مظلَّل بلون مميز، والأشرطة المظللة بالرمادي استراحات.
timeline-legend-all = يمثل كل شريط نوبة عمل أمام الميكروفون، وتميز الألوان بين مترجمي المقصورة الواحدة، والأشرطة المظللة استراحات.
names-heading = الأسماء والمصطلحات
names-intro = أسماء الأشخاص والجهات المضيفة ومصطلحات الاجتماع بكل لغة من لغات الترجمة الشفوية.
# Under names-intro when a booth language has no .ftl file of the meeting's.
names-left-out = اللغات التي لم يُقدَّم بها نص الاجتماع ليس لها عمود: { $languages }.
# Under names-intro when such a language keeps its column for the names the event file writes in it.
names-fallback = لم يُقدَّم نص الاجتماع باللغة { $languages }: في عمودها الأسماء وحدها بهذه اللغة، والباقي باللغة { $fallback }.
plan-high-live-share =
    تعمل المقصورة { $booth }، وهي فريق من مترجمَين اثنين، { $live } { $live ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } من أصل { $meeting } { $meeting ->
        [zero] دقيقة
        [one] دقيقة
        [two] دقيقة
        [few] دقائق
        [many] دقيقة
       *[other] دقيقة
    } من هذا الاجتماع المعقود عن بُعد، أي أكثر من { $max } في المائة: وسيطلب المنسق مترجماً ثالثاً
rule-source-remote-live-share = المبادئ التوجيهية للترجمة الشفوية عن بُعد الصادرة عن الرابطة (AIIC) ({ 2019 }) بشأن إجهاد العمل عن بُعد؛ عتبة tarjama

## نسخة المراجعة الثنائية اللغة (tarjama proof): $lang اللغة التي تُراجَع،
## و$against اللغة التي تُقارَن بها (أسماء اللغات كما ترد في النص).
proof-title = نسخة المراجعة الثنائية اللغة: { $lang } مقابل { $against }
proof-intro = يضم كل صف رسالة واحدة باللغتين، بترتيب الوثيقة المحررة باللغة { $against }. والصفوف المظللة رسائل ناقصة باللغة { $lang } (ويظهر فيها النص باللغة { $against })؛ والملاحظات الواردة تحت معرّف الرسالة هي نتائج أداة الفحص.
proof-message = معرّف الرسالة
proof-missing = ناقصة باللغة { $lang }: تعرض الوثيقة النص باللغة { $fallback }
proof-summary = عدد الصفوف: { $rows } · الناقصة: { $missing } · النتائج: { $findings }
proof-finding-error = خطأ:
proof-finding-warning = تنبيه:
