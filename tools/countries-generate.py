#!/usr/bin/env python3
"""Regenerate countries.json (country codes + zh/en names) for the kiosk.

Usage:
    npm pack i18n-iso-countries          # in a temp dir, outside the repo
    tar xzf i18n-iso-countries-*.tgz     # unpacks into ./package
    python3 countries-generate.py path/to/package

Reads package.json, codes.json, langs/zh.json and langs/en.json from the
unpacked npm package and writes countries.json next to this script.
Python 3 standard library only.

Name rules:
  * If the package gives several names for a language (an array), the first
    one is used, unless the code is listed in EN_ALIAS (then the named alias
    from the package's own array is used; it must exist in that array).
  * EN_OVERRIDE / ZH_OVERRIDE replace names the package does not offer in a
    short, commonly known form.
If countries-LICENSE.txt names another version than the one you regenerate
from, update it as well (package LICENSE file, first line = name + version).
"""

import json
import os
import sys

# Codes in the package that are not assigned ISO 3166-1 alpha-2 codes.
# XK (Kosovo) is a user-assigned code (XKK / 983), not part of ISO 3166-1.
NOT_ISO_3166_1 = {"XK"}

# English: pick this alias out of the package's own array of names.
EN_ALIAS = {
    "CN": "China",
    "CI": "Côte d'Ivoire",
    "CZ": "Czechia",
    "GM": "Gambia",
    "IR": "Iran",
    "MK": "North Macedonia",
    "PS": "Palestine",
    "RU": "Russia",
    "TR": "Turkey",  # package's first name is "Türkiye"
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
}

# English: short common names the package does not have at all.
EN_OVERRIDE = {
    "BN": "Brunei",                      # Brunei Darussalam
    "FM": "Micronesia",                  # Micronesia, Federated States of
    "LA": "Laos",                        # Lao People's Democratic Republic
    "MD": "Moldova",                     # Moldova, Republic of
    "SY": "Syria",                       # Syrian Arab Republic
    "VA": "Vatican City",                # Holy See (Vatican City State)
    "VG": "British Virgin Islands",      # Virgin Islands, British
    "VI": "U.S. Virgin Islands",         # Virgin Islands, U.S.
}

# Chinese overrides.
ZH_OVERRIDE = {
    "HK": "中国香港",   # package: 香港
    "MO": "中国澳门",   # package: 澳门
    "TW": "中国台湾",   # package: 中国台湾省
    "EH": "西撒哈拉",   # package: 阿拉伯撒哈拉民主共和国 (name of the SADR,
                        # not of the territory "Western Sahara")
    "SH": "圣赫勒拿",   # package: 圣赫勒拿、阿森松和特里斯坦-达库尼亚 (en: Saint Helena)
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
    zh = load(os.path.join(pkg, "langs", "zh.json"))["countries"]
    en = load(os.path.join(pkg, "langs", "en.json"))["countries"]

    countries = []
    for row in codes:
        alpha2, alpha3, numeric = row[0], row[1], row[2]
        if alpha2 in NOT_ISO_3166_1:
            continue
        en_names = en[alpha2]
        if alpha2 in EN_ALIAS:
            alias = EN_ALIAS[alpha2]
            if not isinstance(en_names, list) or alias not in en_names:
                sys.exit("EN_ALIAS[%s] = %r is not among the package's names %r"
                         % (alpha2, alias, en_names))
            en_name = alias
        else:
            en_name = EN_OVERRIDE.get(alpha2, first(en_names))
        zh_name = ZH_OVERRIDE.get(alpha2, first(zh[alpha2]))
        countries.append({
            "code": alpha2,
            "alpha3": alpha3,
            "numeric": str(numeric).zfill(3),
            "name": {"zh": zh_name, "en": en_name},
        })
    countries.sort(key=lambda c: c["code"])

    out = {
        "$schema": "schema/countries.schema.json",
        "source": "i18n-iso-countries %s (%s licence), names in zh and en"
                  % (meta["version"], meta.get("license", "MIT")),
        "countries": countries,
    }
    dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "countries.json")
    with open(dest, "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %d countries to %s" % (len(countries), dest))


if __name__ == "__main__":
    main()
