<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Workshop Kit</source>
      <translation>حول Workshop Kit</translation>
      <extra-wk-built>83c6801f3f90</extra-wk-built>
    </message>
    <message>
      <source>Data file: {path}</source>
      <translation>ملف البيانات: {path}</translation>
      <extra-wk-built>4253e6f97d8b</extra-wk-built>
    </message>
    <message>
      <source>Offline toolkit for Al Wassit trainers: curricula, participants, QR check-in, attendance and certificates.</source>
      <translation>أدوات تعمل دون اتصال لمكوّني برنامج الوسيط: المناهج، المشاركون، تسجيل الحضور برمز QR، الحضور والشهادات.</translation>
      <extra-wk-built>de7ef0ff1e41</extra-wk-built>
    </message>
    <message>
      <source>encryption</source>
      <translation>التشفير</translation>
      <extra-wk-built>b1e52c0f2e9f</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AgendaSaveDialog</name>
    <message numerus="yes">
      <source>%n attendance record(s) stay with it</source>
      <translation>
        <numerusform>يبقى معها %n سجل حضور</numerusform>
        <numerusform>يبقى معها سجل حضور واحد</numerusform>
        <numerusform>يبقى معها سجلا حضور</numerusform>
        <numerusform>يبقى معها %n سجلات حضور</numerusform>
        <numerusform>يبقى معها %n سجل حضور</numerusform>
        <numerusform>يبقى معها %n سجل حضور</numerusform>
      </translation>
      <extra-wk-built>023ae0130843</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n issued certificate(s) would no longer match the attendance rule: {names}.</source>
      <translation>
        <numerusform>%n شهادة مسلَّمة لن تعود مطابقة لقاعدة الحضور: {names}.</numerusform>
        <numerusform>شهادة مسلَّمة واحدة لن تعود مطابقة لقاعدة الحضور: {names}.</numerusform>
        <numerusform>شهادتان مسلَّمتان لن تعودا مطابقتين لقاعدة الحضور: {names}.</numerusform>
        <numerusform>%n شهادات مسلَّمة لن تعود مطابقة لقاعدة الحضور: {names}.</numerusform>
        <numerusform>%n شهادة مسلَّمة لن تعود مطابقة لقاعدة الحضور: {names}.</numerusform>
        <numerusform>%n شهادة مسلَّمة لن تعود مطابقة لقاعدة الحضور: {names}.</numerusform>
      </translation>
      <extra-wk-built>fe684883bcf2</extra-wk-built>
    </message>
    <message>
      <source>(no module)</source>
      <translation>(بدون وحدة)</translation>
      <extra-wk-built>669ab046df8e</extra-wk-built>
    </message>
    <message>
      <source>Add: keep the sessions that have attendance and add the planned ones beside them</source>
      <translation>إضافة: الإبقاء على الجلسات التي سُجّل فيها حضور وإضافة الجلسات المبرمجة بجانبها</translation>
      <extra-wk-built>d2089ece74ca</extra-wk-built>
    </message>
    <message>
      <source>Attendance rates that change: {n}</source>
      <translation>نسب الحضور التي تتغيّر: {n}</translation>
      <extra-wk-built>e68672921b7f</extra-wk-built>
    </message>
    <message>
      <source>I have seen it: save anyway</source>
      <translation>اطّلعت على ذلك: احفظ رغم ذلك</translation>
      <extra-wk-built>7147950a3936</extra-wk-built>
    </message>
    <message>
      <source>New session {when}: {title}</source>
      <translation>جلسة جديدة {when}: {title}</translation>
      <extra-wk-built>ea9827334699</extra-wk-built>
    </message>
    <message>
      <source>No session changes.</source>
      <translation>لا تتغيّر أي جلسة.</translation>
      <extra-wk-built>49283cd07962</extra-wk-built>
    </message>
    <message>
      <source>Nobody's attendance rate changes.</source>
      <translation>لا تتغيّر نسبة حضور أي أحد.</translation>
      <extra-wk-built>aafe9bb57e42</extra-wk-built>
    </message>
    <message>
      <source>Replace: the planned sessions take the existing sessions of their day (attendance already recorded stays with its time slot)</source>
      <translation>استبدال: تحلّ الجلسات المبرمجة محلّ الجلسات الموجودة في اليوم نفسه (يبقى الحضور المسجّل في وقته)</translation>
      <extra-wk-built>f19287b833f9</extra-wk-built>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>حفظ البرنامج</translation>
      <extra-wk-built>282590479efe</extra-wk-built>
    </message>
    <message>
      <source>Session {number} ({when}) is removed: nobody attended it</source>
      <translation>تُحذف الجلسة {number} ({when}): لم يحضرها أحد</translation>
      <extra-wk-built>6e61714c45e4</extra-wk-built>
    </message>
    <message>
      <source>Session {number} ({when}) keeps its time, without a module</source>
      <translation>تحتفظ الجلسة {number} ({when}) بوقتها، بدون وحدة</translation>
      <extra-wk-built>1f095057b8b5</extra-wk-built>
    </message>
    <message>
      <source>Session {number} becomes {when}: {title}</source>
      <translation>تصبح الجلسة {number}: {when}: {title}</translation>
      <extra-wk-built>a7a1a7c48e56</extra-wk-built>
    </message>
    <message>
      <source>Sessions of the workshop: {before} → {after}</source>
      <translation>جلسات الورشة: {before} ← {after}</translation>
      <extra-wk-built>1688b6583ff0</extra-wk-built>
    </message>
    <message>
      <source>no longer eligible</source>
      <translation>(لم يعد مؤهَّلاً للشهادة)</translation>
      <extra-wk-built>d7b8416c5ecc</extra-wk-built>
    </message>
    <message>
      <source>now eligible</source>
      <translation>(أصبح مؤهَّلاً للشهادة)</translation>
      <extra-wk-built>49402e8faeb3</extra-wk-built>
    </message>
    <message>
      <source>{name}: attendance {before} % → {after} %</source>
      <translation>{name}: الحضور {before}٪ ← {after}٪</translation>
      <extra-wk-built>4fad0eb0ff20</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <source>(module not installed)</source>
      <translation>(الوحدة غير مثبتة)</translation>
      <extra-wk-built>35c2a368a823</extra-wk-built>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختيارية)</translation>
      <extra-wk-built>59069965a554</extra-wk-built>
    </message>
    <message>
      <source>Agenda of: {title}</source>
      <translation>برنامج: {title}</translation>
      <extra-wk-built>022efa83dfe2</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>اختاروا ورشة أو أنشئوها أولاً (صفحة الورشات).</translation>
      <extra-wk-built>a53431ae6b57</extra-wk-built>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>اليوم {n} — {date}</translation>
      <extra-wk-built>f7358b3a845c</extra-wk-built>
    </message>
    <message>
      <source>Earlier</source>
      <translation>أبكر</translation>
      <extra-wk-built>0ac276382d80</extra-wk-built>
    </message>
    <message>
      <source>Export agenda (.docx)…</source>
      <translation>تصدير البرنامج ‎(.docx)‎…</translation>
      <extra-wk-built>9da03eb79617</extra-wk-built>
    </message>
    <message>
      <source>Later</source>
      <translation>لاحقاً</translation>
      <extra-wk-built>cb18734303b0</extra-wk-built>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
      <extra-wk-built>b24262b34f38</extra-wk-built>
    </message>
    <message>
      <source>Modules and their sessions</source>
      <translation>الوحدات وجلساتها</translation>
      <extra-wk-built>1ae45c7698f4</extra-wk-built>
    </message>
    <message>
      <source>Next day</source>
      <translation>اليوم التالي</translation>
      <extra-wk-built>5c89e28d6925</extra-wk-built>
    </message>
    <message>
      <source>Place on this day</source>
      <translation>وضعها في هذا اليوم</translation>
      <extra-wk-built>60a68a6fba94</extra-wk-built>
    </message>
    <message>
      <source>Placed on {date} at {time}</source>
      <translation>مبرمجة يوم {date} على الساعة {time}</translation>
      <extra-wk-built>85f342c8c3cb</extra-wk-built>
    </message>
    <message>
      <source>Previous day</source>
      <translation>اليوم السابق</translation>
      <extra-wk-built>17aed60fec6d</extra-wk-built>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
      <extra-wk-built>3054d6b491cc</extra-wk-built>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>حفظ البرنامج</translation>
      <extra-wk-built>282590479efe</extra-wk-built>
    </message>
    <message>
      <source>Save to the workshop</source>
      <translation>حفظ في الورشة</translation>
      <extra-wk-built>b9935b466cba</extra-wk-built>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
      <extra-wk-built>e2be2a4d79dc</extra-wk-built>
    </message>
    <message>
      <source>Set start</source>
      <translation>تحديد البداية</translation>
      <extra-wk-built>85504bcef3af</extra-wk-built>
    </message>
    <message>
      <source>This day ends late; move a session to another day.</source>
      <translation>هذا اليوم ينتهي متأخراً؛ انقلوا جلسة إلى يوم آخر.</translation>
      <extra-wk-built>cca434d1d146</extra-wk-built>
    </message>
    <message>
      <source>Time</source>
      <translation>التوقيت</translation>
      <extra-wk-built>9c19003be80c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Total: {time} over %n day(s)</source>
      <translation>
        <numerusform>المجموع: {time} على %n يوم</numerusform>
        <numerusform>المجموع: {time} على يوم واحد</numerusform>
        <numerusform>المجموع: {time} على يومين</numerusform>
        <numerusform>المجموع: {time} على %n أيام</numerusform>
        <numerusform>المجموع: {time} على %n يومًا</numerusform>
        <numerusform>المجموع: {time} على %n يوم</numerusform>
      </translation>
      <extra-wk-built>b3f5e37d182c</extra-wk-built>
    </message>
    <message>
      <source>not saved</source>
      <translation>غير محفوظ</translation>
      <extra-wk-built>2ba6832f16a6</extra-wk-built>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — غير مثبتة على هذا الحاسوب</translation>
      <extra-wk-built>69443871bccb</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendanceHistoryDialog</name>
    <message numerus="yes">
      <source>%n correction(s) in the grid of this workshop.</source>
      <translation>
        <numerusform>%n تصحيح في جدول حضور هذه الورشة.</numerusform>
        <numerusform>تصحيح واحد في جدول حضور هذه الورشة.</numerusform>
        <numerusform>تصحيحان في جدول حضور هذه الورشة.</numerusform>
        <numerusform>%n تصحيحات في جدول حضور هذه الورشة.</numerusform>
        <numerusform>%n تصحيحًا في جدول حضور هذه الورشة.</numerusform>
        <numerusform>%n تصحيح في جدول حضور هذه الورشة.</numerusform>
      </translation>
      <extra-wk-built>85946b2d04f8</extra-wk-built>
    </message>
    <message>
      <source>Attendance corrections</source>
      <translation>تصحيحات الحضور</translation>
      <extra-wk-built>ac918a5a4146</extra-wk-built>
    </message>
    <message>
      <source>Attendance grid</source>
      <translation>جدول الحضور</translation>
      <extra-wk-built>b83c21d83e79</extra-wk-built>
    </message>
    <message>
      <source>Before → after</source>
      <translation>قبل ← بعد</translation>
      <extra-wk-built>9d071f156622</extra-wk-built>
    </message>
    <message>
      <source>By</source>
      <translation>بواسطة</translation>
      <extra-wk-built>a98b66bae2c9</extra-wk-built>
    </message>
    <message>
      <source>Command line</source>
      <translation>سطر الأوامر</translation>
      <extra-wk-built>d97407decc22</extra-wk-built>
    </message>
    <message>
      <source>No correction has been made in the grid of this workshop.</source>
      <translation>لم يُجرَ أي تصحيح في جدول حضور هذه الورشة.</translation>
      <extra-wk-built>ec56add5ac05</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
      <extra-wk-built>1fc1032ab0ef</extra-wk-built>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
      <extra-wk-built>e2be2a4d79dc</extra-wk-built>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
      <extra-wk-built>b23da011a7be</extra-wk-built>
    </message>
    <message>
      <source>{before} → {after}</source>
      <translation>{before} ← {after}</translation>
      <extra-wk-built>636ce9a33cff</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message numerus="yes">
      <source>%n more session(s) needed</source>
      <translation>
        <numerusform>تلزم %n جلسة إضافية</numerusform>
        <numerusform>تلزم جلسة إضافية واحدة</numerusform>
        <numerusform>تلزم جلستان إضافيتان</numerusform>
        <numerusform>تلزم %n جلسات إضافية</numerusform>
        <numerusform>تلزم %n جلسة إضافية</numerusform>
        <numerusform>تلزم %n جلسة إضافية</numerusform>
      </translation>
      <extra-wk-built>97a27d4fb2e6</extra-wk-built>
    </message>
    <message>
      <source>Attended</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>Attended per session</source>
      <translation>الحاضرون في كل جلسة</translation>
      <extra-wk-built>2d1596f04ec3</extra-wk-built>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
      <extra-wk-built>10600456c576</extra-wk-built>
    </message>
    <message>
      <source>Checked in at {time} ({method})</source>
      <translation>سُجّل الحضور في {time} ({method})</translation>
      <extra-wk-built>e5ffb5035f90</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
      <extra-wk-built>1fc1032ab0ef</extra-wk-built>
    </message>
    <message>
      <source>Rate</source>
      <translation>النسبة</translation>
      <extra-wk-built>0b39fb8d555d</extra-wk-built>
    </message>
    <message>
      <source>Session {number}: {date} {start}–{end}</source>
      <translation>الجلسة {number}: {date} {start}–{end}</translation>
      <extra-wk-built>9075a61060c0</extra-wk-built>
    </message>
    <message>
      <source>S{number}</source>
      <translation>ج{number}</translation>
      <extra-wk-built>c60f24e7e584</extra-wk-built>
    </message>
    <message>
      <source>eligible</source>
      <translation>مؤهَّل</translation>
      <extra-wk-built>6c87b476a512</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n مشارك</numerusform>
        <numerusform>مشارك واحد</numerusform>
        <numerusform>مشاركان</numerusform>
        <numerusform>%n مشاركين</numerusform>
        <numerusform>%n مشاركًا</numerusform>
        <numerusform>%n مشارك</numerusform>
      </translation>
      <extra-wk-built>48fbf16974c8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n جلسة</numerusform>
        <numerusform>جلسة واحدة</numerusform>
        <numerusform>جلستان</numerusform>
        <numerusform>%n جلسات</numerusform>
        <numerusform>%n جلسة</numerusform>
        <numerusform>%n جلسة</numerusform>
      </translation>
      <extra-wk-built>7147f4eaa181</extra-wk-built>
    </message>
    <message>
      <source>A signed file for another laptop or the coordinator</source>
      <translation>ملف موقَّع لحاسوب آخر أو للمنسق</translation>
      <extra-wk-built>807cbe627714</extra-wk-built>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>Bundle written: {path} (signed by key {key_id}).</source>
      <translation>تمت كتابة الحزمة: {path} (موقَّعة بالمفتاح {key_id}).</translation>
      <extra-wk-built>8eb1af7204d7</extra-wk-built>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV ‪(*.csv)</translation>
      <extra-wk-built>0f064fa853f3</extra-wk-built>
    </message>
    <message>
      <source>Certificate rule: at least {pct} % of sessions (present or late; excused sessions are not counted). Eligible now: {eligible} of {n}.</source>
      <translation>قاعدة الشهادة: حضور {pct} % على الأقل من الجلسات (حاضر أو متأخر؛ الجلسات المعذورة لا تُحتسب). المؤهلون حاليًا: {eligible} من {n}.</translation>
      <extra-wk-built>78e776a0466b</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>اختاروا ورشة أو أنشئوها أولًا.</translation>
      <extra-wk-built>322766a38b80</extra-wk-built>
    </message>
    <message>
      <source>Correction history…</source>
      <translation>سجل التصحيحات…</translation>
      <extra-wk-built>1d1d1515235e</extra-wk-built>
    </message>
    <message>
      <source>Donor report</source>
      <translation>تقرير الجهة المانحة</translation>
      <extra-wk-built>be1ed1e1eb5b</extra-wk-built>
    </message>
    <message>
      <source>Double-click a cell to correct it, or type 1 present, 2 late, 3 absent, 4 excused, Delete to clear; every correction is kept in the audit log.</source>
      <translation>انقر مرتين على خانة لتصحيحها، أو اكتب 1 حاضر، 2 متأخر، 3 غائب، 4 غائب بعذر، و Delete للمسح؛ يُحفظ كل تصحيح في سجل التدقيق.</translation>
      <extra-wk-built>4d35f900410a</extra-wk-built>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‪(*.xlsx)</translation>
      <extra-wk-built>080c7456e7be</extra-wk-built>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>تصدير CSV…</translation>
      <extra-wk-built>db71d6d8b8bb</extra-wk-built>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>تصدير Excel…</translation>
      <extra-wk-built>e5239705bb99</extra-wk-built>
    </message>
    <message>
      <source>Export attendance</source>
      <translation>تصدير الحضور</translation>
      <extra-wk-built>235383d32424</extra-wk-built>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>تصدير حزمة</translation>
      <extra-wk-built>84889094f95d</extra-wk-built>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>تصدير حزمة…</translation>
      <extra-wk-built>11b1a2419bb3</extra-wk-built>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
      <extra-wk-built>eab30f47d2cc</extra-wk-built>
    </message>
    <message>
      <source>Grid</source>
      <translation>الجدول</translation>
      <extra-wk-built>324923502d06</extra-wk-built>
    </message>
    <message>
      <source>Import bundles</source>
      <translation>استيراد حزم</translation>
      <extra-wk-built>5f3ae3b94f9b</extra-wk-built>
    </message>
    <message>
      <source>Import bundles…</source>
      <translation>استيراد حزم…</translation>
      <extra-wk-built>872630f195a2</extra-wk-built>
    </message>
    <message>
      <source>Import this time</source>
      <translation>الاستيراد هذه المرة</translation>
      <extra-wk-built>38d0824e6570</extra-wk-built>
    </message>
    <message>
      <source>Importing…</source>
      <translation>جارٍ الاستيراد…</translation>
      <extra-wk-built>2116a0b32a96</extra-wk-built>
    </message>
    <message>
      <source>Merge the check-ins of other laptops into this one</source>
      <translation>دمج تسجيلات الحضور من الحواسيب الأخرى في هذا الحاسوب</translation>
      <extra-wk-built>9daad98b5c48</extra-wk-built>
    </message>
    <message>
      <source>Printable Word sheets, one per session, with a signature column</source>
      <translation>أوراق Word للطباعة، ورقة لكل جلسة، مع عمود للتوقيع</translation>
      <extra-wk-built>00192c6c46e6</extra-wk-built>
    </message>
    <message>
      <source>Sign-in sheets…</source>
      <translation>أوراق التوقيع…</translation>
      <extra-wk-built>3cdcbc1cd993</extra-wk-built>
    </message>
    <message>
      <source>This bundle is signed by a key this laptop does not know ({key_id}). Import it only if you know which laptop it comes from.</source>
      <translation>هذه الحزمة موقَّعة بمفتاح لا يعرفه هذا الحاسوب ({key_id}). لا تستوردها إلا إذا كنت تعرف الحاسوب الذي جاءت منه.</translation>
      <extra-wk-built>836ca04aec42</extra-wk-built>
    </message>
    <message>
      <source>Trust this laptop and import</source>
      <translation>الوثوق بهذا الحاسوب والاستيراد</translation>
      <extra-wk-built>149ce028ef17</extra-wk-built>
    </message>
    <message>
      <source>Unknown signer</source>
      <translation>موقِّع غير معروف</translation>
      <extra-wk-built>f9f7a1e10a1d</extra-wk-built>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‪(*.docx)</translation>
      <extra-wk-built>34e20214d316</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit bundles (*.zip)</source>
      <translation>حزم Workshop Kit ‪(*.zip)</translation>
      <extra-wk-built>65b122255e7a</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
      <extra-wk-built>002cec5a3e61</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
      <extra-wk-built>e08dbd93e39a</extra-wk-built>
    </message>
    <message>
      <source>{participants}, {sessions}</source>
      <translation>{participants}، {sessions}</translation>
      <extra-wk-built>8cbe9d4f502e</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CameraPanel</name>
    <message>
      <source>Camera off.</source>
      <translation>الكاميرا متوقفة.</translation>
      <extra-wk-built>e421856bafa6</extra-wk-built>
    </message>
    <message>
      <source>No camera found.</source>
      <translation>لم يُعثر على أي كاميرا.</translation>
      <extra-wk-built>8d8f91965f61</extra-wk-built>
    </message>
    <message>
      <source>Start camera</source>
      <translation>تشغيل الكاميرا</translation>
      <extra-wk-built>26bc50f3afcd</extra-wk-built>
    </message>
    <message>
      <source>Stop camera</source>
      <translation>إيقاف الكاميرا</translation>
      <extra-wk-built>989cd5362db8</extra-wk-built>
    </message>
    <message>
      <source>The camera could not start ({error}).</source>
      <translation>تعذّر تشغيل الكاميرا ({error}).</translation>
      <extra-wk-built>77d1553218dd</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CertificatesPage</name>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
      <extra-wk-built>6b1fff8b903c</extra-wk-built>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>إنشاء الشهادات</translation>
      <extra-wk-built>bf0ea83ed03a</extra-wk-built>
    </message>
    <message>
      <source>Outbox</source>
      <translation>صندوق الإرسال</translation>
      <extra-wk-built>c10dbf40d5e8</extra-wk-built>
    </message>
    <message>
      <source>Verify</source>
      <translation>التحقق</translation>
      <extra-wk-built>c71e850f44f5</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message numerus="yes">
      <source>%n already registered (enrolled, not created again)</source>
      <translation>
        <numerusform>%n مسجلين من قبل (يُسجَّلون في الورشة دون إنشائهم من جديد)</numerusform>
        <numerusform>واحد مسجل من قبل (يُسجَّل في الورشة دون إنشائه من جديد)</numerusform>
        <numerusform>اثنان مسجلان من قبل (يُسجَّلان في الورشة دون إنشائهما من جديد)</numerusform>
        <numerusform>%n مسجلين من قبل (يُسجَّلون في الورشة دون إنشائهم من جديد)</numerusform>
        <numerusform>%n مسجلًا من قبل (يُسجَّلون في الورشة دون إنشائهم من جديد)</numerusform>
        <numerusform>%n مسجل من قبل (يُسجَّلون في الورشة دون إنشائهم من جديد)</numerusform>
      </translation>
      <extra-wk-built>b4070426ea71</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n field(s) that are not valid are left empty (listed below).</source>
      <translation>
        <numerusform>%n حقل غير صالح تُرك فارغًا (مذكور أدناه).</numerusform>
        <numerusform>حقل واحد غير صالح تُرك فارغًا (مذكور أدناه).</numerusform>
        <numerusform>حقلان غير صالحين تُركا فارغين (مذكوران أدناه).</numerusform>
        <numerusform>%n حقول غير صالحة تُركت فارغة (مذكورة أدناه).</numerusform>
        <numerusform>%n حقلًا غير صالح تُركت فارغة (مذكورة أدناه).</numerusform>
        <numerusform>%n حقل غير صالح تُركت فارغة (مذكورة أدناه).</numerusform>
      </translation>
      <extra-wk-built>f0a9d93d111e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n مشارك جديد</numerusform>
        <numerusform>مشارك جديد واحد</numerusform>
        <numerusform>مشاركان جديدان</numerusform>
        <numerusform>%n مشاركين جدد</numerusform>
        <numerusform>%n مشاركًا جديدًا</numerusform>
        <numerusform>%n مشارك جديد</numerusform>
      </translation>
      <extra-wk-built>b8e823084cc8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) have problems only in optional fields: tick “{box}” to import them without those fields.</source>
      <translation>
        <numerusform>%n شخص مشاكلهم كلها في حقول اختيارية: أشِّر على «{box}» لاستيرادهم دون هذه الحقول.</numerusform>
        <numerusform>شخص واحد مشاكله كلها في حقول اختيارية: أشِّر على «{box}» لاستيراده دون هذه الحقول.</numerusform>
        <numerusform>شخصان مشاكلهما كلها في حقول اختيارية: أشِّر على «{box}» لاستيرادهما دون هذه الحقول.</numerusform>
        <numerusform>%n أشخاص مشاكلهم كلها في حقول اختيارية: أشِّر على «{box}» لاستيرادهم دون هذه الحقول.</numerusform>
        <numerusform>%n شخصًا مشاكلهم كلها في حقول اختيارية: أشِّر على «{box}» لاستيرادهم دون هذه الحقول.</numerusform>
        <numerusform>%n شخص مشاكلهم كلها في حقول اختيارية: أشِّر على «{box}» لاستيرادهم دون هذه الحقول.</numerusform>
      </translation>
      <extra-wk-built>fc1f0fd6a935</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n سطر</numerusform>
        <numerusform>سطر واحد</numerusform>
        <numerusform>سطران</numerusform>
        <numerusform>%n أسطر</numerusform>
        <numerusform>%n سطرًا</numerusform>
        <numerusform>%n سطر</numerusform>
      </translation>
      <extra-wk-built>c80aaba93141</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) repeat an earlier row of this file (rows {rows}) and are not created twice.</source>
      <translation>
        <numerusform>%n سطر تكرر سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا تُنشأ مرتين.</numerusform>
        <numerusform>سطر واحد يكرر سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا يُنشأ مرتين.</numerusform>
        <numerusform>سطران يكرران سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا يُنشآن مرتين.</numerusform>
        <numerusform>%n أسطر تكرر سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا تُنشأ مرتين.</numerusform>
        <numerusform>%n سطرًا تكرر سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا تُنشأ مرتين.</numerusform>
        <numerusform>%n سطر تكرر سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا تُنشأ مرتين.</numerusform>
      </translation>
      <extra-wk-built>bc469b1dd829</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) with problems</source>
      <translation>
        <numerusform>%n سطر به مشاكل</numerusform>
        <numerusform>سطر واحد به مشاكل</numerusform>
        <numerusform>سطران به مشاكل</numerusform>
        <numerusform>%n أسطر به مشاكل</numerusform>
        <numerusform>%n سطرًا به مشاكل</numerusform>
        <numerusform>%n سطر به مشاكل</numerusform>
      </translation>
      <extra-wk-built>77cfe6064ead</extra-wk-built>
    </message>
    <message>
      <source>3. Check and import</source>
      <translation>3. المراجعة والاستيراد</translation>
      <extra-wk-built>c03688b44aae</extra-wk-built>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>جارٍ التحقق من كل سطر…</translation>
      <extra-wk-built>fbf81518f4c7</extra-wk-built>
    </message>
    <message>
      <source>Column</source>
      <translation>العمود</translation>
      <extra-wk-built>3c9b2ef446ff</extra-wk-built>
    </message>
    <message>
      <source>Consent was collected on paper for every person in this file</source>
      <translation>جُمعت موافقة كل شخص في هذا الملف على الورق</translation>
      <extra-wk-built>58a4ec49f1cf</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Import %n row(s)</source>
      <translation>
        <numerusform>استيراد %n سطر</numerusform>
        <numerusform>استيراد سطر واحد</numerusform>
        <numerusform>استيراد سطرين</numerusform>
        <numerusform>استيراد %n أسطر</numerusform>
        <numerusform>استيراد %n سطرًا</numerusform>
        <numerusform>استيراد %n سطر</numerusform>
      </translation>
      <extra-wk-built>1ff07b7df826</extra-wk-built>
    </message>
    <message>
      <source>Import people without their optional fields that are not valid (those fields are left empty and listed below)</source>
      <translation>استيراد الأشخاص دون حقولهم الاختيارية غير الصالحة (تبقى هذه الحقول فارغة وتُذكر أدناه)</translation>
      <extra-wk-built>a6ba89603592</extra-wk-built>
    </message>
    <message>
      <source>Left empty: {problem}</source>
      <translation>تُرك فارغًا: {problem}</translation>
      <extra-wk-built>3fb8ce99a192</extra-wk-built>
    </message>
    <message>
      <source>Not imported, never collected: {columns}.</source>
      <translation>لم يُستورد، لا يُجمع أبدًا: {columns}.</translation>
      <extra-wk-built>97423694e6b8</extra-wk-built>
    </message>
    <message>
      <source>Nothing has been written yet. Rows with a problem are skipped; fix them in the file and import it again (people already imported are not duplicated).</source>
      <translation>لم يُكتب أي شيء بعد. تُتجاوز الأسطر التي بها مشكلة؛ صحّحها في الملف ثم استورده من جديد (لن يتكرر الأشخاص المستوردون من قبل).</translation>
      <extra-wk-built>f3d123e00315</extra-wk-built>
    </message>
    <message>
      <source>Problem</source>
      <translation>المشكلة</translation>
      <extra-wk-built>9099527b2932</extra-wk-built>
    </message>
    <message>
      <source>Row</source>
      <translation>السطر</translation>
      <extra-wk-built>ae8adcc1e7fa</extra-wk-built>
    </message>
    <message>
      <source>Rows {rows} share a phone number with another person under another name: they are imported; check them with “Duplicates…”.</source>
      <translation>الأسطر {rows} تشترك في رقم هاتف مع شخص آخر باسم آخر: تُستورد؛ راجعها عبر «التكرارات…».</translation>
      <extra-wk-built>682a2e244d1c</extra-wk-built>
    </message>
    <message>
      <source>The file has no consent column: if consent to data use was collected for every person, tick “{box}”.</source>
      <translation>لا يحتوي الملف على عمود للموافقة: إذا جُمعت الموافقة على استعمال المعطيات من كل شخص، فأشِّر على «{box}».</translation>
      <extra-wk-built>aff009984704</extra-wk-built>
    </message>
    <message>
      <source>{rows}: {new}, {known}, {errors}.</source>
      <translation>{rows}: {new}، {known}، {errors}.</translation>
      <extra-wk-built>056893964606</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message numerus="yes">
      <source>%n scan(s) kept; retrying every few seconds.</source>
      <translation>
        <numerusform>%n عملية مسح محفوظة؛ إعادة المحاولة كل بضع ثوانٍ.</numerusform>
        <numerusform>عملية مسح واحدة محفوظة؛ إعادة المحاولة كل بضع ثوانٍ.</numerusform>
        <numerusform>عمليتا مسح محفوظتان؛ إعادة المحاولة كل بضع ثوانٍ.</numerusform>
        <numerusform>%n عمليات مسح محفوظة؛ إعادة المحاولة كل بضع ثوانٍ.</numerusform>
        <numerusform>%n عملية مسح محفوظة؛ إعادة المحاولة كل بضع ثوانٍ.</numerusform>
        <numerusform>%n عملية مسح محفوظة؛ إعادة المحاولة كل بضع ثوانٍ.</numerusform>
      </translation>
      <extra-wk-built>4042f9f9fe24</extra-wk-built>
    </message>
    <message>
      <source>Automatic (from the clock)</source>
      <translation>تلقائي (حسب الساعة)</translation>
      <extra-wk-built>883e47176add</extra-wk-built>
    </message>
    <message>
      <source>Check-in</source>
      <translation>تسجيل الحضور</translation>
      <extra-wk-built>2b69fcf9a5d4</extra-wk-built>
    </message>
    <message>
      <source>Create or choose a workshop first.</source>
      <translation>أنشئ ورشة أو اخترها أولًا.</translation>
      <extra-wk-built>670f3f5712ef</extra-wk-built>
    </message>
    <message>
      <source>Full screen</source>
      <translation>ملء الشاشة</translation>
      <extra-wk-built>8feab114eaea</extra-wk-built>
    </message>
    <message>
      <source>Kiosk mode for the door (F11; Esc to leave)</source>
      <translation>وضع الاستقبال عند المدخل (F11؛ Esc للخروج)</translation>
      <extra-wk-built>23c24fb4e512</extra-wk-built>
    </message>
    <message>
      <source>Leave full screen</source>
      <translation>الخروج من ملء الشاشة</translation>
      <extra-wk-built>63cedd31093b</extra-wk-built>
    </message>
    <message>
      <source>No session of this workshop is running by the laptop clock ({time}, {date}). Check the clock, or choose the session.</source>
      <translation>لا توجد جلسة جارية لهذه الورشة حسب ساعة الحاسوب ({time}، {date}). تحقّق من الساعة أو اختر الجلسة.</translation>
      <extra-wk-built>df1373b88306</extra-wk-built>
    </message>
    <message>
      <source>No workshop</source>
      <translation>لا توجد ورشة</translation>
      <extra-wk-built>9dd596aedfb8</extra-wk-built>
    </message>
    <message>
      <source>No workshop chosen</source>
      <translation>لم تُختر أي ورشة</translation>
      <extra-wk-built>08a1b9dc0f27</extra-wk-built>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>لم يُسجَّل</translation>
      <extra-wk-built>de321d364c7a</extra-wk-built>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>لم يُسجَّل بعد</translation>
      <extra-wk-built>282ddaa44fe4</extra-wk-built>
    </message>
    <message>
      <source>Present {present} / {expected}</source>
      <translation>الحاضرون {present} / {expected}</translation>
      <extra-wk-built>ef3b81a1ff1e</extra-wk-built>
    </message>
    <message>
      <source>Ready</source>
      <translation>جاهز</translation>
      <extra-wk-built>ed8446a50d3b</extra-wk-built>
    </message>
    <message>
      <source>Scan a badge, hold it up to the camera, or search a name.</source>
      <translation>امسح شارة، أو اعرضها أمام الكاميرا، أو ابحث عن اسم.</translation>
      <extra-wk-built>a1c786be636a</extra-wk-built>
    </message>
    <message>
      <source>Scans made while the data file could not take them are waiting.</source>
      <translation>توجد عمليات مسح أُجريت حين تعذّر على ملف البيانات تسجيلها، وهي في الانتظار.</translation>
      <extra-wk-built>cd9dc7a3257c</extra-wk-built>
    </message>
    <message>
      <source>Session {number} · {when}</source>
      <translation>الجلسة {number} · {when}</translation>
      <extra-wk-built>818d23612883</extra-wk-built>
    </message>
    <message>
      <source>Session:</source>
      <translation>الجلسة:</translation>
      <extra-wk-built>e2370011fcd7</extra-wk-built>
    </message>
    <message>
      <source>Sounds</source>
      <translation>الأصوات</translation>
      <extra-wk-built>da89e56dd179</extra-wk-built>
    </message>
    <message>
      <source>The data file is busy or cannot be written ({detail}).</source>
      <translation>ملف البيانات مشغول أو تتعذر الكتابة فيه ({detail}).</translation>
      <extra-wk-built>c626b460362c</extra-wk-built>
    </message>
    <message>
      <source>Undo last check-in</source>
      <translation>إلغاء آخر تسجيل حضور</translation>
      <extra-wk-built>604fbf117998</extra-wk-built>
    </message>
    <message>
      <source>Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>استعمل قارئ USB، أو اكتب الرمز المطبوع على الشارة، أو ابحث بالاسم.</translation>
      <extra-wk-built>0605f6fc0b14</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CurriculaPage</name>
    <message>
      <source>Agenda builder</source>
      <translation>بناء البرنامج</translation>
      <extra-wk-built>bdba3277d906</extra-wk-built>
    </message>
    <message>
      <source>Curricula</source>
      <translation>المناهج التدريبية</translation>
      <extra-wk-built>07b42e3a67f4</extra-wk-built>
    </message>
    <message>
      <source>Modules</source>
      <translation>الوحدات</translation>
      <extra-wk-built>fd8fe07809af</extra-wk-built>
    </message>
    <message>
      <source>Pre/post tests</source>
      <translation>الاختبارات القبلية/البعدية</translation>
      <extra-wk-built>f13323f67aa5</extra-wk-built>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>تم الحفظ: {path}</translation>
      <extra-wk-built>ec355585fce9</extra-wk-built>
    </message>
    <message>
      <source>Writing the document…</source>
      <translation>جارٍ كتابة المستند…</translation>
      <extra-wk-built>7cca75559612</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
      <extra-wk-built>002cec5a3e61</extra-wk-built>
    </message>
  </context>
  <context>
    <name>DoorActions</name>
    <message numerus="yes">
      <source>%n badge(s) ready</source>
      <translation>
        <numerusform>%n شارة جاهزة</numerusform>
        <numerusform>شارة واحدة جاهزة</numerusform>
        <numerusform>شارتان جاهزتان</numerusform>
        <numerusform>%n شارات جاهزة</numerusform>
        <numerusform>%n شارة جاهزة</numerusform>
        <numerusform>%n شارة جاهزة</numerusform>
      </translation>
      <extra-wk-built>16141a6e9928</extra-wk-built>
    </message>
    <message>
      <source>Badge revoked</source>
      <translation>أُبطلت الشارة</translation>
      <extra-wk-built>aca802d3f9e6</extra-wk-built>
    </message>
    <message>
      <source>Badges cancelled</source>
      <translation>أُلغيت الشارات</translation>
      <extra-wk-built>d774d61f2bb5</extra-wk-built>
    </message>
    <message>
      <source>Check-in taken back</source>
      <translation>تم إلغاء تسجيل الحضور</translation>
      <extra-wk-built>ff89ee5d3fc2</extra-wk-built>
    </message>
    <message>
      <source>New badge code: {code}</source>
      <translation>رمز الشارة الجديد: {code}</translation>
      <extra-wk-built>a6c701319f2c</extra-wk-built>
    </message>
    <message>
      <source>No badge file was written.</source>
      <translation>لم يُكتب أي ملف للشارات.</translation>
      <extra-wk-built>5d873530160e</extra-wk-built>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>لم يُسجَّل</translation>
      <extra-wk-built>de321d364c7a</extra-wk-built>
    </message>
    <message>
      <source>Nothing to take back</source>
      <translation>لا شيء لإلغائه</translation>
      <extra-wk-built>1388ca70f05a</extra-wk-built>
    </message>
    <message>
      <source>One picture per badge</source>
      <translation>صورة لكل شارة</translation>
      <extra-wk-built>24b2ff562336</extra-wk-built>
    </message>
    <message>
      <source>Revoke badge</source>
      <translation>إبطال الشارة</translation>
      <extra-wk-built>d7363f67e937</extra-wk-built>
    </message>
    <message>
      <source>Revoke the badge of {name}? It will read as no longer valid at the door. A new badge can be issued later with 'Replace lost badge'.</source>
      <translation>إبطال شارة {name}؟ ستُقرأ عند المدخل على أنها لم تعد صالحة. يمكن إصدار شارة جديدة لاحقاً عبر «تعويض شارة ضائعة».</translation>
      <extra-wk-built>84ca0a0f8aa1</extra-wk-built>
    </message>
    <message>
      <source>Save badges</source>
      <translation>حفظ الشارات</translation>
      <extra-wk-built>72a7a9be4630</extra-wk-built>
    </message>
    <message>
      <source>The Word sheet</source>
      <translation>ورقة Word</translation>
      <extra-wk-built>69c7133cc9e2</extra-wk-built>
    </message>
    <message>
      <source>The last scan recorded no new check-in.</source>
      <translation>لم يسجّل آخر مسح أي حضور جديد.</translation>
      <extra-wk-built>7468470075dc</extra-wk-built>
    </message>
    <message>
      <source>The old badge no longer works. Print the new one with 'Print badges…'.</source>
      <translation>الشارة القديمة لم تعد تعمل. اطبع الجديدة عبر «طباعة الشارات…».</translation>
      <extra-wk-built>99f7b6c42930</extra-wk-built>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word ‪(*.docx)</translation>
      <extra-wk-built>a37ae5a11250</extra-wk-built>
    </message>
    <message>
      <source>Writing the badges…</source>
      <translation>جارٍ إعداد الشارات…</translation>
      <extra-wk-built>10436f3b31bb</extra-wk-built>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
      <source>%n possible duplicate(s). Merging keeps attendance, certificates and scores of both records.</source>
      <translation>
        <numerusform>%n تكرار محتمل. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</numerusform>
        <numerusform>تكرار محتمل واحد. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</numerusform>
        <numerusform>تكراران محتملان. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</numerusform>
        <numerusform>%n تكرارات محتملة. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</numerusform>
        <numerusform>%n تكرارًا محتملًا. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</numerusform>
        <numerusform>%n تكرار محتمل. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</numerusform>
      </translation>
      <extra-wk-built>f84a4da45ba5</extra-wk-built>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
      <extra-wk-built>ca90c297b099</extra-wk-built>
    </message>
    <message>
      <source>Different people</source>
      <translation>أشخاص مختلفون</translation>
      <extra-wk-built>decf2a126385</extra-wk-built>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
      <extra-wk-built>7af0df77bf21</extra-wk-built>
    </message>
    <message>
      <source>Looking for possible duplicates…</source>
      <translation>جارٍ البحث عن التكرارات المحتملة…</translation>
      <extra-wk-built>2ada4c6c2cc0</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
      <extra-wk-built>194ae8aaa9ba</extra-wk-built>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>لا توجد تكرارات محتملة.</translation>
      <extra-wk-built>d4cb32c4ce3a</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
      <extra-wk-built>597df418efaf</extra-wk-built>
    </message>
    <message>
      <source>Possible duplicates</source>
      <translation>تكرارات محتملة</translation>
      <extra-wk-built>241123326a15</extra-wk-built>
    </message>
    <message>
      <source>Record 1</source>
      <translation>البطاقة 1</translation>
      <extra-wk-built>16073f676efc</extra-wk-built>
    </message>
    <message>
      <source>Record 2</source>
      <translation>البطاقة 2</translation>
      <extra-wk-built>f66e76b59841</extra-wk-built>
    </message>
    <message>
      <source>Same person: keep record 1</source>
      <translation>الشخص نفسه: الاحتفاظ بالبطاقة 1</translation>
      <extra-wk-built>8b60b98da923</extra-wk-built>
    </message>
    <message>
      <source>Same person: keep record 2</source>
      <translation>الشخص نفسه: الاحتفاظ بالبطاقة 2</translation>
      <extra-wk-built>5067ec003055</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
      <extra-wk-built>9aac3741aa39</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
      <extra-wk-built>7637f100e5ed</extra-wk-built>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
      <extra-wk-built>ddf0fca39a4f</extra-wk-built>
    </message>
    <message>
      <source>name</source>
      <translation>الاسم</translation>
      <extra-wk-built>52ab09847cf8</extra-wk-built>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
      <extra-wk-built>2bd073516a87</extra-wk-built>
    </message>
    <message>
      <source>phone</source>
      <translation>الهاتف</translation>
      <extra-wk-built>94b59a5125fb</extra-wk-built>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
      <extra-wk-built>4b2d2c65d365</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>Something went wrong ({kind}); what you were doing may not have been saved. The details are in the log; to send them, use Help → Save a problem report.</source>
      <translation>حدث خطأ ({kind})؛ ربما لم يُحفظ ما كنت تقوم به. التفاصيل مسجلة في السجل؛ لإرسالها استعمل مساعدة ← حفظ تقرير مشكلة.</translation>
      <extra-wk-built>17c901b7b9c4</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
      <extra-wk-built>c16fd7cbbb02</extra-wk-built>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>1. Choose the file</source>
      <translation>1. اختيار الملف</translation>
      <extra-wk-built>7e0a10cf0851</extra-wk-built>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
      <extra-wk-built>a48e944e8531</extra-wk-built>
    </message>
    <message>
      <source>CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx, .xls).</source>
      <translation>ملف CSV أو نصي (أي فاصل وأي ترميز) أو مصنف Excel ‏(⁦.xlsx, .xls⁩).</translation>
      <extra-wk-built>ca3f8b67f713</extra-wk-built>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>الفاصل</translation>
      <extra-wk-built>35f02cb65ebd</extra-wk-built>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>اكتشاف تلقائي</translation>
      <extra-wk-built>41b578769a40</extra-wk-built>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
      <extra-wk-built>4ec793c37034</extra-wk-built>
    </message>
    <message>
      <source>Participants file</source>
      <translation>ملف المشاركين</translation>
      <extra-wk-built>2e2509b635fa</extra-wk-built>
    </message>
    <message>
      <source>Sheet</source>
      <translation>الورقة</translation>
      <extra-wk-built>5feff2ee1d5c</extra-wk-built>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls)</source>
      <translation>جداول بيانات (⁦*.csv *.txt *.tsv *.xlsx *.xls⁩)</translation>
      <extra-wk-built>21c232c9f76d</extra-wk-built>
    </message>
    <message>
      <source>Text encoding</source>
      <translation>ترميز النص</translation>
      <extra-wk-built>360857bfa997</extra-wk-built>
    </message>
  </context>
  <context>
    <name>FilePasswordDialog</name>
    <message>
      <source>Again</source>
      <translation>مرة أخرى</translation>
      <extra-wk-built>3e35c5ac98eb</extra-wk-built>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
      <extra-wk-built>b05d306b5591</extra-wk-built>
    </message>
    <message>
      <source>Protect with a password</source>
      <translation>الحماية بكلمة مرور</translation>
      <extra-wk-built>4db801cf22d7</extra-wk-built>
    </message>
    <message>
      <source>Protected file</source>
      <translation>ملف محمي</translation>
      <extra-wk-built>f5d6a2a2f732</extra-wk-built>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور مختلفتان.</translation>
      <extra-wk-built>7e439208c1ea</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Too short: at least %n character(s).</source>
      <translation>
        <numerusform>قصيرة جدًا: %n حرف على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: حرف واحد على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: حرفان على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: %n أحرف على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: %n حرفًا على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: %n حرف على الأقل.</numerusform>
      </translation>
      <extra-wk-built>6aaea81c8dfb</extra-wk-built>
    </message>
    <message>
      <source>Without this password the file shows nothing. Give it to the recipient another way (by phone, in person), never in the same e-mail. Leave empty to write the file unprotected.</source>
      <translation>بدون كلمة المرور هذه لا يُظهر الملف شيئًا. أبلغوها للمستلم بطريقة أخرى (بالهاتف، شخصيًا)، وليس أبدًا في البريد الإلكتروني نفسه. اتركوها فارغة لكتابة الملف دون حماية.</translation>
      <extra-wk-built>3b729a455af4</extra-wk-built>
    </message>
    <message>
      <source>{name} is protected with a password. Password:</source>
      <translation>{name} محمي بكلمة مرور. كلمة المرور:</translation>
      <extra-wk-built>a2e95927ddd2</extra-wk-built>
    </message>
  </context>
  <context>
    <name>FinderPanel</name>
    <message>
      <source>A Word sheet of badge cards (A4, 10 per page) and one PNG per person</source>
      <translation>ملف Word يضم بطاقات الشارات (A4، 10 في كل صفحة) وصورة PNG لكل شخص</translation>
      <extra-wk-built>ec1b06812fbd</extra-wk-built>
    </message>
    <message>
      <source>Check in</source>
      <translation>تسجيل الحضور</translation>
      <extra-wk-built>2b69fcf9a5d4</extra-wk-built>
    </message>
    <message>
      <source>Forgot the badge? Type a name, or the code printed on the badge</source>
      <translation>نسيت الشارة؟ اكتب الاسم أو الرمز المطبوع على الشارة</translation>
      <extra-wk-built>f8f135287381</extra-wk-built>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>طباعة الشارات…</translation>
      <extra-wk-built>2b393fb94965</extra-wk-built>
    </message>
    <message>
      <source>Replace lost badge</source>
      <translation>تعويض شارة ضائعة</translation>
      <extra-wk-built>322396241b4d</extra-wk-built>
    </message>
    <message>
      <source>Revoke badge…</source>
      <translation>إبطال الشارة…</translation>
      <extra-wk-built>328a7a08e7f4</extra-wk-built>
    </message>
    <message>
      <source>Revoke the selected person's badge and issue a new code</source>
      <translation>إلغاء شارة الشخص المختار وإصدار رمز جديد</translation>
      <extra-wk-built>74f58a98242f</extra-wk-built>
    </message>
    <message>
      <source>The selected person's badge stops working; no new code is issued</source>
      <translation>تتوقف شارة الشخص المختار عن العمل؛ ولا يُصدر رمز جديد</translation>
      <extra-wk-built>87aca99f566e</extra-wk-built>
    </message>
    <message>
      <source>Walk-in…</source>
      <translation>تسجيل في عين المكان…</translation>
      <extra-wk-built>51baad8d3ce8</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Back</source>
      <translation>السابق</translation>
      <extra-wk-built>a9e9d067101a</extra-wk-built>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
      <extra-wk-built>9a30dc2a96b8</extra-wk-built>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
      <extra-wk-built>e8c12678c3b4</extra-wk-built>
    </message>
    <message>
      <source>Import cancelled: nothing was imported. You can import again.</source>
      <translation>أُلغي الاستيراد: لم يُستورد أي شيء. يمكنكم الاستيراد من جديد.</translation>
      <extra-wk-built>19ec51d3ec48</extra-wk-built>
    </message>
    <message>
      <source>Import participants</source>
      <translation>استيراد المشاركين</translation>
      <extra-wk-built>8b9c1913dd66</extra-wk-built>
    </message>
    <message>
      <source>Importing {n} rows…</source>
      <translation>جارٍ استيراد {n} صفًا…</translation>
      <extra-wk-built>bc102384e467</extra-wk-built>
    </message>
    <message>
      <source>Next</source>
      <translation>التالي</translation>
      <extra-wk-built>5cf7af74fd3a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
      <extra-wk-built>31f8b1803a60</extra-wk-built>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
      <extra-wk-built>e874d4a577be</extra-wk-built>
    </message>
    <message>
      <source>About Workshop Kit</source>
      <translation>حول Workshop Kit</translation>
      <extra-wk-built>83c6801f3f90</extra-wk-built>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>Back up now</source>
      <translation>إنشاء نسخة احتياطية الآن</translation>
      <extra-wk-built>0261ed25fbce</extra-wk-built>
    </message>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
      <extra-wk-built>6b1fff8b903c</extra-wk-built>
    </message>
    <message>
      <source>Check-in</source>
      <translation>تسجيل الحضور</translation>
      <extra-wk-built>2b69fcf9a5d4</extra-wk-built>
    </message>
    <message>
      <source>Current workshop:</source>
      <translation>الورشة الحالية:</translation>
      <extra-wk-built>e4d7a79fff71</extra-wk-built>
    </message>
    <message>
      <source>Curricula</source>
      <translation>المناهج التدريبية</translation>
      <extra-wk-built>07b42e3a67f4</extra-wk-built>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>البيانات: {path}</translation>
      <extra-wk-built>f8cf5e12b291</extra-wk-built>
    </message>
    <message>
      <source>Last backup: {time}</source>
      <translation>آخر نسخة احتياطية: {time}</translation>
      <extra-wk-built>74600b5e9ff7</extra-wk-built>
    </message>
    <message>
      <source>Newest good backup: {name}</source>
      <translation>أحدث نسخة احتياطية سليمة: {name}</translation>
      <extra-wk-built>8ce333456d3b</extra-wk-built>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>لا توجد نسخة احتياطية بعد</translation>
      <extra-wk-built>b68ad156edd4</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Problem report</source>
      <translation>تقرير مشكلة</translation>
      <extra-wk-built>2d7e483c5bb4</extra-wk-built>
    </message>
    <message>
      <source>Problem report saved: {path}. It holds no participant data; attach it to your e-mail.</source>
      <translation>حُفظ تقرير المشكلة: {path}. لا يحتوي على أي بيانات عن المشاركين؛ أرفقه برسالتك الإلكترونية.</translation>
      <extra-wk-built>dff058c591c4</extra-wk-built>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
      <extra-wk-built>907a3d449735</extra-wk-built>
    </message>
    <message>
      <source>Quit</source>
      <translation>خروج</translation>
      <extra-wk-built>39db927c23ae</extra-wk-built>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>استرجاع نسخة احتياطية…</translation>
      <extra-wk-built>9880d8baeb48</extra-wk-built>
    </message>
    <message>
      <source>Save a problem report</source>
      <translation>حفظ تقرير مشكلة</translation>
      <extra-wk-built>18e4ca877115</extra-wk-built>
    </message>
    <message>
      <source>Save a problem report…</source>
      <translation>حفظ تقرير مشكلة…</translation>
      <extra-wk-built>04a7cef42e5c</extra-wk-built>
    </message>
    <message>
      <source>Saving the problem report…</source>
      <translation>جارٍ حفظ تقرير المشكلة…</translation>
      <extra-wk-built>94e5ef298e1f</extra-wk-built>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
      <extra-wk-built>5fd9563e6846</extra-wk-built>
    </message>
    <message>
      <source>The data file is damaged ({detail}). Stop entering data, close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>ملف البيانات تالف ({detail}). توقف عن إدخال البيانات وأغلق Workshop Kit واستعد نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
      <extra-wk-built>e45168a2a821</extra-wk-built>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>تعذرت كتابة التقرير: {error}</translation>
      <extra-wk-built>c0bd7bc909d4</extra-wk-built>
    </message>
    <message>
      <source>Workshop</source>
      <translation>الورشة</translation>
      <extra-wk-built>411cdbfe4e78</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
      <extra-wk-built>c16fd7cbbb02</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
      <extra-wk-built>7637f100e5ed</extra-wk-built>
    </message>
    <message>
      <source>Zip files (*.zip)</source>
      <translation>ملفات Zip ‪(*.zip)</translation>
      <extra-wk-built>64392a9c9847</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MakeCertificatesTab</name>
    <message numerus="yes">
      <source>%n certificate(s) made.</source>
      <translation>
        <numerusform>أُنشئت %n شهادة.</numerusform>
        <numerusform>أُنشئت شهادة واحدة.</numerusform>
        <numerusform>أُنشئت شهادتان.</numerusform>
        <numerusform>أُنشئت %n شهادات.</numerusform>
        <numerusform>أُنشئت %n شهادة.</numerusform>
        <numerusform>أُنشئت %n شهادة.</numerusform>
      </translation>
      <extra-wk-built>8ca7bc87b06a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) queued.</source>
      <translation>
        <numerusform>%n رسالة في انتظار الإرسال.</numerusform>
        <numerusform>رسالة واحدة في انتظار الإرسال.</numerusform>
        <numerusform>رسالتان في انتظار الإرسال.</numerusform>
        <numerusform>%n رسائل في انتظار الإرسال.</numerusform>
        <numerusform>%n رسالة في انتظار الإرسال.</numerusform>
        <numerusform>%n رسالة في انتظار الإرسال.</numerusform>
      </translation>
      <extra-wk-built>64823e4873d3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) not eligible (see the list).</source>
      <translation>
        <numerusform>%n مشارك غير مؤهَّل (انظروا القائمة).</numerusform>
        <numerusform>مشارك واحد غير مؤهَّل (انظروا القائمة).</numerusform>
        <numerusform>مشاركان غير مؤهَّلين (انظروا القائمة).</numerusform>
        <numerusform>%n مشاركين غير مؤهَّلين (انظروا القائمة).</numerusform>
        <numerusform>%n مشاركًا غير مؤهَّل (انظروا القائمة).</numerusform>
        <numerusform>%n مشارك غير مؤهَّل (انظروا القائمة).</numerusform>
      </translation>
      <extra-wk-built>2630438fe6bb</extra-wk-built>
    </message>
    <message>
      <source>Also make PDF files</source>
      <translation>إنشاء ملفات PDF أيضًا</translation>
      <extra-wk-built>8ebec3ccab45</extra-wk-built>
    </message>
    <message>
      <source>Also make PDF files (needs LibreOffice)</source>
      <translation>إنشاء ملفات PDF أيضًا (يتطلب LibreOffice)</translation>
      <extra-wk-built>d0472ee418fa</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of %n participant(s) meet it.</source>
      <translation>
        <numerusform>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل %n مشارك.</numerusform>
        <numerusform>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل مشارك واحد.</numerusform>
        <numerusform>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل مشاركَين.</numerusform>
        <numerusform>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل %n مشاركين.</numerusform>
        <numerusform>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل %n مشاركًا.</numerusform>
        <numerusform>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل %n مشارك.</numerusform>
      </translation>
      <extra-wk-built>f1740f934e63</extra-wk-built>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
      <extra-wk-built>9a30dc2a96b8</extra-wk-built>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
      <extra-wk-built>10600456c576</extra-wk-built>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>أُبطلت الشهادة {number}.</translation>
      <extra-wk-built>92dbfcb8344d</extra-wk-built>
    </message>
    <message>
      <source>Choose at least one kind of file.</source>
      <translation>اختاروا نوعًا واحدًا من الملفات على الأقل.</translation>
      <extra-wk-built>fe025b564a9c</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>اختاروا ورشة أو أنشئوها أولًا.</translation>
      <extra-wk-built>322766a38b80</extra-wk-built>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
      <extra-wk-built>03261c7dfed7</extra-wk-built>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
      <extra-wk-built>589c6420ea10</extra-wk-built>
    </message>
    <message>
      <source>Files</source>
      <translation>الملفات</translation>
      <extra-wk-built>bf0a7a8c6de6</extra-wk-built>
    </message>
    <message>
      <source>Folder</source>
      <translation>المجلد</translation>
      <extra-wk-built>c5109ba15984</extra-wk-built>
    </message>
    <message>
      <source>Folder for the certificates</source>
      <translation>مجلد الشهادات</translation>
      <extra-wk-built>61ebc9607b8a</extra-wk-built>
    </message>
    <message>
      <source>Folder of the certificates</source>
      <translation>مجلد الشهادات</translation>
      <extra-wk-built>61ebc9607b8a</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice is not installed: install it from libreoffice.org to make PDFs. The .docx files work without it.</source>
      <translation>LibreOffice غير مثبّت: ثبّتوه من libreoffice.org لإنشاء ملفات PDF. ملفات ‎.docx تعمل بدونه.</translation>
      <extra-wk-built>17ae16223138</extra-wk-built>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>إنشاء الشهادات</translation>
      <extra-wk-built>bf0ea83ed03a</extra-wk-built>
    </message>
    <message>
      <source>Making certificates…</source>
      <translation>جارٍ إنشاء الشهادات…</translation>
      <extra-wk-built>cd7d375426e1</extra-wk-built>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate made.</source>
      <translation>لا أحد يستوفي قاعدة الحضور بعد: لم تُنشأ أي شهادة.</translation>
      <extra-wk-built>e273b7090dad</extra-wk-built>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
      <extra-wk-built>e24b67491657</extra-wk-built>
    </message>
    <message>
      <source>One file per participant</source>
      <translation>ملف لكل مشارك</translation>
      <extra-wk-built>9230928a4ffc</extra-wk-built>
    </message>
    <message>
      <source>One file with every certificate, ready to print</source>
      <translation>ملف واحد بكل الشهادات، جاهز للطباعة</translation>
      <extra-wk-built>c54198f7412b</extra-wk-built>
    </message>
    <message>
      <source>Only participants who meet the attendance rule</source>
      <translation>المشاركون المستوفون لقاعدة الحضور فقط</translation>
      <extra-wk-built>d62c512516a7</extra-wk-built>
    </message>
    <message>
      <source>Open folder</source>
      <translation>فتح المجلد</translation>
      <extra-wk-built>d323f42b6763</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
      <extra-wk-built>1fc1032ab0ef</extra-wk-built>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>الصور ‪(*.png *.jpg *.jpeg)</translation>
      <extra-wk-built>932f737a2da2</extra-wk-built>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>ملف الطباعة: {path}</translation>
      <extra-wk-built>0480700d06c8</extra-wk-built>
    </message>
    <message>
      <source>Queue e-mails</source>
      <translation>إعداد الرسائل الإلكترونية</translation>
      <extra-wk-built>778e10e26b0c</extra-wk-built>
    </message>
    <message>
      <source>Revoke certificate</source>
      <translation>إبطال الشهادة</translation>
      <extra-wk-built>c1a2a85eaf0c</extra-wk-built>
    </message>
    <message>
      <source>Revoke the selected participant's certificate</source>
      <translation>إبطال شهادة المشارك المحدَّد</translation>
      <extra-wk-built>7c9db5e6977b</extra-wk-built>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>إبطال…</translation>
      <extra-wk-built>1c1abf590464</extra-wk-built>
    </message>
    <message>
      <source>Select a participant whose certificate is issued and not revoked.</source>
      <translation>حدّدوا مشاركًا صدرت شهادته ولم تُبطَل.</translation>
      <extra-wk-built>f893d400f20a</extra-wk-built>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
      <extra-wk-built>9aa93a737569</extra-wk-built>
    </message>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
      <extra-wk-built>2aeba4d09c76</extra-wk-built>
    </message>
    <message>
      <source>Skipped:</source>
      <translation>المتجاوَزون:</translation>
      <extra-wk-built>2b20856bf58f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Stopped: %n complete certificate(s) kept, no half-written file.</source>
      <translation>
        <numerusform>توقّف: احتُفظ بـ%n شهادة كاملة، ولا يوجد أي ملف مكتوب جزئيًا.</numerusform>
        <numerusform>توقّف: احتُفظ بشهادة كاملة واحدة، ولا يوجد أي ملف مكتوب جزئيًا.</numerusform>
        <numerusform>توقّف: احتُفظ بشهادتين كاملتين، ولا يوجد أي ملف مكتوب جزئيًا.</numerusform>
        <numerusform>توقّف: احتُفظ بـ%n شهادات كاملة، ولا يوجد أي ملف مكتوب جزئيًا.</numerusform>
        <numerusform>توقّف: احتُفظ بـ%n شهادة كاملة، ولا يوجد أي ملف مكتوب جزئيًا.</numerusform>
        <numerusform>توقّف: احتُفظ بـ%n شهادة كاملة، ولا يوجد أي ملف مكتوب جزئيًا.</numerusform>
      </translation>
      <extra-wk-built>2f11dd48ce2a</extra-wk-built>
    </message>
    <message>
      <source>Stopping after the current certificate…</source>
      <translation>التوقف بعد الشهادة الحالية…</translation>
      <extra-wk-built>e6f175db526e</extra-wk-built>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
      <extra-wk-built>4b8a1586b8af</extra-wk-built>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>توقيع المكوّن</translation>
      <extra-wk-built>8a1607db5af0</extra-wk-built>
    </message>
    <message>
      <source>Why is certificate {number} ({name}) revoked?</source>
      <translation>لماذا تُبطَل الشهادة {number} ({name})؟</translation>
      <extra-wk-built>f6e3194d6071</extra-wk-built>
    </message>
    <message>
      <source>eligible</source>
      <translation>مؤهَّل</translation>
      <extra-wk-built>6c87b476a512</extra-wk-built>
    </message>
    <message>
      <source>not eligible: {reason}</source>
      <translation>غير مؤهَّل: {reason}</translation>
      <extra-wk-built>f4cb7e8a39dc</extra-wk-built>
    </message>
    <message>
      <source>optional: a PNG or JPEG of the trainer's signature</source>
      <translation>اختياري: صورة PNG أو JPEG لتوقيع المكوّن</translation>
      <extra-wk-built>c1675daf4343</extra-wk-built>
    </message>
    <message>
      <source>revoked</source>
      <translation>مُبطَلة</translation>
      <extra-wk-built>d5b380720e38</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message numerus="yes">
      <source>%n row(s); header on row {header} ({source}).</source>
      <translation>
        <numerusform>%n سطر؛ العناوين في السطر {header} ‏({source}).</numerusform>
        <numerusform>سطر واحد؛ العناوين في السطر {header} ‏({source}).</numerusform>
        <numerusform>سطران؛ العناوين في السطر {header} ‏({source}).</numerusform>
        <numerusform>%n أسطر؛ العناوين في السطر {header} ‏({source}).</numerusform>
        <numerusform>%n سطرًا؛ العناوين في السطر {header} ‏({source}).</numerusform>
        <numerusform>%n سطر؛ العناوين في السطر {header} ‏({source}).</numerusform>
      </translation>
      <extra-wk-built>c33e17d467b1</extra-wk-built>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(لا يُستورد)</translation>
      <extra-wk-built>8a647fd524d3</extra-wk-built>
    </message>
    <message>
      <source>2. Check the columns</source>
      <translation>2. التحقق من الأعمدة</translation>
      <extra-wk-built>392b09305d7c</extra-wk-built>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>العمود في الملف</translation>
      <extra-wk-built>8139ccc0b9ba</extra-wk-built>
    </message>
    <message>
      <source>Each column of the file and the field it fills; change any that is wrong.</source>
      <translation>كل عمود في الملف والحقل الذي يملؤه؛ غيّر ما هو خاطئ.</translation>
      <extra-wk-built>a6d38e249d19</extra-wk-built>
    </message>
    <message>
      <source>First values</source>
      <translation>القيم الأولى</translation>
      <extra-wk-built>29e5d6598757</extra-wk-built>
    </message>
    <message>
      <source>Imported as</source>
      <translation>يُستورد كـ</translation>
      <extra-wk-built>7101c1a7a45b</extra-wk-built>
    </message>
    <message>
      <source>Legal status, documents and religion are never collected.</source>
      <translation>لا يُجمع أبدًا الوضع القانوني ولا وثائق الهوية ولا الديانة.</translation>
      <extra-wk-built>b5f5d022baa9</extra-wk-built>
    </message>
    <message>
      <source>No column was recognised as a name: choose “Full name” (or First name, Last name) for the column that holds the names.</source>
      <translation>لم يُتعرَّف على أي عمود كاسم: اختر «الاسم الكامل» (أو الاسم الشخصي أو النسب) للعمود الذي يحتوي على الأسماء.</translation>
      <extra-wk-built>f6bf49219e04</extra-wk-built>
    </message>
    <message>
      <source>The sheet “{sheet}” has person columns ({columns}): go back and choose it under “Sheet”.</source>
      <translation>الورقة «{sheet}» فيها أعمدة للأشخاص ({columns}): ارجع واخترها في «الورقة».</translation>
      <extra-wk-built>fc994c028747</extra-wk-built>
    </message>
    <message>
      <source>sheet {name}</source>
      <translation>الورقة {name}</translation>
      <extra-wk-built>49753d50a82e</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModuleChoiceDelegate</name>
    <message>
      <source>(no module)</source>
      <translation>(بدون وحدة)</translation>
      <extra-wk-built>669ab046df8e</extra-wk-built>
    </message>
    <message>
      <source>A module not installed on this computer</source>
      <translation>وحدة غير مثبّتة على هذا الحاسوب</translation>
      <extra-wk-built>874a946b9610</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModulePicker</name>
    <message>
      <source>A module not installed on this computer</source>
      <translation>وحدة غير مثبّتة على هذا الحاسوب</translation>
      <extra-wk-built>874a946b9610</extra-wk-built>
    </message>
    <message>
      <source>Added on another computer; kept as it is. Uncheck it to take it off the workshop.</source>
      <translation>أُضيفت على حاسوب آخر؛ تبقى كما هي. أزيلوا العلامة لحذفها من الورشة.</translation>
      <extra-wk-built>173b349eaaa7</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModulesTab</name>
    <message numerus="yes">
      <source>%n problem(s) in this module's files, e.g. {first}</source>
      <translation>
        <numerusform>%n مشكلة في ملفات هذه الوحدة، مثلاً {first}</numerusform>
        <numerusform>مشكلة واحدة في ملفات هذه الوحدة: {first}</numerusform>
        <numerusform>مشكلتان في ملفات هذه الوحدة، مثلاً {first}</numerusform>
        <numerusform>%n مشاكل في ملفات هذه الوحدة، مثلاً {first}</numerusform>
        <numerusform>%n مشكلة في ملفات هذه الوحدة، مثلاً {first}</numerusform>
        <numerusform>%n مشكلة في ملفات هذه الوحدة، مثلاً {first}</numerusform>
      </translation>
      <extra-wk-built>119c26fb65d3</extra-wk-built>
    </message>
    <message>
      <source>(local)</source>
      <translation>(محلية)</translation>
      <extra-wk-built>0225404b9653</extra-wk-built>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختيارية)</translation>
      <extra-wk-built>59069965a554</extra-wk-built>
    </message>
    <message>
      <source>All languages</source>
      <translation>كل اللغات</translation>
      <extra-wk-built>69360fad2ce2</extra-wk-built>
    </message>
    <message>
      <source>Answer key…</source>
      <translation>مفتاح الإجابات…</translation>
      <extra-wk-built>ce72b147e55f</extra-wk-built>
    </message>
    <message>
      <source>Import a module (zip)</source>
      <translation>استيراد وحدة (zip)</translation>
      <extra-wk-built>b52a9d2919fe</extra-wk-built>
    </message>
    <message>
      <source>Import a module…</source>
      <translation>استيراد وحدة…</translation>
      <extra-wk-built>30bc487c0bff</extra-wk-built>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
      <extra-wk-built>6520b21edd4d</extra-wk-built>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
      <extra-wk-built>b24262b34f38</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
      <extra-wk-built>9a08d7d4bf73</extra-wk-built>
    </message>
    <message>
      <source>Module {id} is used by the current workshop but is not installed on this computer. Import it (button on the left) to read and print it.</source>
      <translation>الوحدة {id} مستعملة في الورشة الحالية لكنها غير مثبتة على هذا الحاسوب. استوردوها (الزر الجانبي) لقراءتها وطباعتها.</translation>
      <extra-wk-built>b7672a4b21e7</extra-wk-built>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>لا نتائج.</translation>
      <extra-wk-built>caa67e0eef00</extra-wk-built>
    </message>
    <message>
      <source>Optional: left out of the 4-day path (docs/four-day-path.md).</source>
      <translation>اختيارية: لا تدخل في مسار الأيام الأربعة (docs/four-day-path.md).</translation>
      <extra-wk-built>dfe36577a985</extra-wk-built>
    </message>
    <message>
      <source>Participant handout…</source>
      <translation>مطبوع المشاركين…</translation>
      <extra-wk-built>d986780cd2a1</extra-wk-built>
    </message>
    <message>
      <source>Pre/post test…</source>
      <translation>الاختبار القبلي/البعدي…</translation>
      <extra-wk-built>09ee6304a7f2</extra-wk-built>
    </message>
    <message>
      <source>Save the handout</source>
      <translation>حفظ المطبوع</translation>
      <extra-wk-built>a10d85a7cd7b</extra-wk-built>
    </message>
    <message>
      <source>Save the test</source>
      <translation>حفظ الاختبار</translation>
      <extra-wk-built>7def750e501e</extra-wk-built>
    </message>
    <message>
      <source>Search all modules (any language, accents optional)…</source>
      <translation>البحث في كل الوحدات (بكل اللغات، الحركات اختيارية)…</translation>
      <extra-wk-built>58bf104682a8</extra-wk-built>
    </message>
    <message>
      <source>The current workshop uses this module; import it to read and print it.</source>
      <translation>الورشة الحالية تستعمل هذه الوحدة؛ استوردوها لقراءتها وطباعتها.</translation>
      <extra-wk-built>75ec33993a3d</extra-wk-built>
    </message>
    <message>
      <source>Trainer's version…</source>
      <translation>نسخة المكوِّن…</translation>
      <extra-wk-built>577786d8da99</extra-wk-built>
    </message>
    <message>
      <source>Translation missing: this module has no {language} text yet; the {shown} text is shown.</source>
      <translation>ترجمة غير موجودة: ليس لهذه الوحدة بعدُ نص بـ{language}؛ يُعرض النص بـ{shown}.</translation>
      <extra-wk-built>5985079dc780</extra-wk-built>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — غير مثبتة على هذا الحاسوب</translation>
      <extra-wk-built>69443871bccb</extra-wk-built>
    </message>
    <message>
      <source>…or choose a module folder</source>
      <translation>…أو اختاروا مجلد وحدة</translation>
      <extra-wk-built>8f22a5b9cbff</extra-wk-built>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
      <extra-wk-built>23ee0d351c7b</extra-wk-built>
    </message>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
      <extra-wk-built>1b7959991c95</extra-wk-built>
    </message>
    <message>
      <source>First day</source>
      <translation>اليوم الأول</translation>
      <extra-wk-built>996357e86584</extra-wk-built>
    </message>
    <message>
      <source>Give the workshop a title.</source>
      <translation>أعطوا الورشة عنواناً.</translation>
      <extra-wk-built>0ce33695bbe8</extra-wk-built>
    </message>
    <message>
      <source>Modules</source>
      <translation>الوحدات</translation>
      <extra-wk-built>fd8fe07809af</extra-wk-built>
    </message>
    <message>
      <source>New workshop</source>
      <translation>ورشة جديدة</translation>
      <extra-wk-built>5bac498c0750</extra-wk-built>
    </message>
    <message>
      <source>Sessions per day</source>
      <translation>الجلسات في اليوم</translation>
      <extra-wk-built>7c366cd19738</extra-wk-built>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
      <extra-wk-built>2d110e56d5f5</extra-wk-built>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>العنوان بالعربية</translation>
      <extra-wk-built>ff67ae943260</extra-wk-built>
    </message>
    <message>
      <source>e.g. Access to public services — Agadir</source>
      <translation>مثال: الولوج إلى الخدمات العمومية — أكادير</translation>
      <extra-wk-built>165a28452478</extra-wk-built>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the title</source>
      <translation>يُطبع في الوثائق العربية؛ فارغ: العنوان</translation>
      <extra-wk-built>03a206d72c2d</extra-wk-built>
    </message>
  </context>
  <context>
    <name>OutboxTab</name>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
      </translation>
      <extra-wk-built>5563b7274a65</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n queued</source>
      <translation>
        <numerusform>منتظرة: %n</numerusform>
        <numerusform>منتظرة: %n</numerusform>
        <numerusform>منتظرة: %n</numerusform>
        <numerusform>منتظرة: %n</numerusform>
        <numerusform>منتظرة: %n</numerusform>
        <numerusform>منتظرة: %n</numerusform>
      </translation>
      <extra-wk-built>1e6754b2ad4c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n sent</source>
      <translation>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
      </translation>
      <extra-wk-built>e101100cdb8d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still queued</source>
      <translation>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
      </translation>
      <extra-wk-built>16cd551dcf84</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n uncertain</source>
      <translation>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
      </translation>
      <extra-wk-built>7ba2767b9b54</extra-wk-built>
    </message>
    <message>
      <source>A message whose connection dropped after it was handed to the server is marked uncertain and never sent again on its own: it may have arrived. Check the sender's mailbox, then use “Send again” or “Mark as received”.</source>
      <translation>الرسالة التي انقطع اتصالها بعد تسليمها إلى الخادم تُعلَّم «غير مؤكدة» ولا يُعاد إرسالها تلقائيًا: ربما وصلت. تحقّقوا من علبة المُرسِل، ثم استعملوا «إعادة الإرسال» أو «تعليم كمستلمة».</translation>
      <extra-wk-built>3390e8bb429c</extra-wk-built>
    </message>
    <message>
      <source>Attempts</source>
      <translation>المحاولات</translation>
      <extra-wk-built>a6bf7492ecdd</extra-wk-built>
    </message>
    <message>
      <source>Cancel message</source>
      <translation>إلغاء الرسالة</translation>
      <extra-wk-built>66e7f6f2ed43</extra-wk-built>
    </message>
    <message>
      <source>E-mail server…</source>
      <translation>خادم البريد الإلكتروني…</translation>
      <extra-wk-built>9d0809633d05</extra-wk-built>
    </message>
    <message>
      <source>For an uncertain message you checked arrived: it is never sent again.</source>
      <translation>لرسالة غير مؤكدة تحقّقتم من وصولها: لن يُعاد إرسالها أبدًا.</translation>
      <extra-wk-built>50905fe9a10b</extra-wk-built>
    </message>
    <message>
      <source>Last error</source>
      <translation>آخر خطأ</translation>
      <extra-wk-built>042daf2a068d</extra-wk-built>
    </message>
    <message>
      <source>Mark as received</source>
      <translation>تعليم كمستلمة</translation>
      <extra-wk-built>10825eace97d</extra-wk-built>
    </message>
    <message>
      <source>No e-mail server set yet: messages wait in the outbox.</source>
      <translation>لم يُحدَّد خادم بريد بعد: تنتظر الرسائل في صندوق الإرسال.</translation>
      <extra-wk-built>2aadd17c8547</extra-wk-built>
    </message>
    <message>
      <source>Queue certificates from a folder…</source>
      <translation>إعداد الإرسال من مجلد…</translation>
      <extra-wk-built>7111d07586c3</extra-wk-built>
    </message>
    <message>
      <source>Send again</source>
      <translation>إعادة الإرسال</translation>
      <extra-wk-built>be4b3026cd3b</extra-wk-built>
    </message>
    <message>
      <source>Send now</source>
      <translation>إرسال الآن</translation>
      <extra-wk-built>89256b402849</extra-wk-built>
    </message>
    <message>
      <source>Server: {server} ({security}), sender {sender}</source>
      <translation>الخادم: {server} ({security})، المُرسِل {sender}</translation>
      <extra-wk-built>0b7bbccd66f6</extra-wk-built>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
      <extra-wk-built>c3a4749caed4</extra-wk-built>
    </message>
    <message>
      <source>Subject</source>
      <translation>الموضوع</translation>
      <extra-wk-built>909e8bcdc4aa</extra-wk-built>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
      <extra-wk-built>97fe3fe5b063</extra-wk-built>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ملغاة</translation>
      <extra-wk-built>d87ae61bedd8</extra-wk-built>
    </message>
    <message>
      <source>failed</source>
      <translation>فاشلة</translation>
      <extra-wk-built>a17c65049b26</extra-wk-built>
    </message>
    <message>
      <source>queued</source>
      <translation>منتظرة</translation>
      <extra-wk-built>f2eaf5ad664a</extra-wk-built>
    </message>
    <message>
      <source>sending</source>
      <translation>قيد الإرسال</translation>
      <extra-wk-built>ce9bc23fcc91</extra-wk-built>
    </message>
    <message>
      <source>sent</source>
      <translation>أُرسلت</translation>
      <extra-wk-built>bf704bde4c84</extra-wk-built>
    </message>
    <message>
      <source>uncertain</source>
      <translation>غير مؤكدة</translation>
      <extra-wk-built>3054184c8712</extra-wk-built>
    </message>
    <message>
      <source>{sent}, {failed}, {uncertain}, {queued}.</source>
      <translation>{sent}، {failed}، {uncertain}، {queued}.</translation>
      <extra-wk-built>b9f997cba67c</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantDialog</name>
    <message>
      <source>About the participant (optional)</source>
      <translation>معلومات عن المشارك (اختيارية)</translation>
      <extra-wk-built>a30ac2981d88</extra-wk-built>
    </message>
    <message>
      <source>Agrees to appear in photos</source>
      <translation>يوافق على الظهور في الصور</translation>
      <extra-wk-built>a596b6e3be5a</extra-wk-built>
    </message>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>يوافق على تلقي الشهادة بالبريد الإلكتروني</translation>
      <extra-wk-built>8b6451e84433</extra-wk-built>
    </message>
    <message>
      <source>Agrees to the use of their data for this programme (required)</source>
      <translation>يوافق على استعمال معطياته في هذا البرنامج (إلزامي)</translation>
      <extra-wk-built>03420643acba</extra-wk-built>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
      <extra-wk-built>9a30dc2a96b8</extra-wk-built>
    </message>
    <message>
      <source>Consent</source>
      <translation>الموافقة</translation>
      <extra-wk-built>d8558e0cb29f</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
      <extra-wk-built>d90c384199ac</extra-wk-built>
    </message>
    <message>
      <source>Edit participant</source>
      <translation>تعديل المشارك</translation>
      <extra-wk-built>0ac7e4f44440</extra-wk-built>
    </message>
    <message>
      <source>Legal or immigration status is never asked or recorded.</source>
      <translation>لا يُسأل أبدًا عن الوضع القانوني أو وضع الهجرة ولا يُسجَّل.</translation>
      <extra-wk-built>92712ec58455</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
      <extra-wk-built>194ae8aaa9ba</extra-wk-built>
    </message>
    <message>
      <source>Name (Latin or Arabic script, at least one)</source>
      <translation>الاسم (بالحروف اللاتينية أو العربية، أحدهما على الأقل)</translation>
      <extra-wk-built>9220548ab832</extra-wk-built>
    </message>
    <message>
      <source>New participant</source>
      <translation>مشارك جديد</translation>
      <extra-wk-built>f8540f356c19</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
      <extra-wk-built>597df418efaf</extra-wk-built>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>سجّلها</translation>
      <extra-wk-built>c916f481ea6f</extra-wk-built>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
      <extra-wk-built>ddfcaf9d0144</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
      <extra-wk-built>9aac3741aa39</extra-wk-built>
    </message>
    <message>
      <source>e.g. 1990</source>
      <translation>مثلًا 1990</translation>
      <extra-wk-built>c60216e85d58</extra-wk-built>
    </message>
    <message>
      <source>or age band…</source>
      <translation>أو الفئة العمرية…</translation>
      <extra-wk-built>dcaf8f2ec8f1</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <source>Active</source>
      <translation>نشطة</translation>
      <extra-wk-built>8ab217d48613</extra-wk-built>
    </message>
    <message>
      <source>Badge</source>
      <translation>الشارة</translation>
      <extra-wk-built>9e48afd65b95</extra-wk-built>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
      <extra-wk-built>99548a03cc0d</extra-wk-built>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
      <extra-wk-built>52ab09847cf8</extra-wk-built>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>الاسم (بالعربية)</translation>
      <extra-wk-built>ed9e3e91cef8</extra-wk-built>
    </message>
    <message>
      <source>None</source>
      <translation>لا شيء</translation>
      <extra-wk-built>64182d5d5a1b</extra-wk-built>
    </message>
    <message>
      <source>Revoked</source>
      <translation>ملغاة</translation>
      <extra-wk-built>d87ae61bedd8</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
      <source>%n enrolment(s) added</source>
      <translation>
        <numerusform>أضيف %n تسجيل</numerusform>
        <numerusform>أضيف تسجيل واحد</numerusform>
        <numerusform>أضيف تسجيلان</numerusform>
        <numerusform>أضيفت %n تسجيلات</numerusform>
        <numerusform>أضيف %n تسجيلًا</numerusform>
        <numerusform>أضيف %n تسجيل</numerusform>
      </translation>
      <extra-wk-built>6b96ab5391ec</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n مشارك جديد</numerusform>
        <numerusform>مشارك جديد واحد</numerusform>
        <numerusform>مشاركان جديدان</numerusform>
        <numerusform>%n مشاركين جدد</numerusform>
        <numerusform>%n مشاركًا جديدًا</numerusform>
        <numerusform>%n مشارك جديد</numerusform>
      </translation>
      <extra-wk-built>b8e823084cc8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n مشارك</numerusform>
        <numerusform>مشارك واحد</numerusform>
        <numerusform>مشاركان</numerusform>
        <numerusform>%n مشاركين</numerusform>
        <numerusform>%n مشاركًا</numerusform>
        <numerusform>%n مشارك</numerusform>
      </translation>
      <extra-wk-built>48fbf16974c8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) only attended workshops that ended more than {months} months ago. The retention period in Settings says their data should now be anonymised.</source>
      <translation>
        <numerusform>%n مشارك لم يحضروا إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويتهم.</numerusform>
        <numerusform>مشارك واحد لم يحضر إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويته.</numerusform>
        <numerusform>مشاركان لم يحضرا إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويتهما.</numerusform>
        <numerusform>%n مشاركين لم يحضروا إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويتهم.</numerusform>
        <numerusform>%n مشاركًا لم يحضروا إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويتهم.</numerusform>
        <numerusform>%n مشارك لم يحضروا إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويتهم.</numerusform>
      </translation>
      <extra-wk-built>18ddf687e389</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) skipped</source>
      <translation>
        <numerusform>تم تجاوز %n سطر</numerusform>
        <numerusform>تم تجاوز سطر واحد</numerusform>
        <numerusform>تم تجاوز سطرين</numerusform>
        <numerusform>تم تجاوز %n أسطر</numerusform>
        <numerusform>تم تجاوز %n سطرًا</numerusform>
        <numerusform>تم تجاوز %n سطر</numerusform>
      </translation>
      <extra-wk-built>be8a18d42610</extra-wk-built>
    </message>
    <message>
      <source>All participants</source>
      <translation>جميع المشاركين</translation>
      <extra-wk-built>4e9fc8eb6cee</extra-wk-built>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>إخفاء الهوية</translation>
      <extra-wk-built>1e9581f93ebf</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Anonymise %n participant(s)? Their names and contact details are erased; attendance counts stay.</source>
      <translation>
        <numerusform>إخفاء هوية %n مشارك؟ ستُمحى أسماؤهم ومعلومات الاتصال بهم، وتبقى أعداد الحضور.</numerusform>
        <numerusform>إخفاء هوية مشارك واحد؟ سيُمحى اسمه ومعلومات الاتصال به، وتبقى أعداد الحضور.</numerusform>
        <numerusform>إخفاء هوية مشاركَين؟ سيُمحى اسماهما ومعلومات الاتصال بهما، وتبقى أعداد الحضور.</numerusform>
        <numerusform>إخفاء هوية %n مشاركين؟ ستُمحى أسماؤهم ومعلومات الاتصال بهم، وتبقى أعداد الحضور.</numerusform>
        <numerusform>إخفاء هوية %n مشاركًا؟ ستُمحى أسماؤهم ومعلومات الاتصال بهم، وتبقى أعداد الحضور.</numerusform>
        <numerusform>إخفاء هوية %n مشارك؟ ستُمحى أسماؤهم ومعلومات الاتصال بهم، وتبقى أعداد الحضور.</numerusform>
      </translation>
      <extra-wk-built>6f62b7747cfb</extra-wk-built>
    </message>
    <message>
      <source>Anonymise them…</source>
      <translation>إخفاء هويتهم…</translation>
      <extra-wk-built>c41f95665394</extra-wk-built>
    </message>
    <message>
      <source>Anonymising…</source>
      <translation>جارٍ إخفاء الهوية…</translation>
      <extra-wk-built>6086079bb884</extra-wk-built>
    </message>
    <message>
      <source>Attended</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>Consent: {what}</source>
      <translation>الموافقة: {what}</translation>
      <extra-wk-built>44d0396d264e</extra-wk-built>
    </message>
    <message>
      <source>Current workshop</source>
      <translation>الورشة الحالية</translation>
      <extra-wk-built>8e227168b4d7</extra-wk-built>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
      <extra-wk-built>fd5069afa55f</extra-wk-built>
    </message>
    <message>
      <source>Duplicates…</source>
      <translation>التكرارات…</translation>
      <extra-wk-built>eca22fce1967</extra-wk-built>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تعديل…</translation>
      <extra-wk-built>a52b67743810</extra-wk-built>
    </message>
    <message>
      <source>Enrol in current workshop</source>
      <translation>تسجيل في الورشة الحالية</translation>
      <extra-wk-built>cee7ec8cd0d2</extra-wk-built>
    </message>
    <message>
      <source>Erase</source>
      <translation>محو</translation>
      <extra-wk-built>932e452cc8cf</extra-wk-built>
    </message>
    <message>
      <source>Erase all personal data of {name}? Their attendance stays in the statistics without their name. This cannot be undone.</source>
      <translation>محو جميع المعطيات الشخصية لـ{name}؟ يبقى حضوره في الإحصاءات دون اسمه. لا يمكن التراجع عن ذلك.</translation>
      <extra-wk-built>347973f20035</extra-wk-built>
    </message>
    <message>
      <source>Erase participant</source>
      <translation>محو المشارك</translation>
      <extra-wk-built>c1a635b9f080</extra-wk-built>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
      <extra-wk-built>99548a03cc0d</extra-wk-built>
    </message>
    <message>
      <source>Erase…</source>
      <translation>محو…</translation>
      <extra-wk-built>23e8f0a54e31</extra-wk-built>
    </message>
    <message>
      <source>Erasing…</source>
      <translation>جارٍ المحو…</translation>
      <extra-wk-built>2caba0fd059d</extra-wk-built>
    </message>
    <message>
      <source>Everyone</source>
      <translation>الجميع</translation>
      <extra-wk-built>b2cac04c941f</extra-wk-built>
    </message>
    <message>
      <source>Export everything held about this person</source>
      <translation>تصدير كل ما هو محفوظ عن هذا الشخص</translation>
      <extra-wk-built>a6e3e3a64cca</extra-wk-built>
    </message>
    <message>
      <source>Export their data…</source>
      <translation>تصدير معطياته…</translation>
      <extra-wk-built>dec8f5781f41</extra-wk-built>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
      <extra-wk-built>e8c12678c3b4</extra-wk-built>
    </message>
    <message>
      <source>Imported: {imported}; {enrolled}; {skipped}.</source>
      <translation>الاستيراد: {imported}؛ {enrolled}؛ {skipped}.</translation>
      <extra-wk-built>79ab3635ab39</extra-wk-built>
    </message>
    <message>
      <source>Import…</source>
      <translation>استيراد…</translation>
      <extra-wk-built>fc5fdb37c2a0</extra-wk-built>
    </message>
    <message>
      <source>Men</source>
      <translation>الرجال</translation>
      <extra-wk-built>e35044dcf577</extra-wk-built>
    </message>
    <message>
      <source>New participant…</source>
      <translation>مشارك جديد…</translation>
      <extra-wk-built>2cab2efc687b</extra-wk-built>
    </message>
    <message>
      <source>Other</source>
      <translation>آخر</translation>
      <extra-wk-built>a2804af08fd8</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Personal data erased on {date}; attendance still counts, anonymously.</source>
      <translation>مُحيت المعطيات الشخصية بتاريخ {date}؛ يبقى الحضور محسوبًا دون هوية.</translation>
      <extra-wk-built>1c0bad193fb6</extra-wk-built>
    </message>
    <message>
      <source>Search: name in Latin or Arabic script, organisation, city, phone, e-mail…</source>
      <translation>بحث: الاسم بالحروف اللاتينية أو العربية، المنظمة، المدينة، الهاتف، البريد…</translation>
      <extra-wk-built>78447f703128</extra-wk-built>
    </message>
    <message>
      <source>Select a participant to see their details and history.</source>
      <translation>اختر مشاركًا لعرض معلوماته وسجله.</translation>
      <extra-wk-built>dfc7bfc133be</extra-wk-built>
    </message>
    <message>
      <source>Show erased</source>
      <translation>عرض الممحوّين</translation>
      <extra-wk-built>e9dd73bdf018</extra-wk-built>
    </message>
    <message>
      <source>Women</source>
      <translation>النساء</translation>
      <extra-wk-built>f5ceb4e34483</extra-wk-built>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>مستند Word ‪(*.docx)</translation>
      <extra-wk-built>b25dd5a0080d</extra-wk-built>
    </message>
    <message>
      <source>Workshop</source>
      <translation>الورشة</translation>
      <extra-wk-built>411cdbfe4e78</extra-wk-built>
    </message>
    <message>
      <source>Workshops attended</source>
      <translation>الورشات المحضورة</translation>
      <extra-wk-built>113266e8efb6</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
      <extra-wk-built>002cec5a3e61</extra-wk-built>
    </message>
    <message>
      <source>data</source>
      <translation>المعطيات</translation>
      <extra-wk-built>ffc96f1c6f74</extra-wk-built>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
      <extra-wk-built>ddf0fca39a4f</extra-wk-built>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
      <extra-wk-built>64182d5d5a1b</extra-wk-built>
    </message>
    <message>
      <source>personal-data</source>
      <translation>personal-data</translation>
      <extra-wk-built>7e63246affcc</extra-wk-built>
    </message>
    <message>
      <source>photos</source>
      <translation>الصور</translation>
      <extra-wk-built>bfbd183ae97c</extra-wk-built>
    </message>
    <message>
      <source>{n}+ participants</source>
      <translation>أكثر من {n} مشارك</translation>
      <extra-wk-built>006349e74e4e</extra-wk-built>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Again</source>
      <translation>مرة أخرى</translation>
      <extra-wk-built>3e35c5ac98eb</extra-wk-built>
    </message>
    <message>
      <source>Encrypt the data folder</source>
      <translation>تشفير مجلد البيانات</translation>
      <extra-wk-built>954c35240282</extra-wk-built>
    </message>
    <message>
      <source>I have written the passphrase down and keep it in a safe place</source>
      <translation>دوّنتُ عبارة المرور وأحتفظ بها في مكان آمن</translation>
      <extra-wk-built>f72067f27ae6</extra-wk-built>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
      <extra-wk-built>8255d36a13de</extra-wk-built>
    </message>
    <message>
      <source>The database and its backups will be encrypted: a lost or borrowed laptop or USB stick shows nothing about the participants without this passphrase. Workshop Kit asks for it when it starts.

Nobody can recover a lost passphrase, not even the developers: without it the data is lost. Write it down on paper and keep it away from this laptop (for example in a sealed envelope at the office).</source>
      <translation>ستُشفَّر قاعدة البيانات ونسخها الاحتياطية: الحاسوب أو مفتاح USB الضائع أو المُعار لا يُظهر شيئًا عن المشاركين بدون عبارة المرور هذه. يطلبها Workshop Kit عند بدء التشغيل.

لا أحد يستطيع استرجاع عبارة مرور ضائعة، ولا حتى المطورون: بدونها تضيع البيانات. دوّنوها على ورق واحفظوها بعيدًا عن هذا الحاسوب (مثلًا في ظرف مختوم في المكتب).</translation>
      <extra-wk-built>34db6f4e09b1</extra-wk-built>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
      <extra-wk-built>bbc01b809ba0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Too short: at least %n character(s).</source>
      <translation>
        <numerusform>قصيرة جدًا: %n حرف على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: حرف واحد على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: حرفان على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: %n أحرف على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: %n حرفًا على الأقل.</numerusform>
        <numerusform>قصيرة جدًا: %n حرف على الأقل.</numerusform>
      </translation>
      <extra-wk-built>6aaea81c8dfb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>at least %n character(s); a few words</source>
      <translation>
        <numerusform>%n حرف على الأقل؛ بضع كلمات</numerusform>
        <numerusform>حرف واحد على الأقل؛ بضع كلمات</numerusform>
        <numerusform>حرفان على الأقل؛ بضع كلمات</numerusform>
        <numerusform>%n أحرف على الأقل؛ بضع كلمات</numerusform>
        <numerusform>%n حرفًا على الأقل؛ بضع كلمات</numerusform>
        <numerusform>%n حرف على الأقل؛ بضع كلمات</numerusform>
      </translation>
      <extra-wk-built>9579db3556bd</extra-wk-built>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview with sample data</source>
      <translation>معاينة ببيانات نموذجية</translation>
      <extra-wk-built>059f79339b52</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message numerus="yes">
      <source>%n already known</source>
      <translation>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
      </translation>
      <extra-wk-built>32523024dc14</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
      </translation>
      <extra-wk-built>5aff6e00ed33</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
      </translation>
      <extra-wk-built>3b253b19b503</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still arriving</source>
      <translation>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
      </translation>
      <extra-wk-built>d2bb2c5f63d6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n workshop(s) in this view: {scope}</source>
      <translation>
        <numerusform>%n ورشة في هذا العرض: {scope}</numerusform>
        <numerusform>ورشة واحدة في هذا العرض: {scope}</numerusform>
        <numerusform>ورشتان في هذا العرض: {scope}</numerusform>
        <numerusform>%n ورشات في هذا العرض: {scope}</numerusform>
        <numerusform>%n ورشة في هذا العرض: {scope}</numerusform>
        <numerusform>%n ورشة في هذا العرض: {scope}</numerusform>
      </translation>
      <extra-wk-built>e3512ec49945</extra-wk-built>
    </message>
    <message>
      <source>All</source>
      <translation>الكل</translation>
      <extra-wk-built>65f276da33cf</extra-wk-built>
    </message>
    <message>
      <source>Anonymised: counts below 3 are shown as "&lt;3".</source>
      <translation>مجهول الهوية: الأعداد الأقل من 3 تظهر بالشكل "&lt;3".</translation>
      <extra-wk-built>12eb26335d24</extra-wk-built>
    </message>
    <message>
      <source>Check and merge every new bundle in the folder. Nothing is written into the folder.</source>
      <translation>فحص ودمج كل حزمة جديدة في المجلد. لا يُكتب أي شيء في المجلد.</translation>
      <extra-wk-built>bbd178f73b46</extra-wk-built>
    </message>
    <message>
      <source>Checking {done} of {total}: {file}</source>
      <translation>فحص {done} من {total}: {file}</translation>
      <extra-wk-built>ca0acd3cedfa</extra-wk-built>
    </message>
    <message>
      <source>Choose the inbox folder…</source>
      <translation>اختيار مجلد صندوق الوارد…</translation>
      <extra-wk-built>2ebea509c4ba</extra-wk-built>
    </message>
    <message>
      <source>City:</source>
      <translation>المدينة:</translation>
      <extra-wk-built>04d639992f67</extra-wk-built>
    </message>
    <message>
      <source>Counting…</source>
      <translation>جارٍ العدّ…</translation>
      <extra-wk-built>bab6aeeaf0ea</extra-wk-built>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‪(*.xlsx)</translation>
      <extra-wk-built>080c7456e7be</extra-wk-built>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>تصدير Excel…</translation>
      <extra-wk-built>e5239705bb99</extra-wk-built>
    </message>
    <message>
      <source>Export the programme dashboard</source>
      <translation>تصدير لوحة البرنامج</translation>
      <extra-wk-built>b3cd9dce0c47</extra-wk-built>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
      <extra-wk-built>4ec793c37034</extra-wk-built>
    </message>
    <message>
      <source>Folder:</source>
      <translation>المجلد:</translation>
      <extra-wk-built>50bb45195abb</extra-wk-built>
    </message>
    <message>
      <source>For a bundle refused because its signer is unknown: trust the key of the laptop that signed it, then scan again.</source>
      <translation>لحزمة مرفوضة لأن موقّعها غير معروف: الوثوق بمفتاح الحاسوب الذي وقّعها، ثم الفحص من جديد.</translation>
      <extra-wk-built>49cc3c015798</extra-wk-built>
    </message>
    <message>
      <source>From:</source>
      <translation>من:</translation>
      <extra-wk-built>217c7a75c40e</extra-wk-built>
    </message>
    <message>
      <source>Gain (points)</source>
      <translation>المكسب (نقاط)</translation>
      <extra-wk-built>5f80587cabd1</extra-wk-built>
    </message>
    <message>
      <source>Inbox folder</source>
      <translation>مجلد صندوق الوارد</translation>
      <extra-wk-built>aadeda07bbb4</extra-wk-built>
    </message>
    <message>
      <source>Inbox: bundles from trainers</source>
      <translation>صندوق الوارد: حزم المكوّنين</translation>
      <extra-wk-built>877051960b6b</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain per module</source>
      <translation>المكسب المعرفي حسب الوحدة</translation>
      <extra-wk-built>9870a62d0c0c</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
      <extra-wk-built>9a08d7d4bf73</extra-wk-built>
    </message>
    <message>
      <source>Module:</source>
      <translation>الوحدة:</translation>
      <extra-wk-built>f94ffee01209</extra-wk-built>
    </message>
    <message>
      <source>One-page summary (PDF)…</source>
      <translation>ملخص في صفحة واحدة (PDF)…</translation>
      <extra-wk-built>bde7e743a57c</extra-wk-built>
    </message>
    <message>
      <source>One-page summary (Word)…</source>
      <translation>ملخص في صفحة واحدة (Word)…</translation>
      <extra-wk-built>07c9688c8591</extra-wk-built>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF ‪(*.pdf)</translation>
      <extra-wk-built>ed0014134ac1</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Partner:</source>
      <translation>الشريك:</translation>
      <extra-wk-built>be99ff674d5c</extra-wk-built>
    </message>
    <message>
      <source>People reached, by:</source>
      <translation>الأشخاص المستفيدون حسب:</translation>
      <extra-wk-built>37d1e8aff3f0</extra-wk-built>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>الاختبار البعدي %</translation>
      <extra-wk-built>7b10a5c8f779</extra-wk-built>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>الاختبار القبلي %</translation>
      <extra-wk-built>da8f861f1114</extra-wk-built>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
      <extra-wk-built>3c64ba0afab6</extra-wk-built>
    </message>
    <message>
      <source>Scan the inbox</source>
      <translation>فحص صندوق الوارد</translation>
      <extra-wk-built>728e0db9da69</extra-wk-built>
    </message>
    <message>
      <source>Scanning the inbox…</source>
      <translation>جارٍ فحص صندوق الوارد…</translation>
      <extra-wk-built>866755417183</extra-wk-built>
    </message>
    <message>
      <source>To:</source>
      <translation>إلى:</translation>
      <extra-wk-built>8dcf13d23688</extra-wk-built>
    </message>
    <message>
      <source>Trust this laptop?</source>
      <translation>الوثوق بهذا الحاسوب؟</translation>
      <extra-wk-built>76e5b8659bf1</extra-wk-built>
    </message>
    <message>
      <source>Trust this laptop…</source>
      <translation>الوثوق بهذا الحاسوب…</translation>
      <extra-wk-built>2c00ce4597d7</extra-wk-built>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‪(*.docx)</translation>
      <extra-wk-built>34e20214d316</extra-wk-built>
    </message>
    <message>
      <source>Workshop or reason</source>
      <translation>الورشة أو السبب</translation>
      <extra-wk-built>b3902dfb6cb7</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
      <extra-wk-built>002cec5a3e61</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
      <extra-wk-built>e08dbd93e39a</extra-wk-built>
    </message>
    <message>
      <source>already known</source>
      <translation>معروف من قبل</translation>
      <extra-wk-built>baec02bf1887</extra-wk-built>
    </message>
    <message>
      <source>any date</source>
      <translation>أي تاريخ</translation>
      <extra-wk-built>5a1e45a0fd54</extra-wk-built>
    </message>
    <message>
      <source>merged</source>
      <translation>دُمج</translation>
      <extra-wk-built>17a8e8f993f2</extra-wk-built>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>لم يُختر بعد</translation>
      <extra-wk-built>2dfd6829b61a</extra-wk-built>
    </message>
    <message>
      <source>refused</source>
      <translation>مرفوض</translation>
      <extra-wk-built>5d969a71dad3</extra-wk-built>
    </message>
    <message>
      <source>still arriving</source>
      <translation>قيد الوصول</translation>
      <extra-wk-built>a62fa4ee72d9</extra-wk-built>
    </message>
    <message>
      <source>{file} is signed by the key {key_id}, which this computer does not know yet. Trust it only if you know the laptop it comes from (the trainer's laptop shows this key id when it writes a bundle). Its bundles will then be merged.</source>
      <translation>{file} موقَّع بالمفتاح {key_id} الذي لا يعرفه هذا الحاسوب بعد. لا تثق به إلا إذا كنت تعرف الحاسوب الذي جاء منه (يعرض حاسوب المكوّن معرّف المفتاح هذا عند كتابة الحزمة). ستُدمج حزمه بعد ذلك.</translation>
      <extra-wk-built>2a9689f44fa7</extra-wk-built>
    </message>
    <message>
      <source>{merged}, {known}, {refused}, {waiting} (taken at the next scan).</source>
      <translation>{merged}، {known}، {refused}، {waiting} (يؤخذ في الفحص التالي).</translation>
      <extra-wk-built>1aaf110daefe</extra-wk-built>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;البحث في:</translation>
      <extra-wk-built>d36ce6670331</extra-wk-built>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;نوع الملفات:</translation>
      <extra-wk-built>3039847fce06</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <source>All workshops</source>
      <translation>كل الورشات</translation>
      <extra-wk-built>b98b8cebb903</extra-wk-built>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>معدل الحضور</translation>
      <extra-wk-built>f3a11dd1c90d</extra-wk-built>
    </message>
    <message>
      <source>Breakdown by:</source>
      <translation>التوزيع حسب:</translation>
      <extra-wk-built>5df9f8a1a486</extra-wk-built>
    </message>
    <message>
      <source>Category</source>
      <translation>الفئة</translation>
      <extra-wk-built>ff61fb213ffc</extra-wk-built>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‪(*.xlsx)</translation>
      <extra-wk-built>080c7456e7be</extra-wk-built>
    </message>
    <message>
      <source>Export donor report</source>
      <translation>تصدير تقرير الجهة المانحة</translation>
      <extra-wk-built>61ee0d3dedfe</extra-wk-built>
    </message>
    <message>
      <source>Export report (Excel)…</source>
      <translation>تصدير التقرير (Excel)…</translation>
      <extra-wk-built>cac619a2f0db</extra-wk-built>
    </message>
    <message>
      <source>Include participants' names in the export</source>
      <translation>تضمين أسماء المشاركين في التصدير</translation>
      <extra-wk-built>90b97193bea4</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>المكسب المعرفي</translation>
      <extra-wk-built>0253af5afe18</extra-wk-built>
    </message>
    <message>
      <source>Off by default: donors get anonymised aggregates.</source>
      <translation>غير مفعّل افتراضيًا: تتلقى الجهات المانحة أرقامًا إجمالية مجهولة الهوية.</translation>
      <extra-wk-built>c86fb97e51a2</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>المشاركون المستفيدون</translation>
      <extra-wk-built>145e119d2cee</extra-wk-built>
    </message>
    <message>
      <source>Scope:</source>
      <translation>النطاق:</translation>
      <extra-wk-built>6d338f0bf675</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>الجلسات المنجزة</translation>
      <extra-wk-built>ab56f5cf6aa4</extra-wk-built>
    </message>
    <message>
      <source>This workshop</source>
      <translation>هذه الورشة</translation>
      <extra-wk-built>c3edc64cc95c</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
      <extra-wk-built>002cec5a3e61</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
      <extra-wk-built>e08dbd93e39a</extra-wk-built>
    </message>
    <message>
      <source>no pre/post scores</source>
      <translation>لا توجد درجات قبلية/بعدية</translation>
      <extra-wk-built>c28cff5d28b7</extra-wk-built>
    </message>
    <message>
      <source>{delivered} of {planned}</source>
      <translation>{delivered} من {planned}</translation>
      <extra-wk-built>1be29d8787ff</extra-wk-built>
    </message>
    <message>
      <source>{pre} % → {post} % ({gain:+} points)</source>
      <translation>{pre} % ← {post} % ({gain:+} نقطة)</translation>
      <extra-wk-built>701091027f96</extra-wk-built>
    </message>
    <message>
      <source>{reached} of {enrolled} enrolled</source>
      <translation>{reached} من أصل {enrolled} مسجلًا</translation>
      <extra-wk-built>4a70c11fe12d</extra-wk-built>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <source>Automatic</source>
      <translation>تلقائية</translation>
      <extra-wk-built>4aba97db1f41</extra-wk-built>
    </message>
    <message>
      <source>Before an update of the data file</source>
      <translation>قبل تحديث ملف البيانات</translation>
      <extra-wk-built>9c097295d2e7</extra-wk-built>
    </message>
    <message>
      <source>Cancel the planned restore</source>
      <translation>إلغاء الاسترجاع المبرمج</translation>
      <extra-wk-built>d508a498f772</extra-wk-built>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>جارٍ التحقق من النسخة الاحتياطية…</translation>
      <extra-wk-built>238640887eca</extra-wk-built>
    </message>
    <message>
      <source>Choose the backup to go back to. Everything entered after it will be replaced; the current data is kept in a file beside it, never deleted. Workshop Kit cannot replace its data file while it has it open: the backup is restored the next time you start Workshop Kit.</source>
      <translation>اختاروا النسخة الاحتياطية التي تريدون الرجوع إليها. كل ما أُدخل بعدها سيُستبدل؛ تُحفظ البيانات الحالية في ملف بجانبها ولا تُحذف أبداً. لا يستطيع Workshop Kit استبدال ملف بياناته وهو مفتوح: تُسترجع النسخة عند التشغيل القادم لـ Workshop Kit.</translation>
      <extra-wk-built>800d1f098144</extra-wk-built>
    </message>
    <message>
      <source>Close Workshop Kit and start it again when you are ready; until then, what you enter will be replaced by the backup.</source>
      <translation>أغلقوا Workshop Kit ثم شغّلوه من جديد عندما تكونون مستعدين؛ إلى ذلك الحين، ما تُدخلونه سيُستبدل بالنسخة الاحتياطية.</translation>
      <extra-wk-built>b82945e9bbf9</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
      <extra-wk-built>d90c384199ac</extra-wk-built>
    </message>
    <message>
      <source>Go back to the backup of {time}? Everything entered after it will be replaced when Workshop Kit next starts (the current data is kept in a file beside it).</source>
      <translation>الرجوع إلى النسخة الاحتياطية بتاريخ {time}؟ كل ما أُدخل بعدها سيُستبدل عند التشغيل القادم لـ Workshop Kit (تُحفظ البيانات الحالية في ملف بجانبها).</translation>
      <extra-wk-built>494f8bc9f4d8</extra-wk-built>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>يدوية</translation>
      <extra-wk-built>f7acc1782dba</extra-wk-built>
    </message>
    <message>
      <source>No restore is planned any more.</source>
      <translation>لم يعد أي استرجاع مبرمجاً.</translation>
      <extra-wk-built>3904aea4fa21</extra-wk-built>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
      <extra-wk-built>c3b023d78238</extra-wk-built>
    </message>
    <message>
      <source>Rescue copy after a write error</source>
      <translation>نسخة إنقاذ بعد خطأ في الكتابة</translation>
      <extra-wk-built>1f82fa2df7a6</extra-wk-built>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>استرجاع نسخة احتياطية</translation>
      <extra-wk-built>9b80d66c5f6b</extra-wk-built>
    </message>
    <message>
      <source>Restore at the next start</source>
      <translation>الاسترجاع عند التشغيل القادم</translation>
      <extra-wk-built>a2d9786dcaf8</extra-wk-built>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>استرجاع هذه النسخة…</translation>
      <extra-wk-built>156374f6f4c9</extra-wk-built>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
      <extra-wk-built>3ef1959dc111</extra-wk-built>
    </message>
    <message>
      <source>The backup of {time} will be restored the next time you start Workshop Kit.</source>
      <translation>ستُسترجع النسخة الاحتياطية بتاريخ {time} عند التشغيل القادم لـ Workshop Kit.</translation>
      <extra-wk-built>3c2d60ab66e2</extra-wk-built>
    </message>
    <message>
      <source>There is no backup yet. Use File → Back up now to make one.</source>
      <translation>لا توجد أي نسخة احتياطية بعد. استعملوا «ملف ← إنشاء نسخة احتياطية الآن» لإنشاء واحدة.</translation>
      <extra-wk-built>410c092ad9d9</extra-wk-built>
    </message>
    <message>
      <source>When the data file was opened</source>
      <translation>عند فتح ملف البيانات</translation>
      <extra-wk-built>e173498963ab</extra-wk-built>
    </message>
    <message>
      <source>to be restored at the next start</source>
      <translation>ستُسترجع عند التشغيل القادم</translation>
      <extra-wk-built>852a9769bbbb</extra-wk-built>
    </message>
    <message>
      <source>{n} MB</source>
      <translation>{n} م.ب</translation>
      <extra-wk-built>05decbfae520</extra-wk-built>
    </message>
    <message>
      <source>{n} kB</source>
      <translation>{n} ك.ب</translation>
      <extra-wk-built>647f4f5da57c</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Already checked in at {time}</source>
      <translation>سبق تسجيل الحضور على الساعة {time}</translation>
      <extra-wk-built>2ab2af8a2329</extra-wk-built>
    </message>
    <message>
      <source>Already marked present for this session</source>
      <translation>سُجّل حضوره في هذه الجلسة من قبل</translation>
      <extra-wk-built>3bbe6428d72c</extra-wk-built>
    </message>
    <message>
      <source>Badge no longer valid</source>
      <translation>الشارة لم تعد صالحة</translation>
      <extra-wk-built>e8825a79a069</extra-wk-built>
    </message>
    <message>
      <source>Checked in at {time}</source>
      <translation>سُجّل الحضور على الساعة {time}</translation>
      <extra-wk-built>81b9676575e4</extra-wk-built>
    </message>
    <message>
      <source>Choose the session</source>
      <translation>اختر الجلسة</translation>
      <extra-wk-built>3360bd457380</extra-wk-built>
    </message>
    <message>
      <source>No session is running by the laptop clock ({time}). Check the clock or choose the session at the top; nothing was recorded.</source>
      <translation>لا توجد جلسة جارية حسب ساعة الحاسوب ({time}). تحقّق من الساعة أو اختر الجلسة في الأعلى؛ لم يُسجَّل أي شيء.</translation>
      <extra-wk-built>6639faf97846</extra-wk-built>
    </message>
    <message>
      <source>Not enrolled in this workshop</source>
      <translation>غير مسجَّل(ة) في هذه الورشة</translation>
      <extra-wk-built>15501254ba76</extra-wk-built>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>رمز غير معروف</translation>
      <extra-wk-built>94c819781fcf</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name}</source>
      <translation>مرحبًا {name}</translation>
      <extra-wk-built>503c3b487cb7</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name} (late)</source>
      <translation>مرحبًا {name} (وصول متأخر)</translation>
      <extra-wk-built>e1ecaa8ad6ca</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ScoresTab</name>
    <message>
      <source>A module not installed on this computer</source>
      <translation>وحدة غير مثبّتة على هذا الحاسوب</translation>
      <extra-wk-built>874a946b9610</extra-wk-built>
    </message>
    <message>
      <source>All workshops</source>
      <translation>كل الورشات</translation>
      <extra-wk-built>b98b8cebb903</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>اختاروا ورشة أو أنشئوها أولاً (صفحة الورشات).</translation>
      <extra-wk-built>a53431ae6b57</extra-wk-built>
    </message>
    <message>
      <source>Gain</source>
      <translation>المكسب</translation>
      <extra-wk-built>5a8a5fef819d</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain (average of participants with both scores)</source>
      <translation>المكسب المعرفي (متوسط المشاركين الذين لديهم النتيجتان)</translation>
      <extra-wk-built>712cd166c7aa</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
      <extra-wk-built>9a08d7d4bf73</extra-wk-built>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>لا يوجد بعدُ أي مشارك لديه نتيجة قبلية وبعدية.</translation>
      <extra-wk-built>10a5c70b2342</extra-wk-built>
    </message>
    <message>
      <source>Out of</source>
      <translation>من أصل</translation>
      <extra-wk-built>7ed572fa1ecb</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
      <extra-wk-built>1fc1032ab0ef</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Post %</source>
      <translation>بعدي %</translation>
      <extra-wk-built>69be9f46520c</extra-wk-built>
    </message>
    <message>
      <source>Post-test</source>
      <translation>الاختبار البعدي</translation>
      <extra-wk-built>b03b69186417</extra-wk-built>
    </message>
    <message>
      <source>Pre %</source>
      <translation>قبلي %</translation>
      <extra-wk-built>4a894c1bec89</extra-wk-built>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>الاختبار القبلي</translation>
      <extra-wk-built>e09b67cdffa3</extra-wk-built>
    </message>
    <message>
      <source>Pre/post tests of: {title}</source>
      <translation>الاختبارات القبلية/البعدية لـ: {title}</translation>
      <extra-wk-built>6ccf56be5223</extra-wk-built>
    </message>
    <message>
      <source>Print the answer key…</source>
      <translation>طباعة مفتاح الإجابات…</translation>
      <extra-wk-built>6219b442459a</extra-wk-built>
    </message>
    <message>
      <source>Print the test…</source>
      <translation>طباعة الاختبار…</translation>
      <extra-wk-built>eddaf00c3164</extra-wk-built>
    </message>
    <message>
      <source>Row {row}: '{value}' is not a number.</source>
      <translation>السطر {row}: «{value}» ليس رقماً.</translation>
      <extra-wk-built>1038577e028f</extra-wk-built>
    </message>
    <message>
      <source>Save scores</source>
      <translation>حفظ النتائج</translation>
      <extra-wk-built>69ef973190b9</extra-wk-built>
    </message>
    <message>
      <source>Save the test</source>
      <translation>حفظ الاختبار</translation>
      <extra-wk-built>7def750e501e</extra-wk-built>
    </message>
    <message>
      <source>Whole workshop</source>
      <translation>الورشة كلها</translation>
      <extra-wk-built>133d90aa677a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>(no logo)</source>
      <translation>(بدون شعار)</translation>
      <extra-wk-built>5a1b99ce1217</extra-wk-built>
    </message>
    <message>
      <source>Automatic backup every</source>
      <translation>نسخة احتياطية تلقائية كل</translation>
      <extra-wk-built>5c2d5cc51f78</extra-wk-built>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>عدد النسخ الاحتياطية المحفوظة</translation>
      <extra-wk-built>3fc40998e9dd</extra-wk-built>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>تغيير عبارة المرور</translation>
      <extra-wk-built>910b76e57d64</extra-wk-built>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>تغيير عبارة المرور…</translation>
      <extra-wk-built>a520e4e466e1</extra-wk-built>
    </message>
    <message>
      <source>Choose logo</source>
      <translation>اختيار الشعار</translation>
      <extra-wk-built>951b8d08d750</extra-wk-built>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>اختيار الشعار…</translation>
      <extra-wk-built>00d0dbf60c0d</extra-wk-built>
    </message>
    <message>
      <source>Choose the new data folder</source>
      <translation>اختيار مجلد البيانات الجديد</translation>
      <extra-wk-built>6d6d79656c6c</extra-wk-built>
    </message>
    <message>
      <source>Copying the data folder to {path}…</source>
      <translation>جارٍ نسخ مجلد البيانات إلى {path}…</translation>
      <extra-wk-built>b00f44d1cdfb</extra-wk-built>
    </message>
    <message>
      <source>Data folder</source>
      <translation>مجلد البيانات</translation>
      <extra-wk-built>d5ea0e40b468</extra-wk-built>
    </message>
    <message>
      <source>Data folder and backups</source>
      <translation>مجلد البيانات والنسخ الاحتياطية</translation>
      <extra-wk-built>7fa5c9082b20</extra-wk-built>
    </message>
    <message>
      <source>Decrypt the database and its backups? Anyone who can read the data folder will then be able to read the participants' data.</source>
      <translation>فك تشفير قاعدة البيانات ونسخها الاحتياطية؟ سيتمكن حينها كل من يستطيع قراءة مجلد البيانات من قراءة بيانات المشاركين.</translation>
      <extra-wk-built>2af3870acd5a</extra-wk-built>
    </message>
    <message>
      <source>Encrypt with a passphrase…</source>
      <translation>التشفير بعبارة مرور…</translation>
      <extra-wk-built>f19b0a0165fd</extra-wk-built>
    </message>
    <message>
      <source>Encrypted with a passphrase (SQLCipher): the database and its backups cannot be read without it. A lost passphrase means lost data.</source>
      <translation>مشفّر بعبارة مرور (SQLCipher): لا يمكن قراءة قاعدة البيانات ونسخها الاحتياطية بدونها. ضياع العبارة يعني ضياع البيانات.</translation>
      <extra-wk-built>ea70cb9a6383</extra-wk-built>
    </message>
    <message>
      <source>Encryption</source>
      <translation>التشفير</translation>
      <extra-wk-built>b1e52c0f2e9f</extra-wk-built>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>التشفير غير متاح في هذا التثبيت (حزمة sqlcipher3 مفقودة).</translation>
      <extra-wk-built>66f941cf9105</extra-wk-built>
    </message>
    <message>
      <source>Hide these optional fields in the registration form:</source>
      <translation>إخفاء هذه الحقول الاختيارية في استمارة التسجيل:</translation>
      <extra-wk-built>6ef4878315cf</extra-wk-built>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>صور ‪(*.png *.jpg *.jpeg)</translation>
      <extra-wk-built>ffc23cb6a276</extra-wk-built>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
      <extra-wk-built>6520b21edd4d</extra-wk-built>
    </message>
    <message>
      <source>Language of the application</source>
      <translation>لغة التطبيق</translation>
      <extra-wk-built>617b05513af2</extra-wk-built>
    </message>
    <message>
      <source>Logo</source>
      <translation>الشعار</translation>
      <extra-wk-built>ab1012255ae3</extra-wk-built>
    </message>
    <message>
      <source>Move data folder</source>
      <translation>نقل مجلد البيانات</translation>
      <extra-wk-built>ea8fbb7351fd</extra-wk-built>
    </message>
    <message>
      <source>Move data folder…</source>
      <translation>نقل مجلد البيانات…</translation>
      <extra-wk-built>035c0eb87fcc</extra-wk-built>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
      <extra-wk-built>52ab09847cf8</extra-wk-built>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
      <extra-wk-built>3177ddbf5dd2</extra-wk-built>
    </message>
    <message>
      <source>Name printed on certificates and reports</source>
      <translation>الاسم المطبوع على الشهادات والتقارير</translation>
      <extra-wk-built>b832bdfaeb57</extra-wk-built>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder (a lost laptop, a copied USB stick) can read the participants' data.</source>
      <translation>غير مشفّر: كل من يستطيع قراءة مجلد البيانات (حاسوب ضائع، مفتاح USB منسوخ) يستطيع قراءة بيانات المشاركين.</translation>
      <extra-wk-built>f8340fd2fa4d</extra-wk-built>
    </message>
    <message>
      <source>Note: the WORKSHOP_KIT_HOME variable is set and takes precedence.</source>
      <translation>ملاحظة: المتغير WORKSHOP_KIT_HOME معرّف وله الأولوية.</translation>
      <extra-wk-built>be8eb32d8b8c</extra-wk-built>
    </message>
    <message>
      <source>Offer to anonymise participants of workshops finished more than</source>
      <translation>اقتراح إخفاء هوية المشاركين في الورشات المنتهية منذ أكثر من</translation>
      <extra-wk-built>9658fb312f27</extra-wk-built>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
      <extra-wk-built>2befd9ff5be7</extra-wk-built>
    </message>
    <message>
      <source>Print the EU co-funding mention on certificates</source>
      <translation>طباعة إشارة التمويل المشترك من الاتحاد الأوروبي على الشهادات</translation>
      <extra-wk-built>8e5125fb8477</extra-wk-built>
    </message>
    <message>
      <source>Privacy</source>
      <translation>الخصوصية</translation>
      <extra-wk-built>b2a0889b3131</extra-wk-built>
    </message>
    <message>
      <source>Remove encryption</source>
      <translation>إزالة التشفير</translation>
      <extra-wk-built>94708817c135</extra-wk-built>
    </message>
    <message>
      <source>Remove encryption…</source>
      <translation>إزالة التشفير…</translation>
      <extra-wk-built>e66549263967</extra-wk-built>
    </message>
    <message>
      <source>Rewriting the database and its backups…</source>
      <translation>جارٍ إعادة كتابة قاعدة البيانات ونسخها الاحتياطية…</translation>
      <extra-wk-built>7f32e5fdb193</extra-wk-built>
    </message>
    <message>
      <source>Save settings</source>
      <translation>حفظ الإعدادات</translation>
      <extra-wk-built>7f84449295c5</extra-wk-built>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
      <extra-wk-built>5fd9563e6846</extra-wk-built>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>تم حفظ الإعدادات.</translation>
      <extra-wk-built>283b09b06dda</extra-wk-built>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>لم يعد مجلد البيانات مشفّرًا.</translation>
      <extra-wk-built>d416a4e0886c</extra-wk-built>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe.</source>
      <translation>أصبح مجلد البيانات مشفّرًا. احتفظوا بعبارة المرور في مكان آمن.</translation>
      <extra-wk-built>2a6403b5a298</extra-wk-built>
    </message>
    <message>
      <source>The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left untouched.</source>
      <translation>نُسخت البيانات إلى {path}. أعد تشغيل Workshop Kit لاستعمالها؛ يبقى المجلد القديم كما هو.</translation>
      <extra-wk-built>eca307f1ee9a</extra-wk-built>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>تم تغيير عبارة المرور؛ لم تعد العبارة القديمة تفتح مجلد البيانات هذا.</translation>
      <extra-wk-built>26def1332525</extra-wk-built>
    </message>
    <message>
      <source>min</source>
      <translation>دقيقة</translation>
      <extra-wk-built>0b7ecae98e69</extra-wk-built>
    </message>
    <message>
      <source>months</source>
      <translation>أشهر</translation>
      <extra-wk-built>a6cc46c8db75</extra-wk-built>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the name above</source>
      <translation>يُطبع في الوثائق العربية؛ فارغ: الاسم أعلاه</translation>
      <extra-wk-built>edabfa45b9f2</extra-wk-built>
    </message>
  </context>
  <context>
    <name>SmtpDialog</name>
    <message>
      <source>E-mail server</source>
      <translation>خادم البريد الإلكتروني</translation>
      <extra-wk-built>66b0b520fce1</extra-wk-built>
    </message>
    <message>
      <source>Login</source>
      <translation>اسم الدخول</translation>
      <extra-wk-built>a4ed183ce7eb</extra-wk-built>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
      <extra-wk-built>b05d306b5591</extra-wk-built>
    </message>
    <message>
      <source>Port</source>
      <translation>المنفذ</translation>
      <extra-wk-built>3499e8a997ba</extra-wk-built>
    </message>
    <message>
      <source>Security</source>
      <translation>الأمان</translation>
      <extra-wk-built>3b309351a2d4</extra-wk-built>
    </message>
    <message>
      <source>Sender address</source>
      <translation>عنوان المُرسِل</translation>
      <extra-wk-built>24b0db61012c</extra-wk-built>
    </message>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
      <extra-wk-built>3ccf5224b067</extra-wk-built>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>تُحفظ في حافظة كلمات مرور النظام</translation>
      <extra-wk-built>b116210cf7ed</extra-wk-built>
    </message>
    <message>
      <source>no keyring here: asked each time</source>
      <translation>لا حافظة هنا: تُطلب في كل مرة</translation>
      <extra-wk-built>93ebf3ca0729</extra-wk-built>
    </message>
    <message>
      <source>none (local tests only)</source>
      <translation>بدون (للاختبارات المحلية فقط)</translation>
      <extra-wk-built>92898c299d42</extra-wk-built>
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
      <extra-wk-built>d27415986305</extra-wk-built>
    </message>
    <message>
      <source>Bilingual French / Arabic</source>
      <translation>ثنائي اللغة فرنسي / عربي</translation>
      <extra-wk-built>5e74fb577e37</extra-wk-built>
    </message>
    <message>
      <source>Certificate template</source>
      <translation>قالب الشهادة</translation>
      <extra-wk-built>3091aeb24165</extra-wk-built>
    </message>
    <message>
      <source>Check template</source>
      <translation>فحص القالب</translation>
      <extra-wk-built>b5e131471cc6</extra-wk-built>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>صحّحوا القالب ثم افحصوه من جديد.</translation>
      <extra-wk-built>42c7ca1082c7</extra-wk-built>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
      <extra-wk-built>e379e8d52841</extra-wk-built>
    </message>
    <message>
      <source>Known placeholders: {names}</source>
      <translation>الحقول المعروفة: {names}</translation>
      <extra-wk-built>4b0dd8ec7c36</extra-wk-built>
    </message>
    <message>
      <source>My own template: {name}</source>
      <translation>قالبي: {name}</translation>
      <extra-wk-built>024146330686</extra-wk-built>
    </message>
    <message>
      <source>My own template…</source>
      <translation>قالبي الخاص…</translation>
      <extra-wk-built>832eababc631</extra-wk-built>
    </message>
    <message>
      <source>Pictures: {names}</source>
      <translation>الصور: {names}</translation>
      <extra-wk-built>9cf3c2291f18</extra-wk-built>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>جارٍ إعداد المعاينة…</translation>
      <extra-wk-built>4e13b81877e5</extra-wk-built>
    </message>
    <message>
      <source>Preview</source>
      <translation>معاينة</translation>
      <extra-wk-built>63742c2bd171</extra-wk-built>
    </message>
    <message>
      <source>The preview was cancelled.</source>
      <translation>أُلغيت المعاينة.</translation>
      <extra-wk-built>4103b85c7e0c</extra-wk-built>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>القالب جاهز.</translation>
      <extra-wk-built>015df62c2e52</extra-wk-built>
    </message>
    <message>
      <source>Unknown placeholders (left empty): {names}</source>
      <translation>حقول غير معروفة (تُترك فارغة): {names}</translation>
      <extra-wk-built>a868183d2a7c</extra-wk-built>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‪(*.docx)</translation>
      <extra-wk-built>34e20214d316</extra-wk-built>
    </message>
  </context>
  <context>
    <name>VerifyTab</name>
    <message>
      <source>A page to put on your website or a shared folder: any phone that scans a certificate's QR code checks it there, with no app and no network.</source>
      <translation>صفحة تضعونها على موقعكم أو في مجلد مشترك: أي هاتف يمسح رمز QR في الشهادة يتحقق منها هناك، دون تطبيق ودون اتصال.</translation>
      <extra-wk-built>b71afa4b107f</extra-wk-built>
    </message>
    <message>
      <source>Address of the page</source>
      <translation>عنوان الصفحة</translation>
      <extra-wk-built>1e30401d486e</extra-wk-built>
    </message>
    <message>
      <source>Check a certificate: paste the text read from its QR code, type its short code (e.g. ABCD-EFGH) or open a photo or scan of the QR code. Works offline with the public keys this computer trusts.</source>
      <translation>التحقق من شهادة: الصقوا النص المقروء من رمز QR، أو اكتبوا الرمز القصير (مثل ABCD-EFGH)، أو افتحوا صورة أو مسحًا ضوئيًا لرمز QR. يعمل دون اتصال بالمفاتيح العامة الموثوقة على هذا الحاسوب.</translation>
      <extra-wk-built>ee4734153b11</extra-wk-built>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>الرمز: {code}</translation>
      <extra-wk-built>39cd0f32875f</extra-wk-built>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>التواريخ: {start} ← {end}</translation>
      <extra-wk-built>0b7c37061f81</extra-wk-built>
    </message>
    <message>
      <source>Export our public key…</source>
      <translation>تصدير مفتاحنا العام…</translation>
      <extra-wk-built>aff4ea7dc4ca</extra-wk-built>
    </message>
    <message>
      <source>Export public key</source>
      <translation>تصدير المفتاح العام</translation>
      <extra-wk-built>b39d50566ba2</extra-wk-built>
    </message>
    <message>
      <source>Folder for the verification page</source>
      <translation>مجلد صفحة التحقق</translation>
      <extra-wk-built>60abed824414</extra-wk-built>
    </message>
    <message>
      <source>Key {kid} is now trusted.</source>
      <translation>أصبح المفتاح {kid} موثوقًا.</translation>
      <extra-wk-built>d40c6935af3b</extra-wk-built>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
      <extra-wk-built>47bb7d9249cc</extra-wk-built>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>الاسم: {name}</translation>
      <extra-wk-built>d602662591e7</extra-wk-built>
    </message>
    <message>
      <source>No QR code found in this file. Try a sharper, closer photo, or type the short code.</source>
      <translation>لم يُعثر على رمز QR في هذا الملف. جرّبوا صورة أوضح وأقرب، أو اكتبوا الرمز القصير.</translation>
      <extra-wk-built>f5c2bdf84678</extra-wk-built>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>الرقم: {number}</translation>
      <extra-wk-built>9513751d9701</extra-wk-built>
    </message>
    <message>
      <source>Open a photo or scan of the QR code, or type the short code.</source>
      <translation>افتحوا صورة أو مسحًا ضوئيًا لرمز QR، أو اكتبوا الرمز القصير.</translation>
      <extra-wk-built>23ca117709cf</extra-wk-built>
    </message>
    <message>
      <source>Open a picture…</source>
      <translation>فتح صورة…</translation>
      <extra-wk-built>329c0115ecaa</extra-wk-built>
    </message>
    <message>
      <source>Photo or scan of the QR code</source>
      <translation>صورة أو مسح ضوئي لرمز QR</translation>
      <extra-wk-built>2869c6f79bb0</extra-wk-built>
    </message>
    <message>
      <source>Pictures or PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</source>
      <translation>الصور أو PDF ‪(*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</translation>
      <extra-wk-built>220d600be3d4</extra-wk-built>
    </message>
    <message>
      <source>Public key {kid} written to {path}.</source>
      <translation>كُتب المفتاح العام {kid} في {path}.</translation>
      <extra-wk-built>1e557a177137</extra-wk-built>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>المفاتيح العامة ‪(*.pub)</translation>
      <extra-wk-built>c8b60a3bc3e1</extra-wk-built>
    </message>
    <message>
      <source>Publish the verification page…</source>
      <translation>نشر صفحة التحقق…</translation>
      <extra-wk-built>a00ec9665115</extra-wk-built>
    </message>
    <message>
      <source>QR text, short code or certificate number</source>
      <translation>نص QR أو الرمز القصير أو رقم الشهادة</translation>
      <extra-wk-built>1d4963da0a1b</extra-wk-built>
    </message>
    <message>
      <source>Revocation is known only to the database of the organisation that issued the certificate; elsewhere a valid answer means the certificate is genuine.</source>
      <translation>لا يُعرف الإلغاء إلا في قاعدة بيانات المنظمة التي أصدرت الشهادة؛ وفي غيرها يعني الجواب الصحيح أن الشهادة أصلية.</translation>
      <extra-wk-built>a09a94b90579</extra-wk-built>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>أُبطلت في {when}: {reason}</translation>
      <extra-wk-built>837f051ba38c</extra-wk-built>
    </message>
    <message>
      <source>Trust a public key</source>
      <translation>الوثوق بمفتاح عام</translation>
      <extra-wk-built>addc2d5cefd1</extra-wk-built>
    </message>
    <message>
      <source>Trust another organisation's key…</source>
      <translation>الوثوق بمفتاح منظمة أخرى…</translation>
      <extra-wk-built>7af3d4e8da48</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Verification page written to {path}: %n certificate(s), revoked: {r}. Publish it again after each revocation.</source>
      <translation>
        <numerusform>كُتبت صفحة التحقق في {path}: %n شهادة، الملغاة: {r}. أعد نشرها بعد كل إلغاء.</numerusform>
        <numerusform>كُتبت صفحة التحقق في {path}: شهادة واحدة، الملغاة: {r}. أعد نشرها بعد كل إلغاء.</numerusform>
        <numerusform>كُتبت صفحة التحقق في {path}: شهادتان، الملغاة: {r}. أعد نشرها بعد كل إلغاء.</numerusform>
        <numerusform>كُتبت صفحة التحقق في {path}: %n شهادات، الملغاة: {r}. أعد نشرها بعد كل إلغاء.</numerusform>
        <numerusform>كُتبت صفحة التحقق في {path}: %n شهادة، الملغاة: {r}. أعد نشرها بعد كل إلغاء.</numerusform>
        <numerusform>كُتبت صفحة التحقق في {path}: %n شهادة، الملغاة: {r}. أعد نشرها بعد كل إلغاء.</numerusform>
      </translation>
      <extra-wk-built>a560fc7198ec</extra-wk-built>
    </message>
    <message>
      <source>Verify</source>
      <translation>التحقق</translation>
      <extra-wk-built>c71e850f44f5</extra-wk-built>
    </message>
    <message>
      <source>Where will verify.html be published (for example https://example.org/verify.html)? New certificates' QR codes open this address. Leave empty to keep plain codes.</source>
      <translation>أين ستُنشر verify.html (مثلًا https://example.org/verify.html)؟ تفتح رموز QR في الشهادات الجديدة هذا العنوان. اتركه فارغًا للإبقاء على الرموز العادية.</translation>
      <extra-wk-built>23a26705089c</extra-wk-built>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>الورشة: {title}</translation>
      <extra-wk-built>3f5ad0aa3c5d</extra-wk-built>
    </message>
    <message>
      <source>Writing the verification page…</source>
      <translation>جارٍ كتابة صفحة التحقق…</translation>
      <extra-wk-built>aeaed509e847</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>يوافق على تلقي الشهادة بالبريد الإلكتروني</translation>
      <extra-wk-built>8b6451e84433</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
      <extra-wk-built>194ae8aaa9ba</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
      <extra-wk-built>597df418efaf</extra-wk-built>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>تسجيل المشارك(ة) وتسجيل الحضور</translation>
      <extra-wk-built>6da94ec42561</extra-wk-built>
    </message>
    <message>
      <source>The person agrees that their data is recorded for this programme</source>
      <translation>يوافق الشخص على تسجيل بياناته في إطار هذا البرنامج</translation>
      <extra-wk-built>46d070034866</extra-wk-built>
    </message>
    <message>
      <source>Walk-in registration</source>
      <translation>تسجيل في عين المكان</translation>
      <extra-wk-built>fc928e5216c8</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
      <extra-wk-built>9aac3741aa39</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WorkshopsModel</name>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
      <extra-wk-built>23ee0d351c7b</extra-wk-built>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
      <extra-wk-built>43a6b0417696</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
      <extra-wk-built>9aa93a737569</extra-wk-built>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
      <extra-wk-built>c9364e4fe281</extra-wk-built>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
      <extra-wk-built>2d110e56d5f5</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WorkshopsPage</name>
    <message>
      <source>Add session</source>
      <translation>إضافة جلسة</translation>
      <extra-wk-built>f3b4b3102f51</extra-wk-built>
    </message>
    <message>
      <source>Attendance needed for a certificate</source>
      <translation>نسبة الحضور المطلوبة للشهادة</translation>
      <extra-wk-built>b84e1120c3f1</extra-wk-built>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
      <extra-wk-built>23ee0d351c7b</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
      <extra-wk-built>d90c384199ac</extra-wk-built>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
      <extra-wk-built>fd5069afa55f</extra-wk-built>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
      <extra-wk-built>59ca629220a6</extra-wk-built>
    </message>
    <message>
      <source>Delete '{title}' with its sessions, enrolments and attendance? Participants stay registered.</source>
      <translation>هل تريد حذف «{title}» مع جلساتها وتسجيلاتها وسجلات حضورها؟ يبقى المشاركون مسجلين.</translation>
      <extra-wk-built>12c854f5995e</extra-wk-built>
    </message>
    <message>
      <source>Delete workshop</source>
      <translation>حذف الورشة</translation>
      <extra-wk-built>5874b3c76459</extra-wk-built>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
      <extra-wk-built>bb75fc39849a</extra-wk-built>
    </message>
    <message>
      <source>Donor</source>
      <translation>الجهة المانحة</translation>
      <extra-wk-built>c4c8e10b288b</extra-wk-built>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
      <extra-wk-built>43a6b0417696</extra-wk-built>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
      <extra-wk-built>6520b21edd4d</extra-wk-built>
    </message>
    <message>
      <source>Late after</source>
      <translation>متأخر بعد</translation>
      <extra-wk-built>a22504fa46d4</extra-wk-built>
    </message>
    <message>
      <source>Man (Formateur)</source>
      <translation>رجل (المكوّن)</translation>
      <extra-wk-built>bc6cf966f179</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
      <extra-wk-built>9a08d7d4bf73</extra-wk-built>
    </message>
    <message>
      <source>Modules</source>
      <translation>الوحدات</translation>
      <extra-wk-built>fd8fe07809af</extra-wk-built>
    </message>
    <message>
      <source>New workshop…</source>
      <translation>ورشة جديدة…</translation>
      <extra-wk-built>73265bb1bfe7</extra-wk-built>
    </message>
    <message>
      <source>No.</source>
      <translation>رقم</translation>
      <extra-wk-built>4b2a9dd803ac</extra-wk-built>
    </message>
    <message>
      <source>Not said (neutral wording)</source>
      <translation>غير محدد (عبارة محايدة)</translation>
      <extra-wk-built>ea2943d6553e</extra-wk-built>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
      <extra-wk-built>d446d2dc6b81</extra-wk-built>
    </message>
    <message>
      <source>Partner</source>
      <translation>الشريك</translation>
      <extra-wk-built>0166c88c8f21</extra-wk-built>
    </message>
    <message>
      <source>Project code</source>
      <translation>رمز المشروع</translation>
      <extra-wk-built>c937cc914019</extra-wk-built>
    </message>
    <message>
      <source>Remove session</source>
      <translation>إزالة الجلسة</translation>
      <extra-wk-built>35fb978d0f08</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Remove session {number} ({when}) and the %n attendance record(s) of it? The other sessions are numbered again.</source>
      <translation>
        <numerusform>حذف الجلسة {number} ({when}) مع %n سجل حضور الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</numerusform>
        <numerusform>حذف الجلسة {number} ({when}) مع سجل حضور واحد الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</numerusform>
        <numerusform>حذف الجلسة {number} ({when}) مع سجلا حضور الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</numerusform>
        <numerusform>حذف الجلسة {number} ({when}) مع %n سجلات حضور الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</numerusform>
        <numerusform>حذف الجلسة {number} ({when}) مع %n سجل حضور الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</numerusform>
        <numerusform>حذف الجلسة {number} ({when}) مع %n سجل حضور الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</numerusform>
      </translation>
      <extra-wk-built>83dc8070a090</extra-wk-built>
    </message>
    <message>
      <source>Remove session {number} ({when})? Nobody's attendance is recorded for it. The other sessions are numbered again.</source>
      <translation>حذف الجلسة {number} ({when})؟ لا يوجد حضور مسجّل فيها. يُعاد ترقيم الجلسات الأخرى.</translation>
      <extra-wk-built>3a69463c2554</extra-wk-built>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
      <extra-wk-built>ddfcaf9d0144</extra-wk-built>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
      <extra-wk-built>9aa93a737569</extra-wk-built>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
      <extra-wk-built>c9364e4fe281</extra-wk-built>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
      <extra-wk-built>2d110e56d5f5</extra-wk-built>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>العنوان بالعربية</translation>
      <extra-wk-built>ff67ae943260</extra-wk-built>
    </message>
    <message>
      <source>Trainer</source>
      <translation>المكوّن</translation>
      <extra-wk-built>e581238ae8e9</extra-wk-built>
    </message>
    <message>
      <source>Trainer's gender</source>
      <translation>جنس المكوّن(ة)</translation>
      <extra-wk-built>d27463000af1</extra-wk-built>
    </message>
    <message>
      <source>Trainer's name in Arabic</source>
      <translation>اسم المكوّن(ة) بالعربية</translation>
      <extra-wk-built>c510be225b7e</extra-wk-built>
    </message>
    <message>
      <source>Venue</source>
      <translation>المكان</translation>
      <extra-wk-built>1943d20a3589</extra-wk-built>
    </message>
    <message>
      <source>Venue in Arabic</source>
      <translation>المكان بالعربية</translation>
      <extra-wk-built>b1b4d15ed769</extra-wk-built>
    </message>
    <message>
      <source>Woman (Formatrice)</source>
      <translation>امرأة (المكوّنة)</translation>
      <extra-wk-built>acb89138bf0d</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
      <extra-wk-built>7637f100e5ed</extra-wk-built>
    </message>
    <message>
      <source>min</source>
      <translation>دقيقة</translation>
      <extra-wk-built>0b7ecae98e69</extra-wk-built>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the French form</source>
      <translation>يُطبع في الوثائق العربية؛ فارغ: الصيغة الفرنسية</translation>
      <extra-wk-built>23b00b0571d1</extra-wk-built>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <source>%n PDF file(s) made.</source>
      <translation>
        <numerusform>أُنشئ %n ملف PDF.</numerusform>
        <numerusform>أُنشئ ملف PDF واحد.</numerusform>
        <numerusform>أُنشئ ملفا PDF.</numerusform>
        <numerusform>أُنشئت %n ملفات PDF.</numerusform>
        <numerusform>أُنشئ %n ملفًا PDF.</numerusform>
        <numerusform>أُنشئ %n ملف PDF.</numerusform>
      </translation>
      <extra-wk-built>7d9426027663</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n PNG badge(s) written to {folder}.</source>
      <translation>
        <numerusform>تم إنشاء %n شارة PNG في {folder}.</numerusform>
        <numerusform>تم إنشاء شارة PNG واحدة في {folder}.</numerusform>
        <numerusform>تم إنشاء شارتي PNG في {folder}.</numerusform>
        <numerusform>تم إنشاء %n شارات PNG في {folder}.</numerusform>
        <numerusform>تم إنشاء %n شارة PNG في {folder}.</numerusform>
        <numerusform>تم إنشاء %n شارة PNG في {folder}.</numerusform>
      </translation>
      <extra-wk-built>cf96edaf32ea</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n already known</source>
      <translation>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
        <numerusform>معروف من قبل: %n</numerusform>
      </translation>
      <extra-wk-built>32523024dc14</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n backup(s) are still plain: run workshop-kit encryption enable again to finish.</source>
      <translation>
        <numerusform>%n نسخة احتياطية لا تزال غير مشفّرة: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</numerusform>
        <numerusform>نسخة احتياطية واحدة لا تزال غير مشفّرة: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</numerusform>
        <numerusform>نسختان احتياطيتان لا تزالان غير مشفّرتين: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</numerusform>
        <numerusform>%n نسخ احتياطية لا تزال غير مشفّرة: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</numerusform>
        <numerusform>%n نسخة احتياطية لا تزال غير مشفّرة: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</numerusform>
        <numerusform>%n نسخة احتياطية لا تزال غير مشفّرة: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</numerusform>
      </translation>
      <extra-wk-built>e95efede3ba5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n badge(s) written to {path} ({pages}).</source>
      <translation>
        <numerusform>تم إنشاء %n شارة في {path} ({pages}).</numerusform>
        <numerusform>تم إنشاء شارة واحدة في {path} ({pages}).</numerusform>
        <numerusform>تم إنشاء شارتين في {path} ({pages}).</numerusform>
        <numerusform>تم إنشاء %n شارات في {path} ({pages}).</numerusform>
        <numerusform>تم إنشاء %n شارة في {path} ({pages}).</numerusform>
        <numerusform>تم إنشاء %n شارة في {path} ({pages}).</numerusform>
      </translation>
      <extra-wk-built>ecc141428cf8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) written.</source>
      <translation>
        <numerusform>كُتبت %n شهادة.</numerusform>
        <numerusform>كُتبت شهادة واحدة.</numerusform>
        <numerusform>كُتبت شهادتان.</numerusform>
        <numerusform>كُتبت %n شهادات.</numerusform>
        <numerusform>كُتبت %n شهادة.</numerusform>
        <numerusform>كُتبت %n شهادة.</numerusform>
      </translation>
      <extra-wk-built>c6b2361cae6d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n enrolment(s) added</source>
      <translation>
        <numerusform>أضيف %n تسجيل</numerusform>
        <numerusform>أضيف تسجيل واحد</numerusform>
        <numerusform>أضيف تسجيلان</numerusform>
        <numerusform>أضيفت %n تسجيلات</numerusform>
        <numerusform>أضيف %n تسجيلًا</numerusform>
        <numerusform>أضيف %n تسجيل</numerusform>
      </translation>
      <extra-wk-built>6b96ab5391ec</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n خطأ</numerusform>
        <numerusform>خطأ واحد</numerusform>
        <numerusform>خطآن</numerusform>
        <numerusform>%n أخطاء</numerusform>
        <numerusform>%n خطأً</numerusform>
        <numerusform>%n خطأ</numerusform>
      </translation>
      <extra-wk-built>d9fea2e735d5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
        <numerusform>فاشلة: %n</numerusform>
      </translation>
      <extra-wk-built>5563b7274a65</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
        <numerusform>دُمج %n</numerusform>
      </translation>
      <extra-wk-built>5aff6e00ed33</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) may have arrived although the server did not confirm them; they are marked uncertain and will not be sent again by themselves. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</source>
      <translation>
        <numerusform>ربما وصلت %n رسالة رغم أن الخادم لم يؤكد استلامها؛ عُلّمت «غير مؤكدة» ولن يُعاد إرسالها تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>ربما وصلت رسالة واحدة رغم أن الخادم لم يؤكد استلامها؛ عُلّمت «غير مؤكدة» ولن يُعاد إرسالها تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>ربما وصلت رسالتان رغم أن الخادم لم يؤكد استلامهما؛ عُلّمتا «غير مؤكدتين» ولن يُعاد إرسالهما تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>ربما وصلت %n رسائل رغم أن الخادم لم يؤكد استلامها؛ عُلّمت «غير مؤكدة» ولن يُعاد إرسالها تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>ربما وصلت %n رسالة رغم أن الخادم لم يؤكد استلامها؛ عُلّمت «غير مؤكدة» ولن يُعاد إرسالها تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>ربما وصلت %n رسالة رغم أن الخادم لم يؤكد استلامها؛ عُلّمت «غير مؤكدة» ولن يُعاد إرسالها تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</numerusform>
      </translation>
      <extra-wk-built>7bcdad61fcf6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) queued; send with: workshop-kit outbox send</source>
      <translation>
        <numerusform>%n رسالة في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</numerusform>
        <numerusform>رسالة واحدة في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</numerusform>
        <numerusform>رسالتان في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</numerusform>
        <numerusform>%n رسائل في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</numerusform>
        <numerusform>%n رسالة في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</numerusform>
        <numerusform>%n رسالة في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</numerusform>
      </translation>
      <extra-wk-built>572a79e9207d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>دقيقة واحدة</numerusform>
        <numerusform>دقيقتان</numerusform>
        <numerusform>%n دقائق</numerusform>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقة</numerusform>
      </translation>
      <extra-wk-built>0400321cc510</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n min ({h} h {m:02d})</source>
      <translation>
        <numerusform>%n دقيقة ({h} س {m:02d} د)</numerusform>
        <numerusform>دقيقة واحدة ({h} س {m:02d} د)</numerusform>
        <numerusform>دقيقتان ({h} س {m:02d} د)</numerusform>
        <numerusform>%n دقائق ({h} س {m:02d} د)</numerusform>
        <numerusform>%n دقيقة ({h} س {m:02d} د)</numerusform>
        <numerusform>%n دقيقة ({h} س {m:02d} د)</numerusform>
      </translation>
      <extra-wk-built>1878d3b807e6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n module(s)</source>
      <translation>
        <numerusform>%n وحدة</numerusform>
        <numerusform>وحدة واحدة</numerusform>
        <numerusform>وحدتان</numerusform>
        <numerusform>%n وحدات</numerusform>
        <numerusform>%n وحدة</numerusform>
        <numerusform>%n وحدة</numerusform>
      </translation>
      <extra-wk-built>a7b6865d422b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n مشارك جديد</numerusform>
        <numerusform>مشارك جديد واحد</numerusform>
        <numerusform>مشاركان جديدان</numerusform>
        <numerusform>%n مشاركين جدد</numerusform>
        <numerusform>%n مشاركًا جديدًا</numerusform>
        <numerusform>%n مشارك جديد</numerusform>
      </translation>
      <extra-wk-built>b8e823084cc8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n صفحة</numerusform>
        <numerusform>صفحة واحدة</numerusform>
        <numerusform>صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
      <extra-wk-built>1fc19b58d9d7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n مشارك</numerusform>
        <numerusform>مشارك واحد</numerusform>
        <numerusform>مشاركان</numerusform>
        <numerusform>%n مشاركين</numerusform>
        <numerusform>%n مشاركًا</numerusform>
        <numerusform>%n مشارك</numerusform>
      </translation>
      <extra-wk-built>48fbf16974c8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) anonymised.</source>
      <translation>
        <numerusform>تم إخفاء هوية %n مشارك.</numerusform>
        <numerusform>تم إخفاء هوية مشارك واحد.</numerusform>
        <numerusform>تم إخفاء هوية مشاركَين.</numerusform>
        <numerusform>تم إخفاء هوية %n مشاركين.</numerusform>
        <numerusform>تم إخفاء هوية %n مشاركًا.</numerusform>
        <numerusform>تم إخفاء هوية %n مشارك.</numerusform>
      </translation>
      <extra-wk-built>af0c176e27f9</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) enrolled in {title}.</source>
      <translation>
        <numerusform>تم تسجيل %n مشارك في {title}.</numerusform>
        <numerusform>تم تسجيل مشارك واحد في {title}.</numerusform>
        <numerusform>تم تسجيل مشاركَين في {title}.</numerusform>
        <numerusform>تم تسجيل %n مشاركين في {title}.</numerusform>
        <numerusform>تم تسجيل %n مشاركًا في {title}.</numerusform>
        <numerusform>تم تسجيل %n مشارك في {title}.</numerusform>
      </translation>
      <extra-wk-built>a507913b0949</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</source>
      <translation>
        <numerusform>يمكن إخفاء هوية %n مشارك في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</numerusform>
        <numerusform>يمكن إخفاء هوية مشارك واحد في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</numerusform>
        <numerusform>يمكن إخفاء هوية مشاركَين في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</numerusform>
        <numerusform>يمكن إخفاء هوية %n مشاركين في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</numerusform>
        <numerusform>يمكن إخفاء هوية %n مشاركًا في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</numerusform>
        <numerusform>يمكن إخفاء هوية %n مشارك في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</numerusform>
      </translation>
      <extra-wk-built>4feab236bc56</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) have problems only in optional fields: import them without those fields with --without-invalid-fields.</source>
      <translation>
        <numerusform>%n شخص مشاكلهم كلها في حقول اختيارية: استوردهم دون هذه الحقول مع ⁦--without-invalid-fields⁩.</numerusform>
        <numerusform>شخص واحد مشاكله كلها في حقول اختيارية: استورده دون هذه الحقول مع ⁦--without-invalid-fields⁩.</numerusform>
        <numerusform>شخصان مشاكلهما كلها في حقول اختيارية: استوردهما دون هذه الحقول مع ⁦--without-invalid-fields⁩.</numerusform>
        <numerusform>%n أشخاص مشاكلهم كلها في حقول اختيارية: استوردهم دون هذه الحقول مع ⁦--without-invalid-fields⁩.</numerusform>
        <numerusform>%n شخصًا مشاكلهم كلها في حقول اختيارية: استوردهم دون هذه الحقول مع ⁦--without-invalid-fields⁩.</numerusform>
        <numerusform>%n شخص مشاكلهم كلها في حقول اختيارية: استوردهم دون هذه الحقول مع ⁦--without-invalid-fields⁩.</numerusform>
      </translation>
      <extra-wk-built>db09bcdc94f2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) in this bundle also belong to another workshop on this laptop (or are not enrolled in this one): the bundle's changes to their records were left out. Correct or erase them on this laptop if needed.</source>
      <translation>
        <numerusform>%n شخص في هذه الحزمة ينتمون أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجلين في هذه): استُبعدت تعديلات الحزمة على سجلاتهم. صحّحوها أو امحوها على هذا الحاسوب عند الحاجة.</numerusform>
        <numerusform>شخص واحد في هذه الحزمة ينتمي أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجل في هذه): استُبعدت تعديلات الحزمة على سجله. صحّحوه أو امحوه على هذا الحاسوب عند الحاجة.</numerusform>
        <numerusform>شخصان في هذه الحزمة ينتميان أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجلين في هذه): استُبعدت تعديلات الحزمة على سجليهما. صحّحوهما أو امحوهما على هذا الحاسوب عند الحاجة.</numerusform>
        <numerusform>%n أشخاص في هذه الحزمة ينتمون أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجلين في هذه): استُبعدت تعديلات الحزمة على سجلاتهم. صحّحوها أو امحوها على هذا الحاسوب عند الحاجة.</numerusform>
        <numerusform>%n شخصًا في هذه الحزمة ينتمون أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجلين في هذه): استُبعدت تعديلات الحزمة على سجلاتهم. صحّحوها أو امحوها على هذا الحاسوب عند الحاجة.</numerusform>
        <numerusform>%n شخص في هذه الحزمة ينتمون أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجلين في هذه): استُبعدت تعديلات الحزمة على سجلاتهم. صحّحوها أو امحوها على هذا الحاسوب عند الحاجة.</numerusform>
      </translation>
      <extra-wk-built>9ee6880eb4e2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n مشكلة</numerusform>
        <numerusform>مشكلة واحدة</numerusform>
        <numerusform>مشكلتان</numerusform>
        <numerusform>%n مشاكل</numerusform>
        <numerusform>%n مشكلة</numerusform>
        <numerusform>%n مشكلة</numerusform>
      </translation>
      <extra-wk-built>5b6bb9b1ac90</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s), first: {first}</source>
      <translation>
        <numerusform>%n مشكلة، أولها: {first}</numerusform>
        <numerusform>مشكلة واحدة: {first}</numerusform>
        <numerusform>مشكلتان، أولاهما: {first}</numerusform>
        <numerusform>%n مشاكل، أولها: {first}</numerusform>
        <numerusform>%n مشكلة، أولها: {first}</numerusform>
        <numerusform>%n مشكلة، أولها: {first}</numerusform>
      </translation>
      <extra-wk-built>1d007deffe72</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s).</source>
      <translation>
        <numerusform>%n مشكلة.</numerusform>
        <numerusform>مشكلة واحدة.</numerusform>
        <numerusform>مشكلتان.</numerusform>
        <numerusform>%n مشاكل.</numerusform>
        <numerusform>%n مشكلة.</numerusform>
        <numerusform>%n مشكلة.</numerusform>
      </translation>
      <extra-wk-built>98af11aab806</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s); nothing was imported. Fix them and import again:</source>
      <translation>
        <numerusform>%n مشكلة؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</numerusform>
        <numerusform>مشكلة واحدة؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</numerusform>
        <numerusform>مشكلتان؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</numerusform>
        <numerusform>%n مشاكل؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</numerusform>
        <numerusform>%n مشكلة؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</numerusform>
        <numerusform>%n مشكلة؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</numerusform>
      </translation>
      <extra-wk-built>ca0986ddc441</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
        <numerusform>مرفوض: %n</numerusform>
      </translation>
      <extra-wk-built>3b253b19b503</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) are people already registered (enrolled, not created again).</source>
      <translation>
        <numerusform>%n سطر لأشخاص مسجلين من قبل (سُجّلوا في الورشة دون إنشائهم من جديد).</numerusform>
        <numerusform>سطر واحد لشخص مسجل من قبل (سُجّل في الورشة دون إنشائه من جديد).</numerusform>
        <numerusform>سطران لشخصين مسجلين من قبل (سُجّلا في الورشة دون إنشائهما من جديد).</numerusform>
        <numerusform>%n أسطر لأشخاص مسجلين من قبل (سُجّلوا في الورشة دون إنشائهم من جديد).</numerusform>
        <numerusform>%n سطرًا لأشخاص مسجلين من قبل (سُجّلوا في الورشة دون إنشائهم من جديد).</numerusform>
        <numerusform>%n سطر لأشخاص مسجلين من قبل (سُجّلوا في الورشة دون إنشائهم من جديد).</numerusform>
      </translation>
      <extra-wk-built>60411f537fa8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) skipped</source>
      <translation>
        <numerusform>تم تجاوز %n سطر</numerusform>
        <numerusform>تم تجاوز سطر واحد</numerusform>
        <numerusform>تم تجاوز سطرين</numerusform>
        <numerusform>تم تجاوز %n أسطر</numerusform>
        <numerusform>تم تجاوز %n سطرًا</numerusform>
        <numerusform>تم تجاوز %n سطر</numerusform>
      </translation>
      <extra-wk-built>be8a18d42610</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n sent</source>
      <translation>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
        <numerusform>مُرسلة: %n</numerusform>
      </translation>
      <extra-wk-built>e101100cdb8d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n جلسة</numerusform>
        <numerusform>جلسة واحدة</numerusform>
        <numerusform>جلستان</numerusform>
        <numerusform>%n جلسات</numerusform>
        <numerusform>%n جلسة</numerusform>
        <numerusform>%n جلسة</numerusform>
      </translation>
      <extra-wk-built>7147f4eaa181</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still arriving</source>
      <translation>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
        <numerusform>قيد الوصول: %n</numerusform>
      </translation>
      <extra-wk-built>d2bb2c5f63d6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still queued</source>
      <translation>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
        <numerusform>لا تزال منتظرة: %n</numerusform>
      </translation>
      <extra-wk-built>16cd551dcf84</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n uncertain</source>
      <translation>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
        <numerusform>غير مؤكدة: %n</numerusform>
      </translation>
      <extra-wk-built>7ba2767b9b54</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n valid row(s)</source>
      <translation>
        <numerusform>%n سطر صالح</numerusform>
        <numerusform>سطر صالح واحد</numerusform>
        <numerusform>سطران صالحان</numerusform>
        <numerusform>%n أسطر صالحة</numerusform>
        <numerusform>%n سطرًا صالحًا</numerusform>
        <numerusform>%n سطر صالح</numerusform>
      </translation>
      <extra-wk-built>5f3084e85f39</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n warning(s).</source>
      <translation>
        <numerusform>%n تنبيه.</numerusform>
        <numerusform>تنبيه واحد.</numerusform>
        <numerusform>تنبيهان.</numerusform>
        <numerusform>%n تنبيهات.</numerusform>
        <numerusform>%n تنبيهًا.</numerusform>
        <numerusform>%n تنبيه.</numerusform>
      </translation>
      <extra-wk-built>5a8aeaaab877</extra-wk-built>
    </message>
    <message>
      <source>'Trainer' with the trainer's gender when known, else a neutral line</source>
      <translation>«المكوّن» أو «المكوّنة» حسب جنس المكوّن(ة) إن كان معروفًا، وإلا عبارة محايدة</translation>
      <extra-wk-built>31a54ce50f50</extra-wk-built>
    </message>
    <message>
      <source>'has participated', agreed with the participant's gender in Arabic</source>
      <translation>«شارك/شاركت» حسب جنس المشارك(ة) بالعربية</translation>
      <extra-wk-built>df7e41e594db</extra-wk-built>
    </message>
    <message>
      <source>'{answer}' is not one of the choices; copy it exactly from the choices</source>
      <translation>«{answer}» ليست من بين الاختيارات؛ انسخوها كما هي من الاختيارات</translation>
      <extra-wk-built>958a4b692de7</extra-wk-built>
    </message>
    <message>
      <source>'{id}' differs from the folder name '{folder}'; they must be equal</source>
      <translation>«{id}» يختلف عن اسم المجلد «{folder}»؛ يجب أن يكونا متطابقين</translation>
      <extra-wk-built>2dc4d17b3ad0</extra-wk-built>
    </message>
    <message>
      <source>'{id}' is a module that comes with the app; give your module another id (and folder name).</source>
      <translation>«{id}» وحدة مرفقة بالتطبيق؛ أعطوا وحدتكم معرّفاً آخر (واسم مجلد آخر).</translation>
      <extra-wk-built>97b53d5a8ba0</extra-wk-built>
    </message>
    <message>
      <source>'{id}' may only hold lowercase letters, digits and '-'</source>
      <translation>«{id}» لا يمكن أن يحتوي إلا على حروف لاتينية صغيرة وأرقام و«-»</translation>
      <extra-wk-built>4a45842bde6e</extra-wk-built>
    </message>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation>«{ref}» يطابق عدة مشاركين؛ أدخل جزءًا أطول من المعرّف.</translation>
      <extra-wk-built>ddb6660f14c1</extra-wk-built>
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation>«{ref}» يطابق عدة ورشات؛ أدخل جزءًا أطول من المعرّف.</translation>
      <extra-wk-built>63077e8cceed</extra-wk-built>
    </message>
    <message>
      <source>'{target}' is missing from the module folder</source>
      <translation>«{target}» غير موجود في مجلد الوحدة</translation>
      <extra-wk-built>cb433d105ba1</extra-wk-built>
    </message>
    <message>
      <source>'{target}' is not in the module folder; the app works offline, put the picture in images/</source>
      <translation>«{target}» ليس في مجلد الوحدة؛ التطبيق يعمل دون إنترنت، ضعوا الصورة في images/</translation>
      <extra-wk-built>6ee187e4f8b2</extra-wk-built>
    </message>
    <message>
      <source>'{target}' points outside the module folder</source>
      <translation>«{target}» يشير إلى خارج مجلد الوحدة</translation>
      <extra-wk-built>4ed96cd99e46</extra-wk-built>
    </message>
    <message>
      <source>'{title}' on {day} ends after midnight; start it earlier.</source>
      <translation>«{title}» يوم {day} تنتهي بعد منتصف الليل؛ ابدؤوها في وقت أبكر.</translation>
      <extra-wk-built>387797a59b0c</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not MAJOR.MINOR (e.g. "1.0"); put it in quotes</source>
      <translation>«{value}» ليس بالصيغة MAJOR.MINOR (مثلاً "1.0")؛ ضعوه بين علامتي تنصيص</translation>
      <extra-wk-built>34d754c290f1</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not a date YYYY-MM-DD</source>
      <translation>«{value}» ليس تاريخاً بالصيغة YYYY-MM-DD</translation>
      <extra-wk-built>b0ec22bdaeef</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one with its country code, e.g. +33 6 12 34 56 78.</source>
      <translation>«⁦{value}⁩» ليس رقم هاتف؛ اكتب الرقم المغربي هكذا ⁦06 12 34 56 78⁩ والرقم الأجنبي مع رمز بلده، مثلًا ⁦+33 6 12 34 56 78⁩.</translation>
      <extra-wk-built>4925e18e1d44</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not a whole number of minutes</source>
      <translation>«{value}» ليس عدداً صحيحاً من الدقائق</translation>
      <extra-wk-built>80333b0cbe7a</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not an e-mail address (name@example.org).</source>
      <translation>«⁦{value}⁩» ليس عنوان بريد إلكتروني (⁦name@example.org⁩).</translation>
      <extra-wk-built>5fca4e75dece</extra-wk-built>
    </message>
    <message>
      <source>(module not installed)</source>
      <translation>(الوحدة غير مثبتة)</translation>
      <extra-wk-built>35c2a368a823</extra-wk-built>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(بدون اسم)</translation>
      <extra-wk-built>d4fd08a40958</extra-wk-built>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختيارية)</translation>
      <extra-wk-built>59069965a554</extra-wk-built>
    </message>
    <message>
      <source>(the newest good backup is {name}).</source>
      <translation>(أحدث نسخة احتياطية سليمة هي {name}).</translation>
      <extra-wk-built>e718ee766d90</extra-wk-built>
    </message>
    <message>
      <source>(threshold {pct} %)</source>
      <translation>(العتبة {pct} %)</translation>
      <extra-wk-built>5503307b0944</extra-wk-built>
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation>يجب أن تكون قيمة ‎--days بين 1 و{max}.</translation>
      <extra-wk-built>a246cece3431</extra-wk-built>
    </message>
    <message>
      <source>--mapping is not valid JSON ({detail}).</source>
      <translation>قيمة ‎--mapping ليست JSON صالحًا ({detail}).</translation>
      <extra-wk-built>711d416e31f8</extra-wk-built>
    </message>
    <message>
      <source>--mapping must be a JSON object like {"Nom": "last_name", "Tel": "phone"}.</source>
      <translation>يجب أن تكون ⁦--mapping⁩ كائن JSON مثل ⁦{"Nom": "last_name", "Tel": "phone"}⁩.</translation>
      <extra-wk-built>00fdf648f007</extra-wk-built>
    </message>
    <message>
      <source>--mapping names a column '{column}' that the file does not have; its columns are: {columns}.</source>
      <translation>تذكر ‎--mapping عمودًا «{column}» غير موجود في الملف؛ أعمدته هي: {columns}.</translation>
      <extra-wk-built>dfacfce9cef2</extra-wk-built>
    </message>
    <message>
      <source>--mapping: '{field}' is not a field; fields are: {fields}.</source>
      <translation>‎--mapping: «{field}» ليس حقلًا؛ الحقول هي: {fields}.</translation>
      <extra-wk-built>538c756528f2</extra-wk-built>
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation>يجب أن تكون قيمة ‎--sessions-per-day بين 1 و{max}.</translation>
      <extra-wk-built>c46a5ce9cc15</extra-wk-built>
    </message>
    <message>
      <source>.docx template</source>
      <translation>قالب ‎.docx</translation>
      <extra-wk-built>95fa862af25a</extra-wk-built>
    </message>
    <message>
      <source>A badge from the other laptop has the same code as one here; it was left out. Reprint that badge if its holder cannot check in.</source>
      <translation>شارة من الحاسوب الآخر تحمل نفس رمز شارة موجودة هنا؛ تم استبعادها. أعد طباعة تلك الشارة إذا لم يتمكن صاحبها من تسجيل حضوره.</translation>
      <extra-wk-built>ede329f3e93c</extra-wk-built>
    </message>
    <message>
      <source>A participant erased on the other laptop was erased here too.</source>
      <translation>مشارك تم محو بياناته على الحاسوب الآخر محيت بياناته هنا أيضًا.</translation>
      <extra-wk-built>93dc1f341d32</extra-wk-built>
    </message>
    <message>
      <source>A participant needs a name, in Latin or Arabic script.</source>
      <translation>يجب إدخال اسم المشارك بالحروف اللاتينية أو العربية.</translation>
      <extra-wk-built>9f8f97da1e88</extra-wk-built>
    </message>
    <message>
      <source>A session must end after it starts.</source>
      <translation>يجب أن تنتهي الجلسة بعد بدايتها.</translation>
      <extra-wk-built>2e36562c72bb</extra-wk-built>
    </message>
    <message>
      <source>A workshop needs a title.</source>
      <translation>يجب أن يكون للورشة عنوان.</translation>
      <extra-wk-built>1a8f8e1e921e</extra-wk-built>
    </message>
    <message>
      <source>A {which} score must be between 0 and {max}.</source>
      <translation>يجب أن تكون درجة {which} بين 0 و{max}.</translation>
      <extra-wk-built>6c7c9819296c</extra-wk-built>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
      <extra-wk-built>9200595fd0fe</extra-wk-built>
    </message>
    <message>
      <source>Activities</source>
      <translation>الأنشطة</translation>
      <extra-wk-built>2ff6a76ba19f</extra-wk-built>
    </message>
    <message>
      <source>Activity</source>
      <translation>النشاط</translation>
      <extra-wk-built>7d72e4a54516</extra-wk-built>
    </message>
    <message>
      <source>After</source>
      <translation>بعد</translation>
      <extra-wk-built>3dc3397bee39</extra-wk-built>
    </message>
    <message>
      <source>After the module (post-test)</source>
      <translation>بعد الوحدة (الاختبار البعدي)</translation>
      <extra-wk-built>a7dee11f8c59</extra-wk-built>
    </message>
    <message>
      <source>Age</source>
      <translation>العمر</translation>
      <extra-wk-built>a563618eac56</extra-wk-built>
    </message>
    <message>
      <source>Age '{value}' is impossible; write a number of years.</source>
      <translation>العمر «{value}» غير ممكن؛ اكتب عدد السنوات.</translation>
      <extra-wk-built>e2555bc3d4d6</extra-wk-built>
    </message>
    <message>
      <source>Age band</source>
      <translation>الفئة العمرية</translation>
      <extra-wk-built>00619e1b9d6b</extra-wk-built>
    </message>
    <message>
      <source>Age band '{value}' is not one of {bands}.</source>
      <translation>الفئة العمرية «{value}» ليست من بين: {bands}.</translation>
      <extra-wk-built>2cf6488e7446</extra-wk-built>
    </message>
    <message>
      <source>Age band: age reached in {year} from the birth year, else the band recorded at registration.</source>
      <translation>الفئة العمرية: العمر المبلوغ في سنة {year} انطلاقًا من سنة الميلاد، وإلا فالفئة المسجلة عند التسجيل.</translation>
      <extra-wk-built>37057fbe99ce</extra-wk-built>
    </message>
    <message>
      <source>All required checks passed.</source>
      <translation>نجحت جميع عمليات التحقق المطلوبة.</translation>
      <extra-wk-built>6f1248677210</extra-wk-built>
    </message>
    <message>
      <source>All workshops</source>
      <translation>كل الورشات</translation>
      <extra-wk-built>b98b8cebb903</extra-wk-built>
    </message>
    <message>
      <source>An erased participant cannot be merged.</source>
      <translation>لا يمكن دمج مشارك تم محو معطياته.</translation>
      <extra-wk-built>41f44ad2fe03</extra-wk-built>
    </message>
    <message>
      <source>Anonymised: aggregates only. Counts below {n} are shown as "&lt;{n}" and averages over fewer than {n} people are withheld, so nobody can be identified.</source>
      <translation>مجهول الهوية: أرقام إجمالية فقط. الأعداد الأقل من {n} تظهر بصيغة "&lt;{n}" ولا تُعرض المعدلات المحسوبة على أقل من {n} أشخاص، حتى لا يمكن التعرف على أي شخص.</translation>
      <extra-wk-built>5c09a2a373fd</extra-wk-built>
    </message>
    <message>
      <source>Arabic letters in a Latin-script name; type it in the Arabic name field.</source>
      <translation>حروف عربية في اسم بالحروف اللاتينية؛ اكتبه في خانة الاسم بالعربية.</translation>
      <extra-wk-built>572e5fefd30f</extra-wk-built>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>Attendance %</source>
      <translation>نسبة الحضور %</translation>
      <extra-wk-built>f4736b8cd843</extra-wk-built>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>معدل الحضور</translation>
      <extra-wk-built>f3a11dd1c90d</extra-wk-built>
    </message>
    <message>
      <source>Attendance rate: {rate}</source>
      <translation>معدل الحضور: {rate}</translation>
      <extra-wk-built>38655ac5573c</extra-wk-built>
    </message>
    <message>
      <source>Attendance updated.</source>
      <translation>تم تحديث الحضور.</translation>
      <extra-wk-built>f8b4ad484dc1</extra-wk-built>
    </message>
    <message>
      <source>Attended</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>Audience</source>
      <translation>الفئة المستهدفة</translation>
      <extra-wk-built>395386e9f92c</extra-wk-built>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>تم حفظ النسخة الاحتياطية: {path}</translation>
      <extra-wk-built>3e62cd463fbf</extra-wk-built>
    </message>
    <message>
      <source>Badge {code} of {name} revoked.</source>
      <translation>تم إلغاء الشارة {code} الخاصة بـ {name}.</translation>
      <extra-wk-built>75e665a95dbd</extra-wk-built>
    </message>
    <message>
      <source>Badges</source>
      <translation>الشارات</translation>
      <extra-wk-built>c16053f73af5</extra-wk-built>
    </message>
    <message>
      <source>Badges cancelled: no badge file was written.</source>
      <translation>أُلغيت الشارات: لم يُكتب أي ملف للشارات.</translation>
      <extra-wk-built>279cff03cbf8</extra-wk-built>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
      <extra-wk-built>52e897d4df3a</extra-wk-built>
    </message>
    <message>
      <source>Before the module (pre-test)</source>
      <translation>قبل الوحدة (الاختبار القبلي)</translation>
      <extra-wk-built>76286e18be82</extra-wk-built>
    </message>
    <message>
      <source>Birth year</source>
      <translation>سنة الميلاد</translation>
      <extra-wk-built>6e50d166de44</extra-wk-built>
    </message>
    <message>
      <source>Birth year '{value}' is impossible; write a year between {low} and {high}.</source>
      <translation>سنة الميلاد «⁦{value}⁩» غير ممكنة؛ اكتب سنة بين ⁦{low}⁩ و⁦{high}⁩.</translation>
      <extra-wk-built>e98563915de7</extra-wk-built>
    </message>
    <message>
      <source>Birth year / age band</source>
      <translation>سنة الميلاد / الفئة العمرية</translation>
      <extra-wk-built>5a0fad4da27a</extra-wk-built>
    </message>
    <message>
      <source>Both laptops added a session {number}; the imported one became session {new}.</source>
      <translation>أضاف الحاسوبان كلاهما جلسة رقم {number}؛ أصبحت الجلسة المستوردة الجلسة رقم {new}.</translation>
      <extra-wk-built>9223c3a9ef90</extra-wk-built>
    </message>
    <message>
      <source>Breakdown</source>
      <translation>التوزيع</translation>
      <extra-wk-built>d5315a16d31d</extra-wk-built>
    </message>
    <message>
      <source>Bundle of '{title}' (signed by {key_id}).</source>
      <translation>حزمة «{title}» (موقَّعة بالمفتاح {key_id}).</translation>
      <extra-wk-built>4f63b53adeaa</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Bundle written: {path} (%n row(s), signed by key {key_id}).</source>
      <translation>
        <numerusform>تمت كتابة الحزمة: {path} (%n سطر، موقَّعة بالمفتاح {key_id}).</numerusform>
        <numerusform>تمت كتابة الحزمة: {path} (سطر واحد، موقَّعة بالمفتاح {key_id}).</numerusform>
        <numerusform>تمت كتابة الحزمة: {path} (سطران، موقَّعة بالمفتاح {key_id}).</numerusform>
        <numerusform>تمت كتابة الحزمة: {path} (%n أسطر، موقَّعة بالمفتاح {key_id}).</numerusform>
        <numerusform>تمت كتابة الحزمة: {path} (%n سطرًا، موقَّعة بالمفتاح {key_id}).</numerusform>
        <numerusform>تمت كتابة الحزمة: {path} (%n سطر، موقَّعة بالمفتاح {key_id}).</numerusform>
      </translation>
      <extra-wk-built>b3bb8e26f7cf</extra-wk-built>
    </message>
    <message>
      <source>Bundles merged from inboxes so far: {n}</source>
      <translation>الحزم المدموجة من صناديق الوارد حتى الآن: {n}</translation>
      <extra-wk-built>7ed85bc5e336</extra-wk-built>
    </message>
    <message>
      <source>By</source>
      <translation>بواسطة</translation>
      <extra-wk-built>a98b66bae2c9</extra-wk-built>
    </message>
    <message>
      <source>CSV delimiter (default: detected)</source>
      <translation>فاصل CSV (افتراضيًا: يُكتشف تلقائيًا)</translation>
      <extra-wk-built>f0128c84a378</extra-wk-built>
    </message>
    <message>
      <source>CSV, TSV, XLSX or XLS file</source>
      <translation>ملف CSV أو TSV أو XLSX أو XLS</translation>
      <extra-wk-built>91b189acc991</extra-wk-built>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>أُلغي: لم يتغيّر شيء.</translation>
      <extra-wk-built>7720147438ff</extra-wk-built>
    </message>
    <message>
      <source>Cannot reach the SMTP server {host}:{port} ({detail}). Messages stay in the outbox; send them when a connection exists.</source>
      <translation>تعذّر الوصول إلى خادم SMTP ‏{host}:{port} ({detail}). تبقى الرسائل في صندوق الإرسال؛ أرسلوها عند توفّر الاتصال.</translation>
      <extra-wk-built>8c13141f4a79</extra-wk-built>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
      <extra-wk-built>10600456c576</extra-wk-built>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>أُبطلت الشهادة {number}.</translation>
      <extra-wk-built>92dbfcb8344d</extra-wk-built>
    </message>
    <message>
      <source>Certificate {number} was already revoked on {when}.</source>
      <translation>سبق إبطال الشهادة {number} بتاريخ {when}.</translation>
      <extra-wk-built>520959ce0dfd</extra-wk-built>
    </message>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
      <extra-wk-built>6b1fff8b903c</extra-wk-built>
    </message>
    <message>
      <source>Certificates issued</source>
      <translation>الشهادات الصادرة</translation>
      <extra-wk-built>e69de57c9738</extra-wk-built>
    </message>
    <message>
      <source>Certificates issued: certificates recorded in this data folder and not revoked.</source>
      <translation>الشهادات الصادرة: الشهادات المسجلة في مجلد البيانات هذا وغير الملغاة.</translation>
      <extra-wk-built>feac6575a823</extra-wk-built>
    </message>
    <message>
      <source>Check-in taken back: {name}.</source>
      <translation>تم إلغاء تسجيل حضور: {name}.</translation>
      <extra-wk-built>0ff917024ba4</extra-wk-built>
    </message>
    <message>
      <source>Checked in at</source>
      <translation>وقت التسجيل</translation>
      <extra-wk-built>1df9d85bcfd5</extra-wk-built>
    </message>
    <message>
      <source>Choose a folder outside the current data folder.</source>
      <translation>اختر مجلدًا خارج مجلد البيانات الحالي.</translation>
      <extra-wk-built>6b228abd100f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Choose a passphrase of at least %n character(s) (a few words are easy to remember and hard to guess).</source>
      <translation>
        <numerusform>اختاروا عبارة مرور من %n حرف على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</numerusform>
        <numerusform>اختاروا عبارة مرور من حرف واحد على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</numerusform>
        <numerusform>اختاروا عبارة مرور من حرفين على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</numerusform>
        <numerusform>اختاروا عبارة مرور من %n أحرف على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</numerusform>
        <numerusform>اختاروا عبارة مرور من %n حرفًا على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</numerusform>
        <numerusform>اختاروا عبارة مرور من %n حرف على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</numerusform>
      </translation>
      <extra-wk-built>c5799f041522</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Choose a password of at least %n character(s).</source>
      <translation>
        <numerusform>اختاروا كلمة مرور من %n حرف على الأقل.</numerusform>
        <numerusform>اختاروا كلمة مرور من حرف واحد على الأقل.</numerusform>
        <numerusform>اختاروا كلمة مرور من حرفين على الأقل.</numerusform>
        <numerusform>اختاروا كلمة مرور من %n أحرف على الأقل.</numerusform>
        <numerusform>اختاروا كلمة مرور من %n حرفًا على الأقل.</numerusform>
        <numerusform>اختاروا كلمة مرور من %n حرف على الأقل.</numerusform>
      </translation>
      <extra-wk-built>2457003fccc6</extra-wk-built>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>اختر مجلدًا قابلًا للكتابة باستعمال ‎--data-dir.</translation>
      <extra-wk-built>a96c68d4ec32</extra-wk-built>
    </message>
    <message>
      <source>Choose the session with --session N (see: workshop-kit workshop show {ref}).</source>
      <translation>اختر الجلسة باستعمال --session N (انظر: workshop-kit workshop show {ref}).</translation>
      <extra-wk-built>cb9020b8e167</extra-wk-built>
    </message>
    <message>
      <source>Choose two different participants.</source>
      <translation>اختر مشاركَين مختلفَين.</translation>
      <extra-wk-built>90e2212ab616</extra-wk-built>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
      <extra-wk-built>23ee0d351c7b</extra-wk-built>
    </message>
    <message>
      <source>City: {value}</source>
      <translation>المدينة: {value}</translation>
      <extra-wk-built>7482bc0b8cd5</extra-wk-built>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
      <extra-wk-built>589c6420ea10</extra-wk-built>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>الرمز: {code}</translation>
      <extra-wk-built>39cd0f32875f</extra-wk-built>
    </message>
    <message>
      <source>Columns: {mapping}</source>
      <translation>الأعمدة: {mapping}</translation>
      <extra-wk-built>9ac8392a3689</extra-wk-built>
    </message>
    <message>
      <source>Consent '{value}' is not understood; write yes or no.</source>
      <translation>الموافقة «{value}» غير مفهومة؛ اكتب نعم أو لا.</translation>
      <extra-wk-built>153581b28bda</extra-wk-built>
    </message>
    <message>
      <source>Consent date</source>
      <translation>تاريخ الموافقة</translation>
      <extra-wk-built>ef032cbd95ef</extra-wk-built>
    </message>
    <message>
      <source>Consent recorded by</source>
      <translation>سجّل الموافقة</translation>
      <extra-wk-built>f50ff93b5db3</extra-wk-built>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant and tick it.</source>
      <translation>الموافقة على استعمال المعطيات غير موجودة؛ اسأل المشارك ثم ضع علامة عليها.</translation>
      <extra-wk-built>06d7afc6ec56</extra-wk-built>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant, then add --consent.</source>
      <translation>الموافقة على استعمال المعطيات غير موجودة؛ اسأل المشارك ثم أضف ‎--consent.</translation>
      <extra-wk-built>c8234d875947</extra-wk-built>
    </message>
    <message>
      <source>Consent: certificate by e-mail</source>
      <translation>الموافقة: الشهادة بالبريد الإلكتروني</translation>
      <extra-wk-built>d9cc7214862c</extra-wk-built>
    </message>
    <message>
      <source>Consent: data use</source>
      <translation>الموافقة: استعمال المعطيات</translation>
      <extra-wk-built>2578c0028118</extra-wk-built>
    </message>
    <message>
      <source>Consent: photos</source>
      <translation>الموافقة: الصور</translation>
      <extra-wk-built>665c96e631f2</extra-wk-built>
    </message>
    <message>
      <source>Copy cancelled: the new folder was removed and the data stays where it was.</source>
      <translation>أُلغي النسخ: حُذف ما نُسخ إلى المجلد الجديد وبقيت البيانات في مكانها.</translation>
      <extra-wk-built>c64c3a5738ea</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Core sessions: %n min (the others are optional)</source>
      <translation>
        <numerusform>الحصص الأساسية: %n دقيقة (والباقي اختياري)</numerusform>
        <numerusform>الحصص الأساسية: دقيقة واحدة (والباقي اختياري)</numerusform>
        <numerusform>الحصص الأساسية: دقيقتان (والباقي اختياري)</numerusform>
        <numerusform>الحصص الأساسية: %n دقائق (والباقي اختياري)</numerusform>
        <numerusform>الحصص الأساسية: %n دقيقة (والباقي اختياري)</numerusform>
        <numerusform>الحصص الأساسية: %n دقيقة (والباقي اختياري)</numerusform>
      </translation>
      <extra-wk-built>bcda0d46918d</extra-wk-built>
    </message>
    <message>
      <source>Could not find a free badge code; try again.</source>
      <translation>تعذّر إيجاد رمز شارة متاح؛ أعد المحاولة.</translation>
      <extra-wk-built>1518b52277a7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Damaged template(s): {names}</source>
      <translation>
        <numerusform>نماذج تالفة: {names}</numerusform>
        <numerusform>نموذج تالف: {names}</numerusform>
        <numerusform>نموذجان تالفان: {names}</numerusform>
        <numerusform>نماذج تالفة: {names}</numerusform>
        <numerusform>نماذج تالفة: {names}</numerusform>
        <numerusform>نماذج تالفة: {names}</numerusform>
      </translation>
      <extra-wk-built>0143885e2c65</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
      <extra-wk-built>d90c384199ac</extra-wk-built>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
      <extra-wk-built>fd5069afa55f</extra-wk-built>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>التواريخ: {start} ← {end}</translation>
      <extra-wk-built>0b7c37061f81</extra-wk-built>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>اليوم {n} — {date}</translation>
      <extra-wk-built>f7358b3a845c</extra-wk-built>
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {counts}.</source>
      <translation>تم إنشاء ورشة تجريبية: {title} ({id})، {counts}.</translation>
      <extra-wk-built>b42dac9d1c17</extra-wk-built>
    </message>
    <message>
      <source>Donor</source>
      <translation>الجهة المانحة</translation>
      <extra-wk-built>c4c8e10b288b</extra-wk-built>
    </message>
    <message>
      <source>Donor report</source>
      <translation>تقرير الجهة المانحة</translation>
      <extra-wk-built>be1ed1e1eb5b</extra-wk-built>
    </message>
    <message>
      <source>Double scans across laptops (the earliest check-in was kept):</source>
      <translation>تسجيلات مكررة على عدة حواسيب (تم الاحتفاظ بأبكر تسجيل):</translation>
      <extra-wk-built>b01c51a2704a</extra-wk-built>
    </message>
    <message>
      <source>Dry run: {valid}, {errors}; nothing was written.</source>
      <translation>تجربة: {valid}، {errors}؛ لم يُكتب أي شيء.</translation>
      <extra-wk-built>1a02d5854b29</extra-wk-built>
    </message>
    <message>
      <source>Duration</source>
      <translation>المدة</translation>
      <extra-wk-built>a7947509c350</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Duration: %n min</source>
      <translation>
        <numerusform>المدة: %n دقيقة</numerusform>
        <numerusform>المدة: دقيقة واحدة</numerusform>
        <numerusform>المدة: دقيقتان</numerusform>
        <numerusform>المدة: %n دقائق</numerusform>
        <numerusform>المدة: %n دقيقة</numerusform>
        <numerusform>المدة: %n دقيقة</numerusform>
      </translation>
      <extra-wk-built>db0271ced315</extra-wk-built>
    </message>
    <message>
      <source>E-mails</source>
      <translation>الرسائل الإلكترونية</translation>
      <extra-wk-built>11d96148548e</extra-wk-built>
    </message>
    <message>
      <source>EU co-funding mention (Settings)</source>
      <translation>إشارة التمويل المشترك من الاتحاد الأوروبي (الإعدادات)</translation>
      <extra-wk-built>63ce3c129258</extra-wk-built>
    </message>
    <message>
      <source>Eligible for certificate</source>
      <translation>مؤهل للشهادة</translation>
      <extra-wk-built>51448b2f15b9</extra-wk-built>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
      <extra-wk-built>ddf0fca39a4f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Encrypted with a passphrase (SQLCipher): the database and %n backup(s).</source>
      <translation>
        <numerusform>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات و%n نسخة احتياطية.</numerusform>
        <numerusform>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات ونسخة احتياطية واحدة.</numerusform>
        <numerusform>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات ونسختان احتياطيتان.</numerusform>
        <numerusform>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات و%n نسخ احتياطية.</numerusform>
        <numerusform>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات و%n نسخة احتياطية.</numerusform>
        <numerusform>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات و%n نسخة احتياطية.</numerusform>
      </translation>
      <extra-wk-built>6faca962d84c</extra-wk-built>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>التشفير غير متاح في هذا التثبيت (حزمة sqlcipher3 مفقودة).</translation>
      <extra-wk-built>66f941cf9105</extra-wk-built>
    </message>
    <message>
      <source>Encryption needs the sqlcipher3 package, which is missing from this installation. Reinstall Workshop Kit (pip install workshop-kit) to open or encrypt this data folder.</source>
      <translation>يتطلب التشفير حزمة sqlcipher3 غير الموجودة في هذا التثبيت. أعيدوا تثبيت Workshop Kit ‏(pip install workshop-kit) لفتح مجلد البيانات هذا أو تشفيره.</translation>
      <extra-wk-built>57b1d0253901</extra-wk-built>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
      <extra-wk-built>43a6b0417696</extra-wk-built>
    </message>
    <message>
      <source>Erased on</source>
      <translation>تاريخ المحو</translation>
      <extra-wk-built>1ba009e7d1ee</extra-wk-built>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
      <extra-wk-built>99548a03cc0d</extra-wk-built>
    </message>
    <message>
      <source>Excused</source>
      <translation>الغياب بعذر</translation>
      <extra-wk-built>f8cfed394baa</extra-wk-built>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
      <extra-wk-built>2d8e6f56ab67</extra-wk-built>
    </message>
    <message>
      <source>Export to .xlsx, .docx or .pdf (not '{suffix}').</source>
      <translation>صدِّر إلى ‎.xlsx‎ أو ‎.docx‎ أو ‎.pdf‎ (وليس '{suffix}').</translation>
      <extra-wk-built>34a240d04166</extra-wk-built>
    </message>
    <message>
      <source>F or M: certificates say Formatrice/Formateur; empty: a neutral line</source>
      <translation>F أو M: تذكر الشهادات «المكوّنة» أو «المكوّن»؛ فارغ: عبارة محايدة</translation>
      <extra-wk-built>dda2d4ef652e</extra-wk-built>
    </message>
    <message>
      <source>F, M or X</source>
      <translation>F أو M أو X</translation>
      <extra-wk-built>07d47299a919</extra-wk-built>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>ملاحظات للمُيسِّر</translation>
      <extra-wk-built>be23bf7466a7</extra-wk-built>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
      <extra-wk-built>7af0df77bf21</extra-wk-built>
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation>مشكلة في الملف: {detail}</translation>
      <extra-wk-built>53b3f74d005a</extra-wk-built>
    </message>
    <message>
      <source>Filters</source>
      <translation>عوامل التصفية</translation>
      <extra-wk-built>3784dbfbce1e</extra-wk-built>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
      <extra-wk-built>8114e1c97d66</extra-wk-built>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
      <extra-wk-built>e5088fe07dbd</extra-wk-built>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>صحّحوا القالب ثم افحصوه من جديد.</translation>
      <extra-wk-built>42c7ca1082c7</extra-wk-built>
    </message>
    <message>
      <source>Folder: {path}</source>
      <translation>المجلد: {path}</translation>
      <extra-wk-built>7540f4b24dac</extra-wk-built>
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation>حرّر بعض المساحة على القرص.</translation>
      <extra-wk-built>d6762eb4584d</extra-wk-built>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
      <extra-wk-built>6c2ab9bdeb2c</extra-wk-built>
    </message>
    <message>
      <source>Gain (points of %)</source>
      <translation>المكسب (نقاط مئوية)</translation>
      <extra-wk-built>ae19e7b0968a</extra-wk-built>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
      <extra-wk-built>a79dffdd2070</extra-wk-built>
    </message>
    <message>
      <source>Gender '{value}' is not understood; use F, M or X (other).</source>
      <translation>الجنس «{value}» غير مفهوم؛ استعمل F أو M أو X (آخر).</translation>
      <extra-wk-built>fb1aa32c298b</extra-wk-built>
    </message>
    <message>
      <source>Generated on</source>
      <translation>تاريخ الإنشاء</translation>
      <extra-wk-built>dc08056fa4f2</extra-wk-built>
    </message>
    <message>
      <source>Generated on {date}</source>
      <translation>أُنشئ بتاريخ {date}</translation>
      <extra-wk-built>ff48fd1982c7</extra-wk-built>
    </message>
    <message>
      <source>Give --pre N, --post N or both.</source>
      <translation>حدّدوا ‎--pre N‎ أو ‎--post N‎ أو كليهما.</translation>
      <extra-wk-built>e48d6e8248d2</extra-wk-built>
    </message>
    <message>
      <source>Give either a badge token (or short code) or --image FILE.</source>
      <translation>أدخل إما رمز الشارة (أو الرمز القصير) وإما --image FILE.</translation>
      <extra-wk-built>e43565647ec4</extra-wk-built>
    </message>
    <message>
      <source>Give the bundle's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>أدخلوا كلمة مرور الحزمة بواسطة ‎--password-stdin أو WORKSHOP_KIT_FILE_PASSWORD.</translation>
      <extra-wk-built>614cae199d35</extra-wk-built>
    </message>
    <message>
      <source>Give the document's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>أدخلوا كلمة مرور المستند بواسطة ‎--password-stdin أو WORKSHOP_KIT_FILE_PASSWORD.</translation>
      <extra-wk-built>d3053696818e</extra-wk-built>
    </message>
    <message>
      <source>Give the passphrase with the environment variable {env}.</source>
      <translation>أدخلوا عبارة المرور بواسطة متغير البيئة {env}.</translation>
      <extra-wk-built>c35a7ad6f0d8</extra-wk-built>
    </message>
    <message>
      <source>History of this record</source>
      <translation>سجل هذه البطاقة</translation>
      <extra-wk-built>9d558dd39197</extra-wk-built>
    </message>
    <message>
      <source>How they heard</source>
      <translation>كيف علموا بالورشة</translation>
      <extra-wk-built>de97c23fcf55</extra-wk-built>
    </message>
    <message>
      <source>Import cancelled: nothing from this bundle was imported.</source>
      <translation>أُلغي الاستيراد: لم يُستورد أي شيء من هذه الحزمة.</translation>
      <extra-wk-built>1c4f806b6b7f</extra-wk-built>
    </message>
    <message>
      <source>Import cancelled: nothing was imported.</source>
      <translation>أُلغي الاستيراد: لم يُستورد أي شيء.</translation>
      <extra-wk-built>6b03700d0098</extra-wk-built>
    </message>
    <message>
      <source>Imported: {ids}</source>
      <translation>تم الاستيراد: {ids}</translation>
      <extra-wk-built>c1d9e36255cc</extra-wk-built>
    </message>
    <message>
      <source>Imported: {imported}; {enrolled}; {skipped}.</source>
      <translation>الاستيراد: {imported}؛ {enrolled}؛ {skipped}.</translation>
      <extra-wk-built>79ab3635ab39</extra-wk-built>
    </message>
    <message>
      <source>Inbox folder forgotten.</source>
      <translation>تم نسيان مجلد صندوق الوارد.</translation>
      <extra-wk-built>3ce50d8d0f20</extra-wk-built>
    </message>
    <message>
      <source>Inbox folder: {folder}</source>
      <translation>مجلد صندوق الوارد: {folder}</translation>
      <extra-wk-built>6f70f348207d</extra-wk-built>
    </message>
    <message>
      <source>Inbox {folder}: {merged}, {known}, {refused}, {waiting}.</source>
      <translation>صندوق الوارد {folder}: {merged}، {known}، {refused}، {waiting}.</translation>
      <extra-wk-built>72754bcbdcea</extra-wk-built>
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui).</source>
      <translation>ثبّت LibreOffice (على Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui).</translation>
      <extra-wk-built>8ab918062956</extra-wk-built>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>ثبّت التطبيق مع مكوناته (انظر README).</translation>
      <extra-wk-built>2cf0c4783632</extra-wk-built>
    </message>
    <message>
      <source>Install the missing system libraries: sudo apt-get install -y {packages}</source>
      <translation>ثبّت مكتبات النظام الناقصة: sudo apt-get install -y {packages}</translation>
      <extra-wk-built>67f4b4723050</extra-wk-built>
    </message>
    <message>
      <source>Install the system libraries that provide: {names}</source>
      <translation>ثبّت مكتبات النظام التي توفّر: {names}</translation>
      <extra-wk-built>a550f38d0247</extra-wk-built>
    </message>
    <message>
      <source>Interrupted while sending: the server may have received it. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>انقطع أثناء الإرسال: ربما استلمه الخادم. تحقّقوا من علبة المُرسِل، ثم أعيدوا إرساله (workshop-kit outbox retry ID) أو علّموه كمُرسَل (workshop-kit outbox mark-sent ID).</translation>
      <extra-wk-built>861fa2a9a59c</extra-wk-built>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>تمت المقاطعة.</translation>
      <extra-wk-built>c444803451e1</extra-wk-built>
    </message>
    <message>
      <source>Issued</source>
      <translation>تاريخ الإصدار</translation>
      <extra-wk-built>4e5892a34a06</extra-wk-built>
    </message>
    <message>
      <source>Key messages</source>
      <translation>الرسائل الأساسية</translation>
      <extra-wk-built>13a0e258dfb3</extra-wk-built>
    </message>
    <message>
      <source>Key {key_id} is now trusted: bundles it signs are imported.</source>
      <translation>أصبح المفتاح {key_id} موثوقًا: ستُستورد الحزم الموقَّعة به.</translation>
      <extra-wk-built>4fea5c301dea</extra-wk-built>
    </message>
    <message>
      <source>Key {kid} ({organisation}) is now trusted: its certificates verify on this computer.</source>
      <translation>أصبح المفتاح {kid} ({organisation}) موثوقًا: يمكن التحقق من شهاداته على هذا الحاسوب.</translation>
      <extra-wk-built>ca3ec74b7006</extra-wk-built>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>نوع المنظمة</translation>
      <extra-wk-built>e70b9062996a</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>المكسب المعرفي</translation>
      <extra-wk-built>0253af5afe18</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain (points of %)</source>
      <translation>المكسب المعرفي (نقاط مئوية)</translation>
      <extra-wk-built>3af7ff7c087f</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain per module (pre-test → post-test)</source>
      <translation>المكسب المعرفي حسب الوحدة (الاختبار القبلي ← الاختبار البعدي)</translation>
      <extra-wk-built>ec201a78a3a2</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain: {pre} % → {post} % ({gain:+} points)</source>
      <translation>المكسب المعرفي: {pre} % ← {post} % ({gain:+} نقطة)</translation>
      <extra-wk-built>5646853dc955</extra-wk-built>
    </message>
    <message>
      <source>Known placeholders:</source>
      <translation>الحقول المعروفة:</translation>
      <extra-wk-built>f652f8e50da4</extra-wk-built>
    </message>
    <message>
      <source>Language for documents</source>
      <translation>لغة الوثائق</translation>
      <extra-wk-built>da1c105a4546</extra-wk-built>
    </message>
    <message>
      <source>Last name</source>
      <translation>النسب</translation>
      <extra-wk-built>f931c644f3bf</extra-wk-built>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>النسب (بالعربية)</translation>
      <extra-wk-built>e5b6377a6a21</extra-wk-built>
    </message>
    <message>
      <source>Latin letters in an Arabic-script name; type it in the Latin name field.</source>
      <translation>حروف لاتينية في اسم بالحروف العربية؛ اكتبه في خانة الاسم اللاتيني.</translation>
      <extra-wk-built>a1d5f67c41e2</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice could not convert the summary to PDF.</source>
      <translation>تعذّر على LibreOffice تحويل الملخص إلى PDF.</translation>
      <extra-wk-built>c5dac7fe6ba0</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice is not installed, so no PDF was made; the .docx files are complete. Install it from https://www.libreoffice.org (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui), then run again.</source>
      <translation>LibreOffice غير مثبّت، لذلك لم يُنشأ أي ملف PDF؛ ملفات ‎.docx كاملة. ثبّتوه من https://www.libreoffice.org ‏(Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) ثم أعيدوا المحاولة.</translation>
      <extra-wk-built>d47401f85de5</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>لم يُعثر على LibreOffice: تبقى الشهادات بصيغة ‎.docx دون PDF.</translation>
      <extra-wk-built>32ab335211ba</extra-wk-built>
    </message>
    <message>
      <source>Line {line} of the file cannot be read as CSV ({detail}).</source>
      <translation>لا يمكن قراءة السطر {line} من الملف بصيغة CSV ‏({detail}).</translation>
      <extra-wk-built>cc97b18b1d63</extra-wk-built>
    </message>
    <message>
      <source>Local authority</source>
      <translation>السلطة المحلية</translation>
      <extra-wk-built>8ecfbbf3cf18</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
      <extra-wk-built>194ae8aaa9ba</extra-wk-built>
    </message>
    <message>
      <source>Materials</source>
      <translation>الأدوات</translation>
      <extra-wk-built>7629c71f003b</extra-wk-built>
    </message>
    <message>
      <source>Materials to print</source>
      <translation>مواد للطباعة</translation>
      <extra-wk-built>8eee653332c1</extra-wk-built>
    </message>
    <message>
      <source>Merged {other_name} ({other}) into {keep_name} ({keep}).</source>
      <translation>تم دمج {other_name} ({other}) في {keep_name} ({keep}).</translation>
      <extra-wk-built>433c48f0d3c2</extra-wk-built>
    </message>
    <message>
      <source>Message to {to} cancelled.</source>
      <translation>أُلغيت الرسالة الموجّهة إلى {to}.</translation>
      <extra-wk-built>113a5e708670</extra-wk-built>
    </message>
    <message>
      <source>Message to {to} queued again.</source>
      <translation>أُعيدت الرسالة الموجّهة إلى {to} إلى قائمة الانتظار.</translation>
      <extra-wk-built>a4adb6ef8fd0</extra-wk-built>
    </message>
    <message>
      <source>Message to {to} recorded as sent.</source>
      <translation>سُجّلت الرسالة إلى {to} كمُرسَلة.</translation>
      <extra-wk-built>8ff12deea643</extra-wk-built>
    </message>
    <message>
      <source>Method</source>
      <translation>الطريقة</translation>
      <extra-wk-built>0572c0f0cf19</extra-wk-built>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
      <extra-wk-built>b24262b34f38</extra-wk-built>
    </message>
    <message>
      <source>Missing sub-command; see --help.</source>
      <translation>الأمر الفرعي مفقود؛ انظر ‎--help.</translation>
      <extra-wk-built>6a4ac7a35f57</extra-wk-built>
    </message>
    <message>
      <source>Missing: {langs}</source>
      <translation>مفقود: {langs}</translation>
      <extra-wk-built>076776f063b7</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
      <extra-wk-built>9a08d7d4bf73</extra-wk-built>
    </message>
    <message>
      <source>Module '{id}' has no readable language file.</source>
      <translation>الوحدة «{id}» ليس لها أي ملف لغة قابل للقراءة.</translation>
      <extra-wk-built>1e944ad29e37</extra-wk-built>
    </message>
    <message>
      <source>Module '{id}' is not installed here; give --max N.</source>
      <translation>الوحدة «{id}» غير مثبتة هنا؛ حدّدوا ‎--max N‎.</translation>
      <extra-wk-built>68db4fe58e5c</extra-wk-built>
    </message>
    <message>
      <source>Module {id} has no session {n}.</source>
      <translation>الوحدة {id} ليس فيها جلسة رقم {n}.</translation>
      <extra-wk-built>22056888b4a4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Module {module}: {pre} % → {post} % (%n person(s))</source>
      <translation>
        <numerusform>الوحدة {module}: {pre} % ← {post} % (%n شخص)</numerusform>
        <numerusform>الوحدة {module}: {pre} % ← {post} % (شخص واحد)</numerusform>
        <numerusform>الوحدة {module}: {pre} % ← {post} % (شخصان)</numerusform>
        <numerusform>الوحدة {module}: {pre} % ← {post} % (%n أشخاص)</numerusform>
        <numerusform>الوحدة {module}: {pre} % ← {post} % (%n شخصًا)</numerusform>
        <numerusform>الوحدة {module}: {pre} % ← {post} % (%n شخص)</numerusform>
      </translation>
      <extra-wk-built>c1807556a1d2</extra-wk-built>
    </message>
    <message>
      <source>Module: {value}</source>
      <translation>الوحدة: {value}</translation>
      <extra-wk-built>109f71dcd63f</extra-wk-built>
    </message>
    <message>
      <source>Moroccan</source>
      <translation>مغربي</translation>
      <extra-wk-built>3d4c62b5345b</extra-wk-built>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
      <extra-wk-built>52ab09847cf8</extra-wk-built>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
      <extra-wk-built>3177ddbf5dd2</extra-wk-built>
    </message>
    <message>
      <source>Name or code: ____________________    Date: ____________</source>
      <translation>الاسم أو الرمز: ____________________    التاريخ: ____________</translation>
      <extra-wk-built>7bf07d61c02d</extra-wk-built>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>الاسم: {name}</translation>
      <extra-wk-built>d602662591e7</extra-wk-built>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
      <extra-wk-built>e0896ea1e0bf</extra-wk-built>
    </message>
    <message>
      <source>Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).</source>
      <translation>الجنسية «{value}» ليست بلدًا معروفًا؛ اكتب اسمه أو رمزه ISO (مثلًا MA أو SN).</translation>
      <extra-wk-built>792f890af43b</extra-wk-built>
    </message>
    <message>
      <source>Nationality group</source>
      <translation>فئة الجنسية</translation>
      <extra-wk-built>f48ad43b3889</extra-wk-built>
    </message>
    <message>
      <source>Nationality group: Moroccan; other African (the other African countries, by ISO code or name); other; not recorded.</source>
      <translation>فئة الجنسية: مغربية؛ إفريقية أخرى (باقي البلدان الإفريقية، حسب رمز ISO أو الاسم)؛ أخرى؛ غير مسجلة.</translation>
      <extra-wk-built>38453636b12d</extra-wk-built>
    </message>
    <message>
      <source>New badge {code} issued to {name}; the old one no longer works.</source>
      <translation>صدرت شارة جديدة {code} لـ {name}؛ الشارة القديمة لم تعد تعمل.</translation>
      <extra-wk-built>9fdfba97b247</extra-wk-built>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>عبارة المرور الجديدة: </translation>
      <extra-wk-built>63b8bec71b26</extra-wk-built>
    </message>
    <message>
      <source>No .docx templates in {path}</source>
      <translation>لا توجد نماذج ‎.docx في {path}</translation>
      <extra-wk-built>bab2f8854c6a</extra-wk-built>
    </message>
    <message>
      <source>No Arabic font in {path}</source>
      <translation>لا يوجد خط عربي في {path}</translation>
      <extra-wk-built>65d7edd3f2f0</extra-wk-built>
    </message>
    <message>
      <source>No QR code found in {path}. Take a sharper, closer photo of the badge, or type its short code.</source>
      <translation>لم يُعثر على رمز QR في {path}. التقط صورة أوضح وأقرب للشارة، أو اكتب رمزها القصير.</translation>
      <extra-wk-built>6e9bcae8053f</extra-wk-built>
    </message>
    <message>
      <source>No QR code found in {path}. Try a sharper, closer photo, or type the short code.</source>
      <translation>لم يُعثر على رمز QR في {path}. جرّبوا صورة أوضح وأقرب، أو اكتبوا الرمز القصير.</translation>
      <extra-wk-built>e67588387dfc</extra-wk-built>
    </message>
    <message>
      <source>No SMTP server set. Set it with: workshop-kit outbox smtp --host … --from …</source>
      <translation>لم يُحدَّد أي خادم SMTP. حدّدوه بالأمر: workshop-kit outbox smtp --host … --from …</translation>
      <extra-wk-built>89d10056626d</extra-wk-built>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>لا توجد نسخ احتياطية بعد.</translation>
      <extra-wk-built>2378abf34a7d</extra-wk-built>
    </message>
    <message>
      <source>No bundle file at {path}.</source>
      <translation>لا يوجد ملف حزمة في {path}.</translation>
      <extra-wk-built>4486c0a18a5b</extra-wk-built>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>لا توجد وحدات مرفقة في {path}</translation>
      <extra-wk-built>cc7e89b00b4a</extra-wk-built>
    </message>
    <message>
      <source>No certificate issued yet.</source>
      <translation>لم تُصدر أي شهادة بعد.</translation>
      <extra-wk-built>a67382c2c8bd</extra-wk-built>
    </message>
    <message>
      <source>No certificate number {number} in this database.</source>
      <translation>لا توجد شهادة رقمها {number} في قاعدة البيانات هذه.</translation>
      <extra-wk-built>2e699ca100ec</extra-wk-built>
    </message>
    <message>
      <source>No certificate with this code in this database.</source>
      <translation>لا توجد شهادة بهذا الرمز في قاعدة البيانات هذه.</translation>
      <extra-wk-built>1defd539c9aa</extra-wk-built>
    </message>
    <message>
      <source>No column of the file is recognised as a name. Its columns are: {columns}. Say which column holds the names, by its header or by its number, e.g. --mapping '{by_header}' or --mapping '{by_number}'.</source>
      <translation>لم يُتعرَّف على أي عمود في الملف كاسم. أعمدته هي: {columns}. حدِّد العمود الذي يحتوي على الأسماء، بعنوانه أو برقمه، مثلًا ⁦--mapping '{by_header}'⁩ أو ⁦--mapping '{by_number}'⁩.</translation>
      <extra-wk-built>31f527830256</extra-wk-built>
    </message>
    <message>
      <source>No corrections recorded.</source>
      <translation>لا توجد تصحيحات مسجلة.</translation>
      <extra-wk-built>edd6ab65d18b</extra-wk-built>
    </message>
    <message>
      <source>No enrolled participants: enrol participants before printing badges.</source>
      <translation>لا يوجد مشاركون مسجلون: سجّل المشاركين قبل طباعة الشارات.</translation>
      <extra-wk-built>9c9987e8ec2c</extra-wk-built>
    </message>
    <message>
      <source>No fr.md with a valid id at the top of the folder; nothing was imported.</source>
      <translation>لا يوجد ملف fr.md بمعرّف صالح في أعلى المجلد؛ لم يُستورد أي شيء.</translation>
      <extra-wk-built>c1ce2d51e13b</extra-wk-built>
    </message>
    <message>
      <source>No good backup to restore in {folder}.</source>
      <translation>لا توجد نسخة احتياطية سليمة للاستعادة في {folder}.</translation>
      <extra-wk-built>3cb985e10162</extra-wk-built>
    </message>
    <message>
      <source>No good backup was found in {folder}.</source>
      <translation>لم يُعثر على نسخة احتياطية سليمة في {folder}.</translation>
      <extra-wk-built>5cf41a0e94b1</extra-wk-built>
    </message>
    <message>
      <source>No inbox folder is set.</source>
      <translation>لم يُحدَّد مجلد صندوق الوارد.</translation>
      <extra-wk-built>094bb734db17</extra-wk-built>
    </message>
    <message>
      <source>No inbox folder is set: choose one first (workshop-kit inbox set FOLDER).</source>
      <translation>لم يُحدَّد مجلد صندوق الوارد: اختر واحدًا أولًا (workshop-kit inbox set FOLDER).</translation>
      <extra-wk-built>651eb5a7ab8e</extra-wk-built>
    </message>
    <message>
      <source>No local module '{id}'.</source>
      <translation>لا توجد وحدة محلية «{id}».</translation>
      <extra-wk-built>b53b7dc95755</extra-wk-built>
    </message>
    <message>
      <source>No module '{id}'. See the list with: workshop-kit curricula list</source>
      <translation>لا توجد وحدة «{id}». اطلعوا على القائمة بالأمر: workshop-kit curricula list</translation>
      <extra-wk-built>22fbf33d7af0</extra-wk-built>
    </message>
    <message>
      <source>No module found in {path} (a module is a folder with fr.md).</source>
      <translation>لم يُعثر على أي وحدة في {path} (الوحدة مجلد يحتوي على fr.md).</translation>
      <extra-wk-built>d62b8f74d47e</extra-wk-built>
    </message>
    <message>
      <source>No modules found.</source>
      <translation>لم يُعثر على أي وحدة.</translation>
      <extra-wk-built>cc21ab6dc020</extra-wk-built>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>لا يوجد بعدُ أي مشارك لديه نتيجة قبلية وبعدية.</translation>
      <extra-wk-built>10a5c70b2342</extra-wk-built>
    </message>
    <message>
      <source>No participant with id '{ref}'.</source>
      <translation>لا يوجد مشارك بالمعرّف «{ref}».</translation>
      <extra-wk-built>b42fa6ef7b5b</extra-wk-built>
    </message>
    <message>
      <source>No participants in this workshop yet. Add some with: workshop-kit participants import WORKSHOP FILE</source>
      <translation>لا يوجد مشاركون في هذه الورشة بعد. أضفهم بالأمر: ⁦workshop-kit participants import WORKSHOP FILE⁩</translation>
      <extra-wk-built>d86e0a94ac34</extra-wk-built>
    </message>
    <message>
      <source>No participants match.</source>
      <translation>لا يوجد مشارك مطابق.</translation>
      <extra-wk-built>b99ad5c01cca</extra-wk-built>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>لا توجد تكرارات محتملة.</translation>
      <extra-wk-built>d4cb32c4ce3a</extra-wk-built>
    </message>
    <message>
      <source>No pre/post scores recorded.</source>
      <translation>لا توجد درجات قبلية/بعدية مسجلة.</translation>
      <extra-wk-built>0851457f9642</extra-wk-built>
    </message>
    <message>
      <source>No problem found.</source>
      <translation>لم يُعثر على أي مشكلة.</translation>
      <extra-wk-built>7756692b4b26</extra-wk-built>
    </message>
    <message>
      <source>No session of this workshop is running now ({time}, {date}). Check the laptop clock, or choose the session; nothing was recorded.</source>
      <translation>لا توجد جلسة جارية لهذه الورشة الآن ({time}، {date}). تحقّق من ساعة الحاسوب أو اختر الجلسة؛ لم يُسجَّل أي شيء.</translation>
      <extra-wk-built>35b63b226b6b</extra-wk-built>
    </message>
    <message>
      <source>No sheet '{sheet}' in {name}; its sheets are: {sheets}.</source>
      <translation>لا توجد ورقة «{sheet}» في {name}؛ أوراقه هي: {sheets}.</translation>
      <extra-wk-built>85d08c2715f4</extra-wk-built>
    </message>
    <message>
      <source>No single outbox message '{ref}'. See: workshop-kit outbox list</source>
      <translation>لا توجد رسالة واحدة «{ref}» في صندوق الإرسال. انظروا: workshop-kit outbox list</translation>
      <extra-wk-built>1de4dc6b5f46</extra-wk-built>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>الملف غير موجود: {path}</translation>
      <extra-wk-built>9066c5607395</extra-wk-built>
    </message>
    <message>
      <source>No system keyring is available on this computer, so the password cannot be remembered safely. Give it each time (--password-stdin) or set the environment variable {env}.</source>
      <translation>لا تتوفر حافظة كلمات مرور للنظام على هذا الحاسوب، لذا لا يمكن حفظ كلمة المرور بأمان. أدخلوها في كل مرة (‎--password-stdin) أو عرّفوا متغير البيئة {env}.</translation>
      <extra-wk-built>2f3b85fe5552</extra-wk-built>
    </message>
    <message>
      <source>No workshop '{ref}'. See the list with: workshop-kit workshop list</source>
      <translation>لا توجد ورشة «{ref}». اطلع على القائمة بالأمر: workshop-kit workshop list</translation>
      <extra-wk-built>6eed4d3a3986</extra-wk-built>
    </message>
    <message>
      <source>No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD</source>
      <translation>لا توجد ورشات بعد. أنشئ ورشة بالأمر: workshop-kit workshop create --title … --start YYYY-MM-DD</translation>
      <extra-wk-built>660e61cfda8d</extra-wk-built>
    </message>
    <message>
      <source>No.</source>
      <translation>رقم</translation>
      <extra-wk-built>4b2a9dd803ac</extra-wk-built>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate written.</source>
      <translation>لا أحد يستوفي قاعدة الحضور بعد: لم تُكتب أي شهادة.</translation>
      <extra-wk-built>16ab9b9fca46</extra-wk-built>
    </message>
    <message>
      <source>Nobody reached yet.</source>
      <translation>لم يُستفد أحد بعد.</translation>
      <extra-wk-built>dc37ce96cd47</extra-wk-built>
    </message>
    <message>
      <source>None.</source>
      <translation>لا شيء.</translation>
      <extra-wk-built>e5db0651f54b</extra-wk-built>
    </message>
    <message>
      <source>Not eligible ({n}):</source>
      <translation>غير مؤهَّلين ({n}):</translation>
      <extra-wk-built>b7ea5ea5be07</extra-wk-built>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder can read the data.</source>
      <translation>غير مشفّر: كل من يستطيع قراءة مجلد البيانات يستطيع قراءة البيانات.</translation>
      <extra-wk-built>e3fe22063b28</extra-wk-built>
    </message>
    <message>
      <source>Not imported (never collected): {columns}</source>
      <translation>لم يُستورد (لا يُجمع أبدًا): {columns}</translation>
      <extra-wk-built>bbec6480aa2e</extra-wk-built>
    </message>
    <message>
      <source>Noted: these are different people.</source>
      <translation>تم التسجيل: هؤلاء أشخاص مختلفون.</translation>
      <extra-wk-built>2cf5a5956d8a</extra-wk-built>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
      <extra-wk-built>d446d2dc6b81</extra-wk-built>
    </message>
    <message>
      <source>Nothing found for '{text}'.</source>
      <translation>لا نتائج لـ«{text}».</translation>
      <extra-wk-built>6a9d9e3eb763</extra-wk-built>
    </message>
    <message>
      <source>Nothing new: this bundle was already merged.</source>
      <translation>لا جديد: سبق دمج هذه الحزمة.</translation>
      <extra-wk-built>db151800f177</extra-wk-built>
    </message>
    <message>
      <source>Nothing planned.</source>
      <translation>لا شيء مبرمج.</translation>
      <extra-wk-built>2a6a92444fff</extra-wk-built>
    </message>
    <message>
      <source>Nothing to change: give at least one of --title, --city, --venue, --trainer, --title-ar, --venue-ar, --trainer-ar, --trainer-gender.</source>
      <translation>لا شيء للتغيير: أعطوا خيارًا واحدًا على الأقل من --title أو --city أو --venue أو --trainer أو --title-ar أو --venue-ar أو --trainer-ar أو --trainer-gender.</translation>
      <extra-wk-built>574be955d61e</extra-wk-built>
    </message>
    <message>
      <source>Nothing to change: the status was already that.</source>
      <translation>لا شيء للتغيير: الحالة كانت كذلك من قبل.</translation>
      <extra-wk-built>00565ad42993</extra-wk-built>
    </message>
    <message>
      <source>Nothing to put in the document.</source>
      <translation>لا شيء لوضعه في المستند.</translation>
      <extra-wk-built>830f7e77d5f8</extra-wk-built>
    </message>
    <message>
      <source>Nothing was read. Scan again.</source>
      <translation>لم تُقرأ أي بيانات. أعد المسح.</translation>
      <extra-wk-built>03d8e9c41271</extra-wk-built>
    </message>
    <message>
      <source>Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid.</source>
      <translation>لم يُكتب أي شيء. صحّح الأسطر أعلاه، أو استورد الأسطر الصالحة بـ‎--skip-invalid.</translation>
      <extra-wk-built>27fdecabb240</extra-wk-built>
    </message>
    <message>
      <source>Nothing was written: no row can be imported as it is.</source>
      <translation>لم يُكتب أي شيء: لا يمكن استيراد أي سطر على حاله.</translation>
      <extra-wk-built>851c1c372b6f</extra-wk-built>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
      <extra-wk-built>e24b67491657</extra-wk-built>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>الرقم: {number}</translation>
      <extra-wk-built>9513751d9701</extra-wk-built>
    </message>
    <message>
      <source>Objectives</source>
      <translation>الأهداف</translation>
      <extra-wk-built>e339d721a0f7</extra-wk-built>
    </message>
    <message>
      <source>Only failed, cancelled or uncertain messages can be sent again (this one is {status}).</source>
      <translation>لا يمكن إعادة إرسال إلا الرسائل الفاشلة أو الملغاة أو غير المؤكدة (حالة هذه: {status}).</translation>
      <extra-wk-built>841181fdf411</extra-wk-built>
    </message>
    <message>
      <source>Only queued, failed or uncertain messages can be cancelled (this one is {status}).</source>
      <translation>لا يمكن إلغاء إلا الرسائل المنتظرة أو الفاشلة أو غير المؤكدة (حالة هذه: {status}).</translation>
      <extra-wk-built>a8739b613a15</extra-wk-built>
    </message>
    <message>
      <source>Only uncertain messages can be marked as sent (this one is {status}).</source>
      <translation>لا يمكن تعليم إلا الرسائل غير المؤكدة كمُرسَلة (حالة هذه: {status}).</translation>
      <extra-wk-built>ef5a321358c8</extra-wk-built>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
      <extra-wk-built>2befd9ff5be7</extra-wk-built>
    </message>
    <message>
      <source>Organisation type</source>
      <translation>نوع المنظمة</translation>
      <extra-wk-built>e70b9062996a</extra-wk-built>
    </message>
    <message>
      <source>Other</source>
      <translation>آخر</translation>
      <extra-wk-built>a2804af08fd8</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
      <extra-wk-built>597df418efaf</extra-wk-built>
    </message>
    <message>
      <source>Out of</source>
      <translation>من أصل</translation>
      <extra-wk-built>7ed572fa1ecb</extra-wk-built>
    </message>
    <message>
      <source>Overview</source>
      <translation>نظرة عامة</translation>
      <extra-wk-built>567544099c5e</extra-wk-built>
    </message>
    <message>
      <source>P present, L late, A absent, E excused, · nothing recorded</source>
      <translation>P حاضر، L متأخر، A غائب، E غائب بعذر، · لا شيء مسجل</translation>
      <extra-wk-built>4db207e59228</extra-wk-built>
    </message>
    <message>
      <source>Participant registered: {name} ({id}).</source>
      <translation>تم تسجيل المشارك: {name} ‏({id}).</translation>
      <extra-wk-built>39a225386dab</extra-wk-built>
    </message>
    <message>
      <source>Participant {name} ({id}) erased; their attendance still counts, anonymously.</source>
      <translation>تم محو بيانات المشارك {name} ({id})؛ ويظل حضوره محسوبًا دون الكشف عن هويته.</translation>
      <extra-wk-built>9656ab5e5089</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>Participants enrolled</source>
      <translation>المشاركون المسجلون</translation>
      <extra-wk-built>16e3f5ad5c70</extra-wk-built>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>المشاركون المستفيدون</translation>
      <extra-wk-built>145e119d2cee</extra-wk-built>
    </message>
    <message>
      <source>Participants reached: people enrolled as participants who attended at least one session.</source>
      <translation>المشاركون المستفيدون: الأشخاص المسجلون كمشاركين الذين حضروا جلسة واحدة على الأقل.</translation>
      <extra-wk-built>516b4fb56660</extra-wk-built>
    </message>
    <message>
      <source>Participants reached: {n}</source>
      <translation>المشاركون المستفيدون: {n}</translation>
      <extra-wk-built>ef8d5e13f94a</extra-wk-built>
    </message>
    <message>
      <source>Partner</source>
      <translation>الشريك</translation>
      <extra-wk-built>0166c88c8f21</extra-wk-built>
    </message>
    <message>
      <source>Partner association</source>
      <translation>جمعية شريكة</translation>
      <extra-wk-built>bfa562cb1880</extra-wk-built>
    </message>
    <message>
      <source>Partner: {value}</source>
      <translation>الشريك: {value}</translation>
      <extra-wk-built>0de647439a2e</extra-wk-built>
    </message>
    <message>
      <source>Passphrase of the data folder: </source>
      <translation>عبارة مرور مجلد البيانات: </translation>
      <extra-wk-built>f300a7ae623f</extra-wk-built>
    </message>
    <message>
      <source>Password of the file: </source>
      <translation>كلمة مرور الملف: </translation>
      <extra-wk-built>fe4e616878f9</extra-wk-built>
    </message>
    <message>
      <source>People reached</source>
      <translation>الأشخاص المستفيدون</translation>
      <extra-wk-built>47980bdfd9c1</extra-wk-built>
    </message>
    <message>
      <source>People reached, by group</source>
      <translation>الأشخاص المستفيدون حسب الفئة</translation>
      <extra-wk-built>ce856778d6b7</extra-wk-built>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>الفترة: {start} – {end}</translation>
      <extra-wk-built>283421c51eb2</extra-wk-built>
    </message>
    <message>
      <source>Personal data held about you</source>
      <translation>المعطيات الشخصية المحفوظة عنك</translation>
      <extra-wk-built>74dba67a4985</extra-wk-built>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
      <extra-wk-built>94b59a5125fb</extra-wk-built>
    </message>
    <message>
      <source>Pictures:</source>
      <translation>الصور:</translation>
      <extra-wk-built>3466d15af8af</extra-wk-built>
    </message>
    <message>
      <source>Pillow has no Raqm text layout: Arabic names on badge pictures are drawn with a simpler shaping.</source>
      <translation>لا يتوفر Pillow على تنضيد النص Raqm: تُرسم الأسماء العربية في صور الشارات بتشكيل أبسط.</translation>
      <extra-wk-built>22cb13810d6b</extra-wk-built>
    </message>
    <message>
      <source>Pillow lays out Arabic with Raqm {version}</source>
      <translation>ينضّد Pillow النص العربي بواسطة Raqm {version}</translation>
      <extra-wk-built>f1ce460a3753</extra-wk-built>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>الاختبار البعدي %</translation>
      <extra-wk-built>7b10a5c8f779</extra-wk-built>
    </message>
    <message>
      <source>Poster or flyer</source>
      <translation>ملصق أو منشور</translation>
      <extra-wk-built>60041ea27491</extra-wk-built>
    </message>
    <message>
      <source>Pre- and post-test scores</source>
      <translation>درجات الاختبار القبلي والبعدي</translation>
      <extra-wk-built>20617b4e20b7</extra-wk-built>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>الاختبار القبلي %</translation>
      <extra-wk-built>da8f861f1114</extra-wk-built>
    </message>
    <message>
      <source>Pre/post test</source>
      <translation>الاختبار القبلي/البعدي</translation>
      <extra-wk-built>852b50570253</extra-wk-built>
    </message>
    <message>
      <source>Pre/post test — answer key</source>
      <translation>الاختبار القبلي/البعدي — مفتاح الإجابات</translation>
      <extra-wk-built>f2646156f124</extra-wk-built>
    </message>
    <message>
      <source>Prerequisites</source>
      <translation>المتطلبات المسبقة</translation>
      <extra-wk-built>0c3f47ebd587</extra-wk-built>
    </message>
    <message>
      <source>Preview: {path}</source>
      <translation>المعاينة: {path}</translation>
      <extra-wk-built>ca88c2de4099</extra-wk-built>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>ملف الطباعة: {path}</translation>
      <extra-wk-built>0480700d06c8</extra-wk-built>
    </message>
    <message>
      <source>Print them with: workshop-kit badges {ref} -o badges.docx</source>
      <translation>اطبعها بالأمر: workshop-kit badges {ref} -o badges.docx</translation>
      <extra-wk-built>8d595bd3f435</extra-wk-built>
    </message>
    <message>
      <source>Problem: {problem}</source>
      <translation>مشكلة: {problem}</translation>
      <extra-wk-built>b9d45dbb3992</extra-wk-built>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
      <extra-wk-built>907a3d449735</extra-wk-built>
    </message>
    <message>
      <source>Programme summary</source>
      <translation>ملخص البرنامج</translation>
      <extra-wk-built>f5750cac8a9d</extra-wk-built>
    </message>
    <message>
      <source>Project code</source>
      <translation>رمز المشروع</translation>
      <extra-wk-built>c937cc914019</extra-wk-built>
    </message>
    <message>
      <source>Public key {kid} written to {path}. Give it to whoever must verify your certificates: workshop-kit certificates trust-key FILE</source>
      <translation>كُتب المفتاح العام {kid} في {path}. سلّموه لكل من يحتاج إلى التحقق من شهاداتكم: workshop-kit certificates trust-key FILE</translation>
      <extra-wk-built>3bf371e20c81</extra-wk-built>
    </message>
    <message>
      <source>Publish it at {url}; republish it after every revocation.</source>
      <translation>انشرها على العنوان {url}؛ وأعد نشرها بعد كل إلغاء.</translation>
      <extra-wk-built>89b63b5dd207</extra-wk-built>
    </message>
    <message>
      <source>Publish it on your website, then give its address with --url so that new certificates' QR codes open it.</source>
      <translation>انشرها على موقعكم، ثم أعطِ عنوانها بالخيار ‎--url‎ لكي تفتحها رموز QR في الشهادات الجديدة.</translation>
      <extra-wk-built>98873645ceed</extra-wk-built>
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation>PySide6 غير مثبت</translation>
      <extra-wk-built>6dbeebe727cb</extra-wk-built>
    </message>
    <message>
      <source>QR code with the signed verification payload</source>
      <translation>رمز QR يحمل بيانات التحقق الموقّعة</translation>
      <extra-wk-built>ebaaf6e097ea</extra-wk-built>
    </message>
    <message>
      <source>Qt Multimedia backend: {names}</source>
      <translation>محرك Qt Multimedia: {names}</translation>
      <extra-wk-built>ffeffc8d697a</extra-wk-built>
    </message>
    <message>
      <source>Qt Multimedia has no backend: the camera cannot read badges (a USB scanner and the name search still work). {error}</source>
      <translation>لا يجد Qt Multimedia أي محرك: لا يمكن للكاميرا قراءة الشارات (يظل الماسح USB والبحث بالاسم يعملان). {error}</translation>
      <extra-wk-built>709cacfac64a</extra-wk-built>
    </message>
    <message>
      <source>Qt cannot be loaded: {error}</source>
      <translation>تعذّر تحميل Qt: {error}</translation>
      <extra-wk-built>f2c596a44bdb</extra-wk-built>
    </message>
    <message>
      <source>Qt cannot open a window on this desktop: {error}</source>
      <translation>لا يستطيع Qt فتح نافذة على سطح المكتب هذا: {error}</translation>
      <extra-wk-built>f9ca5906eed3</extra-wk-built>
    </message>
    <message>
      <source>Quiz</source>
      <translation>الاختبار</translation>
      <extra-wk-built>bc2750ecda0f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Quiz: %n question(s)</source>
      <translation>
        <numerusform>الاختبار: %n سؤال</numerusform>
        <numerusform>الاختبار: سؤال واحد</numerusform>
        <numerusform>الاختبار: سؤالان</numerusform>
        <numerusform>الاختبار: %n أسئلة</numerusform>
        <numerusform>الاختبار: %n سؤالًا</numerusform>
        <numerusform>الاختبار: %n سؤال</numerusform>
      </translation>
      <extra-wk-built>06731967a955</extra-wk-built>
    </message>
    <message>
      <source>REVOKED {when}: {reason}</source>
      <translation>مُبطَلة في {when}: {reason}</translation>
      <extra-wk-built>9438b51ccef1</extra-wk-built>
    </message>
    <message>
      <source>Reinstall Pillow: pip install --force-reinstall pillow</source>
      <translation>أعد تثبيت Pillow: pip install --force-reinstall pillow</translation>
      <extra-wk-built>bf763a5b446b</extra-wk-built>
    </message>
    <message>
      <source>Reinstall Workshop Kit and its dependencies (see README).</source>
      <translation>أعد تثبيت Workshop Kit ومكوناته (انظر README).</translation>
      <extra-wk-built>ee6921b2b7d2</extra-wk-built>
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation>أعد تثبيت Workshop Kit.</translation>
      <extra-wk-built>6c6f1f9c97d9</extra-wk-built>
    </message>
    <message>
      <source>Removed: {id}</source>
      <translation>تم الحذف: {id}</translation>
      <extra-wk-built>051b759b1da5</extra-wk-built>
    </message>
    <message>
      <source>Restore the newest good backup ({name}) with: workshop-kit backup restore</source>
      <translation>استعيدوا أحدث نسخة احتياطية سليمة ({name}) بالأمر: workshop-kit backup restore</translation>
      <extra-wk-built>84cf6904732a</extra-wk-built>
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation>استعد أحدث نسخة احتياطية سليمة: workshop-kit backup restore</translation>
      <extra-wk-built>59c82826232e</extra-wk-built>
    </message>
    <message>
      <source>Restored {backup}.</source>
      <translation>تمت استعادة {backup}.</translation>
      <extra-wk-built>7082e731a118</extra-wk-built>
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation>تمت استعادة {backup}. حُفظ الملف السابق باسم {moved}.</translation>
      <extra-wk-built>7c0a2b8d9081</extra-wk-built>
    </message>
    <message>
      <source>Revocation is known only to the issuing organisation's database; this copy could not check it.</source>
      <translation>لا يُعرف الإلغاء إلا في قاعدة بيانات المنظمة المُصدِرة؛ تعذّر على هذه النسخة التحقق منه.</translation>
      <extra-wk-built>6c1a4bd71d69</extra-wk-built>
    </message>
    <message>
      <source>Revoked</source>
      <translation>ملغاة</translation>
      <extra-wk-built>d87ae61bedd8</extra-wk-built>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>أُبطلت في {when}: {reason}</translation>
      <extra-wk-built>837f051ba38c</extra-wk-built>
    </message>
    <message>
      <source>Role / function</source>
      <translation>الدور / الوظيفة</translation>
      <extra-wk-built>e71c94de056e</extra-wk-built>
    </message>
    <message>
      <source>Row {row} has more than {max} columns; remove the columns that are not needed.</source>
      <translation>يحتوي السطر ⁦{row}⁩ على أكثر من ⁦{max}⁩ عمود؛ احذف الأعمدة غير الضرورية.</translation>
      <extra-wk-built>686cd349b87b</extra-wk-built>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>شغّل: workshop-kit curricula validate {path}</translation>
      <extra-wk-built>8acc0f832e3d</extra-wk-built>
    </message>
    <message>
      <source>SMTP password for {user}: </source>
      <translation>كلمة مرور SMTP للحساب {user}: </translation>
      <extra-wk-built>a8c13ff1906e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Saving this agenda would leave %n issued certificate(s) without the attendance they were issued for ({names}). Nothing was saved.</source>
      <translation>
        <numerusform>حفظ هذا البرنامج سيترك %n شهادة مسلَّمة دون الحضور الذي سُلّمت على أساسه ({names}). لم يُحفظ أي شيء.</numerusform>
        <numerusform>حفظ هذا البرنامج سيترك شهادة مسلَّمة واحدة دون الحضور الذي سُلّمت على أساسه ({names}). لم يُحفظ أي شيء.</numerusform>
        <numerusform>حفظ هذا البرنامج سيترك شهادتين مسلَّمتين دون الحضور الذي سُلّمتا على أساسه ({names}). لم يُحفظ أي شيء.</numerusform>
        <numerusform>حفظ هذا البرنامج سيترك %n شهادات مسلَّمة دون الحضور الذي سُلّمت على أساسه ({names}). لم يُحفظ أي شيء.</numerusform>
        <numerusform>حفظ هذا البرنامج سيترك %n شهادة مسلَّمة دون الحضور الذي سُلّمت على أساسه ({names}). لم يُحفظ أي شيء.</numerusform>
        <numerusform>حفظ هذا البرنامج سيترك %n شهادة مسلَّمة دون الحضور الذي سُلّمت على أساسه ({names}). لم يُحفظ أي شيء.</numerusform>
      </translation>
      <extra-wk-built>d378b05ac55e</extra-wk-built>
    </message>
    <message>
      <source>Say where to write the certificates: -o DIR and/or --merged FILE.</source>
      <translation>حدّدوا مكان كتابة الشهادات: ‎-o DIR و/أو ‎--merged FILE.</translation>
      <extra-wk-built>ea5fa56b2cca</extra-wk-built>
    </message>
    <message>
      <source>Say why the certificate is revoked.</source>
      <translation>اذكروا سبب إبطال الشهادة.</translation>
      <extra-wk-built>46499df273a1</extra-wk-built>
    </message>
    <message>
      <source>Score</source>
      <translation>النتيجة</translation>
      <extra-wk-built>3c64ba0afab6</extra-wk-built>
    </message>
    <message>
      <source>Score recorded.</source>
      <translation>تم تسجيل النتيجة.</translation>
      <extra-wk-built>a6a03280b97d</extra-wk-built>
    </message>
    <message>
      <source>Security must be starttls, ssl or none.</source>
      <translation>يجب أن يكون الأمان starttls أو ssl أو none.</translation>
      <extra-wk-built>aff0ac80431a</extra-wk-built>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
      <extra-wk-built>e2be2a4d79dc</extra-wk-built>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>الجلسة {number}</translation>
      <extra-wk-built>3402a666ec3d</extra-wk-built>
    </message>
    <message>
      <source>Session {number} · {date} {start}–{end}</source>
      <translation>الجلسة {number} · {date} {start}–{end}</translation>
      <extra-wk-built>93e5963df131</extra-wk-built>
    </message>
    <message>
      <source>Session {n}</source>
      <translation>الجلسة {n}</translation>
      <extra-wk-built>42eff6a21d83</extra-wk-built>
    </message>
    <message>
      <source>Sessions attended</source>
      <translation>الجلسات المحضورة</translation>
      <extra-wk-built>3bf50b74f654</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>الجلسات المنجزة</translation>
      <extra-wk-built>ab56f5cf6aa4</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered: sessions where at least one person attended.</source>
      <translation>الجلسات المنجزة: الجلسات التي حضرها شخص واحد على الأقل.</translation>
      <extra-wk-built>e37a8d7b2784</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered: {d} of {p}</source>
      <translation>الجلسات المنجزة: {d} من {p}</translation>
      <extra-wk-built>3a9aba035de9</extra-wk-built>
    </message>
    <message>
      <source>Sessions planned</source>
      <translation>الجلسات المبرمجة</translation>
      <extra-wk-built>f153088891c7</extra-wk-built>
    </message>
    <message>
      <source>Set the sender address for e-mails.</source>
      <translation>حدّدوا عنوان مُرسِل الرسائل.</translation>
      <extra-wk-built>cd86e62237e1</extra-wk-built>
    </message>
    <message>
      <source>Sex</source>
      <translation>الجنس</translation>
      <extra-wk-built>a79dffdd2070</extra-wk-built>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>ورقة التوقيع</translation>
      <extra-wk-built>7c04d540aaf7</extra-wk-built>
    </message>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
      <extra-wk-built>2aeba4d09c76</extra-wk-built>
    </message>
    <message>
      <source>Skipped ({n}):</source>
      <translation>المتجاوَزون ({n}):</translation>
      <extra-wk-built>6840ad20aa99</extra-wk-built>
    </message>
    <message>
      <source>Social media</source>
      <translation>وسائل التواصل الاجتماعي</translation>
      <extra-wk-built>787a571b9f43</extra-wk-built>
    </message>
    <message>
      <source>Some PDF files could not be made; the .docx files are complete.</source>
      <translation>تعذّر إنشاء بعض ملفات PDF؛ ملفات ‎.docx كاملة.</translation>
      <extra-wk-built>e91679df1084</extra-wk-built>
    </message>
    <message>
      <source>Some of the chosen participants are not enrolled in this workshop.</source>
      <translation>بعض المشاركين المختارين غير مسجلين في هذه الورشة.</translation>
      <extra-wk-built>1e870cb61985</extra-wk-built>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>فشلت بعض عمليات التحقق المطلوبة.</translation>
      <extra-wk-built>085484c751e7</extra-wk-built>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
      <extra-wk-built>ce11b8451293</extra-wk-built>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
      <extra-wk-built>c9364e4fe281</extra-wk-built>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
      <extra-wk-built>c3a4749caed4</extra-wk-built>
    </message>
    <message>
      <source>Subject</source>
      <translation>الموضوع</translation>
      <extra-wk-built>909e8bcdc4aa</extra-wk-built>
    </message>
    <message>
      <source>Summary</source>
      <translation>ملخص</translation>
      <extra-wk-built>c4be7405ec27</extra-wk-built>
    </message>
    <message>
      <source>Template {path} not found.</source>
      <translation>القالب {path} غير موجود.</translation>
      <extra-wk-built>aaa5d9182c54</extra-wk-built>
    </message>
    <message>
      <source>Test scores</source>
      <translation>نتائج الاختبارات</translation>
      <extra-wk-built>94242dcac56c</extra-wk-built>
    </message>
    <message>
      <source>That folder already holds Workshop Kit data; choose an empty folder.</source>
      <translation>هذا المجلد يحتوي مسبقًا على بيانات Workshop Kit؛ اختر مجلدًا فارغًا.</translation>
      <extra-wk-built>6c143d0627f8</extra-wk-built>
    </message>
    <message>
      <source>The SMTP password is missing: store it with workshop-kit outbox smtp --password-stdin, or set {env}.</source>
      <translation>كلمة مرور SMTP مفقودة: احفظوها بالأمر workshop-kit outbox smtp --password-stdin، أو عرّفوا {env}.</translation>
      <extra-wk-built>5bc74058870b</extra-wk-built>
    </message>
    <message>
      <source>The SMTP server refused the user name or password ({detail}).</source>
      <translation>رفض خادم SMTP اسم المستخدم أو كلمة المرور ({detail}).</translation>
      <extra-wk-built>41924a7a09eb</extra-wk-built>
    </message>
    <message>
      <source>The attachment cannot be read: {detail}</source>
      <translation>تعذّرت قراءة المرفق: {detail}</translation>
      <extra-wk-built>b8fb6d72b6b5</extra-wk-built>
    </message>
    <message>
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation>يجب أن تكون نسبة الحضور المطلوبة بين 0 و100٪.</translation>
      <extra-wk-built>c8145a0d870a</extra-wk-built>
    </message>
    <message>
      <source>The backup chosen for restoring is no longer in {folder}; nothing was changed.</source>
      <translation>النسخة الاحتياطية المختارة للاسترجاع لم تعد في {folder}؛ لم يُغيَّر شيء.</translation>
      <extra-wk-built>067839e50f90</extra-wk-built>
    </message>
    <message>
      <source>The backup could not be verified: {detail}</source>
      <translation>تعذر التحقق من النسخة الاحتياطية: {detail}</translation>
      <extra-wk-built>19d7376425dd</extra-wk-built>
    </message>
    <message>
      <source>The backup {name} is damaged too.</source>
      <translation>النسخة الاحتياطية {name} تالفة أيضًا.</translation>
      <extra-wk-built>dd791757befc</extra-wk-built>
    </message>
    <message>
      <source>The bundle does not fit together ({detail}); nothing was imported.</source>
      <translation>الحزمة غير متناسقة ({detail})؛ لم يُستورد أي شيء.</translation>
      <extra-wk-built>d7deb7677f4e</extra-wk-built>
    </message>
    <message>
      <source>The bundle's {table} hold {value} in the field {column} where {expected} is expected; nothing was imported. Ask for a fresh export.</source>
      <translation>تحتوي ⁦{table}⁩ في الحزمة على ⁦{value}⁩ في الحقل ⁦{column}⁩ حيث يُنتظر {expected}؛ لم يُستورد شيء. اطلب تصديرًا جديدًا.</translation>
      <extra-wk-built>2a50f4953504</extra-wk-built>
    </message>
    <message>
      <source>The bundle's {table} lack the field {column}; nothing was imported. Ask for a fresh export.</source>
      <translation>ينقص الحقلُ ⁦{column}⁩ ‏{table} في الحزمة؛ لم يُستورد شيء. اطلب تصديرًا جديدًا.</translation>
      <extra-wk-built>a418cd3f23f5</extra-wk-built>
    </message>
    <message>
      <source>The certificate is genuine but was revoked by the organisation that issued it.</source>
      <translation>الشهادة أصلية لكن المنظمة التي أصدرتها أبطلتها.</translation>
      <extra-wk-built>97d9e38a8c6e</extra-wk-built>
    </message>
    <message>
      <source>The certificate is genuine.</source>
      <translation>الشهادة أصلية.</translation>
      <extra-wk-built>930acd0ec6a8</extra-wk-built>
    </message>
    <message>
      <source>The chosen session is on {date}; the laptop clock says {today}.</source>
      <translation>الجلسة المختارة بتاريخ {date}؛ وساعة الحاسوب تشير إلى {today}.</translation>
      <extra-wk-built>730a89edba85</extra-wk-built>
    </message>
    <message>
      <source>The code has been altered: its signature does not match its content.</source>
      <translation>تم تغيير الرمز: توقيعه لا يطابق محتواه.</translation>
      <extra-wk-built>2cd2dfbf5f84</extra-wk-built>
    </message>
    <message>
      <source>The code is signed by an organisation whose public key this copy does not know.</source>
      <translation>الرمز موقّع من منظمة لا تعرف هذه النسخة مفتاحها العام.</translation>
      <extra-wk-built>71b5b6631c06</extra-wk-built>
    </message>
    <message>
      <source>The connection was lost after the message was handed to the server: it may have been delivered. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>انقطع الاتصال بعد تسليم الرسالة إلى الخادم: ربما وصلت. تحقّقوا من علبة المُرسِل، ثم أعيدوا إرسالها (workshop-kit outbox retry ID) أو علّموها كمُرسَلة (workshop-kit outbox mark-sent ID).</translation>
      <extra-wk-built>769c0c4288a1</extra-wk-built>
    </message>
    <message>
      <source>The converted copy of {name} failed its check ({detail}); nothing was changed.</source>
      <translation>فشل فحص النسخة المحوَّلة من {name} ‏({detail})؛ لم يتغير شيء.</translation>
      <extra-wk-built>fb95bee704dc</extra-wk-built>
    </message>
    <message>
      <source>The data file could not be read ({detail}). Check it with: workshop-kit selfcheck; restore a backup with: workshop-kit backup restore</source>
      <translation>تعذّرت قراءة ملف البيانات ({detail}). افحصه بالأمر: workshop-kit selfcheck؛ واسترجع نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
      <extra-wk-built>ecc7d3920d77</extra-wk-built>
    </message>
    <message>
      <source>The data file is busy (another program is writing to it); try again in a moment.</source>
      <translation>ملف البيانات مشغول (برنامج آخر يكتب فيه)؛ أعد المحاولة بعد لحظة.</translation>
      <extra-wk-built>f5a237233506</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is already open in another Workshop Kit window ({holder}). Close that window first, or choose another data folder with --data-dir.</source>
      <translation>ملف البيانات {path} مفتوح بالفعل في نافذة أخرى لـ Workshop Kit ({holder}). أغلق تلك النافذة أولًا، أو اختر مجلدًا آخر باستعمال ‎--data-dir.</translation>
      <extra-wk-built>48241d00338f</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}).</source>
      <translation>ملف البيانات {path} تالف ({detail}).</translation>
      <extra-wk-built>021fa9c380b4</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it, so that nothing is lost when a backup is restored. Close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>ملف البيانات {path} تالف ({detail})؛ لن يُكتب فيه شيء بعد الآن، حتى لا يضيع شيء عند استعادة نسخة احتياطية. أغلقوا Workshop Kit واستعيدوا نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
      <extra-wk-built>7b9980aab548</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it. Restore a backup with: workshop-kit backup restore</source>
      <translation>ملف البيانات {path} تالف ({detail})؛ لن يُكتب فيه شيء بعد الآن. استعيدوا نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
      <extra-wk-built>3480b22d9de5</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is encrypted. Give its passphrase (you are asked for it in a terminal, or set the environment variable {env}).</source>
      <translation>ملف البيانات {path} مشفّر. أدخلوا عبارة مروره (تُطلب منكم في الطرفية، أو عيّنوا متغير البيئة {env}).</translation>
      <extra-wk-built>5d4f8604267e</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is open in another program (Workshop Kit, a command or a script still running). Close it first, then restore; nothing was changed.</source>
      <translation>ملف البيانات {path} مفتوح في برنامج آخر (Workshop Kit أو أمر أو برنامج نصي ما زال يعمل). أغلقوه أولًا ثم استعيدوا النسخة؛ لم يتغير شيء.</translation>
      <extra-wk-built>ace61b5774c9</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is {what}, but backups of it exist: it was lost (an interrupted restore or copy, a sync tool, a deletion), so no new empty one was made.</source>
      <translation>ملف البيانات {path} {what}، لكن توجد نسخ احتياطية منه: لقد ضاع (استعادة أو نسخ توقف، أداة مزامنة، حذف)، لذلك لم يُنشأ ملف جديد فارغ.</translation>
      <extra-wk-built>46e3a29eefd5</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} was replaced (a backup was restored) while this program had it open; nothing was written. Close Workshop Kit or run the command again.</source>
      <translation>استُبدل ملف البيانات {path} (استُعيدت نسخة احتياطية) بينما كان هذا البرنامج يفتحه؛ لم يُكتب شيء. أغلقوا Workshop Kit أو أعيدوا تشغيل الأمر.</translation>
      <extra-wk-built>f25598560da8</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation>كُتب ملف البيانات {path} بإصدار أحدث من Workshop Kit (المخطط {version}، وهذه النسخة تعرف {latest}). حدّث Workshop Kit قبل فتحه.</translation>
      <extra-wk-built>831004454265</extra-wk-built>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>لم يعد مجلد البيانات مشفّرًا.</translation>
      <extra-wk-built>d416a4e0886c</extra-wk-built>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe: without it the data cannot be recovered, by anyone.</source>
      <translation>أصبح مجلد البيانات مشفّرًا. احتفظوا بعبارة المرور في مكان آمن: بدونها لا يستطيع أحد استرجاع البيانات.</translation>
      <extra-wk-built>4fc8d4714c7e</extra-wk-built>
    </message>
    <message>
      <source>The delimiter must be one character (e.g. ';' or ',').</source>
      <translation>يجب أن يكون الفاصل حرفًا واحدًا (مثلًا «;» أو «,»).</translation>
      <extra-wk-built>672788dfb563</extra-wk-built>
    </message>
    <message>
      <source>The disk is full ({detail}); free some space and try again. No partial file was left.</source>
      <translation>القرص ممتلئ (⁦{detail}⁩)؛ حرّر بعض المساحة وأعد المحاولة. لم يبقَ أي ملف ناقص.</translation>
      <extra-wk-built>d5d42f934094</extra-wk-built>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
      <extra-wk-built>4595df6f58be</extra-wk-built>
    </message>
    <message>
      <source>The file contains binary data (NUL characters); it is not a CSV file. Save it as CSV or XLSX.</source>
      <translation>يحتوي الملف على معطيات ثنائية (أحرف NUL)؛ ليس ملف CSV. احفظه بصيغة CSV أو XLSX.</translation>
      <extra-wk-built>5d3456604913</extra-wk-built>
    </message>
    <message>
      <source>The file has more than {max} rows; split it into smaller files.</source>
      <translation>يحتوي الملف على أكثر من ⁦{max}⁩ سطر؛ قسّمه إلى ملفات أصغر.</translation>
      <extra-wk-built>d4075a5ae02b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>The file has no consent column, so %n row(s) were refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</source>
      <translation>
        <numerusform>لا يحتوي الملف على عمود للموافقة، لذلك رُفض %n سطر. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</numerusform>
        <numerusform>لا يحتوي الملف على عمود للموافقة، لذلك رُفض سطر واحد. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</numerusform>
        <numerusform>لا يحتوي الملف على عمود للموافقة، لذلك رُفض سطران. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</numerusform>
        <numerusform>لا يحتوي الملف على عمود للموافقة، لذلك رُفض %n أسطر. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</numerusform>
        <numerusform>لا يحتوي الملف على عمود للموافقة، لذلك رُفض %n سطرًا. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</numerusform>
        <numerusform>لا يحتوي الملف على عمود للموافقة، لذلك رُفض %n سطر. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</numerusform>
      </translation>
      <extra-wk-built>d67d044c256f</extra-wk-built>
    </message>
    <message>
      <source>The file has no rows.</source>
      <translation>الملف لا يحتوي على أي سطر.</translation>
      <extra-wk-built>cbfacb5d0f40</extra-wk-built>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>الملف فارغ.</translation>
      <extra-wk-built>8601969dadb9</extra-wk-built>
    </message>
    <message>
      <source>The file is not valid {encoding} text (byte {position}); choose another encoding.</source>
      <translation>الملف ليس نصًا صالحًا بترميز {encoding} (البايت {position})؛ اختر ترميزًا آخر.</translation>
      <extra-wk-built>1f143afa95af</extra-wk-built>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>الملف {path} غير موجود.</translation>
      <extra-wk-built>0d39cc04f70e</extra-wk-built>
    </message>
    <message>
      <source>The file {path} is larger than 200 MB; split it first.</source>
      <translation>حجم الملف {path} يتجاوز 200 ميغابايت؛ قسّمه أولًا.</translation>
      <extra-wk-built>3286645b2de6</extra-wk-built>
    </message>
    <message>
      <source>The file's text encoding was not recognised; choose it (e.g. utf-8, cp1256, latin-1).</source>
      <translation>لم يُتعرّف على ترميز نص الملف؛ اختره (مثلًا utf-8 أو cp1256 أو latin-1).</translation>
      <extra-wk-built>927572ebfeb3</extra-wk-built>
    </message>
    <message>
      <source>The inbox folder cannot be the data folder, inside it or around it: choose the folder where bundles arrive ({folder}).</source>
      <translation>لا يمكن أن يكون مجلد صندوق الوارد هو مجلد البيانات أو داخله أو محيطًا به: اختر المجلد الذي تصل إليه الحزم ({folder}).</translation>
      <extra-wk-built>10b81c80194b</extra-wk-built>
    </message>
    <message>
      <source>The inbox folder {folder} does not exist or is not a folder.</source>
      <translation>مجلد صندوق الوارد {folder} غير موجود أو ليس مجلدًا.</translation>
      <extra-wk-built>0e8842813d45</extra-wk-built>
    </message>
    <message>
      <source>The input is too large or too deeply nested to be read on this computer.</source>
      <translation>المدخلات أكبر أو أكثر تداخلًا من أن تُقرأ على هذا الحاسوب.</translation>
      <extra-wk-built>cc0d76637ad5</extra-wk-built>
    </message>
    <message>
      <source>The laptop clock is behind the last recorded scan ({time}); check the date and time.</source>
      <translation>ساعة الحاسوب متأخرة عن آخر مسح مسجَّل ({time})؛ تحقّق من التاريخ والوقت.</translation>
      <extra-wk-built>f110e8464a91</extra-wk-built>
    </message>
    <message>
      <source>The maximum score must be more than 0.</source>
      <translation>يجب أن تكون الدرجة القصوى أكبر من 0.</translation>
      <extra-wk-built>95c6ce1619a3</extra-wk-built>
    </message>
    <message>
      <source>The newest good backup is {name}; restore it with: workshop-kit backup restore</source>
      <translation>أحدث نسخة احتياطية سليمة هي {name}؛ استعدها بالأمر: workshop-kit backup restore</translation>
      <extra-wk-built>d79c50aa399f</extra-wk-built>
    </message>
    <message>
      <source>The organisation key in {path} is damaged; restore the keys folder from a copy of the data folder.</source>
      <translation>مفتاح المنظمة في ⁦{path}⁩ تالف؛ استرجع مجلد keys من نسخة من مجلد البيانات.</translation>
      <extra-wk-built>44777df9a21c</extra-wk-built>
    </message>
    <message>
      <source>The organisation key in {path} is not an Ed25519 key.</source>
      <translation>مفتاح المنظمة في {path} ليس مفتاحًا من نوع Ed25519.</translation>
      <extra-wk-built>64628ed19810</extra-wk-built>
    </message>
    <message>
      <source>The outbox is empty.</source>
      <translation>صندوق الإرسال فارغ.</translation>
      <extra-wk-built>9c2dd663ef29</extra-wk-built>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>تم تغيير عبارة المرور؛ لم تعد العبارة القديمة تفتح مجلد البيانات هذا.</translation>
      <extra-wk-built>26def1332525</extra-wk-built>
    </message>
    <message>
      <source>The period ends before it starts: {start} &gt; {end}.</source>
      <translation>تنتهي الفترة قبل أن تبدأ: {start} &gt; {end}.</translation>
      <extra-wk-built>f2c19db81770</extra-wk-built>
    </message>
    <message>
      <source>The protected file is damaged (its header cannot be read).</source>
      <translation>الملف المحمي تالف (لا يمكن قراءة ترويسته).</translation>
      <extra-wk-built>738b525c25c5</extra-wk-built>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>المفتاح العام في هذا الملف تالف.</translation>
      <extra-wk-built>78ada03a3813</extra-wk-built>
    </message>
    <message>
      <source>The retention period must be at least one month.</source>
      <translation>يجب ألا تقل مدة الاحتفاظ عن شهر واحد.</translation>
      <extra-wk-built>5e0d987937b5</extra-wk-built>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>عبارة المرور نفسها مرة أخرى: </translation>
      <extra-wk-built>ce34493a4fd3</extra-wk-built>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>كلمة المرور نفسها مرة أخرى: </translation>
      <extra-wk-built>35491295b25d</extra-wk-built>
    </message>
    <message>
      <source>The scan arrived in Arabic letters: the Arabic keyboard layout seems to be active. Switch the laptop to the French layout (Alt+Shift, or Windows key+Space) and scan again.</source>
      <translation>وصل المسح بحروف عربية: يبدو أن لوحة المفاتيح العربية مفعّلة. بدّل لوحة مفاتيح الحاسوب إلى الفرنسية (Alt+Shift، أو مفتاح Windows+Space) ثم أعد المسح.</translation>
      <extra-wk-built>5aa806eb4529</extra-wk-built>
    </message>
    <message>
      <source>The sheet '{sheet}' has person columns ({columns}): import it with --sheet {option}.</source>
      <translation>الورقة «{sheet}» فيها أعمدة للأشخاص ({columns}): استوردها مع ⁦--sheet {option}⁩.</translation>
      <extra-wk-built>3a45c36f6513</extra-wk-built>
    </message>
    <message>
      <source>The sheet has rows beyond Excel's last row ({max}); the file is damaged.</source>
      <translation>تحتوي الورقة على أسطر بعد آخر سطر في Excel ‏(⁦{max}⁩)؛ الملف تالف.</translation>
      <extra-wk-built>e8b392d7f270</extra-wk-built>
    </message>
    <message>
      <source>The signer {key_id} is now trusted.</source>
      <translation>أصبح الموقِّع {key_id} موثوقًا.</translation>
      <extra-wk-built>386487e730f2</extra-wk-built>
    </message>
    <message>
      <source>The template has neither {{qr}} nor {{verify_code}}: the certificate cannot be verified.</source>
      <translation>لا يحتوي القالب على {{qr}} ولا على {{verify_code}}: لن يمكن التحقق من الشهادة.</translation>
      <extra-wk-built>b1c1ed8ca485</extra-wk-built>
    </message>
    <message>
      <source>The template has no participant name placeholder, e.g. {{participant_name}}.</source>
      <translation>لا يحتوي القالب على حقل لاسم المشارك، مثل {{participant_name}}.</translation>
      <extra-wk-built>30fc776a23e9</extra-wk-built>
    </message>
    <message>
      <source>The template has problems: {problems} (see: workshop-kit certificates check-template)</source>
      <translation>في القالب مشاكل: {problems} (انظروا: workshop-kit certificates check-template)</translation>
      <extra-wk-built>a9626f6c6252</extra-wk-built>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>القالب جاهز.</translation>
      <extra-wk-built>015df62c2e52</extra-wk-built>
    </message>
    <message>
      <source>The text of {path} is {mb} MB; a certificate template's text may be at most {max} MB (it is repeated for every certificate of the print file).</source>
      <translation>يبلغ حجم نص ⁦{path}⁩ ⁦{mb}⁩ ميغابايت؛ لا يتجاوز نص قالب الشهادة ⁦{max}⁩ ميغابايت (يتكرر لكل شهادة في ملف الطباعة).</translation>
      <extra-wk-built>dd212ad220fd</extra-wk-built>
    </message>
    <message>
      <source>The trainer's gender is F, M or empty; not '{value}'.</source>
      <translation>جنس المكوّن(ة) هو F أو M أو فارغ؛ وليس «{value}».</translation>
      <extra-wk-built>210af96ff4d3</extra-wk-built>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
      <extra-wk-built>bbc01b809ba0</extra-wk-built>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور مختلفتان.</translation>
      <extra-wk-built>7e439208c1ea</extra-wk-built>
    </message>
    <message>
      <source>The verification page template is damaged; reinstall Workshop Kit.</source>
      <translation>قالب صفحة التحقق تالف؛ أعد تثبيت Workshop Kit.</translation>
      <extra-wk-built>a04eef7317d0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>The workshop title is too long to go in the certificates' QR code (%n character(s)); shorten it.</source>
      <translation>
        <numerusform>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (⁦%n⁩ حرف)؛ اختصره.</numerusform>
        <numerusform>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (حرف واحد)؛ اختصره.</numerusform>
        <numerusform>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (حرفان)؛ اختصره.</numerusform>
        <numerusform>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (⁦%n⁩ أحرف)؛ اختصره.</numerusform>
        <numerusform>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (⁦%n⁩ حرفًا)؛ اختصره.</numerusform>
        <numerusform>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (⁦%n⁩ حرف)؛ اختصره.</numerusform>
      </translation>
      <extra-wk-built>c33c42f9e260</extra-wk-built>
    </message>
    <message>
      <source>There is no check-in to undo.</source>
      <translation>لا يوجد تسجيل حضور لإلغائه.</translation>
      <extra-wk-built>02516f246af7</extra-wk-built>
    </message>
    <message>
      <source>This badge belongs to a participant who was deleted.</source>
      <translation>هذه الشارة تخص مشاركًا تم حذفه.</translation>
      <extra-wk-built>d2e77a2c6dae</extra-wk-built>
    </message>
    <message>
      <source>This badge is for another workshop: {title}.</source>
      <translation>هذه الشارة خاصة بورشة أخرى: {title}.</translation>
      <extra-wk-built>13d9fb5c16f1</extra-wk-built>
    </message>
    <message>
      <source>This bundle is signed by an unknown key ({key_id}). Nothing was imported. If you know the laptop it comes from, import it again accepting the signer (--accept-signer, or --trust-signer to trust it from now on), or add that laptop's public key file (keys/organisation.pub) to the trusted keys with: workshop-kit bundle trust FILE</source>
      <translation>هذه الحزمة موقَّعة بمفتاح غير معروف ({key_id}). لم يُستورد أي شيء. إذا كنت تعرف الحاسوب الذي جاءت منه، فاستوردها مجددًا مع قبول الموقِّع (‎--accept-signer، أو ‎--trust-signer للوثوق به من الآن)، أو أضف ملف المفتاح العام لذلك الحاسوب (keys/organisation.pub) إلى المفاتيح الموثوقة بالأمر: workshop-kit bundle trust FILE</translation>
      <extra-wk-built>ac26db27fb9e</extra-wk-built>
    </message>
    <message>
      <source>This bundle of '{title}' holds {table} of another workshop; a bundle may only change its own workshop. It was made or changed by hand. Nothing was imported.</source>
      <translation>تحتوي حزمة «{title}» هذه على {table} تخص ورشة أخرى؛ لا يحق للحزمة أن تغيّر إلا ورشتها. لقد صُنعت أو عُدّلت يدويًا. لم يُستورد أي شيء.</translation>
      <extra-wk-built>131391ccaa87</extra-wk-built>
    </message>
    <message>
      <source>This check-in was already undone.</source>
      <translation>سبق إلغاء تسجيل الحضور هذا.</translation>
      <extra-wk-built>46469001d49e</extra-wk-built>
    </message>
    <message>
      <source>This code does not come from Workshop Kit (another system's QR code).</source>
      <translation>هذا الرمز ليس من Workshop Kit (رمز QR لنظام آخر).</translation>
      <extra-wk-built>73bd72ef4353</extra-wk-built>
    </message>
    <message>
      <source>This code is not a Workshop Kit certificate code.</source>
      <translation>هذا الرمز ليس رمز شهادة من Workshop Kit.</translation>
      <extra-wk-built>57ab3268eed0</extra-wk-built>
    </message>
    <message>
      <source>This data folder is already encrypted.</source>
      <translation>مجلد البيانات هذا مشفّر بالفعل.</translation>
      <extra-wk-built>0c0449707b16</extra-wk-built>
    </message>
    <message>
      <source>This data folder is not encrypted.</source>
      <translation>مجلد البيانات هذا غير مشفّر.</translation>
      <extra-wk-built>b77a7763f84c</extra-wk-built>
    </message>
    <message>
      <source>This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law 09-08 you may ask for it to be corrected or erased.</source>
      <translation>تعرض هذه الوثيقة كل ما يحفظه Workshop Kit عنك، بتاريخ {date}. يحق لك بموجب القانون المغربي رقم ‎09-08‎ طلب تصحيحه أو محوه.</translation>
      <extra-wk-built>f61ccaff23bc</extra-wk-built>
    </message>
    <message>
      <source>This file belongs to an encrypted data folder that is not open.</source>
      <translation>ينتمي هذا الملف إلى مجلد بيانات مشفّر غير مفتوح.</translation>
      <extra-wk-built>565ce2027d1b</extra-wk-built>
    </message>
    <message>
      <source>This is not a Workshop Kit certificate code.</source>
      <translation>هذا ليس رمز شهادة من Workshop Kit.</translation>
      <extra-wk-built>0d6e88119f67</extra-wk-built>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>هذا الملف ليس مفتاحًا عامًا من Workshop Kit.</translation>
      <extra-wk-built>86885a467df8</extra-wk-built>
    </message>
    <message>
      <source>This is not a password-protected Workshop Kit file.</source>
      <translation>هذا ليس ملف Workshop Kit محميًا بكلمة مرور.</translation>
      <extra-wk-built>5b9d2ce91b9d</extra-wk-built>
    </message>
    <message>
      <source>This module has no cards or sheets to print.</source>
      <translation>لا تتضمن هذه الوحدة بطاقات أو أوراقاً للطباعة.</translation>
      <extra-wk-built>79ba65ab7dd2</extra-wk-built>
    </message>
    <message>
      <source>This module is not yet translated into {language}; the {shown} text is shown.</source>
      <translation>هذه الوحدة غير مترجمة بعدُ إلى {language}؛ يُعرض النص بـ{shown}.</translation>
      <extra-wk-built>45977da8f4fd</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>This name has %n character(s); at most {max} fit on a badge and a certificate.</source>
      <translation>
        <numerusform>يتكون هذا الاسم من ⁦%n⁩ حرف؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</numerusform>
        <numerusform>يتكون هذا الاسم من حرف واحد؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</numerusform>
        <numerusform>يتكون هذا الاسم من حرفين؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</numerusform>
        <numerusform>يتكون هذا الاسم من ⁦%n⁩ أحرف؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</numerusform>
        <numerusform>يتكون هذا الاسم من ⁦%n⁩ حرفًا؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</numerusform>
        <numerusform>يتكون هذا الاسم من ⁦%n⁩ حرف؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</numerusform>
      </translation>
      <extra-wk-built>9b0995d152c3</extra-wk-built>
    </message>
    <message>
      <source>This participant has no active badge for the workshop.</source>
      <translation>ليس لهذا المشارك شارة صالحة لهذه الورشة.</translation>
      <extra-wk-built>0a4f63350d35</extra-wk-built>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them before issuing a badge.</source>
      <translation>هذا المشارك غير مسجَّل في الورشة؛ سجّله قبل إصدار شارة.</translation>
      <extra-wk-built>a3d559935a56</extra-wk-built>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them first.</source>
      <translation>هذا المشارك غير مسجل في الورشة؛ سجّله أولًا.</translation>
      <extra-wk-built>42ac634cff24</extra-wk-built>
    </message>
    <message>
      <source>This participant was already erased on {date}.</source>
      <translation>تم محو هذا المشارك من قبل بتاريخ {date}.</translation>
      <extra-wk-built>132b59ce1610</extra-wk-built>
    </message>
    <message>
      <source>This participant was erased; their data cannot be edited.</source>
      <translation>تم محو هذا المشارك؛ لا يمكن تعديل معطياته.</translation>
      <extra-wk-built>34bacac22629</extra-wk-built>
    </message>
    <message>
      <source>This participant's data was erased; the badge is no longer valid.</source>
      <translation>تم محو بيانات هذا المشارك؛ الشارة لم تعد صالحة.</translation>
      <extra-wk-built>1424d75cd3f1</extra-wk-built>
    </message>
    <message>
      <source>This passphrase does not open {path}. Check the keyboard layout and Caps Lock; without the right passphrase the data cannot be recovered.</source>
      <translation>عبارة المرور هذه لا تفتح {path}. تحقّقوا من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة؛ بدون العبارة الصحيحة لا يمكن استرجاع البيانات.</translation>
      <extra-wk-built>1c3df1d94eaa</extra-wk-built>
    </message>
    <message>
      <source>This report contains names: share it only with people entitled to see them.</source>
      <translation>يحتوي هذا التقرير على أسماء: لا تشاركه إلا مع الأشخاص المخوّل لهم الاطلاع عليها.</translation>
      <extra-wk-built>8befc9a4d2e0</extra-wk-built>
    </message>
    <message>
      <source>This session does not belong to the workshop (or no longer exists).</source>
      <translation>هذه الجلسة لا تنتمي إلى الورشة (أو لم تعد موجودة).</translation>
      <extra-wk-built>d7182627d200</extra-wk-built>
    </message>
    <message>
      <source>This session no longer exists.</source>
      <translation>هذه الجلسة لم تعد موجودة.</translation>
      <extra-wk-built>455bbf8fb617</extra-wk-built>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>لا تحتوي هذه الورشة على الجلسة {number}.</translation>
      <extra-wk-built>8a487df75e23</extra-wk-built>
    </message>
    <message>
      <source>Tick one answer per question.</source>
      <translation>ضعوا علامة على إجابة واحدة لكل سؤال.</translation>
      <extra-wk-built>29933056e343</extra-wk-built>
    </message>
    <message>
      <source>Time</source>
      <translation>التوقيت</translation>
      <extra-wk-built>9c19003be80c</extra-wk-built>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
      <extra-wk-built>97fe3fe5b063</extra-wk-built>
    </message>
    <message>
      <source>Total</source>
      <translation>المجموع</translation>
      <extra-wk-built>9c33cdc71a89</extra-wk-built>
    </message>
    <message>
      <source>Total for the day</source>
      <translation>مجموع اليوم</translation>
      <extra-wk-built>5fe55c496869</extra-wk-built>
    </message>
    <message>
      <source>Total training time: {time}</source>
      <translation>مجموع مدة التكوين: {time}</translation>
      <extra-wk-built>6aed6ad0a28c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Total: %n min</source>
      <translation>
        <numerusform>المجموع: %n دقيقة</numerusform>
        <numerusform>المجموع: دقيقة واحدة</numerusform>
        <numerusform>المجموع: دقيقتان</numerusform>
        <numerusform>المجموع: %n دقائق</numerusform>
        <numerusform>المجموع: %n دقيقة</numerusform>
        <numerusform>المجموع: %n دقيقة</numerusform>
      </translation>
      <extra-wk-built>10445a425145</extra-wk-built>
    </message>
    <message>
      <source>Trainer</source>
      <translation>المكوّن</translation>
      <extra-wk-built>e581238ae8e9</extra-wk-built>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>توقيع المكوّن</translation>
      <extra-wk-built>8a1607db5af0</extra-wk-built>
    </message>
    <message>
      <source>Trainer: {name}</source>
      <translation>المكوِّن(ة): {name}</translation>
      <extra-wk-built>927a2b5845da</extra-wk-built>
    </message>
    <message>
      <source>Translation missing in {lang}; showing {shown}.</source>
      <translation>الترجمة إلى {lang} غير موجودة؛ يُعرض النص بـ{shown}.</translation>
      <extra-wk-built>4adc78724307</extra-wk-built>
    </message>
    <message>
      <source>Unclosed or malformed placeholder near '{text}'.</source>
      <translation>حقل غير مغلق أو غير سليم قرب «{text}».</translation>
      <extra-wk-built>5abad5d36a37</extra-wk-built>
    </message>
    <message>
      <source>Unknown attendance status '{status}'; use present, late, absent or excused.</source>
      <translation>حالة حضور غير معروفة «{status}»؛ استخدم present أو late أو absent أو excused.</translation>
      <extra-wk-built>2e8994fff32f</extra-wk-built>
    </message>
    <message>
      <source>Unknown badge: this code was not issued on this laptop's data.</source>
      <translation>شارة غير معروفة: لم يصدر هذا الرمز ضمن بيانات هذا الحاسوب.</translation>
      <extra-wk-built>a0226a674b44</extra-wk-built>
    </message>
    <message>
      <source>Unknown check-in method '{method}'.</source>
      <translation>طريقة تسجيل حضور غير معروفة «{method}».</translation>
      <extra-wk-built>ad575bb59186</extra-wk-built>
    </message>
    <message>
      <source>Unknown format '{fmt}'; use csv, xlsx or sheet.</source>
      <translation>صيغة غير معروفة «{fmt}»؛ استخدم csv أو xlsx أو sheet.</translation>
      <extra-wk-built>34bdf9151234</extra-wk-built>
    </message>
    <message>
      <source>Unknown language '{lang}'; use fr, ar or en.</source>
      <translation>لغة غير معروفة «{lang}»؛ استخدم fr أو ar أو en.</translation>
      <extra-wk-built>7b150745a794</extra-wk-built>
    </message>
    <message>
      <source>Unknown language '{lang}'; use one of: {langs}.</source>
      <translation>لغة غير معروفة «{lang}»؛ استعملوا إحدى: {langs}.</translation>
      <extra-wk-built>1abe36c083d9</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown participant field(s): {names}</source>
      <translation>
        <numerusform>حقول غير معروفة في المشارك: {names}</numerusform>
        <numerusform>حقل غير معروف في المشارك: {names}</numerusform>
        <numerusform>حقلان غير معروفين في المشارك: {names}</numerusform>
        <numerusform>حقول غير معروفة في المشارك: {names}</numerusform>
        <numerusform>حقول غير معروفة في المشارك: {names}</numerusform>
        <numerusform>حقول غير معروفة في المشارك: {names}</numerusform>
      </translation>
      <extra-wk-built>92582eb3522b</extra-wk-built>
    </message>
    <message>
      <source>Unknown placeholders (left empty):</source>
      <translation>حقول غير معروفة (تُترك فارغة):</translation>
      <extra-wk-built>e4abc0cb54cc</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown session field(s): {names}</source>
      <translation>
        <numerusform>حقول غير معروفة في الجلسة: {names}</numerusform>
        <numerusform>حقل غير معروف في الجلسة: {names}</numerusform>
        <numerusform>حقلان غير معروفين في الجلسة: {names}</numerusform>
        <numerusform>حقول غير معروفة في الجلسة: {names}</numerusform>
        <numerusform>حقول غير معروفة في الجلسة: {names}</numerusform>
        <numerusform>حقول غير معروفة في الجلسة: {names}</numerusform>
      </translation>
      <extra-wk-built>24fc933f219e</extra-wk-built>
    </message>
    <message>
      <source>Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.</source>
      <translation>ترميز غير معروف «{encoding}»؛ استعمل مثلًا utf-8 أو utf-16 أو cp1256 أو latin-1.</translation>
      <extra-wk-built>c163fff1cac2</extra-wk-built>
    </message>
    <message>
      <source>Unknown way of saving the agenda: {mode}.</source>
      <translation>طريقة حفظ البرنامج غير معروفة: {mode}.</translation>
      <extra-wk-built>ce725fb1f8e1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown workshop field(s): {names}</source>
      <translation>
        <numerusform>حقول غير معروفة في الورشة: {names}</numerusform>
        <numerusform>حقل غير معروف في الورشة: {names}</numerusform>
        <numerusform>حقلان غير معروفين في الورشة: {names}</numerusform>
        <numerusform>حقول غير معروفة في الورشة: {names}</numerusform>
        <numerusform>حقول غير معروفة في الورشة: {names}</numerusform>
        <numerusform>حقول غير معروفة في الورشة: {names}</numerusform>
      </translation>
      <extra-wk-built>819310845740</extra-wk-built>
    </message>
    <message>
      <source>Unreadable code.</source>
      <translation>رمز غير مقروء.</translation>
      <extra-wk-built>1a8fadc3d6c4</extra-wk-built>
    </message>
    <message>
      <source>Unreadable code. Scan again, or type the short code printed on the badge.</source>
      <translation>رمز غير مقروء. أعد المسح، أو اكتب الرمز القصير المطبوع على الشارة.</translation>
      <extra-wk-built>56f3a3b0ce6f</extra-wk-built>
    </message>
    <message>
      <source>Update Workshop Kit.</source>
      <translation>حدّث Workshop Kit.</translation>
      <extra-wk-built>5a55a865918a</extra-wk-built>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
      <extra-wk-built>4c49efecd6cb</extra-wk-built>
    </message>
    <message>
      <source>Venue</source>
      <translation>المكان</translation>
      <extra-wk-built>1943d20a3589</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Verification page written: {path} (%n certificate(s), revoked: {r}, list of {date}).</source>
      <translation>
        <numerusform>كُتبت صفحة التحقق: {path} (%n شهادة، الملغاة: {r}، قائمة بتاريخ {date}).</numerusform>
        <numerusform>كُتبت صفحة التحقق: {path} (شهادة واحدة، الملغاة: {r}، قائمة بتاريخ {date}).</numerusform>
        <numerusform>كُتبت صفحة التحقق: {path} (شهادتان، الملغاة: {r}، قائمة بتاريخ {date}).</numerusform>
        <numerusform>كُتبت صفحة التحقق: {path} (%n شهادات، الملغاة: {r}، قائمة بتاريخ {date}).</numerusform>
        <numerusform>كُتبت صفحة التحقق: {path} (%n شهادة، الملغاة: {r}، قائمة بتاريخ {date}).</numerusform>
        <numerusform>كُتبت صفحة التحقق: {path} (%n شهادة، الملغاة: {r}، قائمة بتاريخ {date}).</numerusform>
      </translation>
      <extra-wk-built>850156f5e527</extra-wk-built>
    </message>
    <message>
      <source>Version</source>
      <translation>الإصدار</translation>
      <extra-wk-built>f14158b9c061</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name} — late ({time}).</source>
      <translation>مرحبًا {name} — وصول متأخر ({time}).</translation>
      <extra-wk-built>8e651da3b28d</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name}!</source>
      <translation>مرحبًا {name}!</translation>
      <extra-wk-built>7277b88454b8</extra-wk-built>
    </message>
    <message>
      <source>What this window had written was saved as {name}; restore that one with: workshop-kit backup restore "{file}"</source>
      <translation>حُفظ ما كتبته هذه النافذة باسم {name}؛ استعيدوها بالأمر: workshop-kit backup restore "{file}"</translation>
      <extra-wk-built>cba37eff9ed9</extra-wk-built>
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation>بدون أمر فرعي يُفتح التطبيق. التوثيق: docs/cli.md</translation>
      <extra-wk-built>cbca6775c3ce</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
      <extra-wk-built>9aac3741aa39</extra-wk-built>
    </message>
    <message>
      <source>Word of mouth</source>
      <translation>عن طريق المعارف</translation>
      <extra-wk-built>beb878619c2a</extra-wk-built>
    </message>
    <message>
      <source>Workshop</source>
      <translation>الورشة</translation>
      <extra-wk-built>411cdbfe4e78</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit: curricula, participants, QR check-in, attendance and certificates, offline.</source>
      <translation>Workshop Kit: المناهج والمشاركون وتسجيل الحضور برمز QR والحضور والشهادات، دون اتصال.</translation>
      <extra-wk-built>d68cfa21758a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Workshop created: {title} ({id}), %n session(s) from {start} to {end}.</source>
      <translation>
        <numerusform>تم إنشاء الورشة: {title} ({id})، %n جلسة من {start} إلى {end}.</numerusform>
        <numerusform>تم إنشاء الورشة: {title} ({id})، جلسة واحدة من {start} إلى {end}.</numerusform>
        <numerusform>تم إنشاء الورشة: {title} ({id})، جلستان من {start} إلى {end}.</numerusform>
        <numerusform>تم إنشاء الورشة: {title} ({id})، %n جلسات من {start} إلى {end}.</numerusform>
        <numerusform>تم إنشاء الورشة: {title} ({id})، %n جلسة من {start} إلى {end}.</numerusform>
        <numerusform>تم إنشاء الورشة: {title} ({id})، %n جلسة من {start} إلى {end}.</numerusform>
      </translation>
      <extra-wk-built>08e84464b393</extra-wk-built>
    </message>
    <message>
      <source>Workshop updated: {title} ({id}).</source>
      <translation>تم تعديل الورشة: {title} ({id}).</translation>
      <extra-wk-built>16294dac9d32</extra-wk-built>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>الورشة: {title}</translation>
      <extra-wk-built>3f5ad0aa3c5d</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
      <extra-wk-built>7637f100e5ed</extra-wk-built>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>توجد ورشات مسبقًا؛ لم تُنشأ ورشة تجريبية.</translation>
      <extra-wk-built>37f5a55ffab4</extra-wk-built>
    </message>
    <message>
      <source>Workshops held</source>
      <translation>الورشات المنعقدة</translation>
      <extra-wk-built>000f6ee2ed33</extra-wk-built>
    </message>
    <message>
      <source>Writing {n} people…</source>
      <translation>جارٍ تسجيل {n} شخصًا…</translation>
      <extra-wk-built>3b93c1a7bee8</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
      <extra-wk-built>e08dbd93e39a</extra-wk-built>
    </message>
    <message>
      <source>Wrong passphrase, try again.</source>
      <translation>عبارة مرور خاطئة، حاولوا مرة أخرى.</translation>
      <extra-wk-built>e93edcc019d1</extra-wk-built>
    </message>
    <message>
      <source>Wrong password, or the protected file was changed or damaged.</source>
      <translation>كلمة مرور خاطئة، أو أن الملف المحمي عُدّل أو تلف.</translation>
      <extra-wk-built>6d20a73699f7</extra-wk-built>
    </message>
    <message>
      <source>XLSX sheet name or number (default: the first)</source>
      <translation>اسم ورقة XLSX أو رقمها (افتراضيًا: الأولى)</translation>
      <extra-wk-built>7fac805fde03</extra-wk-built>
    </message>
    <message>
      <source>You already have a module '{id}'; use --replace to update it.</source>
      <translation>لديكم من قبل وحدة «{id}»؛ استعملوا ‎--replace‎ لتحديثها.</translation>
      <extra-wk-built>2e5a6d748856</extra-wk-built>
    </message>
    <message>
      <source>Your details</source>
      <translation>معلوماتك</translation>
      <extra-wk-built>b4925825ccb8</extra-wk-built>
    </message>
    <message>
      <source>a date or time</source>
      <translation>تاريخ أو وقت</translation>
      <extra-wk-built>c2e3fe19facd</extra-wk-built>
    </message>
    <message>
      <source>a list of module ids</source>
      <translation>قائمة بمعرّفات الوحدات</translation>
      <extra-wk-built>6b734434c821</extra-wk-built>
    </message>
    <message>
      <source>a module file, a module folder, a folder of modules or a zip</source>
      <translation>ملف وحدة أو مجلد وحدة أو مجلد وحدات أو ملف zip</translation>
      <extra-wk-built>00cc8f423cb6</extra-wk-built>
    </message>
    <message>
      <source>a number</source>
      <translation>عدد</translation>
      <extra-wk-built>a760cfd5140e</extra-wk-built>
    </message>
    <message>
      <source>a text</source>
      <translation>نص</translation>
      <extra-wk-built>e01176c2a059</extra-wk-built>
    </message>
    <message>
      <source>a whole number</source>
      <translation>عدد صحيح</translation>
      <extra-wk-built>3a364ae297c1</extra-wk-built>
    </message>
    <message>
      <source>a workshop (default: every workshop)</source>
      <translation>ورشة (افتراضياً: كل الورشات)</translation>
      <extra-wk-built>bb9426accf2f</extra-wk-built>
    </message>
    <message>
      <source>absent</source>
      <translation>غائب</translation>
      <extra-wk-built>3799f9c5cbe6</extra-wk-built>
    </message>
    <message>
      <source>add your own modules from a folder or a zip</source>
      <translation>إضافة وحداتكم الخاصة من مجلد أو ملف zip</translation>
      <extra-wk-built>267d6d9aa64e</extra-wk-built>
    </message>
    <message>
      <source>address where verify.html will be published; new certificates' QR codes open it</source>
      <translation>العنوان الذي ستُنشر عليه verify.html؛ تفتحه رموز QR في الشهادات الجديدة</translation>
      <extra-wk-built>346e0940afa0</extra-wk-built>
    </message>
    <message>
      <source>age band, e.g. 25-34</source>
      <translation>الفئة العمرية، مثلًا 25-34</translation>
      <extra-wk-built>e029048d5edd</extra-wk-built>
    </message>
    <message>
      <source>all modules</source>
      <translation>كل الوحدات</translation>
      <extra-wk-built>3f4efd869f19</extra-wk-built>
    </message>
    <message>
      <source>already in the outbox ({status})</source>
      <translation>موجودة مسبقًا في صندوق الإرسال ({status})</translation>
      <extra-wk-built>c1dbf6d629f4</extra-wk-built>
    </message>
    <message>
      <source>already known</source>
      <translation>معروف من قبل</translation>
      <extra-wk-built>baec02bf1887</extra-wk-built>
    </message>
    <message>
      <source>also make PDFs with LibreOffice (one batched call)</source>
      <translation>إنشاء ملفات PDF أيضًا عبر LibreOffice (استدعاء واحد مجمّع)</translation>
      <extra-wk-built>394744e4e4b5</extra-wk-built>
    </message>
    <message>
      <source>also write one .docx with every certificate, ready to print</source>
      <translation>كتابة ملف ‎.docx واحد بكل الشهادات أيضًا، جاهز للطباعة</translation>
      <extra-wk-built>1ef91c986cf1</extra-wk-built>
    </message>
    <message>
      <source>also write the template filled with sample data</source>
      <translation>كتابة القالب معبّأً ببيانات نموذجية أيضًا</translation>
      <extra-wk-built>5b47dfafa45e</extra-wk-built>
    </message>
    <message>
      <source>anonymise them now</source>
      <translation>إخفاء هويتهم الآن</translation>
      <extra-wk-built>2ce5a5ba4a66</extra-wk-built>
    </message>
    <message>
      <source>at most N results (default 20)</source>
      <translation>على الأكثر N نتيجة (افتراضياً 20)</translation>
      <extra-wk-built>aa26910f3f71</extra-wk-built>
    </message>
    <message>
      <source>attendance</source>
      <translation>الحضور</translation>
      <extra-wk-built>3eea40fe1882</extra-wk-built>
    </message>
    <message>
      <source>attendance grid, corrections and exports</source>
      <translation>جدول الحضور والتصحيحات والتصدير</translation>
      <extra-wk-built>acf4c9ad3498</extra-wk-built>
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>نسبة الحضور المطلوبة للشهادة بـ %% (الافتراضي 80)</translation>
      <extra-wk-built>f4605193fb01</extra-wk-built>
    </message>
    <message>
      <source>attended</source>
      <translation>حاضرون</translation>
      <extra-wk-built>0258371826e4</extra-wk-built>
    </message>
    <message>
      <source>attended  eligible</source>
      <translation>الحضور  مؤهل</translation>
      <extra-wk-built>faca52bee953</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>attended {attended} of %n session(s), {needed} needed ({percent} %)</source>
      <translation>
        <numerusform>حضر {attended} من %n جلسة، والمطلوب {needed} ‏({percent} ٪)</numerusform>
        <numerusform>حضر {attended} من جلسة واحدة، والمطلوب {needed} ‏({percent} ٪)</numerusform>
        <numerusform>حضر {attended} من جلستين، والمطلوب {needed} ‏({percent} ٪)</numerusform>
        <numerusform>حضر {attended} من %n جلسات، والمطلوب {needed} ‏({percent} ٪)</numerusform>
        <numerusform>حضر {attended} من %n جلسة، والمطلوب {needed} ‏({percent} ٪)</numerusform>
        <numerusform>حضر {attended} من %n جلسة، والمطلوب {needed} ‏({percent} ٪)</numerusform>
      </translation>
      <extra-wk-built>ed69a307bd2f</extra-wk-built>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
      <extra-wk-built>a1885b5bc6b7</extra-wk-built>
    </message>
    <message>
      <source>badge active</source>
      <translation>شارة نشطة</translation>
      <extra-wk-built>ae218ea8b9a9</extra-wk-built>
    </message>
    <message>
      <source>badge revoked</source>
      <translation>شارة ملغاة</translation>
      <extra-wk-built>7df0848cea02</extra-wk-built>
    </message>
    <message>
      <source>badge scanner</source>
      <translation>قارئ الشارات</translation>
      <extra-wk-built>638cc36596e5</extra-wk-built>
    </message>
    <message>
      <source>badge token (WK1-…) or the short code printed on the badge</source>
      <translation>رمز الشارة (WK1-…) أو الرمز القصير المطبوع عليها</translation>
      <extra-wk-built>0c53e665a52e</extra-wk-built>
    </message>
    <message>
      <source>badges</source>
      <translation>الشارات</translation>
      <extra-wk-built>c16053f73af5</extra-wk-built>
    </message>
    <message>
      <source>bundle file to write (.zip)</source>
      <translation>ملف الحزمة المراد كتابته (.zip)</translation>
      <extra-wk-built>01183fbb0887</extra-wk-built>
    </message>
    <message>
      <source>bundle files</source>
      <translation>ملفات الحزم</translation>
      <extra-wk-built>d0a57037b1b4</extra-wk-built>
    </message>
    <message>
      <source>busy</source>
      <translation>مشغول</translation>
      <extra-wk-built>c64a2bdee8fa</extra-wk-built>
    </message>
    <message>
      <source>camera</source>
      <translation>الكاميرا</translation>
      <extra-wk-built>70c13b103a91</extra-wk-built>
    </message>
    <message>
      <source>cancel a queued message</source>
      <translation>إلغاء رسالة منتظرة</translation>
      <extra-wk-built>78cd0012c935</extra-wk-built>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ملغاة</translation>
      <extra-wk-built>d87ae61bedd8</extra-wk-built>
    </message>
    <message>
      <source>cannot be read: {detail}</source>
      <translation>تتعذر قراءته: {detail}</translation>
      <extra-wk-built>e2b11a187efd</extra-wk-built>
    </message>
    <message>
      <source>certificate authority that signed the server's certificate, when it is not a public one</source>
      <translation>جهة التصديق التي وقّعت شهادة الخادم، إن لم تكن جهة عمومية</translation>
      <extra-wk-built>8f937fde0d20</extra-wk-built>
    </message>
    <message>
      <source>certificate language (default: the workshop's)</source>
      <translation>لغة الشهادة (افتراضيًا: لغة الورشة)</translation>
      <extra-wk-built>9a0ad725f3e4</extra-wk-built>
    </message>
    <message>
      <source>certificate number</source>
      <translation>رقم الشهادة</translation>
      <extra-wk-built>6c3890d370ed</extra-wk-built>
    </message>
    <message>
      <source>certificate revoked</source>
      <translation>الشهادة مُبطَلة</translation>
      <extra-wk-built>a72a065c8bdc</extra-wk-built>
    </message>
    <message>
      <source>certificate {number} was revoked</source>
      <translation>أُبطلت الشهادة {number}</translation>
      <extra-wk-built>66a871232fa1</extra-wk-built>
    </message>
    <message>
      <source>certificates for a workshop (the default action)</source>
      <translation>شهادات ورشة (الإجراء الافتراضي)</translation>
      <extra-wk-built>208a01caf59f</extra-wk-built>
    </message>
    <message>
      <source>change a workshop's title, venue, trainer or their Arabic forms</source>
      <translation>تغيير عنوان الورشة أو مكانها أو المكوّن(ة) أو صيغتها العربية</translation>
      <extra-wk-built>53aff6d908b7</extra-wk-built>
    </message>
    <message>
      <source>check a bundle and merge it into this data folder</source>
      <translation>التحقق من حزمة ودمجها في مجلد البيانات هذا</translation>
      <extra-wk-built>1f5393080b6f</extra-wk-built>
    </message>
    <message>
      <source>check a certificate: valid, altered, revoked or unknown organisation</source>
      <translation>التحقق من شهادة: صحيحة أو مُغيَّرة أو مُبطَلة أو من منظمة غير معروفة</translation>
      <extra-wk-built>e13713b1fa8e</extra-wk-built>
    </message>
    <message>
      <source>check and merge every new bundle in the inbox (never writes into it)</source>
      <translation>فحص ودمج كل حزمة جديدة في صندوق الوارد (دون الكتابة فيه أبدًا)</translation>
      <extra-wk-built>c5325d9d0719</extra-wk-built>
    </message>
    <message>
      <source>check and report, write nothing</source>
      <translation>التحقق وعرض التقرير دون كتابة أي شيء</translation>
      <extra-wk-built>c23281559c8b</extra-wk-built>
    </message>
    <message>
      <source>check module files; every problem with file, line and field</source>
      <translation>فحص ملفات الوحدات؛ كل مشكلة مع الملف والسطر والحقل</translation>
      <extra-wk-built>269f220f897d</extra-wk-built>
    </message>
    <message>
      <source>check the data folder, database, curricula, templates, fonts, translations and optional tools</source>
      <translation>التحقق من مجلد البيانات وقاعدة البيانات والمناهج والنماذج والخطوط والترجمات والأدوات الاختيارية</translation>
      <extra-wk-built>7a5a2de6089f</extra-wk-built>
    </message>
    <message>
      <source>city</source>
      <translation>المدينة</translation>
      <extra-wk-built>23ee0d351c7b</extra-wk-built>
    </message>
    <message>
      <source>column → field, e.g. '{"Nom": "last_name", "Tel": "phone"}' (null ignores a column)</source>
      <translation>العمود ← الحقل، مثلًا '{"Nom": "last_name", "Tel": "phone"}' (القيمة null تتجاهل العمود)</translation>
      <extra-wk-built>8c1e28117873</extra-wk-built>
    </message>
    <message>
      <source>consent was collected on paper for every row of a file without a consent column</source>
      <translation>جُمعت الموافقة على الورق لكل سطر في ملف لا يحتوي على عمود للموافقة</translation>
      <extra-wk-built>2d26a3c93838</extra-wk-built>
    </message>
    <message>
      <source>correct one participant's status for one session (audited)</source>
      <translation>تصحيح حالة مشارك في جلسة واحدة (مع التدقيق)</translation>
      <extra-wk-built>49ebf9e4c769</extra-wk-built>
    </message>
    <message>
      <source>country name or ISO code</source>
      <translation>اسم البلد أو رمزه ISO</translation>
      <extra-wk-built>6b4ba607c35f</extra-wk-built>
    </message>
    <message>
      <source>create a demo workshop with sessions and sample participants</source>
      <translation>إنشاء ورشة تجريبية بجلسات ومشاركين نموذجيين</translation>
      <extra-wk-built>76fdd5f7f6ea</extra-wk-built>
    </message>
    <message>
      <source>create a workshop and its sessions</source>
      <translation>إنشاء ورشة وجلساتها</translation>
      <extra-wk-built>491c04e3772e</extra-wk-built>
    </message>
    <message>
      <source>create and list workshops</source>
      <translation>إنشاء الورشات وعرضها</translation>
      <extra-wk-built>e504165c5cd1</extra-wk-built>
    </message>
    <message>
      <source>csv (UTF-8 for Excel), xlsx (one sheet per session and a summary) or sheet (sign-in sheets .docx)</source>
      <translation>csv (UTF-8 لبرنامج Excel)، أو xlsx (ورقة لكل جلسة وملخص)، أو sheet (أوراق التوقيع ‎.docx)</translation>
      <extra-wk-built>1a52e34fbe32</extra-wk-built>
    </message>
    <message>
      <source>curriculum module id (repeatable)</source>
      <translation>معرّف الوحدة التدريبية (قابل للتكرار)</translation>
      <extra-wk-built>e7e20b64915a</extra-wk-built>
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation>مجلد البيانات (الافتراضي: ‎$WORKSHOP_KIT_HOME أو مجلد بيانات المستخدم)</translation>
      <extra-wk-built>7a7ccb9534b1</extra-wk-built>
    </message>
    <message>
      <source>date the certificate was issued</source>
      <translation>تاريخ إصدار الشهادة</translation>
      <extra-wk-built>98de50716ef2</extra-wk-built>
    </message>
    <message>
      <source>decrypt the database and its backups (needs the passphrase)</source>
      <translation>فك تشفير قاعدة البيانات ونسخها الاحتياطية (يتطلب عبارة المرور)</translation>
      <extra-wk-built>d47e7b5ca7ad</extra-wk-built>
    </message>
    <message>
      <source>deletions</source>
      <translation>عمليات الحذف</translation>
      <extra-wk-built>e177300d360d</extra-wk-built>
    </message>
    <message>
      <source>demo</source>
      <translation>تجريبي</translation>
      <extra-wk-built>f4ba3b36c9db</extra-wk-built>
    </message>
    <message>
      <source>differs from fr.md</source>
      <translation>يختلف عن fr.md</translation>
      <extra-wk-built>db9cff750429</extra-wk-built>
    </message>
    <message>
      <source>document language (default: the workshop's)</source>
      <translation>لغة الوثيقة (افتراضيًا: لغة الورشة)</translation>
      <extra-wk-built>252b0025af9d</extra-wk-built>
    </message>
    <message>
      <source>does not exist</source>
      <translation>غير موجود</translation>
      <extra-wk-built>eed69ba9fb73</extra-wk-built>
    </message>
    <message>
      <source>donor</source>
      <translation>الجهة المانحة</translation>
      <extra-wk-built>c4c8e10b288b</extra-wk-built>
    </message>
    <message>
      <source>donor report: reach, disaggregation, attendance, knowledge gain</source>
      <translation>تقرير الجهة المانحة: المستفيدون، التوزيع، الحضور، المكسب المعرفي</translation>
      <extra-wk-built>096209d4a69c</extra-wk-built>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>رمز الجهة المانحة/المشروع</translation>
      <extra-wk-built>3abea941db9b</extra-wk-built>
    </message>
    <message>
      <source>duplicate module id '{id}': already in {other}; rename the folder and its id</source>
      <translation>معرّف وحدة مكرر «{id}»: موجود في {other}؛ غيّروا اسم المجلد ومعرّفه</translation>
      <extra-wk-built>cfdae58c94e0</extra-wk-built>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
      <extra-wk-built>ddf0fca39a4f</extra-wk-built>
    </message>
    <message>
      <source>e-mail certificates: queue, send, retry</source>
      <translation>إرسال الشهادات بالبريد: قائمة الانتظار، الإرسال، إعادة المحاولة</translation>
      <extra-wk-built>5b38a754461a</extra-wk-built>
    </message>
    <message>
      <source>each activity needs title, minutes, method and steps</source>
      <translation>كل نشاط يحتاج إلى title وminutes وmethod وsteps</translation>
      <extra-wk-built>3c42200f31e7</extra-wk-built>
    </message>
    <message>
      <source>each question needs question, choices and answer</source>
      <translation>كل سؤال يحتاج إلى question وchoices وanswer</translation>
      <extra-wk-built>d597950c80dc</extra-wk-built>
    </message>
    <message>
      <source>each session needs title, minutes and activities</source>
      <translation>كل جلسة تحتاج إلى title وminutes وactivities</translation>
      <extra-wk-built>e2b560a7a7c4</extra-wk-built>
    </message>
    <message>
      <source>each source needs title, publisher and year</source>
      <translation>كل مصدر يحتاج إلى title وpublisher وyear</translation>
      <extra-wk-built>768cc3f753cc</extra-wk-built>
    </message>
    <message>
      <source>empty</source>
      <translation>فارغ</translation>
      <extra-wk-built>cf1b365fe1d2</extra-wk-built>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase</source>
      <translation>تشفير قاعدة البيانات ونسخها الاحتياطية بعبارة مرور</translation>
      <extra-wk-built>4267998650d1</extra-wk-built>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase (SQLCipher)</source>
      <translation>تشفير قاعدة البيانات ونسخها الاحتياطية بعبارة مرور (SQLCipher)</translation>
      <extra-wk-built>799d8823fb61</extra-wk-built>
    </message>
    <message>
      <source>enrol in this workshop</source>
      <translation>التسجيل في هذه الورشة</translation>
      <extra-wk-built>1fd9b8a8c443</extra-wk-built>
    </message>
    <message>
      <source>enrol registered participants in a workshop</source>
      <translation>تسجيل مشاركين مسجلين من قبل في ورشة</translation>
      <extra-wk-built>e5a7bdecde83</extra-wk-built>
    </message>
    <message>
      <source>enrolments</source>
      <translation>التسجيلات</translation>
      <extra-wk-built>7c32d489fa12</extra-wk-built>
    </message>
    <message>
      <source>entered by hand</source>
      <translation>إدخال يدوي</translation>
      <extra-wk-built>b4b8eec4042c</extra-wk-built>
    </message>
    <message>
      <source>erase a participant's personal data (attendance counts are kept)</source>
      <translation>محو المعطيات الشخصية لمشارك (تُحفظ أعداد الحضور)</translation>
      <extra-wk-built>0dfc404a8813</extra-wk-built>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>خطأ: {message}</translation>
      <extra-wk-built>bebc998eb573</extra-wk-built>
    </message>
    <message>
      <source>every enrolled participant</source>
      <translation>كل المشاركين المسجّلين</translation>
      <extra-wk-built>047db033ac75</extra-wk-built>
    </message>
    <message>
      <source>every workshop in this data folder</source>
      <translation>كل الورشات في مجلد البيانات هذا</translation>
      <extra-wk-built>15eab44e30dc</extra-wk-built>
    </message>
    <message>
      <source>excused</source>
      <translation>غياب مبرر</translation>
      <extra-wk-built>b9b98c789e85</extra-wk-built>
    </message>
    <message>
      <source>export a module as a Word handout</source>
      <translation>تصدير وحدة كمطبوع Word</translation>
      <extra-wk-built>3821fd4c3ebc</extra-wk-built>
    </message>
    <message>
      <source>export attendance as CSV, XLSX or printable sign-in sheets</source>
      <translation>تصدير الحضور بصيغة CSV أو XLSX أو أوراق توقيع للطباعة</translation>
      <extra-wk-built>f3f98581b1b0</extra-wk-built>
    </message>
    <message>
      <source>export the agenda as a Word document</source>
      <translation>تصدير البرنامج كوثيقة Word</translation>
      <extra-wk-built>749fe674bbb1</extra-wk-built>
    </message>
    <message>
      <source>export the organisation's public key (to verify elsewhere)</source>
      <translation>تصدير المفتاح العام للمنظمة (للتحقق في مكان آخر)</translation>
      <extra-wk-built>d5b93d477c5b</extra-wk-built>
    </message>
    <message>
      <source>export the pre/post test as a Word document</source>
      <translation>تصدير الاختبار القبلي/البعدي كوثيقة Word</translation>
      <extra-wk-built>637c2ad23e31</extra-wk-built>
    </message>
    <message>
      <source>failed</source>
      <translation>فاشلة</translation>
      <extra-wk-built>a17c65049b26</extra-wk-built>
    </message>
    <message>
      <source>file to write</source>
      <translation>الملف المراد كتابته</translation>
      <extra-wk-built>d76b1f78050b</extra-wk-built>
    </message>
    <message>
      <source>first day</source>
      <translation>اليوم الأول</translation>
      <extra-wk-built>996357e86584</extra-wk-built>
    </message>
    <message>
      <source>first day (default: today)</source>
      <translation>اليوم الأول (الافتراضي: اليوم)</translation>
      <extra-wk-built>4dbf377f0ecc</extra-wk-built>
    </message>
    <message>
      <source>first name (Arabic script)</source>
      <translation>الاسم الشخصي (بالحروف العربية)</translation>
      <extra-wk-built>7b17d22f799a</extra-wk-built>
    </message>
    <message>
      <source>first name (Latin script)</source>
      <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
      <extra-wk-built>9a7c8f51d2c8</extra-wk-built>
    </message>
    <message>
      <source>folder for one .docx per participant</source>
      <translation>مجلد لملف ‎.docx لكل مشارك</translation>
      <extra-wk-built>56bf5206aa29</extra-wk-built>
    </message>
    <message>
      <source>folder of generated certificates (PDF preferred)</source>
      <translation>مجلد الشهادات المُنشأة (يُفضَّل PDF)</translation>
      <extra-wk-built>cbea03fcb493</extra-wk-built>
    </message>
    <message>
      <source>folder to write verify.html into</source>
      <translation>المجلد الذي تُكتب فيه verify.html</translation>
      <extra-wk-built>e1a0b5963ddc</extra-wk-built>
    </message>
    <message>
      <source>fr, ar or en</source>
      <translation>fr أو ar أو en</translation>
      <extra-wk-built>d542cf5c5a74</extra-wk-built>
    </message>
    <message>
      <source>from another laptop</source>
      <translation>من حاسوب آخر</translation>
      <extra-wk-built>23e80f876756</extra-wk-built>
    </message>
    <message>
      <source>full name as typed (split into first/last name, Latin or Arabic script)</source>
      <translation>الاسم الكامل كما كُتب (يُقسم إلى اسم شخصي ونسب، بالحروف اللاتينية أو العربية)</translation>
      <extra-wk-built>cbb8702a716d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>has {n}; at least %n item(s) needed</source>
      <translation>
        <numerusform>فيه {n}؛ يلزم %n عنصر على الأقل</numerusform>
        <numerusform>فيه {n}؛ يلزم عنصر واحد على الأقل</numerusform>
        <numerusform>فيه {n}؛ يلزم عنصران على الأقل</numerusform>
        <numerusform>فيه {n}؛ يلزم %n عناصر على الأقل</numerusform>
        <numerusform>فيه {n}؛ يلزم %n عنصرًا على الأقل</numerusform>
        <numerusform>فيه {n}؛ يلزم %n عنصر على الأقل</numerusform>
      </translation>
      <extra-wk-built>45c7e2f5a6be</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>has {n}; at most %n item(s) allowed</source>
      <translation>
        <numerusform>فيه {n}؛ المسموح به %n عنصر على الأكثر</numerusform>
        <numerusform>فيه {n}؛ المسموح به عنصر واحد على الأكثر</numerusform>
        <numerusform>فيه {n}؛ المسموح به عنصران على الأكثر</numerusform>
        <numerusform>فيه {n}؛ المسموح به %n عناصر على الأكثر</numerusform>
        <numerusform>فيه {n}؛ المسموح به %n عنصرًا على الأكثر</numerusform>
        <numerusform>فيه {n}؛ المسموح به %n عنصر على الأكثر</numerusform>
      </translation>
      <extra-wk-built>75f190a86f1d</extra-wk-built>
    </message>
    <message>
      <source>hours attended</source>
      <translation>الساعات المحضورة</translation>
      <extra-wk-built>85ea8f605062</extra-wk-built>
    </message>
    <message>
      <source>how they heard of the workshop</source>
      <translation>كيف عرف الشخص بالورشة</translation>
      <extra-wk-built>270d8205584b</extra-wk-built>
    </message>
    <message>
      <source>id of the record merged into it (then removed)</source>
      <translation>معرّف البطاقة التي تُدمج فيها (ثم تُحذف)</translation>
      <extra-wk-built>89f769419311</extra-wk-built>
    </message>
    <message>
      <source>id of the record to keep</source>
      <translation>معرّف البطاقة التي يُحتفظ بها</translation>
      <extra-wk-built>d90ac3e435c0</extra-wk-built>
    </message>
    <message>
      <source>import a person whose only problems are in optional fields (birth date, phone, e-mail…) without those fields; the report lists them</source>
      <translation>استيراد شخص مشاكله كلها في حقول اختيارية (تاريخ الميلاد، الهاتف، البريد…) دون هذه الحقول؛ ويذكرها التقرير</translation>
      <extra-wk-built>cb2c4f77ad50</extra-wk-built>
    </message>
    <message>
      <source>import and trust the signer's key from now on</source>
      <translation>الاستيراد والوثوق بمفتاح الموقِّع من الآن</translation>
      <extra-wk-built>4045779df8f6</extra-wk-built>
    </message>
    <message>
      <source>import even if the signer's key is not trusted (this time only)</source>
      <translation>الاستيراد حتى لو لم يكن مفتاح الموقِّع موثوقًا (هذه المرة فقط)</translation>
      <extra-wk-built>c6741618e3b1</extra-wk-built>
    </message>
    <message>
      <source>import participants from a CSV or XLSX file into a workshop</source>
      <translation>استيراد مشاركين من ملف CSV أو XLSX إلى ورشة</translation>
      <extra-wk-built>2147f1c8fdd2</extra-wk-built>
    </message>
    <message>
      <source>import the valid rows even when some rows have errors</source>
      <translation>استيراد الأسطر الصالحة حتى لو كانت في بعض الأسطر أخطاء</translation>
      <extra-wk-built>9a26262cc382</extra-wk-built>
    </message>
    <message>
      <source>imported</source>
      <translation>مستورد</translation>
      <extra-wk-built>c9c319ccc986</extra-wk-built>
    </message>
    <message>
      <source>include participants' names (default: anonymised aggregates only)</source>
      <translation>تضمين أسماء المشاركين (افتراضيًا: أرقام إجمالية مجهولة الهوية فقط)</translation>
      <extra-wk-built>aa6e51be4aa7</extra-wk-built>
    </message>
    <message>
      <source>is not UTF-8 text (byte {pos}); save it as UTF-8</source>
      <translation>ليس نصاً بترميز UTF-8 (البايت {pos})؛ احفظوه بترميز UTF-8</translation>
      <extra-wk-built>beced79efc30</extra-wk-built>
    </message>
    <message>
      <source>is the data folder encrypted?</source>
      <translation>هل مجلد البيانات مشفّر؟</translation>
      <extra-wk-built>d9a0aea7824a</extra-wk-built>
    </message>
    <message>
      <source>is {mb} MB; a module file may hold at most {max} MB</source>
      <translation>حجمه ⁦{mb}⁩ ميغابايت؛ لا يتجاوز ملف الوحدة ⁦{max}⁩ ميغابايت</translation>
      <extra-wk-built>202365a5187a</extra-wk-built>
    </message>
    <message>
      <source>is {minutes} but its activities add up to {total}; make them equal</source>
      <translation>قيمته {minutes} لكن مجموع أنشطته {total}؛ اجعلوهما متساويين</translation>
      <extra-wk-built>c59139add0ea</extra-wk-built>
    </message>
    <message>
      <source>is {minutes} but the sessions add up to {total}; make them equal</source>
      <translation>قيمته {minutes} لكن مجموع الجلسات {total}؛ اجعلوهما متساويين</translation>
      <extra-wk-built>d855134962f9</extra-wk-built>
    </message>
    <message>
      <source>its write-ahead journal (-wal) was removed while it was open</source>
      <translation>حُذف سجل الكتابة المسبقة (-wal) الخاص به بينما كان مفتوحًا</translation>
      <extra-wk-built>4ae7de48efcf</extra-wk-built>
    </message>
    <message>
      <source>knowledge gain (post − pre) per module, for donors</source>
      <translation>المكسب المعرفي (البعدي − القبلي) لكل وحدة، للجهات المانحة</translation>
      <extra-wk-built>4b324133d8e6</extra-wk-built>
    </message>
    <message>
      <source>language (default: the app's language)</source>
      <translation>اللغة (افتراضياً: لغة التطبيق)</translation>
      <extra-wk-built>54e754dfd560</extra-wk-built>
    </message>
    <message>
      <source>language of the document (default: the participant's)</source>
      <translation>لغة الوثيقة (افتراضيًا: لغة المشارك)</translation>
      <extra-wk-built>cad6e119a1c4</extra-wk-built>
    </message>
    <message>
      <source>language of the figures and the file</source>
      <translation>لغة الأرقام والملف</translation>
      <extra-wk-built>12d3404c13d1</extra-wk-built>
    </message>
    <message>
      <source>language of the file (default: the workshop's)</source>
      <translation>لغة الملف (افتراضيًا: لغة الورشة)</translation>
      <extra-wk-built>77ae724e174c</extra-wk-built>
    </message>
    <message>
      <source>language of the report</source>
      <translation>لغة التقرير</translation>
      <extra-wk-built>c83eda90efc2</extra-wk-built>
    </message>
    <message>
      <source>language of the titles and of the document (default: the workshop's)</source>
      <translation>لغة العناوين والوثيقة (افتراضياً: لغة الورشة)</translation>
      <extra-wk-built>0429b0bf6633</extra-wk-built>
    </message>
    <message>
      <source>last day</source>
      <translation>اليوم الأخير</translation>
      <extra-wk-built>2c31f835e8ec</extra-wk-built>
    </message>
    <message>
      <source>last name (Arabic script)</source>
      <translation>النسب (بالحروف العربية)</translation>
      <extra-wk-built>c71f17adaf6b</extra-wk-built>
    </message>
    <message>
      <source>last name (Latin script)</source>
      <translation>النسب (بالحروف اللاتينية)</translation>
      <extra-wk-built>ce0dac9d0203</extra-wk-built>
    </message>
    <message>
      <source>late</source>
      <translation>متأخر</translation>
      <extra-wk-built>1a5ec3e42761</extra-wk-built>
    </message>
    <message>
      <source>leave files changed less than SECONDS ago for a later scan (default 3)</source>
      <translation>ترك الملفات التي تغيّرت منذ أقل من SECONDS ثانية لفحص لاحق (الافتراضي 3)</translation>
      <extra-wk-built>685f2fa52709</extra-wk-built>
    </message>
    <message>
      <source>list (or anonymise with --apply) participants kept longer than the retention period</source>
      <translation>عرض (أو إخفاء هوية بـ‎--apply) المشاركين المحفوظين أكثر من مدة الاحتفاظ</translation>
      <extra-wk-built>841955e18eca</extra-wk-built>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>عرض النسخ الاحتياطية، الأحدث أولًا</translation>
      <extra-wk-built>876a892547b0</extra-wk-built>
    </message>
    <message>
      <source>list issued certificates</source>
      <translation>عرض الشهادات الصادرة</translation>
      <extra-wk-built>265bfad17635</extra-wk-built>
    </message>
    <message>
      <source>list known and unknown placeholders of a .docx template</source>
      <translation>عرض الحقول المعروفة وغير المعروفة في قالب ‎.docx</translation>
      <extra-wk-built>70513e8f04d3</extra-wk-built>
    </message>
    <message>
      <source>list records that may be the same person</source>
      <translation>عرض البطاقات التي قد تكون للشخص نفسه</translation>
      <extra-wk-built>67fdd83fd695</extra-wk-built>
    </message>
    <message>
      <source>list the corrections made to the grid</source>
      <translation>عرض التصحيحات المدخلة على الجدول</translation>
      <extra-wk-built>86496f191c8b</extra-wk-built>
    </message>
    <message>
      <source>list the modules (bundled and your own)</source>
      <translation>عرض قائمة الوحدات (المرفقة ووحداتكم)</translation>
      <extra-wk-built>0303fa8845d9</extra-wk-built>
    </message>
    <message>
      <source>list the participants of a workshop with their badge status</source>
      <translation>عرض مشاركي ورشة مع حالة شاراتهم</translation>
      <extra-wk-built>6202bca960cd</extra-wk-built>
    </message>
    <message>
      <source>list workshops</source>
      <translation>عرض الورشات</translation>
      <extra-wk-built>8582ad241b7a</extra-wk-built>
    </message>
    <message>
      <source>local</source>
      <translation>محلية</translation>
      <extra-wk-built>8ce3282eeec6</extra-wk-built>
    </message>
    <message>
      <source>login name</source>
      <translation>اسم الدخول</translation>
      <extra-wk-built>a4ed183ce7eb</extra-wk-built>
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation>إنشاء نسخة احتياطية متحقق منها الآن</translation>
      <extra-wk-built>b49fce12e3c8</extra-wk-built>
    </message>
    <message>
      <source>make, check and revoke certificates of attendance (certificates WORKSHOP -o DIR)</source>
      <translation>إنشاء شهادات المشاركة والتحقق منها وإبطالها (certificates WORKSHOP -o DIR)</translation>
      <extra-wk-built>17bc14af9f5d</extra-wk-built>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>إنشاء النسخ الاحتياطية لملف البيانات أو عرضها أو استعادتها</translation>
      <extra-wk-built>c9e2abeb3663</extra-wk-built>
    </message>
    <message>
      <source>maximum points (default: the module's number of questions)</source>
      <translation>النقطة القصوى (افتراضياً: عدد أسئلة الوحدة)</translation>
      <extra-wk-built>9af6b46f660b</extra-wk-built>
    </message>
    <message>
      <source>men</source>
      <translation>رجال</translation>
      <extra-wk-built>c844bb832090</extra-wk-built>
    </message>
    <message>
      <source>merge every bundle again, even those recorded as merged</source>
      <translation>دمج كل الحزم من جديد، حتى المسجلة كمدموجة</translation>
      <extra-wk-built>d4bde8ec5449</extra-wk-built>
    </message>
    <message>
      <source>merge two records of the same person (history kept)</source>
      <translation>دمج بطاقتين للشخص نفسه (مع حفظ السجل)</translation>
      <extra-wk-built>b43258c41bdb</extra-wk-built>
    </message>
    <message>
      <source>merged</source>
      <translation>دُمج</translation>
      <extra-wk-built>17a8e8f993f2</extra-wk-built>
    </message>
    <message>
      <source>message id (or its first characters)</source>
      <translation>معرّف الرسالة (أو أحرفه الأولى)</translation>
      <extra-wk-built>843ab87d9926</extra-wk-built>
    </message>
    <message>
      <source>messages and their status</source>
      <translation>الرسائل وحالتها</translation>
      <extra-wk-built>574a2696a5c5</extra-wk-built>
    </message>
    <message>
      <source>missing</source>
      <translation>مفقود</translation>
      <extra-wk-built>b4e5ae7ca0e7</extra-wk-built>
    </message>
    <message>
      <source>missing; add a list</source>
      <translation>غير موجود؛ أضيفوا قائمة</translation>
      <extra-wk-built>18eda147d905</extra-wk-built>
    </message>
    <message>
      <source>missing; add a non-empty text</source>
      <translation>غير موجود؛ أضيفوا نصاً غير فارغ</translation>
      <extra-wk-built>50d663a8854a</extra-wk-built>
    </message>
    <message>
      <source>missing; add a whole number of minutes</source>
      <translation>غير موجود؛ أضيفوا عدداً صحيحاً من الدقائق</translation>
      <extra-wk-built>453052957047</extra-wk-built>
    </message>
    <message>
      <source>missing; add the date the content was checked (YYYY-MM-DD)</source>
      <translation>غير موجود؛ أضيفوا تاريخ التحقق من المحتوى (YYYY-MM-DD)</translation>
      <extra-wk-built>04b1453127ba</extra-wk-built>
    </message>
    <message>
      <source>missing; add the year (or "s.d.")</source>
      <translation>غير موجود؛ أضيفوا السنة (أو "s.d.")</translation>
      <extra-wk-built>1e35006721a5</extra-wk-built>
    </message>
    <message>
      <source>module                        people   pre %   post %   gain</source>
      <translation>الوحدة                        العدد    قبلي %  بعدي %   المكسب</translation>
      <extra-wk-built>e6242e315368</extra-wk-built>
    </message>
    <message>
      <source>module id, e.g. m04-protection</source>
      <translation>معرّف الوحدة، مثلاً m04-protection</translation>
      <extra-wk-built>8df380825b33</extra-wk-built>
    </message>
    <message>
      <source>modules covered</source>
      <translation>الوحدات المتناولة</translation>
      <extra-wk-built>7bca9621829e</extra-wk-built>
    </message>
    <message>
      <source>must be a list (lines starting with '- ')</source>
      <translation>يجب أن يكون قائمة (أسطر تبدأ بـ«- »)</translation>
      <extra-wk-built>bf23f84473f3</extra-wk-built>
    </message>
    <message>
      <source>must be a non-empty text</source>
      <translation>يجب أن يكون نصاً غير فارغ</translation>
      <extra-wk-built>ca14eed74ccf</extra-wk-built>
    </message>
    <message>
      <source>must be a text</source>
      <translation>يجب أن يكون نصاً</translation>
      <extra-wk-built>66ea5adad881</extra-wk-built>
    </message>
    <message>
      <source>must be more than 0</source>
      <translation>يجب أن يكون أكبر من 0</translation>
      <extra-wk-built>5ad3a21bc872</extra-wk-built>
    </message>
    <message>
      <source>must be true (a core session) or false (optional)</source>
      <translation>يجب أن تكون true (حصة أساسية) أو false (اختيارية)</translation>
      <extra-wk-built>7f71705669dc</extra-wk-built>
    </message>
    <message>
      <source>name search</source>
      <translation>البحث بالاسم</translation>
      <extra-wk-built>9c05fe74279e</extra-wk-built>
    </message>
    <message>
      <source>new status; 'none' clears the cell</source>
      <translation>الحالة الجديدة؛ «none» تُفرغ الخانة</translation>
      <extra-wk-built>cdca900cb729</extra-wk-built>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
      <extra-wk-built>2bd073516a87</extra-wk-built>
    </message>
    <message>
      <source>no badge</source>
      <translation>بدون شارة</translation>
      <extra-wk-built>af02283d550d</extra-wk-built>
    </message>
    <message>
      <source>no certificate file; generate the certificates first</source>
      <translation>لا يوجد ملف شهادة؛ أنشئوا الشهادات أولًا</translation>
      <extra-wk-built>84cbb8e38a4a</extra-wk-built>
    </message>
    <message>
      <source>no consent to e-mail</source>
      <translation>لا موافقة على البريد الإلكتروني</translation>
      <extra-wk-built>edad98b49b01</extra-wk-built>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>لا عنوان بريد إلكتروني</translation>
      <extra-wk-built>e8437f7bfc85</extra-wk-built>
    </message>
    <message>
      <source>no fr.md: every module needs its French file</source>
      <translation>لا يوجد fr.md: كل وحدة تحتاج إلى ملفها بالفرنسية</translation>
      <extra-wk-built>f6d8fd9a1fc2</extra-wk-built>
    </message>
    <message>
      <source>no front matter: the file must start with a line '---', the YAML fields, then '---'</source>
      <translation>لا توجد ترويسة: يجب أن يبدأ الملف بسطر «---» ثم حقول YAML ثم «---»</translation>
      <extra-wk-built>8a0e06267cf8</extra-wk-built>
    </message>
    <message>
      <source>no platform plugin</source>
      <translation>لا يوجد ملحق منصة</translation>
      <extra-wk-built>0943fb4692a3</extra-wk-built>
    </message>
    <message>
      <source>no session</source>
      <translation>لا توجد جلسة</translation>
      <extra-wk-built>5ad9f6cff0dc</extra-wk-built>
    </message>
    <message>
      <source>no session counted yet</source>
      <translation>لم تُحتسب أي جلسة بعد</translation>
      <extra-wk-built>4ef9723ed05d</extra-wk-built>
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation>ليست قاعدة بيانات SQLite</translation>
      <extra-wk-built>facd2f5c857e</extra-wk-built>
    </message>
    <message>
      <source>not installed</source>
      <translation>غير مثبتة</translation>
      <extra-wk-built>c2833390840e</extra-wk-built>
    </message>
    <message>
      <source>not recorded</source>
      <translation>غير مسجل</translation>
      <extra-wk-built>fdb8ba844e96</extra-wk-built>
    </message>
    <message>
      <source>not translated: {lang}</source>
      <translation>غير مترجمة: {lang}</translation>
      <extra-wk-built>37c5cc163e78</extra-wk-built>
    </message>
    <message>
      <source>note: invisible control characters were removed from {field} (they cannot be printed).</source>
      <translation>ملاحظة: أزيلت رموز تحكم غير مرئية من الحقل {field} (لا يمكن طباعتها).</translation>
      <extra-wk-built>9158effc7bc7</extra-wk-built>
    </message>
    <message>
      <source>notes</source>
      <translation>ملاحظات</translation>
      <extra-wk-built>d446d2dc6b81</extra-wk-built>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>عدد الأيام (الافتراضي 1)</translation>
      <extra-wk-built>05cdb9e40279</extra-wk-built>
    </message>
    <message>
      <source>only names, organisations, cities, phones or e-mails containing TEXT</source>
      <translation>فقط الأسماء أو المنظمات أو المدن أو الهواتف أو العناوين التي تحتوي على TEXT</translation>
      <extra-wk-built>b497baf31f02</extra-wk-built>
    </message>
    <message>
      <source>only participants who meet the attendance rule (default)</source>
      <translation>المشاركون المستوفون لقاعدة الحضور فقط (افتراضي)</translation>
      <extra-wk-built>01fac6e2735c</extra-wk-built>
    </message>
    <message>
      <source>only the cards and sheets to print and cut out (role cards, case cards, personas)</source>
      <translation>البطاقات والأوراق المعدّة للطباعة والقص فقط (بطاقات الأدوار، بطاقات الحالات، الشخصيات النموذجية)</translation>
      <extra-wk-built>831576eee352</extra-wk-built>
    </message>
    <message>
      <source>only this language (default: all)</source>
      <translation>هذه اللغة فقط (افتراضياً: كلها)</translation>
      <extra-wk-built>6000f041dd0a</extra-wk-built>
    </message>
    <message>
      <source>only this participant (repeatable)</source>
      <translation>هذا المشارك فقط (قابل للتكرار)</translation>
      <extra-wk-built>0582593f5c3d</extra-wk-built>
    </message>
    <message>
      <source>only this workshop</source>
      <translation>هذه الورشة فقط</translation>
      <extra-wk-built>6360d4140b01</extra-wk-built>
    </message>
    <message>
      <source>only when there is no workshop yet</source>
      <translation>فقط إذا لم توجد أي ورشة بعد</translation>
      <extra-wk-built>509cf33a3a6b</extra-wk-built>
    </message>
    <message>
      <source>open a password-protected file (a bundle or a personal data export)</source>
      <translation>فتح ملف محمي بكلمة مرور (حزمة أو تصدير بيانات شخصية)</translation>
      <extra-wk-built>bc603b82b901</extra-wk-built>
    </message>
    <message>
      <source>optional</source>
      <translation>اختيارية</translation>
      <extra-wk-built>9bc364751137</extra-wk-built>
    </message>
    <message>
      <source>organisation</source>
      <translation>المنظمة</translation>
      <extra-wk-built>2befd9ff5be7</extra-wk-built>
    </message>
    <message>
      <source>organisation's logo (Settings)</source>
      <translation>شعار المنظمة (الإعدادات)</translation>
      <extra-wk-built>b6e3a9113cab</extra-wk-built>
    </message>
    <message>
      <source>organisation's name (Settings)</source>
      <translation>اسم المنظمة (الإعدادات)</translation>
      <extra-wk-built>7c5ed86c7b2d</extra-wk-built>
    </message>
    <message>
      <source>organisations</source>
      <translation>المنظمات</translation>
      <extra-wk-built>88798f41f684</extra-wk-built>
    </message>
    <message>
      <source>other</source>
      <translation>أخرى</translation>
      <extra-wk-built>17a9f38e22b6</extra-wk-built>
    </message>
    <message>
      <source>other African</source>
      <translation>إفريقي آخر</translation>
      <extra-wk-built>de729fbe9772</extra-wk-built>
    </message>
    <message>
      <source>participant handouts would print what looks like an answer, a debrief key or a role-play card; open its paragraph with an answer-key label, put it under a 'Pour le formateur' heading, or move it to facilitator_notes</source>
      <translation>ستطبع نسخ المشاركين ما يبدو جواباً أو عناصر استخلاص أو بطاقة دور؛ افتتحوا فقرته بعنوان مفتاح تصحيح، أو ضعوه تحت عنوان يبدأ بـ«للمكوّن»، أو انقلوه إلى facilitator_notes</translation>
      <extra-wk-built>dfccd193860d</extra-wk-built>
    </message>
    <message>
      <source>participant id</source>
      <translation>معرّف المشارك</translation>
      <extra-wk-built>17fed7bbe346</extra-wk-built>
    </message>
    <message>
      <source>participant id (or its first characters)</source>
      <translation>معرّف المشارك (أو أحرفه الأولى)</translation>
      <extra-wk-built>44e2753cec48</extra-wk-built>
    </message>
    <message>
      <source>participant's name in Arabic script</source>
      <translation>اسم المشارك بالحروف العربية</translation>
      <extra-wk-built>703e882a533b</extra-wk-built>
    </message>
    <message>
      <source>participant's name in Latin script</source>
      <translation>اسم المشارك بالحروف اللاتينية</translation>
      <extra-wk-built>92c36ae29790</extra-wk-built>
    </message>
    <message>
      <source>participant's name in the certificate's language (the other script if missing)</source>
      <translation>اسم المشارك بلغة الشهادة (بالكتابة الأخرى إن لم يوجد)</translation>
      <extra-wk-built>e48929ddaf8c</extra-wk-built>
    </message>
    <message>
      <source>participants</source>
      <translation>المشاركون</translation>
      <extra-wk-built>364bc0534cb7</extra-wk-built>
    </message>
    <message>
      <source>partner organisation</source>
      <translation>المنظمة الشريكة</translation>
      <extra-wk-built>a0c2db6e6c4e</extra-wk-built>
    </message>
    <message>
      <source>personal data erased</source>
      <translation>البيانات الشخصية ممحوّة</translation>
      <extra-wk-built>7ec1a45f78cc</extra-wk-built>
    </message>
    <message>
      <source>phone number</source>
      <translation>رقم الهاتف</translation>
      <extra-wk-built>42095a7a6c15</extra-wk-built>
    </message>
    <message>
      <source>photo or scan of the QR code</source>
      <translation>صورة أو مسح ضوئي لرمز QR</translation>
      <extra-wk-built>2869c6f79bb0</extra-wk-built>
    </message>
    <message>
      <source>place every session of this module on the next free times and save (repeatable)</source>
      <translation>وضع كل جلسات هذه الوحدة في الأوقات الشاغرة التالية والحفظ (قابل للتكرار)</translation>
      <extra-wk-built>f3bb2828e614</extra-wk-built>
    </message>
    <message>
      <source>points after the module</source>
      <translation>النقط بعد الوحدة</translation>
      <extra-wk-built>799ba928faf9</extra-wk-built>
    </message>
    <message>
      <source>points before the module</source>
      <translation>النقط قبل الوحدة</translation>
      <extra-wk-built>4f23bc2c19b5</extra-wk-built>
    </message>
    <message>
      <source>present</source>
      <translation>حاضر</translation>
      <extra-wk-built>40284b78e717</extra-wk-built>
    </message>
    <message>
      <source>print JSON</source>
      <translation>الإخراج بصيغة JSON</translation>
      <extra-wk-built>319749434771</extra-wk-built>
    </message>
    <message>
      <source>print badges (Word, PNG), revoke or re-issue one</source>
      <translation>طباعة الشارات (Word، PNG)، أو إلغاء شارة أو إعادة إصدارها</translation>
      <extra-wk-built>cf66dc037152</extra-wk-built>
    </message>
    <message>
      <source>process {pid}</source>
      <translation>العملية {pid}</translation>
      <extra-wk-built>d2936bf8ec9b</extra-wk-built>
    </message>
    <message>
      <source>programme dashboard over all workshops: reach, disaggregation, attendance, certificates, knowledge gain (anonymised)</source>
      <translation>لوحة البرنامج لكل الورشات: الاستفادة، التصنيف، الحضور، الشهادات، المكسب المعرفي (مجهول الهوية)</translation>
      <extra-wk-built>04bbded312f1</extra-wk-built>
    </message>
    <message>
      <source>programme name (Al Wassit)</source>
      <translation>اسم البرنامج (الوسيط)</translation>
      <extra-wk-built>8ac994a6feb3</extra-wk-built>
    </message>
    <message>
      <source>protect the bundle with a password (asked, or WORKSHOP_KIT_FILE_PASSWORD)</source>
      <translation>حماية الحزمة بكلمة مرور (تُطلب، أو WORKSHOP_KIT_FILE_PASSWORD)</translation>
      <extra-wk-built>71408f0b520d</extra-wk-built>
    </message>
    <message>
      <source>protect the document with a password for the way to the person (asked, or WORKSHOP_KIT_FILE_PASSWORD); open it with: workshop-kit unseal FILE</source>
      <translation>حماية المستند بكلمة مرور أثناء إيصاله إلى الشخص (تُطلب، أو WORKSHOP_KIT_FILE_PASSWORD)؛ افتحوه بواسطة: workshop-kit unseal FILE</translation>
      <extra-wk-built>ab02276d9428</extra-wk-built>
    </message>
    <message>
      <source>public key file</source>
      <translation>ملف المفتاح العام</translation>
      <extra-wk-built>175b68266876</extra-wk-built>
    </message>
    <message>
      <source>public key file exported by that organisation</source>
      <translation>ملف المفتاح العام الذي صدّرته تلك المنظمة</translation>
      <extra-wk-built>71a65ab2c054</extra-wk-built>
    </message>
    <message>
      <source>queue the certificates in the outbox (send with: workshop-kit outbox send)</source>
      <translation>وضع الشهادات في صندوق الإرسال (الإرسال بالأمر: workshop-kit outbox send)</translation>
      <extra-wk-built>4f6cfe578156</extra-wk-built>
    </message>
    <message>
      <source>queue the certificates of a workshop for e-mail</source>
      <translation>إعداد شهادات ورشة للإرسال بالبريد</translation>
      <extra-wk-built>a01bc3340096</extra-wk-built>
    </message>
    <message>
      <source>queued</source>
      <translation>منتظرة</translation>
      <extra-wk-built>f2eaf5ad664a</extra-wk-built>
    </message>
    <message>
      <source>quiz scores</source>
      <translation>درجات الاختبارات</translation>
      <extra-wk-built>18cb7f1127e7</extra-wk-built>
    </message>
    <message>
      <source>re-encrypt everything under a new passphrase (needs the current one)</source>
      <translation>إعادة تشفير كل شيء بعبارة مرور جديدة (يتطلب العبارة الحالية)</translation>
      <extra-wk-built>e2a86f1c264a</extra-wk-built>
    </message>
    <message>
      <source>read that password from standard input</source>
      <translation>قراءة كلمة المرور هذه من المدخل القياسي</translation>
      <extra-wk-built>4420125ecffd</extra-wk-built>
    </message>
    <message>
      <source>read the QR code from a photo or screenshot of a badge</source>
      <translation>قراءة رمز QR من صورة أو لقطة شاشة لشارة</translation>
      <extra-wk-built>44f7ee69890c</extra-wk-built>
    </message>
    <message>
      <source>read the SMTP password from standard input</source>
      <translation>قراءة كلمة مرور SMTP من المدخل القياسي</translation>
      <extra-wk-built>d1ba530905c0</extra-wk-built>
    </message>
    <message>
      <source>read the new passphrase from standard input (else asked twice)</source>
      <translation>قراءة عبارة المرور الجديدة من المدخل القياسي (وإلا تُطلب مرتين)</translation>
      <extra-wk-built>b95e7636e988</extra-wk-built>
    </message>
    <message>
      <source>read the new passphrase from standard input (else {env}, else asked twice)</source>
      <translation>قراءة عبارة المرور الجديدة من المدخل القياسي (وإلا {env}، وإلا تُطلب مرتين)</translation>
      <extra-wk-built>b43f48d718c1</extra-wk-built>
    </message>
    <message>
      <source>read the password from standard input</source>
      <translation>قراءة كلمة المرور من المدخل القياسي</translation>
      <extra-wk-built>aa660e6fdca8</extra-wk-built>
    </message>
    <message>
      <source>read the password from standard input and keep it in the system keyring</source>
      <translation>قراءة كلمة المرور من المدخل القياسي وحفظها في حافظة النظام</translation>
      <extra-wk-built>63971c05911c</extra-wk-built>
    </message>
    <message>
      <source>read the password of protected bundles from standard input (else WORKSHOP_KIT_FILE_PASSWORD, else asked)</source>
      <translation>قراءة كلمة مرور الحزم المحمية من المدخل القياسي (وإلا WORKSHOP_KIT_FILE_PASSWORD، وإلا تُطلب)</translation>
      <extra-wk-built>f1afe2c2f5ee</extra-wk-built>
    </message>
    <message>
      <source>reason recorded with --revoke/--reissue (default: lost)</source>
      <translation>السبب المسجَّل مع --revoke/--reissue (افتراضيًا: lost)</translation>
      <extra-wk-built>a7f61cd7e3f3</extra-wk-built>
    </message>
    <message>
      <source>record a participant's pre/post test score</source>
      <translation>تسجيل نتيجة مشارك في الاختبار القبلي/البعدي</translation>
      <extra-wk-built>3c846b30061d</extra-wk-built>
    </message>
    <message>
      <source>record an arrival from a badge token, a short code or a photo</source>
      <translation>تسجيل وصول انطلاقًا من رمز شارة أو رمز قصير أو صورة</translation>
      <extra-wk-built>9c31445fc846</extra-wk-built>
    </message>
    <message>
      <source>record an uncertain message as received (never sent again)</source>
      <translation>تسجيل رسالة غير مؤكدة كمستلمة (لن يُعاد إرسالها)</translation>
      <extra-wk-built>34f430a285af</extra-wk-built>
    </message>
    <message>
      <source>refused</source>
      <translation>مرفوض</translation>
      <extra-wk-built>5d969a71dad3</extra-wk-built>
    </message>
    <message>
      <source>register a participant (and enrol them in a workshop)</source>
      <translation>تسجيل مشارك (وتسجيله في ورشة)</translation>
      <extra-wk-built>d77b6bd0de79</extra-wk-built>
    </message>
    <message>
      <source>register, import, find duplicates and erase participants</source>
      <translation>تسجيل المشاركين واستيرادهم والبحث عن التكرارات ومحو المعطيات</translation>
      <extra-wk-built>1e9b68d3ddbe</extra-wk-built>
    </message>
    <message>
      <source>remember that two records are different people</source>
      <translation>تذكّر أن البطاقتين لشخصين مختلفين</translation>
      <extra-wk-built>2d7c708b218f</extra-wk-built>
    </message>
    <message>
      <source>remember the folder where bundles arrive</source>
      <translation>حفظ المجلد الذي تصل إليه الحزم</translation>
      <extra-wk-built>18db57fc2550</extra-wk-built>
    </message>
    <message>
      <source>remove one of your own (local) modules</source>
      <translation>حذف إحدى وحداتكم الخاصة (المحلية)</translation>
      <extra-wk-built>3acf0d18d9da</extra-wk-built>
    </message>
    <message>
      <source>replace a local module with the same id</source>
      <translation>استبدال وحدة محلية لها نفس المعرّف</translation>
      <extra-wk-built>253f58e7568f</extra-wk-built>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>استبدال ملف البيانات بنسخة احتياطية (أحدث نسخة سليمة افتراضيًا)</translation>
      <extra-wk-built>b3fa694c541f</extra-wk-built>
    </message>
    <message>
      <source>retention period in months (default: from Settings)</source>
      <translation>مدة الاحتفاظ بالأشهر (افتراضيًا: من الإعدادات)</translation>
      <extra-wk-built>2f62179acc2d</extra-wk-built>
    </message>
    <message>
      <source>revoke a certificate</source>
      <translation>إبطال شهادة</translation>
      <extra-wk-built>b2390b40515e</extra-wk-built>
    </message>
    <message>
      <source>revoke this participant's badge (lost badge)</source>
      <translation>إلغاء شارة هذا المشارك (شارة ضائعة)</translation>
      <extra-wk-built>2f86512f52a3</extra-wk-built>
    </message>
    <message>
      <source>revoke this participant's badge and issue a new one</source>
      <translation>إلغاء شارة هذا المشارك وإصدار شارة جديدة</translation>
      <extra-wk-built>245e4a8ced2d</extra-wk-built>
    </message>
    <message>
      <source>role or function</source>
      <translation>الدور أو الوظيفة</translation>
      <extra-wk-built>64ac778fde33</extra-wk-built>
    </message>
    <message>
      <source>row {row} has the phone of participant {id} under another name: both kept; check them with participants duplicates.</source>
      <translation>السطر {row} فيه هاتف المشارك ⁦{id}⁩ باسم آخر: احتُفظ بالاثنين؛ راجعهما بـ⁦participants duplicates⁩.</translation>
      <extra-wk-built>074f805a6e7f</extra-wk-built>
    </message>
    <message>
      <source>row {row} has the same phone as row {earlier} under another name: both kept; check them with participants duplicates.</source>
      <translation>السطر {row} فيه نفس هاتف السطر {earlier} باسم آخر: احتُفظ بالاثنين؛ راجعهما بـ⁦participants duplicates⁩.</translation>
      <extra-wk-built>83b6926fb3fb</extra-wk-built>
    </message>
    <message>
      <source>row {row} repeats row {earlier} of this file (not created twice).</source>
      <translation>السطر {row} يكرر السطر {earlier} من هذا الملف (لا يُنشأ مرتين).</translation>
      <extra-wk-built>f921547187ee</extra-wk-built>
    </message>
    <message>
      <source>row {row}, column {column} left empty: {message}</source>
      <translation>السطر {row}، العمود {column} تُرك فارغًا: {message}</translation>
      <extra-wk-built>95fff5e248ae</extra-wk-built>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>السطر {row}، العمود {column}: {message}</translation>
      <extra-wk-built>57e8de9985be</extra-wk-built>
    </message>
    <message>
      <source>says '{declared}' but the file is {file}; they must match</source>
      <translation>يذكر «{declared}» لكن الملف هو {file}؛ يجب أن يتطابقا</translation>
      <extra-wk-built>ce1ec98846cd</extra-wk-built>
    </message>
    <message>
      <source>scan this folder instead of the remembered one</source>
      <translation>فحص هذا المجلد بدلًا من المجلد المحفوظ</translation>
      <extra-wk-built>56167416a7bb</extra-wk-built>
    </message>
    <message>
      <source>scanned QR text, short code (ABCD-EFGH) or certificate number</source>
      <translation>نص QR الممسوح أو الرمز القصير (ABCD-EFGH) أو رقم الشهادة</translation>
      <extra-wk-built>42259bba12ab</extra-wk-built>
    </message>
    <message>
      <source>scans</source>
      <translation>عمليات المسح</translation>
      <extra-wk-built>e157515cbe91</extra-wk-built>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>المخطط {version}؛ سيُرقّى إلى {latest} (تُنشأ نسخة احتياطية أولًا)</translation>
      <extra-wk-built>25107f3462c5</extra-wk-built>
    </message>
    <message>
      <source>search every module and language</source>
      <translation>البحث في كل الوحدات وكل اللغات</translation>
      <extra-wk-built>430919918f10</extra-wk-built>
    </message>
    <message>
      <source>send a failed or uncertain message again</source>
      <translation>إعادة إرسال رسالة فاشلة أو غير مؤكدة</translation>
      <extra-wk-built>340afa2c3ffc</extra-wk-built>
    </message>
    <message>
      <source>send queued messages through the SMTP server</source>
      <translation>إرسال الرسائل المنتظرة عبر خادم SMTP</translation>
      <extra-wk-built>168b03d74242</extra-wk-built>
    </message>
    <message>
      <source>sender address</source>
      <translation>عنوان المُرسِل</translation>
      <extra-wk-built>24b0db61012c</extra-wk-built>
    </message>
    <message>
      <source>sender name (default: the organisation)</source>
      <translation>اسم المُرسِل (افتراضيًا: المنظمة)</translation>
      <extra-wk-built>062f273afc3a</extra-wk-built>
    </message>
    <message>
      <source>sending</source>
      <translation>قيد الإرسال</translation>
      <extra-wk-built>ce9bc23fcc91</extra-wk-built>
    </message>
    <message>
      <source>sent</source>
      <translation>أُرسلت</translation>
      <extra-wk-built>bf704bde4c84</extra-wk-built>
    </message>
    <message>
      <source>session number</source>
      <translation>رقم الجلسة</translation>
      <extra-wk-built>4e284b42521e</extra-wk-built>
    </message>
    <message>
      <source>session number (default: the session running now, by the clock)</source>
      <translation>رقم الجلسة (افتراضيًا: الجلسة الجارية حسب الساعة)</translation>
      <extra-wk-built>60222e7e9bf1</extra-wk-built>
    </message>
    <message>
      <source>session {n}</source>
      <translation>الجلسة {n}</translation>
      <extra-wk-built>42eff6a21d83</extra-wk-built>
    </message>
    <message>
      <source>session {n}: {name} — kept {kept} ({kdev}), other {other} ({odev})</source>
      <translation>الجلسة {n}: {name} — المحتفظ به {kept} ({kdev})، الآخر {other} ({odev})</translation>
      <extra-wk-built>d22363dd0d90</extra-wk-built>
    </message>
    <message>
      <source>sessions</source>
      <translation>الجلسات</translation>
      <extra-wk-built>9aa93a737569</extra-wk-built>
    </message>
    <message>
      <source>sessions attended</source>
      <translation>الجلسات المحضورة</translation>
      <extra-wk-built>3bf50b74f654</extra-wk-built>
    </message>
    <message>
      <source>sessions counted</source>
      <translation>الجلسات المحتسبة</translation>
      <extra-wk-built>0a221e243aa8</extra-wk-built>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>عدد الجلسات في اليوم (الافتراضي 2)</translation>
      <extra-wk-built>96081892c346</extra-wk-built>
    </message>
    <message>
      <source>short verification code to type in</source>
      <translation>رمز تحقق قصير للكتابة</translation>
      <extra-wk-built>839e75cf2889</extra-wk-built>
    </message>
    <message>
      <source>show a module's plan: sessions, activities, timings</source>
      <translation>عرض خطة وحدة: الجلسات والأنشطة والتوقيت</translation>
      <extra-wk-built>87b9674f5342</extra-wk-built>
    </message>
    <message>
      <source>show a participant and their workshops</source>
      <translation>عرض مشارك وورشاته</translation>
      <extra-wk-built>d51f164ce05f</extra-wk-built>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>عرض ورشة وجلساتها</translation>
      <extra-wk-built>e310c3efa07e</extra-wk-built>
    </message>
    <message>
      <source>show or set the SMTP server</source>
      <translation>عرض خادم SMTP أو تحديده</translation>
      <extra-wk-built>79d0f114d176</extra-wk-built>
    </message>
    <message>
      <source>show the attendance grid with totals and eligibility</source>
      <translation>عرض جدول الحضور مع المجاميع والأهلية</translation>
      <extra-wk-built>ccb99ffde0e8</extra-wk-built>
    </message>
    <message>
      <source>show the inbox folder</source>
      <translation>عرض مجلد صندوق الوارد</translation>
      <extra-wk-built>790c540a00d8</extra-wk-built>
    </message>
    <message>
      <source>show, plan and export a workshop's agenda</source>
      <translation>عرض برنامج ورشة وتخطيطه وتصديره</translation>
      <extra-wk-built>dc87b8b4eeb0</extra-wk-built>
    </message>
    <message>
      <source>sign-in sheet of this session only</source>
      <translation>ورقة التوقيع لهذه الجلسة فقط</translation>
      <extra-wk-built>d3712b15f8da</extra-wk-built>
    </message>
    <message>
      <source>signed bundles to merge data between laptops</source>
      <translation>حزم موقَّعة لدمج البيانات بين الحواسيب</translation>
      <extra-wk-built>7fdbdca1a09b</extra-wk-built>
    </message>
    <message>
      <source>still arriving</source>
      <translation>قيد الوصول</translation>
      <extra-wk-built>a62fa4ee72d9</extra-wk-built>
    </message>
    <message>
      <source>take back the last check-in made on this laptop</source>
      <translation>إلغاء آخر تسجيل حضور تم على هذا الحاسوب</translation>
      <extra-wk-built>2e25a10a4fda</extra-wk-built>
    </message>
    <message>
      <source>text encoding of a CSV file (default: detected), e.g. cp1256</source>
      <translation>ترميز ملف CSV (افتراضيًا: يُكتشف تلقائيًا)، مثلًا cp1256</translation>
      <extra-wk-built>5242f6c7f5da</extra-wk-built>
    </message>
    <message>
      <source>the .docx to write (default: in the current folder)</source>
      <translation>ملف ‎.docx المراد كتابته (افتراضيًا: في المجلد الحالي)</translation>
      <extra-wk-built>9f7455d77fe0</extra-wk-built>
    </message>
    <message>
      <source>the answer key with explanations</source>
      <translation>مفتاح الإجابات مع الشروح</translation>
      <extra-wk-built>f2d9ad6a1fae</extra-wk-built>
    </message>
    <message>
      <source>the certificate could not be made: {detail}</source>
      <translation>تعذّر إنشاء الشهادة: {detail}</translation>
      <extra-wk-built>8ecd4b778cc7</extra-wk-built>
    </message>
    <message>
      <source>the coordinator's inbox folder of bundles</source>
      <translation>مجلد صندوق الوارد للحزم لدى المنسق</translation>
      <extra-wk-built>ed81da53a29d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>the correct answer is clearly the longest choice in {k} of %n question(s) ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</source>
      <translation>
        <numerusform>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل %n سؤال ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</numerusform>
        <numerusform>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل سؤال واحد ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</numerusform>
        <numerusform>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل سؤالين ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</numerusform>
        <numerusform>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل %n أسئلة ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</numerusform>
        <numerusform>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل %n سؤالًا ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</numerusform>
        <numerusform>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل %n سؤال ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</numerusform>
      </translation>
      <extra-wk-built>c5f272485e7d</extra-wk-built>
    </message>
    <message>
      <source>the front matter expands to more than {max} values (anchors and aliases repeated within each other); write the values out</source>
      <translation>تتوسع الترويسة إلى أكثر من ⁦{max}⁩ قيمة (مراسٍ وأسماء مستعارة متكررة داخل بعضها)؛ اكتب القيم كاملة</translation>
      <extra-wk-built>b460648fdeee</extra-wk-built>
    </message>
    <message>
      <source>the front matter is not valid YAML: look at line {start} ({context}), where the problem begins; the parser gave up on line {line}: {detail}</source>
      <translation>الترويسة ليست YAML صالحاً: انظر إلى السطر {start} ({context})، حيث تبدأ المشكلة؛ وقد توقف المحلّل في السطر {line}: {detail}</translation>
      <extra-wk-built>feb83d3de9d6</extra-wk-built>
    </message>
    <message>
      <source>the front matter is not valid YAML: {detail}</source>
      <translation>الترويسة ليست YAML صالحاً: {detail}</translation>
      <extra-wk-built>f6e00d2ed5b3</extra-wk-built>
    </message>
    <message>
      <source>the front matter must be a set of 'field: value' lines</source>
      <translation>يجب أن تكون الترويسة مجموعة أسطر «حقل: قيمة»</translation>
      <extra-wk-built>a94b16753b79</extra-wk-built>
    </message>
    <message>
      <source>the inbox folder ('' to forget it)</source>
      <translation>مجلد صندوق الوارد ('' لنسيانه)</translation>
      <extra-wk-built>694aa6412d38</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>the name is too long to go in the certificate's QR code (%n character(s)); shorten it in the participant's record</source>
      <translation>
        <numerusform>الاسم أطول من أن يتسع له رمز QR في الشهادة (⁦%n⁩ حرف)؛ اختصره في بطاقة المشارك</numerusform>
        <numerusform>الاسم أطول من أن يتسع له رمز QR في الشهادة (حرف واحد)؛ اختصره في بطاقة المشارك</numerusform>
        <numerusform>الاسم أطول من أن يتسع له رمز QR في الشهادة (حرفان)؛ اختصره في بطاقة المشارك</numerusform>
        <numerusform>الاسم أطول من أن يتسع له رمز QR في الشهادة (⁦%n⁩ أحرف)؛ اختصره في بطاقة المشارك</numerusform>
        <numerusform>الاسم أطول من أن يتسع له رمز QR في الشهادة (⁦%n⁩ حرفًا)؛ اختصره في بطاقة المشارك</numerusform>
        <numerusform>الاسم أطول من أن يتسع له رمز QR في الشهادة (⁦%n⁩ حرف)؛ اختصره في بطاقة المشارك</numerusform>
      </translation>
      <extra-wk-built>19a0c742b5bd</extra-wk-built>
    </message>
    <message>
      <source>the participant accepts photos</source>
      <translation>يقبل المشارك الصور</translation>
      <extra-wk-built>2527a5c1bbc0</extra-wk-built>
    </message>
    <message>
      <source>the participant accepts the certificate by e-mail</source>
      <translation>يقبل المشارك تلقي الشهادة بالبريد الإلكتروني</translation>
      <extra-wk-built>d6c07c5e0a91</extra-wk-built>
    </message>
    <message>
      <source>the participant consents to the use of their data (required)</source>
      <translation>يوافق المشارك على استعمال معطياته (إلزامي)</translation>
      <extra-wk-built>f80cfe82a441</extra-wk-built>
    </message>
    <message>
      <source>the protected file</source>
      <translation>الملف المحمي</translation>
      <extra-wk-built>04287259fc94</extra-wk-built>
    </message>
    <message>
      <source>the same choice appears twice</source>
      <translation>الاختيار نفسه مكرر مرتين</translation>
      <extra-wk-built>6bed3e1d5e05</extra-wk-built>
    </message>
    <message>
      <source>the title on Arabic documents (empty: the title)</source>
      <translation>العنوان في الوثائق العربية (فارغ: العنوان بالفرنسية)</translation>
      <extra-wk-built>9c8b7af9f5ef</extra-wk-built>
    </message>
    <message>
      <source>the trainer's name on Arabic documents (empty: the trainer's name)</source>
      <translation>اسم المكوّن(ة) في الوثائق العربية (فارغ: الاسم بالفرنسية)</translation>
      <extra-wk-built>0eb3dc74fb18</extra-wk-built>
    </message>
    <message>
      <source>the trainer's version (steps, facilitator notes, answer key); default: participants'</source>
      <translation>نسخة المكوِّن (الخطوات وملاحظات المُيسِّر ومفتاح الإجابات)؛ افتراضياً: نسخة المشاركين</translation>
      <extra-wk-built>adf54b6c349c</extra-wk-built>
    </message>
    <message>
      <source>the venue on Arabic documents (empty: the venue)</source>
      <translation>المكان في الوثائق العربية (فارغ: المكان بالفرنسية)</translation>
      <extra-wk-built>3e3917ac46f3</extra-wk-built>
    </message>
    <message>
      <source>trainer's name</source>
      <translation>اسم المكوّن</translation>
      <extra-wk-built>63611e5bca43</extra-wk-built>
    </message>
    <message>
      <source>trainer's signature image</source>
      <translation>صورة توقيع المكوّن</translation>
      <extra-wk-built>bf97819920a8</extra-wk-built>
    </message>
    <message>
      <source>trainer's signature picture (PNG or JPEG)</source>
      <translation>صورة توقيع المكوّن (PNG أو JPEG)</translation>
      <extra-wk-built>c338f8684e31</extra-wk-built>
    </message>
    <message>
      <source>training modules: read, check, search, print, plan</source>
      <translation>الوحدات التكوينية: قراءة وفحص وبحث وطباعة وتخطيط</translation>
      <extra-wk-built>8dd1eec4c732</extra-wk-built>
    </message>
    <message>
      <source>trust another laptop's public key file (keys/organisation.pub)</source>
      <translation>الوثوق بملف المفتاح العام لحاسوب آخر (keys/organisation.pub)</translation>
      <extra-wk-built>8480ae32b4e8</extra-wk-built>
    </message>
    <message>
      <source>trust another organisation's public key</source>
      <translation>الوثوق بالمفتاح العام لمنظمة أخرى</translation>
      <extra-wk-built>149000b8b838</extra-wk-built>
    </message>
    <message>
      <source>trust this signer's key (as a refused bundle names it) and merge its bundles</source>
      <translation>الوثوق بمفتاح هذا الموقِّع (كما تسمّيه الحزمة المرفوضة) ودمج حزمه</translation>
      <extra-wk-built>b159f81caee5</extra-wk-built>
    </message>
    <message>
      <source>uncertain</source>
      <translation>غير مؤكدة</translation>
      <extra-wk-built>3054184c8712</extra-wk-built>
    </message>
    <message>
      <source>under 18</source>
      <translation>أقل من 18 سنة</translation>
      <extra-wk-built>ba334650e188</extra-wk-built>
    </message>
    <message>
      <source>unknown language '{lang}' in the file name; name the file fr.md, ar.md or en.md</source>
      <translation>لغة غير معروفة «{lang}» في اسم الملف؛ سمّوا الملف fr.md أو ar.md أو en.md</translation>
      <extra-wk-built>451317e9ef8f</extra-wk-built>
    </message>
    <message>
      <source>venue</source>
      <translation>المكان</translation>
      <extra-wk-built>1943d20a3589</extra-wk-built>
    </message>
    <message>
      <source>venue and city</source>
      <translation>المكان والمدينة</translation>
      <extra-wk-built>04316ac190db</extra-wk-built>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>تنبيه: {text}</translation>
      <extra-wk-built>0d7e2a9dfa79</extra-wk-built>
    </message>
    <message>
      <source>where to write the opened file (default: beside it, under its original name)</source>
      <translation>أين يُكتب الملف المفتوح (افتراضيًا: بجانبه، باسمه الأصلي)</translation>
      <extra-wk-built>92a006df1b1c</extra-wk-built>
    </message>
    <message>
      <source>who recorded the consent</source>
      <translation>من سجّل الموافقة</translation>
      <extra-wk-built>832aaa5b7a84</extra-wk-built>
    </message>
    <message>
      <source>why (kept in the database)</source>
      <translation>السبب (يُحفظ في قاعدة البيانات)</translation>
      <extra-wk-built>045fc7b79fdd</extra-wk-built>
    </message>
    <message>
      <source>with --add: only the core sessions, leaving the optional ones out (the 4-day path)</source>
      <translation>مع --add: الحصص الأساسية وحدها، دون الحصص الاختيارية (مسار الأيام الأربعة)</translation>
      <extra-wk-built>b6104b4ffc7b</extra-wk-built>
    </message>
    <message>
      <source>women</source>
      <translation>نساء</translation>
      <extra-wk-built>c374fa21194f</extra-wk-built>
    </message>
    <message>
      <source>words to find (accents and harakat optional)</source>
      <translation>الكلمات المراد البحث عنها (الحركات اختيارية)</translation>
      <extra-wk-built>7451eb77c1ac</extra-wk-built>
    </message>
    <message>
      <source>workshop dates, written out</source>
      <translation>تواريخ الورشة مكتوبة</translation>
      <extra-wk-built>016bcfce8a3c</extra-wk-built>
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation>معرّف الورشة (أو أحرفه الأولى)</translation>
      <extra-wk-built>f16d58a946ec</extra-wk-built>
    </message>
    <message>
      <source>workshop id (or its first characters) or exact title</source>
      <translation>معرّف الورشة (أو أحرفه الأولى) أو عنوانها الدقيق</translation>
      <extra-wk-built>558ebf8e00a0</extra-wk-built>
    </message>
    <message>
      <source>workshop title</source>
      <translation>عنوان الورشة</translation>
      <extra-wk-built>41a0098194cb</extra-wk-built>
    </message>
    <message>
      <source>workshops</source>
      <translation>الورشات</translation>
      <extra-wk-built>7637f100e5ed</extra-wk-built>
    </message>
    <message>
      <source>workshops held in this city</source>
      <translation>الورشات المنعقدة في هذه المدينة</translation>
      <extra-wk-built>4714c00d0213</extra-wk-built>
    </message>
    <message>
      <source>workshops of this partner organisation</source>
      <translation>ورشات هذه المنظمة الشريكة</translation>
      <extra-wk-built>dacd10367d97</extra-wk-built>
    </message>
    <message>
      <source>workshops starting on or after DATE (YYYY-MM-DD)</source>
      <translation>الورشات التي تبدأ في DATE أو بعده (YYYY-MM-DD)</translation>
      <extra-wk-built>02214d90f686</extra-wk-built>
    </message>
    <message>
      <source>workshops starting on or before DATE (YYYY-MM-DD)</source>
      <translation>الورشات التي تبدأ في DATE أو قبله (YYYY-MM-DD)</translation>
      <extra-wk-built>d42407cb7206</extra-wk-built>
    </message>
    <message>
      <source>workshops that teach this module (curriculum id)</source>
      <translation>الورشات التي تدرّس هذه الوحدة (معرّف المنهاج)</translation>
      <extra-wk-built>f42933ea8a86</extra-wk-built>
    </message>
    <message>
      <source>write a printable Word sheet of badge cards</source>
      <translation>إنشاء ملف Word قابل للطباعة يضم بطاقات الشارات</translation>
      <extra-wk-built>2904531edd3f</extra-wk-built>
    </message>
    <message>
      <source>write a signed bundle of a workshop</source>
      <translation>كتابة حزمة موقَّعة لورشة</translation>
      <extra-wk-built>aa1336db6a93</extra-wk-built>
    </message>
    <message>
      <source>write everything held about one participant to a Word document</source>
      <translation>كتابة كل ما هو محفوظ عن مشارك في وثيقة Word</translation>
      <extra-wk-built>5a1d41b8d18c</extra-wk-built>
    </message>
    <message>
      <source>write one PNG badge per participant into DIR</source>
      <translation>إنشاء شارة PNG لكل مشارك في المجلد DIR</translation>
      <extra-wk-built>7cf5b2817427</extra-wk-built>
    </message>
    <message>
      <source>write the dashboard: .xlsx (tables and charts), .docx or .pdf (one-page summary)</source>
      <translation>كتابة اللوحة: ‎.xlsx‎ (جداول ورسوم بيانية) أو ‎.docx‎ أو ‎.pdf‎ (ملخص في صفحة واحدة)</translation>
      <extra-wk-built>cf0433de75fe</extra-wk-built>
    </message>
    <message>
      <source>write the report as .xlsx (with charts)</source>
      <translation>كتابة التقرير بصيغة ‎.xlsx (مع رسوم بيانية)</translation>
      <extra-wk-built>d7956ac691b0</extra-wk-built>
    </message>
    <message>
      <source>write the static verification page (verify.html) to publish: any phone checks a certificate with it, offline</source>
      <translation>كتابة صفحة التحقق الثابتة (verify.html) لنشرها: يتحقق بها أي هاتف من الشهادة، دون اتصال</translation>
      <extra-wk-built>e2e6d8f66032</extra-wk-built>
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation>كُتب بإصدار أحدث من Workshop Kit</translation>
      <extra-wk-built>2f4fa0510a38</extra-wk-built>
    </message>
    <message>
      <source>year of birth</source>
      <translation>سنة الميلاد</translation>
      <extra-wk-built>6e50d166de44</extra-wk-built>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
      <extra-wk-built>4b2d2c65d365</extra-wk-built>
    </message>
    <message>
      <source>your own .docx template (default: the bundled one)</source>
      <translation>قالب ‎.docx الخاص بكم (افتراضيًا: القالب المرفق)</translation>
      <extra-wk-built>00cb7f1749e1</extra-wk-built>
    </message>
    <message>
      <source>{day} is not a day of this workshop.</source>
      <translation>{day} ليس يوماً من أيام هذه الورشة.</translation>
      <extra-wk-built>08031dacf37b</extra-wk-built>
    </message>
    <message>
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field}: «{value}» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-03-14.</translation>
      <extra-wk-built>e5688dc87579</extra-wk-built>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field}: «{value}» ليس وقتًا؛ اكتبه بالشكل HH:MM، مثل 09:30.</translation>
      <extra-wk-built>c12c31c8b905</extra-wk-built>
    </message>
    <message>
      <source>{file} contains '{name}', a path outside the module folder; nothing was imported. Make the zip again from the module folder.</source>
      <translation>{file} يحتوي على «{name}»، وهو مسار خارج مجلد الوحدة؛ لم يُستورد أي شيء. أعيدوا إنشاء ملف zip انطلاقاً من مجلد الوحدة.</translation>
      <extra-wk-built>ebf0be30b50d</extra-wk-built>
    </message>
    <message>
      <source>{file} contains '{name}', nested too deep or with too long a name (at most {max} folders of 100 characters); nothing was imported. Make the zip again from the module folder.</source>
      <translation>يحتوي ⁦{file}⁩ على «⁦{name}⁩»، وهو مسار متداخل أكثر من اللازم أو اسمه طويل جدًا (⁦{max}⁩ مجلدات على الأكثر، 100 حرف لكل منها)؛ لم يُستورد شيء. أعد إنشاء ملف zip انطلاقًا من مجلد الوحدة.</translation>
      <extra-wk-built>27da1df3ffa2</extra-wk-built>
    </message>
    <message>
      <source>{file} contains a link ('{name}'); nothing was imported.</source>
      <translation>{file} يحتوي على رابط («{name}»)؛ لم يُستورد أي شيء.</translation>
      <extra-wk-built>4eb30bd16f6c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{file} holds %n file(s); a module zip may hold at most {max}. Nothing was imported.</source>
      <translation>
        <numerusform>يحتوي ⁦{file}⁩ على ⁦%n⁩ ملف؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</numerusform>
        <numerusform>يحتوي ⁦{file}⁩ على ملف واحد؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</numerusform>
        <numerusform>يحتوي ⁦{file}⁩ على ملفين؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</numerusform>
        <numerusform>يحتوي ⁦{file}⁩ على ⁦%n⁩ ملفات؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</numerusform>
        <numerusform>يحتوي ⁦{file}⁩ على ⁦%n⁩ ملفًا؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</numerusform>
        <numerusform>يحتوي ⁦{file}⁩ على ⁦%n⁩ ملف؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</numerusform>
      </translation>
      <extra-wk-built>1edb358126b5</extra-wk-built>
    </message>
    <message>
      <source>{file} is larger than {mb} MB once extracted; nothing was imported.</source>
      <translation>{file} يتجاوز {mb} ميغابايت بعد الاستخراج؛ لم يُستورد أي شيء.</translation>
      <extra-wk-built>2ba4b57e2a13</extra-wk-built>
    </message>
    <message>
      <source>{file} is not a readable zip: {detail}</source>
      <translation>{file} ليس ملف zip قابلاً للقراءة: {detail}</translation>
      <extra-wk-built>3c88fccb9390</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{file}: %n row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>
        <numerusform>{file}: قُرئ %n سطر (الترميز {encoding}، العناوين في السطر {header}).</numerusform>
        <numerusform>{file}: قُرئ سطر واحد (الترميز {encoding}، العناوين في السطر {header}).</numerusform>
        <numerusform>{file}: قُرئ سطران (الترميز {encoding}، العناوين في السطر {header}).</numerusform>
        <numerusform>{file}: قُرئ %n أسطر (الترميز {encoding}، العناوين في السطر {header}).</numerusform>
        <numerusform>{file}: قُرئ %n سطرًا (الترميز {encoding}، العناوين في السطر {header}).</numerusform>
        <numerusform>{file}: قُرئ %n سطر (الترميز {encoding}، العناوين في السطر {header}).</numerusform>
      </translation>
      <extra-wk-built>885a09d822e3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n activity(ies) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n نشاط بدل {m}</numerusform>
        <numerusform>{intro}: نشاط واحد بدل {m}</numerusform>
        <numerusform>{intro}: نشاطان بدل {m}</numerusform>
        <numerusform>{intro}: %n أنشطة بدل {m}</numerusform>
        <numerusform>{intro}: %n نشاطًا بدل {m}</numerusform>
        <numerusform>{intro}: %n نشاط بدل {m}</numerusform>
      </translation>
      <extra-wk-built>6e8cb6b10b66</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n choice(s) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n اختيار بدل {m}</numerusform>
        <numerusform>{intro}: اختيار واحد بدل {m}</numerusform>
        <numerusform>{intro}: اختياران بدل {m}</numerusform>
        <numerusform>{intro}: %n اختيارات بدل {m}</numerusform>
        <numerusform>{intro}: %n اختيارًا بدل {m}</numerusform>
        <numerusform>{intro}: %n اختيار بدل {m}</numerusform>
      </translation>
      <extra-wk-built>222e77b08dd0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n question(s) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n سؤال بدل {m}</numerusform>
        <numerusform>{intro}: سؤال واحد بدل {m}</numerusform>
        <numerusform>{intro}: سؤالان بدل {m}</numerusform>
        <numerusform>{intro}: %n أسئلة بدل {m}</numerusform>
        <numerusform>{intro}: %n سؤالًا بدل {m}</numerusform>
        <numerusform>{intro}: %n سؤال بدل {m}</numerusform>
      </translation>
      <extra-wk-built>1a6650f80743</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n session(s) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n جلسة بدل {m}</numerusform>
        <numerusform>{intro}: جلسة واحدة بدل {m}</numerusform>
        <numerusform>{intro}: جلستان بدل {m}</numerusform>
        <numerusform>{intro}: %n جلسات بدل {m}</numerusform>
        <numerusform>{intro}: %n جلسة بدل {m}</numerusform>
        <numerusform>{intro}: %n جلسة بدل {m}</numerusform>
      </translation>
      <extra-wk-built>782301845fea</extra-wk-built>
    </message>
    <message>
      <source>{intro}: the correct answer is choice {n} here but choice {m} in French</source>
      <translation>{intro}: الإجابة الصحيحة هنا هي الاختيار {n} لكنها الاختيار {m} في الفرنسية</translation>
      <extra-wk-built>75aca36ebbb1</extra-wk-built>
    </message>
    <message>
      <source>{name} cannot be opened as an Excel workbook ({detail}).</source>
      <translation>لا يمكن فتح {name} كمصنف Excel ‏({detail}).</translation>
      <extra-wk-built>53e2f2f84c5f</extra-wk-built>
    </message>
    <message>
      <source>{name} does not hold the workshop its manifest names.</source>
      <translation>{name} لا يحتوي على الورشة التي يذكرها البيان.</translation>
      <extra-wk-built>3c3fdf696367</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{name} has %n merged range(s); at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>
        <numerusform>يحتوي ⁦{name}⁩ على ⁦%n⁩ نطاق من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</numerusform>
        <numerusform>يحتوي ⁦{name}⁩ على نطاق واحد من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</numerusform>
        <numerusform>يحتوي ⁦{name}⁩ على نطاقين من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</numerusform>
        <numerusform>يحتوي ⁦{name}⁩ على ⁦%n⁩ نطاقات من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</numerusform>
        <numerusform>يحتوي ⁦{name}⁩ على ⁦%n⁩ نطاقًا من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</numerusform>
        <numerusform>يحتوي ⁦{name}⁩ على ⁦%n⁩ نطاق من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</numerusform>
      </translation>
      <extra-wk-built>6aa4ea715ca5</extra-wk-built>
    </message>
    <message>
      <source>{name} has merged ranges covering {n} cells; at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>تغطي الخلايا المدمجة في ⁦{name}⁩ ⁦{n}⁩ خلية؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</translation>
      <extra-wk-built>998bb46975bf</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</source>
      <translation>
        <numerusform>يحتوي {name} على %n سجل مؤرخ في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</numerusform>
        <numerusform>يحتوي {name} على سجل واحد مؤرخ في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</numerusform>
        <numerusform>يحتوي {name} على سجلين مؤرخين في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</numerusform>
        <numerusform>يحتوي {name} على %n سجلات مؤرخة في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</numerusform>
        <numerusform>يحتوي {name} على %n سجلًا مؤرخًا في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</numerusform>
        <numerusform>يحتوي {name} على %n سجل مؤرخ في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</numerusform>
      </translation>
      <extra-wk-built>de22300a0880</extra-wk-built>
    </message>
    <message>
      <source>{name} holds a file its manifest does not list ({file}); it was changed after signing.</source>
      <translation>{name} يحتوي على ملف غير مذكور في البيان ({file})؛ تم تعديله بعد التوقيع.</translation>
      <extra-wk-built>4d3faaf5063c</extra-wk-built>
    </message>
    <message>
      <source>{name} holds a file with a path outside the bundle ({bad}); it may be malicious. Nothing was imported.</source>
      <translation>{name} يحتوي على ملف بمسار خارج الحزمة ({bad})؛ قد يكون ضارًا. لم يُستورد أي شيء.</translation>
      <extra-wk-built>50605b70c42a</extra-wk-built>
    </message>
    <message>
      <source>{name} holds more than {max} cells; split it into smaller files.</source>
      <translation>يحتوي ⁦{name}⁩ على أكثر من ⁦{max}⁩ خلية؛ قسّمه إلى ملفات أصغر.</translation>
      <extra-wk-built>cef730c04b6c</extra-wk-built>
    </message>
    <message>
      <source>{name} holds the same file twice; it is damaged.</source>
      <translation>{name} يحتوي على الملف نفسه مرتين؛ إنه تالف.</translation>
      <extra-wk-built>cf11a926d081</extra-wk-built>
    </message>
    <message>
      <source>{name} holds {mb} MB once unzipped; at most {max} MB can be read. Split it into smaller files.</source>
      <translation>يبلغ حجم ⁦{name}⁩ بعد فك الضغط ⁦{mb}⁩ ميغابايت؛ لا يمكن قراءة أكثر من ⁦{max}⁩ ميغابايت. قسّمه إلى ملفات أصغر.</translation>
      <extra-wk-built>6319cb95aa85</extra-wk-built>
    </message>
    <message>
      <source>{name} is a damaged zip file ({detail}).</source>
      <translation>{name} ملف zip تالف ({detail}).</translation>
      <extra-wk-built>39b605781374</extra-wk-built>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (it is not a zip file).</source>
      <translation>{name} ليس حزمة Workshop Kit (ليس ملف zip).</translation>
      <extra-wk-built>49075a55e5c8</extra-wk-built>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (no manifest.json or signature).</source>
      <translation>{name} ليس حزمة Workshop Kit (لا يوجد manifest.json أو توقيع).</translation>
      <extra-wk-built>c692a1a66190</extra-wk-built>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle.</source>
      <translation>{name} ليس حزمة Workshop Kit.</translation>
      <extra-wk-built>870b6270df92</extra-wk-built>
    </message>
    <message>
      <source>{name} is not enrolled in this workshop. Use 'Walk-in' to register them.</source>
      <translation>{name} غير مسجَّل(ة) في هذه الورشة. استعمل «تسجيل في عين المكان» لتسجيله.</translation>
      <extra-wk-built>94f7dbefef94</extra-wk-built>
    </message>
    <message>
      <source>{name} is not one of this data folder's backups.</source>
      <translation>{name} ليست من النسخ الاحتياطية لمجلد البيانات هذا.</translation>
      <extra-wk-built>31dbec6c6ad3</extra-wk-built>
    </message>
    <message>
      <source>{name} is protected with a password. Nothing was imported; import it again with its password (asked for in the app and in a terminal; scripts use --password-stdin or WORKSHOP_KIT_FILE_PASSWORD).</source>
      <translation>{name} محمي بكلمة مرور. لم يُستورد أي شيء؛ استوردوه مرة أخرى مع كلمة مروره (تُطلب في التطبيق وفي الطرفية؛ تستعمل السكربتات ‎--password-stdin أو WORKSHOP_KIT_FILE_PASSWORD).</translation>
      <extra-wk-built>53ecb02e6e24</extra-wk-built>
    </message>
    <message>
      <source>{name} is protected with a password; give it to open the file.</source>
      <translation>{name} محمي بكلمة مرور؛ أدخلوها لفتح الملف.</translation>
      <extra-wk-built>978c718c6b62</extra-wk-built>
    </message>
    <message>
      <source>{name} is too large to read on this computer; split it into smaller files.</source>
      <translation>الملف ⁦{name}⁩ أكبر من أن يُقرأ على هذا الحاسوب؛ قسّمه إلى ملفات أصغر.</translation>
      <extra-wk-built>ba2fde92092c</extra-wk-built>
    </message>
    <message>
      <source>{name} lacks {file}; it is incomplete.</source>
      <translation>ينقص {name} الملف {file}؛ إنه غير مكتمل.</translation>
      <extra-wk-built>81bdd996085e</extra-wk-built>
    </message>
    <message>
      <source>{name} was made by a newer Workshop Kit (bundle format {version}, this copy reads up to {known}). Update Workshop Kit on this laptop, then import again.</source>
      <translation>{name} أُنشئ بإصدار أحدث من Workshop Kit (صيغة الحزمة {version}، وهذه النسخة تقرأ حتى {known}). حدّث Workshop Kit على هذا الحاسوب ثم أعد الاستيراد.</translation>
      <extra-wk-built>c8a0f7b3e102</extra-wk-built>
    </message>
    <message>
      <source>{name}: already checked in at {time}.</source>
      <translation>{name}: سبق تسجيل الحضور على الساعة {time}.</translation>
      <extra-wk-built>faee84744314</extra-wk-built>
    </message>
    <message>
      <source>{name}: manifest.json is not valid JSON.</source>
      <translation>{name}: الملف manifest.json ليس JSON صالحًا.</translation>
      <extra-wk-built>e971586cc2b9</extra-wk-built>
    </message>
    <message>
      <source>{name}: the bundle format version is missing or invalid.</source>
      <translation>{name}: إصدار صيغة الحزمة مفقود أو غير صالح.</translation>
      <extra-wk-built>07307f779a12</extra-wk-built>
    </message>
    <message>
      <source>{name}: the checksum of {file} does not match; the file was damaged or changed after it was signed. Ask for a fresh export.</source>
      <translation>{name}: المجموع الاختباري للملف {file} غير مطابق؛ تلف الملف أو عُدّل بعد التوقيع. اطلب تصديرًا جديدًا.</translation>
      <extra-wk-built>672e827a8e59</extra-wk-built>
    </message>
    <message>
      <source>{name}: the manifest is incomplete.</source>
      <translation>{name}: البيان غير مكتمل.</translation>
      <extra-wk-built>ff2cc72bb4d9</extra-wk-built>
    </message>
    <message>
      <source>{name}: the manifest lists unexpected files.</source>
      <translation>{name}: يذكر البيان ملفات غير متوقعة.</translation>
      <extra-wk-built>f57ca21ebd01</extra-wk-built>
    </message>
    <message>
      <source>{name}: the signature does not match; the bundle was changed after it was signed. Nothing was imported; ask for a fresh export.</source>
      <translation>{name}: التوقيع غير مطابق؛ عُدّلت الحزمة بعد توقيعها. لم يُستورد أي شيء؛ اطلب تصديرًا جديدًا.</translation>
      <extra-wk-built>4d369ad11753</extra-wk-built>
    </message>
    <message>
      <source>{name}: the signature is damaged.</source>
      <translation>{name}: التوقيع تالف.</translation>
      <extra-wk-built>2f776b7bb891</extra-wk-built>
    </message>
    <message>
      <source>{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.</source>
      <translation>{name}: تم إلغاء هذه الشارة (ضائعة أو مستبدلة). استعمل الشارة الجديدة أو ابحث بالاسم.</translation>
      <extra-wk-built>5c14eb7162d7</extra-wk-built>
    </message>
    <message>
      <source>{name}: {file} does not hold the expected rows.</source>
      <translation>{name}: الملف {file} لا يحتوي على الأسطر المتوقعة.</translation>
      <extra-wk-built>2a98ab2a5e50</extra-wk-built>
    </message>
    <message>
      <source>{name}: {file} is not valid JSON.</source>
      <translation>{name}: الملف {file} ليس JSON صالحًا.</translation>
      <extra-wk-built>906fe134c4c8</extra-wk-built>
    </message>
    <message>
      <source>{name}: {file} is too large for a bundle.</source>
      <translation>{name}: الملف {file} كبير جدًا بالنسبة لحزمة.</translation>
      <extra-wk-built>ef1f9ffe68be</extra-wk-built>
    </message>
    <message>
      <source>{option}: '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31).</source>
      <translation>{option}: '{value}' ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD (مثلًا 2026-03-31).</translation>
      <extra-wk-built>431d93ea12aa</extra-wk-built>
    </message>
    <message>
      <source>{participants}, {sessions}</source>
      <translation>{participants}، {sessions}</translation>
      <extra-wk-built>8cbe9d4f502e</extra-wk-built>
    </message>
    <message>
      <source>{part}: {names} change for each participant; put them in the body, not in a header or footer.</source>
      <translation>{part}: الحقول {names} تتغيّر لكل مشارك؛ ضعوها في متن المستند لا في الرأس أو التذييل.</translation>
      <extra-wk-built>03e3cab3dd38</extra-wk-built>
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation>{path} (قابل للكتابة، {mb} م.ب متاحة)</translation>
      <extra-wk-built>8dc8cb13bedc</extra-wk-built>
    </message>
    <message>
      <source>{path} already exists; choose where to write with -o FILE.</source>
      <translation>{path} موجود بالفعل؛ اختاروا مكان الكتابة بواسطة ‎-o FILE.</translation>
      <extra-wk-built>42ab42001842</extra-wk-built>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} غير موجود.</translation>
      <extra-wk-built>cc6fe97ebd26</extra-wk-built>
    </message>
    <message>
      <source>{path} holds no picture, so no QR code can be read from it: print the page and photograph its code, or type the short code.</source>
      <translation>{path} لا يحتوي على أي صورة، فلا يمكن قراءة رمز QR منه: اطبعوا الصفحة وصوّروا رمزها، أو اكتبوا الرمز القصير.</translation>
      <extra-wk-built>672af75ccb62</extra-wk-built>
    </message>
    <message>
      <source>{path} holds {mb} MB once unzipped; a template may hold at most {max} MB (it is copied into every certificate). Use smaller pictures.</source>
      <translation>يبلغ حجم ⁦{path}⁩ بعد فك الضغط ⁦{mb}⁩ ميغابايت؛ لا يتجاوز القالب ⁦{max}⁩ ميغابايت (يُنسخ في كل شهادة). استعمل صورًا أصغر.</translation>
      <extra-wk-built>81c3f6ff5067</extra-wk-built>
    </message>
    <message>
      <source>{path} is a damaged Word document ({detail}); open it in Word, save it again and retry.</source>
      <translation>الملف ⁦{path}⁩ مستند Word تالف (⁦{detail}⁩)؛ افتحه في Word واحفظه من جديد ثم أعد المحاولة.</translation>
      <extra-wk-built>2fd1082dd01e</extra-wk-built>
    </message>
    <message>
      <source>{path} is a file; give a folder for the verification page.</source>
      <translation>{path} ملف؛ أعطِ مجلدًا لصفحة التحقق.</translation>
      <extra-wk-built>8424c20f0752</extra-wk-built>
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation>{path} تالف: {detail}</translation>
      <extra-wk-built>7538df1aa8a9</extra-wk-built>
    </message>
    <message>
      <source>{path} is damaged: {part} cannot be read ({detail}). Open and save it again in Word or LibreOffice.</source>
      <translation>{path} تالف: تعذّرت قراءة {part} ‏({detail}). افتحوه واحفظوه من جديد في Word أو LibreOffice.</translation>
      <extra-wk-built>02de27444652</extra-wk-built>
    </message>
    <message>
      <source>{path} is not a Word document (.docx).</source>
      <translation>{path} ليس مستند Word ‏(‎.docx).</translation>
      <extra-wk-built>8255e88f139f</extra-wk-built>
    </message>
    <message>
      <source>{path} is not a picture Workshop Kit can read (PNG or JPEG).</source>
      <translation>{path} ليس صورة يستطيع Workshop Kit قراءتها (PNG أو JPEG).</translation>
      <extra-wk-built>bb144d9efa64</extra-wk-built>
    </message>
    <message>
      <source>{path} is not a picture or PDF Workshop Kit can read (use a PNG or JPEG photo, or a PDF).</source>
      <translation>{path} ليس صورة ولا ملف PDF يستطيع Workshop Kit قراءته (استعمل صورة PNG أو JPEG، أو ملف PDF).</translation>
      <extra-wk-built>bf62f5977b25</extra-wk-built>
    </message>
    <message>
      <source>{path} is {mb} MB; a picture for certificates may be at most {max} MB.</source>
      <translation>يبلغ حجم ⁦{path}⁩ ⁦{mb}⁩ ميغابايت؛ لا تتجاوز صورة الشهادات ⁦{max}⁩ ميغابايت.</translation>
      <extra-wk-built>2ec0e61fbb45</extra-wk-built>
    </message>
    <message>
      <source>{path} shows several badges; photograph one badge at a time.</source>
      <translation>{path} تظهر فيها عدة شارات؛ صوّر شارة واحدة في كل مرة.</translation>
      <extra-wk-built>3e09549ac720</extra-wk-built>
    </message>
    <message>
      <source>{path} will be created on first use</source>
      <translation>سيُنشأ {path} عند أول استعمال</translation>
      <extra-wk-built>dcd69d6029c5</extra-wk-built>
    </message>
    <message>
      <source>{path}: integrity ok, schema {version} up to date</source>
      <translation>{path}: السلامة جيدة، المخطط {version} محدّث</translation>
      <extra-wk-built>0399285f0278</extra-wk-built>
    </message>
    <message>
      <source>{path}: only {mb} MB free</source>
      <translation>{path}: {mb} م.ب متاحة فقط</translation>
      <extra-wk-built>beb77614a6cb</extra-wk-built>
    </message>
    <message>
      <source>{path}: {part} holds XML entity declarations, which Word never writes; the template is refused.</source>
      <translation>{path}: يحتوي {part} على تعريفات كيانات XML لا يكتبها Word أبدًا؛ رُفض القالب.</translation>
      <extra-wk-built>14f23eb3c4e1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{same} of %n correct answer(s) are choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</source>
      <translation>
        <numerusform>{same} من أصل %n جواب صحيح هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</numerusform>
        <numerusform>{same} من أصل جواب صحيح واحد هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</numerusform>
        <numerusform>{same} من أصل جوابين صحيحين هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</numerusform>
        <numerusform>{same} من أصل %n أجوبة صحيحة هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</numerusform>
        <numerusform>{same} من أصل %n جوابًا صحيحًا هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</numerusform>
        <numerusform>{same} من أصل %n جواب صحيح هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</numerusform>
      </translation>
      <extra-wk-built>e1cb78b189f5</extra-wk-built>
    </message>
    <message>
      <source>{sent}, {failed}, {uncertain}, {queued}.</source>
      <translation>{sent}، {failed}، {uncertain}، {queued}.</translation>
      <extra-wk-built>b9f997cba67c</extra-wk-built>
    </message>
    <message>
      <source>{sessions}, {participants}</source>
      <translation>{sessions}، {participants}</translation>
      <extra-wk-built>050adee7d9f0</extra-wk-built>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table}: {added} مضاف، {updated} محدَّث</translation>
      <extra-wk-built>ad107b31cb0a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>curricula</name>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>دقيقة واحدة</numerusform>
        <numerusform>دقيقتان</numerusform>
        <numerusform>%n دقائق</numerusform>
        <numerusform>%n دقيقة</numerusform>
        <numerusform>%n دقيقة</numerusform>
      </translation>
      <extra-wk-built>0400321cc510</extra-wk-built>
    </message>
    <message>
      <source>Cancelled: no document was written.</source>
      <translation>أُلغي: لم يُكتب أي مستند.</translation>
      <extra-wk-built>5fe6f1f2b4a7</extra-wk-built>
    </message>
    <message>
      <source>{h} h {m:02d}</source>
      <translation>{h} س {m:02d} د</translation>
      <extra-wk-built>a86e7e7655ca</extra-wk-built>
    </message>
  </context>
  <context>
    <name>global</name>
    <message>
      <source>The backup of {time} was restored as you asked.</source>
      <translation>استُرجعت النسخة الاحتياطية بتاريخ {time} كما طلبتم.</translation>
      <extra-wk-built>8caaadc735f5</extra-wk-built>
    </message>
    <message>
      <source>The backup you chose could not be restored; the data file was not changed.</source>
      <translation>تعذّر استرجاع النسخة الاحتياطية التي اخترتموها؛ لم يُغيَّر ملف البيانات.</translation>
      <extra-wk-built>3a600058d1ad</extra-wk-built>
    </message>
    <message>
      <source>The data as it was before is kept in {path}.</source>
      <translation>البيانات كما كانت من قبل محفوظة في {path}.</translation>
      <extra-wk-built>e41e9e4d6f51</extra-wk-built>
    </message>
    <message>
      <source>The data file is damaged ({detail}).

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
      <translation>ملف البيانات تالف ({detail}).

هل تريد استعادة أحدث نسخة احتياطية سليمة ({name})؟ يُحتفظ بالملف التالف بجانبها.</translation>
      <extra-wk-built>58334aeebc42</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is missing or empty, but backups of it exist.

Restore the newest good backup ({name})?</source>
      <translation>ملف البيانات {path} مفقود أو فارغ، لكن توجد نسخ احتياطية منه.

هل تريدون استعادة أحدث نسخة احتياطية سليمة ({name})؟</translation>
      <extra-wk-built>911721dbeaa5</extra-wk-built>
    </message>
    <message>
      <source>This data folder is encrypted. Passphrase:</source>
      <translation>مجلد البيانات هذا مشفّر. عبارة المرور:</translation>
      <extra-wk-built>dab8bb39d725</extra-wk-built>
    </message>
    <message>
      <source>Wrong passphrase (check the keyboard layout and Caps Lock). Passphrase:</source>
      <translation>عبارة مرور خاطئة (تحقّقوا من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة). عبارة المرور:</translation>
      <extra-wk-built>8de85b867663</extra-wk-built>
    </message>
  </context>
  <context>
    <name>jobs</name>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
      <extra-wk-built>9a30dc2a96b8</extra-wk-built>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>جارٍ الإيقاف…</translation>
      <extra-wk-built>eca659922cfc</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
      <extra-wk-built>c16fd7cbbb02</extra-wk-built>
    </message>
  </context>
  <context>
    <name>workers</name>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>حدث خطأ: {error}</translation>
      <extra-wk-built>6b461ce23356</extra-wk-built>
    </message>
    <message>
      <source>The disk is full: nothing could be written to {path}. Free some space and try again.</source>
      <translation>القرص ممتلئ: تعذّرت كتابة أي شيء في {path}. أفرغوا بعض المساحة ثم أعيدوا المحاولة.</translation>
      <extra-wk-built>945b7a5b5012</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
      <extra-wk-built>c16fd7cbbb02</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit may not write or read {path}. Choose another folder, or close the program that has the file open.</source>
      <translation>لا يُسمح لـ Workshop Kit بكتابة {path} أو قراءته. اختاروا مجلداً آخر، أو أغلقوا البرنامج الذي فتح الملف.</translation>
      <extra-wk-built>fa44fcb3ed63</extra-wk-built>
    </message>
    <message>
      <source>{path} does not exist (any more). Check the folder, or choose the file again.</source>
      <translation>{path} غير موجود (أو لم يعد موجوداً). تحقّقوا من المجلد أو اختاروا الملف من جديد.</translation>
      <extra-wk-built>4875e62030f1</extra-wk-built>
    </message>
    <message>
      <source>{path} is on a read-only disk or USB key. Choose another folder.</source>
      <translation>{path} موجود على قرص أو مفتاح USB للقراءة فقط. اختاروا مجلداً آخر.</translation>
      <extra-wk-built>bd6781ddd24f</extra-wk-built>
    </message>
  </context>
</TS>
