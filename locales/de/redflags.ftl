# Das Handbuch der Warnsignale: zu jedem Signal der Name, warum es wichtig ist, was man
# stattdessen tun kann, und die Quellen. Die Fakten stammen aus der belegten Liste des
# Projekts; sie müssen stimmen.

## A. Worum man dich als Freelancer bittet

flag-off-platform = Wechsel weg von der Plattform
flag-off-platform-why = Eine unaufgeforderte Nachricht und dann das Drängen, noch vor jedem Vertrag zu Telegram, WhatsApp, Discord oder privater E-Mail zu wechseln: Damit verlässt du den Schutz der Plattform. Keine Aufzeichnung, kein Streitschlichtungsverfahren, keine Zahlungsgarantie.
flag-off-platform-instead = Halte Gespräche vor Vertragsschluss und jede Zahlung auf der Plattform. Ist dort ein echter Vertrag geschlossen, kann ein Wechsel zu E-Mail für alltägliche Details in Ordnung sein.
flag-off-platform-sources = Upwork Trust & Safety („Kommunikation und Zahlungen auf Upwork belassen“); Hinweise von Freelancer.com zu betrügerischen Auftraggebern; US-Gerichtsakten im Fall Chapman (der erste Kontakt war eine LinkedIn-Nachricht).

flag-account-rental = Vermietung deines verifizierten Kontos
flag-account-rental-why = „Mein Konto wurde gesperrt“, „regionale Beschränkungen“, „wir teilen die Einnahmen“: Wer über dein Konto arbeitet, tut das unter deinem Namen. Damit kannst du Teil eines Betrugs werden, und das rechtliche Risiko bleibt bei dir. Die angeworbene Person bekommt meist etwa ein Fünftel des Geldes.
flag-account-rental-instead = Vermiete, teile oder verkaufe dein Konto oder Profil nie, und geh auch keine „Partnerschaft“ damit ein. Melde das Angebot auf der Plattform.
flag-account-rental-sources = Upwork, „Paid and leased account fraud“ (Oktober 2020; Beispielangebot über 1.000 US-Dollar im Monat); Freelancer.com („Kunde will dein Profil kaufen“); Warnhinweis der südkoreanischen Regierung, Dezember 2022; US v. Didenko (verkaufte und vermietete Freelancer-Konten; fünf Jahre Haft).

flag-remote-access = Fernsteuerung deines Computers
flag-remote-access-why = Die Bitte, AnyDesk, Chrome Remote Desktop, TeamViewer oder RDP zu installieren oder einen Laptop für jemanden laufen zu lassen, ist der Kern der Proxy-Masche: Jemand anderes arbeitet von deinem Gerät aus, sodass die Plattform dich sieht, mit deinem lokalen Internetanschluss.
flag-remote-access-instead = Kein echter Auftraggeber braucht die Kontrolle über dein Gerät. Lehne ab, und wenn schon etwas installiert ist, entferne es und ändere deine Passwörter.
flag-remote-access-sources = Öffentliche Warnhinweise des FBI, Mai 2024 und Juli 2025 (Helfer betreiben Firmenlaptops bei sich und schalten Fernzugriff frei); der Fall Knoot (nicht genehmigte Remote-Desktop-Apps, eine monatliche Gebühr pro Laptop); der Fall Chapman (mehr als 90 Laptops beschlagnahmt, 49 ins Ausland verschickt); bei einem Betrug hieß es, TeamViewer sei „nach der Sicherheitsrichtlinie von Upwork vorgeschrieben“.

flag-proxy-verification = Prüfungen für jemand anderen ablegen
flag-proxy-verification-why = Wenn du für jemand anderen eine Identitätsprüfung, ein Video-Interview oder eine Anmeldebestätigung durchläufst, bürgen dein Gesicht und deine Dokumente für eine Person, die du nicht sehen kannst, und alles, was sie tut, wird auf dich zurückgeführt.
flag-proxy-verification-instead = Verifiziere immer nur dich selbst, für deine eigene Arbeit. Ein Auftraggeber, der dich per Video kennenlernen will, ist normal; einer, der dich für jemand anderen vor die Kamera holen will, nicht.
flag-proxy-verification-sources = Öffentliche Warnhinweise des FBI, 2024 und 2025 (Helfer nehmen an Vorstellungsgesprächen teil); südkoreanischer Warnhinweis, 2022 (der Kontoinhaber erscheint im Video, während jemand anderes den Computer steuert); Microsoft, Dezember 2025 (ein Gerät erledigte die Anmeldeprüfungen für mehrere Konten).

flag-pass-through-pay = Weiterleiten von Geld
flag-pass-through-pay-why = Bezahlung auf dein Bankkonto oder deine Krypto-Wallet zu empfangen und den Großteil weiterzuleiten oder für jemanden Konten zu eröffnen, heißt, als sogenannter Finanzagent („Money Mule“) Geld zu waschen, auch wenn es als Gebühr bezeichnet wird.
flag-pass-through-pay-instead = Nimm nur Geld für deine eigene Arbeit an und leite es nie an andere weiter. Wenn du das schon getan hast, sag deiner Bank Bescheid.
flag-pass-through-pay-sources = Öffentliche Warnhinweise des FBI, 2024 und 2025; die Fälle Knoot und Chapman (Anklagepunkte wegen Geldwäsche); Upwork (Krypto für einen Auftraggeber zu kaufen ist verboten und ein verbreiteter Betrug); britische Kampagne „Don't Be Fooled“.

flag-identity-docs = Herausgabe deiner Dokumente
flag-identity-docs-why = Scans deines Reisepasses, Personalausweises oder deiner Steuernummer oder persönliche Daten „für die Einrichtung“ erlauben anderen, Konten in deinem Namen zu eröffnen.
flag-identity-docs-instead = Bestätige deine Identität nur im eigenen Verfahren der Plattform, und schicke nie Dokumente an einen Auftraggeber.
flag-identity-docs-sources = Der Fall Chapman (68 gestohlene Identitäten, 309 US-Unternehmen, rund 17 Millionen US-Dollar); Hinweise der US-Verbraucherschutzbehörde FTC (Federal Trade Commission) zu Jobbetrug.

flag-easy-money = Schnelles Geld unter Zeitdruck
flag-easy-money-why = Gute Bezahlung für wenig oder gar keine Arbeit, dazu Eile („antworte heute, andere warten schon“), ist ein Muster, das auf Menschen mit Geldsorgen zielt. Es ist kein Glück.
flag-easy-money-instead = Lass dir Zeit. Ein echter Auftraggeber akzeptiert, dass du es dir überlegst oder Fragen stellst.
flag-easy-money-sources = Hinweise der US-Verbraucherschutzbehörde FTC (Federal Trade Commission) zu Jobbetrug; britische Kampagne „Don't Be Fooled“ (einmal kamen Drohungen dazu).

flag-recruit-others = Anwerben von Familie oder Freunden
flag-recruit-others-why = Wenn ein Konto gesperrt wird, braucht die Masche eine neue Identität, und wer schon darin verstrickt ist, soll eine beschaffen. Das kann jemand aus deiner Familie oder deinem Freundeskreis sein.
flag-recruit-others-instead = Wirb niemanden an. Warne stattdessen die Menschen, die dir nahestehen.
flag-recruit-others-sources = Ein berichteter Fall, im Artikel, mit dem dieses Projekt begann: Nach einer Sperre verlangte der Auftraggeber „ein Familienmitglied für ein neues Konto“. Das Muster wechselnder Identitäten beschreiben US-Warnungen (Außen- und Finanzministerium und FBI, Mai 2022).

flag-claims-mismatch = Angaben, die nicht stimmen
flag-claims-mismatch-why = Ein „Auftraggeber“, der eine Nationalität oder Sprache angibt, die er nicht beherrscht, etwa jemand, der sich als Japaner ausgibt und den Kontakt abbricht, als er Japanisch sprechen soll, ist nicht der, für den er sich ausgibt.
flag-claims-mismatch-instead = Prüfe Angaben mit wenig Aufwand: Schlag ein kurzes Gespräch in der angegebenen Sprache vor.
flag-claims-mismatch-sources = Die Recherche von Cointelegraph mit dem Forscher Heiner García (Februar 2025): Ein Bewerber, der sich als japanischer Entwickler ausgab, legte auf, als das Gespräch auf seine angebliche Herkunft kam; CoinDesk (2024) über „Ryuhei“, der angab, in Japan zu sein.

flag-secrecy = Geheimhaltung
flag-secrecy-why = Die Bitte, der Plattform nichts zu sagen, den Chat zu löschen oder die Vereinbarung für dich zu behalten, schützt die Masche, nicht dich.
flag-secrecy-instead = Ehrliche Unteraufträge scheuen das Tageslicht nicht. Heb den Chatverlauf auf und frag bei der Plattform nach, wenn du unsicher bist.
flag-secrecy-sources = Das gemeinsame Muster in Warnhinweisen von Behörden; Upwork Trust & Safety.

## Ergänzt für die Maschen, die Freelancern am meisten schaden (Quellen geprüft am 04.12.2026)

flag-runs-their-code = Ihren Code, ihre Datei, ihren Befehl ausführen
flag-runs-their-code-why = Ein bezahlter „Technik-Test“ zum Klonen und Starten (npm install, npm start), ein Paket zum Installieren, eine Meeting-App zum Herunterladen, ein Befehl zum Einfügen, „damit die Kamera wieder geht“, ein Dokument zum Öffnen: Sobald es auf deinem Computer läuft, kann es deine Passwörter, Browser-Sitzungen, Krypto-Wallets und Schlüssel abgreifen. Gefälschte Bewerbungsgespräche dieser Art treffen Entwicklerinnen und Entwickler seit 2022.
flag-runs-their-code-instead = Führ nie den Code einer anwerbenden Person auf einem Computer aus, auf dem deine Konten, Schlüssel oder Wallets liegen. Einen echten Test kannst du in deinem eigenen Repository, per geteiltem Bildschirm oder in einer Wegwerf-VM machen. Tritt Gesprächen mit einer Meeting-App bei, die du schon nutzt und von der offiziellen Seite installiert hast, und füg nie einen Befehl ein, den dir jemand geschickt hat. Prüf die Firma über Wege, die die anwerbende Person nicht kontrolliert.
flag-runs-their-code-sources = Berichte von Sicherheitsforschern über die Kampagne „Contagious Interview“ (seit Ende 2022; Datendiebe wie OtterCookie); Funde von Socket zu damit verbundenen schädlichen npm-Paketen (197 Pakete mit mehr als 31.000 Downloads, bis Oktober 2025 mehr als 300); Berichte über gefälschte Interview-Seiten, die Bewerbende eine App installieren lassen (2025); ESET zur Operation DreamJob (Jobangebote mit schädlichen Dateien).

flag-laptop-hosting = Laptops für jemanden betreiben
flag-laptop-hosting-why = Laptops annehmen, die eine Firma ihrem Mitarbeiter geschickt hat, sie bei dir zu Hause eingeschaltet lassen, Fernwartungs-Tools oder einen KVM-Switch einrichten oder den Lohn weiterleiten, den sie einbringen: Diese „Laptop-Farm“ lässt jemanden im Ausland wie eine Person unter deiner Adresse aussehen. Wer so etwas wissentlich betrieben hat, wurde angeklagt.
flag-laptop-hosting-instead = Nimm nie einen Computer an, den der Arbeitgeber einer anderen Person geschickt hat, richte ihn nicht ein und halte ihn nicht online. Lehne ab, heb die Nachrichten auf und melde das Angebot.
flag-laptop-hosting-sources = US-Justizministerium, 30. Juni 2025 (Durchsuchungen von 29 bekannten oder mutmaßlichen Laptop-Farmen in 16 Bundesstaaten, rund 200 Computer beschlagnahmt, Fernzugriff über KVM-Switches); der Fall Chapman (mehr als 90 Laptops beschlagnahmt); der Fall Knoot (Remote-Desktop-Apps auf Laptops bei ihm zu Hause).

flag-kyc-for-hire = Ein Konto für jemand anderen verifizieren
flag-kyc-for-hire-why = „Verifizier einfach dieses Börsen-, Payoneer- oder Wise-Konto mit deinem Ausweis und einem Selfie, 50 Dollar“: Danach gehört das Konto ihnen, auf deinen Namen. Geld aus ihren Maschen läuft darüber, und Banken und Polizei führen es auf dich zurück. Banken schließen solche Konten und können dich später ablehnen.
flag-kyc-for-hire-instead = Eröffne, verifiziere oder übergib nie ein Bank-, Börsen- oder Zahlungskonto für jemand anderen, für keine Gebühr. Wenn du es schon getan hast, sag es sofort der Bank oder der Plattform und bitte sie, es zu schließen.
flag-kyc-for-hire-sources = Schätzung ukrainischer Banken, dass im Jahr 2025 zwischen 10 und 20 % der neuen Zahlungskarten mit „Drop“-Schemata verbunden sein könnten (Globus Bank, Oktober 2025), und Gesetzentwurf 14161 zu einem Register der „Drops“ (Oktober 2025); Warnungen vietnamesischer Banken, dass das Vermieten oder Verkaufen von Bankkonten strafrechtlich verfolgt werden kann (KienlongBank, 2025).

flag-unverified-company = Belege, die sie selbst kontrollieren
flag-unverified-company-why = Eine schicke Website, eine Firmenseite, eine „Personalchefin“ auf einem zweiten Konto, ein Vertrag als PDF: Tarnfirmen haben all das. Im Juni 2025 beschlagnahmten US-Behörden 21 gefälschte Websites, die solche Arbeiter wie US-Firmen aussehen ließen. Eine Prüfung, die nur wieder zur anwerbenden Person führt, beweist nichts.
flag-unverified-company-instead = Prüf über Wege, die die anwerbende Person nicht kontrolliert: die Telefonnummer der Firma, selbst herausgesucht (Handelsregister, ein Verzeichnis, dem du traust), eine E-Mail an ihre offizielle Domain, die Verifizierung der Plattform oder jemand, den du dort kennst.
flag-unverified-company-sources = US-Justizministerium, 30. Juni 2025: 21 gefälschte Websites und 17 Domains beschlagnahmt; Warnung von US-Außenministerium, Finanzministerium und FBI, Mai 2022 (Tarnfirmen und gefälschte Profile).

## B. Was ein einstellendes Unternehmen bei einer Proxy-Arbeitskraft bemerkt

flag-camera-avoidance = Meiden der Kamera
flag-camera-avoidance-why = Wer die Kamera nicht einschalten will („meine Webcam ist kaputt“) oder bei wem Uhrzeit, Ort oder Aussehen im Video nicht passen, ist vielleicht nicht die Person aus der Bewerbung.
flag-camera-avoidance-instead = Sprich vor der Einstellung live per Video mit der Person und beim Onboarding noch einmal.
flag-camera-avoidance-sources = Gemeinsame Warnung von FBI und Südkorea, Oktober 2023; Secureworks.

flag-interview-cheating = Stocken im Vorstellungsgespräch
flag-interview-cheating-why = Lange Pausen, Augen, die neben dem Bildschirm ablesen, und plausible, aber falsche Antworten deuten darauf hin, dass jemand anderes die Antworten liefert.
flag-interview-cheating-instead = Stelle live Nachfragen zu früheren Projekten der Person selbst.
flag-interview-cheating-sources = Gemeinsame Warnung von FBI und Südkorea, Oktober 2023.

flag-profile-mismatch = Profile, die nicht zusammenpassen
flag-profile-mismatch-why = Name, Nationalität, Wohnort, Ausbildung oder Werdegang, die sich zwischen Plattformen unterscheiden, weisen auf eine geliehene oder erfundene Identität hin.
flag-profile-mismatch-instead = Vergleiche die Profile und frag nach den Unterschieden.
flag-profile-mismatch-sources = Warnhinweis von US-Außenministerium, US-Finanzministerium und FBI, Mai 2022; gemeinsame Warnung, Oktober 2023.

flag-synthetic-media = Veränderte Fotos und Stimmen
flag-synthetic-media-why = Mit KI veränderte Fotos oder Dokumente, Stimmverzerrer und zunehmend ein live vor der Kamera ausgetauschtes Gesicht lassen eine Person wie eine andere aussehen. Ein live getauschtes Gesicht bricht oft, wenn etwas vor dem Gesicht vorbeigeht oder sich der Kopf weit zur Seite dreht.
flag-synthetic-media-instead = Prüf Dokumente über ein offizielles Verfahren und gib allen Bewerbenden im Live-Gespräch denselben einfachen Lebendigkeits-Check: den Kopf zur Seite drehen, eine Hand langsam über das Gesicht führen, einen Gegenstand hochhalten.
flag-synthetic-media-sources = Microsoft, „Jasper Sleet“, Juni 2025; öffentlicher Warnhinweis des Internet Crime Complaint Center des FBI zu Deepfakes in Bewerbungsgesprächen für Remote-Jobs (2022); Warnung von RCMP und Public Safety Canada zu nordkoreanischen IT-Arbeitern (2025).

flag-login-anomalies = Auffällige Anmeldungen
flag-login-anomalies-why = Anmeldungen von mehreren IP-Adressen oder aus mehreren Ländern, viele Konten auf einer IP-Adresse oder VPNs wie Astrill deuten darauf hin, dass die Arbeit von woanders erledigt wird.
flag-login-anomalies-instead = Behalte die Anmeldeprotokolle im Blick und verlange Zwei-Faktor-Anmeldung für Firmenkonten.
flag-login-anomalies-sources = US-Warnhinweis, Mai 2022; südkoreanischer Warnhinweis, 2022; Secureworks.

flag-payment-redirect = Zahlungen, die woanders hingehen
flag-payment-redirect-why = Die Bitte um Bezahlung in Krypto oder auf Konten im Ausland oder häufig geänderte Zahlungsdaten: So fließt das Geld ab.
flag-payment-redirect-instead = Zahle nur auf Konten, die auf den Namen der beauftragten Person selbst laufen, und prüfe jede Änderung der Daten.
flag-payment-redirect-sources = US-Warnhinweis, Mai 2022.

flag-laptop-redirect = Der Laptop soll woanders hin
flag-laptop-redirect-why = Die Bitte, den Firmenlaptop an eine andere Adresse zu schicken, das Beharren auf einem privaten Computer oder mehrere Fernwartungsprogramme auf einem Gerät passen zu einer Laptop-Farm.
flag-laptop-redirect-instead = Verschicke nur an die überprüfte Wohnadresse und prüfe, welche Fernzugriffsprogramme auf Firmengeräten laufen.
flag-laptop-redirect-sources = Secureworks und Sophos zu „Nickel Tapestry“.

flag-unreachable = Schwer erreichbar
flag-unreachable-why = Wer während der Geschäftszeiten oder per Sofortnachricht nicht erreichbar ist, sitzt vielleicht in einer anderen Zeitzone als angegeben.
flag-unreachable-instead = Vereinbare Arbeitszeiten und prüfe, ob sie eingehalten werden.
flag-unreachable-sources = US-Warnhinweis, Mai 2022.

flag-local-knowledge = Keine Ortskenntnis
flag-local-knowledge-why = Wer keinen Small Talk über die angebliche Heimatstadt oder Sprache führen kann oder aus einem lauten Callcenter-Raum anruft, lebt vielleicht nicht dort, wo angegeben.
flag-local-knowledge-instead = Stelle freundliche Fragen zur angegebenen Heimat und Sprache.
flag-local-knowledge-sources = PCMag zum Fall Cinder; SEAL-Frameworks (eine Community-Quelle).

flag-after-hire = Ärger nach der Einstellung
flag-after-hire-why = Firmencode, der auf private Konten kopiert wird, oder Erpressung nach einer Kündigung sind Anzeichen, die beobachtet wurden, nachdem eine Proxy-Arbeitskraft eingestellt worden war.
flag-after-hire-instead = Beschränke den Zugriff auf das, was die Aufgabe braucht, und achte auf Kopien auf private Konten.
flag-after-hire-sources = Öffentlicher Warnhinweis des FBI, Januar 2025; Secureworks.

flag-referral-ring = Ein Ring von Empfehlungen
flag-referral-ring-why = Eine Arbeitskraft, die weitere „Kandidaten“ empfiehlt, oder neue GitHub-Konten mit nachträglich aufgefülltem Verlauf können Teil einer Gruppe sein, die mehrere Proxys in Jobs bringt.
flag-referral-ring-instead = Prüfe empfohlene Kandidaten genauso sorgfältig wie alle anderen.
flag-referral-ring-sources = SEAL-Frameworks (eine Community-Quelle).
