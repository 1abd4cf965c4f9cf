<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AgendaSaveDialog</name>
    <message numerus="yes">
      <source>%n attendance record(s) stay with it</source>
      <translation>
        <numerusform>%n attendance record stays with it</numerusform>
        <numerusform>%n attendance records stay with it</numerusform>
      </translation>
      <extra-wk-built>c102836f2895</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n issued certificate(s) would no longer match the attendance rule: {names}.</source>
      <translation>
        <numerusform>%n issued certificate would no longer match the attendance rule: {names}.</numerusform>
        <numerusform>%n issued certificates would no longer match the attendance rule: {names}.</numerusform>
      </translation>
      <extra-wk-built>72b84fcac646</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message numerus="yes">
      <source>Total: {time} over %n day(s)</source>
      <translation>
        <numerusform>Total: {time} over %n day</numerusform>
        <numerusform>Total: {time} over %n days</numerusform>
      </translation>
      <extra-wk-built>d6992066046c</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendanceHistoryDialog</name>
    <message numerus="yes">
      <source>%n correction(s) in the grid of this workshop.</source>
      <translation>
        <numerusform>%n correction in the grid of this workshop.</numerusform>
        <numerusform>%n corrections in the grid of this workshop.</numerusform>
      </translation>
      <extra-wk-built>4472eb4dc81b</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message numerus="yes">
      <source>%n more session(s) needed</source>
      <translation>
        <numerusform>%n more session needed</numerusform>
        <numerusform>%n more sessions needed</numerusform>
      </translation>
      <extra-wk-built>a12bac3d25d7</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
      <extra-wk-built>0c3f14cf6bd4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
      <extra-wk-built>9b1778b49a13</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message numerus="yes">
      <source>%n already registered (enrolled, not created again)</source>
      <translation>
        <numerusform>%n already registered (enrolled, not created again)</numerusform>
        <numerusform>%n already registered (enrolled, not created again)</numerusform>
      </translation>
      <extra-wk-built>8f77ea26dff8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n field(s) that are not valid are left empty (listed below).</source>
      <translation>
        <numerusform>%n field that is not valid is left empty (listed below).</numerusform>
        <numerusform>%n fields that are not valid are left empty (listed below).</numerusform>
      </translation>
      <extra-wk-built>ede020a588bf</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n new participant</numerusform>
        <numerusform>%n new participants</numerusform>
      </translation>
      <extra-wk-built>73b70c3e79fb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) have problems only in optional fields: tick “{box}” to import them without those fields.</source>
      <translation>
        <numerusform>%n person has problems only in optional fields: tick “{box}” to import them without those fields.</numerusform>
        <numerusform>%n people have problems only in optional fields: tick “{box}” to import them without those fields.</numerusform>
      </translation>
      <extra-wk-built>6210fa1361c2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
      <extra-wk-built>c66bb6d3a90a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) repeat an earlier row of this file (rows {rows}) and are not created twice.</source>
      <translation>
        <numerusform>%n row repeats an earlier row of this file (rows {rows}) and is not created twice.</numerusform>
        <numerusform>%n rows repeat an earlier row of this file (rows {rows}) and are not created twice.</numerusform>
      </translation>
      <extra-wk-built>a52afa1a657d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) with problems</source>
      <translation>
        <numerusform>%n row with problems</numerusform>
        <numerusform>%n rows with problems</numerusform>
      </translation>
      <extra-wk-built>37ed0f68bcfb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Import %n row(s)</source>
      <translation>
        <numerusform>Import %n row</numerusform>
        <numerusform>Import %n rows</numerusform>
      </translation>
      <extra-wk-built>6e89e21d8dda</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message numerus="yes">
      <source>%n scan(s) kept; retrying every few seconds.</source>
      <translation>
        <numerusform>%n scan kept; retrying every few seconds.</numerusform>
        <numerusform>%n scans kept; retrying every few seconds.</numerusform>
      </translation>
      <extra-wk-built>da7ccf77360a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>DoorActions</name>
    <message numerus="yes">
      <source>%n badge(s) ready</source>
      <translation>
        <numerusform>%n badge ready</numerusform>
        <numerusform>%n badges ready</numerusform>
      </translation>
      <extra-wk-built>9c4600572ea0</extra-wk-built>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
      <source>%n possible duplicate(s). Merging keeps attendance, certificates and scores of both records.</source>
      <translation>
        <numerusform>%n possible duplicate. Merging keeps attendance, certificates and scores of both records.</numerusform>
        <numerusform>%n possible duplicates. Merging keeps attendance, certificates and scores of both records.</numerusform>
      </translation>
      <extra-wk-built>ef8d6f5c5719</extra-wk-built>
    </message>
  </context>
  <context>
    <name>FilePasswordDialog</name>
    <message numerus="yes">
      <source>Too short: at least %n character(s).</source>
      <translation>
        <numerusform>Too short: at least %n character.</numerusform>
        <numerusform>Too short: at least %n characters.</numerusform>
      </translation>
      <extra-wk-built>f6ea15a523dd</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MakeCertificatesTab</name>
    <message numerus="yes">
      <source>%n certificate(s) made.</source>
      <translation>
        <numerusform>%n certificate made.</numerusform>
        <numerusform>%n certificates made.</numerusform>
      </translation>
      <extra-wk-built>e1ae56ebedc9</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) queued.</source>
      <translation>
        <numerusform>%n message queued.</numerusform>
        <numerusform>%n messages queued.</numerusform>
      </translation>
      <extra-wk-built>a7b192b4a61c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) not eligible (see the list).</source>
      <translation>
        <numerusform>%n participant not eligible (see the list).</numerusform>
        <numerusform>%n participants not eligible (see the list).</numerusform>
      </translation>
      <extra-wk-built>48ce0ccf13df</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of %n participant(s) meet it.</source>
      <translation>
        <numerusform>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of %n participant meets it.</numerusform>
        <numerusform>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of %n participants meet it.</numerusform>
      </translation>
      <extra-wk-built>70eaa26e39cb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Stopped: %n complete certificate(s) kept, no half-written file.</source>
      <translation>
        <numerusform>Stopped: %n complete certificate kept, no half-written file.</numerusform>
        <numerusform>Stopped: %n complete certificates kept, no half-written file.</numerusform>
      </translation>
      <extra-wk-built>2f0d60a444dd</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message numerus="yes">
      <source>%n row(s); header on row {header} ({source}).</source>
      <translation>
        <numerusform>%n row; header on row {header} ({source}).</numerusform>
        <numerusform>%n rows; header on row {header} ({source}).</numerusform>
      </translation>
      <extra-wk-built>3cb37cf2637d</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModulesTab</name>
    <message numerus="yes">
      <source>%n problem(s) in this module's files, e.g. {first}</source>
      <translation>
        <numerusform>%n problem in this module's files, e.g. {first}</numerusform>
        <numerusform>%n problems in this module's files, e.g. {first}</numerusform>
      </translation>
      <extra-wk-built>ace2fc5860d5</extra-wk-built>
    </message>
  </context>
  <context>
    <name>OutboxTab</name>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
      <extra-wk-built>3a79262fc12a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n queued</source>
      <translation>
        <numerusform>%n queued</numerusform>
        <numerusform>%n queued</numerusform>
      </translation>
      <extra-wk-built>de0be473ea9e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n sent</source>
      <translation>
        <numerusform>%n sent</numerusform>
        <numerusform>%n sent</numerusform>
      </translation>
      <extra-wk-built>a4f4b158366e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still queued</source>
      <translation>
        <numerusform>%n still queued</numerusform>
        <numerusform>%n still queued</numerusform>
      </translation>
      <extra-wk-built>d3c44c5ef448</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n uncertain</source>
      <translation>
        <numerusform>%n uncertain</numerusform>
        <numerusform>%n uncertain</numerusform>
      </translation>
      <extra-wk-built>521be2657ab5</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
      <source>%n enrolment(s) added</source>
      <translation>
        <numerusform>%n enrolment added</numerusform>
        <numerusform>%n enrolments added</numerusform>
      </translation>
      <extra-wk-built>06d71735ffe0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n new participant</numerusform>
        <numerusform>%n new participants</numerusform>
      </translation>
      <extra-wk-built>73b70c3e79fb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
      <extra-wk-built>0c3f14cf6bd4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) only attended workshops that ended more than {months} months ago. The retention period in Settings says their data should now be anonymised.</source>
      <translation>
        <numerusform>%n participant only attended workshops that ended more than {months} months ago. The retention period in Settings says their data should now be anonymised.</numerusform>
        <numerusform>%n participants only attended workshops that ended more than {months} months ago. The retention period in Settings says their data should now be anonymised.</numerusform>
      </translation>
      <extra-wk-built>bade9737f985</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) skipped</source>
      <translation>
        <numerusform>%n row skipped</numerusform>
        <numerusform>%n rows skipped</numerusform>
      </translation>
      <extra-wk-built>ccb893fbb922</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Anonymise %n participant(s)? Their names and contact details are erased; attendance counts stay.</source>
      <translation>
        <numerusform>Anonymise %n participant? Their names and contact details are erased; attendance counts stay.</numerusform>
        <numerusform>Anonymise %n participants? Their names and contact details are erased; attendance counts stay.</numerusform>
      </translation>
      <extra-wk-built>870df74f963e</extra-wk-built>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
      <source>Too short: at least %n character(s).</source>
      <translation>
        <numerusform>Too short: at least %n character.</numerusform>
        <numerusform>Too short: at least %n characters.</numerusform>
      </translation>
      <extra-wk-built>f6ea15a523dd</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>at least %n character(s); a few words</source>
      <translation>
        <numerusform>at least %n character; a few words</numerusform>
        <numerusform>at least %n characters; a few words</numerusform>
      </translation>
      <extra-wk-built>3af9a7148a71</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message numerus="yes">
      <source>%n already known</source>
      <translation>
        <numerusform>%n already known</numerusform>
        <numerusform>%n already known</numerusform>
      </translation>
      <extra-wk-built>343bb30fc4b3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n merged</numerusform>
        <numerusform>%n merged</numerusform>
      </translation>
      <extra-wk-built>12a05892b2bb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>%n refused</numerusform>
        <numerusform>%n refused</numerusform>
      </translation>
      <extra-wk-built>72cb430f7f29</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still arriving</source>
      <translation>
        <numerusform>%n still arriving</numerusform>
        <numerusform>%n still arriving</numerusform>
      </translation>
      <extra-wk-built>ecd2a6fdb935</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n workshop(s) in this view: {scope}</source>
      <translation>
        <numerusform>%n workshop in this view: {scope}</numerusform>
        <numerusform>%n workshops in this view: {scope}</numerusform>
      </translation>
      <extra-wk-built>bf81d6415507</extra-wk-built>
    </message>
  </context>
  <context>
    <name>VerifyTab</name>
    <message numerus="yes">
      <source>Verification page written to {path}: %n certificate(s), revoked: {r}. Publish it again after each revocation.</source>
      <translation>
        <numerusform>Verification page written to {path}: %n certificate, revoked: {r}. Publish it again after each revocation.</numerusform>
        <numerusform>Verification page written to {path}: %n certificates, revoked: {r}. Publish it again after each revocation.</numerusform>
      </translation>
      <extra-wk-built>fd37a8bed932</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WorkshopsPage</name>
    <message numerus="yes">
      <source>Remove session {number} ({when}) and the %n attendance record(s) of it? The other sessions are numbered again.</source>
      <translation>
        <numerusform>Remove session {number} ({when}) and the %n attendance record of it? The other sessions are numbered again.</numerusform>
        <numerusform>Remove session {number} ({when}) and the %n attendance records of it? The other sessions are numbered again.</numerusform>
      </translation>
      <extra-wk-built>b38a4b33fe3a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <source>%n PDF file(s) made.</source>
      <translation>
        <numerusform>%n PDF file made.</numerusform>
        <numerusform>%n PDF files made.</numerusform>
      </translation>
      <extra-wk-built>a681bb232985</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n PNG badge(s) written to {folder}.</source>
      <translation>
        <numerusform>%n PNG badge written to {folder}.</numerusform>
        <numerusform>%n PNG badges written to {folder}.</numerusform>
      </translation>
      <extra-wk-built>834bcfa761e2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n already known</source>
      <translation>
        <numerusform>%n already known</numerusform>
        <numerusform>%n already known</numerusform>
      </translation>
      <extra-wk-built>343bb30fc4b3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n backup(s) are still plain: run workshop-kit encryption enable again to finish.</source>
      <translation>
        <numerusform>%n backup is still plain: run workshop-kit encryption enable again to finish.</numerusform>
        <numerusform>%n backups are still plain: run workshop-kit encryption enable again to finish.</numerusform>
      </translation>
      <extra-wk-built>e6fd94a46c43</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n badge(s) written to {path} ({pages}).</source>
      <translation>
        <numerusform>%n badge written to {path} ({pages}).</numerusform>
        <numerusform>%n badges written to {path} ({pages}).</numerusform>
      </translation>
      <extra-wk-built>bd0bb41d145e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) written.</source>
      <translation>
        <numerusform>%n certificate written.</numerusform>
        <numerusform>%n certificates written.</numerusform>
      </translation>
      <extra-wk-built>f12e8f87bd7b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n enrolment(s) added</source>
      <translation>
        <numerusform>%n enrolment added</numerusform>
        <numerusform>%n enrolments added</numerusform>
      </translation>
      <extra-wk-built>06d71735ffe0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
      <extra-wk-built>06d59e1ace17</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n failed</numerusform>
        <numerusform>%n failed</numerusform>
      </translation>
      <extra-wk-built>3a79262fc12a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n merged</numerusform>
        <numerusform>%n merged</numerusform>
      </translation>
      <extra-wk-built>12a05892b2bb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) may have arrived although the server did not confirm them; they are marked uncertain and will not be sent again by themselves. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</source>
      <translation>
        <numerusform>%n message may have arrived although the server did not confirm it; it is marked uncertain and will not be sent again by itself. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>%n messages may have arrived although the server did not confirm them; they are marked uncertain and will not be sent again by themselves. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</numerusform>
      </translation>
      <extra-wk-built>342854b742a9</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) queued; send with: workshop-kit outbox send</source>
      <translation>
        <numerusform>%n message queued; send with: workshop-kit outbox send</numerusform>
        <numerusform>%n messages queued; send with: workshop-kit outbox send</numerusform>
      </translation>
      <extra-wk-built>dee1a8344555</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
      <extra-wk-built>cd2c22e72658</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n min ({h} h {m:02d})</source>
      <translation>
        <numerusform>%n min ({h} h {m:02d})</numerusform>
        <numerusform>%n min ({h} h {m:02d})</numerusform>
      </translation>
      <extra-wk-built>0d49d05aefc7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n module(s)</source>
      <translation>
        <numerusform>%n module</numerusform>
        <numerusform>%n modules</numerusform>
      </translation>
      <extra-wk-built>42411c580d02</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n new participant</numerusform>
        <numerusform>%n new participants</numerusform>
      </translation>
      <extra-wk-built>73b70c3e79fb</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
      <extra-wk-built>eb75a1ee9c38</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n participant</numerusform>
        <numerusform>%n participants</numerusform>
      </translation>
      <extra-wk-built>0c3f14cf6bd4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) anonymised.</source>
      <translation>
        <numerusform>%n participant anonymised.</numerusform>
        <numerusform>%n participants anonymised.</numerusform>
      </translation>
      <extra-wk-built>850c1c9477f6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) enrolled in {title}.</source>
      <translation>
        <numerusform>%n participant enrolled in {title}.</numerusform>
        <numerusform>%n participants enrolled in {title}.</numerusform>
      </translation>
      <extra-wk-built>6f54a017a33a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</source>
      <translation>
        <numerusform>%n participant of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</numerusform>
        <numerusform>%n participants of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</numerusform>
      </translation>
      <extra-wk-built>50424a1daab1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) have problems only in optional fields: import them without those fields with --without-invalid-fields.</source>
      <translation>
        <numerusform>%n person has problems only in optional fields: import them without those fields with --without-invalid-fields.</numerusform>
        <numerusform>%n people have problems only in optional fields: import them without those fields with --without-invalid-fields.</numerusform>
      </translation>
      <extra-wk-built>2d0683249757</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) in this bundle also belong to another workshop on this laptop (or are not enrolled in this one): the bundle's changes to their records were left out. Correct or erase them on this laptop if needed.</source>
      <translation>
        <numerusform>%n person in this bundle also belongs to another workshop on this laptop (or is not enrolled in this one): the bundle's changes to their record were left out. Correct or erase it on this laptop if needed.</numerusform>
        <numerusform>%n people in this bundle also belong to another workshop on this laptop (or are not enrolled in this one): the bundle's changes to their records were left out. Correct or erase them on this laptop if needed.</numerusform>
      </translation>
      <extra-wk-built>4a670cd874ad</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problem</numerusform>
        <numerusform>%n problems</numerusform>
      </translation>
      <extra-wk-built>e07c5dadbaa2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s), first: {first}</source>
      <translation>
        <numerusform>%n problem: {first}</numerusform>
        <numerusform>%n problems, first: {first}</numerusform>
      </translation>
      <extra-wk-built>f72d54025ce4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s).</source>
      <translation>
        <numerusform>%n problem.</numerusform>
        <numerusform>%n problems.</numerusform>
      </translation>
      <extra-wk-built>30cfbdb30092</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s); nothing was imported. Fix them and import again:</source>
      <translation>
        <numerusform>%n problem; nothing was imported. Fix it and import again:</numerusform>
        <numerusform>%n problems; nothing was imported. Fix them and import again:</numerusform>
      </translation>
      <extra-wk-built>9aefed0f850f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>%n refused</numerusform>
        <numerusform>%n refused</numerusform>
      </translation>
      <extra-wk-built>72cb430f7f29</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) are people already registered (enrolled, not created again).</source>
      <translation>
        <numerusform>%n row is a person already registered (enrolled, not created again).</numerusform>
        <numerusform>%n rows are people already registered (enrolled, not created again).</numerusform>
      </translation>
      <extra-wk-built>110eec2f2de3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) skipped</source>
      <translation>
        <numerusform>%n row skipped</numerusform>
        <numerusform>%n rows skipped</numerusform>
      </translation>
      <extra-wk-built>ccb893fbb922</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n sent</source>
      <translation>
        <numerusform>%n sent</numerusform>
        <numerusform>%n sent</numerusform>
      </translation>
      <extra-wk-built>a4f4b158366e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
      <extra-wk-built>9b1778b49a13</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still arriving</source>
      <translation>
        <numerusform>%n still arriving</numerusform>
        <numerusform>%n still arriving</numerusform>
      </translation>
      <extra-wk-built>ecd2a6fdb935</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still queued</source>
      <translation>
        <numerusform>%n still queued</numerusform>
        <numerusform>%n still queued</numerusform>
      </translation>
      <extra-wk-built>d3c44c5ef448</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n uncertain</source>
      <translation>
        <numerusform>%n uncertain</numerusform>
        <numerusform>%n uncertain</numerusform>
      </translation>
      <extra-wk-built>521be2657ab5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n valid row(s)</source>
      <translation>
        <numerusform>%n valid row</numerusform>
        <numerusform>%n valid rows</numerusform>
      </translation>
      <extra-wk-built>d1b0cb0699b1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n warning(s).</source>
      <translation>
        <numerusform>%n warning.</numerusform>
        <numerusform>%n warnings.</numerusform>
      </translation>
      <extra-wk-built>46f9fb74104d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Bundle written: {path} (%n row(s), signed by key {key_id}).</source>
      <translation>
        <numerusform>Bundle written: {path} (%n row, signed by key {key_id}).</numerusform>
        <numerusform>Bundle written: {path} (%n rows, signed by key {key_id}).</numerusform>
      </translation>
      <extra-wk-built>ad6044ef79d7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Choose a passphrase of at least %n character(s) (a few words are easy to remember and hard to guess).</source>
      <translation>
        <numerusform>Choose a passphrase of at least %n character (a few words are easy to remember and hard to guess).</numerusform>
        <numerusform>Choose a passphrase of at least %n characters (a few words are easy to remember and hard to guess).</numerusform>
      </translation>
      <extra-wk-built>de160e966224</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Choose a password of at least %n character(s).</source>
      <translation>
        <numerusform>Choose a password of at least %n character.</numerusform>
        <numerusform>Choose a password of at least %n characters.</numerusform>
      </translation>
      <extra-wk-built>4550d85c17d6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Core sessions: %n min (the others are optional)</source>
      <translation>
        <numerusform>Core sessions: %n min (the others are optional)</numerusform>
        <numerusform>Core sessions: %n min (the others are optional)</numerusform>
      </translation>
      <extra-wk-built>08f6610d81fd</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Damaged template(s): {names}</source>
      <translation>
        <numerusform>Damaged template: {names}</numerusform>
        <numerusform>Damaged templates: {names}</numerusform>
      </translation>
      <extra-wk-built>7b839347764e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Duration: %n min</source>
      <translation>
        <numerusform>Duration: %n min</numerusform>
        <numerusform>Duration: %n min</numerusform>
      </translation>
      <extra-wk-built>29bb4d445cc2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Encrypted with a passphrase (SQLCipher): the database and %n backup(s).</source>
      <translation>
        <numerusform>Encrypted with a passphrase (SQLCipher): the database and %n backup.</numerusform>
        <numerusform>Encrypted with a passphrase (SQLCipher): the database and %n backups.</numerusform>
      </translation>
      <extra-wk-built>ae712a4f9151</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Module {module}: {pre} % → {post} % (%n person(s))</source>
      <translation>
        <numerusform>Module {module}: {pre} % → {post} % (%n person)</numerusform>
        <numerusform>Module {module}: {pre} % → {post} % (%n people)</numerusform>
      </translation>
      <extra-wk-built>fe322f5aeee1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Quiz: %n question(s)</source>
      <translation>
        <numerusform>Quiz: %n question</numerusform>
        <numerusform>Quiz: %n questions</numerusform>
      </translation>
      <extra-wk-built>9ff35135fa84</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Saving this agenda would leave %n issued certificate(s) without the attendance they were issued for ({names}). Nothing was saved.</source>
      <translation>
        <numerusform>Saving this agenda would leave %n issued certificate without the attendance it was issued for ({names}). Nothing was saved.</numerusform>
        <numerusform>Saving this agenda would leave %n issued certificates without the attendance they were issued for ({names}). Nothing was saved.</numerusform>
      </translation>
      <extra-wk-built>25902dc1e727</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>The file has no consent column, so %n row(s) were refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</source>
      <translation>
        <numerusform>The file has no consent column, so %n row was refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</numerusform>
        <numerusform>The file has no consent column, so %n rows were refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</numerusform>
      </translation>
      <extra-wk-built>cde526d99cd8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>The workshop title is too long to go in the certificates' QR code (%n character(s)); shorten it.</source>
      <translation>
        <numerusform>The workshop title is too long to go in the certificates' QR code (%n character); shorten it.</numerusform>
        <numerusform>The workshop title is too long to go in the certificates' QR code (%n characters); shorten it.</numerusform>
      </translation>
      <extra-wk-built>e08af1feba93</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>This name has %n character(s); at most {max} fit on a badge and a certificate.</source>
      <translation>
        <numerusform>This name has %n character; at most {max} fit on a badge and a certificate.</numerusform>
        <numerusform>This name has %n characters; at most {max} fit on a badge and a certificate.</numerusform>
      </translation>
      <extra-wk-built>12f31fe88121</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Total: %n min</source>
      <translation>
        <numerusform>Total: %n min</numerusform>
        <numerusform>Total: %n min</numerusform>
      </translation>
      <extra-wk-built>7e9b134516be</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown participant field(s): {names}</source>
      <translation>
        <numerusform>Unknown participant field: {names}</numerusform>
        <numerusform>Unknown participant fields: {names}</numerusform>
      </translation>
      <extra-wk-built>1135e144d7ff</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown session field(s): {names}</source>
      <translation>
        <numerusform>Unknown session field: {names}</numerusform>
        <numerusform>Unknown session fields: {names}</numerusform>
      </translation>
      <extra-wk-built>56822b9272e4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown workshop field(s): {names}</source>
      <translation>
        <numerusform>Unknown workshop field: {names}</numerusform>
        <numerusform>Unknown workshop fields: {names}</numerusform>
      </translation>
      <extra-wk-built>7c967e5e9444</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Verification page written: {path} (%n certificate(s), revoked: {r}, list of {date}).</source>
      <translation>
        <numerusform>Verification page written: {path} (%n certificate, revoked: {r}, list of {date}).</numerusform>
        <numerusform>Verification page written: {path} (%n certificates, revoked: {r}, list of {date}).</numerusform>
      </translation>
      <extra-wk-built>452fc347b1dc</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Workshop created: {title} ({id}), %n session(s) from {start} to {end}.</source>
      <translation>
        <numerusform>Workshop created: {title} ({id}), %n session from {start} to {end}.</numerusform>
        <numerusform>Workshop created: {title} ({id}), %n sessions from {start} to {end}.</numerusform>
      </translation>
      <extra-wk-built>e01e813c3175</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>attended {attended} of %n session(s), {needed} needed ({percent} %)</source>
      <translation>
        <numerusform>attended {attended} of %n session, {needed} needed ({percent} %)</numerusform>
        <numerusform>attended {attended} of %n sessions, {needed} needed ({percent} %)</numerusform>
      </translation>
      <extra-wk-built>5f07727e1489</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>has {n}; at least %n item(s) needed</source>
      <translation>
        <numerusform>has {n}; at least %n item needed</numerusform>
        <numerusform>has {n}; at least %n items needed</numerusform>
      </translation>
      <extra-wk-built>2317e34436d6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>has {n}; at most %n item(s) allowed</source>
      <translation>
        <numerusform>has {n}; at most %n item allowed</numerusform>
        <numerusform>has {n}; at most %n items allowed</numerusform>
      </translation>
      <extra-wk-built>0feca5f83466</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>the correct answer is clearly the longest choice in {k} of %n question(s) ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</source>
      <translation>
        <numerusform>the correct answer is clearly the longest choice in {k} of %n question ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</numerusform>
        <numerusform>the correct answer is clearly the longest choice in {k} of %n questions ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</numerusform>
      </translation>
      <extra-wk-built>addaae46019d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>the name is too long to go in the certificate's QR code (%n character(s)); shorten it in the participant's record</source>
      <translation>
        <numerusform>the name is too long to go in the certificate's QR code (%n character); shorten it in the participant's record</numerusform>
        <numerusform>the name is too long to go in the certificate's QR code (%n characters); shorten it in the participant's record</numerusform>
      </translation>
      <extra-wk-built>c04e19b92043</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{file} holds %n file(s); a module zip may hold at most {max}. Nothing was imported.</source>
      <translation>
        <numerusform>{file} holds %n file; a module zip may hold at most {max}. Nothing was imported.</numerusform>
        <numerusform>{file} holds %n files; a module zip may hold at most {max}. Nothing was imported.</numerusform>
      </translation>
      <extra-wk-built>a6b60a7558d4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{file}: %n row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>
        <numerusform>{file}: %n row read (encoding {encoding}, header on row {header}).</numerusform>
        <numerusform>{file}: %n rows read (encoding {encoding}, header on row {header}).</numerusform>
      </translation>
      <extra-wk-built>e54f6167cae6</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n activity(ies) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n activity instead of {m}</numerusform>
        <numerusform>{intro}: %n activities instead of {m}</numerusform>
      </translation>
      <extra-wk-built>58a9e03813f9</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n choice(s) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n choice instead of {m}</numerusform>
        <numerusform>{intro}: %n choices instead of {m}</numerusform>
      </translation>
      <extra-wk-built>775b2ef40e1b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n question(s) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n question instead of {m}</numerusform>
        <numerusform>{intro}: %n questions instead of {m}</numerusform>
      </translation>
      <extra-wk-built>e95b4486004e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n session(s) instead of {m}</source>
      <translation>
        <numerusform>{intro}: %n session instead of {m}</numerusform>
        <numerusform>{intro}: %n sessions instead of {m}</numerusform>
      </translation>
      <extra-wk-built>bf8e18889b5b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{name} has %n merged range(s); at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>
        <numerusform>{name} has %n merged range; at most {max} can be read. Unmerge the cells and save again.</numerusform>
        <numerusform>{name} has %n merged ranges; at most {max} can be read. Unmerge the cells and save again.</numerusform>
      </translation>
      <extra-wk-built>e7fb5c0ea31c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</source>
      <translation>
        <numerusform>{name} holds %n record dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</numerusform>
        <numerusform>{name} holds %n records dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</numerusform>
      </translation>
      <extra-wk-built>88ffe7d46932</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{same} of %n correct answer(s) are choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</source>
      <translation>
        <numerusform>{same} of %n correct answer is choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</numerusform>
        <numerusform>{same} of %n correct answers are choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</numerusform>
      </translation>
      <extra-wk-built>d148589ba823</extra-wk-built>
    </message>
  </context>
  <context>
    <name>curricula</name>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
      <extra-wk-built>cd2c22e72658</extra-wk-built>
    </message>
  </context>
</TS>
