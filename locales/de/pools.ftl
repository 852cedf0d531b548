# Namenslisten: ein Eintrag pro Zeile. Eine Runde zieht eine Position, keinen Namen, daher
# wählt derselbe Seed in jeder Sprache dieselbe Position. Namen für deutschsprachige Leser.

pool-recruiter-names =
    Daniel Becker
    Kevin Schulz
    Jan Hoffmann
    Marco Wagner
    Tobias Krüger

pool-client-names =
    Julia Hartmann
    Sophie Brandt
    Anna Lindner
    Laura Fischer
    Katharina Vogel
