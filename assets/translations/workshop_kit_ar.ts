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
    <name>CheckinPage</name>
    <message>
      <source>A Word sheet of badge cards (A4, 10 per page) and one PNG per person</source>
      <translation>ملف Word يضم بطاقات الشارات (A4، 10 في كل صفحة) وصورة PNG لكل شخص</translation>
    </message>
    <message>
      <source>Already checked in at {time}</source>
      <translation>سبق تسجيل الحضور على الساعة {time}</translation>
    </message>
    <message>
      <source>Automatic (from the clock)</source>
      <translation>تلقائي (حسب الساعة)</translation>
    </message>
    <message>
      <source>Badge no longer valid</source>
      <translation>الشارة لم تعد صالحة</translation>
    </message>
    <message>
      <source>Camera off.</source>
      <translation>الكاميرا متوقفة.</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>تسجيل الحضور</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>تسجيل الحضور</translation>
    </message>
    <message>
      <source>Check-in taken back</source>
      <translation>تم إلغاء تسجيل الحضور</translation>
    </message>
    <message>
      <source>Checked in at {time}</source>
      <translation>سُجّل الحضور على الساعة {time}</translation>
    </message>
    <message>
      <source>Choose the session</source>
      <translation>اختر الحصة</translation>
    </message>
    <message>
      <source>Create or choose a workshop first.</source>
      <translation>أنشئ ورشة أو اخترها أولًا.</translation>
    </message>
    <message>
      <source>Forgot the badge? Type a name, or the code printed on the badge</source>
      <translation>نسيت الشارة؟ اكتب الاسم أو الرمز المطبوع على الشارة</translation>
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
      <source>New badge code: {code}</source>
      <translation>رمز الشارة الجديد: {code}</translation>
    </message>
    <message>
      <source>No camera found. Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>لم يُعثر على أي كاميرا. استعمل قارئ USB، أو اكتب الرمز المطبوع على الشارة، أو ابحث بالاسم.</translation>
    </message>
    <message>
      <source>No session is running by the laptop clock ({time}). Check the clock or choose the session at the top; nothing was recorded.</source>
      <translation>لا توجد حصة جارية حسب ساعة الحاسوب ({time}). تحقّق من الساعة أو اختر الحصة في الأعلى؛ لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>No session of this workshop is running by the laptop clock ({time}, {date}). Check the clock, or choose the session.</source>
      <translation>لا توجد حصة جارية لهذه الورشة حسب ساعة الحاسوب ({time}، {date}). تحقّق من الساعة أو اختر الحصة.</translation>
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
      <source>Not enrolled in this workshop</source>
      <translation>غير مسجَّل(ة) في هذه الورشة</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>لم يُسجَّل</translation>
    </message>
    <message>
      <source>Present {present} / {expected}</source>
      <translation>الحاضرون {present} / {expected}</translation>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>طباعة الشارات…</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>جاهز</translation>
    </message>
    <message>
      <source>Replace lost badge</source>
      <translation>تعويض شارة ضائعة</translation>
    </message>
    <message>
      <source>Revoke the selected person's badge and issue a new code</source>
      <translation>إلغاء شارة الشخص المختار وإصدار رمز جديد</translation>
    </message>
    <message>
      <source>Save badges</source>
      <translation>حفظ الشارات</translation>
    </message>
    <message>
      <source>Scan a badge, hold it up to the camera, or search a name.</source>
      <translation>امسح شارة، أو اعرضها أمام الكاميرا، أو ابحث عن اسم.</translation>
    </message>
    <message>
      <source>Session {number} · {when}</source>
      <translation>الحصة {number} · {when}</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>الحصة:</translation>
    </message>
    <message>
      <source>Sounds</source>
      <translation>الأصوات</translation>
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
      <source>The camera could not start ({error}). Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>تعذّر تشغيل الكاميرا ({error}). استعمل قارئ USB، أو اكتب الرمز المطبوع على الشارة، أو ابحث بالاسم.</translation>
    </message>
    <message>
      <source>The old badge no longer works. Print the new one with 'Print badges…'.</source>
      <translation>الشارة القديمة لم تعد تعمل. اطبع الجديدة عبر «طباعة الشارات…».</translation>
    </message>
    <message>
      <source>Undo last check-in</source>
      <translation>إلغاء آخر تسجيل حضور</translation>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>رمز غير معروف</translation>
    </message>
    <message>
      <source>Walk-in…</source>
      <translation>تسجيل في عين المكان…</translation>
    </message>
    <message>
      <source>Welcome {name}</source>
      <translation>مرحبًا {name}</translation>
    </message>
    <message>
      <source>Welcome {name} (late)</source>
      <translation>مرحبًا {name} (متأخر)</translation>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word (*.docx)</translation>
    </message>
    <message>
      <source>{count} badges ready</source>
      <translation>{count} شارة جاهزة</translation>
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
      <source>Quit</source>
      <translation>خروج</translation>
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
      <source>e.g. Access to public services — Agadir</source>
      <translation>مثال: الولوج إلى الخدمات العمومية — أكادير</translation>
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
      <source>Data folder</source>
      <translation>مجلد البيانات</translation>
    </message>
    <message>
      <source>Data folder and backups</source>
      <translation>مجلد البيانات والنسخ الاحتياطية</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
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
      <translation>صور (*.png *.jpg *.jpeg)</translation>
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
      <source>Name printed on certificates and reports</source>
      <translation>الاسم المطبوع على الشهادات والتقارير</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>الجنسية</translation>
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
      <source>That folder already holds Workshop Kit data; choose an empty folder.</source>
      <translation>هذا المجلد يحتوي مسبقًا على بيانات Workshop Kit؛ اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
      <source>The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left untouched.</source>
      <translation>نُسخت البيانات إلى {path}. أعد تشغيل Workshop Kit لاستعمالها؛ يبقى المجلد القديم كما هو.</translation>
    </message>
    <message>
      <source>months</source>
      <translation>أشهر</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>الاسم العائلي</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>الاسم العائلي (بالعربية)</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
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
      <source>Remove this session and the attendance recorded for it?</source>
      <translation>هل تريد إزالة هذه الجلسة وسجلات الحضور الخاصة بها؟</translation>
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
      <source>Trainer</source>
      <translation>المكوّن</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>module ids, separated by commas</source>
      <translation>معرّفات الوحدات، مفصولة بفواصل</translation>
    </message>
  </context>
  <context>
    <name>_NotReadyPage</name>
    <message>
      <source>{section}: this section is not available in this build.</source>
      <translation>{section}: هذا القسم غير متاح في هذا الإصدار.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation>«{ref}» يطابق عدة مشاركين؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation>«{ref}» يطابق عدة ورشات؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(بدون اسم)</translation>
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation>يجب أن تكون قيمة ‎--days بين 1 و{max}.</translation>
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation>يجب أن تكون قيمة ‎--sessions-per-day بين 1 و{max}.</translation>
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
      <source>All required checks passed.</source>
      <translation>نجحت جميع عمليات التحقق المطلوبة.</translation>
    </message>
    <message>
      <source>Ask for and tick the participant's consent to record their data before registering them.</source>
      <translation>اطلب موافقة المشارك(ة) على تسجيل بياناته وأشِّر عليها قبل التسجيل.</translation>
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
      <source>Check-in taken back: {name}.</source>
      <translation>تم إلغاء تسجيل حضور: {name}.</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>اختر مجلدًا قابلًا للكتابة باستعمال ‎--data-dir.</translation>
    </message>
    <message>
      <source>Choose the session with --session N (see: workshop-kit workshop show {ref}).</source>
      <translation>اختر الحصة باستعمال --session N (انظر: workshop-kit workshop show {ref}).</translation>
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
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>تم إنشاء ورشة تجريبية: {title} ({id})، {n} مشاركًا، {s} جلسات.</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>مشارك محذوف</translation>
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation>مشكلة في الملف: {detail}</translation>
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation>حرّر بعض المساحة على القرص.</translation>
    </message>
    <message>
      <source>Give either a badge token (or short code) or --image FILE.</source>
      <translation>أدخل إما رمز الشارة (أو الرمز القصير) وإما --image FILE.</translation>
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer).</source>
      <translation>ثبّت LibreOffice (على Debian/Ubuntu: sudo apt-get install libreoffice-writer).</translation>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>ثبّت التطبيق مع مكوناته (انظر README).</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>تمت المقاطعة.</translation>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>لم يُعثر على LibreOffice: تبقى الشهادات بصيغة ‎.docx دون PDF.</translation>
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
      <source>New badge {code} issued to {name}; the old one no longer works.</source>
      <translation>صدرت شارة جديدة {code} لـ {name}؛ الشارة القديمة لم تعد تعمل.</translation>
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
      <source>No backups yet.</source>
      <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>لا توجد وحدات مرفقة في {path}</translation>
    </message>
    <message>
      <source>No enrolled participants: enrol participants before printing badges.</source>
      <translation>لا يوجد مشاركون مسجلون: سجّل المشاركين قبل طباعة الشارات.</translation>
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
      <source>No participant with id '{ref}'.</source>
      <translation>لا يوجد مشارك بالمعرّف «{ref}».</translation>
    </message>
    <message>
      <source>No session of this workshop is running now ({time}, {date}). Check the laptop clock, or choose the session; nothing was recorded.</source>
      <translation>لا توجد حصة جارية لهذه الورشة الآن ({time}، {date}). تحقّق من ساعة الحاسوب أو اختر الحصة؛ لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>الملف غير موجود: {path}</translation>
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
      <source>Nothing was read. Scan again.</source>
      <translation>لم تُقرأ أي بيانات. أعد المسح.</translation>
    </message>
    <message>
      <source>Print them with: workshop-kit badges {ref} -o badges.docx</source>
      <translation>اطبعها بالأمر: workshop-kit badges {ref} -o badges.docx</translation>
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation>PySide6 غير مثبت</translation>
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation>أعد تثبيت Workshop Kit.</translation>
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation>استعد أحدث نسخة احتياطية سليمة: workshop-kit backup restore</translation>
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation>تمت استعادة {backup}. حُفظ الملف السابق باسم {moved}.</translation>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>شغّل: workshop-kit curricula validate {path}</translation>
    </message>
    <message>
      <source>Session {number} · {date} {start}–{end}</source>
      <translation>الحصة {number} · {date} {start}–{end}</translation>
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
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation>يجب أن تكون نسبة الحضور المطلوبة بين 0 و100٪.</translation>
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
      <source>The chosen session is on {date}; the laptop clock says {today}.</source>
      <translation>الحصة المختارة بتاريخ {date}؛ وساعة الحاسوب تشير إلى {today}.</translation>
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
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation>كُتب ملف البيانات {path} بإصدار أحدث من Workshop Kit (المخطط {version}، وهذه النسخة تعرف {latest}). حدّث Workshop Kit قبل فتحه.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
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
      <source>The organisation key in {path} is not an Ed25519 key.</source>
      <translation>مفتاح المنظمة في {path} ليس مفتاحًا من نوع Ed25519.</translation>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>المفتاح العام في هذا الملف تالف.</translation>
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
      <source>This check-in was already undone.</source>
      <translation>سبق إلغاء تسجيل الحضور هذا.</translation>
    </message>
    <message>
      <source>This code does not come from Workshop Kit (another system's QR code).</source>
      <translation>هذا الرمز ليس من Workshop Kit (رمز QR لنظام آخر).</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>هذا الملف ليس مفتاحًا عامًا من Workshop Kit.</translation>
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
      <source>This participant's data was erased; the badge is no longer valid.</source>
      <translation>تم محو بيانات هذا المشارك؛ الشارة لم تعد صالحة.</translation>
    </message>
    <message>
      <source>This session does not belong to the workshop (or no longer exists).</source>
      <translation>هذه الحصة لا تنتمي إلى الورشة (أو لم تعد موجودة).</translation>
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
      <source>Unknown badge: this code was not issued on this laptop's data.</source>
      <translation>شارة غير معروفة: لم يصدر هذا الرمز ضمن بيانات هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Unknown check-in method '{method}'.</source>
      <translation>طريقة تسجيل حضور غير معروفة «{method}».</translation>
    </message>
    <message>
      <source>Unknown participant field(s): {names}</source>
      <translation>حقول مشارك غير معروفة: {names}</translation>
    </message>
    <message>
      <source>Unknown session field(s): {names}</source>
      <translation>حقول جلسة غير معروفة: {names}</translation>
    </message>
    <message>
      <source>Unknown workshop field(s): {names}</source>
      <translation>حقول ورشة غير معروفة: {names}</translation>
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
      <source>Welcome {name} — late ({time}).</source>
      <translation>مرحبًا {name} — متأخر ({time}).</translation>
    </message>
    <message>
      <source>Welcome {name}!</source>
      <translation>مرحبًا {name}!</translation>
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation>بدون أمر فرعي يُفتح التطبيق. التوثيق: docs/cli.md</translation>
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
      <source>Workshops already exist; no demo created.</source>
      <translation>توجد ورشات مسبقًا؛ لم تُنشأ ورشة تجريبية.</translation>
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>نسبة الحضور المطلوبة للشهادة بـ %% (الافتراضي 80)</translation>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>ملف النسخة الاحتياطية المراد استعادته</translation>
    </message>
    <message>
      <source>badge token (WK1-…) or the short code printed on the badge</source>
      <translation>رمز الشارة (WK1-…) أو الرمز القصير المطبوع عليها</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>مشغول</translation>
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
      <source>curriculum module id (repeatable)</source>
      <translation>معرّف الوحدة التدريبية (قابل للتكرار)</translation>
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation>مجلد البيانات (الافتراضي: ‎$WORKSHOP_KIT_HOME أو مجلد بيانات المستخدم)</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>تجريبي</translation>
    </message>
    <message>
      <source>document language (default: the workshop's)</source>
      <translation>لغة الوثيقة (افتراضيًا: لغة الورشة)</translation>
    </message>
    <message>
      <source>donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>رمز الجهة المانحة/المشروع</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>خطأ: {message}</translation>
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
      <source>list backups, newest first</source>
      <translation>عرض النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
      <source>list workshops</source>
      <translation>عرض الورشات</translation>
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation>إنشاء نسخة احتياطية متحقق منها الآن</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>إنشاء النسخ الاحتياطية لملف البيانات أو عرضها أو استعادتها</translation>
    </message>
    <message>
      <source>no session</source>
      <translation>لا توجد حصة</translation>
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation>ليست قاعدة بيانات SQLite</translation>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>عدد الأيام (الافتراضي 1)</translation>
    </message>
    <message>
      <source>only this participant (repeatable)</source>
      <translation>هذا المشارك فقط (قابل للتكرار)</translation>
    </message>
    <message>
      <source>only when there is no workshop yet</source>
      <translation>فقط إذا لم توجد أي ورشة بعد</translation>
    </message>
    <message>
      <source>partner organisation</source>
      <translation>المنظمة الشريكة</translation>
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
      <source>read the QR code from a photo or screenshot of a badge</source>
      <translation>قراءة رمز QR من صورة أو لقطة شاشة لشارة</translation>
    </message>
    <message>
      <source>reason recorded with --revoke/--reissue (default: lost)</source>
      <translation>السبب المسجَّل مع --revoke/--reissue (افتراضيًا: lost)</translation>
    </message>
    <message>
      <source>record an arrival from a badge token, a short code or a photo</source>
      <translation>تسجيل وصول انطلاقًا من رمز شارة أو رمز قصير أو صورة</translation>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>استبدال ملف البيانات بنسخة احتياطية (أحدث نسخة سليمة افتراضيًا)</translation>
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
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>المخطط {version}؛ سيُرقّى إلى {latest} (تُنشأ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
      <source>session number (default: the session running now, by the clock)</source>
      <translation>رقم الحصة (افتراضيًا: الحصة الجارية حسب الساعة)</translation>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>عدد الجلسات في اليوم (الافتراضي 2)</translation>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>عرض ورشة وجلساتها</translation>
    </message>
    <message>
      <source>take back the last check-in made on this laptop</source>
      <translation>إلغاء آخر تسجيل حضور تم على هذا الحاسوب</translation>
    </message>
    <message>
      <source>trainer's name</source>
      <translation>اسم المكوّن</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation>معرّف الورشة (أو أحرفه الأولى)</translation>
    </message>
    <message>
      <source>workshop title</source>
      <translation>عنوان الورشة</translation>
    </message>
    <message>
      <source>write a printable Word sheet of badge cards</source>
      <translation>إنشاء ملف Word قابل للطباعة يضم بطاقات الشارات</translation>
    </message>
    <message>
      <source>write one PNG badge per participant into DIR</source>
      <translation>إنشاء شارة PNG لكل مشارك في المجلد DIR</translation>
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation>كُتب بإصدار أحدث من Workshop Kit</translation>
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
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field}: «{value}» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-03-14.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field}: «{value}» ليس وقتًا؛ اكتبه بالشكل HH:MM، مثل 09:30.</translation>
    </message>
    <message>
      <source>{name} is not enrolled in this workshop. Use 'Walk-in' to register them.</source>
      <translation>{name} غير مسجَّل(ة) في هذه الورشة. استعمل «تسجيل في عين المكان» لتسجيله.</translation>
    </message>
    <message>
      <source>{name}: already checked in at {time}.</source>
      <translation>{name}: سبق تسجيل الحضور على الساعة {time}.</translation>
    </message>
    <message>
      <source>{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.</source>
      <translation>{name}: تم إلغاء هذه الشارة (ضائعة أو مستبدلة). استعمل الشارة الجديدة أو ابحث بالاسم.</translation>
    </message>
    <message>
      <source>{n} modules</source>
      <translation>{n} وحدات</translation>
    </message>
    <message>
      <source>{n} problem(s), first: {first}</source>
      <translation>{n} مشكلة، أولها: {first}</translation>
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation>{path} (قابل للكتابة، {mb} م.ب متاحة)</translation>
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation>{path} تالف: {detail}</translation>
    </message>
    <message>
      <source>{path} is not an image Workshop Kit can read (use a PNG or JPEG photo).</source>
      <translation>{path} ليست صورة يستطيع Workshop Kit قراءتها (استعمل صورة PNG أو JPEG).</translation>
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
      <source>{s} sessions, {p} participants</source>
      <translation>{s} جلسات، {p} مشاركين</translation>
    </message>
  </context>
  <context>
    <name>global</name>
    <message>
      <source>The data file is damaged ({detail}).

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
      <translation>ملف البيانات تالف ({detail}).

هل تريد استعادة أحدث نسخة احتياطية سليمة ({name})؟ يُحتفظ بالملف التالف بجانبها.</translation>
    </message>
  </context>
  <context>
    <name>workers</name>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>حدث خطأ: {error}</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
  </context>
</TS>
