"""Frequent Latvian function words: a hint for language identification of very short text."""

from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset("""
un ir ar par uz no kā ka arī to tas tā tie tās lai bet vai jau vēl pie pēc līdz kopš starp
pret bez gan nav bija būs tiek tika tiks kas kurš kura kuri kuras šis šī šie šīs šo mēs
viņš viņa viņi savu savas sava abu abas caur tomēr tikai ļoti kopā kur kad jo ja nu
""".split())

# letters that English text (almost) never has
DIACRITICS: str = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
