# Szenario „laptop-host“: Eine Recruiterin von Tallgrass IT Staffing (eine erfundene Agentur)
# lädt dich auf Upwork zu einem Teilzeitjob als „Device Coordinator“ ein: Laptops betreuen,
# die Kundenfirmen für „unsere Entwickler“ schicken.
# Variablen: $recruiter (ein Frauenname), $dev (ein Männername: der Entwickler, dem der Laptop
# gehören soll), $rate (US-Dollar pro Stunde), $fee (US-Dollar pro Laptop und Monat),
# $salary (US-Dollar im Monat).
# Ton: locker und herzlich. Kurze Zeilen, manches kleingeschrieben, ein paar Emoji, kleine
# Fehler einer Nicht-Muttersprachlerin (nie zum Lachen). Sie duzt, und der Spieler duzt zurück.
# Harmlos: der kurze Videocall (proxy-verification) und die Steuerangaben für die eigene
# Bezahlung, eingetragen in Upworks eigenen Einstellungen (identity-docs).

laptop-host-title = Ein Teilzeitjob als Device Coordinator
laptop-host-summary = Eine Personalagentur auf Upwork bietet dir ein paar bezahlte Stunden pro Woche, um die Arbeitslaptops ihrer Entwickler zu betreuen.
laptop-host-cast-recruiter = { $recruiter }

laptop-host-invite = Upwork: { $recruiter } von Tallgrass IT Staffing hat dich zu einem Job eingeladen: „Device Coordinator in Teilzeit, von zu Hause“, { MONEY($rate) } pro Stunde, etwa zehn Stunden pro Woche.
laptop-host-hello = hi! ich bin { $recruiter } von Tallgrass 😊 hab gesehen, du hast schon IT-Support gemacht, genau das brauchen wir
laptop-host-hello-alt = Hallo! Hier ist { $recruiter } von Tallgrass 👋 deine Erfahrung im IT-Support ist mir aufgefallen, ist genau was wir suchen
laptop-host-about = Wir sind Personalagentur, wir vermitteln Remote-Entwickler an Firmen in den USA und Europa. Unsere Devs sind viel unterwegs, deshalb brauchen wir zuverlässige Leute, die sich zu Hause um ihre Arbeitslaptops kümmern.
laptop-host-call-ask = Bevor alles andere: Können wir kurz per Video sprechen? 15 Minuten, ich sehe gern, mit wem ich arbeite. Die App suchst du aus.

laptop-host-call-choice-yes = Klar, ein kurzer Call passt. Morgen Nachmittag geht bei mir, gern über Zoom oder Meet.
laptop-host-call-choice-chat = Lass uns erst mal beim Chat bleiben. Videocalls mache ich erst mit Vertrag.
laptop-host-call-choice-chat-feedback = Ein Videogespräch, in dem du als du selbst auftrittst, für Arbeit, die du selbst machst, gibt nichts preis. Heb dir deine Vorsicht für Bitten auf, die deine Adresse, dein Netz oder dein Konto für jemand anderen arbeiten lassen.
laptop-host-call-choice-pass = Ein Videocall für einen kleinen Nebenjob ist mir zu viel. Ich lass es, danke.

laptop-host-chat-reply = ok kein problem, Chat geht auch. Dann schick ich dir den Vertrag
laptop-host-call = Der Videocall: { $recruiter } ist herzlich und kommt schnell zur Sache. Sie zeigt eine Folie mit dem Logo der Agentur, fragt nach deiner Internetverbindung und ob du meistens von zu Hause arbeitest.

laptop-host-contract = Schön, mit dir zu reden! Ich hab dir hier auf Upwork einen Stundenvertrag geschickt, { MONEY($rate) } pro Stunde. Upwork fragt für die Auszahlungen nach deinen Steuerdaten, trag sie bitte in deinen Upwork-Einstellungen ein.
laptop-host-tax-choice-settings = Erledigt, die Steuerdaten stehen in meinen Upwork-Einstellungen.
laptop-host-tax-choice-chat = Kann ich dir die Steuernummer nicht einfach hier schicken? Geht schneller.
laptop-host-tax-choice-chat-feedback = Deine Steuerdaten gehören in Upworks eigene Einstellungen, wo die Plattform sie für deine Bezahlung verwahrt. In einem Chat liegen sie bei einer Fremden, die damit in deinem Namen auftreten kann.
laptop-host-tax-choice-refuse = Keine Steuerdaten an niemanden, bevor ich überhaupt gearbeitet habe.
laptop-host-tax-choice-refuse-feedback = Das war das eigene Verfahren der Plattform, für deine eigene Bezahlung unter einem ordentlichen Upwork-Vertrag, und nichts davon ging an sie. Es zu verweigern hält nur deine Auszahlungen auf; es schützt nichts.

laptop-host-tax-chat-reply = Klar, danke! Ich geb es weiter
laptop-host-tax-refuse-reply = Kein Stress, das ist nur für Upwork, nicht für mich. Du kannst es jederzeit vor der Auszahlung machen.

laptop-host-work = ok, also der eigentliche Job. Nächste Woche kommt ein Laptop von einem unserer Kunden zu dir. Er ist für unseren Entwickler { $dev }, auf dem Etikett steht sein Name und deine Adresse
laptop-host-work-host = Du packst ihn aus, steckst ihn an, verbindest ihn mit deinem WLAN und lässt ihn rund um die Uhr laufen. Wenn er offline geht, schaltest du ihn wieder an. Das war's!
laptop-host-host-choice-yes = Klingt einfach, und ich bin eh meistens zu Hause. Schick ihn, ich richte ihn ein.
laptop-host-host-choice-notouch = Okay, aber ich lass ihn nur am Strom. Anmelden werde ich mich da nicht.
laptop-host-host-choice-notouch-feedback = Dass du dich nicht anmeldest, ändert nichts daran, was der Laptop bei dir tut: Er lässt jemanden weit weg wirken wie eine Person unter deiner Adresse, über deinen Internetanschluss. Das Betreuen selbst ist das Problem.
laptop-host-host-choice-why = Warum schickt sein Arbeitgeber seinen Arbeitslaptop zu mir und nicht zu ihm?
laptop-host-host-choice-why-feedback = Die richtige Frage. Eine Firma schickt einen Arbeitslaptop an die Person, die sie eingestellt hat. Geht er an deine Adresse, glaubt die Firma, ihr Mitarbeiter wohne dort, während jemand anderes ihn von weit weg benutzt: Das ist eine Laptop-Farm.

laptop-host-why-reply = er zieht gerade um, und der Kunde braucht für seine Unterlagen eine Adresse vor Ort. Ganz normal in der Branche, wir haben Hosts in vielen Städten. Niemand kommt zu Schaden, die Arbeit wird gemacht

laptop-host-tools = Noch was für den Tag, an dem er ankommt: Installier bitte AnyDesk drauf, damit { $dev } sich von dort einloggen kann, wo er ist. Wenn die IT vom Kunden Apps blockiert, schicken wir dir stattdessen eine kleine KVM-Box, die steckst du einfach an Laptop und Router. Keine Software.
laptop-host-tools-choice-anydesk = [Zusagen: Du installierst AnyDesk, sobald der Laptop da ist]
laptop-host-tools-choice-kvm = Keine Software auf dem Laptop vom Kunden klingt sicherer. Also die KVM-Box.
laptop-host-tools-choice-kvm-feedback = Ein KVM-Switch ist Fernsteuerung ohne Software: Jemand weit weg sieht den Bildschirm und tippt, als säße er an deinem Schreibtisch. Im Juni 2025 durchsuchte das US-Justizministerium 29 bekannte oder mutmaßliche Laptop-Farmen in 16 Bundesstaaten und beschlagnahmte rund 200 Computer; der Fernzugriff lief dort über KVM-Switches.
laptop-host-tools-choice-refuse = Auf einen Laptop bei mir greift niemand aus der Ferne zu, ob App oder Box.
laptop-host-tools-choice-refuse-feedback = Richtig. Ob AnyDesk oder eine Box zwischen Laptop und Router: In beiden Fällen arbeitet ein Fremder von deiner Wohnung aus, und die Firma hält ihn für ihren eigenen Mitarbeiter.

laptop-host-refuse-reply = das ist kein Fremder, das ist der Nutzer vom Laptop!! er ist halt nur nicht da 😅 egal, lass mich dir was zur Bezahlung sagen, das wird dir gefallen

laptop-host-pay-intro = also, der Geldteil
laptop-host-pay = Das Gehalt von { $dev } vom Kunden, { MONEY($salary) } im Monat, geht auf dein Bankkonto, weil deren Lohnbuchhaltung ein Konto vor Ort braucht. Du behältst { MONEY($fee) } pro Laptop und Monat und schickst den Rest an unsere Agentur, per Überweisung oder in USDT.
laptop-host-pay-choice-forward = { MONEY($fee) } im Monat zusätzlich zu meinen Stunden helfen echt. Schick mir die Daten.
laptop-host-pay-choice-separate = Okay, aber nur auf ein eigenes Konto, das ich nur für diesen Job eröffne.
laptop-host-pay-choice-separate-feedback = Ein eigenes Konto ist trotzdem ein Konto auf deinen Namen: Die Bank sieht, wie du das Gehalt eines anderen empfängst und weiterschickst. Genau so arbeiten Finanzagenten, egal wie das Konto heißt.
laptop-host-pay-choice-no = Sein Gehalt läuft nicht über mein Konto. Ich werde nur für meine eigenen Stunden bezahlt, hier.
laptop-host-pay-choice-no-feedback = Richtig. Fremdes Gehalt, das auf deinem Konto landet und es wieder verlässt, macht dich zum Finanzagenten oder zur Finanzagentin, auch gegen Gebühr, und die Bank führt die Spur zu dir.

laptop-host-no-reply = Hmm, ok. Für das Gehalt finden wir später anderen Weg, Hauptsache die Laptops.

laptop-host-secret = Letzte Sache 🙏 bitte erwähn die Laptops nicht im Upwork-Chat oder beim Support. Deren Regeln sind altmodisch, die würden den Vertrag beenden. Offiziell machst du IT-Support, und das stimmt ja auch!
laptop-host-final-choice-report = [Den Chat aufheben, sie dann blockieren und den Job bei Upwork melden]
laptop-host-final-choice-report-feedback = Richtig, und zwar still: Der Chat zeigt Upwork das ganze Bild, und du musst sie nicht vorwarnen. Was vor der Plattform versteckt werden muss, schützt die Masche, nicht dich.
laptop-host-final-choice-quiet = Verstanden, die Laptops bleiben aus Upwork raus. Schick den ersten.
laptop-host-final-choice-trial = Ein Laptop, einen Monat zur Probe, und ich behalte es für mich.
laptop-host-final-choice-trial-feedback = Ein Laptop ist schon eine Laptop-Farm: Jemand weit weg scheint unter deiner Adresse zu wohnen. Leute, die solche Aufbauten wissentlich betrieben, wurden angeklagt, und eine kleine, sichere Version davon gibt es nicht.

laptop-host-arrives = Montag: ein Paket für { $dev }, an deine Adresse. Darin ein neuer Laptop mit dem Inventaraufkleber einer Firma.
laptop-host-more = Juhu, er ist da!! 🎉 zwei weitere kommen nächste Woche, gleiche Sache
laptop-host-months-later = Drei Monate später summen vier Laptops Tag und Nacht in deinem Regal. Mit den Leuten, die sie benutzen, hast du nie gesprochen.
laptop-host-bank-freeze = Deine Bank sperrt dein Konto und will wissen, warum Gehälter mehrerer Firmen eingegangen und gleich wieder hinausgegangen sind.
laptop-host-upwork-closed = Upwork: „Dein Konto wurde wegen Verstoßes gegen unsere Nutzungsbedingungen dauerhaft geschlossen.“

laptop-host-compromised = Die Laptops bei dir haben Leute weit weg aussehen lassen wie Menschen, die unter deiner Adresse wohnen, über deinen Internetanschluss, und die Firmen, die sie eingestellt haben, wussten es nie. Laptops so zu betreuen kann dich zum Teil eines Betrugs machen, und das rechtliche Risiko bleibt bei dir: Im Juni 2025 durchsuchte das US-Justizministerium 29 bekannte oder mutmaßliche Laptop-Farmen in 16 Bundesstaaten. Wer getäuscht wurde, ist nicht dasselbe wie jemand, der so etwas wissentlich betrieben hat, und sich früh zu melden hilft. Schließ keine weiteren Laptops an, bewahr jede Nachricht auf und erzähl Upwork und deiner Bank die ganze Geschichte. Die Seite „Schon betroffen?“ (Taste I oder redflag involved) nennt die nächsten Schritte.
laptop-host-reported = Du hast sie blockiert und den Job gemeldet, bevor auch nur ein Laptop bei dir ankam. Keine Firma wird glauben, ihr Mitarbeiter wohne unter deiner Adresse, und Upwork kann sich die Agentur ansehen, bevor der nächste Freelancer dasselbe Angebot bekommt.
laptop-host-walked-away-call = Du bist gegangen, bevor etwas auf dem Spiel stand, und das war sicher. Aber ein kurzer Videocall, in dem du als du selbst auftrittst, war der harmlose Teil dieses Angebots. Heb dir dein Nein für Bitten auf, die deine Adresse, dein Netz oder dein Konto für jemand anderen arbeiten lassen.

laptop-host-fine-proxy-verification = Ein kurzer Videocall zum Kennenlernen war in Ordnung: Du wärst als du selbst aufgetreten, für Arbeit, die du selbst machst. Die Gefahr kam später, mit Laptops für jemand anderen unter deiner Adresse.
laptop-host-fine-identity-docs = Steuerdaten für deine eigene Bezahlung, unter einem Upwork-Vertrag, eingetragen in Upworks eigenen Einstellungen: Das war in Ordnung. Dieselben Daten im Chat an sie geschickt wären etwas anderes gewesen: Sie lägen dann bei einer Fremden.
