<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA">
  <context>
    <name>core</name>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A participant needs a name, in Latin or Arabic script.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A session must end after it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A workshop needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All required checks passed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Damaged template(s): {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Erased participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interrupted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing sub-command; see --help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Missing: {langs}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No .docx templates in {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No Arabic font in {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backups yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No good backup to restore in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No good backup was found in {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No participant with id '{ref}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No workshop '{ref}'. See the list with: workshop-kit workshop list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup could not be verified: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup {name} is damaged too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data file {path} is already open in another Workshop Kit window ({holder}). Close that window first, or choose another data folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The newest good backup is {name}; restore it with: workshop-kit backup restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This session no longer exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown participant field(s): {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown session field(s): {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown workshop field(s): {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update Workshop Kit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workshop Kit: curricula, participants, QR check-in, attendance and certificates, offline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workshop created: {title} ({id}), {n} sessions from {start} to {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>backup file to restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>busy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check the data folder, database, curricula, templates, fonts, translations and optional tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create a demo workshop with sessions and sample participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create a workshop and its sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create and list workshops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>curriculum module id (repeatable)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>donor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>donor/project code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>first day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>first day (default: today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list workshops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>partner organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>process {pid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>trainer's name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>venue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>workshop title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} modules</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} problem(s), first: {first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} will be created on first use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path}: integrity ok, schema {version} up to date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path}: only {mb} MB free</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{s} sessions, {p} participants</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
