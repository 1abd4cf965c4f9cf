<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Workshop Kit</source>
      <translation>À propos de Workshop Kit</translation>
    </message>
    <message>
      <source>Data file: {path}</source>
      <translation>Fichier de données : {path}</translation>
    </message>
    <message>
      <source>Offline toolkit for Al Wassit trainers: curricula, participants, QR check-in, attendance and certificates.</source>
      <translation>Boîte à outils hors ligne pour les formateurs d'Al Wassit : modules, participants, accueil par QR, présences et attestations.</translation>
    </message>
  </context>
  <context>
    <name>AgendaSaveDialog</name>
    <message>
      <source>(no module)</source>
      <translation>(sans module)</translation>
    </message>
    <message>
      <source>Add: keep the sessions that have attendance and add the planned ones beside them</source>
      <translation>Ajouter : garder les séances qui ont des présences et ajouter les séances prévues à côté</translation>
    </message>
    <message>
      <source>Attendance rates that change: {n}</source>
      <translation>Taux de présence qui changent : {n}</translation>
    </message>
    <message>
      <source>I have seen it: save anyway</source>
      <translation>J'ai vu : enregistrer quand même</translation>
    </message>
    <message>
      <source>New session {when}: {title}</source>
      <translation>Nouvelle séance {when} : {title}</translation>
    </message>
    <message>
      <source>No session changes.</source>
      <translation>Aucune séance ne change.</translation>
    </message>
    <message>
      <source>Nobody's attendance rate changes.</source>
      <translation>Le taux de présence de personne ne change.</translation>
    </message>
    <message>
      <source>Replace: the planned sessions take the existing sessions of their day (attendance already recorded stays with its time slot)</source>
      <translation>Remplacer : les séances prévues prennent la place des séances existantes du même jour (les présences déjà enregistrées restent à leur créneau)</translation>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>Enregistrer le programme</translation>
    </message>
    <message>
      <source>Session {number} ({when}) is removed: nobody attended it</source>
      <translation>La séance {number} ({when}) est supprimée : personne n'y a assisté</translation>
    </message>
    <message>
      <source>Session {number} ({when}) keeps its time, without a module</source>
      <translation>La séance {number} ({when}) garde son horaire, sans module</translation>
    </message>
    <message>
      <source>Session {number} becomes {when}: {title}</source>
      <translation>La séance {number} devient {when} : {title}</translation>
    </message>
    <message>
      <source>Sessions of the workshop: {before} → {after}</source>
      <translation>Séances de l'atelier : {before} → {after}</translation>
    </message>
    <message>
      <source>no longer eligible</source>
      <translation>(n'a plus droit à l'attestation)</translation>
    </message>
    <message>
      <source>now eligible</source>
      <translation>(a désormais droit à l'attestation)</translation>
    </message>
    <message>
      <source>{name}: attendance {before} % → {after} %</source>
      <translation>{name} : présence {before} % → {after} %</translation>
    </message>
    <message>
      <source>{n} attendance record(s) stay with it</source>
      <translation>{n} présence(s) enregistrée(s) y restent</translation>
    </message>
    <message>
      <source>{n} issued certificate(s) would no longer match the attendance rule: {names}.</source>
      <translation>{n} attestation(s) délivrée(s) ne respecteraient plus la règle de présence : {names}.</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <source>(module not installed)</source>
      <translation>(module non installé)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(facultative)</translation>
    </message>
    <message>
      <source>Agenda of: {title}</source>
      <translation>Programme de : {title}</translation>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>Choisissez ou créez d'abord un atelier (page Ateliers).</translation>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>Jour {n} — {date}</translation>
    </message>
    <message>
      <source>Earlier</source>
      <translation>Plus tôt</translation>
    </message>
    <message>
      <source>Export agenda (.docx)…</source>
      <translation>Exporter le programme (.docx)…</translation>
    </message>
    <message>
      <source>Later</source>
      <translation>Plus tard</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Modules and their sessions</source>
      <translation>Modules et leurs séances</translation>
    </message>
    <message>
      <source>Next day</source>
      <translation>Jour suivant</translation>
    </message>
    <message>
      <source>Place on this day</source>
      <translation>Placer ce jour-là</translation>
    </message>
    <message>
      <source>Placed on {date} at {time}</source>
      <translation>Placée le {date} à {time}</translation>
    </message>
    <message>
      <source>Previous day</source>
      <translation>Jour précédent</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>Enregistrer le programme</translation>
    </message>
    <message>
      <source>Save to the workshop</source>
      <translation>Enregistrer dans l'atelier</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Set start</source>
      <translation>Fixer le début</translation>
    </message>
    <message>
      <source>This day ends late; move a session to another day.</source>
      <translation>Cette journée finit tard ; déplacez une séance vers un autre jour.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Horaire</translation>
    </message>
    <message>
      <source>Total: {time} over {days} day(s)</source>
      <translation>Total : {time} sur {days} jour(s)</translation>
    </message>
    <message>
      <source>not saved</source>
      <translation>non enregistré</translation>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — non installé sur cet ordinateur</translation>
    </message>
  </context>
  <context>
    <name>AttendanceHistoryDialog</name>
    <message>
      <source>Attendance corrections</source>
      <translation>Corrections des présences</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>Avant → après</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>No correction has been made in the grid of this workshop.</source>
      <translation>Aucune correction n'a été faite dans la grille de cet atelier.</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
    </message>
    <message>
      <source>{n} correction(s) in the grid of this workshop.</source>
      <translation>{n} correction(s) dans la grille de cet atelier.</translation>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message>
      <source>Attended</source>
      <translation>Présent</translation>
    </message>
    <message>
      <source>Attended per session</source>
      <translation>Présents par séance</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Checked in at {time} ({method})</source>
      <translation>Arrivée à {time} ({method})</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Rate</source>
      <translation>Taux</translation>
    </message>
    <message>
      <source>Session {number}: {date} {start}–{end}</source>
      <translation>Séance {number} : {date} {start}–{end}</translation>
    </message>
    <message>
      <source>S{number}</source>
      <translation>S{number}</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>éligible</translation>
    </message>
    <message>
      <source>{n} more needed</source>
      <translation>{n} séance(s) de plus</translation>
    </message>
  </context>
  <context>
    <name>AttendancePage</name>
    <message>
      <source>A signed file for another laptop or the coordinator</source>
      <translation>Un fichier signé pour un autre ordinateur ou pour la coordination</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
    </message>
    <message>
      <source>Bundle written: {path} (signed by key {key_id}).</source>
      <translation>Paquet écrit : {path} (signé par la clé {key_id}).</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>Certificate rule: at least {pct} % of sessions (present or late; excused sessions are not counted). Eligible now: {eligible} of {n}.</source>
      <translation>Règle de l'attestation : au moins {pct} % des séances (présent ou en retard ; les séances excusées ne comptent pas). Éligibles à ce jour : {eligible} sur {n}.</translation>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>Choisissez ou créez d'abord un atelier.</translation>
    </message>
    <message>
      <source>Correction history…</source>
      <translation>Historique des corrections…</translation>
    </message>
    <message>
      <source>Donor report</source>
      <translation>Rapport bailleur</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it, or type 1 present, 2 late, 3 absent, 4 excused, Delete to clear; every correction is kept in the audit log.</source>
      <translation>Double-cliquez sur une case pour la corriger, ou tapez 1 présent, 2 en retard, 3 absent, 4 excusé, Suppr pour effacer ; chaque correction est conservée dans le journal d'audit.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Exporter en Excel…</translation>
    </message>
    <message>
      <source>Export attendance</source>
      <translation>Exporter les présences</translation>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Exporter un paquet</translation>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>Exporter un paquet…</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Export en cours…</translation>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grille</translation>
    </message>
    <message>
      <source>Import bundles</source>
      <translation>Importer des paquets</translation>
    </message>
    <message>
      <source>Import bundles…</source>
      <translation>Importer des paquets…</translation>
    </message>
    <message>
      <source>Import this time</source>
      <translation>Importer cette fois</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Import en cours…</translation>
    </message>
    <message>
      <source>Merge the check-ins of other laptops into this one</source>
      <translation>Fusionner ici les pointages des autres ordinateurs</translation>
    </message>
    <message>
      <source>Printable Word sheets, one per session, with a signature column</source>
      <translation>Feuilles Word à imprimer, une par séance, avec une colonne signature</translation>
    </message>
    <message>
      <source>Sign-in sheets…</source>
      <translation>Feuilles d'émargement…</translation>
    </message>
    <message>
      <source>This bundle is signed by a key this laptop does not know ({key_id}). Import it only if you know which laptop it comes from.</source>
      <translation>Ce paquet est signé par une clé que cet ordinateur ne connaît pas ({key_id}). Ne l'importez que si vous savez de quel ordinateur il vient.</translation>
    </message>
    <message>
      <source>Trust this laptop and import</source>
      <translation>Faire confiance à cet ordinateur et importer</translation>
    </message>
    <message>
      <source>Unknown signer</source>
      <translation>Signataire inconnu</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
      <source>Workshop Kit bundles (*.zip)</source>
      <translation>Paquets Workshop Kit (*.zip)</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
    </message>
    <message>
      <source>{n} participants, {s} sessions</source>
      <translation>{n} participants, {s} séances</translation>
    </message>
  </context>
  <context>
    <name>CameraPanel</name>
    <message>
      <source>Camera off.</source>
      <translation>Caméra éteinte.</translation>
    </message>
    <message>
      <source>No camera found.</source>
      <translation>Aucune caméra trouvée.</translation>
    </message>
    <message>
      <source>Start camera</source>
      <translation>Démarrer la caméra</translation>
    </message>
    <message>
      <source>Stop camera</source>
      <translation>Arrêter la caméra</translation>
    </message>
    <message>
      <source>The camera could not start ({error}).</source>
      <translation>La caméra n'a pas pu démarrer ({error}).</translation>
    </message>
  </context>
  <context>
    <name>CertificatesPage</name>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>Créer les attestations</translation>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Boîte d'envoi</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Vérifier</translation>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message>
      <source>3. Check and import</source>
      <translation>3. Contrôler et importer</translation>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>Contrôle de chaque ligne…</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <source>Consent was collected on paper for every person in this file</source>
      <translation>Le consentement de chaque personne de ce fichier a été recueilli sur papier</translation>
    </message>
    <message>
      <source>Import people without their optional fields that are not valid (those fields are left empty and listed below)</source>
      <translation>Importer les personnes sans leurs champs facultatifs non valides (ces champs restent vides et sont listés ci-dessous)</translation>
    </message>
    <message>
      <source>Import {n} rows</source>
      <translation>Importer {n} lignes</translation>
    </message>
    <message>
      <source>Left empty: {problem}</source>
      <translation>Laissé vide : {problem}</translation>
    </message>
    <message>
      <source>Not imported, never collected: {columns}.</source>
      <translation>Non importé, jamais collecté : {columns}.</translation>
    </message>
    <message>
      <source>Nothing has been written yet. Rows with a problem are skipped; fix them in the file and import it again (people already imported are not duplicated).</source>
      <translation>Rien n'a encore été enregistré. Les lignes avec un problème sont ignorées ; corrigez-les dans le fichier et importez-le à nouveau (les personnes déjà importées ne seront pas dupliquées).</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Rows {rows} share a phone number with another person under another name: they are imported; check them with “Duplicates…”.</source>
      <translation>Les lignes {rows} partagent un numéro de téléphone avec une autre personne sous un autre nom : elles sont importées ; vérifiez-les avec « Doublons… ».</translation>
    </message>
    <message>
      <source>The file has no consent column: if consent to data use was collected for every person, tick “{box}”.</source>
      <translation>Le fichier n'a pas de colonne de consentement : si le consentement à l'utilisation des données a été recueilli pour chaque personne, cochez « {box} ».</translation>
    </message>
    <message>
      <source>{n} fields that are not valid are left empty (listed below).</source>
      <translation>{n} champs non valides sont laissés vides (listés ci-dessous).</translation>
    </message>
    <message>
      <source>{n} people have problems only in optional fields: tick “{box}” to import them without those fields.</source>
      <translation>{n} personnes n'ont de problèmes que dans des champs facultatifs : cochez « {box} » pour les importer sans ces champs.</translation>
    </message>
    <message>
      <source>{n} rows repeat an earlier row of this file (rows {rows}) and are not created twice.</source>
      <translation>{n} lignes répètent une ligne précédente de ce fichier (lignes {rows}) et ne sont pas créées deux fois.</translation>
    </message>
    <message>
      <source>{rows} rows: {new} new participants, {known} already registered (enrolled, not created again), {errors} rows with problems.</source>
      <translation>{rows} lignes : {new} nouveaux participants, {known} déjà enregistrés (inscrits, pas recréés), {errors} lignes avec des problèmes.</translation>
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message>
      <source>Automatic (from the clock)</source>
      <translation>Automatique (selon l'horloge)</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Create or choose a workshop first.</source>
      <translation>Créez ou choisissez d'abord un atelier.</translation>
    </message>
    <message>
      <source>Full screen</source>
      <translation>Plein écran</translation>
    </message>
    <message>
      <source>Kiosk mode for the door (F11; Esc to leave)</source>
      <translation>Mode borne pour l'entrée (F11 ; Échap pour quitter)</translation>
    </message>
    <message>
      <source>Leave full screen</source>
      <translation>Quitter le plein écran</translation>
    </message>
    <message>
      <source>No session of this workshop is running by the laptop clock ({time}, {date}). Check the clock, or choose the session.</source>
      <translation>Aucune séance de cet atelier n'est en cours selon l'horloge de l'ordinateur ({time}, {date}). Vérifiez l'horloge ou choisissez la séance.</translation>
    </message>
    <message>
      <source>No workshop</source>
      <translation>Aucun atelier</translation>
    </message>
    <message>
      <source>No workshop chosen</source>
      <translation>Aucun atelier choisi</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>Pas encore enregistré</translation>
    </message>
    <message>
      <source>Present {present} / {expected}</source>
      <translation>Présents {present} / {expected}</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <source>Scan a badge, hold it up to the camera, or search a name.</source>
      <translation>Scannez un badge, présentez-le à la caméra ou cherchez un nom.</translation>
    </message>
    <message>
      <source>Scans made while the data file could not take them are waiting.</source>
      <translation>Des scans faits pendant que le fichier de données ne pouvait pas les prendre sont en attente.</translation>
    </message>
    <message>
      <source>Session {number} · {when}</source>
      <translation>Séance {number} · {when}</translation>
    </message>
    <message>
      <source>Session:</source>
      <translation>Séance :</translation>
    </message>
    <message>
      <source>Sounds</source>
      <translation>Sons</translation>
    </message>
    <message>
      <source>The data file is busy or cannot be written ({detail}).</source>
      <translation>Le fichier de données est occupé ou ne peut pas être écrit ({detail}).</translation>
    </message>
    <message>
      <source>Undo last check-in</source>
      <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
      <source>Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>Utilisez le lecteur USB, tapez le code imprimé sur le badge ou cherchez le nom.</translation>
    </message>
    <message>
      <source>{n} scan(s) kept; retrying every few seconds.</source>
      <translation>{n} scan(s) gardé(s) ; nouvel essai toutes les quelques secondes.</translation>
    </message>
  </context>
  <context>
    <name>CurriculaPage</name>
    <message>
      <source>Agenda builder</source>
      <translation>Programme de l'atelier</translation>
    </message>
    <message>
      <source>Curricula</source>
      <translation>Modules de formation</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>Modules</translation>
    </message>
    <message>
      <source>Pre/post tests</source>
      <translation>Tests avant/après</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Enregistré : {path}</translation>
    </message>
  </context>
  <context>
    <name>DoorActions</name>
    <message>
      <source>Badge revoked</source>
      <translation>Badge révoqué</translation>
    </message>
    <message>
      <source>Check-in taken back</source>
      <translation>Enregistrement annulé</translation>
    </message>
    <message>
      <source>New badge code: {code}</source>
      <translation>Nouveau code de badge : {code}</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <source>Nothing to take back</source>
      <translation>Rien à annuler</translation>
    </message>
    <message>
      <source>Revoke badge</source>
      <translation>Révoquer le badge</translation>
    </message>
    <message>
      <source>Revoke the badge of {name}? It will read as no longer valid at the door. A new badge can be issued later with 'Replace lost badge'.</source>
      <translation>Révoquer le badge de {name} ? Il sera lu comme n'étant plus valable à l'accueil. Un nouveau badge peut être créé plus tard avec « Remplacer un badge perdu ».</translation>
    </message>
    <message>
      <source>Save badges</source>
      <translation>Enregistrer les badges</translation>
    </message>
    <message>
      <source>The last scan recorded no new check-in.</source>
      <translation>Le dernier passage n'a enregistré aucune nouvelle arrivée.</translation>
    </message>
    <message>
      <source>The old badge no longer works. Print the new one with 'Print badges…'.</source>
      <translation>L'ancien badge ne fonctionne plus. Imprimez le nouveau avec « Imprimer les badges… ».</translation>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word (*.docx)</translation>
    </message>
    <message>
      <source>Writing the badges…</source>
      <translation>Préparation des badges…</translation>
    </message>
    <message>
      <source>{count} badges ready</source>
      <translation>{count} badges prêts</translation>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <source>Birth year</source>
      <translation>Année de naissance</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <source>Different people</source>
      <translation>Personnes différentes</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Looking for possible duplicates…</source>
      <translation>Recherche de doublons possibles…</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>Aucun doublon possible.</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Possible duplicates</source>
      <translation>Doublons possibles</translation>
    </message>
    <message>
      <source>Record 1</source>
      <translation>Fiche 1</translation>
    </message>
    <message>
      <source>Record 2</source>
      <translation>Fiche 2</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
    <message>
      <source>Same person: keep record 1</source>
      <translation>Même personne : garder la fiche 1</translation>
    </message>
    <message>
      <source>Same person: keep record 2</source>
      <translation>Même personne : garder la fiche 2</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>phone</source>
      <translation>téléphone</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>{n} possible duplicate(s). Merging keeps attendance, certificates and scores of both records.</source>
      <translation>{n} doublon(s) possible(s). La fusion conserve les présences, attestations et résultats des deux fiches.</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>Something went wrong ({kind}); what you were doing may not have been saved. The details are in the log; to send them, use Help → Save a problem report.</source>
      <translation>Une erreur est survenue ({kind}) ; ce que vous faisiez n'a peut-être pas été enregistré. Les détails sont dans le journal ; pour les envoyer, utilisez Aide → Enregistrer un rapport de problème.</translation>
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
      <translation>1. Choisir le fichier</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx, .xls).</source>
      <translation>Fichier CSV ou texte (tout séparateur, tout encodage) ou classeur Excel (.xlsx, .xls).</translation>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Séparateur</translation>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>Détecter automatiquement</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Participants file</source>
      <translation>Fichier de participants</translation>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls)</source>
      <translation>Tableurs (*.csv *.txt *.tsv *.xlsx *.xls)</translation>
    </message>
    <message>
      <source>Text encoding</source>
      <translation>Encodage du texte</translation>
    </message>
  </context>
  <context>
    <name>FilePasswordDialog</name>
    <message>
      <source>Again</source>
      <translation>Encore une fois</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Protect with a password</source>
      <translation>Protéger par un mot de passe</translation>
    </message>
    <message>
      <source>Protected file</source>
      <translation>Fichier protégé</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
      <source>Too short: at least {n} characters.</source>
      <translation>Trop courte : au moins {n} caractères.</translation>
    </message>
    <message>
      <source>Without this password the file shows nothing. Give it to the recipient another way (by phone, in person), never in the same e-mail. Leave empty to write the file unprotected.</source>
      <translation>Sans ce mot de passe, le fichier ne montre rien. Transmettez-le au destinataire par un autre moyen (téléphone, en personne), jamais dans le même e-mail. Laissez vide pour écrire le fichier sans protection.</translation>
    </message>
    <message>
      <source>{name} is protected with a password. Password:</source>
      <translation>{name} est protégé par un mot de passe. Mot de passe :</translation>
    </message>
  </context>
  <context>
    <name>FinderPanel</name>
    <message>
      <source>A Word sheet of badge cards (A4, 10 per page) and one PNG per person</source>
      <translation>Une planche Word de badges (A4, 10 par page) et un PNG par personne</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
      <source>Forgot the badge? Type a name, or the code printed on the badge</source>
      <translation>Badge oublié ? Tapez un nom, ou le code imprimé sur le badge</translation>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>Imprimer les badges…</translation>
    </message>
    <message>
      <source>Replace lost badge</source>
      <translation>Remplacer un badge perdu</translation>
    </message>
    <message>
      <source>Revoke badge…</source>
      <translation>Révoquer le badge…</translation>
    </message>
    <message>
      <source>Revoke the selected person's badge and issue a new code</source>
      <translation>Révoquer le badge de la personne choisie et émettre un nouveau code</translation>
    </message>
    <message>
      <source>The selected person's badge stops working; no new code is issued</source>
      <translation>Le badge de la personne choisie ne fonctionne plus ; aucun nouveau code n'est créé</translation>
    </message>
    <message>
      <source>Walk-in…</source>
      <translation>Inscription sur place…</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Back</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was imported. You can import again.</source>
      <translation>Import annulé : rien n'a été importé. Vous pouvez relancer l'import.</translation>
    </message>
    <message>
      <source>Import participants</source>
      <translation>Importer des participants</translation>
    </message>
    <message>
      <source>Importing {n} rows…</source>
      <translation>Import de {n} lignes…</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>About Workshop Kit</source>
      <translation>À propos de Workshop Kit</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Current workshop:</source>
      <translation>Atelier en cours :</translation>
    </message>
    <message>
      <source>Curricula</source>
      <translation>Modules de formation</translation>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>Données : {path}</translation>
    </message>
    <message>
      <source>Last backup: {time}</source>
      <translation>Dernière sauvegarde : {time}</translation>
    </message>
    <message>
      <source>Newest good backup: {name}</source>
      <translation>Sauvegarde saine la plus récente : {name}</translation>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>Aucune sauvegarde pour l'instant</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Problem report</source>
      <translation>Rapport de problème</translation>
    </message>
    <message>
      <source>Problem report saved: {path}. It holds no participant data; attach it to your e-mail.</source>
      <translation>Rapport de problème enregistré : {path}. Il ne contient aucune donnée sur les participants ; joignez-le à votre e-mail.</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <source>Save a problem report</source>
      <translation>Enregistrer un rapport de problème</translation>
    </message>
    <message>
      <source>Save a problem report…</source>
      <translation>Enregistrer un rapport de problème…</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <source>The data file is damaged ({detail}). Stop entering data, close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données est endommagé ({detail}). Arrêtez la saisie, fermez Workshop Kit et restaurez une sauvegarde avec : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>Le rapport n'a pas pu être écrit : {error}</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <source>Zip files (*.zip)</source>
      <translation>Fichiers zip (*.zip)</translation>
    </message>
  </context>
  <context>
    <name>MakeCertificatesTab</name>
    <message>
      <source>Also make PDF files</source>
      <translation>Créer aussi les fichiers PDF</translation>
    </message>
    <message>
      <source>Also make PDF files (needs LibreOffice)</source>
      <translation>Créer aussi les fichiers PDF (nécessite LibreOffice)</translation>
    </message>
    <message>
      <source>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of {total} participants meet it.</source>
      <translation>Règle d'assiduité : {percent} % des séances (les absences excusées ne comptent pas). {n} participant·es sur {total} la remplissent.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>Attestation {number} révoquée.</translation>
    </message>
    <message>
      <source>Choose at least one kind of file.</source>
      <translation>Choisissez au moins un type de fichier.</translation>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>Choisissez ou créez d'abord un atelier.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Folder for the certificates</source>
      <translation>Dossier des attestations</translation>
    </message>
    <message>
      <source>Folder of the certificates</source>
      <translation>Dossier des attestations</translation>
    </message>
    <message>
      <source>LibreOffice is not installed: install it from libreoffice.org to make PDFs. The .docx files work without it.</source>
      <translation>LibreOffice n'est pas installé : installez-le depuis libreoffice.org pour créer des PDF. Les fichiers .docx fonctionnent sans lui.</translation>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>Créer les attestations</translation>
    </message>
    <message>
      <source>Making certificates…</source>
      <translation>Création des attestations…</translation>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate made.</source>
      <translation>Personne ne remplit encore la règle d'assiduité : aucune attestation créée.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>One file per participant</source>
      <translation>Un fichier par participant·e</translation>
    </message>
    <message>
      <source>One file with every certificate, ready to print</source>
      <translation>Un fichier avec toutes les attestations, prêt à imprimer</translation>
    </message>
    <message>
      <source>Only participants who meet the attendance rule</source>
      <translation>Seulement les participant·es qui remplissent la règle d'assiduité</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>Fichier à imprimer : {path}</translation>
    </message>
    <message>
      <source>Queue e-mails</source>
      <translation>Préparer les courriels</translation>
    </message>
    <message>
      <source>Revoke certificate</source>
      <translation>Révoquer l'attestation</translation>
    </message>
    <message>
      <source>Revoke the selected participant's certificate</source>
      <translation>Révoquer l'attestation de la personne sélectionnée</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Révoquer…</translation>
    </message>
    <message>
      <source>Select a participant whose certificate is issued and not revoked.</source>
      <translation>Sélectionnez une personne dont l'attestation est délivrée et non révoquée.</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Skipped:</source>
      <translation>Ignorés :</translation>
    </message>
    <message>
      <source>Stopped: {n} complete certificate(s) kept, no half-written file.</source>
      <translation>Arrêté : {n} attestation(s) complète(s) conservée(s), aucun fichier à moitié écrit.</translation>
    </message>
    <message>
      <source>Stopping after the current certificate…</source>
      <translation>Arrêt après l'attestation en cours…</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>Signature du/de la formateur·rice</translation>
    </message>
    <message>
      <source>Why is certificate {number} ({name}) revoked?</source>
      <translation>Pourquoi l'attestation {number} ({name}) est-elle révoquée ?</translation>
    </message>
    <message>
      <source>eligible</source>
      <translation>éligible</translation>
    </message>
    <message>
      <source>not eligible: {reason}</source>
      <translation>non éligible : {reason}</translation>
    </message>
    <message>
      <source>optional: a PNG or JPEG of the trainer's signature</source>
      <translation>facultatif : un PNG ou JPEG de la signature du/de la formateur·rice</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>révoquée</translation>
    </message>
    <message>
      <source>{n} certificate(s) made.</source>
      <translation>{n} attestation(s) créée(s).</translation>
    </message>
    <message>
      <source>{n} message(s) queued.</source>
      <translation>{n} message(s) en attente d'envoi.</translation>
    </message>
    <message>
      <source>{n} participant(s) not eligible (see the list).</source>
      <translation>{n} participant·e(s) non éligible(s) (voir la liste).</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <source>(not imported)</source>
      <translation>(non importée)</translation>
    </message>
    <message>
      <source>2. Check the columns</source>
      <translation>2. Vérifier les colonnes</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <source>Each column of the file and the field it fills; change any that is wrong.</source>
      <translation>Chaque colonne du fichier et le champ qu'elle remplit ; corrigez celles qui sont fausses.</translation>
    </message>
    <message>
      <source>First values</source>
      <translation>Premières valeurs</translation>
    </message>
    <message>
      <source>Imported as</source>
      <translation>Importée comme</translation>
    </message>
    <message>
      <source>Legal status, documents and religion are never collected.</source>
      <translation>Le statut juridique, les documents d'identité et la religion ne sont jamais collectés.</translation>
    </message>
    <message>
      <source>No column was recognised as a name: choose “Full name” (or First name, Last name) for the column that holds the names.</source>
      <translation>Aucune colonne n'a été reconnue comme un nom : choisissez « Nom complet » (ou Prénom, Nom) pour la colonne qui contient les noms.</translation>
    </message>
    <message>
      <source>The sheet “{sheet}” has person columns ({columns}): go back and choose it under “Sheet”.</source>
      <translation>La feuille « {sheet} » a des colonnes de personnes ({columns}) : revenez en arrière et choisissez-la dans « Feuille ».</translation>
    </message>
    <message>
      <source>sheet {name}</source>
      <translation>feuille {name}</translation>
    </message>
    <message>
      <source>{rows} rows; header on row {header} ({source}).</source>
      <translation>{rows} lignes ; en-tête à la ligne {header} ({source}).</translation>
    </message>
  </context>
  <context>
    <name>ModulesTab</name>
    <message>
      <source>(local)</source>
      <translation>(local)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(facultative)</translation>
    </message>
    <message>
      <source>All languages</source>
      <translation>Toutes les langues</translation>
    </message>
    <message>
      <source>Answer key…</source>
      <translation>Corrigé…</translation>
    </message>
    <message>
      <source>Import a module (zip)</source>
      <translation>Importer un module (zip)</translation>
    </message>
    <message>
      <source>Import a module…</source>
      <translation>Importer un module…</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>Module {id} is used by the current workshop but is not installed on this computer. Import it (button on the left) to read and print it.</source>
      <translation>Le module {id} est utilisé par l'atelier en cours mais n'est pas installé sur cet ordinateur. Importez-le (bouton à gauche) pour le lire et l'imprimer.</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Rien trouvé.</translation>
    </message>
    <message>
      <source>Optional: left out of the 4-day path (docs/four-day-path.md).</source>
      <translation>Facultative : hors du parcours de 4 jours (docs/four-day-path.md).</translation>
    </message>
    <message>
      <source>Participant handout…</source>
      <translation>Support participant…</translation>
    </message>
    <message>
      <source>Pre/post test…</source>
      <translation>Test avant/après…</translation>
    </message>
    <message>
      <source>Save the handout</source>
      <translation>Enregistrer le support</translation>
    </message>
    <message>
      <source>Save the test</source>
      <translation>Enregistrer le test</translation>
    </message>
    <message>
      <source>Search all modules (any language, accents optional)…</source>
      <translation>Chercher dans tous les modules (toutes langues, accents facultatifs)…</translation>
    </message>
    <message>
      <source>The current workshop uses this module; import it to read and print it.</source>
      <translation>L'atelier en cours utilise ce module ; importez-le pour le lire et l'imprimer.</translation>
    </message>
    <message>
      <source>Trainer's version…</source>
      <translation>Version formateur…</translation>
    </message>
    <message>
      <source>Translation missing: this module has no {language} text yet; the {shown} text is shown.</source>
      <translation>Traduction manquante : ce module n'a pas encore de texte en {language} ; le texte en {shown} est affiché.</translation>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — non installé sur cet ordinateur</translation>
    </message>
    <message>
      <source>{n} problem(s) in this module's files, e.g. {first}</source>
      <translation>{n} problème(s) dans les fichiers de ce module, par ex. {first}</translation>
    </message>
    <message>
      <source>…or choose a module folder</source>
      <translation>…ou choisissez un dossier de module</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Premier jour</translation>
    </message>
    <message>
      <source>Give the workshop a title.</source>
      <translation>Donnez un titre à l'atelier.</translation>
    </message>
    <message>
      <source>New workshop</source>
      <translation>Nouvel atelier</translation>
    </message>
    <message>
      <source>Sessions per day</source>
      <translation>Séances par jour</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>Titre en arabe</translation>
    </message>
    <message>
      <source>e.g. Access to public services — Agadir</source>
      <translation>ex. Accès aux services publics — Agadir</translation>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the title</source>
      <translation>imprimé sur les documents en arabe ; vide : le titre</translation>
    </message>
  </context>
  <context>
    <name>OutboxTab</name>
    <message>
      <source>A message whose connection dropped after it was handed to the server is marked uncertain and never sent again on its own: it may have arrived. Check the sender's mailbox, then use “Send again” or “Mark as received”.</source>
      <translation>Un message dont la connexion a été coupée après sa remise au serveur est marqué incertain et n'est jamais renvoyé tout seul : il est peut-être arrivé. Vérifiez la boîte de l'expéditeur, puis utilisez « Renvoyer » ou « Marquer comme reçu ».</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Tentatives</translation>
    </message>
    <message>
      <source>Cancel message</source>
      <translation>Annuler le message</translation>
    </message>
    <message>
      <source>E-mail server…</source>
      <translation>Serveur de courriel…</translation>
    </message>
    <message>
      <source>For an uncertain message you checked arrived: it is never sent again.</source>
      <translation>Pour un message incertain dont vous avez vérifié l'arrivée : il ne sera jamais renvoyé.</translation>
    </message>
    <message>
      <source>Last error</source>
      <translation>Dernière erreur</translation>
    </message>
    <message>
      <source>Mark as received</source>
      <translation>Marquer comme reçu</translation>
    </message>
    <message>
      <source>No e-mail server set yet: messages wait in the outbox.</source>
      <translation>Aucun serveur de courriel défini : les messages attendent dans la boîte d'envoi.</translation>
    </message>
    <message>
      <source>Queue certificates from a folder…</source>
      <translation>Préparer l'envoi depuis un dossier…</translation>
    </message>
    <message>
      <source>Send again</source>
      <translation>Renvoyer</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Envoyer maintenant</translation>
    </message>
    <message>
      <source>Server: {server} ({security}), sender {sender}</source>
      <translation>Serveur : {server} ({security}), expéditeur {sender}</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <source>queued</source>
      <translation>en attente</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>envoi en cours</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <source>uncertain</source>
      <translation>incertain</translation>
    </message>
    <message>
      <source>{queued} queued · {sent} sent · {failed} failed · {uncertain} uncertain</source>
      <translation>{queued} en attente · {sent} envoyé(s) · {failed} en échec · {uncertain} incertain(s)</translation>
    </message>
    <message>
      <source>{sent} sent, {failed} failed, {uncertain} uncertain, {queued} still queued.</source>
      <translation>{sent} envoyé(s), {failed} en échec, {uncertain} incertain(s), {queued} encore en attente.</translation>
    </message>
  </context>
  <context>
    <name>ParticipantDialog</name>
    <message>
      <source>About the participant (optional)</source>
      <translation>À propos du participant (facultatif)</translation>
    </message>
    <message>
      <source>Agrees to appear in photos</source>
      <translation>Accepte d'apparaître sur les photos</translation>
    </message>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>Accepte de recevoir l'attestation par e-mail</translation>
    </message>
    <message>
      <source>Agrees to the use of their data for this programme (required)</source>
      <translation>Accepte l'utilisation de ses données pour ce programme (obligatoire)</translation>
    </message>
    <message>
      <source>Birth year / age band</source>
      <translation>Année de naissance / tranche d'âge</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Edit participant</source>
      <translation>Modifier le participant</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>How they heard</source>
      <translation>Comment ils ont connu l'atelier</translation>
    </message>
    <message>
      <source>Language for documents</source>
      <translation>Langue des documents</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Legal or immigration status is never asked or recorded.</source>
      <translation>Le statut juridique ou migratoire n'est jamais demandé ni enregistré.</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Name (Latin or Arabic script, at least one)</source>
      <translation>Nom (en caractères latins ou arabes, au moins l'un des deux)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>New participant</source>
      <translation>Nouveau participant</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recueilli par</translation>
    </message>
    <message>
      <source>Role / function</source>
      <translation>Rôle / fonction</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>e.g. 1990</source>
      <translation>par ex. 1990</translation>
    </message>
    <message>
      <source>or age band…</source>
      <translation>ou tranche d'âge…</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Badge</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucun</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Révoqué</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Fonction</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message>
      <source>All participants</source>
      <translation>Tous les participants</translation>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonymiser</translation>
    </message>
    <message>
      <source>Anonymise them…</source>
      <translation>Les anonymiser…</translation>
    </message>
    <message>
      <source>Anonymise {n} participant(s)? Their names and contact details are erased; attendance counts stay.</source>
      <translation>Anonymiser {n} participant(s) ? Leurs noms et coordonnées sont effacés ; les décomptes de présence restent.</translation>
    </message>
    <message>
      <source>Anonymising…</source>
      <translation>Anonymisation…</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Présent</translation>
    </message>
    <message>
      <source>Consent: {what}</source>
      <translation>Consentement : {what}</translation>
    </message>
    <message>
      <source>Current workshop</source>
      <translation>Atelier en cours</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Duplicates…</source>
      <translation>Doublons…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Enrol in current workshop</source>
      <translation>Inscrire à l'atelier en cours</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Erase all personal data of {name}? Their attendance stays in the statistics without their name. This cannot be undone.</source>
      <translation>Effacer toutes les données personnelles de {name} ? Sa présence reste dans les statistiques, sans son nom. C'est irréversible.</translation>
    </message>
    <message>
      <source>Erase participant</source>
      <translation>Effacer le participant</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
    </message>
    <message>
      <source>Erase…</source>
      <translation>Effacer…</translation>
    </message>
    <message>
      <source>Erasing…</source>
      <translation>Effacement…</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tout le monde</translation>
    </message>
    <message>
      <source>Export everything held about this person</source>
      <translation>Exporter tout ce qui est conservé sur cette personne</translation>
    </message>
    <message>
      <source>Export their data…</source>
      <translation>Exporter ses données…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Hommes</translation>
    </message>
    <message>
      <source>New participant…</source>
      <translation>Nouveau participant…</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Personal data erased on {date}; attendance still counts, anonymously.</source>
      <translation>Données personnelles effacées le {date} ; la présence compte toujours, de façon anonyme.</translation>
    </message>
    <message>
      <source>Search: name in Latin or Arabic script, organisation, city, phone, e-mail…</source>
      <translation>Rechercher : nom en caractères latins ou arabes, organisation, ville, téléphone, e-mail…</translation>
    </message>
    <message>
      <source>Select a participant to see their details and history.</source>
      <translation>Sélectionnez un participant pour voir sa fiche et son historique.</translation>
    </message>
    <message>
      <source>Show erased</source>
      <translation>Afficher les effacés</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Femmes</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Document Word (*.docx)</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Workshops attended</source>
      <translation>Ateliers suivis</translation>
    </message>
    <message>
      <source>data</source>
      <translation>données</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>personal-data</source>
      <translation>donnees-personnelles</translation>
    </message>
    <message>
      <source>photos</source>
      <translation>photos</translation>
    </message>
    <message>
      <source>{imported} new participant(s) imported, {enrolled} enrolment(s) added, {skipped} row(s) skipped.</source>
      <translation>{imported} nouveau(x) participant(s) importé(s), {enrolled} inscription(s) ajoutée(s), {skipped} ligne(s) ignorée(s).</translation>
    </message>
    <message>
      <source>{n} participant(s)</source>
      <translation>{n} participant(s)</translation>
    </message>
    <message>
      <source>{n} participant(s) only attended workshops that ended more than {months} months ago. The retention period in Settings says their data should now be anonymised.</source>
      <translation>{n} participant(s) n'ont suivi que des ateliers terminés depuis plus de {months} mois. Selon la durée de conservation des Réglages, leurs données devraient maintenant être anonymisées.</translation>
    </message>
    <message>
      <source>{n}+ participants</source>
      <translation>{n}+ participants</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Again</source>
      <translation>Encore une fois</translation>
    </message>
    <message>
      <source>Encrypt the data folder</source>
      <translation>Chiffrer le dossier de données</translation>
    </message>
    <message>
      <source>I have written the passphrase down and keep it in a safe place</source>
      <translation>J'ai noté la phrase secrète et je la garde en lieu sûr</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>The database and its backups will be encrypted: a lost or borrowed laptop or USB stick shows nothing about the participants without this passphrase. Workshop Kit asks for it when it starts.

Nobody can recover a lost passphrase, not even the developers: without it the data is lost. Write it down on paper and keep it away from this laptop (for example in a sealed envelope at the office).</source>
      <translation>La base de données et ses sauvegardes seront chiffrées : un ordinateur ou une clé USB perdus ou prêtés ne montrent rien des participant·es sans cette phrase secrète. Workshop Kit la demande au démarrage.

Personne ne peut retrouver une phrase secrète perdue, pas même les développeurs : sans elle, les données sont perdues. Notez-la sur papier et gardez-la loin de cet ordinateur (par exemple sous enveloppe scellée au bureau).</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <source>Too short: at least {n} characters.</source>
      <translation>Trop courte : au moins {n} caractères.</translation>
    </message>
    <message>
      <source>at least {n} characters; a few words</source>
      <translation>au moins {n} caractères ; quelques mots</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview with sample data</source>
      <translation>Aperçu avec des données d'exemple</translation>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message>
      <source>All</source>
      <translation>Tous</translation>
    </message>
    <message>
      <source>Anonymised: counts below 3 are shown as "&lt;3".</source>
      <translation>Anonymisé : les effectifs inférieurs à 3 sont affichés « &lt;3 ».</translation>
    </message>
    <message>
      <source>Check and merge every new bundle in the folder. Nothing is written into the folder.</source>
      <translation>Vérifier et fusionner chaque nouveau paquet du dossier. Rien n'est écrit dans le dossier.</translation>
    </message>
    <message>
      <source>Checking {done} of {total}: {file}</source>
      <translation>Vérification {done} sur {total} : {file}</translation>
    </message>
    <message>
      <source>Choose the inbox folder…</source>
      <translation>Choisir le dossier de dépôt…</translation>
    </message>
    <message>
      <source>City:</source>
      <translation>Ville :</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Calcul en cours…</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Exporter en Excel…</translation>
    </message>
    <message>
      <source>Export the programme dashboard</source>
      <translation>Exporter le tableau de bord du programme</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Dossier :</translation>
    </message>
    <message>
      <source>For a bundle refused because its signer is unknown: trust the key of the laptop that signed it, then scan again.</source>
      <translation>Pour un paquet refusé parce que son signataire est inconnu : faire confiance à la clé de l'ordinateur qui l'a signé, puis analyser de nouveau.</translation>
    </message>
    <message>
      <source>From:</source>
      <translation>Du :</translation>
    </message>
    <message>
      <source>Gain (points)</source>
      <translation>Gain (points)</translation>
    </message>
    <message>
      <source>Inbox folder</source>
      <translation>Dossier de dépôt</translation>
    </message>
    <message>
      <source>Inbox: bundles from trainers</source>
      <translation>Dépôt : paquets des formateurs</translation>
    </message>
    <message>
      <source>Knowledge gain per module</source>
      <translation>Gain de connaissances par module</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>Module:</source>
      <translation>Module :</translation>
    </message>
    <message>
      <source>One-page summary (PDF)…</source>
      <translation>Synthèse d'une page (PDF)…</translation>
    </message>
    <message>
      <source>One-page summary (Word)…</source>
      <translation>Synthèse d'une page (Word)…</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Partner:</source>
      <translation>Partenaire :</translation>
    </message>
    <message>
      <source>People reached, by:</source>
      <translation>Personnes touchées, par :</translation>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>Post-test %</translation>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>Pré-test %</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Scan the inbox</source>
      <translation>Analyser la boîte de dépôt</translation>
    </message>
    <message>
      <source>Scanning the inbox…</source>
      <translation>Analyse de la boîte de dépôt…</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>Au :</translation>
    </message>
    <message>
      <source>Trust this laptop?</source>
      <translation>Faire confiance à cet ordinateur ?</translation>
    </message>
    <message>
      <source>Trust this laptop…</source>
      <translation>Faire confiance à cet ordinateur…</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
      <source>Workshop or reason</source>
      <translation>Atelier ou motif</translation>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
    </message>
    <message>
      <source>already known</source>
      <translation>déjà connu</translation>
    </message>
    <message>
      <source>any date</source>
      <translation>toute date</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionné</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>aucun choisi pour l'instant</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>refusé</translation>
    </message>
    <message>
      <source>still arriving</source>
      <translation>en cours d'arrivée</translation>
    </message>
    <message>
      <source>{file} is signed by the key {key_id}, which this computer does not know yet. Trust it only if you know the laptop it comes from (the trainer's laptop shows this key id when it writes a bundle). Its bundles will then be merged.</source>
      <translation>{file} est signé par la clé {key_id}, que cet ordinateur ne connaît pas encore. Ne lui faites confiance que si vous savez de quel ordinateur il vient (l'ordinateur du formateur affiche cet identifiant de clé quand il écrit un paquet). Ses paquets seront alors fusionnés.</translation>
    </message>
    <message>
      <source>{merged} merged, {known} already known, {refused} refused, {waiting} still arriving (taken at the next scan).</source>
      <translation>{merged} fusionné(s), {known} déjà connu(s), {refused} refusé(s), {waiting} en cours d'arrivée (pris à la prochaine analyse).</translation>
    </message>
    <message>
      <source>{n} workshops in this view: {scope}</source>
      <translation>{n} atelier(s) dans cette vue : {scope}</translation>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <source>All workshops</source>
      <translation>Tous les ateliers</translation>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>Taux de présence</translation>
    </message>
    <message>
      <source>Breakdown by:</source>
      <translation>Ventilation par :</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export donor report</source>
      <translation>Exporter le rapport bailleur</translation>
    </message>
    <message>
      <source>Export report (Excel)…</source>
      <translation>Exporter le rapport (Excel)…</translation>
    </message>
    <message>
      <source>Include participants' names in the export</source>
      <translation>Inclure les noms des participants dans l'export</translation>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>Gain de connaissances</translation>
    </message>
    <message>
      <source>Off by default: donors get anonymised aggregates.</source>
      <translation>Désactivé par défaut : les bailleurs reçoivent des agrégats anonymisés.</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>Participants touchés</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>Portée :</translation>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>Séances réalisées</translation>
    </message>
    <message>
      <source>This workshop</source>
      <translation>Cet atelier</translation>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
    </message>
    <message>
      <source>no pre/post scores</source>
      <translation>pas de scores pré/post</translation>
    </message>
    <message>
      <source>{delivered} of {planned}</source>
      <translation>{delivered} sur {planned}</translation>
    </message>
    <message>
      <source>{pre} % → {post} % ({gain:+} points)</source>
      <translation>{pre} % → {post} % ({gain:+} points)</translation>
    </message>
    <message>
      <source>{reached} of {enrolled} enrolled</source>
      <translation>{reached} sur {enrolled} inscrits</translation>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <source>Before an update of the data file</source>
      <translation>Avant une mise à jour du fichier de données</translation>
    </message>
    <message>
      <source>Cancel the planned restore</source>
      <translation>Annuler la restauration prévue</translation>
    </message>
    <message>
      <source>Choose the backup to go back to. Everything entered after it will be replaced; the current data is kept in a file beside it, never deleted. Workshop Kit cannot replace its data file while it has it open: the backup is restored the next time you start Workshop Kit.</source>
      <translation>Choisissez la sauvegarde à laquelle revenir. Tout ce qui a été saisi depuis sera remplacé ; les données actuelles sont gardées dans un fichier à côté, jamais supprimées. Workshop Kit ne peut pas remplacer son fichier de données tant qu'il l'a ouvert : la sauvegarde est restaurée au prochain démarrage de Workshop Kit.</translation>
    </message>
    <message>
      <source>Close Workshop Kit and start it again when you are ready; until then, what you enter will be replaced by the backup.</source>
      <translation>Fermez Workshop Kit et relancez-le quand vous êtes prêt·e ; d'ici là, ce que vous saisissez sera remplacé par la sauvegarde.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Go back to the backup of {time}? Everything entered after it will be replaced when Workshop Kit next starts (the current data is kept in a file beside it).</source>
      <translation>Revenir à la sauvegarde du {time} ? Tout ce qui a été saisi depuis sera remplacé au prochain démarrage de Workshop Kit (les données actuelles sont gardées dans un fichier à côté).</translation>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>Faite à la main</translation>
    </message>
    <message>
      <source>No restore is planned any more.</source>
      <translation>Plus aucune restauration n'est prévue.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Rescue copy after a write error</source>
      <translation>Copie de secours après une erreur d'écriture</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>Restore at the next start</source>
      <translation>Restaurer au prochain démarrage</translation>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>Restaurer cette sauvegarde…</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>The backup of {time} will be restored the next time you start Workshop Kit.</source>
      <translation>La sauvegarde du {time} sera restaurée au prochain démarrage de Workshop Kit.</translation>
    </message>
    <message>
      <source>There is no backup yet. Use File → Back up now to make one.</source>
      <translation>Aucune sauvegarde pour l'instant. Utilisez Fichier → Sauvegarder maintenant pour en faire une.</translation>
    </message>
    <message>
      <source>When the data file was opened</source>
      <translation>À l'ouverture du fichier de données</translation>
    </message>
    <message>
      <source>to be restored at the next start</source>
      <translation>à restaurer au prochain démarrage</translation>
    </message>
    <message>
      <source>{n} MB</source>
      <translation>{n} Mo</translation>
    </message>
    <message>
      <source>{n} kB</source>
      <translation>{n} ko</translation>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Already checked in at {time}</source>
      <translation>Déjà enregistré·e à {time}</translation>
    </message>
    <message>
      <source>Already marked present for this session</source>
      <translation>Déjà marqué·e présent·e pour cette séance</translation>
    </message>
    <message>
      <source>Badge no longer valid</source>
      <translation>Badge plus valable</translation>
    </message>
    <message>
      <source>Checked in at {time}</source>
      <translation>Arrivée enregistrée à {time}</translation>
    </message>
    <message>
      <source>Choose the session</source>
      <translation>Choisissez la séance</translation>
    </message>
    <message>
      <source>No session is running by the laptop clock ({time}). Check the clock or choose the session at the top; nothing was recorded.</source>
      <translation>Aucune séance en cours selon l'horloge de l'ordinateur ({time}). Vérifiez l'horloge ou choisissez la séance en haut ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Not enrolled in this workshop</source>
      <translation>Pas inscrit·e à cet atelier</translation>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>Code inconnu</translation>
    </message>
    <message>
      <source>Welcome {name}</source>
      <translation>Bienvenue {name}</translation>
    </message>
    <message>
      <source>Welcome {name} (late)</source>
      <translation>Bienvenue {name} (en retard)</translation>
    </message>
  </context>
  <context>
    <name>ScoresTab</name>
    <message>
      <source>All workshops</source>
      <translation>Tous les ateliers</translation>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>Choisissez ou créez d'abord un atelier (page Ateliers).</translation>
    </message>
    <message>
      <source>Gain</source>
      <translation>Gain</translation>
    </message>
    <message>
      <source>Knowledge gain (average of participants with both scores)</source>
      <translation>Gain de connaissances (moyenne des participants ayant les deux scores)</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>Aucun participant n'a encore un score avant et un score après.</translation>
    </message>
    <message>
      <source>Out of</source>
      <translation>Sur</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Post %</source>
      <translation>Après %</translation>
    </message>
    <message>
      <source>Post-test</source>
      <translation>Post-test</translation>
    </message>
    <message>
      <source>Pre %</source>
      <translation>Avant %</translation>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>Pré-test</translation>
    </message>
    <message>
      <source>Pre/post tests of: {title}</source>
      <translation>Tests avant/après de : {title}</translation>
    </message>
    <message>
      <source>Print the answer key…</source>
      <translation>Imprimer le corrigé…</translation>
    </message>
    <message>
      <source>Print the test…</source>
      <translation>Imprimer le test…</translation>
    </message>
    <message>
      <source>Row {row}: '{value}' is not a number.</source>
      <translation>Ligne {row} : « {value} » n'est pas un nombre.</translation>
    </message>
    <message>
      <source>Save scores</source>
      <translation>Enregistrer les scores</translation>
    </message>
    <message>
      <source>Save the test</source>
      <translation>Enregistrer le test</translation>
    </message>
    <message>
      <source>Whole workshop</source>
      <translation>Tout l'atelier</translation>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — non installé sur cet ordinateur</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>(no logo)</source>
      <translation>(aucun logo)</translation>
    </message>
    <message>
      <source>Automatic backup every</source>
      <translation>Sauvegarde automatique toutes les</translation>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>Sauvegardes conservées</translation>
    </message>
    <message>
      <source>Birth year / age band</source>
      <translation>Année de naissance / tranche d'âge</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
      <source>Choose logo</source>
      <translation>Choisir le logo</translation>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>Choisir le logo…</translation>
    </message>
    <message>
      <source>Choose the new data folder</source>
      <translation>Choisir le nouveau dossier de données</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Copying the data folder to {path}…</source>
      <translation>Copie du dossier de données vers {path}…</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Dossier de données</translation>
    </message>
    <message>
      <source>Data folder and backups</source>
      <translation>Dossier de données et sauvegardes</translation>
    </message>
    <message>
      <source>Decrypt the database and its backups? Anyone who can read the data folder will then be able to read the participants' data.</source>
      <translation>Déchiffrer la base de données et ses sauvegardes ? Toute personne pouvant lire le dossier de données pourra alors lire les données des participant·es.</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase…</source>
      <translation>Chiffrer avec une phrase secrète…</translation>
    </message>
    <message>
      <source>Encrypted with a passphrase (SQLCipher): the database and its backups cannot be read without it. A lost passphrase means lost data.</source>
      <translation>Chiffré avec une phrase secrète (SQLCipher) : la base de données et ses sauvegardes sont illisibles sans elle. Phrase secrète perdue, données perdues.</translation>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Chiffrement</translation>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>Le chiffrement n'est pas disponible dans cette installation (le paquet sqlcipher3 manque).</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Hide these optional fields in the registration form:</source>
      <translation>Masquer ces champs facultatifs dans le formulaire d'inscription :</translation>
    </message>
    <message>
      <source>How they heard</source>
      <translation>Comment ils ont connu l'atelier</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Language of the application</source>
      <translation>Langue de l'application</translation>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
    </message>
    <message>
      <source>Move data folder</source>
      <translation>Déplacer le dossier de données</translation>
    </message>
    <message>
      <source>Move data folder…</source>
      <translation>Déplacer le dossier de données…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
    </message>
    <message>
      <source>Name printed on certificates and reports</source>
      <translation>Nom imprimé sur les attestations et les rapports</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder (a lost laptop, a copied USB stick) can read the participants' data.</source>
      <translation>Non chiffré : toute personne pouvant lire le dossier de données (un ordinateur perdu, une clé USB copiée) peut lire les données des participant·es.</translation>
    </message>
    <message>
      <source>Note: the WORKSHOP_KIT_HOME variable is set and takes precedence.</source>
      <translation>Remarque : la variable WORKSHOP_KIT_HOME est définie et a la priorité.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Offer to anonymise participants of workshops finished more than</source>
      <translation>Proposer d'anonymiser les participants des ateliers terminés depuis plus de</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Print the EU co-funding mention on certificates</source>
      <translation>Imprimer la mention de cofinancement de l'UE sur les attestations</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Remove encryption</source>
      <translation>Retirer le chiffrement</translation>
    </message>
    <message>
      <source>Remove encryption…</source>
      <translation>Retirer le chiffrement…</translation>
    </message>
    <message>
      <source>Rewriting the database and its backups…</source>
      <translation>Réécriture de la base de données et de ses sauvegardes…</translation>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Enregistrer les réglages</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Réglages enregistrés.</translation>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>Le dossier de données n'est plus chiffré.</translation>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe.</source>
      <translation>Le dossier de données est maintenant chiffré. Gardez la phrase secrète en lieu sûr.</translation>
    </message>
    <message>
      <source>The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left untouched.</source>
      <translation>Les données ont été copiées dans {path}. Redémarrez Workshop Kit pour les utiliser ; l'ancien dossier reste intact.</translation>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>La phrase secrète a été changée ; l'ancienne n'ouvre plus ce dossier de données.</translation>
    </message>
    <message>
      <source>months</source>
      <translation>mois</translation>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the name above</source>
      <translation>imprimé sur les documents en arabe ; vide : le nom ci-dessus</translation>
    </message>
  </context>
  <context>
    <name>SmtpDialog</name>
    <message>
      <source>E-mail server</source>
      <translation>Serveur de courriel</translation>
    </message>
    <message>
      <source>Login</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Security</source>
      <translation>Sécurité</translation>
    </message>
    <message>
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
      <source>no keyring here: asked each time</source>
      <translation>pas de trousseau ici : demandé à chaque fois</translation>
    </message>
    <message>
      <source>none (local tests only)</source>
      <translation>aucune (tests locaux seulement)</translation>
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
    </message>
    <message>
      <source>Bilingual French / Arabic</source>
      <translation>Bilingue français / arabe</translation>
    </message>
    <message>
      <source>Certificate template</source>
      <translation>Modèle d'attestation</translation>
    </message>
    <message>
      <source>Check template</source>
      <translation>Vérifier le modèle</translation>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>Corrigez le modèle, puis vérifiez-le à nouveau.</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Known placeholders: {names}</source>
      <translation>Champs reconnus : {names}</translation>
    </message>
    <message>
      <source>My own template: {name}</source>
      <translation>Mon modèle : {name}</translation>
    </message>
    <message>
      <source>My own template…</source>
      <translation>Mon propre modèle…</translation>
    </message>
    <message>
      <source>Pictures: {names}</source>
      <translation>Images : {names}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>Le modèle est prêt.</translation>
    </message>
    <message>
      <source>Unknown placeholders (left empty): {names}</source>
      <translation>Champs inconnus (laissés vides) : {names}</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
    </message>
  </context>
  <context>
    <name>VerifyTab</name>
    <message>
      <source>A page to put on your website or a shared folder: any phone that scans a certificate's QR code checks it there, with no app and no network.</source>
      <translation>Une page à mettre sur votre site ou dans un dossier partagé : tout téléphone qui scanne le code QR d'une attestation la vérifie là, sans application ni réseau.</translation>
    </message>
    <message>
      <source>Address of the page</source>
      <translation>Adresse de la page</translation>
    </message>
    <message>
      <source>Check a certificate: paste the text read from its QR code, type its short code (e.g. ABCD-EFGH) or open a photo or scan of the QR code. Works offline with the public keys this computer trusts.</source>
      <translation>Vérifier une attestation : collez le texte lu dans son code QR, tapez son code court (ex. ABCD-EFGH) ou ouvrez une photo ou un scan du code QR. Fonctionne hors ligne avec les clés publiques reconnues sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>Code : {code}</translation>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>Dates : {start} → {end}</translation>
    </message>
    <message>
      <source>Export our public key…</source>
      <translation>Exporter notre clé publique…</translation>
    </message>
    <message>
      <source>Export public key</source>
      <translation>Exporter la clé publique</translation>
    </message>
    <message>
      <source>Folder for the verification page</source>
      <translation>Dossier de la page de vérification</translation>
    </message>
    <message>
      <source>Key {kid} is now trusted.</source>
      <translation>La clé {kid} est maintenant reconnue.</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Clés</translation>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>Nom : {name}</translation>
    </message>
    <message>
      <source>No QR code found in this picture. Try a sharper, closer photo, or type the short code.</source>
      <translation>Aucun code QR trouvé dans cette image. Essayez une photo plus nette et plus proche, ou tapez le code court.</translation>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>Numéro : {number}</translation>
    </message>
    <message>
      <source>Open a photo or scan of the QR code, or type the short code.</source>
      <translation>Ouvrez une photo ou un scan du code QR, ou tapez le code court.</translation>
    </message>
    <message>
      <source>Open a picture…</source>
      <translation>Ouvrir une image…</translation>
    </message>
    <message>
      <source>Photo or scan of the QR code</source>
      <translation>Photo ou scan du code QR</translation>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
      <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
      <source>Public key {kid} written to {path}.</source>
      <translation>Clé publique {kid} écrite dans {path}.</translation>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
      <source>Publish the verification page…</source>
      <translation>Publier la page de vérification…</translation>
    </message>
    <message>
      <source>QR text, short code or certificate number</source>
      <translation>Texte du QR, code court ou numéro d'attestation</translation>
    </message>
    <message>
      <source>Revocation is known only to the database of the organisation that issued the certificate; elsewhere a valid answer means the certificate is genuine.</source>
      <translation>La révocation n'est connue que de la base de l'organisation qui a délivré l'attestation ; ailleurs, une réponse valide signifie que l'attestation est authentique.</translation>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>Révoquée le {when} : {reason}</translation>
    </message>
    <message>
      <source>Trust a public key</source>
      <translation>Reconnaître une clé publique</translation>
    </message>
    <message>
      <source>Trust another organisation's key…</source>
      <translation>Reconnaître la clé d'une autre organisation…</translation>
    </message>
    <message>
      <source>Verification page written to {path}: {n} certificates, {r} revoked. Publish it again after each revocation.</source>
      <translation>Page de vérification écrite dans {path} : {n} attestations, {r} révoquées. Republiez-la après chaque révocation.</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <source>Where will verify.html be published (for example https://example.org/verify.html)? New certificates' QR codes open this address. Leave empty to keep plain codes.</source>
      <translation>Où verify.html sera-t-elle publiée (par exemple https://example.org/verify.html) ? Les codes QR des nouvelles attestations ouvriront cette adresse. Laissez vide pour garder des codes simples.</translation>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>Atelier : {title}</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>Accepte de recevoir l'attestation par e-mail</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>Inscrire et enregistrer l'arrivée</translation>
    </message>
    <message>
      <source>The person agrees that their data is recorded for this programme</source>
      <translation>La personne accepte que ses données soient enregistrées pour ce programme</translation>
    </message>
    <message>
      <source>Walk-in registration</source>
      <translation>Inscription sur place</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
    </message>
  </context>
  <context>
    <name>WorkshopsModel</name>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
  </context>
  <context>
    <name>WorkshopsPage</name>
    <message>
      <source>Add session</source>
      <translation>Ajouter une séance</translation>
    </message>
    <message>
      <source>Attendance needed for a certificate</source>
      <translation>Présence requise pour l'attestation</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete '{title}' with its sessions, enrolments and attendance? Participants stay registered.</source>
      <translation>Supprimer « {title} » avec ses séances, inscriptions et présences ? Les participants restent enregistrés.</translation>
    </message>
    <message>
      <source>Delete workshop</source>
      <translation>Supprimer l'atelier</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Donor</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Late after</source>
      <translation>En retard après</translation>
    </message>
    <message>
      <source>Man (Formateur)</source>
      <translation>Homme (Formateur)</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>Modules</source>
      <translation>Modules</translation>
    </message>
    <message>
      <source>New workshop…</source>
      <translation>Nouvel atelier…</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Not said (neutral wording)</source>
      <translation>Non précisé (mention neutre)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <source>Project code</source>
      <translation>Code du projet</translation>
    </message>
    <message>
      <source>Remove session</source>
      <translation>Retirer la séance</translation>
    </message>
    <message>
      <source>Remove session {number} ({when}) and the {n} attendance record(s) of it? The other sessions are numbered again.</source>
      <translation>Retirer la séance {number} ({when}) et ses {n} présence(s) enregistrée(s) ? Les autres séances sont renumérotées.</translation>
    </message>
    <message>
      <source>Remove session {number} ({when})? Nobody's attendance is recorded for it. The other sessions are numbered again.</source>
      <translation>Retirer la séance {number} ({when}) ? Aucune présence n'y est enregistrée. Les autres séances sont renumérotées.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>Titre en arabe</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Formateur·rice</translation>
    </message>
    <message>
      <source>Trainer's gender</source>
      <translation>Genre de la personne qui forme</translation>
    </message>
    <message>
      <source>Trainer's name in Arabic</source>
      <translation>Nom du formateur ou de la formatrice en arabe</translation>
    </message>
    <message>
      <source>Unknown module(s): {ids}. Use the ids shown on the Curricula page, separated by commas; nothing was saved.</source>
      <translation>Module(s) inconnu(s) : {ids}. Utilisez les identifiants affichés dans la page Modules de formation, séparés par des virgules ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Venue in Arabic</source>
      <translation>Lieu en arabe</translation>
    </message>
    <message>
      <source>Woman (Formatrice)</source>
      <translation>Femme (Formatrice)</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <source>module ids, separated by commas</source>
      <translation>identifiants de modules, séparés par des virgules</translation>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the French form</source>
      <translation>imprimé sur les documents en arabe ; vide : la forme française</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>'Trainer' with the trainer's gender when known, else a neutral line</source>
      <translation>« Formateur » ou « Formatrice » selon le genre de la personne qui forme, sinon une mention neutre</translation>
    </message>
    <message>
      <source>'has participated', agreed with the participant's gender in Arabic</source>
      <translation>« a participé », accordé en arabe avec le genre de la personne</translation>
    </message>
    <message>
      <source>'{answer}' is not one of the choices; copy it exactly from the choices</source>
      <translation>« {answer} » ne fait pas partie des choix ; recopiez-le exactement depuis les choix</translation>
    </message>
    <message>
      <source>'{id}' differs from the folder name '{folder}'; they must be equal</source>
      <translation>« {id} » diffère du nom du dossier « {folder} » ; ils doivent être identiques</translation>
    </message>
    <message>
      <source>'{id}' is a module that comes with the app; give your module another id (and folder name).</source>
      <translation>« {id} » est un module fourni avec l'application ; donnez à votre module un autre identifiant (et nom de dossier).</translation>
    </message>
    <message>
      <source>'{id}' may only hold lowercase letters, digits and '-'</source>
      <translation>« {id} » ne peut contenir que des minuscules, des chiffres et « - »</translation>
    </message>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation>« {ref} » correspond à plusieurs participants ; donnez une plus grande partie de l'identifiant.</translation>
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation>« {ref} » correspond à plusieurs ateliers ; donnez une plus grande partie de l'identifiant.</translation>
    </message>
    <message>
      <source>'{target}' is missing from the module folder</source>
      <translation>« {target} » est absent du dossier du module</translation>
    </message>
    <message>
      <source>'{target}' is not in the module folder; the app works offline, put the picture in images/</source>
      <translation>« {target} » n'est pas dans le dossier du module ; l'application fonctionne hors ligne, placez l'image dans images/</translation>
    </message>
    <message>
      <source>'{target}' points outside the module folder</source>
      <translation>« {target} » pointe hors du dossier du module</translation>
    </message>
    <message>
      <source>'{title}' on {day} ends after midnight; start it earlier.</source>
      <translation>« {title} » le {day} se termine après minuit ; commencez-la plus tôt.</translation>
    </message>
    <message>
      <source>'{value}' is not MAJOR.MINOR (e.g. "1.0"); put it in quotes</source>
      <translation>« {value} » n'est pas au format MAJEUR.MINEUR (ex. "1.0") ; mettez-le entre guillemets</translation>
    </message>
    <message>
      <source>'{value}' is not a date YYYY-MM-DD</source>
      <translation>« {value} » n'est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one with its country code, e.g. +33 6 12 34 56 78.</source>
      <translation>« {value} » n'est pas un numéro de téléphone ; écrivez un numéro marocain comme 06 12 34 56 78 ou un numéro étranger avec son indicatif, par ex. +33 6 12 34 56 78.</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number of minutes</source>
      <translation>« {value} » n'est pas un nombre entier de minutes</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address (name@example.org).</source>
      <translation>« {value} » n'est pas une adresse e-mail (nom@exemple.org).</translation>
    </message>
    <message>
      <source>(module not installed)</source>
      <translation>(module non installé)</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(facultative)</translation>
    </message>
    <message>
      <source>(the newest good backup is {name}).</source>
      <translation>(la sauvegarde saine la plus récente est {name}).</translation>
    </message>
    <message>
      <source>(threshold {pct} %)</source>
      <translation>(seuil {pct} %)</translation>
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation>--days doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
      <source>--mapping is not valid JSON ({detail}).</source>
      <translation>--mapping n'est pas du JSON valide ({detail}).</translation>
    </message>
    <message>
      <source>--mapping must be a JSON object like {"Nom": "last_name", "Tel": "phone"}.</source>
      <translation>--mapping doit être un objet JSON comme {"Nom": "last_name", "Tel": "phone"}.</translation>
    </message>
    <message>
      <source>--mapping names a column '{column}' that the file does not have; its columns are: {columns}.</source>
      <translation>--mapping cite une colonne « {column} » absente du fichier ; ses colonnes sont : {columns}.</translation>
    </message>
    <message>
      <source>--mapping: '{field}' is not a field; fields are: {fields}.</source>
      <translation>--mapping : « {field} » n'est pas un champ ; les champs sont : {fields}.</translation>
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation>--sessions-per-day doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
      <source>.docx template</source>
      <translation>modèle .docx</translation>
    </message>
    <message>
      <source>A badge from the other laptop has the same code as one here; it was left out. Reprint that badge if its holder cannot check in.</source>
      <translation>Un badge de l'autre ordinateur a le même code qu'un badge d'ici ; il a été écarté. Réimprimez ce badge si son porteur ne peut pas pointer.</translation>
    </message>
    <message>
      <source>A participant erased on the other laptop was erased here too.</source>
      <translation>Un participant effacé sur l'autre ordinateur a été effacé ici aussi.</translation>
    </message>
    <message>
      <source>A participant needs a name, in Latin or Arabic script.</source>
      <translation>Un participant doit avoir un nom, en caractères latins ou arabes.</translation>
    </message>
    <message>
      <source>A session must end after it starts.</source>
      <translation>Une séance doit se terminer après son début.</translation>
    </message>
    <message>
      <source>A workshop needs a title.</source>
      <translation>Un atelier doit avoir un titre.</translation>
    </message>
    <message>
      <source>A {which} score must be between 0 and {max}.</source>
      <translation>Un score {which} doit être compris entre 0 et {max}.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>Activités</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activité</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>After the module (post-test)</source>
      <translation>Après le module (post-test)</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Âge</translation>
    </message>
    <message>
      <source>Age '{value}' is impossible; write a number of years.</source>
      <translation>Âge « {value} » impossible ; écrivez un nombre d'années.</translation>
    </message>
    <message>
      <source>Age band</source>
      <translation>Tranche d'âge</translation>
    </message>
    <message>
      <source>Age band '{value}' is not one of {bands}.</source>
      <translation>La tranche d'âge « {value} » n'est pas l'une de : {bands}.</translation>
    </message>
    <message>
      <source>Age band: age reached in {year} from the birth year, else the band recorded at registration.</source>
      <translation>Tranche d'âge : âge atteint en {year} d'après l'année de naissance, sinon la tranche notée à l'inscription.</translation>
    </message>
    <message>
      <source>All required checks passed.</source>
      <translation>Toutes les vérifications requises sont passées.</translation>
    </message>
    <message>
      <source>All workshops</source>
      <translation>Tous les ateliers</translation>
    </message>
    <message>
      <source>An erased participant cannot be merged.</source>
      <translation>Un participant effacé ne peut pas être fusionné.</translation>
    </message>
    <message>
      <source>Anonymised: aggregates only. Counts below {n} are shown as "&lt;{n}" and averages over fewer than {n} people are withheld, so nobody can be identified.</source>
      <translation>Anonymisé : agrégats uniquement. Les effectifs inférieurs à {n} sont affichés « &lt;{n} » et les moyennes sur moins de {n} personnes ne sont pas données, afin que personne ne puisse être identifié.</translation>
    </message>
    <message>
      <source>Arabic letters in a Latin-script name; type it in the Arabic name field.</source>
      <translation>Lettres arabes dans un nom en caractères latins ; saisissez-le dans le champ du nom arabe.</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
    </message>
    <message>
      <source>Attendance %</source>
      <translation>Assiduité %</translation>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>Taux de présence</translation>
    </message>
    <message>
      <source>Attendance rate: {rate}</source>
      <translation>Taux de présence : {rate}</translation>
    </message>
    <message>
      <source>Attendance updated.</source>
      <translation>Présence mise à jour.</translation>
    </message>
    <message>
      <source>Attended</source>
      <translation>Présent</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
      <source>Badge {code} of {name} revoked.</source>
      <translation>Badge {code} de {name} révoqué.</translation>
    </message>
    <message>
      <source>Badges</source>
      <translation>Badges</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>Before the module (pre-test)</source>
      <translation>Avant le module (pré-test)</translation>
    </message>
    <message>
      <source>Birth year</source>
      <translation>Année de naissance</translation>
    </message>
    <message>
      <source>Birth year '{value}' is impossible; write a year between {low} and {high}.</source>
      <translation>Année de naissance « {value} » impossible ; écrivez une année entre {low} et {high}.</translation>
    </message>
    <message>
      <source>Both laptops added a session {number}; the imported one became session {new}.</source>
      <translation>Les deux ordinateurs ont ajouté une séance {number} ; celle importée devient la séance {new}.</translation>
    </message>
    <message>
      <source>Breakdown</source>
      <translation>Ventilation</translation>
    </message>
    <message>
      <source>Bundle of '{title}' (signed by {key_id}).</source>
      <translation>Paquet de « {title} » (signé par {key_id}).</translation>
    </message>
    <message>
      <source>Bundle written: {path} ({rows} rows, signed by key {key_id}).</source>
      <translation>Paquet écrit : {path} ({rows} lignes, signé par la clé {key_id}).</translation>
    </message>
    <message>
      <source>Bundles merged from inboxes so far: {n}</source>
      <translation>Paquets fusionnés depuis les boîtes de dépôt à ce jour : {n}</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>CSV delimiter (default: detected)</source>
      <translation>séparateur CSV (par défaut : détecté)</translation>
    </message>
    <message>
      <source>CSV, TSV, XLSX or XLS file</source>
      <translation>fichier CSV, TSV, XLSX ou XLS</translation>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Annulé : rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Cannot reach the SMTP server {host}:{port} ({detail}). Messages stay in the outbox; send them when a connection exists.</source>
      <translation>Impossible de joindre le serveur SMTP {host}:{port} ({detail}). Les messages restent dans la boîte d'envoi ; envoyez-les quand une connexion sera disponible.</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>Attestation {number} révoquée.</translation>
    </message>
    <message>
      <source>Certificate {number} was already revoked on {when}.</source>
      <translation>L'attestation {number} a déjà été révoquée le {when}.</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
    </message>
    <message>
      <source>Certificates issued</source>
      <translation>Attestations délivrées</translation>
    </message>
    <message>
      <source>Certificates issued: certificates recorded in this data folder and not revoked.</source>
      <translation>Attestations délivrées : attestations enregistrées dans ce dossier de données et non révoquées.</translation>
    </message>
    <message>
      <source>Check-in taken back: {name}.</source>
      <translation>Enregistrement annulé : {name}.</translation>
    </message>
    <message>
      <source>Checked in at</source>
      <translation>Arrivée à</translation>
    </message>
    <message>
      <source>Choose a folder outside the current data folder.</source>
      <translation>Choisissez un dossier en dehors du dossier de données actuel.</translation>
    </message>
    <message>
      <source>Choose a passphrase of at least {n} characters (a few words are easy to remember and hard to guess).</source>
      <translation>Choisissez une phrase secrète d'au moins {n} caractères (quelques mots sont faciles à retenir et difficiles à deviner).</translation>
    </message>
    <message>
      <source>Choose a password of at least {n} characters.</source>
      <translation>Choisissez un mot de passe d'au moins {n} caractères.</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>Choisissez un dossier accessible en écriture avec --data-dir.</translation>
    </message>
    <message>
      <source>Choose the session with --session N (see: workshop-kit workshop show {ref}).</source>
      <translation>Choisissez la séance avec --session N (voir : workshop-kit workshop show {ref}).</translation>
    </message>
    <message>
      <source>Choose two different participants.</source>
      <translation>Choisissez deux participants différents.</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>City: {value}</source>
      <translation>Ville : {value}</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>Code : {code}</translation>
    </message>
    <message>
      <source>Columns: {mapping}</source>
      <translation>Colonnes : {mapping}</translation>
    </message>
    <message>
      <source>Consent '{value}' is not understood; write yes or no.</source>
      <translation>Consentement « {value} » non compris ; écrivez oui ou non.</translation>
    </message>
    <message>
      <source>Consent date</source>
      <translation>Date du consentement</translation>
    </message>
    <message>
      <source>Consent recorded by</source>
      <translation>Consentement recueilli par</translation>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant and tick it.</source>
      <translation>Le consentement à l'utilisation des données manque ; demandez-le au participant et cochez-le.</translation>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant, then add --consent.</source>
      <translation>Le consentement à l'utilisation des données manque ; demandez-le au participant, puis ajoutez --consent.</translation>
    </message>
    <message>
      <source>Consent: certificate by e-mail</source>
      <translation>Consentement : attestation par e-mail</translation>
    </message>
    <message>
      <source>Consent: data use</source>
      <translation>Consentement : utilisation des données</translation>
    </message>
    <message>
      <source>Consent: photos</source>
      <translation>Consentement : photos</translation>
    </message>
    <message>
      <source>Copy cancelled: the new folder was removed and the data stays where it was.</source>
      <translation>Copie annulée : ce qui avait été copié dans le nouveau dossier a été supprimé et les données restent où elles étaient.</translation>
    </message>
    <message>
      <source>Core sessions: {n} min (the others are optional)</source>
      <translation>Séances essentielles : {n} min (les autres sont facultatives)</translation>
    </message>
    <message>
      <source>Could not find a free badge code; try again.</source>
      <translation>Aucun code de badge libre trouvé ; réessayez.</translation>
    </message>
    <message>
      <source>Damaged template(s): {names}</source>
      <translation>Modèle(s) endommagé(s) : {names}</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>Dates : {start} → {end}</translation>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>Jour {n} — {date}</translation>
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>Atelier de démonstration créé : {title} ({id}), {n} participants, {s} séances.</translation>
    </message>
    <message>
      <source>Donor</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <source>Donor report</source>
      <translation>Rapport bailleur</translation>
    </message>
    <message>
      <source>Double scans across laptops (the earliest check-in was kept):</source>
      <translation>Doubles passages sur plusieurs ordinateurs (l'arrivée la plus tôt est conservée) :</translation>
    </message>
    <message>
      <source>Dry run: {valid} valid row(s), {errors} error(s); nothing was written.</source>
      <translation>Essai : {valid} ligne(s) valide(s), {errors} erreur(s) ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Durée</translation>
    </message>
    <message>
      <source>Duration: {n} min</source>
      <translation>Durée : {n} min</translation>
    </message>
    <message>
      <source>E-mails</source>
      <translation>E-mails</translation>
    </message>
    <message>
      <source>EU co-funding mention (Settings)</source>
      <translation>mention du cofinancement UE (Paramètres)</translation>
    </message>
    <message>
      <source>Eligible for certificate</source>
      <translation>Éligible à l'attestation</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Encrypted with a passphrase (SQLCipher): the database and {n} backup(s).</source>
      <translation>Chiffré avec une phrase secrète (SQLCipher) : la base de données et {n} sauvegarde(s).</translation>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>Le chiffrement n'est pas disponible dans cette installation (le paquet sqlcipher3 manque).</translation>
    </message>
    <message>
      <source>Encryption needs the sqlcipher3 package, which is missing from this installation. Reinstall Workshop Kit (pip install workshop-kit) to open or encrypt this data folder.</source>
      <translation>Le chiffrement nécessite le paquet sqlcipher3, absent de cette installation. Réinstallez Workshop Kit (pip install workshop-kit) pour ouvrir ou chiffrer ce dossier de données.</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Erased on</source>
      <translation>Effacé le</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
    </message>
    <message>
      <source>Excused</source>
      <translation>Excusé(e)s</translation>
    </message>
    <message>
      <source>Export to .xlsx, .docx or .pdf (not '{suffix}').</source>
      <translation>Exportez en .xlsx, .docx ou .pdf (pas « {suffix} »).</translation>
    </message>
    <message>
      <source>F or M: certificates say Formatrice/Formateur; empty: a neutral line</source>
      <translation>F ou M : les attestations disent Formatrice/Formateur ; vide : une mention neutre</translation>
    </message>
    <message>
      <source>F, M or X</source>
      <translation>F, M ou X</translation>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>Notes pour l'animateur</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation>Problème de fichier : {detail}</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>Corrigez le modèle, puis vérifiez-le à nouveau.</translation>
    </message>
    <message>
      <source>Folder: {path}</source>
      <translation>Dossier : {path}</translation>
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation>Libérez de l'espace disque.</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <source>Gain (points of %)</source>
      <translation>Gain (points de %)</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Gender '{value}' is not understood; use F, M or X (other).</source>
      <translation>Genre « {value} » non compris ; utilisez F, M ou X (autre).</translation>
    </message>
    <message>
      <source>Generated on</source>
      <translation>Généré le</translation>
    </message>
    <message>
      <source>Generated on {date}</source>
      <translation>Établi le {date}</translation>
    </message>
    <message>
      <source>Give --pre N, --post N or both.</source>
      <translation>Indiquez --pre N, --post N ou les deux.</translation>
    </message>
    <message>
      <source>Give either a badge token (or short code) or --image FILE.</source>
      <translation>Donnez soit un jeton de badge (ou son code court), soit --image FICHIER.</translation>
    </message>
    <message>
      <source>Give the bundle's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>Donnez le mot de passe du paquet avec --password-stdin ou WORKSHOP_KIT_FILE_PASSWORD.</translation>
    </message>
    <message>
      <source>Give the document's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>Donnez le mot de passe du document avec --password-stdin ou WORKSHOP_KIT_FILE_PASSWORD.</translation>
    </message>
    <message>
      <source>Give the passphrase with the environment variable {env}.</source>
      <translation>Donnez la phrase secrète avec la variable d'environnement {env}.</translation>
    </message>
    <message>
      <source>History of this record</source>
      <translation>Historique de cette fiche</translation>
    </message>
    <message>
      <source>How they heard</source>
      <translation>Comment ils ont connu l'atelier</translation>
    </message>
    <message>
      <source>Import cancelled: nothing was imported.</source>
      <translation>Import annulé : rien n'a été importé.</translation>
    </message>
    <message>
      <source>Imported {imported} new participant(s); {enrolled} enrolment(s) added; {skipped} row(s) skipped.</source>
      <translation>{imported} nouveau(x) participant(s) importé(s) ; {enrolled} inscription(s) ajoutée(s) ; {skipped} ligne(s) ignorée(s).</translation>
    </message>
    <message>
      <source>Imported: {ids}</source>
      <translation>Importé : {ids}</translation>
    </message>
    <message>
      <source>Inbox folder forgotten.</source>
      <translation>Dossier de dépôt oublié.</translation>
    </message>
    <message>
      <source>Inbox folder: {folder}</source>
      <translation>Dossier de dépôt : {folder}</translation>
    </message>
    <message>
      <source>Inbox {folder}: {merged} merged, {known} already known, {refused} refused, {waiting} still arriving.</source>
      <translation>Dossier de dépôt {folder} : {merged} fusionné(s), {known} déjà connu(s), {refused} refusé(s), {waiting} en cours d'arrivée.</translation>
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui).</source>
      <translation>Installez LibreOffice (Debian/Ubuntu : sudo apt-get install libreoffice-writer-nogui).</translation>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>Installez l'application avec ses dépendances (voir README).</translation>
    </message>
    <message>
      <source>Install the missing system libraries: sudo apt-get install -y {packages}</source>
      <translation>Installez les bibliothèques système manquantes : sudo apt-get install -y {packages}</translation>
    </message>
    <message>
      <source>Install the system libraries that provide: {names}</source>
      <translation>Installez les bibliothèques système qui fournissent : {names}</translation>
    </message>
    <message>
      <source>Interrupted while sending: the server may have received it. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>Interrompu pendant l'envoi : le serveur l'a peut-être reçu. Vérifiez la boîte de l'expéditeur, puis renvoyez-le (workshop-kit outbox retry ID) ou marquez-le envoyé (workshop-kit outbox mark-sent ID).</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Interrompu.</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Délivrée le</translation>
    </message>
    <message>
      <source>Key messages</source>
      <translation>Messages clés</translation>
    </message>
    <message>
      <source>Key {key_id} is now trusted: bundles it signs are imported.</source>
      <translation>La clé {key_id} est désormais de confiance : les paquets qu'elle signe sont importés.</translation>
    </message>
    <message>
      <source>Key {kid} ({organisation}) is now trusted: its certificates verify on this computer.</source>
      <translation>La clé {kid} ({organisation}) est maintenant reconnue : ses attestations se vérifient sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>Type d'organisation</translation>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>Gain de connaissances</translation>
    </message>
    <message>
      <source>Knowledge gain (points of %)</source>
      <translation>Gain de connaissances (points de %)</translation>
    </message>
    <message>
      <source>Knowledge gain per module (pre-test → post-test)</source>
      <translation>Gain de connaissances par module (pré-test → post-test)</translation>
    </message>
    <message>
      <source>Knowledge gain: {pre} % → {post} % ({gain:+} points)</source>
      <translation>Gain de connaissances : {pre} % → {post} % ({gain:+} points)</translation>
    </message>
    <message>
      <source>Known placeholders:</source>
      <translation>Champs reconnus :</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>Nom (arabe)</translation>
    </message>
    <message>
      <source>Latin letters in an Arabic-script name; type it in the Latin name field.</source>
      <translation>Lettres latines dans un nom en caractères arabes ; saisissez-le dans le champ du nom latin.</translation>
    </message>
    <message>
      <source>LibreOffice could not convert the summary to PDF.</source>
      <translation>LibreOffice n'a pas pu convertir la synthèse en PDF.</translation>
    </message>
    <message>
      <source>LibreOffice is not installed, so no PDF was made; the .docx files are complete. Install it from https://www.libreoffice.org (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui), then run again.</source>
      <translation>LibreOffice n'est pas installé : aucun PDF n'a été créé ; les fichiers .docx sont complets. Installez-le depuis https://www.libreoffice.org (Debian/Ubuntu : sudo apt-get install libreoffice-writer-nogui), puis relancez.</translation>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>LibreOffice introuvable : les attestations restent en .docx, sans PDF.</translation>
    </message>
    <message>
      <source>Line {line} of the file cannot be read as CSV ({detail}).</source>
      <translation>La ligne {line} du fichier ne peut pas être lue comme du CSV ({detail}).</translation>
    </message>
    <message>
      <source>Local authority</source>
      <translation>Collectivité locale</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
    </message>
    <message>
      <source>Materials</source>
      <translation>Matériel</translation>
    </message>
    <message>
      <source>Materials to print</source>
      <translation>Matériel à imprimer</translation>
    </message>
    <message>
      <source>Merged {other_name} ({other}) into {keep_name} ({keep}).</source>
      <translation>{other_name} ({other}) a été fusionné dans {keep_name} ({keep}).</translation>
    </message>
    <message>
      <source>Message to {to} cancelled.</source>
      <translation>Message à {to} annulé.</translation>
    </message>
    <message>
      <source>Message to {to} queued again.</source>
      <translation>Message à {to} remis en file d'attente.</translation>
    </message>
    <message>
      <source>Message to {to} recorded as sent.</source>
      <translation>Message à {to} enregistré comme envoyé.</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <source>Missing sub-command; see --help.</source>
      <translation>Sous-commande manquante ; voir --help.</translation>
    </message>
    <message>
      <source>Missing: {langs}</source>
      <translation>Manquant : {langs}</translation>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
    </message>
    <message>
      <source>Module '{id}' has no readable language file.</source>
      <translation>Le module « {id} » n'a aucun fichier de langue lisible.</translation>
    </message>
    <message>
      <source>Module '{id}' is not installed here; give --max N.</source>
      <translation>Le module « {id} » n'est pas installé ici ; indiquez --max N.</translation>
    </message>
    <message>
      <source>Module {id} has no session {n}.</source>
      <translation>Le module {id} n'a pas de séance {n}.</translation>
    </message>
    <message>
      <source>Module {module}: {pre} % → {post} % ({n} people)</source>
      <translation>Module {module} : {pre} % → {post} % ({n} personnes)</translation>
    </message>
    <message>
      <source>Module: {value}</source>
      <translation>Module : {value}</translation>
    </message>
    <message>
      <source>Moroccan</source>
      <translation>Marocain(e)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
    </message>
    <message>
      <source>Name or code: ____________________    Date: ____________</source>
      <translation>Nom ou code : ____________________    Date : ____________</translation>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>Nom : {name}</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).</source>
      <translation>Nationalité « {value} » : pays inconnu ; écrivez son nom ou son code ISO (par ex. MA, SN).</translation>
    </message>
    <message>
      <source>Nationality group</source>
      <translation>Groupe de nationalité</translation>
    </message>
    <message>
      <source>Nationality group: Moroccan; other African (the other African countries, by ISO code or name); other; not recorded.</source>
      <translation>Groupe de nationalité : marocaine ; autre africaine (les autres pays africains, par code ISO ou par nom) ; autre ; non renseignée.</translation>
    </message>
    <message>
      <source>New badge {code} issued to {name}; the old one no longer works.</source>
      <translation>Nouveau badge {code} émis pour {name} ; l'ancien ne fonctionne plus.</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
      <source>No .docx templates in {path}</source>
      <translation>Aucun modèle .docx dans {path}</translation>
    </message>
    <message>
      <source>No Arabic font in {path}</source>
      <translation>Aucune police arabe dans {path}</translation>
    </message>
    <message>
      <source>No QR code found in {path}. Take a sharper, closer photo of the badge, or type its short code.</source>
      <translation>Aucun code QR trouvé dans {path}. Prenez une photo plus nette et plus proche du badge, ou tapez son code court.</translation>
    </message>
    <message>
      <source>No QR code found in {path}. Try a sharper, closer photo, or type the short code.</source>
      <translation>Aucun code QR trouvé dans {path}. Essayez une photo plus nette et plus proche, ou tapez le code court.</translation>
    </message>
    <message>
      <source>No SMTP server set. Set it with: workshop-kit outbox smtp --host … --from …</source>
      <translation>Aucun serveur SMTP défini. Définissez-le avec : workshop-kit outbox smtp --host … --from …</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Aucune sauvegarde pour l'instant.</translation>
    </message>
    <message>
      <source>No bundle file at {path}.</source>
      <translation>Aucun fichier de paquet à {path}.</translation>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>Aucun module fourni dans {path}</translation>
    </message>
    <message>
      <source>No certificate issued yet.</source>
      <translation>Aucune attestation délivrée pour l'instant.</translation>
    </message>
    <message>
      <source>No certificate number {number} in this database.</source>
      <translation>Aucune attestation numéro {number} dans cette base.</translation>
    </message>
    <message>
      <source>No certificate with this code in this database.</source>
      <translation>Aucune attestation avec ce code dans cette base.</translation>
    </message>
    <message>
      <source>No column of the file is recognised as a name. Its columns are: {columns}. Say which column holds the names, by its header or by its number, e.g. --mapping '{by_header}' or --mapping '{by_number}'.</source>
      <translation>Aucune colonne du fichier n'est reconnue comme un nom. Ses colonnes sont : {columns}. Indiquez la colonne qui contient les noms, par son en-tête ou par son numéro, par ex. --mapping '{by_header}' ou --mapping '{by_number}'.</translation>
    </message>
    <message>
      <source>No corrections recorded.</source>
      <translation>Aucune correction enregistrée.</translation>
    </message>
    <message>
      <source>No enrolled participants: enrol participants before printing badges.</source>
      <translation>Aucun participant inscrit : inscrivez des participants avant d'imprimer les badges.</translation>
    </message>
    <message>
      <source>No fr.md with a valid id at the top of the folder; nothing was imported.</source>
      <translation>Pas de fr.md avec un identifiant valide en haut du dossier ; rien n'a été importé.</translation>
    </message>
    <message>
      <source>No good backup to restore in {folder}.</source>
      <translation>Aucune sauvegarde saine à restaurer dans {folder}.</translation>
    </message>
    <message>
      <source>No good backup was found in {folder}.</source>
      <translation>Aucune sauvegarde saine n'a été trouvée dans {folder}.</translation>
    </message>
    <message>
      <source>No inbox folder is set.</source>
      <translation>Aucun dossier de dépôt n'est choisi.</translation>
    </message>
    <message>
      <source>No inbox folder is set: choose one first (workshop-kit inbox set FOLDER).</source>
      <translation>Aucun dossier de dépôt n'est choisi : choisissez-en un d'abord (workshop-kit inbox set DOSSIER).</translation>
    </message>
    <message>
      <source>No local module '{id}'.</source>
      <translation>Aucun module local « {id} ».</translation>
    </message>
    <message>
      <source>No module '{id}'. See the list with: workshop-kit curricula list</source>
      <translation>Aucun module « {id} ». Voir la liste avec : workshop-kit curricula list</translation>
    </message>
    <message>
      <source>No module found in {path} (a module is a folder with fr.md).</source>
      <translation>Aucun module trouvé dans {path} (un module est un dossier contenant fr.md).</translation>
    </message>
    <message>
      <source>No modules found.</source>
      <translation>Aucun module trouvé.</translation>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>Aucun participant n'a encore un score avant et un score après.</translation>
    </message>
    <message>
      <source>No participant with id '{ref}'.</source>
      <translation>Aucun participant avec l'identifiant « {ref} ».</translation>
    </message>
    <message>
      <source>No participants in this workshop yet. Add some with: workshop-kit participants import WORKSHOP FILE</source>
      <translation>Aucun participant dans cet atelier pour l'instant. Ajoutez-en avec : workshop-kit participants import ATELIER FICHIER</translation>
    </message>
    <message>
      <source>No participants match.</source>
      <translation>Aucun participant ne correspond.</translation>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>Aucun doublon possible.</translation>
    </message>
    <message>
      <source>No pre/post scores recorded.</source>
      <translation>Aucun score pré/post enregistré.</translation>
    </message>
    <message>
      <source>No problem found.</source>
      <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
      <source>No session of this workshop is running now ({time}, {date}). Check the laptop clock, or choose the session; nothing was recorded.</source>
      <translation>Aucune séance de cet atelier n'est en cours maintenant ({time}, {date}). Vérifiez l'horloge de l'ordinateur ou choisissez la séance ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>No sheet '{sheet}' in {name}; its sheets are: {sheets}.</source>
      <translation>Pas de feuille « {sheet} » dans {name} ; ses feuilles sont : {sheets}.</translation>
    </message>
    <message>
      <source>No single outbox message '{ref}'. See: workshop-kit outbox list</source>
      <translation>Pas de message unique « {ref} » dans la boîte d'envoi. Voir : workshop-kit outbox list</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
      <source>No system keyring is available on this computer, so the password cannot be remembered safely. Give it each time (--password-stdin) or set the environment variable {env}.</source>
      <translation>Aucun trousseau système n'est disponible sur cet ordinateur : le mot de passe ne peut pas être conservé de façon sûre. Donnez-le à chaque fois (--password-stdin) ou définissez la variable d'environnement {env}.</translation>
    </message>
    <message>
      <source>No workshop '{ref}'. See the list with: workshop-kit workshop list</source>
      <translation>Aucun atelier « {ref} ». Voir la liste avec : workshop-kit workshop list</translation>
    </message>
    <message>
      <source>No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD</source>
      <translation>Aucun atelier pour l'instant. Créez-en un avec : workshop-kit workshop create --title … --start AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate written.</source>
      <translation>Personne ne remplit encore la règle d'assiduité : aucune attestation écrite.</translation>
    </message>
    <message>
      <source>Nobody reached yet.</source>
      <translation>Personne n'a encore été touché.</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Rien.</translation>
    </message>
    <message>
      <source>Not eligible ({n}):</source>
      <translation>Non éligibles ({n}) :</translation>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder can read the data.</source>
      <translation>Non chiffré : toute personne pouvant lire le dossier de données peut lire les données.</translation>
    </message>
    <message>
      <source>Not imported (never collected): {columns}</source>
      <translation>Non importé (jamais collecté) : {columns}</translation>
    </message>
    <message>
      <source>Noted: these are different people.</source>
      <translation>Noté : ce sont des personnes différentes.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Nothing found for '{text}'.</source>
      <translation>Rien trouvé pour « {text} ».</translation>
    </message>
    <message>
      <source>Nothing new: this bundle was already merged.</source>
      <translation>Rien de nouveau : ce paquet était déjà fusionné.</translation>
    </message>
    <message>
      <source>Nothing planned.</source>
      <translation>Rien de prévu.</translation>
    </message>
    <message>
      <source>Nothing to change: give at least one of --title, --city, --venue, --trainer, --title-ar, --venue-ar, --trainer-ar, --trainer-gender.</source>
      <translation>Rien à modifier : indiquez au moins une des options --title, --city, --venue, --trainer, --title-ar, --venue-ar, --trainer-ar, --trainer-gender.</translation>
    </message>
    <message>
      <source>Nothing to change: the status was already that.</source>
      <translation>Rien à changer : le statut était déjà celui-là.</translation>
    </message>
    <message>
      <source>Nothing to put in the document.</source>
      <translation>Rien à mettre dans le document.</translation>
    </message>
    <message>
      <source>Nothing was read. Scan again.</source>
      <translation>Rien n'a été lu. Scannez à nouveau.</translation>
    </message>
    <message>
      <source>Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid.</source>
      <translation>Rien n'a été enregistré. Corrigez les lignes ci-dessus, ou importez les lignes valides avec --skip-invalid.</translation>
    </message>
    <message>
      <source>Nothing was written: no row can be imported as it is.</source>
      <translation>Rien n'a été écrit : aucune ligne ne peut être importée telle quelle.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>Numéro : {number}</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Only failed, cancelled or uncertain messages can be sent again (this one is {status}).</source>
      <translation>Seuls les messages en échec, annulés ou incertains peuvent être renvoyés (celui-ci est {status}).</translation>
    </message>
    <message>
      <source>Only queued, failed or uncertain messages can be cancelled (this one is {status}).</source>
      <translation>Seuls les messages en attente, en échec ou incertains peuvent être annulés (celui-ci est {status}).</translation>
    </message>
    <message>
      <source>Only uncertain messages can be marked as sent (this one is {status}).</source>
      <translation>Seuls les messages incertains peuvent être marqués envoyés (celui-ci est {status}).</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Organisation type</source>
      <translation>Type d'organisation</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
    </message>
    <message>
      <source>Out of</source>
      <translation>Sur</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>P present, L late, A absent, E excused, · nothing recorded</source>
      <translation>P présent, L en retard, A absent, E excusé, · rien d'enregistré</translation>
    </message>
    <message>
      <source>Participant registered: {name} ({id}).</source>
      <translation>Participant enregistré : {name} ({id}).</translation>
    </message>
    <message>
      <source>Participant {name} ({id}) erased; their attendance still counts, anonymously.</source>
      <translation>Participant {name} ({id}) effacé ; sa présence reste comptée, de façon anonyme.</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Participants enrolled</source>
      <translation>Participants inscrits</translation>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>Participants touchés</translation>
    </message>
    <message>
      <source>Participants reached: people enrolled as participants who attended at least one session.</source>
      <translation>Participants touchés : personnes inscrites comme participants ayant assisté à au moins une séance.</translation>
    </message>
    <message>
      <source>Participants reached: {n}</source>
      <translation>Participants touchés : {n}</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partenaire</translation>
    </message>
    <message>
      <source>Partner association</source>
      <translation>Association partenaire</translation>
    </message>
    <message>
      <source>Partner: {value}</source>
      <translation>Partenaire : {value}</translation>
    </message>
    <message>
      <source>Passphrase of the data folder: </source>
      <translation>Phrase secrète du dossier de données : </translation>
    </message>
    <message>
      <source>Password of the file: </source>
      <translation>Mot de passe du fichier : </translation>
    </message>
    <message>
      <source>People reached</source>
      <translation>Personnes touchées</translation>
    </message>
    <message>
      <source>People reached, by group</source>
      <translation>Personnes touchées, par groupe</translation>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>Période : {start} – {end}</translation>
    </message>
    <message>
      <source>Personal data held about you</source>
      <translation>Données personnelles vous concernant</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Pictures:</source>
      <translation>Images :</translation>
    </message>
    <message>
      <source>Pillow has no Raqm text layout: Arabic names on badge pictures are drawn with a simpler shaping.</source>
      <translation>Pillow n'a pas la mise en page de texte Raqm : les noms arabes des images de badges sont dessinés avec une mise en forme plus simple.</translation>
    </message>
    <message>
      <source>Pillow lays out Arabic with Raqm {version}</source>
      <translation>Pillow met en page l'arabe avec Raqm {version}</translation>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>Post-test %</translation>
    </message>
    <message>
      <source>Poster or flyer</source>
      <translation>Affiche ou tract</translation>
    </message>
    <message>
      <source>Pre- and post-test scores</source>
      <translation>Scores pré- et post-test</translation>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>Pré-test %</translation>
    </message>
    <message>
      <source>Pre/post test</source>
      <translation>Test avant/après</translation>
    </message>
    <message>
      <source>Pre/post test — answer key</source>
      <translation>Test avant/après — corrigé</translation>
    </message>
    <message>
      <source>Prerequisites</source>
      <translation>Prérequis</translation>
    </message>
    <message>
      <source>Preview: {path}</source>
      <translation>Aperçu : {path}</translation>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>Fichier à imprimer : {path}</translation>
    </message>
    <message>
      <source>Print them with: workshop-kit badges {ref} -o badges.docx</source>
      <translation>Imprimez-les avec : workshop-kit badges {ref} -o badges.docx</translation>
    </message>
    <message>
      <source>Problem: {problem}</source>
      <translation>Problème : {problem}</translation>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <source>Programme summary</source>
      <translation>Synthèse du programme</translation>
    </message>
    <message>
      <source>Project code</source>
      <translation>Code du projet</translation>
    </message>
    <message>
      <source>Public key {kid} written to {path}. Give it to whoever must verify your certificates: workshop-kit certificates trust-key FILE</source>
      <translation>Clé publique {kid} écrite dans {path}. Donnez-la à qui doit vérifier vos attestations : workshop-kit certificates trust-key FICHIER</translation>
    </message>
    <message>
      <source>Publish it at {url}; republish it after every revocation.</source>
      <translation>Publiez-la à l'adresse {url} ; republiez-la après chaque révocation.</translation>
    </message>
    <message>
      <source>Publish it on your website, then give its address with --url so that new certificates' QR codes open it.</source>
      <translation>Publiez-la sur votre site, puis donnez son adresse avec --url pour que les codes QR des nouvelles attestations l'ouvrent.</translation>
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation>PySide6 n'est pas installé</translation>
    </message>
    <message>
      <source>QR code with the signed verification payload</source>
      <translation>code QR avec les données de vérification signées</translation>
    </message>
    <message>
      <source>Qt Multimedia backend: {names}</source>
      <translation>Moteur Qt Multimedia : {names}</translation>
    </message>
    <message>
      <source>Qt Multimedia has no backend: the camera cannot read badges (a USB scanner and the name search still work). {error}</source>
      <translation>Qt Multimedia n'a aucun moteur : la caméra ne peut pas lire les badges (le lecteur USB et la recherche par nom fonctionnent toujours). {error}</translation>
    </message>
    <message>
      <source>Qt cannot be loaded: {error}</source>
      <translation>Qt ne peut pas être chargé : {error}</translation>
    </message>
    <message>
      <source>Qt cannot open a window on this desktop: {error}</source>
      <translation>Qt ne peut pas ouvrir de fenêtre sur ce bureau : {error}</translation>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Quiz</translation>
    </message>
    <message>
      <source>Quiz: {n} questions</source>
      <translation>Quiz : {n} questions</translation>
    </message>
    <message>
      <source>REVOKED {when}: {reason}</source>
      <translation>RÉVOQUÉE le {when} : {reason}</translation>
    </message>
    <message>
      <source>Reinstall Pillow: pip install --force-reinstall pillow</source>
      <translation>Réinstallez Pillow : pip install --force-reinstall pillow</translation>
    </message>
    <message>
      <source>Reinstall Workshop Kit and its dependencies (see README).</source>
      <translation>Réinstallez Workshop Kit et ses dépendances (voir README).</translation>
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation>Réinstallez Workshop Kit.</translation>
    </message>
    <message>
      <source>Removed: {id}</source>
      <translation>Supprimé : {id}</translation>
    </message>
    <message>
      <source>Restore the newest good backup ({name}) with: workshop-kit backup restore</source>
      <translation>Restaurez la sauvegarde saine la plus récente ({name}) avec : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation>Restaurez la sauvegarde saine la plus récente : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>Restored {backup}.</source>
      <translation>{backup} restaurée.</translation>
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation>{backup} restaurée. L'ancien fichier est conservé sous {moved}.</translation>
    </message>
    <message>
      <source>Revocation is known only to the issuing organisation's database; this copy could not check it.</source>
      <translation>La révocation n'est connue que de la base de l'organisation émettrice ; cette copie n'a pas pu la vérifier.</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Révoqué</translation>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>Révoquée le {when} : {reason}</translation>
    </message>
    <message>
      <source>Role / function</source>
      <translation>Rôle / fonction</translation>
    </message>
    <message>
      <source>Row {row} has more than {max} columns; remove the columns that are not needed.</source>
      <translation>La ligne {row} a plus de {max} colonnes ; supprimez les colonnes inutiles.</translation>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>Lancez : workshop-kit curricula validate {path}</translation>
    </message>
    <message>
      <source>SMTP password for {user}: </source>
      <translation>Mot de passe SMTP de {user} : </translation>
    </message>
    <message>
      <source>Saving this agenda would leave {n} issued certificate(s) without the attendance they were issued for ({names}). Nothing was saved.</source>
      <translation>Enregistrer ce programme laisserait {n} attestation(s) délivrée(s) sans la présence pour laquelle elles ont été délivrées ({names}). Rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>Say where to write the certificates: -o DIR and/or --merged FILE.</source>
      <translation>Indiquez où écrire les attestations : -o DOSSIER et/ou --merged FICHIER.</translation>
    </message>
    <message>
      <source>Say why the certificate is revoked.</source>
      <translation>Indiquez pourquoi l'attestation est révoquée.</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>Score recorded.</source>
      <translation>Score enregistré.</translation>
    </message>
    <message>
      <source>Security must be starttls, ssl or none.</source>
      <translation>La sécurité doit être starttls, ssl ou none.</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>Séance {number}</translation>
    </message>
    <message>
      <source>Session {number} · {date} {start}–{end}</source>
      <translation>Séance {number} · {date} {start}–{end}</translation>
    </message>
    <message>
      <source>Session {n}</source>
      <translation>Séance {n}</translation>
    </message>
    <message>
      <source>Sessions attended</source>
      <translation>Séances suivies</translation>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>Séances réalisées</translation>
    </message>
    <message>
      <source>Sessions delivered: sessions where at least one person attended.</source>
      <translation>Séances réalisées : séances auxquelles au moins une personne a assisté.</translation>
    </message>
    <message>
      <source>Sessions delivered: {d} of {p}</source>
      <translation>Séances réalisées : {d} sur {p}</translation>
    </message>
    <message>
      <source>Sessions planned</source>
      <translation>Séances prévues</translation>
    </message>
    <message>
      <source>Set the sender address for e-mails.</source>
      <translation>Définissez l'adresse de l'expéditeur des courriels.</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>Feuille d'émargement</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Skipped ({n}):</source>
      <translation>Ignorés ({n}) :</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Réseaux sociaux</translation>
    </message>
    <message>
      <source>Some PDF files could not be made; the .docx files are complete.</source>
      <translation>Certains PDF n'ont pas pu être créés ; les fichiers .docx sont complets.</translation>
    </message>
    <message>
      <source>Some of the chosen participants are not enrolled in this workshop.</source>
      <translation>Certains des participants choisis ne sont pas inscrits à cet atelier.</translation>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>Certaines vérifications requises ont échoué.</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Synthèse</translation>
    </message>
    <message>
      <source>Template {path} not found.</source>
      <translation>Modèle {path} introuvable.</translation>
    </message>
    <message>
      <source>Test scores</source>
      <translation>Résultats aux tests</translation>
    </message>
    <message>
      <source>That folder already holds Workshop Kit data; choose an empty folder.</source>
      <translation>Ce dossier contient déjà des données Workshop Kit ; choisissez un dossier vide.</translation>
    </message>
    <message>
      <source>The SMTP password is missing: store it with workshop-kit outbox smtp --password-stdin, or set {env}.</source>
      <translation>Le mot de passe SMTP manque : enregistrez-le avec workshop-kit outbox smtp --password-stdin, ou définissez {env}.</translation>
    </message>
    <message>
      <source>The SMTP server refused the user name or password ({detail}).</source>
      <translation>Le serveur SMTP a refusé l'identifiant ou le mot de passe ({detail}).</translation>
    </message>
    <message>
      <source>The attachment cannot be read: {detail}</source>
      <translation>La pièce jointe est illisible : {detail}</translation>
    </message>
    <message>
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation>Le seuil de présence doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
      <source>The backup chosen for restoring is no longer in {folder}; nothing was changed.</source>
      <translation>La sauvegarde choisie pour la restauration n'est plus dans {folder} ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The backup could not be verified: {detail}</source>
      <translation>La sauvegarde n'a pas pu être vérifiée : {detail}</translation>
    </message>
    <message>
      <source>The backup {name} is damaged too.</source>
      <translation>La sauvegarde {name} est elle aussi endommagée.</translation>
    </message>
    <message>
      <source>The bundle does not fit together ({detail}); nothing was imported.</source>
      <translation>Le paquet est incohérent ({detail}) ; rien n'a été importé.</translation>
    </message>
    <message>
      <source>The bundle's {table} hold {value} in the field {column} where {expected} is expected; nothing was imported. Ask for a fresh export.</source>
      <translation>Les {table} du paquet contiennent {value} dans le champ {column} là où {expected} est attendu ; rien n'a été importé. Demandez un nouvel export.</translation>
    </message>
    <message>
      <source>The bundle's {table} lack the field {column}; nothing was imported. Ask for a fresh export.</source>
      <translation>Il manque le champ {column} aux {table} du paquet ; rien n'a été importé. Demandez un nouvel export.</translation>
    </message>
    <message>
      <source>The certificate is genuine but was revoked by the organisation that issued it.</source>
      <translation>L'attestation est authentique mais a été révoquée par l'organisation qui l'a délivrée.</translation>
    </message>
    <message>
      <source>The certificate is genuine.</source>
      <translation>L'attestation est authentique.</translation>
    </message>
    <message>
      <source>The chosen session is on {date}; the laptop clock says {today}.</source>
      <translation>La séance choisie a lieu le {date} ; l'horloge de l'ordinateur indique le {today}.</translation>
    </message>
    <message>
      <source>The code has been altered: its signature does not match its content.</source>
      <translation>Le code a été modifié : sa signature ne correspond pas à son contenu.</translation>
    </message>
    <message>
      <source>The code is signed by an organisation whose public key this copy does not know.</source>
      <translation>Le code est signé par une organisation dont cette copie ne connaît pas la clé publique.</translation>
    </message>
    <message>
      <source>The connection was lost after the message was handed to the server: it may have been delivered. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>La connexion a été perdue après la remise du message au serveur : il a peut-être été distribué. Vérifiez la boîte de l'expéditeur, puis renvoyez-le (workshop-kit outbox retry ID) ou marquez-le envoyé (workshop-kit outbox mark-sent ID).</translation>
    </message>
    <message>
      <source>The converted copy of {name} failed its check ({detail}); nothing was changed.</source>
      <translation>La copie convertie de {name} n'a pas passé la vérification ({detail}) ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The data file could not be read ({detail}). Check it with: workshop-kit selfcheck; restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données n'a pas pu être lu ({detail}). Vérifiez-le avec : workshop-kit selfcheck ; restaurez une sauvegarde avec : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The data file is busy (another program is writing to it); try again in a moment.</source>
      <translation>Le fichier de données est occupé (un autre programme y écrit) ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>The data file {path} is already open in another Workshop Kit window ({holder}). Close that window first, or choose another data folder with --data-dir.</source>
      <translation>Le fichier de données {path} est déjà ouvert dans une autre fenêtre Workshop Kit ({holder}). Fermez d'abord cette fenêtre, ou choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}).</source>
      <translation>Le fichier de données {path} est endommagé ({detail}).</translation>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it, so that nothing is lost when a backup is restored. Close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données {path} est endommagé ({detail}) ; plus rien n'y est écrit, pour que rien ne soit perdu à la restauration d'une sauvegarde. Fermez Workshop Kit et restaurez une sauvegarde avec : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it. Restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données {path} est endommagé ({detail}) ; plus rien n'y est écrit. Restaurez une sauvegarde avec : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The data file {path} is encrypted. Give its passphrase (you are asked for it in a terminal, or set the environment variable {env}).</source>
      <translation>Le fichier de données {path} est chiffré. Donnez sa phrase secrète (elle vous est demandée dans un terminal, ou définissez la variable d'environnement {env}).</translation>
    </message>
    <message>
      <source>The data file {path} is open in another program (Workshop Kit, a command or a script still running). Close it first, then restore; nothing was changed.</source>
      <translation>Le fichier de données {path} est ouvert dans un autre programme (Workshop Kit, une commande ou un script encore en cours). Fermez-le d'abord, puis restaurez ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The data file {path} is {what}, but backups of it exist: it was lost (an interrupted restore or copy, a sync tool, a deletion), so no new empty one was made.</source>
      <translation>Le fichier de données {path} est {what}, mais des sauvegardes existent : il a été perdu (restauration ou copie interrompue, outil de synchronisation, suppression), donc aucun nouveau fichier vide n'a été créé.</translation>
    </message>
    <message>
      <source>The data file {path} was replaced (a backup was restored) while this program had it open; nothing was written. Close Workshop Kit or run the command again.</source>
      <translation>Le fichier de données {path} a été remplacé (une sauvegarde a été restaurée) pendant que ce programme l'avait ouvert ; rien n'a été écrit. Fermez Workshop Kit ou relancez la commande.</translation>
    </message>
    <message>
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation>Le fichier de données {path} a été écrit par une version plus récente de Workshop Kit (schéma {version}, cette copie connaît {latest}). Mettez Workshop Kit à jour avant de l'ouvrir.</translation>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>Le dossier de données n'est plus chiffré.</translation>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe: without it the data cannot be recovered, by anyone.</source>
      <translation>Le dossier de données est maintenant chiffré. Gardez la phrase secrète en lieu sûr : sans elle, personne ne peut récupérer les données.</translation>
    </message>
    <message>
      <source>The delimiter must be one character (e.g. ';' or ',').</source>
      <translation>Le séparateur doit être un seul caractère (par ex. « ; » ou « , »).</translation>
    </message>
    <message>
      <source>The disk is full ({detail}); free some space and try again. No partial file was left.</source>
      <translation>Le disque est plein ({detail}) ; libérez de la place et réessayez. Aucun fichier partiel n'a été laissé.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
      <source>The file contains binary data (NUL characters); it is not a CSV file. Save it as CSV or XLSX.</source>
      <translation>Le fichier contient des données binaires (caractères NUL) ; ce n'est pas un fichier CSV. Enregistrez-le en CSV ou XLSX.</translation>
    </message>
    <message>
      <source>The file has more than {max} rows; split it into smaller files.</source>
      <translation>Le fichier a plus de {max} lignes ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
      <source>The file has no consent column, so {n} row(s) were refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</source>
      <translation>Le fichier n'a pas de colonne de consentement : {n} ligne(s) ont donc été refusées. Si le consentement à l'utilisation des données a été recueilli pour chaque personne (sur papier ou dans le formulaire), importez-le à nouveau avec --consent-collected.</translation>
    </message>
    <message>
      <source>The file has no rows.</source>
      <translation>Le fichier n'a aucune ligne.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Le fichier est vide.</translation>
    </message>
    <message>
      <source>The file is not valid {encoding} text (byte {position}); choose another encoding.</source>
      <translation>Le fichier n'est pas du texte {encoding} valide (octet {position}) ; choisissez un autre encodage.</translation>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
      <source>The file {path} is larger than 200 MB; split it first.</source>
      <translation>Le fichier {path} dépasse 200 Mo ; découpez-le d'abord.</translation>
    </message>
    <message>
      <source>The file's text encoding was not recognised; choose it (e.g. utf-8, cp1256, latin-1).</source>
      <translation>L'encodage du fichier n'a pas été reconnu ; choisissez-le (par ex. utf-8, cp1256, latin-1).</translation>
    </message>
    <message>
      <source>The inbox folder cannot be the data folder, inside it or around it: choose the folder where bundles arrive ({folder}).</source>
      <translation>Le dossier de dépôt ne peut pas être le dossier de données, ni s'y trouver, ni le contenir : choisissez le dossier où arrivent les paquets ({folder}).</translation>
    </message>
    <message>
      <source>The inbox folder {folder} does not exist or is not a folder.</source>
      <translation>Le dossier de dépôt {folder} n'existe pas ou n'est pas un dossier.</translation>
    </message>
    <message>
      <source>The input is too large or too deeply nested to be read on this computer.</source>
      <translation>Les données sont trop volumineuses ou trop imbriquées pour être lues sur cet ordinateur.</translation>
    </message>
    <message>
      <source>The laptop clock is behind the last recorded scan ({time}); check the date and time.</source>
      <translation>L'horloge de l'ordinateur est en retard sur le dernier scan enregistré ({time}) ; vérifiez la date et l'heure.</translation>
    </message>
    <message>
      <source>The maximum score must be more than 0.</source>
      <translation>Le score maximal doit être supérieur à 0.</translation>
    </message>
    <message>
      <source>The newest good backup is {name}; restore it with: workshop-kit backup restore</source>
      <translation>La sauvegarde saine la plus récente est {name} ; restaurez-la avec : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>The organisation key in {path} is damaged; restore the keys folder from a copy of the data folder.</source>
      <translation>La clé de l'organisation dans {path} est endommagée ; restaurez le dossier keys à partir d'une copie du dossier de données.</translation>
    </message>
    <message>
      <source>The organisation key in {path} is not an Ed25519 key.</source>
      <translation>La clé de l'organisation dans {path} n'est pas une clé Ed25519.</translation>
    </message>
    <message>
      <source>The outbox is empty.</source>
      <translation>La boîte d'envoi est vide.</translation>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>La phrase secrète a été changée ; l'ancienne n'ouvre plus ce dossier de données.</translation>
    </message>
    <message>
      <source>The period ends before it starts: {start} &gt; {end}.</source>
      <translation>La période se termine avant de commencer : {start} &gt; {end}.</translation>
    </message>
    <message>
      <source>The protected file is damaged (its header cannot be read).</source>
      <translation>Le fichier protégé est endommagé (son en-tête est illisible).</translation>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>La clé publique de ce fichier est endommagée.</translation>
    </message>
    <message>
      <source>The retention period must be at least one month.</source>
      <translation>La durée de conservation doit être d'au moins un mois.</translation>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>La même phrase secrète encore une fois : </translation>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>Le même mot de passe encore une fois : </translation>
    </message>
    <message>
      <source>The scan arrived in Arabic letters: the Arabic keyboard layout seems to be active. Switch the laptop to the French layout (Alt+Shift, or Windows key+Space) and scan again.</source>
      <translation>Le scan est arrivé en lettres arabes : la disposition de clavier arabe semble active. Passez le clavier de l'ordinateur en français (Alt+Maj, ou touche Windows+Espace) et scannez à nouveau.</translation>
    </message>
    <message>
      <source>The sheet '{sheet}' has person columns ({columns}): import it with --sheet {option}.</source>
      <translation>La feuille « {sheet} » a des colonnes de personnes ({columns}) : importez-la avec --sheet {option}.</translation>
    </message>
    <message>
      <source>The sheet has rows beyond Excel's last row ({max}); the file is damaged.</source>
      <translation>La feuille a des lignes au-delà de la dernière ligne d'Excel ({max}) ; le fichier est endommagé.</translation>
    </message>
    <message>
      <source>The signer {key_id} is now trusted.</source>
      <translation>Le signataire {key_id} est désormais de confiance.</translation>
    </message>
    <message>
      <source>The template has neither {{qr}} nor {{verify_code}}: the certificate cannot be verified.</source>
      <translation>Le modèle n'a ni {{qr}} ni {{verify_code}} : l'attestation ne pourra pas être vérifiée.</translation>
    </message>
    <message>
      <source>The template has no participant name placeholder, e.g. {{participant_name}}.</source>
      <translation>Le modèle n'a pas de champ pour le nom, par ex. {{participant_name}}.</translation>
    </message>
    <message>
      <source>The template has problems: {problems} (see: workshop-kit certificates check-template)</source>
      <translation>Le modèle a des problèmes : {problems} (voir : workshop-kit certificates check-template)</translation>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>Le modèle est prêt.</translation>
    </message>
    <message>
      <source>The text of {path} is {mb} MB; a certificate template's text may be at most {max} MB (it is repeated for every certificate of the print file).</source>
      <translation>Le texte de {path} fait {mb} Mo ; le texte d'un modèle d'attestation peut faire au plus {max} Mo (il est répété pour chaque attestation du fichier à imprimer).</translation>
    </message>
    <message>
      <source>The trainer's gender is F, M or empty; not '{value}'.</source>
      <translation>Le genre de la personne qui forme est F, M ou vide ; pas « {value} ».</translation>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
      <source>The verification page template is damaged; reinstall Workshop Kit.</source>
      <translation>Le modèle de la page de vérification est endommagé ; réinstallez Workshop Kit.</translation>
    </message>
    <message>
      <source>The workshop title is too long to go in the certificates' QR code ({n} characters); shorten it.</source>
      <translation>Le titre de l'atelier est trop long pour tenir dans le QR code des attestations ({n} caractères) ; raccourcissez-le.</translation>
    </message>
    <message>
      <source>There is no check-in to undo.</source>
      <translation>Aucun enregistrement d'arrivée à annuler.</translation>
    </message>
    <message>
      <source>This badge belongs to a participant who was deleted.</source>
      <translation>Ce badge appartient à un participant qui a été supprimé.</translation>
    </message>
    <message>
      <source>This badge is for another workshop: {title}.</source>
      <translation>Ce badge est celui d'un autre atelier : {title}.</translation>
    </message>
    <message>
      <source>This bundle is signed by an unknown key ({key_id}). Nothing was imported. If you know the laptop it comes from, import it again accepting the signer (--accept-signer, or --trust-signer to trust it from now on), or add that laptop's public key file (keys/organisation.pub) to the trusted keys with: workshop-kit bundle trust FILE</source>
      <translation>Ce paquet est signé par une clé inconnue ({key_id}). Rien n'a été importé. Si vous connaissez l'ordinateur d'origine, importez-le à nouveau en acceptant le signataire (--accept-signer, ou --trust-signer pour lui faire confiance désormais), ou ajoutez le fichier de clé publique de cet ordinateur (keys/organisation.pub) aux clés de confiance avec : workshop-kit bundle trust FICHIER</translation>
    </message>
    <message>
      <source>This bundle of '{title}' holds {table} of another workshop; a bundle may only change its own workshop. It was made or changed by hand. Nothing was imported.</source>
      <translation>Ce paquet de « {title} » contient des {table} d'un autre atelier ; un paquet ne peut modifier que son propre atelier. Il a été fabriqué ou modifié à la main. Rien n'a été importé.</translation>
    </message>
    <message>
      <source>This check-in was already undone.</source>
      <translation>Cet enregistrement a déjà été annulé.</translation>
    </message>
    <message>
      <source>This code does not come from Workshop Kit (another system's QR code).</source>
      <translation>Ce code ne vient pas de Workshop Kit (code QR d'un autre système).</translation>
    </message>
    <message>
      <source>This code is not a Workshop Kit certificate code.</source>
      <translation>Ce code n'est pas un code d'attestation Workshop Kit.</translation>
    </message>
    <message>
      <source>This data folder is already encrypted.</source>
      <translation>Ce dossier de données est déjà chiffré.</translation>
    </message>
    <message>
      <source>This data folder is not encrypted.</source>
      <translation>Ce dossier de données n'est pas chiffré.</translation>
    </message>
    <message>
      <source>This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law 09-08 you may ask for it to be corrected or erased.</source>
      <translation>Ce document liste tout ce que Workshop Kit conserve à votre sujet, au {date}. En vertu de la loi marocaine 09-08, vous pouvez en demander la rectification ou l'effacement.</translation>
    </message>
    <message>
      <source>This file belongs to an encrypted data folder that is not open.</source>
      <translation>Ce fichier appartient à un dossier de données chiffré qui n'est pas ouvert.</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit certificate code.</source>
      <translation>Ce n'est pas un code d'attestation Workshop Kit.</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>Ce fichier n'est pas une clé publique Workshop Kit.</translation>
    </message>
    <message>
      <source>This is not a password-protected Workshop Kit file.</source>
      <translation>Ce n'est pas un fichier Workshop Kit protégé par mot de passe.</translation>
    </message>
    <message>
      <source>This module has no cards or sheets to print.</source>
      <translation>Ce module n'a pas de cartes ni de fiches à imprimer.</translation>
    </message>
    <message>
      <source>This module is not yet translated into {language}; the {shown} text is shown.</source>
      <translation>Ce module n'est pas encore traduit en {language} ; le texte en {shown} est affiché.</translation>
    </message>
    <message>
      <source>This name has {n} characters; at most {max} fit on a badge and a certificate.</source>
      <translation>Ce nom a {n} caractères ; au plus {max} tiennent sur un badge et une attestation.</translation>
    </message>
    <message>
      <source>This participant has no active badge for the workshop.</source>
      <translation>Ce participant n'a pas de badge actif pour cet atelier.</translation>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them before issuing a badge.</source>
      <translation>Ce participant n'est pas inscrit à l'atelier ; inscrivez-le avant d'émettre un badge.</translation>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them first.</source>
      <translation>Ce participant n'est pas inscrit à l'atelier ; inscrivez-le d'abord.</translation>
    </message>
    <message>
      <source>This participant was already erased on {date}.</source>
      <translation>Ce participant a déjà été effacé le {date}.</translation>
    </message>
    <message>
      <source>This participant was erased; their data cannot be edited.</source>
      <translation>Ce participant a été effacé ; ses données ne peuvent pas être modifiées.</translation>
    </message>
    <message>
      <source>This participant's data was erased; the badge is no longer valid.</source>
      <translation>Les données de ce participant ont été effacées ; le badge n'est plus valable.</translation>
    </message>
    <message>
      <source>This passphrase does not open {path}. Check the keyboard layout and Caps Lock; without the right passphrase the data cannot be recovered.</source>
      <translation>Cette phrase secrète n'ouvre pas {path}. Vérifiez la disposition du clavier et la touche Verr. Maj ; sans la bonne phrase secrète, les données ne peuvent pas être récupérées.</translation>
    </message>
    <message>
      <source>This report contains names: share it only with people entitled to see them.</source>
      <translation>Ce rapport contient des noms : ne le partagez qu'avec les personnes autorisées à les voir.</translation>
    </message>
    <message>
      <source>This session does not belong to the workshop (or no longer exists).</source>
      <translation>Cette séance n'appartient pas à l'atelier (ou n'existe plus).</translation>
    </message>
    <message>
      <source>This session no longer exists.</source>
      <translation>Cette séance n'existe plus.</translation>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>Cet atelier n'a pas de séance {number}.</translation>
    </message>
    <message>
      <source>Tick one answer per question.</source>
      <translation>Cochez une réponse par question.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Horaire</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Total for the day</source>
      <translation>Total de la journée</translation>
    </message>
    <message>
      <source>Total training time: {time}</source>
      <translation>Durée totale de formation : {time}</translation>
    </message>
    <message>
      <source>Total: {n} min</source>
      <translation>Total : {n} min</translation>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Formateur·rice</translation>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>Signature du/de la formateur·rice</translation>
    </message>
    <message>
      <source>Trainer: {name}</source>
      <translation>Formateur·rice : {name}</translation>
    </message>
    <message>
      <source>Translation missing in {lang}; showing {shown}.</source>
      <translation>Traduction manquante en {lang} ; affichage en {shown}.</translation>
    </message>
    <message>
      <source>Unclosed or malformed placeholder near '{text}'.</source>
      <translation>Champ non fermé ou mal formé près de « {text} ».</translation>
    </message>
    <message>
      <source>Unknown attendance status '{status}'; use present, late, absent or excused.</source>
      <translation>Statut de présence inconnu « {status} » ; utilisez present, late, absent ou excused.</translation>
    </message>
    <message>
      <source>Unknown badge: this code was not issued on this laptop's data.</source>
      <translation>Badge inconnu : ce code n'a pas été émis dans les données de cet ordinateur.</translation>
    </message>
    <message>
      <source>Unknown check-in method '{method}'.</source>
      <translation>Méthode d'enregistrement inconnue « {method} ».</translation>
    </message>
    <message>
      <source>Unknown format '{fmt}'; use csv, xlsx or sheet.</source>
      <translation>Format inconnu « {fmt} » ; utilisez csv, xlsx ou sheet.</translation>
    </message>
    <message>
      <source>Unknown language '{lang}'; use fr, ar or en.</source>
      <translation>Langue inconnue « {lang} » ; utilisez fr, ar ou en.</translation>
    </message>
    <message>
      <source>Unknown language '{lang}'; use one of: {langs}.</source>
      <translation>Langue inconnue « {lang} » ; utilisez l'une de : {langs}.</translation>
    </message>
    <message>
      <source>Unknown participant field(s): {names}</source>
      <translation>Champ(s) de participant inconnu(s) : {names}</translation>
    </message>
    <message>
      <source>Unknown placeholders (left empty):</source>
      <translation>Champs inconnus (laissés vides) :</translation>
    </message>
    <message>
      <source>Unknown session field(s): {names}</source>
      <translation>Champ(s) de séance inconnu(s) : {names}</translation>
    </message>
    <message>
      <source>Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.</source>
      <translation>Encodage inconnu « {encoding} » ; utilisez par ex. utf-8, utf-16, cp1256 ou latin-1.</translation>
    </message>
    <message>
      <source>Unknown way of saving the agenda: {mode}.</source>
      <translation>Façon d'enregistrer le programme inconnue : {mode}.</translation>
    </message>
    <message>
      <source>Unknown workshop field(s): {names}</source>
      <translation>Champ(s) d'atelier inconnu(s) : {names}</translation>
    </message>
    <message>
      <source>Unreadable code.</source>
      <translation>Code illisible.</translation>
    </message>
    <message>
      <source>Unreadable code. Scan again, or type the short code printed on the badge.</source>
      <translation>Code illisible. Scannez à nouveau, ou tapez le code court imprimé sur le badge.</translation>
    </message>
    <message>
      <source>Update Workshop Kit.</source>
      <translation>Mettez Workshop Kit à jour.</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Verification page written: {path} ({n} certificate(s), {r} revoked, list of {date}).</source>
      <translation>Page de vérification écrite : {path} ({n} attestation(s), {r} révoquée(s), liste du {date}).</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Welcome {name} — late ({time}).</source>
      <translation>Bienvenue {name} — en retard ({time}).</translation>
    </message>
    <message>
      <source>Welcome {name}!</source>
      <translation>Bienvenue {name} !</translation>
    </message>
    <message>
      <source>What this window had written was saved as {name}; restore that one with: workshop-kit backup restore "{file}"</source>
      <translation>Ce que cette fenêtre avait écrit a été sauvegardé sous {name} ; restaurez celle-ci avec : workshop-kit backup restore "{file}"</translation>
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation>Sans sous-commande, ouvre l'application. Documentation : docs/cli.md</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
    </message>
    <message>
      <source>Word of mouth</source>
      <translation>Bouche-à-oreille</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Workshop Kit: curricula, participants, QR check-in, attendance and certificates, offline.</source>
      <translation>Workshop Kit : modules, participants, accueil par QR, présences et attestations, hors ligne.</translation>
    </message>
    <message>
      <source>Workshop created: {title} ({id}), {n} sessions from {start} to {end}.</source>
      <translation>Atelier créé : {title} ({id}), {n} séances du {start} au {end}.</translation>
    </message>
    <message>
      <source>Workshop updated: {title} ({id}).</source>
      <translation>Atelier modifié : {title} ({id}).</translation>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>Atelier : {title}</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>Des ateliers existent déjà ; aucune démo créée.</translation>
    </message>
    <message>
      <source>Workshops held</source>
      <translation>Ateliers tenus</translation>
    </message>
    <message>
      <source>Writing {n} people…</source>
      <translation>Enregistrement de {n} personnes…</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
    </message>
    <message>
      <source>Wrong passphrase, try again.</source>
      <translation>Phrase secrète incorrecte, réessayez.</translation>
    </message>
    <message>
      <source>Wrong password, or the protected file was changed or damaged.</source>
      <translation>Mot de passe incorrect, ou le fichier protégé a été modifié ou endommagé.</translation>
    </message>
    <message>
      <source>XLSX sheet name or number (default: the first)</source>
      <translation>nom ou numéro de la feuille XLSX (par défaut : la première)</translation>
    </message>
    <message>
      <source>You already have a module '{id}'; use --replace to update it.</source>
      <translation>Vous avez déjà un module « {id} » ; utilisez --replace pour le mettre à jour.</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Vos informations</translation>
    </message>
    <message>
      <source>a date or time</source>
      <translation>une date ou une heure</translation>
    </message>
    <message>
      <source>a list of module ids</source>
      <translation>une liste d'identifiants de modules</translation>
    </message>
    <message>
      <source>a module file, a module folder, a folder of modules or a zip</source>
      <translation>un fichier de module, un dossier de module, un dossier de modules ou un zip</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>un texte</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <source>a workshop (default: every workshop)</source>
      <translation>un atelier (par défaut : tous les ateliers)</translation>
    </message>
    <message>
      <source>absent</source>
      <translation>absent</translation>
    </message>
    <message>
      <source>add your own module(s) from a folder or a zip</source>
      <translation>ajouter vos propres modules depuis un dossier ou un zip</translation>
    </message>
    <message>
      <source>address where verify.html will be published; new certificates' QR codes open it</source>
      <translation>adresse où verify.html sera publiée ; les codes QR des nouvelles attestations l'ouvrent</translation>
    </message>
    <message>
      <source>age band, e.g. 25-34</source>
      <translation>tranche d'âge, par ex. 25-34</translation>
    </message>
    <message>
      <source>all modules</source>
      <translation>tous les modules</translation>
    </message>
    <message>
      <source>already in the outbox ({status})</source>
      <translation>déjà dans la boîte d'envoi ({status})</translation>
    </message>
    <message>
      <source>already known</source>
      <translation>déjà connu</translation>
    </message>
    <message>
      <source>also make PDFs with LibreOffice (one batched call)</source>
      <translation>créer aussi les PDF avec LibreOffice (un seul appel groupé)</translation>
    </message>
    <message>
      <source>also write one .docx with every certificate, ready to print</source>
      <translation>écrire aussi un .docx avec toutes les attestations, prêt à imprimer</translation>
    </message>
    <message>
      <source>also write the template filled with sample data</source>
      <translation>écrire aussi le modèle rempli avec des données d'exemple</translation>
    </message>
    <message>
      <source>anonymise them now</source>
      <translation>les anonymiser maintenant</translation>
    </message>
    <message>
      <source>at most N results (default 20)</source>
      <translation>au plus N résultats (par défaut 20)</translation>
    </message>
    <message>
      <source>attendance</source>
      <translation>présences</translation>
    </message>
    <message>
      <source>attendance grid, corrections and exports</source>
      <translation>grille de présence, corrections et exports</translation>
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>présence requise pour l'attestation, en %% (80 par défaut)</translation>
    </message>
    <message>
      <source>attended</source>
      <translation>présents</translation>
    </message>
    <message>
      <source>attended  eligible</source>
      <translation>présences  éligible</translation>
    </message>
    <message>
      <source>attended {attended} of {counted} sessions, {needed} needed ({percent} %)</source>
      <translation>présent·e à {attended} séance(s) sur {counted}, {needed} requises ({percent} %)</translation>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
      <source>badge active</source>
      <translation>badge actif</translation>
    </message>
    <message>
      <source>badge revoked</source>
      <translation>badge révoqué</translation>
    </message>
    <message>
      <source>badge scanner</source>
      <translation>lecteur de badge</translation>
    </message>
    <message>
      <source>badge token (WK1-…) or the short code printed on the badge</source>
      <translation>jeton du badge (WK1-…) ou code court imprimé sur le badge</translation>
    </message>
    <message>
      <source>badges</source>
      <translation>badges</translation>
    </message>
    <message>
      <source>bundle file to write (.zip)</source>
      <translation>fichier de paquet à écrire (.zip)</translation>
    </message>
    <message>
      <source>bundle file(s)</source>
      <translation>fichier(s) de paquet</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>occupé</translation>
    </message>
    <message>
      <source>camera</source>
      <translation>caméra</translation>
    </message>
    <message>
      <source>cancel a queued message</source>
      <translation>annuler un message en attente</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <source>cannot be read: {detail}</source>
      <translation>illisible : {detail}</translation>
    </message>
    <message>
      <source>certificate authority that signed the server's certificate, when it is not a public one</source>
      <translation>autorité de certification qui a signé le certificat du serveur, quand ce n'est pas une autorité publique</translation>
    </message>
    <message>
      <source>certificate language (default: the workshop's)</source>
      <translation>langue de l'attestation (par défaut : celle de l'atelier)</translation>
    </message>
    <message>
      <source>certificate number</source>
      <translation>numéro d'attestation</translation>
    </message>
    <message>
      <source>certificate revoked</source>
      <translation>attestation révoquée</translation>
    </message>
    <message>
      <source>certificate {number} was revoked</source>
      <translation>l'attestation {number} a été révoquée</translation>
    </message>
    <message>
      <source>certificates for a workshop (the default action)</source>
      <translation>attestations d'un atelier (action par défaut)</translation>
    </message>
    <message>
      <source>change a workshop's title, venue, trainer or their Arabic forms</source>
      <translation>modifier le titre, le lieu, la personne qui forme d'un atelier ou leur forme arabe</translation>
    </message>
    <message>
      <source>check a bundle and merge it into this data folder</source>
      <translation>vérifier un paquet et le fusionner dans ce dossier de données</translation>
    </message>
    <message>
      <source>check a certificate: valid, altered, revoked or unknown organisation</source>
      <translation>vérifier une attestation : valide, modifiée, révoquée ou organisation inconnue</translation>
    </message>
    <message>
      <source>check and merge every new bundle in the inbox (never writes into it)</source>
      <translation>vérifier et fusionner chaque nouveau paquet du dossier de dépôt (sans jamais y écrire)</translation>
    </message>
    <message>
      <source>check and report, write nothing</source>
      <translation>contrôler et rendre compte, sans rien enregistrer</translation>
    </message>
    <message>
      <source>check module files; every problem with file, line and field</source>
      <translation>vérifier des fichiers de modules ; chaque problème avec fichier, ligne et champ</translation>
    </message>
    <message>
      <source>check the data folder, database, curricula, templates, fonts, translations and optional tools</source>
      <translation>vérifier le dossier de données, la base, les modules, les modèles, les polices, les traductions et les outils facultatifs</translation>
    </message>
    <message>
      <source>city</source>
      <translation>ville</translation>
    </message>
    <message>
      <source>column → field, e.g. '{"Nom": "last_name", "Tel": "phone"}' (null ignores a column)</source>
      <translation>colonne → champ, par ex. '{"Nom": "last_name", "Tel": "phone"}' (null ignore une colonne)</translation>
    </message>
    <message>
      <source>consent was collected on paper for every row of a file without a consent column</source>
      <translation>le consentement a été recueilli sur papier pour chaque ligne d'un fichier sans colonne de consentement</translation>
    </message>
    <message>
      <source>correct one participant's status for one session (audited)</source>
      <translation>corriger le statut d'un participant pour une séance (journalisé)</translation>
    </message>
    <message>
      <source>country name or ISO code</source>
      <translation>nom du pays ou code ISO</translation>
    </message>
    <message>
      <source>create a demo workshop with sessions and sample participants</source>
      <translation>créer un atelier de démonstration avec séances et participants fictifs</translation>
    </message>
    <message>
      <source>create a workshop and its sessions</source>
      <translation>créer un atelier et ses séances</translation>
    </message>
    <message>
      <source>create and list workshops</source>
      <translation>créer et lister les ateliers</translation>
    </message>
    <message>
      <source>csv (UTF-8 for Excel), xlsx (one sheet per session and a summary) or sheet (sign-in sheets .docx)</source>
      <translation>csv (UTF-8 pour Excel), xlsx (une feuille par séance et une synthèse) ou sheet (feuilles d'émargement .docx)</translation>
    </message>
    <message>
      <source>curriculum module id (repeatable)</source>
      <translation>identifiant de module (répétable)</translation>
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation>dossier de données (par défaut : $WORKSHOP_KIT_HOME ou le dossier de données de l'utilisateur)</translation>
    </message>
    <message>
      <source>date the certificate was issued</source>
      <translation>date de délivrance de l'attestation</translation>
    </message>
    <message>
      <source>decrypt the database and its backups (needs the passphrase)</source>
      <translation>déchiffrer la base de données et ses sauvegardes (demande la phrase secrète)</translation>
    </message>
    <message>
      <source>deletions</source>
      <translation>suppressions</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>démo</translation>
    </message>
    <message>
      <source>differs from fr.md</source>
      <translation>diffère de fr.md</translation>
    </message>
    <message>
      <source>document language (default: the workshop's)</source>
      <translation>langue du document (par défaut : celle de l'atelier)</translation>
    </message>
    <message>
      <source>does not exist</source>
      <translation>n'existe pas</translation>
    </message>
    <message>
      <source>donor</source>
      <translation>bailleur</translation>
    </message>
    <message>
      <source>donor report: reach, disaggregation, attendance, knowledge gain</source>
      <translation>rapport bailleur : personnes touchées, ventilation, présence, gain de connaissances</translation>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>code bailleur/projet</translation>
    </message>
    <message>
      <source>duplicate module id '{id}': already in {other}; rename the folder and its id</source>
      <translation>identifiant de module en double « {id} » : déjà dans {other} ; renommez le dossier et son identifiant</translation>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>e-mail certificates: queue, send, retry</source>
      <translation>envoyer les attestations par courriel : file d'attente, envoi, nouvel essai</translation>
    </message>
    <message>
      <source>each activity needs title, minutes, method and steps</source>
      <translation>chaque activité doit avoir title, minutes, method et steps</translation>
    </message>
    <message>
      <source>each question needs question, choices and answer</source>
      <translation>chaque question doit avoir question, choices et answer</translation>
    </message>
    <message>
      <source>each session needs title, minutes and activities</source>
      <translation>chaque séance doit avoir title, minutes et activities</translation>
    </message>
    <message>
      <source>each source needs title, publisher and year</source>
      <translation>chaque source doit avoir title, publisher et year</translation>
    </message>
    <message>
      <source>empty</source>
      <translation>vide</translation>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase</source>
      <translation>chiffrer la base de données et ses sauvegardes avec une phrase secrète</translation>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase (SQLCipher)</source>
      <translation>chiffrer la base de données et ses sauvegardes avec une phrase secrète (SQLCipher)</translation>
    </message>
    <message>
      <source>enrol in this workshop</source>
      <translation>inscrire à cet atelier</translation>
    </message>
    <message>
      <source>enrol registered participants in a workshop</source>
      <translation>inscrire des participants déjà enregistrés à un atelier</translation>
    </message>
    <message>
      <source>enrolments</source>
      <translation>inscriptions</translation>
    </message>
    <message>
      <source>entered by hand</source>
      <translation>saisie manuelle</translation>
    </message>
    <message>
      <source>erase a participant's personal data (attendance counts are kept)</source>
      <translation>effacer les données personnelles d'un participant (les décomptes de présence sont conservés)</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>erreur : {message}</translation>
    </message>
    <message>
      <source>every enrolled participant</source>
      <translation>tou·tes les participant·es inscrit·es</translation>
    </message>
    <message>
      <source>every workshop in this data folder</source>
      <translation>tous les ateliers de ce dossier de données</translation>
    </message>
    <message>
      <source>excused</source>
      <translation>excusé</translation>
    </message>
    <message>
      <source>export a module as a Word handout</source>
      <translation>exporter un module en support Word</translation>
    </message>
    <message>
      <source>export attendance as CSV, XLSX or printable sign-in sheets</source>
      <translation>exporter les présences en CSV, XLSX ou feuilles d'émargement imprimables</translation>
    </message>
    <message>
      <source>export the agenda as a Word document</source>
      <translation>exporter le programme en document Word</translation>
    </message>
    <message>
      <source>export the organisation's public key (to verify elsewhere)</source>
      <translation>exporter la clé publique de l'organisation (pour vérifier ailleurs)</translation>
    </message>
    <message>
      <source>export the pre/post test as a Word document</source>
      <translation>exporter le test avant/après en document Word</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>fichier à écrire</translation>
    </message>
    <message>
      <source>first day</source>
      <translation>premier jour</translation>
    </message>
    <message>
      <source>first day (default: today)</source>
      <translation>premier jour (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <source>first name (Arabic script)</source>
      <translation>prénom (caractères arabes)</translation>
    </message>
    <message>
      <source>first name (Latin script)</source>
      <translation>prénom (caractères latins)</translation>
    </message>
    <message>
      <source>folder for one .docx per participant</source>
      <translation>dossier pour un .docx par participant·e</translation>
    </message>
    <message>
      <source>folder of generated certificates (PDF preferred)</source>
      <translation>dossier des attestations créées (PDF de préférence)</translation>
    </message>
    <message>
      <source>folder to write verify.html into</source>
      <translation>dossier où écrire verify.html</translation>
    </message>
    <message>
      <source>fr, ar or en</source>
      <translation>fr, ar ou en</translation>
    </message>
    <message>
      <source>from another laptop</source>
      <translation>depuis un autre ordinateur</translation>
    </message>
    <message>
      <source>full name as typed (split into first/last name, Latin or Arabic script)</source>
      <translation>nom complet tel que saisi (séparé en prénom/nom, caractères latins ou arabes)</translation>
    </message>
    <message>
      <source>has {n} item(s); at least {min} needed</source>
      <translation>a {n} élément(s) ; il en faut au moins {min}</translation>
    </message>
    <message>
      <source>has {n} items; at most {max} allowed</source>
      <translation>a {n} éléments ; {max} au plus sont permis</translation>
    </message>
    <message>
      <source>hours attended</source>
      <translation>heures suivies</translation>
    </message>
    <message>
      <source>how they heard of the workshop</source>
      <translation>comment la personne a connu l'atelier</translation>
    </message>
    <message>
      <source>id of the record merged into it (then removed)</source>
      <translation>identifiant de la fiche fusionnée dans l'autre (puis supprimée)</translation>
    </message>
    <message>
      <source>id of the record to keep</source>
      <translation>identifiant de la fiche à garder</translation>
    </message>
    <message>
      <source>import a person whose only problems are in optional fields (birth date, phone, e-mail…) without those fields; the report lists them</source>
      <translation>importer une personne dont les seuls problèmes sont dans des champs facultatifs (date de naissance, téléphone, e-mail…) sans ces champs ; le rapport les liste</translation>
    </message>
    <message>
      <source>import and trust the signer's key from now on</source>
      <translation>importer et faire désormais confiance à la clé du signataire</translation>
    </message>
    <message>
      <source>import even if the signer's key is not trusted (this time only)</source>
      <translation>importer même si la clé du signataire n'est pas de confiance (cette fois seulement)</translation>
    </message>
    <message>
      <source>import participants from a CSV or XLSX file into a workshop</source>
      <translation>importer des participants d'un fichier CSV ou XLSX dans un atelier</translation>
    </message>
    <message>
      <source>import the valid rows even when some rows have errors</source>
      <translation>importer les lignes valides même si certaines lignes ont des erreurs</translation>
    </message>
    <message>
      <source>imported</source>
      <translation>importé</translation>
    </message>
    <message>
      <source>include participants' names (default: anonymised aggregates only)</source>
      <translation>inclure les noms des participants (par défaut : agrégats anonymisés uniquement)</translation>
    </message>
    <message>
      <source>is not UTF-8 text (byte {pos}); save it as UTF-8</source>
      <translation>n'est pas du texte UTF-8 (octet {pos}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
      <source>is the data folder encrypted?</source>
      <translation>le dossier de données est-il chiffré ?</translation>
    </message>
    <message>
      <source>is {mb} MB; a module file may hold at most {max} MB</source>
      <translation>fait {mb} Mo ; un fichier de module peut faire au plus {max} Mo</translation>
    </message>
    <message>
      <source>is {minutes} but its activities add up to {total}; make them equal</source>
      <translation>vaut {minutes} mais ses activités totalisent {total} ; rendez-les égaux</translation>
    </message>
    <message>
      <source>is {minutes} but the sessions add up to {total}; make them equal</source>
      <translation>vaut {minutes} mais les séances totalisent {total} ; rendez-les égaux</translation>
    </message>
    <message>
      <source>its write-ahead journal (-wal) was removed while it was open</source>
      <translation>son journal d'écriture (-wal) a été supprimé pendant qu'il était ouvert</translation>
    </message>
    <message>
      <source>knowledge gain (post − pre) per module, for donors</source>
      <translation>gain de connaissances (après − avant) par module, pour les bailleurs</translation>
    </message>
    <message>
      <source>language (default: the app's language)</source>
      <translation>langue (par défaut : celle de l'application)</translation>
    </message>
    <message>
      <source>language of the document (default: the participant's)</source>
      <translation>langue du document (par défaut : celle du participant)</translation>
    </message>
    <message>
      <source>language of the figures and the file</source>
      <translation>langue des chiffres et du fichier</translation>
    </message>
    <message>
      <source>language of the file (default: the workshop's)</source>
      <translation>langue du fichier (par défaut : celle de l'atelier)</translation>
    </message>
    <message>
      <source>language of the report</source>
      <translation>langue du rapport</translation>
    </message>
    <message>
      <source>language of the titles and of the document (default: the workshop's)</source>
      <translation>langue des titres et du document (par défaut : celle de l'atelier)</translation>
    </message>
    <message>
      <source>last day</source>
      <translation>dernier jour</translation>
    </message>
    <message>
      <source>last name (Arabic script)</source>
      <translation>nom (caractères arabes)</translation>
    </message>
    <message>
      <source>last name (Latin script)</source>
      <translation>nom (caractères latins)</translation>
    </message>
    <message>
      <source>late</source>
      <translation>en retard</translation>
    </message>
    <message>
      <source>leave files changed less than SECONDS ago for a later scan (default 3)</source>
      <translation>laisser pour une analyse ultérieure les fichiers modifiés il y a moins de SECONDS secondes (3 par défaut)</translation>
    </message>
    <message>
      <source>list (or anonymise with --apply) participants kept longer than the retention period</source>
      <translation>lister (ou anonymiser avec --apply) les participants conservés au-delà de la durée de conservation</translation>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>lister les sauvegardes, la plus récente d'abord</translation>
    </message>
    <message>
      <source>list issued certificates</source>
      <translation>lister les attestations délivrées</translation>
    </message>
    <message>
      <source>list known and unknown placeholders of a .docx template</source>
      <translation>lister les champs reconnus et inconnus d'un modèle .docx</translation>
    </message>
    <message>
      <source>list records that may be the same person</source>
      <translation>lister les fiches qui pourraient être la même personne</translation>
    </message>
    <message>
      <source>list the corrections made to the grid</source>
      <translation>lister les corrections apportées à la grille</translation>
    </message>
    <message>
      <source>list the modules (bundled and your own)</source>
      <translation>lister les modules (fournis et les vôtres)</translation>
    </message>
    <message>
      <source>list the participants of a workshop with their badge status</source>
      <translation>lister les participants d'un atelier avec l'état de leur badge</translation>
    </message>
    <message>
      <source>list workshops</source>
      <translation>lister les ateliers</translation>
    </message>
    <message>
      <source>local</source>
      <translation>local</translation>
    </message>
    <message>
      <source>login name</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation>faire une sauvegarde vérifiée maintenant</translation>
    </message>
    <message>
      <source>make, check and revoke certificates of attendance (certificates WORKSHOP -o DIR)</source>
      <translation>créer, vérifier et révoquer les attestations de participation (certificates ATELIER -o DOSSIER)</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>créer, lister ou restaurer les sauvegardes du fichier de données</translation>
    </message>
    <message>
      <source>maximum points (default: the module's number of questions)</source>
      <translation>points maximum (par défaut : le nombre de questions du module)</translation>
    </message>
    <message>
      <source>men</source>
      <translation>hommes</translation>
    </message>
    <message>
      <source>merge every bundle again, even those recorded as merged</source>
      <translation>fusionner de nouveau chaque paquet, même ceux déjà enregistrés comme fusionnés</translation>
    </message>
    <message>
      <source>merge two records of the same person (history kept)</source>
      <translation>fusionner deux fiches d'une même personne (historique conservé)</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionné</translation>
    </message>
    <message>
      <source>message id (or its first characters)</source>
      <translation>identifiant du message (ou ses premiers caractères)</translation>
    </message>
    <message>
      <source>messages and their status</source>
      <translation>messages et leur état</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <source>missing; add a list</source>
      <translation>manquant ; ajoutez une liste</translation>
    </message>
    <message>
      <source>missing; add a non-empty text</source>
      <translation>manquant ; ajoutez un texte non vide</translation>
    </message>
    <message>
      <source>missing; add a whole number of minutes</source>
      <translation>manquant ; ajoutez un nombre entier de minutes</translation>
    </message>
    <message>
      <source>missing; add the date the content was checked (YYYY-MM-DD)</source>
      <translation>manquant ; ajoutez la date de vérification du contenu (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <source>missing; add the year (or "s.d.")</source>
      <translation>manquant ; ajoutez l'année (ou "s.d.")</translation>
    </message>
    <message>
      <source>module                        people   pre %   post %   gain</source>
      <translation>module                        pers.    avant % après %  gain</translation>
    </message>
    <message>
      <source>module id, e.g. m04-protection</source>
      <translation>identifiant du module, ex. m04-protection</translation>
    </message>
    <message>
      <source>modules covered</source>
      <translation>modules suivis</translation>
    </message>
    <message>
      <source>must be a list (lines starting with '- ')</source>
      <translation>doit être une liste (lignes commençant par « - »)</translation>
    </message>
    <message>
      <source>must be a non-empty text</source>
      <translation>doit être un texte non vide</translation>
    </message>
    <message>
      <source>must be a text</source>
      <translation>doit être un texte</translation>
    </message>
    <message>
      <source>must be more than 0</source>
      <translation>doit être supérieur à 0</translation>
    </message>
    <message>
      <source>must be true (a core session) or false (optional)</source>
      <translation>doit valoir true (séance essentielle) ou false (facultative)</translation>
    </message>
    <message>
      <source>name search</source>
      <translation>recherche par nom</translation>
    </message>
    <message>
      <source>new status; 'none' clears the cell</source>
      <translation>nouveau statut ; « none » vide la case</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>no badge</source>
      <translation>pas de badge</translation>
    </message>
    <message>
      <source>no certificate file; generate the certificates first</source>
      <translation>pas de fichier d'attestation ; créez d'abord les attestations</translation>
    </message>
    <message>
      <source>no consent to e-mail</source>
      <translation>pas de consentement aux courriels</translation>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>pas d'adresse électronique</translation>
    </message>
    <message>
      <source>no fr.md: every module needs its French file</source>
      <translation>pas de fr.md : chaque module doit avoir son fichier français</translation>
    </message>
    <message>
      <source>no front matter: the file must start with a line '---', the YAML fields, then '---'</source>
      <translation>pas d'en-tête : le fichier doit commencer par une ligne « --- », les champs YAML, puis « --- »</translation>
    </message>
    <message>
      <source>no platform plugin</source>
      <translation>aucun greffon de plateforme</translation>
    </message>
    <message>
      <source>no session</source>
      <translation>aucune séance</translation>
    </message>
    <message>
      <source>no session counted yet</source>
      <translation>aucune séance comptée pour l'instant</translation>
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation>pas une base SQLite</translation>
    </message>
    <message>
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <source>not recorded</source>
      <translation>non renseigné</translation>
    </message>
    <message>
      <source>not translated: {lang}</source>
      <translation>non traduit : {lang}</translation>
    </message>
    <message>
      <source>note: invisible control characters were removed from {field} (they cannot be printed).</source>
      <translation>remarque : des caractères de contrôle invisibles ont été retirés de {field} (ils ne peuvent pas être imprimés).</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>notes</translation>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>nombre de jours (1 par défaut)</translation>
    </message>
    <message>
      <source>only names, organisations, cities, phones or e-mails containing TEXT</source>
      <translation>seulement les noms, organisations, villes, téléphones ou e-mails contenant TEXTE</translation>
    </message>
    <message>
      <source>only participants who meet the attendance rule (default)</source>
      <translation>seulement les participant·es qui remplissent la règle d'assiduité (par défaut)</translation>
    </message>
    <message>
      <source>only the cards and sheets to print and cut out (role cards, case cards, personas)</source>
      <translation>seulement les cartes et fiches à imprimer et découper (cartes de rôle, cartes-cas, personas)</translation>
    </message>
    <message>
      <source>only this language (default: all)</source>
      <translation>seulement cette langue (par défaut : toutes)</translation>
    </message>
    <message>
      <source>only this participant (repeatable)</source>
      <translation>seulement ce participant (répétable)</translation>
    </message>
    <message>
      <source>only this workshop</source>
      <translation>seulement cet atelier</translation>
    </message>
    <message>
      <source>only when there is no workshop yet</source>
      <translation>seulement s'il n'y a encore aucun atelier</translation>
    </message>
    <message>
      <source>open a password-protected file (a bundle or a personal data export)</source>
      <translation>ouvrir un fichier protégé par mot de passe (un paquet ou un export de données personnelles)</translation>
    </message>
    <message>
      <source>optional</source>
      <translation>facultative</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>organisation</translation>
    </message>
    <message>
      <source>organisation's logo (Settings)</source>
      <translation>logo de l'organisation (Paramètres)</translation>
    </message>
    <message>
      <source>organisation's name (Settings)</source>
      <translation>nom de l'organisation (Paramètres)</translation>
    </message>
    <message>
      <source>organisations</source>
      <translation>organisations</translation>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
    </message>
    <message>
      <source>other African</source>
      <translation>autre africain(e)</translation>
    </message>
    <message>
      <source>participant handouts would print what looks like an answer, a debrief key or a role-play card; open its paragraph with an answer-key label, put it under a 'Pour le formateur' heading, or move it to facilitator_notes</source>
      <translation>les documents des participants imprimeraient ce qui ressemble à une réponse, à des éléments de débriefing ou à une carte de rôle ; ouvrez ce paragraphe par une étiquette de corrigé, placez-le sous un titre commençant par « Pour le formateur », ou déplacez-le dans facilitator_notes</translation>
    </message>
    <message>
      <source>participant id</source>
      <translation>identifiant du participant</translation>
    </message>
    <message>
      <source>participant id (or its first characters)</source>
      <translation>identifiant du participant (ou ses premiers caractères)</translation>
    </message>
    <message>
      <source>participant's name in Arabic script</source>
      <translation>nom du/de la participant·e en écriture arabe</translation>
    </message>
    <message>
      <source>participant's name in Latin script</source>
      <translation>nom du/de la participant·e en écriture latine</translation>
    </message>
    <message>
      <source>participant's name in the certificate's language (the other script if missing)</source>
      <translation>nom du/de la participant·e dans la langue de l'attestation (l'autre écriture s'il manque)</translation>
    </message>
    <message>
      <source>participants</source>
      <translation>participants</translation>
    </message>
    <message>
      <source>partner organisation</source>
      <translation>organisation partenaire</translation>
    </message>
    <message>
      <source>personal data erased</source>
      <translation>données personnelles effacées</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>numéro de téléphone</translation>
    </message>
    <message>
      <source>photo or scan of the QR code</source>
      <translation>photo ou scan du code QR</translation>
    </message>
    <message>
      <source>place every session of this module on the next free times and save (repeatable)</source>
      <translation>placer toutes les séances de ce module aux prochains créneaux libres et enregistrer (répétable)</translation>
    </message>
    <message>
      <source>points after the module</source>
      <translation>points après le module</translation>
    </message>
    <message>
      <source>points before the module</source>
      <translation>points avant le module</translation>
    </message>
    <message>
      <source>present</source>
      <translation>présent</translation>
    </message>
    <message>
      <source>print JSON</source>
      <translation>afficher en JSON</translation>
    </message>
    <message>
      <source>print badges (Word, PNG), revoke or re-issue one</source>
      <translation>imprimer les badges (Word, PNG), en révoquer ou en rééditer un</translation>
    </message>
    <message>
      <source>process {pid}</source>
      <translation>processus {pid}</translation>
    </message>
    <message>
      <source>programme dashboard over all workshops: reach, disaggregation, attendance, certificates, knowledge gain (anonymised)</source>
      <translation>tableau de bord du programme sur tous les ateliers : personnes touchées, ventilation, présence, attestations, gain de connaissances (anonymisé)</translation>
    </message>
    <message>
      <source>programme name (Al Wassit)</source>
      <translation>nom du programme (Al Wassit)</translation>
    </message>
    <message>
      <source>protect the bundle with a password (asked, or WORKSHOP_KIT_FILE_PASSWORD)</source>
      <translation>protéger le paquet par un mot de passe (demandé, ou WORKSHOP_KIT_FILE_PASSWORD)</translation>
    </message>
    <message>
      <source>protect the document with a password for the way to the person (asked, or WORKSHOP_KIT_FILE_PASSWORD); open it with: workshop-kit unseal FILE</source>
      <translation>protéger le document par un mot de passe pendant son trajet jusqu'à la personne (demandé, ou WORKSHOP_KIT_FILE_PASSWORD) ; l'ouvrir avec : workshop-kit unseal FICHIER</translation>
    </message>
    <message>
      <source>public key file</source>
      <translation>fichier de clé publique</translation>
    </message>
    <message>
      <source>public key file exported by that organisation</source>
      <translation>fichier de clé publique exporté par cette organisation</translation>
    </message>
    <message>
      <source>queue the certificates in the outbox (send with: workshop-kit outbox send)</source>
      <translation>mettre les attestations dans la boîte d'envoi (envoyer avec : workshop-kit outbox send)</translation>
    </message>
    <message>
      <source>queue the certificates of a workshop for e-mail</source>
      <translation>préparer l'envoi par courriel des attestations d'un atelier</translation>
    </message>
    <message>
      <source>queued</source>
      <translation>en attente</translation>
    </message>
    <message>
      <source>quiz scores</source>
      <translation>scores des tests</translation>
    </message>
    <message>
      <source>re-encrypt everything under a new passphrase (needs the current one)</source>
      <translation>chiffrer à nouveau le tout avec une nouvelle phrase secrète (demande l'actuelle)</translation>
    </message>
    <message>
      <source>read that password from standard input</source>
      <translation>lire ce mot de passe sur l'entrée standard</translation>
    </message>
    <message>
      <source>read the QR code from a photo or screenshot of a badge</source>
      <translation>lire le code QR sur une photo ou une capture d'écran d'un badge</translation>
    </message>
    <message>
      <source>read the SMTP password from standard input</source>
      <translation>lire le mot de passe SMTP sur l'entrée standard</translation>
    </message>
    <message>
      <source>read the new passphrase from standard input (else asked twice)</source>
      <translation>lire la nouvelle phrase secrète sur l'entrée standard (sinon demandée deux fois)</translation>
    </message>
    <message>
      <source>read the new passphrase from standard input (else {env}, else asked twice)</source>
      <translation>lire la nouvelle phrase secrète sur l'entrée standard (sinon {env}, sinon demandée deux fois)</translation>
    </message>
    <message>
      <source>read the password from standard input</source>
      <translation>lire le mot de passe sur l'entrée standard</translation>
    </message>
    <message>
      <source>read the password from standard input and keep it in the system keyring</source>
      <translation>lire le mot de passe sur l'entrée standard et le garder dans le trousseau du système</translation>
    </message>
    <message>
      <source>read the password of protected bundles from standard input (else WORKSHOP_KIT_FILE_PASSWORD, else asked)</source>
      <translation>lire le mot de passe des paquets protégés sur l'entrée standard (sinon WORKSHOP_KIT_FILE_PASSWORD, sinon demandé)</translation>
    </message>
    <message>
      <source>reason recorded with --revoke/--reissue (default: lost)</source>
      <translation>motif enregistré avec --revoke/--reissue (par défaut : lost)</translation>
    </message>
    <message>
      <source>record a participant's pre/post test score</source>
      <translation>enregistrer le score avant/après d'un participant</translation>
    </message>
    <message>
      <source>record an arrival from a badge token, a short code or a photo</source>
      <translation>enregistrer une arrivée à partir d'un jeton de badge, d'un code court ou d'une photo</translation>
    </message>
    <message>
      <source>record an uncertain message as received (never sent again)</source>
      <translation>enregistrer un message incertain comme reçu (jamais renvoyé)</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>refusé</translation>
    </message>
    <message>
      <source>register a participant (and enrol them in a workshop)</source>
      <translation>enregistrer un participant (et l'inscrire à un atelier)</translation>
    </message>
    <message>
      <source>register, import, find duplicates and erase participants</source>
      <translation>enregistrer, importer, dédoublonner et effacer des participants</translation>
    </message>
    <message>
      <source>remember that two records are different people</source>
      <translation>retenir que deux fiches sont des personnes différentes</translation>
    </message>
    <message>
      <source>remember the folder where bundles arrive</source>
      <translation>retenir le dossier où arrivent les paquets</translation>
    </message>
    <message>
      <source>remove one of your own (local) modules</source>
      <translation>supprimer un de vos modules (locaux)</translation>
    </message>
    <message>
      <source>replace a local module with the same id</source>
      <translation>remplacer un module local de même identifiant</translation>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>remplacer le fichier de données par une sauvegarde (la plus récente saine par défaut)</translation>
    </message>
    <message>
      <source>retention period in months (default: from Settings)</source>
      <translation>durée de conservation en mois (par défaut : celle des Réglages)</translation>
    </message>
    <message>
      <source>revoke a certificate</source>
      <translation>révoquer une attestation</translation>
    </message>
    <message>
      <source>revoke this participant's badge (lost badge)</source>
      <translation>révoquer le badge de ce participant (badge perdu)</translation>
    </message>
    <message>
      <source>revoke this participant's badge and issue a new one</source>
      <translation>révoquer le badge de ce participant et en émettre un nouveau</translation>
    </message>
    <message>
      <source>role or function</source>
      <translation>rôle ou fonction</translation>
    </message>
    <message>
      <source>row {row} has the phone of participant {id} under another name: both kept; check them with participants duplicates.</source>
      <translation>ligne {row} : même téléphone que le participant {id} sous un autre nom : les deux sont gardés ; vérifiez-les avec participants duplicates.</translation>
    </message>
    <message>
      <source>row {row} has the same phone as row {earlier} under another name: both kept; check them with participants duplicates.</source>
      <translation>ligne {row} : même téléphone que la ligne {earlier} sous un autre nom : les deux sont gardées ; vérifiez-les avec participants duplicates.</translation>
    </message>
    <message>
      <source>row {row} repeats row {earlier} of this file (not created twice).</source>
      <translation>ligne {row} : répète la ligne {earlier} de ce fichier (pas créée deux fois).</translation>
    </message>
    <message>
      <source>row {row}, column {column} left empty: {message}</source>
      <translation>ligne {row}, colonne {column} laissée vide : {message}</translation>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>ligne {row}, colonne {column} : {message}</translation>
    </message>
    <message>
      <source>says '{declared}' but the file is {file}; they must match</source>
      <translation>indique « {declared} » mais le fichier est {file} ; ils doivent correspondre</translation>
    </message>
    <message>
      <source>scan this folder instead of the remembered one</source>
      <translation>analyser ce dossier au lieu de celui retenu</translation>
    </message>
    <message>
      <source>scanned QR text, short code (ABCD-EFGH) or certificate number</source>
      <translation>texte du QR scanné, code court (ABCD-EFGH) ou numéro d'attestation</translation>
    </message>
    <message>
      <source>scans</source>
      <translation>passages</translation>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>schéma {version} ; sera mis à niveau vers {latest} (une sauvegarde est faite d'abord)</translation>
    </message>
    <message>
      <source>search every module and language</source>
      <translation>chercher dans tous les modules et toutes les langues</translation>
    </message>
    <message>
      <source>send a failed or uncertain message again</source>
      <translation>renvoyer un message en échec ou incertain</translation>
    </message>
    <message>
      <source>send queued messages through the SMTP server</source>
      <translation>envoyer les messages en attente par le serveur SMTP</translation>
    </message>
    <message>
      <source>sender address</source>
      <translation>adresse de l'expéditeur</translation>
    </message>
    <message>
      <source>sender name (default: the organisation)</source>
      <translation>nom de l'expéditeur (par défaut : l'organisation)</translation>
    </message>
    <message>
      <source>sending</source>
      <translation>envoi en cours</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <source>session number</source>
      <translation>numéro de séance</translation>
    </message>
    <message>
      <source>session number (default: the session running now, by the clock)</source>
      <translation>numéro de séance (par défaut : la séance en cours selon l'horloge)</translation>
    </message>
    <message>
      <source>session {n}</source>
      <translation>séance {n}</translation>
    </message>
    <message>
      <source>session {n}: {name} — kept {kept} ({kdev}), other {other} ({odev})</source>
      <translation>séance {n} : {name} — conservé {kept} ({kdev}), autre {other} ({odev})</translation>
    </message>
    <message>
      <source>sessions</source>
      <translation>séances</translation>
    </message>
    <message>
      <source>sessions attended</source>
      <translation>séances suivies</translation>
    </message>
    <message>
      <source>sessions counted</source>
      <translation>séances comptées</translation>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>séances par jour (2 par défaut)</translation>
    </message>
    <message>
      <source>short verification code to type in</source>
      <translation>code de vérification court à taper</translation>
    </message>
    <message>
      <source>show a module's plan: sessions, activities, timings</source>
      <translation>afficher le plan d'un module : séances, activités, durées</translation>
    </message>
    <message>
      <source>show a participant and their workshops</source>
      <translation>afficher un participant et ses ateliers</translation>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>afficher un atelier et ses séances</translation>
    </message>
    <message>
      <source>show or set the SMTP server</source>
      <translation>afficher ou définir le serveur SMTP</translation>
    </message>
    <message>
      <source>show the attendance grid with totals and eligibility</source>
      <translation>afficher la grille de présence avec les totaux et l'éligibilité</translation>
    </message>
    <message>
      <source>show the inbox folder</source>
      <translation>afficher le dossier de dépôt</translation>
    </message>
    <message>
      <source>show, plan and export a workshop's agenda</source>
      <translation>afficher, planifier et exporter le programme d'un atelier</translation>
    </message>
    <message>
      <source>sign-in sheet of this session only</source>
      <translation>feuille d'émargement de cette séance seulement</translation>
    </message>
    <message>
      <source>signed bundles to merge data between laptops</source>
      <translation>paquets signés pour fusionner les données entre ordinateurs</translation>
    </message>
    <message>
      <source>still arriving</source>
      <translation>en cours d'arrivée</translation>
    </message>
    <message>
      <source>take back the last check-in made on this laptop</source>
      <translation>annuler le dernier enregistrement fait sur cet ordinateur</translation>
    </message>
    <message>
      <source>text encoding of a CSV file (default: detected), e.g. cp1256</source>
      <translation>encodage d'un fichier CSV (par défaut : détecté), par ex. cp1256</translation>
    </message>
    <message>
      <source>the .docx to write (default: in the current folder)</source>
      <translation>le .docx à écrire (par défaut : dans le dossier courant)</translation>
    </message>
    <message>
      <source>the answer key with explanations</source>
      <translation>le corrigé avec les explications</translation>
    </message>
    <message>
      <source>the certificate could not be made: {detail}</source>
      <translation>l'attestation n'a pas pu être créée : {detail}</translation>
    </message>
    <message>
      <source>the coordinator's inbox folder of bundles</source>
      <translation>le dossier de dépôt des paquets du coordinateur</translation>
    </message>
    <message>
      <source>the correct answer is clearly the longest choice in {k} of {n} questions ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</source>
      <translation>la bonne réponse est nettement le choix le plus long dans {k} questions sur {n} ({which}) ; donnez aux choix une longueur proche et tirez les mauvaises réponses d'idées reçues courantes</translation>
    </message>
    <message>
      <source>the front matter expands to more than {max} values (anchors and aliases repeated within each other); write the values out</source>
      <translation>l'en-tête se développe en plus de {max} valeurs (ancres et alias répétés les uns dans les autres) ; écrivez les valeurs en entier</translation>
    </message>
    <message>
      <source>the front matter is not valid YAML: look at line {start} ({context}), where the problem begins; the parser gave up on line {line}: {detail}</source>
      <translation>l'en-tête n'est pas du YAML valide : regardez la ligne {start} ({context}), où commence le problème ; l'analyseur s'est arrêté à la ligne {line} : {detail}</translation>
    </message>
    <message>
      <source>the front matter is not valid YAML: {detail}</source>
      <translation>l'en-tête n'est pas du YAML valide : {detail}</translation>
    </message>
    <message>
      <source>the front matter must be a set of 'field: value' lines</source>
      <translation>l'en-tête doit être une suite de lignes « champ: valeur »</translation>
    </message>
    <message>
      <source>the inbox folder ('' to forget it)</source>
      <translation>le dossier de dépôt ('' pour l'oublier)</translation>
    </message>
    <message>
      <source>the name is too long to go in the certificate's QR code ({n} characters); shorten it in the participant's record</source>
      <translation>le nom est trop long pour tenir dans le QR code de l'attestation ({n} caractères) ; raccourcissez-le dans la fiche du participant</translation>
    </message>
    <message>
      <source>the participant accepts photos</source>
      <translation>le participant accepte les photos</translation>
    </message>
    <message>
      <source>the participant accepts the certificate by e-mail</source>
      <translation>le participant accepte l'attestation par e-mail</translation>
    </message>
    <message>
      <source>the participant consents to the use of their data (required)</source>
      <translation>le participant consent à l'utilisation de ses données (obligatoire)</translation>
    </message>
    <message>
      <source>the protected file</source>
      <translation>le fichier protégé</translation>
    </message>
    <message>
      <source>the same choice appears twice</source>
      <translation>le même choix apparaît deux fois</translation>
    </message>
    <message>
      <source>the title on Arabic documents (empty: the title)</source>
      <translation>le titre sur les documents en arabe (vide : le titre)</translation>
    </message>
    <message>
      <source>the trainer's name on Arabic documents (empty: the trainer's name)</source>
      <translation>le nom de la personne qui forme sur les documents en arabe (vide : le nom en français)</translation>
    </message>
    <message>
      <source>the trainer's version (steps, facilitator notes, answer key); default: participants'</source>
      <translation>la version formateur (étapes, notes pour l'animateur, corrigé) ; par défaut : celle des participants</translation>
    </message>
    <message>
      <source>the venue on Arabic documents (empty: the venue)</source>
      <translation>le lieu sur les documents en arabe (vide : le lieu)</translation>
    </message>
    <message>
      <source>trainer's name</source>
      <translation>nom du formateur ou de la formatrice</translation>
    </message>
    <message>
      <source>trainer's signature image</source>
      <translation>image de la signature du/de la formateur·rice</translation>
    </message>
    <message>
      <source>trainer's signature picture (PNG or JPEG)</source>
      <translation>image de la signature du/de la formateur·rice (PNG ou JPEG)</translation>
    </message>
    <message>
      <source>training modules: read, check, search, print, plan</source>
      <translation>modules de formation : lire, vérifier, chercher, imprimer, planifier</translation>
    </message>
    <message>
      <source>trust another laptop's public key file (keys/organisation.pub)</source>
      <translation>faire confiance au fichier de clé publique d'un autre ordinateur (keys/organisation.pub)</translation>
    </message>
    <message>
      <source>trust another organisation's public key</source>
      <translation>reconnaître la clé publique d'une autre organisation</translation>
    </message>
    <message>
      <source>trust this signer's key (as a refused bundle names it) and merge its bundles</source>
      <translation>faire confiance à la clé de ce signataire (telle qu'un paquet refusé la nomme) et fusionner ses paquets</translation>
    </message>
    <message>
      <source>uncertain</source>
      <translation>incertain</translation>
    </message>
    <message>
      <source>under 18</source>
      <translation>moins de 18 ans</translation>
    </message>
    <message>
      <source>unknown language '{lang}' in the file name; name the file fr.md, ar.md or en.md</source>
      <translation>langue inconnue « {lang} » dans le nom du fichier ; nommez-le fr.md, ar.md ou en.md</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>venue and city</source>
      <translation>lieu et ville</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>avertissement : {text}</translation>
    </message>
    <message>
      <source>where to write the opened file (default: beside it, under its original name)</source>
      <translation>où écrire le fichier ouvert (par défaut : à côté, sous son nom d'origine)</translation>
    </message>
    <message>
      <source>who recorded the consent</source>
      <translation>qui a recueilli le consentement</translation>
    </message>
    <message>
      <source>why (kept in the database)</source>
      <translation>pourquoi (gardé dans la base)</translation>
    </message>
    <message>
      <source>with --add: only the core sessions, leaving the optional ones out (the 4-day path)</source>
      <translation>avec --add : seulement les séances essentielles, sans les facultatives (le parcours de 4 jours)</translation>
    </message>
    <message>
      <source>women</source>
      <translation>femmes</translation>
    </message>
    <message>
      <source>words to find (accents and harakat optional)</source>
      <translation>mots à chercher (accents et harakat facultatifs)</translation>
    </message>
    <message>
      <source>workshop dates, written out</source>
      <translation>dates de l'atelier, en toutes lettres</translation>
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation>identifiant de l'atelier (ou ses premiers caractères)</translation>
    </message>
    <message>
      <source>workshop id (or its first characters) or exact title</source>
      <translation>identifiant de l'atelier (ou ses premiers caractères) ou titre exact</translation>
    </message>
    <message>
      <source>workshop title</source>
      <translation>titre de l'atelier</translation>
    </message>
    <message>
      <source>workshops</source>
      <translation>ateliers</translation>
    </message>
    <message>
      <source>workshops held in this city</source>
      <translation>ateliers tenus dans cette ville</translation>
    </message>
    <message>
      <source>workshops of this partner organisation</source>
      <translation>ateliers de cette organisation partenaire</translation>
    </message>
    <message>
      <source>workshops starting on or after DATE (YYYY-MM-DD)</source>
      <translation>ateliers commençant le DATE ou après (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <source>workshops starting on or before DATE (YYYY-MM-DD)</source>
      <translation>ateliers commençant le DATE ou avant (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <source>workshops that teach this module (curriculum id)</source>
      <translation>ateliers qui enseignent ce module (identifiant du programme de formation)</translation>
    </message>
    <message>
      <source>write a printable Word sheet of badge cards</source>
      <translation>écrire une planche Word imprimable de badges</translation>
    </message>
    <message>
      <source>write a signed bundle of a workshop</source>
      <translation>écrire un paquet signé d'un atelier</translation>
    </message>
    <message>
      <source>write everything held about one participant to a Word document</source>
      <translation>écrire tout ce qui est conservé sur un participant dans un document Word</translation>
    </message>
    <message>
      <source>write one PNG badge per participant into DIR</source>
      <translation>écrire un badge PNG par participant dans DOSSIER</translation>
    </message>
    <message>
      <source>write the dashboard: .xlsx (tables and charts), .docx or .pdf (one-page summary)</source>
      <translation>écrire le tableau de bord : .xlsx (tableaux et graphiques), .docx ou .pdf (synthèse d'une page)</translation>
    </message>
    <message>
      <source>write the report as .xlsx (with charts)</source>
      <translation>écrire le rapport en .xlsx (avec graphiques)</translation>
    </message>
    <message>
      <source>write the static verification page (verify.html) to publish: any phone checks a certificate with it, offline</source>
      <translation>écrire la page de vérification statique (verify.html) à publier : n'importe quel téléphone vérifie une attestation avec, hors ligne</translation>
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation>écrit par une version plus récente de Workshop Kit</translation>
    </message>
    <message>
      <source>year of birth</source>
      <translation>année de naissance</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>your own .docx template (default: the bundled one)</source>
      <translation>votre propre modèle .docx (par défaut : celui fourni)</translation>
    </message>
    <message>
      <source>{count} PNG badges written to {folder}.</source>
      <translation>{count} badges PNG écrits dans {folder}.</translation>
    </message>
    <message>
      <source>{count} badges written to {path} ({pages} pages).</source>
      <translation>{count} badges écrits dans {path} ({pages} pages).</translation>
    </message>
    <message>
      <source>{day} is not a day of this workshop.</source>
      <translation>{day} n'est pas un jour de cet atelier.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field} : « {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par ex. 2026-03-14.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field} : « {value} » n'est pas une heure ; écrivez-la HH:MM, par ex. 09:30.</translation>
    </message>
    <message>
      <source>{file} contains '{name}', a path outside the module folder; nothing was imported. Make the zip again from the module folder.</source>
      <translation>{file} contient « {name} », un chemin hors du dossier du module ; rien n'a été importé. Refaites le zip depuis le dossier du module.</translation>
    </message>
    <message>
      <source>{file} contains '{name}', nested too deep or with too long a name (at most {max} folders of 100 characters); nothing was imported. Make the zip again from the module folder.</source>
      <translation>{file} contient « {name} », trop profondément imbriqué ou au nom trop long (au plus {max} dossiers de 100 caractères) ; rien n'a été importé. Refaites le zip à partir du dossier du module.</translation>
    </message>
    <message>
      <source>{file} contains a link ('{name}'); nothing was imported.</source>
      <translation>{file} contient un lien (« {name} ») ; rien n'a été importé.</translation>
    </message>
    <message>
      <source>{file} holds {n} files; a module zip may hold at most {max}. Nothing was imported.</source>
      <translation>{file} contient {n} fichiers ; un zip de modules peut en contenir au plus {max}. Rien n'a été importé.</translation>
    </message>
    <message>
      <source>{file} is larger than {mb} MB once extracted; nothing was imported.</source>
      <translation>{file} dépasse {mb} Mo une fois extrait ; rien n'a été importé.</translation>
    </message>
    <message>
      <source>{file} is not a readable zip: {detail}</source>
      <translation>{file} n'est pas un zip lisible : {detail}</translation>
    </message>
    <message>
      <source>{file}: {rows} row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>{file} : {rows} ligne(s) lue(s) (encodage {encoding}, en-tête à la ligne {header}).</translation>
    </message>
    <message>
      <source>{intro}: the correct answer is choice {n} here but choice {m} in French</source>
      <translation>{intro} : la bonne réponse est le choix {n} ici mais le choix {m} en français</translation>
    </message>
    <message>
      <source>{intro}: {n} activities instead of {m}</source>
      <translation>{intro} : {n} activités au lieu de {m}</translation>
    </message>
    <message>
      <source>{intro}: {n} choices instead of {m}</source>
      <translation>{intro} : {n} choix au lieu de {m}</translation>
    </message>
    <message>
      <source>{intro}: {n} questions instead of {m}</source>
      <translation>{intro} : {n} questions au lieu de {m}</translation>
    </message>
    <message>
      <source>{intro}: {n} sessions instead of {m}</source>
      <translation>{intro} : {n} séances au lieu de {m}</translation>
    </message>
    <message>
      <source>{minutes} min ({h} h {m:02d})</source>
      <translation>{minutes} min ({h} h {m:02d})</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>{name} cannot be opened as an Excel workbook ({detail}).</source>
      <translation>{name} ne peut pas être ouvert comme classeur Excel ({detail}).</translation>
    </message>
    <message>
      <source>{name} does not hold the workshop its manifest names.</source>
      <translation>{name} ne contient pas l'atelier que son manifeste annonce.</translation>
    </message>
    <message>
      <source>{name} has merged ranges covering {n} cells; at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>{name} a des cellules fusionnées couvrant {n} cellules ; au plus {max} peuvent être lues. Annulez la fusion des cellules et enregistrez à nouveau.</translation>
    </message>
    <message>
      <source>{name} has {n} merged ranges; at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>{name} a {n} plages de cellules fusionnées ; au plus {max} peuvent être lues. Annulez la fusion des cellules et enregistrez à nouveau.</translation>
    </message>
    <message>
      <source>{name} holds a file its manifest does not list ({file}); it was changed after signing.</source>
      <translation>{name} contient un fichier absent de son manifeste ({file}) ; il a été modifié après la signature.</translation>
    </message>
    <message>
      <source>{name} holds a file with a path outside the bundle ({bad}); it may be malicious. Nothing was imported.</source>
      <translation>{name} contient un fichier dont le chemin sort du paquet ({bad}) ; il est peut-être malveillant. Rien n'a été importé.</translation>
    </message>
    <message>
      <source>{name} holds more than {max} cells; split it into smaller files.</source>
      <translation>{name} contient plus de {max} cellules ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
      <source>{name} holds the same file twice; it is damaged.</source>
      <translation>{name} contient deux fois le même fichier ; il est endommagé.</translation>
    </message>
    <message>
      <source>{name} holds {mb} MB once unzipped; at most {max} MB can be read. Split it into smaller files.</source>
      <translation>{name} fait {mb} Mo une fois décompressé ; au plus {max} Mo peuvent être lus. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
      <source>{name} holds {n} record(s) dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</source>
      <translation>{name} contient {n} enregistrement(s) daté(s) dans le futur (jusqu'au {latest}) ; l'horloge de l'ordinateur qui l'a produit est sans doute fausse. Rien n'a été importé : réglez la date et l'heure de cet ordinateur, puis exportez à nouveau.</translation>
    </message>
    <message>
      <source>{name} is a damaged zip file ({detail}).</source>
      <translation>{name} est un fichier zip endommagé ({detail}).</translation>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (it is not a zip file).</source>
      <translation>{name} n'est pas un paquet Workshop Kit (ce n'est pas un fichier zip).</translation>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (no manifest.json or signature).</source>
      <translation>{name} n'est pas un paquet Workshop Kit (pas de manifest.json ni de signature).</translation>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle.</source>
      <translation>{name} n'est pas un paquet Workshop Kit.</translation>
    </message>
    <message>
      <source>{name} is not enrolled in this workshop. Use 'Walk-in' to register them.</source>
      <translation>{name} n'est pas inscrit·e à cet atelier. Utilisez « Inscription sur place » pour l'inscrire.</translation>
    </message>
    <message>
      <source>{name} is not one of this data folder's backups.</source>
      <translation>{name} n'est pas une des sauvegardes de ce dossier de données.</translation>
    </message>
    <message>
      <source>{name} is protected with a password. Nothing was imported; import it again with its password (asked for in the app and in a terminal; scripts use --password-stdin or WORKSHOP_KIT_FILE_PASSWORD).</source>
      <translation>{name} est protégé par un mot de passe. Rien n'a été importé ; importez-le à nouveau avec son mot de passe (demandé dans l'application et dans un terminal ; les scripts utilisent --password-stdin ou WORKSHOP_KIT_FILE_PASSWORD).</translation>
    </message>
    <message>
      <source>{name} is protected with a password; give it to open the file.</source>
      <translation>{name} est protégé par un mot de passe ; donnez-le pour ouvrir le fichier.</translation>
    </message>
    <message>
      <source>{name} is too large to read on this computer; split it into smaller files.</source>
      <translation>{name} est trop volumineux pour être lu sur cet ordinateur ; découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
      <source>{name} lacks {file}; it is incomplete.</source>
      <translation>Il manque {file} dans {name} ; il est incomplet.</translation>
    </message>
    <message>
      <source>{name} was made by a newer Workshop Kit (bundle format {version}, this copy reads up to {known}). Update Workshop Kit on this laptop, then import again.</source>
      <translation>{name} a été créé par une version plus récente de Workshop Kit (format de paquet {version}, cette copie lit jusqu'au {known}). Mettez à jour Workshop Kit sur cet ordinateur, puis importez à nouveau.</translation>
    </message>
    <message>
      <source>{name}: already checked in at {time}.</source>
      <translation>{name} : déjà enregistré·e à {time}.</translation>
    </message>
    <message>
      <source>{name}: manifest.json is not valid JSON.</source>
      <translation>{name} : manifest.json n'est pas un JSON valide.</translation>
    </message>
    <message>
      <source>{name}: the bundle format version is missing or invalid.</source>
      <translation>{name} : la version du format de paquet est absente ou invalide.</translation>
    </message>
    <message>
      <source>{name}: the checksum of {file} does not match; the file was damaged or changed after it was signed. Ask for a fresh export.</source>
      <translation>{name} : la somme de contrôle de {file} ne correspond pas ; le fichier a été endommagé ou modifié après la signature. Demandez un nouvel export.</translation>
    </message>
    <message>
      <source>{name}: the manifest is incomplete.</source>
      <translation>{name} : le manifeste est incomplet.</translation>
    </message>
    <message>
      <source>{name}: the manifest lists unexpected files.</source>
      <translation>{name} : le manifeste liste des fichiers inattendus.</translation>
    </message>
    <message>
      <source>{name}: the signature does not match; the bundle was changed after it was signed. Nothing was imported; ask for a fresh export.</source>
      <translation>{name} : la signature ne correspond pas ; le paquet a été modifié après la signature. Rien n'a été importé ; demandez un nouvel export.</translation>
    </message>
    <message>
      <source>{name}: the signature is damaged.</source>
      <translation>{name} : la signature est endommagée.</translation>
    </message>
    <message>
      <source>{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.</source>
      <translation>{name} : ce badge a été révoqué (perdu ou remplacé). Utilisez le nouveau badge ou cherchez le nom.</translation>
    </message>
    <message>
      <source>{name}: {file} does not hold the expected rows.</source>
      <translation>{name} : {file} ne contient pas les lignes attendues.</translation>
    </message>
    <message>
      <source>{name}: {file} is not valid JSON.</source>
      <translation>{name} : {file} n'est pas un JSON valide.</translation>
    </message>
    <message>
      <source>{name}: {file} is too large for a bundle.</source>
      <translation>{name} : {file} est trop volumineux pour un paquet.</translation>
    </message>
    <message>
      <source>{n} PDF file(s) made.</source>
      <translation>{n} fichier(s) PDF créé(s).</translation>
    </message>
    <message>
      <source>{n} backup(s) are still plain: run workshop-kit encryption enable again to finish.</source>
      <translation>{n} sauvegarde(s) sont encore en clair : relancez workshop-kit encryption enable pour terminer.</translation>
    </message>
    <message>
      <source>{n} certificate(s) written.</source>
      <translation>{n} attestation(s) écrite(s).</translation>
    </message>
    <message>
      <source>{n} message(s) may have arrived although the server did not confirm them; they are marked uncertain and will not be sent again by themselves. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</source>
      <translation>{n} message(s) sont peut-être arrivés sans que le serveur l'ait confirmé ; ils sont marqués incertains et ne seront pas renvoyés tout seuls. Vérifiez la boîte de l'expéditeur, puis utilisez : workshop-kit outbox retry ID, ou : workshop-kit outbox mark-sent ID</translation>
    </message>
    <message>
      <source>{n} message(s) queued; send with: workshop-kit outbox send</source>
      <translation>{n} message(s) en attente ; envoyez avec : workshop-kit outbox send</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>{n} modules</source>
      <translation>{n} modules</translation>
    </message>
    <message>
      <source>{n} participant(s)</source>
      <translation>{n} participant(s)</translation>
    </message>
    <message>
      <source>{n} participant(s) anonymised.</source>
      <translation>{n} participant(s) anonymisé(s).</translation>
    </message>
    <message>
      <source>{n} participant(s) enrolled in {title}.</source>
      <translation>{n} participant(s) inscrit(s) à {title}.</translation>
    </message>
    <message>
      <source>{n} participant(s) of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</source>
      <translation>{n} participant(s) d'ateliers terminés depuis plus de {months} mois peuvent être anonymisés ; relancez avec --apply pour le faire.</translation>
    </message>
    <message>
      <source>{n} person(s) have problems only in optional fields: import them without those fields with --without-invalid-fields.</source>
      <translation>{n} personne(s) n'ont de problèmes que dans des champs facultatifs : importez-les sans ces champs avec --without-invalid-fields.</translation>
    </message>
    <message>
      <source>{n} person(s) in this bundle also belong to another workshop on this laptop (or are not enrolled in this one): the bundle's changes to their records were left out. Correct or erase them on this laptop if needed.</source>
      <translation>{n} personne(s) de ce paquet appartiennent aussi à un autre atelier sur cet ordinateur (ou ne sont pas inscrites à celui-ci) : les modifications du paquet à leur fiche ont été écartées. Corrigez-les ou effacez-les sur cet ordinateur si besoin.</translation>
    </message>
    <message>
      <source>{n} problem(s)</source>
      <translation>{n} problème(s)</translation>
    </message>
    <message>
      <source>{n} problem(s), first: {first}</source>
      <translation>{n} problème(s), premier : {first}</translation>
    </message>
    <message>
      <source>{n} problem(s).</source>
      <translation>{n} problème(s).</translation>
    </message>
    <message>
      <source>{n} problem(s); nothing was imported. Fix them and import again:</source>
      <translation>{n} problème(s) ; rien n'a été importé. Corrigez-les et importez à nouveau :</translation>
    </message>
    <message>
      <source>{n} row(s) are people already registered (enrolled, not created again).</source>
      <translation>{n} ligne(s) correspondent à des personnes déjà enregistrées (inscrites, pas recréées).</translation>
    </message>
    <message>
      <source>{n} warning(s).</source>
      <translation>{n} avertissement(s).</translation>
    </message>
    <message>
      <source>{option}: '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31).</source>
      <translation>{option} : « {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ (par ex. 2026-03-31).</translation>
    </message>
    <message>
      <source>{part}: {names} change for each participant; put them in the body, not in a header or footer.</source>
      <translation>{part} : {names} changent pour chaque participant·e ; mettez-les dans le corps du document, pas dans un en-tête ou un pied de page.</translation>
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation>{path} (accessible en écriture, {mb} Mo libres)</translation>
    </message>
    <message>
      <source>{path} already exists; choose where to write with -o FILE.</source>
      <translation>{path} existe déjà ; choisissez où écrire avec -o FICHIER.</translation>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} n'existe pas.</translation>
    </message>
    <message>
      <source>{path} holds {mb} MB once unzipped; a template may hold at most {max} MB (it is copied into every certificate). Use smaller pictures.</source>
      <translation>{path} fait {mb} Mo une fois décompressé ; un modèle peut faire au plus {max} Mo (il est copié dans chaque attestation). Utilisez des images plus petites.</translation>
    </message>
    <message>
      <source>{path} is a damaged Word document ({detail}); open it in Word, save it again and retry.</source>
      <translation>{path} est un document Word endommagé ({detail}) ; ouvrez-le dans Word, enregistrez-le à nouveau et réessayez.</translation>
    </message>
    <message>
      <source>{path} is a file; give a folder for the verification page.</source>
      <translation>{path} est un fichier ; indiquez un dossier pour la page de vérification.</translation>
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation>{path} est endommagé : {detail}</translation>
    </message>
    <message>
      <source>{path} is damaged: {part} cannot be read ({detail}). Open and save it again in Word or LibreOffice.</source>
      <translation>{path} est endommagé : {part} est illisible ({detail}). Ouvrez-le et enregistrez-le de nouveau dans Word ou LibreOffice.</translation>
    </message>
    <message>
      <source>{path} is not a Word document (.docx).</source>
      <translation>{path} n'est pas un document Word (.docx).</translation>
    </message>
    <message>
      <source>{path} is not a picture Workshop Kit can read (PNG or JPEG).</source>
      <translation>{path} n'est pas une image que Workshop Kit sait lire (PNG ou JPEG).</translation>
    </message>
    <message>
      <source>{path} is not a picture Workshop Kit can read.</source>
      <translation>{path} n'est pas une image que Workshop Kit sait lire.</translation>
    </message>
    <message>
      <source>{path} is not an image Workshop Kit can read (use a PNG or JPEG photo).</source>
      <translation>{path} n'est pas une image lisible par Workshop Kit (utilisez une photo PNG ou JPEG).</translation>
    </message>
    <message>
      <source>{path} is {mb} MB; a picture for certificates may be at most {max} MB.</source>
      <translation>{path} fait {mb} Mo ; une image pour les attestations peut faire au plus {max} Mo.</translation>
    </message>
    <message>
      <source>{path} shows several badges; photograph one badge at a time.</source>
      <translation>{path} montre plusieurs badges ; photographiez un badge à la fois.</translation>
    </message>
    <message>
      <source>{path} will be created on first use</source>
      <translation>{path} sera créé à la première utilisation</translation>
    </message>
    <message>
      <source>{path}: integrity ok, schema {version} up to date</source>
      <translation>{path} : intégrité correcte, schéma {version} à jour</translation>
    </message>
    <message>
      <source>{path}: only {mb} MB free</source>
      <translation>{path} : seulement {mb} Mo libres</translation>
    </message>
    <message>
      <source>{path}: {part} holds XML entity declarations, which Word never writes; the template is refused.</source>
      <translation>{path} : {part} contient des déclarations d'entités XML, que Word n'écrit jamais ; le modèle est refusé.</translation>
    </message>
    <message>
      <source>{same} of {n} correct answers are choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</source>
      <translation>{same} bonnes réponses sur {n} sont le choix {position} : les participants apprennent le schéma, pas le sujet ; répartissez les bonnes réponses entre les positions</translation>
    </message>
    <message>
      <source>{sent} sent, {failed} failed, {uncertain} uncertain, {queued} still queued.</source>
      <translation>{sent} envoyé(s), {failed} en échec, {uncertain} incertain(s), {queued} encore en attente.</translation>
    </message>
    <message>
      <source>{s} sessions, {p} participants</source>
      <translation>{s} séances, {p} participants</translation>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table} : {added} ajoutés, {updated} mis à jour</translation>
    </message>
  </context>
  <context>
    <name>curricula</name>
    <message>
      <source>{h} h {m:02d}</source>
      <translation>{h} h {m:02d}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
  </context>
  <context>
    <name>global</name>
    <message>
      <source>The backup of {time} was restored as you asked.</source>
      <translation>La sauvegarde du {time} a été restaurée comme vous l'avez demandé.</translation>
    </message>
    <message>
      <source>The backup you chose could not be restored; the data file was not changed.</source>
      <translation>La sauvegarde choisie n'a pas pu être restaurée ; le fichier de données n'a pas été modifié.</translation>
    </message>
    <message>
      <source>The data as it was before is kept in {path}.</source>
      <translation>Les données telles qu'elles étaient avant sont gardées dans {path}.</translation>
    </message>
    <message>
      <source>The data file is damaged ({detail}).

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
      <translation>Le fichier de données est endommagé ({detail}).

Restaurer la sauvegarde saine la plus récente ({name}) ? Le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
      <source>The data file {path} is missing or empty, but backups of it exist.

Restore the newest good backup ({name})?</source>
      <translation>Le fichier de données {path} est manquant ou vide, mais des sauvegardes existent.

Restaurer la sauvegarde saine la plus récente ({name}) ?</translation>
    </message>
    <message>
      <source>This data folder is encrypted. Passphrase:</source>
      <translation>Ce dossier de données est chiffré. Phrase secrète :</translation>
    </message>
    <message>
      <source>Wrong passphrase (check the keyboard layout and Caps Lock). Passphrase:</source>
      <translation>Phrase secrète incorrecte (vérifiez la disposition du clavier et Verr. Maj). Phrase secrète :</translation>
    </message>
  </context>
  <context>
    <name>jobs</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
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
      <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
      <source>The disk is full: nothing could be written to {path}. Free some space and try again.</source>
      <translation>Le disque est plein : rien n'a pu être écrit dans {path}. Libérez de la place et réessayez.</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
    <message>
      <source>Workshop Kit may not write or read {path}. Choose another folder, or close the program that has the file open.</source>
      <translation>Workshop Kit n'a pas le droit d'écrire ou de lire {path}. Choisissez un autre dossier, ou fermez le programme qui a ouvert le fichier.</translation>
    </message>
    <message>
      <source>{path} does not exist (any more). Check the folder, or choose the file again.</source>
      <translation>{path} n'existe pas (ou plus). Vérifiez le dossier, ou choisissez de nouveau le fichier.</translation>
    </message>
    <message>
      <source>{path} is on a read-only disk or USB key. Choose another folder.</source>
      <translation>{path} est sur un disque ou une clé USB en lecture seule. Choisissez un autre dossier.</translation>
    </message>
  </context>
</TS>
