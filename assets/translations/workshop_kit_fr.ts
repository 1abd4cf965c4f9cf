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
    <name>CheckinPage</name>
    <message>
      <source>A Word sheet of badge cards (A4, 10 per page) and one PNG per person</source>
      <translation>Une planche Word de badges (A4, 10 par page) et un PNG par personne</translation>
    </message>
    <message>
      <source>Already checked in at {time}</source>
      <translation>Déjà enregistré·e à {time}</translation>
    </message>
    <message>
      <source>Automatic (from the clock)</source>
      <translation>Automatique (selon l'horloge)</translation>
    </message>
    <message>
      <source>Badge no longer valid</source>
      <translation>Badge plus valable</translation>
    </message>
    <message>
      <source>Camera off.</source>
      <translation>Caméra éteinte.</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
      <source>Check-in</source>
      <translation>Accueil</translation>
    </message>
    <message>
      <source>Check-in taken back</source>
      <translation>Enregistrement annulé</translation>
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
      <source>Create or choose a workshop first.</source>
      <translation>Créez ou choisissez d'abord un atelier.</translation>
    </message>
    <message>
      <source>Forgot the badge? Type a name, or the code printed on the badge</source>
      <translation>Badge oublié ? Tapez un nom, ou le code imprimé sur le badge</translation>
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
      <source>New badge code: {code}</source>
      <translation>Nouveau code de badge : {code}</translation>
    </message>
    <message>
      <source>No camera found. Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>Aucune caméra trouvée. Utilisez le lecteur USB, tapez le code imprimé sur le badge ou cherchez le nom.</translation>
    </message>
    <message>
      <source>No session is running by the laptop clock ({time}). Check the clock or choose the session at the top; nothing was recorded.</source>
      <translation>Aucune séance en cours selon l'horloge de l'ordinateur ({time}). Vérifiez l'horloge ou choisissez la séance en haut ; rien n'a été enregistré.</translation>
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
      <source>Not enrolled in this workshop</source>
      <translation>Pas inscrit·e à cet atelier</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <source>Present {present} / {expected}</source>
      <translation>Présents {present} / {expected}</translation>
    </message>
    <message>
      <source>Print badges…</source>
      <translation>Imprimer les badges…</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Prêt</translation>
    </message>
    <message>
      <source>Replace lost badge</source>
      <translation>Remplacer un badge perdu</translation>
    </message>
    <message>
      <source>Revoke the selected person's badge and issue a new code</source>
      <translation>Révoquer le badge de la personne choisie et émettre un nouveau code</translation>
    </message>
    <message>
      <source>Save badges</source>
      <translation>Enregistrer les badges</translation>
    </message>
    <message>
      <source>Scan a badge, hold it up to the camera, or search a name.</source>
      <translation>Scannez un badge, présentez-le à la caméra ou cherchez un nom.</translation>
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
      <source>Start camera</source>
      <translation>Démarrer la caméra</translation>
    </message>
    <message>
      <source>Stop camera</source>
      <translation>Arrêter la caméra</translation>
    </message>
    <message>
      <source>The camera could not start ({error}). Use the USB scanner, type the code printed on the badge, or search the name.</source>
      <translation>La caméra n'a pas pu démarrer ({error}). Utilisez le lecteur USB, tapez le code imprimé sur le badge ou cherchez le nom.</translation>
    </message>
    <message>
      <source>The old badge no longer works. Print the new one with 'Print badges…'.</source>
      <translation>L'ancien badge ne fonctionne plus. Imprimez le nouveau avec « Imprimer les badges… ».</translation>
    </message>
    <message>
      <source>Undo last check-in</source>
      <translation>Annuler le dernier enregistrement</translation>
    </message>
    <message>
      <source>Unknown code</source>
      <translation>Code inconnu</translation>
    </message>
    <message>
      <source>Walk-in…</source>
      <translation>Inscription sur place…</translation>
    </message>
    <message>
      <source>Welcome {name}</source>
      <translation>Bienvenue {name}</translation>
    </message>
    <message>
      <source>Welcome {name} (late)</source>
      <translation>Bienvenue {name} (en retard)</translation>
    </message>
    <message>
      <source>Word (*.docx)</source>
      <translation>Word (*.docx)</translation>
    </message>
    <message>
      <source>{count} badges ready</source>
      <translation>{count} badges prêts</translation>
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
      <source>Quit</source>
      <translation>Quitter</translation>
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
      <source>e.g. Access to public services — Agadir</source>
      <translation>ex. Accès aux services publics — Agadir</translation>
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
      <source>Data folder</source>
      <translation>Dossier de données</translation>
    </message>
    <message>
      <source>Data folder and backups</source>
      <translation>Dossier de données et sauvegardes</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
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
      <source>Name printed on certificates and reports</source>
      <translation>Nom imprimé sur les attestations et les rapports</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nationalité</translation>
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
      <source>That folder already holds Workshop Kit data; choose an empty folder.</source>
      <translation>Ce dossier contient déjà des données Workshop Kit ; choisissez un dossier vide.</translation>
    </message>
    <message>
      <source>The data was copied to {path}. Restart Workshop Kit to use it; the old folder is left untouched.</source>
      <translation>Les données ont été copiées dans {path}. Redémarrez Workshop Kit pour les utiliser ; l'ancien dossier reste intact.</translation>
    </message>
    <message>
      <source>months</source>
      <translation>mois</translation>
    </message>
  </context>
  <context>
    <name>WalkInDialog</name>
    <message>
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
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
      <source>Organisation</source>
      <translation>Organisation</translation>
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
      <source>Remove this session and the attendance recorded for it?</source>
      <translation>Retirer cette séance et les présences enregistrées pour elle ?</translation>
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
      <source>Trainer</source>
      <translation>Formateur·rice</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <source>module ids, separated by commas</source>
      <translation>identifiants de modules, séparés par des virgules</translation>
    </message>
  </context>
  <context>
    <name>_NotReadyPage</name>
    <message>
      <source>{section}: this section is not available in this build.</source>
      <translation>{section} : cette section n'est pas disponible dans cette version.</translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <source>'{ref}' matches several participants; give more of the id.</source>
      <translation>« {ref} » correspond à plusieurs participants ; donnez une plus grande partie de l'identifiant.</translation>
    </message>
    <message>
      <source>'{ref}' matches several workshops; give more of the id.</source>
      <translation>« {ref} » correspond à plusieurs ateliers ; donnez une plus grande partie de l'identifiant.</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(sans nom)</translation>
    </message>
    <message>
      <source>--days must be between 1 and {max}.</source>
      <translation>--days doit être compris entre 1 et {max}.</translation>
    </message>
    <message>
      <source>--sessions-per-day must be between 1 and {max}.</source>
      <translation>--sessions-per-day doit être compris entre 1 et {max}.</translation>
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
      <source>All required checks passed.</source>
      <translation>Toutes les vérifications requises sont passées.</translation>
    </message>
    <message>
      <source>Ask for and tick the participant's consent to record their data before registering them.</source>
      <translation>Demandez puis cochez le consentement de la personne à l'enregistrement de ses données avant de l'inscrire.</translation>
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
      <source>Check-in taken back: {name}.</source>
      <translation>Enregistrement annulé : {name}.</translation>
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
      <source>Could not find a free badge code; try again.</source>
      <translation>Aucun code de badge libre trouvé ; réessayez.</translation>
    </message>
    <message>
      <source>Damaged template(s): {names}</source>
      <translation>Modèle(s) endommagé(s) : {names}</translation>
    </message>
    <message>
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>Atelier de démonstration créé : {title} ({id}), {n} participants, {s} séances.</translation>
    </message>
    <message>
      <source>Erased participant</source>
      <translation>Participant effacé</translation>
    </message>
    <message>
      <source>File problem: {detail}</source>
      <translation>Problème de fichier : {detail}</translation>
    </message>
    <message>
      <source>Free some disk space.</source>
      <translation>Libérez de l'espace disque.</translation>
    </message>
    <message>
      <source>Give either a badge token (or short code) or --image FILE.</source>
      <translation>Donnez soit un jeton de badge (ou son code court), soit --image FICHIER.</translation>
    </message>
    <message>
      <source>Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-writer).</source>
      <translation>Installez LibreOffice (Debian/Ubuntu : sudo apt-get install libreoffice-writer).</translation>
    </message>
    <message>
      <source>Install the app with its dependencies (see README).</source>
      <translation>Installez l'application avec ses dépendances (voir README).</translation>
    </message>
    <message>
      <source>Interrupted.</source>
      <translation>Interrompu.</translation>
    </message>
    <message>
      <source>LibreOffice not found: certificates stay in .docx, no PDF.</source>
      <translation>LibreOffice introuvable : les attestations restent en .docx, sans PDF.</translation>
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
      <source>New badge {code} issued to {name}; the old one no longer works.</source>
      <translation>Nouveau badge {code} émis pour {name} ; l'ancien ne fonctionne plus.</translation>
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
      <source>No backups yet.</source>
      <translation>Aucune sauvegarde pour l'instant.</translation>
    </message>
    <message>
      <source>No bundled modules in {path}</source>
      <translation>Aucun module fourni dans {path}</translation>
    </message>
    <message>
      <source>No enrolled participants: enrol participants before printing badges.</source>
      <translation>Aucun participant inscrit : inscrivez des participants avant d'imprimer les badges.</translation>
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
      <source>No participant with id '{ref}'.</source>
      <translation>Aucun participant avec l'identifiant « {ref} ».</translation>
    </message>
    <message>
      <source>No session of this workshop is running now ({time}, {date}). Check the laptop clock, or choose the session; nothing was recorded.</source>
      <translation>Aucune séance de cet atelier n'est en cours maintenant ({time}, {date}). Vérifiez l'horloge de l'ordinateur ou choisissez la séance ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>Fichier introuvable : {path}</translation>
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
      <source>Nothing was read. Scan again.</source>
      <translation>Rien n'a été lu. Scannez à nouveau.</translation>
    </message>
    <message>
      <source>Print them with: workshop-kit badges {ref} -o badges.docx</source>
      <translation>Imprimez-les avec : workshop-kit badges {ref} -o badges.docx</translation>
    </message>
    <message>
      <source>PySide6 is not installed</source>
      <translation>PySide6 n'est pas installé</translation>
    </message>
    <message>
      <source>Reinstall Workshop Kit.</source>
      <translation>Réinstallez Workshop Kit.</translation>
    </message>
    <message>
      <source>Restore the newest good backup: workshop-kit backup restore</source>
      <translation>Restaurez la sauvegarde saine la plus récente : workshop-kit backup restore</translation>
    </message>
    <message>
      <source>Restored {backup}. The previous file was kept as {moved}.</source>
      <translation>{backup} restaurée. L'ancien fichier est conservé sous {moved}.</translation>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>Lancez : workshop-kit curricula validate {path}</translation>
    </message>
    <message>
      <source>Session {number} · {date} {start}–{end}</source>
      <translation>Séance {number} · {date} {start}–{end}</translation>
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
      <source>The attendance threshold must be between 0 and 100 %.</source>
      <translation>Le seuil de présence doit être compris entre 0 et 100 %.</translation>
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
      <source>The chosen session is on {date}; the laptop clock says {today}.</source>
      <translation>La séance choisie a lieu le {date} ; l'horloge de l'ordinateur indique le {today}.</translation>
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
      <source>The data file {path} was written by a newer Workshop Kit (schema {version}, this copy knows {latest}). Update Workshop Kit before opening it.</source>
      <translation>Le fichier de données {path} a été écrit par une version plus récente de Workshop Kit (schéma {version}, cette copie connaît {latest}). Mettez Workshop Kit à jour avant de l'ouvrir.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>La date de fin est antérieure à la date de début.</translation>
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
      <source>The organisation key in {path} is not an Ed25519 key.</source>
      <translation>La clé de l'organisation dans {path} n'est pas une clé Ed25519.</translation>
    </message>
    <message>
      <source>The public key in this file is damaged.</source>
      <translation>La clé publique de ce fichier est endommagée.</translation>
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
      <source>This check-in was already undone.</source>
      <translation>Cet enregistrement a déjà été annulé.</translation>
    </message>
    <message>
      <source>This code does not come from Workshop Kit (another system's QR code).</source>
      <translation>Ce code ne vient pas de Workshop Kit (code QR d'un autre système).</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>Ce fichier n'est pas une clé publique Workshop Kit.</translation>
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
      <source>This participant's data was erased; the badge is no longer valid.</source>
      <translation>Les données de ce participant ont été effacées ; le badge n'est plus valable.</translation>
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
      <source>Unknown badge: this code was not issued on this laptop's data.</source>
      <translation>Badge inconnu : ce code n'a pas été émis dans les données de cet ordinateur.</translation>
    </message>
    <message>
      <source>Unknown check-in method '{method}'.</source>
      <translation>Méthode d'enregistrement inconnue « {method} ».</translation>
    </message>
    <message>
      <source>Unknown participant field(s): {names}</source>
      <translation>Champ(s) de participant inconnu(s) : {names}</translation>
    </message>
    <message>
      <source>Unknown session field(s): {names}</source>
      <translation>Champ(s) de séance inconnu(s) : {names}</translation>
    </message>
    <message>
      <source>Unknown workshop field(s): {names}</source>
      <translation>Champ(s) d'atelier inconnu(s) : {names}</translation>
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
      <source>Welcome {name} — late ({time}).</source>
      <translation>Bienvenue {name} — en retard ({time}).</translation>
    </message>
    <message>
      <source>Welcome {name}!</source>
      <translation>Bienvenue {name} !</translation>
    </message>
    <message>
      <source>With no sub-command, opens the desktop app. Documentation: docs/cli.md</source>
      <translation>Sans sous-commande, ouvre l'application. Documentation : docs/cli.md</translation>
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
      <source>Workshops already exist; no demo created.</source>
      <translation>Des ateliers existent déjà ; aucune démo créée.</translation>
    </message>
    <message>
      <source>attendance needed for a certificate, in %% (default 80)</source>
      <translation>présence requise pour l'attestation, en %% (80 par défaut)</translation>
    </message>
    <message>
      <source>backup file to restore</source>
      <translation>fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
      <source>badge token (WK1-…) or the short code printed on the badge</source>
      <translation>jeton du badge (WK1-…) ou code court imprimé sur le badge</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>occupé</translation>
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
      <source>curriculum module id (repeatable)</source>
      <translation>identifiant de module (répétable)</translation>
    </message>
    <message>
      <source>data folder (default: $WORKSHOP_KIT_HOME or the user data folder)</source>
      <translation>dossier de données (par défaut : $WORKSHOP_KIT_HOME ou le dossier de données de l'utilisateur)</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>démo</translation>
    </message>
    <message>
      <source>document language (default: the workshop's)</source>
      <translation>langue du document (par défaut : celle de l'atelier)</translation>
    </message>
    <message>
      <source>donor</source>
      <translation>bailleur</translation>
    </message>
    <message>
      <source>donor/project code</source>
      <translation>code bailleur/projet</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>erreur : {message}</translation>
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
      <source>list backups, newest first</source>
      <translation>lister les sauvegardes, la plus récente d'abord</translation>
    </message>
    <message>
      <source>list workshops</source>
      <translation>lister les ateliers</translation>
    </message>
    <message>
      <source>make a verified backup now</source>
      <translation>faire une sauvegarde vérifiée maintenant</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>créer, lister ou restaurer les sauvegardes du fichier de données</translation>
    </message>
    <message>
      <source>no session</source>
      <translation>aucune séance</translation>
    </message>
    <message>
      <source>not a SQLite database</source>
      <translation>pas une base SQLite</translation>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>nombre de jours (1 par défaut)</translation>
    </message>
    <message>
      <source>only this participant (repeatable)</source>
      <translation>seulement ce participant (répétable)</translation>
    </message>
    <message>
      <source>only when there is no workshop yet</source>
      <translation>seulement s'il n'y a encore aucun atelier</translation>
    </message>
    <message>
      <source>partner organisation</source>
      <translation>organisation partenaire</translation>
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
      <source>read the QR code from a photo or screenshot of a badge</source>
      <translation>lire le code QR sur une photo ou une capture d'écran d'un badge</translation>
    </message>
    <message>
      <source>reason recorded with --revoke/--reissue (default: lost)</source>
      <translation>motif enregistré avec --revoke/--reissue (par défaut : lost)</translation>
    </message>
    <message>
      <source>record an arrival from a badge token, a short code or a photo</source>
      <translation>enregistrer une arrivée à partir d'un jeton de badge, d'un code court ou d'une photo</translation>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>remplacer le fichier de données par une sauvegarde (la plus récente saine par défaut)</translation>
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
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>schéma {version} ; sera mis à niveau vers {latest} (une sauvegarde est faite d'abord)</translation>
    </message>
    <message>
      <source>session number (default: the session running now, by the clock)</source>
      <translation>numéro de séance (par défaut : la séance en cours selon l'horloge)</translation>
    </message>
    <message>
      <source>sessions each day (default 2)</source>
      <translation>séances par jour (2 par défaut)</translation>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>afficher un atelier et ses séances</translation>
    </message>
    <message>
      <source>take back the last check-in made on this laptop</source>
      <translation>annuler le dernier enregistrement fait sur cet ordinateur</translation>
    </message>
    <message>
      <source>trainer's name</source>
      <translation>nom du formateur ou de la formatrice</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>workshop id (or its first characters)</source>
      <translation>identifiant de l'atelier (ou ses premiers caractères)</translation>
    </message>
    <message>
      <source>workshop title</source>
      <translation>titre de l'atelier</translation>
    </message>
    <message>
      <source>write a printable Word sheet of badge cards</source>
      <translation>écrire une planche Word imprimable de badges</translation>
    </message>
    <message>
      <source>write one PNG badge per participant into DIR</source>
      <translation>écrire un badge PNG par participant dans DOSSIER</translation>
    </message>
    <message>
      <source>written by a newer Workshop Kit</source>
      <translation>écrit par une version plus récente de Workshop Kit</translation>
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
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field} : « {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par ex. 2026-03-14.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field} : « {value} » n'est pas une heure ; écrivez-la HH:MM, par ex. 09:30.</translation>
    </message>
    <message>
      <source>{name} is not enrolled in this workshop. Use 'Walk-in' to register them.</source>
      <translation>{name} n'est pas inscrit·e à cet atelier. Utilisez « Inscription sur place » pour l'inscrire.</translation>
    </message>
    <message>
      <source>{name}: already checked in at {time}.</source>
      <translation>{name} : déjà enregistré·e à {time}.</translation>
    </message>
    <message>
      <source>{name}: this badge was revoked (lost or replaced). Use the new badge or search the name.</source>
      <translation>{name} : ce badge a été révoqué (perdu ou remplacé). Utilisez le nouveau badge ou cherchez le nom.</translation>
    </message>
    <message>
      <source>{n} modules</source>
      <translation>{n} modules</translation>
    </message>
    <message>
      <source>{n} problem(s), first: {first}</source>
      <translation>{n} problème(s), premier : {first}</translation>
    </message>
    <message>
      <source>{path} (writable, {mb} MB free)</source>
      <translation>{path} (accessible en écriture, {mb} Mo libres)</translation>
    </message>
    <message>
      <source>{path} is damaged: {detail}</source>
      <translation>{path} est endommagé : {detail}</translation>
    </message>
    <message>
      <source>{path} is not an image Workshop Kit can read (use a PNG or JPEG photo).</source>
      <translation>{path} n'est pas une image lisible par Workshop Kit (utilisez une photo PNG ou JPEG).</translation>
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
      <source>{s} sessions, {p} participants</source>
      <translation>{s} séances, {p} participants</translation>
    </message>
  </context>
  <context>
    <name>global</name>
    <message>
      <source>The data file is damaged ({detail}).

Restore the newest good backup ({name})? The damaged file is kept beside it.</source>
      <translation>Le fichier de données est endommagé ({detail}).

Restaurer la sauvegarde saine la plus récente ({name}) ? Le fichier endommagé est conservé à côté.</translation>
    </message>
  </context>
  <context>
    <name>workers</name>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
      <source>Workshop Kit</source>
      <translation>Workshop Kit</translation>
    </message>
  </context>
</TS>
