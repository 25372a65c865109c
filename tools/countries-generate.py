#!/usr/bin/env python3
"""Regenerate countries.json (country codes + names in the six UN languages) for the kiosk.

Usage:
    npm pack i18n-iso-countries          # in a temp dir, outside the repo
    tar xzf i18n-iso-countries-*.tgz     # unpacks into ./package
    python3 countries-generate.py path/to/package

Reads package.json, codes.json and langs/<lang>.json for zh, en, fr, es, ru
and ar from the unpacked npm package and writes resources/countries.json.
Python 3 standard library only.

Name rules, the same for every language:
  * If the package gives several names for a language (an array), the first
    one is used, unless the code is listed in ALIAS[lang] (then the named alias
    from the package's own array is used; it must exist in that array).
  * OVERRIDE[lang] replaces names the package does not offer in a short,
    commonly known form, and names Taiwan, Hong Kong and Macao as parts of
    China in every language (中国台湾 / Taiwan, China / Taïwan, Chine ...).
  * PART_OF marks those territories as part of a country (the map colours and
    taps them with it).
If countries-LICENSE.txt names another version than the one you regenerate
from, update it as well (package LICENSE file, first line = name + version).
"""

import json
import os
import sys

# Codes in the package that are not assigned ISO 3166-1 alpha-2 codes.
# XK (Kosovo) is a user-assigned code (XKK / 983), not part of ISO 3166-1.
NOT_ISO_3166_1 = {"XK"}

LANGUAGES = ["zh", "en", "fr", "es", "ru", "ar"]

# Territories the map treats as part of a country.
PART_OF = {"TW": "CN", "HK": "CN", "MO": "CN"}

# Pick this alias out of the package's own array of names.
ALIAS = {
    "en": {
        "CN": "China",
        "CI": "Côte d'Ivoire",
        "CZ": "Czechia",
        "GM": "Gambia",
        "IR": "Iran",
        "MK": "North Macedonia",
        "PS": "Palestine",
        "RU": "Russia",
        "TZ": "Tanzania",
        "US": "United States",
    },
    "es": {
        "IR": "Irán",                    # package's first name; the other is República Islámica de Irán
    },
    "ru": {
        "RU": "Россия",                  # package's first name is Российская Федерация
    },
}

# Short common names the package does not have at all.
OVERRIDE = {
    "zh": {
        "HK": "中国香港",   # package: 香港
        "MO": "中国澳门",   # package: 澳门
        "TW": "中国台湾",   # package: 中国台湾省
        "EH": "西撒哈拉",   # package: 阿拉伯撒哈拉民主共和国 (name of the SADR,
                            # not of the territory "Western Sahara")
        "SH": "圣赫勒拿",   # package: 圣赫勒拿、阿森松和特里斯坦-达库尼亚 (en: Saint Helena)
    },
    "en": {
        "BN": "Brunei",                      # Brunei Darussalam
        "FM": "Micronesia",                  # Micronesia, Federated States of
        "HK": "Hong Kong, China",
        "LA": "Laos",                        # Lao People's Democratic Republic
        "MD": "Moldova",                     # Moldova, Republic of
        "MO": "Macao, China",
        "SY": "Syria",                       # Syrian Arab Republic
        "TW": "Taiwan, China",
        "VA": "Vatican City",                # Holy See (Vatican City State)
        "VG": "British Virgin Islands",      # Virgin Islands, British
        "VI": "U.S. Virgin Islands",         # Virgin Islands, U.S.
    },
    "fr": {
        "AE": "Émirats arabes unis",         # package: Émirats Arabes Unis
        "BN": "Brunei",                      # Brunei Darussalam
        "CI": "Côte d'Ivoire",               # package: Côte-d'Ivoire
        "CZ": "Tchéquie",                    # République Tchèque
        "HK": "Hong Kong, Chine",
        "MO": "Macao, Chine",
        "SA": "Arabie saoudite",             # package: Arabie Saoudite
        "TW": "Taïwan, Chine",
        "TZ": "Tanzanie",                    # République unie de Tanzanie
        "US": "États-Unis",                  # États-Unis d'Amérique
        "VA": "Vatican",                     # Saint-Siège (Vatican)
    },
    "es": {
        "BN": "Brunéi",                      # Brunei Darussalam
        "CD": "República Democrática del Congo",  # Congo (República Democrática del)
        "CG": "República del Congo",         # Congo
        "CZ": "Chequia",                     # República Checa
        "HK": "Hong Kong, China",
        "KP": "Corea del Norte",             # República Popular Democrática de Corea
        "KR": "Corea del Sur",               # República de Corea
        "LA": "Laos",                        # República Democrática Popular de Lao
        "MO": "Macao, China",
        "SH": "Santa Elena",                 # Santa Helena, Ascensión y Tristán de Acuña
        "SY": "Siria",                       # República Árabe Siria
        "TW": "Taiwán, China",
        "VA": "Ciudad del Vaticano",         # Santa Sede
    },
    "ru": {
        "CN": "Китай",                       # КНР (Китайская Народная Республика)
        "EH": "Западная Сахара",             # САДР (the SADR, not the territory)
        "HK": "Гонконг, Китай",
        "KP": "КНДР",                        # КНДР (Корейская Народно-Демократическая Республика)
        "MO": "Макао, Китай",
        "KR": "Южная Корея",                 # Республика Корея
        "PS": "Палестина",                   # Государство Палестина
        "SH": "Остров Святой Елены",         # Острова Святой Елены, Вознесения и Тристан-да-Кунья
        "TW": "Тайвань, Китай",
    },
    "ar": {
        "FM": "ميكرونيسيا",                  # ولايات ميكرونيسيا المتحدة
        "HK": "هونغ كونغ، الصين",
        "MO": "ماكاو، الصين",
        "SH": "سانت هيلينا",                 # سانت هيلينا وأسينشين وتريستان دا كونا
        "TW": "تايوان، الصين",
    },
}


def first(name):
    return name[0] if isinstance(name, list) else name


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: countries-generate.py <unpacked i18n-iso-countries package dir>")
    pkg = sys.argv[1]
    meta = load(os.path.join(pkg, "package.json"))
    codes = load(os.path.join(pkg, "codes.json"))
    names = {lang: load(os.path.join(pkg, "langs", lang + ".json"))["countries"] for lang in LANGUAGES}

    countries = []
    for row in codes:
        alpha2, alpha3, numeric = row[0], row[1], row[2]
        if alpha2 in NOT_ISO_3166_1:
            continue
        name = {}
        for lang in LANGUAGES:
            given = names[lang][alpha2]
            alias = ALIAS.get(lang, {}).get(alpha2)
            if alias is not None:
                if not isinstance(given, list) or alias not in given:
                    sys.exit("ALIAS[%s][%s] = %r is not among the package's names %r" % (lang, alpha2, alias, given))
                name[lang] = alias
            else:
                name[lang] = OVERRIDE.get(lang, {}).get(alpha2, first(given))
        country = {
            "code": alpha2,
            "alpha3": alpha3,
            "numeric": str(numeric).zfill(3),
            "name": name,
        }
        if alpha2 in PART_OF:
            country["partOf"] = PART_OF[alpha2]
        countries.append(country)
    countries.sort(key=lambda c: c["code"])

    out = {
        "$schema": "schema/countries.schema.json",
        "source": "i18n-iso-countries %s (%s licence), names in %s"
                  % (meta["version"], meta.get("license", "MIT"), ", ".join(LANGUAGES)),
        "countries": countries,
    }
    dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "countries.json")
    with open(dest, "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d countries to %s" % (len(countries), dest))


if __name__ == "__main__":
    main()
