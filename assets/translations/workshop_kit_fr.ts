<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Workshop Kit</source>
      <translation>À propos de Workshop Kit</translation>
      <extra-wk-built>e207bd4b4fec</extra-wk-built>
    </message>
    <message>
      <source>Data file: {path}</source>
      <translation>Fichier de données : {path}</translation>
      <extra-wk-built>4ee3fbaf5ed3</extra-wk-built>
    </message>
    <message>
      <source>Offline toolkit for Al Wassit trainers: curricula, participants, QR check-in, attendance and certificates.</source>
      <translation>Boîte à outils hors ligne pour les formateurs d'Al Wassit : modules, participants, accueil par QR, présences et attestations.</translation>
      <extra-wk-built>e9062220dd79</extra-wk-built>
    </message>
    <message>
      <source>encryption</source>
      <translation>chiffrement</translation>
      <extra-wk-built>f50c65d63cc1</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AgendaSaveDialog</name>
    <message numerus="yes">
      <source>%n attendance record(s) stay with it</source>
      <translation>
        <numerusform>%n présence enregistrée y reste</numerusform>
        <numerusform>%n présences enregistrées y restent</numerusform>
      </translation>
      <extra-wk-built>86437d76c4f2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n issued certificate(s) would no longer match the attendance rule: {names}.</source>
      <translation>
        <numerusform>%n attestation délivrée ne respecterait plus la règle de présence : {names}.</numerusform>
        <numerusform>%n attestations délivrées ne respecteraient plus la règle de présence : {names}.</numerusform>
      </translation>
      <extra-wk-built>3fd357e623de</extra-wk-built>
    </message>
    <message>
      <source>(no module)</source>
      <translation>(sans module)</translation>
      <extra-wk-built>dba3442c4687</extra-wk-built>
    </message>
    <message>
      <source>Add: keep the sessions that have attendance and add the planned ones beside them</source>
      <translation>Ajouter : garder les séances qui ont des présences et ajouter les séances prévues à côté</translation>
      <extra-wk-built>2d102a9957a0</extra-wk-built>
    </message>
    <message>
      <source>Attendance rates that change: {n}</source>
      <translation>Taux de présence qui changent : {n}</translation>
      <extra-wk-built>a21ef4aa5681</extra-wk-built>
    </message>
    <message>
      <source>I have seen it: save anyway</source>
      <translation>J'ai vu : enregistrer quand même</translation>
      <extra-wk-built>873fdcca4caa</extra-wk-built>
    </message>
    <message>
      <source>New session {when}: {title}</source>
      <translation>Nouvelle séance {when} : {title}</translation>
      <extra-wk-built>a8def2bb55da</extra-wk-built>
    </message>
    <message>
      <source>No session changes.</source>
      <translation>Aucune séance ne change.</translation>
      <extra-wk-built>6090572c766a</extra-wk-built>
    </message>
    <message>
      <source>Nobody's attendance rate changes.</source>
      <translation>Le taux de présence de personne ne change.</translation>
      <extra-wk-built>ffaeff65b99b</extra-wk-built>
    </message>
    <message>
      <source>Replace: the planned sessions take the existing sessions of their day (attendance already recorded stays with its time slot)</source>
      <translation>Remplacer : les séances prévues prennent la place des séances existantes du même jour (les présences déjà enregistrées restent à leur créneau)</translation>
      <extra-wk-built>32fe5c2ae0d1</extra-wk-built>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>Enregistrer le programme</translation>
      <extra-wk-built>1f7d366be6fb</extra-wk-built>
    </message>
    <message>
      <source>Session {number} ({when}) is removed: nobody attended it</source>
      <translation>La séance {number} ({when}) est supprimée : personne n'y a assisté</translation>
      <extra-wk-built>4efb23560248</extra-wk-built>
    </message>
    <message>
      <source>Session {number} ({when}) keeps its time, without a module</source>
      <translation>La séance {number} ({when}) garde son horaire, sans module</translation>
      <extra-wk-built>46c97e1da530</extra-wk-built>
    </message>
    <message>
      <source>Session {number} becomes {when}: {title}</source>
      <translation>La séance {number} devient {when} : {title}</translation>
      <extra-wk-built>294ffcfb2dc0</extra-wk-built>
    </message>
    <message>
      <source>Sessions of the workshop: {before} → {after}</source>
      <translation>Séances de l'atelier : {before} → {after}</translation>
      <extra-wk-built>df3ea9def21d</extra-wk-built>
    </message>
    <message>
      <source>no longer eligible</source>
      <translation>(n'a plus droit à l'attestation)</translation>
      <extra-wk-built>3ab0fe8618c3</extra-wk-built>
    </message>
    <message>
      <source>now eligible</source>
      <translation>(a désormais droit à l'attestation)</translation>
      <extra-wk-built>c4246cabe269</extra-wk-built>
    </message>
    <message>
      <source>{name}: attendance {before} % → {after} %</source>
      <translation>{name} : présence {before} % → {after} %</translation>
      <extra-wk-built>6208a645c2ec</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <source>(module not installed)</source>
      <translation>(module non installé)</translation>
      <extra-wk-built>6ddf7e1c0e60</extra-wk-built>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(facultative)</translation>
      <extra-wk-built>d4bb213b4a24</extra-wk-built>
    </message>
    <message>
      <source>Agenda of: {title}</source>
      <translation>Programme de : {title}</translation>
      <extra-wk-built>7c2f71551c89</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>Choisissez ou créez d'abord un atelier (page Ateliers).</translation>
      <extra-wk-built>cb3033b12875</extra-wk-built>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>Jour {n} — {date}</translation>
      <extra-wk-built>cea1e0c0c26f</extra-wk-built>
    </message>
    <message>
      <source>Earlier</source>
      <translation>Plus tôt</translation>
      <extra-wk-built>7cad3066d083</extra-wk-built>
    </message>
    <message>
      <source>Export agenda (.docx)…</source>
      <translation>Exporter le programme (.docx)…</translation>
      <extra-wk-built>a4af31a54dec</extra-wk-built>
    </message>
    <message>
      <source>Later</source>
      <translation>Plus tard</translation>
      <extra-wk-built>bed263def52c</extra-wk-built>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
      <extra-wk-built>4f846a84e7fc</extra-wk-built>
    </message>
    <message>
      <source>Modules and their sessions</source>
      <translation>Modules et leurs séances</translation>
      <extra-wk-built>4c8ebbc7efad</extra-wk-built>
    </message>
    <message>
      <source>Next day</source>
      <translation>Jour suivant</translation>
      <extra-wk-built>b683efc4f9c2</extra-wk-built>
    </message>
    <message>
      <source>Place on this day</source>
      <translation>Placer ce jour-là</translation>
      <extra-wk-built>6ee500383181</extra-wk-built>
    </message>
    <message>
      <source>Placed on {date} at {time}</source>
      <translation>Placée le {date} à {time}</translation>
      <extra-wk-built>9508222eb1ec</extra-wk-built>
    </message>
    <message>
      <source>Previous day</source>
      <translation>Jour précédent</translation>
      <extra-wk-built>e93422b5c31a</extra-wk-built>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
      <extra-wk-built>41e22ed93372</extra-wk-built>
    </message>
    <message>
      <source>Save the agenda</source>
      <translation>Enregistrer le programme</translation>
      <extra-wk-built>1f7d366be6fb</extra-wk-built>
    </message>
    <message>
      <source>Save to the workshop</source>
      <translation>Enregistrer dans l'atelier</translation>
      <extra-wk-built>39dfbec604d1</extra-wk-built>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
      <extra-wk-built>c1574e19f27f</extra-wk-built>
    </message>
    <message>
      <source>Set start</source>
      <translation>Fixer le début</translation>
      <extra-wk-built>69e237a4075f</extra-wk-built>
    </message>
    <message>
      <source>This day ends late; move a session to another day.</source>
      <translation>Cette journée finit tard ; déplacez une séance vers un autre jour.</translation>
      <extra-wk-built>5715e9fcd64f</extra-wk-built>
    </message>
    <message>
      <source>Time</source>
      <translation>Horaire</translation>
      <extra-wk-built>5f0c29b70d70</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Total: {time} over %n day(s)</source>
      <translation>
        <numerusform>Total : {time} sur %n jour</numerusform>
        <numerusform>Total : {time} sur %n jours</numerusform>
      </translation>
      <extra-wk-built>637a44e64380</extra-wk-built>
    </message>
    <message>
      <source>not saved</source>
      <translation>non enregistré</translation>
      <extra-wk-built>d1551e1526fc</extra-wk-built>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — non installé sur cet ordinateur</translation>
      <extra-wk-built>f75d4c5ad116</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendanceHistoryDialog</name>
    <message numerus="yes">
      <source>%n correction(s) in the grid of this workshop.</source>
      <translation>
        <numerusform>%n correction dans la grille de cet atelier.</numerusform>
        <numerusform>%n corrections dans la grille de cet atelier.</numerusform>
      </translation>
      <extra-wk-built>510f0950ccd6</extra-wk-built>
    </message>
    <message>
      <source>Attendance corrections</source>
      <translation>Corrections des présences</translation>
      <extra-wk-built>2c49af7e660d</extra-wk-built>
    </message>
    <message>
      <source>Attendance grid</source>
      <translation>Grille des présences</translation>
      <extra-wk-built>9ce9a33d4b13</extra-wk-built>
    </message>
    <message>
      <source>Before → after</source>
      <translation>Avant → après</translation>
      <extra-wk-built>6998bd72e718</extra-wk-built>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
      <extra-wk-built>de993602f6e1</extra-wk-built>
    </message>
    <message>
      <source>Command line</source>
      <translation>Ligne de commande</translation>
      <extra-wk-built>c591ccab1806</extra-wk-built>
    </message>
    <message>
      <source>No correction has been made in the grid of this workshop.</source>
      <translation>Aucune correction n'a été faite dans la grille de cet atelier.</translation>
      <extra-wk-built>8276c5ded108</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
      <extra-wk-built>554f4235112e</extra-wk-built>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
      <extra-wk-built>c1574e19f27f</extra-wk-built>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
      <extra-wk-built>1214bd64b05e</extra-wk-built>
    </message>
    <message>
      <source>{before} → {after}</source>
      <translation>{before} → {after}</translation>
      <extra-wk-built>8811d4aa6109</extra-wk-built>
    </message>
  </context>
  <context>
    <name>AttendanceModel</name>
    <message numerus="yes">
      <source>%n more session(s) needed</source>
      <translation>
        <numerusform>%n séance de plus requise</numerusform>
        <numerusform>%n séances de plus requises</numerusform>
      </translation>
      <extra-wk-built>f39ed8cd840c</extra-wk-built>
    </message>
    <message>
      <source>Attended</source>
      <translation>Présent</translation>
      <extra-wk-built>027bcf715fc2</extra-wk-built>
    </message>
    <message>
      <source>Attended per session</source>
      <translation>Présents par séance</translation>
      <extra-wk-built>6b8a7a7c3828</extra-wk-built>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
      <extra-wk-built>e52a82c98b3a</extra-wk-built>
    </message>
    <message>
      <source>Checked in at {time} ({method})</source>
      <translation>Arrivée à {time} ({method})</translation>
      <extra-wk-built>6bd5d974df0a</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
      <extra-wk-built>554f4235112e</extra-wk-built>
    </message>
    <message>
      <source>Rate</source>
      <translation>Taux</translation>
      <extra-wk-built>e968ef99278e</extra-wk-built>
    </message>
    <message>
      <source>Session {number}: {date} {start}–{end}</source>
      <translation>Séance {number} : {date} {start}–{end}</translation>
      <extra-wk-built>0592b0101733</extra-wk-built>
    </message>
    <message>
      <source>S{number}</source>
      <translation>S{number}</translation>
      <extra-wk-built>445158787b3d</extra-wk-built>
    </message>
    <message>
      <source>eligible</source>
      <translation>éligible</translation>
      <extra-wk-built>de0b2e0a6bc0</extra-wk-built>
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
        <numerusform>%n séance</numerusform>
        <numerusform>%n séances</numerusform>
      </translation>
      <extra-wk-built>6b50fbdb0e92</extra-wk-built>
    </message>
    <message>
      <source>A signed file for another laptop or the coordinator</source>
      <translation>Un fichier signé pour un autre ordinateur ou pour la coordination</translation>
      <extra-wk-built>edc9f7348a9f</extra-wk-built>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
      <extra-wk-built>2d394395e590</extra-wk-built>
    </message>
    <message>
      <source>Bundle written: {path} (signed by key {key_id}).</source>
      <translation>Paquet écrit : {path} (signé par la clé {key_id}).</translation>
      <extra-wk-built>d268d5437a74</extra-wk-built>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
      <extra-wk-built>fb81dffef7d6</extra-wk-built>
    </message>
    <message>
      <source>Certificate rule: at least {pct} % of sessions (present or late; excused sessions are not counted). Eligible now: {eligible} of {n}.</source>
      <translation>Règle de l'attestation : au moins {pct} % des séances (présent ou en retard ; les séances excusées ne comptent pas). Éligibles à ce jour : {eligible} sur {n}.</translation>
      <extra-wk-built>9842a19a4ee4</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>Choisissez ou créez d'abord un atelier.</translation>
      <extra-wk-built>41263d9ab11c</extra-wk-built>
    </message>
    <message>
      <source>Correction history…</source>
      <translation>Historique des corrections…</translation>
      <extra-wk-built>84303c7695e3</extra-wk-built>
    </message>
    <message>
      <source>Donor report</source>
      <translation>Rapport bailleur</translation>
      <extra-wk-built>d67ff2a153e2</extra-wk-built>
    </message>
    <message>
      <source>Double-click a cell to correct it, or type 1 present, 2 late, 3 absent, 4 excused, Delete to clear; every correction is kept in the audit log.</source>
      <translation>Double-cliquez sur une case pour la corriger, ou tapez 1 présent, 2 en retard, 3 absent, 4 excusé, Suppr pour effacer ; chaque correction est conservée dans le journal d'audit.</translation>
      <extra-wk-built>a6e22a733ec6</extra-wk-built>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
      <extra-wk-built>12e95feff7df</extra-wk-built>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Exporter en CSV…</translation>
      <extra-wk-built>a67b6a4c57ed</extra-wk-built>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Exporter en Excel…</translation>
      <extra-wk-built>f2ed4d31374b</extra-wk-built>
    </message>
    <message>
      <source>Export attendance</source>
      <translation>Exporter les présences</translation>
      <extra-wk-built>22b77e417823</extra-wk-built>
    </message>
    <message>
      <source>Export bundle</source>
      <translation>Exporter un paquet</translation>
      <extra-wk-built>1a7152500b5c</extra-wk-built>
    </message>
    <message>
      <source>Export bundle…</source>
      <translation>Exporter un paquet…</translation>
      <extra-wk-built>9e0eb543d8a2</extra-wk-built>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Export en cours…</translation>
      <extra-wk-built>323331627dc6</extra-wk-built>
    </message>
    <message>
      <source>Grid</source>
      <translation>Grille</translation>
      <extra-wk-built>c2f33b81bcc4</extra-wk-built>
    </message>
    <message>
      <source>Import bundles</source>
      <translation>Importer des paquets</translation>
      <extra-wk-built>4e22bf9ba9ce</extra-wk-built>
    </message>
    <message>
      <source>Import bundles…</source>
      <translation>Importer des paquets…</translation>
      <extra-wk-built>db5d4e48878b</extra-wk-built>
    </message>
    <message>
      <source>Import this time</source>
      <translation>Importer cette fois</translation>
      <extra-wk-built>820a388f964d</extra-wk-built>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Import en cours…</translation>
      <extra-wk-built>71fa15b7d0e4</extra-wk-built>
    </message>
    <message>
      <source>Merge the check-ins of other laptops into this one</source>
      <translation>Fusionner ici les pointages des autres ordinateurs</translation>
      <extra-wk-built>ebf96ec33dfc</extra-wk-built>
    </message>
    <message>
      <source>Printable Word sheets, one per session, with a signature column</source>
      <translation>Feuilles Word à imprimer, une par séance, avec une colonne signature</translation>
      <extra-wk-built>005fcbca743b</extra-wk-built>
    </message>
    <message>
      <source>Sign-in sheets…</source>
      <translation>Feuilles d'émargement…</translation>
      <extra-wk-built>5df7b5fff7c9</extra-wk-built>
    </message>
    <message>
      <source>This bundle is signed by a key this laptop does not know ({key_id}). Import it only if you know which laptop it comes from.</source>
      <translation>Ce paquet est signé par une clé que cet ordinateur ne connaît pas ({key_id}). Ne l'importez que si vous savez de quel ordinateur il vient.</translation>
      <extra-wk-built>168e018a9d20</extra-wk-built>
    </message>
    <message>
      <source>Trust this laptop and import</source>
      <translation>Faire confiance à cet ordinateur et importer</translation>
      <extra-wk-built>86c840046600</extra-wk-built>
    </message>
    <message>
      <source>Unknown signer</source>
      <translation>Signataire inconnu</translation>
      <extra-wk-built>9ea59e73a916</extra-wk-built>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
      <extra-wk-built>bde004f01888</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit bundles (*.zip)</source>
      <translation>Paquets Workshop Kit (*.zip)</translation>
      <extra-wk-built>88cc1797ba66</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
      <extra-wk-built>f2ffd0c120ea</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
      <extra-wk-built>61c3ae6365ce</extra-wk-built>
    </message>
    <message>
      <source>{participants}, {sessions}</source>
      <translation>{participants}, {sessions}</translation>
      <extra-wk-built>d60a2d12a188</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CameraPanel</name>
    <message>
      <source>Camera off.</source>
      <translation>Caméra éteinte.</translation>
      <extra-wk-built>5d5f8bcd7e05</extra-wk-built>
    </message>
    <message>
      <source>No camera found.</source>
      <translation>Aucune caméra trouvée.</translation>
      <extra-wk-built>a34a354e7f12</extra-wk-built>
    </message>
    <message>
      <source>Start camera</source>
      <translation>Démarrer la caméra</translation>
      <extra-wk-built>ce6e39c10e32</extra-wk-built>
    </message>
    <message>
      <source>Stop camera</source>
      <translation>Arrêter la caméra</translation>
      <extra-wk-built>a8b5d2142643</extra-wk-built>
    </message>
    <message>
      <source>The camera could not start ({error}).</source>
      <translation>La caméra n'a pas pu démarrer ({error}).</translation>
      <extra-wk-built>e0e1684c2084</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CertificatesPage</name>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
      <extra-wk-built>ca740e692731</extra-wk-built>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>Créer les attestations</translation>
      <extra-wk-built>7991d3bea747</extra-wk-built>
    </message>
    <message>
      <source>Outbox</source>
      <translation>Boîte d'envoi</translation>
      <extra-wk-built>d2ea0bc7b1f8</extra-wk-built>
    </message>
    <message>
      <source>Verify</source>
      <translation>Vérifier</translation>
      <extra-wk-built>8b7daf25ac7f</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CheckPage</name>
    <message numerus="yes">
      <source>%n already registered (enrolled, not created again)</source>
      <translation>
        <numerusform>%n déjà enregistré (inscrit, pas recréé)</numerusform>
        <numerusform>%n déjà enregistrés (inscrits, pas recréés)</numerusform>
      </translation>
      <extra-wk-built>cd1b7eb2a048</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n field(s) that are not valid are left empty (listed below).</source>
      <translation>
        <numerusform>%n champ non valide est laissé vide (listé ci-dessous).</numerusform>
        <numerusform>%n champs non valides sont laissés vides (listés ci-dessous).</numerusform>
      </translation>
      <extra-wk-built>470a7f295054</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n nouveau participant</numerusform>
        <numerusform>%n nouveaux participants</numerusform>
      </translation>
      <extra-wk-built>6dfd98276b94</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) have problems only in optional fields: tick “{box}” to import them without those fields.</source>
      <translation>
        <numerusform>%n personne n'a de problèmes que dans des champs facultatifs : cochez « {box} » pour l'importer sans ces champs.</numerusform>
        <numerusform>%n personnes n'ont de problèmes que dans des champs facultatifs : cochez « {box} » pour les importer sans ces champs.</numerusform>
      </translation>
      <extra-wk-built>86f25100f9b2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n ligne</numerusform>
        <numerusform>%n lignes</numerusform>
      </translation>
      <extra-wk-built>ec66610dcad2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) repeat an earlier row of this file (rows {rows}) and are not created twice.</source>
      <translation>
        <numerusform>%n ligne répète une ligne précédente de ce fichier (lignes {rows}) et n'est pas créée deux fois.</numerusform>
        <numerusform>%n lignes répètent une ligne précédente de ce fichier (lignes {rows}) et ne sont pas créées deux fois.</numerusform>
      </translation>
      <extra-wk-built>48a318438da2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) with problems</source>
      <translation>
        <numerusform>%n ligne avec des problèmes</numerusform>
        <numerusform>%n lignes avec des problèmes</numerusform>
      </translation>
      <extra-wk-built>739142cbf951</extra-wk-built>
    </message>
    <message>
      <source>3. Check and import</source>
      <translation>3. Contrôler et importer</translation>
      <extra-wk-built>9a1180ae549c</extra-wk-built>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>Contrôle de chaque ligne…</translation>
      <extra-wk-built>44becfc50721</extra-wk-built>
    </message>
    <message>
      <source>Column</source>
      <translation>Colonne</translation>
      <extra-wk-built>543718c57fac</extra-wk-built>
    </message>
    <message>
      <source>Consent was collected on paper for every person in this file</source>
      <translation>Le consentement de chaque personne de ce fichier a été recueilli sur papier</translation>
      <extra-wk-built>d21a009005f8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Import %n row(s)</source>
      <translation>
        <numerusform>Importer %n ligne</numerusform>
        <numerusform>Importer %n lignes</numerusform>
      </translation>
      <extra-wk-built>ce5eac7e7f04</extra-wk-built>
    </message>
    <message>
      <source>Import people without their optional fields that are not valid (those fields are left empty and listed below)</source>
      <translation>Importer les personnes sans leurs champs facultatifs non valides (ces champs restent vides et sont listés ci-dessous)</translation>
      <extra-wk-built>8b62c37305d4</extra-wk-built>
    </message>
    <message>
      <source>Left empty: {problem}</source>
      <translation>Laissé vide : {problem}</translation>
      <extra-wk-built>1fc7783b4349</extra-wk-built>
    </message>
    <message>
      <source>Not imported, never collected: {columns}.</source>
      <translation>Non importé, jamais collecté : {columns}.</translation>
      <extra-wk-built>4d1fa914a5ac</extra-wk-built>
    </message>
    <message>
      <source>Nothing has been written yet. Rows with a problem are skipped; fix them in the file and import it again (people already imported are not duplicated).</source>
      <translation>Rien n'a encore été enregistré. Les lignes avec un problème sont ignorées ; corrigez-les dans le fichier et importez-le à nouveau (les personnes déjà importées ne seront pas dupliquées).</translation>
      <extra-wk-built>a937e60eab41</extra-wk-built>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problème</translation>
      <extra-wk-built>c6edc8e26eed</extra-wk-built>
    </message>
    <message>
      <source>Row</source>
      <translation>Ligne</translation>
      <extra-wk-built>909f8f071b0f</extra-wk-built>
    </message>
    <message>
      <source>Rows {rows} share a phone number with another person under another name: they are imported; check them with “Duplicates…”.</source>
      <translation>Les lignes {rows} partagent un numéro de téléphone avec une autre personne sous un autre nom : elles sont importées ; vérifiez-les avec « Doublons… ».</translation>
      <extra-wk-built>8a53dd341a00</extra-wk-built>
    </message>
    <message>
      <source>The file has no consent column: if consent to data use was collected for every person, tick “{box}”.</source>
      <translation>Le fichier n'a pas de colonne de consentement : si le consentement à l'utilisation des données a été recueilli pour chaque personne, cochez « {box} ».</translation>
      <extra-wk-built>59b60b770216</extra-wk-built>
    </message>
    <message>
      <source>{rows}: {new}, {known}, {errors}.</source>
      <translation>{rows} : {new}, {known}, {errors}.</translation>
      <extra-wk-built>4074c5973cd3</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CheckinPage</name>
    <message numerus="yes">
      <source>%n scan(s) kept; retrying every few seconds.</source>
      <translation>
        <numerusform>%n scan gardé ; nouvel essai toutes les quelques secondes.</numerusform>
        <numerusform>%n scans gardés ; nouvel essai toutes les quelques secondes.</numerusform>
      </translation>
      <extra-wk-built>013430d42abb</extra-wk-built>
    </message>
    <message>
      <source>Automatic (from the clock)</source>
      <translation>Automatique (selon l'horloge)</translation>
      <extra-wk-built>91e29d9e07cf</extra-wk-built>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Accueil</translation>
      <extra-wk-built>533161735639</extra-wk-built>
    </message>
    <message>
      <source>Create or choose a workshop first.</source>
      <translation>Créez ou choisissez d'abord un atelier.</translation>
      <extra-wk-built>16787b714dcc</extra-wk-built>
    </message>
    <message>
      <source>Full screen</source>
      <translation>Plein écran</translation>
      <extra-wk-built>dee312b0129c</extra-wk-built>
    </message>
    <message>
      <source>Kiosk mode for the door (F11; Esc to leave)</source>
      <translation>Mode borne pour l'entrée (F11 ; Échap pour quitter)</translation>
      <extra-wk-built>8d3f93ec8268</extra-wk-built>
    </message>
    <message>
      <source>Leave full screen</source>
      <translation>Quitter le plein écran</translation>
      <extra-wk-built>3645da627202</extra-wk-built>
    </message>
    <message>
      <source>No session of this workshop is running by the laptop clock ({time}, {date}). Check the clock, or choose the session.</source>
      <translation>Aucune séance de cet atelier n'est en cours selon l'horloge de l'ordinateur ({time}, {date}). Vérifiez l'horloge ou choisissez la séance.</translation>
      <extra-wk-built>fd1ed5e1fcaf</extra-wk-built>
    </message>
    <message>
      <source>No workshop</source>
      <translation>Aucun atelier</translation>
      <extra-wk-built>dde12d99eb52</extra-wk-built>
    </message>
    <message>
      <source>No workshop chosen</source>
      <translation>Aucun atelier choisi</translation>
      <extra-wk-built>fa3db32ff286</extra-wk-built>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non enregistré</translation>
      <extra-wk-built>89e86283c85f</extra-wk-built>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>Pas encore enregistré</translation>
      <extra-wk-built>1c794bc353cc</extra-wk-built>
    </message>
    <message>
      <source>Present {present} / {expected}</source>
      <translation>Présents {present} / {expected}</translation>
      <extra-wk-built>5b06a5ac5535</extra-wk-built>
    </message>
    <message>
      <source>Ready</source>
      <translation>Prêt</translation>
      <extra-wk-built>82183adf92c8</extra-wk-built>
    </message>
    <message>
      <source>Scan a badge, hold it up to the camera, or search a name.</source>
      <translation>Scannez un badge, présentez-le à la caméra ou cherchez un nom.</translation>
      <extra-wk-built>c61f4dffa1d0</extra-wk-built>
    </message>
    <message>
      <source>Scans made while the data file could not take them are waiting.</source>
      <translation>Des scans faits pendant que le fichier de données ne pouvait pas les prendre sont en attente.</translation>
      <extra-wk-built>639d35d9a5a1</extra-wk-built>
    </message>
    <message>
      <source>Session {number} · {when}</source>
      <translation>Séance {number} · {when}</translation>
      <extra-wk-built>913360640d45</extra-wk-built>
    </message>
    <message>
      <source>Session:</source>
      <translation>Séance :</translation>
      <extra-wk-built>c99afa8b1f97</extra-wk-built>
    </message>
    <message>
      <source>Sounds</source>
      <translation>Sons</translation>
      <extra-wk-built>30a5c9a63528</extra-wk-built>
    </message>
    <message>
      <source>The data file is busy or cannot be written ({detail}).</source>
      <translation>Le fichier de données est occupé ou ne peut pas être écrit ({detail}).</translation>
      <extra-wk-built>300ca6a00ea7</extra-wk-built>
    </message>
    <message>
      <source>Undo last check-in</source>
      <translation>Annuler le dernier enregistrement</translation>
      <extra-wk-built>3101c0f98c9e</extra-wk-built>
    </message>
    <message>
      <source>Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>Utilisez le lecteur USB, tapez le code imprimé sur le badge ou cherchez le nom.</translation>
      <extra-wk-built>dc56419275ef</extra-wk-built>
    </message>
  </context>
  <context>
    <name>CurriculaPage</name>
    <message>
      <source>Agenda builder</source>
      <translation>Programme de l'atelier</translation>
      <extra-wk-built>93e01f94ce2a</extra-wk-built>
    </message>
    <message>
      <source>Curricula</source>
      <translation>Modules de formation</translation>
      <extra-wk-built>12a1cfc18682</extra-wk-built>
    </message>
    <message>
      <source>Modules</source>
      <translation>Modules</translation>
      <extra-wk-built>76c86c4c3243</extra-wk-built>
    </message>
    <message>
      <source>Pre/post tests</source>
      <translation>Tests avant/après</translation>
      <extra-wk-built>2cd383c9b6f3</extra-wk-built>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Enregistré : {path}</translation>
      <extra-wk-built>56ff1c272794</extra-wk-built>
    </message>
    <message>
      <source>Writing the document…</source>
      <translation>Écriture du document…</translation>
      <extra-wk-built>359513faf326</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
      <extra-wk-built>f2ffd0c120ea</extra-wk-built>
    </message>
  </context>
  <context>
    <name>DoorActions</name>
    <message numerus="yes">
      <source>%n badge(s) ready</source>
      <translation>
        <numerusform>%n badge prêt</numerusform>
        <numerusform>%n badges prêts</numerusform>
      </translation>
      <extra-wk-built>94d6d548f719</extra-wk-built>
    </message>
    <message>
      <source>Badge revoked</source>
      <translation>Badge révoqué</translation>
      <extra-wk-built>383ed7f69777</extra-wk-built>
    </message>
    <message>
      <source>Badges cancelled</source>
      <translation>Badges annulés</translation>
      <extra-wk-built>80aa7037ca40</extra-wk-built>
    </message>
    <message>
      <source>Check-in taken back</source>
      <translation>Enregistrement annulé</translation>
      <extra-wk-built>c3faadecb28c</extra-wk-built>
    </message>
    <message>
      <source>New badge code: {code}</source>
      <translation>Nouveau code de badge : {code}</translation>
      <extra-wk-built>7cc46294715c</extra-wk-built>
    </message>
    <message>
      <source>No badge file was written.</source>
      <translation>Aucun fichier de badges n'a été écrit.</translation>
      <extra-wk-built>ac5b04a0c8fc</extra-wk-built>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non enregistré</translation>
      <extra-wk-built>89e86283c85f</extra-wk-built>
    </message>
    <message>
      <source>Nothing to take back</source>
      <translation>Rien à annuler</translation>
      <extra-wk-built>c10d384d552d</extra-wk-built>
    </message>
    <message>
      <source>One picture per badge</source>
      <translation>Une image par badge</translation>
      <extra-wk-built>a38240b101cc</extra-wk-built>
    </message>
    <message>
      <source>Revoke badge</source>
      <translation>Révoquer le badge</translation>
      <extra-wk-built>17b4a02d59a5</extra-wk-built>
    </message>
    <message>
      <source>Revoke the badge of {name}? It will read as no longer valid at the door. A new badge can be issued later with 'Replace lost badge'.</source>
      <translation>Révoquer le badge de {name} ? Il sera lu comme n'étant plus valable à l'accueil. Un nouveau badge peut être créé plus tard avec « Remplacer un badge perdu ».</translation>
      <extra-wk-built>4d35b1bd8709</extra-wk-built>
    </message>
    <message>
      <source>Save badges</source>
      <translation>Enregistrer les badges</translation>
      <extra-wk-built>d6f64b49d0a6</extra-wk-built>
    </message>
    <message>
      <source>The Word sheet</source>
      <translation>La feuille Word</translation>
      <extra-wk-built>1b0ef2935847</extra-wk-built>
    </message>
    <message>
      <source>The last scan recorded no new check-in.</source>
      <translation>Le dernier passage n'a enregistré aucune nouvelle arrivée.</translation>
      <extra-wk-built>704228fdef71</extra-wk-built>
    </message>
    <message>
      <source>The old badge no longer works. Print the new one with 'Print badges…'.</source>
      <translation>L'ancien badge ne fonctionne plus. Imprimez le nouveau avec « Imprimer les badges… ».</translation>
      <extra-wk-built>e4cb974735d8</extra-wk-built>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word (*.docx)</translation>
      <extra-wk-built>e52e0b328487</extra-wk-built>
    </message>
    <message>
      <source>Writing the badges…</source>
      <translation>Préparation des badges…</translation>
      <extra-wk-built>f1da5a5e6d90</extra-wk-built>
    </message>
  </context>
  <context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
      <source>%n possible duplicate(s). Merging keeps attendance, certificates and scores of both records.</source>
      <translation>
        <numerusform>%n doublon possible. La fusion conserve les présences, attestations et résultats des deux fiches.</numerusform>
        <numerusform>%n doublons possibles. La fusion conserve les présences, attestations et résultats des deux fiches.</numerusform>
      </translation>
      <extra-wk-built>817334e19598</extra-wk-built>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
      <extra-wk-built>711e5f2e198d</extra-wk-built>
    </message>
    <message>
      <source>Different people</source>
      <translation>Personnes différentes</translation>
      <extra-wk-built>66d4626a08aa</extra-wk-built>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
      <extra-wk-built>1b4d976c2ad7</extra-wk-built>
    </message>
    <message>
      <source>Looking for possible duplicates…</source>
      <translation>Recherche de doublons possibles…</translation>
      <extra-wk-built>5603f7531c98</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
      <extra-wk-built>f7f9ca3e2f67</extra-wk-built>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>Aucun doublon possible.</translation>
      <extra-wk-built>7f4303c51358</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
      <extra-wk-built>961938f40e4c</extra-wk-built>
    </message>
    <message>
      <source>Possible duplicates</source>
      <translation>Doublons possibles</translation>
      <extra-wk-built>ba7839e45fe8</extra-wk-built>
    </message>
    <message>
      <source>Record 1</source>
      <translation>Fiche 1</translation>
      <extra-wk-built>29e429e45ebd</extra-wk-built>
    </message>
    <message>
      <source>Record 2</source>
      <translation>Fiche 2</translation>
      <extra-wk-built>c0c9b230361d</extra-wk-built>
    </message>
    <message>
      <source>Same person: keep record 1</source>
      <translation>Même personne : garder la fiche 1</translation>
      <extra-wk-built>429e2f4d8c4c</extra-wk-built>
    </message>
    <message>
      <source>Same person: keep record 2</source>
      <translation>Même personne : garder la fiche 2</translation>
      <extra-wk-built>241c8f604e99</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
      <extra-wk-built>55c2bce1bb99</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
      <extra-wk-built>705eba641273</extra-wk-built>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
      <extra-wk-built>39e0749da40f</extra-wk-built>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
      <extra-wk-built>2f588afe14a6</extra-wk-built>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
      <extra-wk-built>bcee72e6df5d</extra-wk-built>
    </message>
    <message>
      <source>phone</source>
      <translation>téléphone</translation>
      <extra-wk-built>e0021777f405</extra-wk-built>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
      <extra-wk-built>3a3468fa89b2</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>Something went wrong ({kind}); what you were doing may not have been saved. The details are in the log; to send them, use Help → Save a problem report.</source>
      <translation>Une erreur est survenue ({kind}) ; ce que vous faisiez n'a peut-être pas été enregistré. Les détails sont dans le journal ; pour les envoyer, utilisez Aide → Enregistrer un rapport de problème.</translation>
      <extra-wk-built>f51e0036a38a</extra-wk-built>
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
      <translation>1. Choisir le fichier</translation>
      <extra-wk-built>2f885c0c872d</extra-wk-built>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
      <extra-wk-built>bfebc8424868</extra-wk-built>
    </message>
    <message>
      <source>CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx, .xls).</source>
      <translation>Fichier CSV ou texte (tout séparateur, tout encodage) ou classeur Excel (.xlsx, .xls).</translation>
      <extra-wk-built>dd3e7c0b102b</extra-wk-built>
    </message>
    <message>
      <source>Delimiter</source>
      <translation>Séparateur</translation>
      <extra-wk-built>b91f212c0649</extra-wk-built>
    </message>
    <message>
      <source>Detect automatically</source>
      <translation>Détecter automatiquement</translation>
      <extra-wk-built>b11c26c3bf10</extra-wk-built>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
      <extra-wk-built>07ceb51d3a38</extra-wk-built>
    </message>
    <message>
      <source>Participants file</source>
      <translation>Fichier de participants</translation>
      <extra-wk-built>d94ab696dc02</extra-wk-built>
    </message>
    <message>
      <source>Sheet</source>
      <translation>Feuille</translation>
      <extra-wk-built>5480b2ed78f0</extra-wk-built>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xls)</source>
      <translation>Tableurs (*.csv *.txt *.tsv *.xlsx *.xls)</translation>
      <extra-wk-built>2bce4b18e15c</extra-wk-built>
    </message>
    <message>
      <source>Text encoding</source>
      <translation>Encodage du texte</translation>
      <extra-wk-built>79b18d26d35f</extra-wk-built>
    </message>
  </context>
  <context>
    <name>FilePasswordDialog</name>
    <message>
      <source>Again</source>
      <translation>Encore une fois</translation>
      <extra-wk-built>e7e0b1f6bf59</extra-wk-built>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
      <extra-wk-built>ff9c8b8c0677</extra-wk-built>
    </message>
    <message>
      <source>Protect with a password</source>
      <translation>Protéger par un mot de passe</translation>
      <extra-wk-built>8dfb9ed02313</extra-wk-built>
    </message>
    <message>
      <source>Protected file</source>
      <translation>Fichier protégé</translation>
      <extra-wk-built>db5a6ba65cc8</extra-wk-built>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
      <extra-wk-built>63d80d55393b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Too short: at least %n character(s).</source>
      <translation>
        <numerusform>Trop courte : au moins %n caractère.</numerusform>
        <numerusform>Trop courte : au moins %n caractères.</numerusform>
      </translation>
      <extra-wk-built>e48730aeead0</extra-wk-built>
    </message>
    <message>
      <source>Without this password the file shows nothing. Give it to the recipient another way (by phone, in person), never in the same e-mail. Leave empty to write the file unprotected.</source>
      <translation>Sans ce mot de passe, le fichier ne montre rien. Transmettez-le au destinataire par un autre moyen (téléphone, en personne), jamais dans le même e-mail. Laissez vide pour écrire le fichier sans protection.</translation>
      <extra-wk-built>11daa90006c6</extra-wk-built>
    </message>
    <message>
      <source>{name} is protected with a password. Password:</source>
      <translation>{name} est protégé par un mot de passe. Mot de passe :</translation>
      <extra-wk-built>e92a138021a1</extra-wk-built>
    </message>
  </context>
  <context>
    <name>FinderPanel</name>
    <message>
      <source>A Word sheet of badge cards (A4, 10 per page) and one PNG per person</source>
      <translation>Une planche Word de badges (A4, 10 par page) et un PNG par personne</translation>
      <extra-wk-built>c3db41d079c5</extra-wk-built>
    </message>
    <message>
      <source>Check in</source>
      <translation>Enregistrer l'arrivée</translation>
      <extra-wk-built>70f03b49741f</extra-wk-built>
    </message>
    <message>
      <source>Forgot the badge? Type a name, or the code printed on the badge</source>
      <translation>Badge oublié ? Tapez un nom, ou le code imprimé sur le badge</translation>
      <extra-wk-built>5bb5befa6a4f</extra-wk-built>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>Imprimer les badges…</translation>
      <extra-wk-built>a2f3c01b4666</extra-wk-built>
    </message>
    <message>
      <source>Replace lost badge</source>
      <translation>Remplacer un badge perdu</translation>
      <extra-wk-built>9ad204ef9b3b</extra-wk-built>
    </message>
    <message>
      <source>Revoke badge…</source>
      <translation>Révoquer le badge…</translation>
      <extra-wk-built>db35a0fdd37c</extra-wk-built>
    </message>
    <message>
      <source>Revoke the selected person's badge and issue a new code</source>
      <translation>Révoquer le badge de la personne choisie et émettre un nouveau code</translation>
      <extra-wk-built>e7fa93d6a1cb</extra-wk-built>
    </message>
    <message>
      <source>The selected person's badge stops working; no new code is issued</source>
      <translation>Le badge de la personne choisie ne fonctionne plus ; aucun nouveau code n'est créé</translation>
      <extra-wk-built>f05401cbee32</extra-wk-built>
    </message>
    <message>
      <source>Walk-in…</source>
      <translation>Inscription sur place…</translation>
      <extra-wk-built>f56394ffcb38</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>Back</source>
      <translation>Précédent</translation>
      <extra-wk-built>30b0e9a45aba</extra-wk-built>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
      <extra-wk-built>46ad3916f6a0</extra-wk-built>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
      <extra-wk-built>ed2c9cb3830e</extra-wk-built>
    </message>
    <message>
      <source>Import cancelled: nothing was imported. You can import again.</source>
      <translation>Import annulé : rien n'a été importé. Vous pouvez relancer l'import.</translation>
      <extra-wk-built>b417b4888cf1</extra-wk-built>
    </message>
    <message>
      <source>Import participants</source>
      <translation>Importer des participants</translation>
      <extra-wk-built>bac711151b4e</extra-wk-built>
    </message>
    <message>
      <source>Importing {n} rows…</source>
      <translation>Import de {n} lignes…</translation>
      <extra-wk-built>1b9b4961dc78</extra-wk-built>
    </message>
    <message>
      <source>Next</source>
      <translation>Suivant</translation>
      <extra-wk-built>df2df3bc713a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
      <extra-wk-built>cbfe922600f7</extra-wk-built>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
      <extra-wk-built>243651d99f11</extra-wk-built>
    </message>
    <message>
      <source>About Workshop Kit</source>
      <translation>À propos de Workshop Kit</translation>
      <extra-wk-built>e207bd4b4fec</extra-wk-built>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
      <extra-wk-built>2d394395e590</extra-wk-built>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
      <extra-wk-built>addf4858f975</extra-wk-built>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
      <extra-wk-built>ca740e692731</extra-wk-built>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Accueil</translation>
      <extra-wk-built>533161735639</extra-wk-built>
    </message>
    <message>
      <source>Current workshop:</source>
      <translation>Atelier en cours :</translation>
      <extra-wk-built>6cc91af80eff</extra-wk-built>
    </message>
    <message>
      <source>Curricula</source>
      <translation>Modules de formation</translation>
      <extra-wk-built>12a1cfc18682</extra-wk-built>
    </message>
    <message>
      <source>Data: {path}</source>
      <translation>Données : {path}</translation>
      <extra-wk-built>a8d1481258b8</extra-wk-built>
    </message>
    <message>
      <source>Last backup: {time}</source>
      <translation>Dernière sauvegarde : {time}</translation>
      <extra-wk-built>4859353fa147</extra-wk-built>
    </message>
    <message>
      <source>Newest good backup: {name}</source>
      <translation>Sauvegarde saine la plus récente : {name}</translation>
      <extra-wk-built>041b47c77681</extra-wk-built>
    </message>
    <message>
      <source>No backup yet</source>
      <translation>Aucune sauvegarde pour l'instant</translation>
      <extra-wk-built>70b62fb36d83</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Problem report</source>
      <translation>Rapport de problème</translation>
      <extra-wk-built>db17fe1a95d6</extra-wk-built>
    </message>
    <message>
      <source>Problem report saved: {path}. It holds no participant data; attach it to your e-mail.</source>
      <translation>Rapport de problème enregistré : {path}. Il ne contient aucune donnée sur les participants ; joignez-le à votre e-mail.</translation>
      <extra-wk-built>1510e0fb0f6c</extra-wk-built>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
      <extra-wk-built>30556a7a38a5</extra-wk-built>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
      <extra-wk-built>4974161dd854</extra-wk-built>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>Restaurer une sauvegarde…</translation>
      <extra-wk-built>2afa7df16515</extra-wk-built>
    </message>
    <message>
      <source>Save a problem report</source>
      <translation>Enregistrer un rapport de problème</translation>
      <extra-wk-built>5ba872101973</extra-wk-built>
    </message>
    <message>
      <source>Save a problem report…</source>
      <translation>Enregistrer un rapport de problème…</translation>
      <extra-wk-built>c6987ccdebc0</extra-wk-built>
    </message>
    <message>
      <source>Saving the problem report…</source>
      <translation>Enregistrement du rapport de problème…</translation>
      <extra-wk-built>316cffa4b564</extra-wk-built>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
      <extra-wk-built>4ed117e09c53</extra-wk-built>
    </message>
    <message>
      <source>The data file is damaged ({detail}). Stop entering data, close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données est endommagé ({detail}). Arrêtez la saisie, fermez Workshop Kit et restaurez une sauvegarde avec : workshop-kit backup restore</translation>
      <extra-wk-built>f8bfbac8cb10</extra-wk-built>
    </message>
    <message>
      <source>The report could not be written: {error}</source>
      <translation>Le rapport n'a pas pu être écrit : {error}</translation>
      <extra-wk-built>871eb97e395d</extra-wk-built>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
      <extra-wk-built>a4111994804e</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
      <extra-wk-built>c16fd7cbbb02</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
      <extra-wk-built>705eba641273</extra-wk-built>
    </message>
    <message>
      <source>Zip files (*.zip)</source>
      <translation>Fichiers zip (*.zip)</translation>
      <extra-wk-built>e3f46a6921d2</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MakeCertificatesTab</name>
    <message numerus="yes">
      <source>%n certificate(s) made.</source>
      <translation>
        <numerusform>%n attestation créée.</numerusform>
        <numerusform>%n attestations créées.</numerusform>
      </translation>
      <extra-wk-built>9c4be2150c7f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) queued.</source>
      <translation>
        <numerusform>%n message en attente d'envoi.</numerusform>
        <numerusform>%n messages en attente d'envoi.</numerusform>
      </translation>
      <extra-wk-built>35d36b44d7ce</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) not eligible (see the list).</source>
      <translation>
        <numerusform>%n participant·e non éligible (voir la liste).</numerusform>
        <numerusform>%n participant·es non éligibles (voir la liste).</numerusform>
      </translation>
      <extra-wk-built>93a5bf0bcbc1</extra-wk-built>
    </message>
    <message>
      <source>Also make PDF files</source>
      <translation>Créer aussi les fichiers PDF</translation>
      <extra-wk-built>9aa607c619b4</extra-wk-built>
    </message>
    <message>
      <source>Also make PDF files (needs LibreOffice)</source>
      <translation>Créer aussi les fichiers PDF (nécessite LibreOffice)</translation>
      <extra-wk-built>df4afb94d4db</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Attendance rule: {percent} % of the sessions (excused absences are not counted). {n} of %n participant(s) meet it.</source>
      <translation>
        <numerusform>Règle d'assiduité : {percent} % des séances (les absences excusées ne comptent pas). {n} participant·e sur %n la remplit.</numerusform>
        <numerusform>Règle d'assiduité : {percent} % des séances (les absences excusées ne comptent pas). {n} participant·es sur %n la remplissent.</numerusform>
      </translation>
      <extra-wk-built>ee20bf082497</extra-wk-built>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
      <extra-wk-built>46ad3916f6a0</extra-wk-built>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
      <extra-wk-built>e52a82c98b3a</extra-wk-built>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>Attestation {number} révoquée.</translation>
      <extra-wk-built>830eb3d5f07b</extra-wk-built>
    </message>
    <message>
      <source>Choose at least one kind of file.</source>
      <translation>Choisissez au moins un type de fichier.</translation>
      <extra-wk-built>83655d70a1da</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first.</source>
      <translation>Choisissez ou créez d'abord un atelier.</translation>
      <extra-wk-built>41263d9ab11c</extra-wk-built>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
      <extra-wk-built>397049a6ab90</extra-wk-built>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
      <extra-wk-built>340f463033e0</extra-wk-built>
    </message>
    <message>
      <source>Files</source>
      <translation>Fichiers</translation>
      <extra-wk-built>c7c15a8a6469</extra-wk-built>
    </message>
    <message>
      <source>Folder</source>
      <translation>Dossier</translation>
      <extra-wk-built>2cdf175d11ce</extra-wk-built>
    </message>
    <message>
      <source>Folder for the certificates</source>
      <translation>Dossier des attestations</translation>
      <extra-wk-built>b31a2e219087</extra-wk-built>
    </message>
    <message>
      <source>Folder of the certificates</source>
      <translation>Dossier des attestations</translation>
      <extra-wk-built>b31a2e219087</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice is not installed: install it from libreoffice.org to make PDFs. The .docx files work without it.</source>
      <translation>LibreOffice n'est pas installé : installez-le depuis libreoffice.org pour créer des PDF. Les fichiers .docx fonctionnent sans lui.</translation>
      <extra-wk-built>7a09bb7cb47c</extra-wk-built>
    </message>
    <message>
      <source>Make certificates</source>
      <translation>Créer les attestations</translation>
      <extra-wk-built>7991d3bea747</extra-wk-built>
    </message>
    <message>
      <source>Making certificates…</source>
      <translation>Création des attestations…</translation>
      <extra-wk-built>86d98da962aa</extra-wk-built>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate made.</source>
      <translation>Personne ne remplit encore la règle d'assiduité : aucune attestation créée.</translation>
      <extra-wk-built>9c71ea5cc43c</extra-wk-built>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
      <extra-wk-built>a61794270e4f</extra-wk-built>
    </message>
    <message>
      <source>One file per participant</source>
      <translation>Un fichier par participant·e</translation>
      <extra-wk-built>932610f6b131</extra-wk-built>
    </message>
    <message>
      <source>One file with every certificate, ready to print</source>
      <translation>Un fichier avec toutes les attestations, prêt à imprimer</translation>
      <extra-wk-built>c609b485df60</extra-wk-built>
    </message>
    <message>
      <source>Only participants who meet the attendance rule</source>
      <translation>Seulement les participant·es qui remplissent la règle d'assiduité</translation>
      <extra-wk-built>fd3d2b403902</extra-wk-built>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Ouvrir le dossier</translation>
      <extra-wk-built>db51a60ea6da</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
      <extra-wk-built>554f4235112e</extra-wk-built>
    </message>
    <message>
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
      <extra-wk-built>cc4c994f4f3e</extra-wk-built>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>Fichier à imprimer : {path}</translation>
      <extra-wk-built>25c6dda5b77d</extra-wk-built>
    </message>
    <message>
      <source>Queue e-mails</source>
      <translation>Préparer les courriels</translation>
      <extra-wk-built>bbdaf2e13d3d</extra-wk-built>
    </message>
    <message>
      <source>Revoke certificate</source>
      <translation>Révoquer l'attestation</translation>
      <extra-wk-built>8d81bdbf5300</extra-wk-built>
    </message>
    <message>
      <source>Revoke the selected participant's certificate</source>
      <translation>Révoquer l'attestation de la personne sélectionnée</translation>
      <extra-wk-built>c1dab7507cf1</extra-wk-built>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Révoquer…</translation>
      <extra-wk-built>521e11e873b5</extra-wk-built>
    </message>
    <message>
      <source>Select a participant whose certificate is issued and not revoked.</source>
      <translation>Sélectionnez une personne dont l'attestation est délivrée et non révoquée.</translation>
      <extra-wk-built>c89cc0eab742</extra-wk-built>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
      <extra-wk-built>4841286ea381</extra-wk-built>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
      <extra-wk-built>f1a73e2204a1</extra-wk-built>
    </message>
    <message>
      <source>Skipped:</source>
      <translation>Ignorés :</translation>
      <extra-wk-built>175f6b60615a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Stopped: %n complete certificate(s) kept, no half-written file.</source>
      <translation>
        <numerusform>Arrêté : %n attestation complète conservée, aucun fichier à moitié écrit.</numerusform>
        <numerusform>Arrêté : %n attestations complètes conservées, aucun fichier à moitié écrit.</numerusform>
      </translation>
      <extra-wk-built>915d5fc3ccd6</extra-wk-built>
    </message>
    <message>
      <source>Stopping after the current certificate…</source>
      <translation>Arrêt après l'attestation en cours…</translation>
      <extra-wk-built>7e813ed52d07</extra-wk-built>
    </message>
    <message>
      <source>Template</source>
      <translation>Modèle</translation>
      <extra-wk-built>e61bbb839ef8</extra-wk-built>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>Signature du/de la formateur·rice</translation>
      <extra-wk-built>2e937483aa94</extra-wk-built>
    </message>
    <message>
      <source>Why is certificate {number} ({name}) revoked?</source>
      <translation>Pourquoi l'attestation {number} ({name}) est-elle révoquée ?</translation>
      <extra-wk-built>880c7ded8975</extra-wk-built>
    </message>
    <message>
      <source>eligible</source>
      <translation>éligible</translation>
      <extra-wk-built>de0b2e0a6bc0</extra-wk-built>
    </message>
    <message>
      <source>not eligible: {reason}</source>
      <translation>non éligible : {reason}</translation>
      <extra-wk-built>7c57e6219a2b</extra-wk-built>
    </message>
    <message>
      <source>optional: a PNG or JPEG of the trainer's signature</source>
      <translation>facultatif : un PNG ou JPEG de la signature du/de la formateur·rice</translation>
      <extra-wk-built>62520b6d3de3</extra-wk-built>
    </message>
    <message>
      <source>revoked</source>
      <translation>révoquée</translation>
      <extra-wk-built>26ddbf152441</extra-wk-built>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message numerus="yes">
      <source>%n row(s); header on row {header} ({source}).</source>
      <translation>
        <numerusform>%n ligne ; en-tête à la ligne {header} ({source}).</numerusform>
        <numerusform>%n lignes ; en-tête à la ligne {header} ({source}).</numerusform>
      </translation>
      <extra-wk-built>258c83a639ae</extra-wk-built>
    </message>
    <message>
      <source>(not imported)</source>
      <translation>(non importée)</translation>
      <extra-wk-built>a0bc04bfba92</extra-wk-built>
    </message>
    <message>
      <source>2. Check the columns</source>
      <translation>2. Vérifier les colonnes</translation>
      <extra-wk-built>842d4430dfc6</extra-wk-built>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
      <extra-wk-built>604818e00b47</extra-wk-built>
    </message>
    <message>
      <source>Each column of the file and the field it fills; change any that is wrong.</source>
      <translation>Chaque colonne du fichier et le champ qu'elle remplit ; corrigez celles qui sont fausses.</translation>
      <extra-wk-built>613d800e5f0f</extra-wk-built>
    </message>
    <message>
      <source>First values</source>
      <translation>Premières valeurs</translation>
      <extra-wk-built>0fc3dd1c3fbc</extra-wk-built>
    </message>
    <message>
      <source>Imported as</source>
      <translation>Importée comme</translation>
      <extra-wk-built>7d5b5ee7eedb</extra-wk-built>
    </message>
    <message>
      <source>Legal status, documents and religion are never collected.</source>
      <translation>Le statut juridique, les documents d'identité et la religion ne sont jamais collectés.</translation>
      <extra-wk-built>18de2b08e791</extra-wk-built>
    </message>
    <message>
      <source>No column was recognised as a name: choose “Full name” (or First name, Last name) for the column that holds the names.</source>
      <translation>Aucune colonne n'a été reconnue comme un nom : choisissez « Nom complet » (ou Prénom, Nom) pour la colonne qui contient les noms.</translation>
      <extra-wk-built>1b9ecb196dbd</extra-wk-built>
    </message>
    <message>
      <source>The sheet “{sheet}” has person columns ({columns}): go back and choose it under “Sheet”.</source>
      <translation>La feuille « {sheet} » a des colonnes de personnes ({columns}) : revenez en arrière et choisissez-la dans « Feuille ».</translation>
      <extra-wk-built>a6fe258c5b22</extra-wk-built>
    </message>
    <message>
      <source>sheet {name}</source>
      <translation>feuille {name}</translation>
      <extra-wk-built>c408fc615ad9</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModuleChoiceDelegate</name>
    <message>
      <source>(no module)</source>
      <translation>(sans module)</translation>
      <extra-wk-built>dba3442c4687</extra-wk-built>
    </message>
    <message>
      <source>A module not installed on this computer</source>
      <translation>Un module non installé sur cet ordinateur</translation>
      <extra-wk-built>2a8b3f69749a</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModulePicker</name>
    <message>
      <source>A module not installed on this computer</source>
      <translation>Un module non installé sur cet ordinateur</translation>
      <extra-wk-built>2a8b3f69749a</extra-wk-built>
    </message>
    <message>
      <source>Added on another computer; kept as it is. Uncheck it to take it off the workshop.</source>
      <translation>Ajouté sur un autre ordinateur ; gardé tel quel. Décochez-le pour le retirer de l'atelier.</translation>
      <extra-wk-built>3b94c66c16ca</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ModulesTab</name>
    <message numerus="yes">
      <source>%n problem(s) in this module's files, e.g. {first}</source>
      <translation>
        <numerusform>%n problème dans les fichiers de ce module : {first}</numerusform>
        <numerusform>%n problèmes dans les fichiers de ce module, par ex. {first}</numerusform>
      </translation>
      <extra-wk-built>b74824c66ff2</extra-wk-built>
    </message>
    <message>
      <source>(local)</source>
      <translation>(local)</translation>
      <extra-wk-built>ce1473918636</extra-wk-built>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(facultative)</translation>
      <extra-wk-built>d4bb213b4a24</extra-wk-built>
    </message>
    <message>
      <source>All languages</source>
      <translation>Toutes les langues</translation>
      <extra-wk-built>2fef1615b2ec</extra-wk-built>
    </message>
    <message>
      <source>Answer key…</source>
      <translation>Corrigé…</translation>
      <extra-wk-built>29519a09eb27</extra-wk-built>
    </message>
    <message>
      <source>Import a module (zip)</source>
      <translation>Importer un module (zip)</translation>
      <extra-wk-built>b88a7cf39504</extra-wk-built>
    </message>
    <message>
      <source>Import a module…</source>
      <translation>Importer un module…</translation>
      <extra-wk-built>6ac8d742784d</extra-wk-built>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
      <extra-wk-built>5f6baab4dbe1</extra-wk-built>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
      <extra-wk-built>4f846a84e7fc</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
      <extra-wk-built>f148224ae44f</extra-wk-built>
    </message>
    <message>
      <source>Module {id} is used by the current workshop but is not installed on this computer. Import it (button on the left) to read and print it.</source>
      <translation>Le module {id} est utilisé par l'atelier en cours mais n'est pas installé sur cet ordinateur. Importez-le (bouton à gauche) pour le lire et l'imprimer.</translation>
      <extra-wk-built>66d233ed6d7b</extra-wk-built>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Rien trouvé.</translation>
      <extra-wk-built>6cc63627f1ce</extra-wk-built>
    </message>
    <message>
      <source>Optional: left out of the 4-day path (docs/four-day-path.md).</source>
      <translation>Facultative : hors du parcours de 4 jours (docs/four-day-path.md).</translation>
      <extra-wk-built>d1de930e12af</extra-wk-built>
    </message>
    <message>
      <source>Participant handout…</source>
      <translation>Support participant…</translation>
      <extra-wk-built>aa93dcf9499c</extra-wk-built>
    </message>
    <message>
      <source>Pre/post test…</source>
      <translation>Test avant/après…</translation>
      <extra-wk-built>cf249adf70dd</extra-wk-built>
    </message>
    <message>
      <source>Save the handout</source>
      <translation>Enregistrer le support</translation>
      <extra-wk-built>fa3313efa5bc</extra-wk-built>
    </message>
    <message>
      <source>Save the test</source>
      <translation>Enregistrer le test</translation>
      <extra-wk-built>257ab3e877fb</extra-wk-built>
    </message>
    <message>
      <source>Search all modules (any language, accents optional)…</source>
      <translation>Chercher dans tous les modules (toutes langues, accents facultatifs)…</translation>
      <extra-wk-built>75d6f33bde34</extra-wk-built>
    </message>
    <message>
      <source>The current workshop uses this module; import it to read and print it.</source>
      <translation>L'atelier en cours utilise ce module ; importez-le pour le lire et l'imprimer.</translation>
      <extra-wk-built>99204669c9db</extra-wk-built>
    </message>
    <message>
      <source>Trainer's version…</source>
      <translation>Version formateur…</translation>
      <extra-wk-built>9466f50ac836</extra-wk-built>
    </message>
    <message>
      <source>Translation missing: this module has no {language} text yet; the {shown} text is shown.</source>
      <translation>Traduction manquante : ce module n'a pas encore de texte en {language} ; le texte en {shown} est affiché.</translation>
      <extra-wk-built>1a9222aea311</extra-wk-built>
    </message>
    <message>
      <source>{id} — not installed on this computer</source>
      <translation>{id} — non installé sur cet ordinateur</translation>
      <extra-wk-built>f75d4c5ad116</extra-wk-built>
    </message>
    <message>
      <source>…or choose a module folder</source>
      <translation>…ou choisissez un dossier de module</translation>
      <extra-wk-built>e297696f4dcd</extra-wk-built>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <source>City</source>
      <translation>Ville</translation>
      <extra-wk-built>0ebd25a341ea</extra-wk-built>
    </message>
    <message>
      <source>Days</source>
      <translation>Jours</translation>
      <extra-wk-built>d5a8252500f8</extra-wk-built>
    </message>
    <message>
      <source>First day</source>
      <translation>Premier jour</translation>
      <extra-wk-built>c006eae1e679</extra-wk-built>
    </message>
    <message>
      <source>Give the workshop a title.</source>
      <translation>Donnez un titre à l'atelier.</translation>
      <extra-wk-built>61823b0bf9db</extra-wk-built>
    </message>
    <message>
      <source>Modules</source>
      <translation>Modules</translation>
      <extra-wk-built>76c86c4c3243</extra-wk-built>
    </message>
    <message>
      <source>New workshop</source>
      <translation>Nouvel atelier</translation>
      <extra-wk-built>2592dbf49355</extra-wk-built>
    </message>
    <message>
      <source>Sessions per day</source>
      <translation>Séances par jour</translation>
      <extra-wk-built>bbad7dec7b7c</extra-wk-built>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
      <extra-wk-built>78e7920010aa</extra-wk-built>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>Titre en arabe</translation>
      <extra-wk-built>07bb8b09a3f4</extra-wk-built>
    </message>
    <message>
      <source>e.g. Access to public services — Agadir</source>
      <translation>ex. Accès aux services publics — Agadir</translation>
      <extra-wk-built>2f7043f2d203</extra-wk-built>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the title</source>
      <translation>imprimé sur les documents en arabe ; vide : le titre</translation>
      <extra-wk-built>d1d3b28d064d</extra-wk-built>
    </message>
  </context>
  <context>
    <name>OutboxTab</name>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n en échec</numerusform>
        <numerusform>%n en échec</numerusform>
      </translation>
      <extra-wk-built>6d84e1871fe7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n queued</source>
      <translation>
        <numerusform>%n en attente</numerusform>
        <numerusform>%n en attente</numerusform>
      </translation>
      <extra-wk-built>6c661ee6fe6c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n sent</source>
      <translation>
        <numerusform>%n envoyé</numerusform>
        <numerusform>%n envoyés</numerusform>
      </translation>
      <extra-wk-built>f2c2eba83c4c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still queued</source>
      <translation>
        <numerusform>%n encore en attente</numerusform>
        <numerusform>%n encore en attente</numerusform>
      </translation>
      <extra-wk-built>487e0b1e5f47</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n uncertain</source>
      <translation>
        <numerusform>%n incertain</numerusform>
        <numerusform>%n incertains</numerusform>
      </translation>
      <extra-wk-built>e75a775e0ae5</extra-wk-built>
    </message>
    <message>
      <source>A message whose connection dropped after it was handed to the server is marked uncertain and never sent again on its own: it may have arrived. Check the sender's mailbox, then use “Send again” or “Mark as received”.</source>
      <translation>Un message dont la connexion a été coupée après sa remise au serveur est marqué incertain et n'est jamais renvoyé tout seul : il est peut-être arrivé. Vérifiez la boîte de l'expéditeur, puis utilisez « Renvoyer » ou « Marquer comme reçu ».</translation>
      <extra-wk-built>b3c203071f4d</extra-wk-built>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Tentatives</translation>
      <extra-wk-built>692c5df6c2ba</extra-wk-built>
    </message>
    <message>
      <source>Cancel message</source>
      <translation>Annuler le message</translation>
      <extra-wk-built>6f96341fc8ee</extra-wk-built>
    </message>
    <message>
      <source>E-mail server…</source>
      <translation>Serveur de courriel…</translation>
      <extra-wk-built>3e639ac5a822</extra-wk-built>
    </message>
    <message>
      <source>For an uncertain message you checked arrived: it is never sent again.</source>
      <translation>Pour un message incertain dont vous avez vérifié l'arrivée : il ne sera jamais renvoyé.</translation>
      <extra-wk-built>f3eaaf59b614</extra-wk-built>
    </message>
    <message>
      <source>Last error</source>
      <translation>Dernière erreur</translation>
      <extra-wk-built>897abfabb40d</extra-wk-built>
    </message>
    <message>
      <source>Mark as received</source>
      <translation>Marquer comme reçu</translation>
      <extra-wk-built>64b3c588a919</extra-wk-built>
    </message>
    <message>
      <source>No e-mail server set yet: messages wait in the outbox.</source>
      <translation>Aucun serveur de courriel défini : les messages attendent dans la boîte d'envoi.</translation>
      <extra-wk-built>33dc0d6b3049</extra-wk-built>
    </message>
    <message>
      <source>Queue certificates from a folder…</source>
      <translation>Préparer l'envoi depuis un dossier…</translation>
      <extra-wk-built>062bde77e1c7</extra-wk-built>
    </message>
    <message>
      <source>Send again</source>
      <translation>Renvoyer</translation>
      <extra-wk-built>58c0fa009a92</extra-wk-built>
    </message>
    <message>
      <source>Send now</source>
      <translation>Envoyer maintenant</translation>
      <extra-wk-built>b36c256237ba</extra-wk-built>
    </message>
    <message>
      <source>Server: {server} ({security}), sender {sender}</source>
      <translation>Serveur : {server} ({security}), expéditeur {sender}</translation>
      <extra-wk-built>a49bb469ad7a</extra-wk-built>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
      <extra-wk-built>dee377cfd8cd</extra-wk-built>
    </message>
    <message>
      <source>Subject</source>
      <translation>Objet</translation>
      <extra-wk-built>b01189cd35d9</extra-wk-built>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
      <extra-wk-built>3de5b2cd8e26</extra-wk-built>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulé</translation>
      <extra-wk-built>aefffabdba4a</extra-wk-built>
    </message>
    <message>
      <source>failed</source>
      <translation>échec</translation>
      <extra-wk-built>3539212749a4</extra-wk-built>
    </message>
    <message>
      <source>queued</source>
      <translation>en attente</translation>
      <extra-wk-built>06e4f05177f0</extra-wk-built>
    </message>
    <message>
      <source>sending</source>
      <translation>envoi en cours</translation>
      <extra-wk-built>38f796fe6bff</extra-wk-built>
    </message>
    <message>
      <source>sent</source>
      <translation>envoyé</translation>
      <extra-wk-built>fe06d165f119</extra-wk-built>
    </message>
    <message>
      <source>uncertain</source>
      <translation>incertain</translation>
      <extra-wk-built>65df4a6f5e15</extra-wk-built>
    </message>
    <message>
      <source>{sent}, {failed}, {uncertain}, {queued}.</source>
      <translation>{sent}, {failed}, {uncertain}, {queued}.</translation>
      <extra-wk-built>175e85e97bf0</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantDialog</name>
    <message>
      <source>About the participant (optional)</source>
      <translation>À propos du participant (facultatif)</translation>
      <extra-wk-built>c9a7262792be</extra-wk-built>
    </message>
    <message>
      <source>Agrees to appear in photos</source>
      <translation>Accepte d'apparaître sur les photos</translation>
      <extra-wk-built>f18b4649b729</extra-wk-built>
    </message>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>Accepte de recevoir l'attestation par e-mail</translation>
      <extra-wk-built>83a440294cc3</extra-wk-built>
    </message>
    <message>
      <source>Agrees to the use of their data for this programme (required)</source>
      <translation>Accepte l'utilisation de ses données pour ce programme (obligatoire)</translation>
      <extra-wk-built>62df64b6cf48</extra-wk-built>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
      <extra-wk-built>46ad3916f6a0</extra-wk-built>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
      <extra-wk-built>64a281ac3a69</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
      <extra-wk-built>99c40ab40592</extra-wk-built>
    </message>
    <message>
      <source>Edit participant</source>
      <translation>Modifier le participant</translation>
      <extra-wk-built>583e86924185</extra-wk-built>
    </message>
    <message>
      <source>Legal or immigration status is never asked or recorded.</source>
      <translation>Le statut juridique ou migratoire n'est jamais demandé ni enregistré.</translation>
      <extra-wk-built>0f698c863219</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
      <extra-wk-built>f7f9ca3e2f67</extra-wk-built>
    </message>
    <message>
      <source>Name (Latin or Arabic script, at least one)</source>
      <translation>Nom (en caractères latins ou arabes, au moins l'un des deux)</translation>
      <extra-wk-built>fb59dc68849c</extra-wk-built>
    </message>
    <message>
      <source>New participant</source>
      <translation>Nouveau participant</translation>
      <extra-wk-built>fc10b4f15a71</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
      <extra-wk-built>961938f40e4c</extra-wk-built>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Recueilli par</translation>
      <extra-wk-built>c09887ebe40e</extra-wk-built>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
      <extra-wk-built>71dc74873e23</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
      <extra-wk-built>55c2bce1bb99</extra-wk-built>
    </message>
    <message>
      <source>e.g. 1990</source>
      <translation>par ex. 1990</translation>
      <extra-wk-built>794aa5397dac</extra-wk-built>
    </message>
    <message>
      <source>or age band…</source>
      <translation>ou tranche d'âge…</translation>
      <extra-wk-built>e98201966839</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
      <extra-wk-built>ad26287ab66b</extra-wk-built>
    </message>
    <message>
      <source>Badge</source>
      <translation>Badge</translation>
      <extra-wk-built>002474e36821</extra-wk-built>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
      <extra-wk-built>60b2fead65c5</extra-wk-built>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
      <extra-wk-built>b2c124536d21</extra-wk-built>
    </message>
    <message>
      <source>Name (Arabic)</source>
      <translation>Nom (arabe)</translation>
      <extra-wk-built>23501aa53258</extra-wk-built>
    </message>
    <message>
      <source>None</source>
      <translation>Aucun</translation>
      <extra-wk-built>4679b3b12de0</extra-wk-built>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Révoqué</translation>
      <extra-wk-built>cc480a90557f</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ParticipantsPage</name>
    <message numerus="yes">
      <source>%n enrolment(s) added</source>
      <translation>
        <numerusform>%n inscription ajoutée</numerusform>
        <numerusform>%n inscriptions ajoutées</numerusform>
      </translation>
      <extra-wk-built>0727c375b73b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n new participant(s)</source>
      <translation>
        <numerusform>%n nouveau participant</numerusform>
        <numerusform>%n nouveaux participants</numerusform>
      </translation>
      <extra-wk-built>6dfd98276b94</extra-wk-built>
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
        <numerusform>%n participant n'a suivi que des ateliers terminés depuis plus de {months} mois. Selon la durée de conservation des Réglages, ses données devraient maintenant être anonymisées.</numerusform>
        <numerusform>%n participants n'ont suivi que des ateliers terminés depuis plus de {months} mois. Selon la durée de conservation des Réglages, leurs données devraient maintenant être anonymisées.</numerusform>
      </translation>
      <extra-wk-built>3f0e72959f56</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) skipped</source>
      <translation>
        <numerusform>%n ligne ignorée</numerusform>
        <numerusform>%n lignes ignorées</numerusform>
      </translation>
      <extra-wk-built>0693d5e08f40</extra-wk-built>
    </message>
    <message>
      <source>All participants</source>
      <translation>Tous les participants</translation>
      <extra-wk-built>099a6edf730d</extra-wk-built>
    </message>
    <message>
      <source>Anonymise</source>
      <translation>Anonymiser</translation>
      <extra-wk-built>1871b26d74af</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Anonymise %n participant(s)? Their names and contact details are erased; attendance counts stay.</source>
      <translation>
        <numerusform>Anonymiser %n participant ? Son nom et ses coordonnées sont effacés ; les décomptes de présence restent.</numerusform>
        <numerusform>Anonymiser %n participants ? Leurs noms et coordonnées sont effacés ; les décomptes de présence restent.</numerusform>
      </translation>
      <extra-wk-built>de23f4a1d9ed</extra-wk-built>
    </message>
    <message>
      <source>Anonymise them…</source>
      <translation>Les anonymiser…</translation>
      <extra-wk-built>6bfdb2c1c564</extra-wk-built>
    </message>
    <message>
      <source>Anonymising…</source>
      <translation>Anonymisation…</translation>
      <extra-wk-built>bac521def904</extra-wk-built>
    </message>
    <message>
      <source>Attended</source>
      <translation>Présent</translation>
      <extra-wk-built>027bcf715fc2</extra-wk-built>
    </message>
    <message>
      <source>Consent: {what}</source>
      <translation>Consentement : {what}</translation>
      <extra-wk-built>e0fade21fbb3</extra-wk-built>
    </message>
    <message>
      <source>Current workshop</source>
      <translation>Atelier en cours</translation>
      <extra-wk-built>471e37b9d206</extra-wk-built>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
      <extra-wk-built>78963905f399</extra-wk-built>
    </message>
    <message>
      <source>Duplicates…</source>
      <translation>Doublons…</translation>
      <extra-wk-built>d2186c06b2b4</extra-wk-built>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
      <extra-wk-built>389920f6c37a</extra-wk-built>
    </message>
    <message>
      <source>Enrol in current workshop</source>
      <translation>Inscrire à l'atelier en cours</translation>
      <extra-wk-built>b77a2ff52337</extra-wk-built>
    </message>
    <message>
      <source>Erase</source>
      <translation>Effacer</translation>
      <extra-wk-built>e4750da99f0f</extra-wk-built>
    </message>
    <message>
      <source>Erase all personal data of {name}? Their attendance stays in the statistics without their name. This cannot be undone.</source>
      <translation>Effacer toutes les données personnelles de {name} ? Sa présence reste dans les statistiques, sans son nom. C'est irréversible.</translation>
      <extra-wk-built>37bb25e51868</extra-wk-built>
    </message>
    <message>
      <source>Erase participant</source>
      <translation>Effacer le participant</translation>
      <extra-wk-built>0af37a70832e</extra-wk-built>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
      <extra-wk-built>60b2fead65c5</extra-wk-built>
    </message>
    <message>
      <source>Erase…</source>
      <translation>Effacer…</translation>
      <extra-wk-built>4defed71f40d</extra-wk-built>
    </message>
    <message>
      <source>Erasing…</source>
      <translation>Effacement…</translation>
      <extra-wk-built>6dfefebb769b</extra-wk-built>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Tout le monde</translation>
      <extra-wk-built>579a8582f8de</extra-wk-built>
    </message>
    <message>
      <source>Export everything held about this person</source>
      <translation>Exporter tout ce qui est conservé sur cette personne</translation>
      <extra-wk-built>b6618e53865e</extra-wk-built>
    </message>
    <message>
      <source>Export their data…</source>
      <translation>Exporter ses données…</translation>
      <extra-wk-built>aac2a3fa911a</extra-wk-built>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
      <extra-wk-built>ed2c9cb3830e</extra-wk-built>
    </message>
    <message>
      <source>Imported: {imported}; {enrolled}; {skipped}.</source>
      <translation>Import : {imported} ; {enrolled} ; {skipped}.</translation>
      <extra-wk-built>3b2d05250517</extra-wk-built>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importer…</translation>
      <extra-wk-built>c8f18428f04f</extra-wk-built>
    </message>
    <message>
      <source>Men</source>
      <translation>Hommes</translation>
      <extra-wk-built>576ac9859e0e</extra-wk-built>
    </message>
    <message>
      <source>New participant…</source>
      <translation>Nouveau participant…</translation>
      <extra-wk-built>c65609b2a05c</extra-wk-built>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
      <extra-wk-built>eb72e1683b81</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Personal data erased on {date}; attendance still counts, anonymously.</source>
      <translation>Données personnelles effacées le {date} ; la présence compte toujours, de façon anonyme.</translation>
      <extra-wk-built>0ee845e91b80</extra-wk-built>
    </message>
    <message>
      <source>Search: name in Latin or Arabic script, organisation, city, phone, e-mail…</source>
      <translation>Rechercher : nom en caractères latins ou arabes, organisation, ville, téléphone, e-mail…</translation>
      <extra-wk-built>c62f3988c2b1</extra-wk-built>
    </message>
    <message>
      <source>Select a participant to see their details and history.</source>
      <translation>Sélectionnez un participant pour voir sa fiche et son historique.</translation>
      <extra-wk-built>81e944402c3e</extra-wk-built>
    </message>
    <message>
      <source>Show erased</source>
      <translation>Afficher les effacés</translation>
      <extra-wk-built>2d1eb470f7fe</extra-wk-built>
    </message>
    <message>
      <source>Women</source>
      <translation>Femmes</translation>
      <extra-wk-built>30661d17d9a9</extra-wk-built>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Document Word (*.docx)</translation>
      <extra-wk-built>7d1a8e280380</extra-wk-built>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
      <extra-wk-built>a4111994804e</extra-wk-built>
    </message>
    <message>
      <source>Workshops attended</source>
      <translation>Ateliers suivis</translation>
      <extra-wk-built>f1bd0a665a60</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
      <extra-wk-built>f2ffd0c120ea</extra-wk-built>
    </message>
    <message>
      <source>data</source>
      <translation>données</translation>
      <extra-wk-built>a08317648ecf</extra-wk-built>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
      <extra-wk-built>39e0749da40f</extra-wk-built>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
      <extra-wk-built>7b62d6fbba9c</extra-wk-built>
    </message>
    <message>
      <source>personal-data</source>
      <translation>donnees-personnelles</translation>
      <extra-wk-built>50663d284862</extra-wk-built>
    </message>
    <message>
      <source>photos</source>
      <translation>photos</translation>
      <extra-wk-built>84a6dae49cf0</extra-wk-built>
    </message>
    <message>
      <source>{n}+ participants</source>
      <translation>{n}+ participants</translation>
      <extra-wk-built>7803d399e565</extra-wk-built>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Again</source>
      <translation>Encore une fois</translation>
      <extra-wk-built>e7e0b1f6bf59</extra-wk-built>
    </message>
    <message>
      <source>Encrypt the data folder</source>
      <translation>Chiffrer le dossier de données</translation>
      <extra-wk-built>0bb1a158379c</extra-wk-built>
    </message>
    <message>
      <source>I have written the passphrase down and keep it in a safe place</source>
      <translation>J'ai noté la phrase secrète et je la garde en lieu sûr</translation>
      <extra-wk-built>24b401ec3c2f</extra-wk-built>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
      <extra-wk-built>83baa0b834c8</extra-wk-built>
    </message>
    <message>
      <source>The database and its backups will be encrypted: a lost or borrowed laptop or USB stick shows nothing about the participants without this passphrase. Workshop Kit asks for it when it starts.

Nobody can recover a lost passphrase, not even the developers: without it the data is lost. Write it down on paper and keep it away from this laptop (for example in a sealed envelope at the office).</source>
      <translation>La base de données et ses sauvegardes seront chiffrées : un ordinateur ou une clé USB perdus ou prêtés ne montrent rien des participant·es sans cette phrase secrète. Workshop Kit la demande au démarrage.

Personne ne peut retrouver une phrase secrète perdue, pas même les développeurs : sans elle, les données sont perdues. Notez-la sur papier et gardez-la loin de cet ordinateur (par exemple sous enveloppe scellée au bureau).</translation>
      <extra-wk-built>e13dcdd13caf</extra-wk-built>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
      <extra-wk-built>ac2c81cad2d1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Too short: at least %n character(s).</source>
      <translation>
        <numerusform>Trop courte : au moins %n caractère.</numerusform>
        <numerusform>Trop courte : au moins %n caractères.</numerusform>
      </translation>
      <extra-wk-built>e48730aeead0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>at least %n character(s); a few words</source>
      <translation>
        <numerusform>au moins %n caractère ; quelques mots</numerusform>
        <numerusform>au moins %n caractères ; quelques mots</numerusform>
      </translation>
      <extra-wk-built>c4e2404a9a52</extra-wk-built>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview with sample data</source>
      <translation>Aperçu avec des données d'exemple</translation>
      <extra-wk-built>e652fb1747c0</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ProgrammePage</name>
    <message numerus="yes">
      <source>%n already known</source>
      <translation>
        <numerusform>%n déjà connu</numerusform>
        <numerusform>%n déjà connus</numerusform>
      </translation>
      <extra-wk-built>15fe1d3f09ab</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n fusionné</numerusform>
        <numerusform>%n fusionnés</numerusform>
      </translation>
      <extra-wk-built>86676a50fee5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>%n refusé</numerusform>
        <numerusform>%n refusés</numerusform>
      </translation>
      <extra-wk-built>c690037c5d57</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still arriving</source>
      <translation>
        <numerusform>%n en cours d'arrivée</numerusform>
        <numerusform>%n en cours d'arrivée</numerusform>
      </translation>
      <extra-wk-built>1a7ec61f31ce</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n workshop(s) in this view: {scope}</source>
      <translation>
        <numerusform>%n atelier dans cette vue : {scope}</numerusform>
        <numerusform>%n ateliers dans cette vue : {scope}</numerusform>
      </translation>
      <extra-wk-built>cb3ebfed53e4</extra-wk-built>
    </message>
    <message>
      <source>All</source>
      <translation>Tous</translation>
      <extra-wk-built>2ff599814388</extra-wk-built>
    </message>
    <message>
      <source>Anonymised: counts below 3 are shown as "&lt;3".</source>
      <translation>Anonymisé : les effectifs inférieurs à 3 sont affichés « &lt;3 ».</translation>
      <extra-wk-built>3f1724b36e4a</extra-wk-built>
    </message>
    <message>
      <source>Check and merge every new bundle in the folder. Nothing is written into the folder.</source>
      <translation>Vérifier et fusionner chaque nouveau paquet du dossier. Rien n'est écrit dans le dossier.</translation>
      <extra-wk-built>c3f642d1b3e2</extra-wk-built>
    </message>
    <message>
      <source>Checking {done} of {total}: {file}</source>
      <translation>Vérification {done} sur {total} : {file}</translation>
      <extra-wk-built>f7b64a72498e</extra-wk-built>
    </message>
    <message>
      <source>Choose the inbox folder…</source>
      <translation>Choisir le dossier de dépôt…</translation>
      <extra-wk-built>03e6168b4dea</extra-wk-built>
    </message>
    <message>
      <source>City:</source>
      <translation>Ville :</translation>
      <extra-wk-built>ea61bd97ded7</extra-wk-built>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Calcul en cours…</translation>
      <extra-wk-built>d60b6905484a</extra-wk-built>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
      <extra-wk-built>12e95feff7df</extra-wk-built>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation>Exporter en Excel…</translation>
      <extra-wk-built>f2ed4d31374b</extra-wk-built>
    </message>
    <message>
      <source>Export the programme dashboard</source>
      <translation>Exporter le tableau de bord du programme</translation>
      <extra-wk-built>7c8e75955c6c</extra-wk-built>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
      <extra-wk-built>07ceb51d3a38</extra-wk-built>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Dossier :</translation>
      <extra-wk-built>01c5e82f2fb0</extra-wk-built>
    </message>
    <message>
      <source>For a bundle refused because its signer is unknown: trust the key of the laptop that signed it, then scan again.</source>
      <translation>Pour un paquet refusé parce que son signataire est inconnu : faire confiance à la clé de l'ordinateur qui l'a signé, puis analyser de nouveau.</translation>
      <extra-wk-built>0ab2736ace3f</extra-wk-built>
    </message>
    <message>
      <source>From:</source>
      <translation>Du :</translation>
      <extra-wk-built>165b9d0376e2</extra-wk-built>
    </message>
    <message>
      <source>Gain (points)</source>
      <translation>Gain (points)</translation>
      <extra-wk-built>1162259667ec</extra-wk-built>
    </message>
    <message>
      <source>Inbox folder</source>
      <translation>Dossier de dépôt</translation>
      <extra-wk-built>364a829aa583</extra-wk-built>
    </message>
    <message>
      <source>Inbox: bundles from trainers</source>
      <translation>Dépôt : paquets des formateurs</translation>
      <extra-wk-built>bfc36e7c0a19</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain per module</source>
      <translation>Gain de connaissances par module</translation>
      <extra-wk-built>b3c5b99999a3</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
      <extra-wk-built>f148224ae44f</extra-wk-built>
    </message>
    <message>
      <source>Module:</source>
      <translation>Module :</translation>
      <extra-wk-built>464fa6a8d73c</extra-wk-built>
    </message>
    <message>
      <source>One-page summary (PDF)…</source>
      <translation>Synthèse d'une page (PDF)…</translation>
      <extra-wk-built>2e1f8fa643c5</extra-wk-built>
    </message>
    <message>
      <source>One-page summary (Word)…</source>
      <translation>Synthèse d'une page (Word)…</translation>
      <extra-wk-built>15b503a54afb</extra-wk-built>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>Documents PDF (*.pdf)</translation>
      <extra-wk-built>befd03caf6ac</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Partner:</source>
      <translation>Partenaire :</translation>
      <extra-wk-built>95a49ee3aa58</extra-wk-built>
    </message>
    <message>
      <source>People reached, by:</source>
      <translation>Personnes touchées, par :</translation>
      <extra-wk-built>4fc694f4b619</extra-wk-built>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>Post-test %</translation>
      <extra-wk-built>e497b9f854f1</extra-wk-built>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>Pré-test %</translation>
      <extra-wk-built>c4aa3815bb15</extra-wk-built>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
      <extra-wk-built>f1ed9999c72b</extra-wk-built>
    </message>
    <message>
      <source>Scan the inbox</source>
      <translation>Analyser la boîte de dépôt</translation>
      <extra-wk-built>f86c498cb667</extra-wk-built>
    </message>
    <message>
      <source>Scanning the inbox…</source>
      <translation>Analyse de la boîte de dépôt…</translation>
      <extra-wk-built>fe7efdffd375</extra-wk-built>
    </message>
    <message>
      <source>To:</source>
      <translation>Au :</translation>
      <extra-wk-built>c5fe04ef0fd6</extra-wk-built>
    </message>
    <message>
      <source>Trust this laptop?</source>
      <translation>Faire confiance à cet ordinateur ?</translation>
      <extra-wk-built>dddc9ade533d</extra-wk-built>
    </message>
    <message>
      <source>Trust this laptop…</source>
      <translation>Faire confiance à cet ordinateur…</translation>
      <extra-wk-built>22f757ce09f0</extra-wk-built>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
      <extra-wk-built>bde004f01888</extra-wk-built>
    </message>
    <message>
      <source>Workshop or reason</source>
      <translation>Atelier ou motif</translation>
      <extra-wk-built>85d1a3d24fa4</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
      <extra-wk-built>f2ffd0c120ea</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
      <extra-wk-built>61c3ae6365ce</extra-wk-built>
    </message>
    <message>
      <source>already known</source>
      <translation>déjà connu</translation>
      <extra-wk-built>bc18e6bfbbf8</extra-wk-built>
    </message>
    <message>
      <source>any date</source>
      <translation>toute date</translation>
      <extra-wk-built>36c3cbd062f5</extra-wk-built>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionné</translation>
      <extra-wk-built>76a05c25bf9b</extra-wk-built>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>aucun choisi pour l'instant</translation>
      <extra-wk-built>5e5fdbc400f0</extra-wk-built>
    </message>
    <message>
      <source>refused</source>
      <translation>refusé</translation>
      <extra-wk-built>2c4f0b7aa13b</extra-wk-built>
    </message>
    <message>
      <source>still arriving</source>
      <translation>en cours d'arrivée</translation>
      <extra-wk-built>41bff81386b1</extra-wk-built>
    </message>
    <message>
      <source>{file} is signed by the key {key_id}, which this computer does not know yet. Trust it only if you know the laptop it comes from (the trainer's laptop shows this key id when it writes a bundle). Its bundles will then be merged.</source>
      <translation>{file} est signé par la clé {key_id}, que cet ordinateur ne connaît pas encore. Ne lui faites confiance que si vous savez de quel ordinateur il vient (l'ordinateur du formateur affiche cet identifiant de clé quand il écrit un paquet). Ses paquets seront alors fusionnés.</translation>
      <extra-wk-built>9a570d5a93e5</extra-wk-built>
    </message>
    <message>
      <source>{merged}, {known}, {refused}, {waiting} (taken at the next scan).</source>
      <translation>{merged}, {known}, {refused}, {waiting} (pris à la prochaine analyse).</translation>
      <extra-wk-built>5e7fb68b0eb2</extra-wk-built>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Regarder dans :</translation>
      <extra-wk-built>1394d3423ace</extra-wk-built>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
      <extra-wk-built>39a6149c7322</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ReportView</name>
    <message>
      <source>All workshops</source>
      <translation>Tous les ateliers</translation>
      <extra-wk-built>66e9ebc453a6</extra-wk-built>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>Taux de présence</translation>
      <extra-wk-built>d30219f2f564</extra-wk-built>
    </message>
    <message>
      <source>Breakdown by:</source>
      <translation>Ventilation par :</translation>
      <extra-wk-built>8917d59a5eda</extra-wk-built>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
      <extra-wk-built>68a5341fc6bd</extra-wk-built>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
      <extra-wk-built>12e95feff7df</extra-wk-built>
    </message>
    <message>
      <source>Export donor report</source>
      <translation>Exporter le rapport bailleur</translation>
      <extra-wk-built>b10de4d94817</extra-wk-built>
    </message>
    <message>
      <source>Export report (Excel)…</source>
      <translation>Exporter le rapport (Excel)…</translation>
      <extra-wk-built>d66296d65a6e</extra-wk-built>
    </message>
    <message>
      <source>Include participants' names in the export</source>
      <translation>Inclure les noms des participants dans l'export</translation>
      <extra-wk-built>111fb895be4e</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>Gain de connaissances</translation>
      <extra-wk-built>2b83dc668851</extra-wk-built>
    </message>
    <message>
      <source>Off by default: donors get anonymised aggregates.</source>
      <translation>Désactivé par défaut : les bailleurs reçoivent des agrégats anonymisés.</translation>
      <extra-wk-built>6e9338116372</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>Participants touchés</translation>
      <extra-wk-built>e19e21ddc4ff</extra-wk-built>
    </message>
    <message>
      <source>Scope:</source>
      <translation>Portée :</translation>
      <extra-wk-built>6ee25cba2739</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>Séances réalisées</translation>
      <extra-wk-built>19f29432d22d</extra-wk-built>
    </message>
    <message>
      <source>This workshop</source>
      <translation>Cet atelier</translation>
      <extra-wk-built>179b71b2e2ed</extra-wk-built>
    </message>
    <message>
      <source>Writing {path}…</source>
      <translation>Écriture de {path}…</translation>
      <extra-wk-built>f2ffd0c120ea</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
      <extra-wk-built>61c3ae6365ce</extra-wk-built>
    </message>
    <message>
      <source>no pre/post scores</source>
      <translation>pas de scores pré/post</translation>
      <extra-wk-built>d800f0e86407</extra-wk-built>
    </message>
    <message>
      <source>{delivered} of {planned}</source>
      <translation>{delivered} sur {planned}</translation>
      <extra-wk-built>4b434d2a735e</extra-wk-built>
    </message>
    <message>
      <source>{pre} % → {post} % ({gain:+} points)</source>
      <translation>{pre} % → {post} % ({gain:+} points)</translation>
      <extra-wk-built>d5b60bd49214</extra-wk-built>
    </message>
    <message>
      <source>{reached} of {enrolled} enrolled</source>
      <translation>{reached} sur {enrolled} inscrits</translation>
      <extra-wk-built>20cb3f8cfa20</extra-wk-built>
    </message>
  </context>
  <context>
    <name>RestoreBackupDialog</name>
    <message>
      <source>Automatic</source>
      <translation>Automatique</translation>
      <extra-wk-built>89bd8db00289</extra-wk-built>
    </message>
    <message>
      <source>Before an update of the data file</source>
      <translation>Avant une mise à jour du fichier de données</translation>
      <extra-wk-built>6733f824454d</extra-wk-built>
    </message>
    <message>
      <source>Cancel the planned restore</source>
      <translation>Annuler la restauration prévue</translation>
      <extra-wk-built>3c392bd2b0c6</extra-wk-built>
    </message>
    <message>
      <source>Checking the backup…</source>
      <translation>Vérification de la sauvegarde…</translation>
      <extra-wk-built>454a38dc1e63</extra-wk-built>
    </message>
    <message>
      <source>Choose the backup to go back to. Everything entered after it will be replaced; the current data is kept in a file beside it, never deleted. Workshop Kit cannot replace its data file while it has it open: the backup is restored the next time you start Workshop Kit.</source>
      <translation>Choisissez la sauvegarde à laquelle revenir. Tout ce qui a été saisi depuis sera remplacé ; les données actuelles sont gardées dans un fichier à côté, jamais supprimées. Workshop Kit ne peut pas remplacer son fichier de données tant qu'il l'a ouvert : la sauvegarde est restaurée au prochain démarrage de Workshop Kit.</translation>
      <extra-wk-built>0cb1b89936af</extra-wk-built>
    </message>
    <message>
      <source>Close Workshop Kit and start it again when you are ready; until then, what you enter will be replaced by the backup.</source>
      <translation>Fermez Workshop Kit et relancez-le quand vous êtes prêt·e ; d'ici là, ce que vous saisissez sera remplacé par la sauvegarde.</translation>
      <extra-wk-built>3c40e1fdf461</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
      <extra-wk-built>99c40ab40592</extra-wk-built>
    </message>
    <message>
      <source>Go back to the backup of {time}? Everything entered after it will be replaced when Workshop Kit next starts (the current data is kept in a file beside it).</source>
      <translation>Revenir à la sauvegarde du {time} ? Tout ce qui a été saisi depuis sera remplacé au prochain démarrage de Workshop Kit (les données actuelles sont gardées dans un fichier à côté).</translation>
      <extra-wk-built>84d2166c35b4</extra-wk-built>
    </message>
    <message>
      <source>Made by hand</source>
      <translation>Faite à la main</translation>
      <extra-wk-built>dd7f2626d23f</extra-wk-built>
    </message>
    <message>
      <source>No restore is planned any more.</source>
      <translation>Plus aucune restauration n'est prévue.</translation>
      <extra-wk-built>38eeab651eb3</extra-wk-built>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
      <extra-wk-built>3e3a3c6d2b4e</extra-wk-built>
    </message>
    <message>
      <source>Rescue copy after a write error</source>
      <translation>Copie de secours après une erreur d'écriture</translation>
      <extra-wk-built>d217e954dd18</extra-wk-built>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
      <extra-wk-built>65521a71c94f</extra-wk-built>
    </message>
    <message>
      <source>Restore at the next start</source>
      <translation>Restaurer au prochain démarrage</translation>
      <extra-wk-built>d5a1a187074f</extra-wk-built>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>Restaurer cette sauvegarde…</translation>
      <extra-wk-built>c908f100e265</extra-wk-built>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
      <extra-wk-built>77093e0c33ff</extra-wk-built>
    </message>
    <message>
      <source>The backup of {time} will be restored the next time you start Workshop Kit.</source>
      <translation>La sauvegarde du {time} sera restaurée au prochain démarrage de Workshop Kit.</translation>
      <extra-wk-built>a9a4c3577edd</extra-wk-built>
    </message>
    <message>
      <source>There is no backup yet. Use File → Back up now to make one.</source>
      <translation>Aucune sauvegarde pour l'instant. Utilisez Fichier → Sauvegarder maintenant pour en faire une.</translation>
      <extra-wk-built>db407c4e14b2</extra-wk-built>
    </message>
    <message>
      <source>When the data file was opened</source>
      <translation>À l'ouverture du fichier de données</translation>
      <extra-wk-built>7c835f8ea8f4</extra-wk-built>
    </message>
    <message>
      <source>to be restored at the next start</source>
      <translation>à restaurer au prochain démarrage</translation>
      <extra-wk-built>92b65c6b55c0</extra-wk-built>
    </message>
    <message>
      <source>{n} MB</source>
      <translation>{n} Mo</translation>
      <extra-wk-built>6d39ef54e9f9</extra-wk-built>
    </message>
    <message>
      <source>{n} kB</source>
      <translation>{n} ko</translation>
      <extra-wk-built>002ad0ab3ec3</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ResultPanel</name>
    <message>
      <source>Already checked in at {time}</source>
      <translation>Déjà enregistré·e à {time}</translation>
      <extra-wk-built>ae2be8bf1c6e</extra-wk-built>
    </message>
    <message>
      <source>Already marked present for this session</source>
      <translation>Déjà marqué·e présent·e pour cette séance</translation>
      <extra-wk-built>01e0e0703769</extra-wk-built>
    </message>
    <message>
      <source>Badge no longer valid</source>
      <translation>Badge plus valable</translation>
      <extra-wk-built>3427eed5d249</extra-wk-built>
    </message>
    <message>
      <source>Checked in at {time}</source>
      <translation>Arrivée enregistrée à {time}</translation>
      <extra-wk-built>4786dbf43d2c</extra-wk-built>
    </message>
    <message>
      <source>Choose the session</source>
      <translation>Choisissez la séance</translation>
      <extra-wk-built>195f4151e186</extra-wk-built>
    </message>
    <message>
      <source>No session is running by the laptop clock ({time}). Check the clock or choose the session at the top; nothing was recorded.</source>
      <translation>Aucune séance en cours selon l'horloge de l'ordinateur ({time}). Vérifiez l'horloge ou choisissez la séance en haut ; rien n'a été enregistré.</translation>
      <extra-wk-built>0c7c532a6a4c</extra-wk-built>
    </message>
    <message>
      <source>Not enrolled in this workshop</source>
      <translation>Pas inscrit·e à cet atelier</translation>
      <extra-wk-built>e868f09d5e60</extra-wk-built>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>Code inconnu</translation>
      <extra-wk-built>ba27a944fd00</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name}</source>
      <translation>Bienvenue {name}</translation>
      <extra-wk-built>e473bddc881b</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name} (late)</source>
      <translation>Bienvenue {name} (en retard)</translation>
      <extra-wk-built>5f5ce9f581e5</extra-wk-built>
    </message>
  </context>
  <context>
    <name>ScoresTab</name>
    <message>
      <source>A module not installed on this computer</source>
      <translation>Un module non installé sur cet ordinateur</translation>
      <extra-wk-built>2a8b3f69749a</extra-wk-built>
    </message>
    <message>
      <source>All workshops</source>
      <translation>Tous les ateliers</translation>
      <extra-wk-built>66e9ebc453a6</extra-wk-built>
    </message>
    <message>
      <source>Choose or create a workshop first (Workshops page).</source>
      <translation>Choisissez ou créez d'abord un atelier (page Ateliers).</translation>
      <extra-wk-built>cb3033b12875</extra-wk-built>
    </message>
    <message>
      <source>Gain</source>
      <translation>Gain</translation>
      <extra-wk-built>4e125a3ef68a</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain (average of participants with both scores)</source>
      <translation>Gain de connaissances (moyenne des participants ayant les deux scores)</translation>
      <extra-wk-built>9f134e914803</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
      <extra-wk-built>f148224ae44f</extra-wk-built>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>Aucun participant n'a encore un score avant et un score après.</translation>
      <extra-wk-built>6c8fafa382e9</extra-wk-built>
    </message>
    <message>
      <source>Out of</source>
      <translation>Sur</translation>
      <extra-wk-built>eb5d6ff7db3e</extra-wk-built>
    </message>
    <message>
      <source>Participant</source>
      <translation>Participant</translation>
      <extra-wk-built>554f4235112e</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Post %</source>
      <translation>Après %</translation>
      <extra-wk-built>2a37170ca3e6</extra-wk-built>
    </message>
    <message>
      <source>Post-test</source>
      <translation>Post-test</translation>
      <extra-wk-built>21fe0d026229</extra-wk-built>
    </message>
    <message>
      <source>Pre %</source>
      <translation>Avant %</translation>
      <extra-wk-built>5c151383259e</extra-wk-built>
    </message>
    <message>
      <source>Pre-test</source>
      <translation>Pré-test</translation>
      <extra-wk-built>f0dbc45e80dc</extra-wk-built>
    </message>
    <message>
      <source>Pre/post tests of: {title}</source>
      <translation>Tests avant/après de : {title}</translation>
      <extra-wk-built>64f7c0bab0b6</extra-wk-built>
    </message>
    <message>
      <source>Print the answer key…</source>
      <translation>Imprimer le corrigé…</translation>
      <extra-wk-built>16aee2f0ab31</extra-wk-built>
    </message>
    <message>
      <source>Print the test…</source>
      <translation>Imprimer le test…</translation>
      <extra-wk-built>913f241519f2</extra-wk-built>
    </message>
    <message>
      <source>Row {row}: '{value}' is not a number.</source>
      <translation>Ligne {row} : « {value} » n'est pas un nombre.</translation>
      <extra-wk-built>bb5f020296cc</extra-wk-built>
    </message>
    <message>
      <source>Save scores</source>
      <translation>Enregistrer les scores</translation>
      <extra-wk-built>bec38922cdf6</extra-wk-built>
    </message>
    <message>
      <source>Save the test</source>
      <translation>Enregistrer le test</translation>
      <extra-wk-built>257ab3e877fb</extra-wk-built>
    </message>
    <message>
      <source>Whole workshop</source>
      <translation>Tout l'atelier</translation>
      <extra-wk-built>94ae6f347ce9</extra-wk-built>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>(no logo)</source>
      <translation>(aucun logo)</translation>
      <extra-wk-built>8f7e989d925b</extra-wk-built>
    </message>
    <message>
      <source>Automatic backup every</source>
      <translation>Sauvegarde automatique toutes les</translation>
      <extra-wk-built>da2e16744b29</extra-wk-built>
    </message>
    <message>
      <source>Backups kept</source>
      <translation>Sauvegardes conservées</translation>
      <extra-wk-built>a9dd79bd8a55</extra-wk-built>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Changer la phrase secrète</translation>
      <extra-wk-built>213d7ab88291</extra-wk-built>
    </message>
    <message>
      <source>Change passphrase…</source>
      <translation>Changer la phrase secrète…</translation>
      <extra-wk-built>b3d9d22fce3a</extra-wk-built>
    </message>
    <message>
      <source>Choose logo</source>
      <translation>Choisir le logo</translation>
      <extra-wk-built>732e5bf1d003</extra-wk-built>
    </message>
    <message>
      <source>Choose logo…</source>
      <translation>Choisir le logo…</translation>
      <extra-wk-built>4a5b766e2900</extra-wk-built>
    </message>
    <message>
      <source>Choose the new data folder</source>
      <translation>Choisir le nouveau dossier de données</translation>
      <extra-wk-built>0192b3a0d153</extra-wk-built>
    </message>
    <message>
      <source>Copying the data folder to {path}…</source>
      <translation>Copie du dossier de données vers {path}…</translation>
      <extra-wk-built>728ecb6e1696</extra-wk-built>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Dossier de données</translation>
      <extra-wk-built>6e8c46abcf66</extra-wk-built>
    </message>
    <message>
      <source>Data folder and backups</source>
      <translation>Dossier de données et sauvegardes</translation>
      <extra-wk-built>4800411d321b</extra-wk-built>
    </message>
    <message>
      <source>Decrypt the database and its backups? Anyone who can read the data folder will then be able to read the participants' data.</source>
      <translation>Déchiffrer la base de données et ses sauvegardes ? Toute personne pouvant lire le dossier de données pourra alors lire les données des participant·es.</translation>
      <extra-wk-built>e72f45e31d9a</extra-wk-built>
    </message>
    <message>
      <source>Encrypt with a passphrase…</source>
      <translation>Chiffrer avec une phrase secrète…</translation>
      <extra-wk-built>809865f465ba</extra-wk-built>
    </message>
    <message>
      <source>Encrypted with a passphrase (SQLCipher): the database and its backups cannot be read without it. A lost passphrase means lost data.</source>
      <translation>Chiffré avec une phrase secrète (SQLCipher) : la base de données et ses sauvegardes sont illisibles sans elle. Phrase secrète perdue, données perdues.</translation>
      <extra-wk-built>a0db3e2db111</extra-wk-built>
    </message>
    <message>
      <source>Encryption</source>
      <translation>Chiffrement</translation>
      <extra-wk-built>a07eab97d8f3</extra-wk-built>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>Le chiffrement n'est pas disponible dans cette installation (le paquet sqlcipher3 manque).</translation>
      <extra-wk-built>d8e9672dce7d</extra-wk-built>
    </message>
    <message>
      <source>Hide these optional fields in the registration form:</source>
      <translation>Masquer ces champs facultatifs dans le formulaire d'inscription :</translation>
      <extra-wk-built>1345e0d6c9c9</extra-wk-built>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
      <extra-wk-built>cc4c994f4f3e</extra-wk-built>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
      <extra-wk-built>5f6baab4dbe1</extra-wk-built>
    </message>
    <message>
      <source>Language of the application</source>
      <translation>Langue de l'application</translation>
      <extra-wk-built>86f725100883</extra-wk-built>
    </message>
    <message>
      <source>Logo</source>
      <translation>Logo</translation>
      <extra-wk-built>d707dc2f1936</extra-wk-built>
    </message>
    <message>
      <source>Move data folder</source>
      <translation>Déplacer le dossier de données</translation>
      <extra-wk-built>e56e945e1847</extra-wk-built>
    </message>
    <message>
      <source>Move data folder…</source>
      <translation>Déplacer le dossier de données…</translation>
      <extra-wk-built>2fb185f61464</extra-wk-built>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
      <extra-wk-built>b2c124536d21</extra-wk-built>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
      <extra-wk-built>873340799b3d</extra-wk-built>
    </message>
    <message>
      <source>Name printed on certificates and reports</source>
      <translation>Nom imprimé sur les attestations et les rapports</translation>
      <extra-wk-built>a68a99fe9e45</extra-wk-built>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder (a lost laptop, a copied USB stick) can read the participants' data.</source>
      <translation>Non chiffré : toute personne pouvant lire le dossier de données (un ordinateur perdu, une clé USB copiée) peut lire les données des participant·es.</translation>
      <extra-wk-built>c5de5d4c752f</extra-wk-built>
    </message>
    <message>
      <source>Note: the WORKSHOP_KIT_HOME variable is set and takes precedence.</source>
      <translation>Remarque : la variable WORKSHOP_KIT_HOME est définie et a la priorité.</translation>
      <extra-wk-built>9178d7167a38</extra-wk-built>
    </message>
    <message>
      <source>Offer to anonymise participants of workshops finished more than</source>
      <translation>Proposer d'anonymiser les participants des ateliers terminés depuis plus de</translation>
      <extra-wk-built>600410e70628</extra-wk-built>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
      <extra-wk-built>350be3643ce7</extra-wk-built>
    </message>
    <message>
      <source>Print the EU co-funding mention on certificates</source>
      <translation>Imprimer la mention de cofinancement de l'UE sur les attestations</translation>
      <extra-wk-built>428e4810a54b</extra-wk-built>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Confidentialité</translation>
      <extra-wk-built>f19bb4113daf</extra-wk-built>
    </message>
    <message>
      <source>Remove encryption</source>
      <translation>Retirer le chiffrement</translation>
      <extra-wk-built>3d1c6888d1a4</extra-wk-built>
    </message>
    <message>
      <source>Remove encryption…</source>
      <translation>Retirer le chiffrement…</translation>
      <extra-wk-built>cca5395775f9</extra-wk-built>
    </message>
    <message>
      <source>Rewriting the database and its backups…</source>
      <translation>Réécriture de la base de données et de ses sauvegardes…</translation>
      <extra-wk-built>400c232e08fb</extra-wk-built>
    </message>
    <message>
      <source>Save settings</source>
      <translation>Enregistrer les réglages</translation>
      <extra-wk-built>0e3dc796838e</extra-wk-built>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
      <extra-wk-built>4ed117e09c53</extra-wk-built>
    </message>
    <message>
      <source>Settings saved.</source>
      <translation>Réglages enregistrés.</translation>
      <extra-wk-built>90c9bd17329f</extra-wk-built>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>Le dossier de données n'est plus chiffré.</translation>
      <extra-wk-built>1daf9e28fef7</extra-wk-built>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe.</source>
      <translation>Le dossier de données est maintenant chiffré. Gardez la phrase secrète en lieu sûr.</translation>
      <extra-wk-built>3bcc98739bb2</extra-wk-built>
    </message>
    <message>
      <source>The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left untouched.</source>
      <translation>Les données ont été copiées dans {path}. Redémarrez Workshop Kit pour les utiliser ; l'ancien dossier reste intact.</translation>
      <extra-wk-built>dbd5583434a0</extra-wk-built>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>La phrase secrète a été changée ; l'ancienne n'ouvre plus ce dossier de données.</translation>
      <extra-wk-built>d06fe54e213f</extra-wk-built>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
      <extra-wk-built>1f6fa6f69d18</extra-wk-built>
    </message>
    <message>
      <source>months</source>
      <translation>mois</translation>
      <extra-wk-built>5ef523ac47da</extra-wk-built>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the name above</source>
      <translation>imprimé sur les documents en arabe ; vide : le nom ci-dessus</translation>
      <extra-wk-built>980293c9566f</extra-wk-built>
    </message>
  </context>
  <context>
    <name>SmtpDialog</name>
    <message>
      <source>E-mail server</source>
      <translation>Serveur de courriel</translation>
      <extra-wk-built>9605086e35a3</extra-wk-built>
    </message>
    <message>
      <source>Login</source>
      <translation>Identifiant</translation>
      <extra-wk-built>f9e7d49e4745</extra-wk-built>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
      <extra-wk-built>ff9c8b8c0677</extra-wk-built>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
      <extra-wk-built>72e9a59f5a1d</extra-wk-built>
    </message>
    <message>
      <source>Security</source>
      <translation>Sécurité</translation>
      <extra-wk-built>e20a865a1fd3</extra-wk-built>
    </message>
    <message>
      <source>Sender address</source>
      <translation>Adresse de l'expéditeur</translation>
      <extra-wk-built>16ea57214a51</extra-wk-built>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
      <extra-wk-built>81128e5e2818</extra-wk-built>
    </message>
    <message>
      <source>kept in the system keyring</source>
      <translation>conservé dans le trousseau du système</translation>
      <extra-wk-built>e32ffc3d4539</extra-wk-built>
    </message>
    <message>
      <source>no keyring here: asked each time</source>
      <translation>pas de trousseau ici : demandé à chaque fois</translation>
      <extra-wk-built>a5841bd5785c</extra-wk-built>
    </message>
    <message>
      <source>none (local tests only)</source>
      <translation>aucune (tests locaux seulement)</translation>
      <extra-wk-built>705b670de9fc</extra-wk-built>
    </message>
  </context>
  <context>
    <name>TemplatePicker</name>
    <message>
      <source>Arabic</source>
      <translation>Arabe</translation>
      <extra-wk-built>f49f370f3d60</extra-wk-built>
    </message>
    <message>
      <source>Bilingual French / Arabic</source>
      <translation>Bilingue français / arabe</translation>
      <extra-wk-built>017b39be5676</extra-wk-built>
    </message>
    <message>
      <source>Certificate template</source>
      <translation>Modèle d'attestation</translation>
      <extra-wk-built>eb891420a4d1</extra-wk-built>
    </message>
    <message>
      <source>Check template</source>
      <translation>Vérifier le modèle</translation>
      <extra-wk-built>f7059197a65a</extra-wk-built>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>Corrigez le modèle, puis vérifiez-le à nouveau.</translation>
      <extra-wk-built>9c0774f3985e</extra-wk-built>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
      <extra-wk-built>e495d53b967a</extra-wk-built>
    </message>
    <message>
      <source>Known placeholders: {names}</source>
      <translation>Champs reconnus : {names}</translation>
      <extra-wk-built>cfda4c2f571d</extra-wk-built>
    </message>
    <message>
      <source>My own template: {name}</source>
      <translation>Mon modèle : {name}</translation>
      <extra-wk-built>fa1240b42dbb</extra-wk-built>
    </message>
    <message>
      <source>My own template…</source>
      <translation>Mon propre modèle…</translation>
      <extra-wk-built>a59d214e68b5</extra-wk-built>
    </message>
    <message>
      <source>Pictures: {names}</source>
      <translation>Images : {names}</translation>
      <extra-wk-built>908b0a2484dd</extra-wk-built>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>Préparation de l'aperçu…</translation>
      <extra-wk-built>77d1a69e4f99</extra-wk-built>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
      <extra-wk-built>bb28a9f4a4e3</extra-wk-built>
    </message>
    <message>
      <source>The preview was cancelled.</source>
      <translation>L'aperçu a été annulé.</translation>
      <extra-wk-built>a6d9bef745ff</extra-wk-built>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>Le modèle est prêt.</translation>
      <extra-wk-built>bd99a6d1e914</extra-wk-built>
    </message>
    <message>
      <source>Unknown placeholders (left empty): {names}</source>
      <translation>Champs inconnus (laissés vides) : {names}</translation>
      <extra-wk-built>54d6684321ee</extra-wk-built>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Documents Word (*.docx)</translation>
      <extra-wk-built>bde004f01888</extra-wk-built>
    </message>
  </context>
  <context>
    <name>VerifyTab</name>
    <message>
      <source>A page to put on your website or a shared folder: any phone that scans a certificate's QR code checks it there, with no app and no network.</source>
      <translation>Une page à mettre sur votre site ou dans un dossier partagé : tout téléphone qui scanne le code QR d'une attestation la vérifie là, sans application ni réseau.</translation>
      <extra-wk-built>af264a08b42c</extra-wk-built>
    </message>
    <message>
      <source>Address of the page</source>
      <translation>Adresse de la page</translation>
      <extra-wk-built>42ec74fc12fb</extra-wk-built>
    </message>
    <message>
      <source>Check a certificate: paste the text read from its QR code, type its short code (e.g. ABCD-EFGH) or open a photo or scan of the QR code. Works offline with the public keys this computer trusts.</source>
      <translation>Vérifier une attestation : collez le texte lu dans son code QR, tapez son code court (ex. ABCD-EFGH) ou ouvrez une photo ou un scan du code QR. Fonctionne hors ligne avec les clés publiques reconnues sur cet ordinateur.</translation>
      <extra-wk-built>680e3e4f5fbf</extra-wk-built>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>Code : {code}</translation>
      <extra-wk-built>42bb5c0fb29b</extra-wk-built>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>Dates : {start} → {end}</translation>
      <extra-wk-built>6d1debac4f6a</extra-wk-built>
    </message>
    <message>
      <source>Export our public key…</source>
      <translation>Exporter notre clé publique…</translation>
      <extra-wk-built>5fbfab237ed9</extra-wk-built>
    </message>
    <message>
      <source>Export public key</source>
      <translation>Exporter la clé publique</translation>
      <extra-wk-built>abcbb9a42ed7</extra-wk-built>
    </message>
    <message>
      <source>Folder for the verification page</source>
      <translation>Dossier de la page de vérification</translation>
      <extra-wk-built>cf344fb6d451</extra-wk-built>
    </message>
    <message>
      <source>Key {kid} is now trusted.</source>
      <translation>La clé {kid} est maintenant reconnue.</translation>
      <extra-wk-built>402c5a5ce572</extra-wk-built>
    </message>
    <message>
      <source>Keys</source>
      <translation>Clés</translation>
      <extra-wk-built>4f1648c26093</extra-wk-built>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>Nom : {name}</translation>
      <extra-wk-built>6a25492c72b2</extra-wk-built>
    </message>
    <message>
      <source>No QR code found in this file. Try a sharper, closer photo, or type the short code.</source>
      <translation>Aucun code QR trouvé dans ce fichier. Essayez une photo plus nette et plus proche, ou tapez le code court.</translation>
      <extra-wk-built>26e54f8e3733</extra-wk-built>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>Numéro : {number}</translation>
      <extra-wk-built>d856ed1ed778</extra-wk-built>
    </message>
    <message>
      <source>Open a photo or scan of the QR code, or type the short code.</source>
      <translation>Ouvrez une photo ou un scan du code QR, ou tapez le code court.</translation>
      <extra-wk-built>fc7613d32d11</extra-wk-built>
    </message>
    <message>
      <source>Open a picture…</source>
      <translation>Ouvrir une image…</translation>
      <extra-wk-built>1f88d2e6e310</extra-wk-built>
    </message>
    <message>
      <source>Photo or scan of the QR code</source>
      <translation>Photo ou scan du code QR</translation>
      <extra-wk-built>0e44346ef95d</extra-wk-built>
    </message>
    <message>
      <source>Pictures or PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</source>
      <translation>Images ou PDF (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.pdf)</translation>
      <extra-wk-built>c66ce36f255a</extra-wk-built>
    </message>
    <message>
      <source>Public key {kid} written to {path}.</source>
      <translation>Clé publique {kid} écrite dans {path}.</translation>
      <extra-wk-built>a0b00e044f88</extra-wk-built>
    </message>
    <message>
      <source>Public keys (*.pub)</source>
      <translation>Clés publiques (*.pub)</translation>
      <extra-wk-built>b92c97a31b38</extra-wk-built>
    </message>
    <message>
      <source>Publish the verification page…</source>
      <translation>Publier la page de vérification…</translation>
      <extra-wk-built>fefe99c9ecbc</extra-wk-built>
    </message>
    <message>
      <source>QR text, short code or certificate number</source>
      <translation>Texte du QR, code court ou numéro d'attestation</translation>
      <extra-wk-built>7acf5d523d3b</extra-wk-built>
    </message>
    <message>
      <source>Revocation is known only to the database of the organisation that issued the certificate; elsewhere a valid answer means the certificate is genuine.</source>
      <translation>La révocation n'est connue que de la base de l'organisation qui a délivré l'attestation ; ailleurs, une réponse valide signifie que l'attestation est authentique.</translation>
      <extra-wk-built>c2b82cbcbe20</extra-wk-built>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>Révoquée le {when} : {reason}</translation>
      <extra-wk-built>a727ea59523e</extra-wk-built>
    </message>
    <message>
      <source>Trust a public key</source>
      <translation>Reconnaître une clé publique</translation>
      <extra-wk-built>4d44aacf4469</extra-wk-built>
    </message>
    <message>
      <source>Trust another organisation's key…</source>
      <translation>Reconnaître la clé d'une autre organisation…</translation>
      <extra-wk-built>1bd429080653</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Verification page written to {path}: %n certificate(s), revoked: {r}. Publish it again after each revocation.</source>
      <translation>
        <numerusform>Page de vérification écrite dans {path} : %n attestation, révoquées : {r}. Republiez-la après chaque révocation.</numerusform>
        <numerusform>Page de vérification écrite dans {path} : %n attestations, révoquées : {r}. Republiez-la après chaque révocation.</numerusform>
      </translation>
      <extra-wk-built>28f38ecea1c4</extra-wk-built>
    </message>
    <message>
      <source>Verify</source>
      <translation>Vérifier</translation>
      <extra-wk-built>8b7daf25ac7f</extra-wk-built>
    </message>
    <message>
      <source>Where will verify.html be published (for example https://example.org/verify.html)? New certificates' QR codes open this address. Leave empty to keep plain codes.</source>
      <translation>Où verify.html sera-t-elle publiée (par exemple https://example.org/verify.html) ? Les codes QR des nouvelles attestations ouvriront cette adresse. Laissez vide pour garder des codes simples.</translation>
      <extra-wk-built>4e619c5b2775</extra-wk-built>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>Atelier : {title}</translation>
      <extra-wk-built>34012e900c35</extra-wk-built>
    </message>
    <message>
      <source>Writing the verification page…</source>
      <translation>Écriture de la page de vérification…</translation>
      <extra-wk-built>30eb421cd714</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>Agrees to receive the certificate by e-mail</source>
      <translation>Accepte de recevoir l'attestation par e-mail</translation>
      <extra-wk-built>83a440294cc3</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
      <extra-wk-built>f7f9ca3e2f67</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
      <extra-wk-built>961938f40e4c</extra-wk-built>
    </message>
    <message>
      <source>Register and check in</source>
      <translation>Inscrire et enregistrer l'arrivée</translation>
      <extra-wk-built>4f909020b970</extra-wk-built>
    </message>
    <message>
      <source>The person agrees that their data is recorded for this programme</source>
      <translation>La personne accepte que ses données soient enregistrées pour ce programme</translation>
      <extra-wk-built>d4103c6482c5</extra-wk-built>
    </message>
    <message>
      <source>Walk-in registration</source>
      <translation>Inscription sur place</translation>
      <extra-wk-built>2e77be72a430</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
      <extra-wk-built>55c2bce1bb99</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WorkshopsModel</name>
    <message>
      <source>City</source>
      <translation>Ville</translation>
      <extra-wk-built>0ebd25a341ea</extra-wk-built>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
      <extra-wk-built>5a2af601e7a2</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
      <extra-wk-built>4841286ea381</extra-wk-built>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
      <extra-wk-built>3c48aa2bdf76</extra-wk-built>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
      <extra-wk-built>78e7920010aa</extra-wk-built>
    </message>
  </context>
  <context>
    <name>WorkshopsPage</name>
    <message>
      <source>Add session</source>
      <translation>Ajouter une séance</translation>
      <extra-wk-built>67dbb3738259</extra-wk-built>
    </message>
    <message>
      <source>Attendance needed for a certificate</source>
      <translation>Présence requise pour l'attestation</translation>
      <extra-wk-built>753ef8e892e0</extra-wk-built>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
      <extra-wk-built>0ebd25a341ea</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
      <extra-wk-built>99c40ab40592</extra-wk-built>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
      <extra-wk-built>78963905f399</extra-wk-built>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
      <extra-wk-built>5e5d0216ce0b</extra-wk-built>
    </message>
    <message>
      <source>Delete '{title}' with its sessions, enrolments and attendance? Participants stay registered.</source>
      <translation>Supprimer « {title} » avec ses séances, inscriptions et présences ? Les participants restent enregistrés.</translation>
      <extra-wk-built>695fe2500264</extra-wk-built>
    </message>
    <message>
      <source>Delete workshop</source>
      <translation>Supprimer l'atelier</translation>
      <extra-wk-built>831bd5970939</extra-wk-built>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
      <extra-wk-built>17eaee489b09</extra-wk-built>
    </message>
    <message>
      <source>Donor</source>
      <translation>Bailleur</translation>
      <extra-wk-built>4fcf83d378f6</extra-wk-built>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
      <extra-wk-built>5a2af601e7a2</extra-wk-built>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
      <extra-wk-built>5f6baab4dbe1</extra-wk-built>
    </message>
    <message>
      <source>Late after</source>
      <translation>En retard après</translation>
      <extra-wk-built>0c343eeec8e5</extra-wk-built>
    </message>
    <message>
      <source>Man (Formateur)</source>
      <translation>Homme (Formateur)</translation>
      <extra-wk-built>a9addbf6d5be</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
      <extra-wk-built>f148224ae44f</extra-wk-built>
    </message>
    <message>
      <source>Modules</source>
      <translation>Modules</translation>
      <extra-wk-built>76c86c4c3243</extra-wk-built>
    </message>
    <message>
      <source>New workshop…</source>
      <translation>Nouvel atelier…</translation>
      <extra-wk-built>ea3e9947bfac</extra-wk-built>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
      <extra-wk-built>fea788fd09e0</extra-wk-built>
    </message>
    <message>
      <source>Not said (neutral wording)</source>
      <translation>Non précisé (mention neutre)</translation>
      <extra-wk-built>67682d8164ab</extra-wk-built>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
      <extra-wk-built>8a7525b1492f</extra-wk-built>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partenaire</translation>
      <extra-wk-built>1c330bd4f9d9</extra-wk-built>
    </message>
    <message>
      <source>Project code</source>
      <translation>Code du projet</translation>
      <extra-wk-built>8bdae7577e59</extra-wk-built>
    </message>
    <message>
      <source>Remove session</source>
      <translation>Retirer la séance</translation>
      <extra-wk-built>6ac0fcac1cfe</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Remove session {number} ({when}) and the %n attendance record(s) of it? The other sessions are numbered again.</source>
      <translation>
        <numerusform>Retirer la séance {number} ({when}) et sa présence enregistrée (%n) ? Les autres séances sont renumérotées.</numerusform>
        <numerusform>Retirer la séance {number} ({when}) et ses %n présences enregistrées ? Les autres séances sont renumérotées.</numerusform>
      </translation>
      <extra-wk-built>5dc8a8d10619</extra-wk-built>
    </message>
    <message>
      <source>Remove session {number} ({when})? Nobody's attendance is recorded for it. The other sessions are numbered again.</source>
      <translation>Retirer la séance {number} ({when}) ? Aucune présence n'y est enregistrée. Les autres séances sont renumérotées.</translation>
      <extra-wk-built>54d8a74dd8b8</extra-wk-built>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
      <extra-wk-built>71dc74873e23</extra-wk-built>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
      <extra-wk-built>4841286ea381</extra-wk-built>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
      <extra-wk-built>3c48aa2bdf76</extra-wk-built>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
      <extra-wk-built>78e7920010aa</extra-wk-built>
    </message>
    <message>
      <source>Title in Arabic</source>
      <translation>Titre en arabe</translation>
      <extra-wk-built>07bb8b09a3f4</extra-wk-built>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Formateur·rice</translation>
      <extra-wk-built>c54378d0fdb7</extra-wk-built>
    </message>
    <message>
      <source>Trainer's gender</source>
      <translation>Genre de la personne qui forme</translation>
      <extra-wk-built>694c80fb1da9</extra-wk-built>
    </message>
    <message>
      <source>Trainer's name in Arabic</source>
      <translation>Nom du formateur ou de la formatrice en arabe</translation>
      <extra-wk-built>8d8a5fae4aa0</extra-wk-built>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
      <extra-wk-built>49dd011dd845</extra-wk-built>
    </message>
    <message>
      <source>Venue in Arabic</source>
      <translation>Lieu en arabe</translation>
      <extra-wk-built>9a783135c5bc</extra-wk-built>
    </message>
    <message>
      <source>Woman (Formatrice)</source>
      <translation>Femme (Formatrice)</translation>
      <extra-wk-built>aeb8ba90ba13</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
      <extra-wk-built>705eba641273</extra-wk-built>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
      <extra-wk-built>1f6fa6f69d18</extra-wk-built>
    </message>
    <message>
      <source>printed on Arabic documents; empty: the French form</source>
      <translation>imprimé sur les documents en arabe ; vide : la forme française</translation>
      <extra-wk-built>7727aef5998d</extra-wk-built>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <source>%n PDF file(s) made.</source>
      <translation>
        <numerusform>%n fichier PDF créé.</numerusform>
        <numerusform>%n fichiers PDF créés.</numerusform>
      </translation>
      <extra-wk-built>a998c25f6b9d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n PNG badge(s) written to {folder}.</source>
      <translation>
        <numerusform>%n badge PNG écrit dans {folder}.</numerusform>
        <numerusform>%n badges PNG écrits dans {folder}.</numerusform>
      </translation>
      <extra-wk-built>123a61f88d14</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n already known</source>
      <translation>
        <numerusform>%n déjà connu</numerusform>
        <numerusform>%n déjà connus</numerusform>
      </translation>
      <extra-wk-built>15fe1d3f09ab</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n backup(s) are still plain: run workshop-kit encryption enable again to finish.</source>
      <translation>
        <numerusform>%n sauvegarde est encore en clair : relancez workshop-kit encryption enable pour terminer.</numerusform>
        <numerusform>%n sauvegardes sont encore en clair : relancez workshop-kit encryption enable pour terminer.</numerusform>
      </translation>
      <extra-wk-built>3b99f2408cb9</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n badge(s) written to {path} ({pages}).</source>
      <translation>
        <numerusform>%n badge écrit dans {path} ({pages}).</numerusform>
        <numerusform>%n badges écrits dans {path} ({pages}).</numerusform>
      </translation>
      <extra-wk-built>478b31b3b78b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n certificate(s) written.</source>
      <translation>
        <numerusform>%n attestation écrite.</numerusform>
        <numerusform>%n attestations écrites.</numerusform>
      </translation>
      <extra-wk-built>91fd430b8127</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n enrolment(s) added</source>
      <translation>
        <numerusform>%n inscription ajoutée</numerusform>
        <numerusform>%n inscriptions ajoutées</numerusform>
      </translation>
      <extra-wk-built>0727c375b73b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n erreur</numerusform>
        <numerusform>%n erreurs</numerusform>
      </translation>
      <extra-wk-built>64e08fa132b5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n failed</source>
      <translation>
        <numerusform>%n en échec</numerusform>
        <numerusform>%n en échec</numerusform>
      </translation>
      <extra-wk-built>6d84e1871fe7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n merged</source>
      <translation>
        <numerusform>%n fusionné</numerusform>
        <numerusform>%n fusionnés</numerusform>
      </translation>
      <extra-wk-built>86676a50fee5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) may have arrived although the server did not confirm them; they are marked uncertain and will not be sent again by themselves. Check the sender's mailbox, then use: workshop-kit outbox retry ID, or: workshop-kit outbox mark-sent ID</source>
      <translation>
        <numerusform>%n message est peut-être arrivé sans que le serveur l'ait confirmé ; il est marqué incertain et ne sera pas renvoyé tout seul. Vérifiez la boîte de l'expéditeur, puis utilisez : workshop-kit outbox retry ID, ou : workshop-kit outbox mark-sent ID</numerusform>
        <numerusform>%n messages sont peut-être arrivés sans que le serveur l'ait confirmé ; ils sont marqués incertains et ne seront pas renvoyés tout seuls. Vérifiez la boîte de l'expéditeur, puis utilisez : workshop-kit outbox retry ID, ou : workshop-kit outbox mark-sent ID</numerusform>
      </translation>
      <extra-wk-built>281a014856a2</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n message(s) queued; send with: workshop-kit outbox send</source>
      <translation>
        <numerusform>%n message en attente ; envoyez avec : workshop-kit outbox send</numerusform>
        <numerusform>%n messages en attente ; envoyez avec : workshop-kit outbox send</numerusform>
      </translation>
      <extra-wk-built>3945ec999aab</extra-wk-built>
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
        <numerusform>%n nouveau participant</numerusform>
        <numerusform>%n nouveaux participants</numerusform>
      </translation>
      <extra-wk-built>6dfd98276b94</extra-wk-built>
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
        <numerusform>%n participant anonymisé.</numerusform>
        <numerusform>%n participants anonymisés.</numerusform>
      </translation>
      <extra-wk-built>ca03786e4059</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) enrolled in {title}.</source>
      <translation>
        <numerusform>%n participant inscrit à {title}.</numerusform>
        <numerusform>%n participants inscrits à {title}.</numerusform>
      </translation>
      <extra-wk-built>d850c3c8490d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n participant(s) of workshops finished more than {months} months ago can be anonymised; run again with --apply to do it.</source>
      <translation>
        <numerusform>%n participant d'ateliers terminés depuis plus de {months} mois peut être anonymisé ; relancez avec --apply pour le faire.</numerusform>
        <numerusform>%n participants d'ateliers terminés depuis plus de {months} mois peuvent être anonymisés ; relancez avec --apply pour le faire.</numerusform>
      </translation>
      <extra-wk-built>5217873426c7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) have problems only in optional fields: import them without those fields with --without-invalid-fields.</source>
      <translation>
        <numerusform>%n personne n'a de problèmes que dans des champs facultatifs : importez-la sans ces champs avec --without-invalid-fields.</numerusform>
        <numerusform>%n personnes n'ont de problèmes que dans des champs facultatifs : importez-les sans ces champs avec --without-invalid-fields.</numerusform>
      </translation>
      <extra-wk-built>bd411e672ac0</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n person(s) in this bundle also belong to another workshop on this laptop (or are not enrolled in this one): the bundle's changes to their records were left out. Correct or erase them on this laptop if needed.</source>
      <translation>
        <numerusform>%n personne de ce paquet appartient aussi à un autre atelier sur cet ordinateur (ou n'est pas inscrite à celui-ci) : les modifications du paquet à sa fiche ont été écartées. Corrigez-la ou effacez-la sur cet ordinateur si besoin.</numerusform>
        <numerusform>%n personnes de ce paquet appartiennent aussi à un autre atelier sur cet ordinateur (ou ne sont pas inscrites à celui-ci) : les modifications du paquet à leur fiche ont été écartées. Corrigez-les ou effacez-les sur cet ordinateur si besoin.</numerusform>
      </translation>
      <extra-wk-built>226fd60550ea</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s)</source>
      <translation>
        <numerusform>%n problème</numerusform>
        <numerusform>%n problèmes</numerusform>
      </translation>
      <extra-wk-built>79f33a95185a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s), first: {first}</source>
      <translation>
        <numerusform>%n problème : {first}</numerusform>
        <numerusform>%n problèmes, premier : {first}</numerusform>
      </translation>
      <extra-wk-built>bae74d25f46a</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s).</source>
      <translation>
        <numerusform>%n problème.</numerusform>
        <numerusform>%n problèmes.</numerusform>
      </translation>
      <extra-wk-built>f21c2db0ccb4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n problem(s); nothing was imported. Fix them and import again:</source>
      <translation>
        <numerusform>%n problème ; rien n'a été importé. Corrigez-le et importez à nouveau :</numerusform>
        <numerusform>%n problèmes ; rien n'a été importé. Corrigez-les et importez à nouveau :</numerusform>
      </translation>
      <extra-wk-built>e31618df0173</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n refused</source>
      <translation>
        <numerusform>%n refusé</numerusform>
        <numerusform>%n refusés</numerusform>
      </translation>
      <extra-wk-built>c690037c5d57</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) are people already registered (enrolled, not created again).</source>
      <translation>
        <numerusform>%n ligne correspond à une personne déjà enregistrée (inscrite, pas recréée).</numerusform>
        <numerusform>%n lignes correspondent à des personnes déjà enregistrées (inscrites, pas recréées).</numerusform>
      </translation>
      <extra-wk-built>773484898c04</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n row(s) skipped</source>
      <translation>
        <numerusform>%n ligne ignorée</numerusform>
        <numerusform>%n lignes ignorées</numerusform>
      </translation>
      <extra-wk-built>0693d5e08f40</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n sent</source>
      <translation>
        <numerusform>%n envoyé</numerusform>
        <numerusform>%n envoyés</numerusform>
      </translation>
      <extra-wk-built>f2c2eba83c4c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n séance</numerusform>
        <numerusform>%n séances</numerusform>
      </translation>
      <extra-wk-built>6b50fbdb0e92</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still arriving</source>
      <translation>
        <numerusform>%n en cours d'arrivée</numerusform>
        <numerusform>%n en cours d'arrivée</numerusform>
      </translation>
      <extra-wk-built>1a7ec61f31ce</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n still queued</source>
      <translation>
        <numerusform>%n encore en attente</numerusform>
        <numerusform>%n encore en attente</numerusform>
      </translation>
      <extra-wk-built>487e0b1e5f47</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n uncertain</source>
      <translation>
        <numerusform>%n incertain</numerusform>
        <numerusform>%n incertains</numerusform>
      </translation>
      <extra-wk-built>e75a775e0ae5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n valid row(s)</source>
      <translation>
        <numerusform>%n ligne valide</numerusform>
        <numerusform>%n lignes valides</numerusform>
      </translation>
      <extra-wk-built>e8c64cae43ba</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>%n warning(s).</source>
      <translation>
        <numerusform>%n avertissement.</numerusform>
        <numerusform>%n avertissements.</numerusform>
      </translation>
      <extra-wk-built>d9648d2ae771</extra-wk-built>
    </message>
    <message>
      <source>'Trainer' with the trainer's gender when known, else a neutral line</source>
      <translation>« Formateur » ou « Formatrice » selon le genre de la personne qui forme, sinon une mention neutre</translation>
      <extra-wk-built>6aa99dfdb9f3</extra-wk-built>
    </message>
    <message>
      <source>'has participated', agreed with the participant's gender in Arabic</source>
      <translation>« a participé », accordé en arabe avec le genre de la personne</translation>
      <extra-wk-built>69d25b49c199</extra-wk-built>
    </message>
    <message>
      <source>'{answer}' is not one of the choices; copy it exactly from the choices</source>
      <translation>« {answer} » ne fait pas partie des choix ; recopiez-le exactement depuis les choix</translation>
      <extra-wk-built>e940c0af55f5</extra-wk-built>
    </message>
    <message>
      <source>'{id}' differs from the folder name '{folder}'; they must be equal</source>
      <translation>« {id} » diffère du nom du dossier « {folder} » ; ils doivent être identiques</translation>
      <extra-wk-built>141abb0c713a</extra-wk-built>
    </message>
    <message>
      <source>'{id}' is a module that comes with the app; give your module another id (and folder name).</source>
      <translation>« {id} » est un module fourni avec l'application ; donnez à votre module un autre identifiant (et nom de dossier).</translation>
      <extra-wk-built>d5cd8efc72fe</extra-wk-built>
    </message>
    <message>
      <source>'{id}' may only hold lowercase letters, digits and '-'</source>
      <translation>« {id} » ne peut contenir que des minuscules, des chiffres et « - »</translation>
      <extra-wk-built>465b38afc2c7</extra-wk-built>
    </message>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation>« {ref} » correspond à plusieurs participants ; donnez une plus grande partie de l'identifiant.</translation>
      <extra-wk-built>96a5b6ce5e58</extra-wk-built>
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation>« {ref} » correspond à plusieurs ateliers ; donnez une plus grande partie de l'identifiant.</translation>
      <extra-wk-built>a4d6c3dd1363</extra-wk-built>
    </message>
    <message>
      <source>'{target}' is missing from the module folder</source>
      <translation>« {target} » est absent du dossier du module</translation>
      <extra-wk-built>5645d9135971</extra-wk-built>
    </message>
    <message>
      <source>'{target}' is not in the module folder; the app works offline, put the picture in images/</source>
      <translation>« {target} » n'est pas dans le dossier du module ; l'application fonctionne hors ligne, placez l'image dans images/</translation>
      <extra-wk-built>d396f149a7b7</extra-wk-built>
    </message>
    <message>
      <source>'{target}' points outside the module folder</source>
      <translation>« {target} » pointe hors du dossier du module</translation>
      <extra-wk-built>aeb61a58a8f3</extra-wk-built>
    </message>
    <message>
      <source>'{title}' on {day} ends after midnight; start it earlier.</source>
      <translation>« {title} » le {day} se termine après minuit ; commencez-la plus tôt.</translation>
      <extra-wk-built>c51963b45028</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not MAJOR.MINOR (e.g. "1.0"); put it in quotes</source>
      <translation>« {value} » n'est pas au format MAJEUR.MINEUR (ex. "1.0") ; mettez-le entre guillemets</translation>
      <extra-wk-built>635cc0fdcce9</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not a date YYYY-MM-DD</source>
      <translation>« {value} » n'est pas une date AAAA-MM-JJ</translation>
      <extra-wk-built>e78830852f31</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one with its country code, e.g. +33 6 12 34 56 78.</source>
      <translation>« {value} » n'est pas un numéro de téléphone ; écrivez un numéro marocain comme 06 12 34 56 78 ou un numéro étranger avec son indicatif, par ex. +33 6 12 34 56 78.</translation>
      <extra-wk-built>a1dfe52c8e2d</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not a whole number of minutes</source>
      <translation>« {value} » n'est pas un nombre entier de minutes</translation>
      <extra-wk-built>55249775da78</extra-wk-built>
    </message>
    <message>
      <source>'{value}' is not an e-mail address (name@example.org).</source>
      <translation>« {value} » n'est pas une adresse e-mail (nom@exemple.org).</translation>
      <extra-wk-built>ed7a9c941f1c</extra-wk-built>
    </message>
    <message>
      <source>(module not installed)</source>
      <translation>(module non installé)</translation>
      <extra-wk-built>6ddf7e1c0e60</extra-wk-built>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
      <extra-wk-built>208e5636013c</extra-wk-built>
    </message>
    <message>
      <source>(optional)</source>
      <translation>(facultative)</translation>
      <extra-wk-built>d4bb213b4a24</extra-wk-built>
    </message>
    <message>
      <source>(the newest good backup is {name}).</source>
      <translation>(la sauvegarde saine la plus récente est {name}).</translation>
      <extra-wk-built>830ae30e8871</extra-wk-built>
    </message>
    <message>
      <source>(threshold {pct} %)</source>
      <translation>(seuil {pct} %)</translation>
      <extra-wk-built>48c178bcf5bf</extra-wk-built>
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation>--days doit être compris entre 1 et {max}.</translation>
      <extra-wk-built>02d3803fd12c</extra-wk-built>
    </message>
    <message>
      <source>--mapping is not valid JSON ({detail}).</source>
      <translation>--mapping n'est pas du JSON valide ({detail}).</translation>
      <extra-wk-built>dce22b14411d</extra-wk-built>
    </message>
    <message>
      <source>--mapping must be a JSON object like {"Nom": "last_name", "Tel": "phone"}.</source>
      <translation>--mapping doit être un objet JSON comme {"Nom": "last_name", "Tel": "phone"}.</translation>
      <extra-wk-built>daa81509a1bc</extra-wk-built>
    </message>
    <message>
      <source>--mapping names a column '{column}' that the file does not have; its columns are: {columns}.</source>
      <translation>--mapping cite une colonne « {column} » absente du fichier ; ses colonnes sont : {columns}.</translation>
      <extra-wk-built>af8c8cac58c0</extra-wk-built>
    </message>
    <message>
      <source>--mapping: '{field}' is not a field; fields are: {fields}.</source>
      <translation>--mapping : « {field} » n'est pas un champ ; les champs sont : {fields}.</translation>
      <extra-wk-built>ed76f819e626</extra-wk-built>
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation>--sessions-per-day doit être compris entre 1 et {max}.</translation>
      <extra-wk-built>d46f1f94f745</extra-wk-built>
    </message>
    <message>
      <source>.docx template</source>
      <translation>modèle .docx</translation>
      <extra-wk-built>84627c9eb40e</extra-wk-built>
    </message>
    <message>
      <source>A badge from the other laptop has the same code as one here; it was left out. Reprint that badge if its holder cannot check in.</source>
      <translation>Un badge de l'autre ordinateur a le même code qu'un badge d'ici ; il a été écarté. Réimprimez ce badge si son porteur ne peut pas pointer.</translation>
      <extra-wk-built>1189c378bf2c</extra-wk-built>
    </message>
    <message>
      <source>A participant erased on the other laptop was erased here too.</source>
      <translation>Un participant effacé sur l'autre ordinateur a été effacé ici aussi.</translation>
      <extra-wk-built>4f59abc511e1</extra-wk-built>
    </message>
    <message>
      <source>A participant needs a name, in Latin or Arabic script.</source>
      <translation>Un participant doit avoir un nom, en caractères latins ou arabes.</translation>
      <extra-wk-built>e0c1a5dc54ec</extra-wk-built>
    </message>
    <message>
      <source>A session must end after it starts.</source>
      <translation>Une séance doit se terminer après son début.</translation>
      <extra-wk-built>9149e37cf1f3</extra-wk-built>
    </message>
    <message>
      <source>A workshop needs a title.</source>
      <translation>Un atelier doit avoir un titre.</translation>
      <extra-wk-built>b525a5b72fbc</extra-wk-built>
    </message>
    <message>
      <source>A {which} score must be between 0 and {max}.</source>
      <translation>Un score {which} doit être compris entre 0 et {max}.</translation>
      <extra-wk-built>812724653d39</extra-wk-built>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
      <extra-wk-built>64cff1319d2f</extra-wk-built>
    </message>
    <message>
      <source>Activities</source>
      <translation>Activités</translation>
      <extra-wk-built>8fb8105dc43e</extra-wk-built>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activité</translation>
      <extra-wk-built>6b2b8f1b80e0</extra-wk-built>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
      <extra-wk-built>6f0f4bbdb64a</extra-wk-built>
    </message>
    <message>
      <source>After the module (post-test)</source>
      <translation>Après le module (post-test)</translation>
      <extra-wk-built>3cdb1964797d</extra-wk-built>
    </message>
    <message>
      <source>Age</source>
      <translation>Âge</translation>
      <extra-wk-built>6d7c4dd88590</extra-wk-built>
    </message>
    <message>
      <source>Age '{value}' is impossible; write a number of years.</source>
      <translation>Âge « {value} » impossible ; écrivez un nombre d'années.</translation>
      <extra-wk-built>c94bd8cdf890</extra-wk-built>
    </message>
    <message>
      <source>Age band</source>
      <translation>Tranche d'âge</translation>
      <extra-wk-built>cf90d3b0da45</extra-wk-built>
    </message>
    <message>
      <source>Age band '{value}' is not one of {bands}.</source>
      <translation>La tranche d'âge « {value} » n'est pas l'une de : {bands}.</translation>
      <extra-wk-built>2af5fe0e5d9c</extra-wk-built>
    </message>
    <message>
      <source>Age band: age reached in {year} from the birth year, else the band recorded at registration.</source>
      <translation>Tranche d'âge : âge atteint en {year} d'après l'année de naissance, sinon la tranche notée à l'inscription.</translation>
      <extra-wk-built>54c633471b8d</extra-wk-built>
    </message>
    <message>
      <source>All required checks passed.</source>
      <translation>Toutes les vérifications requises sont passées.</translation>
      <extra-wk-built>410fbd7613a7</extra-wk-built>
    </message>
    <message>
      <source>All workshops</source>
      <translation>Tous les ateliers</translation>
      <extra-wk-built>66e9ebc453a6</extra-wk-built>
    </message>
    <message>
      <source>An erased participant cannot be merged.</source>
      <translation>Un participant effacé ne peut pas être fusionné.</translation>
      <extra-wk-built>2a25788d8a12</extra-wk-built>
    </message>
    <message>
      <source>Anonymised: aggregates only. Counts below {n} are shown as "&lt;{n}" and averages over fewer than {n} people are withheld, so nobody can be identified.</source>
      <translation>Anonymisé : agrégats uniquement. Les effectifs inférieurs à {n} sont affichés « &lt;{n} » et les moyennes sur moins de {n} personnes ne sont pas données, afin que personne ne puisse être identifié.</translation>
      <extra-wk-built>beee56cee2bf</extra-wk-built>
    </message>
    <message>
      <source>Arabic letters in a Latin-script name; type it in the Arabic name field.</source>
      <translation>Lettres arabes dans un nom en caractères latins ; saisissez-le dans le champ du nom arabe.</translation>
      <extra-wk-built>c539078cc8ce</extra-wk-built>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Présences</translation>
      <extra-wk-built>2d394395e590</extra-wk-built>
    </message>
    <message>
      <source>Attendance %</source>
      <translation>Assiduité %</translation>
      <extra-wk-built>4357520b09fd</extra-wk-built>
    </message>
    <message>
      <source>Attendance rate</source>
      <translation>Taux de présence</translation>
      <extra-wk-built>d30219f2f564</extra-wk-built>
    </message>
    <message>
      <source>Attendance rate: {rate}</source>
      <translation>Taux de présence : {rate}</translation>
      <extra-wk-built>50450e5a27c9</extra-wk-built>
    </message>
    <message>
      <source>Attendance updated.</source>
      <translation>Présence mise à jour.</translation>
      <extra-wk-built>c31f4c84584f</extra-wk-built>
    </message>
    <message>
      <source>Attended</source>
      <translation>Présent</translation>
      <extra-wk-built>027bcf715fc2</extra-wk-built>
    </message>
    <message>
      <source>Audience</source>
      <translation>Public</translation>
      <extra-wk-built>591935b15b1c</extra-wk-built>
    </message>
    <message>
      <source>Backup written: {path}</source>
      <translation>Sauvegarde écrite : {path}</translation>
      <extra-wk-built>11566357d08b</extra-wk-built>
    </message>
    <message>
      <source>Badge {code} of {name} revoked.</source>
      <translation>Badge {code} de {name} révoqué.</translation>
      <extra-wk-built>87425563a630</extra-wk-built>
    </message>
    <message>
      <source>Badges</source>
      <translation>Badges</translation>
      <extra-wk-built>185d8ef0ae5e</extra-wk-built>
    </message>
    <message>
      <source>Badges cancelled: no badge file was written.</source>
      <translation>Badges annulés : aucun fichier de badges n'a été écrit.</translation>
      <extra-wk-built>f88bbb9557b9</extra-wk-built>
    </message>
    <message>
      <source>Before</source>
      <translation>Avant</translation>
      <extra-wk-built>a6594f80458a</extra-wk-built>
    </message>
    <message>
      <source>Before the module (pre-test)</source>
      <translation>Avant le module (pré-test)</translation>
      <extra-wk-built>896f499b7d84</extra-wk-built>
    </message>
    <message>
      <source>Birth year</source>
      <translation>Année de naissance</translation>
      <extra-wk-built>49df7215464b</extra-wk-built>
    </message>
    <message>
      <source>Birth year '{value}' is impossible; write a year between {low} and {high}.</source>
      <translation>Année de naissance « {value} » impossible ; écrivez une année entre {low} et {high}.</translation>
      <extra-wk-built>177b5867fcb0</extra-wk-built>
    </message>
    <message>
      <source>Birth year / age band</source>
      <translation>Année de naissance / tranche d'âge</translation>
      <extra-wk-built>8315123cbf15</extra-wk-built>
    </message>
    <message>
      <source>Both laptops added a session {number}; the imported one became session {new}.</source>
      <translation>Les deux ordinateurs ont ajouté une séance {number} ; celle importée devient la séance {new}.</translation>
      <extra-wk-built>5c0129581285</extra-wk-built>
    </message>
    <message>
      <source>Breakdown</source>
      <translation>Ventilation</translation>
      <extra-wk-built>3961803cc495</extra-wk-built>
    </message>
    <message>
      <source>Bundle of '{title}' (signed by {key_id}).</source>
      <translation>Paquet de « {title} » (signé par {key_id}).</translation>
      <extra-wk-built>4b22072c3ef3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Bundle written: {path} (%n row(s), signed by key {key_id}).</source>
      <translation>
        <numerusform>Paquet écrit : {path} (%n ligne, signé par la clé {key_id}).</numerusform>
        <numerusform>Paquet écrit : {path} (%n lignes, signé par la clé {key_id}).</numerusform>
      </translation>
      <extra-wk-built>b2ed31cd82c4</extra-wk-built>
    </message>
    <message>
      <source>Bundles merged from inboxes so far: {n}</source>
      <translation>Paquets fusionnés depuis les boîtes de dépôt à ce jour : {n}</translation>
      <extra-wk-built>696d7e13e819</extra-wk-built>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
      <extra-wk-built>de993602f6e1</extra-wk-built>
    </message>
    <message>
      <source>CSV delimiter (default: detected)</source>
      <translation>séparateur CSV (par défaut : détecté)</translation>
      <extra-wk-built>2d56cd28ab9f</extra-wk-built>
    </message>
    <message>
      <source>CSV, TSV, XLSX or XLS file</source>
      <translation>fichier CSV, TSV, XLSX ou XLS</translation>
      <extra-wk-built>f73ecf0ea7fb</extra-wk-built>
    </message>
    <message>
      <source>Cancelled: nothing was changed.</source>
      <translation>Annulé : rien n'a été modifié.</translation>
      <extra-wk-built>4169bf4b9375</extra-wk-built>
    </message>
    <message>
      <source>Cannot reach the SMTP server {host}:{port} ({detail}). Messages stay in the outbox; send them when a connection exists.</source>
      <translation>Impossible de joindre le serveur SMTP {host}:{port} ({detail}). Les messages restent dans la boîte d'envoi ; envoyez-les quand une connexion sera disponible.</translation>
      <extra-wk-built>c57d1f7549cb</extra-wk-built>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
      <extra-wk-built>e52a82c98b3a</extra-wk-built>
    </message>
    <message>
      <source>Certificate {number} revoked.</source>
      <translation>Attestation {number} révoquée.</translation>
      <extra-wk-built>830eb3d5f07b</extra-wk-built>
    </message>
    <message>
      <source>Certificate {number} was already revoked on {when}.</source>
      <translation>L'attestation {number} a déjà été révoquée le {when}.</translation>
      <extra-wk-built>24602a347576</extra-wk-built>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
      <extra-wk-built>ca740e692731</extra-wk-built>
    </message>
    <message>
      <source>Certificates issued</source>
      <translation>Attestations délivrées</translation>
      <extra-wk-built>4c6db9dcb496</extra-wk-built>
    </message>
    <message>
      <source>Certificates issued: certificates recorded in this data folder and not revoked.</source>
      <translation>Attestations délivrées : attestations enregistrées dans ce dossier de données et non révoquées.</translation>
      <extra-wk-built>efad4311d22a</extra-wk-built>
    </message>
    <message>
      <source>Check-in taken back: {name}.</source>
      <translation>Enregistrement annulé : {name}.</translation>
      <extra-wk-built>e810cbc8db13</extra-wk-built>
    </message>
    <message>
      <source>Checked in at</source>
      <translation>Arrivée à</translation>
      <extra-wk-built>9a9fdb9960b0</extra-wk-built>
    </message>
    <message>
      <source>Choose a folder outside the current data folder.</source>
      <translation>Choisissez un dossier en dehors du dossier de données actuel.</translation>
      <extra-wk-built>137536a5f6da</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Choose a passphrase of at least %n character(s) (a few words are easy to remember and hard to guess).</source>
      <translation>
        <numerusform>Choisissez une phrase secrète d'au moins %n caractère (quelques mots sont faciles à retenir et difficiles à deviner).</numerusform>
        <numerusform>Choisissez une phrase secrète d'au moins %n caractères (quelques mots sont faciles à retenir et difficiles à deviner).</numerusform>
      </translation>
      <extra-wk-built>c9e792a94f5f</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Choose a password of at least %n character(s).</source>
      <translation>
        <numerusform>Choisissez un mot de passe d'au moins %n caractère.</numerusform>
        <numerusform>Choisissez un mot de passe d'au moins %n caractères.</numerusform>
      </translation>
      <extra-wk-built>c771332db916</extra-wk-built>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>Choisissez un dossier accessible en écriture avec --data-dir.</translation>
      <extra-wk-built>bf98fd173518</extra-wk-built>
    </message>
    <message>
      <source>Choose the session with --session N (see: workshop-kit workshop show {ref}).</source>
      <translation>Choisissez la séance avec --session N (voir : workshop-kit workshop show {ref}).</translation>
      <extra-wk-built>93c193a2281e</extra-wk-built>
    </message>
    <message>
      <source>Choose two different participants.</source>
      <translation>Choisissez deux participants différents.</translation>
      <extra-wk-built>2f91f60cfae3</extra-wk-built>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
      <extra-wk-built>0ebd25a341ea</extra-wk-built>
    </message>
    <message>
      <source>City: {value}</source>
      <translation>Ville : {value}</translation>
      <extra-wk-built>6043924eb2c8</extra-wk-built>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
      <extra-wk-built>340f463033e0</extra-wk-built>
    </message>
    <message>
      <source>Code: {code}</source>
      <translation>Code : {code}</translation>
      <extra-wk-built>42bb5c0fb29b</extra-wk-built>
    </message>
    <message>
      <source>Columns: {mapping}</source>
      <translation>Colonnes : {mapping}</translation>
      <extra-wk-built>de45e9fb8415</extra-wk-built>
    </message>
    <message>
      <source>Consent '{value}' is not understood; write yes or no.</source>
      <translation>Consentement « {value} » non compris ; écrivez oui ou non.</translation>
      <extra-wk-built>5476e1ae390f</extra-wk-built>
    </message>
    <message>
      <source>Consent date</source>
      <translation>Date du consentement</translation>
      <extra-wk-built>49c0c0befc32</extra-wk-built>
    </message>
    <message>
      <source>Consent recorded by</source>
      <translation>Consentement recueilli par</translation>
      <extra-wk-built>42641bd11c06</extra-wk-built>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant and tick it.</source>
      <translation>Le consentement à l'utilisation des données manque ; demandez-le au participant et cochez-le.</translation>
      <extra-wk-built>53dd28a798dd</extra-wk-built>
    </message>
    <message>
      <source>Consent to data use is missing; ask the participant, then add --consent.</source>
      <translation>Le consentement à l'utilisation des données manque ; demandez-le au participant, puis ajoutez --consent.</translation>
      <extra-wk-built>8b6d245d287a</extra-wk-built>
    </message>
    <message>
      <source>Consent: certificate by e-mail</source>
      <translation>Consentement : attestation par e-mail</translation>
      <extra-wk-built>b5245c59eaa2</extra-wk-built>
    </message>
    <message>
      <source>Consent: data use</source>
      <translation>Consentement : utilisation des données</translation>
      <extra-wk-built>2bb0887b3786</extra-wk-built>
    </message>
    <message>
      <source>Consent: photos</source>
      <translation>Consentement : photos</translation>
      <extra-wk-built>9433ec77fc96</extra-wk-built>
    </message>
    <message>
      <source>Copy cancelled: the new folder was removed and the data stays where it was.</source>
      <translation>Copie annulée : ce qui avait été copié dans le nouveau dossier a été supprimé et les données restent où elles étaient.</translation>
      <extra-wk-built>35b3610b95d5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Core sessions: %n min (the others are optional)</source>
      <translation>
        <numerusform>Séances essentielles : %n min (les autres sont facultatives)</numerusform>
        <numerusform>Séances essentielles : %n min (les autres sont facultatives)</numerusform>
      </translation>
      <extra-wk-built>faecce0cded1</extra-wk-built>
    </message>
    <message>
      <source>Could not find a free badge code; try again.</source>
      <translation>Aucun code de badge libre trouvé ; réessayez.</translation>
      <extra-wk-built>d3703f06ae22</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Damaged template(s): {names}</source>
      <translation>
        <numerusform>Modèle endommagé : {names}</numerusform>
        <numerusform>Modèles endommagés : {names}</numerusform>
      </translation>
      <extra-wk-built>be0104124b5c</extra-wk-built>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
      <extra-wk-built>99c40ab40592</extra-wk-built>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
      <extra-wk-built>78963905f399</extra-wk-built>
    </message>
    <message>
      <source>Dates: {start} → {end}</source>
      <translation>Dates : {start} → {end}</translation>
      <extra-wk-built>6d1debac4f6a</extra-wk-built>
    </message>
    <message>
      <source>Day {n} — {date}</source>
      <translation>Jour {n} — {date}</translation>
      <extra-wk-built>cea1e0c0c26f</extra-wk-built>
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {counts}.</source>
      <translation>Atelier de démonstration créé : {title} ({id}), {counts}.</translation>
      <extra-wk-built>062230b76f67</extra-wk-built>
    </message>
    <message>
      <source>Donor</source>
      <translation>Bailleur</translation>
      <extra-wk-built>4fcf83d378f6</extra-wk-built>
    </message>
    <message>
      <source>Donor report</source>
      <translation>Rapport bailleur</translation>
      <extra-wk-built>d67ff2a153e2</extra-wk-built>
    </message>
    <message>
      <source>Double scans across laptops (the earliest check-in was kept):</source>
      <translation>Doubles passages sur plusieurs ordinateurs (l'arrivée la plus tôt est conservée) :</translation>
      <extra-wk-built>9ba9f236bf53</extra-wk-built>
    </message>
    <message>
      <source>Dry run: {valid}, {errors}; nothing was written.</source>
      <translation>Essai : {valid}, {errors} ; rien n'a été enregistré.</translation>
      <extra-wk-built>c0c82debe964</extra-wk-built>
    </message>
    <message>
      <source>Duration</source>
      <translation>Durée</translation>
      <extra-wk-built>71d0bad42af1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Duration: %n min</source>
      <translation>
        <numerusform>Durée : %n min</numerusform>
        <numerusform>Durée : %n min</numerusform>
      </translation>
      <extra-wk-built>6f3ac0740ff9</extra-wk-built>
    </message>
    <message>
      <source>E-mails</source>
      <translation>E-mails</translation>
      <extra-wk-built>1e8026f4ed90</extra-wk-built>
    </message>
    <message>
      <source>EU co-funding mention (Settings)</source>
      <translation>mention du cofinancement UE (Paramètres)</translation>
      <extra-wk-built>6d21452e0716</extra-wk-built>
    </message>
    <message>
      <source>Eligible for certificate</source>
      <translation>Éligible à l'attestation</translation>
      <extra-wk-built>e19037ab4e55</extra-wk-built>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
      <extra-wk-built>2550d962e536</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Encrypted with a passphrase (SQLCipher): the database and %n backup(s).</source>
      <translation>
        <numerusform>Chiffré avec une phrase secrète (SQLCipher) : la base de données et %n sauvegarde.</numerusform>
        <numerusform>Chiffré avec une phrase secrète (SQLCipher) : la base de données et %n sauvegardes.</numerusform>
      </translation>
      <extra-wk-built>7cf76b099563</extra-wk-built>
    </message>
    <message>
      <source>Encryption is not available in this installation (the sqlcipher3 package is missing).</source>
      <translation>Le chiffrement n'est pas disponible dans cette installation (le paquet sqlcipher3 manque).</translation>
      <extra-wk-built>d8e9672dce7d</extra-wk-built>
    </message>
    <message>
      <source>Encryption needs the sqlcipher3 package, which is missing from this installation. Reinstall Workshop Kit (pip install workshop-kit) to open or encrypt this data folder.</source>
      <translation>Le chiffrement nécessite le paquet sqlcipher3, absent de cette installation. Réinstallez Workshop Kit (pip install workshop-kit) pour ouvrir ou chiffrer ce dossier de données.</translation>
      <extra-wk-built>713cb988cbb3</extra-wk-built>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
      <extra-wk-built>5a2af601e7a2</extra-wk-built>
    </message>
    <message>
      <source>Erased on</source>
      <translation>Effacé le</translation>
      <extra-wk-built>23cf0250812d</extra-wk-built>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
      <extra-wk-built>60b2fead65c5</extra-wk-built>
    </message>
    <message>
      <source>Excused</source>
      <translation>Excusé(e)s</translation>
      <extra-wk-built>fcb11dcd74f6</extra-wk-built>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>Export annulé : aucun fichier n'a été écrit.</translation>
      <extra-wk-built>09771c46ef65</extra-wk-built>
    </message>
    <message>
      <source>Export to .xlsx, .docx or .pdf (not '{suffix}').</source>
      <translation>Exportez en .xlsx, .docx ou .pdf (pas « {suffix} »).</translation>
      <extra-wk-built>10c89c509a84</extra-wk-built>
    </message>
    <message>
      <source>F or M: certificates say Formatrice/Formateur; empty: a neutral line</source>
      <translation>F ou M : les attestations disent Formatrice/Formateur ; vide : une mention neutre</translation>
      <extra-wk-built>4147e558aba5</extra-wk-built>
    </message>
    <message>
      <source>F, M or X</source>
      <translation>F, M ou X</translation>
      <extra-wk-built>27efe52b8f15</extra-wk-built>
    </message>
    <message>
      <source>Facilitator notes</source>
      <translation>Notes pour l'animateur</translation>
      <extra-wk-built>32b13f97156f</extra-wk-built>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
      <extra-wk-built>1b4d976c2ad7</extra-wk-built>
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation>Problème de fichier : {detail}</translation>
      <extra-wk-built>9f48a0d3fea1</extra-wk-built>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
      <extra-wk-built>6e2287796c72</extra-wk-built>
    </message>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
      <extra-wk-built>e325bf8f903f</extra-wk-built>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
      <extra-wk-built>1b4c98311bdd</extra-wk-built>
    </message>
    <message>
      <source>Fix the template, then check it again.</source>
      <translation>Corrigez le modèle, puis vérifiez-le à nouveau.</translation>
      <extra-wk-built>9c0774f3985e</extra-wk-built>
    </message>
    <message>
      <source>Folder: {path}</source>
      <translation>Dossier : {path}</translation>
      <extra-wk-built>f4f79329dd2f</extra-wk-built>
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation>Libérez de l'espace disque.</translation>
      <extra-wk-built>492a342e8c3f</extra-wk-built>
    </message>
    <message>
      <source>Full name</source>
      <translation>Nom complet</translation>
      <extra-wk-built>c8af6e29fba8</extra-wk-built>
    </message>
    <message>
      <source>Gain (points of %)</source>
      <translation>Gain (points de %)</translation>
      <extra-wk-built>2b2a3d7091bd</extra-wk-built>
    </message>
    <message>
      <source>Gender</source>
      <translation>Genre</translation>
      <extra-wk-built>6da795a8664f</extra-wk-built>
    </message>
    <message>
      <source>Gender '{value}' is not understood; use F, M or X (other).</source>
      <translation>Genre « {value} » non compris ; utilisez F, M ou X (autre).</translation>
      <extra-wk-built>237f4379ed17</extra-wk-built>
    </message>
    <message>
      <source>Generated on</source>
      <translation>Généré le</translation>
      <extra-wk-built>e03d2d44d0d1</extra-wk-built>
    </message>
    <message>
      <source>Generated on {date}</source>
      <translation>Établi le {date}</translation>
      <extra-wk-built>aa03683afd68</extra-wk-built>
    </message>
    <message>
      <source>Give --pre N, --post N or both.</source>
      <translation>Indiquez --pre N, --post N ou les deux.</translation>
      <extra-wk-built>d5e4d621fb2e</extra-wk-built>
    </message>
    <message>
      <source>Give either a badge token (or short code) or --image FILE.</source>
      <translation>Donnez soit un jeton de badge (ou son code court), soit --image FICHIER.</translation>
      <extra-wk-built>6c1844b655dd</extra-wk-built>
    </message>
    <message>
      <source>Give the bundle's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>Donnez le mot de passe du paquet avec --password-stdin ou WORKSHOP_KIT_FILE_PASSWORD.</translation>
      <extra-wk-built>7f586acd9b39</extra-wk-built>
    </message>
    <message>
      <source>Give the document's password with --password-stdin or WORKSHOP_KIT_FILE_PASSWORD.</source>
      <translation>Donnez le mot de passe du document avec --password-stdin ou WORKSHOP_KIT_FILE_PASSWORD.</translation>
      <extra-wk-built>640c7acceb8b</extra-wk-built>
    </message>
    <message>
      <source>Give the passphrase with the environment variable {env}.</source>
      <translation>Donnez la phrase secrète avec la variable d'environnement {env}.</translation>
      <extra-wk-built>b9f531141750</extra-wk-built>
    </message>
    <message>
      <source>History of this record</source>
      <translation>Historique de cette fiche</translation>
      <extra-wk-built>ddff6fc38b4f</extra-wk-built>
    </message>
    <message>
      <source>How they heard</source>
      <translation>Comment ils ont connu l'atelier</translation>
      <extra-wk-built>9d35e4768438</extra-wk-built>
    </message>
    <message>
      <source>Import cancelled: nothing from this bundle was imported.</source>
      <translation>Import annulé : rien de ce paquet n'a été importé.</translation>
      <extra-wk-built>b4fb95cafec1</extra-wk-built>
    </message>
    <message>
      <source>Import cancelled: nothing was imported.</source>
      <translation>Import annulé : rien n'a été importé.</translation>
      <extra-wk-built>1d3e56f4d970</extra-wk-built>
    </message>
    <message>
      <source>Imported: {ids}</source>
      <translation>Importé : {ids}</translation>
      <extra-wk-built>ab7ff977636d</extra-wk-built>
    </message>
    <message>
      <source>Imported: {imported}; {enrolled}; {skipped}.</source>
      <translation>Import : {imported} ; {enrolled} ; {skipped}.</translation>
      <extra-wk-built>3b2d05250517</extra-wk-built>
    </message>
    <message>
      <source>Inbox folder forgotten.</source>
      <translation>Dossier de dépôt oublié.</translation>
      <extra-wk-built>3a2599cbfea3</extra-wk-built>
    </message>
    <message>
      <source>Inbox folder: {folder}</source>
      <translation>Dossier de dépôt : {folder}</translation>
      <extra-wk-built>4f03d424abb1</extra-wk-built>
    </message>
    <message>
      <source>Inbox {folder}: {merged}, {known}, {refused}, {waiting}.</source>
      <translation>Dossier de dépôt {folder} : {merged}, {known}, {refused}, {waiting}.</translation>
      <extra-wk-built>415cf7852055</extra-wk-built>
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui).</source>
      <translation>Installez LibreOffice (Debian/Ubuntu : sudo apt-get install libreoffice-writer-nogui).</translation>
      <extra-wk-built>1d06b0ec0c48</extra-wk-built>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>Installez l'application avec ses dépendances (voir README).</translation>
      <extra-wk-built>302feaa557c9</extra-wk-built>
    </message>
    <message>
      <source>Install the missing system libraries: sudo apt-get install -y {packages}</source>
      <translation>Installez les bibliothèques système manquantes : sudo apt-get install -y {packages}</translation>
      <extra-wk-built>42335cf55ff5</extra-wk-built>
    </message>
    <message>
      <source>Install the system libraries that provide: {names}</source>
      <translation>Installez les bibliothèques système qui fournissent : {names}</translation>
      <extra-wk-built>6ca991255339</extra-wk-built>
    </message>
    <message>
      <source>Interrupted while sending: the server may have received it. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>Interrompu pendant l'envoi : le serveur l'a peut-être reçu. Vérifiez la boîte de l'expéditeur, puis renvoyez-le (workshop-kit outbox retry ID) ou marquez-le envoyé (workshop-kit outbox mark-sent ID).</translation>
      <extra-wk-built>1651bf786f7a</extra-wk-built>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Interrompu.</translation>
      <extra-wk-built>445c4f36a84b</extra-wk-built>
    </message>
    <message>
      <source>Issued</source>
      <translation>Délivrée le</translation>
      <extra-wk-built>0f30260d5c84</extra-wk-built>
    </message>
    <message>
      <source>Key messages</source>
      <translation>Messages clés</translation>
      <extra-wk-built>fd63cdceb4a6</extra-wk-built>
    </message>
    <message>
      <source>Key {key_id} is now trusted: bundles it signs are imported.</source>
      <translation>La clé {key_id} est désormais de confiance : les paquets qu'elle signe sont importés.</translation>
      <extra-wk-built>bb94f4e998b1</extra-wk-built>
    </message>
    <message>
      <source>Key {kid} ({organisation}) is now trusted: its certificates verify on this computer.</source>
      <translation>La clé {kid} ({organisation}) est maintenant reconnue : ses attestations se vérifient sur cet ordinateur.</translation>
      <extra-wk-built>0ea41827c000</extra-wk-built>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>Type d'organisation</translation>
      <extra-wk-built>d854f2018635</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain</source>
      <translation>Gain de connaissances</translation>
      <extra-wk-built>2b83dc668851</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain (points of %)</source>
      <translation>Gain de connaissances (points de %)</translation>
      <extra-wk-built>183df7580d22</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain per module (pre-test → post-test)</source>
      <translation>Gain de connaissances par module (pré-test → post-test)</translation>
      <extra-wk-built>d7d4978115b1</extra-wk-built>
    </message>
    <message>
      <source>Knowledge gain: {pre} % → {post} % ({gain:+} points)</source>
      <translation>Gain de connaissances : {pre} % → {post} % ({gain:+} points)</translation>
      <extra-wk-built>9806a89d4310</extra-wk-built>
    </message>
    <message>
      <source>Known placeholders:</source>
      <translation>Champs reconnus :</translation>
      <extra-wk-built>ba176f081c2c</extra-wk-built>
    </message>
    <message>
      <source>Language for documents</source>
      <translation>Langue des documents</translation>
      <extra-wk-built>4141abd89f7d</extra-wk-built>
    </message>
    <message>
      <source>Last name</source>
      <translation>Nom</translation>
      <extra-wk-built>b2c124536d21</extra-wk-built>
    </message>
    <message>
      <source>Last name (Arabic)</source>
      <translation>Nom (arabe)</translation>
      <extra-wk-built>23501aa53258</extra-wk-built>
    </message>
    <message>
      <source>Latin letters in an Arabic-script name; type it in the Latin name field.</source>
      <translation>Lettres latines dans un nom en caractères arabes ; saisissez-le dans le champ du nom latin.</translation>
      <extra-wk-built>47fdb7b69056</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice could not convert the summary to PDF.</source>
      <translation>LibreOffice n'a pas pu convertir la synthèse en PDF.</translation>
      <extra-wk-built>0fd61f9e4535</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice is not installed, so no PDF was made; the .docx files are complete. Install it from https://www.libreoffice.org (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui), then run again.</source>
      <translation>LibreOffice n'est pas installé : aucun PDF n'a été créé ; les fichiers .docx sont complets. Installez-le depuis https://www.libreoffice.org (Debian/Ubuntu : sudo apt-get install libreoffice-writer-nogui), puis relancez.</translation>
      <extra-wk-built>aa8689ed0403</extra-wk-built>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>LibreOffice introuvable : les attestations restent en .docx, sans PDF.</translation>
      <extra-wk-built>aeffe3789977</extra-wk-built>
    </message>
    <message>
      <source>Line {line} of the file cannot be read as CSV ({detail}).</source>
      <translation>La ligne {line} du fichier ne peut pas être lue comme du CSV ({detail}).</translation>
      <extra-wk-built>f1fad7520e15</extra-wk-built>
    </message>
    <message>
      <source>Local authority</source>
      <translation>Collectivité locale</translation>
      <extra-wk-built>2133a118e084</extra-wk-built>
    </message>
    <message>
      <source>Man</source>
      <translation>Homme</translation>
      <extra-wk-built>f7f9ca3e2f67</extra-wk-built>
    </message>
    <message>
      <source>Materials</source>
      <translation>Matériel</translation>
      <extra-wk-built>3b37a8d4a81a</extra-wk-built>
    </message>
    <message>
      <source>Materials to print</source>
      <translation>Matériel à imprimer</translation>
      <extra-wk-built>1e5c14bf314f</extra-wk-built>
    </message>
    <message>
      <source>Merged {other_name} ({other}) into {keep_name} ({keep}).</source>
      <translation>{other_name} ({other}) a été fusionné dans {keep_name} ({keep}).</translation>
      <extra-wk-built>9ddf8c7fed09</extra-wk-built>
    </message>
    <message>
      <source>Message to {to} cancelled.</source>
      <translation>Message à {to} annulé.</translation>
      <extra-wk-built>b6c6c84ccc73</extra-wk-built>
    </message>
    <message>
      <source>Message to {to} queued again.</source>
      <translation>Message à {to} remis en file d'attente.</translation>
      <extra-wk-built>0d1172e03139</extra-wk-built>
    </message>
    <message>
      <source>Message to {to} recorded as sent.</source>
      <translation>Message à {to} enregistré comme envoyé.</translation>
      <extra-wk-built>6b8fca612894</extra-wk-built>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
      <extra-wk-built>6b37faa20867</extra-wk-built>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Minutes</translation>
      <extra-wk-built>4f846a84e7fc</extra-wk-built>
    </message>
    <message>
      <source>Missing sub-command; see --help.</source>
      <translation>Sous-commande manquante ; voir --help.</translation>
      <extra-wk-built>f809be8cd624</extra-wk-built>
    </message>
    <message>
      <source>Missing: {langs}</source>
      <translation>Manquant : {langs}</translation>
      <extra-wk-built>6b5f0c32d512</extra-wk-built>
    </message>
    <message>
      <source>Module</source>
      <translation>Module</translation>
      <extra-wk-built>f148224ae44f</extra-wk-built>
    </message>
    <message>
      <source>Module '{id}' has no readable language file.</source>
      <translation>Le module « {id} » n'a aucun fichier de langue lisible.</translation>
      <extra-wk-built>941df73d53ec</extra-wk-built>
    </message>
    <message>
      <source>Module '{id}' is not installed here; give --max N.</source>
      <translation>Le module « {id} » n'est pas installé ici ; indiquez --max N.</translation>
      <extra-wk-built>b14166e2da14</extra-wk-built>
    </message>
    <message>
      <source>Module {id} has no session {n}.</source>
      <translation>Le module {id} n'a pas de séance {n}.</translation>
      <extra-wk-built>5ea0abff7aef</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Module {module}: {pre} % → {post} % (%n person(s))</source>
      <translation>
        <numerusform>Module {module} : {pre} % → {post} % (%n personne)</numerusform>
        <numerusform>Module {module} : {pre} % → {post} % (%n personnes)</numerusform>
      </translation>
      <extra-wk-built>4f656d723a6f</extra-wk-built>
    </message>
    <message>
      <source>Module: {value}</source>
      <translation>Module : {value}</translation>
      <extra-wk-built>5ddfb0946d20</extra-wk-built>
    </message>
    <message>
      <source>Moroccan</source>
      <translation>Marocain(e)</translation>
      <extra-wk-built>458e05a373c3</extra-wk-built>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
      <extra-wk-built>b2c124536d21</extra-wk-built>
    </message>
    <message>
      <source>Name in Arabic</source>
      <translation>Nom en arabe</translation>
      <extra-wk-built>873340799b3d</extra-wk-built>
    </message>
    <message>
      <source>Name or code: ____________________    Date: ____________</source>
      <translation>Nom ou code : ____________________    Date : ____________</translation>
      <extra-wk-built>b6ed340800b5</extra-wk-built>
    </message>
    <message>
      <source>Name: {name}</source>
      <translation>Nom : {name}</translation>
      <extra-wk-built>6a25492c72b2</extra-wk-built>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
      <extra-wk-built>947cb5043c46</extra-wk-built>
    </message>
    <message>
      <source>Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).</source>
      <translation>Nationalité « {value} » : pays inconnu ; écrivez son nom ou son code ISO (par ex. MA, SN).</translation>
      <extra-wk-built>9c44f3938cd0</extra-wk-built>
    </message>
    <message>
      <source>Nationality group</source>
      <translation>Groupe de nationalité</translation>
      <extra-wk-built>6842483c2cfc</extra-wk-built>
    </message>
    <message>
      <source>Nationality group: Moroccan; other African (the other African countries, by ISO code or name); other; not recorded.</source>
      <translation>Groupe de nationalité : marocaine ; autre africaine (les autres pays africains, par code ISO ou par nom) ; autre ; non renseignée.</translation>
      <extra-wk-built>3e9d4de81be8</extra-wk-built>
    </message>
    <message>
      <source>New badge {code} issued to {name}; the old one no longer works.</source>
      <translation>Nouveau badge {code} émis pour {name} ; l'ancien ne fonctionne plus.</translation>
      <extra-wk-built>716e7e49cda3</extra-wk-built>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Nouvelle phrase secrète : </translation>
      <extra-wk-built>30b7bacf9a9a</extra-wk-built>
    </message>
    <message>
      <source>No .docx templates in {path}</source>
      <translation>Aucun modèle .docx dans {path}</translation>
      <extra-wk-built>8367f25423ad</extra-wk-built>
    </message>
    <message>
      <source>No Arabic font in {path}</source>
      <translation>Aucune police arabe dans {path}</translation>
      <extra-wk-built>f659ecf52432</extra-wk-built>
    </message>
    <message>
      <source>No QR code found in {path}. Take a sharper, closer photo of the badge, or type its short code.</source>
      <translation>Aucun code QR trouvé dans {path}. Prenez une photo plus nette et plus proche du badge, ou tapez son code court.</translation>
      <extra-wk-built>8a284a98dbb6</extra-wk-built>
    </message>
    <message>
      <source>No QR code found in {path}. Try a sharper, closer photo, or type the short code.</source>
      <translation>Aucun code QR trouvé dans {path}. Essayez une photo plus nette et plus proche, ou tapez le code court.</translation>
      <extra-wk-built>9d18436de554</extra-wk-built>
    </message>
    <message>
      <source>No SMTP server set. Set it with: workshop-kit outbox smtp --host … --from …</source>
      <translation>Aucun serveur SMTP défini. Définissez-le avec : workshop-kit outbox smtp --host … --from …</translation>
      <extra-wk-built>26ec0eba34f9</extra-wk-built>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Aucune sauvegarde pour l'instant.</translation>
      <extra-wk-built>6166769469ee</extra-wk-built>
    </message>
    <message>
      <source>No bundle file at {path}.</source>
      <translation>Aucun fichier de paquet à {path}.</translation>
      <extra-wk-built>a6a82ea014c9</extra-wk-built>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>Aucun module fourni dans {path}</translation>
      <extra-wk-built>a27bd114c137</extra-wk-built>
    </message>
    <message>
      <source>No certificate issued yet.</source>
      <translation>Aucune attestation délivrée pour l'instant.</translation>
      <extra-wk-built>df65ed3eebac</extra-wk-built>
    </message>
    <message>
      <source>No certificate number {number} in this database.</source>
      <translation>Aucune attestation numéro {number} dans cette base.</translation>
      <extra-wk-built>be21cde9b288</extra-wk-built>
    </message>
    <message>
      <source>No certificate with this code in this database.</source>
      <translation>Aucune attestation avec ce code dans cette base.</translation>
      <extra-wk-built>71ba59acc1eb</extra-wk-built>
    </message>
    <message>
      <source>No column of the file is recognised as a name. Its columns are: {columns}. Say which column holds the names, by its header or by its number, e.g. --mapping '{by_header}' or --mapping '{by_number}'.</source>
      <translation>Aucune colonne du fichier n'est reconnue comme un nom. Ses colonnes sont : {columns}. Indiquez la colonne qui contient les noms, par son en-tête ou par son numéro, par ex. --mapping '{by_header}' ou --mapping '{by_number}'.</translation>
      <extra-wk-built>15f11ae1918a</extra-wk-built>
    </message>
    <message>
      <source>No corrections recorded.</source>
      <translation>Aucune correction enregistrée.</translation>
      <extra-wk-built>79315f41468f</extra-wk-built>
    </message>
    <message>
      <source>No enrolled participants: enrol participants before printing badges.</source>
      <translation>Aucun participant inscrit : inscrivez des participants avant d'imprimer les badges.</translation>
      <extra-wk-built>bd0d047b8270</extra-wk-built>
    </message>
    <message>
      <source>No fr.md with a valid id at the top of the folder; nothing was imported.</source>
      <translation>Pas de fr.md avec un identifiant valide en haut du dossier ; rien n'a été importé.</translation>
      <extra-wk-built>b1a40522d078</extra-wk-built>
    </message>
    <message>
      <source>No good backup to restore in {folder}.</source>
      <translation>Aucune sauvegarde saine à restaurer dans {folder}.</translation>
      <extra-wk-built>6fac31c96a6e</extra-wk-built>
    </message>
    <message>
      <source>No good backup was found in {folder}.</source>
      <translation>Aucune sauvegarde saine n'a été trouvée dans {folder}.</translation>
      <extra-wk-built>fee3e0f6d17d</extra-wk-built>
    </message>
    <message>
      <source>No inbox folder is set.</source>
      <translation>Aucun dossier de dépôt n'est choisi.</translation>
      <extra-wk-built>a9a873c000fe</extra-wk-built>
    </message>
    <message>
      <source>No inbox folder is set: choose one first (workshop-kit inbox set FOLDER).</source>
      <translation>Aucun dossier de dépôt n'est choisi : choisissez-en un d'abord (workshop-kit inbox set DOSSIER).</translation>
      <extra-wk-built>e4ef2e2fa419</extra-wk-built>
    </message>
    <message>
      <source>No local module '{id}'.</source>
      <translation>Aucun module local « {id} ».</translation>
      <extra-wk-built>f2b640602e18</extra-wk-built>
    </message>
    <message>
      <source>No module '{id}'. See the list with: workshop-kit curricula list</source>
      <translation>Aucun module « {id} ». Voir la liste avec : workshop-kit curricula list</translation>
      <extra-wk-built>d1c7c2cd112b</extra-wk-built>
    </message>
    <message>
      <source>No module found in {path} (a module is a folder with fr.md).</source>
      <translation>Aucun module trouvé dans {path} (un module est un dossier contenant fr.md).</translation>
      <extra-wk-built>43839574ceac</extra-wk-built>
    </message>
    <message>
      <source>No modules found.</source>
      <translation>Aucun module trouvé.</translation>
      <extra-wk-built>db7e599e9bb0</extra-wk-built>
    </message>
    <message>
      <source>No participant has both a pre and a post score yet.</source>
      <translation>Aucun participant n'a encore un score avant et un score après.</translation>
      <extra-wk-built>6c8fafa382e9</extra-wk-built>
    </message>
    <message>
      <source>No participant with id '{ref}'.</source>
      <translation>Aucun participant avec l'identifiant « {ref} ».</translation>
      <extra-wk-built>981502401873</extra-wk-built>
    </message>
    <message>
      <source>No participants in this workshop yet. Add some with: workshop-kit participants import WORKSHOP FILE</source>
      <translation>Aucun participant dans cet atelier pour l'instant. Ajoutez-en avec : workshop-kit participants import ATELIER FICHIER</translation>
      <extra-wk-built>25d36f5782db</extra-wk-built>
    </message>
    <message>
      <source>No participants match.</source>
      <translation>Aucun participant ne correspond.</translation>
      <extra-wk-built>5d14a53349c5</extra-wk-built>
    </message>
    <message>
      <source>No possible duplicates.</source>
      <translation>Aucun doublon possible.</translation>
      <extra-wk-built>7f4303c51358</extra-wk-built>
    </message>
    <message>
      <source>No pre/post scores recorded.</source>
      <translation>Aucun score pré/post enregistré.</translation>
      <extra-wk-built>8d2f59cde7d1</extra-wk-built>
    </message>
    <message>
      <source>No problem found.</source>
      <translation>Aucun problème trouvé.</translation>
      <extra-wk-built>4c53322a6a64</extra-wk-built>
    </message>
    <message>
      <source>No session of this workshop is running now ({time}, {date}). Check the laptop clock, or choose the session; nothing was recorded.</source>
      <translation>Aucune séance de cet atelier n'est en cours maintenant ({time}, {date}). Vérifiez l'horloge de l'ordinateur ou choisissez la séance ; rien n'a été enregistré.</translation>
      <extra-wk-built>5fdf12038c44</extra-wk-built>
    </message>
    <message>
      <source>No sheet '{sheet}' in {name}; its sheets are: {sheets}.</source>
      <translation>Pas de feuille « {sheet} » dans {name} ; ses feuilles sont : {sheets}.</translation>
      <extra-wk-built>d9cca345df99</extra-wk-built>
    </message>
    <message>
      <source>No single outbox message '{ref}'. See: workshop-kit outbox list</source>
      <translation>Pas de message unique « {ref} » dans la boîte d'envoi. Voir : workshop-kit outbox list</translation>
      <extra-wk-built>2c8e8419fd28</extra-wk-built>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>Fichier introuvable : {path}</translation>
      <extra-wk-built>f5e03709c248</extra-wk-built>
    </message>
    <message>
      <source>No system keyring is available on this computer, so the password cannot be remembered safely. Give it each time (--password-stdin) or set the environment variable {env}.</source>
      <translation>Aucun trousseau système n'est disponible sur cet ordinateur : le mot de passe ne peut pas être conservé de façon sûre. Donnez-le à chaque fois (--password-stdin) ou définissez la variable d'environnement {env}.</translation>
      <extra-wk-built>60b6538e2804</extra-wk-built>
    </message>
    <message>
      <source>No workshop '{ref}'. See the list with: workshop-kit workshop list</source>
      <translation>Aucun atelier « {ref} ». Voir la liste avec : workshop-kit workshop list</translation>
      <extra-wk-built>018272a605e8</extra-wk-built>
    </message>
    <message>
      <source>No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD</source>
      <translation>Aucun atelier pour l'instant. Créez-en un avec : workshop-kit workshop create --title … --start AAAA-MM-JJ</translation>
      <extra-wk-built>7405abfd33cd</extra-wk-built>
    </message>
    <message>
      <source>No.</source>
      <translation>N°</translation>
      <extra-wk-built>fea788fd09e0</extra-wk-built>
    </message>
    <message>
      <source>Nobody meets the attendance rule yet: no certificate written.</source>
      <translation>Personne ne remplit encore la règle d'assiduité : aucune attestation écrite.</translation>
      <extra-wk-built>b3c8fa9d48f8</extra-wk-built>
    </message>
    <message>
      <source>Nobody reached yet.</source>
      <translation>Personne n'a encore été touché.</translation>
      <extra-wk-built>8c0e1ff12bdf</extra-wk-built>
    </message>
    <message>
      <source>None.</source>
      <translation>Rien.</translation>
      <extra-wk-built>f77a63392d0e</extra-wk-built>
    </message>
    <message>
      <source>Not eligible ({n}):</source>
      <translation>Non éligibles ({n}) :</translation>
      <extra-wk-built>bac3a936b780</extra-wk-built>
    </message>
    <message>
      <source>Not encrypted: anyone who can read the data folder can read the data.</source>
      <translation>Non chiffré : toute personne pouvant lire le dossier de données peut lire les données.</translation>
      <extra-wk-built>9bb7ddfa2855</extra-wk-built>
    </message>
    <message>
      <source>Not imported (never collected): {columns}</source>
      <translation>Non importé (jamais collecté) : {columns}</translation>
      <extra-wk-built>1122c3b76e1b</extra-wk-built>
    </message>
    <message>
      <source>Noted: these are different people.</source>
      <translation>Noté : ce sont des personnes différentes.</translation>
      <extra-wk-built>1e7175c68715</extra-wk-built>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
      <extra-wk-built>8a7525b1492f</extra-wk-built>
    </message>
    <message>
      <source>Nothing found for '{text}'.</source>
      <translation>Rien trouvé pour « {text} ».</translation>
      <extra-wk-built>03b352748532</extra-wk-built>
    </message>
    <message>
      <source>Nothing new: this bundle was already merged.</source>
      <translation>Rien de nouveau : ce paquet était déjà fusionné.</translation>
      <extra-wk-built>b03ca037c952</extra-wk-built>
    </message>
    <message>
      <source>Nothing planned.</source>
      <translation>Rien de prévu.</translation>
      <extra-wk-built>b4a36f06c5f7</extra-wk-built>
    </message>
    <message>
      <source>Nothing to change: give at least one of --title, --city, --venue, --trainer, --title-ar, --venue-ar, --trainer-ar, --trainer-gender.</source>
      <translation>Rien à modifier : indiquez au moins une des options --title, --city, --venue, --trainer, --title-ar, --venue-ar, --trainer-ar, --trainer-gender.</translation>
      <extra-wk-built>6ea4b09d7b41</extra-wk-built>
    </message>
    <message>
      <source>Nothing to change: the status was already that.</source>
      <translation>Rien à changer : le statut était déjà celui-là.</translation>
      <extra-wk-built>8a6ad724c711</extra-wk-built>
    </message>
    <message>
      <source>Nothing to put in the document.</source>
      <translation>Rien à mettre dans le document.</translation>
      <extra-wk-built>24a37c1e7025</extra-wk-built>
    </message>
    <message>
      <source>Nothing was read. Scan again.</source>
      <translation>Rien n'a été lu. Scannez à nouveau.</translation>
      <extra-wk-built>afebf9755924</extra-wk-built>
    </message>
    <message>
      <source>Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid.</source>
      <translation>Rien n'a été enregistré. Corrigez les lignes ci-dessus, ou importez les lignes valides avec --skip-invalid.</translation>
      <extra-wk-built>303f619a62e3</extra-wk-built>
    </message>
    <message>
      <source>Nothing was written: no row can be imported as it is.</source>
      <translation>Rien n'a été écrit : aucune ligne ne peut être importée telle quelle.</translation>
      <extra-wk-built>57b8f8ea891c</extra-wk-built>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
      <extra-wk-built>a61794270e4f</extra-wk-built>
    </message>
    <message>
      <source>Number: {number}</source>
      <translation>Numéro : {number}</translation>
      <extra-wk-built>d856ed1ed778</extra-wk-built>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Objectifs</translation>
      <extra-wk-built>336d169afeec</extra-wk-built>
    </message>
    <message>
      <source>Only failed, cancelled or uncertain messages can be sent again (this one is {status}).</source>
      <translation>Seuls les messages en échec, annulés ou incertains peuvent être renvoyés (celui-ci est {status}).</translation>
      <extra-wk-built>a9ac5bab8845</extra-wk-built>
    </message>
    <message>
      <source>Only queued, failed or uncertain messages can be cancelled (this one is {status}).</source>
      <translation>Seuls les messages en attente, en échec ou incertains peuvent être annulés (celui-ci est {status}).</translation>
      <extra-wk-built>08744b6fa447</extra-wk-built>
    </message>
    <message>
      <source>Only uncertain messages can be marked as sent (this one is {status}).</source>
      <translation>Seuls les messages incertains peuvent être marqués envoyés (celui-ci est {status}).</translation>
      <extra-wk-built>64873a133529</extra-wk-built>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
      <extra-wk-built>350be3643ce7</extra-wk-built>
    </message>
    <message>
      <source>Organisation type</source>
      <translation>Type d'organisation</translation>
      <extra-wk-built>d854f2018635</extra-wk-built>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
      <extra-wk-built>eb72e1683b81</extra-wk-built>
    </message>
    <message>
      <source>Other / prefers not to say</source>
      <translation>Autre / préfère ne pas répondre</translation>
      <extra-wk-built>961938f40e4c</extra-wk-built>
    </message>
    <message>
      <source>Out of</source>
      <translation>Sur</translation>
      <extra-wk-built>eb5d6ff7db3e</extra-wk-built>
    </message>
    <message>
      <source>Overview</source>
      <translation>Présentation</translation>
      <extra-wk-built>9e8bf4c5c3cb</extra-wk-built>
    </message>
    <message>
      <source>P present, L late, A absent, E excused, · nothing recorded</source>
      <translation>P présent, L en retard, A absent, E excusé, · rien d'enregistré</translation>
      <extra-wk-built>a1f0d5d282a7</extra-wk-built>
    </message>
    <message>
      <source>Participant registered: {name} ({id}).</source>
      <translation>Participant enregistré : {name} ({id}).</translation>
      <extra-wk-built>48334fb0903a</extra-wk-built>
    </message>
    <message>
      <source>Participant {name} ({id}) erased; their attendance still counts, anonymously.</source>
      <translation>Participant {name} ({id}) effacé ; sa présence reste comptée, de façon anonyme.</translation>
      <extra-wk-built>8bdf06fef72a</extra-wk-built>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
      <extra-wk-built>0e27279b3302</extra-wk-built>
    </message>
    <message>
      <source>Participants enrolled</source>
      <translation>Participants inscrits</translation>
      <extra-wk-built>3ea612f64bde</extra-wk-built>
    </message>
    <message>
      <source>Participants reached</source>
      <translation>Participants touchés</translation>
      <extra-wk-built>e19e21ddc4ff</extra-wk-built>
    </message>
    <message>
      <source>Participants reached: people enrolled as participants who attended at least one session.</source>
      <translation>Participants touchés : personnes inscrites comme participants ayant assisté à au moins une séance.</translation>
      <extra-wk-built>eb4ddd3324a3</extra-wk-built>
    </message>
    <message>
      <source>Participants reached: {n}</source>
      <translation>Participants touchés : {n}</translation>
      <extra-wk-built>32b94f731ef9</extra-wk-built>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partenaire</translation>
      <extra-wk-built>1c330bd4f9d9</extra-wk-built>
    </message>
    <message>
      <source>Partner association</source>
      <translation>Association partenaire</translation>
      <extra-wk-built>cd04f47f949c</extra-wk-built>
    </message>
    <message>
      <source>Partner: {value}</source>
      <translation>Partenaire : {value}</translation>
      <extra-wk-built>b62ae43f792a</extra-wk-built>
    </message>
    <message>
      <source>Passphrase of the data folder: </source>
      <translation>Phrase secrète du dossier de données : </translation>
      <extra-wk-built>aacef4d60c78</extra-wk-built>
    </message>
    <message>
      <source>Password of the file: </source>
      <translation>Mot de passe du fichier : </translation>
      <extra-wk-built>b7206e4a5a65</extra-wk-built>
    </message>
    <message>
      <source>People reached</source>
      <translation>Personnes touchées</translation>
      <extra-wk-built>2184870b1896</extra-wk-built>
    </message>
    <message>
      <source>People reached, by group</source>
      <translation>Personnes touchées, par groupe</translation>
      <extra-wk-built>e6e90df918fa</extra-wk-built>
    </message>
    <message>
      <source>Period: {start} – {end}</source>
      <translation>Période : {start} – {end}</translation>
      <extra-wk-built>00a22e1c5ef0</extra-wk-built>
    </message>
    <message>
      <source>Personal data held about you</source>
      <translation>Données personnelles vous concernant</translation>
      <extra-wk-built>b1b889fd6411</extra-wk-built>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
      <extra-wk-built>cc4c424b571f</extra-wk-built>
    </message>
    <message>
      <source>Pictures:</source>
      <translation>Images :</translation>
      <extra-wk-built>29e3fb3abbb1</extra-wk-built>
    </message>
    <message>
      <source>Pillow has no Raqm text layout: Arabic names on badge pictures are drawn with a simpler shaping.</source>
      <translation>Pillow n'a pas la mise en page de texte Raqm : les noms arabes des images de badges sont dessinés avec une mise en forme plus simple.</translation>
      <extra-wk-built>20ca5fc62d51</extra-wk-built>
    </message>
    <message>
      <source>Pillow lays out Arabic with Raqm {version}</source>
      <translation>Pillow met en page l'arabe avec Raqm {version}</translation>
      <extra-wk-built>e43d2162284d</extra-wk-built>
    </message>
    <message>
      <source>Post-test %</source>
      <translation>Post-test %</translation>
      <extra-wk-built>e497b9f854f1</extra-wk-built>
    </message>
    <message>
      <source>Poster or flyer</source>
      <translation>Affiche ou tract</translation>
      <extra-wk-built>64a6c3cd1530</extra-wk-built>
    </message>
    <message>
      <source>Pre- and post-test scores</source>
      <translation>Scores pré- et post-test</translation>
      <extra-wk-built>157fb2dd1c11</extra-wk-built>
    </message>
    <message>
      <source>Pre-test %</source>
      <translation>Pré-test %</translation>
      <extra-wk-built>c4aa3815bb15</extra-wk-built>
    </message>
    <message>
      <source>Pre/post test</source>
      <translation>Test avant/après</translation>
      <extra-wk-built>364b1905d6b3</extra-wk-built>
    </message>
    <message>
      <source>Pre/post test — answer key</source>
      <translation>Test avant/après — corrigé</translation>
      <extra-wk-built>2c2c7f299783</extra-wk-built>
    </message>
    <message>
      <source>Prerequisites</source>
      <translation>Prérequis</translation>
      <extra-wk-built>bd25ab27d465</extra-wk-built>
    </message>
    <message>
      <source>Preview: {path}</source>
      <translation>Aperçu : {path}</translation>
      <extra-wk-built>52557145bc8f</extra-wk-built>
    </message>
    <message>
      <source>Print file: {path}</source>
      <translation>Fichier à imprimer : {path}</translation>
      <extra-wk-built>25c6dda5b77d</extra-wk-built>
    </message>
    <message>
      <source>Print them with: workshop-kit badges {ref} -o badges.docx</source>
      <translation>Imprimez-les avec : workshop-kit badges {ref} -o badges.docx</translation>
      <extra-wk-built>fbd253ccb92b</extra-wk-built>
    </message>
    <message>
      <source>Problem: {problem}</source>
      <translation>Problème : {problem}</translation>
      <extra-wk-built>533fadf9a53c</extra-wk-built>
    </message>
    <message>
      <source>Programme</source>
      <translation>Programme</translation>
      <extra-wk-built>30556a7a38a5</extra-wk-built>
    </message>
    <message>
      <source>Programme summary</source>
      <translation>Synthèse du programme</translation>
      <extra-wk-built>4f1013b6a573</extra-wk-built>
    </message>
    <message>
      <source>Project code</source>
      <translation>Code du projet</translation>
      <extra-wk-built>8bdae7577e59</extra-wk-built>
    </message>
    <message>
      <source>Public key {kid} written to {path}. Give it to whoever must verify your certificates: workshop-kit certificates trust-key FILE</source>
      <translation>Clé publique {kid} écrite dans {path}. Donnez-la à qui doit vérifier vos attestations : workshop-kit certificates trust-key FICHIER</translation>
      <extra-wk-built>5316b9bf489a</extra-wk-built>
    </message>
    <message>
      <source>Publish it at {url}; republish it after every revocation.</source>
      <translation>Publiez-la à l'adresse {url} ; republiez-la après chaque révocation.</translation>
      <extra-wk-built>e9b53f4054fe</extra-wk-built>
    </message>
    <message>
      <source>Publish it on your website, then give its address with --url so that new certificates' QR codes open it.</source>
      <translation>Publiez-la sur votre site, puis donnez son adresse avec --url pour que les codes QR des nouvelles attestations l'ouvrent.</translation>
      <extra-wk-built>6ef9da0082ce</extra-wk-built>
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation>PySide6 n'est pas installé</translation>
      <extra-wk-built>5f908c9ac817</extra-wk-built>
    </message>
    <message>
      <source>QR code with the signed verification payload</source>
      <translation>code QR avec les données de vérification signées</translation>
      <extra-wk-built>4b77ea7a78de</extra-wk-built>
    </message>
    <message>
      <source>Qt Multimedia backend: {names}</source>
      <translation>Moteur Qt Multimedia : {names}</translation>
      <extra-wk-built>d6185b95a2eb</extra-wk-built>
    </message>
    <message>
      <source>Qt Multimedia has no backend: the camera cannot read badges (a USB scanner and the name search still work). {error}</source>
      <translation>Qt Multimedia n'a aucun moteur : la caméra ne peut pas lire les badges (le lecteur USB et la recherche par nom fonctionnent toujours). {error}</translation>
      <extra-wk-built>87ae549a0645</extra-wk-built>
    </message>
    <message>
      <source>Qt cannot be loaded: {error}</source>
      <translation>Qt ne peut pas être chargé : {error}</translation>
      <extra-wk-built>46242c18f8e8</extra-wk-built>
    </message>
    <message>
      <source>Qt cannot open a window on this desktop: {error}</source>
      <translation>Qt ne peut pas ouvrir de fenêtre sur ce bureau : {error}</translation>
      <extra-wk-built>a5f700bf2dbf</extra-wk-built>
    </message>
    <message>
      <source>Quiz</source>
      <translation>Quiz</translation>
      <extra-wk-built>03aa7dc16797</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Quiz: %n question(s)</source>
      <translation>
        <numerusform>Quiz : %n question</numerusform>
        <numerusform>Quiz : %n questions</numerusform>
      </translation>
      <extra-wk-built>bf1e5efdafa2</extra-wk-built>
    </message>
    <message>
      <source>REVOKED {when}: {reason}</source>
      <translation>RÉVOQUÉE le {when} : {reason}</translation>
      <extra-wk-built>44e8b47f61bc</extra-wk-built>
    </message>
    <message>
      <source>Reinstall Pillow: pip install --force-reinstall pillow</source>
      <translation>Réinstallez Pillow : pip install --force-reinstall pillow</translation>
      <extra-wk-built>d7d659d1f84a</extra-wk-built>
    </message>
    <message>
      <source>Reinstall Workshop Kit and its dependencies (see README).</source>
      <translation>Réinstallez Workshop Kit et ses dépendances (voir README).</translation>
      <extra-wk-built>c16200634d38</extra-wk-built>
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation>Réinstallez Workshop Kit.</translation>
      <extra-wk-built>f080ca0b8bdd</extra-wk-built>
    </message>
    <message>
      <source>Removed: {id}</source>
      <translation>Supprimé : {id}</translation>
      <extra-wk-built>6e198608acd4</extra-wk-built>
    </message>
    <message>
      <source>Restore the newest good backup ({name}) with: workshop-kit backup restore</source>
      <translation>Restaurez la sauvegarde saine la plus récente ({name}) avec : workshop-kit backup restore</translation>
      <extra-wk-built>8c541e44dcb5</extra-wk-built>
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation>Restaurez la sauvegarde saine la plus récente : workshop-kit backup restore</translation>
      <extra-wk-built>cea553955581</extra-wk-built>
    </message>
    <message>
      <source>Restored {backup}.</source>
      <translation>{backup} restaurée.</translation>
      <extra-wk-built>3f6929ed1061</extra-wk-built>
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation>{backup} restaurée. L'ancien fichier est conservé sous {moved}.</translation>
      <extra-wk-built>d05f8b898234</extra-wk-built>
    </message>
    <message>
      <source>Revocation is known only to the issuing organisation's database; this copy could not check it.</source>
      <translation>La révocation n'est connue que de la base de l'organisation émettrice ; cette copie n'a pas pu la vérifier.</translation>
      <extra-wk-built>898f58d67242</extra-wk-built>
    </message>
    <message>
      <source>Revoked</source>
      <translation>Révoqué</translation>
      <extra-wk-built>cc480a90557f</extra-wk-built>
    </message>
    <message>
      <source>Revoked on {when}: {reason}</source>
      <translation>Révoquée le {when} : {reason}</translation>
      <extra-wk-built>a727ea59523e</extra-wk-built>
    </message>
    <message>
      <source>Role / function</source>
      <translation>Rôle / fonction</translation>
      <extra-wk-built>56973089f57e</extra-wk-built>
    </message>
    <message>
      <source>Row {row} has more than {max} columns; remove the columns that are not needed.</source>
      <translation>La ligne {row} a plus de {max} colonnes ; supprimez les colonnes inutiles.</translation>
      <extra-wk-built>0e8c6bf41685</extra-wk-built>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>Lancez : workshop-kit curricula validate {path}</translation>
      <extra-wk-built>d1dde9446529</extra-wk-built>
    </message>
    <message>
      <source>SMTP password for {user}: </source>
      <translation>Mot de passe SMTP de {user} : </translation>
      <extra-wk-built>5477e60e7dce</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Saving this agenda would leave %n issued certificate(s) without the attendance they were issued for ({names}). Nothing was saved.</source>
      <translation>
        <numerusform>Enregistrer ce programme laisserait %n attestation délivrée sans la présence pour laquelle elle a été délivrée ({names}). Rien n'a été enregistré.</numerusform>
        <numerusform>Enregistrer ce programme laisserait %n attestations délivrées sans la présence pour laquelle elles ont été délivrées ({names}). Rien n'a été enregistré.</numerusform>
      </translation>
      <extra-wk-built>219e71529b19</extra-wk-built>
    </message>
    <message>
      <source>Say where to write the certificates: -o DIR and/or --merged FILE.</source>
      <translation>Indiquez où écrire les attestations : -o DOSSIER et/ou --merged FICHIER.</translation>
      <extra-wk-built>3f7151854341</extra-wk-built>
    </message>
    <message>
      <source>Say why the certificate is revoked.</source>
      <translation>Indiquez pourquoi l'attestation est révoquée.</translation>
      <extra-wk-built>8ea98c6b467c</extra-wk-built>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
      <extra-wk-built>38e5a46cbc5a</extra-wk-built>
    </message>
    <message>
      <source>Score recorded.</source>
      <translation>Score enregistré.</translation>
      <extra-wk-built>6a6b5406aa61</extra-wk-built>
    </message>
    <message>
      <source>Security must be starttls, ssl or none.</source>
      <translation>La sécurité doit être starttls, ssl ou none.</translation>
      <extra-wk-built>d8f563b12ee3</extra-wk-built>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
      <extra-wk-built>c1574e19f27f</extra-wk-built>
    </message>
    <message>
      <source>Session {number}</source>
      <translation>Séance {number}</translation>
      <extra-wk-built>3ce62b62052a</extra-wk-built>
    </message>
    <message>
      <source>Session {number} · {date} {start}–{end}</source>
      <translation>Séance {number} · {date} {start}–{end}</translation>
      <extra-wk-built>5e810b8e2e8d</extra-wk-built>
    </message>
    <message>
      <source>Session {n}</source>
      <translation>Séance {n}</translation>
      <extra-wk-built>939decd7c6b7</extra-wk-built>
    </message>
    <message>
      <source>Sessions attended</source>
      <translation>Séances suivies</translation>
      <extra-wk-built>edc0369e427e</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered</source>
      <translation>Séances réalisées</translation>
      <extra-wk-built>19f29432d22d</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered: sessions where at least one person attended.</source>
      <translation>Séances réalisées : séances auxquelles au moins une personne a assisté.</translation>
      <extra-wk-built>49f49c332912</extra-wk-built>
    </message>
    <message>
      <source>Sessions delivered: {d} of {p}</source>
      <translation>Séances réalisées : {d} sur {p}</translation>
      <extra-wk-built>b4b53f844b37</extra-wk-built>
    </message>
    <message>
      <source>Sessions planned</source>
      <translation>Séances prévues</translation>
      <extra-wk-built>757451e27542</extra-wk-built>
    </message>
    <message>
      <source>Set the sender address for e-mails.</source>
      <translation>Définissez l'adresse de l'expéditeur des courriels.</translation>
      <extra-wk-built>fb025e2ee176</extra-wk-built>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sexe</translation>
      <extra-wk-built>aed111fe0cfa</extra-wk-built>
    </message>
    <message>
      <source>Sign-in sheet</source>
      <translation>Feuille d'émargement</translation>
      <extra-wk-built>493ae842a31a</extra-wk-built>
    </message>
    <message>
      <source>Signature</source>
      <translation>Signature</translation>
      <extra-wk-built>f1a73e2204a1</extra-wk-built>
    </message>
    <message>
      <source>Skipped ({n}):</source>
      <translation>Ignorés ({n}) :</translation>
      <extra-wk-built>f0a654c4e88c</extra-wk-built>
    </message>
    <message>
      <source>Social media</source>
      <translation>Réseaux sociaux</translation>
      <extra-wk-built>bbb13e75a66c</extra-wk-built>
    </message>
    <message>
      <source>Some PDF files could not be made; the .docx files are complete.</source>
      <translation>Certains PDF n'ont pas pu être créés ; les fichiers .docx sont complets.</translation>
      <extra-wk-built>9f5de98bd57c</extra-wk-built>
    </message>
    <message>
      <source>Some of the chosen participants are not enrolled in this workshop.</source>
      <translation>Certains des participants choisis ne sont pas inscrits à cet atelier.</translation>
      <extra-wk-built>17bb06f4cfef</extra-wk-built>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>Certaines vérifications requises ont échoué.</translation>
      <extra-wk-built>4e6f06263909</extra-wk-built>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
      <extra-wk-built>caf85b0888d7</extra-wk-built>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
      <extra-wk-built>3c48aa2bdf76</extra-wk-built>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
      <extra-wk-built>dee377cfd8cd</extra-wk-built>
    </message>
    <message>
      <source>Subject</source>
      <translation>Objet</translation>
      <extra-wk-built>b01189cd35d9</extra-wk-built>
    </message>
    <message>
      <source>Summary</source>
      <translation>Synthèse</translation>
      <extra-wk-built>be2180eeae29</extra-wk-built>
    </message>
    <message>
      <source>Template {path} not found.</source>
      <translation>Modèle {path} introuvable.</translation>
      <extra-wk-built>1ed2b28da29d</extra-wk-built>
    </message>
    <message>
      <source>Test scores</source>
      <translation>Résultats aux tests</translation>
      <extra-wk-built>a377c529b51f</extra-wk-built>
    </message>
    <message>
      <source>That folder already holds Workshop Kit data; choose an empty folder.</source>
      <translation>Ce dossier contient déjà des données Workshop Kit ; choisissez un dossier vide.</translation>
      <extra-wk-built>54c294bc2913</extra-wk-built>
    </message>
    <message>
      <source>The SMTP password is missing: store it with workshop-kit outbox smtp --password-stdin, or set {env}.</source>
      <translation>Le mot de passe SMTP manque : enregistrez-le avec workshop-kit outbox smtp --password-stdin, ou définissez {env}.</translation>
      <extra-wk-built>88d56157e2bd</extra-wk-built>
    </message>
    <message>
      <source>The SMTP server refused the user name or password ({detail}).</source>
      <translation>Le serveur SMTP a refusé l'identifiant ou le mot de passe ({detail}).</translation>
      <extra-wk-built>36c1f764652b</extra-wk-built>
    </message>
    <message>
      <source>The attachment cannot be read: {detail}</source>
      <translation>La pièce jointe est illisible : {detail}</translation>
      <extra-wk-built>94b7712f3eab</extra-wk-built>
    </message>
    <message>
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation>Le seuil de présence doit être compris entre 0 et 100 %.</translation>
      <extra-wk-built>20103909b579</extra-wk-built>
    </message>
    <message>
      <source>The backup chosen for restoring is no longer in {folder}; nothing was changed.</source>
      <translation>La sauvegarde choisie pour la restauration n'est plus dans {folder} ; rien n'a été modifié.</translation>
      <extra-wk-built>601b3a2cf889</extra-wk-built>
    </message>
    <message>
      <source>The backup could not be verified: {detail}</source>
      <translation>La sauvegarde n'a pas pu être vérifiée : {detail}</translation>
      <extra-wk-built>d60a2816b28c</extra-wk-built>
    </message>
    <message>
      <source>The backup {name} is damaged too.</source>
      <translation>La sauvegarde {name} est elle aussi endommagée.</translation>
      <extra-wk-built>bfa63ef9cf9f</extra-wk-built>
    </message>
    <message>
      <source>The bundle does not fit together ({detail}); nothing was imported.</source>
      <translation>Le paquet est incohérent ({detail}) ; rien n'a été importé.</translation>
      <extra-wk-built>749212f6e341</extra-wk-built>
    </message>
    <message>
      <source>The bundle's {table} hold {value} in the field {column} where {expected} is expected; nothing was imported. Ask for a fresh export.</source>
      <translation>Les {table} du paquet contiennent {value} dans le champ {column} là où {expected} est attendu ; rien n'a été importé. Demandez un nouvel export.</translation>
      <extra-wk-built>7bae18ca8ee3</extra-wk-built>
    </message>
    <message>
      <source>The bundle's {table} lack the field {column}; nothing was imported. Ask for a fresh export.</source>
      <translation>Il manque le champ {column} aux {table} du paquet ; rien n'a été importé. Demandez un nouvel export.</translation>
      <extra-wk-built>936e1be8495c</extra-wk-built>
    </message>
    <message>
      <source>The certificate is genuine but was revoked by the organisation that issued it.</source>
      <translation>L'attestation est authentique mais a été révoquée par l'organisation qui l'a délivrée.</translation>
      <extra-wk-built>2a8fcfd37c77</extra-wk-built>
    </message>
    <message>
      <source>The certificate is genuine.</source>
      <translation>L'attestation est authentique.</translation>
      <extra-wk-built>d5894d203234</extra-wk-built>
    </message>
    <message>
      <source>The chosen session is on {date}; the laptop clock says {today}.</source>
      <translation>La séance choisie a lieu le {date} ; l'horloge de l'ordinateur indique le {today}.</translation>
      <extra-wk-built>d13dcbe16f3a</extra-wk-built>
    </message>
    <message>
      <source>The code has been altered: its signature does not match its content.</source>
      <translation>Le code a été modifié : sa signature ne correspond pas à son contenu.</translation>
      <extra-wk-built>67ac1d2af1a6</extra-wk-built>
    </message>
    <message>
      <source>The code is signed by an organisation whose public key this copy does not know.</source>
      <translation>Le code est signé par une organisation dont cette copie ne connaît pas la clé publique.</translation>
      <extra-wk-built>052a119812dd</extra-wk-built>
    </message>
    <message>
      <source>The connection was lost after the message was handed to the server: it may have been delivered. Check the sender's mailbox, then send it again (workshop-kit outbox retry ID) or mark it sent (workshop-kit outbox mark-sent ID).</source>
      <translation>La connexion a été perdue après la remise du message au serveur : il a peut-être été distribué. Vérifiez la boîte de l'expéditeur, puis renvoyez-le (workshop-kit outbox retry ID) ou marquez-le envoyé (workshop-kit outbox mark-sent ID).</translation>
      <extra-wk-built>d966bc4816e1</extra-wk-built>
    </message>
    <message>
      <source>The converted copy of {name} failed its check ({detail}); nothing was changed.</source>
      <translation>La copie convertie de {name} n'a pas passé la vérification ({detail}) ; rien n'a été modifié.</translation>
      <extra-wk-built>dd8060b7fe41</extra-wk-built>
    </message>
    <message>
      <source>The data file could not be read ({detail}). Check it with: workshop-kit selfcheck; restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données n'a pas pu être lu ({detail}). Vérifiez-le avec : workshop-kit selfcheck ; restaurez une sauvegarde avec : workshop-kit backup restore</translation>
      <extra-wk-built>6291eaca168c</extra-wk-built>
    </message>
    <message>
      <source>The data file is busy (another program is writing to it); try again in a moment.</source>
      <translation>Le fichier de données est occupé (un autre programme y écrit) ; réessayez dans un instant.</translation>
      <extra-wk-built>82e8b65e03f1</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is already open in another Workshop Kit window ({holder}). Close that window first, or choose another data folder with --data-dir.</source>
      <translation>Le fichier de données {path} est déjà ouvert dans une autre fenêtre Workshop Kit ({holder}). Fermez d'abord cette fenêtre, ou choisissez un autre dossier avec --data-dir.</translation>
      <extra-wk-built>bfbe52e22895</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}).</source>
      <translation>Le fichier de données {path} est endommagé ({detail}).</translation>
      <extra-wk-built>fcf8ae3b8ed4</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it, so that nothing is lost when a backup is restored. Close Workshop Kit and restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données {path} est endommagé ({detail}) ; plus rien n'y est écrit, pour que rien ne soit perdu à la restauration d'une sauvegarde. Fermez Workshop Kit et restaurez une sauvegarde avec : workshop-kit backup restore</translation>
      <extra-wk-built>b50288394e66</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is damaged ({detail}); nothing more is written to it. Restore a backup with: workshop-kit backup restore</source>
      <translation>Le fichier de données {path} est endommagé ({detail}) ; plus rien n'y est écrit. Restaurez une sauvegarde avec : workshop-kit backup restore</translation>
      <extra-wk-built>5e9191f8e392</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is encrypted. Give its passphrase (you are asked for it in a terminal, or set the environment variable {env}).</source>
      <translation>Le fichier de données {path} est chiffré. Donnez sa phrase secrète (elle vous est demandée dans un terminal, ou définissez la variable d'environnement {env}).</translation>
      <extra-wk-built>e5457ecb4c34</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is open in another program (Workshop Kit, a command or a script still running). Close it first, then restore; nothing was changed.</source>
      <translation>Le fichier de données {path} est ouvert dans un autre programme (Workshop Kit, une commande ou un script encore en cours). Fermez-le d'abord, puis restaurez ; rien n'a été modifié.</translation>
      <extra-wk-built>30a3a01d849b</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is {what}, but backups of it exist: it was lost (an interrupted restore or copy, a sync tool, a deletion), so no new empty one was made.</source>
      <translation>Le fichier de données {path} est {what}, mais des sauvegardes existent : il a été perdu (restauration ou copie interrompue, outil de synchronisation, suppression), donc aucun nouveau fichier vide n'a été créé.</translation>
      <extra-wk-built>00692f6a6ff2</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} was replaced (a backup was restored) while this program had it open; nothing was written. Close Workshop Kit or run the command again.</source>
      <translation>Le fichier de données {path} a été remplacé (une sauvegarde a été restaurée) pendant que ce programme l'avait ouvert ; rien n'a été écrit. Fermez Workshop Kit ou relancez la commande.</translation>
      <extra-wk-built>a53476580ebb</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation>Le fichier de données {path} a été écrit par une version plus récente de Workshop Kit (schéma {version}, cette copie connaît {latest}). Mettez Workshop Kit à jour avant de l'ouvrir.</translation>
      <extra-wk-built>11fcb61c61d7</extra-wk-built>
    </message>
    <message>
      <source>The data folder is no longer encrypted.</source>
      <translation>Le dossier de données n'est plus chiffré.</translation>
      <extra-wk-built>1daf9e28fef7</extra-wk-built>
    </message>
    <message>
      <source>The data folder is now encrypted. Keep the passphrase safe: without it the data cannot be recovered, by anyone.</source>
      <translation>Le dossier de données est maintenant chiffré. Gardez la phrase secrète en lieu sûr : sans elle, personne ne peut récupérer les données.</translation>
      <extra-wk-built>3f2eb3583c35</extra-wk-built>
    </message>
    <message>
      <source>The delimiter must be one character (e.g. ';' or ',').</source>
      <translation>Le séparateur doit être un seul caractère (par ex. « ; » ou « , »).</translation>
      <extra-wk-built>f72fe1f301b7</extra-wk-built>
    </message>
    <message>
      <source>The disk is full ({detail}); free some space and try again. No partial file was left.</source>
      <translation>Le disque est plein ({detail}) ; libérez de la place et réessayez. Aucun fichier partiel n'a été laissé.</translation>
      <extra-wk-built>4d6e528eb87a</extra-wk-built>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>La date de fin est antérieure à la date de début.</translation>
      <extra-wk-built>e8cb809d8805</extra-wk-built>
    </message>
    <message>
      <source>The file contains binary data (NUL characters); it is not a CSV file. Save it as CSV or XLSX.</source>
      <translation>Le fichier contient des données binaires (caractères NUL) ; ce n'est pas un fichier CSV. Enregistrez-le en CSV ou XLSX.</translation>
      <extra-wk-built>54431c479c77</extra-wk-built>
    </message>
    <message>
      <source>The file has more than {max} rows; split it into smaller files.</source>
      <translation>Le fichier a plus de {max} lignes ; découpez-le en fichiers plus petits.</translation>
      <extra-wk-built>83f2a6b6b204</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>The file has no consent column, so %n row(s) were refused. If consent to data use was collected for every person (on paper or in the form), import it again with --consent-collected.</source>
      <translation>
        <numerusform>Le fichier n'a pas de colonne de consentement : %n ligne a donc été refusée. Si le consentement à l'utilisation des données a été recueilli pour chaque personne (sur papier ou dans le formulaire), importez-le à nouveau avec --consent-collected.</numerusform>
        <numerusform>Le fichier n'a pas de colonne de consentement : %n lignes ont donc été refusées. Si le consentement à l'utilisation des données a été recueilli pour chaque personne (sur papier ou dans le formulaire), importez-le à nouveau avec --consent-collected.</numerusform>
      </translation>
      <extra-wk-built>827ad7909720</extra-wk-built>
    </message>
    <message>
      <source>The file has no rows.</source>
      <translation>Le fichier n'a aucune ligne.</translation>
      <extra-wk-built>d420bf1c86af</extra-wk-built>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Le fichier est vide.</translation>
      <extra-wk-built>7b4cc910c2ab</extra-wk-built>
    </message>
    <message>
      <source>The file is not valid {encoding} text (byte {position}); choose another encoding.</source>
      <translation>Le fichier n'est pas du texte {encoding} valide (octet {position}) ; choisissez un autre encodage.</translation>
      <extra-wk-built>54514936b2d9</extra-wk-built>
    </message>
    <message>
      <source>The file {path} does not exist.</source>
      <translation>Le fichier {path} n'existe pas.</translation>
      <extra-wk-built>fc8cd039f964</extra-wk-built>
    </message>
    <message>
      <source>The file {path} is larger than 200 MB; split it first.</source>
      <translation>Le fichier {path} dépasse 200 Mo ; découpez-le d'abord.</translation>
      <extra-wk-built>5b0dc15dde16</extra-wk-built>
    </message>
    <message>
      <source>The file's text encoding was not recognised; choose it (e.g. utf-8, cp1256, latin-1).</source>
      <translation>L'encodage du fichier n'a pas été reconnu ; choisissez-le (par ex. utf-8, cp1256, latin-1).</translation>
      <extra-wk-built>5bc4c6bf5ac5</extra-wk-built>
    </message>
    <message>
      <source>The inbox folder cannot be the data folder, inside it or around it: choose the folder where bundles arrive ({folder}).</source>
      <translation>Le dossier de dépôt ne peut pas être le dossier de données, ni s'y trouver, ni le contenir : choisissez le dossier où arrivent les paquets ({folder}).</translation>
      <extra-wk-built>b55866f76001</extra-wk-built>
    </message>
    <message>
      <source>The inbox folder {folder} does not exist or is not a folder.</source>
      <translation>Le dossier de dépôt {folder} n'existe pas ou n'est pas un dossier.</translation>
      <extra-wk-built>32e7b48cb18e</extra-wk-built>
    </message>
    <message>
      <source>The input is too large or too deeply nested to be read on this computer.</source>
      <translation>Les données sont trop volumineuses ou trop imbriquées pour être lues sur cet ordinateur.</translation>
      <extra-wk-built>5364e9514614</extra-wk-built>
    </message>
    <message>
      <source>The laptop clock is behind the last recorded scan ({time}); check the date and time.</source>
      <translation>L'horloge de l'ordinateur est en retard sur le dernier scan enregistré ({time}) ; vérifiez la date et l'heure.</translation>
      <extra-wk-built>d88208eac046</extra-wk-built>
    </message>
    <message>
      <source>The maximum score must be more than 0.</source>
      <translation>Le score maximal doit être supérieur à 0.</translation>
      <extra-wk-built>d5961992714e</extra-wk-built>
    </message>
    <message>
      <source>The newest good backup is {name}; restore it with: workshop-kit backup restore</source>
      <translation>La sauvegarde saine la plus récente est {name} ; restaurez-la avec : workshop-kit backup restore</translation>
      <extra-wk-built>0e928d024e07</extra-wk-built>
    </message>
    <message>
      <source>The organisation key in {path} is damaged; restore the keys folder from a copy of the data folder.</source>
      <translation>La clé de l'organisation dans {path} est endommagée ; restaurez le dossier keys à partir d'une copie du dossier de données.</translation>
      <extra-wk-built>f8079ce24f5b</extra-wk-built>
    </message>
    <message>
      <source>The organisation key in {path} is not an Ed25519 key.</source>
      <translation>La clé de l'organisation dans {path} n'est pas une clé Ed25519.</translation>
      <extra-wk-built>8295db70f042</extra-wk-built>
    </message>
    <message>
      <source>The outbox is empty.</source>
      <translation>La boîte d'envoi est vide.</translation>
      <extra-wk-built>bfbf6c3549c7</extra-wk-built>
    </message>
    <message>
      <source>The passphrase was changed; the old one no longer opens this data folder.</source>
      <translation>La phrase secrète a été changée ; l'ancienne n'ouvre plus ce dossier de données.</translation>
      <extra-wk-built>d06fe54e213f</extra-wk-built>
    </message>
    <message>
      <source>The period ends before it starts: {start} &gt; {end}.</source>
      <translation>La période se termine avant de commencer : {start} &gt; {end}.</translation>
      <extra-wk-built>c551440c16a3</extra-wk-built>
    </message>
    <message>
      <source>The protected file is damaged (its header cannot be read).</source>
      <translation>Le fichier protégé est endommagé (son en-tête est illisible).</translation>
      <extra-wk-built>af2ba68cc6bb</extra-wk-built>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>La clé publique de ce fichier est endommagée.</translation>
      <extra-wk-built>d764836a321f</extra-wk-built>
    </message>
    <message>
      <source>The retention period must be at least one month.</source>
      <translation>La durée de conservation doit être d'au moins un mois.</translation>
      <extra-wk-built>3b2f0613f201</extra-wk-built>
    </message>
    <message>
      <source>The same passphrase again: </source>
      <translation>La même phrase secrète encore une fois : </translation>
      <extra-wk-built>50abd79580ea</extra-wk-built>
    </message>
    <message>
      <source>The same password again: </source>
      <translation>Le même mot de passe encore une fois : </translation>
      <extra-wk-built>b37e711c2684</extra-wk-built>
    </message>
    <message>
      <source>The scan arrived in Arabic letters: the Arabic keyboard layout seems to be active. Switch the laptop to the French layout (Alt+Shift, or Windows key+Space) and scan again.</source>
      <translation>Le scan est arrivé en lettres arabes : la disposition de clavier arabe semble active. Passez le clavier de l'ordinateur en français (Alt+Maj, ou touche Windows+Espace) et scannez à nouveau.</translation>
      <extra-wk-built>04a5492e0c3a</extra-wk-built>
    </message>
    <message>
      <source>The sheet '{sheet}' has person columns ({columns}): import it with --sheet {option}.</source>
      <translation>La feuille « {sheet} » a des colonnes de personnes ({columns}) : importez-la avec --sheet {option}.</translation>
      <extra-wk-built>83624ac29ee4</extra-wk-built>
    </message>
    <message>
      <source>The sheet has rows beyond Excel's last row ({max}); the file is damaged.</source>
      <translation>La feuille a des lignes au-delà de la dernière ligne d'Excel ({max}) ; le fichier est endommagé.</translation>
      <extra-wk-built>24146726d423</extra-wk-built>
    </message>
    <message>
      <source>The signer {key_id} is now trusted.</source>
      <translation>Le signataire {key_id} est désormais de confiance.</translation>
      <extra-wk-built>090d2d565e75</extra-wk-built>
    </message>
    <message>
      <source>The template has neither {{qr}} nor {{verify_code}}: the certificate cannot be verified.</source>
      <translation>Le modèle n'a ni {{qr}} ni {{verify_code}} : l'attestation ne pourra pas être vérifiée.</translation>
      <extra-wk-built>97e8d2e23e18</extra-wk-built>
    </message>
    <message>
      <source>The template has no participant name placeholder, e.g. {{participant_name}}.</source>
      <translation>Le modèle n'a pas de champ pour le nom, par ex. {{participant_name}}.</translation>
      <extra-wk-built>89a4c93a5e14</extra-wk-built>
    </message>
    <message>
      <source>The template has problems: {problems} (see: workshop-kit certificates check-template)</source>
      <translation>Le modèle a des problèmes : {problems} (voir : workshop-kit certificates check-template)</translation>
      <extra-wk-built>28f869fba26f</extra-wk-built>
    </message>
    <message>
      <source>The template is ready.</source>
      <translation>Le modèle est prêt.</translation>
      <extra-wk-built>bd99a6d1e914</extra-wk-built>
    </message>
    <message>
      <source>The text of {path} is {mb} MB; a certificate template's text may be at most {max} MB (it is repeated for every certificate of the print file).</source>
      <translation>Le texte de {path} fait {mb} Mo ; le texte d'un modèle d'attestation peut faire au plus {max} Mo (il est répété pour chaque attestation du fichier à imprimer).</translation>
      <extra-wk-built>5226fe170e7b</extra-wk-built>
    </message>
    <message>
      <source>The trainer's gender is F, M or empty; not '{value}'.</source>
      <translation>Le genre de la personne qui forme est F, M ou vide ; pas « {value} ».</translation>
      <extra-wk-built>e4702ac9d040</extra-wk-built>
    </message>
    <message>
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
      <extra-wk-built>ac2c81cad2d1</extra-wk-built>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Les deux mots de passe diffèrent.</translation>
      <extra-wk-built>63d80d55393b</extra-wk-built>
    </message>
    <message>
      <source>The verification page template is damaged; reinstall Workshop Kit.</source>
      <translation>Le modèle de la page de vérification est endommagé ; réinstallez Workshop Kit.</translation>
      <extra-wk-built>b8b447c8922c</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>The workshop title is too long to go in the certificates' QR code (%n character(s)); shorten it.</source>
      <translation>
        <numerusform>Le titre de l'atelier est trop long pour tenir dans le QR code des attestations (%n caractère) ; raccourcissez-le.</numerusform>
        <numerusform>Le titre de l'atelier est trop long pour tenir dans le QR code des attestations (%n caractères) ; raccourcissez-le.</numerusform>
      </translation>
      <extra-wk-built>76aabf738e05</extra-wk-built>
    </message>
    <message>
      <source>There is no check-in to undo.</source>
      <translation>Aucun enregistrement d'arrivée à annuler.</translation>
      <extra-wk-built>92abaca86a6a</extra-wk-built>
    </message>
    <message>
      <source>This badge belongs to a participant who was deleted.</source>
      <translation>Ce badge appartient à un participant qui a été supprimé.</translation>
      <extra-wk-built>608a0bd1521c</extra-wk-built>
    </message>
    <message>
      <source>This badge is for another workshop: {title}.</source>
      <translation>Ce badge est celui d'un autre atelier : {title}.</translation>
      <extra-wk-built>2fb582c24fef</extra-wk-built>
    </message>
    <message>
      <source>This bundle is signed by an unknown key ({key_id}). Nothing was imported. If you know the laptop it comes from, import it again accepting the signer (--accept-signer, or --trust-signer to trust it from now on), or add that laptop's public key file (keys/organisation.pub) to the trusted keys with: workshop-kit bundle trust FILE</source>
      <translation>Ce paquet est signé par une clé inconnue ({key_id}). Rien n'a été importé. Si vous connaissez l'ordinateur d'origine, importez-le à nouveau en acceptant le signataire (--accept-signer, ou --trust-signer pour lui faire confiance désormais), ou ajoutez le fichier de clé publique de cet ordinateur (keys/organisation.pub) aux clés de confiance avec : workshop-kit bundle trust FICHIER</translation>
      <extra-wk-built>ae6d92580183</extra-wk-built>
    </message>
    <message>
      <source>This bundle of '{title}' holds {table} of another workshop; a bundle may only change its own workshop. It was made or changed by hand. Nothing was imported.</source>
      <translation>Ce paquet de « {title} » contient des {table} d'un autre atelier ; un paquet ne peut modifier que son propre atelier. Il a été fabriqué ou modifié à la main. Rien n'a été importé.</translation>
      <extra-wk-built>c3f9aa000378</extra-wk-built>
    </message>
    <message>
      <source>This check-in was already undone.</source>
      <translation>Cet enregistrement a déjà été annulé.</translation>
      <extra-wk-built>571c627633c0</extra-wk-built>
    </message>
    <message>
      <source>This code does not come from Workshop Kit (another system's QR code).</source>
      <translation>Ce code ne vient pas de Workshop Kit (code QR d'un autre système).</translation>
      <extra-wk-built>58ad2528d540</extra-wk-built>
    </message>
    <message>
      <source>This code is not a Workshop Kit certificate code.</source>
      <translation>Ce code n'est pas un code d'attestation Workshop Kit.</translation>
      <extra-wk-built>daf98a4d2a35</extra-wk-built>
    </message>
    <message>
      <source>This data folder is already encrypted.</source>
      <translation>Ce dossier de données est déjà chiffré.</translation>
      <extra-wk-built>76059039da2d</extra-wk-built>
    </message>
    <message>
      <source>This data folder is not encrypted.</source>
      <translation>Ce dossier de données n'est pas chiffré.</translation>
      <extra-wk-built>15f3f20f1c9a</extra-wk-built>
    </message>
    <message>
      <source>This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law 09-08 you may ask for it to be corrected or erased.</source>
      <translation>Ce document liste tout ce que Workshop Kit conserve à votre sujet, au {date}. En vertu de la loi marocaine 09-08, vous pouvez en demander la rectification ou l'effacement.</translation>
      <extra-wk-built>ffadd3f38cae</extra-wk-built>
    </message>
    <message>
      <source>This file belongs to an encrypted data folder that is not open.</source>
      <translation>Ce fichier appartient à un dossier de données chiffré qui n'est pas ouvert.</translation>
      <extra-wk-built>aaa32297f67f</extra-wk-built>
    </message>
    <message>
      <source>This is not a Workshop Kit certificate code.</source>
      <translation>Ce n'est pas un code d'attestation Workshop Kit.</translation>
      <extra-wk-built>18760b19caa9</extra-wk-built>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>Ce fichier n'est pas une clé publique Workshop Kit.</translation>
      <extra-wk-built>b8da00933aa6</extra-wk-built>
    </message>
    <message>
      <source>This is not a password-protected Workshop Kit file.</source>
      <translation>Ce n'est pas un fichier Workshop Kit protégé par mot de passe.</translation>
      <extra-wk-built>986c2539046f</extra-wk-built>
    </message>
    <message>
      <source>This module has no cards or sheets to print.</source>
      <translation>Ce module n'a pas de cartes ni de fiches à imprimer.</translation>
      <extra-wk-built>48accbe0bfe1</extra-wk-built>
    </message>
    <message>
      <source>This module is not yet translated into {language}; the {shown} text is shown.</source>
      <translation>Ce module n'est pas encore traduit en {language} ; le texte en {shown} est affiché.</translation>
      <extra-wk-built>774fd06c5200</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>This name has %n character(s); at most {max} fit on a badge and a certificate.</source>
      <translation>
        <numerusform>Ce nom a %n caractère ; au plus {max} tiennent sur un badge et une attestation.</numerusform>
        <numerusform>Ce nom a %n caractères ; au plus {max} tiennent sur un badge et une attestation.</numerusform>
      </translation>
      <extra-wk-built>b673b1b7cfd7</extra-wk-built>
    </message>
    <message>
      <source>This participant has no active badge for the workshop.</source>
      <translation>Ce participant n'a pas de badge actif pour cet atelier.</translation>
      <extra-wk-built>bf25bf6a2852</extra-wk-built>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them before issuing a badge.</source>
      <translation>Ce participant n'est pas inscrit à l'atelier ; inscrivez-le avant d'émettre un badge.</translation>
      <extra-wk-built>6f83de006a78</extra-wk-built>
    </message>
    <message>
      <source>This participant is not enrolled in the workshop; enrol them first.</source>
      <translation>Ce participant n'est pas inscrit à l'atelier ; inscrivez-le d'abord.</translation>
      <extra-wk-built>1d4770a668fa</extra-wk-built>
    </message>
    <message>
      <source>This participant was already erased on {date}.</source>
      <translation>Ce participant a déjà été effacé le {date}.</translation>
      <extra-wk-built>5278b7ab64b1</extra-wk-built>
    </message>
    <message>
      <source>This participant was erased; their data cannot be edited.</source>
      <translation>Ce participant a été effacé ; ses données ne peuvent pas être modifiées.</translation>
      <extra-wk-built>91c8178080d4</extra-wk-built>
    </message>
    <message>
      <source>This participant's data was erased; the badge is no longer valid.</source>
      <translation>Les données de ce participant ont été effacées ; le badge n'est plus valable.</translation>
      <extra-wk-built>6999e3f1a473</extra-wk-built>
    </message>
    <message>
      <source>This passphrase does not open {path}. Check the keyboard layout and Caps Lock; without the right passphrase the data cannot be recovered.</source>
      <translation>Cette phrase secrète n'ouvre pas {path}. Vérifiez la disposition du clavier et la touche Verr. Maj ; sans la bonne phrase secrète, les données ne peuvent pas être récupérées.</translation>
      <extra-wk-built>a6a7ae946232</extra-wk-built>
    </message>
    <message>
      <source>This report contains names: share it only with people entitled to see them.</source>
      <translation>Ce rapport contient des noms : ne le partagez qu'avec les personnes autorisées à les voir.</translation>
      <extra-wk-built>5b2e66ffcdc5</extra-wk-built>
    </message>
    <message>
      <source>This session does not belong to the workshop (or no longer exists).</source>
      <translation>Cette séance n'appartient pas à l'atelier (ou n'existe plus).</translation>
      <extra-wk-built>a08d4937a537</extra-wk-built>
    </message>
    <message>
      <source>This session no longer exists.</source>
      <translation>Cette séance n'existe plus.</translation>
      <extra-wk-built>8d2fd533742b</extra-wk-built>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>Cet atelier n'a pas de séance {number}.</translation>
      <extra-wk-built>15fbc3e008bb</extra-wk-built>
    </message>
    <message>
      <source>Tick one answer per question.</source>
      <translation>Cochez une réponse par question.</translation>
      <extra-wk-built>d1908825f330</extra-wk-built>
    </message>
    <message>
      <source>Time</source>
      <translation>Horaire</translation>
      <extra-wk-built>5f0c29b70d70</extra-wk-built>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
      <extra-wk-built>3de5b2cd8e26</extra-wk-built>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
      <extra-wk-built>c9b3c38247f7</extra-wk-built>
    </message>
    <message>
      <source>Total for the day</source>
      <translation>Total de la journée</translation>
      <extra-wk-built>717e73363dc8</extra-wk-built>
    </message>
    <message>
      <source>Total training time: {time}</source>
      <translation>Durée totale de formation : {time}</translation>
      <extra-wk-built>b252202a2a2e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Total: %n min</source>
      <translation>
        <numerusform>Total : %n min</numerusform>
        <numerusform>Total : %n min</numerusform>
      </translation>
      <extra-wk-built>d04aed1e1f60</extra-wk-built>
    </message>
    <message>
      <source>Trainer</source>
      <translation>Formateur·rice</translation>
      <extra-wk-built>c54378d0fdb7</extra-wk-built>
    </message>
    <message>
      <source>Trainer's signature</source>
      <translation>Signature du/de la formateur·rice</translation>
      <extra-wk-built>2e937483aa94</extra-wk-built>
    </message>
    <message>
      <source>Trainer: {name}</source>
      <translation>Formateur·rice : {name}</translation>
      <extra-wk-built>f1bc2c843248</extra-wk-built>
    </message>
    <message>
      <source>Translation missing in {lang}; showing {shown}.</source>
      <translation>Traduction manquante en {lang} ; affichage en {shown}.</translation>
      <extra-wk-built>20e213d90cf4</extra-wk-built>
    </message>
    <message>
      <source>Unclosed or malformed placeholder near '{text}'.</source>
      <translation>Champ non fermé ou mal formé près de « {text} ».</translation>
      <extra-wk-built>17fa340c4c63</extra-wk-built>
    </message>
    <message>
      <source>Unknown attendance status '{status}'; use present, late, absent or excused.</source>
      <translation>Statut de présence inconnu « {status} » ; utilisez present, late, absent ou excused.</translation>
      <extra-wk-built>9a99307f60bd</extra-wk-built>
    </message>
    <message>
      <source>Unknown badge: this code was not issued on this laptop's data.</source>
      <translation>Badge inconnu : ce code n'a pas été émis dans les données de cet ordinateur.</translation>
      <extra-wk-built>127bda760971</extra-wk-built>
    </message>
    <message>
      <source>Unknown check-in method '{method}'.</source>
      <translation>Méthode d'enregistrement inconnue « {method} ».</translation>
      <extra-wk-built>c00d95c11473</extra-wk-built>
    </message>
    <message>
      <source>Unknown format '{fmt}'; use csv, xlsx or sheet.</source>
      <translation>Format inconnu « {fmt} » ; utilisez csv, xlsx ou sheet.</translation>
      <extra-wk-built>6305af5afbf5</extra-wk-built>
    </message>
    <message>
      <source>Unknown language '{lang}'; use fr, ar or en.</source>
      <translation>Langue inconnue « {lang} » ; utilisez fr, ar ou en.</translation>
      <extra-wk-built>7fd935601803</extra-wk-built>
    </message>
    <message>
      <source>Unknown language '{lang}'; use one of: {langs}.</source>
      <translation>Langue inconnue « {lang} » ; utilisez l'une de : {langs}.</translation>
      <extra-wk-built>4d83401728a1</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown participant field(s): {names}</source>
      <translation>
        <numerusform>Champ de participant inconnu : {names}</numerusform>
        <numerusform>Champs de participant inconnus : {names}</numerusform>
      </translation>
      <extra-wk-built>ddc72a92dc35</extra-wk-built>
    </message>
    <message>
      <source>Unknown placeholders (left empty):</source>
      <translation>Champs inconnus (laissés vides) :</translation>
      <extra-wk-built>766cb0b82288</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown session field(s): {names}</source>
      <translation>
        <numerusform>Champ de séance inconnu : {names}</numerusform>
        <numerusform>Champs de séance inconnus : {names}</numerusform>
      </translation>
      <extra-wk-built>ae8482fc9a97</extra-wk-built>
    </message>
    <message>
      <source>Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.</source>
      <translation>Encodage inconnu « {encoding} » ; utilisez par ex. utf-8, utf-16, cp1256 ou latin-1.</translation>
      <extra-wk-built>bfe24592ff5d</extra-wk-built>
    </message>
    <message>
      <source>Unknown way of saving the agenda: {mode}.</source>
      <translation>Façon d'enregistrer le programme inconnue : {mode}.</translation>
      <extra-wk-built>d7a15a9180a3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Unknown workshop field(s): {names}</source>
      <translation>
        <numerusform>Champ d'atelier inconnu : {names}</numerusform>
        <numerusform>Champs d'atelier inconnus : {names}</numerusform>
      </translation>
      <extra-wk-built>cb1b6577205e</extra-wk-built>
    </message>
    <message>
      <source>Unreadable code.</source>
      <translation>Code illisible.</translation>
      <extra-wk-built>1922c4fb63db</extra-wk-built>
    </message>
    <message>
      <source>Unreadable code. Scan again, or type the short code printed on the badge.</source>
      <translation>Code illisible. Scannez à nouveau, ou tapez le code court imprimé sur le badge.</translation>
      <extra-wk-built>e55ad141771b</extra-wk-built>
    </message>
    <message>
      <source>Update Workshop Kit.</source>
      <translation>Mettez Workshop Kit à jour.</translation>
      <extra-wk-built>74bc57e3b139</extra-wk-built>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
      <extra-wk-built>6e8f3132d8e2</extra-wk-built>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
      <extra-wk-built>49dd011dd845</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Verification page written: {path} (%n certificate(s), revoked: {r}, list of {date}).</source>
      <translation>
        <numerusform>Page de vérification écrite : {path} (%n attestation, révoquées : {r}, liste du {date}).</numerusform>
        <numerusform>Page de vérification écrite : {path} (%n attestations, révoquées : {r}, liste du {date}).</numerusform>
      </translation>
      <extra-wk-built>335824c3e639</extra-wk-built>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
      <extra-wk-built>dd167905de0d</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name} — late ({time}).</source>
      <translation>Bienvenue {name} — en retard ({time}).</translation>
      <extra-wk-built>cdf4a4fe6bc7</extra-wk-built>
    </message>
    <message>
      <source>Welcome {name}!</source>
      <translation>Bienvenue {name} !</translation>
      <extra-wk-built>13bcc493f669</extra-wk-built>
    </message>
    <message>
      <source>What this window had written was saved as {name}; restore that one with: workshop-kit backup restore "{file}"</source>
      <translation>Ce que cette fenêtre avait écrit a été sauvegardé sous {name} ; restaurez celle-ci avec : workshop-kit backup restore "{file}"</translation>
      <extra-wk-built>6ca053ef44d5</extra-wk-built>
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation>Sans sous-commande, ouvre l'application. Documentation : docs/cli.md</translation>
      <extra-wk-built>84eb194dda78</extra-wk-built>
    </message>
    <message>
      <source>Woman</source>
      <translation>Femme</translation>
      <extra-wk-built>55c2bce1bb99</extra-wk-built>
    </message>
    <message>
      <source>Word of mouth</source>
      <translation>Bouche-à-oreille</translation>
      <extra-wk-built>6d1ef28c50f3</extra-wk-built>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
      <extra-wk-built>a4111994804e</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit: curricula, participants, QR check-in, attendance and certificates, offline.</source>
      <translation>Workshop Kit : modules, participants, accueil par QR, présences et attestations, hors ligne.</translation>
      <extra-wk-built>aad4e9913d03</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>Workshop created: {title} ({id}), %n session(s) from {start} to {end}.</source>
      <translation>
        <numerusform>Atelier créé : {title} ({id}), %n séance du {start} au {end}.</numerusform>
        <numerusform>Atelier créé : {title} ({id}), %n séances du {start} au {end}.</numerusform>
      </translation>
      <extra-wk-built>0a5522b71b70</extra-wk-built>
    </message>
    <message>
      <source>Workshop updated: {title} ({id}).</source>
      <translation>Atelier modifié : {title} ({id}).</translation>
      <extra-wk-built>ec4b661ac11c</extra-wk-built>
    </message>
    <message>
      <source>Workshop: {title}</source>
      <translation>Atelier : {title}</translation>
      <extra-wk-built>34012e900c35</extra-wk-built>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
      <extra-wk-built>705eba641273</extra-wk-built>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>Des ateliers existent déjà ; aucune démo créée.</translation>
      <extra-wk-built>502dfb3e29c8</extra-wk-built>
    </message>
    <message>
      <source>Workshops held</source>
      <translation>Ateliers tenus</translation>
      <extra-wk-built>ffaeafac3f21</extra-wk-built>
    </message>
    <message>
      <source>Writing {n} people…</source>
      <translation>Enregistrement de {n} personnes…</translation>
      <extra-wk-built>0586f52fdac0</extra-wk-built>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
      <extra-wk-built>61c3ae6365ce</extra-wk-built>
    </message>
    <message>
      <source>Wrong passphrase, try again.</source>
      <translation>Phrase secrète incorrecte, réessayez.</translation>
      <extra-wk-built>41e7e8f15412</extra-wk-built>
    </message>
    <message>
      <source>Wrong password, or the protected file was changed or damaged.</source>
      <translation>Mot de passe incorrect, ou le fichier protégé a été modifié ou endommagé.</translation>
      <extra-wk-built>e1890e888cb3</extra-wk-built>
    </message>
    <message>
      <source>XLSX sheet name or number (default: the first)</source>
      <translation>nom ou numéro de la feuille XLSX (par défaut : la première)</translation>
      <extra-wk-built>405c0626f35c</extra-wk-built>
    </message>
    <message>
      <source>You already have a module '{id}'; use --replace to update it.</source>
      <translation>Vous avez déjà un module « {id} » ; utilisez --replace pour le mettre à jour.</translation>
      <extra-wk-built>ff6caefc69f7</extra-wk-built>
    </message>
    <message>
      <source>Your details</source>
      <translation>Vos informations</translation>
      <extra-wk-built>4e6971ee5a0a</extra-wk-built>
    </message>
    <message>
      <source>a date or time</source>
      <translation>une date ou une heure</translation>
      <extra-wk-built>a83a6824ed74</extra-wk-built>
    </message>
    <message>
      <source>a list of module ids</source>
      <translation>une liste d'identifiants de modules</translation>
      <extra-wk-built>97a09bef3975</extra-wk-built>
    </message>
    <message>
      <source>a module file, a module folder, a folder of modules or a zip</source>
      <translation>un fichier de module, un dossier de module, un dossier de modules ou un zip</translation>
      <extra-wk-built>904ec4e4b5b0</extra-wk-built>
    </message>
    <message>
      <source>a number</source>
      <translation>un nombre</translation>
      <extra-wk-built>33c8c437d7e4</extra-wk-built>
    </message>
    <message>
      <source>a text</source>
      <translation>un texte</translation>
      <extra-wk-built>b7e7b067ef7a</extra-wk-built>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un nombre entier</translation>
      <extra-wk-built>899cc29d1a3f</extra-wk-built>
    </message>
    <message>
      <source>a workshop (default: every workshop)</source>
      <translation>un atelier (par défaut : tous les ateliers)</translation>
      <extra-wk-built>1dc58a154462</extra-wk-built>
    </message>
    <message>
      <source>absent</source>
      <translation>absent</translation>
      <extra-wk-built>5ad38304b535</extra-wk-built>
    </message>
    <message>
      <source>add your own modules from a folder or a zip</source>
      <translation>ajouter vos propres modules depuis un dossier ou un zip</translation>
      <extra-wk-built>20178de6e549</extra-wk-built>
    </message>
    <message>
      <source>address where verify.html will be published; new certificates' QR codes open it</source>
      <translation>adresse où verify.html sera publiée ; les codes QR des nouvelles attestations l'ouvrent</translation>
      <extra-wk-built>076bf5e537ff</extra-wk-built>
    </message>
    <message>
      <source>age band, e.g. 25-34</source>
      <translation>tranche d'âge, par ex. 25-34</translation>
      <extra-wk-built>6ff08d627f2b</extra-wk-built>
    </message>
    <message>
      <source>all modules</source>
      <translation>tous les modules</translation>
      <extra-wk-built>ebdc3784ed0a</extra-wk-built>
    </message>
    <message>
      <source>already in the outbox ({status})</source>
      <translation>déjà dans la boîte d'envoi ({status})</translation>
      <extra-wk-built>d874bf232aff</extra-wk-built>
    </message>
    <message>
      <source>already known</source>
      <translation>déjà connu</translation>
      <extra-wk-built>bc18e6bfbbf8</extra-wk-built>
    </message>
    <message>
      <source>also make PDFs with LibreOffice (one batched call)</source>
      <translation>créer aussi les PDF avec LibreOffice (un seul appel groupé)</translation>
      <extra-wk-built>fe9c2c7713c9</extra-wk-built>
    </message>
    <message>
      <source>also write one .docx with every certificate, ready to print</source>
      <translation>écrire aussi un .docx avec toutes les attestations, prêt à imprimer</translation>
      <extra-wk-built>c00d8b370904</extra-wk-built>
    </message>
    <message>
      <source>also write the template filled with sample data</source>
      <translation>écrire aussi le modèle rempli avec des données d'exemple</translation>
      <extra-wk-built>dbb3e4fcd09e</extra-wk-built>
    </message>
    <message>
      <source>anonymise them now</source>
      <translation>les anonymiser maintenant</translation>
      <extra-wk-built>c2bbb787224a</extra-wk-built>
    </message>
    <message>
      <source>at most N results (default 20)</source>
      <translation>au plus N résultats (par défaut 20)</translation>
      <extra-wk-built>3f0150085f23</extra-wk-built>
    </message>
    <message>
      <source>attendance</source>
      <translation>présences</translation>
      <extra-wk-built>48c8b9b57bbd</extra-wk-built>
    </message>
    <message>
      <source>attendance grid, corrections and exports</source>
      <translation>grille de présence, corrections et exports</translation>
      <extra-wk-built>c4f093fd731d</extra-wk-built>
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>présence requise pour l'attestation, en %% (80 par défaut)</translation>
      <extra-wk-built>909d692fdc2d</extra-wk-built>
    </message>
    <message>
      <source>attended</source>
      <translation>présents</translation>
      <extra-wk-built>83791529e68c</extra-wk-built>
    </message>
    <message>
      <source>attended  eligible</source>
      <translation>présences  éligible</translation>
      <extra-wk-built>e381563c7905</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>attended {attended} of %n session(s), {needed} needed ({percent} %)</source>
      <translation>
        <numerusform>présent·e à {attended} sur %n séance, {needed} requise ({percent} %)</numerusform>
        <numerusform>présent·e à {attended} sur %n séances, {needed} requises ({percent} %)</numerusform>
      </translation>
      <extra-wk-built>e127560cfbf7</extra-wk-built>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>fichier de sauvegarde à restaurer</translation>
      <extra-wk-built>6aa212693bb5</extra-wk-built>
    </message>
    <message>
      <source>badge active</source>
      <translation>badge actif</translation>
      <extra-wk-built>ac6ab006652a</extra-wk-built>
    </message>
    <message>
      <source>badge revoked</source>
      <translation>badge révoqué</translation>
      <extra-wk-built>fa9990f5612f</extra-wk-built>
    </message>
    <message>
      <source>badge scanner</source>
      <translation>lecteur de badge</translation>
      <extra-wk-built>20feb3669c2a</extra-wk-built>
    </message>
    <message>
      <source>badge token (WK1-…) or the short code printed on the badge</source>
      <translation>jeton du badge (WK1-…) ou code court imprimé sur le badge</translation>
      <extra-wk-built>64c67d1de9b1</extra-wk-built>
    </message>
    <message>
      <source>badges</source>
      <translation>badges</translation>
      <extra-wk-built>83ad6512db11</extra-wk-built>
    </message>
    <message>
      <source>bundle file to write (.zip)</source>
      <translation>fichier de paquet à écrire (.zip)</translation>
      <extra-wk-built>37779e1f78a0</extra-wk-built>
    </message>
    <message>
      <source>bundle files</source>
      <translation>fichiers de paquet</translation>
      <extra-wk-built>b32525643b56</extra-wk-built>
    </message>
    <message>
      <source>busy</source>
      <translation>occupé</translation>
      <extra-wk-built>4db65a5860d6</extra-wk-built>
    </message>
    <message>
      <source>camera</source>
      <translation>caméra</translation>
      <extra-wk-built>e2eedb841ebe</extra-wk-built>
    </message>
    <message>
      <source>cancel a queued message</source>
      <translation>annuler un message en attente</translation>
      <extra-wk-built>ce1d7b99efc4</extra-wk-built>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulé</translation>
      <extra-wk-built>aefffabdba4a</extra-wk-built>
    </message>
    <message>
      <source>cannot be read: {detail}</source>
      <translation>illisible : {detail}</translation>
      <extra-wk-built>fa4f106c5b6d</extra-wk-built>
    </message>
    <message>
      <source>certificate authority that signed the server's certificate, when it is not a public one</source>
      <translation>autorité de certification qui a signé le certificat du serveur, quand ce n'est pas une autorité publique</translation>
      <extra-wk-built>3492bcc6f537</extra-wk-built>
    </message>
    <message>
      <source>certificate language (default: the workshop's)</source>
      <translation>langue de l'attestation (par défaut : celle de l'atelier)</translation>
      <extra-wk-built>8a51969ed765</extra-wk-built>
    </message>
    <message>
      <source>certificate number</source>
      <translation>numéro d'attestation</translation>
      <extra-wk-built>3c99a0764b13</extra-wk-built>
    </message>
    <message>
      <source>certificate revoked</source>
      <translation>attestation révoquée</translation>
      <extra-wk-built>48ec5db786e2</extra-wk-built>
    </message>
    <message>
      <source>certificate {number} was revoked</source>
      <translation>l'attestation {number} a été révoquée</translation>
      <extra-wk-built>bfa05dc168de</extra-wk-built>
    </message>
    <message>
      <source>certificates for a workshop (the default action)</source>
      <translation>attestations d'un atelier (action par défaut)</translation>
      <extra-wk-built>8da97ca869f5</extra-wk-built>
    </message>
    <message>
      <source>change a workshop's title, venue, trainer or their Arabic forms</source>
      <translation>modifier le titre, le lieu, la personne qui forme d'un atelier ou leur forme arabe</translation>
      <extra-wk-built>5169190279e0</extra-wk-built>
    </message>
    <message>
      <source>check a bundle and merge it into this data folder</source>
      <translation>vérifier un paquet et le fusionner dans ce dossier de données</translation>
      <extra-wk-built>d84afc996451</extra-wk-built>
    </message>
    <message>
      <source>check a certificate: valid, altered, revoked or unknown organisation</source>
      <translation>vérifier une attestation : valide, modifiée, révoquée ou organisation inconnue</translation>
      <extra-wk-built>55054c7ff771</extra-wk-built>
    </message>
    <message>
      <source>check and merge every new bundle in the inbox (never writes into it)</source>
      <translation>vérifier et fusionner chaque nouveau paquet du dossier de dépôt (sans jamais y écrire)</translation>
      <extra-wk-built>6ceeeafccf45</extra-wk-built>
    </message>
    <message>
      <source>check and report, write nothing</source>
      <translation>contrôler et rendre compte, sans rien enregistrer</translation>
      <extra-wk-built>55fddaf7a643</extra-wk-built>
    </message>
    <message>
      <source>check module files; every problem with file, line and field</source>
      <translation>vérifier des fichiers de modules ; chaque problème avec fichier, ligne et champ</translation>
      <extra-wk-built>886174c9fd68</extra-wk-built>
    </message>
    <message>
      <source>check the data folder, database, curricula, templates, fonts, translations and optional tools</source>
      <translation>vérifier le dossier de données, la base, les modules, les modèles, les polices, les traductions et les outils facultatifs</translation>
      <extra-wk-built>5223e1e75e90</extra-wk-built>
    </message>
    <message>
      <source>city</source>
      <translation>ville</translation>
      <extra-wk-built>ea5b9357a96b</extra-wk-built>
    </message>
    <message>
      <source>column → field, e.g. '{"Nom": "last_name", "Tel": "phone"}' (null ignores a column)</source>
      <translation>colonne → champ, par ex. '{"Nom": "last_name", "Tel": "phone"}' (null ignore une colonne)</translation>
      <extra-wk-built>8e5c23add848</extra-wk-built>
    </message>
    <message>
      <source>consent was collected on paper for every row of a file without a consent column</source>
      <translation>le consentement a été recueilli sur papier pour chaque ligne d'un fichier sans colonne de consentement</translation>
      <extra-wk-built>4e1c2af371fb</extra-wk-built>
    </message>
    <message>
      <source>correct one participant's status for one session (audited)</source>
      <translation>corriger le statut d'un participant pour une séance (journalisé)</translation>
      <extra-wk-built>9b3f9246488d</extra-wk-built>
    </message>
    <message>
      <source>country name or ISO code</source>
      <translation>nom du pays ou code ISO</translation>
      <extra-wk-built>a470b44b10b7</extra-wk-built>
    </message>
    <message>
      <source>create a demo workshop with sessions and sample participants</source>
      <translation>créer un atelier de démonstration avec séances et participants fictifs</translation>
      <extra-wk-built>5d4dd6e0c855</extra-wk-built>
    </message>
    <message>
      <source>create a workshop and its sessions</source>
      <translation>créer un atelier et ses séances</translation>
      <extra-wk-built>7c267e1a16de</extra-wk-built>
    </message>
    <message>
      <source>create and list workshops</source>
      <translation>créer et lister les ateliers</translation>
      <extra-wk-built>b1ba3e7f7f72</extra-wk-built>
    </message>
    <message>
      <source>csv (UTF-8 for Excel), xlsx (one sheet per session and a summary) or sheet (sign-in sheets .docx)</source>
      <translation>csv (UTF-8 pour Excel), xlsx (une feuille par séance et une synthèse) ou sheet (feuilles d'émargement .docx)</translation>
      <extra-wk-built>dc62c905be57</extra-wk-built>
    </message>
    <message>
      <source>curriculum module id (repeatable)</source>
      <translation>identifiant de module (répétable)</translation>
      <extra-wk-built>bf9728ce4727</extra-wk-built>
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation>dossier de données (par défaut : $WORKSHOP_KIT_HOME ou le dossier de données de l'utilisateur)</translation>
      <extra-wk-built>0dbce957a94f</extra-wk-built>
    </message>
    <message>
      <source>date the certificate was issued</source>
      <translation>date de délivrance de l'attestation</translation>
      <extra-wk-built>8c718a45f994</extra-wk-built>
    </message>
    <message>
      <source>decrypt the database and its backups (needs the passphrase)</source>
      <translation>déchiffrer la base de données et ses sauvegardes (demande la phrase secrète)</translation>
      <extra-wk-built>cb43b702ed3f</extra-wk-built>
    </message>
    <message>
      <source>deletions</source>
      <translation>suppressions</translation>
      <extra-wk-built>1cb3ae874ac1</extra-wk-built>
    </message>
    <message>
      <source>demo</source>
      <translation>démo</translation>
      <extra-wk-built>d3952efc4972</extra-wk-built>
    </message>
    <message>
      <source>differs from fr.md</source>
      <translation>diffère de fr.md</translation>
      <extra-wk-built>eca2ab1ecee4</extra-wk-built>
    </message>
    <message>
      <source>document language (default: the workshop's)</source>
      <translation>langue du document (par défaut : celle de l'atelier)</translation>
      <extra-wk-built>f6650d8117f6</extra-wk-built>
    </message>
    <message>
      <source>does not exist</source>
      <translation>n'existe pas</translation>
      <extra-wk-built>c2211e4a16e9</extra-wk-built>
    </message>
    <message>
      <source>donor</source>
      <translation>bailleur</translation>
      <extra-wk-built>56fbf86db998</extra-wk-built>
    </message>
    <message>
      <source>donor report: reach, disaggregation, attendance, knowledge gain</source>
      <translation>rapport bailleur : personnes touchées, ventilation, présence, gain de connaissances</translation>
      <extra-wk-built>624f346241c7</extra-wk-built>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>code bailleur/projet</translation>
      <extra-wk-built>4d1b96e348c8</extra-wk-built>
    </message>
    <message>
      <source>duplicate module id '{id}': already in {other}; rename the folder and its id</source>
      <translation>identifiant de module en double « {id} » : déjà dans {other} ; renommez le dossier et son identifiant</translation>
      <extra-wk-built>8aa470e67d4e</extra-wk-built>
    </message>
    <message>
      <source>e-mail</source>
      <translation>e-mail</translation>
      <extra-wk-built>39e0749da40f</extra-wk-built>
    </message>
    <message>
      <source>e-mail certificates: queue, send, retry</source>
      <translation>envoyer les attestations par courriel : file d'attente, envoi, nouvel essai</translation>
      <extra-wk-built>f61b7f746acb</extra-wk-built>
    </message>
    <message>
      <source>each activity needs title, minutes, method and steps</source>
      <translation>chaque activité doit avoir title, minutes, method et steps</translation>
      <extra-wk-built>049f5aa3de45</extra-wk-built>
    </message>
    <message>
      <source>each question needs question, choices and answer</source>
      <translation>chaque question doit avoir question, choices et answer</translation>
      <extra-wk-built>87bb62107d77</extra-wk-built>
    </message>
    <message>
      <source>each session needs title, minutes and activities</source>
      <translation>chaque séance doit avoir title, minutes et activities</translation>
      <extra-wk-built>9cbf4b802627</extra-wk-built>
    </message>
    <message>
      <source>each source needs title, publisher and year</source>
      <translation>chaque source doit avoir title, publisher et year</translation>
      <extra-wk-built>0813caa635d8</extra-wk-built>
    </message>
    <message>
      <source>empty</source>
      <translation>vide</translation>
      <extra-wk-built>8cd51be961ac</extra-wk-built>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase</source>
      <translation>chiffrer la base de données et ses sauvegardes avec une phrase secrète</translation>
      <extra-wk-built>b447b0856167</extra-wk-built>
    </message>
    <message>
      <source>encrypt the database and its backups with a passphrase (SQLCipher)</source>
      <translation>chiffrer la base de données et ses sauvegardes avec une phrase secrète (SQLCipher)</translation>
      <extra-wk-built>fa9b57abc326</extra-wk-built>
    </message>
    <message>
      <source>enrol in this workshop</source>
      <translation>inscrire à cet atelier</translation>
      <extra-wk-built>4551282c5686</extra-wk-built>
    </message>
    <message>
      <source>enrol registered participants in a workshop</source>
      <translation>inscrire des participants déjà enregistrés à un atelier</translation>
      <extra-wk-built>68b730f65956</extra-wk-built>
    </message>
    <message>
      <source>enrolments</source>
      <translation>inscriptions</translation>
      <extra-wk-built>1cb3e83cbc33</extra-wk-built>
    </message>
    <message>
      <source>entered by hand</source>
      <translation>saisie manuelle</translation>
      <extra-wk-built>d5d75e6c09ed</extra-wk-built>
    </message>
    <message>
      <source>erase a participant's personal data (attendance counts are kept)</source>
      <translation>effacer les données personnelles d'un participant (les décomptes de présence sont conservés)</translation>
      <extra-wk-built>69b6ebf3e3af</extra-wk-built>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>erreur : {message}</translation>
      <extra-wk-built>2815ef76cd0b</extra-wk-built>
    </message>
    <message>
      <source>every enrolled participant</source>
      <translation>tou·tes les participant·es inscrit·es</translation>
      <extra-wk-built>40561e921de7</extra-wk-built>
    </message>
    <message>
      <source>every workshop in this data folder</source>
      <translation>tous les ateliers de ce dossier de données</translation>
      <extra-wk-built>2fe93e032e4c</extra-wk-built>
    </message>
    <message>
      <source>excused</source>
      <translation>excusé</translation>
      <extra-wk-built>2033cc1d244f</extra-wk-built>
    </message>
    <message>
      <source>export a module as a Word handout</source>
      <translation>exporter un module en support Word</translation>
      <extra-wk-built>eb9dccfb2523</extra-wk-built>
    </message>
    <message>
      <source>export attendance as CSV, XLSX or printable sign-in sheets</source>
      <translation>exporter les présences en CSV, XLSX ou feuilles d'émargement imprimables</translation>
      <extra-wk-built>3ecd035544ba</extra-wk-built>
    </message>
    <message>
      <source>export the agenda as a Word document</source>
      <translation>exporter le programme en document Word</translation>
      <extra-wk-built>a804c99f289f</extra-wk-built>
    </message>
    <message>
      <source>export the organisation's public key (to verify elsewhere)</source>
      <translation>exporter la clé publique de l'organisation (pour vérifier ailleurs)</translation>
      <extra-wk-built>325cf8ec3249</extra-wk-built>
    </message>
    <message>
      <source>export the pre/post test as a Word document</source>
      <translation>exporter le test avant/après en document Word</translation>
      <extra-wk-built>aa92846b1dca</extra-wk-built>
    </message>
    <message>
      <source>failed</source>
      <translation>échec</translation>
      <extra-wk-built>3539212749a4</extra-wk-built>
    </message>
    <message>
      <source>file to write</source>
      <translation>fichier à écrire</translation>
      <extra-wk-built>97d6c58b4d2e</extra-wk-built>
    </message>
    <message>
      <source>first day</source>
      <translation>premier jour</translation>
      <extra-wk-built>563d08b5c43a</extra-wk-built>
    </message>
    <message>
      <source>first day (default: today)</source>
      <translation>premier jour (par défaut : aujourd'hui)</translation>
      <extra-wk-built>3948303cd143</extra-wk-built>
    </message>
    <message>
      <source>first name (Arabic script)</source>
      <translation>prénom (caractères arabes)</translation>
      <extra-wk-built>08ee0968ec40</extra-wk-built>
    </message>
    <message>
      <source>first name (Latin script)</source>
      <translation>prénom (caractères latins)</translation>
      <extra-wk-built>5436e870b18d</extra-wk-built>
    </message>
    <message>
      <source>folder for one .docx per participant</source>
      <translation>dossier pour un .docx par participant·e</translation>
      <extra-wk-built>4fbf5f3093c6</extra-wk-built>
    </message>
    <message>
      <source>folder of generated certificates (PDF preferred)</source>
      <translation>dossier des attestations créées (PDF de préférence)</translation>
      <extra-wk-built>f9630a94e99c</extra-wk-built>
    </message>
    <message>
      <source>folder to write verify.html into</source>
      <translation>dossier où écrire verify.html</translation>
      <extra-wk-built>02ea7ac5d8b4</extra-wk-built>
    </message>
    <message>
      <source>fr, ar or en</source>
      <translation>fr, ar ou en</translation>
      <extra-wk-built>e5bba59acde9</extra-wk-built>
    </message>
    <message>
      <source>from another laptop</source>
      <translation>depuis un autre ordinateur</translation>
      <extra-wk-built>8022fb5798ca</extra-wk-built>
    </message>
    <message>
      <source>full name as typed (split into first/last name, Latin or Arabic script)</source>
      <translation>nom complet tel que saisi (séparé en prénom/nom, caractères latins ou arabes)</translation>
      <extra-wk-built>8a5a6209fab7</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>has {n}; at least %n item(s) needed</source>
      <translation>
        <numerusform>en a {n} ; il faut au moins %n élément</numerusform>
        <numerusform>en a {n} ; il faut au moins %n éléments</numerusform>
      </translation>
      <extra-wk-built>5f9dbd0285e3</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>has {n}; at most %n item(s) allowed</source>
      <translation>
        <numerusform>en a {n} ; %n élément au plus est permis</numerusform>
        <numerusform>en a {n} ; %n éléments au plus sont permis</numerusform>
      </translation>
      <extra-wk-built>01d5c4cab0d0</extra-wk-built>
    </message>
    <message>
      <source>hours attended</source>
      <translation>heures suivies</translation>
      <extra-wk-built>992da92aba1e</extra-wk-built>
    </message>
    <message>
      <source>how they heard of the workshop</source>
      <translation>comment la personne a connu l'atelier</translation>
      <extra-wk-built>fa4d8cd37d51</extra-wk-built>
    </message>
    <message>
      <source>id of the record merged into it (then removed)</source>
      <translation>identifiant de la fiche fusionnée dans l'autre (puis supprimée)</translation>
      <extra-wk-built>69651e5d2e69</extra-wk-built>
    </message>
    <message>
      <source>id of the record to keep</source>
      <translation>identifiant de la fiche à garder</translation>
      <extra-wk-built>305d421d3ef7</extra-wk-built>
    </message>
    <message>
      <source>import a person whose only problems are in optional fields (birth date, phone, e-mail…) without those fields; the report lists them</source>
      <translation>importer une personne dont les seuls problèmes sont dans des champs facultatifs (date de naissance, téléphone, e-mail…) sans ces champs ; le rapport les liste</translation>
      <extra-wk-built>21d9ffc7b1b1</extra-wk-built>
    </message>
    <message>
      <source>import and trust the signer's key from now on</source>
      <translation>importer et faire désormais confiance à la clé du signataire</translation>
      <extra-wk-built>c9b149eacea3</extra-wk-built>
    </message>
    <message>
      <source>import even if the signer's key is not trusted (this time only)</source>
      <translation>importer même si la clé du signataire n'est pas de confiance (cette fois seulement)</translation>
      <extra-wk-built>c4e3d108fa44</extra-wk-built>
    </message>
    <message>
      <source>import participants from a CSV or XLSX file into a workshop</source>
      <translation>importer des participants d'un fichier CSV ou XLSX dans un atelier</translation>
      <extra-wk-built>68812716e127</extra-wk-built>
    </message>
    <message>
      <source>import the valid rows even when some rows have errors</source>
      <translation>importer les lignes valides même si certaines lignes ont des erreurs</translation>
      <extra-wk-built>736d627f4ef8</extra-wk-built>
    </message>
    <message>
      <source>imported</source>
      <translation>importé</translation>
      <extra-wk-built>1ebc190b5e6f</extra-wk-built>
    </message>
    <message>
      <source>include participants' names (default: anonymised aggregates only)</source>
      <translation>inclure les noms des participants (par défaut : agrégats anonymisés uniquement)</translation>
      <extra-wk-built>1bda7c398a3b</extra-wk-built>
    </message>
    <message>
      <source>is not UTF-8 text (byte {pos}); save it as UTF-8</source>
      <translation>n'est pas du texte UTF-8 (octet {pos}) ; enregistrez-le en UTF-8</translation>
      <extra-wk-built>dbebad4e739d</extra-wk-built>
    </message>
    <message>
      <source>is the data folder encrypted?</source>
      <translation>le dossier de données est-il chiffré ?</translation>
      <extra-wk-built>aa9cc87bc9b5</extra-wk-built>
    </message>
    <message>
      <source>is {mb} MB; a module file may hold at most {max} MB</source>
      <translation>fait {mb} Mo ; un fichier de module peut faire au plus {max} Mo</translation>
      <extra-wk-built>48aff03b2456</extra-wk-built>
    </message>
    <message>
      <source>is {minutes} but its activities add up to {total}; make them equal</source>
      <translation>vaut {minutes} mais ses activités totalisent {total} ; rendez-les égaux</translation>
      <extra-wk-built>4c7b02f88db4</extra-wk-built>
    </message>
    <message>
      <source>is {minutes} but the sessions add up to {total}; make them equal</source>
      <translation>vaut {minutes} mais les séances totalisent {total} ; rendez-les égaux</translation>
      <extra-wk-built>41912219945a</extra-wk-built>
    </message>
    <message>
      <source>its write-ahead journal (-wal) was removed while it was open</source>
      <translation>son journal d'écriture (-wal) a été supprimé pendant qu'il était ouvert</translation>
      <extra-wk-built>6cdd4d954930</extra-wk-built>
    </message>
    <message>
      <source>knowledge gain (post − pre) per module, for donors</source>
      <translation>gain de connaissances (après − avant) par module, pour les bailleurs</translation>
      <extra-wk-built>6babf06ee73f</extra-wk-built>
    </message>
    <message>
      <source>language (default: the app's language)</source>
      <translation>langue (par défaut : celle de l'application)</translation>
      <extra-wk-built>64ea44d35d03</extra-wk-built>
    </message>
    <message>
      <source>language of the document (default: the participant's)</source>
      <translation>langue du document (par défaut : celle du participant)</translation>
      <extra-wk-built>6318f5c1ca99</extra-wk-built>
    </message>
    <message>
      <source>language of the figures and the file</source>
      <translation>langue des chiffres et du fichier</translation>
      <extra-wk-built>08a93797116b</extra-wk-built>
    </message>
    <message>
      <source>language of the file (default: the workshop's)</source>
      <translation>langue du fichier (par défaut : celle de l'atelier)</translation>
      <extra-wk-built>2b14571c193f</extra-wk-built>
    </message>
    <message>
      <source>language of the report</source>
      <translation>langue du rapport</translation>
      <extra-wk-built>800118658d11</extra-wk-built>
    </message>
    <message>
      <source>language of the titles and of the document (default: the workshop's)</source>
      <translation>langue des titres et du document (par défaut : celle de l'atelier)</translation>
      <extra-wk-built>e2bcbd50303a</extra-wk-built>
    </message>
    <message>
      <source>last day</source>
      <translation>dernier jour</translation>
      <extra-wk-built>8a60f54142e5</extra-wk-built>
    </message>
    <message>
      <source>last name (Arabic script)</source>
      <translation>nom (caractères arabes)</translation>
      <extra-wk-built>4eb8c85e2426</extra-wk-built>
    </message>
    <message>
      <source>last name (Latin script)</source>
      <translation>nom (caractères latins)</translation>
      <extra-wk-built>002817b47255</extra-wk-built>
    </message>
    <message>
      <source>late</source>
      <translation>en retard</translation>
      <extra-wk-built>5b5b3a68fcc8</extra-wk-built>
    </message>
    <message>
      <source>leave files changed less than SECONDS ago for a later scan (default 3)</source>
      <translation>laisser pour une analyse ultérieure les fichiers modifiés il y a moins de SECONDS secondes (3 par défaut)</translation>
      <extra-wk-built>533d286a09f0</extra-wk-built>
    </message>
    <message>
      <source>list (or anonymise with --apply) participants kept longer than the retention period</source>
      <translation>lister (ou anonymiser avec --apply) les participants conservés au-delà de la durée de conservation</translation>
      <extra-wk-built>4bd12c5f5d5e</extra-wk-built>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>lister les sauvegardes, la plus récente d'abord</translation>
      <extra-wk-built>d22b470040f8</extra-wk-built>
    </message>
    <message>
      <source>list issued certificates</source>
      <translation>lister les attestations délivrées</translation>
      <extra-wk-built>2345e2e3887d</extra-wk-built>
    </message>
    <message>
      <source>list known and unknown placeholders of a .docx template</source>
      <translation>lister les champs reconnus et inconnus d'un modèle .docx</translation>
      <extra-wk-built>06041343725b</extra-wk-built>
    </message>
    <message>
      <source>list records that may be the same person</source>
      <translation>lister les fiches qui pourraient être la même personne</translation>
      <extra-wk-built>f95c12dda491</extra-wk-built>
    </message>
    <message>
      <source>list the corrections made to the grid</source>
      <translation>lister les corrections apportées à la grille</translation>
      <extra-wk-built>a1b2b4c573c9</extra-wk-built>
    </message>
    <message>
      <source>list the modules (bundled and your own)</source>
      <translation>lister les modules (fournis et les vôtres)</translation>
      <extra-wk-built>d3e3626a3c97</extra-wk-built>
    </message>
    <message>
      <source>list the participants of a workshop with their badge status</source>
      <translation>lister les participants d'un atelier avec l'état de leur badge</translation>
      <extra-wk-built>d362f3175425</extra-wk-built>
    </message>
    <message>
      <source>list workshops</source>
      <translation>lister les ateliers</translation>
      <extra-wk-built>db7b9df4a745</extra-wk-built>
    </message>
    <message>
      <source>local</source>
      <translation>local</translation>
      <extra-wk-built>25bf8e1a2393</extra-wk-built>
    </message>
    <message>
      <source>login name</source>
      <translation>identifiant</translation>
      <extra-wk-built>4e7b31175a24</extra-wk-built>
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation>faire une sauvegarde vérifiée maintenant</translation>
      <extra-wk-built>5fc93c2ea508</extra-wk-built>
    </message>
    <message>
      <source>make, check and revoke certificates of attendance (certificates WORKSHOP -o DIR)</source>
      <translation>créer, vérifier et révoquer les attestations de participation (certificates ATELIER -o DOSSIER)</translation>
      <extra-wk-built>f7aa05d70752</extra-wk-built>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>créer, lister ou restaurer les sauvegardes du fichier de données</translation>
      <extra-wk-built>8e01a59a5074</extra-wk-built>
    </message>
    <message>
      <source>maximum points (default: the module's number of questions)</source>
      <translation>points maximum (par défaut : le nombre de questions du module)</translation>
      <extra-wk-built>3239d60b4c62</extra-wk-built>
    </message>
    <message>
      <source>men</source>
      <translation>hommes</translation>
      <extra-wk-built>2cd74c3541b0</extra-wk-built>
    </message>
    <message>
      <source>merge every bundle again, even those recorded as merged</source>
      <translation>fusionner de nouveau chaque paquet, même ceux déjà enregistrés comme fusionnés</translation>
      <extra-wk-built>0caef1f45f14</extra-wk-built>
    </message>
    <message>
      <source>merge two records of the same person (history kept)</source>
      <translation>fusionner deux fiches d'une même personne (historique conservé)</translation>
      <extra-wk-built>74d555768f51</extra-wk-built>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionné</translation>
      <extra-wk-built>76a05c25bf9b</extra-wk-built>
    </message>
    <message>
      <source>message id (or its first characters)</source>
      <translation>identifiant du message (ou ses premiers caractères)</translation>
      <extra-wk-built>ab628d624def</extra-wk-built>
    </message>
    <message>
      <source>messages and their status</source>
      <translation>messages et leur état</translation>
      <extra-wk-built>a5bed3374967</extra-wk-built>
    </message>
    <message>
      <source>missing</source>
      <translation>manquant</translation>
      <extra-wk-built>2223d201ddaf</extra-wk-built>
    </message>
    <message>
      <source>missing; add a list</source>
      <translation>manquant ; ajoutez une liste</translation>
      <extra-wk-built>68baa4b2b47f</extra-wk-built>
    </message>
    <message>
      <source>missing; add a non-empty text</source>
      <translation>manquant ; ajoutez un texte non vide</translation>
      <extra-wk-built>eeadf965559a</extra-wk-built>
    </message>
    <message>
      <source>missing; add a whole number of minutes</source>
      <translation>manquant ; ajoutez un nombre entier de minutes</translation>
      <extra-wk-built>291c9cb45b84</extra-wk-built>
    </message>
    <message>
      <source>missing; add the date the content was checked (YYYY-MM-DD)</source>
      <translation>manquant ; ajoutez la date de vérification du contenu (AAAA-MM-JJ)</translation>
      <extra-wk-built>6764cb1e2aa0</extra-wk-built>
    </message>
    <message>
      <source>missing; add the year (or "s.d.")</source>
      <translation>manquant ; ajoutez l'année (ou "s.d.")</translation>
      <extra-wk-built>043d737e74fa</extra-wk-built>
    </message>
    <message>
      <source>module                        people   pre %   post %   gain</source>
      <translation>module                        pers.    avant % après %  gain</translation>
      <extra-wk-built>5bd7ebc951b2</extra-wk-built>
    </message>
    <message>
      <source>module id, e.g. m04-protection</source>
      <translation>identifiant du module, ex. m04-protection</translation>
      <extra-wk-built>b1450745931e</extra-wk-built>
    </message>
    <message>
      <source>modules covered</source>
      <translation>modules suivis</translation>
      <extra-wk-built>2846003215f2</extra-wk-built>
    </message>
    <message>
      <source>must be a list (lines starting with '- ')</source>
      <translation>doit être une liste (lignes commençant par « - »)</translation>
      <extra-wk-built>5830d2330a5a</extra-wk-built>
    </message>
    <message>
      <source>must be a non-empty text</source>
      <translation>doit être un texte non vide</translation>
      <extra-wk-built>80fc4136cd4d</extra-wk-built>
    </message>
    <message>
      <source>must be a text</source>
      <translation>doit être un texte</translation>
      <extra-wk-built>d1b08c87850d</extra-wk-built>
    </message>
    <message>
      <source>must be more than 0</source>
      <translation>doit être supérieur à 0</translation>
      <extra-wk-built>35abe698a3f2</extra-wk-built>
    </message>
    <message>
      <source>must be true (a core session) or false (optional)</source>
      <translation>doit valoir true (séance essentielle) ou false (facultative)</translation>
      <extra-wk-built>614a4625ea9a</extra-wk-built>
    </message>
    <message>
      <source>name search</source>
      <translation>recherche par nom</translation>
      <extra-wk-built>8519f2178c9c</extra-wk-built>
    </message>
    <message>
      <source>new status; 'none' clears the cell</source>
      <translation>nouveau statut ; « none » vide la case</translation>
      <extra-wk-built>1b020c9aab31</extra-wk-built>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
      <extra-wk-built>bcee72e6df5d</extra-wk-built>
    </message>
    <message>
      <source>no badge</source>
      <translation>pas de badge</translation>
      <extra-wk-built>1117957752dc</extra-wk-built>
    </message>
    <message>
      <source>no certificate file; generate the certificates first</source>
      <translation>pas de fichier d'attestation ; créez d'abord les attestations</translation>
      <extra-wk-built>0ef4a8d81b73</extra-wk-built>
    </message>
    <message>
      <source>no consent to e-mail</source>
      <translation>pas de consentement aux courriels</translation>
      <extra-wk-built>71d75c0e308e</extra-wk-built>
    </message>
    <message>
      <source>no e-mail address</source>
      <translation>pas d'adresse électronique</translation>
      <extra-wk-built>32cbd8355b66</extra-wk-built>
    </message>
    <message>
      <source>no fr.md: every module needs its French file</source>
      <translation>pas de fr.md : chaque module doit avoir son fichier français</translation>
      <extra-wk-built>a08c5f00286e</extra-wk-built>
    </message>
    <message>
      <source>no front matter: the file must start with a line '---', the YAML fields, then '---'</source>
      <translation>pas d'en-tête : le fichier doit commencer par une ligne « --- », les champs YAML, puis « --- »</translation>
      <extra-wk-built>16168a74b4c1</extra-wk-built>
    </message>
    <message>
      <source>no platform plugin</source>
      <translation>aucun greffon de plateforme</translation>
      <extra-wk-built>cf224b208429</extra-wk-built>
    </message>
    <message>
      <source>no session</source>
      <translation>aucune séance</translation>
      <extra-wk-built>bff9c352a94d</extra-wk-built>
    </message>
    <message>
      <source>no session counted yet</source>
      <translation>aucune séance comptée pour l'instant</translation>
      <extra-wk-built>1c99234bd3a9</extra-wk-built>
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation>pas une base SQLite</translation>
      <extra-wk-built>0207717442e0</extra-wk-built>
    </message>
    <message>
      <source>not installed</source>
      <translation>non installé</translation>
      <extra-wk-built>d660ce832b6b</extra-wk-built>
    </message>
    <message>
      <source>not recorded</source>
      <translation>non renseigné</translation>
      <extra-wk-built>2261ca01a5aa</extra-wk-built>
    </message>
    <message>
      <source>not translated: {lang}</source>
      <translation>non traduit : {lang}</translation>
      <extra-wk-built>6bc58fdb4ab5</extra-wk-built>
    </message>
    <message>
      <source>note: invisible control characters were removed from {field} (they cannot be printed).</source>
      <translation>remarque : des caractères de contrôle invisibles ont été retirés de {field} (ils ne peuvent pas être imprimés).</translation>
      <extra-wk-built>5bb09cfc811b</extra-wk-built>
    </message>
    <message>
      <source>notes</source>
      <translation>notes</translation>
      <extra-wk-built>ab5aa97074c4</extra-wk-built>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>nombre de jours (1 par défaut)</translation>
      <extra-wk-built>96817740d00e</extra-wk-built>
    </message>
    <message>
      <source>only names, organisations, cities, phones or e-mails containing TEXT</source>
      <translation>seulement les noms, organisations, villes, téléphones ou e-mails contenant TEXTE</translation>
      <extra-wk-built>cbad2f14806c</extra-wk-built>
    </message>
    <message>
      <source>only participants who meet the attendance rule (default)</source>
      <translation>seulement les participant·es qui remplissent la règle d'assiduité (par défaut)</translation>
      <extra-wk-built>a1fa971968db</extra-wk-built>
    </message>
    <message>
      <source>only the cards and sheets to print and cut out (role cards, case cards, personas)</source>
      <translation>seulement les cartes et fiches à imprimer et découper (cartes de rôle, cartes-cas, personas)</translation>
      <extra-wk-built>d24ae5e9f086</extra-wk-built>
    </message>
    <message>
      <source>only this language (default: all)</source>
      <translation>seulement cette langue (par défaut : toutes)</translation>
      <extra-wk-built>a99832a21b62</extra-wk-built>
    </message>
    <message>
      <source>only this participant (repeatable)</source>
      <translation>seulement ce participant (répétable)</translation>
      <extra-wk-built>b35d0cb03328</extra-wk-built>
    </message>
    <message>
      <source>only this workshop</source>
      <translation>seulement cet atelier</translation>
      <extra-wk-built>b48b3e39ca5f</extra-wk-built>
    </message>
    <message>
      <source>only when there is no workshop yet</source>
      <translation>seulement s'il n'y a encore aucun atelier</translation>
      <extra-wk-built>f95d6cec2c90</extra-wk-built>
    </message>
    <message>
      <source>open a password-protected file (a bundle or a personal data export)</source>
      <translation>ouvrir un fichier protégé par mot de passe (un paquet ou un export de données personnelles)</translation>
      <extra-wk-built>184a6712eed4</extra-wk-built>
    </message>
    <message>
      <source>optional</source>
      <translation>facultative</translation>
      <extra-wk-built>23af1a2adb0c</extra-wk-built>
    </message>
    <message>
      <source>organisation</source>
      <translation>organisation</translation>
      <extra-wk-built>d9019ff220a4</extra-wk-built>
    </message>
    <message>
      <source>organisation's logo (Settings)</source>
      <translation>logo de l'organisation (Paramètres)</translation>
      <extra-wk-built>4eb7dec570ce</extra-wk-built>
    </message>
    <message>
      <source>organisation's name (Settings)</source>
      <translation>nom de l'organisation (Paramètres)</translation>
      <extra-wk-built>58932eb515c5</extra-wk-built>
    </message>
    <message>
      <source>organisations</source>
      <translation>organisations</translation>
      <extra-wk-built>4471bc3dace3</extra-wk-built>
    </message>
    <message>
      <source>other</source>
      <translation>autre</translation>
      <extra-wk-built>e996f291499e</extra-wk-built>
    </message>
    <message>
      <source>other African</source>
      <translation>autre africain(e)</translation>
      <extra-wk-built>68e59ddfa88e</extra-wk-built>
    </message>
    <message>
      <source>participant handouts would print what looks like an answer, a debrief key or a role-play card; open its paragraph with an answer-key label, put it under a 'Pour le formateur' heading, or move it to facilitator_notes</source>
      <translation>les documents des participants imprimeraient ce qui ressemble à une réponse, à des éléments de débriefing ou à une carte de rôle ; ouvrez ce paragraphe par une étiquette de corrigé, placez-le sous un titre commençant par « Pour le formateur », ou déplacez-le dans facilitator_notes</translation>
      <extra-wk-built>27ca36e9e059</extra-wk-built>
    </message>
    <message>
      <source>participant id</source>
      <translation>identifiant du participant</translation>
      <extra-wk-built>6b201f242d93</extra-wk-built>
    </message>
    <message>
      <source>participant id (or its first characters)</source>
      <translation>identifiant du participant (ou ses premiers caractères)</translation>
      <extra-wk-built>49780073811c</extra-wk-built>
    </message>
    <message>
      <source>participant's name in Arabic script</source>
      <translation>nom du/de la participant·e en écriture arabe</translation>
      <extra-wk-built>9413faf39bbd</extra-wk-built>
    </message>
    <message>
      <source>participant's name in Latin script</source>
      <translation>nom du/de la participant·e en écriture latine</translation>
      <extra-wk-built>f23569f159a9</extra-wk-built>
    </message>
    <message>
      <source>participant's name in the certificate's language (the other script if missing)</source>
      <translation>nom du/de la participant·e dans la langue de l'attestation (l'autre écriture s'il manque)</translation>
      <extra-wk-built>efa73382e37d</extra-wk-built>
    </message>
    <message>
      <source>participants</source>
      <translation>participants</translation>
      <extra-wk-built>34ef94a0ea33</extra-wk-built>
    </message>
    <message>
      <source>partner organisation</source>
      <translation>organisation partenaire</translation>
      <extra-wk-built>390a65311339</extra-wk-built>
    </message>
    <message>
      <source>personal data erased</source>
      <translation>données personnelles effacées</translation>
      <extra-wk-built>18a335590196</extra-wk-built>
    </message>
    <message>
      <source>phone number</source>
      <translation>numéro de téléphone</translation>
      <extra-wk-built>39377602e606</extra-wk-built>
    </message>
    <message>
      <source>photo or scan of the QR code</source>
      <translation>photo ou scan du code QR</translation>
      <extra-wk-built>981e7668b111</extra-wk-built>
    </message>
    <message>
      <source>place every session of this module on the next free times and save (repeatable)</source>
      <translation>placer toutes les séances de ce module aux prochains créneaux libres et enregistrer (répétable)</translation>
      <extra-wk-built>17c283a76ed1</extra-wk-built>
    </message>
    <message>
      <source>points after the module</source>
      <translation>points après le module</translation>
      <extra-wk-built>1eaeb9eb5aa0</extra-wk-built>
    </message>
    <message>
      <source>points before the module</source>
      <translation>points avant le module</translation>
      <extra-wk-built>f4c11f5475b2</extra-wk-built>
    </message>
    <message>
      <source>present</source>
      <translation>présent</translation>
      <extra-wk-built>81345a262e59</extra-wk-built>
    </message>
    <message>
      <source>print JSON</source>
      <translation>afficher en JSON</translation>
      <extra-wk-built>8fefa5cecff5</extra-wk-built>
    </message>
    <message>
      <source>print badges (Word, PNG), revoke or re-issue one</source>
      <translation>imprimer les badges (Word, PNG), en révoquer ou en rééditer un</translation>
      <extra-wk-built>5f9f147ff4ed</extra-wk-built>
    </message>
    <message>
      <source>process {pid}</source>
      <translation>processus {pid}</translation>
      <extra-wk-built>365126f98ac0</extra-wk-built>
    </message>
    <message>
      <source>programme dashboard over all workshops: reach, disaggregation, attendance, certificates, knowledge gain (anonymised)</source>
      <translation>tableau de bord du programme sur tous les ateliers : personnes touchées, ventilation, présence, attestations, gain de connaissances (anonymisé)</translation>
      <extra-wk-built>44ccdfa3cb24</extra-wk-built>
    </message>
    <message>
      <source>programme name (Al Wassit)</source>
      <translation>nom du programme (Al Wassit)</translation>
      <extra-wk-built>d3a28d78450a</extra-wk-built>
    </message>
    <message>
      <source>protect the bundle with a password (asked, or WORKSHOP_KIT_FILE_PASSWORD)</source>
      <translation>protéger le paquet par un mot de passe (demandé, ou WORKSHOP_KIT_FILE_PASSWORD)</translation>
      <extra-wk-built>c526afe09142</extra-wk-built>
    </message>
    <message>
      <source>protect the document with a password for the way to the person (asked, or WORKSHOP_KIT_FILE_PASSWORD); open it with: workshop-kit unseal FILE</source>
      <translation>protéger le document par un mot de passe pendant son trajet jusqu'à la personne (demandé, ou WORKSHOP_KIT_FILE_PASSWORD) ; l'ouvrir avec : workshop-kit unseal FICHIER</translation>
      <extra-wk-built>d70341858f16</extra-wk-built>
    </message>
    <message>
      <source>public key file</source>
      <translation>fichier de clé publique</translation>
      <extra-wk-built>f2457d07a218</extra-wk-built>
    </message>
    <message>
      <source>public key file exported by that organisation</source>
      <translation>fichier de clé publique exporté par cette organisation</translation>
      <extra-wk-built>e6c5f4ff8420</extra-wk-built>
    </message>
    <message>
      <source>queue the certificates in the outbox (send with: workshop-kit outbox send)</source>
      <translation>mettre les attestations dans la boîte d'envoi (envoyer avec : workshop-kit outbox send)</translation>
      <extra-wk-built>745c41022af7</extra-wk-built>
    </message>
    <message>
      <source>queue the certificates of a workshop for e-mail</source>
      <translation>préparer l'envoi par courriel des attestations d'un atelier</translation>
      <extra-wk-built>165853a09200</extra-wk-built>
    </message>
    <message>
      <source>queued</source>
      <translation>en attente</translation>
      <extra-wk-built>06e4f05177f0</extra-wk-built>
    </message>
    <message>
      <source>quiz scores</source>
      <translation>scores des tests</translation>
      <extra-wk-built>a386a389d6e7</extra-wk-built>
    </message>
    <message>
      <source>re-encrypt everything under a new passphrase (needs the current one)</source>
      <translation>chiffrer à nouveau le tout avec une nouvelle phrase secrète (demande l'actuelle)</translation>
      <extra-wk-built>61f79cec383d</extra-wk-built>
    </message>
    <message>
      <source>read that password from standard input</source>
      <translation>lire ce mot de passe sur l'entrée standard</translation>
      <extra-wk-built>06c9dd17ea86</extra-wk-built>
    </message>
    <message>
      <source>read the QR code from a photo or screenshot of a badge</source>
      <translation>lire le code QR sur une photo ou une capture d'écran d'un badge</translation>
      <extra-wk-built>36b185ff46df</extra-wk-built>
    </message>
    <message>
      <source>read the SMTP password from standard input</source>
      <translation>lire le mot de passe SMTP sur l'entrée standard</translation>
      <extra-wk-built>e1ccb01b7af9</extra-wk-built>
    </message>
    <message>
      <source>read the new passphrase from standard input (else asked twice)</source>
      <translation>lire la nouvelle phrase secrète sur l'entrée standard (sinon demandée deux fois)</translation>
      <extra-wk-built>a796c68c1701</extra-wk-built>
    </message>
    <message>
      <source>read the new passphrase from standard input (else {env}, else asked twice)</source>
      <translation>lire la nouvelle phrase secrète sur l'entrée standard (sinon {env}, sinon demandée deux fois)</translation>
      <extra-wk-built>a02443f04685</extra-wk-built>
    </message>
    <message>
      <source>read the password from standard input</source>
      <translation>lire le mot de passe sur l'entrée standard</translation>
      <extra-wk-built>f5eeb6598857</extra-wk-built>
    </message>
    <message>
      <source>read the password from standard input and keep it in the system keyring</source>
      <translation>lire le mot de passe sur l'entrée standard et le garder dans le trousseau du système</translation>
      <extra-wk-built>475ea790bed9</extra-wk-built>
    </message>
    <message>
      <source>read the password of protected bundles from standard input (else WORKSHOP_KIT_FILE_PASSWORD, else asked)</source>
      <translation>lire le mot de passe des paquets protégés sur l'entrée standard (sinon WORKSHOP_KIT_FILE_PASSWORD, sinon demandé)</translation>
      <extra-wk-built>d0973bb23a12</extra-wk-built>
    </message>
    <message>
      <source>reason recorded with --revoke/--reissue (default: lost)</source>
      <translation>motif enregistré avec --revoke/--reissue (par défaut : lost)</translation>
      <extra-wk-built>6353477fb20e</extra-wk-built>
    </message>
    <message>
      <source>record a participant's pre/post test score</source>
      <translation>enregistrer le score avant/après d'un participant</translation>
      <extra-wk-built>007096829e23</extra-wk-built>
    </message>
    <message>
      <source>record an arrival from a badge token, a short code or a photo</source>
      <translation>enregistrer une arrivée à partir d'un jeton de badge, d'un code court ou d'une photo</translation>
      <extra-wk-built>a71ee52d1e75</extra-wk-built>
    </message>
    <message>
      <source>record an uncertain message as received (never sent again)</source>
      <translation>enregistrer un message incertain comme reçu (jamais renvoyé)</translation>
      <extra-wk-built>729420584296</extra-wk-built>
    </message>
    <message>
      <source>refused</source>
      <translation>refusé</translation>
      <extra-wk-built>2c4f0b7aa13b</extra-wk-built>
    </message>
    <message>
      <source>register a participant (and enrol them in a workshop)</source>
      <translation>enregistrer un participant (et l'inscrire à un atelier)</translation>
      <extra-wk-built>7f15aa3633bb</extra-wk-built>
    </message>
    <message>
      <source>register, import, find duplicates and erase participants</source>
      <translation>enregistrer, importer, dédoublonner et effacer des participants</translation>
      <extra-wk-built>f61ca097b531</extra-wk-built>
    </message>
    <message>
      <source>remember that two records are different people</source>
      <translation>retenir que deux fiches sont des personnes différentes</translation>
      <extra-wk-built>8a15f87e6957</extra-wk-built>
    </message>
    <message>
      <source>remember the folder where bundles arrive</source>
      <translation>retenir le dossier où arrivent les paquets</translation>
      <extra-wk-built>54bfc6592069</extra-wk-built>
    </message>
    <message>
      <source>remove one of your own (local) modules</source>
      <translation>supprimer un de vos modules (locaux)</translation>
      <extra-wk-built>349c4c375d0a</extra-wk-built>
    </message>
    <message>
      <source>replace a local module with the same id</source>
      <translation>remplacer un module local de même identifiant</translation>
      <extra-wk-built>13f1bfa3f27e</extra-wk-built>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>remplacer le fichier de données par une sauvegarde (la plus récente saine par défaut)</translation>
      <extra-wk-built>61d2054d5c90</extra-wk-built>
    </message>
    <message>
      <source>retention period in months (default: from Settings)</source>
      <translation>durée de conservation en mois (par défaut : celle des Réglages)</translation>
      <extra-wk-built>0994e78f33e2</extra-wk-built>
    </message>
    <message>
      <source>revoke a certificate</source>
      <translation>révoquer une attestation</translation>
      <extra-wk-built>484ffa87a70a</extra-wk-built>
    </message>
    <message>
      <source>revoke this participant's badge (lost badge)</source>
      <translation>révoquer le badge de ce participant (badge perdu)</translation>
      <extra-wk-built>4f60b4495dd5</extra-wk-built>
    </message>
    <message>
      <source>revoke this participant's badge and issue a new one</source>
      <translation>révoquer le badge de ce participant et en émettre un nouveau</translation>
      <extra-wk-built>d89bf0df72d0</extra-wk-built>
    </message>
    <message>
      <source>role or function</source>
      <translation>rôle ou fonction</translation>
      <extra-wk-built>6d75dcbdedd7</extra-wk-built>
    </message>
    <message>
      <source>row {row} has the phone of participant {id} under another name: both kept; check them with participants duplicates.</source>
      <translation>ligne {row} : même téléphone que le participant {id} sous un autre nom : les deux sont gardés ; vérifiez-les avec participants duplicates.</translation>
      <extra-wk-built>578a14138c04</extra-wk-built>
    </message>
    <message>
      <source>row {row} has the same phone as row {earlier} under another name: both kept; check them with participants duplicates.</source>
      <translation>ligne {row} : même téléphone que la ligne {earlier} sous un autre nom : les deux sont gardées ; vérifiez-les avec participants duplicates.</translation>
      <extra-wk-built>d808e8c498c7</extra-wk-built>
    </message>
    <message>
      <source>row {row} repeats row {earlier} of this file (not created twice).</source>
      <translation>ligne {row} : répète la ligne {earlier} de ce fichier (pas créée deux fois).</translation>
      <extra-wk-built>fbfa5d61852e</extra-wk-built>
    </message>
    <message>
      <source>row {row}, column {column} left empty: {message}</source>
      <translation>ligne {row}, colonne {column} laissée vide : {message}</translation>
      <extra-wk-built>e391002f3eef</extra-wk-built>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>ligne {row}, colonne {column} : {message}</translation>
      <extra-wk-built>dbe30287e5ae</extra-wk-built>
    </message>
    <message>
      <source>says '{declared}' but the file is {file}; they must match</source>
      <translation>indique « {declared} » mais le fichier est {file} ; ils doivent correspondre</translation>
      <extra-wk-built>60476966b407</extra-wk-built>
    </message>
    <message>
      <source>scan this folder instead of the remembered one</source>
      <translation>analyser ce dossier au lieu de celui retenu</translation>
      <extra-wk-built>1a9254311697</extra-wk-built>
    </message>
    <message>
      <source>scanned QR text, short code (ABCD-EFGH) or certificate number</source>
      <translation>texte du QR scanné, code court (ABCD-EFGH) ou numéro d'attestation</translation>
      <extra-wk-built>5d98a7ef4070</extra-wk-built>
    </message>
    <message>
      <source>scans</source>
      <translation>passages</translation>
      <extra-wk-built>10dc3882c76a</extra-wk-built>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>schéma {version} ; sera mis à niveau vers {latest} (une sauvegarde est faite d'abord)</translation>
      <extra-wk-built>1aac3d827e5e</extra-wk-built>
    </message>
    <message>
      <source>search every module and language</source>
      <translation>chercher dans tous les modules et toutes les langues</translation>
      <extra-wk-built>ee6561a08a93</extra-wk-built>
    </message>
    <message>
      <source>send a failed or uncertain message again</source>
      <translation>renvoyer un message en échec ou incertain</translation>
      <extra-wk-built>f52a5a92fbdd</extra-wk-built>
    </message>
    <message>
      <source>send queued messages through the SMTP server</source>
      <translation>envoyer les messages en attente par le serveur SMTP</translation>
      <extra-wk-built>28f8e4bd60a8</extra-wk-built>
    </message>
    <message>
      <source>sender address</source>
      <translation>adresse de l'expéditeur</translation>
      <extra-wk-built>2f05c8983018</extra-wk-built>
    </message>
    <message>
      <source>sender name (default: the organisation)</source>
      <translation>nom de l'expéditeur (par défaut : l'organisation)</translation>
      <extra-wk-built>1b290cc8a788</extra-wk-built>
    </message>
    <message>
      <source>sending</source>
      <translation>envoi en cours</translation>
      <extra-wk-built>38f796fe6bff</extra-wk-built>
    </message>
    <message>
      <source>sent</source>
      <translation>envoyé</translation>
      <extra-wk-built>fe06d165f119</extra-wk-built>
    </message>
    <message>
      <source>session number</source>
      <translation>numéro de séance</translation>
      <extra-wk-built>8353b987fa5d</extra-wk-built>
    </message>
    <message>
      <source>session number (default: the session running now, by the clock)</source>
      <translation>numéro de séance (par défaut : la séance en cours selon l'horloge)</translation>
      <extra-wk-built>0c9a1f83c153</extra-wk-built>
    </message>
    <message>
      <source>session {n}</source>
      <translation>séance {n}</translation>
      <extra-wk-built>7e5e66221685</extra-wk-built>
    </message>
    <message>
      <source>session {n}: {name} — kept {kept} ({kdev}), other {other} ({odev})</source>
      <translation>séance {n} : {name} — conservé {kept} ({kdev}), autre {other} ({odev})</translation>
      <extra-wk-built>2f5adbcf342e</extra-wk-built>
    </message>
    <message>
      <source>sessions</source>
      <translation>séances</translation>
      <extra-wk-built>ff9b38e44e4a</extra-wk-built>
    </message>
    <message>
      <source>sessions attended</source>
      <translation>séances suivies</translation>
      <extra-wk-built>fd1bec329892</extra-wk-built>
    </message>
    <message>
      <source>sessions counted</source>
      <translation>séances comptées</translation>
      <extra-wk-built>6a5a8987f1f9</extra-wk-built>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>séances par jour (2 par défaut)</translation>
      <extra-wk-built>ef165a22af50</extra-wk-built>
    </message>
    <message>
      <source>short verification code to type in</source>
      <translation>code de vérification court à taper</translation>
      <extra-wk-built>e227e8f1a7db</extra-wk-built>
    </message>
    <message>
      <source>show a module's plan: sessions, activities, timings</source>
      <translation>afficher le plan d'un module : séances, activités, durées</translation>
      <extra-wk-built>bf3d874286f9</extra-wk-built>
    </message>
    <message>
      <source>show a participant and their workshops</source>
      <translation>afficher un participant et ses ateliers</translation>
      <extra-wk-built>cef56405715b</extra-wk-built>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>afficher un atelier et ses séances</translation>
      <extra-wk-built>ae4adfbe3771</extra-wk-built>
    </message>
    <message>
      <source>show or set the SMTP server</source>
      <translation>afficher ou définir le serveur SMTP</translation>
      <extra-wk-built>642f3bb6fd0a</extra-wk-built>
    </message>
    <message>
      <source>show the attendance grid with totals and eligibility</source>
      <translation>afficher la grille de présence avec les totaux et l'éligibilité</translation>
      <extra-wk-built>c14167490ad1</extra-wk-built>
    </message>
    <message>
      <source>show the inbox folder</source>
      <translation>afficher le dossier de dépôt</translation>
      <extra-wk-built>22dfa7b5732f</extra-wk-built>
    </message>
    <message>
      <source>show, plan and export a workshop's agenda</source>
      <translation>afficher, planifier et exporter le programme d'un atelier</translation>
      <extra-wk-built>b4796c87dfbc</extra-wk-built>
    </message>
    <message>
      <source>sign-in sheet of this session only</source>
      <translation>feuille d'émargement de cette séance seulement</translation>
      <extra-wk-built>c5f70aa5e453</extra-wk-built>
    </message>
    <message>
      <source>signed bundles to merge data between laptops</source>
      <translation>paquets signés pour fusionner les données entre ordinateurs</translation>
      <extra-wk-built>efc3ba489ff4</extra-wk-built>
    </message>
    <message>
      <source>still arriving</source>
      <translation>en cours d'arrivée</translation>
      <extra-wk-built>41bff81386b1</extra-wk-built>
    </message>
    <message>
      <source>take back the last check-in made on this laptop</source>
      <translation>annuler le dernier enregistrement fait sur cet ordinateur</translation>
      <extra-wk-built>ce101addab8e</extra-wk-built>
    </message>
    <message>
      <source>text encoding of a CSV file (default: detected), e.g. cp1256</source>
      <translation>encodage d'un fichier CSV (par défaut : détecté), par ex. cp1256</translation>
      <extra-wk-built>d8b72be4af25</extra-wk-built>
    </message>
    <message>
      <source>the .docx to write (default: in the current folder)</source>
      <translation>le .docx à écrire (par défaut : dans le dossier courant)</translation>
      <extra-wk-built>7b56dab34e1c</extra-wk-built>
    </message>
    <message>
      <source>the answer key with explanations</source>
      <translation>le corrigé avec les explications</translation>
      <extra-wk-built>cd5fae34698b</extra-wk-built>
    </message>
    <message>
      <source>the certificate could not be made: {detail}</source>
      <translation>l'attestation n'a pas pu être créée : {detail}</translation>
      <extra-wk-built>62f542ccdac1</extra-wk-built>
    </message>
    <message>
      <source>the coordinator's inbox folder of bundles</source>
      <translation>le dossier de dépôt des paquets du coordinateur</translation>
      <extra-wk-built>2532c163bd8b</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>the correct answer is clearly the longest choice in {k} of %n question(s) ({which}); give the choices a similar length, with wrong answers taken from common misconceptions</source>
      <translation>
        <numerusform>la bonne réponse est nettement le choix le plus long dans {k} question sur %n ({which}) ; donnez aux choix une longueur proche et tirez les mauvaises réponses d'idées reçues courantes</numerusform>
        <numerusform>la bonne réponse est nettement le choix le plus long dans {k} questions sur %n ({which}) ; donnez aux choix une longueur proche et tirez les mauvaises réponses d'idées reçues courantes</numerusform>
      </translation>
      <extra-wk-built>32e270f8c1e0</extra-wk-built>
    </message>
    <message>
      <source>the front matter expands to more than {max} values (anchors and aliases repeated within each other); write the values out</source>
      <translation>l'en-tête se développe en plus de {max} valeurs (ancres et alias répétés les uns dans les autres) ; écrivez les valeurs en entier</translation>
      <extra-wk-built>c7d6c10dc4a6</extra-wk-built>
    </message>
    <message>
      <source>the front matter is not valid YAML: look at line {start} ({context}), where the problem begins; the parser gave up on line {line}: {detail}</source>
      <translation>l'en-tête n'est pas du YAML valide : regardez la ligne {start} ({context}), où commence le problème ; l'analyseur s'est arrêté à la ligne {line} : {detail}</translation>
      <extra-wk-built>e2de2bb50351</extra-wk-built>
    </message>
    <message>
      <source>the front matter is not valid YAML: {detail}</source>
      <translation>l'en-tête n'est pas du YAML valide : {detail}</translation>
      <extra-wk-built>ce3d8f764432</extra-wk-built>
    </message>
    <message>
      <source>the front matter must be a set of 'field: value' lines</source>
      <translation>l'en-tête doit être une suite de lignes « champ: valeur »</translation>
      <extra-wk-built>73214d2a902b</extra-wk-built>
    </message>
    <message>
      <source>the inbox folder ('' to forget it)</source>
      <translation>le dossier de dépôt ('' pour l'oublier)</translation>
      <extra-wk-built>1b46d37b0dd5</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>the name is too long to go in the certificate's QR code (%n character(s)); shorten it in the participant's record</source>
      <translation>
        <numerusform>le nom est trop long pour tenir dans le QR code de l'attestation (%n caractère) ; raccourcissez-le dans la fiche du participant</numerusform>
        <numerusform>le nom est trop long pour tenir dans le QR code de l'attestation (%n caractères) ; raccourcissez-le dans la fiche du participant</numerusform>
      </translation>
      <extra-wk-built>d72610a68277</extra-wk-built>
    </message>
    <message>
      <source>the participant accepts photos</source>
      <translation>le participant accepte les photos</translation>
      <extra-wk-built>f66a2ffa8c25</extra-wk-built>
    </message>
    <message>
      <source>the participant accepts the certificate by e-mail</source>
      <translation>le participant accepte l'attestation par e-mail</translation>
      <extra-wk-built>8858cbfd24a3</extra-wk-built>
    </message>
    <message>
      <source>the participant consents to the use of their data (required)</source>
      <translation>le participant consent à l'utilisation de ses données (obligatoire)</translation>
      <extra-wk-built>bd0c3cabd056</extra-wk-built>
    </message>
    <message>
      <source>the protected file</source>
      <translation>le fichier protégé</translation>
      <extra-wk-built>694ff08a0400</extra-wk-built>
    </message>
    <message>
      <source>the same choice appears twice</source>
      <translation>le même choix apparaît deux fois</translation>
      <extra-wk-built>555e6a4a626a</extra-wk-built>
    </message>
    <message>
      <source>the title on Arabic documents (empty: the title)</source>
      <translation>le titre sur les documents en arabe (vide : le titre)</translation>
      <extra-wk-built>7304d27c9b0f</extra-wk-built>
    </message>
    <message>
      <source>the trainer's name on Arabic documents (empty: the trainer's name)</source>
      <translation>le nom de la personne qui forme sur les documents en arabe (vide : le nom en français)</translation>
      <extra-wk-built>21097b6387ef</extra-wk-built>
    </message>
    <message>
      <source>the trainer's version (steps, facilitator notes, answer key); default: participants'</source>
      <translation>la version formateur (étapes, notes pour l'animateur, corrigé) ; par défaut : celle des participants</translation>
      <extra-wk-built>20912b5da6c3</extra-wk-built>
    </message>
    <message>
      <source>the venue on Arabic documents (empty: the venue)</source>
      <translation>le lieu sur les documents en arabe (vide : le lieu)</translation>
      <extra-wk-built>d0a7062cb2b8</extra-wk-built>
    </message>
    <message>
      <source>trainer's name</source>
      <translation>nom du formateur ou de la formatrice</translation>
      <extra-wk-built>ba492ba3b2de</extra-wk-built>
    </message>
    <message>
      <source>trainer's signature image</source>
      <translation>image de la signature du/de la formateur·rice</translation>
      <extra-wk-built>8c1a72c89319</extra-wk-built>
    </message>
    <message>
      <source>trainer's signature picture (PNG or JPEG)</source>
      <translation>image de la signature du/de la formateur·rice (PNG ou JPEG)</translation>
      <extra-wk-built>e9e549d4fde0</extra-wk-built>
    </message>
    <message>
      <source>training modules: read, check, search, print, plan</source>
      <translation>modules de formation : lire, vérifier, chercher, imprimer, planifier</translation>
      <extra-wk-built>40c47adb330a</extra-wk-built>
    </message>
    <message>
      <source>trust another laptop's public key file (keys/organisation.pub)</source>
      <translation>faire confiance au fichier de clé publique d'un autre ordinateur (keys/organisation.pub)</translation>
      <extra-wk-built>2447befef73b</extra-wk-built>
    </message>
    <message>
      <source>trust another organisation's public key</source>
      <translation>reconnaître la clé publique d'une autre organisation</translation>
      <extra-wk-built>047094bd9323</extra-wk-built>
    </message>
    <message>
      <source>trust this signer's key (as a refused bundle names it) and merge its bundles</source>
      <translation>faire confiance à la clé de ce signataire (telle qu'un paquet refusé la nomme) et fusionner ses paquets</translation>
      <extra-wk-built>f2361e4d210a</extra-wk-built>
    </message>
    <message>
      <source>uncertain</source>
      <translation>incertain</translation>
      <extra-wk-built>65df4a6f5e15</extra-wk-built>
    </message>
    <message>
      <source>under 18</source>
      <translation>moins de 18 ans</translation>
      <extra-wk-built>073715e50c3d</extra-wk-built>
    </message>
    <message>
      <source>unknown language '{lang}' in the file name; name the file fr.md, ar.md or en.md</source>
      <translation>langue inconnue « {lang} » dans le nom du fichier ; nommez-le fr.md, ar.md ou en.md</translation>
      <extra-wk-built>ab0d1ff8c2bc</extra-wk-built>
    </message>
    <message>
      <source>venue</source>
      <translation>lieu</translation>
      <extra-wk-built>064768b9e1a5</extra-wk-built>
    </message>
    <message>
      <source>venue and city</source>
      <translation>lieu et ville</translation>
      <extra-wk-built>a48fbf9bd525</extra-wk-built>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>avertissement : {text}</translation>
      <extra-wk-built>7d78decc44c1</extra-wk-built>
    </message>
    <message>
      <source>where to write the opened file (default: beside it, under its original name)</source>
      <translation>où écrire le fichier ouvert (par défaut : à côté, sous son nom d'origine)</translation>
      <extra-wk-built>dce0baa628ff</extra-wk-built>
    </message>
    <message>
      <source>who recorded the consent</source>
      <translation>qui a recueilli le consentement</translation>
      <extra-wk-built>350d58acd80b</extra-wk-built>
    </message>
    <message>
      <source>why (kept in the database)</source>
      <translation>pourquoi (gardé dans la base)</translation>
      <extra-wk-built>2c2c79295661</extra-wk-built>
    </message>
    <message>
      <source>with --add: only the core sessions, leaving the optional ones out (the 4-day path)</source>
      <translation>avec --add : seulement les séances essentielles, sans les facultatives (le parcours de 4 jours)</translation>
      <extra-wk-built>55f4907e67ae</extra-wk-built>
    </message>
    <message>
      <source>women</source>
      <translation>femmes</translation>
      <extra-wk-built>dd2cd697985f</extra-wk-built>
    </message>
    <message>
      <source>words to find (accents and harakat optional)</source>
      <translation>mots à chercher (accents et harakat facultatifs)</translation>
      <extra-wk-built>5e073573a9c3</extra-wk-built>
    </message>
    <message>
      <source>workshop dates, written out</source>
      <translation>dates de l'atelier, en toutes lettres</translation>
      <extra-wk-built>6226d6d7a62f</extra-wk-built>
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation>identifiant de l'atelier (ou ses premiers caractères)</translation>
      <extra-wk-built>952d9c575c74</extra-wk-built>
    </message>
    <message>
      <source>workshop id (or its first characters) or exact title</source>
      <translation>identifiant de l'atelier (ou ses premiers caractères) ou titre exact</translation>
      <extra-wk-built>77460451ceaa</extra-wk-built>
    </message>
    <message>
      <source>workshop title</source>
      <translation>titre de l'atelier</translation>
      <extra-wk-built>cc7d4e9ec47f</extra-wk-built>
    </message>
    <message>
      <source>workshops</source>
      <translation>ateliers</translation>
      <extra-wk-built>6db21223c0a6</extra-wk-built>
    </message>
    <message>
      <source>workshops held in this city</source>
      <translation>ateliers tenus dans cette ville</translation>
      <extra-wk-built>1a9f1039efa1</extra-wk-built>
    </message>
    <message>
      <source>workshops of this partner organisation</source>
      <translation>ateliers de cette organisation partenaire</translation>
      <extra-wk-built>17867f3f2fa6</extra-wk-built>
    </message>
    <message>
      <source>workshops starting on or after DATE (YYYY-MM-DD)</source>
      <translation>ateliers commençant le DATE ou après (AAAA-MM-JJ)</translation>
      <extra-wk-built>b51154a8d8ed</extra-wk-built>
    </message>
    <message>
      <source>workshops starting on or before DATE (YYYY-MM-DD)</source>
      <translation>ateliers commençant le DATE ou avant (AAAA-MM-JJ)</translation>
      <extra-wk-built>7f9c742c7bec</extra-wk-built>
    </message>
    <message>
      <source>workshops that teach this module (curriculum id)</source>
      <translation>ateliers qui enseignent ce module (identifiant du programme de formation)</translation>
      <extra-wk-built>2ac88cb87967</extra-wk-built>
    </message>
    <message>
      <source>write a printable Word sheet of badge cards</source>
      <translation>écrire une planche Word imprimable de badges</translation>
      <extra-wk-built>98c484080ec0</extra-wk-built>
    </message>
    <message>
      <source>write a signed bundle of a workshop</source>
      <translation>écrire un paquet signé d'un atelier</translation>
      <extra-wk-built>dfee406f7689</extra-wk-built>
    </message>
    <message>
      <source>write everything held about one participant to a Word document</source>
      <translation>écrire tout ce qui est conservé sur un participant dans un document Word</translation>
      <extra-wk-built>302317a12686</extra-wk-built>
    </message>
    <message>
      <source>write one PNG badge per participant into DIR</source>
      <translation>écrire un badge PNG par participant dans DOSSIER</translation>
      <extra-wk-built>f2ef316840e0</extra-wk-built>
    </message>
    <message>
      <source>write the dashboard: .xlsx (tables and charts), .docx or .pdf (one-page summary)</source>
      <translation>écrire le tableau de bord : .xlsx (tableaux et graphiques), .docx ou .pdf (synthèse d'une page)</translation>
      <extra-wk-built>b9801e0d85ae</extra-wk-built>
    </message>
    <message>
      <source>write the report as .xlsx (with charts)</source>
      <translation>écrire le rapport en .xlsx (avec graphiques)</translation>
      <extra-wk-built>6eb7a55bab60</extra-wk-built>
    </message>
    <message>
      <source>write the static verification page (verify.html) to publish: any phone checks a certificate with it, offline</source>
      <translation>écrire la page de vérification statique (verify.html) à publier : n'importe quel téléphone vérifie une attestation avec, hors ligne</translation>
      <extra-wk-built>e7289b33e3f0</extra-wk-built>
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation>écrit par une version plus récente de Workshop Kit</translation>
      <extra-wk-built>3d778034d665</extra-wk-built>
    </message>
    <message>
      <source>year of birth</source>
      <translation>année de naissance</translation>
      <extra-wk-built>6ed527fb56ee</extra-wk-built>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
      <extra-wk-built>3a3468fa89b2</extra-wk-built>
    </message>
    <message>
      <source>your own .docx template (default: the bundled one)</source>
      <translation>votre propre modèle .docx (par défaut : celui fourni)</translation>
      <extra-wk-built>1d6e714a7302</extra-wk-built>
    </message>
    <message>
      <source>{day} is not a day of this workshop.</source>
      <translation>{day} n'est pas un jour de cet atelier.</translation>
      <extra-wk-built>a1c2a3b63274</extra-wk-built>
    </message>
    <message>
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field} : « {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par ex. 2026-03-14.</translation>
      <extra-wk-built>e07b1bcdefbd</extra-wk-built>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field} : « {value} » n'est pas une heure ; écrivez-la HH:MM, par ex. 09:30.</translation>
      <extra-wk-built>cdeb63d6cf8f</extra-wk-built>
    </message>
    <message>
      <source>{file} contains '{name}', a path outside the module folder; nothing was imported. Make the zip again from the module folder.</source>
      <translation>{file} contient « {name} », un chemin hors du dossier du module ; rien n'a été importé. Refaites le zip depuis le dossier du module.</translation>
      <extra-wk-built>733ff8e0ce91</extra-wk-built>
    </message>
    <message>
      <source>{file} contains '{name}', nested too deep or with too long a name (at most {max} folders of 100 characters); nothing was imported. Make the zip again from the module folder.</source>
      <translation>{file} contient « {name} », trop profondément imbriqué ou au nom trop long (au plus {max} dossiers de 100 caractères) ; rien n'a été importé. Refaites le zip à partir du dossier du module.</translation>
      <extra-wk-built>62ab2402694e</extra-wk-built>
    </message>
    <message>
      <source>{file} contains a link ('{name}'); nothing was imported.</source>
      <translation>{file} contient un lien (« {name} ») ; rien n'a été importé.</translation>
      <extra-wk-built>5ea651ae7678</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{file} holds %n file(s); a module zip may hold at most {max}. Nothing was imported.</source>
      <translation>
        <numerusform>{file} contient %n fichier ; un zip de modules peut en contenir au plus {max}. Rien n'a été importé.</numerusform>
        <numerusform>{file} contient %n fichiers ; un zip de modules peut en contenir au plus {max}. Rien n'a été importé.</numerusform>
      </translation>
      <extra-wk-built>b183e938234f</extra-wk-built>
    </message>
    <message>
      <source>{file} is larger than {mb} MB once extracted; nothing was imported.</source>
      <translation>{file} dépasse {mb} Mo une fois extrait ; rien n'a été importé.</translation>
      <extra-wk-built>4478846cdc52</extra-wk-built>
    </message>
    <message>
      <source>{file} is not a readable zip: {detail}</source>
      <translation>{file} n'est pas un zip lisible : {detail}</translation>
      <extra-wk-built>7c95d8828d16</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{file}: %n row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>
        <numerusform>{file} : %n ligne lue (encodage {encoding}, en-tête à la ligne {header}).</numerusform>
        <numerusform>{file} : %n lignes lues (encodage {encoding}, en-tête à la ligne {header}).</numerusform>
      </translation>
      <extra-wk-built>1894b8ee28fa</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n activity(ies) instead of {m}</source>
      <translation>
        <numerusform>{intro} : %n activité au lieu de {m}</numerusform>
        <numerusform>{intro} : %n activités au lieu de {m}</numerusform>
      </translation>
      <extra-wk-built>9cacee14869e</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n choice(s) instead of {m}</source>
      <translation>
        <numerusform>{intro} : %n choix au lieu de {m}</numerusform>
        <numerusform>{intro} : %n choix au lieu de {m}</numerusform>
      </translation>
      <extra-wk-built>f577c1a0b9ce</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n question(s) instead of {m}</source>
      <translation>
        <numerusform>{intro} : %n question au lieu de {m}</numerusform>
        <numerusform>{intro} : %n questions au lieu de {m}</numerusform>
      </translation>
      <extra-wk-built>94146f1cddc8</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{intro}: %n session(s) instead of {m}</source>
      <translation>
        <numerusform>{intro} : %n séance au lieu de {m}</numerusform>
        <numerusform>{intro} : %n séances au lieu de {m}</numerusform>
      </translation>
      <extra-wk-built>25faa243689e</extra-wk-built>
    </message>
    <message>
      <source>{intro}: the correct answer is choice {n} here but choice {m} in French</source>
      <translation>{intro} : la bonne réponse est le choix {n} ici mais le choix {m} en français</translation>
      <extra-wk-built>96d544bc15ae</extra-wk-built>
    </message>
    <message>
      <source>{name} cannot be opened as an Excel workbook ({detail}).</source>
      <translation>{name} ne peut pas être ouvert comme classeur Excel ({detail}).</translation>
      <extra-wk-built>bce66fc5dde9</extra-wk-built>
    </message>
    <message>
      <source>{name} does not hold the workshop its manifest names.</source>
      <translation>{name} ne contient pas l'atelier que son manifeste annonce.</translation>
      <extra-wk-built>96967c993b5d</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{name} has %n merged range(s); at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>
        <numerusform>{name} a %n plage de cellules fusionnées ; au plus {max} peuvent être lues. Annulez la fusion des cellules et enregistrez à nouveau.</numerusform>
        <numerusform>{name} a %n plages de cellules fusionnées ; au plus {max} peuvent être lues. Annulez la fusion des cellules et enregistrez à nouveau.</numerusform>
      </translation>
      <extra-wk-built>704c1ec4afec</extra-wk-built>
    </message>
    <message>
      <source>{name} has merged ranges covering {n} cells; at most {max} can be read. Unmerge the cells and save again.</source>
      <translation>{name} a des cellules fusionnées couvrant {n} cellules ; au plus {max} peuvent être lues. Annulez la fusion des cellules et enregistrez à nouveau.</translation>
      <extra-wk-built>8902427c02ab</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) dated in the future (up to {latest}); the clock of the laptop that made it is probably wrong. Nothing was imported: set that laptop's date and time, then export again.</source>
      <translation>
        <numerusform>{name} contient %n enregistrement daté dans le futur (jusqu'au {latest}) ; l'horloge de l'ordinateur qui l'a produit est sans doute fausse. Rien n'a été importé : réglez la date et l'heure de cet ordinateur, puis exportez à nouveau.</numerusform>
        <numerusform>{name} contient %n enregistrements datés dans le futur (jusqu'au {latest}) ; l'horloge de l'ordinateur qui l'a produit est sans doute fausse. Rien n'a été importé : réglez la date et l'heure de cet ordinateur, puis exportez à nouveau.</numerusform>
      </translation>
      <extra-wk-built>24cde7b3f93d</extra-wk-built>
    </message>
    <message>
      <source>{name} holds a file its manifest does not list ({file}); it was changed after signing.</source>
      <translation>{name} contient un fichier absent de son manifeste ({file}) ; il a été modifié après la signature.</translation>
      <extra-wk-built>f4c8ca3c4652</extra-wk-built>
    </message>
    <message>
      <source>{name} holds a file with a path outside the bundle ({bad}); it may be malicious. Nothing was imported.</source>
      <translation>{name} contient un fichier dont le chemin sort du paquet ({bad}) ; il est peut-être malveillant. Rien n'a été importé.</translation>
      <extra-wk-built>b107c61fdfef</extra-wk-built>
    </message>
    <message>
      <source>{name} holds more than {max} cells; split it into smaller files.</source>
      <translation>{name} contient plus de {max} cellules ; découpez-le en fichiers plus petits.</translation>
      <extra-wk-built>3eef83066ed0</extra-wk-built>
    </message>
    <message>
      <source>{name} holds the same file twice; it is damaged.</source>
      <translation>{name} contient deux fois le même fichier ; il est endommagé.</translation>
      <extra-wk-built>b8c7cbca0c94</extra-wk-built>
    </message>
    <message>
      <source>{name} holds {mb} MB once unzipped; at most {max} MB can be read. Split it into smaller files.</source>
      <translation>{name} fait {mb} Mo une fois décompressé ; au plus {max} Mo peuvent être lus. Découpez-le en fichiers plus petits.</translation>
      <extra-wk-built>35e094d97e6c</extra-wk-built>
    </message>
    <message>
      <source>{name} is a damaged zip file ({detail}).</source>
      <translation>{name} est un fichier zip endommagé ({detail}).</translation>
      <extra-wk-built>13dbee7c783f</extra-wk-built>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (it is not a zip file).</source>
      <translation>{name} n'est pas un paquet Workshop Kit (ce n'est pas un fichier zip).</translation>
      <extra-wk-built>c106aa523add</extra-wk-built>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle (no manifest.json or signature).</source>
      <translation>{name} n'est pas un paquet Workshop Kit (pas de manifest.json ni de signature).</translation>
      <extra-wk-built>4433a10875aa</extra-wk-built>
    </message>
    <message>
      <source>{name} is not a Workshop Kit bundle.</source>
      <translation>{name} n'est pas un paquet Workshop Kit.</translation>
      <extra-wk-built>d3c56da30346</extra-wk-built>
    </message>
    <message>
      <source>{name} is not enrolled in this workshop. Use 'Walk-in' to register them.</source>
      <translation>{name} n'est pas inscrit·e à cet atelier. Utilisez « Inscription sur place » pour l'inscrire.</translation>
      <extra-wk-built>e21a8e1d3a1b</extra-wk-built>
    </message>
    <message>
      <source>{name} is not one of this data folder's backups.</source>
      <translation>{name} n'est pas une des sauvegardes de ce dossier de données.</translation>
      <extra-wk-built>5b3b3efe6765</extra-wk-built>
    </message>
    <message>
      <source>{name} is protected with a password. Nothing was imported; import it again with its password (asked for in the app and in a terminal; scripts use --password-stdin or WORKSHOP_KIT_FILE_PASSWORD).</source>
      <translation>{name} est protégé par un mot de passe. Rien n'a été importé ; importez-le à nouveau avec son mot de passe (demandé dans l'application et dans un terminal ; les scripts utilisent --password-stdin ou WORKSHOP_KIT_FILE_PASSWORD).</translation>
      <extra-wk-built>7194ff1f489c</extra-wk-built>
    </message>
    <message>
      <source>{name} is protected with a password; give it to open the file.</source>
      <translation>{name} est protégé par un mot de passe ; donnez-le pour ouvrir le fichier.</translation>
      <extra-wk-built>e16dd5e331b0</extra-wk-built>
    </message>
    <message>
      <source>{name} is too large to read on this computer; split it into smaller files.</source>
      <translation>{name} est trop volumineux pour être lu sur cet ordinateur ; découpez-le en fichiers plus petits.</translation>
      <extra-wk-built>3f87701ec3e3</extra-wk-built>
    </message>
    <message>
      <source>{name} lacks {file}; it is incomplete.</source>
      <translation>Il manque {file} dans {name} ; il est incomplet.</translation>
      <extra-wk-built>e55ca4336421</extra-wk-built>
    </message>
    <message>
      <source>{name} was made by a newer Workshop Kit (bundle format {version}, this copy reads up to {known}). Update Workshop Kit on this laptop, then import again.</source>
      <translation>{name} a été créé par une version plus récente de Workshop Kit (format de paquet {version}, cette copie lit jusqu'au {known}). Mettez à jour Workshop Kit sur cet ordinateur, puis importez à nouveau.</translation>
      <extra-wk-built>1c38e9883af9</extra-wk-built>
    </message>
    <message>
      <source>{name}: already checked in at {time}.</source>
      <translation>{name} : déjà enregistré·e à {time}.</translation>
      <extra-wk-built>d009039c0aa8</extra-wk-built>
    </message>
    <message>
      <source>{name}: manifest.json is not valid JSON.</source>
      <translation>{name} : manifest.json n'est pas un JSON valide.</translation>
      <extra-wk-built>60894a4dd017</extra-wk-built>
    </message>
    <message>
      <source>{name}: the bundle format version is missing or invalid.</source>
      <translation>{name} : la version du format de paquet est absente ou invalide.</translation>
      <extra-wk-built>bef3ff75e8c6</extra-wk-built>
    </message>
    <message>
      <source>{name}: the checksum of {file} does not match; the file was damaged or changed after it was signed. Ask for a fresh export.</source>
      <translation>{name} : la somme de contrôle de {file} ne correspond pas ; le fichier a été endommagé ou modifié après la signature. Demandez un nouvel export.</translation>
      <extra-wk-built>948bae37f8de</extra-wk-built>
    </message>
    <message>
      <source>{name}: the manifest is incomplete.</source>
      <translation>{name} : le manifeste est incomplet.</translation>
      <extra-wk-built>b7f98f50b711</extra-wk-built>
    </message>
    <message>
      <source>{name}: the manifest lists unexpected files.</source>
      <translation>{name} : le manifeste liste des fichiers inattendus.</translation>
      <extra-wk-built>ed8043401286</extra-wk-built>
    </message>
    <message>
      <source>{name}: the signature does not match; the bundle was changed after it was signed. Nothing was imported; ask for a fresh export.</source>
      <translation>{name} : la signature ne correspond pas ; le paquet a été modifié après la signature. Rien n'a été importé ; demandez un nouvel export.</translation>
      <extra-wk-built>0c6731d3ba96</extra-wk-built>
    </message>
    <message>
      <source>{name}: the signature is damaged.</source>
      <translation>{name} : la signature est endommagée.</translation>
      <extra-wk-built>bf8dda67c1a1</extra-wk-built>
    </message>
    <message>
      <source>{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.</source>
      <translation>{name} : ce badge a été révoqué (perdu ou remplacé). Utilisez le nouveau badge ou cherchez le nom.</translation>
      <extra-wk-built>695da20c92bf</extra-wk-built>
    </message>
    <message>
      <source>{name}: {file} does not hold the expected rows.</source>
      <translation>{name} : {file} ne contient pas les lignes attendues.</translation>
      <extra-wk-built>abea7293741e</extra-wk-built>
    </message>
    <message>
      <source>{name}: {file} is not valid JSON.</source>
      <translation>{name} : {file} n'est pas un JSON valide.</translation>
      <extra-wk-built>f213a58194f1</extra-wk-built>
    </message>
    <message>
      <source>{name}: {file} is too large for a bundle.</source>
      <translation>{name} : {file} est trop volumineux pour un paquet.</translation>
      <extra-wk-built>0656f9cf7c90</extra-wk-built>
    </message>
    <message>
      <source>{option}: '{value}' is not a date; write it as YYYY-MM-DD (e.g. 2026-03-31).</source>
      <translation>{option} : « {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ (par ex. 2026-03-31).</translation>
      <extra-wk-built>f5ba334eb7bc</extra-wk-built>
    </message>
    <message>
      <source>{participants}, {sessions}</source>
      <translation>{participants}, {sessions}</translation>
      <extra-wk-built>d60a2d12a188</extra-wk-built>
    </message>
    <message>
      <source>{part}: {names} change for each participant; put them in the body, not in a header or footer.</source>
      <translation>{part} : {names} changent pour chaque participant·e ; mettez-les dans le corps du document, pas dans un en-tête ou un pied de page.</translation>
      <extra-wk-built>5cad0fcd9982</extra-wk-built>
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation>{path} (accessible en écriture, {mb} Mo libres)</translation>
      <extra-wk-built>12f9530b97ad</extra-wk-built>
    </message>
    <message>
      <source>{path} already exists; choose where to write with -o FILE.</source>
      <translation>{path} existe déjà ; choisissez où écrire avec -o FICHIER.</translation>
      <extra-wk-built>b28e3321560d</extra-wk-built>
    </message>
    <message>
      <source>{path} does not exist.</source>
      <translation>{path} n'existe pas.</translation>
      <extra-wk-built>359e901380cd</extra-wk-built>
    </message>
    <message>
      <source>{path} holds no picture, so no QR code can be read from it: print the page and photograph its code, or type the short code.</source>
      <translation>{path} ne contient aucune image : aucun code QR ne peut y être lu. Imprimez la page et photographiez son code, ou tapez le code court.</translation>
      <extra-wk-built>d6e97e53967f</extra-wk-built>
    </message>
    <message>
      <source>{path} holds {mb} MB once unzipped; a template may hold at most {max} MB (it is copied into every certificate). Use smaller pictures.</source>
      <translation>{path} fait {mb} Mo une fois décompressé ; un modèle peut faire au plus {max} Mo (il est copié dans chaque attestation). Utilisez des images plus petites.</translation>
      <extra-wk-built>4d201d358e91</extra-wk-built>
    </message>
    <message>
      <source>{path} is a damaged Word document ({detail}); open it in Word, save it again and retry.</source>
      <translation>{path} est un document Word endommagé ({detail}) ; ouvrez-le dans Word, enregistrez-le à nouveau et réessayez.</translation>
      <extra-wk-built>6156f531dab4</extra-wk-built>
    </message>
    <message>
      <source>{path} is a file; give a folder for the verification page.</source>
      <translation>{path} est un fichier ; indiquez un dossier pour la page de vérification.</translation>
      <extra-wk-built>0bfcdfb88bcc</extra-wk-built>
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation>{path} est endommagé : {detail}</translation>
      <extra-wk-built>abe9d8536ef3</extra-wk-built>
    </message>
    <message>
      <source>{path} is damaged: {part} cannot be read ({detail}). Open and save it again in Word or LibreOffice.</source>
      <translation>{path} est endommagé : {part} est illisible ({detail}). Ouvrez-le et enregistrez-le de nouveau dans Word ou LibreOffice.</translation>
      <extra-wk-built>6b15c23346e3</extra-wk-built>
    </message>
    <message>
      <source>{path} is not a Word document (.docx).</source>
      <translation>{path} n'est pas un document Word (.docx).</translation>
      <extra-wk-built>16fcdc2ea5e5</extra-wk-built>
    </message>
    <message>
      <source>{path} is not a picture Workshop Kit can read (PNG or JPEG).</source>
      <translation>{path} n'est pas une image que Workshop Kit sait lire (PNG ou JPEG).</translation>
      <extra-wk-built>914eaca8845e</extra-wk-built>
    </message>
    <message>
      <source>{path} is not a picture or PDF Workshop Kit can read (use a PNG or JPEG photo, or a PDF).</source>
      <translation>{path} n'est ni une image ni un PDF lisible par Workshop Kit (utilisez une photo PNG ou JPEG, ou un PDF).</translation>
      <extra-wk-built>19630328ca6e</extra-wk-built>
    </message>
    <message>
      <source>{path} is {mb} MB; a picture for certificates may be at most {max} MB.</source>
      <translation>{path} fait {mb} Mo ; une image pour les attestations peut faire au plus {max} Mo.</translation>
      <extra-wk-built>3796aa7e8430</extra-wk-built>
    </message>
    <message>
      <source>{path} shows several badges; photograph one badge at a time.</source>
      <translation>{path} montre plusieurs badges ; photographiez un badge à la fois.</translation>
      <extra-wk-built>f5d27b7984b3</extra-wk-built>
    </message>
    <message>
      <source>{path} will be created on first use</source>
      <translation>{path} sera créé à la première utilisation</translation>
      <extra-wk-built>d5c52563a59e</extra-wk-built>
    </message>
    <message>
      <source>{path}: integrity ok, schema {version} up to date</source>
      <translation>{path} : intégrité correcte, schéma {version} à jour</translation>
      <extra-wk-built>f503729c550f</extra-wk-built>
    </message>
    <message>
      <source>{path}: only {mb} MB free</source>
      <translation>{path} : seulement {mb} Mo libres</translation>
      <extra-wk-built>7d62a039a212</extra-wk-built>
    </message>
    <message>
      <source>{path}: {part} holds XML entity declarations, which Word never writes; the template is refused.</source>
      <translation>{path} : {part} contient des déclarations d'entités XML, que Word n'écrit jamais ; le modèle est refusé.</translation>
      <extra-wk-built>8e5c081a57d4</extra-wk-built>
    </message>
    <message numerus="yes">
      <source>{same} of %n correct answer(s) are choice {position}: participants learn the pattern, not the subject; spread the correct answers over the positions</source>
      <translation>
        <numerusform>{same} bonne réponse sur %n est le choix {position} : les participants apprennent le schéma, pas le sujet ; répartissez les bonnes réponses entre les positions</numerusform>
        <numerusform>{same} bonnes réponses sur %n sont le choix {position} : les participants apprennent le schéma, pas le sujet ; répartissez les bonnes réponses entre les positions</numerusform>
      </translation>
      <extra-wk-built>f4b0cbe815e2</extra-wk-built>
    </message>
    <message>
      <source>{sent}, {failed}, {uncertain}, {queued}.</source>
      <translation>{sent}, {failed}, {uncertain}, {queued}.</translation>
      <extra-wk-built>175e85e97bf0</extra-wk-built>
    </message>
    <message>
      <source>{sessions}, {participants}</source>
      <translation>{sessions}, {participants}</translation>
      <extra-wk-built>b2db8b754de1</extra-wk-built>
    </message>
    <message>
      <source>{table}: {added} added, {updated} updated</source>
      <translation>{table} : {added} ajoutés, {updated} mis à jour</translation>
      <extra-wk-built>9fcafd68aa27</extra-wk-built>
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
    <message>
      <source>Cancelled: no document was written.</source>
      <translation>Annulé : aucun document n'a été écrit.</translation>
      <extra-wk-built>ff94f8fab8f9</extra-wk-built>
    </message>
    <message>
      <source>{h} h {m:02d}</source>
      <translation>{h} h {m:02d}</translation>
      <extra-wk-built>f4721545281e</extra-wk-built>
    </message>
  </context>
  <context>
    <name>global</name>
    <message>
      <source>The backup of {time} was restored as you asked.</source>
      <translation>La sauvegarde du {time} a été restaurée comme vous l'avez demandé.</translation>
      <extra-wk-built>16b88c7c6461</extra-wk-built>
    </message>
    <message>
      <source>The backup you chose could not be restored; the data file was not changed.</source>
      <translation>La sauvegarde choisie n'a pas pu être restaurée ; le fichier de données n'a pas été modifié.</translation>
      <extra-wk-built>aff70aaa4c7e</extra-wk-built>
    </message>
    <message>
      <source>The data as it was before is kept in {path}.</source>
      <translation>Les données telles qu'elles étaient avant sont gardées dans {path}.</translation>
      <extra-wk-built>c5d4ca37c8da</extra-wk-built>
    </message>
    <message>
      <source>The data file is damaged ({detail}).

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
      <translation>Le fichier de données est endommagé ({detail}).

Restaurer la sauvegarde saine la plus récente ({name}) ? Le fichier endommagé est conservé à côté.</translation>
      <extra-wk-built>0c391bcda776</extra-wk-built>
    </message>
    <message>
      <source>The data file {path} is missing or empty, but backups of it exist.

Restore the newest good backup ({name})?</source>
      <translation>Le fichier de données {path} est manquant ou vide, mais des sauvegardes existent.

Restaurer la sauvegarde saine la plus récente ({name}) ?</translation>
      <extra-wk-built>81829b8dc7af</extra-wk-built>
    </message>
    <message>
      <source>This data folder is encrypted. Passphrase:</source>
      <translation>Ce dossier de données est chiffré. Phrase secrète :</translation>
      <extra-wk-built>a7ddadb97c70</extra-wk-built>
    </message>
    <message>
      <source>Wrong passphrase (check the keyboard layout and Caps Lock). Passphrase:</source>
      <translation>Phrase secrète incorrecte (vérifiez la disposition du clavier et Verr. Maj). Phrase secrète :</translation>
      <extra-wk-built>6ab4b910171b</extra-wk-built>
    </message>
  </context>
  <context>
    <name>jobs</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
      <extra-wk-built>46ad3916f6a0</extra-wk-built>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Arrêt en cours…</translation>
      <extra-wk-built>7273dcbfc263</extra-wk-built>
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
      <translation>Un problème est survenu : {error}</translation>
      <extra-wk-built>00ff95319cf9</extra-wk-built>
    </message>
    <message>
      <source>The disk is full: nothing could be written to {path}. Free some space and try again.</source>
      <translation>Le disque est plein : rien n'a pu être écrit dans {path}. Libérez de la place et réessayez.</translation>
      <extra-wk-built>11d10f7a4285</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
      <extra-wk-built>c16fd7cbbb02</extra-wk-built>
    </message>
    <message>
      <source>Workshop Kit may not write or read {path}. Choose another folder, or close the program that has the file open.</source>
      <translation>Workshop Kit n'a pas le droit d'écrire ou de lire {path}. Choisissez un autre dossier, ou fermez le programme qui a ouvert le fichier.</translation>
      <extra-wk-built>077da29f4590</extra-wk-built>
    </message>
    <message>
      <source>{path} does not exist (any more). Check the folder, or choose the file again.</source>
      <translation>{path} n'existe pas (ou plus). Vérifiez le dossier, ou choisissez de nouveau le fichier.</translation>
      <extra-wk-built>a86bb3c95971</extra-wk-built>
    </message>
    <message>
      <source>{path} is on a read-only disk or USB key. Choose another folder.</source>
      <translation>{path} est sur un disque ou une clé USB en lecture seule. Choisissez un autre dossier.</translation>
      <extra-wk-built>743b2cb81640</extra-wk-built>
    </message>
  </context>
</TS>
