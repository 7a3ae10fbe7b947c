event-series = حدث جانبي
event-title = شراكات من أجل الأطفال المتنقلين
event-short-title = حدث جانبي: الأطفال المتنقلون
event-intro = حدث جانبي يُعقد على هامش المنتدى.
section-purpose-heading = الغرض
section-purpose-body = تبادل الممارسات التي تحمي الأطفال المتنقلين.
org-network = شبكة الأمم المتحدة المعنية بالهجرة
person-chair = رئيس الأمانة، شبكة الأمم المتحدة المعنية بالهجرة
