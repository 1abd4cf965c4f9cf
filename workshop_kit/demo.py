"""A ready demo workshop so a new user sees the app working at once."""

from __future__ import annotations

from datetime import date

from . import participants, workshops
from .changes import writes
from .i18n import _
from .sqlconn import Database

DEMO_TITLE = "Atelier Al Wassit — Droits des personnes migrantes (démo)"

# (first, last, first_ar, last_ar, gender, birth_year, nationality, organisation, city)
SAMPLE_PEOPLE = [
    ("Fatima", "El Idrissi", "فاطمة", "الإدريسي", "F", 1988, "MA", "Association Tadamon", "Rabat"),
    ("Youssef", "Benali", "يوسف", "بنعلي", "M", 1992, "MA", "Association Tadamon", "Salé"),
    ("Aminata", "Diallo", "", "", "F", 1995, "SN", "Collectif des femmes migrantes", "Rabat"),
    ("Mamadou", "Traoré", "", "", "M", 1990, "ML", "Collectif des femmes migrantes", "Casablanca"),
    ("", "", "خديجة", "العلوي", "F", 1979, "MA", "جمعية الأمل", "أكادير"),
    ("", "", "محمد", "الفاسي", "M", 1984, "MA", "جمعية الأمل", "أكادير"),
    ("Grâce", "Mbemba", "", "", "F", 1998, "CD", "Réseau Entraide", "Tanger"),
    ("Jean-Baptiste", "Kouassi", "", "", "M", 1987, "CI", "Réseau Entraide", "Tanger"),
    ("Nadia", "Berrada", "نادية", "برادة", "F", 1993, "MA", "Commune d'Agadir", "Agadir"),
    ("Rachid", "Amrani", "رشيد", "العمراني", "M", 1981, "MA", "Commune d'Agadir", "Agadir"),
    ("Mariam", "Koné", "", "", "F", 2000, "GN", "Association Tadamon", "Rabat"),
    ("Omar", "Zerouali", "عمر", "الزروالي", "M", 1976, "MA", "Entraide sociale Oujda", "Oujda"),
]


@writes(workshops=True, sessions=True, participants=True, enrolments=True, attendance=True, checkin_events=True, badge_tokens=True, quiz_scores=True)
def create_demo(db: Database, start: date | None = None) -> tuple[workshops.Workshop, int]:
    """Create a 3-day demo workshop starting today (so check-in works now) with sample participants,
    each enrolled and with a badge."""
    start = start or date.today()
    w, _sessions = workshops.create_workshop(
        db,
        title=DEMO_TITLE,
        start=start,
        days=3,
        sessions_per_day=2,
        city="Rabat",
        venue="Centre culturel",
        modules=["m01-migration-terms", "m02-legal-framework", "m03-public-services"],
        partner="CEFA",
        donor="EU",
        project_code="AL-WASSIT",
        trainer_name="Salma Ouazzani",
        actor="demo",
    )
    for first, last, first_ar, last_ar, gender, year, nat, org, city in SAMPLE_PEOPLE:
        p = participants.add_participant(
            db,
            first_name=first,
            last_name=last,
            first_name_ar=first_ar,
            last_name_ar=last_ar,
            gender=gender,
            birth_year=year,
            nationality=nat,
            organisation_name=org,
            city=city,
            consent_data=True,
            consent_email=True,
            consent_recorded_by=_("demo"),
            actor="demo",
        )
        participants.enrol(db, w.id, p.id, actor="demo")
    from .badges import ensure_badges

    ensure_badges(db, w.id, actor="demo")  # the check-in screen works at once with printed badges
    return w, len(SAMPLE_PEOPLE)


def has_demo(db: Database) -> bool:
    return db.execute("SELECT 1 FROM workshops WHERE title = ?", [DEMO_TITLE]).fetchone() is not None
