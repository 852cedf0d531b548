# Die Terminal-Oberfläche. Kurze Texte: Sie sollten möglichst in 40 Spalten passen.
# Tastennamen so, wie sie auf deutschen Tastaturen stehen (Eingabe, Esc, Bild auf/ab).

tui-app-title = redflag
tui-start-heading = Wähle ein Gespräch
tui-start-keys = Pfeile wählen   Eingabe spielen   L Sprache   S Einstellungen   H Handbuch   R Ergebnisse   C Check   I schon betroffen?   ? Hilfe   Q Ende
tui-not-played = noch nicht gespielt
tui-best = { $plays ->
    [one] einmal gespielt
   *[other] { $plays }-mal gespielt
}, bestes Ergebnis { $points }/{ $max }
tui-state-broken = Dein gespeicherter Fortschritt in { $path } konnte nicht gelesen werden. Die Datei bleibt unverändert; diese Sitzung wird nicht gespeichert.
tui-state-unwritable = Dein Fortschritt konnte nicht gespeichert werden: { $reason }

tui-pick-language = Wähle deine Sprache (Pfeile, Eingabe):
tui-languages-title = Sprache

tui-settings-title = Einstellungen
tui-settings-keys = Pfeile wählen, Eingabe oder Leertaste ändern, Esc schließen. Einstellungen werden gespeichert.
tui-setting-typing = Tippgeschwindigkeit: { $value }
tui-setting-motion = Weniger Bewegung: { $value }
tui-setting-colours = Farben: { $value }
tui-setting-plain = Einfacher Modus für Screenreader (ab dem nächsten Start): { $value }
tui-setting-ascii = Nur ASCII-Zeichen: { $value }
tui-speed-slow = langsam
tui-speed-normal = normal
tui-speed-fast = schnell
tui-speed-instant = sofort
tui-colours-normal = normal
tui-colours-high-contrast = hoher Kontrast
tui-colours-none = keine Farben
tui-colours-no-color-env = keine (NO_COLOR)
tui-on = an
tui-off = aus

tui-help-title = Hilfe
tui-help =
    Lies den Chat und antworte so, wie du es tun würdest. Achte auf Warnsignale: Bitten, durch die jemand unter deinem Namen arbeiten könnte.
    Pfeile oder Zahlentasten: Antwort wählen. Eingabe: abschicken.
    Leertaste oder Eingabe: alle Nachrichten bis zu deiner nächsten Antwort zeigen.
    Bild auf/ab, Pos1/Ende: im Chat blättern.
    Esc oder Q: zurück zur Liste. Strg-C: sofort beenden.
    Drück eine beliebige Taste, um die Hilfe zu schließen.

tui-status-online = online
tui-status-typing = schreibt…
tui-typing = { $name } schreibt
tui-your-answer = Deine Antwort
tui-show-all = Leertaste oder Eingabe: alle Nachrichten zeigen
tui-see-debrief = Das Gespräch ist vorbei. Drück Eingabe für deine Auswertung.
tui-more-below = weiter unten (Ende)
tui-feedback-label = Tipp:
tui-chat-keys = ? Hilfe   Esc verlassen

tui-replay-hint = Drück R, um ab deiner letzten Antwort weiterzuspielen und sie zu sehen (Übung: wird nicht gespeichert).
tui-debrief-keys = Pfeile/Bild auf/ab blättern   Esc oder Q zurück zur Liste

tui-handbook-heading = Handbuch der Warnsignale
tui-handbook-met = { $count ->
    [0] noch keins begegnet
    [one] 1 bisher begegnet
   *[other] { $count } bisher begegnet
}
tui-handbook-locked = { $name } (gesperrt)
tui-handbook-locked-why = Dieses Warnsignal ist dir in einem Gespräch noch nicht begegnet. Spiel ein Szenario, um seine Erklärung freizuschalten.
tui-handbook-side = Seite: { $side }
tui-handbook-keys = Pfeile wählen   Bild auf/ab lesen   Esc zurück

tui-too-small = Bitte vergrößere das Fenster auf mindestens { $width } Spalten und { $height } Zeilen.

tui-involved-keys = Pfeile/Bild auf/ab blättern   Esc oder Q zurück
tui-involved-hint = Schon betroffen? Drück I für das, was jetzt zu tun ist.
