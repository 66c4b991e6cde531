"""English adjectives of nationality -> the state (ISO 3166 alpha-2 id) they stand for.

"Turkish and Greek authorities" mean Turkey and Greece, "Latvian soldiers" Latvia. Relation
rules use this table for the phrases where an adjective, not a country name, names a state.
"""

ADJECTIVES: dict[str, str] = {
    "albanian": "AL", "american": "US", "austrian": "AT", "belgian": "BE", "british": "GB",
    "bulgarian": "BG", "canadian": "CA", "croatian": "HR", "czech": "CZ", "danish": "DK",
    "dutch": "NL", "estonian": "EE", "finnish": "FI", "french": "FR", "german": "DE",
    "greek": "GR", "hungarian": "HU", "icelandic": "IS", "irish": "IE", "italian": "IT",
    "latvian": "LV", "lithuanian": "LT", "luxembourgish": "LU", "maltese": "MT",
    "montenegrin": "ME", "norwegian": "NO", "polish": "PL", "portuguese": "PT", "romanian": "RO",
    "slovak": "SK", "slovakian": "SK", "slovenian": "SI", "slovene": "SI", "spanish": "ES",
    "swedish": "SE", "turkish": "TR", "cypriot": "CY", "north macedonian": "MK", "macedonian": "MK",
    "ukrainian": "UA", "moldovan": "MD", "georgian": "GE", "azerbaijani": "AZ", "armenian": "AM",
    "russian": "RU", "belarusian": "BY", "swiss": "CH", "australian": "AU", "japanese": "JP",
    "korean": "KR", "south korean": "KR", "chinese": "CN", "iraqi": "IQ", "afghan": "AF",
    "bosnian": "BA", "serbian": "RS", "kosovar": "XK", "kosovan": "XK", "libyan": "LY",
    "israeli": "IL", "jordanian": "JO", "tunisian": "TN", "egyptian": "EG", "moroccan": "MA",
    "mauritanian": "MR", "algerian": "DZ", "new zealand": "NZ", "mongolian": "MN", "indian": "IN",
}
