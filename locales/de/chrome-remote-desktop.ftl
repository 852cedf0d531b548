# Szenario „chrome-remote-desktop“: Der Gründer eines kleinen Entwicklungsstudios findet den
# Code der spielenden Person auf GitHub und wechselt zu Discord. Variablen: $founder (ein
# Männername), $repo (das Repository der spielenden Person), $excuse (region oder security:
# warum er angeblich ihre Verbindung braucht), $share (Dollar pro Monat), $advance (Dollar).
# Der Gründer ist ein Mann. Er duzt, wie in der Entwicklerszene üblich, schreibt aber sauber,
# höflich und professionell, in ganzen Sätzen und ohne Emojis. Die spielende Person duzt zurück.
# Text in eckigen Klammern ist eine Handlung der spielenden Person, keine Nachricht.

chrome-remote-desktop-title = Ein Gründer schreibt in deinem Repository
chrome-remote-desktop-summary = Der Gründer eines kleinen Entwicklungsstudios nutzt deinen Open-Source-Code und hat Arbeit für dich im Projekt eines US-Kunden.
chrome-remote-desktop-cast-founder = { $founder }

chrome-remote-desktop-issue = { $founder } hat in deinem Repository { $repo } ein Issue eröffnet: Angebot zur Zusammenarbeit
chrome-remote-desktop-gh-hello = Hallo, ich bin { $founder }, Gründer eines kleinen Entwicklungsstudios. Wir nutzen { $repo } in unserem Produkt, und der Code ist außergewöhnlich sauber. Wir haben einen langfristigen Vertrag mit einem US-Kunden und suchen noch einen Entwickler, dem wir vertrauen können.
chrome-remote-desktop-gh-move = Ein Issue ist nicht der richtige Ort für ein geschäftliches Gespräch. Kannst du mich auf Discord hinzufügen? Mein Name ist dort derselbe wie hier, und ich erkläre dir alles.

chrome-remote-desktop-move-choice-here = Danke! Kannst du das Angebot hier beschreiben oder mir einen schriftlichen Vorschlag mit deinen Firmendaten schicken?
chrome-remote-desktop-move-choice-here-feedback = Gut. Ein echtes Angebot hält es aus, aufgeschrieben zu werden. Wer vor jeder Vereinbarung in einen privaten Chat wechselt, nimmt dir die Aufzeichnung dessen, was gesagt wurde.
chrome-remote-desktop-move-choice-go = Klar, ich füge dich gleich hinzu. Ein Issue ist dafür sowieso umständlich, und der Kunde interessiert mich.
chrome-remote-desktop-move-choice-halfway = Ich füge dich hinzu, um den Vorschlag zu lesen, aber alles, was wir vereinbaren, kommt schriftlich hierher zurück.
chrome-remote-desktop-move-choice-halfway-feedback = Sobald das Gespräch in einen privaten Chat wandert, liegt die Aufzeichnung bei ihm, und was dort vereinbart wird, kommt selten zurück. Ein schriftlicher Vorschlag im offenen Thread kostet einen ehrlichen Gründer nichts.

chrome-remote-desktop-gh-insist = Ich verstehe die Vorsicht und respektiere sie. Der Kunde steht unter NDA, deshalb kann ich keine Details öffentlich schreiben. Fünf Minuten auf Discord, danach entscheidest du.

chrome-remote-desktop-insist-choice-give-in = [{ $founder } wie gewünscht auf Discord hinzufügen und schreiben, dass du fünf Minuten hast]
chrome-remote-desktop-insist-choice-decline = Dann passe ich. Ein Angebot, das ich nicht schriftlich sehe, kann ich nicht beurteilen, NDA hin oder her.
chrome-remote-desktop-insist-choice-nda = Dann schick mir zuerst das NDA. Wenn es normal aussieht, füge ich dich auf Discord hinzu.
chrome-remote-desktop-insist-choice-nda-feedback = Ein Dokument, das er selbst geschrieben hat, kann nicht für ihn bürgen, und ein NDA ist kein Grund, einen Ort zu verlassen, an dem alles schriftlich steht. Der Wechsel in einen privaten Chat war das Warnsignal, und daran hat das NDA nichts geändert.
chrome-remote-desktop-nda-file = { $founder } hat eine Datei an das Issue gehängt: NDA_mutual.pdf. Sie liest sich wie eine Standardvereinbarung.

chrome-remote-desktop-dc-hello = Danke, dass du rübergekommen bist. Schön, dem Code einen Namen zuordnen zu können.
chrome-remote-desktop-dc-call = Bevor wir über das Geschäftliche reden, würde ich dich gern richtig kennenlernen. Können wir heute später hier kurz per Video sprechen, eine Viertelstunde, mit Kamera? Du kannst mich alles über das Studio fragen.

chrome-remote-desktop-call-choice-accept = Klar, ein kurzer Videocall passt. Ab vier habe ich Zeit, mit Kamera.
chrome-remote-desktop-call-choice-audio = Ein Call ist okay, aber nur mit Ton. Bei neuen Kontakten bleibt meine Kamera aus.
chrome-remote-desktop-call-choice-audio-feedback = Mit ausgeschalteter Kamera hast du dir eine Gelegenheit genommen, ihn einzuschätzen, und auf dem Spiel stand nichts: Ein Videocall als du selbst, für deine eigene Arbeit, ist ein normaler Schritt. Gefährlich ist es, für jemand anderen vor die Kamera zu gehen.
chrome-remote-desktop-call-choice-refuse = Ich zeige mein Gesicht ungern jemandem, den ich über ein Issue kennengelernt habe. Bitte nur Text.
chrome-remote-desktop-call-choice-refuse-feedback = Ein vorsichtiger Reflex, aber diese Bitte war harmlos: Die Person, mit der man zu tun hat, als man selbst per Video zu treffen, ist ein normaler Schritt, und man erfährt viel dabei. Entscheidend ist, worum man danach gebeten wird.

chrome-remote-desktop-call-done = Ein Videocall mit { $founder }, eine Viertelstunde. Er ist freundlich und entspannt, kennt deinen Code gut und beantwortet deine Fragen zum Studio. Den Namen des Kunden, sagt er, gibt es mit dem Vertrag.
chrome-remote-desktop-call-skip = Natürlich, das ist ganz deine Entscheidung. Wir können einfach hier weitermachen.
chrome-remote-desktop-dc-team = Zum Hintergrund: Wir sind ein Studio mit sechs Entwicklern, vor allem React und Node, und haben einen langfristigen Vertrag mit einem großen US-Fintech. Der Kunde zahlt gut und pünktlich.
chrome-remote-desktop-dc-plan = { $excuse ->
    [region] Die Schwierigkeit ist, dass der Kunde nur Entwickler zulässt, die sich aus den USA oder der EU verbinden. Der Großteil unseres Teams arbeitet im Ausland, deshalb brauchen wir eine lokale Verbindung.
   *[security] Die Schwierigkeit ist, dass das Sicherheitssystem des Kunden Verbindungen aus unserem Land blockiert. Eine übertrieben strenge Regel, deshalb brauchen wir eine lokale Verbindung.
}
chrome-remote-desktop-dc-crd = Das Modell ist einfach. Du lässt zu Hause einen Laptop mit Chrome Remote Desktop laufen. Einer unserer Entwickler verbindet sich damit und arbeitet über deine Internetverbindung. Du selbst tust nichts und bekommst jeden Monat { MONEY($share) }.

chrome-remote-desktop-crd-choice-refuse = Nein. Fremde, die über meinen Computer und meine Leitung arbeiten, hole ich mir nicht ins Haus.
chrome-remote-desktop-crd-choice-refuse-feedback = Richtig. Der Deal funktioniert nur, wenn der Kunde darüber getäuscht wird, wer die Arbeit macht und von wo, und dein Computer und deine Leitung wären die Tarnung. Das ist der Kern der Proxy-Masche.
chrome-remote-desktop-crd-choice-spare = Nur auf einem Ersatzlaptop, auf dem nichts von mir ist, und nachts ziehe ich den Stecker.
chrome-remote-desktop-crd-choice-spare-feedback = Ein Ersatzlaptop schützt deine Dateien, nicht deinen Namen: Die Arbeit läuft trotzdem über deine Leitung, und der Kunde wird darüber getäuscht, wer sie macht und von wo. Das Problem war die Bitte selbst.
chrome-remote-desktop-crd-choice-accept = Ich habe einen alten Laptop, den ich nie benutze, und das Geld deckt meine Miete. Gut.

chrome-remote-desktop-accept-reply = Sehr gut. Ich wusste, dass du den Sinn darin siehst.
chrome-remote-desktop-dodge = Es geht nicht ums Verstecken. So arbeitet dieser Kunde eben, und viele Studios machen es genauso. { MONEY($share) } im Monat für einen Laptop, der einfach läuft, ist ein großzügiges Angebot. Denk bitte in Ruhe darüber nach.

chrome-remote-desktop-dodge-choice-leave = Nein, danke. Geld für einen Laptop, der nur läuft, ist nie so einfach.
chrome-remote-desktop-dodge-choice-leave-feedback = Das Nein hat es beendet. Noch besser ist ein Schritt mehr: das Konto blockieren und melden, ohne es vorher anzukündigen, damit dasselbe Angebot nicht den nächsten Entwickler erreicht.
chrome-remote-desktop-dodge-choice-trial = Wie wäre es erst mit einem Probemonat? Wenn mir etwas komisch vorkommt, schalte ich ab.
chrome-remote-desktop-dodge-choice-trial-feedback = Auch ein Probemonat heißt: Fremde arbeiten ab der ersten Nacht über deine Leitung, und die nächsten Bitten (deine Logins, dein Schweigen) kommen ebenfalls im Probemonat.
chrome-remote-desktop-dodge-choice-give-in = Es ist ja nur ein Laptop, und ehrlich, ich kann das Geld brauchen. Was brauchst du noch?

chrome-remote-desktop-accounts = Noch etwas. Der Kunde prüft, ob die Commits von einem echten Entwickler mit Historie kommen, und dein GitHub-Konto ist ideal. Außerdem bräuchten wir deinen Upwork-Login, um den Kunden darüber abzurechnen. Kannst du mir beides schicken? Dein Anteil kommt jeden Monat, wie vereinbart.

chrome-remote-desktop-account-choice-refuse = GitHub und Upwork gehören mir. Niemand sonst loggt sich als ich ein, für keinen Anteil.
chrome-remote-desktop-account-choice-github-only = GitHub geht klar, ist ja nur Code. Aber mein Upwork-Konto bleibt bei mir.
chrome-remote-desktop-account-choice-github-only-feedback = Auch dein GitHub-Konto ist dein Name: Jeder Commit darüber trägt deinen Namen, für einen Kunden, der getäuscht wird. Jeder Login, den du weitergibst, legt deine Identität in fremde Hände.
chrome-remote-desktop-account-choice-give = [Ihm beide Logins per Direktnachricht schicken; die Konten ruhen gerade sowieso]

chrome-remote-desktop-refuse-reply = Verstanden. Lassen wir GitHub vorerst beiseite; der Laptop ist das Wichtigste.
chrome-remote-desktop-github-reply = Das ist ein guter Anfang. Schick ihn mir bitte per Direktnachricht und schalte die Zwei-Faktor-Anmeldung vorerst ab; über Upwork können wir später reden.
chrome-remote-desktop-give-reply = Danke. Schick sie mir bitte per Direktnachricht und schalte die Zwei-Faktor-Anmeldung vorerst ab; sie stört unsere Entwickler.
chrome-remote-desktop-pressure = Für den Anfang kann ich dir heute { MONEY($advance) } Vorschuss schicken, wenn du es heute Abend einrichtest. Zwei andere Kandidaten warten, deshalb brauche ich deine Antwort heute Abend.
chrome-remote-desktop-guide-file = { $founder } hat eine Datei geschickt: crd_setup_steps.pdf
chrome-remote-desktop-guide-msg = Folge einfach den Schritten: Chrome Remote Desktop installieren, eine PIN festlegen, dann schick mir die PIN und das Google-Konto, das du benutzt hast.
chrome-remote-desktop-screen-call = Am einfachsten ist ein kurzer Call: Du teilst deinen Bildschirm, und ich führe dich durch die Einrichtung von Chrome Remote Desktop. Das dauert zwei Minuten.
chrome-remote-desktop-nudge = Ein letzter Punkt: Bitte behalte das für dich. GitHub, Upwork oder der Kunde müssen davon nichts wissen; es fällt unter unser NDA. Also, kann ich heute Abend mit der Einrichtung rechnen?

chrome-remote-desktop-final-choice-install = Die Miete ist fällig, der Vorschuss hilft, und du warst offen zu mir. Ich richte es heute Abend ein.
chrome-remote-desktop-final-choice-open = Ich richte es ein, aber ich verstecke es nicht: Wenn die Plattformen fragen, sage ich es ihnen.
chrome-remote-desktop-final-choice-open-feedback = Keine Geheimnisse zu haben ist gut, aber über den Laptop würden trotzdem Fremde unter deinem Namen über deine Leitung arbeiten. Offen gemachter Fernzugriff ist deshalb nicht sicher.
chrome-remote-desktop-final-choice-report = [Nichts installieren. { $founder } auf Discord blockieren und sein Konto dort melden]
chrome-remote-desktop-final-choice-report-feedback = Erst blockieren und dann ohne ein Wort melden ist der sicherste Ausweg: Es gibt nichts zu diskutieren, und die Plattform kann das Konto stoppen, bevor es den nächsten Entwickler erreicht. Behalte den Chat: Er ist ein Beweismittel.

chrome-remote-desktop-fine-proxy-verification = Ein kurzer Videocall mit der Person, mit der man verhandelt, als man selbst, ist ein normaler Schritt und eine faire Art, einander einzuschätzen. Die Kamera war nie das Risiko; riskant ist, für jemand anderen vor der Kamera zu sitzen oder eine Prüfung zu bestehen, und ebenso das, worum er danach bat: einen Laptop, über den Fremde arbeiten.

chrome-remote-desktop-crd-session = Chrome Remote Desktop: Jemand ist mit deinem Laptop verbunden. Es ist 3 Uhr nachts.
chrome-remote-desktop-github-used = GitHub: eine neue Anmeldung bei deinem Konto von einem Gerät, das du nicht kennst.
chrome-remote-desktop-upwork-used = Upwork: „Dein Konto wurde wegen eines Verstoßes gegen die Nutzungsbedingungen gesperrt.“
chrome-remote-desktop-traced = Fünf Wochen später kommt eine E-Mail von einer Firma, von der du nie gehört hast: Ihr Sicherheitsteam hat die Logins eines Auftragnehmers zu deinem Internetanschluss zurückverfolgt und fragt, wer du bist.
chrome-remote-desktop-compromised = Fremde haben von deinem Computer aus und über deinen Internetanschluss gearbeitet, und ein Kunde wurde darüber getäuscht, wer die Arbeit macht. Das kann dich zum Teil eines Betrugs machen, das rechtliche Risiko bleibt bei dir, und Plattformsperren sind dauerhaft und folgen deiner Identität. Das passiert auch vorsichtigen Menschen. Sich früh zu melden hilft, und wer getäuscht wurde, ist nicht dasselbe wie jemand, der so etwas wissentlich betrieben hat. Deinstalliere Chrome Remote Desktop und entferne den Computer aus der Fernzugriffsliste deines Google-Kontos, ändere deine Passwörter bei Google, GitHub und Upwork und schalte die Zwei-Faktor-Anmeldung ein, informiere GitHub und Upwork und erstatte Anzeige bei der Polizei. Die Seite „Schon betroffen?“ im Spiel (Taste I) nennt die nächsten Schritte.

chrome-remote-desktop-walked-away-early = Du hast das Gespräch dort gehalten, wo es schriftlich bleibt, und bist gegangen, als er das nicht wollte. Nichts hat deine Hände verlassen.
chrome-remote-desktop-walked-away = Du hast Nein gesagt, bevor etwas installiert oder übergeben war. Dein Computer, deine Leitung und deine Konten sind deine geblieben. Das Konto zusätzlich zu melden, würde die nächste Person schützen, der er schreibt.
chrome-remote-desktop-reported = Du hast ihn blockiert und das Konto gemeldet, bevor etwas installiert oder übergeben war. Dein Computer, deine Leitung und deine Konten sind deine geblieben, und die Plattform kann sich dieses Konto jetzt ansehen.
chrome-remote-desktop-reported-shared = Du hast ihn blockiert und das Konto gemeldet, bevor etwas installiert war. Er hat aber noch die Logins, die du ihm geschickt hast: Ändere jetzt diese Passwörter, schalte die Zwei-Faktor-Anmeldung wieder ein und sag den Plattformen, dass jemand anderes deinen Login hatte.
