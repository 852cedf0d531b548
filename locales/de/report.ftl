# Wo man meldet. Nur Stellen aus der belegten Liste des Projekts (redflags.md, Abschnitt C);
# niemals eine Telefonnummer, Adresse oder einen Link erfinden.

report-heading = Wo du es melden kannst
report-where =
    • Auf der Plattform: Blockiere das Konto zuerst und nutze dann die eigene Melden-Funktion von Upwork, Freelancer oder LinkedIn an der Nachricht oder am Profil. Kündige die Meldung nie an.
    • In Deutschland: Erstatte Anzeige bei der Onlinewache der Polizei deines Bundeslandes (portal.onlinewache.polizei.de führt zu allen). Im Notfall wähle 110.
    • Karten sperren und Beratung in Deutschland: Bank- und Kreditkarten sperrst du über den Sperr-Notruf 116 116; Rat bekommst du bei der Verbraucherzentrale.
    • In anderen Ländern: Melde es der Plattform und der Polizei deines Landes.
    Heb den Chatverlauf auf: Er hilft der Plattform und der Polizei.
