# Szenario „hiring-live-check“: eine ehrliche Bewerberin. Die spielende Person stellt für die
# eigene kleine Firma eine Full-Stack-Entwicklung remote ein; das Video der Bewerberin wirkt
# anfangs etwas seltsam.
# Variablen: $candidate (die Bewerberin, eine Frau: sie), $colleague (die Entwicklungsleitung
# im Team; jedes Geschlecht möglich, daher keine geschlechtsbezogenen Wörter),
# $home (porto, krakow oder valencia: wo sie wohnt; Bank und Währung folgen daraus),
# $rate (Dollar pro Stunde).
# Anrede: Bewerberin und Firma siezen sich (auch die Kollegin/der Kollege siezt sie); im Team
# duzt man sich. Sie schreibt und spricht freundlich und locker, mit kleinen Fehlern einer
# Nicht-Muttersprachlerin; nie darüber lustig machen. Im Videocall sind Nachrichten
# gesprochene Sätze; Zeilen mit (Chat) gehen nur an die andere Person aus dem eigenen Team,
# im Meeting-Chat. Die Live-Prüfung bekommen alle Bewerbenden.

hiring-live-check-title = Bewerbungsgespräch für Full-Stack-Entwicklung
hiring-live-check-summary = Du suchst für deine kleine Firma jemanden für Full-Stack-Entwicklung, remote. Eine Bewerberin mit gutem Lebenslauf hat nächste Woche ihr Videointerview.
hiring-live-check-cast-candidate = { $candidate }
hiring-live-check-cast-colleague = { $colleague }

hiring-live-check-applied = { $candidate } hat sich per E-Mail auf deine Stellenanzeige „Full-Stack-Entwicklung, Remote-Vertrag, { MONEY($rate) }/Std.“ beworben. Lebenslauf, LinkedIn-Profil und öffentlicher Code sind verlinkt.
hiring-live-check-hello = Guten Morgen, und danke, dass Sie meine Bewerbung lesen. Ich bin Full-Stack-Entwicklerin, 6 Jahre, meistens TypeScript und Vue, die letzten zwei Jahre an einer Logistikplattform für Lieferfirmen. Ich wohne in { $home ->
    [porto] Porto
    [krakow] Krakau
   *[valencia] Valencia
} und kann nächsten Monat anfangen.
hiring-live-check-invite = Du lädst sie zu einem Videocall am Dienstag um 15 Uhr deiner Zeit ein. Wie bei allen Bewerbenden erklärt die Einladung den Ablauf: Kamera an, eine einminütige Live-Prüfung am Ende des Gesprächs und vor jedem Angebot die Ausweisprüfung über deinen HR-Dienstleister.

hiring-live-check-bg-ask = Danke, Dienstag passt perfekt! Eine Frage: Ist okay, wenn ich einen virtuellen Hintergrund benutze? Ich teile die Wohnung mit zwei Mitbewohnern, und die Küche ist direkt hinter meinem Schreibtisch 🙈
hiring-live-check-bg-choice-fine = Klar, gern. Nur für die einminütige Prüfung am Ende bitten wir Sie, ihn kurz auszuschalten.
hiring-live-check-bg-choice-plain = Wir sehen lieber Ihren echten Raum, Küche inklusive. Bitte ohne virtuellen Hintergrund.
hiring-live-check-bg-choice-plain-feedback = Ein virtueller Hintergrund versteckt eine Küche, kein Gesicht. Die Prüfung, die zählt, findet am Gesicht statt, für alle gleich, mit ausgeschaltetem Hintergrund für diese eine Minute.
hiring-live-check-bg-choice-flag = [Zusagen, dann in ihre Akte schreiben: versteckt ihr Zimmer im Video, HR bitte genau prüfen]
hiring-live-check-bg-choice-flag-feedback = Eine geteilte Küche nicht zeigen zu wollen, ist ganz normal, und so eine Notiz begleitet sie ohne Grund durch das ganze Verfahren. Alle schalten den Hintergrund für dieselbe einminütige Prüfung aus; dort zählt es.
hiring-live-check-bg-thanks = Perfekt, danke! Bis Dienstag.
hiring-live-check-bg-plain = ok, kein Problem, ich sage meinen Mitbewohnern, sie bleiben eine Stunde aus der Küche.

hiring-live-check-joined = { $candidate } ist pünktlich da, Kamera an, vor einem virtuellen Bücherregal. Der Raum ist dunkel, ihr Gesicht etwas körnig; wenn sie sich bewegt, wabert der Rand des Hintergrunds um ihre Haare.
hiring-live-check-joined-plain = { $candidate } ist pünktlich da, Kamera an. Hinter ihr eine dunkle Küche und ein Fahrrad an der Wand; im schwachen Licht wirkt ihr Gesicht etwas körnig.
hiring-live-check-colleague-hi = Hallo, ich bin { $colleague } und leite hier die Entwicklung. Danke, dass Sie sich die Zeit nehmen!
hiring-live-check-greet = hallo, guten Tag! entschuldigung, es ist so dunkel hier, es regnet seit dem Morgen. Hören Sie mich gut?
hiring-live-check-greet-alt = hallo, hallo! entschuldigung für das dunkle Bild, hier regnet es den ganzen Tag. Sie können mich gut hören?
hiring-live-check-lag = Ihre Stimme stockt, das Bild bleibt hängen und springt dann weiter. Ihre Lippen hinken ihren Worten einen Takt hinterher; Ton und Bild stocken gemeinsam, und der Raum hinter ihr ebenso.
hiring-live-check-lag-ask = entschuldigung, entschuldigung, mein WLAN ist heute schrecklich… ich gehe näher an den Router, eine Sekunde. Ist jetzt besser? Sonst kann ich auf den Hotspot vom Handy wechseln.
hiring-live-check-lag-choice-go = Viel besser, danke. Machen wir weiter; sagen Sie einfach, wenn es wieder hakt.
hiring-live-check-lag-choice-end = (Chat) Lippen und Stimme passen nicht zusammen. Ein Deepfake-Zeichen; beenden wir das.
hiring-live-check-lag-choice-end-feedback = Ton und Bild hingen gemeinsam, und der Raum hinter ihr stockte auch: Das ist eine langsame Verbindung. Ein Face Swap verrät sich anders, als Gesicht, das verschmiert oder nachhinkt, während alles drumherum scharf bleibt. Die Prüfung am Ende ist der Ort, das herauszufinden.
hiring-live-check-lag-choice-later = Lassen Sie uns hier aufhören und neu treffen, wenn Ihr Internet besser ist.
hiring-live-check-lag-choice-later-feedback = Das Gespräch wegen einer Verbindung zu verschieben, die sich schon erholt, kostet Tage, und gute Leute nehmen in der Zeit andere Angebote an. Die Prüfung am Ende des Gesprächs, für alle gleich, sagt dir, was du wissen musst.
hiring-live-check-again-reply = Oh… okay. Aber hier am Router ist es wirklich viel besser. Können wir zehn Minuten probieren?
hiring-live-check-hold-on = (Chat) Lass uns nicht wegen einer schlechten Verbindung abbrechen: Ton und Bild hängen zusammen, das ist ihr WLAN. Unsere übliche Prüfung am Ende sagt uns mehr.

hiring-live-check-q1 = Reden wir über Ihr letztes Projekt. Wie haben Sie verhindert, dass zwei Fahrer im selben Moment dieselbe Lieferung übernehmen?
hiring-live-check-a1 = ah, das mag ich 😄 Zuerst hatten wir genau diesen Bug, zwei Fahrer an derselben Tür. Dann haben wir jedem Auftrag eine Versionsnummer gegeben: Annehmen ist ein Update nur, wenn die Version noch stimmt. Der zweite Fahrer bekommt „schon vergeben“. Einfach, aber es funktioniert seit zwei Jahren.
hiring-live-check-check-ask = Danke, von unserer Seite ist das alles. Eine letzte Sache, die wir mit allen Bewerbenden machen: einen virtuellen Hintergrund, falls Sie einen nutzen, bitte aus, den Kopf ganz zur einen Seite drehen, dann zur anderen, und eine Hand langsam vor dem Gesicht vorbeiführen.
hiring-live-check-bg-off = Sie schaltet den virtuellen Hintergrund aus: ein kleines Zimmer, ein Wäscheständer voller Wäsche, ein Fenster mit Regentropfen.
hiring-live-check-check-do = Gern! Links… rechts… und jetzt die Hand, langsam… okay! Soll ich auch etwas zeigen? Das ist meine Tasse, von der Hochzeit meiner Schwester 😄
hiring-live-check-check-seen = Das Bild ist immer noch körnig, aber ihr Gesicht bleibt ganz: Wange und Ohr bleiben fest, wenn sie sich dreht, ihre Hand verdeckt das Gesicht sauber und gibt es wieder frei, und die Tasse zieht ohne jedes Verschmieren vor ihrem Kinn vorbei.

hiring-live-check-extra-note = (Chat) Okay, bestanden. Aber ihr Akzent ist stark und ihr Englisch etwas holprig. Sollen wir noch einen zweiten Call mit jemand anderem machen? Nur bei ihr, sicherheitshalber.
hiring-live-check-extra-choice-same = (Chat) Sie hat dieselbe Prüfung bestanden wie alle. Ein Akzent ist kein Grund für mehr.
hiring-live-check-extra-choice-same-feedback = Fair und sicher zugleich. Sie hat dieselbe Prüfung bestanden wie alle Bewerbenden; ein Akzent oder kleine Fehler im Englischen sagen nichts darüber, wer jemand ist.
hiring-live-check-extra-choice-second = (Chat) Gute Idee. Machen wir noch einen Call mit jemand anderem, nur bei ihr.
hiring-live-check-extra-choice-second-feedback = Eine zweite Prüfung nur für die Person, die anders klingt, ist keine Vorsicht: Ein Akzent sagt nichts über die Identität. Sie hatte die Prüfung, die alle bekommen, schon bestanden.
hiring-live-check-extra-choice-pass = (Chat) Ruckeln, körniges Bild, Akzent: zu viel Seltsames. Lassen wir sie lieber.
hiring-live-check-extra-choice-pass-feedback = Jedes dieser Dinge hatte einen gewöhnlichen Grund, und sie hat die eine Prüfung bestanden, die ein Gesicht testet: Es blieb ganz, als eine Hand und eine Tasse davor vorbeizogen.

hiring-live-check-wrap = Danke Ihnen beiden, das war ein wirklich schönes Gespräch! Wenn Sie noch etwas von mir brauchen, schreiben Sie einfach.
hiring-live-check-left = { $candidate } winkt und verlässt den Call.
hiring-live-check-extra-done = Der zweite Call läuft reibungslos. Sie besteht dieselbe Prüfung noch einmal und fragt dann höflich, ob alle Bewerbenden zwei Calls haben.

hiring-live-check-pay-ask = hallo nochmal! Eine praktische Frage vor den Papieren: Können Sie mich in { $home ->
    [krakow] Złoty auf mein Bankkonto hier in Polen
    [porto] Euro auf mein Bankkonto hier in Portugal
   *[valencia] Euro auf mein Bankkonto hier in Spanien
} bezahlen? Es ist auf meinen Namen. Oder nur in Dollar?
hiring-live-check-pay-choice-own = Ja, ein Konto auf Ihren eigenen Namen ist in Ordnung. Tragen Sie es ins HR-Formular ein.
hiring-live-check-pay-choice-usd = Leider zahlen wir nur auf US-Konten. Könnten Sie vor dem Start eines eröffnen?
hiring-live-check-pay-choice-usd-feedback = Eine Auftragnehmerin auf ein Konto auf ihren eigenen Namen zu bezahlen, dort, wo sie lebt, ist ganz gewöhnlich. Das Warnsignal ist Geld, das auf das Konto einer anderen Person geht, in Krypto, oder Zahlungsdaten, die sich ständig ändern.
hiring-live-check-pay-choice-hold = [HR bitten, ihre Akte anzuhalten: ein Bankkonto im Ausland steht auf unserer Warnliste]
hiring-live-check-pay-choice-hold-feedback = Ein Konto auf ihren eigenen Namen, in dem Land, in dem sie lebt und arbeitet, ist genau dort, wo ihr Geld hingehört. Aufpassen musst du bei Geld für das Konto einer anderen Person, bei Krypto oder bei Zahlungsdaten, die sich ständig ändern.
hiring-live-check-pay-hr = HR schaltet sich ein: Auftragnehmende im Ausland auf Konten auf ihren eigenen Namen zu bezahlen, ist Routine. Ihre Kontodaten kommen so, wie sie sind, in die Akte.

hiring-live-check-skip-note = Okay, sie ist super, stellen wir sie ein. Ehrlich, sie ist offensichtlich echt, wir haben gesehen, wie sie den Kopf dreht und eine Tasse schwenkt. Die Ausweisprüfung bei HR dauert zwei Tage, und sie hat noch andere Gespräche. Lassen wir die weg und schicken heute das Angebot?
hiring-live-check-skip-choice-same = Die Live-Prüfung zeigt ein echtes Gesicht, nicht wessen. Das klärt nur die Ausweisprüfung.
hiring-live-check-skip-choice-same-feedback = Richtig. Eine Live-Prüfung zeigt, dass ein echter Mensch vor der Kamera sitzt; erst die Ausweisprüfung verbindet diesen Menschen mit dem Pass und mit dem Namen auf Lebenslauf und Vertrag. Für alle gleich, egal wie sympathisch jemand ist.
hiring-live-check-skip-choice-skip = Stimmt, wir haben sie live mit eigenen Augen gesehen. HR weglassen, Angebot heute raus.
hiring-live-check-skip-choice-skip-feedback = Sie live zu sehen zeigt ein echtes Gesicht, aber nicht, wessen Gesicht es ist. Die Ausweisprüfung ist der Schritt, der dieses Gesicht mit dem Pass und dem Namen im Vertrag verbindet; Sympathie ist kein Grund, sie wegzulassen.
hiring-live-check-skip-choice-after = Das Angebot geht heute raus, und die Ausweisprüfung macht sie in ihrer ersten Arbeitswoche.
hiring-live-check-skip-choice-after-feedback = Eine Prüfung nach dem Angebot kommt vielleicht nie: Dann ist der Vertrag unterschrieben und der Zugang vergeben. Die Ausweisprüfung kommt vor dem Angebot, für alle.

hiring-live-check-id-done = fertig! Ihre HR-Prüfung wollte meinen Pass und dass ich wieder den Kopf drehe, jetzt bin ich darin richtig gut 🙂 Bis bald, { $candidate }
hiring-live-check-verified = HR-Dienstleister: Identität bestätigt. Der Pass passt zu der Person im Live-Selfie-Video, und der Name passt zu ihrem Lebenslauf.
hiring-live-check-offer-sent = Vertrag an { $candidate } verschickt: { MONEY($rate) }/Std., Zahlung auf ihr eigenes Konto. Sie unterschreibt noch am selben Tag.

hiring-live-check-hired = Du hast eine gute Entwicklerin eingestellt, und zwar fair. Ihr Bild wirkte anfangs seltsam, ein dunkler Raum, ein körniges Gesicht, Lippen einen Takt hinter der Stimme, und nichts davon zählte: Die ganze Verbindung hing, und ihr Gesicht blieb ganz, unter einer Hand und einer Tasse, in derselben Prüfung, die alle bekommen. Festbleiben musstest du bei etwas von deiner eigenen Seite: der Ausweisprüfung, für alle.
hiring-live-check-hired-extra = Du hast sie eingestellt, und sie war genau die, die sie zu sein sagte. Aber unterwegs stieß sie auf Hürden, die sonst niemand bekommt, wegen eines Hintergrunds, eines Akzents oder einer Bank im Ausland. Nichts davon sagt, wer jemand ist; das tun dieselbe Live-Prüfung und dieselbe Ausweisprüfung für alle.
hiring-live-check-hired-skipped = Du hast sie eingestellt, und sie war die, die sie zu sein sagte. Aber die Ausweisprüfung beim HR-Dienstleister fiel weg, weil sie echt wirkte. Eine Live-Prüfung zeigt ein echtes Gesicht; erst die Ausweisprüfung verbindet es mit dem Namen im Vertrag. Diesmal ging es gut; die Prüfung ist für das Mal da, an dem es nicht gut geht.
hiring-live-check-missed-early = Du hast das Verfahren mit einer ehrlichen Bewerberin beendet. Dunkles Bild, ruckelnde Verbindung und Akzent hatten jeweils einen gewöhnlichen Grund, und sie hat die eine Prüfung bestanden, die ein Gesicht testet: Es blieb ganz, als ihre Hand und eine Tasse davor vorbeizogen. Lass beim nächsten Mal dieselbe Prüfung entscheiden, für alle.

hiring-live-check-fine-camera-avoidance = Ein virtueller Hintergrund versteckt einen Raum, kein Gesicht, und sie hat offen danach gefragt. Den Unterschied machte: Ihre Kamera war die ganze Zeit an, und für dieselbe einminütige Prüfung wie alle war sie bereit, den Hintergrund auszuschalten.
hiring-live-check-fine-synthetic-media = Ihre Lippen hinkten den Worten hinterher, weil die ganze Verbindung hing: Ton, Bild und der Raum hinter ihr stockten gemeinsam. Ein Face Swap verrät sich anders, und ihr Gesicht blieb ganz, als eine Hand und eine Tasse davor vorbeizogen.
hiring-live-check-fine-local-knowledge = Ein Akzent oder kleine Fehler im Englischen sagen nichts darüber, wer jemand ist. Sie hat dieselbe Prüfung bestanden wie alle, und ihre Antworten über ihre eigene Arbeit waren konkret.
hiring-live-check-fine-payment-redirect = Geld auf ein Konto auf ihren eigenen Namen, in dem Land, in dem sie lebt, ist genau dort, wo es hingehört. Das Warnsignal ist Geld für das Konto einer anderen Person, Krypto oder Zahlungsdaten, die sich ständig ändern.
