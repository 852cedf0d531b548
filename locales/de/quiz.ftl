# Der Vorher-Nachher-Check: jede Nachricht so, wie sie ankäme, wer sie schreibt und warum sie
# Betrug ist oder nicht (nach Antworten in der Auffrischungsrunde). Struktur in data/quiz.ron.
# Die Nachrichten kommen paarweise (a01-x und a01-y, ...): eine Betrugsnachricht und eine
# ehrliche, mit gleicher Absenderrolle, gleichem Ton, gleicher Länge und gleicher Art von Bitte;
# entscheidend ist genau ein Unterschied. Beide Nachrichten eines Paars bleiben gleich im Ton
# und etwa gleich lang. Anrede: Jedes Paar duzt oder siezt einheitlich; geduzt wird in a02, a04,
# a06, a07, a09, b02, b03, b04, b07, b09, k01, k03, k05, k06, k10, sonst gesiezt.
# Die Erklärungen (-why) duzen die Spielerin / den Spieler.
# In den Paaren a08-a10, b08-b10 und k09-k12 stellt die Spielerin / der Spieler ein: Dort
# schreiben Bewerber oder Auftragnehmer der eigenen Firma.

## Form A

quiz-a01-x-from = Marcus (Agenturinhaber)
quiz-a01-x = Hallo! Tolles Profil. Ich führe eine kleine Entwickleragentur, aber mein eigenes Upwork-Konto wurde in meiner Region eingeschränkt. Deshalb arbeite ich mit Partnern: Ich melde mich in Ihrem Konto an und erledige die Projekte, Sie behalten 20 % der Einnahmen. Interesse?
quiz-a01-x-why = Jemand anderes würde unter deinem verifizierten Namen arbeiten: Das ist Kontovermietung, wie immer man es nennt. Die Plattform sieht dich, und Sperre und rechtliches Risiko bleiben bei dir.

quiz-a01-y-from = Ines (Agenturinhaberin)
quiz-a01-y = Hallo! Tolles Profil. Ich führe eine kleine Entwickleragentur hier auf Upwork und würde Sie gern als Mitglied einladen: Sie melden sich in Ihrem eigenen Konto an und übernehmen Agenturprojekte, die Agentur behält 20 % der Einnahmen. Interesse?
quiz-a01-y-why = Du würdest die Arbeit selbst machen, aus deinem eigenen Konto, in einer Agentur, die auf der Plattform eingerichtet ist. Ein Anteil für die Agentur ist üblich; wenn sich jemand anderes als du anmeldet, wäre das das Warnsignal.

quiz-a02-x-from = Lena (Projektleiterin)
quiz-a02-x = hey, vertrag ist unterschrieben 🎉 noch ein schritt zum einrichten: installier bitte AnyDesk auf deinem laptop und schick mir den zugangscode, damit unser senior dev auch von deinem pc aus arbeiten kann, wenn er online ist. danke!
quiz-a02-x-why = Wenn jemand anderes von deinem Rechner aus arbeitet, ist das der Kern der Masche: Die Plattform sieht dein Gerät und deinen Anschluss, während ein Fremder arbeitet. Kein echter Kunde braucht die Kontrolle über dein Gerät.

quiz-a02-y-from = Tomás (Projektleiter)
quiz-a02-y = hey, vertrag ist unterschrieben 🎉 noch ein schritt zum einrichten: installier bitte die Upwork-desktop-app auf deinem laptop und starte den timer, wenn du arbeitest, damit deine stunden im arbeitstagebuch stehen. danke!
quiz-a02-y-why = Die Zeiterfassung der Plattform hält deine eigene Arbeit für deinen eigenen Vertrag fest; niemand bekommt damit die Kontrolle über deinen Rechner. Der Unterschied ist, wer an dem Gerät arbeitet.

quiz-a03-x-from = Sophie (Tech-Recruiterin)
quiz-a03-x = Danke für die Vernetzung! Ein Kunde von uns sucht einen Senior-Python-Entwickler. Sie machen das Videointerview mit eingeschalteter Kamera, und unser Senior-Engineer sitzt außerhalb des Bildes dabei und beantwortet die Fachfragen für Sie. Der Vertrag liefe auf Ihren Namen.
quiz-a03-x-why = Wenn jemand anderes für dich antwortet, bürgt dein Gesicht für eine Person, die die Firma nie trifft, und der Vertrag auf deinen Namen macht dich verantwortlich. Geh nur als du selbst ins Interview, für deine eigene Arbeit.

quiz-a03-y-from = Adebayo (Tech-Recruiter)
quiz-a03-y = Danke für die Vernetzung! Ein Kunde von uns sucht einen Senior-Python-Entwickler. Sie machen das Videointerview mit eingeschalteter Kamera, und deren Senior-Engineer kommt in den Call und stellt Ihnen die Fachfragen. Der Vertrag liefe auf Ihren Namen.
quiz-a03-y-why = Ein Recruiter, der dich vor der Kamera sehen will, mit deinen eigenen Antworten, für einen Vertrag auf deinen Namen, stellt ganz normal ein. Das Warnsignal wäre, wenn jemand anderes dir die Antworten liefert.

quiz-a04-x-from = Kofi (Kunde)
quiz-a04-x = hi! kurz wegen der zahlung 🙂 unser büro in den USA überweist diese woche 2.000 $ auf dein konto. behalt deine 400 $ für den meilenstein und schick den rest in USDT an unseren designer weiter, die wallet schick ich dir. danke!!
quiz-a04-x-why = Der größte Teil des Geldes würde nur durch dein Konto fließen, auf dem Weg zu jemand anderem. Das ist Geldwäsche als Finanzagent, auch mit einer Gebühr für dich, und das rechtliche Risiko bleibt bei dir.

quiz-a04-y-from = Mai (Kundin)
quiz-a04-y = hi! kurz wegen der zahlung 🙂 unsere muttergesellschaft in Singapur überweist dir diese woche deine 400 $ für den meilenstein, der name des absenders sieht also anders aus. das wars, danke!!
quiz-a04-y-why = Das Geld ist dein eigener Lohn für deine eigene Arbeit, und nichts geht an jemand anderen weiter. Ein anderer Firmenname auf einer Überweisung ist normal; Geld für andere weiterzuleiten wäre das Warnsignal.

quiz-a05-x-from = Rachel (HR, neue Kundin)
quiz-a05-x = Willkommen an Bord! Damit wir Ihre Abrechnung als Auftragnehmer vorbereiten können, antworten Sie bitte mit einem Foto Ihres Reisepasses und Ihrer Steuernummer. Wir eröffnen das Auszahlungskonto dann für Sie auf Ihren Namen, damit Sie sich nicht um den Papierkram kümmern müssen.
quiz-a05-x-why = Mit deinem Pass und deiner Steuernummer können andere Konten auf deinen Namen eröffnen, und genau das wird hier angeboten. Schick Ausweisdokumente nur über ein Prüfverfahren, das du selbst startest, nie per E-Mail.

quiz-a05-y-from = Jonas (HR, neuer Kunde)
quiz-a05-y = Willkommen an Bord! Damit wir Ihre Abrechnung als Auftragnehmer vorbereiten können, laden Sie bitte Ihren Reisepass und Ihr Steuerformular im Onboarding von Deel hoch, über die Einladung in Ihrem Deel-Konto. Das Auszahlungskonto richten Sie dort selbst ein.
quiz-a05-y-why = Deine Dokumente gehen in das eigene Verfahren eines Onboarding-Dienstes, und dein Auszahlungskonto eröffnest du selbst. Dokumente per E-Mail, damit jemand anderes „alles einrichtet“, wären das Warnsignal.

quiz-a06-x-from = Grace (neue Kundin)
quiz-a06-x = Danke für dein Angebot! Ich habe es angenommen, der Vertrag läuft jetzt hier und der erste Meilenstein ist finanziert. Für Alltagsfragen nehmen wir das Telegram unseres Teams; Rechnungen und Zahlung bleiben hier. Ich schick dir den Link.
quiz-a06-x-why = Vertrag und finanzierter Meilenstein gibt es schon auf der Plattform, und die Zahlung bleibt dort. Danach ein Team-Chat für Alltagsfragen ist normal; ein Wechsel vor jedem Vertrag wäre das Warnsignal.

quiz-a06-y-from = Viktor (neuer Kunde)
quiz-a06-y = Danke für dein Angebot! Bevor wir hier irgendwas einrichten, lass uns zu Telegram wechseln und Vertrag und Zahlung dort klären; das ist einfacher, und wir sparen uns beide die Gebühren. Ich schick dir meinen Namen dort.
quiz-a06-y-why = Ein Wechsel, bevor es einen Vertrag gibt, nimmt Absprache, Zahlung und Chatverlauf aus dem Schutz der Plattform, mit jemandem, den du nicht überprüft hast. Gespräche und Zahlung bleiben auf der Plattform, bis ein Vertrag steht.

quiz-a07-x-from = Paulo (kleines Studio)
quiz-a07-x = hey, hab deine posts in #freelance gesehen 👋 kleiner job: unsere beta-app testen, etwa 5 stunden pro woche, 300 $ wöchentlich. eine sache: die app ist noch nicht öffentlich, darum kommt eine NDA in den Upwork-vertrag. dabei?
quiz-a07-x-why = Eine NDA hält ein unveröffentlichtes Produkt vertraulich, und sie steht im Vertrag auf der Plattform, für alle sichtbar. Geheimhaltung gegenüber der Plattform selbst wäre das Warnsignal.

quiz-a07-y-from = Nadia (kleines Studio)
quiz-a07-y = hey, hab deine posts in #freelance gesehen 👋 kleiner job: unsere beta-app testen, etwa 5 stunden pro woche, 300 $ wöchentlich. eine sache: halt es von Upwork fern und erwähn es dort nicht, wir zahlen dich direkt. dabei?
quiz-a07-y-why = Die Bitte, die Arbeit vor der Plattform zu verstecken, schützt den Absender, nicht dich: kein Vertrag, keine Aufzeichnung, keine Hilfe, wenn das Geld nie kommt. Ehrliche Arbeit verträgt Öffentlichkeit.

quiz-a08-x-from = Ethan (Bewerber)
quiz-a08-x = Danke, dass Sie mich in die engere Wahl genommen haben! Zum Interview: Meine Webcam ist gerade kaputt, können wir es nur mit Audio machen? Ich kann Ihnen ein aktuelles Foto schicken und auch alles im Chat beantworten.
quiz-a08-x-why = Eine kaputte Webcam kommt vor; das Zeichen ist, vor der Einstellung alles außer Live-Video anzubieten. Wer nie zu sehen ist, ist vielleicht nicht die Person aus dem Profil: Bestehe auf einem Live-Videotermin.

quiz-a08-y-from = Yuki (Bewerberin)
quiz-a08-y = Danke, dass Sie mich in die engere Wahl genommen haben! Zum Interview: Meine Webcam ist gerade kaputt, können wir es auf Donnerstag verschieben? Mittwoch kommt eine neue, oder ich bin heute per Handy mit Video dabei.
quiz-a08-y-why = Die Bewerberin sorgt dafür, dass du sie live sehen kannst, auch wenn es einen neuen Termin oder die Handykamera braucht. Video ganz zu vermeiden wäre das Warnsignal.

quiz-a09-x-from = Karim (neuer Auftragnehmer)
quiz-a09-x = hi! freu mich so auf montag 🙌 kurze frage: ich bin letzte woche umgezogen, kann die IT den laptop an meine neue adresse schicken? die steht schon im HR-portal, gleiche stadt wie vorher. danke!
quiz-a09-x-why = Der Laptop geht zum Auftragnehmer nach Hause, und die neue Adresse steht in den Unterlagen der Firma selbst. Ein Laptop an die Adresse von jemand anderem wäre das Warnsignal.

quiz-a09-y-from = Dana (neue Auftragnehmerin)
quiz-a09-y = hi! freu mich so auf montag 🙌 kurze frage: kann die IT den laptop stattdessen zu meinem cousin nach Nevada schicken? ich wohn ein paar wochen bei ihm, die adresse schick ich dir per DM. danke!
quiz-a09-y-why = Ein Firmenlaptop an eine andere als die geprüfte Wohnadresse passt zu einer Laptop-Farm, in der ein Helfer Geräte für Leute im Ausland am Laufen hält. Verschick nur an die Adresse aus dem Vertrag.

quiz-a10-x-from = Samir (Auftragnehmer)
quiz-a10-x = Hallo, kurz vor der Rechnung für diesen Monat: Bitte zahlen Sie diesmal auf das Konto eines Freundes, Angaben unten. Meine eigene Bank blockiert gerade Auslandsüberweisungen. Danke!
quiz-a10-x-why = Lohn für Arbeit gehört auf ein Konto, das auf den Namen des Auftragnehmers läuft. Geld auf das Konto eines anderen ist ein Weg, auf dem der Verdienst von Strohleuten das Land verlässt.

quiz-a10-y-from = Hanna (Auftragnehmerin)
quiz-a10-y = Hallo, kurz vor der Rechnung für diesen Monat: Bitte zahlen Sie diesmal auf mein neues Konto, auf meinen Namen; ich habe die Bank gewechselt. Die Angaben stehen wie immer in Ihrem Lieferantenportal. Danke!
quiz-a10-y-why = Das Konto läuft auf den Namen der Auftragnehmerin, und die Änderung kommt über den üblichen Weg der Firma. Ein Bankwechsel kommt vor; Zahlung auf das Konto von jemand anderem wäre das Warnsignal.

## Form B

quiz-b01-x-from = Claire (neue Kundin)
quiz-b01-x = Hallo! Ihr Profil hat genau die Bewertungen, auf die unsere Kunden achten. Unser Team würde es gern für unsere Projekte nutzen: Wir zahlen Ihnen 1.000 $ im Monat, und Sie müssen selbst nichts von der Arbeit machen. Können wir die Details besprechen?
quiz-b01-x-why = Geld dafür, dass andere unter deinen Bewertungen und deinem Namen arbeiten, ist Kontovermietung, genau das Angebot, vor dem die Plattform warnt. Arbeit, Sperre und rechtliches Risiko würden alle auf dich zurückfallen.

quiz-b01-y-from = Bilal (neuer Kunde)
quiz-b01-y = Hallo! Ihr Profil hat genau die Bewertungen, auf die unsere Kunden achten. Unser Team hätte Sie gern für unsere Projekte: Wir zahlen Ihnen 1.000 $ im Monat für etwa zehn Stunden pro Woche, mit einem Vertrag hier. Können wir die Details besprechen?
quiz-b01-y-why = Er will dich einstellen, damit du die Arbeit machst, mit einem Vertrag auf der Plattform. Gute Bewertungen bringen gute Angebote, so soll es sein; Geld für dein Konto statt für deine Arbeit wäre das Warnsignal.

quiz-b02-x-from = Ravi (Teamleiter)
quiz-b02-x = hey! willkommen im team 🎉 zum einrichten: installier Chrome Remote Desktop und lass deinen laptop über nacht an, damit unser dev aus der nachtschicht darauf tickets abarbeiten kann. das wars für heute!
quiz-b02-x-why = Ein Fremder, der an deinem Rechner arbeitet, während du schläfst, heißt: Die Plattform sieht dich, während jemand anderes arbeitet. Kein echter Job braucht deinen Rechner für eine andere Person.

quiz-b02-y-from = Anja (Teamleiterin)
quiz-b02-y = hey! willkommen im team 🎉 zum einrichten: installier unseren passwortmanager und schalte 2FA ein, dann teil 5 min im call deinen bildschirm mit mir, damit wir es prüfen können. das wars für heute!
quiz-b02-y-why = Beim Bildschirmteilen schaut sie zu, während du klickst; niemand sonst steuert deinen Rechner, und 2FA schützt deine eigenen Konten. Die Kontrolle über das Gerät abzugeben wäre das Warnsignal.

quiz-b03-x-from = Amara (Kundin)
quiz-b03-x = Danke für die tolle erste Woche! Bevor unser Kunde den Vertrag verlängert, möchte er kurz per Video mit dem Entwickler sprechen. Kannst du mit Kamera dazukommen und dich und deinen Teil der Arbeit vorstellen? Zehn Minuten.
quiz-b03-x-why = Du trittst als du selbst auf und sprichst über deine eigene Arbeit. Ein Kunde, der den Entwickler sehen will, ist ein gutes Zeichen; wenn du unter einem anderen Namen auftreten solltest, wäre das das Warnsignal.

quiz-b03-y-from = Leo (Kunde)
quiz-b03-y = Danke für die tolle erste Woche! Bevor unser Kunde den Vertrag verlängert, möchte er kurz per Video mit dem Entwickler sprechen. Kannst du mit Kamera dazukommen und dich als Daniel vorstellen, der Name in seinem Vertrag? Zehn Minuten.
quiz-b03-y-why = Du würdest dein Gesicht für den Namen eines anderen zeigen, damit der Endkunde glaubt, er habe seinen Entwickler getroffen. Tritt nur als du selbst auf, für deine eigene Arbeit.

quiz-b04-x-from = Chloe (Kundin)
quiz-b04-x = hi! kleine sache 🙂 kannst du ein Wise-konto auf deinen namen eröffnen? unsere kunden in der EU würden darauf zahlen, du behältst 10 % und schickst den rest an uns weiter. viel günstiger als unsere bank. sag bescheid!
quiz-b04-x-why = Ein Konto auf deinen Namen, über das fremdes Geld läuft, macht dich zu der Person, die es weiterleitet: Geldwäsche als Finanzagent, auch gegen Gebühr. Nimm nur Geld für deine eigene Arbeit an.

quiz-b04-y-from = Mateo (Kunde)
quiz-b04-y = hi! kleine sache 🙂 kannst du ein Wise-konto auf deinen namen eröffnen? wir würden deine rechnungen in euro darauf zahlen, dann kriegst du den vollen betrag ohne PayPal-gebühren. viel günstiger. sag bescheid!
quiz-b04-y-why = Auf dem Konto landet nur dein eigener Lohn für deine eigene Arbeit, und nichts geht weiter. Ein Konto zu eröffnen, über das fremdes Geld fließt, wäre das Warnsignal.

quiz-b05-x-from = Omar (neuer Kunde)
quiz-b05-x = Danke für die Probeaufgabe, wir würden gern weitermachen! Unser Zahlungspartner braucht ein Selfie von Ihnen mit Ihrem Ausweis in der Hand und Ihr Geburtsdatum. Bitte schicken Sie beides heute per E-Mail, dann richten wir alles für Sie ein.
quiz-b05-x-why = Ein Selfie mit Ausweis und dein Geburtsdatum reichen, um Prüfungen in deinem Namen zu bestehen. Verifiziere dich nur im eigenen Verfahren der Plattform, schick nie Dokumente an einen Kunden.

quiz-b05-y-from = Freya (neue Kundin)
quiz-b05-y = Danke für die Probeaufgabe, wir würden gern weitermachen! Ich habe Ihnen den Vertrag auf Upwork geschickt. Falls Upwork Sie bittet, sich mit Ausweis und Selfie zu verifizieren, machen Sie das bitte zuerst dort, dann können wir loslegen.
quiz-b05-y-why = Die Identitätsprüfung läuft im eigenen Verfahren der Plattform, für dein eigenes Konto; die Kundin sieht deine Dokumente nie. Dokumente an die Kundin zu schicken wäre das Warnsignal.

quiz-b06-x-from = Isabel (Recruiterin)
quiz-b06-x = Hallo, danke für die Vernetzung! Ich habe einen Remote-Auftrag, der gut zu Ihnen passt. LinkedIn ist bei Gehaltsthemen streng, also wechseln wir am besten gleich zu WhatsApp, dort schicke ich Ihnen Angebot und Zahlungsbedingungen. Wie ist Ihre Nummer?
quiz-b06-x-why = Ein Wechsel in einen privaten Messenger, bevor du weißt, mit wem du es zu tun hast, und dazu ein Grund, die Plattform zu meiden: Das hinterlässt keine Aufzeichnung und niemanden, an den du dich wenden kannst. Prüf erst Person und Firma.

quiz-b06-y-from = Chinedu (Recruiter)
quiz-b06-y = Hallo, danke für die Vernetzung! Ich habe einen Remote-Auftrag, der gut zu Ihnen passt. Wenn Sie Interesse haben, sprechen wir nächste Woche 20 Minuten; die Einladung schicke ich von meiner Firmenadresse. Was meinen Sie?
quiz-b06-y-why = Eine Einladung von einer Firmenadresse lässt sich mit der Website der Firma abgleichen, und über Geld wird nichts nebenbei geregelt. Ein Drängen in einen privaten Messenger, um Angebot und Bezahlung dort zu klären, wäre das Warnsignal.

quiz-b07-x-from = Jamal (Kontakt von einem Meetup)
quiz-b07-x = hi, hier ist Jamal vom meetup 🙂 wir suchen jemanden für datenerfassung am wochenende, 250 $ für etwa 4 stunden, einfache sache. bitte behalt es für dich und lösch den chat danach, der kunde ist streng. interesse?
quiz-b07-x-why = Die Bitte, den Chat zu löschen und niemandem etwas zu sagen, schützt den Absender, nicht dich: Ohne Aufzeichnung hast du nichts in der Hand, wenn etwas schiefgeht. Ehrliche Arbeit verträgt Öffentlichkeit.

quiz-b07-y-from = Elena (Kontakt von einem Meetup)
quiz-b07-y = hi, hier ist Elena vom meetup 🙂 wir suchen jemanden für datenerfassung am wochenende, 250 $ für etwa 4 stunden, einfache sache. bitte poste den namen des kunden nirgends, die starten nächsten monat. interesse?
quiz-b07-y-why = Den Namen eines Kunden vor dem Start für sich zu behalten ist normale Vertraulichkeit; Arbeit und Chat bleiben nachvollziehbar. Die Abmachung selbst zu verstecken oder den Chat zu löschen wäre das Warnsignal.

quiz-b08-x-from = Ayesha (Bewerberin)
quiz-b08-x = Danke für die Einladung in die letzte Runde! Mein Internet zu Hause ist zu schwach für Video, können wir es deshalb auf Dienstag legen? Ich buche einen Raum in einem Coworking-Space und bin von dort mit Kamera dabei.
quiz-b08-x-why = Die Bewerberin findet einen Weg, dich live vor der Kamera zu treffen. Schwaches Internet kommt vor; das Videogespräch durch etwas anderes zu ersetzen wäre das Warnsignal.

quiz-b08-y-from = Victor (Bewerber)
quiz-b08-y = Danke für die Einladung in die letzte Runde! Mein Internet zu Hause ist zu schwach für Video, können wir es deshalb telefonisch machen? Ich schreibe gern live Code in einem geteilten Dokument, während wir sprechen.
quiz-b08-y-why = Live-Coding zeigt dir nicht, wer tippt. Wer vor der Einstellung dem Video ausweicht, ist vielleicht nicht die Person aus der Bewerbung: Triff dich vorher live per Video.

quiz-b09-x-from = Sven (neuer Auftragnehmer)
quiz-b09-x = hi! laptop ist da, danke 🙏 ehrlich gesagt ist der bildschirm winzig, ist es ok, wenn ich meinen eigenen monitor und meine tastatur an den firmenlaptop hänge und so damit arbeite? frag lieber vorher
quiz-b09-x-why = Die Arbeit bleibt auf dem Firmenlaptop mit seiner Sicherheitsausstattung; Monitor und Tastatur ändern daran nichts. Das Firmengerät zugunsten eines privaten Rechners liegen zu lassen wäre das Warnsignal.

quiz-b09-y-from = Zoe (neue Auftragnehmerin)
quiz-b09-y = hi! laptop ist da, danke 🙏 ehrlich gesagt ist mein eigener pc viel schneller, ist es ok, wenn der firmenlaptop im karton bleibt und ich auf meinem arbeite, mit meinem eigenen VPN? frag lieber vorher
quiz-b09-y-why = Auf einem privaten Rechner sieht die Firma nicht, wer arbeitet und von wo. Auf dem eigenen Gerät zu bestehen gehört zu den Zeichen, die Sicherheitsforscher bei Strohleuten aufzählen.

quiz-b10-x-from = Diego (Auftragnehmer)
quiz-b10-x = Hallo, eine Änderung für die Rechnung im März: Bitte überweisen Sie in Euro statt in Dollar, auf mein übliches Konto wie bisher. Das spart mir Umrechnungsgebühren. Vielen Dank!
quiz-b10-x-why = Das Geld geht weiter auf das eigene, bekannte Konto des Auftragnehmers; nur die Währung ändert sich. Krypto oder ein neues Konto im Ausland wären das Warnsignal.

quiz-b10-y-from = Tanya (Auftragnehmerin)
quiz-b10-y = Hallo, eine Änderung für die Rechnung im März: Bitte überweisen Sie die Hälfte auf mein übliches Konto und die Hälfte in USDT an die Wallet unten. Das spart mir Umrechnungsgebühren. Vielen Dank!
quiz-b10-y-why = Ein Teil des Lohns in Krypto verschiebt ihn dorthin, wo niemand sieht, wem er gehört. Zahl nur auf Konten, die auf den Namen der Auftragnehmerin laufen, und prüf jede Änderung der Angaben.

## Pool für Auffrischungsrunden

quiz-k01-x-from = Sun-hee (Projektleiterin)
quiz-k01-x = hey, gute nachrichten: wir brauchen eine zweite designerin 🙂 ist deine schwester noch freiberuflich unterwegs? sie kann sich mit ihrem eigenen profil auf unsere Upwork-ausschreibung bewerben, wir würden gern ihr portfolio sehen. gleiche sätze wie bei dir
quiz-k01-x-why = Deine Schwester würde sich selbst bewerben, mit ihrem eigenen Profil, für ihre eigene Arbeit. Jemanden zu empfehlen ist in Ordnung; nach dem Ausweis einer Verwandten für ein neues Konto zu fragen wäre das Warnsignal.

quiz-k01-y-from = Ahmed (Projektleiter)
quiz-k01-y = hey, schlechte nachrichten: upwork hat dein konto geschlossen 😕 wir können trotzdem weitermachen. hat deine schwester oder ein cousin einen ausweis? die eröffnen ein neues konto, um den rest kümmern wir uns, gleiches geld für dich
quiz-k01-y-why = Nach einer Sperre braucht die Masche eine neue Identität, und als Nächstes wird nach deiner Familie gefragt. Zieh niemanden mit hinein; warn lieber die Menschen, die dir nahestehen.

quiz-k02-x-from = Greg (Kunde)
quiz-k02-x = Willkommen im Projekt! Für diesen Stundenvertrag installieren Sie bitte die Upwork-Desktop-App und erfassen Ihre Stunden damit, damit sie unter den Zahlungsschutz von Upwork für Stundenverträge fallen. Danke!
quiz-k02-x-why = Die Zeiterfassung der Plattform hält deine eigenen Stunden für deinen eigenen Vertrag fest und gibt niemandem die Kontrolle über deinen Rechner. Ein Fernsteuerungsprogramm wäre das Warnsignal.

quiz-k02-y-from = Natalia (Kundin)
quiz-k02-y = Willkommen im Projekt! Laut Sicherheitsrichtlinie von Upwork installieren Sie bitte TeamViewer und schicken mir dessen ID und Passwort, damit unser Sicherheitsteam Ihre Einrichtung vor dem Start prüfen kann. Danke!
quiz-k02-y-why = Keine Richtlinie einer Plattform verlangt ein Fernsteuerungsprogramm, und mit ID und Passwort könnte jemand anderes deinen Rechner benutzen. Genau diese „Sicherheitsrichtlinie von Upwork“ wurde schon bei einem Betrug behauptet.

quiz-k03-x-from = Ruth (Teamleiterin)
quiz-k03-x = morgen! du kriegst gleich per SMS einen login-code für das firmenkonto des kunden. leite ihn mir einfach hier weiter, ich bin heute diejenige, die das konto nutzt 🙏
quiz-k03-x-why = Mit dem weitergeleiteten Code könnte jemand anderes eine Anmeldeprüfung als du bestehen, und alles, was er tut, führt zu dir. Bestätige immer nur deine eigenen Anmeldungen.

quiz-k03-y-from = Minh (Teamleiter)
quiz-k03-y = morgen! du kriegst gleich per SMS einen login-code für dein neues firmenkonto. gib ihn einfach selbst auf der login-seite ein, dann bist du für heute startklar 🙏
quiz-k03-y-why = Du bestätigst deine eigene Anmeldung in deinem eigenen Konto, und der Code bleibt bei dir. Die Bitte, den Code weiterzugeben, wäre das Warnsignal.

quiz-k04-x-from = Patrick (Kunde)
quiz-k04-x = Hallo! Mit diesem Meilenstein schicken wir Ihnen zusätzlich 1.500 $. Kaufen Sie davon bitte diese Woche USDT und schicken Sie sie an die Wallet unseres Lieferanten; 150 $ behalten Sie für Ihren Aufwand. Die Wallet-Angaben hängen an.
quiz-k04-x-why = Mit dem Geld eines Kunden Krypto zu kaufen und weiterzuschicken macht dich zum Glied in einer Geldspur. Die Plattform verbietet das, und das Risiko bleibt bei dir.

quiz-k04-y-from = Sofia (Kundin)
quiz-k04-y = Hallo! Mit diesem Meilenstein schicken wir Ihnen zusätzlich 150 $ für das Testhandy, das Sie für das Projekt gekauft haben. Hängen Sie bitte den Beleg an den Meilenstein, wenn Sie ihn einreichen. Danke, dass Sie das erledigt haben!
quiz-k04-y-why = Das zusätzliche Geld erstattet deine eigene Ausgabe für das Projekt, nachvollziehbar, und nichts wird weitergeleitet. Geld, das du an jemand anderen weiterschicken sollst, wäre das Warnsignal.

quiz-k05-x-from = Oleh (neuer Kunde)
quiz-k05-x = hey, fast fertig mit dem einrichten 👍 letzter schritt: lad deinen ausweis im onboarding von Deel hoch, vorder- und rückseite, damit Deel dich für den vertrag verifizieren kann. die melden sich per mail, wenn es durch ist
quiz-k05-x-why = Dein Ausweis geht in die eigene Prüfung eines Onboarding-Dienstes, für deinen eigenen Vertrag. Ein Ausweisfoto an eine Person, damit das Konto von jemand anderem verifiziert wird, wäre das Warnsignal.

quiz-k05-y-from = Lina (neue Kundin)
quiz-k05-y = hey, fast fertig mit dem einrichten 👍 letzter schritt: schick mir hier ein foto von deinem ausweis, vorder- und rückseite, damit mein partner sein konto auf der zahlungsseite verifizieren kann. er löscht es gleich danach
quiz-k05-y-why = Dein Ausweis würde das Konto eines anderen verifizieren: Deine Dokumente bürgen für eine Person, die du nicht siehst. Verifiziere nur dich selbst, im eigenen Verfahren der Plattform.

quiz-k06-x-from = Martin (Personalverantwortlicher)
quiz-k06-x = Hi! Dein Profil passt zu unserer offenen React-Stelle. Unser Recruiting-Team macht den ganzen Prozess auf Telegram, Interviews und Vertrag inklusive, also schreib mir dort, und wir legen heute los. Meinen Namen dort findest du in meinem Profil.
quiz-k06-x-why = Eine Firma, die Einstellung und Vertrag komplett in einem privaten Messenger abwickelt, lässt sich nicht überprüfen und hinterlässt dir keine Aufzeichnung. Prüf die Firma zuerst über ihre eigene Website.

quiz-k06-y-from = Keiko (Personalverantwortliche)
quiz-k06-y = Hi! Dein Profil passt zu unserer offenen React-Stelle. Unser Recruiting-Team macht den ganzen Prozess über unsere Karriereseite, Interviews und Vertrag inklusive, also bewirb dich dort und nenn meinen Namen. Den Link findest du auf unserer Firmenseite.
quiz-k06-y-why = Der Prozess läuft über die eigene, überprüfbare Website der Firma. Ein Drängen in einen privaten Messenger, bevor du weißt, mit wem du es zu tun hast, wäre das Warnsignal.

quiz-k07-x-from = Fatima (neue Kundin)
quiz-k07-x = Gute Nachrichten, Sie sind dabei! Wir schicken Ihnen einen Firmenlaptop nach Hause. Bitte lassen Sie ihn während der US-Geschäftszeiten eingesteckt und online; unser Team meldet sich aus der Ferne darauf an. Dieser Teil bringt 300 $ im Monat.
quiz-k07-x-why = Geld dafür, einen Laptop für andere laufen zu lassen, heißt, eine Laptop-Farm zu betreiben: Jemand anderes arbeitet über deinen Anschluss zu Hause. Menschen, die das getan haben, wurden angeklagt.

quiz-k07-y-from = Ben (neuer Kunde)
quiz-k07-y = Gute Nachrichten, Sie sind dabei! Wir schicken Ihnen einen Firmenlaptop nach Hause. Bitte nutzen Sie ihn für die gesamte Projektarbeit; unser IT-Team spielt die Sicherheitsupdates aus der Ferne ein. Ihre Stunden laufen über diesen Vertrag.
quiz-k07-y-why = Du arbeitest selbst auf dem Laptop, und die IT hält ihn nur aktuell. Ein Gerät online zu halten, damit andere darauf arbeiten können, wäre das Warnsignal.

quiz-k08-x-from = Arnav (Kunde)
quiz-k08-x = Danke, die Arbeit ist abgenommen! Eine Bitte noch: Löschen Sie unsere Nachrichten zur Zahlungsabwicklung aus diesem Chat, und sprechen Sie es nicht an, falls der Upwork-Support je fragt. So bleibt es für uns beide einfach.
quiz-k08-x-why = Die Aufzeichnung zu löschen und es vor der Plattform zu verbergen schützt den Absender, nicht dich. Behalte den Chatverlauf; wenn sich etwas falsch anfühlt, frag die Plattform.

quiz-k08-y-from = Helen (Kundin)
quiz-k08-y = Danke, die Arbeit ist abgenommen! Eine Bitte noch: Löschen Sie die Datei mit Kundendaten, die ich Ihnen zum Testen geschickt habe, von Ihrem Rechner, wie es unsere Datenschutzrichtlinie verlangt. So bleibt es für uns beide einfach.
quiz-k08-y-why = Kundendaten nach dem Auftrag zu löschen schützt die Kunden; Chat und Vertrag bleiben nachvollziehbar. Den Chat zu löschen oder etwas vor der Plattform zu verbergen wäre das Warnsignal.

quiz-k09-x-from = Joanna (Bewerberin)
quiz-k09-x = Gute Frage! Auf LinkedIn steht noch mein Geburtsname, Nowak; ich habe es einfach nicht aktualisiert. Auf Upwork steht mein Name nach der Heirat, aus der Identitätsprüfung. Ich kann gern diese Woche anfangen.
quiz-k09-x-why = Eine Änderung, erklärt, mit dem geprüften Namen auf der Plattform. Ein Lebenslauf, der sich von Profil zu Profil unterscheidet, oder ein Profil, das jemand anderes führt, wäre das Warnsignal.

quiz-k09-y-from = Kevin (Bewerber)
quiz-k09-y = Gute Frage! Das LinkedIn-Profil mit der anderen Hochschule und den anderen Arbeitgebern hat meine Agentur angelegt; ich nutze es kaum. Das auf Upwork bin ich. Ich kann gern diese Woche anfangen.
quiz-k09-y-why = Ausbildung und Werdegang, die sich zwischen Profilen unterscheiden, und ein Profil, das jemand anderes angelegt hat, deuten auf eine geliehene oder erfundene Identität. Vergleich die Profile vor der Einstellung.

quiz-k10-x-from = Tariq (Auftragnehmer)
quiz-k10-x = hey! kurze verwaltungsfrage 🙏 kann die buchhaltung meine rechnung diesen monat eine woche früher zahlen? die kaution für meine neue wohnung ist fällig, gleiches konto wie immer. sag bescheid, danke!!
quiz-k10-x-why = Eine frühere Zahlung auf das eigene, bekannte Konto des Auftragnehmers ändert nichts daran, wohin das Geld geht. Zahlung auf das Konto von jemand anderem wäre das Warnsignal.

quiz-k10-y-from = Carmen (Auftragnehmerin)
quiz-k10-y = hey! kurze verwaltungsfrage 🙏 kann die buchhaltung meine rechnung diesen monat auf das konto meines bruders zahlen? meins ist ein paar wochen gesperrt, bankkram. seine daten schick ich per DM, danke!!
quiz-k10-y-why = Lohn gehört nur auf ein Konto, das auf den Namen der Auftragnehmerin läuft. Geld auf die Konten anderer Leute ist ein Weg, auf dem der Verdienst von Strohleuten abfließt.

quiz-k11-x-from = Nkechi (Bewerberin)
quiz-k11-x = Entschuldigung, meine Kamera friert bei dieser Verbindung ständig ein. Ich wähle mich mit dem Handy neu ein, damit Sie mich weiter sehen. Geben Sie mir bitte eine Minute, ich bin gleich zurück.
quiz-k11-x-why = Die Bewerberin lässt die Kamera an, auch bei schwacher Verbindung. Das Video für den Rest des Interviews abzuschalten wäre das Warnsignal.

quiz-k11-y-from = Jake (Bewerber)
quiz-k11-y = Entschuldigung, meine Kamera friert bei dieser Verbindung ständig ein. Ich schalte sie aus, damit der Ton klar bleibt. Machen Sie bitte mit der nächsten Frage weiter, ich höre Sie gut.
quiz-k11-y-why = Ist die Kamera im Interview aus, siehst du nie, wer antwortet. Bitte darum, mit Video weiterzumachen, auch wenn das einen neuen Termin bedeutet.

quiz-k12-x-from = Felix (neuer Auftragnehmer)
quiz-k12-x = Hallo! Danke für die Onboarding-Unterlagen. Bevor der Laptop verschickt wird: Könnte die IT ihn stattdessen an Ihr Büro schicken? Ich bin zwischen zwei Wohnungen und kann ihn dort am Montag persönlich abholen. Viele Grüße
quiz-k12-x-why = Der Laptop geht ins eigene Büro der Firma, und der Auftragnehmer holt ihn persönlich ab. Ein Laptop an einen Weiterleitungsdienst oder eine dritte Person wäre das Warnsignal.

quiz-k12-y-from = Olga (neue Auftragnehmerin)
quiz-k12-y = Hallo! Danke für die Onboarding-Unterlagen. Bevor der Laptop verschickt wird: Könnte die IT ihn stattdessen an meine Paketweiterleitungsadresse schicken? Ich bin zwischen zwei Wohnungen, und von dort wird mir alles nachgeschickt. Viele Grüße
quiz-k12-y-why = Bei einer Weiterleitungsadresse weiß niemand, wo der Laptop landet. Verschick Firmengeräte nur an die geprüfte Wohnadresse, oder übergib sie persönlich.

quiz-k13-x-from = Tomás (Talent Partner)
quiz-k13-x = Schön, dass wir verbunden sind! Das Gespräch ist morgen um 10. Wir nutzen unseren eigenen sicheren Meeting-Client: Lade ihn bitte über den Link unten herunter und melde dich vor dem Termin an, damit das Video läuft. Bis dann!
quiz-k13-x-why = Ein echtes Gespräch läuft in einer Meeting-App, die man schon hat. Ein „eigener Client“ von einem Link der anwerbenden Person führt ihr Programm auf deinem Computer aus: So installieren gefälschte Bewerbungsgespräche Datendiebe.

quiz-k13-y-from = Ines (Talent Partner)
quiz-k13-y = Schön, dass wir verbunden sind! Das Gespräch ist morgen um 10. Wir nutzen Google Meet: Der Link unten öffnet es in deinem Browser, nichts zu installieren. Wenn das Video hakt, tritt einfach neu bei. Bis dann!
quiz-k13-y-why = Das Gespräch läuft in einer verbreiteten App im Browser, und bei schlechter Verbindung tritt man neu bei. Nichts von der anwerbenden Person läuft auf deinem Computer.

quiz-k14-x-from = Priya (Hiring Managerin)
quiz-k14-x = danke für die Aufgabe! eins noch vor Freitag: schieb sie in ein neues Repo auf deinem eigenen GitHub und schick mir den Link. wir gehen sie dann zusammen im Call mit geteiltem Bildschirm durch 👍
quiz-k14-x-why = Der Code bleibt in deinem eigenen Repository und wird im Gespräch angeschaut. Du führst nichts aus, was sie geschrieben haben.

quiz-k14-y-from = Ravi (Hiring Manager)
quiz-k14-y = danke für die Aufgabe! eins noch vor Freitag: klon unser Repo, führ npm install und npm start aus und behebe den Fehler auf der Login-Seite. wir gehen das dann zusammen im Call mit geteiltem Bildschirm durch 👍
quiz-k14-y-why = Wer das Projekt einer anwerbenden Person installiert und startet, führt ihren Code aus, mit allem, was auf dem Computer liegt. Gefälschte Probeaufgaben haben so seit 2022 Datendiebe verbreitet.
