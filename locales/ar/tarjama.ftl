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
honorific-mr = السيد
honorific-ms = السيدة
# شخص في جدول الأعمال: الاسم، ثم صفته والجهة التي ينتمي إليها.
person-line = { $name }، { $description }
page-footer = الصفحة { $page } من { $pages }

## أشكال الاجتماعات
format-online = اجتماع عبر الإنترنت
format-in-person = اجتماع بالحضور الشخصي
format-hybrid = اجتماع بصيغة مختلطة
platform = المنصة: { $platform }
chatham-house-rule = يُعقد الاجتماع وفقاً لقاعدة تشاتام هاوس.

## أسماء اللغات كما ترد في النص الجاري
language-ar = العربية
language-en = الإنكليزية
language-fr = الفرنسية
language-es = الإسبانية
language-ru = الروسية
language-zh = الصينية
