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
cli-redflag-graph-about = Das Gespräch eines Szenarios als Graph zeichnen (Graphviz dot oder Mermaid)
cli-redflag-graph-scenario = Eine Szenario-ID oder der Pfad einer Szenario-Datei
cli-redflag-graph-format = Ausgabeformat
cli-redflag-new-about = Ein neues Szenario aus einem kleinen, kommentierten Beispiel anlegen, das check besteht
cli-redflag-new-id = Die ID des neuen Szenarios (Kleinbuchstaben, Ziffern und Bindestriche)
cli-redflag-new-out = Der Paket-Ordner, in den geschrieben wird (Standard: der aktuelle Ordner)
cli-redflag-play-watch = Diese Szenario-Datei oder diesen Paket-Ordner bei Änderungen neu laden und den Durchlauf neu starten (für Autorinnen und Autoren)
cli-redflag-check-walks = So viele zufällige Durchläufe (mit Seed) je Szenario und Sprache spielen und die Abdeckung melden
cli-redflag-check-seed = Der Seed des ersten Durchlaufs; Durchlauf k nutzt Seed S+k
cli-redflag-check-exhaustive = Jede Option jeder Auswahl nehmen und jeden erreichbaren Zustand erkunden
cli-redflag-check-max_states = Höchstzahl der Zustände, die der vollständige Modus je Szenario erkundet
