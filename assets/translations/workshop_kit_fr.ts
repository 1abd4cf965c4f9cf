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
      <source>Import {n} rows</source>
      <translation>Importer {n} lignes</translation>
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
      <source>{rows} rows: {new} new participants, {known} already registered (enrolled, not created again), {errors} rows with problems.</source>
      <translation>{rows} lignes : {new} nouveaux participants, {known} déjà enregistrés (inscrits, pas recréés), {errors} lignes avec des problèmes.</translation>
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
      <source>CSV or text file (any delimiter or encoding) or an Excel workbook (.xlsx).</source>
      <translation>Fichier CSV ou texte (tout séparateur, tout encodage) ou classeur Excel (.xlsx).</translation>
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
      <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
      <translation>Tableurs (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
      <source>Text encoding</source>
      <translation>Encodage du texte</translation>
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
      <source>Import participants</source>
      <translation>Importer des participants</translation>
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
      <source>sheet {name}</source>
      <translation>feuille {name}</translation>
    </message>
    <message>
      <source>{rows} rows; header on row {header} ({source}).</source>
      <translation>{rows} lignes ; en-tête à la ligne {header} ({source}).</translation>
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
      <source>'{value}' is not a phone number; write a Moroccan number as 06 12 34 56 78 or a foreign one with its country code, e.g. +33 6 12 34 56 78.</source>
      <translation>« {value} » n'est pas un numéro de téléphone ; écrivez un numéro marocain comme 06 12 34 56 78 ou un numéro étranger avec son indicatif, par ex. +33 6 12 34 56 78.</translation>
    </message>
    <message>
      <source>'{value}' is not an e-mail address (name@example.org).</source>
      <translation>« {value} » n'est pas une adresse e-mail (nom@exemple.org).</translation>
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
      <source>After</source>
      <translation>Après</translation>
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
      <source>All required checks passed.</source>
      <translation>Toutes les vérifications requises sont passées.</translation>
    </message>
    <message>
      <source>An erased participant cannot be merged.</source>
      <translation>Un participant effacé ne peut pas être fusionné.</translation>
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
      <source>Backup written: {path}</source>
      <translation>Sauvegarde écrite : {path}</translation>
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
      <source>Birth year</source>
      <translation>Année de naissance</translation>
    </message>
    <message>
      <source>Birth year '{value}' is impossible; write a year between {low} and {high}.</source>
      <translation>Année de naissance « {value} » impossible ; écrivez une année entre {low} et {high}.</translation>
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
      <source>CSV, TSV or XLSX file</source>
      <translation>fichier CSV, TSV ou XLSX</translation>
    </message>
    <message>
      <source>Certificate</source>
      <translation>Attestation</translation>
    </message>
    <message>
      <source>Certificates</source>
      <translation>Attestations</translation>
    </message>
    <message>
      <source>Choose a writable folder with --data-dir.</source>
      <translation>Choisissez un dossier accessible en écriture avec --data-dir.</translation>
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
      <source>Code</source>
      <translation>Code</translation>
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
      <source>Demo workshop created: {title} ({id}), {n} participants, {s} sessions.</source>
      <translation>Atelier de démonstration créé : {title} ({id}), {n} participants, {s} séances.</translation>
    </message>
    <message>
      <source>Dry run: {valid} valid row(s), {errors} error(s); nothing was written.</source>
      <translation>Essai : {valid} ligne(s) valide(s), {errors} erreur(s) ; rien n'a été enregistré.</translation>
    </message>
    <message>
      <source>E-mails</source>
      <translation>E-mails</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
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
      <source>F, M or X</source>
      <translation>F, M ou X</translation>
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
      <source>First name</source>
      <translation>Prénom</translation>
    </message>
    <message>
      <source>First name (Arabic)</source>
      <translation>Prénom (arabe)</translation>
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
      <source>Gender</source>
      <translation>Genre</translation>
    </message>
    <message>
      <source>Gender '{value}' is not understood; use F, M or X (other).</source>
      <translation>Genre « {value} » non compris ; utilisez F, M ou X (autre).</translation>
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
      <source>Imported {imported} new participant(s); {enrolled} enrolment(s) added; {skipped} row(s) skipped.</source>
      <translation>{imported} nouveau(x) participant(s) importé(s) ; {enrolled} inscription(s) ajoutée(s) ; {skipped} ligne(s) ignorée(s).</translation>
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
      <source>Issued</source>
      <translation>Délivrée le</translation>
    </message>
    <message>
      <source>Kind of organisation</source>
      <translation>Type d'organisation</translation>
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
      <source>Merged {other} into {keep}.</source>
      <translation>{other} fusionné dans {keep}.</translation>
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
      <source>Nationality</source>
      <translation>Nationalité</translation>
    </message>
    <message>
      <source>Nationality '{value}' is not a known country; write its name or ISO code (e.g. MA, SN).</source>
      <translation>Nationalité « {value} » : pays inconnu ; écrivez son nom ou son code ISO (par ex. MA, SN).</translation>
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
      <source>No column is mapped to a name; map one with --mapping, e.g. {"Nom": "last_name"}.</source>
      <translation>Aucune colonne n'est associée à un nom ; associez-en une avec --mapping, par ex. {"Nom": "last_name"}.</translation>
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
      <source>No sheet '{sheet}' in {name}; its sheets are: {sheets}.</source>
      <translation>Pas de feuille « {sheet} » dans {name} ; ses feuilles sont : {sheets}.</translation>
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
      <source>None.</source>
      <translation>Rien.</translation>
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
      <source>Nothing was written. Fix the rows above, or import the valid rows with --skip-invalid.</source>
      <translation>Rien n'a été enregistré. Corrigez les lignes ci-dessus, ou importez les lignes valides avec --skip-invalid.</translation>
    </message>
    <message>
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
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
      <source>Participant registered: {name} ({id}).</source>
      <translation>Participant enregistré : {name} ({id}).</translation>
    </message>
    <message>
      <source>Participant {id} erased; their attendance still counts, anonymously.</source>
      <translation>Participant {id} effacé ; sa présence compte toujours, de façon anonyme.</translation>
    </message>
    <message>
      <source>Partner association</source>
      <translation>Association partenaire</translation>
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
      <source>Poster or flyer</source>
      <translation>Affiche ou tract</translation>
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
      <source>Revoked</source>
      <translation>Révoqué</translation>
    </message>
    <message>
      <source>Role / function</source>
      <translation>Rôle / fonction</translation>
    </message>
    <message>
      <source>Run: workshop-kit curricula validate {path}</source>
      <translation>Lancez : workshop-kit curricula validate {path}</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Sessions attended</source>
      <translation>Séances suivies</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Réseaux sociaux</translation>
    </message>
    <message>
      <source>Some required checks failed.</source>
      <translation>Certaines vérifications requises ont échoué.</translation>
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
      <source>Test scores</source>
      <translation>Résultats aux tests</translation>
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
      <source>The delimiter must be one character (e.g. ';' or ',').</source>
      <translation>Le séparateur doit être un seul caractère (par ex. « ; » ou « , »).</translation>
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
      <source>The retention period must be at least one month.</source>
      <translation>La durée de conservation doit être d'au moins un mois.</translation>
    </message>
    <message>
      <source>This document lists everything Workshop Kit holds about you, as of {date}. Under Moroccan law 09-08 you may ask for it to be corrected or erased.</source>
      <translation>Ce document liste tout ce que Workshop Kit conserve à votre sujet, au {date}. En vertu de la loi marocaine 09-08, vous pouvez en demander la rectification ou l'effacement.</translation>
    </message>
    <message>
      <source>This is not a Workshop Kit public key file.</source>
      <translation>Ce fichier n'est pas une clé publique Workshop Kit.</translation>
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
      <source>This session no longer exists.</source>
      <translation>Cette séance n'existe plus.</translation>
    </message>
    <message>
      <source>This workshop has no session {number}.</source>
      <translation>Cet atelier n'a pas de séance {number}.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
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
      <source>Unknown text encoding '{encoding}'; use e.g. utf-8, utf-16, cp1256 or latin-1.</source>
      <translation>Encodage inconnu « {encoding} » ; utilisez par ex. utf-8, utf-16, cp1256 ou latin-1.</translation>
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
      <source>Value</source>
      <translation>Valeur</translation>
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
      <source>Workshops</source>
      <translation>Ateliers</translation>
    </message>
    <message>
      <source>Workshops already exist; no demo created.</source>
      <translation>Des ateliers existent déjà ; aucune démo créée.</translation>
    </message>
    <message>
      <source>Written: {path}</source>
      <translation>Écrit : {path}</translation>
    </message>
    <message>
      <source>XLSX sheet name or number (default: the first)</source>
      <translation>nom ou numéro de la feuille XLSX (par défaut : la première)</translation>
    </message>
    <message>
      <source>Your details</source>
      <translation>Vos informations</translation>
    </message>
    <message>
      <source>absent</source>
      <translation>absent</translation>
    </message>
    <message>
      <source>age band, e.g. 25-34</source>
      <translation>tranche d'âge, par ex. 25-34</translation>
    </message>
    <message>
      <source>anonymise them now</source>
      <translation>les anonymiser maintenant</translation>
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
      <source>badge active</source>
      <translation>badge actif</translation>
    </message>
    <message>
      <source>badge revoked</source>
      <translation>badge révoqué</translation>
    </message>
    <message>
      <source>busy</source>
      <translation>occupé</translation>
    </message>
    <message>
      <source>check and report, write nothing</source>
      <translation>contrôler et rendre compte, sans rien enregistrer</translation>
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
      <source>e-mail</source>
      <translation>e-mail</translation>
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
      <source>erase a participant's personal data (attendance counts are kept)</source>
      <translation>effacer les données personnelles d'un participant (les décomptes de présence sont conservés)</translation>
    </message>
    <message>
      <source>error: {message}</source>
      <translation>erreur : {message}</translation>
    </message>
    <message>
      <source>excused</source>
      <translation>excusé</translation>
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
      <source>fr, ar or en</source>
      <translation>fr, ar ou en</translation>
    </message>
    <message>
      <source>full name as typed (split into first/last name, Latin or Arabic script)</source>
      <translation>nom complet tel que saisi (séparé en prénom/nom, caractères latins ou arabes)</translation>
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
      <source>import participants from a CSV or XLSX file into a workshop</source>
      <translation>importer des participants d'un fichier CSV ou XLSX dans un atelier</translation>
    </message>
    <message>
      <source>import the valid rows even when some rows have errors</source>
      <translation>importer les lignes valides même si certaines lignes ont des erreurs</translation>
    </message>
    <message>
      <source>language of the document (default: the participant's)</source>
      <translation>langue du document (par défaut : celle du participant)</translation>
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
      <source>list (or anonymise with --apply) participants kept longer than the retention period</source>
      <translation>lister (ou anonymiser avec --apply) les participants conservés au-delà de la durée de conservation</translation>
    </message>
    <message>
      <source>list backups, newest first</source>
      <translation>lister les sauvegardes, la plus récente d'abord</translation>
    </message>
    <message>
      <source>list records that may be the same person</source>
      <translation>lister les fiches qui pourraient être la même personne</translation>
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
      <source>make a verified backup now</source>
      <translation>faire une sauvegarde vérifiée maintenant</translation>
    </message>
    <message>
      <source>make, list or restore backups of the data file</source>
      <translation>créer, lister ou restaurer les sauvegardes du fichier de données</translation>
    </message>
    <message>
      <source>merge two records of the same person (history kept)</source>
      <translation>fusionner deux fiches d'une même personne (historique conservé)</translation>
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
      <source>not a SQLite database</source>
      <translation>pas une base SQLite</translation>
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
      <source>only when there is no workshop yet</source>
      <translation>seulement s'il n'y a encore aucun atelier</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>organisation</translation>
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
      <source>partner organisation</source>
      <translation>organisation partenaire</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>numéro de téléphone</translation>
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
      <source>process {pid}</source>
      <translation>processus {pid}</translation>
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
      <source>replace the data file with a backup (the newest good one by default)</source>
      <translation>remplacer le fichier de données par une sauvegarde (la plus récente saine par défaut)</translation>
    </message>
    <message>
      <source>retention period in months (default: from Settings)</source>
      <translation>durée de conservation en mois (par défaut : celle des Réglages)</translation>
    </message>
    <message>
      <source>role or function</source>
      <translation>rôle ou fonction</translation>
    </message>
    <message>
      <source>row {row}, column {column}: {message}</source>
      <translation>ligne {row}, colonne {column} : {message}</translation>
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
      <source>show a participant and their workshops</source>
      <translation>afficher un participant et ses ateliers</translation>
    </message>
    <message>
      <source>show a workshop and its sessions</source>
      <translation>afficher un atelier et ses séances</translation>
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
      <source>trainer's name</source>
      <translation>nom du formateur ou de la formatrice</translation>
    </message>
    <message>
      <source>venue</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>who recorded the consent</source>
      <translation>qui a recueilli le consentement</translation>
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
      <source>write everything held about one participant to a Word document</source>
      <translation>écrire tout ce qui est conservé sur un participant dans un document Word</translation>
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
      <source>{field}: '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.</source>
      <translation>{field} : « {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par ex. 2026-03-14.</translation>
    </message>
    <message>
      <source>{field}: '{value}' is not a time; write it as HH:MM, e.g. 09:30.</source>
      <translation>{field} : « {value} » n'est pas une heure ; écrivez-la HH:MM, par ex. 09:30.</translation>
    </message>
    <message>
      <source>{file}: {rows} row(s) read (encoding {encoding}, header on row {header}).</source>
      <translation>{file} : {rows} ligne(s) lue(s) (encodage {encoding}, en-tête à la ligne {header}).</translation>
    </message>
    <message>
      <source>{name} cannot be opened as an Excel workbook ({detail}).</source>
      <translation>{name} ne peut pas être ouvert comme classeur Excel ({detail}).</translation>
    </message>
    <message>
      <source>{name} is an old Excel .xls file; save it as .xlsx or CSV and import that.</source>
      <translation>{name} est un ancien fichier Excel .xls ; enregistrez-le en .xlsx ou CSV et importez celui-ci.</translation>
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
      <source>{n} problem(s), first: {first}</source>
      <translation>{n} problème(s), premier : {first}</translation>
    </message>
    <message>
      <source>{n} row(s) are people already registered (enrolled, not created again).</source>
      <translation>{n} ligne(s) correspondent à des personnes déjà enregistrées (inscrites, pas recréées).</translation>
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
