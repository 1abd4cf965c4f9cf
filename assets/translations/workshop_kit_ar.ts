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
      <source>Import {n} rows</source>
      <translation>استيراد {n} سطرًا</translation>
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
      <source>{rows} rows: {new} new participants, {known} already registered (enrolled, not created again), {errors} rows with problems.</source>
      <translation>{rows} سطرًا: {new} مشاركًا جديدًا، {known} مسجلين من قبل (يُسجَّلون في الورشة دون إنشائهم من جديد)، {errors} سطرًا به مشاكل.</translation>
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
      <source>CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx).</source>
      <translation>ملف CSV أو نصي (بأي فاصل أو ترميز) أو مصنف Excel ‏(.xlsx).</translation>
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
      <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
      <translation>جداول البيانات (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
      <source>Text encoding</source>
      <translation>ترميز النص</translation>
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
      <source>Import participants</source>
      <translation>استيراد المشاركين</translation>
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
      <source>sheet {name}</source>
      <translation>الورقة {name}</translation>
    </message>
    <message>
      <source>{rows} rows; header on row {header} ({source}).</source>
      <translation>{rows} سطرًا؛ العناوين في السطر {header} ‏({source}).</translation>
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
      <translation>مستند Word ‏(*.docx)</translation>
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
      <source>'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one with its country code, e.g. +33 6 12 34 56 78.</source>
      <translation>«⁦{value}⁩» ليس رقم هاتف؛ اكتب الرقم المغربي هكذا ⁦06 12 34 56 78⁩ والرقم الأجنبي مع رمز بلده، مثلًا ⁦+33 6 12 34 56 78⁩.</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address (name@example.org).</source>
      <translation>«⁦{value}⁩» ليس عنوان بريد إلكتروني (⁦name@example.org⁩).</translation>
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
      <source>After</source>
      <translation>بعد</translation>
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
      <source>All required checks passed.</source>
      <translation>نجحت جميع عمليات التحقق المطلوبة.</translation>
    </message>
    <message>
      <source>An erased participant cannot be merged.</source>
      <translation>لا يمكن دمج مشارك تم محو معطياته.</translation>
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
      <source>Backup written: {path}</source>
      <translation>تم حفظ النسخة الاحتياطية: {path}</translation>
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
      <source>Birth year</source>
      <translation>سنة الميلاد</translation>
    </message>
    <message>
      <source>Birth year '{value}' is impossible; write a year between {low} and {high}.</source>
      <translation>سنة الميلاد «⁦{value}⁩» غير ممكنة؛ اكتب سنة بين ⁦{low}⁩ و⁦{high}⁩.</translation>
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
      <source>CSV, TSV or XLSX file</source>
      <translation>ملف CSV أو TSV أو XLSX</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>الشهادة</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>الشهادات</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>اختر مجلدًا قابلًا للكتابة باستعمال ‎--data-dir.</translation>
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
      <source>Code</source>
      <translation>الرمز</translation>
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
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>تم إنشاء ورشة تجريبية: {title} ({id})، {n} مشاركًا، {s} جلسات.</translation>
    </message>
    <message>
      <source>Dry run: {valid} valid row(s), {errors} error(s); nothing was written.</source>
      <translation>تجربة: {valid} سطر(أسطر) صالح(ة)، {errors} خطأ؛ لم يُكتب أي شيء.</translation>
    </message>
    <message>
      <source>E-mails</source>
      <translation>الرسائل الإلكترونية</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>البريد الإلكتروني</translation>
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
      <source>F, M or X</source>
      <translation>F أو M أو X</translation>
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
      <source>First name</source>
      <translation>الاسم الشخصي</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>الاسم الشخصي (بالعربية)</translation>
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
      <source>Gender</source>
      <translation>الجنس</translation>
    </message>
    <message>
      <source>Gender '{value}' is not understood; use F, M or X (other).</source>
      <translation>الجنس «{value}» غير مفهوم؛ استعمل F أو M أو X (آخر).</translation>
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
      <source>Imported {imported} new participant(s); {enrolled} enrolment(s) added; {skipped} row(s) skipped.</source>
      <translation>تم استيراد {imported} مشارك(ين) جديد(ين)؛ أضيف {enrolled} تسجيل؛ تم تجاوز {skipped} سطر.</translation>
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
      <source>Issued</source>
      <translation>تاريخ الإصدار</translation>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>نوع المنظمة</translation>
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
      <source>Merged {other} into {keep}.</source>
      <translation>تم دمج {other} في {keep}.</translation>
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
      <source>Nationality</source>
      <translation>الجنسية</translation>
    </message>
    <message>
      <source>Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).</source>
      <translation>الجنسية «{value}» ليست بلدًا معروفًا؛ اكتب اسمه أو رمزه ISO (مثلًا MA أو SN).</translation>
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
      <source>No backups yet.</source>
      <translation>لا توجد نسخ احتياطية بعد.</translation>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>لا توجد وحدات مرفقة في {path}</translation>
    </message>
    <message>
      <source>No column is mapped to a name; map one with --mapping, e.g. {"Nom": "last_name"}.</source>
      <translation>لا يوجد عمود مرتبط بالاسم؛ اربط عمودًا بـ⁦--mapping⁩، مثلًا ⁦{"Nom": "last_name"}⁩.</translation>
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
      <source>No sheet '{sheet}' in {name}; its sheets are: {sheets}.</source>
      <translation>لا توجد ورقة «{sheet}» في {name}؛ أوراقه هي: {sheets}.</translation>
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
      <source>None.</source>
      <translation>لا شيء.</translation>
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
      <source>Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid.</source>
      <translation>لم يُكتب أي شيء. صحّح الأسطر أعلاه، أو استورد الأسطر الصالحة بـ‎--skip-invalid.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>الرقم</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>المنظمة</translation>
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
      <source>Participant registered: {name} ({id}).</source>
      <translation>تم تسجيل المشارك: {name} ‏({id}).</translation>
    </message>
    <message>
      <source>Participant {id} erased; their attendance still counts, anonymously.</source>
      <translation>تم محو المشارك {id}؛ يبقى حضوره محسوبًا دون هوية.</translation>
    </message>
    <message>
      <source>Partner association</source>
      <translation>جمعية شريكة</translation>
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
      <source>Poster or flyer</source>
      <translation>ملصق أو منشور</translation>
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
      <source>Revoked</source>
      <translation>ملغاة</translation>
    </message>
    <message>
      <source>Role / function</source>
      <translation>الدور / الوظيفة</translation>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>شغّل: workshop-kit curricula validate {path}</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>الجلسة</translation>
    </message>
    <message>
      <source>Sessions attended</source>
      <translation>الجلسات المحضورة</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>فشلت بعض عمليات التحقق المطلوبة.</translation>
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
      <source>Test scores</source>
      <translation>نتائج الاختبارات</translation>
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
      <source>The delimiter must be one character (e.g. ';' or ',').</source>
      <translation>يجب أن يكون الفاصل حرفًا واحدًا (مثلًا «;» أو «,»).</translation>
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
      <source>The retention period must be at least one month.</source>
      <translation>يجب ألا تقل مدة الاحتفاظ عن شهر واحد.</translation>
    </message>
    <message>
      <source>This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law 09-08 you may ask for it to be corrected or erased.</source>
      <translation>تعرض هذه الوثيقة كل ما يحفظه Workshop Kit عنك، بتاريخ {date}. يحق لك بموجب القانون المغربي رقم ‎09-08‎ طلب تصحيحه أو محوه.</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>هذا الملف ليس مفتاحًا عامًا من Workshop Kit.</translation>
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
      <source>This session no longer exists.</source>
      <translation>هذه الجلسة لم تعد موجودة.</translation>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>لا تحتوي هذه الورشة على الجلسة {number}.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>إلى</translation>
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
      <source>Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.</source>
      <translation>ترميز غير معروف «{encoding}»؛ استعمل مثلًا utf-8 أو utf-16 أو cp1256 أو latin-1.</translation>
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
      <source>Value</source>
      <translation>القيمة</translation>
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
      <source>Workshops</source>
      <translation>الورشات</translation>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>توجد ورشات مسبقًا؛ لم تُنشأ ورشة تجريبية.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>تمت الكتابة: {path}</translation>
    </message>
    <message>
      <source>XLSX sheet name or number (default: the first)</source>
      <translation>اسم ورقة XLSX أو رقمها (افتراضيًا: الأولى)</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>معلوماتك</translation>
    </message>
    <message>
      <source>absent</source>
      <translation>غائب</translation>
    </message>
    <message>
      <source>age band, e.g. 25-34</source>
      <translation>الفئة العمرية، مثلًا 25-34</translation>
    </message>
    <message>
      <source>anonymise them now</source>
      <translation>إخفاء هويتهم الآن</translation>
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
      <source>badge active</source>
      <translation>شارة نشطة</translation>
    </message>
    <message>
      <source>badge revoked</source>
      <translation>شارة ملغاة</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>مشغول</translation>
    </message>
    <message>
      <source>check and report, write nothing</source>
      <translation>التحقق وعرض التقرير دون كتابة أي شيء</translation>
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
      <source>donor</source>
      <translation>الجهة المانحة</translation>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>رمز الجهة المانحة/المشروع</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>البريد الإلكتروني</translation>
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
      <source>erase a participant's personal data (attendance counts are kept)</source>
      <translation>محو المعطيات الشخصية لمشارك (تُحفظ أعداد الحضور)</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>خطأ: {message}</translation>
    </message>
    <message>
      <source>excused</source>
      <translation>غياب مبرر</translation>
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
      <source>fr, ar or en</source>
      <translation>fr أو ar أو en</translation>
    </message>
    <message>
      <source>full name as typed (split into first/last name, Latin or Arabic script)</source>
      <translation>الاسم الكامل كما كُتب (يُقسم إلى اسم شخصي ونسب، بالحروف اللاتينية أو العربية)</translation>
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
      <source>import participants from a CSV or XLSX file into a workshop</source>
      <translation>استيراد مشاركين من ملف CSV أو XLSX إلى ورشة</translation>
    </message>
    <message>
      <source>import the valid rows even when some rows have errors</source>
      <translation>استيراد الأسطر الصالحة حتى لو كانت في بعض الأسطر أخطاء</translation>
    </message>
    <message>
      <source>language of the document (default: the participant's)</source>
      <translation>لغة الوثيقة (افتراضيًا: لغة المشارك)</translation>
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
      <source>list (or anonymise with --apply) participants kept longer than the retention period</source>
      <translation>عرض (أو إخفاء هوية بـ‎--apply) المشاركين المحفوظين أكثر من مدة الاحتفاظ</translation>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>عرض النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
      <source>list records that may be the same person</source>
      <translation>عرض البطاقات التي قد تكون للشخص نفسه</translation>
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
      <source>make a verified backup now</source>
      <translation>إنشاء نسخة احتياطية متحقق منها الآن</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>إنشاء النسخ الاحتياطية لملف البيانات أو عرضها أو استعادتها</translation>
    </message>
    <message>
      <source>merge two records of the same person (history kept)</source>
      <translation>دمج بطاقتين للشخص نفسه (مع حفظ السجل)</translation>
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
      <source>not a SQLite database</source>
      <translation>ليست قاعدة بيانات SQLite</translation>
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
      <source>only when there is no workshop yet</source>
      <translation>فقط إذا لم توجد أي ورشة بعد</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>المنظمة</translation>
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
      <source>partner organisation</source>
      <translation>المنظمة الشريكة</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>رقم الهاتف</translation>
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
      <source>process {pid}</source>
      <translation>العملية {pid}</translation>
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
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>استبدال ملف البيانات بنسخة احتياطية (أحدث نسخة سليمة افتراضيًا)</translation>
    </message>
    <message>
      <source>retention period in months (default: from Settings)</source>
      <translation>مدة الاحتفاظ بالأشهر (افتراضيًا: من الإعدادات)</translation>
    </message>
    <message>
      <source>role or function</source>
      <translation>الدور أو الوظيفة</translation>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>السطر {row}، العمود {column}: {message}</translation>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>المخطط {version}؛ سيُرقّى إلى {latest} (تُنشأ نسخة احتياطية أولًا)</translation>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>عدد الجلسات في اليوم (الافتراضي 2)</translation>
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
      <source>text encoding of a CSV file (default: detected), e.g. cp1256</source>
      <translation>ترميز ملف CSV (افتراضيًا: يُكتشف تلقائيًا)، مثلًا cp1256</translation>
    </message>
    <message>
      <source>the .docx to write (default: in the current folder)</source>
      <translation>ملف ‎.docx المراد كتابته (افتراضيًا: في المجلد الحالي)</translation>
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
      <source>trainer's name</source>
      <translation>اسم المكوّن</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>who recorded the consent</source>
      <translation>من سجّل الموافقة</translation>
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
      <source>write everything held about one participant to a Word document</source>
      <translation>كتابة كل ما هو محفوظ عن مشارك في وثيقة Word</translation>
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
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field}: «{value}» ليس تاريخًا؛ اكتبه بالشكل YYYY-MM-DD، مثل 2026-03-14.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field}: «{value}» ليس وقتًا؛ اكتبه بالشكل HH:MM، مثل 09:30.</translation>
    </message>
    <message>
      <source>{file}: {rows} row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>{file}: قُرئ {rows} سطر (الترميز {encoding}، العناوين في السطر {header}).</translation>
    </message>
    <message>
      <source>{name} cannot be opened as an Excel workbook ({detail}).</source>
      <translation>لا يمكن فتح {name} كمصنف Excel ‏({detail}).</translation>
    </message>
    <message>
      <source>{name} is an old Excel .xls file; save it as .xlsx or CSV and import that.</source>
      <translation>{name} ملف Excel قديم ‎.xls؛ احفظه بصيغة ‎.xlsx أو CSV ثم استورده.</translation>
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
      <source>{n} problem(s), first: {first}</source>
      <translation>{n} مشكلة، أولها: {first}</translation>
    </message>
    <message>
      <source>{n} row(s) are people already registered (enrolled, not created again).</source>
      <translation>{n} سطر لأشخاص مسجلين من قبل (سُجّلوا في الورشة دون إنشائهم من جديد).</translation>
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
