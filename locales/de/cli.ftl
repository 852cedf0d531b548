# Hilfetexte der Kommandozeile (redflag --help). Die Layout-Wörter von clap bleiben englisch.

cli-redflag-about = Ein Trainingsspiel: Erkenne Betrug mit geliehenen Identitäten, bevor er dich erwischt.
cli-lang = Sprache, etwa de oder uk-UA (Standard: aus LC_ALL, LC_MESSAGES oder LANG)
cli-scenarios = Ein Szenario-Paket-Ordner mit scenarios/ und locales/ (mehrfach möglich)
cli-plain = Reiner Textmodus, für Screenreader und Skripte
cli-help = Hilfe anzeigen
cli-version = Version anzeigen
cli-redflag-play-about = Ein Szenario spielen (ohne Angabe aus der Liste wählen)
cli-redflag-play-scenario = Die ID des Szenarios, das gespielt werden soll
cli-redflag-play-seed = Eine Zahl, die die Runde wiederholbar macht (Namen, Beträge, Reihenfolge der Antworten)
cli-redflag-list-about = Die Szenarien auflisten
cli-redflag-list-format = Ausgabeformat
cli-redflag-check-about = Szenarien, Pakete und Sprachdateien auf Fehler prüfen
cli-redflag-check-paths = Szenario-Dateien, Sprachdateien oder Paket-Ordner (Standard: die eingebauten Inhalte)
cli-redflag-check-format = Ausgabeformat
