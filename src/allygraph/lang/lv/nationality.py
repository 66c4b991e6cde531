"""Latvian nationality words (genitive plural of the people's name, used as an adjective:
"turku un grieķu iestādes", "latviešu karavīri") -> the state (ISO 3166 alpha-2 id).

State names in the genitive ("Latvijas karavīri") are found by the gazetteer already; this
table covers the forms that are not a state's name.
"""

ADJECTIVES: dict[str, str] = {
    "albāņu": "AL", "amerikāņu": "US", "austriešu": "AT", "beļģu": "BE", "britu": "GB",
    "bulgāru": "BG", "kanādiešu": "CA", "horvātu": "HR", "čehu": "CZ", "dāņu": "DK",
    "nīderlandiešu": "NL", "holandiešu": "NL", "igauņu": "EE", "somu": "FI", "franču": "FR",
    "vācu": "DE", "grieķu": "GR", "ungāru": "HU", "islandiešu": "IS", "īru": "IE", "itāļu": "IT",
    "latviešu": "LV", "lietuviešu": "LT", "luksemburgiešu": "LU", "maltiešu": "MT",
    "melnkalniešu": "ME", "norvēģu": "NO", "poļu": "PL", "portugāļu": "PT", "rumāņu": "RO",
    "slovāku": "SK", "slovēņu": "SI", "spāņu": "ES", "zviedru": "SE", "turku": "TR",
    "kipriešu": "CY", "maķedoniešu": "MK", "ukraiņu": "UA", "moldāvu": "MD", "gruzīnu": "GE",
    "azerbaidžāņu": "AZ", "armēņu": "AM", "krievu": "RU", "baltkrievu": "BY", "šveiciešu": "CH",
    "austrāliešu": "AU", "japāņu": "JP", "korejiešu": "KR", "ķīniešu": "CN", "irākiešu": "IQ",
    "afgāņu": "AF", "bosniešu": "BA", "serbu": "RS",
}
