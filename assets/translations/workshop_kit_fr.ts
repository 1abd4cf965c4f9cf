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
      <source>Backup written: {path}</source>
      <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>Choisissez un dossier accessible en écriture avec --data-dir.</translation>
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
      <source>No .docx templates in {path}</source>
      <translation>Aucun modèle .docx dans {path}</translation>
    </message>
    <message>
      <source>No Arabic font in {path}</source>
      <translation>Aucune police arabe dans {path}</translation>
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
      <source>No workshop '{ref}'. See the list with: workshop-kit workshop list</source>
      <translation>Aucun atelier « {ref} ». Voir la liste avec : workshop-kit workshop list</translation>
    </message>
    <message>
      <source>No workshops yet. Create one with: workshop-kit workshop create --title … --start YYYY-MM-DD</source>
      <translation>Aucun atelier pour l'instant. Créez-en un avec : workshop-kit workshop create --title … --start AAAA-MM-JJ</translation>
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
      <source>This is not a Workshop Kit public key file.</source>
      <translation>Ce fichier n'est pas une clé publique Workshop Kit.</translation>
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
      <source>Update Workshop Kit.</source>
      <translation>Mettez Workshop Kit à jour.</translation>
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
      <source>not a SQLite database</source>
      <translation>pas une base SQLite</translation>
    </message>
    <message>
      <source>number of days (default 1)</source>
      <translation>nombre de jours (1 par défaut)</translation>
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
      <source>process {pid}</source>
      <translation>processus {pid}</translation>
    </message>
    <message>
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>remplacer le fichier de données par une sauvegarde (la plus récente saine par défaut)</translation>
    </message>
    <message>
      <source>schema {version}; will be upgraded to {latest} (a backup is taken first)</source>
      <translation>schéma {version} ; sera mis à niveau vers {latest} (une sauvegarde est faite d'abord)</translation>
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
      <source>written by a newer Workshop Kit</source>
      <translation>écrit par une version plus récente de Workshop Kit</translation>
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
