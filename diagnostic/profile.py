"""The profile questions: who answered, in broad categories, for the comparison with peers. Not scored.

Sector comes from the shared vocabulary (taxonomy.Sector, by slug); size bands
and provinces are fixed lists of the programme, translated in the catalogues.
"""

from django.utils.translation import gettext_lazy as _

SIZE_BANDS = [
    ("solo", _("Self-employed, no staff")),
    ("micro", _("2 to 9 people")),
    ("small", _("10 to 49 people")),
    ("medium", _("50 to 249 people")),
]

# Walloon provinces (and Brussels for businesses just across the border), with
# the coordinates of their capital: the recommended seminars are sorted by the
# distance from there to the seminar's city.
PROVINCES = [
    ("brabant-wallon", _("Walloon Brabant"), (50.7171, 4.6114)),
    ("hainaut", _("Hainaut"), (50.4542, 3.9567)),
    ("liege", _("Liège"), (50.6326, 5.5797)),
    ("luxembourg", _("Luxembourg"), (49.6833, 5.8167)),
    ("namur", _("Namur"), (50.4674, 4.8720)),
    ("brussels", _("Brussels"), (50.8503, 4.3517)),
]

# Where the cities that host seminars are (latitude, longitude), with their lower-case names in each language.
CITY_POSITIONS = [
    ((49.6833, 5.8167), "arlon", "aarlen"),
    ((50.6294, 3.7778), "ath"),
    ((50.0032, 5.7197), "bastogne"),
    ((50.8503, 4.3517), "bruxelles", "brussel", "brüssel"),
    ((50.4108, 4.4446), "charleroi"),
    ((50.2606, 4.9122), "dinant"),
    ((50.6285, 6.0357), "eupen"),
    ((50.5614, 4.6989), "gembloux"),
    ((50.5186, 5.2397), "huy", "hoei"),
    ((50.4806, 4.1856), "la louvière"),
    ((50.6326, 5.5797), "liège", "luik", "lüttich"),
    ((50.6683, 4.6144), "louvain-la-neuve"),
    ((50.2268, 5.3442), "marche-en-famenne"),
    ((50.4542, 3.9567), "mons", "bergen"),
    ((50.7436, 3.2142), "mouscron", "moeskroen"),
    ((50.4674, 4.8720), "namur", "namen"),
    ((50.5976, 4.3285), "nivelles", "nijvel"),
    ((50.6056, 3.3878), "tournai", "doornik"),
    ((50.5891, 5.8667), "verviers"),
    ((50.7171, 4.6114), "wavre", "waver"),
]
CITIES = {name: position for position, *names in CITY_POSITIONS for name in names}


def size_band_label(code):
    return dict(SIZE_BANDS).get(code, "")


def province_label(code):
    return next((label for key, label, _where in PROVINCES if key == code), "")


def province_position(code):
    return next((where for key, _label, where in PROVINCES if key == code), None)
