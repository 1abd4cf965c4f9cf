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
    <name>CertificatesPage</name>
    <message>
      <source>A message interrupted while sending is marked failed, not sent again on its own: it may have arrived. Check the sender's mailbox, then use “Send again”.</source>
      <translation>الرسالة التي انقطع إرسالها تُعلَّم كفاشلة ولا يُعاد إرسالها تلقائيًا: ربما وصلت. تحقّقوا من علبة المُرسِل، ثم استعملوا «إعادة الإرسال».</translation>
    </message>
    <message>
      <source>Also make PDF files</source>
      <translation>إنشاء ملفات PDF أيضًا</translation>
    </message>
    <message>
      <source>Also make PDF files (needs LibreOffice)</source>
      <translation>إنشاء ملفات PDF أيضًا (يتطلب LibreOffice)</translation>
    </message>
    <message>
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>المحاولات</translation>
    </message>
    <message>
      <source>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of {total} participants meet it.</source>
      <translation>قاعدة الحضور: {percent} ٪ من الجلسات (لا تُحتسب الغيابات المبرَّرة). يستوفيها {n} من أصل {total} مشاركًا.</translation>
    </message>
    <message>
      <source>Bilingual French / Arabic</source>
      <translation>ثنائي اللغة فرنسي / عربي</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cancel message</source>
      <translation>إلغاء الرسالة</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
    </message>
    <message>
      <source>Certificate template</source>
      <translation>قالب الشهادة</translation>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>أُلغيت الشهادة {number}.</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <source>Check a certificate: paste the text read from its QR code, type its short code (e.g. ABCD-EFGH) or open a photo or scan of the QR code. Works offline with the public keys this computer trusts.</source>
      <translation>التحقق من شهادة: الصقوا النص المقروء من رمز QR، أو اكتبوا الرمز القصير (مثل ABCD-EFGH)، أو افتحوا صورة أو مسحًا ضوئيًا لرمز QR. يعمل دون اتصال بالمفاتيح العامة الموثوقة على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Check template</source>
      <translation>فحص القالب</translation>
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
      <source>Code: {code}</source>
      <translation>الرمز: {code}</translation>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>التواريخ: {start} ← {end}</translation>
    </message>
    <message>
      <source>E-mail server…</source>
      <translation>خادم البريد الإلكتروني…</translation>
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
      <source>Files</source>
      <translation>الملفات</translation>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>صحّحوا القالب ثم افحصوه من جديد.</translation>
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
      <source>French</source>
      <translation>الفرنسية</translation>
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
      <source>Known placeholders: {names}</source>
      <translation>الحقول المعروفة: {names}</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>آخر خطأ</translation>
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
      <source>My own template: {name}</source>
      <translation>قالبي: {name}</translation>
    </message>
    <message>
      <source>My own template…</source>
      <translation>قالبي الخاص…</translation>
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
      <source>No e-mail server set yet: messages wait in the outbox.</source>
      <translation>لم يُحدَّد خادم بريد بعد: تنتظر الرسائل في صندوق الإرسال.</translation>
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
      <source>Number: {number}</source>
      <translation>الرقم: {number}</translation>
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
      <source>Open a picture…</source>
      <translation>فتح صورة…</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>فتح المجلد</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>صندوق الإرسال</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>المشارك</translation>
    </message>
    <message>
      <source>Photo or scan of the QR code</source>
      <translation>صورة أو مسح ضوئي لرمز QR</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
      <translation>الصور (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>الصور (*.png *.jpg *.jpeg)</translation>
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
      <source>Print file: {path}</source>
      <translation>ملف الطباعة: {path}</translation>
    </message>
    <message>
      <source>Public key {kid} written to {path}.</source>
      <translation>كُتب المفتاح العام {kid} في {path}.</translation>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>المفاتيح العامة (*.pub)</translation>
    </message>
    <message>
      <source>QR text, short code or certificate number</source>
      <translation>نص QR أو الرمز القصير أو رقم الشهادة</translation>
    </message>
    <message>
      <source>Queue certificates from a folder…</source>
      <translation>إعداد الإرسال من مجلد…</translation>
    </message>
    <message>
      <source>Queue e-mails</source>
      <translation>إعداد الرسائل الإلكترونية</translation>
    </message>
    <message>
      <source>Revocation is known only to the database of the organisation that issued the certificate; elsewhere a valid answer means the certificate is genuine.</source>
      <translation>لا يُعرف الإلغاء إلا في قاعدة بيانات المنظمة التي أصدرت الشهادة؛ وفي غيرها يعني الجواب الصحيح أن الشهادة أصلية.</translation>
    </message>
    <message>
      <source>Revoke certificate</source>
      <translation>إلغاء الشهادة</translation>
    </message>
    <message>
      <source>Revoke the selected participant's certificate</source>
      <translation>إلغاء شهادة المشارك المحدَّد</translation>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>أُلغيت في {when}: {reason}</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>إلغاء…</translation>
    </message>
    <message>
      <source>Select a participant whose certificate is issued and not revoked.</source>
      <translation>حدّدوا مشاركًا صدرت شهادته ولم تُلغَ.</translation>
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
      <source>Status</source>
      <translation>الحالة</translation>
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
      <source>Subject</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>القالب جاهز.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>توقيع المكوّن</translation>
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
      <source>Unknown placeholders (left empty): {names}</source>
      <translation>حقول غير معروفة (تُترك فارغة): {names}</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>التحقق</translation>
    </message>
    <message>
      <source>Why is certificate {number} ({name}) revoked?</source>
      <translation>لماذا تُلغى الشهادة {number} ({name})؟</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>مستندات Word ‏(*.docx)</translation>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>الورشة: {title}</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>مؤهَّل</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>فاشلة</translation>
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
      <source>queued</source>
      <translation>منتظرة</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>ملغاة</translation>
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
    <message>
      <source>{queued} queued · {sent} sent · {failed} failed</source>
      <translation>{queued} منتظرة · {sent} مُرسلة · {failed} فاشلة</translation>
    </message>
    <message>
      <source>{sent} sent, {failed} failed, {queued} still queued.</source>
      <translation>{sent} مُرسلة، {failed} فاشلة، {queued} لا تزال منتظرة.</translation>
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
    <name>PreviewDialog</name>
    <message>
      <source>Preview with sample data</source>
      <translation>معاينة ببيانات نموذجية</translation>
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
      <source>.docx template</source>
      <translation>قالب ‎.docx</translation>
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
      <source>Backup written: {path}</source>
      <translation>تم حفظ النسخة الاحتياطية: {path}</translation>
    </message>
    <message>
      <source>Cannot reach the SMTP server {host}:{port} ({detail}). Messages stay in the outbox; send them when a connection exists.</source>
      <translation>تعذّر الوصول إلى خادم SMTP ‏{host}:{port} ({detail}). تبقى الرسائل في صندوق الإرسال؛ أرسلوها عند توفّر الاتصال.</translation>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>أُلغيت الشهادة {number}.</translation>
    </message>
    <message>
      <source>Certificate {number} was already revoked on {when}.</source>
      <translation>سبق إلغاء الشهادة {number} بتاريخ {when}.</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>اختر مجلدًا قابلًا للكتابة باستعمال ‎--data-dir.</translation>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>الرمز: {code}</translation>
    </message>
    <message>
      <source>Damaged template(s): {names}</source>
      <translation>نماذج تالفة: {names}</translation>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>التواريخ: {start} ← {end}</translation>
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>تم إنشاء ورشة تجريبية: {title} ({id})، {n} مشاركًا، {s} جلسات.</translation>
    </message>
    <message>
      <source>EU co-funding mention (Settings)</source>
      <translation>إشارة التمويل المشترك من الاتحاد الأوروبي (الإعدادات)</translation>
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
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer).</source>
      <translation>ثبّت LibreOffice (على Debian/Ubuntu: sudo apt-get install libreoffice-writer).</translation>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>ثبّت التطبيق مع مكوناته (انظر README).</translation>
    </message>
    <message>
      <source>Interrupted while sending: the server may have received it. Check the sender's mailbox; to send it again use: workshop-kit outbox retry ID</source>
      <translation>انقطع أثناء الإرسال: ربما استلمه الخادم. تحقّقوا من علبة المُرسِل؛ ولإعادة إرساله: workshop-kit outbox retry ID</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>تمت المقاطعة.</translation>
    </message>
    <message>
      <source>Key {kid} ({organisation}) is now trusted: its certificates verify on this computer.</source>
      <translation>أصبح المفتاح {kid} ({organisation}) موثوقًا: يمكن التحقق من شهاداته على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Known placeholders:</source>
      <translation>الحقول المعروفة:</translation>
    </message>
    <message>
      <source>LibreOffice is not installed, so no PDF was made; the .docx files are complete. Install it from https://www.libreoffice.org (Debian/Ubuntu: sudo apt-get install libreoffice-writer), then run again.</source>
      <translation>LibreOffice غير مثبّت، لذلك لم يُنشأ أي ملف PDF؛ ملفات ‎.docx كاملة. ثبّتوه من https://www.libreoffice.org ‏(Debian/Ubuntu: sudo apt-get install libreoffice-writer) ثم أعيدوا المحاولة.</translation>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>لم يُعثر على LibreOffice: تبقى الشهادات بصيغة ‎.docx دون PDF.</translation>
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
      <source>Missing sub-command; see --help.</source>
      <translation>الأمر الفرعي مفقود؛ انظر ‎--help.</translation>
    </message>
    <message>
      <source>Missing: {langs}</source>
      <translation>مفقود: {langs}</translation>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>الاسم: {name}</translation>
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
      <source>No single outbox message '{ref}'. See: workshop-kit outbox list</source>
      <translation>لا توجد رسالة واحدة «{ref}» في صندوق الإرسال. انظروا: workshop-kit outbox list</translation>
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
      <source>Nobody meets the attendance rule yet: no certificate written.</source>
      <translation>لا أحد يستوفي قاعدة الحضور بعد: لم تُكتب أي شهادة.</translation>
    </message>
    <message>
      <source>Not eligible ({n}):</source>
      <translation>غير مؤهَّلين ({n}):</translation>
    </message>
    <message>
      <source>Nothing to put in the document.</source>
      <translation>لا شيء لوضعه في المستند.</translation>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>الرقم: {number}</translation>
    </message>
    <message>
      <source>Only failed or cancelled messages can be retried (this one is {status}).</source>
      <translation>لا يمكن إعادة إرسال إلا الرسائل الفاشلة أو الملغاة (حالة هذه: {status}).</translation>
    </message>
    <message>
      <source>Only queued or failed messages can be cancelled (this one is {status}).</source>
      <translation>لا يمكن إلغاء إلا الرسائل المنتظرة أو الفاشلة (حالة هذه: {status}).</translation>
    </message>
    <message>
      <source>Pictures:</source>
      <translation>الصور:</translation>
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
      <source>Problem: {problem}</source>
      <translation>مشكلة: {problem}</translation>
    </message>
    <message>
      <source>Public key {kid} written to {path}. Give it to whoever must verify your certificates: workshop-kit certificates trust-key FILE</source>
      <translation>كُتب المفتاح العام {kid} في {path}. سلّموه لكل من يحتاج إلى التحقق من شهاداتكم: workshop-kit certificates trust-key FILE</translation>
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
      <source>REVOKED {when}: {reason}</source>
      <translation>ملغاة في {when}: {reason}</translation>
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
      <source>Revocation is known only to the issuing organisation's database; this copy could not check it.</source>
      <translation>لا يُعرف الإلغاء إلا في قاعدة بيانات المنظمة المُصدِرة؛ تعذّر على هذه النسخة التحقق منه.</translation>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>أُلغيت في {when}: {reason}</translation>
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
      <source>Say where to write the certificates: -o DIR and/or --merged FILE.</source>
      <translation>حدّدوا مكان كتابة الشهادات: ‎-o DIR و/أو ‎--merged FILE.</translation>
    </message>
    <message>
      <source>Say why the certificate is revoked (--reason).</source>
      <translation>اذكروا سبب إلغاء الشهادة (‎--reason).</translation>
    </message>
    <message>
      <source>Security must be starttls, ssl or none.</source>
      <translation>يجب أن يكون الأمان starttls أو ssl أو none.</translation>
    </message>
    <message>
      <source>Set the sender address (--from) for e-mails.</source>
      <translation>حدّدوا عنوان مُرسِل الرسائل (‎--from).</translation>
    </message>
    <message>
      <source>Skipped ({n}):</source>
      <translation>المتجاوَزون ({n}):</translation>
    </message>
    <message>
      <source>Some PDF files could not be made; the .docx files are complete.</source>
      <translation>تعذّر إنشاء بعض ملفات PDF؛ ملفات ‎.docx كاملة.</translation>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>فشلت بعض عمليات التحقق المطلوبة.</translation>
    </message>
    <message>
      <source>Template {path} not found.</source>
      <translation>القالب {path} غير موجود.</translation>
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
      <source>The backup could not be verified: {detail}</source>
      <translation>تعذر التحقق من النسخة الاحتياطية: {detail}</translation>
    </message>
    <message>
      <source>The backup {name} is damaged too.</source>
      <translation>النسخة الاحتياطية {name} تالفة أيضًا.</translation>
    </message>
    <message>
      <source>The certificate is genuine but was revoked by the organisation that issued it.</source>
      <translation>الشهادة أصلية لكن المنظمة التي أصدرتها ألغتها.</translation>
    </message>
    <message>
      <source>The certificate is genuine.</source>
      <translation>الشهادة أصلية.</translation>
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
      <source>The outbox is empty.</source>
      <translation>صندوق الإرسال فارغ.</translation>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>المفتاح العام في هذا الملف تالف.</translation>
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
      <source>This code is not a Workshop Kit certificate code.</source>
      <translation>هذا الرمز ليس رمز شهادة من Workshop Kit.</translation>
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
      <source>This session no longer exists.</source>
      <translation>هذه الجلسة لم تعد موجودة.</translation>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>لا تحتوي هذه الورشة على الجلسة {number}.</translation>
    </message>
    <message>
      <source>Unclosed or malformed placeholder near '{text}'.</source>
      <translation>حقل غير مغلق أو غير سليم قرب «{text}».</translation>
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
      <source>Unknown workshop field(s): {names}</source>
      <translation>حقول ورشة غير معروفة: {names}</translation>
    </message>
    <message>
      <source>Update Workshop Kit.</source>
      <translation>حدّث Workshop Kit.</translation>
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
      <source>Workshop: {title}</source>
      <translation>الورشة: {title}</translation>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>توجد ورشات مسبقًا؛ لم تُنشأ ورشة تجريبية.</translation>
    </message>
    <message>
      <source>already in the outbox ({status})</source>
      <translation>موجودة مسبقًا في صندوق الإرسال ({status})</translation>
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
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>نسبة الحضور المطلوبة للشهادة بـ %% (الافتراضي 80)</translation>
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
      <source>busy</source>
      <translation>مشغول</translation>
    </message>
    <message>
      <source>cancel a queued message</source>
      <translation>إلغاء رسالة منتظرة</translation>
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
      <translation>الشهادة ملغاة</translation>
    </message>
    <message>
      <source>certificate {number} was revoked</source>
      <translation>أُلغيت الشهادة {number}</translation>
    </message>
    <message>
      <source>certificates for a workshop (the default action)</source>
      <translation>شهادات ورشة (الإجراء الافتراضي)</translation>
    </message>
    <message>
      <source>check a certificate: valid, altered, revoked or unknown organisation</source>
      <translation>التحقق من شهادة: صحيحة أو مُغيَّرة أو ملغاة أو من منظمة غير معروفة</translation>
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
      <source>date the certificate was issued</source>
      <translation>تاريخ إصدار الشهادة</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>تجريبي</translation>
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
      <source>e-mail certificates: queue, send, retry</source>
      <translation>إرسال الشهادات بالبريد: قائمة الانتظار، الإرسال، إعادة المحاولة</translation>
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
      <source>export the organisation's public key (to verify elsewhere)</source>
      <translation>تصدير المفتاح العام للمنظمة (للتحقق في مكان آخر)</translation>
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
      <source>folder for one .docx per participant</source>
      <translation>مجلد لملف ‎.docx لكل مشارك</translation>
    </message>
    <message>
      <source>folder of generated certificates (PDF preferred)</source>
      <translation>مجلد الشهادات المُنشأة (يُفضَّل PDF)</translation>
    </message>
    <message>
      <source>hours attended</source>
      <translation>الساعات المحضورة</translation>
    </message>
    <message>
      <source>last day</source>
      <translation>اليوم الأخير</translation>
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
      <source>list workshops</source>
      <translation>عرض الورشات</translation>
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
      <translation>إنشاء شهادات المشاركة والتحقق منها وإلغاؤها (certificates WORKSHOP -o DIR)</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>إنشاء النسخ الاحتياطية لملف البيانات أو عرضها أو استعادتها</translation>
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
      <source>modules covered</source>
      <translation>الوحدات المتناولة</translation>
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
      <source>no session counted yet</source>
      <translation>لم تُحتسب أي جلسة بعد</translation>
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
      <source>only participants who meet the attendance rule (default)</source>
      <translation>المشاركون المستوفون لقاعدة الحضور فقط (افتراضي)</translation>
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
      <source>organisation's logo (Settings)</source>
      <translation>شعار المنظمة (الإعدادات)</translation>
    </message>
    <message>
      <source>organisation's name (Settings)</source>
      <translation>اسم المنظمة (الإعدادات)</translation>
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
      <source>partner organisation</source>
      <translation>المنظمة الشريكة</translation>
    </message>
    <message>
      <source>personal data erased</source>
      <translation>البيانات الشخصية ممحوّة</translation>
    </message>
    <message>
      <source>photo or scan of the QR code</source>
      <translation>صورة أو مسح ضوئي لرمز QR</translation>
    </message>
    <message>
      <source>print JSON</source>
      <translation>الإخراج بصيغة JSON</translation>
    </message>
    <message>
      <source>process {pid}</source>
      <translation>العملية {pid}</translation>
    </message>
    <message>
      <source>programme name (Al Wassit)</source>
      <translation>اسم البرنامج (الوسيط)</translation>
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
      <source>read the SMTP password from standard input</source>
      <translation>قراءة كلمة مرور SMTP من المدخل القياسي</translation>
    </message>
    <message>
      <source>read the password from standard input and keep it in the system keyring</source>
      <translation>قراءة كلمة المرور من المدخل القياسي وحفظها في حافظة النظام</translation>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>استبدال ملف البيانات بنسخة احتياطية (أحدث نسخة سليمة افتراضيًا)</translation>
    </message>
    <message>
      <source>revoke a certificate</source>
      <translation>إلغاء شهادة</translation>
    </message>
    <message>
      <source>scanned QR text, short code (ABCD-EFGH) or certificate number</source>
      <translation>نص QR الممسوح أو الرمز القصير (ABCD-EFGH) أو رقم الشهادة</translation>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>المخطط {version}؛ سيُرقّى إلى {latest} (تُنشأ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
      <source>send a failed message again</source>
      <translation>إعادة إرسال رسالة فاشلة</translation>
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
      <source>show a workshop and its sessions</source>
      <translation>عرض ورشة وجلساتها</translation>
    </message>
    <message>
      <source>show or set the SMTP server</source>
      <translation>عرض خادم SMTP أو تحديده</translation>
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
      <source>trust another organisation's public key</source>
      <translation>الوثوق بالمفتاح العام لمنظمة أخرى</translation>
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
      <source>why (kept in the database)</source>
      <translation>السبب (يُحفظ في قاعدة البيانات)</translation>
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
      <source>written by a newer Workshop Kit</source>
      <translation>كُتب بإصدار أحدث من Workshop Kit</translation>
    </message>
    <message>
      <source>your own .docx template (default: the bundled one)</source>
      <translation>قالب ‎.docx الخاص بكم (افتراضيًا: القالب المرفق)</translation>
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
      <source>{n} PDF file(s) made.</source>
      <translation>أُنشئ {n} ملف PDF.</translation>
    </message>
    <message>
      <source>{n} certificate(s) written.</source>
      <translation>كُتبت {n} شهادة.</translation>
    </message>
    <message>
      <source>{n} message(s) queued; send with: workshop-kit outbox send</source>
      <translation>{n} رسالة في الانتظار؛ أرسلوها بالأمر: workshop-kit outbox send</translation>
    </message>
    <message>
      <source>{n} message(s) were interrupted while sending last time and are marked failed; they may have arrived. Check, then use: workshop-kit outbox retry ID</source>
      <translation>انقطع إرسال {n} رسالة في المرة السابقة وعُلّمت فاشلة؛ ربما وصلت. تحقّقوا ثم استعملوا: workshop-kit outbox retry ID</translation>
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
      <source>{part}: {names} change for each participant; put them in the body, not in a header or footer.</source>
      <translation>{part}: الحقول {names} تتغيّر لكل مشارك؛ ضعوها في متن المستند لا في الرأس أو التذييل.</translation>
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
      <source>{sent} sent, {failed} failed, {queued} still queued.</source>
      <translation>{sent} مُرسلة، {failed} فاشلة، {queued} لا تزال منتظرة.</translation>
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
