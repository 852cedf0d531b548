# Szenario „hiring-broken-webcam“: eine ehrliche Bewerberin. Die spielende Person sucht eine
# Remote-Verstärkung im Backend; am Tag des Interviews ist die Laptop-Kamera der Bewerberin
# wirklich kaputt.
# Variablen: $candidate (die Bewerberin, eine Frau), $colleague (die Backend-Leitung im Team;
# der Pool mischt Frauen und Männer, darum keine Formen, die das Geschlecht verraten),
# $home (porto, krakow oder valencia: wo sie wohnt; daraus folgt ihre Muttersprache),
# $rate (Dollar pro Stunde).
# Die Bewerberin spricht und schreibt freundlich und locker, mit kleinen Fehlern einer
# Nicht-Muttersprachlerin; nie darüber lustig machen. Im ganzen Anruf duzen sich alle.
# Die Kollegin/der Kollege ist freundlich und direkt. Im Videoanruf sind Nachrichten
# gesprochene Sätze; Zeilen mit (Chat) gehen nur an die Kollegin/den Kollegen im Meeting-Chat.
# In der Geschichte läuft das Interview auf Englisch; die Bemerkung über ihre Sprache meint ihr Englisch.

hiring-broken-webcam-title = Interview für eine Backend-Stelle
hiring-broken-webcam-summary = Du suchst für deine kleine Firma eine Remote-Verstärkung im Backend. Eine Bewerberin von LinkedIn hat heute ihr Video-Interview.
hiring-broken-webcam-cast-candidate = { $candidate }
hiring-broken-webcam-cast-colleague = { $colleague }

hiring-broken-webcam-applied = { $candidate } hat sich auf deine Stellenanzeige „Backend-Entwicklung, Remote-Vertrag, { MONEY($rate) } pro Stunde“ beworben. Ein Lebenslauf ist angehängt.
hiring-broken-webcam-hello = Hallo! Danke für die Einladung. Ich bin Backend-Entwicklerin, 6 Jahre mit Go und Postgres, die letzten 3 Jahre in Payments. Ich wohne in { $home ->
    [porto] Porto
    [krakow] Krakau
   *[valencia] Valencia
} und kann in zwei Wochen anfangen.
hiring-broken-webcam-compare = Du legst den Lebenslauf neben ihr LinkedIn-Profil. Dieselbe Uni, dieselben Jahre, dieselben zwei Arbeitgeber. Ihr öffentlicher Code zeigt kleine, stetige Beiträge über mehrere Jahre.
hiring-broken-webcam-invite = Du schickst eine Einladung zum Videoanruf für Donnerstag, 10 Uhr deiner Zeit. { $candidate } nimmt sie noch am selben Nachmittag an.

hiring-broken-webcam-joined = { $candidate } ist dem Anruf beigetreten. Ihre Kamera ist aus.
hiring-broken-webcam-cam-excuse = hi, hallo! hörst du mich? tut mir so leid, meine Laptop-Kamera ist heute morgen kaputt gegangen, da steht „keine Kamera gefunden“ 😩 ich kann jetzt gleich vom Handy mit Video kommen, zwei Minuten. oder wir machen morgen, mit Kamera, wie du lieber willst

hiring-broken-webcam-cam-choice-phone = Video vom Handy ist super. Komm übers Handy rein, wir warten.
hiring-broken-webcam-cam-choice-wait = Dann warten wir, bis deine Laptop-Kamera repariert ist. Meld dich, wenn es so weit ist.
hiring-broken-webcam-cam-choice-wait-feedback = Warten kostet Tage, und die Handykamera, die sie angeboten hat, zeigt genauso viel: ein Live-Gesicht, das du prüfen kannst, und zwar sofort. Gute Leute nehmen in der Zwischenzeit andere Angebote an.
hiring-broken-webcam-cam-choice-stop = Eine kaputte Webcam am Interviewtag macht uns Sorgen, wir hören hier auf.
hiring-broken-webcam-cam-choice-stop-feedback = Eine kaputte Webcam kann ein Warnsignal sein, aber entscheidend ist, was danach kommt. Sie hat sofort Video vom Handy angeboten: Wer der Kamera ausweicht, tut das nicht.

hiring-broken-webcam-stop-reply = Oh. Ich verstehe, ihr müsst vorsichtig sein. Aber meine Handykamera geht gut, ich kann jetzt kommen und ihr prüft alles, was ihr braucht.
hiring-broken-webcam-cam-again-phone = Stimmt, probieren wir das. Komm übers Handy rein.
hiring-broken-webcam-cam-again-wait = Dann warten wir lieber, bis deine eigene Webcam wieder geht.
hiring-broken-webcam-cam-again-end = Danke, aber wir beenden das Verfahren hier. Alles Gute.

hiring-broken-webcam-wait-reply = oh, okay… ich bestell heute eine neue Webcam, die kommt wohl Montag. ich schreib dir, sobald sie da ist!
hiring-broken-webcam-next-week = Am Montag kommt die neue Webcam, und { $candidate } meldet sich sofort. Am Dienstag triffst du sie wieder, Kamera an.
hiring-broken-webcam-phone-joined = { $candidate } kommt übers Handy wieder in den Anruf, Kamera an. Hinter ihr eine kleine Küche, das Bild wackelt etwas. Sie ist die Frau auf ihrem LinkedIn-Foto.

hiring-broken-webcam-colleague-hi = Hi, ich bin { $colleague } und leite das Backend-Team. Bevor wir anfangen, der kurze Check, den wir mit allen machen: Dreh bitte den Kopf nach links und nach rechts und führ dann die Hand langsam vor deinem Gesicht vorbei.
hiring-broken-webcam-live-ok = klar! so? 😄 und jetzt die Hand… okay
hiring-broken-webcam-live-ok-slow = Okay, links… und rechts… jetzt die Hand, langsam. passt so, oder ich mach nochmal?
hiring-broken-webcam-live-seen = Das Bild bleibt die ganze Zeit klar: keine Unschärfe um ihr Gesicht, kein Flackern, als die Hand davor vorbeigeht.

hiring-broken-webcam-q1 = Danke! Laut Lebenslauf hast du an einem Zahlungssystem gearbeitet. Was war der schwierigste Bug dort?
hiring-broken-webcam-a1 = hm. gib mir eine Sekunde zum Nachdenken, es gab ein paar… okay. Am schlimmsten war eine Nacht, wo die Queue manche Zahlungen zweimal geschickt hat. Der Retry hatte keinen Idempotency-Key, also wir haben einen Key pro Zahlung eingebaut und eine Tabelle zum Prüfen. Dann zwei Wochen, um die doppelten aufzuräumen.

hiring-broken-webcam-answers-choice-follow = Gutes Beispiel. Was würdest du anders machen, wenn du es heute neu bauen würdest?
hiring-broken-webcam-answers-choice-follow-feedback = Eine gute Nachfrage. Fragen zur eigenen früheren Arbeit sind der eigentliche Test, und sie beantwortet sie mit eigenen Worten.
hiring-broken-webcam-answers-choice-note = (Chat) Das war eine lange Pause vor ihrer Antwort. Das notieren wir uns.
hiring-broken-webcam-answers-choice-note-feedback = Eine Pause, um ein gutes Beispiel auszuwählen, ist kein Warnsignal. Entscheidend ist, was danach kommt: eine konkrete Geschichte aus ihrer eigenen Arbeit, keine vorgelesene Lehrbuchantwort.
hiring-broken-webcam-answers-choice-doubt = Das hat eine Weile gedauert. Hilft dir jemand bei den Antworten?
hiring-broken-webcam-answers-choice-doubt-feedback = Das Warnsignal ist Stocken und danach eine Antwort wie aus dem Lehrbuch. Sie hat kurz überlegt, welches Beispiel sie nimmt, und dann eine konkrete Geschichte über ihren eigenen Bug erzählt.

hiring-broken-webcam-follow-reply = ehrlich gesagt, den Key von Anfang an. Und mehr Alerts, wir haben das Problem nur gesehen, weil ein Kunde angerufen hat.
hiring-broken-webcam-doubt-reply = nein nein, nur ich! ich wollte ein gutes Beispiel nehmen, nicht das erste. Frag mich gern noch mehr dazu.

hiring-broken-webcam-smalltalk = Übrigens, { $home ->
    [porto] Porto
    [krakow] Krakau
   *[valencia] Valencia
}! Da war ich letztes Frühjahr auf einer Konferenz. Wie lebt es sich dort?
hiring-broken-webcam-city-answer = { $home ->
    [porto] Ich liebe es, aber es regnet den ganzen Winter 😄 Ich wohne nah am Fluss, zehn Minuten zu Fuß zur großen Eisenbrücke. Sorry für mein Englisch, Portugiesisch ist meine Muttersprache.
    [krakow] Gefällt mir sehr! Der Winter ist kalt, aber die Altstadt ist wunderschön 😄 Ich wohne in Kazimierz, viele kleine Cafés. Sorry für mein Englisch, Polnisch ist meine Muttersprache.
   *[valencia] Ich liebe es! Der Sommer ist sehr heiß, also arbeite ich früh 😄 Ich wohne nah am Park im alten Flussbett, da gehe ich laufen. Sorry für mein Englisch, Spanisch ist meine Muttersprache.
}
hiring-broken-webcam-accent-note = (Meeting-Chat, nur an dich) Ihr Englisch ist etwas holprig. Sollen wir ihr noch einen schriftlichen Englischtest geben? Nur ihr, sicherheitshalber.

hiring-broken-webcam-accent-choice-hr = (Chat) Kein Test, aber HR soll sich ihre Unterlagen besonders genau ansehen. Nur ihre.
hiring-broken-webcam-accent-choice-hr-feedback = Zusätzliches Misstrauen gegenüber der einen Person, die anders klingt, ist keine Sicherheit: Ein Akzent sagt nichts darüber, wer jemand ist. Was dich schützt, ist die Ausweisprüfung des HR-Dienstleisters, für alle gleich.
hiring-broken-webcam-accent-choice-same = (Chat) Dasselbe Verfahren für alle. Ihre Antworten waren klar, und ihre Geschichte passt.
hiring-broken-webcam-accent-choice-same-feedback = Fair und sicher zugleich. Die Prüfungen, die eine Firma schützen, sind für alle gleich: Live-Video, Fragen zur eigenen Arbeit, die Ausweisprüfung.
hiring-broken-webcam-accent-choice-test = (Chat) Gute Idee. Schicken wir ihr heute Abend einen schriftlichen Englischtest, nur zur Sicherheit.
hiring-broken-webcam-accent-choice-test-feedback = Ein Akzent oder kleine Grammatikfehler sagen nichts darüber, wer jemand ist. Schutz bietet dieselbe Prüfung für alle, nicht eine zusätzliche für die Person, die anders klingt.

hiring-broken-webcam-wrap = Danke euch beiden, war ein echt schönes Gespräch! Wenn ihr noch was von mir braucht, Referenzen, Dokumente, sagt einfach.
hiring-broken-webcam-left = { $candidate } verlässt den Anruf.
hiring-broken-webcam-test-done = Nach dem Anruf schickst du ihr den Extra-Test. Sie macht ihn noch am selben Abend, ohne Fehler, die ins Gewicht fallen, und fragt höflich, ob alle Bewerbenden ihn machen.
hiring-broken-webcam-hr-extra = Du bittest HR, sich ihre Unterlagen besonders genau anzusehen. HR fragt, was der Anlass ist; der einzige Grund, den du nennen kannst, ist ihr Akzent.

hiring-broken-webcam-skip-note = Sie ist super. Und ehrlich, sie wirkt richtig nett. Die Ausweisprüfung von HR dauert zwei Tage; können wir die weglassen und das Angebot heute schicken, bevor sie jemand anders einstellt?

hiring-broken-webcam-skip-choice-same = Sie bekommt dieselbe Ausweisprüfung wie alle anderen. Ich schicke ihr gleich den Link vom HR-Dienst.
hiring-broken-webcam-skip-choice-same-feedback = Richtig. Ein Videoanruf zeigt ein Gesicht; erst die Ausweisprüfung verbindet dieses Gesicht mit dem Pass und dem Vertrag. Jemanden sympathisch zu finden, ist kein Grund, sie auszulassen.
hiring-broken-webcam-skip-choice-scan = Dann lassen wir die HR-Prüfung weg. Sie kann uns stattdessen ein Foto ihres Passes mailen.
hiring-broken-webcam-skip-choice-skip = Na gut, wir haben sie ja live vor der Kamera gesehen. Lassen wir es, Angebot geht heute raus.

hiring-broken-webcam-id-done = Betreff: Ausweisprüfung. Hallo! Ich habe die Prüfung von eurem HR-Dienst gemacht, die wollte meinen Pass und dass ich nochmal den Kopf drehe 😄 Die neue Webcam kommt Montag. Nochmal danke, { $candidate }
hiring-broken-webcam-verified = HR-Dienst: Identität bestätigt. Der Pass passt zu der Person im Live-Selfie-Video.
hiring-broken-webcam-offer-sent = Vertrag an { $candidate } geschickt: { MONEY($rate) } pro Stunde, Beginn in zwei Wochen. Sie unterschreibt noch am selben Tag.

hiring-broken-webcam-safe = Du hast eine gute Entwicklerin eingestellt, und zwar fair. Ihre Webcam war wirklich kaputt, und sie hat es gezeigt: Sie hat sofort Video vom Handy angeboten, dieselbe Live-Prüfung und Ausweisprüfung bestanden wie alle anderen, und ihre Geschichte war stimmig. Standhaft bleiben musstest du nur gegenüber deiner eigenen Seite: dieselbe Prüfung für alle.
hiring-broken-webcam-safe-extra = Du hast sie eingestellt, und sie war genau die Person aus ihrer Bewerbung. Aber nur sie wurde zusätzlich geprüft, wegen ihres Akzents. Ein Akzent sagt nichts darüber, wer jemand ist; eine Firma schützt dieselbe Live-Prüfung und Ausweisprüfung für alle.
hiring-broken-webcam-safe-skipped = Du hast sie eingestellt, und sie war die Person aus ihrer Bewerbung. Aber die Ausweisprüfung des HR-Dienstes fiel weg, weil sie nett wirkte. Ein Videoanruf zeigt ein Gesicht, ein Passfoto zeigt ein Dokument; erst die Ausweisprüfung verbindet beides. Diesmal ist es gut gegangen; die Prüfung ist für das Mal da, an dem es nicht gut ginge.
hiring-broken-webcam-missed-early = Du hast das Verfahren mit einer ehrlichen Bewerberin beendet. Eine kaputte Webcam kann ein Warnsignal sein, aber entscheidend ist, was danach kommt: Sie hat sofort Video vom Handy angeboten und jede Prüfung begrüßt. Bitte beim nächsten Mal erst auf anderem Weg um eine Live-Kamera, bevor du entscheidest.

hiring-broken-webcam-fine-camera-avoidance = Ihre Laptop-Kamera war wirklich kaputt. Den Unterschied machte: Sie hat sofort Video vom Handy angeboten, ist mit Kamera dazugekommen und hat dieselbe Live-Prüfung bestanden wie alle anderen.
hiring-broken-webcam-fine-interview-cheating = Sie hat kurz überlegt, welches Beispiel sie nimmt, dann eine konkrete Geschichte aus ihrer eigenen Arbeit erzählt und die Nachfrage beantwortet. Nachdenken vor einer Antwort ist etwas anderes, als Antworten abzulesen, die jemand anders liefert.
hiring-broken-webcam-fine-local-knowledge = Ihr Smalltalk über ihre Stadt war konkret und passte zum Lebenslauf. Ein Akzent oder kleine Fehler im Englischen sagen nichts über die Identität; entscheidend ist, dass die Geschichte stimmig ist und die Person vor der Kamera zu den Dokumenten passt.
