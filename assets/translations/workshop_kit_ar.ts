<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Workshop Kit</source>
      <translation>حول Workshop Kit</translation>
    </message>
    <message>
      <source>Data file: {path}</source>
      <translation>ملف البيانات: {path}</translation>
    </message>
    <message>
      <source>Offline toolkit for Al Wassit trainers: curricula, participants, QR check-in, attendance and certificates.</source>
      <translation>أدوات تعمل دون اتصال لمكوّني برنامج الوسيط: المناهج، المشاركون، تسجيل الحضور برمز QR، الحضور والشهادات.</translation>
    </message>
  </context>
  <context>
    <name>AgendaSaveDialog</name>
    <message>
      <source>(no module)</source>
      <translation>(بدون وحدة)</translation>
    </message>
    <message>
      <source>Add: keep the sessions that have attendance and add the planned ones beside them</source>
      <translation>إضافة: الإبقاء على الجلسات التي سُجّل فيها حضور وإضافة الجلسات المبرمجة بجانبها</translation>
    </message>
    <message>
      <source>Attendance rates that change: {n}</source>
      <translation>نسب الحضور التي تتغيّر: {n}</translation>
    </message>
    <message>
      <source>I have seen it: save anyway</source>
      <translation>اطّلعت على ذلك: احفظ رغم ذلك</translation>
    </message>
    <message>
      <source>New session {when}: {title}</source>
      <translation>جلسة جديدة {when}: {title}</translation>
    </message>
    <message>
      <source>No session changes.</source>
      <translation>لا تتغيّر أي جلسة.</translation>
    </message>
    <message>
      <source>Nobody's attendance rate changes.</source>
      <translation>لا تتغيّر نسبة حضور أي أحد.</translation>
    </message>
    <message>
      <source>Replace: the planned sessions take the existing sessions of their day (attendance already recorded stays with its time slot)</source>
      <translation>استبدال: تحلّ الجلسات المبرمجة محلّ الجلسات الموجودة في اليوم نفسه (يبقى الحضور المسجّل في وقته)</translation>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>حفظ البرنامج</translation>
    </message>
    <message>
      <source>Session {number} ({when}) is removed: nobody attended it</source>
      <translation>تُحذف الجلسة {number} ({when}): لم يحضرها أحد</translation>
    </message>
    <message>
      <source>Session {number} ({when}) keeps its time, without a module</source>
      <translation>تحتفظ الجلسة {number} ({when}) بوقتها، بدون وحدة</translation>
    </message>
    <message>
      <source>Session {number} becomes {when}: {title}</source>
      <translation>تصبح الجلسة {number}: {when}: {title}</translation>
    </message>
    <message>
      <source>Sessions of the workshop: {before} → {after}</source>
      <translation>جلسات الورشة: {before} ← {after}</translation>
    </message>
    <message>
      <source>no longer eligible</source>
      <translation>(لم يعد مؤهَّلاً للشهادة)</translation>
    </message>
    <message>
      <source>now eligible</source>
      <translation>(أصبح مؤهَّلاً للشهادة)</translation>
    </message>
    <message>
      <source>{name}: attendance {before} % → {after} %</source>
      <translation>{name}: الحضور {before}٪ ← {after}٪</translation>
    </message>
    <message>
      <source>{n} attendance record(s) stay with it</source>
      <translation>يبقى معها {n} من سجلات الحضور</translation>
    </message>
    <message>
      <source>{n} issued certificate(s) would no longer match the attendance rule: {names}.</source>
      <translation>{n} من الشهادات المسلَّمة لن تعود مطابقة لقاعدة الحضور: {names}.</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <source>(module not installed)</source>
      <translation>(الوحدة غير مثبتة)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختيارية)</translation>
    </message>
    <message>
      <source>Agenda of: {title}</source>
      <translation>برنامج: {title}</translation>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>اختاروا ورشة أو أنشئوها أولاً (صفحة الورشات).</translation>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>اليوم {n} — {date}</translation>
    </message>
    <message>
      <source>Earlier</source>
      <translation>أبكر</translation>
    </message>
    <message>
      <source>Export agenda (.docx)…</source>
      <translation>تصدير البرنامج ‎(.docx)‎…</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>لاحقاً</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <source>Modules and their sessions</source>
      <translation>الوحدات وجلساتها</translation>
    </message>
    <message>
      <source>Next day</source>
      <translation>اليوم التالي</translation>
    </message>
    <message>
      <source>Place on this day</source>
      <translation>وضعها في هذا اليوم</translation>
    </message>
    <message>
      <source>Placed on {date} at {time}</source>
      <translation>مبرمجة يوم {date} على الساعة {time}</translation>
    </message>
    <message>
      <source>Previous day</source>
      <translation>اليوم السابق</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>حفظ البرنامج</translation>
    </message>
    <message>
      <source>Save to the workshop</source>
      <translation>حفظ في الورشة</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>Set start</source>
      <translation>تحديد البداية</translation>
    </message>
    <message>
      <source>This day ends late; move a session to another day.</source>
      <translation>هذا اليوم ينتهي متأخراً؛ انقلوا جلسة إلى يوم آخر.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>التوقيت</translation>
    </message>
    <message>
      <source>Total: {time} over {days} day(s)</source>
      <translation>المجموع: {time} على {days} يوم/أيام</translation>
    </message>
    <message>
      <source>not saved</source>
      <translation>غير محفوظ</translation>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — غير مثبتة على هذا الحاسوب</translation>
    </message>
  </context>
  <context>
    <name>AttendanceHistoryDialog</name>
    <message>
      <source>Attendance corrections</source>
      <translation>تصحيحات الحضور</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>قبل ← بعد</translation>
    </message>
    <message>
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <source>No correction has been made in the grid of this workshop.</source>
      <translation>لم يُجرَ أي تصحيح في جدول حضور هذه الورشة.</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>{before} → {after}</source>
      <translation>{before} ← {after}</translation>
    </message>
    <message>
      <source>{n} correction(s) in the grid of this workshop.</source>
      <translation>{n} من التصحيحات في جدول حضور هذه الورشة.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <source>Attended</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Attended per session</source>
      <translation>الحاضرون في كل جلسة</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
    </message>
    <message>
      <source>Checked in at {time} ({method})</source>
      <translation>سُجّل الحضور في {time} ({method})</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>النسبة</translation>
    </message>
    <message>
      <source>Session {number}: {date} {start}–{end}</source>
      <translation>الجلسة {number}: {date} {start}–{end}</translation>
    </message>
    <message>
      <source>S{number}</source>
      <translation>ج{number}</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>مؤهَّل</translation>
    </message>
    <message>
      <source>{n} more needed</source>
      <translation>تلزم {n} جلسة إضافية</translation>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message>
      <source>A signed file for another laptop or the coordinator</source>
      <translation>ملف موقَّع لحاسوب آخر أو للمنسق</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Bundle written: {path} (signed by key {key_id}).</source>
      <translation>تمت كتابة الحزمة: {path} (موقَّعة بالمفتاح {key_id}).</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>ملفات CSV ‪(*.csv)</translation>
    </message>
    <message>
      <source>Certificate rule: at least {pct} % of sessions (present or late; excused sessions are not counted). Eligible now: {eligible} of {n}.</source>
      <translation>قاعدة الشهادة: حضور {pct} % على الأقل من الجلسات (حاضر أو متأخر؛ الجلسات المعذورة لا تُحتسب). المؤهلون حاليًا: {eligible} من {n}.</translation>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>اختاروا ورشة أو أنشئوها أولًا.</translation>
    </message>
    <message>
      <source>Correction history…</source>
      <translation>سجل التصحيحات…</translation>
    </message>
    <message>
      <source>Donor report</source>
      <translation>تقرير الجهة المانحة</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it, or type 1 present, 2 late, 3 absent, 4 excused, Delete to clear; every correction is kept in the audit log.</source>
      <translation>انقر مرتين على خانة لتصحيحها، أو اكتب 1 حاضر، 2 متأخر، 3 غائب، 4 غائب بعذر، و Delete للمسح؛ يُحفظ كل تصحيح في سجل التدقيق.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‪(*.xlsx)</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>تصدير CSV…</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>تصدير Excel…</translation>
    </message>
    <message>
      <source>Export attendance</source>
      <translation>تصدير الحضور</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>تصدير حزمة</translation>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>تصدير حزمة…</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>الجدول</translation>
    </message>
    <message>
      <source>Import bundles</source>
      <translation>استيراد حزم</translation>
    </message>
    <message>
      <source>Import bundles…</source>
      <translation>استيراد حزم…</translation>
    </message>
    <message>
      <source>Import this time</source>
      <translation>الاستيراد هذه المرة</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
      <source>Merge the check-ins of other laptops into this one</source>
      <translation>دمج تسجيلات الحضور من الحواسيب الأخرى في هذا الحاسوب</translation>
    </message>
    <message>
      <source>Printable Word sheets, one per session, with a signature column</source>
      <translation>أوراق Word للطباعة، ورقة لكل جلسة، مع عمود للتوقيع</translation>
    </message>
    <message>
      <source>Sign-in sheets…</source>
      <translation>أوراق التوقيع…</translation>
    </message>
    <message>
      <source>This bundle is signed by a key this laptop does not know ({key_id}). Import it only if you know which laptop it comes from.</source>
      <translation>هذه الحزمة موقَّعة بمفتاح لا يعرفه هذا الحاسوب ({key_id}). لا تستوردها إلا إذا كنت تعرف الحاسوب الذي جاءت منه.</translation>
    </message>
    <message>
      <source>Trust this laptop and import</source>
      <translation>الوثوق بهذا الحاسوب والاستيراد</translation>
    </message>
    <message>
      <source>Unknown signer</source>
      <translation>موقِّع غير معروف</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‪(*.docx)</translation>
    </message>
    <message>
      <source>Workshop Kit bundles (*.zip)</source>
      <translation>حزم Workshop Kit ‪(*.zip)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
      <source>{n} participants, {s} sessions</source>
      <translation>{n} مشاركًا، {s} جلسات</translation>
    </message>
  </context>
  <context>
    <name>CameraPanel</name>
    <message>
      <source>Camera off.</source>
      <translation>الكاميرا متوقفة.</translation>
    </message>
    <message>
      <source>No camera found.</source>
      <translation>لم يُعثر على أي كاميرا.</translation>
    </message>
    <message>
      <source>Start camera</source>
      <translation>تشغيل الكاميرا</translation>
    </message>
    <message>
      <source>Stop camera</source>
      <translation>إيقاف الكاميرا</translation>
    </message>
    <message>
      <source>The camera could not start ({error}).</source>
      <translation>تعذّر تشغيل الكاميرا ({error}).</translation>
    </message>
  </context>
  <context>
    <name>CertificatesPage</name>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>إنشاء الشهادات</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>صندوق الإرسال</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>التحقق</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>3. Check and import</source>
      <translation>3. المراجعة والاستيراد</translation>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>جارٍ التحقق من كل سطر…</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>العمود</translation>
    </message>
    <message>
      <source>Consent was collected on paper for every person in this file</source>
      <translation>جُمعت موافقة كل شخص في هذا الملف على الورق</translation>
    </message>
    <message>
      <source>Import people without their optional fields that are not valid (those fields are left empty and listed below)</source>
      <translation>استيراد الأشخاص دون حقولهم الاختيارية غير الصالحة (تبقى هذه الحقول فارغة وتُذكر أدناه)</translation>
    </message>
    <message>
      <source>Import {n} rows</source>
      <translation>استيراد {n} سطرًا</translation>
    </message>
    <message>
      <source>Left empty: {problem}</source>
      <translation>تُرك فارغًا: {problem}</translation>
    </message>
    <message>
      <source>Not imported, never collected: {columns}.</source>
      <translation>لم يُستورد، لا يُجمع أبدًا: {columns}.</translation>
    </message>
    <message>
      <source>Nothing has been written yet. Rows with a problem are skipped; fix them in the file and import it again (people already imported are not duplicated).</source>
      <translation>لم يُكتب أي شيء بعد. تُتجاوز الأسطر التي بها مشكلة؛ صحّحها في الملف ثم استورده من جديد (لن يتكرر الأشخاص المستوردون من قبل).</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>المشكلة</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>السطر</translation>
    </message>
    <message>
      <source>Rows {rows} share a phone number with another person under another name: they are imported; check them with “Duplicates…”.</source>
      <translation>الأسطر {rows} تشترك في رقم هاتف مع شخص آخر باسم آخر: تُستورد؛ راجعها عبر «التكرارات…».</translation>
    </message>
    <message>
      <source>The file has no consent column: if consent to data use was collected for every person, tick “{box}”.</source>
      <translation>لا يحتوي الملف على عمود للموافقة: إذا جُمعت الموافقة على استعمال المعطيات من كل شخص، فأشِّر على «{box}».</translation>
    </message>
    <message>
      <source>{n} fields that are not valid are left empty (listed below).</source>
      <translation>{n} حقلًا غير صالح تُركت فارغة (مذكورة أدناه).</translation>
    </message>
    <message>
      <source>{n} people have problems only in optional fields: tick “{box}” to import them without those fields.</source>
      <translation>{n} شخصًا مشاكلهم كلها في حقول اختيارية: أشِّر على «{box}» لاستيرادهم دون هذه الحقول.</translation>
    </message>
    <message>
      <source>{n} rows repeat an earlier row of this file (rows {rows}) and are not created twice.</source>
      <translation>{n} سطرًا تكرر سطرًا سابقًا من هذا الملف (الأسطر {rows}) ولا تُنشأ مرتين.</translation>
    </message>
    <message>
      <source>{rows} rows: {new} new participants, {known} already registered (enrolled, not created again), {errors} rows with problems.</source>
      <translation>{rows} سطرًا: {new} مشاركًا جديدًا، {known} مسجلين من قبل (يُسجَّلون في الورشة دون إنشائهم من جديد)، {errors} سطرًا به مشاكل.</translation>
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message>
      <source>Automatic (from the clock)</source>
      <translation>تلقائي (حسب الساعة)</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>تسجيل الحضور</translation>
    </message>
    <message>
      <source>Create or choose a workshop first.</source>
      <translation>أنشئ ورشة أو اخترها أولًا.</translation>
    </message>
    <message>
      <source>Full screen</source>
      <translation>ملء الشاشة</translation>
    </message>
    <message>
      <source>Kiosk mode for the door (F11; Esc to leave)</source>
      <translation>وضع الاستقبال عند المدخل (F11؛ Esc للخروج)</translation>
    </message>
    <message>
      <source>Leave full screen</source>
      <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
      <source>No session of this workshop is running by the laptop clock ({time}, {date}). Check the clock, or choose the session.</source>
      <translation>لا توجد جلسة جارية لهذه الورشة حسب ساعة الحاسوب ({time}، {date}). تحقّق من الساعة أو اختر الجلسة.</translation>
    </message>
    <message>
      <source>No workshop</source>
      <translation>لا توجد ورشة</translation>
    </message>
    <message>
      <source>No workshop chosen</source>
      <translation>لم تُختر أي ورشة</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>لم يُسجَّل</translation>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>لم يُسجَّل بعد</translation>
    </message>
    <message>
      <source>Present {present} / {expected}</source>
      <translation>الحاضرون {present} / {expected}</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>جاهز</translation>
    </message>
    <message>
      <source>Scan a badge, hold it up to the camera, or search a name.</source>
      <translation>امسح شارة، أو اعرضها أمام الكاميرا، أو ابحث عن اسم.</translation>
    </message>
    <message>
      <source>Scans made while the data file could not take them are waiting.</source>
      <translation>توجد عمليات مسح أُجريت حين تعذّر على ملف البيانات تسجيلها، وهي في الانتظار.</translation>
    </message>
    <message>
      <source>Session {number} · {when}</source>
      <translation>الجلسة {number} · {when}</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>الجلسة:</translation>
    </message>
    <message>
      <source>Sounds</source>
      <translation>الأصوات</translation>
    </message>
    <message>
      <source>The data file is busy or cannot be written ({detail}).</source>
      <translation>ملف البيانات مشغول أو تتعذر الكتابة فيه ({detail}).</translation>
    </message>
    <message>
      <source>Undo last check-in</source>
      <translation>إلغاء آخر تسجيل حضور</translation>
    </message>
    <message>
      <source>Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>استعمل قارئ USB، أو اكتب الرمز المطبوع على الشارة، أو ابحث بالاسم.</translation>
    </message>
    <message>
      <source>{n} scan(s) kept; retrying every few seconds.</source>
      <translation>{n} مسح(ات) محفوظة؛ إعادة المحاولة كل بضع ثوانٍ.</translation>
    </message>
  </context>
  <context>
    <name>CurriculaPage</name>
    <message>
      <source>Agenda builder</source>
      <translation>بناء البرنامج</translation>
    </message>
    <message>
      <source>Curricula</source>
      <translation>المناهج التدريبية</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <source>Pre/post tests</source>
      <translation>الاختبارات القبلية/البعدية</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>تم الحفظ: {path}</translation>
    </message>
  </context>
  <context>
    <name>DoorActions</name>
    <message>
      <source>Badge revoked</source>
      <translation>أُبطلت الشارة</translation>
    </message>
    <message>
      <source>Check-in taken back</source>
      <translation>تم إلغاء تسجيل الحضور</translation>
    </message>
    <message>
      <source>New badge code: {code}</source>
      <translation>رمز الشارة الجديد: {code}</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>لم يُسجَّل</translation>
    </message>
    <message>
      <source>Nothing to take back</source>
      <translation>لا شيء لإلغائه</translation>
    </message>
    <message>
      <source>Revoke badge</source>
      <translation>إبطال الشارة</translation>
    </message>
    <message>
      <source>Revoke the badge of {name}? It will read as no longer valid at the door. A new badge can be issued later with 'Replace lost badge'.</source>
      <translation>إبطال شارة {name}؟ ستُقرأ عند المدخل على أنها لم تعد صالحة. يمكن إصدار شارة جديدة لاحقاً عبر «تعويض شارة ضائعة».</translation>
    </message>
    <message>
      <source>Save badges</source>
      <translation>حفظ الشارات</translation>
    </message>
    <message>
      <source>The last scan recorded no new check-in.</source>
      <translation>لم يسجّل آخر مسح أي حضور جديد.</translation>
    </message>
    <message>
      <source>The old badge no longer works. Print the new one with 'Print badges…'.</source>
      <translation>الشارة القديمة لم تعد تعمل. اطبع الجديدة عبر «طباعة الشارات…».</translation>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word ‪(*.docx)</translation>
    </message>
    <message>
      <source>Writing the badges…</source>
      <translation>جارٍ إعداد الشارات…</translation>
    </message>
    <message>
      <source>{count} badges ready</source>
      <translation>{count} شارة جاهزة</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <source>Birth year</source>
      <translation>سنة الميلاد</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <source>Different people</source>
      <translation>أشخاص مختلفون</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>النسب</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>النسب (بالعربية)</translation>
    </message>
    <message>
      <source>Looking for possible duplicates…</source>
      <translation>جارٍ البحث عن التكرارات المحتملة…</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>لا توجد تكرارات محتملة.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Possible duplicates</source>
      <translation>تكرارات محتملة</translation>
    </message>
    <message>
      <source>Record 1</source>
      <translation>البطاقة 1</translation>
    </message>
    <message>
      <source>Record 2</source>
      <translation>البطاقة 2</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <source>Same person: keep record 1</source>
      <translation>الشخص نفسه: الاحتفاظ بالبطاقة 1</translation>
    </message>
    <message>
      <source>Same person: keep record 2</source>
      <translation>الشخص نفسه: الاحتفاظ بالبطاقة 2</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>{n} possible duplicate(s). Merging keeps attendance, certificates and scores of both records.</source>
      <translation>{n} تكرار محتمل. يحافظ الدمج على الحضور والشهادات والنتائج في البطاقتين.</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>Something went wrong ({kind}); what you were doing may not have been saved. The details are in the log; to send them, use Help → Save a problem report.</source>
      <translation>حدث خطأ ({kind})؛ ربما لم يُحفظ ما كنت تقوم به. التفاصيل مسجلة في السجل؛ لإرسالها استعمل مساعدة ← حفظ تقرير مشكلة.</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <source>1. Choose the file</source>
      <translation>1. اختيار الملف</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx, .xls).</source>
      <translation>ملف CSV أو نصي (أي فاصل وأي ترميز) أو مصنف Excel ‏(⁦.xlsx, .xls⁩).</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>الفاصل</translation>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>اكتشاف تلقائي</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Participants file</source>
      <translation>ملف المشاركين</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>الورقة</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls)</source>
      <translation>جداول بيانات (⁦*.csv *.txt *.tsv *.xlsx *.xls⁩)</translation>
    </message>
    <message>
      <source>Text encoding</source>
      <translation>ترميز النص</translation>
    </message>
  </context>
  <context>
    <name>FilePasswordDialog</name>
    <message>
      <source>Again</source>
      <translation>مرة أخرى</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>Protect with a password</source>
      <translation>الحماية بكلمة مرور</translation>
    </message>
    <message>
      <source>Protected file</source>
      <translation>ملف محمي</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
      <source>Too short: at least {n} characters.</source>
      <translation>قصيرة جدًا: {n} أحرف على الأقل.</translation>
    </message>
    <message>
      <source>Without this password the file shows nothing. Give it to the recipient another way (by phone, in person), never in the same e-mail. Leave empty to write the file unprotected.</source>
      <translation>بدون كلمة المرور هذه لا يُظهر الملف شيئًا. أبلغوها للمستلم بطريقة أخرى (بالهاتف، شخصيًا)، وليس أبدًا في البريد الإلكتروني نفسه. اتركوها فارغة لكتابة الملف دون حماية.</translation>
    </message>
    <message>
      <source>{name} is protected with a password. Password:</source>
      <translation>{name} محمي بكلمة مرور. كلمة المرور:</translation>
    </message>
  </context>
  <context>
    <name>FinderPanel</name>
    <message>
      <source>A Word sheet of badge cards (A4, 10 per page) and one PNG per person</source>
      <translation>ملف Word يضم بطاقات الشارات (A4، 10 في كل صفحة) وصورة PNG لكل شخص</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>تسجيل الحضور</translation>
    </message>
    <message>
      <source>Forgot the badge? Type a name, or the code printed on the badge</source>
      <translation>نسيت الشارة؟ اكتب الاسم أو الرمز المطبوع على الشارة</translation>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>طباعة الشارات…</translation>
    </message>
    <message>
      <source>Replace lost badge</source>
      <translation>تعويض شارة ضائعة</translation>
    </message>
    <message>
      <source>Revoke badge…</source>
      <translation>إبطال الشارة…</translation>
    </message>
    <message>
      <source>Revoke the selected person's badge and issue a new code</source>
      <translation>إلغاء شارة الشخص المختار وإصدار رمز جديد</translation>
    </message>
    <message>
      <source>The selected person's badge stops working; no new code is issued</source>
      <translation>تتوقف شارة الشخص المختار عن العمل؛ ولا يُصدر رمز جديد</translation>
    </message>
    <message>
      <source>Walk-in…</source>
      <translation>تسجيل في عين المكان…</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Back</source>
      <translation>السابق</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was imported. You can import again.</source>
      <translation>أُلغي الاستيراد: لم يُستورد أي شيء. يمكنكم الاستيراد من جديد.</translation>
    </message>
    <message>
      <source>Import participants</source>
      <translation>استيراد المشاركين</translation>
    </message>
    <message>
      <source>Importing {n} rows…</source>
      <translation>جارٍ استيراد {n} صفًا…</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>التالي</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;مساعدة</translation>
    </message>
    <message>
      <source>About Workshop Kit</source>
      <translation>حول Workshop Kit</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>إنشاء نسخة احتياطية الآن</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>تسجيل الحضور</translation>
    </message>
    <message>
      <source>Current workshop:</source>
      <translation>الورشة الحالية:</translation>
    </message>
    <message>
      <source>Curricula</source>
      <translation>المناهج التدريبية</translation>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>البيانات: {path}</translation>
    </message>
    <message>
      <source>Last backup: {time}</source>
      <translation>آخر نسخة احتياطية: {time}</translation>
    </message>
    <message>
      <source>Newest good backup: {name}</source>
      <translation>أحدث نسخة احتياطية سليمة: {name}</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>لا توجد نسخة احتياطية بعد</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Problem report</source>
      <translation>تقرير مشكلة</translation>
    </message>
    <message>
      <source>Problem report saved: {path}. It holds no participant data; attach it to your e-mail.</source>
      <translation>حُفظ تقرير المشكلة: {path}. لا يحتوي على أي بيانات عن المشاركين؛ أرفقه برسالتك الإلكترونية.</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>استرجاع نسخة احتياطية…</translation>
    </message>
    <message>
      <source>Save a problem report</source>
      <translation>حفظ تقرير مشكلة</translation>
    </message>
    <message>
      <source>Save a problem report…</source>
      <translation>حفظ تقرير مشكلة…</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>The data file is damaged ({detail}). Stop entering data, close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>ملف البيانات تالف ({detail}). توقف عن إدخال البيانات وأغلق Workshop Kit واستعد نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>تعذرت كتابة التقرير: {error}</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>الورشة</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>Zip files (*.zip)</source>
      <translation>ملفات Zip ‪(*.zip)</translation>
    </message>
  </context>
  <context>
    <name>MakeCertificatesTab</name>
    <message>
      <source>Also make PDF files</source>
      <translation>إنشاء ملفات PDF أيضًا</translation>
    </message>
    <message>
      <source>Also make PDF files (needs LibreOffice)</source>
      <translation>إنشاء ملفات PDF أيضًا (يتطلب LibreOffice)</translation>
    </message>
    <message>
      <source>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of {total} participants meet it.</source>
      <translation>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل {total} مشاركًا.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>أُبطلت الشهادة {number}.</translation>
    </message>
    <message>
      <source>Choose at least one kind of file.</source>
      <translation>اختاروا نوعًا واحدًا من الملفات على الأقل.</translation>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>اختاروا ورشة أو أنشئوها أولًا.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>اختيار…</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>الملفات</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>المجلد</translation>
    </message>
    <message>
      <source>Folder for the certificates</source>
      <translation>مجلد الشهادات</translation>
    </message>
    <message>
      <source>Folder of the certificates</source>
      <translation>مجلد الشهادات</translation>
    </message>
    <message>
      <source>LibreOffice is not installed: install it from libreoffice.org to make PDFs. The .docx files work without it.</source>
      <translation>LibreOffice غير مثبّت: ثبّتوه من libreoffice.org لإنشاء ملفات PDF. ملفات ‎.docx تعمل بدونه.</translation>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>إنشاء الشهادات</translation>
    </message>
    <message>
      <source>Making certificates…</source>
      <translation>جارٍ إنشاء الشهادات…</translation>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate made.</source>
      <translation>لا أحد يستوفي قاعدة الحضور بعد: لم تُنشأ أي شهادة.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>One file per participant</source>
      <translation>ملف لكل مشارك</translation>
    </message>
    <message>
      <source>One file with every certificate, ready to print</source>
      <translation>ملف واحد بكل الشهادات، جاهز للطباعة</translation>
    </message>
    <message>
      <source>Only participants who meet the attendance rule</source>
      <translation>المشاركون المستوفون لقاعدة الحضور فقط</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>فتح المجلد</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>الصور ‪(*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>ملف الطباعة: {path}</translation>
    </message>
    <message>
      <source>Queue e-mails</source>
      <translation>إعداد الرسائل الإلكترونية</translation>
    </message>
    <message>
      <source>Revoke certificate</source>
      <translation>إبطال الشهادة</translation>
    </message>
    <message>
      <source>Revoke the selected participant's certificate</source>
      <translation>إبطال شهادة المشارك المحدَّد</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>إبطال…</translation>
    </message>
    <message>
      <source>Select a participant whose certificate is issued and not revoked.</source>
      <translation>حدّدوا مشاركًا صدرت شهادته ولم تُبطَل.</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <source>Skipped:</source>
      <translation>المتجاوَزون:</translation>
    </message>
    <message>
      <source>Stopped: {n} complete certificate(s) kept, no half-written file.</source>
      <translation>توقّف: احتُفظ بـ {n} شهادة كاملة، ولا يوجد أي ملف مكتوب جزئيًا.</translation>
    </message>
    <message>
      <source>Stopping after the current certificate…</source>
      <translation>التوقف بعد الشهادة الحالية…</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>توقيع المكوّن</translation>
    </message>
    <message>
      <source>Why is certificate {number} ({name}) revoked?</source>
      <translation>لماذا تُبطَل الشهادة {number} ({name})؟</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>مؤهَّل</translation>
    </message>
    <message>
      <source>not eligible: {reason}</source>
      <translation>غير مؤهَّل: {reason}</translation>
    </message>
    <message>
      <source>optional: a PNG or JPEG of the trainer's signature</source>
      <translation>اختياري: صورة PNG أو JPEG لتوقيع المكوّن</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>مُبطَلة</translation>
    </message>
    <message>
      <source>{n} certificate(s) made.</source>
      <translation>أُنشئت {n} شهادة.</translation>
    </message>
    <message>
      <source>{n} message(s) queued.</source>
      <translation>{n} رسالة في انتظار الإرسال.</translation>
    </message>
    <message>
      <source>{n} participant(s) not eligible (see the list).</source>
      <translation>{n} مشارك غير مؤهَّل (انظروا القائمة).</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(not imported)</source>
      <translation>(لا يُستورد)</translation>
    </message>
    <message>
      <source>2. Check the columns</source>
      <translation>2. التحقق من الأعمدة</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>العمود في الملف</translation>
    </message>
    <message>
      <source>Each column of the file and the field it fills; change any that is wrong.</source>
      <translation>كل عمود في الملف والحقل الذي يملؤه؛ غيّر ما هو خاطئ.</translation>
    </message>
    <message>
      <source>First values</source>
      <translation>القيم الأولى</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>يُستورد كـ</translation>
    </message>
    <message>
      <source>Legal status, documents and religion are never collected.</source>
      <translation>لا يُجمع أبدًا الوضع القانوني ولا وثائق الهوية ولا الديانة.</translation>
    </message>
    <message>
      <source>No column was recognised as a name: choose “Full name” (or First name, Last name) for the column that holds the names.</source>
      <translation>لم يُتعرَّف على أي عمود كاسم: اختر «الاسم الكامل» (أو الاسم الشخصي أو النسب) للعمود الذي يحتوي على الأسماء.</translation>
    </message>
    <message>
      <source>The sheet “{sheet}” has person columns ({columns}): go back and choose it under “Sheet”.</source>
      <translation>الورقة «{sheet}» فيها أعمدة للأشخاص ({columns}): ارجع واخترها في «الورقة».</translation>
    </message>
    <message>
      <source>sheet {name}</source>
      <translation>الورقة {name}</translation>
    </message>
    <message>
      <source>{rows} rows; header on row {header} ({source}).</source>
      <translation>{rows} سطرًا؛ العناوين في السطر {header} ‏({source}).</translation>
    </message>
  </context>
  <context>
    <name>ModulesTab</name>
    <message>
      <source>(local)</source>
      <translation>(محلية)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختيارية)</translation>
    </message>
    <message>
      <source>All languages</source>
      <translation>كل اللغات</translation>
    </message>
    <message>
      <source>Answer key…</source>
      <translation>مفتاح الإجابات…</translation>
    </message>
    <message>
      <source>Import a module (zip)</source>
      <translation>استيراد وحدة (zip)</translation>
    </message>
    <message>
      <source>Import a module…</source>
      <translation>استيراد وحدة…</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Module {id} is used by the current workshop but is not installed on this computer. Import it (button on the left) to read and print it.</source>
      <translation>الوحدة {id} مستعملة في الورشة الحالية لكنها غير مثبتة على هذا الحاسوب. استوردوها (الزر الجانبي) لقراءتها وطباعتها.</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>لا نتائج.</translation>
    </message>
    <message>
      <source>Optional: left out of the 4-day path (docs/four-day-path.md).</source>
      <translation>اختيارية: لا تدخل في مسار الأيام الأربعة (docs/four-day-path.md).</translation>
    </message>
    <message>
      <source>Participant handout…</source>
      <translation>مطبوع المشاركين…</translation>
    </message>
    <message>
      <source>Pre/post test…</source>
      <translation>الاختبار القبلي/البعدي…</translation>
    </message>
    <message>
      <source>Save the handout</source>
      <translation>حفظ المطبوع</translation>
    </message>
    <message>
      <source>Save the test</source>
      <translation>حفظ الاختبار</translation>
    </message>
    <message>
      <source>Search all modules (any language, accents optional)…</source>
      <translation>البحث في كل الوحدات (بكل اللغات، الحركات اختيارية)…</translation>
    </message>
    <message>
      <source>The current workshop uses this module; import it to read and print it.</source>
      <translation>الورشة الحالية تستعمل هذه الوحدة؛ استوردوها لقراءتها وطباعتها.</translation>
    </message>
    <message>
      <source>Trainer's version…</source>
      <translation>نسخة المكوِّن…</translation>
    </message>
    <message>
      <source>Translation missing: this module has no {language} text yet; the {shown} text is shown.</source>
      <translation>ترجمة غير موجودة: ليس لهذه الوحدة بعدُ نص بـ{language}؛ يُعرض النص بـ{shown}.</translation>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — غير مثبتة على هذا الحاسوب</translation>
    </message>
    <message>
      <source>{n} problem(s) in this module's files, e.g. {first}</source>
      <translation>{n} مشكلة/مشاكل في ملفات هذه الوحدة، مثلاً {first}</translation>
    </message>
    <message>
      <source>…or choose a module folder</source>
      <translation>…أو اختاروا مجلد وحدة</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>الأيام</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>Give the workshop a title.</source>
      <translation>أعطوا الورشة عنواناً.</translation>
    </message>
    <message>
      <source>New workshop</source>
      <translation>ورشة جديدة</translation>
    </message>
    <message>
      <source>Sessions per day</source>
      <translation>الجلسات في اليوم</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>العنوان بالعربية</translation>
    </message>
    <message>
      <source>e.g. Access to public services — Agadir</source>
      <translation>مثال: الولوج إلى الخدمات العمومية — أكادير</translation>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the title</source>
      <translation>يُطبع في الوثائق العربية؛ فارغ: العنوان</translation>
    </message>
  </context>
  <context>
    <name>OutboxTab</name>
    <message>
      <source>A message whose connection dropped after it was handed to the server is marked uncertain and never sent again on its own: it may have arrived. Check the sender's mailbox, then use “Send again” or “Mark as received”.</source>
      <translation>الرسالة التي انقطع اتصالها بعد تسليمها إلى الخادم تُعلَّم «غير مؤكدة» ولا يُعاد إرسالها تلقائيًا: ربما وصلت. تحقّقوا من علبة المُرسِل، ثم استعملوا «إعادة الإرسال» أو «تعليم كمستلمة».</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>المحاولات</translation>
    </message>
    <message>
      <source>Cancel message</source>
      <translation>إلغاء الرسالة</translation>
    </message>
    <message>
      <source>E-mail server…</source>
      <translation>خادم البريد الإلكتروني…</translation>
    </message>
    <message>
      <source>For an uncertain message you checked arrived: it is never sent again.</source>
      <translation>لرسالة غير مؤكدة تحقّقتم من وصولها: لن يُعاد إرسالها أبدًا.</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>آخر خطأ</translation>
    </message>
    <message>
      <source>Mark as received</source>
      <translation>تعليم كمستلمة</translation>
    </message>
    <message>
      <source>No e-mail server set yet: messages wait in the outbox.</source>
      <translation>لم يُحدَّد خادم بريد بعد: تنتظر الرسائل في صندوق الإرسال.</translation>
    </message>
    <message>
      <source>Queue certificates from a folder…</source>
      <translation>إعداد الإرسال من مجلد…</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>إعادة الإرسال</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>إرسال الآن</translation>
    </message>
    <message>
      <source>Server: {server} ({security}), sender {sender}</source>
      <translation>الخادم: {server} ({security})، المُرسِل {sender}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>فاشلة</translation>
    </message>
    <message>
      <source>queued</source>
      <translation>منتظرة</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>قيد الإرسال</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>أُرسلت</translation>
    </message>
    <message>
      <source>uncertain</source>
      <translation>غير مؤكدة</translation>
    </message>
    <message>
      <source>{queued} queued · {sent} sent · {failed} failed · {uncertain} uncertain</source>
      <translation>{queued} منتظرة · {sent} مُرسلة · {failed} فاشلة · {uncertain} غير مؤكدة</translation>
    </message>
    <message>
      <source>{sent} sent, {failed} failed, {uncertain} uncertain, {queued} still queued.</source>
      <translation>{sent} مُرسلة، {failed} فاشلة، {uncertain} غير مؤكدة، {queued} لا تزال منتظرة.</translation>
    </message>
  </context>
  <context>
    <name>ParticipantDialog</name>
    <message>
      <source>About the participant (optional)</source>
      <translation>معلومات عن المشارك (اختيارية)</translation>
    </message>
    <message>
      <source>Agrees to appear in photos</source>
      <translation>يوافق على الظهور في الصور</translation>
    </message>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>يوافق على تلقي الشهادة بالبريد الإلكتروني</translation>
    </message>
    <message>
      <source>Agrees to the use of their data for this programme (required)</source>
      <translation>يوافق على استعمال معطياته في هذا البرنامج (إلزامي)</translation>
    </message>
    <message>
      <source>Birth year / age band</source>
      <translation>سنة الميلاد / الفئة العمرية</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>الموافقة</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Edit participant</source>
      <translation>تعديل المشارك</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>How they heard</source>
      <translation>كيف علموا بالورشة</translation>
    </message>
    <message>
      <source>Language for documents</source>
      <translation>لغة الوثائق</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>النسب</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>النسب (بالعربية)</translation>
    </message>
    <message>
      <source>Legal or immigration status is never asked or recorded.</source>
      <translation>لا يُسأل أبدًا عن الوضع القانوني أو وضع الهجرة ولا يُسجَّل.</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
    </message>
    <message>
      <source>Name (Latin or Arabic script, at least one)</source>
      <translation>الاسم (بالحروف اللاتينية أو العربية، أحدهما على الأقل)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>New participant</source>
      <translation>مشارك جديد</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>سجّلها</translation>
    </message>
    <message>
      <source>Role / function</source>
      <translation>الدور / الوظيفة</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
    </message>
    <message>
      <source>e.g. 1990</source>
      <translation>مثلًا 1990</translation>
    </message>
    <message>
      <source>or age band…</source>
      <translation>أو الفئة العمرية…</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <source>Active</source>
      <translation>نشطة</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>الشارة</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الصفة</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <source>All participants</source>
      <translation>جميع المشاركين</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>إخفاء الهوية</translation>
    </message>
    <message>
      <source>Anonymise them…</source>
      <translation>إخفاء هويتهم…</translation>
    </message>
    <message>
      <source>Anonymise {n} participant(s)? Their names and contact details are erased; attendance counts stay.</source>
      <translation>إخفاء هوية {n} مشارك(ين)؟ ستُمحى أسماؤهم ومعلومات الاتصال بهم، وتبقى أعداد الحضور.</translation>
    </message>
    <message>
      <source>Anonymising…</source>
      <translation>جارٍ إخفاء الهوية…</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Consent: {what}</source>
      <translation>الموافقة: {what}</translation>
    </message>
    <message>
      <source>Current workshop</source>
      <translation>الورشة الحالية</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <source>Duplicates…</source>
      <translation>التكرارات…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>تعديل…</translation>
    </message>
    <message>
      <source>Enrol in current workshop</source>
      <translation>تسجيل في الورشة الحالية</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>محو</translation>
    </message>
    <message>
      <source>Erase all personal data of {name}? Their attendance stays in the statistics without their name. This cannot be undone.</source>
      <translation>محو جميع المعطيات الشخصية لـ{name}؟ يبقى حضوره في الإحصاءات دون اسمه. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Erase participant</source>
      <translation>محو المشارك</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
    </message>
    <message>
      <source>Erase…</source>
      <translation>محو…</translation>
    </message>
    <message>
      <source>Erasing…</source>
      <translation>جارٍ المحو…</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>الجميع</translation>
    </message>
    <message>
      <source>Export everything held about this person</source>
      <translation>تصدير كل ما هو محفوظ عن هذا الشخص</translation>
    </message>
    <message>
      <source>Export their data…</source>
      <translation>تصدير معطياته…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>استيراد…</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>الرجال</translation>
    </message>
    <message>
      <source>New participant…</source>
      <translation>مشارك جديد…</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>آخر</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Personal data erased on {date}; attendance still counts, anonymously.</source>
      <translation>مُحيت المعطيات الشخصية بتاريخ {date}؛ يبقى الحضور محسوبًا دون هوية.</translation>
    </message>
    <message>
      <source>Search: name in Latin or Arabic script, organisation, city, phone, e-mail…</source>
      <translation>بحث: الاسم بالحروف اللاتينية أو العربية، المنظمة، المدينة، الهاتف، البريد…</translation>
    </message>
    <message>
      <source>Select a participant to see their details and history.</source>
      <translation>اختر مشاركًا لعرض معلوماته وسجله.</translation>
    </message>
    <message>
      <source>Show erased</source>
      <translation>عرض الممحوّين</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>النساء</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>مستند Word ‪(*.docx)</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>الورشة</translation>
    </message>
    <message>
      <source>Workshops attended</source>
      <translation>الورشات المحضورة</translation>
    </message>
    <message>
      <source>data</source>
      <translation>المعطيات</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>personal-data</source>
      <translation>personal-data</translation>
    </message>
    <message>
      <source>photos</source>
      <translation>الصور</translation>
    </message>
    <message>
      <source>{imported} new participant(s) imported, {enrolled} enrolment(s) added, {skipped} row(s) skipped.</source>
      <translation>تم استيراد {imported} مشارك(ين) جديد(ين)، وإضافة {enrolled} تسجيل، وتجاوز {skipped} سطر.</translation>
    </message>
    <message>
      <source>{n} participant(s)</source>
      <translation>{n} مشارك</translation>
    </message>
    <message>
      <source>{n} participant(s) only attended workshops that ended more than {months} months ago. The retention period in Settings says their data should now be anonymised.</source>
      <translation>{n} مشارك لم يحضروا إلا ورشات انتهت منذ أكثر من {months} شهرًا. حسب مدة الاحتفاظ في الإعدادات، ينبغي الآن إخفاء هويتهم.</translation>
    </message>
    <message>
      <source>{n}+ participants</source>
      <translation>أكثر من {n} مشارك</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Again</source>
      <translation>مرة أخرى</translation>
    </message>
    <message>
      <source>Encrypt the data folder</source>
      <translation>تشفير مجلد البيانات</translation>
    </message>
    <message>
      <source>I have written the passphrase down and keep it in a safe place</source>
      <translation>دوّنتُ عبارة المرور وأحتفظ بها في مكان آمن</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>عبارة المرور</translation>
    </message>
    <message>
      <source>The database and its backups will be encrypted: a lost or borrowed laptop or USB stick shows nothing about the participants without this passphrase. Workshop Kit asks for it when it starts.

Nobody can recover a lost passphrase, not even the developers: without it the data is lost. Write it down on paper and keep it away from this laptop (for example in a sealed envelope at the office).</source>
      <translation>ستُشفَّر قاعدة البيانات ونسخها الاحتياطية: الحاسوب أو مفتاح USB الضائع أو المُعار لا يُظهر شيئًا عن المشاركين بدون عبارة المرور هذه. يطلبها Workshop Kit عند بدء التشغيل.

لا أحد يستطيع استرجاع عبارة مرور ضائعة، ولا حتى المطورون: بدونها تضيع البيانات. دوّنوها على ورق واحفظوها بعيدًا عن هذا الحاسوب (مثلًا في ظرف مختوم في المكتب).</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <source>Too short: at least {n} characters.</source>
      <translation>قصيرة جدًا: {n} أحرف على الأقل.</translation>
    </message>
    <message>
      <source>at least {n} characters; a few words</source>
      <translation>{n} أحرف على الأقل؛ بضع كلمات</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview with sample data</source>
      <translation>معاينة ببيانات نموذجية</translation>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message>
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message>
      <source>Anonymised: counts below 3 are shown as "&lt;3".</source>
      <translation>مجهول الهوية: الأعداد الأقل من 3 تظهر بالشكل "&lt;3".</translation>
    </message>
    <message>
      <source>Check and merge every new bundle in the folder. Nothing is written into the folder.</source>
      <translation>فحص ودمج كل حزمة جديدة في المجلد. لا يُكتب أي شيء في المجلد.</translation>
    </message>
    <message>
      <source>Checking {done} of {total}: {file}</source>
      <translation>فحص {done} من {total}: {file}</translation>
    </message>
    <message>
      <source>Choose the inbox folder…</source>
      <translation>اختيار مجلد صندوق الوارد…</translation>
    </message>
    <message>
      <source>City:</source>
      <translation>المدينة:</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>جارٍ العدّ…</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‪(*.xlsx)</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>تصدير Excel…</translation>
    </message>
    <message>
      <source>Export the programme dashboard</source>
      <translation>تصدير لوحة البرنامج</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>المجلد:</translation>
    </message>
    <message>
      <source>For a bundle refused because its signer is unknown: trust the key of the laptop that signed it, then scan again.</source>
      <translation>لحزمة مرفوضة لأن موقّعها غير معروف: الوثوق بمفتاح الحاسوب الذي وقّعها، ثم الفحص من جديد.</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>من:</translation>
    </message>
    <message>
      <source>Gain (points)</source>
      <translation>المكسب (نقاط)</translation>
    </message>
    <message>
      <source>Inbox folder</source>
      <translation>مجلد صندوق الوارد</translation>
    </message>
    <message>
      <source>Inbox: bundles from trainers</source>
      <translation>صندوق الوارد: حزم المكوّنين</translation>
    </message>
    <message>
      <source>Knowledge gain per module</source>
      <translation>المكسب المعرفي حسب الوحدة</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Module:</source>
      <translation>الوحدة:</translation>
    </message>
    <message>
      <source>One-page summary (PDF)…</source>
      <translation>ملخص في صفحة واحدة (PDF)…</translation>
    </message>
    <message>
      <source>One-page summary (Word)…</source>
      <translation>ملخص في صفحة واحدة (Word)…</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>مستندات PDF ‪(*.pdf)</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Partner:</source>
      <translation>الشريك:</translation>
    </message>
    <message>
      <source>People reached, by:</source>
      <translation>الأشخاص المستفيدون حسب:</translation>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>الاختبار البعدي %</translation>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>الاختبار القبلي %</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Scan the inbox</source>
      <translation>فحص صندوق الوارد</translation>
    </message>
    <message>
      <source>Scanning the inbox…</source>
      <translation>جارٍ فحص صندوق الوارد…</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>إلى:</translation>
    </message>
    <message>
      <source>Trust this laptop?</source>
      <translation>الوثوق بهذا الحاسوب؟</translation>
    </message>
    <message>
      <source>Trust this laptop…</source>
      <translation>الوثوق بهذا الحاسوب…</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‪(*.docx)</translation>
    </message>
    <message>
      <source>Workshop or reason</source>
      <translation>الورشة أو السبب</translation>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
      <source>already known</source>
      <translation>معروف من قبل</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>أي تاريخ</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>دُمج</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>لم يُختر بعد</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>still arriving</source>
      <translation>قيد الوصول</translation>
    </message>
    <message>
      <source>{file} is signed by the key {key_id}, which this computer does not know yet. Trust it only if you know the laptop it comes from (the trainer's laptop shows this key id when it writes a bundle). Its bundles will then be merged.</source>
      <translation>{file} موقَّع بالمفتاح {key_id} الذي لا يعرفه هذا الحاسوب بعد. لا تثق به إلا إذا كنت تعرف الحاسوب الذي جاء منه (يعرض حاسوب المكوّن معرّف المفتاح هذا عند كتابة الحزمة). ستُدمج حزمه بعد ذلك.</translation>
    </message>
    <message>
      <source>{merged} merged, {known} already known, {refused} refused, {waiting} still arriving (taken at the next scan).</source>
      <translation>دُمج {merged}، معروف من قبل {known}، مرفوض {refused}، قيد الوصول {waiting} (يؤخذ في الفحص التالي).</translation>
    </message>
    <message>
      <source>{n} workshops in this view: {scope}</source>
      <translation>عدد الورشات في هذا العرض: {n} — {scope}</translation>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <source>All workshops</source>
      <translation>كل الورشات</translation>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>معدل الحضور</translation>
    </message>
    <message>
      <source>Breakdown by:</source>
      <translation>التوزيع حسب:</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>مصنفات Excel ‪(*.xlsx)</translation>
    </message>
    <message>
      <source>Export donor report</source>
      <translation>تصدير تقرير الجهة المانحة</translation>
    </message>
    <message>
      <source>Export report (Excel)…</source>
      <translation>تصدير التقرير (Excel)…</translation>
    </message>
    <message>
      <source>Include participants' names in the export</source>
      <translation>تضمين أسماء المشاركين في التصدير</translation>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>المكسب المعرفي</translation>
    </message>
    <message>
      <source>Off by default: donors get anonymised aggregates.</source>
      <translation>غير مفعّل افتراضيًا: تتلقى الجهات المانحة أرقامًا إجمالية مجهولة الهوية.</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>المشاركون المستفيدون</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>النطاق:</translation>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>الجلسات المنجزة</translation>
    </message>
    <message>
      <source>This workshop</source>
      <translation>هذه الورشة</translation>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>جارٍ كتابة {path}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
      <source>no pre/post scores</source>
      <translation>لا توجد درجات قبلية/بعدية</translation>
    </message>
    <message>
      <source>{delivered} of {planned}</source>
      <translation>{delivered} من {planned}</translation>
    </message>
    <message>
      <source>{pre} % → {post} % ({gain:+} points)</source>
      <translation>{pre} % ← {post} % ({gain:+} نقطة)</translation>
    </message>
    <message>
      <source>{reached} of {enrolled} enrolled</source>
      <translation>{reached} من أصل {enrolled} مسجلًا</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <source>Automatic</source>
      <translation>تلقائية</translation>
    </message>
    <message>
      <source>Before an update of the data file</source>
      <translation>قبل تحديث ملف البيانات</translation>
    </message>
    <message>
      <source>Cancel the planned restore</source>
      <translation>إلغاء الاسترجاع المبرمج</translation>
    </message>
    <message>
      <source>Choose the backup to go back to. Everything entered after it will be replaced; the current data is kept in a file beside it, never deleted. Workshop Kit cannot replace its data file while it has it open: the backup is restored the next time you start Workshop Kit.</source>
      <translation>اختاروا النسخة الاحتياطية التي تريدون الرجوع إليها. كل ما أُدخل بعدها سيُستبدل؛ تُحفظ البيانات الحالية في ملف بجانبها ولا تُحذف أبداً. لا يستطيع Workshop Kit استبدال ملف بياناته وهو مفتوح: تُسترجع النسخة عند التشغيل القادم لـ Workshop Kit.</translation>
    </message>
    <message>
      <source>Close Workshop Kit and start it again when you are ready; until then, what you enter will be replaced by the backup.</source>
      <translation>أغلقوا Workshop Kit ثم شغّلوه من جديد عندما تكونون مستعدين؛ إلى ذلك الحين، ما تُدخلونه سيُستبدل بالنسخة الاحتياطية.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Go back to the backup of {time}? Everything entered after it will be replaced when Workshop Kit next starts (the current data is kept in a file beside it).</source>
      <translation>الرجوع إلى النسخة الاحتياطية بتاريخ {time}؟ كل ما أُدخل بعدها سيُستبدل عند التشغيل القادم لـ Workshop Kit (تُحفظ البيانات الحالية في ملف بجانبها).</translation>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>يدوية</translation>
    </message>
    <message>
      <source>No restore is planned any more.</source>
      <translation>لم يعد أي استرجاع مبرمجاً.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Rescue copy after a write error</source>
      <translation>نسخة إنقاذ بعد خطأ في الكتابة</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
      <source>Restore at the next start</source>
      <translation>الاسترجاع عند التشغيل القادم</translation>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>استرجاع هذه النسخة…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>الحجم</translation>
    </message>
    <message>
      <source>The backup of {time} will be restored the next time you start Workshop Kit.</source>
      <translation>ستُسترجع النسخة الاحتياطية بتاريخ {time} عند التشغيل القادم لـ Workshop Kit.</translation>
    </message>
    <message>
      <source>There is no backup yet. Use File → Back up now to make one.</source>
      <translation>لا توجد أي نسخة احتياطية بعد. استعملوا «ملف ← إنشاء نسخة احتياطية الآن» لإنشاء واحدة.</translation>
    </message>
    <message>
      <source>When the data file was opened</source>
      <translation>عند فتح ملف البيانات</translation>
    </message>
    <message>
      <source>to be restored at the next start</source>
      <translation>ستُسترجع عند التشغيل القادم</translation>
    </message>
    <message>
      <source>{n} MB</source>
      <translation>{n} م.ب</translation>
    </message>
    <message>
      <source>{n} kB</source>
      <translation>{n} ك.ب</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Already checked in at {time}</source>
      <translation>سبق تسجيل الحضور على الساعة {time}</translation>
    </message>
    <message>
      <source>Already marked present for this session</source>
      <translation>سُجّل حضوره في هذه الجلسة من قبل</translation>
    </message>
    <message>
      <source>Badge no longer valid</source>
      <translation>الشارة لم تعد صالحة</translation>
    </message>
    <message>
      <source>Checked in at {time}</source>
      <translation>سُجّل الحضور على الساعة {time}</translation>
    </message>
    <message>
      <source>Choose the session</source>
      <translation>اختر الجلسة</translation>
    </message>
    <message>
      <source>No session is running by the laptop clock ({time}). Check the clock or choose the session at the top; nothing was recorded.</source>
      <translation>لا توجد جلسة جارية حسب ساعة الحاسوب ({time}). تحقّق من الساعة أو اختر الجلسة في الأعلى؛ لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>Not enrolled in this workshop</source>
      <translation>غير مسجَّل(ة) في هذه الورشة</translation>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>رمز غير معروف</translation>
    </message>
    <message>
      <source>Welcome {name}</source>
      <translation>مرحبًا {name}</translation>
    </message>
    <message>
      <source>Welcome {name} (late)</source>
      <translation>مرحبًا {name} (متأخر)</translation>
    </message>
  </context>
  <context>
    <name>ScoresTab</name>
    <message>
      <source>All workshops</source>
      <translation>كل الورشات</translation>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>اختاروا ورشة أو أنشئوها أولاً (صفحة الورشات).</translation>
    </message>
    <message>
      <source>Gain</source>
      <translation>المكسب</translation>
    </message>
    <message>
      <source>Knowledge gain (average of participants with both scores)</source>
      <translation>المكسب المعرفي (متوسط المشاركين الذين لديهم النتيجتان)</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>لا يوجد بعدُ أي مشارك لديه نتيجة قبلية وبعدية.</translation>
    </message>
    <message>
      <source>Out of</source>
      <translation>من أصل</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Post %</source>
      <translation>بعدي %</translation>
    </message>
    <message>
      <source>Post-test</source>
      <translation>الاختبار البعدي</translation>
    </message>
    <message>
      <source>Pre %</source>
      <translation>قبلي %</translation>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>الاختبار القبلي</translation>
    </message>
    <message>
      <source>Pre/post tests of: {title}</source>
      <translation>الاختبارات القبلية/البعدية لـ: {title}</translation>
    </message>
    <message>
      <source>Print the answer key…</source>
      <translation>طباعة مفتاح الإجابات…</translation>
    </message>
    <message>
      <source>Print the test…</source>
      <translation>طباعة الاختبار…</translation>
    </message>
    <message>
      <source>Row {row}: '{value}' is not a number.</source>
      <translation>السطر {row}: «{value}» ليس رقماً.</translation>
    </message>
    <message>
      <source>Save scores</source>
      <translation>حفظ النتائج</translation>
    </message>
    <message>
      <source>Save the test</source>
      <translation>حفظ الاختبار</translation>
    </message>
    <message>
      <source>Whole workshop</source>
      <translation>الورشة كلها</translation>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — غير مثبتة على هذا الحاسوب</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>(no logo)</source>
      <translation>(بدون شعار)</translation>
    </message>
    <message>
      <source>Automatic backup every</source>
      <translation>نسخة احتياطية تلقائية كل</translation>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>عدد النسخ الاحتياطية المحفوظة</translation>
    </message>
    <message>
      <source>Birth year / age band</source>
      <translation>سنة الميلاد / الفئة العمرية</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
      <source>Choose logo</source>
      <translation>اختيار الشعار</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>اختيار الشعار…</translation>
    </message>
    <message>
      <source>Choose the new data folder</source>
      <translation>اختيار مجلد البيانات الجديد</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Copying the data folder to {path}…</source>
      <translation>جارٍ نسخ مجلد البيانات إلى {path}…</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>مجلد البيانات</translation>
    </message>
    <message>
      <source>Data folder and backups</source>
      <translation>مجلد البيانات والنسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Decrypt the database and its backups? Anyone who can read the data folder will then be able to read the participants' data.</source>
      <translation>فك تشفير قاعدة البيانات ونسخها الاحتياطية؟ سيتمكن حينها كل من يستطيع قراءة مجلد البيانات من قراءة بيانات المشاركين.</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase…</source>
      <translation>التشفير بعبارة مرور…</translation>
    </message>
    <message>
      <source>Encrypted with a passphrase (SQLCipher): the database and its backups cannot be read without it. A lost passphrase means lost data.</source>
      <translation>مشفّر بعبارة مرور (SQLCipher): لا يمكن قراءة قاعدة البيانات ونسخها الاحتياطية بدونها. ضياع العبارة يعني ضياع البيانات.</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>التشفير</translation>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>التشفير غير متاح في هذا التثبيت (حزمة sqlcipher3 مفقودة).</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Hide these optional fields in the registration form:</source>
      <translation>إخفاء هذه الحقول الاختيارية في استمارة التسجيل:</translation>
    </message>
    <message>
      <source>How they heard</source>
      <translation>كيف علموا بالورشة</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>صور ‪(*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Language of the application</source>
      <translation>لغة التطبيق</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>الشعار</translation>
    </message>
    <message>
      <source>Move data folder</source>
      <translation>نقل مجلد البيانات</translation>
    </message>
    <message>
      <source>Move data folder…</source>
      <translation>نقل مجلد البيانات…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>Name printed on certificates and reports</source>
      <translation>الاسم المطبوع على الشهادات والتقارير</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder (a lost laptop, a copied USB stick) can read the participants' data.</source>
      <translation>غير مشفّر: كل من يستطيع قراءة مجلد البيانات (حاسوب ضائع، مفتاح USB منسوخ) يستطيع قراءة بيانات المشاركين.</translation>
    </message>
    <message>
      <source>Note: the WORKSHOP_KIT_HOME variable is set and takes precedence.</source>
      <translation>ملاحظة: المتغير WORKSHOP_KIT_HOME معرّف وله الأولوية.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Offer to anonymise participants of workshops finished more than</source>
      <translation>اقتراح إخفاء هوية المشاركين في الورشات المنتهية منذ أكثر من</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Print the EU co-funding mention on certificates</source>
      <translation>طباعة إشارة التمويل المشترك من الاتحاد الأوروبي على الشهادات</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>الخصوصية</translation>
    </message>
    <message>
      <source>Remove encryption</source>
      <translation>إزالة التشفير</translation>
    </message>
    <message>
      <source>Remove encryption…</source>
      <translation>إزالة التشفير…</translation>
    </message>
    <message>
      <source>Rewriting the database and its backups…</source>
      <translation>جارٍ إعادة كتابة قاعدة البيانات ونسخها الاحتياطية…</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>حفظ الإعدادات</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>لم يعد مجلد البيانات مشفّرًا.</translation>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe.</source>
      <translation>أصبح مجلد البيانات مشفّرًا. احتفظوا بعبارة المرور في مكان آمن.</translation>
    </message>
    <message>
      <source>The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left untouched.</source>
      <translation>نُسخت البيانات إلى {path}. أعد تشغيل Workshop Kit لاستعمالها؛ يبقى المجلد القديم كما هو.</translation>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>تم تغيير عبارة المرور؛ لم تعد العبارة القديمة تفتح مجلد البيانات هذا.</translation>
    </message>
    <message>
      <source>months</source>
      <translation>أشهر</translation>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the name above</source>
      <translation>يُطبع في الوثائق العربية؛ فارغ: الاسم أعلاه</translation>
    </message>
  </context>
  <context>
    <name>SmtpDialog</name>
    <message>
      <source>E-mail server</source>
      <translation>خادم البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>اسم الدخول</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>المنفذ</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>الأمان</translation>
    </message>
    <message>
      <source>Sender address</source>
      <translation>عنوان المُرسِل</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>تُحفظ في حافظة كلمات مرور النظام</translation>
    </message>
    <message>
      <source>no keyring here: asked each time</source>
      <translation>لا حافظة هنا: تُطلب في كل مرة</translation>
    </message>
    <message>
      <source>none (local tests only)</source>
      <translation>بدون (للاختبارات المحلية فقط)</translation>
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>Bilingual French / Arabic</source>
      <translation>ثنائي اللغة فرنسي / عربي</translation>
    </message>
    <message>
      <source>Certificate template</source>
      <translation>قالب الشهادة</translation>
    </message>
    <message>
      <source>Check template</source>
      <translation>فحص القالب</translation>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>صحّحوا القالب ثم افحصوه من جديد.</translation>
    </message>
    <message>
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <source>Known placeholders: {names}</source>
      <translation>الحقول المعروفة: {names}</translation>
    </message>
    <message>
      <source>My own template: {name}</source>
      <translation>قالبي: {name}</translation>
    </message>
    <message>
      <source>My own template…</source>
      <translation>قالبي الخاص…</translation>
    </message>
    <message>
      <source>Pictures: {names}</source>
      <translation>الصور: {names}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>معاينة</translation>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>القالب جاهز.</translation>
    </message>
    <message>
      <source>Unknown placeholders (left empty): {names}</source>
      <translation>حقول غير معروفة (تُترك فارغة): {names}</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‪(*.docx)</translation>
    </message>
  </context>
  <context>
    <name>VerifyTab</name>
    <message>
      <source>A page to put on your website or a shared folder: any phone that scans a certificate's QR code checks it there, with no app and no network.</source>
      <translation>صفحة تضعونها على موقعكم أو في مجلد مشترك: أي هاتف يمسح رمز QR في الشهادة يتحقق منها هناك، دون تطبيق ودون اتصال.</translation>
    </message>
    <message>
      <source>Address of the page</source>
      <translation>عنوان الصفحة</translation>
    </message>
    <message>
      <source>Check a certificate: paste the text read from its QR code, type its short code (e.g. ABCD-EFGH) or open a photo or scan of the QR code. Works offline with the public keys this computer trusts.</source>
      <translation>التحقق من شهادة: الصقوا النص المقروء من رمز QR، أو اكتبوا الرمز القصير (مثل ABCD-EFGH)، أو افتحوا صورة أو مسحًا ضوئيًا لرمز QR. يعمل دون اتصال بالمفاتيح العامة الموثوقة على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>الرمز: {code}</translation>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>التواريخ: {start} ← {end}</translation>
    </message>
    <message>
      <source>Export our public key…</source>
      <translation>تصدير مفتاحنا العام…</translation>
    </message>
    <message>
      <source>Export public key</source>
      <translation>تصدير المفتاح العام</translation>
    </message>
    <message>
      <source>Folder for the verification page</source>
      <translation>مجلد صفحة التحقق</translation>
    </message>
    <message>
      <source>Key {kid} is now trusted.</source>
      <translation>أصبح المفتاح {kid} موثوقًا.</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>الاسم: {name}</translation>
    </message>
    <message>
      <source>No QR code found in this picture. Try a sharper, closer photo, or type the short code.</source>
      <translation>لم يُعثر على رمز QR في هذه الصورة. جرّبوا صورة أوضح وأقرب، أو اكتبوا الرمز القصير.</translation>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>الرقم: {number}</translation>
    </message>
    <message>
      <source>Open a photo or scan of the QR code, or type the short code.</source>
      <translation>افتحوا صورة أو مسحًا ضوئيًا لرمز QR، أو اكتبوا الرمز القصير.</translation>
    </message>
    <message>
      <source>Open a picture…</source>
      <translation>فتح صورة…</translation>
    </message>
    <message>
      <source>Photo or scan of the QR code</source>
      <translation>صورة أو مسح ضوئي لرمز QR</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
      <translation>الصور ‪(*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
      <source>Public key {kid} written to {path}.</source>
      <translation>كُتب المفتاح العام {kid} في {path}.</translation>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>المفاتيح العامة ‪(*.pub)</translation>
    </message>
    <message>
      <source>Publish the verification page…</source>
      <translation>نشر صفحة التحقق…</translation>
    </message>
    <message>
      <source>QR text, short code or certificate number</source>
      <translation>نص QR أو الرمز القصير أو رقم الشهادة</translation>
    </message>
    <message>
      <source>Revocation is known only to the database of the organisation that issued the certificate; elsewhere a valid answer means the certificate is genuine.</source>
      <translation>لا يُعرف الإلغاء إلا في قاعدة بيانات المنظمة التي أصدرت الشهادة؛ وفي غيرها يعني الجواب الصحيح أن الشهادة أصلية.</translation>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>أُبطلت في {when}: {reason}</translation>
    </message>
    <message>
      <source>Trust a public key</source>
      <translation>الوثوق بمفتاح عام</translation>
    </message>
    <message>
      <source>Trust another organisation's key…</source>
      <translation>الوثوق بمفتاح منظمة أخرى…</translation>
    </message>
    <message>
      <source>Verification page written to {path}: {n} certificates, {r} revoked. Publish it again after each revocation.</source>
      <translation>كُتبت صفحة التحقق في {path}: الشهادات {n}، الملغاة {r}. أعد نشرها بعد كل إلغاء.</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <source>Where will verify.html be published (for example https://example.org/verify.html)? New certificates' QR codes open this address. Leave empty to keep plain codes.</source>
      <translation>أين ستُنشر verify.html (مثلًا https://example.org/verify.html)؟ تفتح رموز QR في الشهادات الجديدة هذا العنوان. اتركه فارغًا للإبقاء على الرموز العادية.</translation>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>الورشة: {title}</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>يوافق على تلقي الشهادة بالبريد الإلكتروني</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>النسب</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>النسب (بالعربية)</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>تسجيل المشارك(ة) وتسجيل الحضور</translation>
    </message>
    <message>
      <source>The person agrees that their data is recorded for this programme</source>
      <translation>يوافق الشخص على تسجيل بياناته في إطار هذا البرنامج</translation>
    </message>
    <message>
      <source>Walk-in registration</source>
      <translation>تسجيل في عين المكان</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
    </message>
  </context>
  <context>
    <name>WorkshopsModel</name>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
  </context>
  <context>
    <name>WorkshopsPage</name>
    <message>
      <source>Add session</source>
      <translation>إضافة جلسة</translation>
    </message>
    <message>
      <source>Attendance needed for a certificate</source>
      <translation>نسبة الحضور المطلوبة للشهادة</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete '{title}' with its sessions, enrolments and attendance? Participants stay registered.</source>
      <translation>هل تريد حذف «{title}» مع جلساتها وتسجيلاتها وسجلات حضورها؟ يبقى المشاركون مسجلين.</translation>
    </message>
    <message>
      <source>Delete workshop</source>
      <translation>حذف الورشة</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Late after</source>
      <translation>متأخر بعد</translation>
    </message>
    <message>
      <source>Man (Formateur)</source>
      <translation>رجل (المكوّن)</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>الوحدات</translation>
    </message>
    <message>
      <source>New workshop…</source>
      <translation>ورشة جديدة…</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>رقم</translation>
    </message>
    <message>
      <source>Not said (neutral wording)</source>
      <translation>غير محدد (عبارة محايدة)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>الشريك</translation>
    </message>
    <message>
      <source>Project code</source>
      <translation>رمز المشروع</translation>
    </message>
    <message>
      <source>Remove session</source>
      <translation>إزالة الجلسة</translation>
    </message>
    <message>
      <source>Remove session {number} ({when}) and the {n} attendance record(s) of it? The other sessions are numbered again.</source>
      <translation>حذف الجلسة {number} ({when}) مع {n} من سجلات الحضور الخاصة بها؟ يُعاد ترقيم الجلسات الأخرى.</translation>
    </message>
    <message>
      <source>Remove session {number} ({when})? Nobody's attendance is recorded for it. The other sessions are numbered again.</source>
      <translation>حذف الجلسة {number} ({when})؟ لا يوجد حضور مسجّل فيها. يُعاد ترقيم الجلسات الأخرى.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>العنوان بالعربية</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <source>Trainer's gender</source>
      <translation>جنس المكوّن(ة)</translation>
    </message>
    <message>
      <source>Trainer's name in Arabic</source>
      <translation>اسم المكوّن(ة) بالعربية</translation>
    </message>
    <message>
      <source>Unknown module(s): {ids}. Use the ids shown on the Curricula page, separated by commas; nothing was saved.</source>
      <translation>وحدة (وحدات) غير معروفة: {ids}. استعملوا المعرّفات الظاهرة في صفحة المناهج التدريبية، مفصولة بفواصل؛ لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Venue in Arabic</source>
      <translation>المكان بالعربية</translation>
    </message>
    <message>
      <source>Woman (Formatrice)</source>
      <translation>امرأة (المكوّنة)</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>module ids, separated by commas</source>
      <translation>معرّفات الوحدات، مفصولة بفواصل</translation>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the French form</source>
      <translation>يُطبع في الوثائق العربية؛ فارغ: الصيغة الفرنسية</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>'Trainer' with the trainer's gender when known, else a neutral line</source>
      <translation>«المكوّن» أو «المكوّنة» حسب جنس المكوّن(ة) إن كان معروفًا، وإلا عبارة محايدة</translation>
    </message>
    <message>
      <source>'has participated', agreed with the participant's gender in Arabic</source>
      <translation>«شارك/شاركت» حسب جنس المشارك(ة) بالعربية</translation>
    </message>
    <message>
      <source>'{answer}' is not one of the choices; copy it exactly from the choices</source>
      <translation>«{answer}» ليست من بين الاختيارات؛ انسخوها كما هي من الاختيارات</translation>
    </message>
    <message>
      <source>'{id}' differs from the folder name '{folder}'; they must be equal</source>
      <translation>«{id}» يختلف عن اسم المجلد «{folder}»؛ يجب أن يكونا متطابقين</translation>
    </message>
    <message>
      <source>'{id}' is a module that comes with the app; give your module another id (and folder name).</source>
      <translation>«{id}» وحدة مرفقة بالتطبيق؛ أعطوا وحدتكم معرّفاً آخر (واسم مجلد آخر).</translation>
    </message>
    <message>
      <source>'{id}' may only hold lowercase letters, digits and '-'</source>
      <translation>«{id}» لا يمكن أن يحتوي إلا على حروف لاتينية صغيرة وأرقام و«-»</translation>
    </message>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation>«{ref}» يطابق عدة مشاركين؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation>«{ref}» يطابق عدة ورشات؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
      <source>'{target}' is missing from the module folder</source>
      <translation>«{target}» غير موجود في مجلد الوحدة</translation>
    </message>
    <message>
      <source>'{target}' is not in the module folder; the app works offline, put the picture in images/</source>
      <translation>«{target}» ليس في مجلد الوحدة؛ التطبيق يعمل دون إنترنت، ضعوا الصورة في images/</translation>
    </message>
    <message>
      <source>'{target}' points outside the module folder</source>
      <translation>«{target}» يشير إلى خارج مجلد الوحدة</translation>
    </message>
    <message>
      <source>'{title}' on {day} ends after midnight; start it earlier.</source>
      <translation>«{title}» يوم {day} تنتهي بعد منتصف الليل؛ ابدؤوها في وقت أبكر.</translation>
    </message>
    <message>
      <source>'{value}' is not MAJOR.MINOR (e.g. "1.0"); put it in quotes</source>
      <translation>«{value}» ليس بالصيغة MAJOR.MINOR (مثلاً "1.0")؛ ضعوه بين علامتي تنصيص</translation>
    </message>
    <message>
      <source>'{value}' is not a date YYYY-MM-DD</source>
      <translation>«{value}» ليس تاريخاً بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
      <source>'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one with its country code, e.g. +33 6 12 34 56 78.</source>
      <translation>«⁦{value}⁩» ليس رقم هاتف؛ اكتب الرقم المغربي هكذا ⁦06 12 34 56 78⁩ والرقم الأجنبي مع رمز بلده، مثلًا ⁦+33 6 12 34 56 78⁩.</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number of minutes</source>
      <translation>«{value}» ليس عدداً صحيحاً من الدقائق</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address (name@example.org).</source>
      <translation>«⁦{value}⁩» ليس عنوان بريد إلكتروني (⁦name@example.org⁩).</translation>
    </message>
    <message>
      <source>(module not installed)</source>
      <translation>(الوحدة غير مثبتة)</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(بدون اسم)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(اختيارية)</translation>
    </message>
    <message>
      <source>(the newest good backup is {name}).</source>
      <translation>(أحدث نسخة احتياطية سليمة هي {name}).</translation>
    </message>
    <message>
      <source>(threshold {pct} %)</source>
      <translation>(العتبة {pct} %)</translation>
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation>يجب أن تكون قيمة ‎--days بين 1 و{max}.</translation>
    </message>
    <message>
      <source>--mapping is not valid JSON ({detail}).</source>
      <translation>قيمة ‎--mapping ليست JSON صالحًا ({detail}).</translation>
    </message>
    <message>
      <source>--mapping must be a JSON object like {"Nom": "last_name", "Tel": "phone"}.</source>
      <translation>يجب أن تكون ⁦--mapping⁩ كائن JSON مثل ⁦{"Nom": "last_name", "Tel": "phone"}⁩.</translation>
    </message>
    <message>
      <source>--mapping names a column '{column}' that the file does not have; its columns are: {columns}.</source>
      <translation>تذكر ‎--mapping عمودًا «{column}» غير موجود في الملف؛ أعمدته هي: {columns}.</translation>
    </message>
    <message>
      <source>--mapping: '{field}' is not a field; fields are: {fields}.</source>
      <translation>‎--mapping: «{field}» ليس حقلًا؛ الحقول هي: {fields}.</translation>
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation>يجب أن تكون قيمة ‎--sessions-per-day بين 1 و{max}.</translation>
    </message>
    <message>
      <source>.docx template</source>
      <translation>قالب ‎.docx</translation>
    </message>
    <message>
      <source>A badge from the other laptop has the same code as one here; it was left out. Reprint that badge if its holder cannot check in.</source>
      <translation>شارة من الحاسوب الآخر تحمل نفس رمز شارة موجودة هنا؛ تم استبعادها. أعد طباعة تلك الشارة إذا لم يتمكن صاحبها من تسجيل حضوره.</translation>
    </message>
    <message>
      <source>A participant erased on the other laptop was erased here too.</source>
      <translation>مشارك تم محو بياناته على الحاسوب الآخر محيت بياناته هنا أيضًا.</translation>
    </message>
    <message>
      <source>A participant needs a name, in Latin or Arabic script.</source>
      <translation>يجب إدخال اسم المشارك بالحروف اللاتينية أو العربية.</translation>
    </message>
    <message>
      <source>A session must end after it starts.</source>
      <translation>يجب أن تنتهي الجلسة بعد بدايتها.</translation>
    </message>
    <message>
      <source>A workshop needs a title.</source>
      <translation>يجب أن يكون للورشة عنوان.</translation>
    </message>
    <message>
      <source>A {which} score must be between 0 and {max}.</source>
      <translation>يجب أن تكون درجة {which} بين 0 و{max}.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>الأنشطة</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>النشاط</translation>
    </message>
    <message>
      <source>After</source>
      <translation>بعد</translation>
    </message>
    <message>
      <source>After the module (post-test)</source>
      <translation>بعد الوحدة (الاختبار البعدي)</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>العمر</translation>
    </message>
    <message>
      <source>Age '{value}' is impossible; write a number of years.</source>
      <translation>العمر «{value}» غير ممكن؛ اكتب عدد السنوات.</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>الفئة العمرية</translation>
    </message>
    <message>
      <source>Age band '{value}' is not one of {bands}.</source>
      <translation>الفئة العمرية «{value}» ليست من بين: {bands}.</translation>
    </message>
    <message>
      <source>Age band: age reached in {year} from the birth year, else the band recorded at registration.</source>
      <translation>الفئة العمرية: العمر المبلوغ في سنة {year} انطلاقًا من سنة الميلاد، وإلا فالفئة المسجلة عند التسجيل.</translation>
    </message>
    <message>
      <source>All required checks passed.</source>
      <translation>نجحت جميع عمليات التحقق المطلوبة.</translation>
    </message>
    <message>
      <source>All workshops</source>
      <translation>كل الورشات</translation>
    </message>
    <message>
      <source>An erased participant cannot be merged.</source>
      <translation>لا يمكن دمج مشارك تم محو معطياته.</translation>
    </message>
    <message>
      <source>Anonymised: aggregates only. Counts below {n} are shown as "&lt;{n}" and averages over fewer than {n} people are withheld, so nobody can be identified.</source>
      <translation>مجهول الهوية: أرقام إجمالية فقط. الأعداد الأقل من {n} تظهر بصيغة "&lt;{n}" ولا تُعرض المعدلات المحسوبة على أقل من {n} أشخاص، حتى لا يمكن التعرف على أي شخص.</translation>
    </message>
    <message>
      <source>Arabic letters in a Latin-script name; type it in the Arabic name field.</source>
      <translation>حروف عربية في اسم بالحروف اللاتينية؛ اكتبه في خانة الاسم بالعربية.</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Attendance %</source>
      <translation>نسبة الحضور %</translation>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>معدل الحضور</translation>
    </message>
    <message>
      <source>Attendance rate: {rate}</source>
      <translation>معدل الحضور: {rate}</translation>
    </message>
    <message>
      <source>Attendance updated.</source>
      <translation>تم تحديث الحضور.</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>الفئة المستهدفة</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>تم حفظ النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
      <source>Badge {code} of {name} revoked.</source>
      <translation>تم إلغاء الشارة {code} الخاصة بـ {name}.</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>الشارات</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Before the module (pre-test)</source>
      <translation>قبل الوحدة (الاختبار القبلي)</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>سنة الميلاد</translation>
    </message>
    <message>
      <source>Birth year '{value}' is impossible; write a year between {low} and {high}.</source>
      <translation>سنة الميلاد «⁦{value}⁩» غير ممكنة؛ اكتب سنة بين ⁦{low}⁩ و⁦{high}⁩.</translation>
    </message>
    <message>
      <source>Both laptops added a session {number}; the imported one became session {new}.</source>
      <translation>أضاف الحاسوبان كلاهما جلسة رقم {number}؛ أصبحت الجلسة المستوردة الجلسة رقم {new}.</translation>
    </message>
    <message>
      <source>Breakdown</source>
      <translation>التوزيع</translation>
    </message>
    <message>
      <source>Bundle of '{title}' (signed by {key_id}).</source>
      <translation>حزمة «{title}» (موقَّعة بالمفتاح {key_id}).</translation>
    </message>
    <message>
      <source>Bundle written: {path} ({rows} rows, signed by key {key_id}).</source>
      <translation>تمت كتابة الحزمة: {path} ({rows} سطرًا، موقَّعة بالمفتاح {key_id}).</translation>
    </message>
    <message>
      <source>Bundles merged from inboxes so far: {n}</source>
      <translation>الحزم المدموجة من صناديق الوارد حتى الآن: {n}</translation>
    </message>
    <message>
      <source>By</source>
      <translation>بواسطة</translation>
    </message>
    <message>
      <source>CSV delimiter (default: detected)</source>
      <translation>فاصل CSV (افتراضيًا: يُكتشف تلقائيًا)</translation>
    </message>
    <message>
      <source>CSV, TSV, XLSX or XLS file</source>
      <translation>ملف CSV أو TSV أو XLSX أو XLS</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>أُلغي: لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>Cannot reach the SMTP server {host}:{port} ({detail}). Messages stay in the outbox; send them when a connection exists.</source>
      <translation>تعذّر الوصول إلى خادم SMTP ‏{host}:{port} ({detail}). تبقى الرسائل في صندوق الإرسال؛ أرسلوها عند توفّر الاتصال.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>أُبطلت الشهادة {number}.</translation>
    </message>
    <message>
      <source>Certificate {number} was already revoked on {when}.</source>
      <translation>سبق إبطال الشهادة {number} بتاريخ {when}.</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <source>Certificates issued</source>
      <translation>الشهادات الصادرة</translation>
    </message>
    <message>
      <source>Certificates issued: certificates recorded in this data folder and not revoked.</source>
      <translation>الشهادات الصادرة: الشهادات المسجلة في مجلد البيانات هذا وغير الملغاة.</translation>
    </message>
    <message>
      <source>Check-in taken back: {name}.</source>
      <translation>تم إلغاء تسجيل حضور: {name}.</translation>
    </message>
    <message>
      <source>Checked in at</source>
      <translation>وقت التسجيل</translation>
    </message>
    <message>
      <source>Choose a folder outside the current data folder.</source>
      <translation>اختر مجلدًا خارج مجلد البيانات الحالي.</translation>
    </message>
    <message>
      <source>Choose a passphrase of at least {n} characters (a few words are easy to remember and hard to guess).</source>
      <translation>اختاروا عبارة مرور من {n} أحرف على الأقل (بضع كلمات يسهل تذكّرها ويصعب تخمينها).</translation>
    </message>
    <message>
      <source>Choose a password of at least {n} characters.</source>
      <translation>اختاروا كلمة مرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>اختر مجلدًا قابلًا للكتابة باستعمال ‎--data-dir.</translation>
    </message>
    <message>
      <source>Choose the session with --session N (see: workshop-kit workshop show {ref}).</source>
      <translation>اختر الجلسة باستعمال --session N (انظر: workshop-kit workshop show {ref}).</translation>
    </message>
    <message>
      <source>Choose two different participants.</source>
      <translation>اختر مشاركَين مختلفَين.</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>City: {value}</source>
      <translation>المدينة: {value}</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>الرمز</translation>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>الرمز: {code}</translation>
    </message>
    <message>
      <source>Columns: {mapping}</source>
      <translation>الأعمدة: {mapping}</translation>
    </message>
    <message>
      <source>Consent '{value}' is not understood; write yes or no.</source>
      <translation>الموافقة «{value}» غير مفهومة؛ اكتب نعم أو لا.</translation>
    </message>
    <message>
      <source>Consent date</source>
      <translation>تاريخ الموافقة</translation>
    </message>
    <message>
      <source>Consent recorded by</source>
      <translation>سجّل الموافقة</translation>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant and tick it.</source>
      <translation>الموافقة على استعمال المعطيات غير موجودة؛ اسأل المشارك ثم ضع علامة عليها.</translation>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant, then add --consent.</source>
      <translation>الموافقة على استعمال المعطيات غير موجودة؛ اسأل المشارك ثم أضف ‎--consent.</translation>
    </message>
    <message>
      <source>Consent: certificate by e-mail</source>
      <translation>الموافقة: الشهادة بالبريد الإلكتروني</translation>
    </message>
    <message>
      <source>Consent: data use</source>
      <translation>الموافقة: استعمال المعطيات</translation>
    </message>
    <message>
      <source>Consent: photos</source>
      <translation>الموافقة: الصور</translation>
    </message>
    <message>
      <source>Copy cancelled: the new folder was removed and the data stays where it was.</source>
      <translation>أُلغي النسخ: حُذف ما نُسخ إلى المجلد الجديد وبقيت البيانات في مكانها.</translation>
    </message>
    <message>
      <source>Core sessions: {n} min (the others are optional)</source>
      <translation>الحصص الأساسية: {n} دقيقة (والباقي اختياري)</translation>
    </message>
    <message>
      <source>Could not find a free badge code; try again.</source>
      <translation>تعذّر إيجاد رمز شارة متاح؛ أعد المحاولة.</translation>
    </message>
    <message>
      <source>Damaged template(s): {names}</source>
      <translation>نماذج تالفة: {names}</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>التواريخ: {start} ← {end}</translation>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>اليوم {n} — {date}</translation>
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>تم إنشاء ورشة تجريبية: {title} ({id})، {n} مشاركًا، {s} جلسات.</translation>
    </message>
    <message>
      <source>Donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <source>Donor report</source>
      <translation>تقرير الجهة المانحة</translation>
    </message>
    <message>
      <source>Double scans across laptops (the earliest check-in was kept):</source>
      <translation>تسجيلات مكررة على عدة حواسيب (تم الاحتفاظ بأبكر تسجيل):</translation>
    </message>
    <message>
      <source>Dry run: {valid} valid row(s), {errors} error(s); nothing was written.</source>
      <translation>تجربة: {valid} سطر(أسطر) صالح(ة)، {errors} خطأ؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>المدة</translation>
    </message>
    <message>
      <source>Duration: {n} min</source>
      <translation>المدة: {n} دقيقة</translation>
    </message>
    <message>
      <source>E-mails</source>
      <translation>الرسائل الإلكترونية</translation>
    </message>
    <message>
      <source>EU co-funding mention (Settings)</source>
      <translation>إشارة التمويل المشترك من الاتحاد الأوروبي (الإعدادات)</translation>
    </message>
    <message>
      <source>Eligible for certificate</source>
      <translation>مؤهل للشهادة</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Encrypted with a passphrase (SQLCipher): the database and {n} backup(s).</source>
      <translation>مشفّر بعبارة مرور (SQLCipher): قاعدة البيانات و{n} نسخة احتياطية.</translation>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>التشفير غير متاح في هذا التثبيت (حزمة sqlcipher3 مفقودة).</translation>
    </message>
    <message>
      <source>Encryption needs the sqlcipher3 package, which is missing from this installation. Reinstall Workshop Kit (pip install workshop-kit) to open or encrypt this data folder.</source>
      <translation>يتطلب التشفير حزمة sqlcipher3 غير الموجودة في هذا التثبيت. أعيدوا تثبيت Workshop Kit ‏(pip install workshop-kit) لفتح مجلد البيانات هذا أو تشفيره.</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Erased on</source>
      <translation>تاريخ المحو</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>الغياب بعذر</translation>
    </message>
    <message>
      <source>Export to .xlsx, .docx or .pdf (not '{suffix}').</source>
      <translation>صدِّر إلى ‎.xlsx‎ أو ‎.docx‎ أو ‎.pdf‎ (وليس '{suffix}').</translation>
    </message>
    <message>
      <source>F or M: certificates say Formatrice/Formateur; empty: a neutral line</source>
      <translation>F أو M: تذكر الشهادات «المكوّنة» أو «المكوّن»؛ فارغ: عبارة محايدة</translation>
    </message>
    <message>
      <source>F, M or X</source>
      <translation>F أو M أو X</translation>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>ملاحظات للمُيسِّر</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation>مشكلة في الملف: {detail}</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>عوامل التصفية</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>صحّحوا القالب ثم افحصوه من جديد.</translation>
    </message>
    <message>
      <source>Folder: {path}</source>
      <translation>المجلد: {path}</translation>
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation>حرّر بعض المساحة على القرص.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>الاسم الكامل</translation>
    </message>
    <message>
      <source>Gain (points of %)</source>
      <translation>المكسب (نقاط مئوية)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Gender '{value}' is not understood; use F, M or X (other).</source>
      <translation>الجنس «{value}» غير مفهوم؛ استعمل F أو M أو X (آخر).</translation>
    </message>
    <message>
      <source>Generated on</source>
      <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
      <source>Generated on {date}</source>
      <translation>أُنشئ بتاريخ {date}</translation>
    </message>
    <message>
      <source>Give --pre N, --post N or both.</source>
      <translation>حدّدوا ‎--pre N‎ أو ‎--post N‎ أو كليهما.</translation>
    </message>
    <message>
      <source>Give either a badge token (or short code) or --image FILE.</source>
      <translation>أدخل إما رمز الشارة (أو الرمز القصير) وإما --image FILE.</translation>
    </message>
    <message>
      <source>Give the bundle's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>أدخلوا كلمة مرور الحزمة بواسطة ‎--password-stdin أو WORKSHOP_KIT_FILE_PASSWORD.</translation>
    </message>
    <message>
      <source>Give the document's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>أدخلوا كلمة مرور المستند بواسطة ‎--password-stdin أو WORKSHOP_KIT_FILE_PASSWORD.</translation>
    </message>
    <message>
      <source>Give the passphrase with the environment variable {env}.</source>
      <translation>أدخلوا عبارة المرور بواسطة متغير البيئة {env}.</translation>
    </message>
    <message>
      <source>History of this record</source>
      <translation>سجل هذه البطاقة</translation>
    </message>
    <message>
      <source>How they heard</source>
      <translation>كيف علموا بالورشة</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was imported.</source>
      <translation>أُلغي الاستيراد: لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>Imported {imported} new participant(s); {enrolled} enrolment(s) added; {skipped} row(s) skipped.</source>
      <translation>تم استيراد {imported} مشارك(ين) جديد(ين)؛ أضيف {enrolled} تسجيل؛ تم تجاوز {skipped} سطر.</translation>
    </message>
    <message>
      <source>Imported: {ids}</source>
      <translation>تم الاستيراد: {ids}</translation>
    </message>
    <message>
      <source>Inbox folder forgotten.</source>
      <translation>تم نسيان مجلد صندوق الوارد.</translation>
    </message>
    <message>
      <source>Inbox folder: {folder}</source>
      <translation>مجلد صندوق الوارد: {folder}</translation>
    </message>
    <message>
      <source>Inbox {folder}: {merged} merged, {known} already known, {refused} refused, {waiting} still arriving.</source>
      <translation>صندوق الوارد {folder}: دُمج {merged}، معروف من قبل {known}، مرفوض {refused}، قيد الوصول {waiting}.</translation>
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui).</source>
      <translation>ثبّت LibreOffice (على Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui).</translation>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>ثبّت التطبيق مع مكوناته (انظر README).</translation>
    </message>
    <message>
      <source>Install the missing system libraries: sudo apt-get install -y {packages}</source>
      <translation>ثبّت مكتبات النظام الناقصة: sudo apt-get install -y {packages}</translation>
    </message>
    <message>
      <source>Install the system libraries that provide: {names}</source>
      <translation>ثبّت مكتبات النظام التي توفّر: {names}</translation>
    </message>
    <message>
      <source>Interrupted while sending: the server may have received it. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>انقطع أثناء الإرسال: ربما استلمه الخادم. تحقّقوا من علبة المُرسِل، ثم أعيدوا إرساله (workshop-kit outbox retry ID) أو علّموه كمُرسَل (workshop-kit outbox mark-sent ID).</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>تمت المقاطعة.</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>تاريخ الإصدار</translation>
    </message>
    <message>
      <source>Key messages</source>
      <translation>الرسائل الأساسية</translation>
    </message>
    <message>
      <source>Key {key_id} is now trusted: bundles it signs are imported.</source>
      <translation>أصبح المفتاح {key_id} موثوقًا: ستُستورد الحزم الموقَّعة به.</translation>
    </message>
    <message>
      <source>Key {kid} ({organisation}) is now trusted: its certificates verify on this computer.</source>
      <translation>أصبح المفتاح {kid} ({organisation}) موثوقًا: يمكن التحقق من شهاداته على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>نوع المنظمة</translation>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>المكسب المعرفي</translation>
    </message>
    <message>
      <source>Knowledge gain (points of %)</source>
      <translation>المكسب المعرفي (نقاط مئوية)</translation>
    </message>
    <message>
      <source>Knowledge gain per module (pre-test → post-test)</source>
      <translation>المكسب المعرفي حسب الوحدة (الاختبار القبلي ← الاختبار البعدي)</translation>
    </message>
    <message>
      <source>Knowledge gain: {pre} % → {post} % ({gain:+} points)</source>
      <translation>المكسب المعرفي: {pre} % ← {post} % ({gain:+} نقطة)</translation>
    </message>
    <message>
      <source>Known placeholders:</source>
      <translation>الحقول المعروفة:</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>النسب</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>النسب (بالعربية)</translation>
    </message>
    <message>
      <source>Latin letters in an Arabic-script name; type it in the Latin name field.</source>
      <translation>حروف لاتينية في اسم بالحروف العربية؛ اكتبه في خانة الاسم اللاتيني.</translation>
    </message>
    <message>
      <source>LibreOffice could not convert the summary to PDF.</source>
      <translation>تعذّر على LibreOffice تحويل الملخص إلى PDF.</translation>
    </message>
    <message>
      <source>LibreOffice is not installed, so no PDF was made; the .docx files are complete. Install it from https://www.libreoffice.org (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui), then run again.</source>
      <translation>LibreOffice غير مثبّت، لذلك لم يُنشأ أي ملف PDF؛ ملفات ‎.docx كاملة. ثبّتوه من https://www.libreoffice.org ‏(Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>لم يُعثر على LibreOffice: تبقى الشهادات بصيغة ‎.docx دون PDF.</translation>
    </message>
    <message>
      <source>Line {line} of the file cannot be read as CSV ({detail}).</source>
      <translation>لا يمكن قراءة السطر {line} من الملف بصيغة CSV ‏({detail}).</translation>
    </message>
    <message>
      <source>Local authority</source>
      <translation>السلطة المحلية</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>رجل</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>الأدوات</translation>
    </message>
    <message>
      <source>Materials to print</source>
      <translation>مواد للطباعة</translation>
    </message>
    <message>
      <source>Merged {other_name} ({other}) into {keep_name} ({keep}).</source>
      <translation>تم دمج {other_name} ({other}) في {keep_name} ({keep}).</translation>
    </message>
    <message>
      <source>Message to {to} cancelled.</source>
      <translation>أُلغيت الرسالة الموجّهة إلى {to}.</translation>
    </message>
    <message>
      <source>Message to {to} queued again.</source>
      <translation>أُعيدت الرسالة الموجّهة إلى {to} إلى قائمة الانتظار.</translation>
    </message>
    <message>
      <source>Message to {to} recorded as sent.</source>
      <translation>سُجّلت الرسالة إلى {to} كمُرسَلة.</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>الطريقة</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>الدقائق</translation>
    </message>
    <message>
      <source>Missing sub-command; see --help.</source>
      <translation>الأمر الفرعي مفقود؛ انظر ‎--help.</translation>
    </message>
    <message>
      <source>Missing: {langs}</source>
      <translation>مفقود: {langs}</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Module '{id}' has no readable language file.</source>
      <translation>الوحدة «{id}» ليس لها أي ملف لغة قابل للقراءة.</translation>
    </message>
    <message>
      <source>Module '{id}' is not installed here; give --max N.</source>
      <translation>الوحدة «{id}» غير مثبتة هنا؛ حدّدوا ‎--max N‎.</translation>
    </message>
    <message>
      <source>Module {id} has no session {n}.</source>
      <translation>الوحدة {id} ليس فيها جلسة رقم {n}.</translation>
    </message>
    <message>
      <source>Module {module}: {pre} % → {post} % ({n} people)</source>
      <translation>الوحدة {module}: {pre} % ← {post} % ({n} أشخاص)</translation>
    </message>
    <message>
      <source>Module: {value}</source>
      <translation>الوحدة: {value}</translation>
    </message>
    <message>
      <source>Moroccan</source>
      <translation>مغربي</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>الاسم بالعربية</translation>
    </message>
    <message>
      <source>Name or code: ____________________    Date: ____________</source>
      <translation>الاسم أو الرمز: ____________________    التاريخ: ____________</translation>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>الاسم: {name}</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).</source>
      <translation>الجنسية «{value}» ليست بلدًا معروفًا؛ اكتب اسمه أو رمزه ISO (مثلًا MA أو SN).</translation>
    </message>
    <message>
      <source>Nationality group</source>
      <translation>فئة الجنسية</translation>
    </message>
    <message>
      <source>Nationality group: Moroccan; other African (the other African countries, by ISO code or name); other; not recorded.</source>
      <translation>فئة الجنسية: مغربية؛ إفريقية أخرى (باقي البلدان الإفريقية، حسب رمز ISO أو الاسم)؛ أخرى؛ غير مسجلة.</translation>
    </message>
    <message>
      <source>New badge {code} issued to {name}; the old one no longer works.</source>
      <translation>صدرت شارة جديدة {code} لـ {name}؛ الشارة القديمة لم تعد تعمل.</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
      <source>No .docx templates in {path}</source>
      <translation>لا توجد نماذج ‎.docx في {path}</translation>
    </message>
    <message>
      <source>No Arabic font in {path}</source>
      <translation>لا يوجد خط عربي في {path}</translation>
    </message>
    <message>
      <source>No QR code found in {path}. Take a sharper, closer photo of the badge, or type its short code.</source>
      <translation>لم يُعثر على رمز QR في {path}. التقط صورة أوضح وأقرب للشارة، أو اكتب رمزها القصير.</translation>
    </message>
    <message>
      <source>No QR code found in {path}. Try a sharper, closer photo, or type the short code.</source>
      <translation>لم يُعثر على رمز QR في {path}. جرّبوا صورة أوضح وأقرب، أو اكتبوا الرمز القصير.</translation>
    </message>
    <message>
      <source>No SMTP server set. Set it with: workshop-kit outbox smtp --host … --from …</source>
      <translation>لم يُحدَّد أي خادم SMTP. حدّدوه بالأمر: workshop-kit outbox smtp --host … --from …</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
      <source>No bundle file at {path}.</source>
      <translation>لا يوجد ملف حزمة في {path}.</translation>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>لا توجد وحدات مرفقة في {path}</translation>
    </message>
    <message>
      <source>No certificate issued yet.</source>
      <translation>لم تُصدر أي شهادة بعد.</translation>
    </message>
    <message>
      <source>No certificate number {number} in this database.</source>
      <translation>لا توجد شهادة رقمها {number} في قاعدة البيانات هذه.</translation>
    </message>
    <message>
      <source>No certificate with this code in this database.</source>
      <translation>لا توجد شهادة بهذا الرمز في قاعدة البيانات هذه.</translation>
    </message>
    <message>
      <source>No column of the file is recognised as a name. Its columns are: {columns}. Say which column holds the names, by its header or by its number, e.g. --mapping '{by_header}' or --mapping '{by_number}'.</source>
      <translation>لم يُتعرَّف على أي عمود في الملف كاسم. أعمدته هي: {columns}. حدِّد العمود الذي يحتوي على الأسماء، بعنوانه أو برقمه، مثلًا ⁦--mapping '{by_header}'⁩ أو ⁦--mapping '{by_number}'⁩.</translation>
    </message>
    <message>
      <source>No corrections recorded.</source>
      <translation>لا توجد تصحيحات مسجلة.</translation>
    </message>
    <message>
      <source>No enrolled participants: enrol participants before printing badges.</source>
      <translation>لا يوجد مشاركون مسجلون: سجّل المشاركين قبل طباعة الشارات.</translation>
    </message>
    <message>
      <source>No fr.md with a valid id at the top of the folder; nothing was imported.</source>
      <translation>لا يوجد ملف fr.md بمعرّف صالح في أعلى المجلد؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>No good backup to restore in {folder}.</source>
      <translation>لا توجد نسخة احتياطية سليمة للاستعادة في {folder}.</translation>
    </message>
    <message>
      <source>No good backup was found in {folder}.</source>
      <translation>لم يُعثر على نسخة احتياطية سليمة في {folder}.</translation>
    </message>
    <message>
      <source>No inbox folder is set.</source>
      <translation>لم يُحدَّد مجلد صندوق الوارد.</translation>
    </message>
    <message>
      <source>No inbox folder is set: choose one first (workshop-kit inbox set FOLDER).</source>
      <translation>لم يُحدَّد مجلد صندوق الوارد: اختر واحدًا أولًا (workshop-kit inbox set FOLDER).</translation>
    </message>
    <message>
      <source>No local module '{id}'.</source>
      <translation>لا توجد وحدة محلية «{id}».</translation>
    </message>
    <message>
      <source>No module '{id}'. See the list with: workshop-kit curricula list</source>
      <translation>لا توجد وحدة «{id}». اطلعوا على القائمة بالأمر: workshop-kit curricula list</translation>
    </message>
    <message>
      <source>No module found in {path} (a module is a folder with fr.md).</source>
      <translation>لم يُعثر على أي وحدة في {path} (الوحدة مجلد يحتوي على fr.md).</translation>
    </message>
    <message>
      <source>No modules found.</source>
      <translation>لم يُعثر على أي وحدة.</translation>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>لا يوجد بعدُ أي مشارك لديه نتيجة قبلية وبعدية.</translation>
    </message>
    <message>
      <source>No participant with id '{ref}'.</source>
      <translation>لا يوجد مشارك بالمعرّف «{ref}».</translation>
    </message>
    <message>
      <source>No participants in this workshop yet. Add some with: workshop-kit participants import WORKSHOP FILE</source>
      <translation>لا يوجد مشاركون في هذه الورشة بعد. أضفهم بالأمر: ⁦workshop-kit participants import WORKSHOP FILE⁩</translation>
    </message>
    <message>
      <source>No participants match.</source>
      <translation>لا يوجد مشارك مطابق.</translation>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>لا توجد تكرارات محتملة.</translation>
    </message>
    <message>
      <source>No pre/post scores recorded.</source>
      <translation>لا توجد درجات قبلية/بعدية مسجلة.</translation>
    </message>
    <message>
      <source>No problem found.</source>
      <translation>لم يُعثر على أي مشكلة.</translation>
    </message>
    <message>
      <source>No session of this workshop is running now ({time}, {date}). Check the laptop clock, or choose the session; nothing was recorded.</source>
      <translation>لا توجد جلسة جارية لهذه الورشة الآن ({time}، {date}). تحقّق من ساعة الحاسوب أو اختر الجلسة؛ لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>No sheet '{sheet}' in {name}; its sheets are: {sheets}.</source>
      <translation>لا توجد ورقة «{sheet}» في {name}؛ أوراقه هي: {sheets}.</translation>
    </message>
    <message>
      <source>No single outbox message '{ref}'. See: workshop-kit outbox list</source>
      <translation>لا توجد رسالة واحدة «{ref}» في صندوق الإرسال. انظروا: workshop-kit outbox list</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>الملف غير موجود: {path}</translation>
    </message>
    <message>
      <source>No system keyring is available on this computer, so the password cannot be remembered safely. Give it each time (--password-stdin) or set the environment variable {env}.</source>
      <translation>لا تتوفر حافظة كلمات مرور للنظام على هذا الحاسوب، لذا لا يمكن حفظ كلمة المرور بأمان. أدخلوها في كل مرة (‎--password-stdin) أو عرّفوا متغير البيئة {env}.</translation>
    </message>
    <message>
      <source>No workshop '{ref}'. See the list with: workshop-kit workshop list</source>
      <translation>لا توجد ورشة «{ref}». اطلع على القائمة بالأمر: workshop-kit workshop list</translation>
    </message>
    <message>
      <source>No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD</source>
      <translation>لا توجد ورشات بعد. أنشئ ورشة بالأمر: workshop-kit workshop create --title … --start YYYY-MM-DD</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>رقم</translation>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate written.</source>
      <translation>لا أحد يستوفي قاعدة الحضور بعد: لم تُكتب أي شهادة.</translation>
    </message>
    <message>
      <source>Nobody reached yet.</source>
      <translation>لم يُستفد أحد بعد.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>لا شيء.</translation>
    </message>
    <message>
      <source>Not eligible ({n}):</source>
      <translation>غير مؤهَّلين ({n}):</translation>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder can read the data.</source>
      <translation>غير مشفّر: كل من يستطيع قراءة مجلد البيانات يستطيع قراءة البيانات.</translation>
    </message>
    <message>
      <source>Not imported (never collected): {columns}</source>
      <translation>لم يُستورد (لا يُجمع أبدًا): {columns}</translation>
    </message>
    <message>
      <source>Noted: these are different people.</source>
      <translation>تم التسجيل: هؤلاء أشخاص مختلفون.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Nothing found for '{text}'.</source>
      <translation>لا نتائج لـ«{text}».</translation>
    </message>
    <message>
      <source>Nothing new: this bundle was already merged.</source>
      <translation>لا جديد: سبق دمج هذه الحزمة.</translation>
    </message>
    <message>
      <source>Nothing planned.</source>
      <translation>لا شيء مبرمج.</translation>
    </message>
    <message>
      <source>Nothing to change: give at least one of --title, --city, --venue, --trainer, --title-ar, --venue-ar, --trainer-ar, --trainer-gender.</source>
      <translation>لا شيء للتغيير: أعطوا خيارًا واحدًا على الأقل من --title أو --city أو --venue أو --trainer أو --title-ar أو --venue-ar أو --trainer-ar أو --trainer-gender.</translation>
    </message>
    <message>
      <source>Nothing to change: the status was already that.</source>
      <translation>لا شيء للتغيير: الحالة كانت كذلك من قبل.</translation>
    </message>
    <message>
      <source>Nothing to put in the document.</source>
      <translation>لا شيء لوضعه في المستند.</translation>
    </message>
    <message>
      <source>Nothing was read. Scan again.</source>
      <translation>لم تُقرأ أي بيانات. أعد المسح.</translation>
    </message>
    <message>
      <source>Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid.</source>
      <translation>لم يُكتب أي شيء. صحّح الأسطر أعلاه، أو استورد الأسطر الصالحة بـ‎--skip-invalid.</translation>
    </message>
    <message>
      <source>Nothing was written: no row can be imported as it is.</source>
      <translation>لم يُكتب أي شيء: لا يمكن استيراد أي سطر على حاله.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>الرقم: {number}</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>الأهداف</translation>
    </message>
    <message>
      <source>Only failed, cancelled or uncertain messages can be sent again (this one is {status}).</source>
      <translation>لا يمكن إعادة إرسال إلا الرسائل الفاشلة أو الملغاة أو غير المؤكدة (حالة هذه: {status}).</translation>
    </message>
    <message>
      <source>Only queued, failed or uncertain messages can be cancelled (this one is {status}).</source>
      <translation>لا يمكن إلغاء إلا الرسائل المنتظرة أو الفاشلة أو غير المؤكدة (حالة هذه: {status}).</translation>
    </message>
    <message>
      <source>Only uncertain messages can be marked as sent (this one is {status}).</source>
      <translation>لا يمكن تعليم إلا الرسائل غير المؤكدة كمُرسَلة (حالة هذه: {status}).</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>Organisation type</source>
      <translation>نوع المنظمة</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>آخر</translation>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>آخر / يفضّل عدم الإجابة</translation>
    </message>
    <message>
      <source>Out of</source>
      <translation>من أصل</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>نظرة عامة</translation>
    </message>
    <message>
      <source>P present, L late, A absent, E excused, · nothing recorded</source>
      <translation>P حاضر، L متأخر، A غائب، E غائب بعذر، · لا شيء مسجل</translation>
    </message>
    <message>
      <source>Participant registered: {name} ({id}).</source>
      <translation>تم تسجيل المشارك: {name} ‏({id}).</translation>
    </message>
    <message>
      <source>Participant {name} ({id}) erased; their attendance still counts, anonymously.</source>
      <translation>تم محو بيانات المشارك {name} ({id})؛ ويظل حضوره محسوبًا دون الكشف عن هويته.</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Participants enrolled</source>
      <translation>المشاركون المسجلون</translation>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>المشاركون المستفيدون</translation>
    </message>
    <message>
      <source>Participants reached: people enrolled as participants who attended at least one session.</source>
      <translation>المشاركون المستفيدون: الأشخاص المسجلون كمشاركين الذين حضروا جلسة واحدة على الأقل.</translation>
    </message>
    <message>
      <source>Participants reached: {n}</source>
      <translation>المشاركون المستفيدون: {n}</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>الشريك</translation>
    </message>
    <message>
      <source>Partner association</source>
      <translation>جمعية شريكة</translation>
    </message>
    <message>
      <source>Partner: {value}</source>
      <translation>الشريك: {value}</translation>
    </message>
    <message>
      <source>Passphrase of the data folder: </source>
      <translation>عبارة مرور مجلد البيانات: </translation>
    </message>
    <message>
      <source>Password of the file: </source>
      <translation>كلمة مرور الملف: </translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>الأشخاص المستفيدون</translation>
    </message>
    <message>
      <source>People reached, by group</source>
      <translation>الأشخاص المستفيدون حسب الفئة</translation>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>الفترة: {start} – {end}</translation>
    </message>
    <message>
      <source>Personal data held about you</source>
      <translation>المعطيات الشخصية المحفوظة عنك</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>الهاتف</translation>
    </message>
    <message>
      <source>Pictures:</source>
      <translation>الصور:</translation>
    </message>
    <message>
      <source>Pillow has no Raqm text layout: Arabic names on badge pictures are drawn with a simpler shaping.</source>
      <translation>لا يتوفر Pillow على تنضيد النص Raqm: تُرسم الأسماء العربية في صور الشارات بتشكيل أبسط.</translation>
    </message>
    <message>
      <source>Pillow lays out Arabic with Raqm {version}</source>
      <translation>ينضّد Pillow النص العربي بواسطة Raqm {version}</translation>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>الاختبار البعدي %</translation>
    </message>
    <message>
      <source>Poster or flyer</source>
      <translation>ملصق أو منشور</translation>
    </message>
    <message>
      <source>Pre- and post-test scores</source>
      <translation>درجات الاختبار القبلي والبعدي</translation>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>الاختبار القبلي %</translation>
    </message>
    <message>
      <source>Pre/post test</source>
      <translation>الاختبار القبلي/البعدي</translation>
    </message>
    <message>
      <source>Pre/post test — answer key</source>
      <translation>الاختبار القبلي/البعدي — مفتاح الإجابات</translation>
    </message>
    <message>
      <source>Prerequisites</source>
      <translation>المتطلبات المسبقة</translation>
    </message>
    <message>
      <source>Preview: {path}</source>
      <translation>المعاينة: {path}</translation>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>ملف الطباعة: {path}</translation>
    </message>
    <message>
      <source>Print them with: workshop-kit badges {ref} -o badges.docx</source>
      <translation>اطبعها بالأمر: workshop-kit badges {ref} -o badges.docx</translation>
    </message>
    <message>
      <source>Problem: {problem}</source>
      <translation>مشكلة: {problem}</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <source>Programme summary</source>
      <translation>ملخص البرنامج</translation>
    </message>
    <message>
      <source>Project code</source>
      <translation>رمز المشروع</translation>
    </message>
    <message>
      <source>Public key {kid} written to {path}. Give it to whoever must verify your certificates: workshop-kit certificates trust-key FILE</source>
      <translation>كُتب المفتاح العام {kid} في {path}. سلّموه لكل من يحتاج إلى التحقق من شهاداتكم: workshop-kit certificates trust-key FILE</translation>
    </message>
    <message>
      <source>Publish it at {url}; republish it after every revocation.</source>
      <translation>انشرها على العنوان {url}؛ وأعد نشرها بعد كل إلغاء.</translation>
    </message>
    <message>
      <source>Publish it on your website, then give its address with --url so that new certificates' QR codes open it.</source>
      <translation>انشرها على موقعكم، ثم أعطِ عنوانها بالخيار ‎--url‎ لكي تفتحها رموز QR في الشهادات الجديدة.</translation>
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation>PySide6 غير مثبت</translation>
    </message>
    <message>
      <source>QR code with the signed verification payload</source>
      <translation>رمز QR يحمل بيانات التحقق الموقّعة</translation>
    </message>
    <message>
      <source>Qt Multimedia backend: {names}</source>
      <translation>محرك Qt Multimedia: {names}</translation>
    </message>
    <message>
      <source>Qt Multimedia has no backend: the camera cannot read badges (a USB scanner and the name search still work). {error}</source>
      <translation>لا يجد Qt Multimedia أي محرك: لا يمكن للكاميرا قراءة الشارات (يظل الماسح USB والبحث بالاسم يعملان). {error}</translation>
    </message>
    <message>
      <source>Qt cannot be loaded: {error}</source>
      <translation>تعذّر تحميل Qt: {error}</translation>
    </message>
    <message>
      <source>Qt cannot open a window on this desktop: {error}</source>
      <translation>لا يستطيع Qt فتح نافذة على سطح المكتب هذا: {error}</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>الاختبار</translation>
    </message>
    <message>
      <source>Quiz: {n} questions</source>
      <translation>الاختبار: {n} أسئلة</translation>
    </message>
    <message>
      <source>REVOKED {when}: {reason}</source>
      <translation>مُبطَلة في {when}: {reason}</translation>
    </message>
    <message>
      <source>Reinstall Pillow: pip install --force-reinstall pillow</source>
      <translation>أعد تثبيت Pillow: pip install --force-reinstall pillow</translation>
    </message>
    <message>
      <source>Reinstall Workshop Kit and its dependencies (see README).</source>
      <translation>أعد تثبيت Workshop Kit ومكوناته (انظر README).</translation>
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation>أعد تثبيت Workshop Kit.</translation>
    </message>
    <message>
      <source>Removed: {id}</source>
      <translation>تم الحذف: {id}</translation>
    </message>
    <message>
      <source>Restore the newest good backup ({name}) with: workshop-kit backup restore</source>
      <translation>استعيدوا أحدث نسخة احتياطية سليمة ({name}) بالأمر: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation>استعد أحدث نسخة احتياطية سليمة: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>Restored {backup}.</source>
      <translation>تمت استعادة {backup}.</translation>
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation>تمت استعادة {backup}. حُفظ الملف السابق باسم {moved}.</translation>
    </message>
    <message>
      <source>Revocation is known only to the issuing organisation's database; this copy could not check it.</source>
      <translation>لا يُعرف الإلغاء إلا في قاعدة بيانات المنظمة المُصدِرة؛ تعذّر على هذه النسخة التحقق منه.</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>أُبطلت في {when}: {reason}</translation>
    </message>
    <message>
      <source>Role / function</source>
      <translation>الدور / الوظيفة</translation>
    </message>
    <message>
      <source>Row {row} has more than {max} columns; remove the columns that are not needed.</source>
      <translation>يحتوي السطر ⁦{row}⁩ على أكثر من ⁦{max}⁩ عمود؛ احذف الأعمدة غير الضرورية.</translation>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>شغّل: workshop-kit curricula validate {path}</translation>
    </message>
    <message>
      <source>SMTP password for {user}: </source>
      <translation>كلمة مرور SMTP للحساب {user}: </translation>
    </message>
    <message>
      <source>Saving this agenda would leave {n} issued certificate(s) without the attendance they were issued for ({names}). Nothing was saved.</source>
      <translation>حفظ هذا البرنامج سيترك {n} شهادة مسلَّمة دون الحضور الذي سُلّمت على أساسه ({names}). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
      <source>Say where to write the certificates: -o DIR and/or --merged FILE.</source>
      <translation>حدّدوا مكان كتابة الشهادات: ‎-o DIR و/أو ‎--merged FILE.</translation>
    </message>
    <message>
      <source>Say why the certificate is revoked.</source>
      <translation>اذكروا سبب إبطال الشهادة.</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>النتيجة</translation>
    </message>
    <message>
      <source>Score recorded.</source>
      <translation>تم تسجيل النتيجة.</translation>
    </message>
    <message>
      <source>Security must be starttls, ssl or none.</source>
      <translation>يجب أن يكون الأمان starttls أو ssl أو none.</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>الجلسة {number}</translation>
    </message>
    <message>
      <source>Session {number} · {date} {start}–{end}</source>
      <translation>الجلسة {number} · {date} {start}–{end}</translation>
    </message>
    <message>
      <source>Session {n}</source>
      <translation>الجلسة {n}</translation>
    </message>
    <message>
      <source>Sessions attended</source>
      <translation>الجلسات المحضورة</translation>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>الجلسات المنجزة</translation>
    </message>
    <message>
      <source>Sessions delivered: sessions where at least one person attended.</source>
      <translation>الجلسات المنجزة: الجلسات التي حضرها شخص واحد على الأقل.</translation>
    </message>
    <message>
      <source>Sessions delivered: {d} of {p}</source>
      <translation>الجلسات المنجزة: {d} من {p}</translation>
    </message>
    <message>
      <source>Sessions planned</source>
      <translation>الجلسات المبرمجة</translation>
    </message>
    <message>
      <source>Set the sender address for e-mails.</source>
      <translation>حدّدوا عنوان مُرسِل الرسائل.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>ورقة التوقيع</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>التوقيع</translation>
    </message>
    <message>
      <source>Skipped ({n}):</source>
      <translation>المتجاوَزون ({n}):</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
      <source>Some PDF files could not be made; the .docx files are complete.</source>
      <translation>تعذّر إنشاء بعض ملفات PDF؛ ملفات ‎.docx كاملة.</translation>
    </message>
    <message>
      <source>Some of the chosen participants are not enrolled in this workshop.</source>
      <translation>بعض المشاركين المختارين غير مسجلين في هذه الورشة.</translation>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>فشلت بعض عمليات التحقق المطلوبة.</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>ملخص</translation>
    </message>
    <message>
      <source>Template {path} not found.</source>
      <translation>القالب {path} غير موجود.</translation>
    </message>
    <message>
      <source>Test scores</source>
      <translation>نتائج الاختبارات</translation>
    </message>
    <message>
      <source>That folder already holds Workshop Kit data; choose an empty folder.</source>
      <translation>هذا المجلد يحتوي مسبقًا على بيانات Workshop Kit؛ اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
      <source>The SMTP password is missing: store it with workshop-kit outbox smtp --password-stdin, or set {env}.</source>
      <translation>كلمة مرور SMTP مفقودة: احفظوها بالأمر workshop-kit outbox smtp --password-stdin، أو عرّفوا {env}.</translation>
    </message>
    <message>
      <source>The SMTP server refused the user name or password ({detail}).</source>
      <translation>رفض خادم SMTP اسم المستخدم أو كلمة المرور ({detail}).</translation>
    </message>
    <message>
      <source>The attachment cannot be read: {detail}</source>
      <translation>تعذّرت قراءة المرفق: {detail}</translation>
    </message>
    <message>
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation>يجب أن تكون نسبة الحضور المطلوبة بين 0 و100٪.</translation>
    </message>
    <message>
      <source>The backup chosen for restoring is no longer in {folder}; nothing was changed.</source>
      <translation>النسخة الاحتياطية المختارة للاسترجاع لم تعد في {folder}؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
      <source>The backup could not be verified: {detail}</source>
      <translation>تعذر التحقق من النسخة الاحتياطية: {detail}</translation>
    </message>
    <message>
      <source>The backup {name} is damaged too.</source>
      <translation>النسخة الاحتياطية {name} تالفة أيضًا.</translation>
    </message>
    <message>
      <source>The bundle does not fit together ({detail}); nothing was imported.</source>
      <translation>الحزمة غير متناسقة ({detail})؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>The bundle's {table} hold {value} in the field {column} where {expected} is expected; nothing was imported. Ask for a fresh export.</source>
      <translation>تحتوي ⁦{table}⁩ في الحزمة على ⁦{value}⁩ في الحقل ⁦{column}⁩ حيث يُنتظر {expected}؛ لم يُستورد شيء. اطلب تصديرًا جديدًا.</translation>
    </message>
    <message>
      <source>The bundle's {table} lack the field {column}; nothing was imported. Ask for a fresh export.</source>
      <translation>ينقص الحقلُ ⁦{column}⁩ ‏{table} في الحزمة؛ لم يُستورد شيء. اطلب تصديرًا جديدًا.</translation>
    </message>
    <message>
      <source>The certificate is genuine but was revoked by the organisation that issued it.</source>
      <translation>الشهادة أصلية لكن المنظمة التي أصدرتها أبطلتها.</translation>
    </message>
    <message>
      <source>The certificate is genuine.</source>
      <translation>الشهادة أصلية.</translation>
    </message>
    <message>
      <source>The chosen session is on {date}; the laptop clock says {today}.</source>
      <translation>الجلسة المختارة بتاريخ {date}؛ وساعة الحاسوب تشير إلى {today}.</translation>
    </message>
    <message>
      <source>The code has been altered: its signature does not match its content.</source>
      <translation>تم تغيير الرمز: توقيعه لا يطابق محتواه.</translation>
    </message>
    <message>
      <source>The code is signed by an organisation whose public key this copy does not know.</source>
      <translation>الرمز موقّع من منظمة لا تعرف هذه النسخة مفتاحها العام.</translation>
    </message>
    <message>
      <source>The connection was lost after the message was handed to the server: it may have been delivered. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>انقطع الاتصال بعد تسليم الرسالة إلى الخادم: ربما وصلت. تحقّقوا من علبة المُرسِل، ثم أعيدوا إرسالها (workshop-kit outbox retry ID) أو علّموها كمُرسَلة (workshop-kit outbox mark-sent ID).</translation>
    </message>
    <message>
      <source>The converted copy of {name} failed its check ({detail}); nothing was changed.</source>
      <translation>فشل فحص النسخة المحوَّلة من {name} ‏({detail})؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The data file could not be read ({detail}). Check it with: workshop-kit selfcheck; restore a backup with: workshop-kit backup restore</source>
      <translation>تعذّرت قراءة ملف البيانات ({detail}). افحصه بالأمر: workshop-kit selfcheck؛ واسترجع نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The data file is busy (another program is writing to it); try again in a moment.</source>
      <translation>ملف البيانات مشغول (برنامج آخر يكتب فيه)؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
      <source>The data file {path} is already open in another Workshop Kit window ({holder}). Close that window first, or choose another data folder with --data-dir.</source>
      <translation>ملف البيانات {path} مفتوح بالفعل في نافذة أخرى لـ Workshop Kit ({holder}). أغلق تلك النافذة أولًا، أو اختر مجلدًا آخر باستعمال ‎--data-dir.</translation>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}).</source>
      <translation>ملف البيانات {path} تالف ({detail}).</translation>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it, so that nothing is lost when a backup is restored. Close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>ملف البيانات {path} تالف ({detail})؛ لن يُكتب فيه شيء بعد الآن، حتى لا يضيع شيء عند استعادة نسخة احتياطية. أغلقوا Workshop Kit واستعيدوا نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it. Restore a backup with: workshop-kit backup restore</source>
      <translation>ملف البيانات {path} تالف ({detail})؛ لن يُكتب فيه شيء بعد الآن. استعيدوا نسخة احتياطية بالأمر: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The data file {path} is encrypted. Give its passphrase (you are asked for it in a terminal, or set the environment variable {env}).</source>
      <translation>ملف البيانات {path} مشفّر. أدخلوا عبارة مروره (تُطلب منكم في الطرفية، أو عيّنوا متغير البيئة {env}).</translation>
    </message>
    <message>
      <source>The data file {path} is open in another program (Workshop Kit, a command or a script still running). Close it first, then restore; nothing was changed.</source>
      <translation>ملف البيانات {path} مفتوح في برنامج آخر (Workshop Kit أو أمر أو برنامج نصي ما زال يعمل). أغلقوه أولًا ثم استعيدوا النسخة؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The data file {path} is {what}, but backups of it exist: it was lost (an interrupted restore or copy, a sync tool, a deletion), so no new empty one was made.</source>
      <translation>ملف البيانات {path} {what}، لكن توجد نسخ احتياطية منه: لقد ضاع (استعادة أو نسخ توقف، أداة مزامنة، حذف)، لذلك لم يُنشأ ملف جديد فارغ.</translation>
    </message>
    <message>
      <source>The data file {path} was replaced (a backup was restored) while this program had it open; nothing was written. Close Workshop Kit or run the command again.</source>
      <translation>استُبدل ملف البيانات {path} (استُعيدت نسخة احتياطية) بينما كان هذا البرنامج يفتحه؛ لم يُكتب شيء. أغلقوا Workshop Kit أو أعيدوا تشغيل الأمر.</translation>
    </message>
    <message>
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation>كُتب ملف البيانات {path} بإصدار أحدث من Workshop Kit (المخطط {version}، وهذه النسخة تعرف {latest}). حدّث Workshop Kit قبل فتحه.</translation>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>لم يعد مجلد البيانات مشفّرًا.</translation>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe: without it the data cannot be recovered, by anyone.</source>
      <translation>أصبح مجلد البيانات مشفّرًا. احتفظوا بعبارة المرور في مكان آمن: بدونها لا يستطيع أحد استرجاع البيانات.</translation>
    </message>
    <message>
      <source>The delimiter must be one character (e.g. ';' or ',').</source>
      <translation>يجب أن يكون الفاصل حرفًا واحدًا (مثلًا «;» أو «,»).</translation>
    </message>
    <message>
      <source>The disk is full ({detail}); free some space and try again. No partial file was left.</source>
      <translation>القرص ممتلئ (⁦{detail}⁩)؛ حرّر بعض المساحة وأعد المحاولة. لم يبقَ أي ملف ناقص.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
      <source>The file contains binary data (NUL characters); it is not a CSV file. Save it as CSV or XLSX.</source>
      <translation>يحتوي الملف على معطيات ثنائية (أحرف NUL)؛ ليس ملف CSV. احفظه بصيغة CSV أو XLSX.</translation>
    </message>
    <message>
      <source>The file has more than {max} rows; split it into smaller files.</source>
      <translation>يحتوي الملف على أكثر من ⁦{max}⁩ سطر؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
      <source>The file has no consent column, so {n} row(s) were refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</source>
      <translation>لا يحتوي الملف على عمود للموافقة، لذلك رُفض {n} سطرًا. إذا جُمعت الموافقة على استعمال المعطيات من كل شخص (على الورق أو في الاستمارة)، فاستورده من جديد مع ⁦--consent-collected⁩.</translation>
    </message>
    <message>
      <source>The file has no rows.</source>
      <translation>الملف لا يحتوي على أي سطر.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>الملف فارغ.</translation>
    </message>
    <message>
      <source>The file is not valid {encoding} text (byte {position}); choose another encoding.</source>
      <translation>الملف ليس نصًا صالحًا بترميز {encoding} (البايت {position})؛ اختر ترميزًا آخر.</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
      <source>The file {path} is larger than 200 MB; split it first.</source>
      <translation>حجم الملف {path} يتجاوز 200 ميغابايت؛ قسّمه أولًا.</translation>
    </message>
    <message>
      <source>The file's text encoding was not recognised; choose it (e.g. utf-8, cp1256, latin-1).</source>
      <translation>لم يُتعرّف على ترميز نص الملف؛ اختره (مثلًا utf-8 أو cp1256 أو latin-1).</translation>
    </message>
    <message>
      <source>The inbox folder cannot be the data folder, inside it or around it: choose the folder where bundles arrive ({folder}).</source>
      <translation>لا يمكن أن يكون مجلد صندوق الوارد هو مجلد البيانات أو داخله أو محيطًا به: اختر المجلد الذي تصل إليه الحزم ({folder}).</translation>
    </message>
    <message>
      <source>The inbox folder {folder} does not exist or is not a folder.</source>
      <translation>مجلد صندوق الوارد {folder} غير موجود أو ليس مجلدًا.</translation>
    </message>
    <message>
      <source>The input is too large or too deeply nested to be read on this computer.</source>
      <translation>المدخلات أكبر أو أكثر تداخلًا من أن تُقرأ على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>The laptop clock is behind the last recorded scan ({time}); check the date and time.</source>
      <translation>ساعة الحاسوب متأخرة عن آخر مسح مسجَّل ({time})؛ تحقّق من التاريخ والوقت.</translation>
    </message>
    <message>
      <source>The maximum score must be more than 0.</source>
      <translation>يجب أن تكون الدرجة القصوى أكبر من 0.</translation>
    </message>
    <message>
      <source>The newest good backup is {name}; restore it with: workshop-kit backup restore</source>
      <translation>أحدث نسخة احتياطية سليمة هي {name}؛ استعدها بالأمر: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The organisation key in {path} is damaged; restore the keys folder from a copy of the data folder.</source>
      <translation>مفتاح المنظمة في ⁦{path}⁩ تالف؛ استرجع مجلد keys من نسخة من مجلد البيانات.</translation>
    </message>
    <message>
      <source>The organisation key in {path} is not an Ed25519 key.</source>
      <translation>مفتاح المنظمة في {path} ليس مفتاحًا من نوع Ed25519.</translation>
    </message>
    <message>
      <source>The outbox is empty.</source>
      <translation>صندوق الإرسال فارغ.</translation>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>تم تغيير عبارة المرور؛ لم تعد العبارة القديمة تفتح مجلد البيانات هذا.</translation>
    </message>
    <message>
      <source>The period ends before it starts: {start} &gt; {end}.</source>
      <translation>تنتهي الفترة قبل أن تبدأ: {start} &gt; {end}.</translation>
    </message>
    <message>
      <source>The protected file is damaged (its header cannot be read).</source>
      <translation>الملف المحمي تالف (لا يمكن قراءة ترويسته).</translation>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>المفتاح العام في هذا الملف تالف.</translation>
    </message>
    <message>
      <source>The retention period must be at least one month.</source>
      <translation>يجب ألا تقل مدة الاحتفاظ عن شهر واحد.</translation>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>عبارة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
      <source>The scan arrived in Arabic letters: the Arabic keyboard layout seems to be active. Switch the laptop to the French layout (Alt+Shift, or Windows key+Space) and scan again.</source>
      <translation>وصل المسح بحروف عربية: يبدو أن لوحة المفاتيح العربية مفعّلة. بدّل لوحة مفاتيح الحاسوب إلى الفرنسية (Alt+Shift، أو مفتاح Windows+Space) ثم أعد المسح.</translation>
    </message>
    <message>
      <source>The sheet '{sheet}' has person columns ({columns}): import it with --sheet {option}.</source>
      <translation>الورقة «{sheet}» فيها أعمدة للأشخاص ({columns}): استوردها مع ⁦--sheet {option}⁩.</translation>
    </message>
    <message>
      <source>The sheet has rows beyond Excel's last row ({max}); the file is damaged.</source>
      <translation>تحتوي الورقة على أسطر بعد آخر سطر في Excel ‏(⁦{max}⁩)؛ الملف تالف.</translation>
    </message>
    <message>
      <source>The signer {key_id} is now trusted.</source>
      <translation>أصبح الموقِّع {key_id} موثوقًا.</translation>
    </message>
    <message>
      <source>The template has neither {{qr}} nor {{verify_code}}: the certificate cannot be verified.</source>
      <translation>لا يحتوي القالب على {{qr}} ولا على {{verify_code}}: لن يمكن التحقق من الشهادة.</translation>
    </message>
    <message>
      <source>The template has no participant name placeholder, e.g. {{participant_name}}.</source>
      <translation>لا يحتوي القالب على حقل لاسم المشارك، مثل {{participant_name}}.</translation>
    </message>
    <message>
      <source>The template has problems: {problems} (see: workshop-kit certificates check-template)</source>
      <translation>في القالب مشاكل: {problems} (انظروا: workshop-kit certificates check-template)</translation>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>القالب جاهز.</translation>
    </message>
    <message>
      <source>The text of {path} is {mb} MB; a certificate template's text may be at most {max} MB (it is repeated for every certificate of the print file).</source>
      <translation>يبلغ حجم نص ⁦{path}⁩ ⁦{mb}⁩ ميغابايت؛ لا يتجاوز نص قالب الشهادة ⁦{max}⁩ ميغابايت (يتكرر لكل شهادة في ملف الطباعة).</translation>
    </message>
    <message>
      <source>The trainer's gender is F, M or empty; not '{value}'.</source>
      <translation>جنس المكوّن(ة) هو F أو M أو فارغ؛ وليس «{value}».</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
      <source>The verification page template is damaged; reinstall Workshop Kit.</source>
      <translation>قالب صفحة التحقق تالف؛ أعد تثبيت Workshop Kit.</translation>
    </message>
    <message>
      <source>The workshop title is too long to go in the certificates' QR code ({n} characters); shorten it.</source>
      <translation>عنوان الورشة أطول من أن يتسع له رمز QR في الشهادات (⁦{n}⁩ حرفًا)؛ اختصره.</translation>
    </message>
    <message>
      <source>There is no check-in to undo.</source>
      <translation>لا يوجد تسجيل حضور لإلغائه.</translation>
    </message>
    <message>
      <source>This badge belongs to a participant who was deleted.</source>
      <translation>هذه الشارة تخص مشاركًا تم حذفه.</translation>
    </message>
    <message>
      <source>This badge is for another workshop: {title}.</source>
      <translation>هذه الشارة خاصة بورشة أخرى: {title}.</translation>
    </message>
    <message>
      <source>This bundle is signed by an unknown key ({key_id}). Nothing was imported. If you know the laptop it comes from, import it again accepting the signer (--accept-signer, or --trust-signer to trust it from now on), or add that laptop's public key file (keys/organisation.pub) to the trusted keys with: workshop-kit bundle trust FILE</source>
      <translation>هذه الحزمة موقَّعة بمفتاح غير معروف ({key_id}). لم يُستورد أي شيء. إذا كنت تعرف الحاسوب الذي جاءت منه، فاستوردها مجددًا مع قبول الموقِّع (‎--accept-signer، أو ‎--trust-signer للوثوق به من الآن)، أو أضف ملف المفتاح العام لذلك الحاسوب (keys/organisation.pub) إلى المفاتيح الموثوقة بالأمر: workshop-kit bundle trust FILE</translation>
    </message>
    <message>
      <source>This bundle of '{title}' holds {table} of another workshop; a bundle may only change its own workshop. It was made or changed by hand. Nothing was imported.</source>
      <translation>تحتوي حزمة «{title}» هذه على {table} تخص ورشة أخرى؛ لا يحق للحزمة أن تغيّر إلا ورشتها. لقد صُنعت أو عُدّلت يدويًا. لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>This check-in was already undone.</source>
      <translation>سبق إلغاء تسجيل الحضور هذا.</translation>
    </message>
    <message>
      <source>This code does not come from Workshop Kit (another system's QR code).</source>
      <translation>هذا الرمز ليس من Workshop Kit (رمز QR لنظام آخر).</translation>
    </message>
    <message>
      <source>This code is not a Workshop Kit certificate code.</source>
      <translation>هذا الرمز ليس رمز شهادة من Workshop Kit.</translation>
    </message>
    <message>
      <source>This data folder is already encrypted.</source>
      <translation>مجلد البيانات هذا مشفّر بالفعل.</translation>
    </message>
    <message>
      <source>This data folder is not encrypted.</source>
      <translation>مجلد البيانات هذا غير مشفّر.</translation>
    </message>
    <message>
      <source>This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law 09-08 you may ask for it to be corrected or erased.</source>
      <translation>تعرض هذه الوثيقة كل ما يحفظه Workshop Kit عنك، بتاريخ {date}. يحق لك بموجب القانون المغربي رقم ‎09-08‎ طلب تصحيحه أو محوه.</translation>
    </message>
    <message>
      <source>This file belongs to an encrypted data folder that is not open.</source>
      <translation>ينتمي هذا الملف إلى مجلد بيانات مشفّر غير مفتوح.</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit certificate code.</source>
      <translation>هذا ليس رمز شهادة من Workshop Kit.</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>هذا الملف ليس مفتاحًا عامًا من Workshop Kit.</translation>
    </message>
    <message>
      <source>This is not a password-protected Workshop Kit file.</source>
      <translation>هذا ليس ملف Workshop Kit محميًا بكلمة مرور.</translation>
    </message>
    <message>
      <source>This module has no cards or sheets to print.</source>
      <translation>لا تتضمن هذه الوحدة بطاقات أو أوراقاً للطباعة.</translation>
    </message>
    <message>
      <source>This module is not yet translated into {language}; the {shown} text is shown.</source>
      <translation>هذه الوحدة غير مترجمة بعدُ إلى {language}؛ يُعرض النص بـ{shown}.</translation>
    </message>
    <message>
      <source>This name has {n} characters; at most {max} fit on a badge and a certificate.</source>
      <translation>يتكون هذا الاسم من ⁦{n}⁩ حرفًا؛ لا يتسع الشارة والشهادة لأكثر من ⁦{max}⁩.</translation>
    </message>
    <message>
      <source>This participant has no active badge for the workshop.</source>
      <translation>ليس لهذا المشارك شارة صالحة لهذه الورشة.</translation>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them before issuing a badge.</source>
      <translation>هذا المشارك غير مسجَّل في الورشة؛ سجّله قبل إصدار شارة.</translation>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them first.</source>
      <translation>هذا المشارك غير مسجل في الورشة؛ سجّله أولًا.</translation>
    </message>
    <message>
      <source>This participant was already erased on {date}.</source>
      <translation>تم محو هذا المشارك من قبل بتاريخ {date}.</translation>
    </message>
    <message>
      <source>This participant was erased; their data cannot be edited.</source>
      <translation>تم محو هذا المشارك؛ لا يمكن تعديل معطياته.</translation>
    </message>
    <message>
      <source>This participant's data was erased; the badge is no longer valid.</source>
      <translation>تم محو بيانات هذا المشارك؛ الشارة لم تعد صالحة.</translation>
    </message>
    <message>
      <source>This passphrase does not open {path}. Check the keyboard layout and Caps Lock; without the right passphrase the data cannot be recovered.</source>
      <translation>عبارة المرور هذه لا تفتح {path}. تحقّقوا من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة؛ بدون العبارة الصحيحة لا يمكن استرجاع البيانات.</translation>
    </message>
    <message>
      <source>This report contains names: share it only with people entitled to see them.</source>
      <translation>يحتوي هذا التقرير على أسماء: لا تشاركه إلا مع الأشخاص المخوّل لهم الاطلاع عليها.</translation>
    </message>
    <message>
      <source>This session does not belong to the workshop (or no longer exists).</source>
      <translation>هذه الجلسة لا تنتمي إلى الورشة (أو لم تعد موجودة).</translation>
    </message>
    <message>
      <source>This session no longer exists.</source>
      <translation>هذه الجلسة لم تعد موجودة.</translation>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>لا تحتوي هذه الورشة على الجلسة {number}.</translation>
    </message>
    <message>
      <source>Tick one answer per question.</source>
      <translation>ضعوا علامة على إجابة واحدة لكل سؤال.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>التوقيت</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>المجموع</translation>
    </message>
    <message>
      <source>Total for the day</source>
      <translation>مجموع اليوم</translation>
    </message>
    <message>
      <source>Total training time: {time}</source>
      <translation>مجموع مدة التكوين: {time}</translation>
    </message>
    <message>
      <source>Total: {n} min</source>
      <translation>المجموع: {n} دقيقة</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>توقيع المكوّن</translation>
    </message>
    <message>
      <source>Trainer: {name}</source>
      <translation>المكوِّن(ة): {name}</translation>
    </message>
    <message>
      <source>Translation missing in {lang}; showing {shown}.</source>
      <translation>الترجمة إلى {lang} غير موجودة؛ يُعرض النص بـ{shown}.</translation>
    </message>
    <message>
      <source>Unclosed or malformed placeholder near '{text}'.</source>
      <translation>حقل غير مغلق أو غير سليم قرب «{text}».</translation>
    </message>
    <message>
      <source>Unknown attendance status '{status}'; use present, late, absent or excused.</source>
      <translation>حالة حضور غير معروفة «{status}»؛ استخدم present أو late أو absent أو excused.</translation>
    </message>
    <message>
      <source>Unknown badge: this code was not issued on this laptop's data.</source>
      <translation>شارة غير معروفة: لم يصدر هذا الرمز ضمن بيانات هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Unknown check-in method '{method}'.</source>
      <translation>طريقة تسجيل حضور غير معروفة «{method}».</translation>
    </message>
    <message>
      <source>Unknown format '{fmt}'; use csv, xlsx or sheet.</source>
      <translation>صيغة غير معروفة «{fmt}»؛ استخدم csv أو xlsx أو sheet.</translation>
    </message>
    <message>
      <source>Unknown language '{lang}'; use fr, ar or en.</source>
      <translation>لغة غير معروفة «{lang}»؛ استخدم fr أو ar أو en.</translation>
    </message>
    <message>
      <source>Unknown language '{lang}'; use one of: {langs}.</source>
      <translation>لغة غير معروفة «{lang}»؛ استعملوا إحدى: {langs}.</translation>
    </message>
    <message>
      <source>Unknown participant field(s): {names}</source>
      <translation>حقول مشارك غير معروفة: {names}</translation>
    </message>
    <message>
      <source>Unknown placeholders (left empty):</source>
      <translation>حقول غير معروفة (تُترك فارغة):</translation>
    </message>
    <message>
      <source>Unknown session field(s): {names}</source>
      <translation>حقول جلسة غير معروفة: {names}</translation>
    </message>
    <message>
      <source>Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.</source>
      <translation>ترميز غير معروف «{encoding}»؛ استعمل مثلًا utf-8 أو utf-16 أو cp1256 أو latin-1.</translation>
    </message>
    <message>
      <source>Unknown way of saving the agenda: {mode}.</source>
      <translation>طريقة حفظ البرنامج غير معروفة: {mode}.</translation>
    </message>
    <message>
      <source>Unknown workshop field(s): {names}</source>
      <translation>حقول ورشة غير معروفة: {names}</translation>
    </message>
    <message>
      <source>Unreadable code.</source>
      <translation>رمز غير مقروء.</translation>
    </message>
    <message>
      <source>Unreadable code. Scan again, or type the short code printed on the badge.</source>
      <translation>رمز غير مقروء. أعد المسح، أو اكتب الرمز القصير المطبوع على الشارة.</translation>
    </message>
    <message>
      <source>Update Workshop Kit.</source>
      <translation>حدّث Workshop Kit.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>القيمة</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Verification page written: {path} ({n} certificate(s), {r} revoked, list of {date}).</source>
      <translation>كُتبت صفحة التحقق: {path} (الشهادات: {n}، الملغاة: {r}، قائمة بتاريخ {date}).</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>الإصدار</translation>
    </message>
    <message>
      <source>Welcome {name} — late ({time}).</source>
      <translation>مرحبًا {name} — متأخر ({time}).</translation>
    </message>
    <message>
      <source>Welcome {name}!</source>
      <translation>مرحبًا {name}!</translation>
    </message>
    <message>
      <source>What this window had written was saved as {name}; restore that one with: workshop-kit backup restore "{file}"</source>
      <translation>حُفظ ما كتبته هذه النافذة باسم {name}؛ استعيدوها بالأمر: workshop-kit backup restore "{file}"</translation>
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation>بدون أمر فرعي يُفتح التطبيق. التوثيق: docs/cli.md</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>امرأة</translation>
    </message>
    <message>
      <source>Word of mouth</source>
      <translation>عن طريق المعارف</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>الورشة</translation>
    </message>
    <message>
      <source>Workshop Kit: curricula, participants, QR check-in, attendance and certificates, offline.</source>
      <translation>Workshop Kit: المناهج والمشاركون وتسجيل الحضور برمز QR والحضور والشهادات، دون اتصال.</translation>
    </message>
    <message>
      <source>Workshop created: {title} ({id}), {n} sessions from {start} to {end}.</source>
      <translation>تم إنشاء الورشة: {title} ({id})، {n} جلسات من {start} إلى {end}.</translation>
    </message>
    <message>
      <source>Workshop updated: {title} ({id}).</source>
      <translation>تم تعديل الورشة: {title} ({id}).</translation>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>الورشة: {title}</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>توجد ورشات مسبقًا؛ لم تُنشأ ورشة تجريبية.</translation>
    </message>
    <message>
      <source>Workshops held</source>
      <translation>الورشات المنعقدة</translation>
    </message>
    <message>
      <source>Writing {n} people…</source>
      <translation>جارٍ تسجيل {n} شخصًا…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
      <source>Wrong passphrase, try again.</source>
      <translation>عبارة مرور خاطئة، حاولوا مرة أخرى.</translation>
    </message>
    <message>
      <source>Wrong password, or the protected file was changed or damaged.</source>
      <translation>كلمة مرور خاطئة، أو أن الملف المحمي عُدّل أو تلف.</translation>
    </message>
    <message>
      <source>XLSX sheet name or number (default: the first)</source>
      <translation>اسم ورقة XLSX أو رقمها (افتراضيًا: الأولى)</translation>
    </message>
    <message>
      <source>You already have a module '{id}'; use --replace to update it.</source>
      <translation>لديكم من قبل وحدة «{id}»؛ استعملوا ‎--replace‎ لتحديثها.</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>معلوماتك</translation>
    </message>
    <message>
      <source>a date or time</source>
      <translation>تاريخ أو وقت</translation>
    </message>
    <message>
      <source>a list of module ids</source>
      <translation>قائمة بمعرّفات الوحدات</translation>
    </message>
    <message>
      <source>a module file, a module folder, a folder of modules or a zip</source>
      <translation>ملف وحدة أو مجلد وحدة أو مجلد وحدات أو ملف zip</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>عدد</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>نص</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>عدد صحيح</translation>
    </message>
    <message>
      <source>a workshop (default: every workshop)</source>
      <translation>ورشة (افتراضياً: كل الورشات)</translation>
    </message>
    <message>
      <source>absent</source>
      <translation>غائب</translation>
    </message>
    <message>
      <source>add your own module(s) from a folder or a zip</source>
      <translation>إضافة وحداتكم الخاصة من مجلد أو ملف zip</translation>
    </message>
    <message>
      <source>address where verify.html will be published; new certificates' QR codes open it</source>
      <translation>العنوان الذي ستُنشر عليه verify.html؛ تفتحه رموز QR في الشهادات الجديدة</translation>
    </message>
    <message>
      <source>age band, e.g. 25-34</source>
      <translation>الفئة العمرية، مثلًا 25-34</translation>
    </message>
    <message>
      <source>all modules</source>
      <translation>كل الوحدات</translation>
    </message>
    <message>
      <source>already in the outbox ({status})</source>
      <translation>موجودة مسبقًا في صندوق الإرسال ({status})</translation>
    </message>
    <message>
      <source>already known</source>
      <translation>معروف من قبل</translation>
    </message>
    <message>
      <source>also make PDFs with LibreOffice (one batched call)</source>
      <translation>إنشاء ملفات PDF أيضًا عبر LibreOffice (استدعاء واحد مجمّع)</translation>
    </message>
    <message>
      <source>also write one .docx with every certificate, ready to print</source>
      <translation>كتابة ملف ‎.docx واحد بكل الشهادات أيضًا، جاهز للطباعة</translation>
    </message>
    <message>
      <source>also write the template filled with sample data</source>
      <translation>كتابة القالب معبّأً ببيانات نموذجية أيضًا</translation>
    </message>
    <message>
      <source>anonymise them now</source>
      <translation>إخفاء هويتهم الآن</translation>
    </message>
    <message>
      <source>at most N results (default 20)</source>
      <translation>على الأكثر N نتيجة (افتراضياً 20)</translation>
    </message>
    <message>
      <source>attendance</source>
      <translation>الحضور</translation>
    </message>
    <message>
      <source>attendance grid, corrections and exports</source>
      <translation>جدول الحضور والتصحيحات والتصدير</translation>
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>نسبة الحضور المطلوبة للشهادة بـ %% (الافتراضي 80)</translation>
    </message>
    <message>
      <source>attended</source>
      <translation>حاضرون</translation>
    </message>
    <message>
      <source>attended  eligible</source>
      <translation>الحضور  مؤهل</translation>
    </message>
    <message>
      <source>attended {attended} of {counted} sessions, {needed} needed ({percent} %)</source>
      <translation>حضر {attended} من {counted} جلسات، والمطلوب {needed} ‏({percent} ٪)</translation>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
      <source>badge active</source>
      <translation>شارة نشطة</translation>
    </message>
    <message>
      <source>badge revoked</source>
      <translation>شارة ملغاة</translation>
    </message>
    <message>
      <source>badge scanner</source>
      <translation>قارئ الشارات</translation>
    </message>
    <message>
      <source>badge token (WK1-…) or the short code printed on the badge</source>
      <translation>رمز الشارة (WK1-…) أو الرمز القصير المطبوع عليها</translation>
    </message>
    <message>
      <source>badges</source>
      <translation>الشارات</translation>
    </message>
    <message>
      <source>bundle file to write (.zip)</source>
      <translation>ملف الحزمة المراد كتابته (.zip)</translation>
    </message>
    <message>
      <source>bundle file(s)</source>
      <translation>ملف (ملفات) الحزمة</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>مشغول</translation>
    </message>
    <message>
      <source>camera</source>
      <translation>الكاميرا</translation>
    </message>
    <message>
      <source>cancel a queued message</source>
      <translation>إلغاء رسالة منتظرة</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>cannot be read: {detail}</source>
      <translation>تتعذر قراءته: {detail}</translation>
    </message>
    <message>
      <source>certificate authority that signed the server's certificate, when it is not a public one</source>
      <translation>جهة التصديق التي وقّعت شهادة الخادم، إن لم تكن جهة عمومية</translation>
    </message>
    <message>
      <source>certificate language (default: the workshop's)</source>
      <translation>لغة الشهادة (افتراضيًا: لغة الورشة)</translation>
    </message>
    <message>
      <source>certificate number</source>
      <translation>رقم الشهادة</translation>
    </message>
    <message>
      <source>certificate revoked</source>
      <translation>الشهادة مُبطَلة</translation>
    </message>
    <message>
      <source>certificate {number} was revoked</source>
      <translation>أُبطلت الشهادة {number}</translation>
    </message>
    <message>
      <source>certificates for a workshop (the default action)</source>
      <translation>شهادات ورشة (الإجراء الافتراضي)</translation>
    </message>
    <message>
      <source>change a workshop's title, venue, trainer or their Arabic forms</source>
      <translation>تغيير عنوان الورشة أو مكانها أو المكوّن(ة) أو صيغتها العربية</translation>
    </message>
    <message>
      <source>check a bundle and merge it into this data folder</source>
      <translation>التحقق من حزمة ودمجها في مجلد البيانات هذا</translation>
    </message>
    <message>
      <source>check a certificate: valid, altered, revoked or unknown organisation</source>
      <translation>التحقق من شهادة: صحيحة أو مُغيَّرة أو مُبطَلة أو من منظمة غير معروفة</translation>
    </message>
    <message>
      <source>check and merge every new bundle in the inbox (never writes into it)</source>
      <translation>فحص ودمج كل حزمة جديدة في صندوق الوارد (دون الكتابة فيه أبدًا)</translation>
    </message>
    <message>
      <source>check and report, write nothing</source>
      <translation>التحقق وعرض التقرير دون كتابة أي شيء</translation>
    </message>
    <message>
      <source>check module files; every problem with file, line and field</source>
      <translation>فحص ملفات الوحدات؛ كل مشكلة مع الملف والسطر والحقل</translation>
    </message>
    <message>
      <source>check the data folder, database, curricula, templates, fonts, translations and optional tools</source>
      <translation>التحقق من مجلد البيانات وقاعدة البيانات والمناهج والنماذج والخطوط والترجمات والأدوات الاختيارية</translation>
    </message>
    <message>
      <source>city</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>column → field, e.g. '{"Nom": "last_name", "Tel": "phone"}' (null ignores a column)</source>
      <translation>العمود ← الحقل، مثلًا '{"Nom": "last_name", "Tel": "phone"}' (القيمة null تتجاهل العمود)</translation>
    </message>
    <message>
      <source>consent was collected on paper for every row of a file without a consent column</source>
      <translation>جُمعت الموافقة على الورق لكل سطر في ملف لا يحتوي على عمود للموافقة</translation>
    </message>
    <message>
      <source>correct one participant's status for one session (audited)</source>
      <translation>تصحيح حالة مشارك في جلسة واحدة (مع التدقيق)</translation>
    </message>
    <message>
      <source>country name or ISO code</source>
      <translation>اسم البلد أو رمزه ISO</translation>
    </message>
    <message>
      <source>create a demo workshop with sessions and sample participants</source>
      <translation>إنشاء ورشة تجريبية بجلسات ومشاركين نموذجيين</translation>
    </message>
    <message>
      <source>create a workshop and its sessions</source>
      <translation>إنشاء ورشة وجلساتها</translation>
    </message>
    <message>
      <source>create and list workshops</source>
      <translation>إنشاء الورشات وعرضها</translation>
    </message>
    <message>
      <source>csv (UTF-8 for Excel), xlsx (one sheet per session and a summary) or sheet (sign-in sheets .docx)</source>
      <translation>csv (UTF-8 لبرنامج Excel)، أو xlsx (ورقة لكل جلسة وملخص)، أو sheet (أوراق التوقيع ‎.docx)</translation>
    </message>
    <message>
      <source>curriculum module id (repeatable)</source>
      <translation>معرّف الوحدة التدريبية (قابل للتكرار)</translation>
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation>مجلد البيانات (الافتراضي: ‎$WORKSHOP_KIT_HOME أو مجلد بيانات المستخدم)</translation>
    </message>
    <message>
      <source>date the certificate was issued</source>
      <translation>تاريخ إصدار الشهادة</translation>
    </message>
    <message>
      <source>decrypt the database and its backups (needs the passphrase)</source>
      <translation>فك تشفير قاعدة البيانات ونسخها الاحتياطية (يتطلب عبارة المرور)</translation>
    </message>
    <message>
      <source>deletions</source>
      <translation>عمليات الحذف</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>تجريبي</translation>
    </message>
    <message>
      <source>differs from fr.md</source>
      <translation>يختلف عن fr.md</translation>
    </message>
    <message>
      <source>document language (default: the workshop's)</source>
      <translation>لغة الوثيقة (افتراضيًا: لغة الورشة)</translation>
    </message>
    <message>
      <source>does not exist</source>
      <translation>غير موجود</translation>
    </message>
    <message>
      <source>donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <source>donor report: reach, disaggregation, attendance, knowledge gain</source>
      <translation>تقرير الجهة المانحة: المستفيدون، التوزيع، الحضور، المكسب المعرفي</translation>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>رمز الجهة المانحة/المشروع</translation>
    </message>
    <message>
      <source>duplicate module id '{id}': already in {other}; rename the folder and its id</source>
      <translation>معرّف وحدة مكرر «{id}»: موجود في {other}؛ غيّروا اسم المجلد ومعرّفه</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>e-mail certificates: queue, send, retry</source>
      <translation>إرسال الشهادات بالبريد: قائمة الانتظار، الإرسال، إعادة المحاولة</translation>
    </message>
    <message>
      <source>each activity needs title, minutes, method and steps</source>
      <translation>كل نشاط يحتاج إلى title وminutes وmethod وsteps</translation>
    </message>
    <message>
      <source>each question needs question, choices and answer</source>
      <translation>كل سؤال يحتاج إلى question وchoices وanswer</translation>
    </message>
    <message>
      <source>each session needs title, minutes and activities</source>
      <translation>كل جلسة تحتاج إلى title وminutes وactivities</translation>
    </message>
    <message>
      <source>each source needs title, publisher and year</source>
      <translation>كل مصدر يحتاج إلى title وpublisher وyear</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>فارغ</translation>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase</source>
      <translation>تشفير قاعدة البيانات ونسخها الاحتياطية بعبارة مرور</translation>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase (SQLCipher)</source>
      <translation>تشفير قاعدة البيانات ونسخها الاحتياطية بعبارة مرور (SQLCipher)</translation>
    </message>
    <message>
      <source>enrol in this workshop</source>
      <translation>التسجيل في هذه الورشة</translation>
    </message>
    <message>
      <source>enrol registered participants in a workshop</source>
      <translation>تسجيل مشاركين مسجلين من قبل في ورشة</translation>
    </message>
    <message>
      <source>enrolments</source>
      <translation>التسجيلات</translation>
    </message>
    <message>
      <source>entered by hand</source>
      <translation>إدخال يدوي</translation>
    </message>
    <message>
      <source>erase a participant's personal data (attendance counts are kept)</source>
      <translation>محو المعطيات الشخصية لمشارك (تُحفظ أعداد الحضور)</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>خطأ: {message}</translation>
    </message>
    <message>
      <source>every enrolled participant</source>
      <translation>كل المشاركين المسجّلين</translation>
    </message>
    <message>
      <source>every workshop in this data folder</source>
      <translation>كل الورشات في مجلد البيانات هذا</translation>
    </message>
    <message>
      <source>excused</source>
      <translation>غياب مبرر</translation>
    </message>
    <message>
      <source>export a module as a Word handout</source>
      <translation>تصدير وحدة كمطبوع Word</translation>
    </message>
    <message>
      <source>export attendance as CSV, XLSX or printable sign-in sheets</source>
      <translation>تصدير الحضور بصيغة CSV أو XLSX أو أوراق توقيع للطباعة</translation>
    </message>
    <message>
      <source>export the agenda as a Word document</source>
      <translation>تصدير البرنامج كوثيقة Word</translation>
    </message>
    <message>
      <source>export the organisation's public key (to verify elsewhere)</source>
      <translation>تصدير المفتاح العام للمنظمة (للتحقق في مكان آخر)</translation>
    </message>
    <message>
      <source>export the pre/post test as a Word document</source>
      <translation>تصدير الاختبار القبلي/البعدي كوثيقة Word</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>فاشلة</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>الملف المراد كتابته</translation>
    </message>
    <message>
      <source>first day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>first day (default: today)</source>
      <translation>اليوم الأول (الافتراضي: اليوم)</translation>
    </message>
    <message>
      <source>first name (Arabic script)</source>
      <translation>الاسم الشخصي (بالحروف العربية)</translation>
    </message>
    <message>
      <source>first name (Latin script)</source>
      <translation>الاسم الشخصي (بالحروف اللاتينية)</translation>
    </message>
    <message>
      <source>folder for one .docx per participant</source>
      <translation>مجلد لملف ‎.docx لكل مشارك</translation>
    </message>
    <message>
      <source>folder of generated certificates (PDF preferred)</source>
      <translation>مجلد الشهادات المُنشأة (يُفضَّل PDF)</translation>
    </message>
    <message>
      <source>folder to write verify.html into</source>
      <translation>المجلد الذي تُكتب فيه verify.html</translation>
    </message>
    <message>
      <source>fr, ar or en</source>
      <translation>fr أو ar أو en</translation>
    </message>
    <message>
      <source>from another laptop</source>
      <translation>من حاسوب آخر</translation>
    </message>
    <message>
      <source>full name as typed (split into first/last name, Latin or Arabic script)</source>
      <translation>الاسم الكامل كما كُتب (يُقسم إلى اسم شخصي ونسب، بالحروف اللاتينية أو العربية)</translation>
    </message>
    <message>
      <source>has {n} item(s); at least {min} needed</source>
      <translation>فيه {n} عنصر؛ يلزم {min} على الأقل</translation>
    </message>
    <message>
      <source>has {n} items; at most {max} allowed</source>
      <translation>فيه {n} عناصر؛ المسموح به {max} على الأكثر</translation>
    </message>
    <message>
      <source>hours attended</source>
      <translation>الساعات المحضورة</translation>
    </message>
    <message>
      <source>how they heard of the workshop</source>
      <translation>كيف عرف الشخص بالورشة</translation>
    </message>
    <message>
      <source>id of the record merged into it (then removed)</source>
      <translation>معرّف البطاقة التي تُدمج فيها (ثم تُحذف)</translation>
    </message>
    <message>
      <source>id of the record to keep</source>
      <translation>معرّف البطاقة التي يُحتفظ بها</translation>
    </message>
    <message>
      <source>import a person whose only problems are in optional fields (birth date, phone, e-mail…) without those fields; the report lists them</source>
      <translation>استيراد شخص مشاكله كلها في حقول اختيارية (تاريخ الميلاد، الهاتف، البريد…) دون هذه الحقول؛ ويذكرها التقرير</translation>
    </message>
    <message>
      <source>import and trust the signer's key from now on</source>
      <translation>الاستيراد والوثوق بمفتاح الموقِّع من الآن</translation>
    </message>
    <message>
      <source>import even if the signer's key is not trusted (this time only)</source>
      <translation>الاستيراد حتى لو لم يكن مفتاح الموقِّع موثوقًا (هذه المرة فقط)</translation>
    </message>
    <message>
      <source>import participants from a CSV or XLSX file into a workshop</source>
      <translation>استيراد مشاركين من ملف CSV أو XLSX إلى ورشة</translation>
    </message>
    <message>
      <source>import the valid rows even when some rows have errors</source>
      <translation>استيراد الأسطر الصالحة حتى لو كانت في بعض الأسطر أخطاء</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>مستورد</translation>
    </message>
    <message>
      <source>include participants' names (default: anonymised aggregates only)</source>
      <translation>تضمين أسماء المشاركين (افتراضيًا: أرقام إجمالية مجهولة الهوية فقط)</translation>
    </message>
    <message>
      <source>is not UTF-8 text (byte {pos}); save it as UTF-8</source>
      <translation>ليس نصاً بترميز UTF-8 (البايت {pos})؛ احفظوه بترميز UTF-8</translation>
    </message>
    <message>
      <source>is the data folder encrypted?</source>
      <translation>هل مجلد البيانات مشفّر؟</translation>
    </message>
    <message>
      <source>is {mb} MB; a module file may hold at most {max} MB</source>
      <translation>حجمه ⁦{mb}⁩ ميغابايت؛ لا يتجاوز ملف الوحدة ⁦{max}⁩ ميغابايت</translation>
    </message>
    <message>
      <source>is {minutes} but its activities add up to {total}; make them equal</source>
      <translation>قيمته {minutes} لكن مجموع أنشطته {total}؛ اجعلوهما متساويين</translation>
    </message>
    <message>
      <source>is {minutes} but the sessions add up to {total}; make them equal</source>
      <translation>قيمته {minutes} لكن مجموع الجلسات {total}؛ اجعلوهما متساويين</translation>
    </message>
    <message>
      <source>its write-ahead journal (-wal) was removed while it was open</source>
      <translation>حُذف سجل الكتابة المسبقة (-wal) الخاص به بينما كان مفتوحًا</translation>
    </message>
    <message>
      <source>knowledge gain (post − pre) per module, for donors</source>
      <translation>المكسب المعرفي (البعدي − القبلي) لكل وحدة، للجهات المانحة</translation>
    </message>
    <message>
      <source>language (default: the app's language)</source>
      <translation>اللغة (افتراضياً: لغة التطبيق)</translation>
    </message>
    <message>
      <source>language of the document (default: the participant's)</source>
      <translation>لغة الوثيقة (افتراضيًا: لغة المشارك)</translation>
    </message>
    <message>
      <source>language of the figures and the file</source>
      <translation>لغة الأرقام والملف</translation>
    </message>
    <message>
      <source>language of the file (default: the workshop's)</source>
      <translation>لغة الملف (افتراضيًا: لغة الورشة)</translation>
    </message>
    <message>
      <source>language of the report</source>
      <translation>لغة التقرير</translation>
    </message>
    <message>
      <source>language of the titles and of the document (default: the workshop's)</source>
      <translation>لغة العناوين والوثيقة (افتراضياً: لغة الورشة)</translation>
    </message>
    <message>
      <source>last day</source>
      <translation>اليوم الأخير</translation>
    </message>
    <message>
      <source>last name (Arabic script)</source>
      <translation>النسب (بالحروف العربية)</translation>
    </message>
    <message>
      <source>last name (Latin script)</source>
      <translation>النسب (بالحروف اللاتينية)</translation>
    </message>
    <message>
      <source>late</source>
      <translation>متأخر</translation>
    </message>
    <message>
      <source>leave files changed less than SECONDS ago for a later scan (default 3)</source>
      <translation>ترك الملفات التي تغيّرت منذ أقل من SECONDS ثانية لفحص لاحق (الافتراضي 3)</translation>
    </message>
    <message>
      <source>list (or anonymise with --apply) participants kept longer than the retention period</source>
      <translation>عرض (أو إخفاء هوية بـ‎--apply) المشاركين المحفوظين أكثر من مدة الاحتفاظ</translation>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>عرض النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
      <source>list issued certificates</source>
      <translation>عرض الشهادات الصادرة</translation>
    </message>
    <message>
      <source>list known and unknown placeholders of a .docx template</source>
      <translation>عرض الحقول المعروفة وغير المعروفة في قالب ‎.docx</translation>
    </message>
    <message>
      <source>list records that may be the same person</source>
      <translation>عرض البطاقات التي قد تكون للشخص نفسه</translation>
    </message>
    <message>
      <source>list the corrections made to the grid</source>
      <translation>عرض التصحيحات المدخلة على الجدول</translation>
    </message>
    <message>
      <source>list the modules (bundled and your own)</source>
      <translation>عرض قائمة الوحدات (المرفقة ووحداتكم)</translation>
    </message>
    <message>
      <source>list the participants of a workshop with their badge status</source>
      <translation>عرض مشاركي ورشة مع حالة شاراتهم</translation>
    </message>
    <message>
      <source>list workshops</source>
      <translation>عرض الورشات</translation>
    </message>
    <message>
      <source>local</source>
      <translation>محلية</translation>
    </message>
    <message>
      <source>login name</source>
      <translation>اسم الدخول</translation>
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation>إنشاء نسخة احتياطية متحقق منها الآن</translation>
    </message>
    <message>
      <source>make, check and revoke certificates of attendance (certificates WORKSHOP -o DIR)</source>
      <translation>إنشاء شهادات المشاركة والتحقق منها وإبطالها (certificates WORKSHOP -o DIR)</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>إنشاء النسخ الاحتياطية لملف البيانات أو عرضها أو استعادتها</translation>
    </message>
    <message>
      <source>maximum points (default: the module's number of questions)</source>
      <translation>النقطة القصوى (افتراضياً: عدد أسئلة الوحدة)</translation>
    </message>
    <message>
      <source>men</source>
      <translation>رجال</translation>
    </message>
    <message>
      <source>merge every bundle again, even those recorded as merged</source>
      <translation>دمج كل الحزم من جديد، حتى المسجلة كمدموجة</translation>
    </message>
    <message>
      <source>merge two records of the same person (history kept)</source>
      <translation>دمج بطاقتين للشخص نفسه (مع حفظ السجل)</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>دُمج</translation>
    </message>
    <message>
      <source>message id (or its first characters)</source>
      <translation>معرّف الرسالة (أو أحرفه الأولى)</translation>
    </message>
    <message>
      <source>messages and their status</source>
      <translation>الرسائل وحالتها</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>مفقود</translation>
    </message>
    <message>
      <source>missing; add a list</source>
      <translation>غير موجود؛ أضيفوا قائمة</translation>
    </message>
    <message>
      <source>missing; add a non-empty text</source>
      <translation>غير موجود؛ أضيفوا نصاً غير فارغ</translation>
    </message>
    <message>
      <source>missing; add a whole number of minutes</source>
      <translation>غير موجود؛ أضيفوا عدداً صحيحاً من الدقائق</translation>
    </message>
    <message>
      <source>missing; add the date the content was checked (YYYY-MM-DD)</source>
      <translation>غير موجود؛ أضيفوا تاريخ التحقق من المحتوى (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>missing; add the year (or "s.d.")</source>
      <translation>غير موجود؛ أضيفوا السنة (أو "s.d.")</translation>
    </message>
    <message>
      <source>module                        people   pre %   post %   gain</source>
      <translation>الوحدة                        العدد    قبلي %  بعدي %   المكسب</translation>
    </message>
    <message>
      <source>module id, e.g. m04-protection</source>
      <translation>معرّف الوحدة، مثلاً m04-protection</translation>
    </message>
    <message>
      <source>modules covered</source>
      <translation>الوحدات المتناولة</translation>
    </message>
    <message>
      <source>must be a list (lines starting with '- ')</source>
      <translation>يجب أن يكون قائمة (أسطر تبدأ بـ«- »)</translation>
    </message>
    <message>
      <source>must be a non-empty text</source>
      <translation>يجب أن يكون نصاً غير فارغ</translation>
    </message>
    <message>
      <source>must be a text</source>
      <translation>يجب أن يكون نصاً</translation>
    </message>
    <message>
      <source>must be more than 0</source>
      <translation>يجب أن يكون أكبر من 0</translation>
    </message>
    <message>
      <source>must be true (a core session) or false (optional)</source>
      <translation>يجب أن تكون true (حصة أساسية) أو false (اختيارية)</translation>
    </message>
    <message>
      <source>name search</source>
      <translation>البحث بالاسم</translation>
    </message>
    <message>
      <source>new status; 'none' clears the cell</source>
      <translation>الحالة الجديدة؛ «none» تُفرغ الخانة</translation>
    </message>
    <message>
      <source>no</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>no badge</source>
      <translation>بدون شارة</translation>
    </message>
    <message>
      <source>no certificate file; generate the certificates first</source>
      <translation>لا يوجد ملف شهادة؛ أنشئوا الشهادات أولًا</translation>
    </message>
    <message>
      <source>no consent to e-mail</source>
      <translation>لا موافقة على البريد الإلكتروني</translation>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>لا عنوان بريد إلكتروني</translation>
    </message>
    <message>
      <source>no fr.md: every module needs its French file</source>
      <translation>لا يوجد fr.md: كل وحدة تحتاج إلى ملفها بالفرنسية</translation>
    </message>
    <message>
      <source>no front matter: the file must start with a line '---', the YAML fields, then '---'</source>
      <translation>لا توجد ترويسة: يجب أن يبدأ الملف بسطر «---» ثم حقول YAML ثم «---»</translation>
    </message>
    <message>
      <source>no platform plugin</source>
      <translation>لا يوجد ملحق منصة</translation>
    </message>
    <message>
      <source>no session</source>
      <translation>لا توجد جلسة</translation>
    </message>
    <message>
      <source>no session counted yet</source>
      <translation>لم تُحتسب أي جلسة بعد</translation>
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation>ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
      <source>not installed</source>
      <translation>غير مثبتة</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>غير مسجل</translation>
    </message>
    <message>
      <source>not translated: {lang}</source>
      <translation>غير مترجمة: {lang}</translation>
    </message>
    <message>
      <source>note: invisible control characters were removed from {field} (they cannot be printed).</source>
      <translation>ملاحظة: أزيلت رموز تحكم غير مرئية من الحقل {field} (لا يمكن طباعتها).</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>عدد الأيام (الافتراضي 1)</translation>
    </message>
    <message>
      <source>only names, organisations, cities, phones or e-mails containing TEXT</source>
      <translation>فقط الأسماء أو المنظمات أو المدن أو الهواتف أو العناوين التي تحتوي على TEXT</translation>
    </message>
    <message>
      <source>only participants who meet the attendance rule (default)</source>
      <translation>المشاركون المستوفون لقاعدة الحضور فقط (افتراضي)</translation>
    </message>
    <message>
      <source>only the cards and sheets to print and cut out (role cards, case cards, personas)</source>
      <translation>البطاقات والأوراق المعدّة للطباعة والقص فقط (بطاقات الأدوار، بطاقات الحالات، الشخصيات النموذجية)</translation>
    </message>
    <message>
      <source>only this language (default: all)</source>
      <translation>هذه اللغة فقط (افتراضياً: كلها)</translation>
    </message>
    <message>
      <source>only this participant (repeatable)</source>
      <translation>هذا المشارك فقط (قابل للتكرار)</translation>
    </message>
    <message>
      <source>only this workshop</source>
      <translation>هذه الورشة فقط</translation>
    </message>
    <message>
      <source>only when there is no workshop yet</source>
      <translation>فقط إذا لم توجد أي ورشة بعد</translation>
    </message>
    <message>
      <source>open a password-protected file (a bundle or a personal data export)</source>
      <translation>فتح ملف محمي بكلمة مرور (حزمة أو تصدير بيانات شخصية)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>اختيارية</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>المنظمة</translation>
    </message>
    <message>
      <source>organisation's logo (Settings)</source>
      <translation>شعار المنظمة (الإعدادات)</translation>
    </message>
    <message>
      <source>organisation's name (Settings)</source>
      <translation>اسم المنظمة (الإعدادات)</translation>
    </message>
    <message>
      <source>organisations</source>
      <translation>المنظمات</translation>
    </message>
    <message>
      <source>other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source>other African</source>
      <translation>إفريقي آخر</translation>
    </message>
    <message>
      <source>participant handouts would print what looks like an answer, a debrief key or a role-play card; open its paragraph with an answer-key label, put it under a 'Pour le formateur' heading, or move it to facilitator_notes</source>
      <translation>ستطبع نسخ المشاركين ما يبدو جواباً أو عناصر استخلاص أو بطاقة دور؛ افتتحوا فقرته بعنوان مفتاح تصحيح، أو ضعوه تحت عنوان يبدأ بـ«للمكوّن»، أو انقلوه إلى facilitator_notes</translation>
    </message>
    <message>
      <source>participant id</source>
      <translation>معرّف المشارك</translation>
    </message>
    <message>
      <source>participant id (or its first characters)</source>
      <translation>معرّف المشارك (أو أحرفه الأولى)</translation>
    </message>
    <message>
      <source>participant's name in Arabic script</source>
      <translation>اسم المشارك بالحروف العربية</translation>
    </message>
    <message>
      <source>participant's name in Latin script</source>
      <translation>اسم المشارك بالحروف اللاتينية</translation>
    </message>
    <message>
      <source>participant's name in the certificate's language (the other script if missing)</source>
      <translation>اسم المشارك بلغة الشهادة (بالكتابة الأخرى إن لم يوجد)</translation>
    </message>
    <message>
      <source>participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>partner organisation</source>
      <translation>المنظمة الشريكة</translation>
    </message>
    <message>
      <source>personal data erased</source>
      <translation>البيانات الشخصية ممحوّة</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>رقم الهاتف</translation>
    </message>
    <message>
      <source>photo or scan of the QR code</source>
      <translation>صورة أو مسح ضوئي لرمز QR</translation>
    </message>
    <message>
      <source>place every session of this module on the next free times and save (repeatable)</source>
      <translation>وضع كل جلسات هذه الوحدة في الأوقات الشاغرة التالية والحفظ (قابل للتكرار)</translation>
    </message>
    <message>
      <source>points after the module</source>
      <translation>النقط بعد الوحدة</translation>
    </message>
    <message>
      <source>points before the module</source>
      <translation>النقط قبل الوحدة</translation>
    </message>
    <message>
      <source>present</source>
      <translation>حاضر</translation>
    </message>
    <message>
      <source>print JSON</source>
      <translation>الإخراج بصيغة JSON</translation>
    </message>
    <message>
      <source>print badges (Word, PNG), revoke or re-issue one</source>
      <translation>طباعة الشارات (Word، PNG)، أو إلغاء شارة أو إعادة إصدارها</translation>
    </message>
    <message>
      <source>process {pid}</source>
      <translation>العملية {pid}</translation>
    </message>
    <message>
      <source>programme dashboard over all workshops: reach, disaggregation, attendance, certificates, knowledge gain (anonymised)</source>
      <translation>لوحة البرنامج لكل الورشات: الاستفادة، التصنيف، الحضور، الشهادات، المكسب المعرفي (مجهول الهوية)</translation>
    </message>
    <message>
      <source>programme name (Al Wassit)</source>
      <translation>اسم البرنامج (الوسيط)</translation>
    </message>
    <message>
      <source>protect the bundle with a password (asked, or WORKSHOP_KIT_FILE_PASSWORD)</source>
      <translation>حماية الحزمة بكلمة مرور (تُطلب، أو WORKSHOP_KIT_FILE_PASSWORD)</translation>
    </message>
    <message>
      <source>protect the document with a password for the way to the person (asked, or WORKSHOP_KIT_FILE_PASSWORD); open it with: workshop-kit unseal FILE</source>
      <translation>حماية المستند بكلمة مرور أثناء إيصاله إلى الشخص (تُطلب، أو WORKSHOP_KIT_FILE_PASSWORD)؛ افتحوه بواسطة: workshop-kit unseal FILE</translation>
    </message>
    <message>
      <source>public key file</source>
      <translation>ملف المفتاح العام</translation>
    </message>
    <message>
      <source>public key file exported by that organisation</source>
      <translation>ملف المفتاح العام الذي صدّرته تلك المنظمة</translation>
    </message>
    <message>
      <source>queue the certificates in the outbox (send with: workshop-kit outbox send)</source>
      <translation>وضع الشهادات في صندوق الإرسال (الإرسال بالأمر: workshop-kit outbox send)</translation>
    </message>
    <message>
      <source>queue the certificates of a workshop for e-mail</source>
      <translation>إعداد شهادات ورشة للإرسال بالبريد</translation>
    </message>
    <message>
      <source>queued</source>
      <translation>منتظرة</translation>
    </message>
    <message>
      <source>quiz scores</source>
      <translation>درجات الاختبارات</translation>
    </message>
    <message>
      <source>re-encrypt everything under a new passphrase (needs the current one)</source>
      <translation>إعادة تشفير كل شيء بعبارة مرور جديدة (يتطلب العبارة الحالية)</translation>
    </message>
    <message>
      <source>read that password from standard input</source>
      <translation>قراءة كلمة المرور هذه من المدخل القياسي</translation>
    </message>
    <message>
      <source>read the QR code from a photo or screenshot of a badge</source>
      <translation>قراءة رمز QR من صورة أو لقطة شاشة لشارة</translation>
    </message>
    <message>
      <source>read the SMTP password from standard input</source>
      <translation>قراءة كلمة مرور SMTP من المدخل القياسي</translation>
    </message>
    <message>
      <source>read the new passphrase from standard input (else asked twice)</source>
      <translation>قراءة عبارة المرور الجديدة من المدخل القياسي (وإلا تُطلب مرتين)</translation>
    </message>
    <message>
      <source>read the new passphrase from standard input (else {env}, else asked twice)</source>
      <translation>قراءة عبارة المرور الجديدة من المدخل القياسي (وإلا {env}، وإلا تُطلب مرتين)</translation>
    </message>
    <message>
      <source>read the password from standard input</source>
      <translation>قراءة كلمة المرور من المدخل القياسي</translation>
    </message>
    <message>
      <source>read the password from standard input and keep it in the system keyring</source>
      <translation>قراءة كلمة المرور من المدخل القياسي وحفظها في حافظة النظام</translation>
    </message>
    <message>
      <source>read the password of protected bundles from standard input (else WORKSHOP_KIT_FILE_PASSWORD, else asked)</source>
      <translation>قراءة كلمة مرور الحزم المحمية من المدخل القياسي (وإلا WORKSHOP_KIT_FILE_PASSWORD، وإلا تُطلب)</translation>
    </message>
    <message>
      <source>reason recorded with --revoke/--reissue (default: lost)</source>
      <translation>السبب المسجَّل مع --revoke/--reissue (افتراضيًا: lost)</translation>
    </message>
    <message>
      <source>record a participant's pre/post test score</source>
      <translation>تسجيل نتيجة مشارك في الاختبار القبلي/البعدي</translation>
    </message>
    <message>
      <source>record an arrival from a badge token, a short code or a photo</source>
      <translation>تسجيل وصول انطلاقًا من رمز شارة أو رمز قصير أو صورة</translation>
    </message>
    <message>
      <source>record an uncertain message as received (never sent again)</source>
      <translation>تسجيل رسالة غير مؤكدة كمستلمة (لن يُعاد إرسالها)</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>register a participant (and enrol them in a workshop)</source>
      <translation>تسجيل مشارك (وتسجيله في ورشة)</translation>
    </message>
    <message>
      <source>register, import, find duplicates and erase participants</source>
      <translation>تسجيل المشاركين واستيرادهم والبحث عن التكرارات ومحو المعطيات</translation>
    </message>
    <message>
      <source>remember that two records are different people</source>
      <translation>تذكّر أن البطاقتين لشخصين مختلفين</translation>
    </message>
    <message>
      <source>remember the folder where bundles arrive</source>
      <translation>حفظ المجلد الذي تصل إليه الحزم</translation>
    </message>
    <message>
      <source>remove one of your own (local) modules</source>
      <translation>حذف إحدى وحداتكم الخاصة (المحلية)</translation>
    </message>
    <message>
      <source>replace a local module with the same id</source>
      <translation>استبدال وحدة محلية لها نفس المعرّف</translation>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>استبدال ملف البيانات بنسخة احتياطية (أحدث نسخة سليمة افتراضيًا)</translation>
    </message>
    <message>
      <source>retention period in months (default: from Settings)</source>
      <translation>مدة الاحتفاظ بالأشهر (افتراضيًا: من الإعدادات)</translation>
    </message>
    <message>
      <source>revoke a certificate</source>
      <translation>إبطال شهادة</translation>
    </message>
    <message>
      <source>revoke this participant's badge (lost badge)</source>
      <translation>إلغاء شارة هذا المشارك (شارة ضائعة)</translation>
    </message>
    <message>
      <source>revoke this participant's badge and issue a new one</source>
      <translation>إلغاء شارة هذا المشارك وإصدار شارة جديدة</translation>
    </message>
    <message>
      <source>role or function</source>
      <translation>الدور أو الوظيفة</translation>
    </message>
    <message>
      <source>row {row} has the phone of participant {id} under another name: both kept; check them with participants duplicates.</source>
      <translation>السطر {row} فيه هاتف المشارك ⁦{id}⁩ باسم آخر: احتُفظ بالاثنين؛ راجعهما بـ⁦participants duplicates⁩.</translation>
    </message>
    <message>
      <source>row {row} has the same phone as row {earlier} under another name: both kept; check them with participants duplicates.</source>
      <translation>السطر {row} فيه نفس هاتف السطر {earlier} باسم آخر: احتُفظ بالاثنين؛ راجعهما بـ⁦participants duplicates⁩.</translation>
    </message>
    <message>
      <source>row {row} repeats row {earlier} of this file (not created twice).</source>
      <translation>السطر {row} يكرر السطر {earlier} من هذا الملف (لا يُنشأ مرتين).</translation>
    </message>
    <message>
      <source>row {row}, column {column} left empty: {message}</source>
      <translation>السطر {row}، العمود {column} تُرك فارغًا: {message}</translation>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>السطر {row}، العمود {column}: {message}</translation>
    </message>
    <message>
      <source>says '{declared}' but the file is {file}; they must match</source>
      <translation>يذكر «{declared}» لكن الملف هو {file}؛ يجب أن يتطابقا</translation>
    </message>
    <message>
      <source>scan this folder instead of the remembered one</source>
      <translation>فحص هذا المجلد بدلًا من المجلد المحفوظ</translation>
    </message>
    <message>
      <source>scanned QR text, short code (ABCD-EFGH) or certificate number</source>
      <translation>نص QR الممسوح أو الرمز القصير (ABCD-EFGH) أو رقم الشهادة</translation>
    </message>
    <message>
      <source>scans</source>
      <translation>عمليات المسح</translation>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>المخطط {version}؛ سيُرقّى إلى {latest} (تُنشأ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
      <source>search every module and language</source>
      <translation>البحث في كل الوحدات وكل اللغات</translation>
    </message>
    <message>
      <source>send a failed or uncertain message again</source>
      <translation>إعادة إرسال رسالة فاشلة أو غير مؤكدة</translation>
    </message>
    <message>
      <source>send queued messages through the SMTP server</source>
      <translation>إرسال الرسائل المنتظرة عبر خادم SMTP</translation>
    </message>
    <message>
      <source>sender address</source>
      <translation>عنوان المُرسِل</translation>
    </message>
    <message>
      <source>sender name (default: the organisation)</source>
      <translation>اسم المُرسِل (افتراضيًا: المنظمة)</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>قيد الإرسال</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>أُرسلت</translation>
    </message>
    <message>
      <source>session number</source>
      <translation>رقم الجلسة</translation>
    </message>
    <message>
      <source>session number (default: the session running now, by the clock)</source>
      <translation>رقم الجلسة (افتراضيًا: الجلسة الجارية حسب الساعة)</translation>
    </message>
    <message>
      <source>session {n}</source>
      <translation>الجلسة {n}</translation>
    </message>
    <message>
      <source>session {n}: {name} — kept {kept} ({kdev}), other {other} ({odev})</source>
      <translation>الجلسة {n}: {name} — المحتفظ به {kept} ({kdev})، الآخر {other} ({odev})</translation>
    </message>
    <message>
      <source>sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>sessions attended</source>
      <translation>الجلسات المحضورة</translation>
    </message>
    <message>
      <source>sessions counted</source>
      <translation>الجلسات المحتسبة</translation>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>عدد الجلسات في اليوم (الافتراضي 2)</translation>
    </message>
    <message>
      <source>short verification code to type in</source>
      <translation>رمز تحقق قصير للكتابة</translation>
    </message>
    <message>
      <source>show a module's plan: sessions, activities, timings</source>
      <translation>عرض خطة وحدة: الجلسات والأنشطة والتوقيت</translation>
    </message>
    <message>
      <source>show a participant and their workshops</source>
      <translation>عرض مشارك وورشاته</translation>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>عرض ورشة وجلساتها</translation>
    </message>
    <message>
      <source>show or set the SMTP server</source>
      <translation>عرض خادم SMTP أو تحديده</translation>
    </message>
    <message>
      <source>show the attendance grid with totals and eligibility</source>
      <translation>عرض جدول الحضور مع المجاميع والأهلية</translation>
    </message>
    <message>
      <source>show the inbox folder</source>
      <translation>عرض مجلد صندوق الوارد</translation>
    </message>
    <message>
      <source>show, plan and export a workshop's agenda</source>
      <translation>عرض برنامج ورشة وتخطيطه وتصديره</translation>
    </message>
    <message>
      <source>sign-in sheet of this session only</source>
      <translation>ورقة التوقيع لهذه الجلسة فقط</translation>
    </message>
    <message>
      <source>signed bundles to merge data between laptops</source>
      <translation>حزم موقَّعة لدمج البيانات بين الحواسيب</translation>
    </message>
    <message>
      <source>still arriving</source>
      <translation>قيد الوصول</translation>
    </message>
    <message>
      <source>take back the last check-in made on this laptop</source>
      <translation>إلغاء آخر تسجيل حضور تم على هذا الحاسوب</translation>
    </message>
    <message>
      <source>text encoding of a CSV file (default: detected), e.g. cp1256</source>
      <translation>ترميز ملف CSV (افتراضيًا: يُكتشف تلقائيًا)، مثلًا cp1256</translation>
    </message>
    <message>
      <source>the .docx to write (default: in the current folder)</source>
      <translation>ملف ‎.docx المراد كتابته (افتراضيًا: في المجلد الحالي)</translation>
    </message>
    <message>
      <source>the answer key with explanations</source>
      <translation>مفتاح الإجابات مع الشروح</translation>
    </message>
    <message>
      <source>the certificate could not be made: {detail}</source>
      <translation>تعذّر إنشاء الشهادة: {detail}</translation>
    </message>
    <message>
      <source>the coordinator's inbox folder of bundles</source>
      <translation>مجلد صندوق الوارد للحزم لدى المنسق</translation>
    </message>
    <message>
      <source>the correct answer is clearly the longest choice in {k} of {n} questions ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</source>
      <translation>الجواب الصحيح هو بوضوح أطول اختيار في {k} من أصل {n} أسئلة ({which})؛ اجعلوا الاختيارات متقاربة الطول، واستمدّوا الأجوبة الخاطئة من التصورات الخاطئة الشائعة</translation>
    </message>
    <message>
      <source>the front matter expands to more than {max} values (anchors and aliases repeated within each other); write the values out</source>
      <translation>تتوسع الترويسة إلى أكثر من ⁦{max}⁩ قيمة (مراسٍ وأسماء مستعارة متكررة داخل بعضها)؛ اكتب القيم كاملة</translation>
    </message>
    <message>
      <source>the front matter is not valid YAML: look at line {start} ({context}), where the problem begins; the parser gave up on line {line}: {detail}</source>
      <translation>الترويسة ليست YAML صالحاً: انظر إلى السطر {start} ({context})، حيث تبدأ المشكلة؛ وقد توقف المحلّل في السطر {line}: {detail}</translation>
    </message>
    <message>
      <source>the front matter is not valid YAML: {detail}</source>
      <translation>الترويسة ليست YAML صالحاً: {detail}</translation>
    </message>
    <message>
      <source>the front matter must be a set of 'field: value' lines</source>
      <translation>يجب أن تكون الترويسة مجموعة أسطر «حقل: قيمة»</translation>
    </message>
    <message>
      <source>the inbox folder ('' to forget it)</source>
      <translation>مجلد صندوق الوارد ('' لنسيانه)</translation>
    </message>
    <message>
      <source>the name is too long to go in the certificate's QR code ({n} characters); shorten it in the participant's record</source>
      <translation>الاسم أطول من أن يتسع له رمز QR في الشهادة (⁦{n}⁩ حرفًا)؛ اختصره في بطاقة المشارك</translation>
    </message>
    <message>
      <source>the participant accepts photos</source>
      <translation>يقبل المشارك الصور</translation>
    </message>
    <message>
      <source>the participant accepts the certificate by e-mail</source>
      <translation>يقبل المشارك تلقي الشهادة بالبريد الإلكتروني</translation>
    </message>
    <message>
      <source>the participant consents to the use of their data (required)</source>
      <translation>يوافق المشارك على استعمال معطياته (إلزامي)</translation>
    </message>
    <message>
      <source>the protected file</source>
      <translation>الملف المحمي</translation>
    </message>
    <message>
      <source>the same choice appears twice</source>
      <translation>الاختيار نفسه مكرر مرتين</translation>
    </message>
    <message>
      <source>the title on Arabic documents (empty: the title)</source>
      <translation>العنوان في الوثائق العربية (فارغ: العنوان بالفرنسية)</translation>
    </message>
    <message>
      <source>the trainer's name on Arabic documents (empty: the trainer's name)</source>
      <translation>اسم المكوّن(ة) في الوثائق العربية (فارغ: الاسم بالفرنسية)</translation>
    </message>
    <message>
      <source>the trainer's version (steps, facilitator notes, answer key); default: participants'</source>
      <translation>نسخة المكوِّن (الخطوات وملاحظات المُيسِّر ومفتاح الإجابات)؛ افتراضياً: نسخة المشاركين</translation>
    </message>
    <message>
      <source>the venue on Arabic documents (empty: the venue)</source>
      <translation>المكان في الوثائق العربية (فارغ: المكان بالفرنسية)</translation>
    </message>
    <message>
      <source>trainer's name</source>
      <translation>اسم المكوّن</translation>
    </message>
    <message>
      <source>trainer's signature image</source>
      <translation>صورة توقيع المكوّن</translation>
    </message>
    <message>
      <source>trainer's signature picture (PNG or JPEG)</source>
      <translation>صورة توقيع المكوّن (PNG أو JPEG)</translation>
    </message>
    <message>
      <source>training modules: read, check, search, print, plan</source>
      <translation>الوحدات التكوينية: قراءة وفحص وبحث وطباعة وتخطيط</translation>
    </message>
    <message>
      <source>trust another laptop's public key file (keys/organisation.pub)</source>
      <translation>الوثوق بملف المفتاح العام لحاسوب آخر (keys/organisation.pub)</translation>
    </message>
    <message>
      <source>trust another organisation's public key</source>
      <translation>الوثوق بالمفتاح العام لمنظمة أخرى</translation>
    </message>
    <message>
      <source>trust this signer's key (as a refused bundle names it) and merge its bundles</source>
      <translation>الوثوق بمفتاح هذا الموقِّع (كما تسمّيه الحزمة المرفوضة) ودمج حزمه</translation>
    </message>
    <message>
      <source>uncertain</source>
      <translation>غير مؤكدة</translation>
    </message>
    <message>
      <source>under 18</source>
      <translation>أقل من 18 سنة</translation>
    </message>
    <message>
      <source>unknown language '{lang}' in the file name; name the file fr.md, ar.md or en.md</source>
      <translation>لغة غير معروفة «{lang}» في اسم الملف؛ سمّوا الملف fr.md أو ar.md أو en.md</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>venue and city</source>
      <translation>المكان والمدينة</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>تنبيه: {text}</translation>
    </message>
    <message>
      <source>where to write the opened file (default: beside it, under its original name)</source>
      <translation>أين يُكتب الملف المفتوح (افتراضيًا: بجانبه، باسمه الأصلي)</translation>
    </message>
    <message>
      <source>who recorded the consent</source>
      <translation>من سجّل الموافقة</translation>
    </message>
    <message>
      <source>why (kept in the database)</source>
      <translation>السبب (يُحفظ في قاعدة البيانات)</translation>
    </message>
    <message>
      <source>with --add: only the core sessions, leaving the optional ones out (the 4-day path)</source>
      <translation>مع --add: الحصص الأساسية وحدها، دون الحصص الاختيارية (مسار الأيام الأربعة)</translation>
    </message>
    <message>
      <source>women</source>
      <translation>نساء</translation>
    </message>
    <message>
      <source>words to find (accents and harakat optional)</source>
      <translation>الكلمات المراد البحث عنها (الحركات اختيارية)</translation>
    </message>
    <message>
      <source>workshop dates, written out</source>
      <translation>تواريخ الورشة مكتوبة</translation>
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation>معرّف الورشة (أو أحرفه الأولى)</translation>
    </message>
    <message>
      <source>workshop id (or its first characters) or exact title</source>
      <translation>معرّف الورشة (أو أحرفه الأولى) أو عنوانها الدقيق</translation>
    </message>
    <message>
      <source>workshop title</source>
      <translation>عنوان الورشة</translation>
    </message>
    <message>
      <source>workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>workshops held in this city</source>
      <translation>الورشات المنعقدة في هذه المدينة</translation>
    </message>
    <message>
      <source>workshops of this partner organisation</source>
      <translation>ورشات هذه المنظمة الشريكة</translation>
    </message>
    <message>
      <source>workshops starting on or after DATE (YYYY-MM-DD)</source>
      <translation>الورشات التي تبدأ في DATE أو بعده (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>workshops starting on or before DATE (YYYY-MM-DD)</source>
      <translation>الورشات التي تبدأ في DATE أو قبله (YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>workshops that teach this module (curriculum id)</source>
      <translation>الورشات التي تدرّس هذه الوحدة (معرّف المنهاج)</translation>
    </message>
    <message>
      <source>write a printable Word sheet of badge cards</source>
      <translation>إنشاء ملف Word قابل للطباعة يضم بطاقات الشارات</translation>
    </message>
    <message>
      <source>write a signed bundle of a workshop</source>
      <translation>كتابة حزمة موقَّعة لورشة</translation>
    </message>
    <message>
      <source>write everything held about one participant to a Word document</source>
      <translation>كتابة كل ما هو محفوظ عن مشارك في وثيقة Word</translation>
    </message>
    <message>
      <source>write one PNG badge per participant into DIR</source>
      <translation>إنشاء شارة PNG لكل مشارك في المجلد DIR</translation>
    </message>
    <message>
      <source>write the dashboard: .xlsx (tables and charts), .docx or .pdf (one-page summary)</source>
      <translation>كتابة اللوحة: ‎.xlsx‎ (جداول ورسوم بيانية) أو ‎.docx‎ أو ‎.pdf‎ (ملخص في صفحة واحدة)</translation>
    </message>
    <message>
      <source>write the report as .xlsx (with charts)</source>
      <translation>كتابة التقرير بصيغة ‎.xlsx (مع رسوم بيانية)</translation>
    </message>
    <message>
      <source>write the static verification page (verify.html) to publish: any phone checks a certificate with it, offline</source>
      <translation>كتابة صفحة التحقق الثابتة (verify.html) لنشرها: يتحقق بها أي هاتف من الشهادة، دون اتصال</translation>
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation>كُتب بإصدار أحدث من Workshop Kit</translation>
    </message>
    <message>
      <source>year of birth</source>
      <translation>سنة الميلاد</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>your own .docx template (default: the bundled one)</source>
      <translation>قالب ‎.docx الخاص بكم (افتراضيًا: القالب المرفق)</translation>
    </message>
    <message>
      <source>{count} PNG badges written to {folder}.</source>
      <translation>تم إنشاء {count} شارة PNG في {folder}.</translation>
    </message>
    <message>
      <source>{count} badges written to {path} ({pages} pages).</source>
      <translation>تم إنشاء {count} شارة في {path} ({pages} صفحات).</translation>
    </message>
    <message>
      <source>{day} is not a day of this workshop.</source>
      <translation>{day} ليس يوماً من أيام هذه الورشة.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field}: «{value}» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-03-14.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field}: «{value}» ليس وقتًا؛ اكتبه بالشكل HH:MM، مثل 09:30.</translation>
    </message>
    <message>
      <source>{file} contains '{name}', a path outside the module folder; nothing was imported. Make the zip again from the module folder.</source>
      <translation>{file} يحتوي على «{name}»، وهو مسار خارج مجلد الوحدة؛ لم يُستورد أي شيء. أعيدوا إنشاء ملف zip انطلاقاً من مجلد الوحدة.</translation>
    </message>
    <message>
      <source>{file} contains '{name}', nested too deep or with too long a name (at most {max} folders of 100 characters); nothing was imported. Make the zip again from the module folder.</source>
      <translation>يحتوي ⁦{file}⁩ على «⁦{name}⁩»، وهو مسار متداخل أكثر من اللازم أو اسمه طويل جدًا (⁦{max}⁩ مجلدات على الأكثر، 100 حرف لكل منها)؛ لم يُستورد شيء. أعد إنشاء ملف zip انطلاقًا من مجلد الوحدة.</translation>
    </message>
    <message>
      <source>{file} contains a link ('{name}'); nothing was imported.</source>
      <translation>{file} يحتوي على رابط («{name}»)؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>{file} holds {n} files; a module zip may hold at most {max}. Nothing was imported.</source>
      <translation>يحتوي ⁦{file}⁩ على ⁦{n}⁩ ملفًا؛ لا يتجاوز ملف zip للوحدات ⁦{max}⁩ ملفًا. لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>{file} is larger than {mb} MB once extracted; nothing was imported.</source>
      <translation>{file} يتجاوز {mb} ميغابايت بعد الاستخراج؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>{file} is not a readable zip: {detail}</source>
      <translation>{file} ليس ملف zip قابلاً للقراءة: {detail}</translation>
    </message>
    <message>
      <source>{file}: {rows} row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>{file}: قُرئ {rows} سطر (الترميز {encoding}، العناوين في السطر {header}).</translation>
    </message>
    <message>
      <source>{intro}: the correct answer is choice {n} here but choice {m} in French</source>
      <translation>{intro}: الإجابة الصحيحة هنا هي الاختيار {n} لكنها الاختيار {m} في الفرنسية</translation>
    </message>
    <message>
      <source>{intro}: {n} activities instead of {m}</source>
      <translation>{intro}: {n} أنشطة بدل {m}</translation>
    </message>
    <message>
      <source>{intro}: {n} choices instead of {m}</source>
      <translation>{intro}: {n} اختيارات بدل {m}</translation>
    </message>
    <message>
      <source>{intro}: {n} questions instead of {m}</source>
      <translation>{intro}: {n} أسئلة بدل {m}</translation>
    </message>
    <message>
      <source>{intro}: {n} sessions instead of {m}</source>
      <translation>{intro}: {n} جلسات بدل {m}</translation>
    </message>
    <message>
      <source>{minutes} min ({h} h {m:02d})</source>
      <translation>{minutes} دقيقة ({h} س {m:02d} د)</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} دقيقة</translation>
    </message>
    <message>
      <source>{name} cannot be opened as an Excel workbook ({detail}).</source>
      <translation>لا يمكن فتح {name} كمصنف Excel ‏({detail}).</translation>
    </message>
    <message>
      <source>{name} does not hold the workshop its manifest names.</source>
      <translation>{name} لا يحتوي على الورشة التي يذكرها البيان.</translation>
    </message>
    <message>
      <source>{name} has merged ranges covering {n} cells; at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>تغطي الخلايا المدمجة في ⁦{name}⁩ ⁦{n}⁩ خلية؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</translation>
    </message>
    <message>
      <source>{name} has {n} merged ranges; at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>يحتوي ⁦{name}⁩ على ⁦{n}⁩ نطاقًا من الخلايا المدمجة؛ لا يمكن قراءة أكثر من ⁦{max}⁩. ألغِ دمج الخلايا واحفظ الملف من جديد.</translation>
    </message>
    <message>
      <source>{name} holds a file its manifest does not list ({file}); it was changed after signing.</source>
      <translation>{name} يحتوي على ملف غير مذكور في البيان ({file})؛ تم تعديله بعد التوقيع.</translation>
    </message>
    <message>
      <source>{name} holds a file with a path outside the bundle ({bad}); it may be malicious. Nothing was imported.</source>
      <translation>{name} يحتوي على ملف بمسار خارج الحزمة ({bad})؛ قد يكون ضارًا. لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>{name} holds more than {max} cells; split it into smaller files.</source>
      <translation>يحتوي ⁦{name}⁩ على أكثر من ⁦{max}⁩ خلية؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
      <source>{name} holds the same file twice; it is damaged.</source>
      <translation>{name} يحتوي على الملف نفسه مرتين؛ إنه تالف.</translation>
    </message>
    <message>
      <source>{name} holds {mb} MB once unzipped; at most {max} MB can be read. Split it into smaller files.</source>
      <translation>يبلغ حجم ⁦{name}⁩ بعد فك الضغط ⁦{mb}⁩ ميغابايت؛ لا يمكن قراءة أكثر من ⁦{max}⁩ ميغابايت. قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
      <source>{name} holds {n} record(s) dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</source>
      <translation>يحتوي {name} على {n} سجلًا مؤرخًا في المستقبل (حتى {latest})؛ على الأرجح أن ساعة الحاسوب الذي أنشأه خاطئة. لم يُستورد أي شيء: اضبطوا تاريخ ذلك الحاسوب ووقته، ثم صدّروا من جديد.</translation>
    </message>
    <message>
      <source>{name} is a damaged zip file ({detail}).</source>
      <translation>{name} ملف zip تالف ({detail}).</translation>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (it is not a zip file).</source>
      <translation>{name} ليس حزمة Workshop Kit (ليس ملف zip).</translation>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (no manifest.json or signature).</source>
      <translation>{name} ليس حزمة Workshop Kit (لا يوجد manifest.json أو توقيع).</translation>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle.</source>
      <translation>{name} ليس حزمة Workshop Kit.</translation>
    </message>
    <message>
      <source>{name} is not enrolled in this workshop. Use 'Walk-in' to register them.</source>
      <translation>{name} غير مسجَّل(ة) في هذه الورشة. استعمل «تسجيل في عين المكان» لتسجيله.</translation>
    </message>
    <message>
      <source>{name} is not one of this data folder's backups.</source>
      <translation>{name} ليست من النسخ الاحتياطية لمجلد البيانات هذا.</translation>
    </message>
    <message>
      <source>{name} is protected with a password. Nothing was imported; import it again with its password (asked for in the app and in a terminal; scripts use --password-stdin or WORKSHOP_KIT_FILE_PASSWORD).</source>
      <translation>{name} محمي بكلمة مرور. لم يُستورد أي شيء؛ استوردوه مرة أخرى مع كلمة مروره (تُطلب في التطبيق وفي الطرفية؛ تستعمل السكربتات ‎--password-stdin أو WORKSHOP_KIT_FILE_PASSWORD).</translation>
    </message>
    <message>
      <source>{name} is protected with a password; give it to open the file.</source>
      <translation>{name} محمي بكلمة مرور؛ أدخلوها لفتح الملف.</translation>
    </message>
    <message>
      <source>{name} is too large to read on this computer; split it into smaller files.</source>
      <translation>الملف ⁦{name}⁩ أكبر من أن يُقرأ على هذا الحاسوب؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
      <source>{name} lacks {file}; it is incomplete.</source>
      <translation>ينقص {name} الملف {file}؛ إنه غير مكتمل.</translation>
    </message>
    <message>
      <source>{name} was made by a newer Workshop Kit (bundle format {version}, this copy reads up to {known}). Update Workshop Kit on this laptop, then import again.</source>
      <translation>{name} أُنشئ بإصدار أحدث من Workshop Kit (صيغة الحزمة {version}، وهذه النسخة تقرأ حتى {known}). حدّث Workshop Kit على هذا الحاسوب ثم أعد الاستيراد.</translation>
    </message>
    <message>
      <source>{name}: already checked in at {time}.</source>
      <translation>{name}: سبق تسجيل الحضور على الساعة {time}.</translation>
    </message>
    <message>
      <source>{name}: manifest.json is not valid JSON.</source>
      <translation>{name}: الملف manifest.json ليس JSON صالحًا.</translation>
    </message>
    <message>
      <source>{name}: the bundle format version is missing or invalid.</source>
      <translation>{name}: إصدار صيغة الحزمة مفقود أو غير صالح.</translation>
    </message>
    <message>
      <source>{name}: the checksum of {file} does not match; the file was damaged or changed after it was signed. Ask for a fresh export.</source>
      <translation>{name}: المجموع الاختباري للملف {file} غير مطابق؛ تلف الملف أو عُدّل بعد التوقيع. اطلب تصديرًا جديدًا.</translation>
    </message>
    <message>
      <source>{name}: the manifest is incomplete.</source>
      <translation>{name}: البيان غير مكتمل.</translation>
    </message>
    <message>
      <source>{name}: the manifest lists unexpected files.</source>
      <translation>{name}: يذكر البيان ملفات غير متوقعة.</translation>
    </message>
    <message>
      <source>{name}: the signature does not match; the bundle was changed after it was signed. Nothing was imported; ask for a fresh export.</source>
      <translation>{name}: التوقيع غير مطابق؛ عُدّلت الحزمة بعد توقيعها. لم يُستورد أي شيء؛ اطلب تصديرًا جديدًا.</translation>
    </message>
    <message>
      <source>{name}: the signature is damaged.</source>
      <translation>{name}: التوقيع تالف.</translation>
    </message>
    <message>
      <source>{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.</source>
      <translation>{name}: تم إلغاء هذه الشارة (ضائعة أو مستبدلة). استعمل الشارة الجديدة أو ابحث بالاسم.</translation>
    </message>
    <message>
      <source>{name}: {file} does not hold the expected rows.</source>
      <translation>{name}: الملف {file} لا يحتوي على الأسطر المتوقعة.</translation>
    </message>
    <message>
      <source>{name}: {file} is not valid JSON.</source>
      <translation>{name}: الملف {file} ليس JSON صالحًا.</translation>
    </message>
    <message>
      <source>{name}: {file} is too large for a bundle.</source>
      <translation>{name}: الملف {file} كبير جدًا بالنسبة لحزمة.</translation>
    </message>
    <message>
      <source>{n} PDF file(s) made.</source>
      <translation>أُنشئ {n} ملف PDF.</translation>
    </message>
    <message>
      <source>{n} backup(s) are still plain: run workshop-kit encryption enable again to finish.</source>
      <translation>{n} نسخة احتياطية لا تزال غير مشفّرة: شغّلوا workshop-kit encryption enable مرة أخرى لإتمام العملية.</translation>
    </message>
    <message>
      <source>{n} certificate(s) written.</source>
      <translation>كُتبت {n} شهادة.</translation>
    </message>
    <message>
      <source>{n} message(s) may have arrived although the server did not confirm them; they are marked uncertain and will not be sent again by themselves. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</source>
      <translation>ربما وصلت {n} رسالة رغم أن الخادم لم يؤكد استلامها؛ عُلّمت «غير مؤكدة» ولن يُعاد إرسالها تلقائيًا. تحقّقوا من علبة المُرسِل، ثم استعملوا: workshop-kit outbox retry ID، أو: workshop-kit outbox mark-sent ID</translation>
    </message>
    <message>
      <source>{n} message(s) queued; send with: workshop-kit outbox send</source>
      <translation>{n} رسالة في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} دقيقة</translation>
    </message>
    <message>
      <source>{n} modules</source>
      <translation>{n} وحدات</translation>
    </message>
    <message>
      <source>{n} participant(s)</source>
      <translation>{n} مشارك</translation>
    </message>
    <message>
      <source>{n} participant(s) anonymised.</source>
      <translation>تم إخفاء هوية {n} مشارك.</translation>
    </message>
    <message>
      <source>{n} participant(s) enrolled in {title}.</source>
      <translation>تم تسجيل {n} مشارك في {title}.</translation>
    </message>
    <message>
      <source>{n} participant(s) of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</source>
      <translation>يمكن إخفاء هوية {n} مشارك في ورشات انتهت منذ أكثر من {months} شهرًا؛ أعد التشغيل مع ‎--apply لتنفيذ ذلك.</translation>
    </message>
    <message>
      <source>{n} person(s) have problems only in optional fields: import them without those fields with --without-invalid-fields.</source>
      <translation>{n} شخصًا مشاكلهم كلها في حقول اختيارية: استوردهم دون هذه الحقول مع ⁦--without-invalid-fields⁩.</translation>
    </message>
    <message>
      <source>{n} person(s) in this bundle also belong to another workshop on this laptop (or are not enrolled in this one): the bundle's changes to their records were left out. Correct or erase them on this laptop if needed.</source>
      <translation>{n} شخصًا في هذه الحزمة ينتمون أيضًا إلى ورشة أخرى على هذا الحاسوب (أو غير مسجلين في هذه): استُبعدت تعديلات الحزمة على سجلاتهم. صحّحوها أو امحوها على هذا الحاسوب عند الحاجة.</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation>{n} مشكلة/مشاكل</translation>
    </message>
    <message>
      <source>{n} problem(s), first: {first}</source>
      <translation>{n} مشكلة، أولها: {first}</translation>
    </message>
    <message>
      <source>{n} problem(s).</source>
      <translation>{n} مشكلة/مشاكل.</translation>
    </message>
    <message>
      <source>{n} problem(s); nothing was imported. Fix them and import again:</source>
      <translation>{n} مشكلة/مشاكل؛ لم يُستورد أي شيء. أصلحوها ثم أعيدوا الاستيراد:</translation>
    </message>
    <message>
      <source>{n} row(s) are people already registered (enrolled, not created again).</source>
      <translation>{n} سطر لأشخاص مسجلين من قبل (سُجّلوا في الورشة دون إنشائهم من جديد).</translation>
    </message>
    <message>
      <source>{n} warning(s).</source>
      <translation>{n} تنبيه(ات).</translation>
    </message>
    <message>
      <source>{option}: '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31).</source>
      <translation>{option}: '{value}' ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD (مثلًا 2026-03-31).</translation>
    </message>
    <message>
      <source>{part}: {names} change for each participant; put them in the body, not in a header or footer.</source>
      <translation>{part}: الحقول {names} تتغيّر لكل مشارك؛ ضعوها في متن المستند لا في الرأس أو التذييل.</translation>
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation>{path} (قابل للكتابة، {mb} م.ب متاحة)</translation>
    </message>
    <message>
      <source>{path} already exists; choose where to write with -o FILE.</source>
      <translation>{path} موجود بالفعل؛ اختاروا مكان الكتابة بواسطة ‎-o FILE.</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} غير موجود.</translation>
    </message>
    <message>
      <source>{path} holds {mb} MB once unzipped; a template may hold at most {max} MB (it is copied into every certificate). Use smaller pictures.</source>
      <translation>يبلغ حجم ⁦{path}⁩ بعد فك الضغط ⁦{mb}⁩ ميغابايت؛ لا يتجاوز القالب ⁦{max}⁩ ميغابايت (يُنسخ في كل شهادة). استعمل صورًا أصغر.</translation>
    </message>
    <message>
      <source>{path} is a damaged Word document ({detail}); open it in Word, save it again and retry.</source>
      <translation>الملف ⁦{path}⁩ مستند Word تالف (⁦{detail}⁩)؛ افتحه في Word واحفظه من جديد ثم أعد المحاولة.</translation>
    </message>
    <message>
      <source>{path} is a file; give a folder for the verification page.</source>
      <translation>{path} ملف؛ أعطِ مجلدًا لصفحة التحقق.</translation>
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation>{path} تالف: {detail}</translation>
    </message>
    <message>
      <source>{path} is damaged: {part} cannot be read ({detail}). Open and save it again in Word or LibreOffice.</source>
      <translation>{path} تالف: تعذّرت قراءة {part} ‏({detail}). افتحوه واحفظوه من جديد في Word أو LibreOffice.</translation>
    </message>
    <message>
      <source>{path} is not a Word document (.docx).</source>
      <translation>{path} ليس مستند Word ‏(‎.docx).</translation>
    </message>
    <message>
      <source>{path} is not a picture Workshop Kit can read (PNG or JPEG).</source>
      <translation>{path} ليس صورة يستطيع Workshop Kit قراءتها (PNG أو JPEG).</translation>
    </message>
    <message>
      <source>{path} is not a picture Workshop Kit can read.</source>
      <translation>{path} ليس صورة يستطيع Workshop Kit قراءتها.</translation>
    </message>
    <message>
      <source>{path} is not an image Workshop Kit can read (use a PNG or JPEG photo).</source>
      <translation>{path} ليست صورة يستطيع Workshop Kit قراءتها (استعمل صورة PNG أو JPEG).</translation>
    </message>
    <message>
      <source>{path} is {mb} MB; a picture for certificates may be at most {max} MB.</source>
      <translation>يبلغ حجم ⁦{path}⁩ ⁦{mb}⁩ ميغابايت؛ لا تتجاوز صورة الشهادات ⁦{max}⁩ ميغابايت.</translation>
    </message>
    <message>
      <source>{path} shows several badges; photograph one badge at a time.</source>
      <translation>{path} تظهر فيها عدة شارات؛ صوّر شارة واحدة في كل مرة.</translation>
    </message>
    <message>
      <source>{path} will be created on first use</source>
      <translation>سيُنشأ {path} عند أول استعمال</translation>
    </message>
    <message>
      <source>{path}: integrity ok, schema {version} up to date</source>
      <translation>{path}: السلامة جيدة، المخطط {version} محدّث</translation>
    </message>
    <message>
      <source>{path}: only {mb} MB free</source>
      <translation>{path}: {mb} م.ب متاحة فقط</translation>
    </message>
    <message>
      <source>{path}: {part} holds XML entity declarations, which Word never writes; the template is refused.</source>
      <translation>{path}: يحتوي {part} على تعريفات كيانات XML لا يكتبها Word أبدًا؛ رُفض القالب.</translation>
    </message>
    <message>
      <source>{same} of {n} correct answers are choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</source>
      <translation>{same} من أصل {n} أجوبة صحيحة هي الاختيار {position}: يتعلم المشاركون النمط لا الموضوع؛ وزّعوا الأجوبة الصحيحة على المواضع</translation>
    </message>
    <message>
      <source>{sent} sent, {failed} failed, {uncertain} uncertain, {queued} still queued.</source>
      <translation>{sent} مُرسلة، {failed} فاشلة، {uncertain} غير مؤكدة، {queued} لا تزال منتظرة.</translation>
    </message>
    <message>
      <source>{s} sessions, {p} participants</source>
      <translation>{s} جلسات، {p} مشاركين</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table}: {added} مضاف، {updated} محدَّث</translation>
    </message>
  </context>
  <context>
    <name>curricula</name>
    <message>
      <source>{h} h {m:02d}</source>
      <translation>{h} س {m:02d} د</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} دقيقة</translation>
    </message>
  </context>
  <context>
    <name>global</name>
    <message>
      <source>The backup of {time} was restored as you asked.</source>
      <translation>استُرجعت النسخة الاحتياطية بتاريخ {time} كما طلبتم.</translation>
    </message>
    <message>
      <source>The backup you chose could not be restored; the data file was not changed.</source>
      <translation>تعذّر استرجاع النسخة الاحتياطية التي اخترتموها؛ لم يُغيَّر ملف البيانات.</translation>
    </message>
    <message>
      <source>The data as it was before is kept in {path}.</source>
      <translation>البيانات كما كانت من قبل محفوظة في {path}.</translation>
    </message>
    <message>
      <source>The data file is damaged ({detail}).

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
      <translation>ملف البيانات تالف ({detail}).

هل تريد استعادة أحدث نسخة احتياطية سليمة ({name})؟ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
      <source>The data file {path} is missing or empty, but backups of it exist.

Restore the newest good backup ({name})?</source>
      <translation>ملف البيانات {path} مفقود أو فارغ، لكن توجد نسخ احتياطية منه.

هل تريدون استعادة أحدث نسخة احتياطية سليمة ({name})؟</translation>
    </message>
    <message>
      <source>This data folder is encrypted. Passphrase:</source>
      <translation>مجلد البيانات هذا مشفّر. عبارة المرور:</translation>
    </message>
    <message>
      <source>Wrong passphrase (check the keyboard layout and Caps Lock). Passphrase:</source>
      <translation>عبارة مرور خاطئة (تحقّقوا من لغة لوحة المفاتيح ومن زر الأحرف الكبيرة). عبارة المرور:</translation>
    </message>
  </context>
  <context>
    <name>jobs</name>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
  </context>
  <context>
    <name>workers</name>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>حدث خطأ: {error}</translation>
    </message>
    <message>
      <source>The disk is full: nothing could be written to {path}. Free some space and try again.</source>
      <translation>القرص ممتلئ: تعذّرت كتابة أي شيء في {path}. أفرغوا بعض المساحة ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
    <message>
      <source>Workshop Kit may not write or read {path}. Choose another folder, or close the program that has the file open.</source>
      <translation>لا يُسمح لـ Workshop Kit بكتابة {path} أو قراءته. اختاروا مجلداً آخر، أو أغلقوا البرنامج الذي فتح الملف.</translation>
    </message>
    <message>
      <source>{path} does not exist (any more). Check the folder, or choose the file again.</source>
      <translation>{path} غير موجود (أو لم يعد موجوداً). تحقّقوا من المجلد أو اختاروا الملف من جديد.</translation>
    </message>
    <message>
      <source>{path} is on a read-only disk or USB key. Choose another folder.</source>
      <translation>{path} موجود على قرص أو مفتاح USB للقراءة فقط. اختاروا مجلداً آخر.</translation>
    </message>
  </context>
</TS>
