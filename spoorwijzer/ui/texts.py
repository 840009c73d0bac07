"""Fixed Dutch texts shown on every page."""

DISCLAIMER = (
    "Spoorwijzer geeft informatie over de Wet verbetering poortwachter en spoor 2. "
    "Geen juridisch advies: controleer belangrijke beslissingen bij een deskundige. "
    "Vul geen namen of medische gegevens in; gegevens blijven alleen in deze sessie."
)
