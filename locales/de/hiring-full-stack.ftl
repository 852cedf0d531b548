# Szenario „hiring-full-stack“: Die spielende Person stellt für die eigene kleine Firma eine
# Full-Stack-Entwicklung remote ein; das Gesicht des Bewerbers im Videocall ist ein live
# getauschtes Gesicht (Face Swap).
# Variablen: $candidate (der Name auf der Bewerbung; ein Mann: er), $colleague (die
# Entwicklungsleitung im Team; jedes Geschlecht möglich, daher keine geschlechtsbezogenen
# Wörter), $home (porto, krakow oder valencia: wo der Bewerber nach eigener Angabe wohnt),
# $rate (Dollar pro Stunde).
# Anrede: Die Firma duzt Bewerbende (so steht es in der Einladung), der Bewerber duzt zurück
# und spricht das Team mit „ihr“ an; im Team duzt man sich. Der Bewerber schreibt und spricht
# gepflegt, höflich, in ganzen Sätzen, ohne Emoji. Im Videocall sind Nachrichten gesprochene
# Sätze; Zeilen mit (Chat) gehen nur an die spielende Person, im Meeting-Chat. Die
# Live-Prüfung bekommen alle Bewerbenden; sie hat nichts mit Akzent oder Herkunft zu tun.

hiring-full-stack-title = Videointerview für eine Full-Stack-Stelle
hiring-full-stack-summary = Du suchst für deine kleine Firma jemanden für Full-Stack-Entwicklung, remote. Ein Bewerber mit starkem Lebenslauf kommt zum Videointerview.
hiring-full-stack-cast-candidate = { $candidate }
hiring-full-stack-cast-colleague = { $colleague }

hiring-full-stack-applied = { $candidate } hat sich per E-Mail auf deine Stellenanzeige „Full-Stack-Entwicklung, Remote-Vertrag, { MONEY($rate) }/Std.“ beworben. Lebenslauf, LinkedIn-Profil und öffentlicher Code sind verlinkt.
hiring-full-stack-hello = Hallo! Danke, dass ihr meine Bewerbung in Betracht zieht. Ich habe sieben Jahre Erfahrung mit TypeScript, React und Node.js, zuletzt mit Buchungssystemen für Reiseunternehmen. Ich lebe in { $home ->
    [porto] Porto
    [krakow] Krakau
   *[valencia] Valencia
} und bin es gewohnt, mit Teams in anderen Zeitzonen zu arbeiten.
hiring-full-stack-compare = Du siehst dir seine Profile an. Lebenslauf und LinkedIn stimmen bei Daten und Arbeitgebern überein. Sein LinkedIn-Foto ist ein scharfes, gut ausgeleuchtetes Porträt; sein öffentlicher Code ist ordentlich, wenn auch spärlich.
hiring-full-stack-invite = Du lädst ihn zu einem Videocall am Dienstag um 15 Uhr deiner Zeit ein. Wie bei allen Bewerbenden erklärt die Einladung den Ablauf: Kamera an, eine einminütige Live-Prüfung am Ende des Gesprächs und vor jedem Angebot die Ausweisprüfung über deinen HR-Dienstleister.

hiring-full-stack-resched = Danke für die Einladung und dafür, dass ihr den Ablauf so klar erklärt. Wäre es möglich, das Gespräch auf Mittwoch zur selben Zeit zu verschieben? Am Dienstagnachmittag liefern wir ein Release für meinen aktuellen Kunden aus.
hiring-full-stack-resched-choice-yes = Klar. Dann Mittwoch um 15 Uhr; ich schicke dir eine neue Einladung.
hiring-full-stack-resched-choice-keep = Unser Team hat nur Dienstag Zeit. Richte es bitte ein, sonst passen wir.
hiring-full-stack-resched-choice-keep-feedback = Das war strenger als nötig. Ein erstes Gespräch einmal höflich und mit neuem Termin zu verschieben, sagt nichts darüber, wer jemand ist.
hiring-full-stack-resched-choice-proof = Nur wenn uns dieser Kunde den Release-Termin vorher bestätigt. Fragst du ihn?
hiring-full-stack-resched-choice-proof-feedback = Den Kunden eines Fremden für einen Termin bürgen zu lassen, ist eine Hürde vor einer ganz gewöhnlichen Bitte. Einmal verschieben, mit neuem Termin, ist Alltag; das Warnsignal ist jemand, der zu den angeblichen Arbeitszeiten nie erreichbar ist.
hiring-full-stack-resched-thanks = Danke, das ist sehr freundlich. Dann bis Mittwoch um 15 Uhr.
hiring-full-stack-resched-keep = Verstanden. Ich organisiere meinen Tag um und bin wie geplant am Dienstag dabei.

hiring-full-stack-joined = { $candidate } ist pünktlich da, Kamera an: ein Headset, eine schlichte helle Wand, gleichmäßiges Licht. Er sieht genau aus wie auf seinem LinkedIn-Foto.
hiring-full-stack-colleague-hi = Hallo, ich bin { $colleague } und leite hier die Entwicklung. Danke, dass du dir die Zeit nimmst!
hiring-full-stack-greet = Guten Tag, und danke euch beiden. Ich trage ein Headset, weil meine Nachbarn renovieren; ich hoffe, der Ton kommt bei euch klar an.
hiring-full-stack-greet-alt = Guten Tag, und danke euch beiden, dass ich hier sein darf. Entschuldigt das Headset: Nebenan wird gebaut, und ich möchte sichergehen, dass ihr mich gut versteht.

hiring-full-stack-freeze = Mitten im Satz friert das ganze Bild ein, und der Ton bricht ab. Zehn Sekunden später ist beides zurück, kurz grob verpixelt, dann wieder scharf.
hiring-full-stack-freeze-sorry = Entschuldigt, meine Verbindung war kurz weg. Jetzt scheint sie stabil zu sein. Wollen wir weitermachen? Wenn es noch einmal passiert, wechsle ich auf den Hotspot meines Handys.
hiring-full-stack-freeze-choice-on = Kein Problem, Verbindungen brechen ab. Machen wir weiter, Kameras an wie bisher.
hiring-full-stack-freeze-choice-end = (Chat) Ein eingefrorenes Gesicht ist ein Deepfake-Zeichen. Ich beende den Call.
hiring-full-stack-freeze-choice-end-feedback = Das ganze Bild ist eingefroren, samt Ton, und kam scharf zurück: Das ist das Netz. Ein live getauschtes Gesicht verrät sich anders: Das Gesicht zerfällt, während der Raum klar bleibt. Die Prüfung am Ende des Gesprächs ist der Ort, das herauszufinden.
hiring-full-stack-freeze-choice-audio = Schalten wir alle die Kameras aus, um die Verbindung zu schonen, und machen mit Audio weiter.
hiring-full-stack-freeze-choice-audio-feedback = Mit ausgeschalteten Kameras gibst du genau das auf, wofür ein Videointerview da ist. Eine abgebrochene Verbindung ist ein Grund, kurz zu warten oder das Netz zu wechseln, nicht, die Person nicht mehr zu sehen.
hiring-full-stack-hold-on = (Chat) Moment, das ganze Bild ist eingefroren, der Ton auch. Das ist nur das Netz. Machen wir am Ende unsere übliche Prüfung und entscheiden dann.
hiring-full-stack-audio-ok = Danke, das ist sehr rücksichtsvoll. Ich schalte die Kamera wieder ein, wann immer ihr sie braucht.

hiring-full-stack-q1 = Reden wir über dein letztes Projekt. Wie habt ihr verhindert, dass zwei Leute im selben Moment dasselbe Hotelzimmer buchen?
hiring-full-stack-a1 = Wir haben jedes Zimmer mit einer kurzen Reservierung in Redis gehalten, mit Zimmer und Datum als Schlüssel, die nach zehn Minuten ablief. Der Bezahlschritt hat die Reservierung in Postgres innerhalb einer Transaktion bestätigt, mit einem Unique-Constraint als letzter Verteidigungslinie. Unter Last gab es eine Handvoll doppelter Reservierungen, und der Constraint hat jede abgefangen.
hiring-full-stack-lips = Eine klare, gut aufgebaute Antwort. Aber während er spricht, laufen seine Lippen einen Takt hinter den Worten her, und wenn er sich zurücklehnt, flimmert die Linie seines Kiefers vor der Wand. Die Wand selbst bleibt gestochen scharf.
hiring-full-stack-cam-back = Eine klare, gut aufgebaute Antwort. Für das Ende des Gesprächs schaltet er die Kamera wieder ein. Während er spricht, laufen seine Lippen einen Takt hinter den Worten her, und die Linie seines Kiefers flimmert vor der Wand, obwohl die Wand selbst scharf bleibt.

hiring-full-stack-check-ask = Danke, von unserer Seite ist das alles. Eine letzte Sache, die wir mit allen Bewerbenden machen: einen virtuellen Hintergrund, falls du einen nutzt, bitte aus, den Kopf ganz zur einen Seite drehen, dann zur anderen, und eine Hand langsam vor dem Gesicht vorbeiführen.
hiring-full-stack-turn = Er dreht den Kopf nur ein wenig. Am äußersten Winkel wirkt seine Wange flach, wie aufgemalt, und sein Ohr verschwimmt mit der Wand. Seine Hände bleiben außer Sicht.
hiring-full-stack-check-excuse = Entschuldigt, ich habe nach der Release-Woche einen steifen Nacken, und die automatische Bildführung meiner Kamera kommt mit Bewegung schlecht zurecht. Ihr seht mich doch deutlich, und ich sehe genauso aus wie auf meinem Foto. Können wir es dabei belassen?
hiring-full-stack-check-choice-object = Dann musst du den Kopf nicht weit drehen. Halt einfach irgendeinen Gegenstand hoch, eine Tasse oder einen Stift, und führ ihn langsam vors Gesicht.
hiring-full-stack-check-choice-object-feedback = Richtig: dieselbe Prüfung, nur leicht gemacht. Ein live getauschtes Gesicht zerfällt oft, wenn etwas vor dem Gesicht vorbeizieht oder der Kopf sich weit dreht, und ein echter Mensch schafft das in Sekunden, steifer Nacken hin oder her.
hiring-full-stack-check-choice-skip = Natürlich, verrenk dir nicht den Nacken. Du siehst genau aus wie auf deinem Foto, das reicht uns.
hiring-full-stack-check-choice-skip-feedback = Genau wie auf dem Profilfoto auszusehen, ist das, wofür ein Live-Face-Swap gebaut ist: Er wird aus solchen Fotos gemacht. Dieselbe kurze Prüfung für alle, ein gedrehter Kopf und eine Hand oder ein Gegenstand vor dem Gesicht, ist das, womit eine solche Maske kämpft.
hiring-full-stack-check-choice-hr = Gut, lassen wir es für heute. Die Ausweisprüfung beim HR-Dienstleister klärt ohnehin, wer du bist.
hiring-full-stack-check-choice-hr-feedback = Die Ausweisprüfung zählt, aber wer hinter diesem Gesicht sitzt, wird auch an ihr vorbeizukommen versuchen, und die Live-Prüfung kostet eine Minute, für alle gleich. Wer sie nicht machen will, sagt dir damit etwas.
hiring-full-stack-wrap = Danke euch beiden, das Gespräch hat mir sehr gefallen. Ich freue mich auf die nächsten Schritte.

hiring-full-stack-glitch = Er hebt eine Tasse. Als sie an seinem Kinn vorbeizieht, verschmiert die untere Hälfte seines Gesichts, und der Rand scheint in seinen Kiefer einzusinken; einen Augenblick lang scheint ein anderes, schmaleres Gesicht durch. Dann wird das Bild schwarz.
hiring-full-stack-cam-off = Entschuldigt, meine Kamerasoftware ist abgestürzt. Da wir alles besprochen haben, können wir per Audio zu Ende machen? Ich schicke euch heute Abend ein kurzes Video von mir.
hiring-full-stack-camoff-choice-phone = Für diese Prüfung brauchen wir eine Live-Kamera. Kannst du übers Handy neu beitreten?
hiring-full-stack-camoff-choice-phone-feedback = Richtig. Fast alle haben eine zweite Kamera in der Tasche, und die Prüfung dauert eine Minute. Wer sich gleich nachdem sein Gesicht zerfallen ist auf keiner Live-Kamera zeigen kann, ist ein ernstzunehmendes Zeichen.
hiring-full-stack-camoff-choice-audio = Klar, wir haben dich fast das ganze Gespräch gesehen. Audio reicht, schick das Video später.
hiring-full-stack-camoff-choice-audio-feedback = Das Bild ist genau in dem Moment zerfallen, als die Prüfung begann, und jetzt ist die Kamera aus. Ein aufgezeichnetes Video ist kein Ersatz: Niemand kann es bitten, den Kopf zu drehen, und es lässt sich vorher herstellen.
hiring-full-stack-camoff-choice-hr = Na gut, lassen wir den Live-Teil weg und verlassen uns auf die Ausweisprüfung bei HR.
hiring-full-stack-camoff-choice-hr-feedback = Das Gesicht ist unter einer vorbeiziehenden Tasse verschmiert, dann wurde die Kamera schwarz: Das war der Moment, der zählte. Alles einer späteren Prüfung zu überlassen heißt darauf zu vertrauen, dass wer hinter dem Gesicht sitzt, nicht auch diese täuschen kann.
hiring-full-stack-phone-reply = Leider habe ich mein Handy gerade nicht bei mir. Ich schicke euch stattdessen heute Abend ein Video; ich bin sicher, es beantwortet alle Fragen.
hiring-full-stack-audio-end = Du führst das Gespräch per Audio zu Ende. Seine Antworten bleiben klar und selbstsicher.
hiring-full-stack-left = { $candidate } verlässt den Call.

hiring-full-stack-hr-link = Wie allen Bewerbenden schickst du ihm den Link zur Ausweisprüfung deines HR-Dienstleisters: ein Foto seines Reisepasses und ein kurzes Live-Selfie-Video.
hiring-full-stack-email-video = Betreff: Ausweisprüfung. Guten Tag { $colleague }, liebes Team, danke noch einmal für eure Zeit. Leider scheitert der Selfie-Schritt des HR-Dienstleisters immer wieder an meiner Kamera. Anbei ein Scan meines Reisepasses und ein kurzes Video, in dem ich den Kopf drehe. Ich habe ein anderes Angebot, auf das ich bis Freitag antworten muss; ich wäre euch dankbar, wenn wir auf dieser Grundlage weitermachen könnten. Viele Grüße, { $candidate }
hiring-full-stack-video-seen = Das Video: Ein glattes, gleichmäßig ausgeleuchtetes Gesicht dreht sich langsam nach links und rechts und lächelt. Keine Hand und kein Gegenstand zieht je davor vorbei. Der Passscan ist scharf.

hiring-full-stack-final-choice-report = [Seine Adresse blockieren, E-Mails und Notizen aufheben und sein Profil bei LinkedIn melden]
hiring-full-stack-final-choice-report-feedback = Die Bewerbung still zu schließen und zu melden, ist das sicherste Ende: LinkedIn kann sich das Profil ansehen, bevor es sich anderswo bewirbt. Einen Deepfake musstest du nie beweisen; wer die Prüfung nicht besteht, die alle bestehen, bekommt die Stelle nicht.
hiring-full-stack-final-choice-accept = Seine Antworten waren die besten bisher. Video und Scan reichen uns; schick ihm den Vertrag.
hiring-full-stack-final-choice-accept-feedback = Ein aufgezeichnetes Video und ein Scan beweisen nichts live: Das Video kann vorher entstanden sein, und niemand konnte es bitten, eine Hand vors Gesicht zu führen. Starke Antworten zeigen, dass jemand etwas kann, nicht, wer dieser Jemand ist.
hiring-full-stack-final-choice-onboard = [Das Angebot vor Freitag schicken und seine Ausweisprüfung für die erste Arbeitswoche einplanen]
hiring-full-stack-final-choice-onboard-feedback = Eine Prüfung nach dem Angebot kommt vielleicht nie: Dann hat er den Vertrag, die Zugänge und einen neuen Grund, warum die Kamera versagt. Live-Prüfung und Ausweisprüfung kommen vor dem Angebot, für alle.

hiring-full-stack-offer-sent = Vertrag verschickt: { MONEY($rate) }/Std., ab Montag mit Zugang zu deinem Code, deinem Firmenchat und deinen Cloud-Konten.
hiring-full-stack-weeks-later = Fünf Wochen später ruft dein IT-Dienstleister an: Das Konto des neuen Auftragnehmers meldet sich über ein VPN an, zu Zeiten, in denen er angeblich schläft, und letzte Nacht wurde dein gesamtes Code-Repository auf ein Konto kopiert, das niemand kennt.
hiring-full-stack-compromised = Wer die Arbeit macht, ist nicht der Mann, den du gesehen hast: Das Gesicht in deinem Call wurde live über das eines anderen gelegt. Das FBI warnt seit 2022 vor Deepfakes in Remote-Bewerbungsgesprächen und davor, dass solche Arbeitskräfte Firmencode kopiert und nach ihrer Trennung Geld gefordert haben. Das passiert auch sorgfältigen Firmen; jetzt kommt es aufs Handeln an. Sperr die Zugänge des Auftragnehmers, ändere Passwörter und Schlüssel, bewahre die Protokolle auf und melde das Profil.
hiring-full-stack-reported = Du hast die Bewerbung geschlossen und das Profil gemeldet. Beweisen musstest du nichts: Dieselbe einminütige Prüfung, die alle Bewerbenden bestehen, hat gereicht, und LinkedIn kann sich das Profil ansehen, bevor es sich bei der nächsten Firma bewirbt.

hiring-full-stack-fine-unreachable = Ein erstes Gespräch einmal zu verschieben, rechtzeitig und mit neuem Termin, ist ganz normales Leben. Das Warnsignal ist jemand, der zu den angeblichen Arbeitszeiten nie erreichbar ist, nicht eine einzige Terminänderung.
hiring-full-stack-fine-synthetic-media = Das ganze Bild ist eingefroren, samt Ton, und kam scharf zurück: Das ist eine schlechte Verbindung. Was den Face Swap später verraten hat, war etwas anderes: Das Gesicht verschmierte, während die Wand dahinter scharf blieb, und zerfiel, als eine Tasse davor vorbeizog.
