"""Registration exports as associations really have them, written byte for byte.

KoboToolbox (formpack, as its server exports): CSV with ';' between fields, every field quoted,
CRLF, UTF-8 without BOM, an HXL hashtag row under the header when the form is tagged, group
headers ``group/field`` with XML names, a ``field/option`` column per choice of a multi-select
question, then the meta columns (``_id``, ``_uuid``, ``_submission_time``, ``_validation_status``,
``_notes``, ``_status``, ``_submitted_by``, ``__version__``, ``_tags``, ``_index``, GPS parts).
XLSX: one sheet per repeat group, with ``_index``/``_parent_index``/``_parent_table_name``.
Google Forms "Download responses (.csv)": ',' between fields, every field quoted, UTF-8 without
BOM, a long question's description after a line break inside the header cell.
"""

from __future__ import annotations

from pathlib import Path

KOBO_META = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
             "__version__", "_tags", "_index"]


def kobo_csv(rows: list[list[str]]) -> bytes:
    """formpack's CSV: ';', every field quoted, CRLF, no BOM."""
    return "".join(";".join('"' + c.replace('"', '""') + '"' for c in row) + "\r\n" for row in rows).encode("utf-8")


def google_csv(rows: list[list[str]]) -> bytes:
    """Google Forms' CSV: ',', every field quoted, CRLF between records (a cell may hold a bare LF)."""
    return "".join(",".join('"' + c.replace('"', '""') + '"' for c in row) + "\r\n" for row in rows).encode("utf-8")


def _meta(n: int) -> list[str]:
    return [str(41000 + n), f"5b1e6f2a-0c3d-4e5f-8a9b-{n:012d}", f"2026-03-0{n % 9 + 1}T09:1{n % 10}:33",
            "", "", "submitted_via_web", "", "vHXs7kPqL2", "", str(n)]


def kobo_labels_fr(path: Path) -> Path:
    """French labels, numbered questions, HXL row, a multi-select split per choice, GPS parts."""
    header = ["start", "end", "1. Quel est votre nom complet ?", "2. Téléphone du participant", "3. Quel âge avez-vous ?",
              "4. Sexe", "5. Ville de résidence", "6. Langues parlées", "6. Langues parlées/Arabe",
              "6. Langues parlées/Français", "Localisation", "_Localisation_latitude", "_Localisation_longitude",
              "_Localisation_altitude", "_Localisation_precision", *KOBO_META]
    hxl = ["#date+start", "#date+end", "#beneficiary+name", "#contact+phone", "#beneficiary+age", "#beneficiary+gender",
           "#loc+name", "", "", "", "#geo+coord", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]
    people = [
        ["Awa Diop", "0612345678", "29", "Femme", "Rabat", "arabe francais", "1", "1"],
        ["Ibrahima Sow", "0623456789", "34", "Homme", "Casablanca", "francais", "0", "1"],
        ["Khadija Alaoui", "0634567890", "41", "Femme", "Oujda", "arabe", "1", "0"],
    ]
    rows = [header, hxl]
    for n, (name, phone, age, sex, city, langs, ar, fr) in enumerate(people, start=1):
        rows.append(["2026-03-02T09:00:00.000+01:00", "2026-03-02T09:05:00.000+01:00", name, phone, age, sex, city,
                     langs, ar, fr, "34.02 -6.83 0 5", "34.02", "-6.83", "0", "5", *_meta(n)])
    path.write_bytes(kobo_csv(rows))
    return path


def kobo_labels_ar(path: Path) -> Path:
    """Arabic question labels, numbered: only the HXL row looked like a header to a naive reader."""
    header = ["start", "end", "1. ما هو اسمك؟", "2. كم عمرك؟", "3. ما هو رقم هاتفك؟", "4. مدينة الإقامة", *KOBO_META]
    hxl = ["#date+start", "#date+end", "#beneficiary+name", "#beneficiary+age", "#contact+phone", "#loc+name",
           "", "", "", "", "", "", "", "", "", ""]
    people = [["فاطمة الزهراء", "31", "0611223344", "وجدة"], ["يوسف بنعلي", "27", "0622334455", "الناظور"],
              ["مريم العلوي", "45", "0633445566", "بركان"], ["أمينة الصديقي", "38", "0644556677", "فاس"],
              ["عمر الفاسي", "52", "0655667788", "الرباط"], ["سعيد الإدريسي", "23", "0666778899", "طنجة"]]
    rows = [header, hxl]
    for n, person in enumerate(people, start=1):
        rows.append(["2026-03-02T09:00:00.000+01:00", "2026-03-02T09:05:00.000+01:00", *person, *_meta(n)])
    path.write_bytes(kobo_csv(rows))
    return path


def kobo_xml_names(path: Path) -> Path:
    """XML names with underscores under groups (``identite/nom_complet``), HXL row."""
    header = ["start", "end", "today", "identite/nom_complet", "identite/date_naissance", "identite/sexe",
              "contact/telephone_participant", "contact/ville", *KOBO_META]
    hxl = ["#date+start", "#date+end", "#date", "#beneficiary+name", "#date+birth", "#beneficiary+gender",
           "#contact+phone", "#loc+name", "", "", "", "", "", "", "", "", "", ""]
    people = [["Mariam Koné", "1991-05-14", "femme", "0677889900", "Tanger"],
              ["Omar Zerouali", "1976-11-02", "homme", "0688990011", "Oujda"]]
    rows = [header, hxl]
    for n, person in enumerate(people, start=1):
        rows.append(["2026-03-02T09:00:00.000+01:00", "2026-03-02T09:05:00.000+01:00", "2026-03-02", *person, *_meta(n)])
    path.write_bytes(kobo_csv(rows))
    return path


def kobo_household_xlsx(path: Path) -> Path:
    """A household survey: the first sheet has no person column, the repeat sheet "membres" does."""
    from openpyxl import Workbook

    wb = Workbook()
    main = wb.active
    main.title = "Enquête ménages"
    main.append(["start", "end", "menage/commune", "menage/nombre_membres", *KOBO_META])
    main.append(["#date+start", "#date+end", "#adm2+name", "#household+num", *[""] * len(KOBO_META)])
    main.append(["2026-03-02T09:00:00", "2026-03-02T09:20:00", "Oujda", "2", *_meta(1)])
    members = wb.create_sheet("membres")
    members.append(["membres/nom_membre", "membres/age_membre", "membres/lien_parente", "_index", "_parent_table_name",
                    "_parent_index", "_submission__id", "_submission__uuid", "_submission__submission_time",
                    "_submission__validation_status", "_submission__notes", "_submission__status",
                    "_submission__submitted_by", "_submission___version__", "_submission__tags"])
    members.append(["#beneficiary", "#beneficiary+age", "", "", "", "", "", "", "", "", "", "", "", "", ""])
    for n, (name, age, link) in enumerate([("Aïcha Traoré", 36, "chef"), ("Moussa Traoré", 12, "enfant")], start=1):
        members.append([name, age, link, n, "Enquête ménages", 1, 41001, "5b1e6f2a-0c3d-4e5f-8a9b-000000000001",
                        "2026-03-02T09:20:00", "", "", "submitted_via_web", "", "vHXs7kPqL2", ""])
    wb.save(path)
    return path


def google_forms_fr(path: Path) -> Path:
    """French Google Form: no consent column, line breaks in header and answer cells, impossible birth dates."""
    header = ["Horodateur", "Adresse e-mail", "Nom et prénom",
              "Numéro de téléphone\n(WhatsApp de préférence, avec l'indicatif du pays si vous n'êtes pas au Maroc)",
              "Date de naissance", "Quelle est votre nationalité ?",
              "Association ou organisation\nSi vous venez à titre personnel, laissez vide.",
              "Avez-vous des besoins particuliers ?\nAccessibilité, interprétation, garde d'enfants…"]
    rows = [header,
            ["2026/03/02 9:12:33 AM UTC+1", "awa@example.org", "Awa Diop", "0612345678", "14/05/1991", "Sénégal",
             "Tadamon", "Interprétation\nwolof"],
            ["2026/03/02 9:20:03 AM UTC+1", "ibrahima@example.org", "Ibrahima Sow", "+221 77 123 45 67", "02/03/2026",
             "Sénégal", "", ""],
            ["2026/03/02 10:01:45 AM UTC+1", "khadija@example.org", "Khadija Alaoui", "0634567890", "21/09/1985", "Maroc",
             "Association Amal", ""]]
    path.write_bytes(google_csv(rows))
    return path


def google_forms_en(path: Path) -> Path:
    """English Google Form: a family sharing one phone, one answer sent twice, an age typed with a letter."""
    header = ["Timestamp", "Email address", "What is your full name?", "Phone number\n(the one you use on WhatsApp)",
              "How old are you?", "Which organisation do you work with?\n(leave empty if none)"]
    rows = [header,
            ["3/2/2026 9:12:33", "", "Aminata Diallo", "0612345678", "34", "Caritas"],
            ["3/2/2026 9:14:10", "", "Mamadou Diallo", "0612345678", "12", ""],
            ["3/2/2026 9:30:51", "", "Grace Mbemba", "0698765432", "29", "Réseau Entraide"],
            ["3/2/2026 9:31:02", "", "Grace Mbemba", "0698765432", "29", "Réseau Entraide"],
            ["3/2/2026 9:40:17", "", "Sara Benali", "0655443322", "2O", ""]]
    path.write_bytes(google_csv(rows))
    return path
